"""Spans grown over the words of the same name that a detector stopped short of.

- A person's name that goes on in title case after the part found: surnames made of English words ("Verna" +
  "Runs Above", "Marcus" + "Iron Cloud"), or that starts earlier with a given name that is also a word
  ("Dusty" + "Lee Marsh", a relation word + "Thu" + "Trang").
- An organisation or name followed by a lowercase head word ("Saint Bernadette" + "school", "st. john's" +
  "cemetery"): the head names a place that identifies the person.
"""

from __future__ import annotations

import re

from assistant.phi.lexicon import CRED_RE, CREDENTIALS, MONTHS_FULL, RELATIONS, TITLES
from assistant.phi.recognizers.names import tokenize
from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

_DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_NEVER = ({m.lower() for m in MONTHS_FULL} | _DAYS | {c.lower().replace(".", "") for c in CREDENTIALS}
          | {t.lower() for t in TITLES} | {"i", "the", "a", "an", "and", "or", "but", "client", "patient", "pt", "dob",
                                           "mrn", "id", "jr", "sr", "ii", "iii", "iv"})
_CALENDAR = {m.lower() for m in MONTHS_FULL} | _DAYS
_CREDENTIAL_AFTER = re.compile(rf",?[ \t]*{CRED_RE}(?![\w-])")
# What a relation or a title before a word tells: the words after it are a person's name ("sister Thu Trang").
_CUE_BEFORE = re.compile(r"(?i)\b(?:%s|%s)s?\.?[ \t]+$" % ("|".join(re.escape(r) for r in RELATIONS),
                                                             "|".join(re.escape(t) for t in TITLES)))
# A form field's value starts here: "Probationer: Dusty" + "Lee Marsh".
_FIELD_BEFORE = re.compile(r"(?m)^[ \t]*[A-Z][\w'’ /-]{1,30}:[ \t]*$")
_LOWER_HEADS = ("school", "church", "cemetery", "chapel", "parish", "temple", "mosque", "synagogue", "academy",
                "hospital", "clinic", "library", "park", "shelter", "mission", "preschool", "daycare", "elementary",
                "middle school", "high school", "college", "university", "ymca", "rec center", "community center",
                # a hospital's department: "Brookfield Health pediatrics" (its "lab" names no more than the hospital does)
                "pediatrics",
                # a home's park or community: "Prairie Oaks mobile home park", "Shady Acres trailer park"
                "mobile home park", "mobile home community", "manufactured home community", "trailer park", "rv park", "RV park")
_LOWER_HEAD = re.compile(r"[ \t]+(?:%s)\b" % "|".join(sorted(_LOWER_HEADS, key=len, reverse=True)))


# A unit, room or cell right after a named place belongs to it: ", unit 12", ", Apt 3B", ", Cell 14", " Room 204".
# After a street, a building or a row named before the unit goes with it: ", Hangar Row Ste 4", ", Cedar Hall Room 12".
_UNIT_AFTER = re.compile(r",?[ \t]+(?P<building>(?:[A-Z][a-z]+[ \t]+){0,3})(?i:unit|apt\.?|apartment|suite|ste\.?|room|rm\.?|cell|pod|bed|lot|space|spc\.?|trlr\.?|trailer|"
                         r"bldg\.?|building)"
                         r"[ \t]*#?[ \t]*[A-Z0-9][A-Z0-9-]{0,5}\b")


# A business's legal form after its name belongs to the name: "Harbor Light Counseling, PLLC", "NORTHFIELD FAMILY THERAPY, LLC".
_LEGAL_FORM = re.compile(r",?[ \t]+(?:LLC|L\.L\.C\.|PLLC|P\.L\.L\.C\.|LLP|Inc\.?|INC\.?|Ltd\.?|LTD\.?|P\.C\.|PC|P\.A\.|Corp\.?|CORP\.?)(?![\w])")


# An identifier's issuer or type code joined to its number belongs to it: "APRN.CNP.0918442", "permit OR-IP 7418843".
# A plain word before a space ("VIN", "SN", "NDC", a state) only labels the number and stays outside.
_ID_PREFIX = re.compile(r"(?<![\w.-])([A-Z][A-Z0-9]{1,7}(?:[.-][A-Z0-9]{1,6}){1,3}[ \t]|[A-Z][A-Z0-9]{1,7}(?:[.-][A-Z0-9]{1,6}){0,3}[.-])$")
# A member ID's three-letter alpha prefix written apart from its number, right after the ID's label ("Identification
# No XYZ 8O0213477", "Member ID: QRB 44120098"): the prefix names the plan's account and belongs to the ID.
# ... and an agency's letters after a report's label ("Police (report EPD 25-0031877)", "incident rpt SPD 25-0417")
_ALPHA_PREFIX = re.compile(r"(?i:\bno\.?|\bid|#|number|nbr|\breport|\brpt|\bincident|\bcitation|\bticket|\bcase)"
                           r"[ \t:#]*([A-Z]{3})[ \t]$")
