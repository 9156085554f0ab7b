"""Regex tables and vocabularies for the clinical fact extractor, and the labelled-sentence scanner they run on."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Sequence

I = re.IGNORECASE


def _rx(src: str, flags: int = I) -> re.Pattern[str]:
    """Compile a verbose-free pattern, case-insensitive by default."""
    return re.compile(src, flags)


# A placeholder left by de-identification (<DATE_3>, <PERSON_1>); treated like a date or name token.
PLACEHOLDER = r"<[A-Z][A-Z_]*_\d+>"
DATE = _rx(r"%s|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{4}\b|\b\d{1,2}/\d{1,2}\b" % PLACEHOLDER, 0)

# ICD-10-CM: a letter, two digits, a dot and 1-4 characters. Dot-less category codes (F32) only
# count in front of a name, because bare letter+digits also look like room or form numbers.
ICD10 = _rx(r"(?<![A-Za-z0-9.<_])([A-TV-Z]\d{2}\.[0-9A-Z]{1,4})(?![0-9A-Za-z])|(?<![A-Za-z0-9.<_])([FZ]\d{2})(?=\s+[A-Z][a-z])", 0)

# Psychotherapy and testing CPT codes, HCPCS H/S/T/G codes and revenue codes that travel with them.
CPT = _rx(r"(?<![\d\-/.])(9079[12]|9078[5]|9083[2-9]|9084[0-7]|9084[69]|9085[3]|9088[0-9]|96127|961[3-7]\d|9920[1-5]|9921[1-5])(?![\d/])"
          r"|(?<![A-Za-z0-9])([GHST]\d{4})(?![0-9])|revenue codes?\s*(0\d{3})\b")

# Canonical instrument -> pattern. Categorical instruments carry results, not numbers.
INSTRUMENTS: tuple[tuple[str, str], ...] = (
    ("PHQ-9", r"PHQ[-\s]?9(?!\d)|(?i:patient health questionnaire)(?:[-\s]?9)?(?![-\s]?(?:A|15|2)\b)"), ("PHQ-A", r"PHQ[-\s]?A\b"), ("PHQ-2", r"PHQ[-\s]?2\b"),
    ("PHQ-15", r"PHQ[-\s]?15\b"), ("GAD-7", r"GAD[-\s]?7\b|(?i:generali[sz]ed anxiety disorder[-\s]*7(?:[-\s]item)?(?: scale)?)"), ("GAD-2", r"GAD[-\s]?2\b"),
    ("PCL-5", r"PCL[-\s]?5\b|(?i:PTSD checklist(?: for DSM-5)?)"), ("PCL-C", r"PCL[-\s]?C\b"), ("CY-BOCS", r"CY[-\s]?BOCS\b"),
    ("Y-BOCS", r"(?<!C)Y[-\s]?BOCS\b|(?<!Children's )(?i:yale[-\s]brown obsessive[-\s]compulsive scale)"), ("Vanderbilt", r"Vanderbilt"), ("EDE-Q", r"EDE[-\s]?Q|(?i:eating disorder examination questionnaire)"),
    ("CALOCUS", r"CALOCUS"), ("LOCUS", r"(?<!CA)LOCUS"), ("CASII", r"CASII"), ("ECSII", r"ECSII"),
    ("AUDIT-C", r"AUDIT[-\s]?C\b"), ("AUDIT", r"AUDIT(?![-\s]?C\b)\b|(?i:alcohol use disorders identification test)"), ("DAST-10", r"DAST(?:[-\s]?10)?\b"),
    ("CUDIT-R", r"CUDIT(?:[-\s]?R)?\b"), ("CIWA-Ar", r"CIWA(?:[-\s]?Ar)?\b"), ("COWS", r"\bCOWS\b"),
    ("BMI", r"\bBMI\b|body mass index"), ("potassium", r"potassium|\bserum K\b|\bK\+"),
    ("BDI-II", r"\bBDI(?:[-\s]?II)?\b|(?i:beck depression inventory(?:[-\s]?II)?)"), ("BAI", r"\bBAI\b|(?i:beck anxiety inventory)"), ("EPDS", r"\bEPDS\b|(?i:edinburgh postnatal(?: depression scale)?)"),
    ("DOCS", r"\bDOCS\b|(?i:dimensional obsessive[-\s]compulsive scale)"), ("PDSS", r"\bPDSS\b|(?i:panic disorder severity scale)"), ("SCARED", r"\bSCARED\b"), ("RCADS", r"\bRCADS\b"),
    ("CDI-2", r"\bCDI(?:[-\s]?2)?\b"), ("QIDS-SR16", r"\bQIDS(?:[-\s]?SR(?:[-\s]?16)?)?\b"),
    ("MDQ", r"\bMDQ\b"), ("ASRS", r"\bASRS\b"), ("DERS", r"\bDERS\b|(?i:difficulties in emotion regulation scale)"), ("BSL-23", r"\bBSL[-\s]?23\b"),
    ("BES", r"\bBES\b"), ("PG-13", r"\bPG[-\s]?13(?:[-\s]?R)?\b"), ("ICG", r"\bICG\b"), ("CAPS-5", r"\bCAPS[-\s]?5\b"),
    ("CPSS", r"\bCPSS\b"), ("CATS", r"\bCATS\b"), ("SPIN", r"\bSPIN\b"), ("LSAS", r"\bLSAS\b"),
    ("SRS-2", r"\bSRS[-\s]?2\b"), ("PSWQ", r"\bPSWQ\b"), ("OQ-45", r"\bOQ[-\s]?45\b"), ("YMRS", r"\bYMRS\b"),
    ("HAM-D", r"\bHAM[-\s]?D\b|\bHRSD\b"), ("HAM-A", r"\bHAM[-\s]?A\b"), ("MADRS", r"\bMADRS\b"),
    ("GDS", r"\bGDS(?:[-\s]?15)?\b"), ("GAI", r"\bGAI(?:[-\s]?SF)?\b"), ("MoCA", r"\bMoCA\b"),
    ("MMSE", r"\bMMSE\b"), ("WHODAS", r"\bWHODAS(?:[-\s]?2\.0)?\b"), ("DLA-20", r"\bDLA[-\s]?20\b"),
    ("CANS", r"\bCANS\b"), ("SDQ", r"\bSDQ\b"), ("PSC-17", r"\bPSC[-\s]?17\b"), ("CGI", r"\bCGI(?:[-\s]?[SI])?\b"),
    ("K10", r"\bK[-\s]?10\b"), ("ISI", r"\bISI\b"), ("DUDIT", r"\bDUDIT\b"), ("EAT-26", r"\bEAT[-\s]?26\b"),
    ("OCI-R", r"\bOCI(?:[-\s]?R)?\b"), ("CSI", r"\bCSI(?:[-\s]?\d+)?\b"), ("DAS", r"\bDAS\b|Dyadic Adjustment"),
    ("Zarit", r"\bZarit\b"), ("CBCL", r"\bCBCL\b"), ("SNAP-IV", r"\bSNAP(?:[-\s]?IV)?\b"),
    ("%EBW", r"%\s?(?:EBW|IBW|mBMI)|percent (?:of )?(?:expected|ideal) body weight"),
    ("heart rate", r"(?i:heart rate|pulse)\b|\bHR\b"), ("A1c", r"\bA1c\b"), ("sodium", r"\bsodium\b"),
    ("phosphorus", r"\bphosph(?:orus|ate)\b"), ("lithium level", r"\blithium level\b"),
    ("C-SSRS", r"C-?SSRS|Columbia(?: Suicide Severity Rating Scale)?"), ("ASQ", r"\bASQ\b"),
)
CATEGORICAL = {"C-SSRS", "ASQ"}
COUNT_STYLE = {"Vanderbilt", "SNAP-IV"}  # "8/9" means items endorsed, kept as text
# Acronyms that are also English words (cats, spin, scared) only count in capitals.
_CASED = {"AUDIT", "CATS", "SPIN", "DOCS", "BES", "DAS", "ISI", "CSI", "SCARED", "COWS", "CANS", "ICG", "GAI", "CGI", "heart rate"}
INSTRUMENT_RES = tuple((name, re.compile(r"(?<![A-Za-z0-9])(?:%s)" % src, 0 if name in _CASED else I))
                       for name, src in INSTRUMENTS)

# Between an instrument and its number: parentheticals, dates, qualifiers and linking words only.
# Comparators (below, <, under) are absent on purpose: "PHQ-9 below 10" is a target, not a score.
_GAP_WORD = (r"(?:improved|decreased|dropped|fell|rose|increased|down|up|went)\s+to|total|global|mean|average|raw|scores?|scored|score of|parent|teacher|child|youth|self[- ]report|"
             r"inattentive|hyperactive|hyperactivity|combined|composite|level|today|now|currently|current|initial|"
             r"intake|baseline|admission|discharge|at|on|was|is|were|of|rose|fell|increased|decreased|dropped|"
             r"improved|went|from|items?\s+endorsed|items|rating|result|short form|version|SR16|SR|screen|"
             r"partner(?:\s+[AB12]\b)?|mother|father|caregiver|client|patient|report|self")
MEASURE_TAIL = re.compile(
    r"(?:\s*\([^()]{0,70}\)|\s*\|\s*|\s*\)|\s+(?:%s)\b|\s*%s|\s*\d{1,2}/\d{1,2}/\d{2,4}\b|\s*\d{1,2}/\d{1,2}(?=\s*[:=])|\s*[=:,\u2013\u2014-](?!\s*>))*?\s*"
    r"(?P<num>(?<![\w.])\d{1,3}(?:\.\d+)?)(?P<den>\s*/\s*\d{1,3}(?!\d|/))?(?![\d.]*\d)(?!/\d)(?!\s*[-\u2013]\s*\d)"
    r"(?!\s*(?:weeks?|days?|months?|years?|sessions?|times|hours?|minutes?|mins?|nights?|x\b|%%|th\b|st\b|nd\b|rd\b))" % (_GAP_WORD, PLACEHOLDER), I)
# Further values after the first: "34 (03/04/2025), 26 (08/26/2025)", "18 -> 12 -> 9", "from 34 ... to 9".
MEASURE_NEXT = re.compile(
    r"(?:\s*\([^()]{0,40}\)|\s+(?:on|at|in)\s+(?:admission|intake|baseline|%s|\d{1,2}/\d{1,2}(?:/\d{2,4})?))*\s*"
    r"(?P<sep>,|;|\u2192|->|=>|\bto\b|\bthen\b|\bnow\b|\bfrom\b|\|)\s*(?:(?:now|currently|today|this week|at discharge)\s*[:=]?\s*)?"
    r"(?P<num>(?<![\w.])\d{1,3}(?:\.\d+)?)(?P<den>\s*/\s*\d{1,3}(?!\d|/))?(?![\d.]*\d)(?!/\d)(?!\s*[-\u2013]\s*\d)"
    r"(?!\s*(?:weeks?|days?|months?|years?|sessions?|times|hours?|minutes?|nights?|%%|x\b))" % PLACEHOLDER, I)
# "PHQ-9 12 (intake 18)": a parenthesised earlier value.
BASELINE_PAREN = re.compile(r"\s*\((?:at\s+)?(?:intake|baseline|initial|prior|previous(?:ly)?|was|admission|last (?:session|week|month|visit))"
                            r"\s*(?:score\s*)?(?:was|of|:|=)?\s*(?P<num>\d{1,3}(?:\.\d+)?)(?![\d/])", I)
# "scored 14 on the PHQ-9", "a score of 31 on the BES"
MEASURE_BEFORE = re.compile(r"(?:scored|score of)\s+(?P<num>\d{1,3}(?:\.\d+)?)\s+on\s+(?:the\s+)?$", I)
CATEGORY_TAIL = re.compile(
    r"^[^.;\n]{0,40}?\b(negative|positive|low risk|moderate risk|high risk|low|moderate|high|denie[sd][^.;\n]{0,30}|"
    r"no (?:current )?(?:SI|suicidal)[^.;\n]{0,30}|passive[^.;\n]{0,30}|active[^.;\n]{0,30}|lifetime[^.;\n]{0,40}|none)", I)
# Whose score: "May's PHQ-9", "<PERSON_2>'s PHQ-9", "mother's PHQ-9" belong to someone other than the client.
OTHER_OWNER = re.compile(r"(%s|\b(?!(?:Client|Patient|Member|Child|Youth|Teen|Resident)\b)[A-Z][a-z]+|\b(?:mother|father|mom|dad|parent|wife|husband|"
                         r"partner|spouse|sister|brother|caregiver|grandmother|grandfather|guardian))['\u2019]s\s+(?:\w+\s+)?$" % PLACEHOLDER)
BASELINE_CUE = _rx(r"\b(?:prior|previous|previously|was|baseline|initial|initially|intake|admission|originally|first)\b(?:\s+\w+)?\s*[:=]?\s*$")
# A score named after these words in the same clause is a target, not a result.
GOAL_NEAR = _rx(r"\b(?:goals?|targets?|objectives?|aims?|reduc\w*|criteria|until|lower|achieve)\b")
NOT_DONE = _rx(r"\b(?:will|to be|plan(?:s|ned)? to|next (?:session|visit)|not (?:yet )?(?:completed|done|administered|"
               r"assessed|obtained|repeated)|deferred|declined to|unable to complete|pending|was not|were not)\b")

# Diagnosis names (canonical, pattern). Abbreviations only count in a diagnostic context.
DIAGNOSES: tuple[tuple[str, str], ...] = (
    ("major depressive disorder", r"major depressive disorder|major depression"),
    ("persistent depressive disorder", r"persistent depressive disorder|dysthymi[ac]"),
    ("postpartum depression", r"post-?partum depression|perinatal depression|peripartum onset"),
    ("depressive disorder", r"(?:unspecified|other specified) depressive disorder|depressive disorder,? unspecified"),
    ("generalized anxiety disorder", r"generali[sz]ed anxiety disorder"),
    ("panic disorder", r"panic disorder"), ("agoraphobia", r"agoraphobia"),
    ("social anxiety disorder", r"social anxiety disorder|social phobia"),
    ("separation anxiety disorder", r"separation anxiety disorder"), ("specific phobia", r"specific phobia"),
    ("anxiety disorder", r"(?:unspecified|other specified) anxiety disorder|anxiety disorder,? (?:unspecified|NOS)"),
    ("posttraumatic stress disorder", r"post-?traumatic stress disorder"), ("acute stress disorder", r"acute stress disorder"),
    ("adjustment disorder", r"adjustment disorder"), ("prolonged grief disorder", r"prolonged grief disorder|complicated grief"),
    ("obsessive-compulsive disorder", r"obsessive[- ]compulsive disorder"),
    ("body dysmorphic disorder", r"body dysmorphic disorder"), ("hoarding disorder", r"hoarding disorder"),
    ("bipolar disorder", r"bipolar (?:I{1,2} |1 |2 |type (?:I{1,2}|1|2) )?disorder|bipolar (?:I{1,2}|1|2)\b"),
    ("cyclothymic disorder", r"cyclothymi"), ("schizophrenia", r"schizophrenia|schizoaffective"),
    ("ADHD", r"attention[- ]deficit[/ -]?(?:hyperactivity )?disorder"),
    ("oppositional defiant disorder", r"oppositional defiant disorder"), ("conduct disorder", r"conduct disorder"),
    ("disruptive mood dysregulation disorder", r"disruptive mood dysregulation disorder"),
    ("autism spectrum disorder", r"autism spectrum disorder|autistic disorder"),
    ("anorexia nervosa", r"anorexia nervosa"), ("bulimia nervosa", r"bulimia nervosa"),
    ("binge-eating disorder", r"binge[- ]eating disorder"), ("ARFID", r"avoidant/restrictive food intake disorder"),
    ("substance use disorder", r"(?:alcohol|opioid|cannabis|stimulant|cocaine|(?:meth)?amphetamine|sedative|hypnotic|"
                               r"anxiolytic|tobacco|nicotine|hallucinogen|inhalant|substance|polysubstance)(?:[- ]type)?[- ]use disorder|"
                               r"(?:alcohol|opioid|cannabis) dependence"),
    ("borderline personality disorder", r"borderline personality disorder"),
    ("personality disorder", r"(?:antisocial|narcissistic|avoidant|dependent|histrionic|schizotypal|paranoid) personality disorder"),
    ("relationship distress", r"relationship distress|partner relational problem|relational problem"),
    ("insomnia disorder", r"insomnia disorder"), ("somatic symptom disorder", r"somatic symptom disorder|illness anxiety disorder"),
    ("gender dysphoria", r"gender dysphoria"), ("tic disorder", r"tourette|tic disorder"),
    ("reactive attachment disorder", r"reactive attachment disorder"), ("intellectual disability", r"intellectual disability"),
)
ABBREV_CANON = {"MDD": "major depressive disorder", "GAD": "generalized anxiety disorder", "PTSD": "posttraumatic stress disorder",
                "C-PTSD": "posttraumatic stress disorder", "OCD": "obsessive-compulsive disorder", "ADHD": "ADHD",
                "ODD": "oppositional defiant disorder", "BPD": "borderline personality disorder", "PDD": "persistent depressive disorder",
                "AUD": "substance use disorder", "OUD": "substance use disorder", "CUD": "substance use disorder",
                "SUD": "substance use disorder", "ASD": "autism spectrum disorder", "BED": "binge-eating disorder",
                "PPD": "postpartum depression", "PGD": "prolonged grief disorder"}
DIAGNOSIS_ABBREV = _rx(r"(?<![\w-])(%s)\b" % "|".join(sorted(ABBREV_CANON, key=len, reverse=True)), 0)
# "Generalized Anxiety Disorder 7-item", "Panic Disorder Severity Scale", "Alcohol Use Disorders Identification Test" are instruments.
DIAGNOSIS_RES = tuple((name, _rx(r"\b(?:%s)(?![-\s]*(?:s\b|7\b|2\b|scale|severity|inventory|identification|questionnaire|checklist|screen|item))" % src))
                      for name, src in DIAGNOSES)
DX_CONTEXT = _rx(r"\b(?:diagnos[ie]s|diagnosed|dx|impression|meets (?:dsm-5(?:-tr)? )?criteria|icd-?10)\b")
DX_EXCLUDE = _rx(r"\b(?:rule[- ]out|r/o|ruled out|screen(?:ed|ing)? for|does not meet|no (?:history of|evidence of)|"
                 r"family history|FHx|(?:mother|father|wife|husband|partner|sister|brother|son|daughter|parent|grandmother|"
                 r"grandfather|aunt|uncle|cousin|spouse)(?:'s)?\s+(?:has|had|was|with|diagnosed|is)\b)")

# Treatment approaches and named interventions.
MODALITIES: tuple[tuple[str, str], ...] = (
    ("TF-CBT", r"\bTF-CBT\b|trauma[- ]focused (?:CBT|cognitive)"),
    ("CBT", r"\bCBT(?:-[A-Z]{1,3}\b)?|cognitive[- ]behavio(?:u)?ral (?:therapy|treatment|interventions?|model)"),
    ("DBT", r"\bDBT\b|dialectical behavio(?:u)?r(?:al)? therapy"), ("EMDR", r"\bEMDR\b|eye movement desensiti[sz]ation"),
    ("CPT", r"cognitive processing therapy|\bCPT\b(?![^.;\n]{0,20}\d{4})(?!\s*codes?\b)"),
    ("ERP", r"\bE/?RP\b|exposure (?:and|&|with) response prevention"), ("IPT", r"\bIPT(?:-A)?\b|interpersonal (?:psycho)?therapy"),
    ("MDFT", r"\bMDFT\b|multidimensional family therapy"), ("FBT", r"\bFBT\b|family[- ]based (?:treatment|therapy)|maudsley"),
    ("prolonged exposure", r"prolonged exposure"), ("PCIT", r"\bPCIT\b|parent[- ]child interaction therapy"),
    ("behavioral parent training", r"parent (?:management )?training|\bPMT\b|\bBPT\b"),
    ("motivational interviewing", r"(?i:motivational (?:interviewing|enhancement))|\bMET\b"),
    ("ACT", r"acceptance and commitment therapy"), ("behavioral activation", r"behavio(?:u)?ral activation"),
    ("cognitive restructuring", r"cognitive restructuring"),
    ("exposure therapy", r"(?:in[- ]vivo|interoceptive|imaginal|graded|gradual|written|narrative) exposure|exposure therapy|exposure hierarchy|fear ladder"),
    ("Seeking Safety", r"seeking safety"), ("relapse prevention", r"relapse[- ]prevention"),
    ("contingency management", r"contingency management"), ("12-step facilitation", r"12-step facilitation|twelve[- ]step facilitation"),
    ("mindfulness-based therapy", r"\bMBCT\b|mindfulness[- ]based"), ("schema therapy", r"schema therapy"),
    ("MBT", r"mentali[sz]ation[- ]based"), ("psychodynamic therapy", r"psychodynamic"),
    ("supportive therapy", r"supportive (?:psycho)?therapy"), ("solution-focused therapy", r"solution[- ]focused"),
    ("EFT", r"emotionally[- ]focused|\bEFT\b"), ("Gottman method", r"gottman"), ("IBCT", r"\bIBCT\b|integrative behavioral couple"),
    ("play therapy", r"play therapy"), ("narrative therapy", r"narrative therapy"), ("CAMS", r"\bCAMS\b"),
    ("problem-solving therapy", r"problem[- ]solving (?:therapy|training|treatment|skills|worksheet)|\bPST\b"),
    ("Coping Cat", r"coping cat"), ("Unified Protocol", r"unified protocol"), ("CPP", r"child[- ]parent psychotherapy"),
    ("ABFT", r"attachment[- ]based family therapy"), ("SPACE", r"\bSPACE\b program|supportive parenting for anxious"),
    ("habit reversal", r"habit reversal|\bCBIT\b"), ("family systems therapy", r"structural family therapy|family systems|strategic family"),
    ("skills training", r"(?:DBT|social|coping) skills (?:training|group)"), ("PEERS", r"\bPEERS\b|\bSTAIR\b"),
    ("grief therapy", r"(?:prolonged|complicated) grief (?:disorder )?(?:therapy|treatment)|\bPGDT\b|\bCGT\b"),
    ("behavior therapy", r"behavio(?:u)?r(?:al)? therapy|behavio(?:u)?ral modification|behavior plan"),
    ("CRAFT", r"\bCRAFT\b|community reinforcement"), ("trauma-focused therapy", r"trauma[- ]focused"),
    ("IPSRT", r"\bIPSRT\b|social rhythm therapy"),
)
# Acronyms that are also ordinary words (space, cams, craft, met) only count in capitals.
_CASED_MODALITIES = {"SPACE", "CAMS", "CRAFT", "PEERS", "motivational interviewing"}
# Any named approach written with its acronym: "interpersonal and social rhythm therapy (IPSRT)".
NAMED_APPROACH = re.compile(r"\b[A-Za-z-]+(?: (?:and|&|of|for|with) [A-Za-z-]+| [A-Za-z-]+){0,4} (?:[Tt]herapy|[Pp]sychotherapy|[Tt]reatment|[Tt]raining|[Pp]rotocol) "
                            r"\((?!PT\b|OT\b|ST\b)([A-Z][A-Za-z0-9-]{1,9})\)")
MODALITY_RES = tuple((name, _rx(src, 0 if name in _CASED_MODALITIES else I)) for name, src in MODALITIES)

# Psychiatric and common medical medications; an unknown word with a dose is caught separately.
MEDICATIONS = (
    "sertraline zoloft fluoxetine prozac escitalopram lexapro citalopram celexa paroxetine paxil fluvoxamine venlafaxine "
    "effexor desvenlafaxine duloxetine cymbalta bupropion wellbutrin mirtazapine remeron trazodone vortioxetine trintellix "
    "vilazodone zuranolone brexanolone esketamine spravato amitriptyline nortriptyline clomipramine imipramine "
    "alprazolam xanax clonazepam klonopin lorazepam ativan diazepam valium chlordiazepoxide librium hydroxyzine buspirone "
    "quetiapine seroquel aripiprazole abilify olanzapine zyprexa risperidone risperdal lurasidone latuda ziprasidone "
    "cariprazine vraylar brexpiprazole rexulti haloperidol clozapine paliperidone lithium lamotrigine lamictal valproate "
    "divalproex depakote carbamazepine oxcarbazepine topiramate gabapentin pregabalin methylphenidate concerta ritalin "
    "focalin dexmethylphenidate amphetamine adderall vyvanse lisdexamfetamine guanfacine intuniv clonidine atomoxetine "
    "strattera viloxazine qelbree prazosin naltrexone vivitrol acamprosate disulfiram antabuse buprenorphine suboxone "
    "sublocade methadone naloxone varenicline chantix melatonin propranolol zolpidem ambien modafinil "
    "atorvastatin lisinopril aspirin metformin levothyroxine amlodipine tamsulosin losartan omeprazole albuterol "
    "insulin warfarin apixaban metoprolol hydrochlorothiazide prednisone ibuprofen acetaminophen"
).split()
BRANDS = dict(pair.split(":") for pair in (
    "zoloft:sertraline prozac:fluoxetine lexapro:escitalopram celexa:citalopram paxil:paroxetine effexor:venlafaxine "
    "cymbalta:duloxetine wellbutrin:bupropion remeron:mirtazapine trintellix:vortioxetine xanax:alprazolam klonopin:clonazepam "
    "ativan:lorazepam valium:diazepam librium:chlordiazepoxide seroquel:quetiapine abilify:aripiprazole zyprexa:olanzapine "
    "risperdal:risperidone latuda:lurasidone vraylar:cariprazine rexulti:brexpiprazole lamictal:lamotrigine depakote:divalproex "
    "concerta:methylphenidate ritalin:methylphenidate focalin:dexmethylphenidate adderall:amphetamine vyvanse:lisdexamfetamine "
    "intuniv:guanfacine strattera:atomoxetine qelbree:viloxazine vivitrol:naltrexone antabuse:disulfiram suboxone:buprenorphine "
    "sublocade:buprenorphine chantix:varenicline ambien:zolpidem spravato:esketamine").split())
MEDICATION_RE = _rx(r"\b(%s)\b" % "|".join(MEDICATIONS))
DOSE = r"(?:\s+(?:ER|XR|XL|SR|CR|ODT|IR|LA))?\s*\d+(?:\.\d+)?\s*(?:mg|mcg|g|mL|units)\b(?:/day|\s+(?:daily|qhs|qd|bid|tid|qid|at bedtime|nightly|twice daily|once daily|in the morning))?"
DOSE_AFTER = _rx(r"^" + DOSE)
UNKNOWN_DOSED_MED = _rx(r"\b([A-Za-z][a-z]{3,}(?:/[a-z]+)?)" + DOSE)
MED_PAST = _rx(r"\b(?:tried|failed|previously|prior|past|trials? of|discontinued|stopped|history of|in the past|used to)\b")
NOT_A_MED = {"carbonate", "hydrochloride", "sodium", "drinks", "about", "weight", "weighs", "caffeine", "coffee", "lost", "gained", "total", "dose", "doses", "than"}
MED_NONE = _rx(r"\b(?:medications?|meds|psychotropics?|rx)\s*[:\-]\s*(?:none|no\b|nil|n/a)|\bno (?:current |active )?"
               r"(?:psychiatric |psychotropic |psych |mental health )?(?:medications?|meds|psychotropics?)\b|not (?:currently )?"
               r"(?:taking|on|prescribed) (?:any )?(?:psychiatric |psychotropic )?(?:medications?|meds)|medication[- ]free|"
               r"denies (?:taking )?(?:any )?(?:medications?|meds)|(?:neither|none of)\b[^.;\n]{0,30}\b(?:takes?|on) (?:any )?(?:psychiatric |psychotropic )?(?:medications?|meds)|"
               r"(?:does not|doesn't|do not|don't) take (?:any )?(?:psychiatric |psychotropic )?(?:medications?|meds)")
MED_DECLINED = _rx(r"\b(?:declines?|declined|refuses?|refused|prefers? to avoid|not interested in) (?:psychiatric |any )?(?:medications?|meds|them)\b")
MED_PENDING = _rx(r"\b(?:referr(?:ed|al) (?:to psychiatry|for (?:a )?(?:medication|psychiatric|med) (?:evaluation|eval|consult))|"
                  r"(?:medication|psychiatric|med) (?:evaluation|eval|consult)[^.;\n]{0,30}(?:pending|scheduled|requested)|"
                  r"pending (?:psychiatric|medication|med) (?:evaluation|eval|consult)|awaiting (?:psychiatry|psychiatric))")

# Section and inline labels -> kind. Order matters: "Discharge diagnoses" is a diagnosis label.
LABEL_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((k, _rx(v)) for k, v in (
    ("dx", r"diagnos|\bdx\b|impression|\bicd"),
    ("assessment", r"^a$|^assessment$"),
    ("measures", r"measure|scores?\b|screening|instruments?|rating scales?|testing|\blabs?\b|vitals"),
    ("meds", r"medication|\bmeds\b|\brx\b|psychotropic|prescri"),
    ("risk", r"risk|safety|suicid|\bSI\b|c-?ssrs|lethality"),
    ("goals", r"goal|objectives|(?:short|long)[- ]term objective|treatment objective|objective\s*\d|targets?\b"),
    ("discharge", r"discharge|step[- ]?down|transition|termination|exit criteria|completion criteria|graduation"),
    ("prior", r"prior|previous|past (?:psych|treat|mental|hx)|(?:treatment|psychiatric|psych) (?:history|hx)|\bPPH\b|"
              r"^(?:history|hx|past history|mental health history)$"),
    ("loc", r"\bwhy\b|level of care|rationale|medical necessity|lower level|less intensive|justification"),
    ("progress", r"progress|response|^r$|interval|update|course|since last"),
    ("function", r"function|impairment|impact|school|work|occupation|academic|social|relationship|peers|adl|self[- ]care|daily living|employment"),
    ("plan", r"\bplan\b|recommend|frequency|duration|request|^p$|^treatment(?! hist)|services|commitment|schedule|modality|^sessions?$|length of"),
))
GOAL_HINT = _rx(r"\b(?:goals?|objectives?)\b(?:\s+(?:is|are|of|for))?")
NUMBERING = _rx(r"^\s*(?:[-*\u2022]|\(?\d{1,2}[.)]|\(?[a-h]\)|goal\s*\d+\s*[:.)-]|objective\s*\d+\s*[:.)-])\s*")
GOAL_SPLIT = re.compile(r";\s*|\s*\((?:\d{1,2}|[a-h])\)\s*|(?:(?<=\s)|^)\d{1,2}\)\s+")

# Goal measurability: strip time frames first, since "by week 14" alone is not a target.
TIMEFRAME = _rx(r"\b(?:by|within|in|over|after|before|at)\s+(?:the\s+)?(?:end of\s+)?(?:next\s+|first\s+)?(?:week|month|session|day)s?\s*\d+"
                r"|\b(?:by|within|in|over|after|before|for)\s+(?:the\s+)?(?:next\s+)?\d+\s*(?:weeks?|months?|sessions?|days?)(?!\s+(?:in a row|straight))"
                r"|\(\d+\s*(?:weeks?|months?)\)|\bby\s+(?:%s|\d{1,2}/\d{1,2}(?:/\d{2,4})?|discharge|the end of \w+)" % PLACEHOLDER)
MEASURABLE = _rx(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|zero|once|twice|half|daily|weekly|nightly|every)\b"
                 r"|\b(?:no|zero)\s+(?:further\s+|new\s+|more\s+)?(?:[a-z-]+\s+){0,2}?(?:ED|emergency|hospitali\w*|NSSI|self-harm\w*|cutting|suicid\w*|"
                 r"binge\w*|purg\w*|panic attacks?|missed|absences?|warnings?|suspensions?|arrests?|fights?|episodes?|incidents?|"
                 r"(?:alcohol|substance|cannabis|drug) use|drinks?|tantrums?|outbursts?|detentions?|relapses?)")

# Risk: an actual screen (instrument, SI/HI status, risk formulation), never a risk factor alone.
RISK_SCREEN = _rx(
    r"\b(?:C-?SSRS|Columbia|ASQ|SAFE-?T|SBQ-?R|suicide risk (?:assessment|screen\w*))\b"
    r"|\b(?:denie[sd]|denying|no|negative for|without|endorse[sd]?|endorsing|reports?|reported|current|passive|active|intermittent|fleeting|chronic)\b"
    r"[^.;\n]{0,30}?\b(?:SI|HI|SI/HI|HI/SI|suicidal(?: or homicidal)? (?:ideation|thoughts?|intent|plan|urges)|homicidal (?:ideation|thoughts?)|"
    r"thoughts (?:of|about) (?:suicide|killing|death|dying|self-harm|harming (?:self|others|him|her|them))|intent or plan|plan or intent)\b"
    r"|\b(?:SI|HI|SI/HI|suicidal ideation|homicidal ideation)\s*[:=\-]\s*(?:denied|denies|none|neg|negative|no|yes|present|passive|active|endorsed)"
    r"|\brisk (?:assessment|level|formulation|screen\w*)\b|\b(?:assessed|rated|estimated|formulated) as (?:low|moderate|high|minimal|elevated)"
    r"|\b(?:low|moderate|high|imminent|elevated|minimal)\s+(?:acute\s+|chronic\s+)?(?:suicide\s+|suicidal\s+|self-harm\s+|violence\s+)?risk\b(?!\s+(?:of|for)\s+(?!suicide|self-harm|harm|violence))(?!\s+factors?)"
    r"|\b(?:chronic|acute) (?:risk )?(?:high|moderate|low)\b")
RISK_FACTOR = _rx(r"\b(?:firearms?|guns?|handguns?|rifles?|weapons?|(?:prior|previous|lifetime|past) (?:suicide )?attempts?|suicide attempt|"
                  r"self-harm|NSSI|cutting|overdose|access to (?:means|pills|medications))\b")

# Functional impairment by domain. Negated mentions are dropped by the caller.
IMPAIRMENT: tuple[tuple[str, re.Pattern[str]], ...] = tuple((k, _rx(v)) for k, v in (
    ("work_school", r"\bmissed \d+|missed (?:the |a |an )?(?:whole |entire )?(?:\w+ )?(?:semester|term|school year|quarter)|missing assignments|missed (?:work|school|shifts?|class(?:es)?|days|deadlines)|\bGPA\b|grades? (?:fell|dropped|declin\w+|slipp\w+)|"
                    r"\bfailing\b|failed (?:a |two |\d+ )?(?:class|course|exam)|absen(?:t|ces)\b|tard(?:y|ies)|suspen(?:ded|sion)|expelled|detentions?|"
                    r"written warning|\bfired\b|terminated from|lost (?:his|her|their) job|laid off|job loss|on (?:medical |disability |stress )?leave|\bFMLA\b|"
                    r"unable to work|can(?:no|')t work|stopped working|reduced (?:hours|to part-time)|moved to part-time|performance (?:review|improvement|problems)|"
                    r"late to (?:work|school|class)|call(?:ed|ing|s) (?:out|in sick)|withdr(?:ew|awn) from (?:\d+ |two |a )?(?:of \d+ )?(?:class|course|school)|"
                    r"dropped (?:one |a |\d+ )?(?:class|course)|retire[ds]? early|declines? (?:all )?in-office|school refusal|refus\w+ (?:to (?:go to|attend) )?school|"
                    r"behind (?:in|on) (?:school|work|assignments)|(?:work|job|academic|school) performance|afraid (?:she|he|they) will not manage|"
                    r"grade at risk|at risk of (?:termination|failing|losing)"),
    ("relationships", r"\barguments?\b|\bconflicts?\b|\bfights?\b|isolat\w+|withdr(?:awn|ew|awing) from (?:friends|family|peers|others)|"
                      r"stopped (?:seeing|calling|visiting) (?:friends|teammates|family|peers)|avoids? (?:friends|family|social|eating with|being alone with|people|peers)|"
                      r"moved out|separat(?:ed|ion) from|divorc\w+|estranged|no friends|lost (?:friends|contact)|refuses? (?:sleepovers|to see)|"
                      r"skip(?:s|ped)? (?:\w+ )?family|angry outbursts|outbursts at|irritable with|yell(?:s|ing|ed) at|tantrums|peer (?:rejection|conflict)|"
                      r"bullied|stays? in (?:his|her|their) room|eats? (?:\w+ )?alone|(?:has not|hasn't|never) (?:joined|made|had) (?:any |a )?(?:club|friends?|activit)|"
                      r"refus\w+ to (?:speak|talk|order|go out|attend|leave the house)|missed (?:her|his|their) \w+'s|relationship (?:strain|distress|problems)|"
                      r"marital (?:conflict|distress)|custody|stopped (?:his|her|their) (?:weekly )?\w+ (?:game|club|group)|stopped going to"),
    ("self_care", r"\bsleep(?:s|ing)? (?:about |only |less than )?\d+(?:\s*[-\u2013]\s*\d+)?\+?(?:\s*(?:hours?|hrs?))?|\d+\s*(?:-\s*\d+\s*)?(?:hours?|hrs?) (?:of sleep|a night|per night|nightly)|insomnia|"
                  r"not (?:showered|bathed|showering|bathing|eating|eaten|getting dressed|left (?:the|her|his|their) (?:house|home|bed|apartment))|"
                  r"eat(?:s|ing)? (?:only )?(?:one|1) meal|refus\w+ (?:to eat|to sleep|meals|snacks|food)|hygiene|(?:does|did) not get dressed|poor appetite|not eating|skip(?:s|ping|ped) meals|"
                  r"weight loss|lost \d+ ?(?:lb|lbs|pounds|kg)|\bbinge|purg\w+|restrict\w+|stays? in bed|in bed (?:most|all)|household|chores|"
                  r"unable to (?:care|cook|shop|leave)|miss(?:es|ed) (?:doses|medication)|sleep (?:is )?(?:interrupted|poor|broken|disrupted)|"
                  r"spends? (?:about )?\$\d+|hoarding|\bADLs?\b"),
    ("safety", r"\bNSSI\b|self-harm\w*|\bcutting\b(?!\s+(?:board|back|down|class|school|out|costs))|overdose|suicide attempt|attempted suicide|(?:ED|ER|emergency (?:room|department)) visits?|"
               r"hospitali[sz]\w+|inpatient|sutures|aggressi\w+|assault\w*|violen(?:t|ce)|police|arrest\w*|\bDUI\b|driving (?:under|while|after drinking|intoxicated)|"
               r"firearms?|handguns?|\bguns?\b|weapons?|wander\w*|unsafe|fainting|syncope|bradycardia|avoids driving|left the stove|public intoxication"),
))
NEGATION = _rx(r"\b(?:no|not|denies|denied|denying|without|never|none|negative for|nor|free of)\b[^.;,\n]{0,40}$")

TREATMENT_WORD = (r"(?:treatment|treated|therapy|therapist|counsel\w*|psychiatri\w+|psycholog\w+|hospitali\w+|inpatient|IOP|PHP|residential|rehab\w*|"
                  r"detox\w*|program|medication trials?|outpatient|mental health (?:care|services))")
PRIOR_NONE = _rx(r"\b(?:no|denies(?: any)?) (?:prior|previous|past)\b[^.;\n]{0,30}?\b%s|never (?:been in|had|received|seen|attended|tried) (?:any )?(?:therapy|counsel|treatment|"
                 r"a therapist|a counselor|mental health|psych)|first (?:time in|episode of|contact with|time seeking) (?:therapy|treatment|counsel|mental health)|"
                 r"treatment[- ]na[i\u00ef]ve|no treatment history|(?:prior|previous|past) (?:treatment|therapy|counsel\w*|psychiatric (?:history|treatment))"
                 r"\s*[:\-]\s*(?:none|denied|denies|no\b|n/a)" % TREATMENT_WORD)
PRIOR_SOME = _rx(r"(?:\b(?:prior|previous|past|previously|formerly|earlier)\b|\b(?:history|hx) of\b)[^.;\n]{0,40}?\b%s|(?:was|were|been) (?:psychiatrically )?(?:hospitali[sz]ed|admitted)|"
                 r"(?:inpatient|psychiatric|hospital) (?:stay|admission|hospitali[sz]ation|unit)s?|discharged\b[^.;\n]{0,40}\b(?:inpatient|hospital|PHP|IOP|residential|unit|program|stay)|"
                 r"(?:completed|graduated from|stepped down from|transferred from|discharged from)\b[^.;\n]{0,30}\b(?:IOP|PHP|residential|rehab|detox|inpatient|hospital)|"
                 r"(?:tried|failed)\s+(?:weekly |individual |group |outpatient )*(?:therapy|outpatient|counsel\w*|CBT|DBT|EMDR|treatment)|"
                 r"(?:trials? of|tried|failed)\s+(?:%s)|(?:therapy|counsel\w*|treatment)\s+(?:in|from|during)\s+(?:(?:19|20)\d\d|the (?:19|20)\d0s|ages?\s+\d+(?:\s*[-\u2013]\s*\d+)?)|"
                 r"(?:treatment|psychiatric|therapy) history|\b(?:saw|seen by|was seeing) a (?:therapist|counselor|psychiatrist|psychologist)|\b(?:was|were|had been) in (?:therapy|counsel\w*|treatment)" % (TREATMENT_WORD, "|".join(MEDICATIONS)))
PRIOR_EXCLUDE = _rx(r"prior (?:auth\w*|to)\b|previous (?:session|week|visit)|past (?:week|month|two weeks|\d+ (?:weeks|months|days))\b")

# Lower level of care insufficient: a level word and an insufficiency word in one sentence.
LEVEL_WORD = _rx(r"outpatient|weekly (?:therapy|sessions|individual|care)|weekly (?:\w+ ){0,2}(?:ERP|CBT|DBT|EMDR|therapy|sessions|counseling|treatment)|once[- ]weekly|lower level|less intensive|lower intensity|standard (?:weekly )?(?:therapy|care)|"
                 r"\bIOP\b|intensive outpatient|\bPHP\b|partial hospitali|office[- ]based|(?:individual|routine) (?:therapy|care)|current level|step[- ]?down")
INSUFFICIENT = _rx(r"\btried\b|\bfailed\b|insufficient|not (?:been )?(?:sufficient|enough|adequate|effective|appropriate|safe|available)|inadequate|unsuccessful|"
                   r"did not (?:reduce|improve|help|work|prevent|stop|decrease|change)|without (?:reduction|improvement|benefit|change|success)|despite|escalat\w+|"
                   r"worsen\w*|deteriorat\w+|unable to (?:maintain|manage|stabilize|keep|remain|be safe)|cannot be (?:managed|treated|safely|met)|"
                   r"requires? (?:more|daily|additional|a higher|greater|24-hour)|needs? (?:more|daily|\d+ hours)|unavailable|no (?:IOP|PHP|program|openings|availability)|"
                   r"too (?:severe|acute|unsafe)|not (?:able|possible)|ineffective|(?:no|minimal|limited) benefit|(?:has not|hasn't|did not) helped?|plateau\w*|relaps\w+|"
                   r"(?:did not|didn't|does not|doesn't) (?:give|provide|offer) (?:enough|sufficient)")

# Discharge / step-down criteria: a transition word with a condition, never a past discharge.
DISCHARGE_WORD = _rx(r"discharge|step[- ]?down\b|step(?:ping)? down|transition(?:ing)? to|taper(?:ed|ing)? (?:to|sessions|frequency)|terminat(?:e|ion) (?:of )?(?:therapy|treatment|services)|"
                     r"termination criteria|terminat\w+ (?:when|once|after)|graduat(?:e|ion) (?:from|criteria)|end (?:of )?treatment|"
                     r"(?:treatment|therapy|services|sessions) will (?:end|conclude|be completed|taper|fade)|fad(?:e|ing) (?:to|sessions)|ready to (?:end|stop)|reduce (?:frequency|sessions) to|move to (?:biweekly|every other week|monthly)|"
                     r"moves? to (?:the |a )?(?:monthly|biweekly|alumni|aftercare|maintenance|step[- ]?down)\b|\balumni group\b")
DISCHARGE_COND = _rx(r"\bwhen\b|\bonce\b|\bafter\b|\bupon\b|\bif\b|\buntil\b|criteria|\bready\b|goals? (?:are |is )?(?:met|achieved)|below|under|<|\u2264|"
                     r"fewer|or less|consecutive|sustained|stable|independent|complet\w+|\d+\s*(?:weeks?|days?|months?|sessions?)")
# A labelled discharge section only holds criteria under these labels ("LOCUS at discharge" is a score).
DISCHARGE_LABEL = _rx(r"^(?:discharge|step[- ]?down|transition|termination|exit|completion|graduation)(?:\s+(?:criteria|plan\w*|readiness|goals?))?$|criteria|expected|anticipated")
DISCHARGE_PAST = _rx(r"discharged\b|discharge\s*(?:date)?\s*[:\-]?\s*(?:\d|<DATE)|(?:at|on) discharge\b|was discharged|since (?:her |his |their )?discharge|post[- ]discharge|discharge summary|discharge (?:date|diagnos\w+|measures|medications)|stepped down from|step[- ]down from")

FREQUENCY = _rx(r"\b(?:24[- ]hour|24/7|around[- ]the[- ]clock|weekly|bi-?weekly|fortnightly|twice[- ](?:a[- ])?week(?:ly)?|semi-?weekly|once[- ]weekly|every (?:other )?(?:week|day|two weeks|2 weeks)|daily|monthly|"
                r"(?:once|twice|three times|four times|five times|\d+\s*(?:x|times))\s*(?:a|per|/)\s*(?:week|wk|day|month)|\d+x\s*/?\s*(?:week|wk|day)|"
                r"\d+\s*(?:days?|sessions?|hours?|hrs?)\s*(?:a|per|/)\s*(?:week|wk|day))\b")
DURATION = _rx(r"\b(?:for|over|within) (?:an? )?(?:estimated |additional |another |the next |up to )?(?:\d+(?:\s*[-\u2013]\s*\d+)?|one|two|three|four|five|six|eight|ten|twelve) (?:more )?"
               r"(?:weeks?|months?|sessions?|visits?|days?|program days)\b|\b\d+(?:\s*[-\u2013]\s*\d+)?\s+(?:(?:more|additional|further|weekly|individual|group|family|program|"
               r"treatment|biweekly|\d+-minute|\d+ min(?:ute)?)\s+)*(?:sessions|visits|treatment days|program days)\b|(?:sessions?|visits?|weekly|\)|\d{5})\s*(?:x|\u00d7)\s*\d+\b|(?:\bx|\u00d7)\s*\d+\s*(?:weeks?|sessions?|months?|days?)\b|\b\d+[- ](?:week|month|session|day)s?\b"
               r"(?!\s*(?:/|a\b|per\b|old|ago|history|postpartum|pregnant|sober|in a row|straight|of (?:sobriety|abstinence)))|duration\s*[:\-]\s*\w|length of stay|\bLOS\b|"
               r"(?:estimated|expected|anticipated) (?:duration|length|number)|\b\d+(?:\s*[-\u2013]\s*\d+)?\s+(?:more|additional|further)\s+(?:weeks?|months?|sessions?|visits?)\b|\b(?:through|until) (?:%s|\d{1,2}/\d{1,2}/\d{2,4})" % PLACEHOLDER)
PLAN_CUE = _rx(r"\b(?:plan\w*|recommend\w*|request\w*|authori[sz]\w*|propos\w*|will|continue\w*|anticipat\w*|expect\w*|estimat\w*|agreed to|commit\w*|"
               r"schedul\w*|course of|over the next|for the next|additional|starting|begin\w*)\b")
PAST_CUE = _rx(r"\b(?:prior|previous|previously|past|history|tried|failed|did not|\bhad\b|ago|from ages?|in (?:19|20)\d\d|(?:19|20)\d\d\s*[-\u2013]\s*(?:19|20)?\d\d|"
               r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\s*[-\u2013]\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))")
PAST_MODALITY = _rx(r"\b(?:previously|prior|previous|past|tried|failed|formerly|used to|declined)\b")
TREATMENT_CUE = _rx(r"\b(?:sessions?|therapy|psychotherapy|group|IOP|PHP|program|treatment|visits?|individual|family|couples|CBT|DBT|EMDR|sees|meets?|attend\w*)\b")
MED_CUE = _rx(r"\b(?:prescri\w+|taking|takes|started|on|medications?|meds|dose|titrat\w+|increased to|decreased to)\b")
# "Next session in 1 week", "RTC 2 weeks": the interval to the next visit is not a treatment duration.
NEXT_VISIT = _rx(r"(?:next (?:session|appointment|visit)|follow[- ]?up|f/u|return\w*|RTC|see (?:her|him|them|client) again)\b[^.;]{0,15}$")
SUSTAIN = _rx(r"consecutive|in a row|straight|sustained")

PROGRESS = _rx(r"\bimprov(?:ed|ing|ement)\b|\bbetter\b|\bcalmer\b|\bless (?:anxious|depressed|irritable|frequent|often|severe|avoidant)\b|\bfewer\b|"
               r"\bdecreased\b|\b(?:down|decreased) from\b|\b(?:down|decreased|reduced|dropped) to \d|\bfor the first time (?:since|in)\b|\bno longer\b|\bresumed\b|\breturned to\b|\b(?:has|have) (?:started|begun)\b|"
               r"\bnow (?:able|helps|attends|runs|sleeps|goes|uses|completes|eats|drives|works)\b|\b(?:made|make|makes|making|good|some|steady|significant|clear) progress\b|\bprogress(?:ed|ing) (?:well|toward)|\bgains?\b|\b(?:goal|goals) (?:met|achieved)\b|"
               r"\b(?:partial|good|some|positive) response\b|\bresponding\b|\bremission\b|\bstabiliz(?:ed|ing)\b|\bmore (?:engaged|active|consistent|independent)\b|"
               r"\bindependently\b|\bsuccessfully\b|\bcompared (?:with|to)\b[^.;\n]{0,40}\d")
PROGRESS_BLOCK = _rx(r"\b(?:will|would|hope\w*|expect\w*|goal|aim\w*|want\w*|to improve|should|may|might|could|if)\b|\bnot (?:\w+ )?(?:improv|better)|"
                     r"\bno (?:improvement|progress|change)|without (?:improvement|progress)|did not")

NOT_STARTED = _rx(r"wait ?-?list\w*|has not (?:yet )?(?:started|begun|been admitted)|not yet (?:started|begun|admitted|enrolled)|pre-?service|"
                  r"awaiting (?:admission|start|intake|authori[sz]ation)|pending (?:admission|authori[sz]ation)|before (?:IOP|PHP|treatment|admission) (?:starts|begins|can start)|"
                  r"(?:unable|could not) (?:to )?(?:start|begin|admit)|on hold|scheduled to (?:start|begin) (?:IOP|PHP|residential|treatment|the program)")


# ---------------------------------------------------------------- scanning notes into labelled sentences

@dataclass(frozen=True)
class Segment:
    """One sentence of a note with the kind of label or section it sits under."""
    note_index: int
    text: str  # verbatim sentence (or line fragment) of the note
    kind: str  # label kind from facts_patterns.LABEL_KINDS, '' when unlabeled
    date: str | None  # date written in the governing label or header, e.g. "Measures (02/11/2025):"


LABEL = re.compile(r"^\s*(?:[-*\u2022#]+\s*)?\**([A-Za-z](?:[A-Za-z0-9 /()&+'<>_\-]|\.(?=\d)){0,60}?)\**\s*:(?!\d)\s*")
_SENT_END = re.compile(r"[.!?][\"')\]]*\s+(?=[A-Z0-9<(\"'\[-])")
_ABBREV = re.compile(r"(?:\b(?:Dr|Mr|Mrs|Ms|St|Jr|Sr|vs|approx|etc|No|e\.g|i\.e|[A-Z])\.)$")


def label_kind(label: str) -> str:
    """Map a label such as "Prior treatment" or "Why IOP" to its kind ('' when unknown)."""
    label = label.strip().lower()
    if len(label.split()) > 7:
        return ""
    return next((kind for kind, rx in LABEL_KINDS if rx.search(label)), "")


def _sentences(line: str) -> Iterator[tuple[int, int]]:
    start = 0
    for m in _SENT_END.finditer(line):
        if not _ABBREV.search(line[start:m.start() + 1]) and len(line[start:m.start()].split()) > 1:
            yield start, m.start() + 1
            start = m.end()
    yield start, len(line)


def _header(line: str) -> str | None:
    bare = line.strip().strip("#*_ ").strip()
    if bare.endswith(":") and len(bare) <= 70:
        return bare[:-1]
    if bare.isupper() and len(bare) <= 50 and not re.search(r"\d", bare):
        return bare
    return None


def _note_segments(ni: int, note: str) -> Iterator[Segment]:
    kind, date = "", None
    for line in note.splitlines():
        if not line.strip():
            kind, date = "", None
            continue
        head = _header(line)
        if head is not None:
            kind, date = label_kind(head), _first_date(head)
            continue
        m = LABEL.match(line)
        line_kind = label_kind(m.group(1)) if m else ""
        line_date = _first_date(m.group(1)) if m else None
        for a, b in _sentences(line):
            text = line[a:b].strip()
            own = LABEL.match(text)
            own_kind = label_kind(own.group(1)) if own else ""
            yield Segment(ni, text, own_kind or line_kind or kind, line_date or date)


def segments(notes: Sequence[str]) -> tuple[Segment, ...]:
    """Split notes into labelled sentences; every segment text is a verbatim substring of its note."""
    return tuple(seg for ni, note in enumerate(notes) for seg in _note_segments(ni, note) if seg.text)


def _first_date(text: str) -> str | None:
    m = DATE.search(text)
    return m.group(0) if m else None


def clause_before(text: str, pos: int, width: int) -> str:
    """The text before pos within the same clause, at most width characters."""
    return re.split(r"[.;!?]\s", text[max(0, pos - width):pos])[-1]


def clause_of(text: str, pos: int, seps: str = ";") -> str:
    """The clause around pos, bounded by sentence ends and the separator characters in seps."""
    start = max([text.rfind(c, 0, pos) for c in seps] + [text.rfind(". ", 0, pos)]) + 1
    ends = [i for i in [text.find(c, pos) for c in seps] + [text.find(". ", pos)] if i >= 0]
    return text[start:min(ends) if ends else len(text)]


def date_near(text: str, gap: tuple[int, int], num_end: int) -> str | None:
    """A date written between an instrument and its number, or in a parenthesis right after the number."""
    after = re.match(r"\s*\((?:on\s+|administered\s+)?(%s)\s*[),;]" % DATE.pattern, text[num_end:])
    if after:
        return after.group(1)
    inside = DATE.search(text, *gap)
    return inside.group(0) if inside else None


def negated(text: str, pos: int) -> bool:
    return bool(NEGATION.search(re.split(r"[.;,(]", text[max(0, pos - 50):pos])[-1]))
