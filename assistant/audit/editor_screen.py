"""A note copied from a terminal text editor's screen, with the editor's own lines around it.

A clinician who keeps notes as text files may copy the whole editor window: GNU nano's or pico's title bar ("GNU nano
7.2     2026-11-18_lee_s4.txt"), its status line ("[ Wrote 16 lines ]") and the two rows of shortcuts at the foot
("^G Help   ^O Write Out   ^W Where Is ..."); vim's "~" lines past the end of the file and its status line
('"note.txt" 16L, 512B written', "-- INSERT --"); emacs's mode line ("-UUU:----F1  note.txt   All L16  (Text)").
Those lines say nothing of the session and stand where a note ends (its signature) or starts (its date), so they are
dropped; a title bar or mode line keeps the file's name, which may carry the date. Other notes come back unchanged.
"""

from __future__ import annotations

import re

# nano / pico title bar: the editor and its version, then the file's name ("File: " in pico), "Modified" at the right.
_TITLE = re.compile(r"^\s*(?:GNU nano|UW PICO(?:\(tm\))?|pico)\s+\d+(?:\.\d+)*[a-z]?\s*(?:File:\s*)?(.*?)\s*(?:\bModified\b)?\s*$")
# emacs mode line: "-UUU:----F1  note.txt      All L16     (Text) ----"
_MODE_LINE = re.compile(r"^\s*-[-A-Za-z0-9:%*@]{3,}\s+(\S+)\s+(?:All|Top|Bot|\d{1,3}%)\s+(?:L\d+|\(\d+,\d+\)).*$")
# nano's status line, vim's status and mode lines, a command typed to save and quit
_STATUS = re.compile(r"^\s*\[\s*(?:(?:Wrote|Read) \d+ lines?(?: \([^()]{1,40}\))?|New File|Reading\.*|Writing\.*|Cancelled|Search Wrapped|"
                     r"line \d+/\d+ \(\d+%\), col \d+/\d+ \(\d+%\), char \d+/\d+ \(\d+%\))\s*\]\s*$|"
                     r"^\s*\"[^\"\n]+\"\s+(?:\[New\]\s+)?\d+L,\s*\d+[BC](?:\s+written)?\s*$|"
                     r"^\s*-- (?:INSERT|VISUAL|REPLACE)(?: LINE| BLOCK)? --\s*$|^\s*:(?:wq?|x)!?\s*$")
# a row of shortcuts: "^G Help   ^O Write Out  ^W Where Is", "M-U Undo   M-E Redo" (three or more, nothing else)
_SHORTCUTS = re.compile(r"(?:\s*(?:\^|M-)\S\s+[A-Za-z][A-Za-z./-]*(?:\s(?!M-)[A-Za-z][A-Za-z./-]*){0,2}){3,}\s*")
_TILDE = re.compile(r"^\s*~\s*$")


def _chrome(line: str) -> bool:
    return bool(_TITLE.match(line) or _MODE_LINE.match(line) or _STATUS.match(line) or _SHORTCUTS.fullmatch(line))


def without_editor_chrome(text: str) -> str:
    """A text editor's screen copied whole -> the note without the editor's lines (its file name kept); other text
    unchanged."""
    lines = text.split("\n")
    if not any(map(_chrome, lines)):
        return text
    out = []
    for ln in lines:
        named = _TITLE.match(ln) or _MODE_LINE.match(ln)
        if named and named.group(1) and named.group(1) != "New Buffer":
            out.append(named.group(1))
        elif not _chrome(ln):
            out.append(ln)
    while out and (_TILDE.match(out[-1]) or not out[-1].strip()):
        out.pop()  # vim's "~" lines past the end of the file
    return "\n".join(out)
