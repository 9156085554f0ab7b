"""Clinical facts that must survive redaction: codes, measures, medications, frequencies, payers."""

from __future__ import annotations

import re

from assistant.phi.acronyms import find_clinical_acronyms, find_treatment_after_service
from assistant.phi.acronym_compounds import find_acronym_compounds
from assistant.phi.brands import find_brands
from assistant.phi.care_levels import find_care_levels, printer_view
from assistant.phi.composers import find_composers
from assistant.phi.instruments import find_instruments
from assistant.phi.insurers import find_insurers
from assistant.phi.lexicon import STATES
from assistant.phi.payers import find_plans, tail_of_another_name
from assistant.phi.public_bodies import find_public_bodies
from assistant.phi.plan_names import find_labelled_plans, find_listed_plans, find_one_word_plans
from assistant.phi.recognizers.cjk import find_cjk_keep
from assistant.phi.recognizers.tables import find_count_cells

MEDICATIONS = """
sertraline zoloft fluoxetine prozac escitalopram lexapro citalopram celexa paroxetine paxil
fluvoxamine luvox venlafaxine effexor desvenlafaxine pristiq duloxetine cymbalta levomilnacipran
bupropion wellbutrin mirtazapine remeron trazodone desyrel vortioxetine trintellix vilazodone
viibryd zuranolone zurzuvae brexanolone esketamine spravato ketamine nortriptyline amitriptyline
imipramine clomipramine anafranil doxepin phenelzine tranylcypromine selegiline emsam
alprazolam xanax clonazepam klonopin lorazepam ativan diazepam valium chlordiazepoxide librium
buspirone buspar hydroxyzine vistaril atarax propranolol inderal prazosin minipress clonidine
kapvay guanfacine intuniv tenex quetiapine seroquel aripiprazole abilify brexpiprazole rexulti
cariprazine vraylar olanzapine zyprexa risperidone risperdal paliperidone invega ziprasidone geodon
lurasidone latuda lumateperone caplyta haloperidol haldol clozapine clozaril asenapine saphris
lithium lithobid lamotrigine lamictal valproate divalproex depakote carbamazepine tegretol
oxcarbazepine trileptal topiramate topamax gabapentin neurontin pregabalin lyrica methylphenidate
ritalin concerta focalin dexmethylphenidate amphetamine adderall lisdexamfetamine vyvanse
dextroamphetamine atomoxetine strattera viloxazine qelbree modafinil provigil naltrexone vivitrol
revia acamprosate campral disulfiram antabuse buprenorphine suboxone subutex sublocade methadone
naloxone narcan nicotine varenicline chantix zolpidem ambien eszopiclone lunesta melatonin
ramelteon suvorexant belsomra diphenhydramine benadryl levothyroxine synthroid metformin
aristada uzedy perseris rykindo erzofri
n-acetylcysteine acetylcysteine l-methylfolate methylfolate ondansetron zofran
lisinopril atorvastatin donepezil aricept memantine namenda semaglutide ozempic wegovy
""".split()



def _drug_spellings(name: str) -> str:
    """A drug's name -> a pattern for the ways notes write it: the European spelling without a final e ("Sertralin",
    "quetiapin") and a label read by OCR, where "1" stands for i or l and "0" for o ("QUETIAP1NE", "L0RAZEPAM")."""
    stem, tail = (name[:-1], "e?") if name.endswith("e") and len(name) > 6 else (name, "")
    return "".join("[il1]" if c in "il" else "[o0]" if c == "o" else re.escape(c) for c in stem) + tail


# Words that head a place's or an organisation's name: after an instrument's word they make it a clinic's name.
_PLACE_HEAD = (r"(?:Center|Centre|Clinic|Clinics|Services|Program|Programs|Institute|Group|Associates|Agency|Unit|Team|"
               r"Office|Lab|Laboratory|Partners|Physicians|LLC|PLLC|Inc\b)")
