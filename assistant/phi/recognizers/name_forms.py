"""Name forms of informal notes: nicknames with an adjective ("big mike", "Ti Jean"), initials standing
for a person ("CT (9 M)", "bio dad is KT", "M-J", a sign-off "—mt"), short given names ("Vy") and the speakers
of a chat export or transcript ("[9:04] marguerite: ...")."""

from __future__ import annotations

import re

from assistant.phi.lexicon import CREDENTIALS, RELATIONS
from assistant.phi.recognizers.brief_people import find_brief_people
from assistant.phi.recognizers.chat_events import find_chat_events
from assistant.phi.recognizers.chat_speakers import find_dated_speakers
from assistant.phi.recognizers.dictation import find_spoken
from assistant.phi.recognizers.family_names import find_family_names
from assistant.phi.recognizers.glosses import find_glosses
from assistant.phi.recognizers.logins import find_logins
from assistant.phi.recognizers.lower_businesses import find_lower_businesses
from assistant.phi.recognizers.lower_names import find_lower_names
from assistant.phi.recognizers.names import _NOT_NAME, tokenize
from assistant.phi.recognizers.noted_people import find_noted_people
from assistant.phi.recognizers.person_shapes import find_person_shapes
from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

# Adjectives that make a nickname of a first name ("skinny rick", "lil dre", "Big Earl", Creole "Ti Jean").
_NICK_ADJ = r"(?:big|lil|lil'|little|skinny|tall|short|fat|young|baby|ti|petit|tiny)"
_NICKNAME = re.compile(rf"(?i)\b{_NICK_ADJ}[ \t]+([^\W\d_]{{2,}})\b")
_INITIALS = r"(?:[A-Z]\.?-?){1,2}[A-Z]\.?"
# "CT (9 M)", "JR, 14yo": initials with the person's age or sex beside them
_WITH_AGE = re.compile(rf"(?<![\w.-])({_INITIALS})(?=[ \t]*(?:\([ \t]*\d{{1,2}}[ \t]*(?:[MFmf]|yo|y/o|y\.o\.|years?)?[ \t]*\)|"
                       rf",[ \t]*\d{{1,2}}[ \t]*(?:yo|y/o|y\.o\.|[MF]\b)))")
_RELATION_IS = re.compile(rf"(?i:\b(?:{'|'.join(re.escape(r) for r in RELATIONS)})s?)[ \t]+(?i:is|was|=|named|called)[ \t]+"
                          rf"({_INITIALS}|[A-Z]-[A-Z])(?![\w-])")
# A name's initials written in quotes or parentheses next to it: Mary-Jane Okafor-Quist ("M-J"), Kimberly "KJ" Obuya
_QUOTED_INITIALS = re.compile(r"[\"“(][ \t]*((?:[A-Z]\.?-?){1,2}[A-Z]\.?|[A-Z][a-z]?-[A-Z][a-z]?)[ \t]*[\"”)]")
# A sign-off at the end of a line: "she works days. —mt", "... thx -JR"
# ... with the way to reach them after it ("-KA (ext 204)"); dotted in lowercase too ("-- m.o.")
_END_SIGNOFF = re.compile(r"(?:[.!?][ \t]*|[ \t])[—–~-]{1,2}[ \t]?([a-z]{2,3}|[A-Z]{2,3}|[A-Z]\.[A-Z]\.?|[a-z]\.[a-z]\.?)"
                          r"(?:[ \t]*\((?i:ext|x|cell|c|desk|direct|pager|ph|phone|tel)\.?[ \t]*[\d-]{2,12}\))?[ \t]*$", re.M)
