"""Names in the shapes of logs, cards and bylines rather than sentences: a caller ID in capitals surname first ("MCGREEVY
DANA"), a roster's "PIKE, JAYDEN" whose surname is also a word, a newborn's "BABY GIRL SURNAME", a name set off after
the person it names ("a seventh-grader, Tanner, has"), staff named by shift ("days Tamsin / nights Ro"), a quoted short
form after a full name ('Chiamaka Okonkwo ("Chi")'), a guestbook byline ("dot & ray fenn - pellham falls - Jan 29"),
staff initials in a triage column ("-> CEW for clinicals; MK sent ...") and a capital I scanned as a small l ("lSABELA")."""

from __future__ import annotations

import re

from assistant.phi.lexicon import CREDENTIALS, DOCUMENT_ACRONYMS, MONTH_RE
from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

_CAPS = r"[A-Z][A-Z'’-]{2,}"
# Two words in capitals, the second a given name: a caller ID or a wristband written surname first.
_CAPS_PAIR = re.compile(rf"(?<![\w'’,-])({_CAPS})[ \t]({_CAPS})(?![\w'’-])(?![ \t][A-Z]{{3,}})")
# "PIKE, JAYDEN": surname first in capitals.
_CAPS_COMMA = re.compile(rf"(?<![\w'’-])({_CAPS}),[ \t]+({_CAPS})(?![\w'’-])")
# A newborn's name before it has one: "BABY GIRL NWACHUKWU-FARR", "Baby Boy Okafor", "Baby A Lindqvist" (twins).
_NEWBORN = re.compile(r"\b(?:BABY|Baby)[ \t]+(?:GIRL|BOY|Girl|Boy|[AB])[ \t]+([A-Z][A-Za-z'’-]+)")
# A name set off by commas after the person it names: "a seventh-grader, Tanner, has", "her roommate, Priya, said".
_PERSON_NOUN = (r"(?:[\w-]*grader|classmate|peer|student|boy|girl|kid|teen|teenager|neighbou?r|friend|coworker|co-worker|"
                r"colleague|teammate|roommate|sibling|cousin|tutor|coach|boyfriend|girlfriend|partner|ex|landlord|manager|boss)")
_APPOSITIVE = re.compile(rf"(?i:\b(?:a|an|the|one|another|his|her|their|my|our|your)[ \t]+(?:[\w-]+[ \t]+)?{_PERSON_NOUN}),[ \t]+"
                         r"([A-Z][a-z'’-]+)(?:[ \t]+([A-Z][a-z'’-]+))?,")
# Staff named by their shift on a card or a board: "Primary RN days Tamsin / nights Ro", "aide: eves Marisol".
_SHIFT = re.compile(r"(?i:\b(?:days|nights|evenings|eves|overnights|weekends|day shift|night shift|am|pm))[ \t]*[:-]?[ \t]+"
                    r"([A-Z][a-z'’-]{1,20})(?![\w'’-])")
_STAFF_ON_LINE = re.compile(r"\b(?:RN|LPN|CNA|nurse|aide|tech|attending|resident|staff|primary)\b", re.I)
# A short form in quotes in brackets after the full name it shortens: 'Chiamaka Okonkwo ("Chi")'.
_QUOTED_SHORT = re.compile(r"\b([A-Z][a-z'’]+)[ \t]+[A-Z][\w'’-]+[ \t]*\([ \t]*[\"“‘']([A-Za-z][a-z'’]{1,14})[\"”’'][ \t]*\)")
# A guestbook or comment byline: who, from where, when ("dot & ray fenn - pellham falls - Jan 29").
_WHO = r"[A-Za-z][\w'’.-]*(?:[ \t][A-Za-z][\w'’.-]*){0,2}"
_BYLINE = re.compile(rf"(?m)^[ \t]*({_WHO}(?:[ \t]*(?:&|and|\+)[ \t]*{_WHO})?)[ \t]+[-–—][ \t]+([A-Za-z][\w'’. ]{{1,40}}?)"
                     rf"[ \t]+[-–—][ \t]+(?:{MONTH_RE}[ \t]+\d{{1,2}}|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?)[ \t]*$", re.I)