_MEASURES = (
    r"PHQ-?A|PHQ-?9|PHQ-?2|PHQ|GAD-?7|GAD-?2|PCL-?5|PCL-?C|PCL|C-?SSRS|cssrs|ASQ|AUDIT-?C|AUDIT|"
    r"DAST-?10|DAST|CAGE|Y-?BOCS|CY-?BOCS|EPDS|PDSS|LSAS|MoCA|MMSE|SLUMS|YMRS|MDQ|SCARED|"
    r"Vanderbilt|EDE-?Q|EAT-?26|BDI-?II|BDI|BAI|BHS|PSS|ACEs?|ASRS|CDI-?2|CDI|RCADS|CAPS-?5|"
    r"CATS|CPSS|CROPS|WHODAS|ORS|SRS|K-?10|K-?6|DES-?II|DES|BMI|SUDS|CIWA-?Ar|CIWA|COWS|LOCUS|"
    r"CALOCUS|CASII|ECSII|ASAM|PSC-?17|PSC|SDQ|CBCL|BASC-?3|Conners|SNAP-?IV|CGI-?S|CGI|GAF|HAM-?D|"
    r"HAM-?A|MADRS|QIDS|OQ-?45|BASIS-?24|CORE-?10|DERS|PG-?13|ICG|PID-?5|MSI-?BPD|ZAN-?BPD|"
    r"ISI|PSQI|ESS|AIMS|CAMS|SIQ|BSS|SPIN|PDSS-?SR|HADS|GDS|PHQ-?15|DASS-?21|WSAS|SASSI|BIMS|"
    r"potassium|K\+|QTc|heart rate|HR|BP|EtG|EtS|UDS|BAC|BAL|BrAC|FAD|PSI|CIWA|ANC|TSH|A1c")
# Diagnosis names are built only from these words, so a name or place next to one is never swallowed.
_DIAG_WORDS = """
major depressive generalized generalised anxiety social panic post-traumatic posttraumatic stress
obsessive-compulsive obsessive compulsive bipolar adjustment attention-deficit/hyperactivity
attention-deficit attention deficit hyperactivity oppositional defiant conduct eating binge-eating
binge avoidant/restrictive avoidant restrictive food intake borderline antisocial narcissistic
personality persistent depressive alcohol opioid cannabis stimulant nicotine tobacco substance
sedative hypnotic anxiolytic cocaine methamphetamine amphetamine-type prolonged grief autism
spectrum separation specific agoraphobia schizoaffective schizophrenia psychotic dysthymia
dysthymic cyclothymic somatic symptom illness dissociative identity reactive attachment
disruptive mood dysregulation intermittent explosive trichotillomania excoriation hoarding body
dysmorphic gambling insomnia relational relationship partner family parent-child single recurrent
episode moderate severe mild with without and mixed anxious distress depressed emotions features
peripartum postpartum perinatal onset in early sustained remission partial full unspecified other
type combined predominantly inattentive hyperactive-impulsive presentation disorder disorders d/o
adj dependence abuse use nervosa anorexia bulimia depression ptsd ocd adhd odd gad mdd
neurocognitive neurodevelopmental intellectual developmental vascular frontotemporal lobar degeneration lewy
bodies alzheimer's parkinson's huntington's traumatic brain injury disease due to another medical condition
probable possible behavioral behavioural disturbance delirium dementia substance/medication-induced induced
""".split()
_DIAG_WORD = "(?:" + "|".join(re.escape(w) for w in sorted(_DIAG_WORDS, key=len, reverse=True)) + ")"
_DIAG_HEAD = (r"(?:disorders?|d/o|dependence|abuse|use disorder|nervosa|depression|grief|insomnia|agoraphobia|"
              r"schizophrenia|dysthymia|PTSD|OCD|ADHD|ODD|GAD|MDD|relational problem|relationship distress|"
              r"(?:family|occupational|academic|educational|housing|phase of life|acculturation) problems?)")

