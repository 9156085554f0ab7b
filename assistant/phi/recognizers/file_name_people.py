"""A client's name written into a file's name, as a clinic's staff name their scans and letters: "Intake_NGUYEN-Bao_
031491_PHQ9.pdf", "LMN_Premera_OCAMPO_4471.pdf", "TxPlan_Whitaker_D_rev3.docx". The parts between underscores are
read one by one: a surname in capitals, a surname in capitals joined to a given name ("NGUYEN-Bao"), or a capitalised
word that is no everyday word with a lone initial after it ("Whitaker_D") is a person, and the number right after the
person ("SSNverif_OCAMPO_4471") is theirs. Words of the document's kind ("Intake", "TxPlan", "Superbill"), clinical
words, payers and the everyday words of English are not."""

from __future__ import annotations

import re

from assistant.phi.recognizers.names import _NOT_NAME
from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

_FILE = re.compile(r"(?<![\w/\\.-])([\w.-]+(?:_[\w.-]+)+)\.(?i:pdf|docx?|xlsx?|csv|txt|rtf|odt|jpe?g|png|heic|tiff?|zip|msg|eml)(?![\w])")
_CAPS = re.compile(r"[A-Z][A-Z'’]{3,}")  # "OCAMPO" (four letters or more, with a vowel: "LMN", "ROI" are acronyms)
_CAPS_GIVEN = re.compile(r"[A-Z][A-Z'’]{1,}-[A-Z][a-z'’]+|[A-Z][a-z'’]+-[A-Z][A-Z'’]{1,}")  # "NGUYEN-Bao", "Bao-NGUYEN"
_TITLE = re.compile(r"[A-Z][a-z'’]{2,}")  # "Whitaker" (only with a lone initial after it)
NAME_ZIPF = 3.0  # a word rarer than this in English, in a file's name, is a person's, not the document's


def _rare(word: str, vocab: Vocabulary) -> bool:
    low = word.lower().strip("'’")
    return low not in _NOT_NAME and low not in vocab.clinical and low not in vocab.stop_words \
        and vocab.frequency(low) < NAME_ZIPF and not vocab.is_word(low)


def _plain(word: str, vocab: Vocabulary) -> bool:
    """A word of the document, not of a person: clinical, a function word or an everyday English word."""
    low = word.lower()
    return low in _NOT_NAME or low in vocab.clinical or low in vocab.stop_words or vocab.frequency(low) >= 4.0


def find_file_name_people(text: str, vocab: Vocabulary) -> list[PhiSpan]:
    """Text -> NAME spans of the people named inside file names joined by underscores."""
    spans = []
    for m in _FILE.finditer(text):
        parts, at = [], m.start(1)
        for part in m.group(1).split("_"):
            parts.append((at, part))
            at += len(part) + 1
        for i, (start, part) in enumerate(parts):
            initial = i + 1 < len(parts) and re.fullmatch(r"[A-Z]", parts[i + 1][1]) is not None
            if _CAPS.fullmatch(part) and re.search(r"[AEIOUY]", part) and _rare(part, vocab):
                end = parts[i + 1][0] + 1 if initial else start + len(part)
            elif _CAPS_GIVEN.fullmatch(part) and not any(_plain(p, vocab) for p in part.split("-")):
                end = start + len(part)
            elif _TITLE.fullmatch(part) and initial and not _plain(part, vocab):
                end = parts[i + 1][0] + 1  # "Whitaker_D": the surname and the given name's initial
            else:
                continue
            spans.append(PhiSpan(start, end, "NAME", 0.75, "file_name_person"))
            spans += _number_after(parts, end, m.group(1))
    return spans


def _number_after(parts: list[tuple[int, str]], end: int, name: str) -> list[PhiSpan]:
    """The number that follows the person in a file's name ("SSNverif_OCAMPO_4471") is theirs: the last digits of
    their SSN when the name says so, else an identifier; a year ("Smith_2024") is only the file's date."""
    following = [(s, p) for s, p in parts if s > end]
    if not following or not re.fullmatch(r"\d{4,10}", following[0][1]) or re.fullmatch(r"(?:19|20)\d\d", following[0][1]):
        return []
    start, digits = following[0]
    kind = "SSN" if re.search(r"(?i)ssn|social", name) and len(digits) == 4 else "OTHER_ID"
    return [PhiSpan(start, start + len(digits), kind, 0.75, "file_name_person")]
