"""From raw recognizer hits to the final, non-overlapping spans of one note."""

from __future__ import annotations

import re
from bisect import bisect_right

from assistant.records import PhiSpan

# Values whose shape is unambiguous win over a clinical-looking overlap (a ZIP is never a CPT code).
_FIRM = {"EMAIL", "URL", "PHONE", "FAX", "SSN", "IP_ADDRESS"}
# ... and the value of a form's field or an employer's label, whatever words it holds ("Employer: Orchard Anxiety Clinic")
_NAMED_SOURCES = {"org_head", "org_caps", "unfamiliar_org", "street", "street_named", "leader_field", "labelled_employer",
                  "facility_kind"}  # "Pine Ridge Girls' Residential": the kind word is the facility's name
_FIRM_SOURCES = {"labelled_id", "badge", "zip", "form_zip", "street", "date", "date_numeric", "date_military", "date_spaced", "npi", "vin", "age", "age_words", "birth_year", "plate",
                 "licence", "spoken_phone", "table", "uk_postcode", "device",
                 "signed_initials", "storefront"}  # a known person's initials signing a remark ("-- BP"): no measure without its value


def _merged(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def subtract_keep(spans: list[PhiSpan], keep: list[tuple[int, int]],
                  strong: list[tuple[int, int]] | None = None) -> list[PhiSpan]:
    """Trim clinical KEEP stretches out of weaker PHI spans; drop spans left with nothing.

    Named places and organisations only give way to strong facts (codes, scores, drugs, payers):
    "Riverbend Anxiety & OCD Center" is a clinic's name, not a diagnosis.
    """
    out = []
    named = [sp for sp in spans if sp.source in _NAMED_SOURCES and strong is not None]
    rest = [sp for sp in spans if not (sp.source in _NAMED_SOURCES and strong is not None)]
    if named:
        out += _without_trailing_care(subtract_keep(named, strong), keep)
    keep = _merged(keep)
    starts = [k[0] for k in keep]
    for sp in rest:
        if sp.entity_type in _FIRM or sp.source in _FIRM_SOURCES:
            out.append(sp)
            continue
        cursor = sp.start
        i = max(0, bisect_right(starts, sp.start) - 1)
        while i < len(keep) and keep[i][0] < sp.end:
            ks, ke = keep[i]
            if ke > cursor:
                if ks > cursor:
                    out.append(PhiSpan(cursor, ks, sp.entity_type, sp.score, sp.source))
                cursor = max(cursor, ke)
            i += 1
        if cursor < sp.end:
            out.append(PhiSpan(cursor, sp.end, sp.entity_type, sp.score, sp.source))
    return out


# A field's value may end in the level of care after the program's name ("Facility: Eastvale Pavilion - Adult PHP"):
# that clinical fact is the note's, not the name's; inside the name ("... Eating Disorder Program") it stays.
_LABELLED_SOURCES = {"leader_field", "labelled_employer"}


def _without_trailing_care(spans: list[PhiSpan], keep: list[tuple[int, int]]) -> list[PhiSpan]:
    out = []
    for sp in spans:
        cut = min((ks for ks, ke in keep if sp.source in _LABELLED_SOURCES and sp.start < ks < sp.end <= ke), default=sp.end)
        out.append(PhiSpan(sp.start, cut, sp.entity_type, sp.score, sp.source) if cut < sp.end else sp)
    return out


_EDGE_PUNCT = ",;:[]\"“”'’-–—·|"


def tidy(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Strip surrounding spaces and punctuation from each span; drop empty ones."""
    out = []
    for sp in spans:
        s, e = sp.start, sp.end
        while s < e and (text[s].isspace() or text[s] in _EDGE_PUNCT or (text[s] == "(" and ")" not in text[s:e])):
            if text[s] in "'\u2018\u2019" and re.fullmatch(r".\d{2}", text[s:e]):
                break  # "b. '33": the apostrophe stands for the century; the year stays whole
            if text[s] == "-" and re.fullmatch(r"-\d{1,3}\.\d{3,}", text[s:e]):
                break  # "-89.38106": a western longitude's sign is part of it
            s += 1
        if sp.entity_type == "NAME" and (cut := text.find("(", s, e)) > s and ")" not in text[cut:e] and text[cut + 1:cut + 2] not in "\"'\u201c\u2018":
            e = cut  # "Tamsin (Superhost status ...)": a name stops at a bracket it does not close, unless it quotes a nickname
        while e > s and (text[e - 1].isspace() or text[e - 1] in _EDGE_PUNCT or (text[e - 1] == ")" and "(" not in text[s:e])
                         or (text[e - 1] == "." and re.search(r"[a-z]{3}\.$", text[s:e]) and _sentence_end(text, e)
                             and not (sp.entity_type == "DATE" and re.search(r"\bSept\.$", text[s:e])))):  # "in Sept." keeps its stop
            e -= 1
        if re.search(r"\w['\u2019]s$", text[s:e]) and not re.search(r"\b(?:St|Ste|Saint)\b\.?\s*(?:$|\S)", text[max(0, s - 7):s + 6]) and (sp.entity_type == "NAME" or any(
                o.entity_type == "NAME" and o.end == e - 2 and o.start >= s for o in spans)):
            e -= 2  # "J. Marchetti's notes": the possessive is not part of the name ("St. Brendan's" is the church's)
        if sp.entity_type == "IP_ADDRESS" and "." not in text[sp.start:sp.end] and len([g for g in text[sp.start:sp.end].split(":") if g]) < 3:
            continue  # "Part A:: 5 of 6" in an outliner's property, "::1": no address of anyone's machine
        if e > s and any(c.isalnum() for c in text[s:e]) and not _CONNECTORS.fullmatch(text[s:e]):
            out += _date_cells(text, PhiSpan(s, e, sp.entity_type, sp.score, sp.source))
    return out


_CELL_GAP = re.compile(r"\n|\t|[ ]{3,}")
_DATE_PIECE = re.compile(r"\d[/.\-]\d|\b(?:1[89]|20)\d{2}\b|[A-Za-z]{3,}\.?\s{1,2}\d|\d(?:st|nd|rd|th)?\s{1,2}[A-Za-z]{3,}", re.I)


def _date_cells(text: str, sp: PhiSpan) -> list[PhiSpan]:
    """A date read across a table's column gap or a line break ("Aug             1" in a row of monthly counts)
    is cells, not a date: each piece that is a date on its own stays, the rest is left as written."""
    if sp.entity_type != "DATE" or not _CELL_GAP.search(text[sp.start:sp.end]):
        return [sp]
    out, at = [], sp.start
    for line in text[sp.start:sp.end].split("\n"):
        cells = _CELL_GAP.split(line)
        for piece in cells:
            start = text.index(piece, at)
            # a month alone stays a date when a line break cut it from its day ("since jan\n5"), not in a table's cell
            if piece.strip() and (_DATE_PIECE.search(piece) or len(cells) == 1 and _MONTH_ONLY.fullmatch(piece.strip())
                                  and not re.match(r"[ \t]{3,}|\t", text[start + len(piece):])):
                out.append(PhiSpan(start, start + len(piece), sp.entity_type, sp.score, sp.source))
            at = start + len(piece)
    return out


_MONTH_ONLY = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?", re.I)


# What a clinical stretch trimmed out of a span can leave behind: "problem-solving therapy plus behavioral activation"
# read as one organisation leaves "plus"; a lone connecting word in lower case identifies no one, nor does the "It's"
# a payer's name was said after ("It's Medicaid" read as one organisation).
# ... and "&" written as the XML entity "&amp;", left alone between two kept words ("PHQ-9 &amp; GAD-7")
_CONNECTORS = re.compile(r"(?:\s*\b(?:plus|and|or|with|of|the|for|to|in|on|at|by|&|(?:[Ii]t|[Tt]hat|[Tt]here|[Hh]ere)['’]s)\b\s*"
                         r"|\s*&(?:amp;?)?\s*)+")


_RULE_LINE = re.compile(r"^[ \t]*[-=+|:]*-{3,}[-=+|: \t]*$")
_WEAK_NAME_SOURCES = {"rare_word", "unknown_propn"}


def column_headers(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Weak name guesses ("Sched", "Obs") on a table's header row, the line right above a rule of dashes, dropped:
    a header row names columns, not people."""
    lines = text.split("\n")
    heads, pos = [], 0
    for i, line in enumerate(lines):
        if i + 1 < len(lines) and _RULE_LINE.match(lines[i + 1]) and len(re.findall(r"\S+", line)) >= 3:
            heads.append((pos, pos + len(line)))
        pos += len(line) + 1
    return [sp for sp in spans if not (sp.source in _WEAK_NAME_SOURCES and any(a <= sp.start and sp.end <= b for a, b in heads))]


# An abbreviation inside a name ends no sentence: "Meridian Twp. Fire Dept.", "Lakeland Univ. Hospital".
_NAME_ABBREVIATIONS = ("Twp", "Dept", "Univ", "Hosp", "Assn", "Assoc", "Bros", "Corp", "Ctr", "Mfg", "Natl", "Intl", "Dist",
                       "Boro", "Cnty", "Hts", "Mtn", "Ft", "Ste", "Sta")  # "Ste. Anne's Parish", "Sta. Cruz"
_CROSSES_SENTENCE = re.compile(r"(?<=[a-z]{2})" + "".join(rf"(?<!\b{a})" for a in _NAME_ABBREVIATIONS)
                               + r"\.[ \t]+(?=[A-Z])")
_SPLITTABLE = {"NAME", "ORGANIZATION_LINKED", "ADDRESS"}


def at_sentence_ends(text: str, spans: list[PhiSpan], vocab) -> list[PhiSpan]:
    """A name, organisation or place span that runs over a sentence end ("Gladstone. Due", "Optum. Step-down") -> its
    first piece, and a later piece only when it holds a word that is not ordinary English (a sentence's first word has
    its capital from the sentence, so "Due" or "Plan" there is no name)."""
    out = []
    for sp in spans:
        inner = text[sp.start:sp.end]
        if sp.entity_type not in _SPLITTABLE or sp.source in _FIRM_SOURCES or not _CROSSES_SENTENCE.search(inner):
            out.append(sp)
            continue
        cursor = sp.start
        for i, piece in enumerate(_CROSSES_SENTENCE.split(inner)):
            start = text.index(piece, cursor)
            cursor = start + len(piece)
            words = re.findall(r"[A-Za-z][A-Za-z'’]*", piece)
            if words and (i == 0 or not all(vocab.is_word(w.lower()) for w in words)):
                out.append(PhiSpan(start, start + len(piece), sp.entity_type, sp.score, sp.source))
    return out


def _sentence_end(text: str, end: int) -> bool:
    """A period that ends a sentence (followed by a line break, the end, or a space and a capital)."""
    return end >= len(text) or re.match(r"\s*(?:$|\n|[A-Z(\"“])", text[end:end + 3]) is not None


def merge(spans: list[PhiSpan]) -> list[PhiSpan]:
    """Overlapping spans -> one span each, typed by the strongest hit; sorted by start."""
    out: list[PhiSpan] = []
    for sp in sorted(spans, key=lambda x: (x.start, -x.end)):
        if out and sp.start < out[-1].end:
            last = out[-1]
            best = last if (last.score, last.end - last.start) >= (sp.score, sp.end - sp.start) else sp
            other = sp if best is last else last
            # a span found here by a rule of its own keeps that rule's name when a spread copy outscores it, so the
            # copy's orphan check (redact.py) never drops what was found in place ("Con trai Bảo (17)")
            source = other.source if best.source == "propagated" and other.source != "propagated" else best.source
            out[-1] = PhiSpan(last.start, max(last.end, sp.end), best.entity_type, max(last.score, sp.score), source)
        else:
            out.append(sp)
    return out


# A generational suffix belongs to the name before it: "DJ Jr.", "Desmond Obi Jr.", "Ray Willis, Sr.", "Hollis III".
_SUFFIX = re.compile(r",?[ \t]+(?:Jr|Sr|jr|sr|JR|SR)\b\.?|[ \t]+(?:II|III|IV)\b")


# The rest of a name a detector stopped short of: the second part of a hyphenated surname ("Oyelaran" + "-Beck"), a
# middle initial and the surname after it ("Cassius" + " R. Pell"), a surname after its particles ("van der"), or a
# given name and initial before it.
_TAIL = re.compile(r"-[A-Z][\w'’]+|[ \t][A-Z]\.[ \t][A-Z][a-z][\w'’]*(?:-[A-Z][\w'’]+)?|"
                   # surname particles: "K. Van" + " der Berg", "Pieter van" + " den Heuvel", "Luz Marina" + " de la Cruz"
                   r"(?:[ \t]+%s)+[ \t]+[A-Z][\w'’]+(?:-[A-Z][\w'’]+)?" % r"(?:[VvDd]an|[Vv]on|[Dd]e[rnl]?|[Dd]ella|[Dd]i|[Dd]u|[Dd]os|[Dd]as|[Ll][ae]|[Ll]os|[Ll]as|bin|ibn|[Aa]l|el|[Tt]e[rn])")
# ... or the given name's initial alone: "Dietary -- K. Ostrander"
_HEAD = re.compile(r"(?<![\w.])[A-Z][a-z][\w'’]*[ \t][A-Z]\.[ \t]$|(?<![\w.])[A-Z]\.[ \t]$")
# The same in capitals ("ESTHER M. " + "LINDQVIST"), and the surname of a "LAST, FIRST" written in a bracket, a quote or a
# cell ("(PARK, " + "MIN-JI)"); lowercase particles before a lowercase surname ("lookup=\"van der " + "berg").
_CAPS_HEAD = re.compile(r"(?<![\w.])[A-Z]{2}[A-Z'’-]*[ \t][A-Z]\.[ \t]$|(?<![\w/])[A-Z]{2}[A-Z'’-]*/$|(?:^|(?<=[(\[\"“\t])|(?<=[ ]{2}))[A-Z]{2}[A-Z'’-]*,[ \t]$", re.M)
_LOWER_HEAD = re.compile(r"(?<![\w])(?:(?:de|del|la|las|los|van|von|der|den|da|di|du|le|dos)[ \t]+)+$")
# A given name with its surname's initial, closing a field, a cell or a clause: "Claimant: Tam K.", "Jo B., sister".
_SURNAME_INITIAL = re.compile(r"[ \t][A-Z]\.(?=[ \t]*$|[ \t]{2,}|[ \t]*[,;)\]])", re.M)
# A surname first with the given name's initial after its comma, closing a quote, a bracket or a cell: "Brandt, K".
# ... or before a dash that closes a subject line: "Subject: Brandt, K -- forms received".
_INITIAL_AFTER = re.compile(r",[ \t]?[A-Z]\.?(?=[\"”')\]\t]|[ \t]*$|[ ]{2}|[ \t]+[-–—]{1,2}[ \t])", re.M)


def with_suffixes(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """NAME spans grown over a generational suffix, a surname's hyphenated part, or a middle initial and what it joins."""
    out = []
    for sp in spans:
        if sp.entity_type != "NAME":
            out.append(sp)
            continue
        start, end = sp.start, sp.end
        while (m := _TAIL.match(text, end) or _SUFFIX.match(text, end)) is not None:
            end = m.end()
        value = text[start:end]
        if value[:1].isupper() and (m := _INITIAL_AFTER.match(text, end)) is not None:
            end = m.end()
        elif re.fullmatch(r"[A-Z][a-z]+", value) and (m := _SURNAME_INITIAL.match(text, end)) is not None:
            end = m.end()
        head = _CAPS_HEAD if value.isupper() else _LOWER_HEAD if value.islower() else _HEAD
        if (h := head.search(text[max(0, start - 30):start])) is not None:
            start -= len(h.group(0))
        if (start, end) == (sp.start, sp.end):
            out.append(sp)
            continue
        # "C. Van" grown over " der Berg" is as sure as the surer of the parts it now holds
        score = max([sp.score] + [o.score for o in spans if o.entity_type == "NAME" and start <= o.start and o.end <= end])
        out.append(PhiSpan(start, end, sp.entity_type, score, sp.source))
    return out


# Short tokens a name rule can mistake for a name: an item number's letter ("yes to Q1"), a weekday in a schedule
# ("M/W/Th"), a lowercase word hyphened onto an acronym ("DBT-informed").
_WEEKDAY_ABBR = {"m", "mo", "mon", "t", "tu", "tue", "tues", "w", "we", "wed", "th", "thu", "thur", "thurs", "r", "f", "fr",
                 "fri", "sa", "sat", "su", "sun"}


def not_names(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """NAME spans that are item letters, weekdays of a slash list or hyphened lowercase words, dropped."""
    out = []
    for sp in spans:
        word = text[sp.start:sp.end]
        if sp.entity_type == "NAME" and (
                (len(word) <= 3 and text[sp.end:sp.end + 1].isdigit())
                or (word.lower() in _WEEKDAY_ABBR and "/" in text[max(0, sp.start - 1):sp.start] + text[sp.end:sp.end + 1])
                or (word.islower() and sp.start >= 2 and text[sp.start - 1] == "-" and text[sp.start - 2].isalnum()
                    and " " not in word)):
            continue
        out.append(sp)
    return out