# Words that name a method of therapy (never a practice's brand on their own).
_METHOD_WORDS = (r"(?:Meta-?[Cc]ognitive|Cognitive|Behaviou?ral|Behaviou?r|Dialectical|Interpersonal|Exposure|Processing|Compassion-Focused|"
                 r"Emotion(?:ally)?-?\s?Focused|Solution-Focused|Trauma-Focused|Acceptance|Commitment|Mindfulness-Based|"
                 r"Mentali[sz]ation-Based|Schema|Narrative|Rational|Emotive|Problem-Solving|Motivational|Enhancement|Multisystemic|"
                 r"Attachment-Based|Parent-Child|Interaction|Habit|Reversal|Social|Rhythm|Skills|Relapse|Prevention|Activation|"
                 r"Contingency|Integrative|Psychodynamic|Supportive|Metacognitive|Dynamic|Insomnia|Anxiety|Depression|Trauma)")
_PATTERNS = [
    # ICD-10-CM, not an ID's first part ("A26-118830", "K07-31-2209")
    re.compile(r"\b[A-TV-Z]\d{2}(?:\.[0-9A-Z]{1,4})?\b(?!-\d{3,}|-\d{1,2}-\d)"),
    re.compile(r"\b(?:90[78]\d\d|96[01]\d\d|99[24]\d\d)\b"),  # CPT psychiatry, testing, E/M
    re.compile(r"\b(?:90785|90791|90792|90832|90833|90834|90836|90837|90838|90839|90840|90845|90846|"
               r"90847|90849|90853|90863|90882|90887|96127|96130|96131|96136|96137|99354|99355)\b"),
    # HCPCS H0015, S9480; not a group of a grouped number ("T0194 4418 2270 5531" is a ticket's or a card's number)
    re.compile(r"(?<!\d[ \t.-])\b[GHST]\d{4}\b(?![ \t.-]\d{4})(?:-?[A-Z0-9]{2})?"),
    re.compile(r"\b(?:rev(?:enue)?(?: code)?\.?\s*)0\d{3}\b", re.I),
    # ... not the letters that begin a record number: "BAC-2026-0193" (a lab's abbreviation as a clinic's prefix)
    re.compile(rf"\b(?:{_MEASURES})\b(?![-/]\d{{3,}}[-/]\d)(?:[\s-]*(?:total|score|global|screen|severity|level))?"
               r"(?:\s*(?:[=:]|of|was|is|at|score|scored|→|->)?\s*(?:\d+(?:\.\d+)?(?:\s*/\s*\d+)?))?", re.I),
    re.compile(r"\b(?:" + "|".join(_drug_spellings(m) for m in MEDICATIONS) + r")\b(?:\s*(?:ER|XR|XL|SR|CR|ODT|IR|DR))?"
               # a long-acting injectable's product line after the brand: "Invega Sustenna", "Abilify Maintena"
               r"(?:[ \t]+(?:Sustenna|Trinza|Hafyera|Maintena|Asimtufii|Consta|Initio|Depot|LAI))?"
               r"(?:\s*\d+(?:\.\d+)?\s*(?:mg|mcg|g|ml|mEq/L)?)?", re.I),
    re.compile(r"\b\d+(?:\.\d+)?\s*(?:mg|mcg|mEq/L|ng/mL)\b", re.I),
    # a lab result with its unit: "TSH 6.8 mIU/L", "lithium 0.8 mmol/L", "B12 310 pg/mL", "ALT 42 U/L", "Hgb 13.1 g/dL"
    re.compile(r"\b\d+(?:\.\d+)?[ \t]*(?:[mµuμn]?(?:IU|U|mol|Eq|g)/(?:[mdµu]?L|kg)|(?:pg|ng|µg|ug|mcg|mg|g)/(?:[dm]?L)|"
               r"[x×]10\^?\d/[uµ]?L|fL|mm/hr)(?![\w/])"),
    # Drug shorthand on a flowsheet or MAR: "Li level", "Li carb ER 900", "Li 0.9", "bup/nx 16/4 mg" (Li is also a
    # surname, so only beside a dose, a level (a decimal under 3) or a form)
    re.compile(r"\bLi(?=[ \t]+(?:carb\w*|level|levels|lvl|dose|target|range|ER|CR|trough|\d+(?:\.\d+)?[ \t]*(?:mg|mmol|mEq)|[0-2]\.\d{1,2}\b))|\bbup(?:/nx|-nx)?\b(?=[ \t/]*(?:\d|nx|induction|dose))", re.I),
    # a level of care named like a facility: "Psychiatric Residential Treatment Facility", "PRTF"
    re.compile(r"\b(?:psychiatric )?residential treatment (?:facility|center|program)\b|\bPRTF\b", re.I),
    # A drug our list does not name, known by its stem and a dose written near it ("tamsulosin ... 0.4 mg daily")
    re.compile(r"\b[a-z]{3,}(?:osin|pril|sartan|olol|statin|azepam|azolam|oxetine|triptyline|pramine|apine|idone|prazole|"
               r"tidine|formin|gliptin|lukast|terol|olone|dronate|parin|xaban|afil|dipine|thiazide|semide|profen|coxib|"
               r"cycline|mycin|cillin|floxacin|vudine|tegravir|mab|tinib)\b(?=[\s\S]{0,40}?\b\d+(?:\.\d+)?\s*(?:mg|mcg)\b)", re.I),
    # A questionnaire's acronym has no vowel and ends in its Q ("SCDQ", "PBSQ"); a name in capitals has vowels ("TARIQ"),
    # and three letters may be a person's initials ("MJQ").
    # ... with the version it was given in, after a hyphen ("BDDQ-DV", "SCDQ-R", "PBSQ-SF")
    re.compile(r"\b[B-DF-HJ-NP-TV-XZ]{3,5}Q(?:-[A-Z0-9]{1,4})*\b"),
    # Instruments not in the list above: "PSI-4-SF", "GAI-SF", "Zarit Burden Interview-12".
    # (not the last parts of a longer hyphenated code: "CLN-TAB-07" is a device's tag)
    re.compile(r"(?<![\w]-)\b[A-Z]{2,6}(?:-(?:SF|SR|RV|R|II|III|IV|C|A|Q|P|T|S|SV|CR|CA|RS|Y|AD|\d{1,2}))+(?![-\w])(?:\s*(?:[=:]|of)?\s*\d+(?:\.\d+)?)?"),
    # ... not when a place's head word follows: "Northgate Assessment Center" is a clinic, not an instrument
    re.compile(r"\b(?:[A-Z][a-z]+[ –-]){1,4}(?:Scale|Inventory|Interview|Questionnaire|Index|Checklist|"
               r"Screener|Screen|Assessment|Measure|Survey|Test)\b(?![ \t]+" + _PLACE_HEAD + r")(?:[–-][A-Za-z0-9]+)?(?:\s*\([^)]{0,40}\))?"
               r"(?:\s*(?:[=:]|of)?\s*\d+(?:\.\d+)?)?"),
    # a note's shorthand labels ("Dx (PT):", "Hx:", "Rx") are clinical words, never a town or a name
    re.compile(r"\b(?:Dx|DDx|Ddx|Hx|PMHx|FHx|SHx|Rx|Tx|Sx|Fx)\b"),
    re.compile(r"\b(?:weekly|biweekly|bi-weekly|fortnightly|monthly|daily|nightly|twice (?:a|per) (?:week|month|day)|"
               r"(?:once|twice|\d+x?|\d+ times)\s*(?:/|a|per|each)\s*(?:week|wk|month|day|session)|every other week|"
               r"every \d+ (?:weeks|days|months)|\d+x/?(?:week|wk|day|month)|\d+ ?x ?(?:weekly|daily)|q\.?\s?(?:week|wk|day|d))\b", re.I),
    re.compile(r"\b\d+(?:\.\d+)?(?:[ \t]*[-–][ \t]*\d+)?[ \t-]*(?:minutes?|mins?|min|hours?|hrs?|sessions?|visits?|units?|"
               r"weeks?|wks?|months?|mos?|years?|yrs?|days?|nights?|episodes?|shifts?)\b(?![ \t-]*old)(?![ \t]*:)"
               # "Bldg 4410 Unit C": a building's number and its unit letter are an address, not a count
               r"(?!(?<=(?-i:Unit|UNIT))[ \t]+(?-i:[A-Z0-9]{1,3})\b)", re.I),  # "9  MO:" is a speaker
    # a measure after its number, as inventories and forms write it: "12 CU FT", "900 sq. ft.", "3 fl oz", "40 lbs"
    re.compile(r"\b\d+(?:[.,]\d+)?[ \t]*(?:(?:cu|sq|fl|cubic|square)\.?[ \t]*(?:ft|feet|foot|in|yd|yds|m|mi|oz)|lbs?|oz|kg|cm|mm)\b\.?", re.I),  # "Km 3.2" marks a road
    re.compile(r"\b(?:since|in|by|from|through|until|before|after|of|during)\s+(?:19|20)\d{2}\b", re.I),
    re.compile(r"(?<![\d/._-])(?:19|20)\d{2}(?![\d/_-])"),  # a year, never the tail of a login ("kit_1961")
    re.compile(r"\b(?:(?:the )?Gottman(?: Method)?|Motivational Interviewing|Seeking Safety|Matrix Model|"
               r"Triple P|Incredible Years|Circle of Security|Collaborative Problem Solving|Nurtured Heart|"
               r"Prolonged Exposure|Cognitive Processing Therapy|Internal Family Systems|"
               r"Dialectical Behavior(?:al)? Therapy|Acceptance and Commitment Therapy|"
               r"Exposure and Response Prevention|Trauma-Focused|Parent-Child Interaction Therapy|Maudsley|"
               r"Unified Protocol|Coping Cat|Brainspotting|Somatic Experiencing|Narrative Exposure Therapy|"
               r"Written Exposure Therapy|Emotionally Focused(?: Therapy| Couples Therapy)?|Safe and Sound Protocol|"
               r"Wellness Recovery Action Plan|SMART Recovery|Beck(?=['’]s\b|[ \t]+(?i:model|cognitive|approach|method|triad))|Linehan|"
               r"Socratic|Stanley-Brown|"
               r"Family-Based Treatment|Interpersonal Psychotherapy|Behavioral Activation|Child-Parent Psychotherapy|"
               r"Trust-Based Relational Intervention|Attachment and Biobehavioral Catch-?up|Theraplay|TBRI|ABC)\b"),
    # ... also in lower case or wrapped over a line break ("problem-solving\ntherapy", "problem adaptation therapy")
    re.compile(r"(?:\b(?:problem[- ]solving|problem\s+adaptation|functional\s+family|multisystemic|reality|cognitive\s+processing|"
               r"interpersonal|dialectical\s+behaviou?r(?:al)?)\s+(?:psycho)?therapy\b|\bbehaviou?ral\s+activation\b|"
               r"\billness\s+management\s+(?:and|&)\s+recovery\b)"
               # ... but not inside a team's or a practice's name ("Carrow Bend Multisystemic Therapy Team")
               r"(?!\s+(?-i:Team|Program|Center|Centre|Clinic|Services|Associates|Group|Institute|Agency|Unit|LLC|PLLC|Inc)\b)", re.I),
    # A therapy named in method words with its acronym after it: "Meta-Cognitive Therapy (MCT)", "Cognitive
    # Behavioral Therapy for Insomnia (CBT-I)", "Compassion-Focused Therapy (CFT)": a treatment, not a practice.
    re.compile(r"\b(?:%s)(?:[ \t]+(?:%s|and|&|of|for|[A-Z][a-z]+))*[ \t]+(?:Therapy|Psychotherapy|Treatment|Training|Protocol|"
               r"Intervention)[ \t]*\((?:[A-Z][A-Za-z-]{1,7})\)" % (_METHOD_WORDS, _METHOD_WORDS)),
    # Items endorsed, written as a fraction after what they count: "ASRS Part A 5/6", "criteria met 4/9", "items 12/16".
    # ... and a screen's result in a bracket: "the MSI-BPD screen (5/10) was negative", "total: 7/12"
    re.compile(r"\b(?:part [A-D]|items?(?: endorsed)?|endorsed|criteria(?: met)?|symptoms?|subscale|screen(?:er|ing)?|total)[ \t]*[:=(]?[ \t]*\d{1,2}/\d{1,2}\b", re.I),
    # Score words: "T-score 72", "z-score", "percentile".
    re.compile(r"\b(?:[TZtz]-scores?|standard scores?|scaled scores?|raw scores?|percentile)\b(?:\s*(?:[=:]|of)?\s*\d+)?"),
    re.compile(r"\b[TZ]\s*=\s*\d+(?:\.\d+)?\b|\b[A-Z]{2,6}(?:[ \t]+[A-Z][a-z]+){0,3}[ \t]*=[ \t]*\d+(?:\.\d+)?\b"),
    # Laws, programs and insurance terms: "an ERISA denial" names a law, not a person.
    re.compile(r"\b(?:ERISA|ACA|MHPAEA|HIPAA|COBRA|CMS|MAC|QIC|IRO|IMR|ALJ|LCD|NCD|CARC|RARC|EOB|SPD|NQTL|"
               r"FMLA|EPSDT|CHIP|DMHC|DOI|MSN|ABN|SSA|SSI|SSDI|OPM|FEHB|TRICARE|HMO|PPO|EPO|POS|HSA|"
               r"Medigap|Marketplace|No Surprises Act|Affordable Care Act|Mental Health Parity)\b"),
    # A federal agency's public notice or guidance number ("HUD FHEO-2020-01", "Notice PIH 2021-12"): the same for
    # every reader of it, no one's case number.
    re.compile(r"\b(?:(?:HUD|HHS|CMS|SAMHSA|DOJ|EEOC|DOL|IRS|SSA|OCR)[ \t]+(?:Notice[ \t]+)?|(?:Notice|Memo|Bulletin|Directive|"
               r"Guidance)[ \t]+(?:No\.?[ \t]*)?)[A-Z]{2,6}[ \t-](?:19|20)\d{2}-\d{1,3}\b"),
    # Criteria sets a payer or letter cites.
    re.compile(r"\b(?:MCG(?: [A-Z][a-z]+){0,4}(?: Guidelines)?|InterQual(?: [A-Z][a-z]+){0,3}|"
               r"(?:[A-Z][a-z]+ ){0,3}Level of Care Guidelines|(?:[A-Z][a-z]+ ){0,2}(?:Clinical|Medical Necessity) Criteria|"
               r"Care Guidelines|Coverage Determination Guidelines?|Clinical Policy Bulletin)\b"),
]
# Softer facts: an organisation or street that contains one ("Riverbend Anxiety & OCD Center") keeps its name.
_SOFT = [
    # (not the end of a lowercase hyphenated word: "co-op" is a cooperative, not outpatient care)
    re.compile(r"(?<![a-z]-)\b(?:IOP|PHP|OP|IP|RTC|IIH|IICAPS|MST|ACT team|CSU|CRU|ASAM(?: level)?\s*\d(?:\.\d)?|LOCUS(?: level)?\s*\d|"
               r"level (?:of care )?\d(?:\.\d)?|partial hospitali[sz]ation|intensive outpatient|"
               r"residential|inpatient|outpatient)\b", re.I),
    re.compile(rf"\b(?:{_DIAG_WORD}[ ,+-]+){{0,8}}{_DIAG_HEAD}\b(?:[ ,+-]+{_DIAG_WORD}\b)*", re.I),
    re.compile(r"\b(?:CBT|DBT|EMDR|ERP|CPT|PE|IPT|ACT|MI|TF-CBT|PCIT|FBT|MDFT|MBCT|CBT-I|CBT-E|SUD|"
               r"EFT|EFFT|IFS|SFBT|CFT|IRT|MBT|ABFT|FFT|MST|CBTp|CBT-P|PST|WET|CAMS|COS-P|IMR|PGDT|"  # therapies by their acronyms
               r"SI|HI|AVH|MSE|GAF|SSRI|SNRI|MAT|MOUD)\b"),
]


