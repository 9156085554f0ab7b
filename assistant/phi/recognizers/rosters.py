"""Names in the shapes of a roster: an attendance list after "present:" or "attendees:" (each item a person, in any
case: "present: dusty (house mgr), joy b, bill k, mercy"), and a given name with a surname's initial ("Hope W",
"Page T.") where the given name is on the first-name list, so a name that is also a word still counts."""

from __future__ import annotations

import re

from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

_ROSTER_LABEL = re.compile(r"(?im)^[ \t>*-]*(?:present|absent|excused|attendees?|attending|in attendance|members? present|"
                           r"participants?|group members?|roster|sign-?in)[ \t]*[:\-][ \t]*")
_ITEM = re.compile(r"[^,;\n]+")
_NOT_PERSON = {"none", "no one", "nobody", "all", "everyone", "n/a", "na", "same", "tbd", "staff", "all members",
               "all residents", "everybody"}
# A given name and the initial of a surname: "Hope W", "Cash M.", "Page T (OP)"; the letter stands alone.
_GIVEN_INITIAL = re.compile(r"\b([A-Z][a-z]{2,})[ \t]+([A-Z])\.?(?![\w.'’-])")
# ... and in lowercase, in a cell or list line of its own, when the given name is on the first-name list: "| rosa t. |"
_LOWER_GIVEN_INITIAL = re.compile(r"(?<![\w'’-])([a-z]{2,})[ \t]+[a-z]\.?(?![\w.'’-])")


def _roster_items(text: str) -> list[PhiSpan]:
    spans = []
    for label in _ROSTER_LABEL.finditer(text):
        end = text.find("\n", label.end())
        end = len(text) if end < 0 else end
        line_end = text.find(".", label.end(), end)  # "present: a, b, c. absent: none." - the list ends at its full stop
        stop = end if line_end < 0 else line_end
        items = [(m.start(), m.end()) for m in _ITEM.finditer(text, label.end(), stop)]
        if len(items) < 2:
            continue
        # In a list written with capitals only the capitalised words are names ("mother Carla Ruggiero", not "child");
        # in an all-lowercase list ("joy b, bill k, mercy") every item is, but for roles and kin.
        lower = not re.search(r"[A-Z]", text[label.end():stop])
        for a, b in items:
            value = re.sub(r"\s*\([^)]*\)\s*", " ", text[a:b]).strip()  # "dusty (house mgr)": the role is no name
            words = value.split()
            if not words or len(words) > 4 or value.lower() in _NOT_PERSON or not all(re.fullmatch(r"[^\W\d_][\w'’.-]*", w) for w in words):
                continue
            if not lower:
                words = [w for w in words if w[:1].isupper() and not _CREDENTIAL.fullmatch(w.rstrip("."))]
                words = words if words and len(words) <= 3 else []
            elif any(w.lower() in _ROLE_WORDS for w in words):
                continue
            if not words:
                continue
            start = text.index(words[0], a)
            last = text.rindex(words[-1], a, b)
            spans.append(PhiSpan(start, last + len(words[-1]), "NAME", 0.7, "roster"))
    return spans


# Credentials and roles that stand where a name could in a list: "Lonnie Ferreira-Haas, RN", "this writer".
_CREDENTIAL = re.compile(r"[A-Z]{2,6}(?:-[A-Z]{1,3})?|Ph\.?D|Psy\.?D|Ed\.?D|M\.?D|D\.?O|M\.?A|M\.?S")
_ROLE_WORDS = {"child", "client", "patient", "mother", "father", "mom", "dad", "parent", "parents", "sister", "brother",
               "grandmother", "grandfather", "grandma", "grandpa", "aunt", "uncle", "teacher", "counselor", "therapist",
               "writer", "staff", "clinician", "case", "manager", "worker", "nurse", "doctor", "guardian", "husband", "wife",
               "partner", "son", "daughter", "mgr", "me", "myself", "self"}


# Words that take a letter after them and are no given names: "Vitamin D", "Plan B", "Medicare Part B", "Cluster B".
LETTERED = {"vitamin", "vit", "plan", "part", "type", "group", "cluster", "axis", "hepatitis", "hep", "appendix", "exhibit",
             "form", "level", "tier", "section", "room", "unit", "wing", "building", "bldg", "team", "track", "phase", "step",
             "grade", "schedule", "option", "module", "block", "pod", "hall", "ward", "suite", "floor", "gate", "lot",
             "column", "row", "table", "item", "list", "class", "category", "version", "blood", "site", "door", "bed"}
