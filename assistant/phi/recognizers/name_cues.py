"""When a word before a name is a cue for it: a label without a colon inside a title-case phrase is none
("Little Acorn Child Therapy"), a dash opens a sign-off only before a name ("- tk", "- Tay R.: CANS due"), and a
relation or label word inside a hyphened compound ("Parent-Child") is a word of that phrase."""

from __future__ import annotations

import re

from assistant.phi.lexicon import CREDENTIALS, DOCUMENT_ACRONYMS, JOB_TITLES, MONTHS_FULL
from assistant.phi.recognizers.gazetteer import place_names
from assistant.phi.vocabulary import Vocabulary

_CRED = {c.lower().replace(".", "") for c in CREDENTIALS}
# A subscale and its score after a word in capitals ("SUI 45T", "PIM = 58"), or a letter glued to a number ("45T."):
# a scale's result, not a name.
SCORE_AFTER = re.compile(r"[ \t]*(?:[:=][ \t]*)?\d{1,3}T\b|[ \t]*=[ \t]*\d")
MONTH_WORD = re.compile(r"(?:%s)\b(?![ \t]+[A-Z][a-z])" % "|".join(MONTHS_FULL))  # no surname after it ("April Dunn")

# Field labels and salutations a name follows ("Client:", "Dear", "Signed by").
LABEL_WORDS = (
    r"(?:client(?: name)?|patient(?: name)?|name|member(?: name)?|subscriber|participant|child|"
    r"employee|clinician|therapist|provider|rendering(?: provider)?|attending(?: physician)?|"
    r"counselor|psychiatrist|facilitators?|case manager|sender|from|to|cc|dear|signed|signatures?|firmas?|"
    r"referred by|referring(?: provider)?|reviewer|physician(?: reviewer)?|supervisor|identified patient|"
    r"attendees|partners|roster(?: present)?|present|absent|note for|guardian|parent|"
    r"(?:emergency |hr )?contact|teacher|electronically signed(?: by)?|sincerely|regards|take care|"
    r"best|thanks|thank you|respectfully|warmly|cordially|hi|hello|dictated by|prepared by|"
    r"completed by|interpreter|advocate|caseworker|worker|pcp|nurse|aide|officer|investigator|detective|inspector|trooper|judge|coach|"
    r"medical director|peer reviewer|reviewed by|approved by|requesting provider|treating provider|"
    # who checked a form, by name or by initials: "QR: TG" (a tax site's quality reviewer), "Verified by: DLM"
    r"checked by|verified by|witness(?:ed by)?|received by|taken by|entered by|interviewed by|quality reviewer|"
    r"qr(?=[ \t]*:)|"
    r"primary therapist|employment specialist|team psychiatrist|participant name|driver|dispatcher|caller|airman|roommate|pt(?=[ \t]*[:|])|"
    r"pt name|resident|student|consumer|youth|person served|individual served|recipient|beneficiary|enrollee|insured|prescriber|"
    r"prescribed by|ordering provider|pharmacist|(?:%s)(?=[ \t]*:)|"
    # the parties on a court paper's caption: "RESPONDENT: DALTON RAY HOBBS", "Plaintiff: Ana Ruiz"
    r"(?:petitioner|respondent|plaintiff|defendant|appellant|appellee|claimant|complainant|movant|decedent)(?=[ \t]*:))"
    % "|".join(JOB_TITLES))
# Dotted capitals that are abbreviations, not a person's initials.
NOT_INITIALS = {"U.S.", "P.O.", "A.M.", "P.M.", "D.C.", "M.D.", "R.N.", "N.P.", "B.A.", "M.A.",
                "M.S.", "E.g.", "I.E.", "E.G.", "U.K.", "N.A.", "A.A.", "B.S.", "J.D.", "D.O.",
                "M.Ed.", "Ph.D.", "Psy.D.", "L.P.", "S.W.", "O.T.", "P.T."}