_MORE = [
    # Instruments with an edition or version written with a capital: "Vineland-3 Adaptive Behavior Composite 71"; never
    # the tail of a handle or a hyphened name ("@Dre-Castellanos-11", "Ortiz-Vineland-2")
    re.compile(r"(?<![-@\w])[A-Z][a-z]{2,}-\d{1,2}\b(?:[ \t]+[A-Z][a-z]+){0,4}(?:[ \t]*(?:[=:]|of)?[ \t]*\d+(?:\.\d+)?)?"
               r"(?=[\s,;.)]|$)"),
    # CPT codes with their modifier: "90832-93", "90837-95", "90834 GT"
    re.compile(r"\b(?:90[78]\d\d|96[01]\d\d|99[24]\d\d)(?:[- ](?:\d{2}|GT|GQ|FQ|FR|HO|HN|HE|TG|U[1-9A-D]|XE|XP|XS|XU|59|25))+\b"),
    # Route and schedule after a dose: "10 MG PO DAILY", "2 mg SL BID"
    re.compile(r"(?i)\b\d+(?:\.\d+)?\s*(?:mg|mcg|ml|units?)\s+(?:PO|SL|IM|IV|SC|SQ|PR|TD|by mouth)"
               r"(?:\s+(?:daily|nightly|BID|TID|QID|QHS|QAM|QPM|PRN|q\d+h|at bedtime|every (?:morning|evening|night)))?\b"),
    # A time zone's name, as a scheduler writes it: "Central Time - US & Canada", "Eastern Standard Time (US & Canada)"
    re.compile(r"\b(?:Eastern|Central|Mountain|Pacific|Atlantic|Alaska|Hawaii(?:-Aleutian)?|Arizona)[ \t]+"
               r"(?:(?:Standard|Daylight)[ \t]+)?Time(?:[ \t]*(?:-|\()[ \t]*US[ \t]*&[ \t]*Canada\)?)?"),
]



