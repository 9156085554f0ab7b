"""Claims in a drafted letter (codes, scores, medications, clinical events) that the notes do not support."""
from __future__ import annotations

import re
from typing import Iterable, Sequence

from assistant.letters import patterns as P
from assistant.letters.checklist import MISSING_MARKER
from assistant.letters.clinical import canonical_diagnosis
from assistant.letters.extract import extract_facts
from assistant.letters.facts import Facts
from assistant.letters.score_runs import base_name
from assistant.letters.patterns import clause_before, clause_of

EVENTS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((name, re.compile(src, re.IGNORECASE)) for name, src in (
    ("suicide attempt", r"suicide attempts?|attempted suicide|attempted to (?:kill|end)|(?:prior|previous|past|lifetime) (?:suicide )?attempts?"),
    ("suicidal ideation", r"suicidal (?:ideation|thoughts?)|(?<![\w/])SI(?![\w/-])|thoughts of (?:suicide|killing|ending)|wanting to die|wish(?:es|ed)? to die"),
    ("homicidal ideation", r"homicidal (?:ideation|thoughts?)|(?<![\w/])HI(?![\w/-])"),
    ("self-harm", r"self[- ]harm\w*|self[- ]injur\w*|\bNSSI\b|\bcutting\b(?!\s+board)"),
    ("overdose", r"overdos\w*"),
    ("hospitalization", r"(?<!partial )hospitali[sz]\w*|inpatient (?:psychiatric )?(?:stay|admission|unit|care|treatment)|psychiatric admission"),
    ("emergency visit", r"emergency (?:room|department)|\bE[DR] visits?"),
    ("arrest or legal event", r"\barrest\w*|\bDUI\b|incarcerat\w*|\bjail\b|criminal charges?"),
    ("psychosis", r"psychos[ie]s|psychotic|hallucinat\w*|delusion\w*"),
    ("violence", r"\bviolen(?:t|ce)\b|\bassault\w*|physical aggression"),
    ("seizure", r"seizures?|delirium tremens"),
    ("purging", r"\bpurg\w*|self-induced vomiting|laxative"),
))
# Arguments ("at risk of hospitalization", "does not require inpatient care") are not claims about history.
ARGUMENT = re.compile(r"\b(?:requires?|need\w*|warrant\w*|necessary|level of care|prevent\w*|avoid\w*|risk of|at risk|"
                      r"reduc\w*|would|could|may|might|if|unless|step[- ]?down|higher level|lower level)\b", re.IGNORECASE)
NEUTRAL = re.compile(r"\b(?:screen(?:ed|ing)? for|assess(?:ed|ment)? (?:for|of)|asked about|evaluated for|monitor\w* for)\s*$", re.IGNORECASE)
RISK_WORDS = re.compile(r"suicid|(?<![\w/])SI(?![\w/])|C-?SSRS|self-harm|NSSI", re.IGNORECASE)
DRUG_CLASSES = {
    "SSRI": "sertraline fluoxetine escitalopram citalopram paroxetine fluvoxamine",
    "SNRI": "venlafaxine desvenlafaxine duloxetine",
    "benzodiazepine": "alprazolam clonazepam lorazepam diazepam chlordiazepoxide",
    "stimulant": "methylphenidate amphetamine lisdexamfetamine dexmethylphenidate",
    "antipsychotic": "quetiapine aripiprazole olanzapine risperidone lurasidone ziprasidone cariprazine brexpiprazole haloperidol clozapine paliperidone",
    "mood stabilizer": "lithium lamotrigine valproate divalproex carbamazepine oxcarbazepine",
    "antidepressant": "sertraline fluoxetine escitalopram citalopram paroxetine venlafaxine duloxetine bupropion mirtazapine trazodone vortioxetine vilazodone",
}
CLASS_RE = re.compile(r"\b(SSRI|SNRI|benzodiazepine|stimulant(?!\s+use)|antipsychotic|mood stabilizer|antidepressant)s?\b", re.IGNORECASE)


def _sentences(text: str) -> Iterable[str]:
    return (s for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip())


def _negated(sentence: str, pos: int) -> bool:
    return bool(P.NEGATION.search(re.split(r"[.;,(]", clause_before(sentence, pos, 60))[-1]))


def event_mentions(text: str, skip_arguments: bool) -> set[tuple[str, bool]]:
    """(event, negated) pairs mentioned in text; arguments about future risk are skipped when asked."""
    found = set()
    for sentence in _sentences(text):
        hits = [(name, m) for name, rx in EVENTS for m in rx.finditer(sentence)]
        if RISK_WORDS.search(sentence):  # "no attempts" in a risk line means suicide attempts
            hits += [("suicide attempt", m) for m in re.finditer(r"\battempts?\b(?!\s+to\b)", sentence, re.IGNORECASE)]
        for name, m in hits:
            if NEUTRAL.search(clause_before(sentence, m.start(), 40)):
                continue
            if skip_arguments and ARGUMENT.search(clause_of(sentence, m.start(), ";,")):
                continue
            found.add((name, _negated(sentence, m.start())))
    return found


def _note_events(notes: Sequence[str]) -> set[tuple[str, bool]]:
    found = set().union(*(event_mentions(n, False) for n in notes)) if notes else set()
    if re.search(r"(?:C-?SSRS|ASQ)[^.\n]{0,30}\bnegative", " ".join(notes), re.IGNORECASE):
        found.add(("suicidal ideation", True))
    return found


