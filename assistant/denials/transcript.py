"""A decision told in a video or a recorded call, kept as its transcript: a running clock at the start of each line
("0:48  Six visits were billed ..."), captions of what the screen shows ("[On screen: External review request must be
received by March 30, 2027]") and codes read out digit by digit ("code 9-0-8-3-7"). The clock is the player's, not the
letter's: left in, it reads as a column and cuts each spoken sentence off from the words it wraps onto. So each reading of
the clock becomes a paragraph break (a new line of speech or a new caption starts there), the caption's label and
brackets are turned to spaces, and a spoken code is written as a code."""

from __future__ import annotations

import re

# "0:48", "12:05", "1:02:33" opening a line, then the words said; not a clock time ("9:00 AM", "8:30 - 5:00")
_STAMP = re.compile(r"(?m)^([ \t]*)((?:\d{1,2}:)?\d{1,2}:\d{2})(?=[ \t]+(?![ \t]*(?:[ap]\.?m\b|-|\u2013|to\b))\S)", re.I)
# the label of a caption or a description of the picture, with its opening bracket: "[On screen:", "[Visual:"
_CAPTION = re.compile(r"\[(?:on[ -]?screen(?: text)?|visual|caption|graphic|slide|title card|banner|text overlay)\s*:", re.I)
# a five-character code said one character at a time: "9-0-8-3-7", "H-0-0-3-1"
_SPOKEN_CODE = re.compile(r"(?<![\w-])([0-9A-Z])-(\d)-(\d)-(\d)-(\d)(?![\w-])")


def _seconds(stamp: str) -> int:
    total = 0
    for part in stamp.split(":"):
        total = total * 60 + int(part)
    return total


def _is_transcript(stamps: list[str]) -> bool:
    """Three or more line-opening clock readings that never run backwards: a player's transcript."""
    times = [_seconds(s) for s in stamps]
    return len(times) >= 3 and all(a <= b for a, b in zip(times, times[1:]))


def _blank_captions(text: str) -> str:
    """Each caption's label and brackets as spaces and the caption on one line; its words stay (what the screen says is
    said, and a caption wrapped in the transcript is still one piece of text on the screen)."""
    chars = list(text)
    for m in _CAPTION.finditer(text):
        chars[m.start():m.end()] = " " * (m.end() - m.start())
        close = text.find("]", m.end())
        if close != -1 and "[" not in text[m.end():close]:
            chars[close] = " "
            chars[m.end():close] = [" " if c == "\n" else c for c in chars[m.end():close]]
    return "".join(chars)


def untimed(text: str) -> str:
    """A video or call transcript -> its spoken words and captions as running text; any other text unchanged."""
    if not _is_transcript([m.group(2) for m in _STAMP.finditer(text)]):
        return text
    text = _STAMP.sub(lambda m: "\n" + m.group(1) + " " * len(m.group(2)), text)
    text = _blank_captions(text)
    return _SPOKEN_CODE.sub(lambda m: "".join(m.groups()), text)