# Lowercase initials signing with a credential: "jd lcsw", "-- kp, lmhc", "(mw, MA)"; after a comma the credential may
# be in capitals (a word such as "yes, ma" is ruled out where this is used).
_LOWER_CREDS = r"lcsw|lpc|lmhc|lmft|phd|psyd|md|np|lcpc|lsw|licsw|lisw|lmsw|msw|lpcc|lcmhc|pmhnp|aprn|rn|bcba"
LOWER_SIGNOFF = re.compile(rf"(?:^|[\s(—–-])([a-z]{{2,3}})(?:[ \t]+(?:{_LOWER_CREDS})|,[ \t]*(?i:{_LOWER_CREDS}|ma|ms|mfa|mft))\b")
_WORDLIKE_CREDS = {"ma", "ms", "md", "np", "rn"}  # also "mom", "Maryland", "no problem", "right now"


def lower_signoff(m: re.Match, vocab: Vocabulary) -> bool:
    """A LOWER_SIGNOFF match whose letters are a person's: "kp, lmhc", "(mw, MA)"; never "thx, ma" or "pt, MA"."""
    letters, cred = m.group(1), re.split(r"[ \t,]+", m.group().strip())[-1]
    if "," not in m.group():
        return True  # "jd lcsw": the older, space-separated form
    if letters in vocab.clinical or vocab.frequency(letters) >= 4.5:
        return False
    return cred.lower() not in _WORDLIKE_CREDS or cred.isupper() and not vocab.is_word(letters)  # "thx, ma" is mom


# A sign-off on a line of its own: "- tk", "-- tk", '-- "Gus"' (a name in quotes), "—A. Bianchi-Nwosu", or the line
# after "Thanks,".
DASH_SIGNOFF = re.compile(r"(?m)^[ \t]*[-—–~]{1,2}[ \t]*[\"“]?(?=\S)")
SIGNOFF_WORD = re.compile(r"(?im)^[ \t]*(?:thanks|thank you|sincerely|regards|best|best regards|warmly|cheers|"
                           r"take care|respectfully|cordially|love|yours)[ \t]*[,!.]?[ \t]*\n[ \t]*")
LINE_INITIALS = re.compile(r"(?m)^[ \t]*[-—–~]?[ \t]*([A-Za-z](?:\.|[a-z]?\.?))[ \t]*$")


# Contractions typed without the apostrophe ("his son hasnt been by"): words after a relation, never a name.
NO_APOSTROPHE = {"hasnt", "havent", "hadnt", "doesnt", "didnt", "isnt", "wasnt", "werent", "cant", "couldnt", "wont",
                 "wouldnt", "shouldnt", "arent", "aint"}
# An abbreviation made a verb ("ok'd", "cc'd", "fax'd"): two letters or more before the apostrophe, unlike "o'brien".
VERB_CLITIC = re.compile(r"[a-z]{2,}['’](?:d|ed|ing)$")


def bracket_aside(text: str, vocab: Vocabulary, name: str, start: int, end: int) -> bool:
    """A word alone in brackets right after a name that is no nickname: a town of the gazetteer ("Desmond (Tulsa)"), or
    neither a first name nor the name's own beginning ("Robert (Bob)", "Jonathan (Jono)" are nicknames)."""
    if text[start - 1:start] != "(" or text[end:end + 1] != ")":
        return False
    word = text[start:end]
    return (word in place_names() or not vocab.is_first_name(word)) and word[:2].lower() != name[:2].lower()