def _codes(rx: re.Pattern[str], text: str) -> set[str]:
    return {next(g for g in m.groups() if g) for m in rx.finditer(text)}


def _medications(text: str) -> set[str]:
    return {P.BRANDS.get(m.group(1).lower(), m.group(1).lower()) for m in P.MEDICATION_RE.finditer(text)
            if not P.NEGATION.search(clause_before(text, m.start(), 40))}


def _diagnoses(text: str, skip_negated: bool) -> set[str]:
    """Canonical DSM names mentioned in text (full names, and abbreviations such as MDD)."""
    found = set()
    for sentence in _sentences(text):
        if skip_negated and re.search(r"\b(?:no|not|rule out|r/o|without)\b", sentence, re.I):
            continue
        found |= {name for name, rx in P.DIAGNOSIS_RES if rx.search(sentence)}
        found |= {P.ABBREV_CANON[m.group(1)] for m in P.DIAGNOSIS_ABBREV.finditer(sentence)}
    return found


def _class_supported(drug_class: str, note_text: str, note_meds: set[str]) -> bool:
    members = set(DRUG_CLASSES[drug_class].split())
    return bool(members & note_meds) or bool(re.search(drug_class, note_text, re.IGNORECASE))


def _written_near(surface: str, score, note_text: str) -> bool:
    """The notes write this value a few characters after this name on one line ("TSH 3.1 (11/24)"): a reading the
    letter quotes from a line the notes' own reading passed over (a lab block under the medicines) is still theirs."""
    if not surface or isinstance(score, str):
        return False
    number = ("%g" % score).replace(".", r"\.")
    return bool(re.search(r"(?<![\w-])%s(?![\w-])[^\n]{0,40}?(?<![\d.])%s(?:\.0+)?(?![\d.])" % (re.escape(surface), number),
                          note_text, re.I))


def _score_claims(letter: str, facts: Facts, note_text: str = "") -> list[str]:
    # A score is supported when the notes give the same instrument (any part or scale of it) the same value.
    have = {(base_name(m), _value(m.score)) for m in facts.measures}
    names = {base_name(m) for m in facts.measures}
    out = []
    for m in extract_facts([letter]).measures:
        if isinstance(m.score, str):
            if base_name(m) not in names:
                out.append("%s result '%s' is not in the notes" % (m.instrument, m.score))
        elif (base_name(m), _value(m.score)) not in have and not _named_within(base_name(m), _value(m.score), have) \
                and not _written_near(m.surface, m.score, note_text) and not (m.part and _written_near(m.part, m.score, note_text)):
            out.append("%s score %s is not in the notes" % (m.instrument, m.score))
    return out


def _named_within(name: str, value: str, have: set[tuple[str, str]]) -> bool:
    """The same value under a name that holds this one or is held by it: a table row's "STAXI-2 Anger Expression
    Index 58" supports a letter's "Anger Expression Index = 58"."""
    low = name.lower()
    return any(v == value and (low in n.lower() or n.lower() in low) for n, v in have if len(n) >= 3 and len(low) >= 3)


def _value(score) -> str:
    return str(score).lower() if isinstance(score, str) else repr(float(score))


def unsupported_claims(letter_text: str, notes: Sequence[str], requested: dict, cited: Sequence[str] = ()) -> list[str]:
    """Letter + notes + request -> short descriptions of codes, scores, medications and events the notes lack.

    `cited` holds the titles and policy ids of the criteria the letter cites: a CPT code named in a
    policy's title ("CPT 90832/90834/90837") is a citation, not a claim about the client.
    """
    letter = MISSING_MARKER.sub(" ", letter_text)
    note_text = "\n".join(notes)
    request_text = " ".join([" ".join(map(str, requested.get("codes", [])))] + [str(v) for v in requested.values() if isinstance(v, str)])
    support = note_text + "\n" + request_text
    written = _codes(P.ICD10, support) | {c.upper() for c in _codes(P.ICD10_LOWER, support)}  # "dx f34.1" supports F34.1
    out = ["ICD-10 code %s is not in the notes" % c for c in sorted(_codes(P.ICD10, letter) - written)]
    cpt_have = _codes(P.CPT, support) | set(re.findall(r"\b[A-Z]?\d{4,5}\b", request_text)) | _codes(P.CPT, " ".join(cited))
    out += ["CPT/HCPCS code %s is not in the notes or the request" % c for c in sorted(_codes(P.CPT, letter) - cpt_have)]
    facts = extract_facts(notes)
    note_dx = _diagnoses(note_text, False) | {canonical_diagnosis(d.name) for d in facts.diagnoses}
    out += ["diagnosis '%s' is not in the notes" % d for d in sorted(_diagnoses(letter, True) - note_dx)]
    out += _score_claims(letter, facts, note_text)
    note_meds = _medications(note_text)
    out += ["medication %s is not in the notes" % m for m in sorted(_medications(letter) - note_meds)]
    classes = {_class_key(m.group(1)) for m in CLASS_RE.finditer(letter) if not P.NEGATION.search(clause_before(letter, m.start(), 40))}
    out += ["%s medication is not in the notes" % c for c in sorted(classes) if not _class_supported(c, note_text, note_meds)]
    have_events = _note_events(notes)
    for event, neg in sorted(event_mentions(letter, True) - have_events):
        out.append(("statement that there is no %s is not in the notes" if neg else "%s is not documented in the notes") % event)
    return out


def _class_key(word: str) -> str:
    return next(k for k in DRUG_CLASSES if k.lower() == word.lower())
