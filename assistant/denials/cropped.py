"""A notice photographed or scanned with its right edge cut off: every long line stops at the same column, most of them
mid-word ("... did not include a physician certifi"). In the text the patterns read, a word a line's cut leaves
unfinished is read whole when its start fits a word the reason and deadline cues rely on (tables/cut_words.yaml);
quotes stay as cut. Text whose lines do not stop at one column is left alone."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

_WORDS = Path(__file__).with_name("tables") / "cut_words.yaml"
_LAST_WORD = re.compile(r"([A-Za-z]{4,})$")


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[str, ...]:
    return tuple(yaml.safe_load(_WORDS.read_text(encoding="utf-8"))["words"])


def _unfinished(word: str) -> bool:
    """A cut-off start of a word, not a word of its own ("certifi", not "Bays")."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en") < 2.0


def _edge_lines(lines: list[str]) -> list[int]:
    """Indexes of the lines that stop at the cut, when the text was cut (else none): six or more lines, a quarter of
    the text's lines at least, end within one column of the longest, two of them on a cut-off word."""
    lengths = [len(line.rstrip()) for line in lines]
    width = max(lengths, default=0)
    edge = [i for i, n in enumerate(lengths) if width >= 40 and n >= width - 1]
    cut = [i for i in edge if (m := re.search(r"[A-Za-z]+$", lines[i].rstrip())) and _unfinished(m.group(0))]
    filled = sum(bool(line.strip()) for line in lines)
    return edge if len(edge) >= 6 and 4 * len(edge) >= filled and len(cut) >= 2 else []


def completions(text: str) -> dict[int, str]:
    """Offset just after each word the cut left unfinished -> the letters that finish it (empty when nothing was cut)."""
    lines, out, vocabulary = text.split("\n"), {}, _vocabulary()
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    for i in _edge_lines(lines):
        line = lines[i].rstrip()
        m = _LAST_WORD.search(line)
        if not m or not _unfinished(m.group(1)):
            continue
        word = m.group(1)
        whole = next((w for w in vocabulary if w.startswith(word.lower()) and w != word.lower()), None)
        if whole:
            rest = whole[len(word):]
            out[starts[i] + len(line)] = rest.upper() if word.isupper() else rest
    return out


def completed(text: str, start: int, end: int, cuts: dict[int, str]) -> str:
    """text[start:end] with the cut words inside it finished."""
    if not cuts:
        return text[start:end]
    pieces, at = [], start
    for offset in sorted(o for o in cuts if start < o <= end):
        pieces += [text[at:offset], cuts[offset]]
        at = offset
    return "".join(pieces) + text[at:end]