def _head_of_a_place(text: str, span: tuple[int, int]) -> bool:
    """A measure's acronym written in title case before a capitalised word begins a place's name: "Des Moines"."""
    word = text[span[0]:span[1]]
    return (re.fullmatch(r"[A-Z][a-z]{1,4}", word) is not None and re.fullmatch(_MEASURES, word.upper()) is not None
            and re.match(r"[ \t]+[A-Z][a-z]", text[span[1]:span[1] + 4]) is not None)


# A highway after a house number is a street, not a measure's name: "1190 US-31 N", "88 SR-9", "407 NY-22".
_ROUTE = re.compile(r"(?:US|SR|CR|SH|%s)-\d{1,3}" % "|".join(STATES))


# ... and so is one told after a word of travel: "the crash on the PR-52", "north on SR-99", "off US-101", and in
# Spanish "en la PR-2", "por la PR-52"
_ROAD_BEFORE = re.compile(r"(?:\b\d{1,6}|\b(?i:on|onto|off|along|via|near|down|up|took|take|drove|driving|crossing)"
                          r"(?:[ \t]+the)?|\b(?i:en|por|de|desde|hacia|hasta)[ \t]+la)[ \t]+$")


def _route_of_an_address(text: str, span: tuple[int, int]) -> bool:
    return _ROUTE.fullmatch(text[span[0]:span[1]]) is not None and _ROAD_BEFORE.search(text[max(0, span[0] - 20):span[0]]) is not None


