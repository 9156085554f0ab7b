"""Organisation names told by their shape rather than a trailing head word: the head first ("Hospital del
Valle de ...", "Iglesia Pentecostal ..."), the place that follows ("... of Tolland Ferry", "... No. 4"),
and names written in lowercase by dictation or texting ("dunmore creek credit union")."""

from __future__ import annotations

import re

from pathlib import Path

from assistant.phi.recognizers.agencies import find_agencies
from assistant.phi.recognizers.care_of import find_care_of
from assistant.phi.recognizers.employers import find_employers
from assistant.phi.recognizers.gazetteer import place_names
from assistant.phi.recognizers.orgs import CAPS_HEADS
from assistant.phi.recognizers.org_shapes import find_org_shapes
from assistant.phi.recognizers.org_short_forms import short_forms
from assistant.phi.vocabulary import Vocabulary
from assistant.phi.recognizers.spoken_places import find_spoken_places
from assistant.records import PhiSpan

_SERVICE_WORDS_FILE = Path(__file__).resolve().parent.parent / "data" / "service_words.txt"
_SERVICE_WORDS = frozenset(w.lower() for line in _SERVICE_WORDS_FILE.read_text(encoding="utf-8").splitlines()
                           for w in line.split("#", 1)[0].split())
# A practice or program named by title-case words before a service head: "Little Acorn Child Therapy",
# "Tideflats Teen IOP", "Harborlight PHP". Whether it names a place is decided by the words (service_words.txt).
_PUBLIC_FILE = Path(__file__).resolve().parent.parent / "data" / "public_functions.txt"
_PUBLIC_WORDS = frozenset(w.lower() for line in _PUBLIC_FILE.read_text(encoding="utf-8").splitlines()
                          for w in line.split("#", 1)[0].split())
_SERVICE_ORG = re.compile(r"\b((?:[A-Z][\w'’-]*[ \t]){1,4})(?:Therapy|Therapies|Psychotherapy|IOP|PHP|RTC)\b")

_CAP = r"[A-Z][\w'’.-]*"
_LINK = r"(?:de|del|la|las|los|el|y|of|the|and|&|at|on|for|da|do|dos|das|du|des|le)"
_HEAD_FIRST = re.compile(
    rf"\b(?:Hospital|Iglesia|Centro|Cl[ií]nica|Escuela|Colegio|Parroquia|Farmacia|Panader[ií]a|Tienda|Universidad|"
    rf"Instituto|Asociaci[oó]n|Fundaci[oó]n|Casa|Church|Temple|University|College|Academy|Parish|Congregation|"
    rf"Society|Friends|Sisters|Brothers|Order|Office|Bureau|Division|Camp|Gurdwara|Masjid|Mandir|"
    # a church's see or district named for its city: "Diocese of Marrowford", "Archdiocese of Sefton Falls"
    rf"Diocese|Archdiocese|Eparchy|Archeparchy|Presbytery|Synod|Deanery|"
    # French, German and Portuguese: "Centre Hospitalier Saint-Romain", "Clinique du Parc", "Klinikum Nord"
    rf"Centre|H[ôo]pital|Clinique|[ÉE]cole|Lyc[ée]e|Coll[èe]ge|Universit[ée]|Laboratoire|Institut|Maison|Klinikum|Klinik|"
    rf"Krankenhaus|Escola|Igreja)"
    rf"(?:[ \t]+(?:{_LINK}[ \t]+)*{_CAP}){{1,8}}")
