"""What one line of a document is, for finding the questions it asks: a row of a pasted grid, a screen's own prompt
with its buttons, a chat turn and the reply that answers it, a question hard-wrapped onto the next line."""

from __future__ import annotations

import re

OPENS_QUESTION = re.compile(r"^\W*(?:what|how|which|when|who|why|where|is|are|does|do|did|can|could|will|would|should|"
                             r"was|were|has|have)\b", re.I)


# a question hard-wrapped at a fixed width whose second line opens with a name ("... with PacificSource Community\n
# Solutions as the CCO, is F43.23 covered?"): the line above ends mid-sentence, long, with no field label of its own
_WRAPPED_HEAD = re.compile(r"(?:^|(?<=\n)|(?<=[.!?])\s)([^.!?\n]{20,})[ \t]*\n[ \t]*$")
_FIELD = re.compile(r"^[ \t]*[\w][\w ./-]{0,25}:[ \t]*\S{0,30}[ \t]*$")


def with_wrapped_head(text: str, start: int, end: int, sentence: str) -> tuple[int, int, str]:
    """(start, end, question) with the head of a question sentence that the line above holds, when the question's
    line carries on a sentence that line left open; the question as found otherwise."""
    line_start = text.rfind("\n", 0, start) + 1
    if (options := _options_head(text, line_start, start, sentence)) is not None:
        return options, end, text[options:line_start].strip() + " " + sentence
    if text[line_start:start].strip() or OPENS_QUESTION.match(sentence) or line_start == 0 or \
            not re.match(r"[A-Z][a-z]", sentence) or _TURN_HEAD.match(sentence):  # a chat's next turn, a field's label
        return start, end, sentence
    above = text[text.rfind("\n", 0, line_start - 1) + 1:line_start]
    if len(above.strip()) < 50 or re.search(r"[.?!:;,)\]\"]\W*$", above.strip()) or _FIELD.match(above) or \
            COLUMN_GAP.search(above.strip()):
        return start, end, sentence
    head = _WRAPPED_HEAD.search(text, 0, line_start)
    if not head or head.end() != line_start:
        return start, end, sentence
    return head.start(1), end, re.sub(r"^[\W_]+", "", head.group(1).strip()) + " " + sentence


# "1. What is the deadline, and from which date does it count:\n   the letter date, the postmark, or ...?": a question
# whose line ends in a colon, its choices on the next line
_LABEL = re.compile(r"^[ \t]*(?:\(?(?:\d{1,2}|[a-h])[.)]|[-*\u2022])?[ \t]*")


def _options_head(text: str, line_start: int, start: int, sentence: str) -> int | None:
    """Where the question whose choices the question mark's line lists begins: the line above when it opens a question
    and ends in a colon, and the choices start in lower case on their own line; None otherwise."""
    if line_start == 0 or text[line_start:start].strip() or not re.match(r"[a-z]", sentence):
        return None
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    above = text[above_start:line_start].rstrip()
    if not above.endswith(":") or not OPENS_QUESTION.match(above[_LABEL.match(above).end():]):
        return None
    return above_start + _LABEL.match(above).end()


# a row of a pasted screen or table: columns set apart by runs of spaces or a tab
COLUMN_GAP = re.compile(r"\S(?: {2,}|\t)(?=\S)")


# a screen's own prompt, followed on its line by its buttons or links: "Do you find this helpful?  [Yes]  [No]",
# "Not expecting this mail? Report a problem | Manage preferences": the page asks it of its reader, not the asker of us
CONTROLS = re.compile(r"[ \t]*(?:(?:\[[A-Za-z][^\]\n]{0,24}\][ \t]*){2,}$|[^|\n?]{2,40}\|[^|\n?]{2,40}$)", re.M)


def in_grid_row(text: str, end: int) -> bool:
    """Whether a question mark sits in a cell of a pasted grid ("... VOL  Okafor   SNF?", a census or a claims screen),
    a row of five cells or more: a field's value with a query mark asks nothing of us."""
    line = text[text.rfind("\n", 0, end) + 1:(text.find("\n", end) + 1 or len(text) + 1) - 1]
    return len(COLUMN_GAP.findall(line)) >= 4


# Han, kana and Hangul: a language written without spaces, counted by its characters
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


# "Who's right?", "Which is it?", "Which one is correct?": a short question that asks us to settle the claims just above it
SETTLE = re.compile(r"^\W*(?:so\s+)?(?:who(?:'s|\u2019s| is)|which (?:one )?(?:is|of (?:us|them|these|those) is)|which is it)\b"
                    r"(?:\s+(?:right|correct|it))?\W*$", re.I)


def worded(sentence: str) -> bool:
    """Whether a question sentence has words enough to ask something: three words, or four Chinese, Japanese or
    Korean characters ("?? ok?" asks nothing; "所以到底可以加還是不能加?" does), or a short "who's right?" after claims."""
    return len(re.findall(r"[A-Za-z]{2,}", sentence)) >= 3 or len(CJK.findall(sentence)) >= 4 or bool(SETTLE.match(sentence))


# a chat message's head before its words: "Harjeet Kaur, Tue 5:11 PM", "[10:02] Sam:", "Sam (2:14 PM):", "Sam:"
_TURN_HEAD = re.compile(r"^[^\n]{0,60}?\b\d{1,2}:\d{2}(?:\s*[AP]\.?M\.?)?\)?\]?\s*:?\s*|^[A-Z][\w.' -]{0,30}:\s+", re.I)
_WH_QUESTION = re.compile(r"^\W*(?:what|how|which|when|who|whom|why|where)\b", re.I)


def answered_in_thread(text: str, end: int, sentence: str) -> bool:
    """Whether a yes-or-no question that ends its message is answered by the next one ("Medicare primary?" /
    "haan ji, Part B + Medi-Cal secondary"): a reply word (question_vocab.yaml, reply_words) and then a pause."""
    from assistant.criteria.question import vocabulary

    if _WH_QUESTION.match(sentence) or text[end:].split("\n", 1)[0].strip() or "\n" not in text[end:]:
        return False
    following = [line.strip() for line in text[end:].split("\n")[1:] if line.strip()][:2]
    head = _TURN_HEAD.match(following[0]) if following else None
    reply = following[0][head.end():] if head else following[0] if following else ""
    if head and not reply.strip() and len(following) > 1:
        reply = following[1]
    words = "|".join(re.escape(w) for w in vocabulary()["reply_words"])
    return bool(words) and bool(re.match(rf"(?:{words})\b(?:\s+\w{{1,4}})?\s*(?:[,.!;:\u2014-]|$)", reply, re.I))