# An agency's letters before a year and a serial are an identifier's prefix, not the law or the form they spell:
# "SPD-25-0O4117" (a police report), "CMS 24-118830", "ORS-2025-088172" (a state incident report); a form keeps one number only ("SSA-827", "CMS-1500").
# ... nor an agency's file code joined by hyphens to a serial: "BHS-GC-2291" (an agency's letters, not the Beck scale);
# ... nor a device's serial after letters a scale also has: "CAM-0042781" (a form's number has no leading zero and
# at most five digits: "CMS-10114")
_SERIAL_AFTER = re.compile(r"[- ](?:\d{2}|(?:19|20)\d{2})-[0-9A-Z]{4,}(?![\w-])|(?:-[A-Z]{1,4})*-[A-Z]{1,4}-\d{3,}(?![\w-])|-\d{3,}(?![\w-])")


def _prefix_of_an_id(text: str, span: tuple[int, int]) -> bool:
    found = text[span[0]:span[1]]
    coded = re.fullmatch(r"[A-Z]{2,6}-[A-Z]{1,4}", found) is not None  # "BHS-GC" read as an instrument's version
    return (re.fullmatch(r"[A-Z]{2,6}", found) is not None or coded) and (m := _SERIAL_AFTER.match(text, span[1])) is not None \
        and (coded or not re.fullmatch(r"-\d{3,}", m.group()) or re.fullmatch(r"-(?:0\d{3,}|\d{6,})", m.group()) is not None)


