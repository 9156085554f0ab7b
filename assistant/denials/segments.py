"""A denial as sentences and rows (segments), and the compiled reading tables every reader step shares."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.denials import tables as T
from assistant.denials.cropped import completed, completions
from assistant.denials.foreign_notice import english_cues as foreign_cues
from assistant.foreign_dates import english_dates
from assistant.denials.ocr_cues import is_ocr_noisy, ocr_cues
from assistant.denials.spanish import english_cues, is_spanish
from assistant.inputs import EMPTY_BOX


@dataclass(frozen=True)
class Segment:
    """One sentence or row of a denial, as written and as the patterns read it."""

    text: str   # verbatim from the letter
    flat: str   # one line, contractions spelled out, stray quotes dropped: what the patterns read
    chunk: int  # the paragraph or line group it belongs to


def rx(pattern: str, flags: int = re.I) -> re.Pattern:
    """Compile a table pattern, case-insensitive by default."""
    return re.compile(pattern, flags)


STRONG = [(c, rx(p)) for c, p in T.STRONG_RULES + T.INDIRECT_RULES]
WEAK = [(c, rx(p)) for c, p in T.WEAK_RULES]
VETO = {c: rx(p) for c, p in T.VETOES.items()}
EXTERNAL, INTERNAL = [rx(p) for p in T.EXTERNAL_DECISION], [rx(p) for p in T.INTERNAL_DECISION]
KINDS = [(k, rx(p)) for k, p in T.STEP_KINDS]
PAYERS = [(rx(p), name) for p, name in T.PAYERS]
R = {k: rx(v) for k, v in vars(T).items()
      if isinstance(v, str) and k.isupper() and not k.startswith("_") and k not in T.CASE_SENSITIVE}
C = {name: rx(getattr(T, name), 0) for name in T.CASE_SENSITIVE}  # code and layout shapes: case matters


_LOWER = re.compile(r"[a-z]")
# Letters of a script with no capitals (Hangul, kana, CJK, Thai, Lao, Burmese, Khmer): its words count as running text,
# never as a caps header, and a line in it that stops short of a sentence's end runs on into the next line in it (a Korean
# notice wraps mid-sentence).
_CASELESS = "\uac00-\ud7a3\u3040-\u30ff\u4e00-\u9fff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
_CASELESS_WORD = re.compile(f"[a-z{_CASELESS}]")
_CASELESS_RUNS_ON = re.compile(f"[{_CASELESS}][)\\]]?[ \t]*$")
_CASELESS_START = re.compile(f"^\\s*[({_CASELESS}]")


# A note keyed by a letter, number or mark ("A  Counseling is ...", "2  The claim ...", "*  See ..."): the gap after the key
# is not a column, and the note's hanging-indented lines run on.
_NOTE_KEY = re.compile(r"^\s*(?:[A-Z]|\d{1,2}|[*\u2020\u2021])\s{2,}(?=[A-Z][a-z])")


# Two spaces after a sentence's end ("... 555-0190.  Claim appeals must ...") are a typist's habit, not a column gap.
_SENTENCE_GAP = re.compile(r"(?<=[a-z0-9)][.!?]) {2,}(?=[A-Z][a-z]|[AI] [a-z])")


@lru_cache(maxsize=4096)
def _tabular(line: str) -> bool:
    """Columns, ALL-CAPS headers and rows of numbers are data lines, not wrapped prose."""
    line = _SENTENCE_GAP.sub(" ", _NOTE_KEY.sub("", line))
    if C["TABLE_LIKE"].search(line):
        return True
    letters, tokens = [c for c in line if c.isalpha()], line.split()
    caps = len(letters) > 8 and sum(c.isupper() for c in letters) > 0.6 * len(letters)
    return caps or sum(not _running_word(t) for t in tokens) > 0.6 * len(tokens)


def _running_word(token: str) -> bool:
    """A word of running text: a lowercase letter of any cased script (Latin, Cyrillic, Greek) or a caseless one's letter."""
    return bool(_CASELESS_WORD.search(token)) or any(c.islower() for c in token)


def _joinable(prev: str, cur: str) -> bool:
    """Hard-wrapped prose continues on the next line; labelled or tabular lines do not."""
    if _DATE_CUT.search(prev) and _YEAR_START.match(cur):
        return True  # a date wrapped before its year ("received by January 7," / "2027. Requests ..."): no numbered item
    if _tabular(prev) or _tabular(cur) or C["LABEL_START"].match(cur):
        return False
    # a narrow column (large print, a phone screen) breaks anywhere: a line ending on a word no sentence ends on
    # ("You must ask within" / "65 days of the date") runs on, whatever the next line starts with
    # (a Chinese or Japanese full stop ends a sentence too: "...できません。" / "Ｂ　..." is two notes)
    return cur.lstrip()[:1].islower() or (len(prev.strip()) >= 60 and not prev.rstrip().endswith(tuple(".:!?;)\u3002\uff01\uff1f"))) \
        or bool(_RUNS_ON.search(prev)) or bool(_CASELESS_RUNS_ON.search(prev) and _CASELESS_START.match(cur))


