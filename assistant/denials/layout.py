"""How a pasted letter is laid out, undone before it is read: a forwarding e-mail (the forwarder's own lines above
the original, "I want the appeal out the door within 30 days", are a colleague's, not the payer's, so only the
forwarded message is read); a box drawn in text (+----+ and | ... | borders), whose lines are one paragraph inside;
and a two-column page turned to text with its columns interleaved line by line."""
from __future__ import annotations

import re

# "-------- Original Message --------", "---------- Forwarded message ---------", "Begin forwarded message:",
# "-----Original Message-----", "> From: ..." quoting is left as it is.
_MARKER = re.compile(r"(?im)^[ \t>]*(?:-{2,}[ \t]*(?:original message|forwarded message)[ \t]*-{2,}|begin forwarded message:|"
                     r"_{5,}[ \t]*\n[ \t]*from:)[^\n]*\n")


def forwarded_part(text: str) -> tuple[str, tuple[str, ...]]:
    """(the text to read, notices): the forwarded original when the text is a forward with enough of a letter after
    the marker, else the text unchanged."""
    marker = _MARKER.search(text)
    if marker is None or marker.start() < 40:
        return text, ()
    rest = text[marker.end():]
    if len(rest.split()) < 40:
        return text, ()  # a short forward is not the letter itself
    return rest, ("The text is a forwarded e-mail; the lines above the forwarded message were not read as the payer's.",)


_BOX_EDGE = re.compile(r"(?m)^[ \t]*\+[-=]{5,}\+[ \t]*$")
_BOX_LINE = re.compile(r"(?m)^([ \t]*)\|(.*)\|([ \t]*)$")


def unboxed(text: str) -> str:
    """A text box's borders turned to spaces (same length, so every offset still points at the same words)."""
    if not _BOX_EDGE.search(text):
        return text
    text = _BOX_EDGE.sub(lambda m: " " * len(m.group(0)), text)
    return _BOX_LINE.sub(lambda m: m.group(1) + " " + m.group(2) + " " + m.group(3), text)


def _gutter(lines: list[str]) -> int | None:
    """The column where a second column starts on most long lines (a gap of five or more spaces before it)."""
    starts: dict[int, int] = {}
    long = [ln for ln in lines if len(ln.rstrip()) > 50 and "|" not in ln]  # a table's rows are not columns of a page
    for ln in long:
        for m in re.finditer(r"\S( {5,})(?=\S)", ln):
            starts[m.end()] = starts.get(m.end(), 0) + 1
    if len(long) < 8 or not starts:
        return None
    col, n = max(starts.items(), key=lambda kv: kv[1])
    near = sum(v for k, v in starts.items() if abs(k - col) <= 2)
    return col if near >= 0.4 * len(long) and col >= 30 else None


def columns(text: str) -> str:
    """A two-column page turned to text with its layout kept (a letter on the left, a rights sidebar on the right,
    interleaved line by line) -> the left column, then the right one. Anything else is returned unchanged."""
    lines = text.split("\n")
    col = _gutter(lines)
    if col is None:
        return text
    left, right = [], []
    for ln in lines:
        cut = col if len(ln) > col and ln[col - 2:col].strip() == "" and ln[col - 1:col] == " " and "|" not in ln else None
        if cut is None:
            left.append(ln.rstrip())
            continue
        left.append(ln[:cut].rstrip())
        right.append(ln[cut:].strip())
    return "\n".join(left) + "\n\n" + "\n".join(right)
