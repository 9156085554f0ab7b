"""A record kept as questions and answers: "Q: Goals?" / "A: YMRS below 10", or a family's numbered questions with
the team's answers under them ("7. What are her goals?" / "-> Written with her: out of bed by 8 a.m. ..."). An answer
is about what its question asks, so it takes the question's kind: a question is a long label."""
from __future__ import annotations

import re

from assistant.letters.patterns.segments import label_kind

# ... or a peer-to-peer script's objection and reply: "IF THEY SAY: "When does he step down?"" / "WE SAY: To IOP when ..."
_ASKED_BY = r"(?i:question|objection|(?:if )?(?:they|the reviewer|reviewer|the payer|payer|UM|the plan) (?:say|says|ask|asks|argue|argues|might say|may say))"
_ANSWERED_BY = r"(?i:(?:we|I) (?:say|answer|respond|reply)|our (?:answer|reply|response)|reply)"  # not "Response:", a BIRP field
QUESTION = re.compile(r"^\W*(?:Q\d*|%s)\s*[:.)\-]\s*[\"\u201c]?(?P<q>.+?)[\"\u201d]?\s*$|^\s*\d{1,2}\s*[.)]\s+(?P<n>[^\n]{6,160}\?)\s*$" % _ASKED_BY, re.S)
ANSWER = re.compile(r"^\W*(?:A\d*|Ans(?:wer)?|ANSWER|%s)\s*[:.)\-]\s*\S|^\s*(?:\u2192|->|=>|\u21d2)\s*\S" % _ANSWERED_BY)
# What a question asks, read from its wording when no label word says it: how the client is doing now against the
# start (progress), why a less intensive level would not do (loc), care had before (prior).
_ASKS = tuple((kind, re.compile(rx, re.I)) for kind, rx in (
    ("progress", r"\bcompared (?:with|to)\b|^how (?:is|has|are|have) (?:she|he|they|\w+) (?:been )?(?:doing|progressing|getting on)\b|"
                 r"\bany (?:better|progress)\b|\bwhat (?:has|have) changed\b"),
    ("loc", r"^(?:could|can|why can['\u2019]?t|why not|should|shouldn['\u2019]?t) (?:she|he|they|\w+) (?:not )?(?:just )?"
            r"(?:switch|step down|move|go|transfer|drop) (?:down |back )?to\b.{0,50}\b(?:IOP|outpatient|PHP|lower|less|weekly|"
            r"after-?school|evening|day program)\b|\bwhy not (?:a )?(?:lower|less intensive)\b|"
            # an objection that a lower level would do: "IOP three half-days a week is enough", "he can be treated in IOP"
            r"\b(?:IOP|outpatient|PHP|a lower level(?: of care)?|less intensive care|weekly (?:therapy|sessions))\b[^.;]{0,40}\b(?:is|would be|will be|are) "
            r"(?:enough|sufficient|adequate|appropriate)\b|\bcan be (?:treated|managed|seen|served) (?:in|at|with) (?:an? )?(?:IOP|outpatient|lower|less)"),
    ("prior", r"\b(?:counsel\w*|therapy|treatment|help|a therapist) before\b|\bbefore (?:this|now|here)\b.{0,30}\b(?:counsel|therap|treat)"),
))


def question_kind(text: str) -> str | None:
    """The kind a question's answer takes ('' when it asks about nothing the checklist reads); None for no question."""
    q = QUESTION.match(text)
    if q is None:
        return None
    asked = (q.group("q") or q.group("n")).strip()
    kind = next((kind for kind, rx in _ASKS if rx.search(asked)), "")
    labelled = label_kind(" ".join(asked.rstrip("?").split()[:7]))
    # a numbered question is plain speech ("Why is she still sleeping so much?", "Is the lithium working?"): only a
    # topic word names its kind, never a word that also labels a field ("why", "working")
    return kind or (labelled if q.group("q") or labelled in _TOPICS else "")


_TOPICS = ("goals", "risk", "meds", "dx", "measures", "prior")


_TAG = re.compile(r"^\s*(?:[-*\u2022]\s*)?(?:(?:A\d*|Ans(?:wer)?|ANSWER|%s)\s*[:.)\-]|\u2192|->|=>|\u21d2)\s*" % _ANSWERED_BY)
_BARE = re.compile(r"^(?:yes|no|nope|not (?:right )?now|not yet|not at this time|correct|right|maybe|unclear)\b[^,;:]{0,12}[.!]?$", re.I)


def bare_answer(text: str) -> bool:
    """ "-> Not right now.", "A: Yes.": an answer's opening word, which says nothing until its reason follows."""
    return bool(_BARE.match(re.sub(r"^[\W\d]*", "", _TAG.sub("", text.strip(), 1))))


def answer_body(text: str) -> str:
    """An answer without its tag ("WE SAY: To IOP when ..." -> "To IOP when ..."); any other text unchanged."""
    return _TAG.sub("", text, 1) if ANSWER.match(text) else text