# A business's name with its legal form takes in the capitalised words before it on the line: "Bright" + "Harbor
# Surrogacy, LLC" (not a field's label, a leader's dots or a small word).
_WORDS_BEFORE = re.compile(r"(?:(?<![\w'’.-])[A-Z][\w'’&-]*[ \t]){1,3}$")


def _business_left(text: str, sp: PhiSpan) -> PhiSpan:
    m = _WORDS_BEFORE.search(text, max(0, sp.start - 40), sp.start)
    if not m:
        return sp
    words = list(re.finditer(r"\S+", m.group()))
    while words and words[0].group().lower() in _NEVER | {"to", "from", "at", "for", "by", "with", "of", "re", "dear", "cc"}:
        words = words[1:]
    return PhiSpan(m.start() + words[0].start(), sp.end, sp.entity_type, sp.score, sp.source) if words else sp


# An administrative division's word after a place belongs to it: "Kheda district", "Aroostook County", "Kyoto
# prefecture", "Lafourche parish" (a state or a country is never found as a place, so "Gujarat state" grows nothing).
_DIVISION_AFTER = re.compile(r"[ \t]+(?:district|District|county|County|parish|Parish|prefecture|Prefecture|"
                             r"province|Province|township|Township|taluka|Taluka|tehsil|borough|Borough|oblast|canton)\b")
_ID_TYPES = ("LICENSE", "OTHER_ID", "MRN", "HEALTH_PLAN_ID", "DEVICE_ID")
# An organisation numbered after its head word: "School District 418", "VFW Post 1123", "Troop 52", "Local 134"
_NUMBERED_HEAD = re.compile(r"(?:District|Post|Troop|Pack|Local|Lodge|Chapter|Station|Unit|Company|Precinct)$")
_UNIT_NUMBER = re.compile(r"[ \t]+(?:No\.[ \t]*|#[ \t]?)?\d{1,5}[A-Z]?(?![\w/:.,-]?\d)")
_LABEL_CODES = {"NPI", "DEA", "ID", "MRN", "SSN", "DOB", "NO", "CPT", "ICD", "HCPCS", "TEL", "FAX", "PH", "APT", "STE", "UNIT",
                "RM", "ZIP", "PO", "MR", "ACCT", "REF", "TIN", "EIN", "NPI#", "LIC", "DL", "CDL", "US", "USA", "POS", "DX", "RX"}


def _title_word(tok, vocab: Vocabulary) -> bool:
    low = tok.text.lower().rstrip(".")
    return (tok.text[:1].isupper() and not tok.text.isupper() and len(low) >= 2 and low not in _NEVER
            and low not in vocab.clinical)


def _same_phrase(text: str, a: int, b: int) -> bool:
    """Offsets a..b hold only one space or tab: the words belong to one phrase."""
    return re.fullmatch(r"[ \t]", text[a:b]) is not None


def _heading_line(text: str, pos: int) -> bool:
    """The line is written in title case throughout and holds no field (a heading or a table's column names)."""
    start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    line = text[start:end if end >= 0 else len(text)]
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    return ":" not in line and len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