def _alone_on_its_line(text: str, m: re.Match) -> bool:
    """A form's label on a line of its own, its value on the next ("PATIENT" / "Calloway, Juniper")."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    return not text[line_start:m.start()].strip(" \t-*#>") and text[m.start():m.end()].split("\n")[0].strip().isupper()


def label_cue(text: str, vocab: Vocabulary, m: re.Match) -> bool:
    """A label written without a colon or a bar is no cue inside a title-case phrase or a hyphened compound:
    "Child" in "Little Acorn Child Therapy" and "Parent-" in "Parent-Child" are words of the phrase."""
    if re.search(r"[:,;|–—-][ \t]*$", m.group()) and not re.search(r"\w-$", m.group()):
        return True
    if re.search(r"[ \t]{3}|\t", m.group()) or "\n" in m.group() and not _alone_on_its_line(text, m):
        return False  # a column gap: "Member      Visits      Notes" is a table's header row, not "Member: Visits"
    if re.match(DOCUMENT_ACRONYMS + r"\b", text[m.end():m.end() + 8]):
        return False  # "signed ROI", "to IEP": a form, not a person
    if MONTH_WORD.match(text, m.end()):
        return False  # "back to August", "from March on": a month after a word that is no field label here
    before = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
    if not before.strip(" \t-*•>#0123456789.)"):
        return True
    return not in_phrase(text, vocab, m)


def signoff_line(text: str, vocab: Vocabulary, m: re.Match) -> bool:
    """A dash opens a sign-off only when the rest of the line is a name (with initials or credentials): "- tk",
    "—A. Bianchi-Nwosu, LCSW", or a list item headed by a name ("- Tay R.: CANS due"); "  - Showers of 15 minutes or
    less" is an item of a list."""
    end = text.find("\n", m.end())
    rest = text[m.end():end if end >= 0 else len(text)].strip()
    labelled = ":" in rest
    rest = rest.split(":", 1)[0] if labelled else rest  # "- Tay R.: CANS due 5/20": the item names a person
    words = re.findall(r"[^\W\d_][\w.'’-]*", rest)
    if labelled and not any(re.fullmatch(r"[A-Z]\.", w) for w in words) and all(
            vocab.is_word(w.rstrip(".")) and not vocab.is_first_name(w.rstrip(".")) for w in words):
        return False  # "- Meds: none right now", "- Plan: weekly": a field label, not a person
    return 0 < len(words) <= 5 and not re.search(r"\d", rest) and all(
        w[:1].isupper() or len(w.rstrip(".")) <= 3 or w.lower().replace(".", "") in _CRED for w in words)


def in_phrase(text: str, vocab: Vocabulary, m: re.Match) -> bool:
    """The cue word is a word of a title-case phrase or a hyphened compound ("Parent-Child", "Acorn Child")."""
    before = text[max(0, m.start() - 40):m.start()]
    prev = re.search(r"([A-Z][\w'’]*)[ \t]+$", before)
    return bool((prev and prev.group(1).lower() not in vocab.stop_words or re.search(r"\w-$", before))
                and m.group()[:1].isupper()) \
        or re.search(r"\w-$", m.group()) is not None


_HONORIFIC = re.compile(r"(?:mrs|mr|ms|miss|mx|dr|prof)\b", re.I)


# After a kin word only a verb or a function word says "no name here": "my mom said", "her sister will", but "her
# daughter hope visited" names the girl.
_KIN_NOT_NAME = frozenset("""said says say told tells asked asks called calls came comes went goes got gets thinks thought
wants wanted will would can could should may might must is was are were has had have did does do and or but the a an to
of in on at for with from who that which when if because so then also too just still never always""".split())


_KIN = re.compile(r"\b(?:mother|mom|mum|father|dad|sister|sis|brother|bro|son|daughter|wife|husband|aunt|auntie|uncle|cousin|"
                  r"niece|nephew|grand\w+|step\w+|fianc\w*|twins?|baby|child(?:ren)?|kids?|sons|daughters)\b", re.I)
# An age in brackets after the word: "kids izzy (7) and ray jr (4)", "daughters keely (11)": a child, named.
_BRACKETED_AGE = re.compile(r"[ \t]*\((?:age[ \t]*)?\d{1,2}(?:[ \t]*(?:y/?o|yrs?|mo))?\)")


_REVISION = re.compile(r"rev\.?[ \t]+", re.I)
_REVISION_MARK = re.compile(r"(?:[A-Z]|\d{1,3}(?:\.\d{1,2})?)(?![\w.'’-]|\.\w)")


