"""Mechanical repairs of a model's letter for the defects that need no judgement (see model_letter_checks.py).

Markup becomes plain text with our capitalised headings, the model's own sign-off and anything after the
signature go (our signature block signs), echoed prompt lines and tags go, sections that only say "not
applicable" go, statements about the tool go, and a bracketed field the model invented becomes a visible
[MISSING: ...] question. What needs judgement (a wrong date, pasted notes) is left to a revision.
"""

from __future__ import annotations

import re

from assistant.letters import model_letter_checks as C
from assistant.letters.letter_checks import HEADING
from assistant.letters.letterhead import SIGNATURE

_FENCE = re.compile(r"^\s*```")
_MD_HEADING = re.compile(r"^\s*#{1,6}\s+(.*?)\s*#*\s*$")
_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
_ITALIC = re.compile(r"(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])")
_BULLET = re.compile(r"^(\s*)[*+]\s+")
_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_PIPE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_INLINE_TAG = re.compile(r"</?(?:notes|passages|denial|letter|checklist)>", re.I)
_SALUTATION = re.compile(r"^(dear)\s+\[[^\]]*\]\s*[,:]?\s*$", re.I)


def _cells(row: str) -> list[str]:
    return [c.strip() for c in _PIPE_ROW.match(row).group(1).split("|")]


def _tables_to_lines(lines: list[str]) -> list[str]:
    """Pipe tables -> one plain line per row: "Header: cell; Header: cell"."""
    out, header = [], None
    for i, ln in enumerate(lines):
        if _PIPE_ROW.match(ln):
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if header is None and _SEPARATOR.match(nxt):
                header = _cells(ln)
                continue
            cells = _cells(ln)
            if header and len(header) == len(cells):
                out.append("; ".join(f"{h}: {c}" if h else c for h, c in zip(header, cells) if c))
            else:
                out.append("; ".join(c for c in cells if c))
            continue
        if _SEPARATOR.match(ln) and "-" in ln:
            continue
        header = None
        out.append(ln)
    return out


def plain_text(letter: str) -> str:
    """Markdown -> plain text: headings in capitals, no emphasis markers, no fences, tables as lines."""
    lines = [ln for ln in letter.splitlines() if not _FENCE.match(ln)]
    out = []
    for ln in _tables_to_lines(lines):
        m = _MD_HEADING.match(ln)
        if m:
            ln = _BOLD.sub(lambda b: b.group(1) or b.group(2), m.group(1)).rstrip(":").upper()
        else:
            bold_only = re.fullmatch(r"\s*(?:\*\*|__)([^*_\n]{2,80}?)(?:\*\*|__)\s*:?\s*", ln)
            ln = bold_only.group(1).strip().rstrip(":").upper() if bold_only else ln
        ln = _ITALIC.sub(r"\1", _BOLD.sub(lambda b: b.group(1) or b.group(2), ln))
        out.append(_BULLET.sub(r"\1- ", ln))
    return "\n".join(out)


def _drop_closing(lines: list[str]) -> list[str]:
    """The model's sign-off (and the name lines under it) above our marker; anything after our marker."""
    sign_off, allowed = C._rx("sign_off"), C._rx("after_signature_allowed")
    marker = next((i for i, ln in enumerate(lines) if SIGNATURE in ln), None)
    if marker is None:  # no marker: the model closed the letter itself; our block is appended later
        offs = [i for i, ln in enumerate(lines) if sign_off.match(ln.strip())]
        cut = offs[0] if offs else len(lines)
        return lines[:cut] + [ln for ln in lines[cut:] if allowed.match(ln.strip())]
    body, tail = lines[:marker], lines[marker + 1:]
    keep, skip = [], 0
    for ln in body:
        text = ln.strip()
        if sign_off.match(text):
            skip = 4  # a name, credentials, practice or date under the model's own sign-off
            continue
        if skip and text and len(text.split()) <= 8 and not text.endswith((".", "?", "!")):
            skip -= 1
            continue
        skip = 0 if text else skip
        keep.append(ln)
    return keep + [SIGNATURE] + [ln for ln in tail if allowed.match(ln.strip())]


def _drop_not_applicable(lines: list[str]) -> list[str]:
    """Drop "Heading: not applicable" lines, and headings whose paragraph only says that (with the paragraph)."""
    na = re.compile(C.table()["classes"]["not_applicable"]["patterns"][0], re.I)
    out, i = [], 0
    while i < len(lines):
        text = lines[i].strip()
        m = re.match(r"^[-*\u2022]?\s*([A-Z][^:]{2,60}):\s*(.+)$", text)
        if m and na.match(m.group(2).strip()):
            i += 1
            continue
        if HEADING.match(text) and na.match(C._paragraph_after([ln.strip() for ln in lines], i)):
            i += 1
            while i < len(lines) and not lines[i].strip():
                i += 1
            while i < len(lines) and lines[i].strip():
                i += 1
            continue
        out.append(lines[i])
        i += 1
    return out


def _element_words(m: re.Match) -> str:
    return m.group().replace("icd10_code", "ICD-10 code").replace("_", " ")


def _drop_echo_and_tool_talk(lines: list[str], ctx: C.LetterContext) -> list[str]:
    """Element ids become words, tags go; a line still echoing the prompt goes; sentences about the tool go."""
    out = []
    for ln in lines:
        ln = _INLINE_TAG.sub("", C._ELEMENT_ID.sub(_element_words, ln))
        if ln.strip() and C.prompt_echo(ln, ctx):
            continue
        text = ln.strip()
        for sentence in C.about_the_tool(ln, ctx):
            ln = ln.replace(sentence, "").rstrip()
        if text and not ln.strip():
            continue
        out.append(ln)
    return out


def _brackets(lines: list[str]) -> list[str]:
    out = []
    for ln in lines:
        if _SALUTATION.match(ln.strip()):
            out.append("Dear Clinical Reviewer:")
            continue
        out.append(C._BRACKET.sub(lambda m: f"[MISSING: {m.group()[1:-1].strip()}]", ln))
    return out


def repair(letter: str, ctx: C.LetterContext) -> str:
    """A model's (redacted) letter -> the same letter with the mechanical defects repaired."""
    lines = plain_text(letter).splitlines()
    lines = _drop_closing(lines)
    lines = _drop_echo_and_tool_talk(lines, ctx)
    lines = _drop_not_applicable(lines)
    lines = _brackets(lines)
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
