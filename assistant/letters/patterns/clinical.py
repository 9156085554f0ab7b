"""Diagnoses, ICD-10 and CPT codes, treatment approaches and medications."""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from assistant.letters.patterns.base import I, PLACEHOLDER, _rx  # noqa: F401

# ICD-10-CM: a letter, two digits, a dot and 1-4 characters. Dot-less category codes (F32) only
# count in front of a name, because bare letter+digits also look like room or form numbers.
# A code written in lower case ("dx f34.1" in a lowercase note): only with its decimal part, beside a diagnosis cue.
ICD10_LOWER = _rx(r"(?<![A-Za-z0-9.<_])([a-tv-z]\d{2}\.[0-9a-z]{1,4})(?![0-9A-Za-z])", 0)
# Codes complete at three characters (billable with no decimal): written alone ("Working diagnosis F29, unspecified psychosis").
_THREE_CHARACTER = "F04|F05|F09|F21|F22|F23|F24|F28|F29|F39|F54|F59|F66|F69|F70|F71|F72|F73|F79|F82|F88|F89|F99"
ICD10 = _rx(r"(?<![A-Za-z0-9.<_])([A-TV-Z]\d{2}\.[0-9A-Z]{1,4})(?![0-9A-Za-z])|(?<![A-Za-z0-9.<_])([FZ]\d{2})(?=\s+[A-Z][a-z])|"
            r"(?<![A-Za-z0-9.<_/-])(%s)(?![0-9A-Za-z]|\.\d)" % _THREE_CHARACTER, 0)

# Psychotherapy and testing CPT codes, HCPCS H/S/T/G codes and revenue codes that travel with them.
CPT = _rx(r"(?<![\d\-/.])(9079[12]|9078[5]|9083[2-9]|9084[0-7]|9084[69]|9085[3]|9088[0-9]|96127|961[3-7]\d|9920[1-5]|9921[1-5])(?![\d/])"
          r"|(?<![A-Za-z0-9])([GHST]\d{4})(?![0-9])|revenue codes?\s*(0\d{3})\b")

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
    ("insomnia disorder", r"insomnia disorder"), ("somatic symptom disorder", r"somatic symptom disorder"),
    ("illness anxiety disorder", r"illness anxiety disorder|hypochondria(?:sis|cal disorder)"),
    ("gender dysphoria", r"gender dysphoria"), ("tic disorder", r"tourette|tic disorder"),
    ("reactive attachment disorder", r"reactive attachment disorder"), ("intellectual disability", r"intellectual disability"),
    ("trichotillomania", r"trichotillomania|hair[- ]pulling disorder"), ("excoriation disorder", r"excoriation|skin[- ]picking disorder"),
    ("gambling disorder", r"gambling disorder|pathological gambling"),
    ("premenstrual dysphoric disorder", r"premenstrual dysphoric disorder"), ("selective mutism", r"selective mutism"),
    ("dissociative disorder", r"dissociative (?:identity |amnesia|disorder)|depersonali[sz]ation[/ -](?:derealization )?disorder"),
    ("psychotic disorder", r"(?:brief |unspecified |other specified )?psychotic disorder|unspecified psychosis|first[- ]episode psychosis|"
                           r"schizophreniform|delusional disorder"),
    ("elimination disorder", r"enuresis|encopresis"), ("pica", r"\bpica\b"),
)
ABBREV_CANON = {"MDD": "major depressive disorder", "GAD": "generalized anxiety disorder", "PTSD": "posttraumatic stress disorder",
                "C-PTSD": "posttraumatic stress disorder", "OCD": "obsessive-compulsive disorder", "ADHD": "ADHD",
                "ODD": "oppositional defiant disorder", "BPD": "borderline personality disorder", "PDD": "persistent depressive disorder",
                "AUD": "substance use disorder", "OUD": "substance use disorder", "CUD": "substance use disorder",
                "SUD": "substance use disorder", "ASD": "autism spectrum disorder", "BED": "binge-eating disorder",
                "PPD": "postpartum depression", "PGD": "prolonged grief disorder", "PMDD": "premenstrual dysphoric disorder",
                "ARFID": "ARFID", "DID": "dissociative disorder", "FEP": "psychotic disorder"}