def title_cue(text: str, vocab, m: re.Match, kin: bool = False) -> bool:
    """A title or relation word in lower case is a cue only before a name: "coach ryan texted", "her sister abena",
    never "the nurse line", "coach said fine", "my mom said", "the nurse hotline" (an honorific such as "mrs day"
    always is). After a title, a given name that is also a very common word ("Line", "Said") is read as the word;
    after a kin word, only a verb or a function word is ("her daughter hope" is a girl)."""
    if _REVISION.fullmatch(m.group()) and _REVISION_MARK.match(text, m.end()):
        return False  # "Form OM-114 rev C", "REV 3", "Rev. B": a document's revision, not a reverend
    word = re.match(r"[a-z][a-z'-]*", text[m.end():m.end() + 30])
    if not m.group()[0].islower() or word is None or _HONORIFIC.match(m.group()):
        return True
    w, freq = word.group(), vocab.frequency(word.group())
    kin = kin and bool(_KIN.search(m.group()))
    if kin and w not in _KIN_NOT_NAME and _BRACKETED_AGE.match(text, m.end() + word.end()):
        return True
    if kin and vocab.is_first_name(w):
        return w not in _KIN_NOT_NAME
    if vocab.is_first_name(w):
        return freq < 5.3  # "mike", "grace", "bill"
    return freq < 3.0 and not (vocab.is_word(w) or vocab.is_compound_word(w))


# Titles after which a capitalised word is a surname even when it is an everyday word ("Ofc. Bright", "Mr. Young",
# "Dr. Rich"): honorifics and abbreviated ranks, not the kin and role words that also stand as titles ("Nurse",
# "Coach", "Officer Training"), nor abbreviations that are something else too ("Lt" knee, "Fr" day, "Sig." directions).
_HONORIFICS = frozenset("""dr mr mrs ms miss mx prof ofc det sgt tpr capt cpl pvt atty sig.ra sig.na dott dott.ssa prof.ssa avv
sra srta herr frau mme mlle""".split())


def honorific(m: re.Match) -> bool:
    """The title cue is an honorific or a rank written with its capital ("Ofc. ", "Mrs ")."""
    word = m.group().strip().rstrip(".").lower()
    return m.group()[:1].isupper() and word in _HONORIFICS


# Particles that open or join a surname ("DE PALMA", "van der Berg", "Di Stefano", "dos Santos"): data, not a rule.
SURNAME_PARTICLES = frozenset("de di da del della dello delle dei degli du des van von der den ter ten dos das lo li la le".split())


def particle(word: str, following: str) -> bool:
    """word is a surname particle written in the shape of the surname after it: "DE" before "PALMA", "de" or "De"
    before "Luca"; a capital pair such as "DE" before a lowercase word is a state or an acronym."""
    if word.lower() not in SURNAME_PARTICLES or not following[:1].isupper():
        return False
    return following.isupper() == word.isupper() or word.islower() or word.istitle() and not following.isupper()



# What ends a labelled field: the line, a bracket, a table bar, a column gap or a comma before the next field.
_FIELD_END = re.compile(r"[ \t]*(?:$|[)|,]|[ \t]{3})", re.M)


def closes_field(text: str, vocab: Vocabulary, word: str, end: int) -> bool:
    """A rare lowercase word that ends a labelled value of two words is its surname ("counselor: gus fairley)",
    "worker: jo bramwell"), though a dictionary lists it; a clinical or an everyday word is what the note says of them."""
    low = word.lower()
    return bool(_FIELD_END.match(text, end)) and vocab.frequency(low) < 3.3 and low not in vocab.clinical \
        and low not in vocab.stop_words


# "Sunny Garden Loft w/ Hot Tub", "2BR w/ Ocean View": after the chart's "w/", a run of two or more capitalised everyday
# words with no given name among them is a thing's name, not a person's ("met w/ Hope Carver", "w/ Dana" stay names).
_CAPITALISED_RUN = re.compile(r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){1,3}\b")


def with_cue(text: str, vocab, m: re.Match) -> bool:
    """The "with" cue is one before a name: not a "w/" before a run of everyday capitalised words."""
    run = _CAPITALISED_RUN.match(text, m.end()) if m.group().lower().startswith("w/") else None
    return run is None or not all(vocab.is_word(w) and not vocab.is_first_name(w) and vocab.frequency(w) >= 3.0 for w in run.group().split())