# One letter signing off a message after its last sentence: "... call me back. -R", 'She trusts you. -M"' (quoted).
_LETTER_SIGNOFF = re.compile(r"[.!?][ \t]+[—–~-]{1,2}[ \t]?([A-Z])\.?[\"”’']?[ \t]*$", re.M)
# Initials after a log's staff role ("Op TR.", "Dispatcher: KL", "agent JM") or before a role in brackets
# ("AT (witness)", "KB (staff)"): the person who handled the event or signed the paper.
_STAFF = r"(?:op|opr|operator|disp|dispatcher|agent|tech|staff|clerk|rep|writer|witness|collector|scribe|recorder|monitor)"
_ROLE_INITIALS = re.compile(rf"(?i:\b{_STAFF}\b)\.?[ \t]*+(?:[:#-][ \t]*+)?((?-i:[A-Z]{{2,3}}))(?![\w-])")
_INITIALS_ROLE = re.compile(rf"(?<![\w.-])([A-Z]{{2,3}})[ \t]*\((?i:{_STAFF}|witnessed|signer|mediator|interpreter|parent|guardian)\)")
# A forum user name: "posted by u/cedar_lpc", "reply from u/mod-otter" (r/ names a forum, not a person).
_FORUM_USER = re.compile(r"(?<![\w/])u/([A-Za-z0-9][A-Za-z0-9_-]{2,19})(?![\w-])")
# A short form before the full name in brackets, or after it: "teddy (Theodora Vance)", "Theodora Vance (teddy)".
_SHORT_BEFORE = re.compile(r"(?<![\w'’-])([A-Za-z][a-z'’]{1,14})[ \t]*\([ \t]*([A-Z][a-z'’]+)[ \t]+[A-Z][\w'’-]+[ \t]*\)")
_SHORT_AFTER = re.compile(r"\b([A-Z][a-z'’]+)[ \t]+[A-Z][\w'’-]+[ \t]*\([ \t]*([A-Za-z][a-z'’]{1,14})[ \t]*\)")
# Case or client labels followed by initials: "Case 2 — CT", "Client: J.R."
_LABELLED = re.compile(rf"(?i:\b(?:case[ \t]*#?[ \t]*\d+|client|pt|patient|re|minor|child|youth|student|subject)\b)"
                       rf"[ \t]*[:—–-]?[ \t]*({_INITIALS})(?![\w-])")
# A field that asks for a person's initials: "Staff initials: RT", "initials - kb", "Init.: M.O.", "MI _K_" (a middle
# initial, on a form's blank). The label says the letters are a person's, so even "SO" or "IT" is one.
_INITIALS_FIELD = re.compile(r"(?i:\b(?:initials?|inits|init\.))[ \t]*(?:[:#=-]|\.{2,})[\])]?[ \t]*((?-i:(?:[A-Z]\.?){2,3}|[a-z]{2,3}))(?![\w'’-])|"
                             r"(?:\bMI|\bM\.I\.|(?i:\bmiddle[ \t]+init(?:ial|\.)?))[ \t]*(?::[ \t]*_*|_+)[ \t]*([A-Z])\.?(?=_|[ \t]|$)", re.M)
# A speaker in a chat export or transcript: "[9:04] marguerite: ...", "10:15 AM Dana R: ...", "(14:02) - kenji: ...".
_SPEAKER = re.compile(r"^[ \t]*(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?,?[ \t]+)?[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp](?:\.?[Mm])?\.?)?[\])]?"
                      r"[ \t]*[-\u2013\u2014]?[ \t]*(?:(?i:dr|ms|mr|mrs|mx)\.?[ \t]+)?([^\W\d_][\w'.-]*(?:[ \t][^\W\d_][\w'.-]*)?)[ \t]*:[ \t]",
                      re.M)
# Speakers who are a role, not a person.
_ROLES = {"me", "you", "therapist", "clinician", "counselor", "counsellor", "client", "patient", "pt", "caller", "agent",
          "staff", "frontdesk", "front desk", "reception", "receptionist", "scheduler", "billing", "biller", "nurse", "rn",
          "md", "np", "dr", "doctor", "teacher", "admin", "system", "bot", "supervisor", "intern", "interpreter", "unknown",
          "operator", "case manager", "cm", "sw", "social worker", "voicemail", "vm", "auto-reply", "note", "interviewer",
          "provider", "member", "officer", "parent", "guardian", "youth", "student", "q", "a", "clinic", "office", "team"}
_NOT_INITIALS = {"RE", "CC", "FW", "FYI", "ASAP", "DOB", "DOS", "MRN", "SSN", "MD", "DO", "NP", "PA", "RN", "OT", "PT", "ED", "ER", "OK", "AM", "PM", "US", "UK", "ID", "IT", "NO",
                 "SI", "HI", "MSE", "CBT", "DBT", "IOP", "PHP", "ADHD", "PTSD", "OCD", "GAD", "MDD", "SUD", "CPS",
                 "DCF", "DSS", "IEP", "SLP", "SW", "CM", "DX", "RX", "HX", "SX", "F", "M"}


def _initials_ok(value: str, vocab: Vocabulary, strong: bool = False) -> bool:
    """Initials that are no title, credential or clinical abbreviation; beside an age or after a case label
    (strong) even "CT" is a child, not a scan."""
    bare = value.replace(".", "").replace("-", "")
    return len(bare) >= 2 and bare.upper() not in _NOT_INITIALS and (strong or bare.lower() not in vocab.clinical)


