"""Who the letter is about: the placeholders of the client's name, birth date and member ID in the redacted notes
(a labelled field, an HL7 PID segment, the person on the line that gives a birth date). A form's "Name:" under a
heading for another party (the provider, a parent, the subscriber) names that party, not the client."""

from __future__ import annotations

import re
from typing import Sequence

# who else a form has a "Name:" field for: the provider's block, a parent's, the subscriber's, a referral source's
_OTHER_PARTY = re.compile(r"\b(?:provider|clinician|therapist|counsel+or|physician|doctor|prescriber|psychiatrist|psychologist|"
                          r"referring|referral source|rendering|billing|facility|agency|practice|guardian|parent|mother|"
                          r"father|caregiver|emergency contact|subscriber|policy ?holder|insured|employer|teacher|author|"
                          r"signature|signed|completed by|reported by|informant|submitted by|requested by|contact person)\b", re.I)
_CLIENT_PARTY = re.compile(r"\b(?:client|patient|member|child|youth|student|participant|beneficiary|enrollee|recipient|"
                           r"consumer|individual served|person served)\b", re.I)
_FIELD = re.compile(r"^[^:\n]{1,40}:[ \t]*\S")  # "NPI: ...", a field line under a heading


def _another_partys(text: str, at: int) -> bool:
    """Whether the bare "Name" field at `at` belongs to someone else: its own line says whose it is ("Provider name:",
    "Parent/guardian name:"), or the nearest heading above its block of fields does ("SECTION 1 -- PROVIDER")."""
    start = text.rfind("\n", 0, at) + 1
    own = text[start:at]
    own = re.split(r"[|;\t]|\s{3,}", own)[-1]
    if _CLIENT_PARTY.search(own) or _OTHER_PARTY.search(own):
        return not _CLIENT_PARTY.search(own)
    for line in reversed(text[:start].split("\n")[-8:]):
        if not line.strip() or _FIELD.match(line.strip()):
            continue
        # a heading is short; a line of prose above the fields ("her mother called ...") is no heading
        return len(line.strip()) <= 60 and bool(_OTHER_PARTY.search(line)) and not _CLIENT_PARTY.search(line)
    return False


_REFERENCE_BEFORE = re.compile(r"\b(?:ref(?:erence)?|case|claim|auth(?:ori[sz]ation)?|tracking|confirmation|appeal|grievance|"
                               r"ticket|letter|decision|UM|UR)\b\W*(?:(?:no|number|#|id)\W*)?$", re.I)
_ID_LABELS = {
    "name": (r"(?:client|patient|pt|member|participant|child|name|identified patient|re)", "PERSON"),
    "dob": (r"(?:dob|date of birth|d\.o\.b\.)", "DATE"),
    # an id of another record is no member ID: "Student ID", "Employee ID", "Case ID", "Claim ID"
    "member_id": (r"(?:member id|member #|subscriber id|medicaid id|medicare id|mbi|policy|(?!(?:student|employee|staff|school|case|"
                  r"claim|badge|account|tax|ref|reference|npi|provider|tracking|confirmation|order|device|serial|license|"
                  r"licence|court|docket|inmate|booking|visa|passport)\s)[a-z]+ id|"
                  r"(?<!student )(?<!employee )(?<!staff )(?<!school )(?<!case )(?<!claim )(?<!badge )(?<!account )(?<!provider )"
                  r"(?<!court )(?<!tax )(?<!npi )id|mrn)",
                  "(?:MEMBER_ID|ID|MRN)"),
}


def _hl7_patient(text: str) -> dict[str, str]:
    """An HL7 v2 PID segment: the name (field 5, family^given), the birth date (field 7) and the identifiers
    (field 3, repetitions split by ~, a member number typed MB/MI/SN preferred)."""
    m = re.search(r"^\s*PID\|([^\n]*)", text, re.M)
    if not m:
        return {}
    fields = ("PID|" + m.group(1)).split("|")
    field = lambda n: fields[n] if len(fields) > n else ""  # noqa: E731
    out: dict[str, str] = {}
    names = re.findall(r"<PERSON_\d+>", field(5).split("~")[0])
    if names:
        out["name"] = " ".join(names[1:2] + names[:1])  # given name, then family name
    if (dob := re.search(r"<DATE_\d+>", field(7))):
        out["dob"] = dob.group()
    ids = [(re.search(r"<(?:MEMBER_ID|ID|MRN)_\d+>", rep), rep) for rep in field(3).split("~")]
    ids = [(i.group(), rep) for i, rep in ids if i]
    if ids:
        out["member_id"] = next((i for i, rep in ids if re.search(r"\^(?:MB|MI|SN|MA|MC)\s*$", rep)), ids[0][0])
    return out


