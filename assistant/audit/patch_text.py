"""A note kept under version control and pasted as a commit ("git show", "git log -p", a unified diff): read as the
note it adds.

A clinician who keeps notes as Markdown files in a repository pastes the commit: its header and message, then the
diff, every line of the note behind a "+" ("+cpt: 90837   pos: 11", "+Signed: ..."). The rules look for labels where a
line starts, so the added lines are read without their "+", the context lines without their space, the removed lines
(text the note no longer holds) and the diff's own machinery ("diff --git", "index", "---", "+++", "@@ ... @@") are
left out. The commit's header and message stay as written. Text without a hunk header comes back unchanged.
"""

from __future__ import annotations

import re

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@")
_MACHINERY = re.compile(r"^(?:diff --git |index [0-9a-f]+\.\.[0-9a-f]+|(?:new|deleted) file mode |old mode |new mode |"
                        r"similarity index |rename (?:from|to) |--- (?:a/|/dev/null)|\+\+\+ (?:b/|/dev/null)|\\ No newline)")


def patch_as_note(text: str) -> str:
    """A pasted commit or unified diff -> its header and message plus the note's lines as added; other text unchanged."""
    lines = text.split("\n")
    if not any(_HUNK.match(ln) for ln in lines):
        return text
    out, in_hunk = [], False
    for ln in lines:
        if _HUNK.match(ln):
            in_hunk = True
            continue
        if _MACHINERY.match(ln):
            in_hunk = False
            continue
        if in_hunk and ln[:1] in ("+", " ", ""):
            out.append(ln[1:])
        elif in_hunk and ln[:1] == "-":
            continue
        else:
            in_hunk = False
            out.append(ln)
    return "\n".join(out)