# A name someone goes by, said so: 'goes by "Mo"', 'calls him "Buster"', "a.k.a. Toby", '"Abuela" Chela', and the
# name a guest gives before a full one is known: 'Name given: "Moss"', 'introduced herself as "Sparrow"'.
_GOES_BY = re.compile(r"(?i:\b(?:goes by|going by|go by|calls? (?:him|her|them|me)|called|known as|a\.?k\.?a\.?|nicknamed|"
                      r"nickname|prefers to be called|preferred name|name given|gave (?:her|his|their|a|the) name as|"
                      r"calls? (?:him|her|them)sel(?:f|ves)|introduced (?:him|her|them)sel(?:f|ves) as)\b)[ \t]*[:,]?[ \t]*(?:[\"“‘']([^\"”’'\n]{1,25})[\"”’']|"
                      r"([A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?))")
_QUOTED_KIN = re.compile(r"[\"“](?i:abuel[ao]|nana|nanny|grandma|grandpa|granny|gran|auntie|t[ií][ao]|mam[aá]|pap[aá]|"
                         r"pops?|uncle|aunt|cousin|bubbe|zayde|lola|lolo|oma|opa)[\"”][ \t]+([A-Z][\w'’-]+)")
# A login after its label ("Owner of sheet: kteague", "username=jdoe2") and staff initials in brackets after who
# did something ("received by front desk (kls)").
_USERNAME = re.compile(r"(?i:\b(?:user(?:[ _]?name|[ _]?id)?|login|owner(?: of [\w ]{1,15}?)?|author|(?:created|edited|modified|"
                       r"entered|scanned|updated) by|last edit(?:ed)? by)\b)[ \t]*[:=]?[ \t]*([a-z][a-z0-9._-]{2,30})(?![\w@])")
_BY_INITIALS = re.compile(r"(?i:\b(?:by|per|from|received|scanned|entered|initials?)\b)[^()\n]{0,25}\((?-i:([a-z]{2,3}|[A-Z]{2,3}))\)")
# A given name and one initial with a period, in logs and rosters: "Destiny M.", "Tay R.", "Blessing A."
# ... or with the initials of a double surname: "Rosalind T.-W.", "Dee K.-L."
_GIVEN_INITIAL = re.compile(r"(?<![\w.])([A-Z][a-z]{1,15})[ \t]([A-Z])\.(?:-[A-Z]\.)?(?=[\s,;:)]|$)")
# Initials of a person with a double surname, on their own: "signed: A.B.-C.", "per J.-K."
_DOUBLE_INITIALS = re.compile(r"(?<![\w.-])(?:[A-Z]\.){1,2}-[A-Z]\.(?![\w-])")
# A person-name element of a DICOM header dump: "(0008,1070) PN [t.gallardo]", "PN [SURNAME^GIVEN^M]"
_DICOM_PN = re.compile(r"\bPN[ \t]+\[([^\]\n]{2,64})\]")
# A handle after an account label: "Child account: jo_plays_7", "Gamertag: NightOwlKai", "Screen name = lila.m"; it has
# a handle's shape (an underscore, a dot, a digit, a capital inside) or is one lowercase word off the common list
_ACCOUNT = re.compile(r"(?i:\b(?:account|handle|screen[ _]?name|gamertag|gamer[ _]?tag|display[ _]?name|profile|channel)"
                      r"(?:[ \t]+name)?)[ \t]*[:=][ \t]*@?([A-Za-z][A-Za-z0-9._-]{2,30})(?![\w@-]|\.\w)")
_HANDLE_SHAPE = re.compile(r"[_.\d]|[a-z][A-Z]")


# A person named only in quotes: after the role they play ('property manager "Crystal"', "her sponsor 'Dee'") or as
# a nickname in brackets ('a friend\'s house ("Zee")').
_ROLE_QUOTED = re.compile(r"(?i:\b(?:manager|landlord|landlady|worker|caseworker|friend|boyfriend|girlfriend|partner|coach|"
                          r"teacher|neighbou?r|roommate|supervisor|boss|pastor|officer|nurse|sponsor|counsel+or|aide|"
                          r"mentor|tutor|babysitter|nanny|sitter|advocate|dealer|ex|cousin|uncle|aunt|auntie)\b)[ \t]*[\"“'‘]"
                          r"([A-Z][a-z'’-]{1,20})[\"”'’]")
