"""Codes a question names by what they are, not by their numbers: "one crisis code with add-ons" is 90839 and +90840,
"can we add interactive complexity?" is +90785 (code_names in question_vocab.yaml). Written out beside the words, a
question's codes are weighed the same whichever way it names them: the range its minutes fall in, a code billed beside
another that a source keeps apart."""

from __future__ import annotations

import re

from assistant.criteria.vocab import vocabulary

_NUMBERED = re.compile(r"(?<![\w.])\+?(9\d{4})\b")


def named_codes(text: str) -> list[str]:
    """The codes a text names in words, in the order of the vocabulary, none it already names by number."""
    written = set(_NUMBERED.findall(text))
    return list(dict.fromkeys(code for rx, codes in vocabulary()["code_names"] if rx.search(text)
                              for code in codes if code not in written))


def with_named_codes(text: str) -> str:
    """The text with the codes it names in words written out after it ("... interactive complexity? (90785)")."""
    codes = named_codes(text)
    return f"{text} ({', '.join(codes)})" if codes else text
