"""A note downloaded from a word processor with its reviewers' margin comments: the comments are a supervisor's or
colleague's words, not the note.

Google Docs writes each comment at the end of a plain-text download as "[a]Reviewer: comment", with the anchor "[a]"
left in the text where the comment was attached ("Diagnosis: F41.0 Panic disorder[a]"); Word's "[JS1]" markers work the
same way. A comment that asks "what did you do in session? I don't see interventions" names an intervention the note
lacks, so the comment lines and their anchors are dropped before any rule reads the note. Footnotes ("[1]") are the
author's own and stay. A note without comment markers comes back unchanged.
"""

from __future__ import annotations

import re

# A comment's marker: letters ("[a]", "[ab]") as Google Docs numbers them, or initials and a number ("[JS1]") as Word.
_MARK = r"\[(?:[a-z]{1,2}|[A-Z]{1,3}\d{1,3})\]"
_COMMENT_LINE = re.compile(r"^\s*(%s)\s*\S" % _MARK)


def without_margin_comments(text: str) -> str:
    """A note -> the same without the reviewers' comments at its end and their anchors in its text."""
    lines = text.split("\n")
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    start = end
    while start and (_COMMENT_LINE.match(lines[start - 1]) or not lines[start - 1].strip() and start < end):
        start -= 1
    while start < end and not lines[start].strip():
        start += 1
    marks = {_COMMENT_LINE.match(ln).group(1) for ln in lines[start:end] if _COMMENT_LINE.match(ln)}
    body = "\n".join(lines[:start])
    # only comments whose anchor sits in the note's text: a list of "[a] ..." lines the author wrote stays
    anchored = {m for m in marks if re.search(r"(?<=\S)%s" % re.escape(m), body)}
    if not marks or anchored != marks:
        return text
    body = re.sub("|".join(r"(?<=\S)%s" % re.escape(m) for m in anchored), "", body)
    return body.rstrip("\n")