_BRACKET_QUOTED = re.compile(r"\([ \t]*[\"“]([A-Z][a-z'’-]{1,20})[\"”][ \t]*\)")
# A lowercase thread: "mrs day says", "coach ryan texted"; and a name in brackets after a kin word: "sissy (mack)".
_HONORIFIC_LOWER = re.compile(r"(?<![\w-])(?:mrs|mr|ms|miss|mx|dr|coach|pastor|rev)\.?[ \t]+([a-z][a-z'-]{1,20})\b")
_KIN_BRACKET = re.compile(r"\b(?:sissy|sis|bro|bubba|nana|papa|granny|grandma|grandpa|mimi|auntie|aunt|uncle|cousin|sister|"
                          r"brother|mom|dad|stepdad|stepmom)[ \t]*\(([a-z][a-z'-]{1,20})\)")
_NOT_AFTER_TITLE = {"said", "says", "saying", "thinks", "wants", "called", "calls", "will", "was", "is", "and", "or", "the",
                    "at", "in", "on", "to", "office", "appointment", "appt", "visit", "note", "notes", "told", "asked"}


def _defined_acronym(before: str, letters: str, vocab: Vocabulary) -> bool:
    """The bracketed capitals spell the first letters of the words just before them ("Trust-Based Relational
    Intervention (TBRI)", "child-parent psychotherapy (CPP)"): an abbreviation, not a person's initials."""
    want = re.sub(r"[^A-Za-z]", "", letters).upper()
    words = re.findall(r"[A-Za-z]+", before[-120:])
    for n in range(2, min(len(words), 8) + 1):
        firsts = "".join(w[0] for w in words[-n:]).upper()
        if (firsts == want or firsts.replace("A", "").replace("O", "") == want) and all(
                vocab.is_word(w) and not vocab.is_first_name(w) for w in words[-n:]):
            return True  # every word an everyday word: "Kimberly Obuya ("KO")" stays a person's initials
    return False


# A name written "SURNAME, GIVEN" in capitals: the given name is a known first name, the surname no English word.
# "ODUYA, BENEDICT", "VARGA, Celeste   DOB 4/9/89", and at a line's start or a table cell's "Varga, Celeste": surname first.
# Spanish and Portuguese double surnames and accented capitals too: "IBARRA-SOLÍS, RAMÓN E", "PEÑA ORTIZ, Luz Marina".
_UP = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]{2,}"
_GIVEN = r"(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]{2,}|[A-ZÀ-ÖØ-Þ][a-zß-ÿ'’-]{2,})"
_CAPS_SURNAME_FIRST = re.compile(rf"(?<![\w'’-])({_UP}(?:[ \t]{_UP})?|(?m:^)[ \t]*[A-Z][a-z'’-]{{2,}}|(?<=\|)[ \t]*[A-Z][a-z'’-]{{2,}}),[ \t]+({_GIVEN})((?:[ \t]{_GIVEN})?)"
                                 r"(?:[ \t]+[A-Z]\.?)?(?![\w'’-])")
# A given name with a possessive, not an eponym ("Wilson's disease", "Bell's palsy", "Graves' disease").
_FIRST_NAME_POSSESSIVE = re.compile(r"(?<![\w.'\u2019-])([A-Z][a-z]{2,})['\u2019]s\b(?![ \t]+(?:disease|syndrome|palsy|disorder|"
                                    r"phenomenon|sign|law|rule|criteria|test|scale|method|model|approach|ulcer|sarcoma|lymphoma)\b)")
_CREDENTIALS_UPPER = {c.upper() for c in CREDENTIALS} | {"ABPP", "NCC"}


def _surname_first(text: str, m: re.Match, vocab: Vocabulary) -> list[PhiSpan]:
    """A "SURNAME, Given" match -> its NAME span when the given name is known (or the surname in capitals and the given
    name no English word) and some part of the surname is no English word ("REYES" is Spanish, "TALAVERA" no word)."""
    surname, given, second = m.group(1).strip().lower(), m.group(2).lower(), m.group(3).strip()
    parts = re.split(r"[ \t'’-]+", surname)
    english = [vocab.frequency(p) >= 3.5 and vocab.is_word(p) for p in parts]  # wordfreq counts surnames too
    if surname in vocab.clinical or surname.upper() in _CREDENTIALS_UPPER or given.upper() in _CREDENTIALS_UPPER or all(english) and (len(parts) > 1 or vocab.is_safe(surname)):
        return []  # "LMFT, Fenwick Gap Couples & Family Therapy": a credential; "FOLLOW UP, Kim": words
    known = vocab.is_first_name(given) and given not in vocab.stop_words
    if not (known or m.group(1).isupper() and not vocab.is_safe(given)):
        return []
    start = m.start(1) + len(m.group(1)) - len(m.group(1).lstrip())
    if len(parts) > 1 and " " in surname and english[0] and vocab.frequency(parts[0]) >= 3.5:
        start += len(m.group(1).strip().split()[0]) + 1  # "CLIENT ORTIZ, Ana": the label is not the surname
    end = m.end() if not second or not vocab.is_safe(second) or vocab.is_first_name(second) else m.end(2)
    return [PhiSpan(start, end, "NAME", 0.75, "surname_first")]


