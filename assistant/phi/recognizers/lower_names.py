"""Given names written in lowercase by someone typing fast (a claimant's statement, a front desk's notes), and the
initials that sign or tick a line.

- a given name alone in brackets after who the person is or what was written: "asked hr (dana) about it",
  "front desk notes (rosa):";
- a given name after "started with", "been seeing", "working with" and the like, before where or who they are:
  "i started with meg at the clinic", "been seeing tomas since june";
- initials after a tick on a checklist line: "CPAP compliance 84% ✔ sk";
- a word no dictionary knows, in lowercase, as the subject of a verb of saying: "brannigan says the PHQ is read aloud";
- a name already known in the case that is an everyday word ("Grace", "Sky"), written in lowercase as the subject of a
  verb of saying or doing: "- grace asked by phone", "sky texted STOP" (known_names_lowercase, used by propagate).

Only names that are not everyday English words count ("mark", "hope", "grace" stay words here), and never a
clinical word or a function word.
"""

from __future__ import annotations

import re

from assistant.phi.recognizers.log_initials import find_log_initials
from assistant.phi.recognizers.names import _NOT_NAME
from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

# Above this Zipf frequency a lowercase word reads as the word, not the name ("mark", "rose", "sky").
_WORD_ZIPF = 4.0
_BRACKETED = re.compile(r"(?<=[\w.:)])[ \t]*\(([a-z][a-z'’-]{1,20})\)")
_VERB_WITH = re.compile(r"\b(?:start(?:ed|ing)?|began|begun|been|keep|kept|still|now|go(?:ing)?|went|talk(?:ed|ing)?|"
                        r"work(?:ed|ing)?|meet(?:ing)?|met|see(?:ing)?|saw|stay(?:ed|ing)?|liv(?:e|ed|ing)|switched)"
                        r"[ \t]+(?:with[ \t]+|to[ \t]+)?([a-z][a-z'’-]{1,20})"
                        r"(?=[ \t]*(?:,|\.|;|$|\n)|[ \t]+(?:at|from|who|since|in|on|for|every|each|weekly|twice|again|now)\b)",
                        re.M)
# Verbs a person does in a note of who called, asked or wrote: the word before them is someone.
_SAYS = (r"(?:says|said|asks|asked|tells|told|texted|texts|called|calls|emailed|e-mailed|messaged|replied|wrote|wants|"
         r"wanted|thinks|thought|reports|reported|mentioned|agreed|agrees|confirmed|cancell?ed|declined|requested|"
         r"left[ \t]+(?:a[ \t]+)?(?:vm|voicemail|message))")
_UNKNOWN_SAYS = re.compile(rf"(?<![\w'’@./-])([a-z]{{4,20}})[ \t]+{_SAYS}\b")
_DETERMINER = re.compile(r"(?i:\b(?:the|a|an|my|his|her|their|our|your|this|that|no|any|some)[ \t]+)$")
_TICK_INITIALS = re.compile(r"[✔✓☑✅][ \t]*([a-z]{2,3}|[A-Z]{2,3})[ \t]*$", re.M)


def _lower_given(word: str, vocab: Vocabulary) -> bool:
    """A lowercase word that is someone's given name and not an everyday word."""
    return vocab.is_first_name(word) and vocab.frequency(word) < _WORD_ZIPF and word not in vocab.stop_words \
        and word not in vocab.clinical and word not in _NOT_NAME


def find_lower_names(text: str, vocab: Vocabulary) -> list[PhiSpan]:
    """Text -> NAME spans for lowercase given names in brackets or after a verb of seeing, and ticked initials."""
    spans = [PhiSpan(m.start(1), m.end(1), "NAME", 0.7, "nickname") for m in _BRACKETED.finditer(text)
             if _lower_given(m.group(1), vocab)]
    spans += [PhiSpan(m.start(1), m.end(1), "NAME", 0.7, "nickname") for m in _VERB_WITH.finditer(text)
              if _lower_given(m.group(1), vocab)]
    for m in _TICK_INITIALS.finditer(text):
        letters = m.group(1)
        if letters.lower() not in vocab.clinical and letters.lower() not in vocab.stop_words and vocab.frequency(letters) < 4.0:
            spans.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.7, "signoff"))
    for m in _UNKNOWN_SAYS.finditer(text):
        word = m.group(1)
        if vocab.frequency(word) < 2.0 and not vocab.is_word(word) and word not in vocab.clinical and word not in _NOT_NAME:
            spans.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.7, "nickname"))
    return spans + find_log_initials(text, vocab)  # "08/27/24 gk  Bill received": who wrote a log's row


def known_names_lowercase(text: str, names: list[str], vocab: Vocabulary) -> list[PhiSpan]:
    """Names known in the case that are everyday words ("Grace") -> their lowercase occurrences as the subject of a verb
    of saying or doing ("grace asked by phone"); "the sky said" or "by grace" stay words."""
    words = sorted({n.lower() for n in names if re.fullmatch(r"[A-Z][a-z]{2,}", n) and vocab.is_word(n.lower())
                    and n.lower() not in vocab.stop_words and n.lower() not in vocab.clinical}, key=len, reverse=True)
    if not words:
        return []
    pattern = re.compile(rf"(?<![\w'’-])({'|'.join(map(re.escape, words))})[ \t]+{_SAYS}\b")
    return [PhiSpan(m.start(1), m.end(1), "NAME", 0.65, "propagated") for m in pattern.finditer(text)
            if not _DETERMINER.search(text, max(0, m.start() - 8), m.start())]
