"""The asker's own closing block: a pasted article, post, printout or thread, then a rule line ("-----", "---- me ----",
"====") and the asker's note below it. When that note asks something, the questions above the rule belong to the
pasted material (an author's rhetorical "So what should you do instead?", a paywall's "Already a subscriber?", a
commenter's "wait, even the analyses?") and ask nothing of us.

A mail client's divider ("-----Original Message-----", "---------- Forwarded message ---------") is no such rule:
below it sits the older, quoted message, not the asker's note; nor is a rule that heads a section ("===== DO =====").
Only a bare rule or one labelled as the asker's opens the note (question_vocab.yaml, closing_labels).
"""

from __future__ import annotations

import re

from assistant.criteria.vocab import vocabulary

# a line drawn with rule characters, with at most a short label inside ("---- me ----", "== my note ==")
_RULE = re.compile(r"^[ \t]*([-=_*~\u2500\u2501\u2014]{3,})[ \t]*(?:([^\n]{1,30}?)[ \t]*[-=_*~\u2500\u2501\u2014]{3,})?[ \t]*$",
                   re.M)


def _rules(text: str) -> list[re.Match]:
    """The rule lines that may open a closing block, last first: a bare rule, or one labelled as the asker's ("me",
    "my note"); not a section's heading ("===== DO ====="), a mail client's divider, nor a merge conflict's middle
    line ("=======" between "<<<<<<<" and ">>>>>>>")."""
    vocab = vocabulary()
    conflict = "<<<<<<<" in text
    return [m for m in reversed(list(_RULE.finditer(text)))
            if (not m.group(2) or vocab["closing_labels"].fullmatch(m.group(2).strip()))
            and not (conflict and m.group(0).strip() == "=======")]


def closing_start(text: str, asked_at: list[int]) -> int:
    """The offset where the asker's closing block begins: after the text's last rule line, when a question (an offset
    in `asked_at`) sits below it; 0 when the text has no such block."""
    last = next(iter(_rules(text)), None)  # only the last rule opens the note: rules between a standup's entries do not
    return last.end() if last and any(a >= last.end() for a in asked_at) else 0


def own_lines_above(text: str, start: int) -> str:
    """The lines of the asker's closing block above `start` (the statements a bare "Is that right?" points at), or ""
    when the question does not sit in a closing block or the block says nothing before it."""
    begin = closing_start(text, [start])
    return text[begin:text.rfind("\n", 0, start) + 1].strip() if begin else ""