def _short_form(short: str, given: str, vocab: Vocabulary) -> bool:
    """short is a short form of the given name: it shares the given name's opening letters and is a name itself or
    shares three of them ("sunny" of "Sunita", "Bea" of "Beatrice"); never a role or a clinical word ("mom", "pt")."""
    low, head = short.lower(), given.lower()
    if low == head or low in _NOT_NAME or low in vocab.clinical or low in vocab.stop_words or low in RELATIONS:
        return False
    return low[:2] == head[:2] and (vocab.is_first_name(low) or low[:3] == head[:3])


def _more_forms(text: str, vocab: Vocabulary) -> list[PhiSpan]:
    """Text -> NAME spans of one-letter sign-offs, staff initials in logs, forum user names and short forms."""
    spans = [PhiSpan(m.start(1), m.end(1), "NAME", 0.7, "signoff") for m in _LETTER_SIGNOFF.finditer(text)]
    for m in list(_ROLE_INITIALS.finditer(text)) + list(_INITIALS_ROLE.finditer(text)):
        if _initials_ok(m.group(1), vocab) and m.group(1) not in _CREDENTIALS_UPPER and not re.fullmatch(r"[IVX]+", m.group(1)):
            spans.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.7, "staff_initials"))
    spans += [PhiSpan(m.start(1), m.end(1), "NAME", 0.9, "username") for m in _FORUM_USER.finditer(text)]
    spans += find_logins(text, vocab)  # "lena.okafor" among a sheet's collaborators
    spans += find_family_names(text, vocab)  # "the Ortega family", "la familia Ortega"
    spans += find_glosses(text, vocab)  # "tj = guy from work"
    for pat, short, given in ((_SHORT_BEFORE, 1, 2), (_SHORT_AFTER, 2, 1)):
        for m in pat.finditer(text):
            if _short_form(m.group(short), m.group(given), vocab):
                spans.append(PhiSpan(m.start(short), m.end(short), "NAME", 0.75, "nickname"))
    return spans