_DATE_CUT = re.compile(r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
                       r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?[ \t]+\d{1,2},[ \t]*$", re.I)
_YEAR_START = re.compile(r"[ \t]*(?:19|20)\d\d\b(?![/.-]?\d)")
_RUNS_ON = re.compile(r"\b(?:within|of|the|to|and|or|by|for|a|an|in|on|at|from|your|our|their|is|are|was|were|be|not|than|have|has|"
                      r"with|after|before|until|any|this|that|must|may|can|will)[ \t]*$", re.I)


def chunk_spans(text: str) -> list[list[int]]:
    """[start, end] of each group of lines that forms one paragraph or one row."""
    return [list(span) for span in _chunk_spans(text)]


@lru_cache(maxsize=16)
def _chunk_spans(text: str) -> tuple[tuple[int, int], ...]:
    groups: list[list[int]] = []
    pos, prev = 0, None
    for line in text.split("\n"):
        if not line.strip():
            prev = None
        elif prev is not None and _joinable(prev, line):
            groups[-1][1], prev = pos + len(line), line
        else:
            groups.append([pos, pos + len(line)])
            prev = line
        pos += len(line) + 1
    return tuple((a, b) for a, b in groups)


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside one chunk, not splitting after titles, initials or P.O."""
    spans, cut = [], start
    for m in C["BOUNDARY"].finditer(text, start, end):
        if not C["ABBREV"].search(text[cut:m.start() + 1]):
            spans.append((cut, m.start() + 1))
            cut = m.end()
    return spans + [(cut, end)]


# Check boxes of a form: "[X] Not approved", "[ ] Approved", "☒ Urgent", "☐ Standard".
_BOX = re.compile(r"\[\s?\]|\[[xX✓✔*]\]|[☐□☒☑✓✔]|\(\s\)|\([xX]\)")
_EMPTY_BOX = re.compile(EMPTY_BOX)
# A row of a reasons table marked with a cross at its start or end ("\u2717 = does not apply"): the reason does not apply.
_CROSS = re.compile(r"^\s*[\u2717\u2718\u274c\u2716](?:\s|$)|\s[\u2717\u2718\u274c\u2716]\s*$")


_INVITATION = re.compile(r"[ \t]*(?:please )?(?:check|tick|mark|select|initial) (?:here|this box|the box|box)\b", re.I)


def ticked_only(text: str) -> str:
    """A filled-in form as the payer ticked it: on each line, every unticked option (from its box to the next box or
    the line's end) and every box are blanked with spaces, so "Determination: [ ] Approved [X] Not approved" reads
    "Determination: ... Not approved" and "[ ] 1. Does not meet medical necessity" reads nothing. Offsets are kept
    (same length); text with no boxes is returned as it is."""
    if not _BOX.search(text) and not _CROSS.search(text):
        return text
    out = []
    for line in text.split("\n"):
        if _CROSS.search(line):  # "D  The provider is not in the network   \u2717": a row marked as not applying
            out.append(" " * len(line))
            continue
        boxes = list(_BOX.finditer(line))
        chars = list(line)
        for i, box in enumerate(boxes):
            stop = boxes[i + 1].start() if i + 1 < len(boxes) else len(line)
            # "[ ] Check here if this is an urgent appeal": a box the reader is invited to tick offers a choice; it is
            # no option the payer left unticked, so its words stay
            invited = _INVITATION.match(line, box.end())
            blank_to = stop if _EMPTY_BOX.fullmatch(box.group()) and not invited else box.end()
            chars[box.start():blank_to] = " " * (blank_to - box.start())
        out.append("".join(chars))
    return "\n".join(out)


def _flatten(raw: str) -> str:
    """What patterns read: one line, contractions spelled out, stray quotes dropped."""
    flat = " ".join(raw.replace("’", "'").split())
    flat = re.sub(r"won't|can't|n't\b", lambda m: T.CONTRACTIONS[m.group(0).lower()], flat, flags=re.I)
    return C["STRAY_QUOTE"].sub("", flat)


_QUESTION = re.compile(r"[^.!?]*\?")


def asserted(flat: str) -> str:
    """A sentence as read for what it asserts: its questions dropped ("Was that because the notes came late?", "we have
    60 days, right?", a review form's "Is the service experimental?") state no reason and no filing window."""
    return " ".join(_QUESTION.sub(" ", flat).split()) if "?" in flat else flat


def segments(text: str) -> list[Segment]:
    """The letter as sentences and rows; from an embedded instruction to its paragraph's end is dropped."""
    segs: list[Segment] = []
    spanish = is_spanish(text)  # a notice in Spanish is read through English cue words; its quotes stay Spanish
    noisy = is_ocr_noisy(text)  # so is a faxed notice OCR misread ("not rnedica11y necessary")
    cuts = completions(text)  # and one whose right edge was cut off in a photo ("a physician certifi")
    for n, (s, e) in enumerate(chunk_spans(text)):
        for a, b in _sentences(text, s, e):
            raw = text[a:b].strip()
            if raw and R["INJECTION"].search(raw):
                break  # text is data: an instruction aimed at a reader poisons the rest of its paragraph
            if raw:
                dated = english_dates(completed(text, a, b, cuts).strip())  # "13 de fevereiro de 2026", "2026年3月9日" in English
                cues = english_cues(dated) if spanish else foreign_cues(dated)  # a German sentence beside English ones
                segs.append(Segment(raw, _flatten(ocr_cues(cues) if noisy else cues), n))
    return segs
