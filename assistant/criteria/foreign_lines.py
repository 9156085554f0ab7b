"""The lines of a message written in another language (a bullet journal in Kriolu, a parish bulletin in Ilocano, a note
in Portuguese), told by their function words: a lower-case word there that spells an English abbreviation is that
language's word ("pa" is "for" in Kriolu, "ma" is "but", "dos" is "of the" in Portuguese), not the abbreviation
("PA" prior authorization, "MA" Medicare Advantage, "DOS" date of service). A question in such a language is read with
the English words of the payer terms it uses ("apelu" appeal, "prazu" deadline) beside it. The function words and the
terms are data (question_vocab.yaml: foreign_function_words, foreign_terms, foreign_asks)."""

from __future__ import annotations

import re

from assistant.criteria.vocab import vocabulary

_ENGLISH = frozenset("the is a an of to and for in my does do what how can with on it this that are be from have has "
                     "will would should or when which we i you our your if not was were his her their".split())
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")


def foreign_line(line: str) -> bool:
    """Whether a line is written in another language: two or more of that language's function words, and more of them
    than English ones."""
    words = [w.lower() for w in _WORD.findall(line)]
    foreign = sum(w in vocabulary()["foreign_function_words"] for w in words)
    return foreign >= 2 and foreign > sum(w in _ENGLISH for w in words)


def foreign_words(text: str) -> frozenset[str]:
    """The lower-case words of the text's lines written in another language (a word written in capitals, "PA", "MA",
    stays an abbreviation wherever it is)."""
    return frozenset(w for line in text.splitlines() if foreign_line(line)
                     for w in _WORD.findall(line) if w == w.lower())


def glossed(part: str) -> str:
    """A question in another language with the English words of its payer terms after it ("... prazu pa apela ...?
    (deadline time limit appeal)"); an English question, or one with no such term, unchanged."""
    vocab = vocabulary()
    if not any(foreign_line(line) for line in part.splitlines()):
        return part
    words = dict.fromkeys(v for group in ("foreign_terms", "foreign_asks") for rx, v in vocab[group] if rx.search(part))
    return f"{part} ({' '.join(words)})" if words else part
