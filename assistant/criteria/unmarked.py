"""Questions a hurried note leaves without their question mark: "do i bill A or B?? or add it all up and if so how
many units. also can i add the add-on for that". Once the asker has asked one question on a line, a later sentence
of that line that opens a clause with a question ("how many", "can i", "what", "which") asks too, and gets its mark,
so every reader of a document's questions (its parts, its asking lines) sees it. A statement that only holds a
question word inside a clause ("we always do what the plan says") stays a statement."""

from __future__ import annotations

import re

# a clause that asks: at a sentence's start, after a comma, or after "and/or/so/also/but" (and "if so"); a modal verb
# asks only with the asker or the plan as its subject ("can i put", "does it need"), not "can be billed"
_ASKS = re.compile(r"(?:^|,\s*|\b(?:and|or|so|also|but|plus)\s+(?:if so,?\s+|then\s+)?)(?:how (?:many|much|long|often|soon|far)\b|"
                   r"(?:what|which|who|whom|whose|where|when|why|whether)\b|(?:can|could|should|do|does|did|may|must|"
                   r"will|would|is|are)\s+(?:i|we|you|they|he|she|it|that|this|the plan|the payer)\b)", re.I)
# the sentences after a line's last question mark: split where a sentence ends
_SENTENCE = re.compile(r"[^.!?]+(?:[.!]+|$)")


def _mark_line(line: str) -> str:
    """A line with a question: each later sentence on it that asks gets a question mark."""
    last = line.rfind("?")
    if last < 0 or not line[last + 1:].strip():
        return line
    head, tail = line[:last + 1], line[last + 1:]
    out = []
    for m in _SENTENCE.finditer(tail):
        sentence = m.group(0)
        body = sentence.rstrip().rstrip(".!")
        if len(re.findall(r"[A-Za-z]{2,}", body)) >= 3 and _ASKS.search(body.strip()):
            sentence = body + "?" + sentence[len(sentence.rstrip()):]
        out.append(sentence)
    return head + "".join(out)


def mark_unmarked(text: str) -> str:
    """A document with the question marks its asker left off restored on the lines where they ask."""
    return "\n".join(_mark_line(line) for line in text.split("\n"))