# What may follow an organisation's name and belongs to it: "of Tolland Ferry", "at Sable Ridge", "No. 4".
_TITLE = r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|" \
         r"August|September|October|November|December)\b)[A-Z][a-z][\w'’-]*"
_TAIL = re.compile(rf"(?:(?:[ \t]+|[ \t]*\n[ \t]*(?=of[ \t]))(?:of|at|de|del)[ \t]+(?:the[ \t]+)?{_TITLE}(?:[ \t]+(?:(?:de|del|la|of|the)[ \t]+)?{_TITLE}){{0,3}}|"
                   rf",?[ \t]+(?:No\.?|Number|#)[ \t]*\d{{1,4}}\b)+")
_LOWER_HEADS = (
    "credit union|ambulance corps|fire department|police department|sheriff'?s office|fire company|rescue squad|"
    "behavioral health pavilion|behavioral health center|mental health center|health center|"
    "medical center|family practice|family medicine|senior center|community center|child & family|"
    "community health|jr high|junior high|high school|middle school|elementary school|elementary|"
    "tire & lube|auto body|auto repair|body shop|feed & tack|bait & tackle")
# One-word heads are everyday nouns ("school", "center"): only on a line written all in lowercase.
_LOWER_SINGLE = ("hospital|clinic|pavilion|school|academy|church|parish|pharmacy|diner|cafe|bakery|salon|garage|"
                 "market|grocery|motel|lodge|shelter|mission|pantry|center|centre|college|university|corps|union|"
                 # recovery and community services named in texting and house minutes: "ridgeview detox", "bluegrass
                 # pathways", "zion family health", "lantern recovery homes", "maple st house"
                 "detox|pathways|homes|house|health|wellness|ministries|outreach")
_LOWER_ORG = re.compile(rf"\b(?:{_LOWER_HEADS})\b")
_LOWER_ORG_SINGLE = re.compile(rf"\b(?:{_LOWER_SINGLE})\b")
_GENERIC = {"program", "programs", "services", "service", "department", "unit", "division", "office", "center",
            "clinic", "group", "team", "staff", "policy", "guidelines", "criteria", "level", "care", "system",
            # a post or a paper of the place, not its name: "Camp Counselor", "Office Manager", "Camp Registration"
            "counselor", "counselors", "director", "manager", "nurse", "fees", "fee", "registration", "forms", "form",
            "week", "session", "sessions", "application", "schedule"}
_LOWER_PARTS = {"saint", "st", "mount", "mt", "our", "lady", "of", "the", "and", "&", "volunteer", "community",
                "east", "west", "north", "south", "upper", "lower", "new",
                "regional", "county", "memorial", "general", "valley", "creek", "falls", "river", "lake", "hill",
                "ridge", "mill", "mills", "point", "heights", "junction", "hollow", "bay", "harbor", "family",
                "child", "children's", "behavioral", "mental", "health", "medical", "senior", "pines", "oaks"}
_STOP = {"the", "of", "and", "&"}


def _grow_left(text: str, head_start: int, vocab: Vocabulary) -> int | None:
    """Start of a lowercase organisation name that ends in a head word, or None when nothing marks it."""
    words = list(re.finditer(r"[\w'’&.-]+", text[max(0, head_start - 80):head_start]))
    base = max(0, head_start - 80)
    start, marked, street = None, False, False
    for m in reversed(words):
        word, low = m.group(), m.group().lower()
        gap = text[base + m.end():start if start is not None else head_start]
        if gap.strip() or len(gap) > 2 or not re.fullmatch(r"[^\W\d_][\w'’&.-]*|&", word):
            break
        rare = not vocab.is_safe(word) or (vocab.is_first_name(low) and vocab.frequency(low) < 4.0)
        # "maple st house": the word before a street abbreviation is the street's name, however common
        if not (rare or street or low in _LOWER_PARTS or word[:1].isupper() and low not in vocab.stop_words):
            break
        marked |= rare or word[:1].isupper() or low in ("saint", "st", "mount", "mt")
        street = low.rstrip(".") in ("st", "ave", "rd", "blvd", "ln") and not street
        start = base + m.start()
    while start is not None and text[start:].split(None, 1)[0].lower() in _STOP:
        nxt = re.search(r"\s+", text[start:])
        start = start + nxt.end() if nxt and start + nxt.end() < head_start else None
    return start if marked else None


def find_org_phrases(text: str, vocab: Vocabulary, propn: frozenset[int] = frozenset()) -> list[PhiSpan]:
    """Text -> ORGANIZATION_LINKED spans for head-first, tailed and lowercase organisation names."""
    spans = find_agencies(text) + find_org_shapes(text) + find_care_of(text) + [PhiSpan(m.start(), m.end() - m.group().endswith("."), "ORGANIZATION_LINKED", 0.7, "org_head")
             for m in _HEAD_FIRST.finditer(text) if _named(text, m)]
    for m in _SERVICE_ORG.finditer(text):
        words = [(m.start(1) + w.start(), w.group()) for w in re.finditer(r"[\w'’-]+", m.group(1))]
        if re.search(r"(?:^|[.:;!?][ \t]+|\n[ \t]*)$", text[max(0, m.start() - 3):m.start()]) or m.start() == 0:
            # a sentence's first word is capitalised whatever it is ("Start ..."), unless it is rare ("Haskins Family Therapy")
            words = words[1:] if vocab.frequency(words[0][1]) >= 3.0 else words
        # a name, not a sentence ("Extend IOP", "Continue Family Therapy"): a word off the service list that spaCy
        # reads as a proper noun or that is rare in English
        if words and any(w.lower() not in _SERVICE_WORDS and w.lower() not in vocab.clinical
               and (pos in propn or vocab.frequency(w) < 3.5) for pos, w in words) \
                and not re.match(r"(?:The|A|An|At|In|On|For|From|To|With|Our|My|Her|His|Their)$", m.group(1).split()[0]):
            spans.append(PhiSpan(m.start(), m.end(), "ORGANIZATION_LINKED", 0.7, "org_head"))
    lower_lines = {i for i, line in enumerate(text.split("\n")) if line.strip() and line == line.lower()}
    heads = list(_LOWER_ORG.finditer(text)) + [m for m in _LOWER_ORG_SINGLE.finditer(text)
                                               if text.count("\n", 0, m.start()) in lower_lines]
    for m in heads:
        start = _grow_left(text, m.start(), vocab)
        if start is not None and start < m.start():
            spans.append(PhiSpan(start, m.end(), "ORGANIZATION_LINKED", 0.6, "org_lower"))
    return spans + find_spoken_places(text, vocab) + find_employers(text)  # dictation's lowercase lines; a trade's employer


def _named(text: str, m: re.Match) -> bool:
    """A head-first name names something when a word after the head is no generic word
    ("Hospital del Valle", not the "Hospital Program" of "Partial Hospital Program")."""
    words = re.findall(r"[\w'’-]+", m.group())[1:]
    before = text[max(0, m.start() - 20):m.start()]
    return any(w[:1].isupper() and w.lower() not in _GENERIC for w in words) and not re.search(r"[A-Z][\w'’-]*[ \t]+$", before)


# The title-case words just before an organisation's name belong to it ("Little Steps" + "Child & Family Therapy"),
# and a head word just after it too ("Keystone Home" + "Medical"): never across a line, a sentence, a label or a
# lowercase word, and never a day, a month or a title.
_WORD_BEFORE = re.compile(rf"(?:(?<=[ \t])|^)((?:{_TITLE}|[A-Z]{{2,}})(?:[ \t]+(?:&|and|of|the|de|la)(?=[ \t]))?)[ \t]+$", re.M)
_NOT_PART = re.compile(r"^(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|The|A|An|At|In|On|By|From|To|With|For|Referred|Seen|Attends|Per|Via|"
                       r"Client|Patient|Pt|Member|Re|Dear|Her|His|Their|She|He|They|We|I|Our|My|Your)$")
_HEAD_AFTER = re.compile(r"[ \t]+(?:Medical|Surgery|Clinic|Center|Centre|Cottage|Therapy|Counseling|Counselling|Services|"
                         r"Health|Care|Group|Practice|Associates|School|Academy|Pediatrics|Pharmacy|House|Home)\b")


def _grown(text: str, sp: PhiSpan) -> PhiSpan:
    start, end, steps = sp.start, sp.end, 0
    while steps < 4 and (m := _WORD_BEFORE.search(text, 0, start)) and m.end() == start:
        word = m.group(1).split()[0]
        if _NOT_PART.match(word) or re.search(r"[.:;!?]\s*$", text[:m.start(1)]) and m.start(1) > 0:
            break
        start, steps = m.start(1), steps + 1
    if (after := _HEAD_AFTER.match(text, end)):
        end = after.end()
    return PhiSpan(start, end, sp.entity_type, sp.score, sp.source) if (start, end) != (sp.start, sp.end) else sp


_DESCRIPTIVE_HEADS = {"therapy", "therapies", "psychotherapy", "counseling", "counselling", "treatment", "program",
                      "programs", "services", "service", "health", "behavioral", "behavioural", "care", "systems",
                      "iop", "php", "rtc", "unit", "private", "practice", "surgery", "clinic"}


def descriptive(name: str) -> bool:
    """Every word of the phrase describes a kind of care ("Trauma-Focused Cognitive Behavioral Therapy",
    "Internal Family Systems Therapy") or what a public office or service desk does ("Office of the Secretary of
    State", "Guest Access Services"; data/public_functions.txt): a treatment or a public function, not a local place."""
    words = [w.lower() for w in re.findall(r"[\w'’&-]+", name)]
    return bool(words) and all(w in _SERVICE_WORDS or w in _DESCRIPTIVE_HEADS or w in _PUBLIC_WORDS for w in words)


# A school's grade range after its name belongs to it: "Harbor Magnet 6-12", "Pine Ridge Academy K-8".
_GRADES = re.compile(r"[ \t]+(?:(K|PK|TK|Pre-K)|(\d{1,2}))[-\u2013](\d{1,2})\b(?![-/.]\d)")
# A site's town after a dash: "NORTHSHORE FAMILY THERAPY - WINNETKA", "Recruiting Station -- Joliet East".
_SITE = re.compile(r"[ \t]+(?:-{1,2}|[\u2013\u2014])[ \t]+")
_SITE_WORD = re.compile(r"[ \t]?([A-Z][\w'\u2019.-]*)")
_COMPASS = re.compile(r"[ \t]+(?i:north|south|east|west|campus)\b")


def _site_end(text: str, pos: int) -> int | None:
    """The end of a town (a gazetteer place, with a compass word) written from pos, or None."""
    words = []
    while len(words) < 3 and (w := _SITE_WORD.match(text, words[-1].end() if words else pos)):
        words.append(w)
    for n in range(len(words), 0, -1):
        name = " ".join(w.group(1).title() if w.group(1).isupper() else w.group(1) for w in words[:n])
        if name in place_names():
            end = words[n - 1].end()
            return (c.end() if (c := _COMPASS.match(text, end)) else end)
    return None


def _tail_end(text: str, end: int) -> int:
    """The end of a grade range or a dash and a town that follow an organisation's name at end (end when none)."""
    if (g := _GRADES.match(text, end)) and (g.group(1) or int(g.group(2)) < int(g.group(3)) <= 12):
        return g.end()
    if (s := _SITE.match(text, end)) and (site := _site_end(text, s.end())):
        return site
    return end


def grow_orgs(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Organisation spans -> the same, each grown over the place or number that follows its name and over the
    title-case words of its name around it; phrases that only describe a kind of care are dropped."""
    out = []
    for sp in spans:
        if sp.entity_type == "ORGANIZATION_LINKED":
            tail = _TAIL.match(text, sp.end)
            if tail:
                sp = PhiSpan(sp.start, tail.end(), sp.entity_type, sp.score, sp.source)
            sp = _grown(text, sp)
            if (end := _tail_end(text, sp.end)) > sp.end:
                sp = PhiSpan(sp.start, end, sp.entity_type, sp.score, sp.source)
            if descriptive(text[sp.start:sp.end]):
                continue
        out.append(sp)
    return out + _initialisms(text, out) + short_forms(text, out, descriptive)


_LEGAL_FORMS = {"LLC", "PLLC", "LLP", "PC", "INC", "Inc", "Co", "Corp", "Ltd"}
# A program or an office named for what it does ("Family Advocacy Program") is a service anyone may use: its initials
# ("FAP") are a service's name, not a place of the client's.
_SERVICE_ENDS = {"program", "programs", "programme", "services", "service", "department", "dept", "office", "unit", "team",
                 "division", "council", "coalition", "network", "initiative", "project", "line", "hotline"}


def _initialisms(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """An organisation of three or more capitalised words found in the note is also called by its initials there:
    "Cypress Falls Christian Academy" ... "left CFCA", box labels "JSC 2019" (not a kind of place, "CMHC", nor a service's name, "FAP")."""
    found = set()
    for sp in spans:
        if sp.entity_type == "ORGANIZATION_LINKED":
            words = [w for w in re.findall(r"[^\W\d_][\w'’]*", text[sp.start:sp.end]) if w[0].isupper() and w not in _LEGAL_FORMS]
            if len(words) >= 3 and words[-1].lower() not in _SERVICE_ENDS:
                found.add("".join(w[0] for w in words).upper())
    out = []
    for letters in found - CAPS_HEADS:
        out += [PhiSpan(m.start(), m.end(), "ORGANIZATION_LINKED", 0.65, "org_initials")
                for m in re.finditer(rf"(?<![\w-]){letters}(?![\w-])", text)]
    return out