DIAGNOSIS_ABBREV = _rx(r"(?<![\w-])(%s)\b" % "|".join(sorted(ABBREV_CANON, key=len, reverse=True)), 0)
# "Generalized Anxiety Disorder 7-item", "Panic Disorder Severity Scale", "Alcohol Use Disorders Identification Test" are instruments.
DIAGNOSIS_RES = tuple((name, _rx(r"\b(?:%s)(?![-\s]*(?:s\b|7\b|2\b|scale|severity|inventory|identification|questionnaire|checklist|screen|item))"
                                  % src.replace("disorder", "(?:disorder|d/o)")))
                      for name, src in DIAGNOSES)
DX_CONTEXT = _rx(r"\b(?:diagnos[ie]s|diagnosed|dx|impression|meets (?:dsm-5(?:-tr)? )?criteria|icd-?10)\b")
DX_EXCLUDE = _rx(r"\b(?:rule[- ]out|r/o|ruled out|screen(?:ed|ing)? for|does not meet|no (?:history of|evidence of)|"
                 r"family history|FHx|(?:mother|father|wife|husband|partner|sister|brother|son|daughter|parent|grandmother|"
                 r"grandfather|aunt|uncle|cousin|spouse)(?:'s)?\s+(?:has|had|was|with|diagnosed|is)\b)")

# Treatment approaches and named interventions: a vocabulary kept as data (assistant/data/modalities.yaml), each with
# the name a letter writes, its pattern and whether an acronym that is also an ordinary word counts only as written.
_MODALITY_FILE = Path(__file__).resolve().parents[2] / "data" / "modalities.yaml"


def _modalities() -> tuple[tuple[str, str, bool], ...]:
    rows = yaml.safe_load(_MODALITY_FILE.read_text(encoding="utf-8"))["modalities"]
    return tuple((str(r["name"]), str(r["pattern"]), bool(r.get("cased"))) for r in rows)


MODALITIES: tuple[tuple[str, str], ...] = tuple((name, src) for name, src, _ in _modalities())
_CASED_MODALITIES = {name for name, _, cased in _modalities() if cased}
# Any named approach written with its acronym: "interpersonal and social rhythm therapy (IPSRT)".
NAMED_APPROACH = re.compile(r"\b[A-Za-z-]+(?: (?:and|&|of|for|with) [A-Za-z-]+| [A-Za-z-]+){0,4} (?:[Tt]herapy|[Pp]sychotherapy|[Tt]reatment|[Tt]raining|[Pp]rotocol) "
                            r"\((?!PT\b|OT\b|ST\b)([A-Z][A-Za-z0-9-]{1,9})\)")
# A named approach written without an acronym: "reminiscence therapy", "organizational skills training", "crisis
# counseling". The word before must name a method, not a format, a time or a history ("individual", "weekly", "prior"),
# nor a generic kind of talk ("supportive counseling" names no method a reviewer can weigh).
_FORMAT_WORD = (r"individual|group|family|couples?|marital|weekly|biweekly|monthly|daily|outpatient|inpatient|prior|previous|past|"
                r"current|more|less|any|no|some|further|continued|ongoing|the|a|an|of|in|for|his|her|their|this|that|mental|"
                r"physical|occupational|speech|massage|music|art|pet|water|light|medication|medicine|drug|infusion|oxygen|respiratory|hormone|"
                r"replacement|antibiotic|insulin|radiation|dialysis|anticoagulation|injection|steroid|\d+-minute|\d+-min|virtual|video|phone|telehealth|"
                r"substance|alcohol|drug|court-ordered|mandated|insurance|short-term|long-term|brief|intensive|residential|"
                r"previously|recent|new|start|starting|started|stopped|finished|completed|attended|began|begin|tried|in-person|office|"
                r"continue|continued|continuing|resume|resumed|use|used|using|provide|provided|offer|offered|receive|receives|"
                r"received|receiving|needs|need|needed|requires|recommend|recommended|refer|referred|and|or|with|via|by|to|is|was|"
                r"will|would|did|does|has|had|have|began|get|gets|getting|trauma-focused|non|supportive|general|talk|client|patient|member|she|he|they|we|i|mom|mother|father|dad|parents?|therapist|clinician|staff|"
                # a preposition, or care that is arranged rather than given ("about transfer planning", "discharge planning")
                r"about|on|around|regarding|into|from|at|after|before|during|through|over|per|our|my|your|transfer|transition|"
                r"discharge|aftercare|termination|treatment|care|financial|future|career|wedding|trip|travel|vacation|"
                # when a session falls, not what it is: "Next field therapy session 07/10", "last family therapy"
                r"next|last|first|final|each|every|today|tomorrow|upcoming|scheduled|"
                # a supervisor's or an adviser's talk, not a treatment: "developmental counseling" (an Army form),
                # "follow-up counseling", "career counseling", "debt counseling"
                r"developmental|unit|performance|event|follow|up|career|academic|college|admissions|job|legal|debt|credit|retirement|benefits|"
                # where the sessions happen, not how: "home-based psychotherapy", "school-based counseling"
                r"home-based|based|home|in-home|school-based|community-based|clinic-based|office-based|bedside|mobile|outreach|field|"
                # care someone else asks for, not a method: "won't let him back without counseling", "the court ordered counseling"
                r"without|ordered|orders|order|required|require|requiring|mandatory|seek|seeks|seeking|sought|attend|attends|attending|"
                # what someone says or feels about the sessions: 'Mother says therapy "is going ok"', "he hated counseling";
                # first aid, no method of therapy: "rescue breathing"
                r"says|said|say|tells|told|thinks|thought|feels|felt|calls|called|likes|liked|loves|loved|hates|hated|wants|wanted|"
                r"reports|reported|describes|described|finds|found|rescue")