# ... nor a file's letters and year before a slash and its serial: "KHC-26/0412" (a score is "PHQ-9/27", two digits)
_SLASH_SERIAL = re.compile(r"/\d{3,}(?![\w/-])")


def _slash_serial(text: str, span: tuple[int, int]) -> bool:
    return re.fullmatch(r"[A-Z]{2,6}-\d{1,2}", text[span[0]:span[1]]) is not None and _SLASH_SERIAL.match(text, span[1]) is not None


def find_keep(text: str, strong_only: bool = False) -> list[tuple[int, int]]:
    """Text -> (start, end) spans of clinical facts that redaction must never cover."""
    text = printer_view(text)  # "^FDlithium 300 mg": a label printer's field command glued to the drug
    spans = find_plans(text) + find_insurers(text) + find_instruments(text) + find_count_cells(text) + find_cjk_keep(text)
    spans += find_care_levels(text)  # "step-down to Adult Residential Facility", "session 6/16"
    spans += find_treatment_after_service(text) + find_one_word_plans(text) + find_brands(text) + find_public_bodies(text)
    spans += find_listed_plans(text) + find_labelled_plans(text) + find_acronym_compounds(text)  # "BDD-related"
    for pat in _MORE:
        spans += [(m.start(), m.end()) for m in pat.finditer(text)]
    if not strong_only:
        spans += find_clinical_acronyms(text) + find_composers(text)  # "J. S. Bach" in a recital program
    for pat in _PATTERNS if strong_only else _PATTERNS + _SOFT:
        for m in pat.finditer(text):
            if m.end() > m.start():
                spans.append((m.start(), m.end()))
    return [sp for sp in spans if not tail_of_another_name(text, sp) and not _head_of_a_place(text, sp)
            and not _route_of_an_address(text, sp) and not _prefix_of_an_id(text, sp) and not _slash_serial(text, sp)]