def client_identity(redacted_notes: Sequence[str]) -> dict[str, str]:
    """Redacted notes -> the placeholders that identify the client: name, DOB and member ID."""
    from assistant.letters.hash_dumps import plain_hash_dump
    text = "\n".join(plain_hash_dump(n) for n in redacted_notes)  # a dumped record's keys as fields ("dob: <DATE_1>")
    found: dict[str, str] = _hl7_patient(text)
    if found:
        return found
    for key, (label, kind) in _ID_LABELS.items():
        # a label opens its line or field, or has its colon: 'name: "<PERSON_1>"', "Client <PERSON_2>  DOB ..."; not
        # "... w/ client   <PERSON_8> = yes" in a form's legend. "Member" names the client only when no client,
        # patient or Re: label does (a team's roster heads its column "Member").
        for word in ((label.replace("|member|", "|"), "member") if key == "name" else (label,)):
            lead = rf"(?:(?:^|[|;,\u00b7])[^\w\n]*\b{word}\b[ \t|]*[:#=]?|\b{word}\b\s*[:#=])" if key == "name" else rf"\b{word}\b\s*[:#=]?"
            m = next((m for m in re.finditer(rf"(?im){lead}\s*[\"']?(?:\w+\s+)?(<(?-i:{kind})_\d+>)", text)
                      if not (key == "name" and re.search(r"(?i)\bname\W*$", text[m.start():m.start(1)].split('"')[0].rstrip(" '"))
                              and _another_partys(text, m.start(1)))), None)
            if m:
                found[key] = m.group(1)
                break
    legal = re.search(r"(?i)\blegal name\b\s*[:#=]?\s*(<(?-i:PERSON)_\d+>)", text)
    if legal:  # the payer's record carries the legal name: "Eli V. (legal name Elena Marisol V.)"
        found["name"] = legal.group(1)
    # a payer's member ID beats a chart number for the Re: line; a reference number of a letter, case, claim or
    # authorization is no member's ID ("Highmark letter 01/14, ref <MEMBER_ID_1>: denied")
    member = next((m for m in re.finditer(r"<MEMBER_ID_\d+>", text) if not _REFERENCE_BEFORE.search(text[max(0, m.start() - 25):m.start()])), None)
    if member:
        found["member_id"] = member.group()
    if "name" in found and "dob" in found:
        found["name"] = _beside_birth_date(text, found["name"], found["dob"])
    if (parts := _split_name(text)) and found.get("name", parts.split()[0]) in parts.split():
        found["name"] = parts  # "first_name: <PERSON_4>" read alone by its label is half of the name
    if "name" not in found:  # the person on the line that gives a birth date is the client ("VARGA, Celeste  DOB 4/9/89")
        # ... or an age and sex, or a chart number ("Achterberg, Desmond J * 34 y.o. male * MRN ...", "-- <name>, 17 F --"),
        # not a sender's line
        m = re.search(r"(?im)^(?![ \t]*(?:from|to|cc|sent by|author|signed)\b)[^\n]*?(<PERSON_\d+>)[^\n]*(?:\b(?:dob|date of birth|d\.o\.b\.|born|mrn)\b|"
                      r"\b\d{1,3}[ \t]*(?:y\.?\s?o\.?|yo|years? old|yrs? old)(?![\w.])|,[ \t]*\d{1,3}[ \t]?(?:[MFX]|male|female)\b(?![.'\u2019-]))", text)
        if m:
            found["name"] = _subject_of(m.group(0), m.group(1))
    if "name" not in found:  # the first person named outside a message's header ("From: <the clinician>")
        m = re.search(r"(?im)^(?![ \t]*(?:from|to|cc|sent by|author)\b)[^\n]*?(<PERSON_\d+>)", text) or re.search(r"(<PERSON_\d+>)", text)
        if m:
            found["name"] = m.group(1)
    return found


def _line_of(text: str, placeholder: str) -> str:
    at = text.find(placeholder)
    return text[text.rfind("\n", 0, at) + 1:(text.find("\n", at) + 1 or len(text) + 1) - 1] if at >= 0 else ""


def _beside_birth_date(text: str, name: str, dob: str) -> str:
    """Name and birth date of one person: when the labelled name's own line gives another birth date ("Patient: <her
    husband>  DOB ..." on a relative's record) and the chosen birth date's line names one person before it
    ("Individual follow-up - <client> (DOB ...)"), the Re: line names that person, so it never pairs one person's name
    with another's birth date."""
    dob_line, name_line = _line_of(text, dob), _line_of(text, name)
    if name in dob_line or not re.search(r"(?i)\b(?:dob|date of birth|d\.o\.b\.|born)\b[^\n]{0,12}<DATE_\d+>", name_line):
        return name
    before = re.findall(r"<PERSON_\d+>", dob_line[:dob_line.find(dob)])
    return before[0] if len(set(before)) == 1 else name


_GIVEN = re.compile(r"(?im)^\s*(?:first|given|fore)(?:[ _]?name)?\s*:\s*(<PERSON_\d+>)\s*$")
_FAMILY = re.compile(r"(?im)^\s*(?:last|family|sur)(?:[ _]?name)?\s*:\s*(<PERSON_\d+>)\s*$")


def _split_name(text: str) -> str:
    """A record that keeps the given and the family name in two fields ("first: <PERSON_3>" and "last: <PERSON_2>",
    also inside a dumped object) -> "<given> <family>"; "" when the record has no such pair."""
    given, family = _GIVEN.search(text), _FAMILY.search(text)
    return f"{given.group(1)} {family.group(1)}" if given and family else ""


_CREDENTIAL_AFTER = re.compile(r"^,?[ \t]*(?:Dr\.?|PsyD|Psy\.D\.|PhD|Ph\.D\.|MD|DO|LCSW|LICSW|LMSW|LPC|LPCC|LCPC|LMHC|LMFT|MFT|APRN|PMHNP|NP|"
                               r"RN|BCBA|LADC|LCADC|CADC|MSW|MA|MS|LSW)\b")


def _subject_of(line: str, first: str) -> str:
    """The person a birth-date or age line is about: the one named after "for" or "re", else the first named without a
    credential after the name ("<facilitator>, PsyD - CONTINUED-STAY NOTE for <client> (... DOB ...)")."""
    people = [(p.group(), p.start(), p.end()) for p in re.finditer(r"<PERSON_\d+>", line)]
    named_for = [p for p, a, _ in people if re.search(r"(?i)\b(?:for|re|regarding|client|patient|member)\W{0,3}$", line[:a])]
    if named_for:
        return named_for[0]
    plain = [p for p, _, b in people if not _CREDENTIAL_AFTER.match(line[b:])]
    return plain[0] if plain else first