TECHNIQUE = re.compile(r"(?<![\w-])(?!(?:%s)\b)([A-Za-z][a-z]+(?:[ -](?!(?:%s)\b)[a-z]+)?[ -](?:therapy|training|counsel(?:l)?ing|"
                       r"psychotherapy|planning|restructuring|breathing|exposure))\b" % (_FORMAT_WORD, _FORMAT_WORD), re.I)
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
# A medication trial that ended, or its result: "stopped it himself <DATE_3>", "12 weeks, 2024 - no meaningful change".
MED_TRIAL_END = _rx(r"\b(?:stopped|discontinued|d/c'?d|tapered off|came off|went off|quit|self-stopped|(?:partial|no|poor|little|"
                    r"minimal) (?:response|benefit|effect)|no (?:meaningful |real )?(?:change|improvement)|side[- ]effects?|"
                    r"intolerab\w+|failed|relapse\w*)\b")
MED_PAST = _rx(r"\b(?:tried|failed|previously|prior|past|trials? of|trials|discontinued|stopped|history of|in the past|used to|"
               r"on and off|off and on)\b")
NOT_A_MED = {"carbonate", "hydrochloride", "sodium", "sulfate", "chloride", "citrate", "gluconate", "succinate", "tartrate",
             "fumarate", "maleate", "mesylate", "besylate", "bromide", "phosphate", "acetate", "oxide", "drinks", "about", "weight", "weighs", "caffeine", "coffee", "lost", "gained", "total", "dose", "doses", "than"}
MED_NONE = _rx(r"\b(?:medications?|meds|psychotropics?|rx)\s*[:\-]\s*(?:none|no\b(?!\s+(?:changes?|updates?|adjustments?|new)\b)|nil|n/a)|\b(?:(?:I'm|I am|he's|she's|they're|is|are|was) not|isn't|aren't|wasn't|not currently) (?:on|taking) anything\b(?! (?:else|new|for (?:pain|the (?:pain|cold|flu))))|\bno (?:current |active )?"
               r"(?:prescribed )?(?:psychiatric |psychotropic |psych |mental health )?(?:medications?|medicines?|meds|psychotropics?)\b|not (?:currently )?"
               r"(?:taking|on|prescribed) (?:any )?(?:psychiatric |psychotropic )?(?:medications?|medicines?|meds)|medication[- ]free|"
               r"denies (?:taking )?(?:any )?(?:medications?|medicines?|meds)|(?:neither|none of)\b[^.;\n]{0,30}\b(?:takes?|on) (?:any )?(?:psychiatric |psychotropic )?(?:medications?|meds)|"
               r"(?:does not|doesn't|do not|don't) take (?:any )?(?:psychiatric |psychotropic )?(?:medications?|medicines?|meds)|"
               # "has never taken anything for nerves or mood", "never been on medication for depression"
               r"\bnever (?:taken|been on|tried|used|had) (?:any(?:thing)?|medications?|meds|pills)\b(?: \w+){0,2}? for (?:(?:her|his|their|the) )?"
               r"(?:nerves|mood|anxiety|depression|worry|sleep|mental health|emotional|psychiatric|behaviou?r|attention|ADHD)|"
               r"\bnever (?:taken|been on|tried) (?:any )?(?:psychiatric |psychotropic |psych )?(?:medications?|meds)\b|"
               r"\b(?:nothing|no (?:pills|medicine|medication)) (?:for|to help with) (?:(?:her|his|my|their|the) )?(?:nerves|mood|anxiety|depression|"
               r"worry|sleep|mental health|stress)\b")