_WHO_SPLIT = re.compile(r"[ \t]*(?:&|\band\b|\+)[ \t]*")
# Staff initials in a log's action column: "-> CEW for clinicals", "MK sent IOP attendance log", "routed to JT".
_ROUTED = re.compile(r"(?:->|→|=>|\b(?:routed|fwd|forwarded|assigned|passed)[ \t]+to)[ \t]*([A-Z]{2,3})(?![\w'’-])"
                     r"(?=[ \t]*(?:$|[;,)|]|for\b))", re.M)  # "-> CEW for clinicals", not "-> SMS to Naledi", "-> DMV fee"
_ACTED = re.compile(r"(?<![\w'’./-])([A-Z]{2,3})[ \t]+(?:sent|faxed|emailed|e-mailed|called|left|spoke|scheduled|returned|"
                    r"mailed|scanned|texted|booked|rescheduled|will[ \t]+call|cb|lvm)\b")
_NOT_STAFF = {c.upper().replace(".", "") for c in CREDENTIALS} | {
    "FYI", "ASAP", "RE", "FW", "CC", "DOB", "DOS", "MRN", "ER", "ED", "PCP", "IOP", "PHP", "OP", "VM", "VMS", "PT", "MD",
    "NP", "PA", "RN", "SW", "CM", "OK", "US", "IT", "NO", "AM", "PM", "HR", "ID", "MH", "BH", "SUD", "DCF", "DSS",
    "CHW", "CNA", "LPN", "CSR", "CMA", "MA", "BHT", "PSR", "SMS", "DMV", "SSA", "VA"}
# A greeting that opens a message, then the lowercase name of the one greeted: "bonjou wideline.", "hey tamsin,".
_GREETING = re.compile(r"(?:^|:[ \t]+)(?i:hi|hey|hello|hiya|bonjou|bonswa|bonjour|bonsoir|hola|ola|oi|salut|ciao|good morning|"
                       r"good afternoon|good evening|morning)[ \t]*,?[ \t]+([a-z][a-z'’-]{1,20})(?=[ \t]*[.,!])", re.M)
# A capital I read by a scanner as a small l at the head of a word in capitals: "lSABELA", "lVAN".
_L_FOR_I = re.compile(r"(?<![\w'’-])l([A-Z]{3,})(?:[ \t][A-Z](?![\w'’-]))?(?![\w'’-])")


def _caps_given(word: str, vocab: Vocabulary) -> bool:
    low = word.lower()
    return vocab.is_first_name(low) and low not in vocab.stop_words and low not in vocab.clinical


def _no_word(word: str, vocab: Vocabulary) -> bool:
    low = word.lower()
    return not vocab.is_word(low) and low not in vocab.clinical and re.search(r"[AEIOUY]", word) is not None


def _roster_row(text: str, m: re.Match) -> bool:
    """The "SURNAME, GIVEN" opens a row of a list (after its number) and a column gap or the row's end follows: "4. FOX,
    BRAYDEN     M   DOB ..." is a child on a roster, where "Re: SUMMARY, JAYDEN ATTENDED" is a heading."""
    head = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
    return re.fullmatch(r"[ \t]*(?:\d{1,3}[.)][ \t]*)?", head) is not None and re.match(r"[ \t]{2,}|[ \t]*$", text[m.end():]) is not None


