"""Defects a real model put into letters, found in the letter text so any writer (a hosted model too) is caught.

Each class (see assistant/data/model_letter_checks.yaml) is one function from the letter and its context to the
offending lines, and has a revision instruction. The checks run on any letter: with our signature marker still
in it (a model's redacted draft) or with the signature block filled in (what the clinician sees).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Sequence

import yaml

from assistant.letters.checklist import ELEMENTS
from assistant.letters.letter_checks import HEADING, markup_lines
from assistant.letters.letter_dates import date_supported, find_dates
from assistant.letters.letterhead import SIGNATURE
from assistant.prompts import PROMPTS_DIR

TABLE = Path(__file__).resolve().parent.parent / "data" / "model_letter_checks.yaml"
ECHO_RUN = 7            # words in a row from our own prompt text that make a line an echo of it
PASTE_RUN = 90          # words in a row copied from the notes: pasting the record (offline quotes reach ~70)
_SHINGLE = 8
_REQUEST_LINE = re.compile(r"\brequest\w*|\b(?:authoriz|approv)\w* (?:of|for)\b", re.I)
_CITATION_LINE = re.compile(r"\b(?:polic(?:y|ies)|sections?|guidelines?|criteri(?:a|on))\b", re.I)
_PERIOD_WORD = r"(?:from|beginning|begins|starting|starts|effective|through|thru|until|between|period of|dates? of service)"
# The authorization already in place (its dates come from the notes, not the request).
_CURRENT_AUTH = re.compile(r"\b(?:current|existing|present|prior|previous|last|initial|original|old)\s+(?:[\w-]+\s+)?"
                           r"(?:auth\w*|approval|cert\w*|period|episode)\b|\bauth\w*\s*\([^()]*$|\b\d+\s+(?:used|remaining|left)\b|"
                           r"\b(?:auth\w*|approval)\s+(?:runs?|ends?|expires?|is good|valid|lapses?)\b[^.;]{0,12}$",
                           re.I)
_TAG = re.compile(r"</?(?:notes|passages|denial|letter|checklist)>|^-{2,}\s*note \d+\s*-{2,}$|\|\s*(?:section|policy):", re.I)
_STATUS_LINE = re.compile(r"^\s*[-*\u2022]?\s*[\w ]{3,40}:\s*(?:met|missing|not[_ ]applicable)\b", re.I)
_ELEMENT_ID = re.compile(r"\b(?:%s)\b" % "|".join(e for e in ELEMENTS if "_" in e))
_URL = re.compile(r"https?://\S+|www\.\S+")  # a URL's digits are not dates
_BRACKET = re.compile(r"\[(?!MISSING:)(?!sic\])(?!\d+(?:\s*[,\u2013-]\s*\d+)*\])[^\[\]\n]{1,80}\]", re.I)


@dataclass(frozen=True)
class LetterContext:
    """What a letter is checked against: the notes it was written from and the request."""

    notes: tuple[str, ...]
    requested: dict = field(default_factory=dict)
    client_names: tuple[str, ...] = ()   # the client's name(s) or their placeholder, as they appear in the letter
    sources: tuple[str, ...] = ()        # other texts whose dates a letter may use (passages, denial, letterhead)
    criteria: tuple[str, ...] = ()       # the text of the payer criteria retrieved for the letter


@lru_cache(maxsize=1)
def table() -> dict:
    """The defect classes, their instructions and vocabularies."""
    return yaml.safe_load(TABLE.read_text(encoding="utf-8"))


def _rx(key: str) -> re.Pattern[str]:
    return re.compile(table()[key], re.I)


def _lines(letter: str) -> list[str]:
    return [ln.strip() for ln in letter.splitlines()]


def _closing_start(lines: list[str]) -> int:
    """Index of the signature: our marker, else the last sign-off line (len(lines) when there is none)."""
    for i, ln in enumerate(lines):
        if SIGNATURE in ln:
            return i
    offs = [i for i, ln in enumerate(lines) if _rx("sign_off").match(ln)]
    return offs[-1] if offs else len(lines)


def _body(letter: str) -> list[str]:
    lines = _lines(letter)
    return lines[:_closing_start(lines)]


def second_sign_off(letter: str, ctx: LetterContext) -> list[str]:
    """A closing line above the signature: the signature block brings the one sign-off."""
    return [ln for ln in _body(letter) if _rx("sign_off").match(ln)]


def after_signature(letter: str, ctx: LetterContext) -> list[str]:
    """Sentences after the signature that are not an enclosures or cc list."""
    lines = _lines(letter)
    start = _closing_start(lines)
    marker = start < len(lines) and SIGNATURE in lines[start]
    allowed = _rx("after_signature_allowed")
    out = []
    for ln in lines[start + 1:]:
        if not ln or allowed.match(ln):
            continue
        if marker or len(ln.split()) >= 7 or _TAG.search(ln):
            out.append(ln)
    return out


def about_the_tool(letter: str, ctx: LetterContext) -> list[str]:
    """Sentences about the checklist, the prompt, the instructions, the provided notes or an AI."""
    pats = [re.compile(p, re.I) for p in table()["classes"]["about_the_tool"]["patterns"]]
    text = re.sub(r"\[MISSING:[^\]]*\]", " ", letter)
    sentences = re.split(r"(?<=[.!?])\s+|\n", text)
    return [s.strip() for s in sentences if any(p.search(s) for p in pats)]


def request_dates(letter: str, ctx: LetterContext) -> list[str]:
    """Request lines giving a period whose dates the request does not give."""
    allowed = find_dates(str(ctx.requested.get("date_range") or ""))
    out = []
    for sentence in re.split(r"(?<=[.!?])\s+|\n", _URL.sub(" ", letter)):
        if not _REQUEST_LINE.search(sentence) or _CITATION_LINE.search(sentence):
            continue
        for d in find_dates(sentence):
            before = sentence[max(0, d.start - 24):d.start]
            if _CURRENT_AUTH.search(sentence[max(0, d.start - 40):d.start]):
                continue  # "(current authorization through 06/20)", "auth (12 visits from 04/22) - 11 used": what was approved
            if re.search(_PERIOD_WORD + r"\W{0,3}(?:the\s+)?$", before, re.I) and not date_supported(d, allowed):
                out.append(sentence.strip())
                break
    return out


def unsupported_dates(letter: str, ctx: LetterContext) -> list[str]:
    """Dates in the letter that are in neither the notes, the request nor the other sources."""
    known = [d for t in (*ctx.notes, *ctx.sources, *(str(v) for v in ctx.requested.values())) for d in find_dates(t)]
    return [d.text for d in find_dates(_URL.sub(" ", letter)) if not date_supported(d, known)]


def _paragraph_after(lines: list[str], i: int) -> str:
    """The non-blank lines right after line i, up to the first blank line or heading, joined."""
    out = []
    for ln in lines[i + 1:]:
        if (not ln and out) or HEADING.match(ln) or SIGNATURE in ln:
            break
        if ln:
            out.append(ln)
    return " ".join(out)


def not_applicable(letter: str, ctx: LetterContext) -> list[str]:
    """Headings whose paragraph, or "Heading: ..." lines whose text, only say the element does not apply."""
    na = re.compile(table()["classes"]["not_applicable"]["patterns"][0], re.I)
    lines, out = _lines(letter), []
    for i, ln in enumerate(lines):
        m = re.match(r"^[-*\u2022]?\s*([A-Z][^:]{2,60}):\s*(.+)$", ln)
        if (HEADING.match(ln) and na.match(_paragraph_after(lines, i))) or (m and na.match(m.group(2).strip())):
            out.append(ln)
    return out


# Our own revision requests, copied back into a letter ("prior treatment is not documented: write [MISSING: ...",
# "The letter leaves out medication status; the notes say: ...").
_REVISION_ECHO = re.compile(r"\bis not documented: write \[MISSING|\bthe letter leaves out [a-z ]{3,40}; the notes say\b|"
                            r"\b(?:fix|remove|rewrite) (?:this|these|the following) (?:problems?|lines?)\b", re.I)
def blocking(described: Sequence[str]) -> list[str]:
    """The defects (as describe() writes them) of the classes that keep a model's letter from being shown (those
    with a `blocks` phrase in the table: they reject the letter whatever else it gets right)."""
    classes = table()["classes"]
    return [d for d in described if "blocks" in classes.get(d.split(":", 1)[0], {})]


def blocked_because(described: Sequence[str]) -> str:
    """'pasted long runs of the notes; copied our instructions': what the blocking defects say, each once."""
    classes = table()["classes"]
    return "; ".join(sorted({classes[d.split(":", 1)[0]]["blocks"] for d in blocking(described)}))


@lru_cache(maxsize=1)
def _prompt_shingles() -> frozenset[tuple[str, ...]]:
    """Word runs of our own prompt prose (template syntax removed), to recognise instructions copied out."""
    runs = set()
    for path in PROMPTS_DIR.glob("*.jinja"):
        if path.name.startswith(("letter", "appeal", "peer_to_peer")):
            continue  # letter templates are letters: their wording may rightly appear in one
        text = re.sub(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", " | ", path.read_text(encoding="utf-8"), flags=re.S)
        for chunk in re.split(r"[|\n]", text):
            words = _words(chunk)
            runs.update(tuple(words[i:i + ECHO_RUN]) for i in range(len(words) - ECHO_RUN + 1))
    return frozenset(runs)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+(?:['.-][a-z0-9]+)*", text.lower())


def prompt_echo(letter: str, ctx: LetterContext) -> list[str]:
    """Lines that copy our prompt: instruction text, checklist status lines, element ids, tags."""
    runs, out = _prompt_shingles(), []
    for ln in _lines(letter):
        words = _words(ln)
        if (_TAG.search(ln) or _STATUS_LINE.match(ln) or _ELEMENT_ID.search(ln) or _REVISION_ECHO.search(ln)
                or any(tuple(words[i:i + ECHO_RUN]) in runs for i in range(len(words) - ECHO_RUN + 1))):
            out.append(ln)
    return out


@lru_cache(maxsize=8)
def _note_grams(notes: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    """Every run of _SHINGLE words in the notes (built once per set of notes: the letter's sections ask again and again)."""
    grams = set()
    for note in notes:
        w = _words(note)
        grams.update(tuple(w[i:i + _SHINGLE]) for i in range(len(w) - _SHINGLE + 1))
    return frozenset(grams)


def copied_runs(letter: str, notes: tuple[str, ...]) -> list[tuple[int, str]]:
    """Runs of words copied in order from the notes -> [(length in words, the run's first words)]."""
    grams = _note_grams(tuple(notes))
    words = _words(MISSING_FREE.sub(" ", letter))
    out, i = [], 0
    while i <= len(words) - _SHINGLE:
        j = i
        while j <= len(words) - _SHINGLE and tuple(words[j:j + _SHINGLE]) in grams:
            j += 1
        if j > i:
            out.append(((j - i) + _SHINGLE - 1, " ".join(words[i:i + 12]) + " ..."))
        i = max(j, i + 1)
    return out


def pasted_runs(letter: str, notes: tuple[str, ...], min_words: int = PASTE_RUN) -> list[str]:
    """Runs of at least min_words words copied in order from the notes (placeholders and case aside)."""
    return [start for n, start in copied_runs(letter, notes) if n >= min_words]


MISSING_FREE = re.compile(r"\[MISSING:[^\]]*\]")


def notes_pasted(letter: str, ctx: LetterContext) -> list[str]:
    """Long verbatim runs of the notes in the letter."""
    return pasted_runs(letter, ctx.notes)


CRITERIA_RUN = 60  # words in a row copied from a retrieved policy: the letter pastes the policy instead of citing it


def criteria_pasted(letter: str, ctx: LetterContext) -> list[str]:
    """Long verbatim runs of the payer criteria retrieved for the letter (a letter cites a policy; it does not paste it)."""
    return pasted_runs(letter, ctx.criteria, CRITERIA_RUN) if ctx.criteria else []


def signed_by_client(letter: str, ctx: LetterContext) -> list[str]:
    """The client's name in the closing (from the first sign-off to the signature)."""
    lines = _lines(letter)
    offs = [i for i, ln in enumerate(lines) if _rx("sign_off").match(ln) or SIGNATURE in ln]
    if not offs or not ctx.client_names:
        return []
    closing = [ln for ln in lines[offs[0]:offs[0] + 8] if ln]
    names = [n for n in ctx.client_names if n and len(n.strip(". ")) > 1]  # a lone initial is in every line
    return [ln for ln in closing if any(re.search(r"(?<!\w)%s(?!\w)" % re.escape(n), ln, re.I) for n in names)]


def invented_brackets(letter: str, ctx: LetterContext) -> list[str]:
    """Bracketed fields that are not our [MISSING: ...] markers, numbered citations or brackets quoted from the notes."""
    words = lambda text: " ".join(re.findall(r"\w+", text.lower()))  # noqa: E731 (the words in order, not their punctuation)
    notes = words(" ".join(ctx.notes))
    return [m.group() for m in _BRACKET.finditer(letter) if words(m.group()) not in notes]


CHECKS: dict[str, Callable[[str, LetterContext], list[str]]] = {
    "markdown": lambda letter, ctx: markup_lines(letter), "second_sign_off": second_sign_off,
    "after_signature": after_signature, "about_the_tool": about_the_tool, "request_date": request_dates,
    "unsupported_date": unsupported_dates, "not_applicable": not_applicable, "prompt_echo": prompt_echo,
    "notes_pasted": notes_pasted, "criteria_pasted": criteria_pasted, "signed_by_client": signed_by_client,
    "invented_brackets": invented_brackets,
}
CLASSES = tuple(CHECKS)


def letter_defects(letter: str, ctx: LetterContext) -> dict[str, list[str]]:
    """A letter and its context -> {defect class: offending lines}, only the classes found."""
    found = {name: check(letter, ctx) for name, check in CHECKS.items()}
    return {k: v for k, v in found.items() if v}


def describe(defects: dict[str, list[str]]) -> list[str]:
    """{class: lines} -> one line per defect, "class: detail", for notices, evals and the workspace."""
    return [f"{k}: {d[:160]}" for k, lines in defects.items() for d in lines]


def revision_instructions(defects: dict[str, list[str]], ctx: LetterContext, per_class: int = 2) -> list[str]:
    """{class: lines} -> what a revision must fix, in the words of the table (a few examples per class)."""
    out = []
    dates = str(ctx.requested.get("date_range") or "") or "none given (write [MISSING: requested dates])"
    for name, lines in defects.items():
        template = table()["classes"][name]["revise"]
        for detail in lines[:per_class]:
            out.append(template.replace("{detail}", detail[:200]).replace("{request_dates}", dates))
    return out
