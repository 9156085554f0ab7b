"""A payer's own rule the sources do not hold: "what are <payer>'s precert rules?" when no source about that payer
says anything on prior authorization. Another payer's rule on the topic is no basis for this one's, so the answer
says the sources do not address it (the topics and their wordings are data: payer_topics in question_vocab.yaml).
Some topics no source addresses for any payer (absent_topics): a question on one is not covered either."""

from __future__ import annotations

import re

from assistant.criteria.asked import asking_lines
from assistant.criteria.retrieve import payer_slugs
from assistant.criteria.vocab import vocabulary


def _names(payer: str, families: list[list[str]]) -> list[str]:
    """A payer and the other names of its company ("Ambetter" -> Centene, WellCare, ...)."""
    return next((f for f in families if payer.lower() in f), [payer.lower()])


def _own(sections, payer: str, names: list[str]) -> list:
    """The sections about a payer: its own documents, and passages that name it or its company (a sister brand's
    documents are not its own: WellCare's Medicare Advantage rules are not Ambetter's)."""
    slugs = {s for s in payer_slugs(payer) if s != "all"}
    mention = re.compile(r"\b(?:%s)\b" % "|".join(re.escape(n) for n in names), re.I)
    return [s for s in sections if s.payer in slugs or mention.search(f"{s.title} {s.text}")]


def unaddressed(asked: list[str], sections) -> tuple[str, str] | None:
    """(payer, topic) when a question sentence asks a payer's own rule on a topic that no source about that payer
    addresses; None otherwise (also when a coverage type whose rules hold for every plan is named beside it)."""
    vocab = vocabulary()
    for sentence in (asking_lines(s) for s in asked):  # not in a form's fields ("Prior auth: required")
        if re.search(vocab["general_coverage"], sentence, re.I):
            continue
        for payer, rx in vocab["payers"]:
            if not rx.search(sentence):
                continue
            own = _own(sections, payer, _names(payer, vocab["families"]))
            for name, asks, covers in vocab["payer_topics"]:
                if own and asks.search(sentence) and not any(covers.search(s.text) for s in own):
                    return payer, name
    return None


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)|\n+")


def _near_questions(text: str) -> str:
    """A message -> its question sentences, each with the two statements just before it (what "can we bill it?"
    points back at). A topic named only further back is the story's background ("the late-cancel fees were on that
    bill" three sentences above a question about disputing the bill), not what is asked; a text without a question
    mark, or too short to have a background, is kept whole."""
    said = [s for s in _SENTENCE_END.split(text) if s.strip()]
    asks = [i for i, s in enumerate(said) if "?" in s]
    if not asks or len(said) < 4:
        return text
    return " ".join(said[i] for i in sorted({j for i in asks for j in (i - 2, i - 1, i) if j >= 0}))


def absent_topic(asked: list[str], sections) -> dict | None:
    """The topic (absent_topics in question_vocab.yaml: name, nearest, check) a question sentence asks about when no
    knowledge section states anything on it; None otherwise. A passage on a neighbouring rule is then no answer."""
    # a form's own fields ("Group size: 5", "No-show fee: $50") record the case; the topic is read where the asker asks
    asked = [_near_questions(asking_lines(s)) for s in asked]
    for topic in vocabulary()["absent_topics"]:
        if any(topic["asks"].search(s) for s in asked) and not any(topic["covers"].search(x.text) for x in sections):
            return topic
    return None