def _grow_name(text: str, sp: PhiSpan, tokens, starts: dict, ends: dict, vocab: Vocabulary) -> PhiSpan:
    start, end = sp.start, sp.end
    # rightwards: at most two title-case words, never into a new sentence, a heading or the next capitalised run;
    # a small word ("Runs Above") only when the name ends there
    i, chunk = ends.get(end), []
    while i is not None and i + 1 < len(tokens) and len(chunk) < 2:
        nxt = tokens[i + 1]
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        if not (_same_phrase(text, tokens[i].end, nxt.start) and _title_word(nxt, vocab)) or _heading_line(text, nxt.start):
            break
        if after is not None and _same_phrase(text, nxt.end, after.start) and after.text[:1].isupper() and chunk:
            break
        chunk.append(nxt)
        i += 1
    if chunk and (not any(t.text.lower() in vocab.stop_words for t in chunk)
                  or re.match(r"[ \t]*(?:[,;:.)!?]|$)", text[chunk[-1].end:chunk[-1].end + 3], re.M)):
        end = chunk[-1].end
    # leftwards: one word that is a given name, or any title-case word right after a relation or a title
    j = starts.get(start)
    if j is not None and j > 0:
        prev = tokens[j - 1]
        cue = _CUE_BEFORE.search(text, 0, prev.start) is not None
        if _same_phrase(text, prev.end, start) and _title_word(prev, vocab) and not _heading_line(text, prev.start) \
                and (cue or vocab.is_first_name(prev.text) or _FIELD_BEFORE.search(text, 0, prev.start)
                     and not vocab.is_word(prev.text)):  # "Safety: Asked Theo ...": a field's first word, no given name
            start = prev.start
        elif _same_phrase(text, prev.end, start) and prev.text.istitle() and prev.text.lower() in _CALENDAR \
                and _CREDENTIAL_AFTER.match(text, end):
            start = prev.start  # "Sunday Adebanjo, LPC", "June Okafor, LCSW": a day or a month named this clinician
    return sp if (start, end) == (sp.start, sp.end) else PhiSpan(start, end, sp.entity_type, sp.score, sp.source)


_LIST_ENTRY = re.compile(r"(?m)^[ \t]*(?:[-*•]|\d{1,3}[.)])?[ \t]*([A-Z][a-z]{2,})[ \t]$")


def listed_given_names(text: str, spans: list[PhiSpan], vocab: Vocabulary) -> list[PhiSpan]:
    """A list of people one to a line ("  Winslow Grenville-Okafor ("Win"), age 12"): the rare word that opens the line
    before a surname found and known to no dictionary, with the entry's bracket or comma after it, is the given name."""
    out = []
    for sp in spans:
        m = _LIST_ENTRY.search(text, max(0, sp.start - 40), sp.start) if sp.entity_type == "NAME" else None
        if m and m.end() == sp.start and vocab.frequency(m.group(1)) < 3.5 and m.group(1).lower() not in vocab.clinical \
                and m.group(1).lower() not in _NEVER and re.match(r"[ \t]*[(,]", text[sp.end:sp.end + 3]) \
                and not any(vocab.is_word(w) for w in re.split(r"[-'’ ]", text[sp.start:sp.end].lower()) if w):
            out.append(PhiSpan(m.start(1), sp.end, "NAME", sp.score, sp.source))
    return out


# A login or a handle is one token joined by underscores ("kmoss_77", "river_otter_mom"): a name found in part of it
# ("kmoss") names the whole token.
_HANDLE_PART = re.compile(r"[A-Za-z0-9]*(?:_[A-Za-z0-9]+)+|[A-Za-z0-9]+_")


# A file's name joins its fields with underscores ("Intake_NGUYEN-Bao_031491_PHQ9.pdf"): each field is its own value.
_FILE_NAME_END = re.compile(r"[\w.-]*\.(?i:pdf|docx?|xlsx?|csv|txt|rtf|odt|jpe?g|png|heic|tiff?|zip|msg|eml)(?![\w])")


def _whole_handle(text: str, sp: PhiSpan) -> PhiSpan:
    start, end = sp.start, sp.end
    if _FILE_NAME_END.match(text, end) and re.search(r"[A-Z]", text[sp.start:sp.end]):
        return sp  # a file's name, not a login: the name found is one field of it (one in lowercase is read as a login)
    if text[end:end + 1] == "_" and (m := _HANDLE_PART.match(text, end)):
        end = m.end()
    if text[start - 1:start] == "_" and start > 0:
        m = re.search(r"[A-Za-z0-9]+(?:_[A-Za-z0-9]*)*_$", text[max(0, start - 40):start])
        start = start - len(m.group()) if m else start
    if text[start - 1:start] == "/" or not re.search(r"(?:^|_)[a-z0-9]", text[start:end]):
        return sp  # "America/Los_Angeles" is a time zone and "Nova_Scotia" a path part: logins are written in lowercase
    return sp if (start, end) == (sp.start, sp.end) else PhiSpan(start, end, sp.entity_type, sp.score, sp.source)