def find_name_forms(text: str, vocab: Vocabulary) -> list[PhiSpan]:
    """Text -> NAME spans for nicknames, initials and short given names."""
    spans = _more_forms(text, vocab) + find_spoken(text, vocab) + find_person_shapes(text, vocab) + find_lower_names(text, vocab)
    spans += find_dated_speakers(text, vocab) + find_lower_businesses(text, vocab) + find_chat_events(text, vocab)
    spans += find_noted_people(text, vocab)  # "Clerk: m. dube", "<- jo from the shop", 'Elias Jr. "Sonny"'
    spans += find_brief_people(text, vocab)  # "ezra@t14-home:~$", "Juniper (6)", "(DEB, PARTNER)", "by m.v."
    for m in _NICKNAME.finditer(text):
        word = m.group(1)
        if vocab.is_first_name(word) and word.lower() not in _NOT_NAME and word.lower() not in vocab.stop_words:
            spans.append(PhiSpan(m.start(), m.end(), "NAME", 0.7, "nickname"))
    for pat, strong in ((_WITH_AGE, True), (_RELATION_IS, False), (_QUOTED_INITIALS, False), (_LABELLED, True)):
        for m in pat.finditer(text):
            if pat is _QUOTED_INITIALS and _defined_acronym(text[:m.start()], m.group(1), vocab):
                continue  # "child-parent psychotherapy (CPP)": an abbreviation of the words before it
            if _initials_ok(m.group(1), vocab, strong) and m.group(1) not in ("MD", "DO", "NP", "PA", "RN"):
                spans.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.75, "initials"))
    for m in _GOES_BY.finditer(text):
        g = 1 if m.group(1) else 2
        if m.group(g).lower() not in vocab.clinical and not re.search(r"\d", m.group(g)):
            spans.append(PhiSpan(m.start(g), m.end(g), "NAME", 0.75, "nickname"))
    for m in _ROLE_QUOTED.finditer(text):
        if m.group(1).lower() not in vocab.clinical:
            spans.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.75, "nickname"))
    for m in _BRACKET_QUOTED.finditer(text):
        word = m.group(1)
        if word.lower() not in vocab.clinical and vocab.frequency(word) < 3.5:
            spans.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.7, "nickname"))
    for m in _QUOTED_KIN.finditer(text):
        if m.group(1).lower() not in vocab.stop_words and m.group(1).lower() not in vocab.clinical:
            spans.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.75, "nickname"))
    for m in _CAPS_SURNAME_FIRST.finditer(text):  # "ODUYA, BENEDICT" in a prescriber column, no label needed
        spans += _surname_first(text, m, vocab)
    for m in _FIRST_NAME_POSSESSIVE.finditer(text):  # "Reviewed Maria's log": a known given name owning something
        word = m.group(1)
        if vocab.is_first_name(word) and word.lower() not in vocab.clinical and word.lower() not in vocab.stop_words \
                and word.lower() not in _NOT_NAME:
            spans.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.7, "possessive"))
    for m in _USERNAME.finditer(text):
        if vocab.frequency(m.group(1)) < 3.0 and m.group(1) not in vocab.clinical:
            spans.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.7, "username"))
    for m in _INITIALS_FIELD.finditer(text):
        g = 1 if m.group(1) else 2
        if g == 2 or m.group(1).replace(".", "").upper() not in {"NA", "NO", "NON", "TBD", "UNK"}:  # an empty field
            spans.append(PhiSpan(m.start(g), m.end(g), "NAME", 0.75, "initials"))
    for m in _BY_INITIALS.finditer(text):
        if _initials_ok(m.group(1).upper(), vocab) and vocab.frequency(m.group(1)) < 4.0:
            spans.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.7, "initials"))
    for m in _GIVEN_INITIAL.finditer(text):
        word = m.group(1)
        if vocab.is_first_name(word) and word.lower() not in vocab.clinical and word.lower() not in _NOT_NAME:
            spans.append(PhiSpan(m.start(), m.end(), "NAME", 0.7, "given_initial"))
    spans += [PhiSpan(m.start(), m.end(), "NAME", 0.75, "initials") for m in _DOUBLE_INITIALS.finditer(text)]
    spans += [PhiSpan(m.start(1), m.end(1), "NAME", 0.85, "dicom_name") for m in _DICOM_PN.finditer(text)
              if re.search(r"[^\W\d_]{2}", m.group(1))]
    for m in _ACCOUNT.finditer(text):
        handle = m.group(1)
        if _HANDLE_SHAPE.search(handle) or handle.islower() and vocab.frequency(handle) < 3.0 and handle not in vocab.clinical:
            spans.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.75, "username"))
    for m in _SPEAKER.finditer(text):
        label = m.group(1).rstrip(".")
        short = len(label) < 3 and not (label.isupper() and _initials_ok(label, vocab))  # "fp:", "cm:" are roles
        if not short and label.lower() not in _ROLES and label.lower() not in RELATIONS and label.lower() not in vocab.clinical \
                and label.split()[0].lower() not in RELATIONS:
            spans.append(PhiSpan(m.start(1), m.start(1) + len(label), "NAME", 0.8, "speaker"))
    for m in list(_HONORIFIC_LOWER.finditer(text)) + list(_KIN_BRACKET.finditer(text)):
        word = m.group(1)
        if word not in _NOT_AFTER_TITLE and word not in vocab.clinical and not (vocab.stop_words and word in vocab.stop_words):
            spans.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.7, "nickname"))
    for m in _END_SIGNOFF.finditer(text):
        value = m.group(1)
        if _initials_ok(value, vocab) and vocab.frequency(value) < 4.5:
            spans.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.7, "signoff"))
    for tok in tokenize(text):  # two-letter given names ("Vy", "Bo"): Title case, off the safe list
        if len(tok.text) == 2 and tok.text[0].isupper() and tok.text[1].islower() and tok.text.lower() not in _NOT_NAME \
                and vocab.frequency(tok.text) < 3.0 and tok.text.lower() not in vocab.clinical \
                and tok.text.lower() not in vocab.stop_words:
            spans.append(PhiSpan(tok.start, tok.end, "NAME", 0.5, "rare_word"))
    return spans