MED_DECLINED = _rx(r"\b(?:declines?|declined|refuses?|refused|prefers? to avoid|not interested in) (?:an? |the )?(?:psychiatric |any )?(?:medications?|meds|them)"
                   r"(?: (?:referral|evaluation|eval|consult(?:ation)?|trial|management))?\b|"
                   # a medication offered, then turned down: "PCP suggested psychiatry for an antipsychotic; she declined"
                   r"\b(?:offered|suggested|recommended|proposed|raised)\b[^.;\n]{0,50}?\b(?:antipsychotics?|antidepressants?|SSRIs?|SNRIs?|"
                   r"mood stabili[sz]ers?|stimulants?|anxiolytics?|medications?|meds|a prescription|a (?:medication |med )?trial)\b"
                   r"[^.;\n]{0,20}?[;,:\u2013\u2014-]\s*(?:but\s+|and\s+)?(?:(?:she|he|they|client|pt|patient|(?:the |her |his |their )?(?:parents?|mom|mother|father|dad|family|guardian))\s+)?"
                   r"(?:declined|refused|said no|turned (?:it|this|that|them) down)\b")
MED_PENDING = _rx(r"\b(?:referr(?:ed|al) (?:to psychiatry|for (?:a )?(?:medication|psychiatric|med) (?:evaluation|eval|consult))|"
                  r"(?:medication|psychiatric|med) (?:evaluation|eval|consult)[^.;\n]{0,30}(?:pending|scheduled|requested)|"
                  r"pending (?:psychiatric|medication|med) (?:evaluation|eval|consult)|awaiting (?:psychiatry|psychiatric))")

# A medication someone else takes: "aunt w/ OCD (on clomipramine)", "her roommate's quetiapine", "half-brother (14) has
# ADHD, takes methylphenidate"; and a family-history field ("FHx: ...").
_OTHERS = (r"(?:mother|father|mom|dad|mum|parents?|sister|brother|half-brother|half-sister|stepmother|stepfather|aunt|uncle|cousin|"
           r"grandmother|grandfather|grandma|grandpa|son|daughter|husband|wife|partner|boyfriend|girlfriend|spouse|fianc[eé]e?|"
           r"roommate|friend|sibling|twin|niece|nephew)")