def _caps_names(text: str, vocab: Vocabulary) -> list[PhiSpan]:
    spans = []
    for m in _CAPS_PAIR.finditer(text):
        if _no_word(m.group(1), vocab) and len(m.group(1)) >= 4 and _caps_given(m.group(2), vocab):
            spans.append(PhiSpan(m.start(1), m.end(2), "NAME", 0.7, "caps_surname_first"))
    for m in _CAPS_COMMA.finditer(text):
        surname, given = m.group(1), m.group(2)
        if _caps_given(given, vocab) and not vocab.is_word(given.lower()) and surname.lower() not in vocab.clinical \
                and surname.upper() not in _NOT_STAFF and surname.lower() not in vocab.stop_words \
                and (_roster_row(text, m) or not (vocab.is_safe(surname.lower()) and vocab.frequency(surname.lower()) >= 4.0)):
            spans.append(PhiSpan(m.start(1), m.end(2), "NAME", 0.75, "surname_first"))
    for m in _NEWBORN.finditer(text):
        if m.group(1).lower() not in vocab.clinical and vocab.frequency(m.group(1).lower()) < 4.0:
            spans.append(PhiSpan(m.start(), m.end(), "NAME", 0.8, "newborn"))
    for m in _L_FOR_I.finditer(text):
        if _caps_given("I" + m.group(1), vocab):
            spans.append(PhiSpan(m.start(), m.end(), "NAME", 0.7, "ocr_name"))
    return spans


def _set_off(text: str, vocab: Vocabulary) -> list[PhiSpan]:
    spans = []
    for m in _APPOSITIVE.finditer(text):
        word = m.group(1)
        if (vocab.is_first_name(word.lower()) or not vocab.is_word(word.lower())) and word.lower() not in vocab.stop_words \
                and word.lower() not in vocab.clinical:
            spans.append(PhiSpan(m.start(1), m.end(2) if m.group(2) else m.end(1), "NAME", 0.7, "appositive"))
    for m in _SHIFT.finditer(text):
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        word = m.group(1).lower()
        if _STAFF_ON_LINE.search(line) and word not in vocab.stop_words and word not in vocab.clinical \
                and (vocab.is_first_name(word) or not vocab.is_word(word)):
            spans.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.7, "shift_staff"))
    for m in _GREETING.finditer(text):
        word = m.group(1)
        if (vocab.is_first_name(word) or not vocab.is_word(word)) and word not in vocab.stop_words and word not in vocab.clinical:
            spans.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.7, "greeting"))
    for m in _QUOTED_SHORT.finditer(text):
        short, given = m.group(2).lower(), m.group(1).lower()
        if short != given and short[:2] == given[:2] and short not in vocab.stop_words and short not in vocab.clinical:
            spans.append(PhiSpan(m.start(2), m.end(2), "NAME", 0.75, "nickname"))
    return spans


def _bylines(text: str, vocab: Vocabulary) -> list[PhiSpan]:
    spans = []
    for m in _BYLINE.finditer(text):
        people = m.group(1)
        words = re.findall(r"[^\W\d_]+", people)
        if not words or any(w.lower() in vocab.clinical for w in words) or all(vocab.is_safe(w) for w in words):
            continue  # "Session notes - draft - Jan 29": a title, not a signature
        cursor = m.start(1)
        for part in _WHO_SPLIT.split(people):
            at = text.index(part, cursor)
            spans.append(PhiSpan(at, at + len(part), "NAME", 0.7, "byline"))
            cursor = at + len(part)
        spans.append(PhiSpan(m.start(2), m.end(2), "ADDRESS", 0.6, "byline"))
    return spans


def _staff_initials(text: str, vocab: Vocabulary) -> list[PhiSpan]:
    spans = []
    for m in list(_ROUTED.finditer(text)) + list(_ACTED.finditer(text)):
        letters = m.group(1)
        if letters in _NOT_STAFF or letters.lower() in vocab.clinical or re.fullmatch(DOCUMENT_ACRONYMS, letters) \
                or vocab.is_word(letters.lower()) and vocab.frequency(letters.lower()) >= 3.0:
            continue
        spans.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.65, "action_initials"))
    return spans


def find_person_shapes(text: str, vocab: Vocabulary) -> list[PhiSpan]:
    """Text -> NAME spans in log, card and byline shapes (and a byline's place as ADDRESS)."""
    return _caps_names(text, vocab) + _set_off(text, vocab) + _bylines(text, vocab) + _staff_initials(text, vocab)