def whole_handles(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Spans of one text -> the same, each name found inside an underscore-joined login grown over the whole login."""
    return [_whole_handle(text, sp) if sp.entity_type == "NAME" else sp for sp in spans]


# A saint's or a mount's abbreviation before a place or an organisation's name belongs to it: "St. Croix Valley
# Medical Center", "MT. CARMEL HEALTH", "Saint Cloud".
_SAINT_BEFORE = re.compile(r"(?<![\w.])(?:St|ST|Ste|STE|Saint|SAINT|Mt|MT|Mount|MOUNT)\.?[ \t]$")


def _with_saint(text: str, sp: PhiSpan) -> PhiSpan:
    m = _SAINT_BEFORE.search(text, max(0, sp.start - 7), sp.start)
    return PhiSpan(m.start(), sp.end, sp.entity_type, sp.score, sp.source) if m and text[sp.start:sp.start + 1].isupper() else sp


# A name or an organisation written in capitals goes on over the rest of its capitalised words on the same line, up to
# a gap of two spaces, a tab or punctuation ("NORTHFIELD" + "PRECISION TOOL" on an insurance card's employer field).
_CAPS_WORD = re.compile(r"[ ]([A-Z][A-Z'’&-]*[A-Z])(?=$|[ \t\n,.;:)|/])", re.M)


_DOCUMENT_WORDS = {"report", "form", "note", "notes", "summary", "record", "records", "log", "letter", "plan", "assessment",
                   "evaluation", "review", "statement", "request", "certificate", "notice", "card", "sheet", "worksheet"}


def _caps_tail(text: str, sp: PhiSpan, vocab: Vocabulary) -> PhiSpan:
    found = text[sp.start:sp.end]
    if not (found.isupper() and re.search(r"[A-Z]{3}", found)) or all(vocab.is_word(w) for w in found.split()):
        return sp  # "SOCIAL" (an ordinary word read as a name) lends its error to no words after it
    end, words = sp.end, 0
    while words < 3 and (m := _CAPS_WORD.match(text, end)):
        low = m.group(1).lower()
        if low in _NEVER or low in vocab.clinical or m.group(1) in _LABEL_CODES or len(low) < 3 or low in _DOCUMENT_WORDS:
            break  # "... FIRE-RESCUE - PATIENT CARE" + "REPORT": a document's own word ends the name before it
        end, words = m.end(), words + 1
    if end > sp.end and not re.match(r"[ \t]{2,}|[ \t]*(?:\n|$|[|,;(])", text[end:]):
        return sp  # the capitals go on as a sentence ("SOCIAL WORKER RECOMMENDS ..."), not a field's value that ends here
    if re.match(r"(?:[ ][A-Z][A-Z'’&/-]*)*[ \t]*:", text[end:]):
        return sp  # "FIRESETTING RISK LEVEL:": the words after the name end in a colon, so they are a field's label
    line_start, line_end = text.rfind("\n", 0, sp.start) + 1, text.find("\n", end)
    if text[line_start:sp.start].strip() == "" and text[end:line_end if line_end >= 0 else len(text)].strip() == "":
        return sp  # the run is the whole line: a heading in capitals, not a field's value
    return sp if end == sp.end else PhiSpan(sp.start, end, sp.entity_type, sp.score, sp.source)


def _table_row(text: str, pos: int) -> bool:
    """The line at pos is a row of a LaTeX table: cells joined by " & " and ended by a double backslash."""
    start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    line = text[start:end if end >= 0 else len(text)].rstrip()
    return " & " in line and (line.endswith("\\\\") or line.count(" & ") >= 2)


def _cells(text: str, sp: PhiSpan) -> list[PhiSpan]:
    """An organisation found across a LaTeX table's cells ("Measure & Score", "FSIQ & 104 & Average") -> its cells
    that still read as a name of two or more words; column headings and scores are not organisations."""
    out, cursor = [], sp.start
    for piece in re.split(r"(?<=[ \t])&(?=[ \t])", text[sp.start:sp.end]):
        lead = len(piece) - len(piece.lstrip())
        start, end = cursor + lead, cursor + len(piece.rstrip())
        if len(text[start:end].split()) >= 2 and text[start:start + 1].isupper():
            out.append(PhiSpan(start, end, sp.entity_type, sp.score, sp.source))
        cursor += len(piece) + 1
    return out


def grow_spans(text: str, spans: list[PhiSpan], vocab: Vocabulary) -> list[PhiSpan]:
    """Spans of one text -> the same spans, names and organisations grown over the rest of their words."""
    tokens = tokenize(text)
    starts = {t.start: k for k, t in enumerate(tokens)}
    ends = {t.end: k for k, t in enumerate(tokens)}
    out = []
    for sp in spans:
        if sp.entity_type == "ORGANIZATION_LINKED" and " & " in text[sp.start:sp.end] and _table_row(text, sp.start):
            out += _cells(text, sp)
            continue
        if sp.entity_type == "ORGANIZATION_LINKED" and re.search(r"\S[ \t]{3,}\S", text[sp.start:sp.end]):
            # "Client: <name>    Unit 12": a wide gap parts two fields of a form; each side is read on its own
            out += [PhiSpan(sp.start + m.start(), sp.start + m.end(), sp.entity_type, sp.score, sp.source)
                    for m in re.finditer(r"\S+(?:[ \t]{1,2}\S+)*", text[sp.start:sp.end])]
            continue
        if sp.entity_type in ("ORGANIZATION_LINKED", "ADDRESS", "NAME"):
            sp = _caps_tail(text, _with_saint(text, sp), vocab)
        if sp.entity_type == "NAME" and (sp.end - sp.start) >= 3 and sp.source != "signoff":  # initials end where they stand
            sp = _whole_handle(text, _grow_name(text, sp, tokens, starts, ends, vocab))
        if sp.entity_type in ("NAME", "ORGANIZATION_LINKED", "ADDRESS") and (m := _LOWER_HEAD.match(text, sp.end)):
            sp = PhiSpan(sp.start, m.end(), "ORGANIZATION_LINKED", sp.score, sp.source)
        if sp.entity_type in _ID_TYPES and (m := _ID_PREFIX.search(text, max(0, sp.start - 20), sp.start)) \
                and m.group(1).strip(" \t.-").upper() not in _LABEL_CODES and sum(c.isalpha() for c in m.group(1)) >= 2 \
                and (m.group(1)[-1] in ".-" or m.group(1).strip().split("-")[0].lower() not in _NEVER):  # "LPCC-S 238841": a credential labels it
            sp = PhiSpan(m.start(1), sp.end, sp.entity_type, sp.score, sp.source)
        elif sp.entity_type in _ID_TYPES and (m := _ALPHA_PREFIX.search(text, max(0, sp.start - 30), sp.start)) \
                and m.group(1) not in _LABEL_CODES and m.group(1).lower() not in _NEVER and not vocab.is_word(m.group(1)):
            sp = PhiSpan(m.start(1), sp.end, sp.entity_type, sp.score, sp.source)
        if sp.entity_type == "ORGANIZATION_LINKED" and _NUMBERED_HEAD.search(text, sp.start, sp.end) \
                and (m := _UNIT_NUMBER.match(text, sp.end)):
            sp = PhiSpan(sp.start, m.end(), sp.entity_type, sp.score, sp.source)  # "Prairie Path School District 418"
        if sp.entity_type in ("ORGANIZATION_LINKED", "NAME") and (m := _LEGAL_FORM.match(text, sp.end)):
            sp = PhiSpan(sp.start, m.end(), "ORGANIZATION_LINKED", sp.score, sp.source)  # a name with a legal form is a business
        if sp.entity_type == "ORGANIZATION_LINKED" and _LEGAL_FORM.search(text, sp.start, sp.end):
            sp = _business_left(text, sp)
        if sp.entity_type in ("ADDRESS", "NAME") and (m := _DIVISION_AFTER.match(text, sp.end)) \
                and (sp.entity_type == "ADDRESS" or m.group().strip().islower()):
            sp = PhiSpan(sp.start, m.end(), "ADDRESS", sp.score, sp.source)  # "Kheda district" (read as a name), "Aroostook County"
        if sp.entity_type == "NAME" and (m := _UNIT_AFTER.match(text, sp.end)) and not m.group("building") \
                and re.match(r"[ \t]{2,}|,", m.group(0)):
            lead = len(m.group(0)) - len(m.group(0).lstrip(", \t"))  # "Resident: <name>     Apt 3C": the person's unit, a field
            out.append(PhiSpan(m.start() + lead, m.end(), "ADDRESS", sp.score, sp.source))  # of its own, not part of the name
        elif sp.entity_type in ("ORGANIZATION_LINKED", "ADDRESS", "NAME") and (m := _UNIT_AFTER.match(text, sp.end)) \
                and (not m.group("building") or sp.entity_type == "ADDRESS"):
            sp = PhiSpan(sp.start, m.end(), sp.entity_type, sp.score, sp.source)  # "Maple Court Apartments, unit 12"
        out.append(sp)
    return out