# A table cell or a list line that holds only the name: "| Page T (OP) |", "4. Cash M".
_CELL_BEFORE = re.compile(r"(?:^|\|)[ \t]*(?:\d{1,3}[.)]?[ \t]+|[-*\u2022][ \t]+)?$", re.M)
_CELL_AFTER = re.compile(r"[ \t]*(?:\([^)\n]{0,20}\))?[ \t]*(?:\||$)", re.M)


def find_roster_names(text: str, vocab: Vocabulary) -> list[PhiSpan]:
    """Text -> NAME spans of attendance lists and of given names with a surname's initial (in prose when the given
    name is on the first-name list, in a table cell or list line of its own when it is any capitalised word)."""
    spans = _roster_items(text) + _name_lists(text, vocab)
    for m in _GIVEN_INITIAL.finditer(text):
        word = m.group(1).lower()
        if word in LETTERED or m.group(2) in "AI":  # "Grace A" could be "Grace, a ..."
            continue
        cell = _in_cell(text, m)
        if vocab.is_first_name(word) or cell:
            spans.append(PhiSpan(m.start(), m.end(), "NAME", 0.65, "given_initial"))
    for m in _LOWER_GIVEN_INITIAL.finditer(text):
        word = m.group(1)
        if vocab.is_first_name(word) and word not in vocab.stop_words and word not in LETTERED and _in_cell(text, m):
            spans.append(PhiSpan(m.start(), m.end(), "NAME", 0.65, "given_initial"))
    return spans


# A list of people with no label: a line's run of three or more items split by commas (or "+", "&"), each one
# capitalised word, with a surname's initial or a bracketed role: "Ezra, Noor (best man), Skye, Faith, Rowan".
_LIST_ITEM = re.compile(r"(?:and[ \t]+)?([A-Z][a-z'’]+(?:-[A-Z][a-z]+)?)(?:[ \t]+[A-Z]\.?)?(?:[ \t]*\(_*\))?")

_LEAD_IN = re.compile(r"(?:[-–—:|>][ \t]*|[ \t]{2,})(" + _LIST_ITEM.pattern + r")$")


def _list_runs(line: str) -> list[list[re.Match]]:
    """A line -> its runs of adjacent list items (the words inside brackets blanked, so a role breaks no item)."""
    masked = re.sub(r"\([^()\n]{0,40}\)", lambda m: "(" + "_" * (len(m.group()) - 2) + ")", line)
    runs: list[list[re.Match]] = [[]]
    for piece in re.finditer(r"[^,+&]+", masked):
        start = piece.start() + len(piece.group()) - len(piece.group().lstrip())
        end = piece.end() - (len(piece.group()) - len(piece.group().rstrip()))
        m = _LIST_ITEM.fullmatch(masked, start, end)
        if m:
            runs[-1].append(m)
            continue
        runs.append([])
        lead = _LEAD_IN.search(masked, start, end)  # the list's first item after a lead-in: '"from her team" -- Priya S, ...'
        if lead:
            runs[-1].append(_LIST_ITEM.fullmatch(masked, lead.start(1), end))
    return [r for r in runs if len(r) >= 3]


def _plainly_a_name(item: re.Match, vocab: Vocabulary) -> bool:
    """A list item that reads as a person with no doubt: a given name that is no common word, or any given name with a
    surname's initial ("Priya S")."""
    word = item.group(1)
    if not vocab.is_first_name(word) or word.lower() in vocab.clinical:
        return False
    return not vocab.is_word(word) or vocab.frequency(word) < 4.0 or bool(re.search(r"[ \t][A-Z]\.?$", item.group().split("(")[0].rstrip()))


def _name_lists(text: str, vocab: Vocabulary) -> list[PhiSpan]:
    """Text -> NAME spans of given names that are also words ("Will", "Hope") listed among names that are no words."""
    spans = []
    for line in re.finditer(r"[^\n]+", text):
        for run in _list_runs(line.group()):
            plain = sum(_plainly_a_name(m, vocab) for m in run)
            if plain < 2:
                continue  # "Anxiety, Hope, Grace" is no list of people; two plain names make one
            spans += [PhiSpan(line.start() + m.start(1), line.start() + m.end(1), "NAME", 0.7, "roster") for m in run
                      if vocab.is_first_name(m.group(1)) and m.group(1).lower() not in LETTERED]
    return spans


def _in_cell(text: str, m: re.Match) -> bool:
    """The match fills a table cell or a list line of its own."""
    return _CELL_BEFORE.search(text[text.rfind("\n", 0, m.start()) + 1:m.start()]) is not None and _CELL_AFTER.match(text, m.end()) is not None