OTHER_MED_OWNER = _rx(r"\b%s(?:['\u2019]s\s*$|\b(?:(?!\b(?:he|she|they|client|pt|patient|member|child|youth)\b)[^.;]){0,50}\b(?:takes|taking|has|had|is on|was on|on|w/|with|uses|prescribed|(?:re)?start(?:ed|s)|resum(?:ed|es)|began|went (?:back )?on|been on|gets|got|needs|refill(?:ed|s)?|(?:his|her|their) own)\b[^.;]{0,25}$)" % _OTHERS)
# Medications for the body, not the mind: listed in notes ("PCP meds: metoprolol 25 mg"), but they state no
# psychiatric medication status. Drugs also used in psychiatry (propranolol, prazosin, clonidine) are not here.
NON_PSYCHIATRIC = set((
    "atorvastatin simvastatin rosuvastatin pravastatin lisinopril losartan amlodipine metoprolol hydrochlorothiazide "
    "furosemide aspirin metformin insulin levothyroxine tamsulosin omeprazole pantoprazole famotidine albuterol "
    "montelukast cetirizine loratadine warfarin apixaban rivaroxaban clopidogrel prednisone ibuprofen naproxen "
    "acetaminophen potassium ferrous iron multivitamin vitamin calcium magnesium folate folic cholecalciferol "
    "donepezil memantine levetiracetam sumatriptan ondansetron amoxicillin azithromycin "
    # overdose rescue and harm-reduction supplies are handed out, not taken as treatment
    "naloxone narcan nalmefene"
).split())
FAMILY_HISTORY = _rx(r"^\W*(?:FHx|FH|family (?:psychiatric )?(?:history|hx))\b")
# A treatment someone else had: "husband did EMDR through the VA", "her sister's DBT group", "mom is in CBT".
OTHER_TREATMENT_OWNER = _rx(r"\b%s(?:['\u2019]s\s*$|\b(?:(?!\b(?:he|she|they|client|pt|patient|member|child|youth)\b)[^.;]){0,40}"
                            r"\b(?:did|does|had|has|went through|goes to|is in|was in|got|completed|tried|swears by|went to|saw|sees|"
                            r"attended|attends|was seen|received|had been)\b[^.;]{0,30}$)|\bfamily (?:psychiatric |mental health )?"
                            r"(?:history|hx)\b[^.;]{0,60}$" % _OTHERS)


# A course a court, an employer or a school sends people to, taken in the past: "a 12-week anger-management class in
# 2017, completed", "finished a parenting course through the county", "DUI school after the 2015 arrest". Care before
# this episode, though no therapy word names it; never one still ahead ("referred to a parenting class next month").
_COURSE = (r"\b(?:anger[- ]management|parenting|DUI|DWI|OWI|batterer\w*(?:['\u2019]s)?(?: intervention)?|domestic[- ]violence|"
           r"(?:alcohol|drug|substance(?: abuse| use)?)(?: and drug)? (?:education|awareness))\s+(?:class(?:es)?|course|program|"
           r"group|school)\b")
_AHEAD = (r"\b(?:refer\w*|recommend\w*|will|plans?|planned|enroll\w*|sign(?:ed)? up|start\w*|wait\w*|next|upcoming|due|must|to attend|"
          r"requir\w*|proof of|needs? to|unless|before (?:reinstatement|returning|return|he|she|they))\b")
PAST_COURSE = _rx(r"(?:^|(?<=[.;:\n]))(?:(?!%s)[^.;\n])*?(?:\b(?:completed|finished|attended|took|did|went through)\b(?:(?!%s)[^.;\n]){0,30}?%s|%s(?=(?:(?!%s)[^.;\n]){0,60}?"
                  r"(?:(?<![/\-.\d])(?:19|20)\d\d\b(?![/\-.]\d)|\b(?:completed|finished|graduated|court[- ](?:ordered|referred|mandated)|"
                  r"didn['\u2019]?t (?:stick|help|work))\b)))" % (_AHEAD, _AHEAD, _COURSE, _COURSE, _AHEAD))
# Sessions with someone else counted, then placed in the past: "4 sessions with the school-based counselor in October,
# which didn't change anything", "about 10 sessions with her middle-school counselor in 8th grade".
_COUNTED = (r"\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|several|some)\s+(?:\w+\s+)?"
            r"(?:sessions?|visits?|appointments?)\s+with\s+(?:a|an|the|her|his|their|my)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:counsel\w*|therapists?|psychologists?|psychiatrists?|social workers?|LCSWs?|LPCs?)\b")
_THEN = (r"\b(?:in|during|back in|since|until) <DATE_\d+>|\b(?:in|during|back in) (?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*|(?:19|20)\d\d|(?:middle|"
         r"high|elementary|grade) school|college|\d{1,2}(?:st|nd|rd|th) grade)\b|\blast (?:year|spring|summer|fall|autumn|winter)\b|"
         r"\bago\b|\bdid(?:n['\u2019]?t| not) (?:help|change|work)\b|\b(?:stopped|ended|quit|dropped out)\b")
PAST_SESSIONS = _rx(r"(?:^|(?<=[.;:\n]))(?:(?!%s)[^.;\n])*?%s(?=(?:(?!%s)[^.;\n]){0,80}?(?:%s))" % (_AHEAD, _COUNTED, _AHEAD, _THEN))

