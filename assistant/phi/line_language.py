"""Which lines of a note are written in a language other than English, whatever that language is (a Turkish
discharge summary, a Polish referral, a Tagalog message quoted in an English note). The name rules read a lowercase
word they do not know as a nickname and a capitalised one as a proper noun; in another language's line those are
its ordinary words ("ile", "gün", "Tedavi"). A line's language is judged by its lowercase words only, since names,
credentials and headings are capitalised in every note: when few of them are English, the line is not English."""

from __future__ import annotations

import re

from assistant.phi.recognizers.gazetteer import place_names
from assistant.phi.vocabulary import DOMAIN_WORDS, Vocabulary
from assistant.records import PhiSpan

ENGLISH_ZIPF = 3.0  # an English word at least this common (once per million words) is English for this purpose
SHORT_ZIPF = 5.0  # ... but a word of three letters or fewer only when very common ("to", "and"; not "sa", "na", "ile")
MAX_ENGLISH_SHARE = 0.4  # a line whose lowercase words are less English than this is another language
MIN_LINE_WORDS = 3  # lowercase words a line needs to be judged English on its own
MIN_LINE_FOREIGN = 4  # ... and different words no English a line needs to be judged another language on its own
MIN_BLOCK_FOREIGN = 8  # a line too short to tell takes the verdict of its paragraph (a form's row of labels and values)
# A lowercase word standing alone (not part of an address, a handle, a path or a number).
_WORD = re.compile(r"(?<![\w@/\\.-])[^\W\d_]{2,}(?![\w@/-]|\.\w)")


def _english(word: str, vocab: Vocabulary) -> bool:
    return vocab.frequency(word) >= (SHORT_ZIPF if len(word) <= 3 else ENGLISH_ZIPF)


def _verdict(text: str, vocab: Vocabulary, least_foreign: int) -> bool | None:
    """True (another language), False (English) or None (too few lowercase words to tell). Clinical words and drug
    names ("sertraline", "mg") are written alike in every language and count for neither side; a lowercase name or two
    ("ref: lupe ochoa, neighbor") is not yet a language."""
    words = [w for w in _WORD.findall(text) if w.islower() and w not in vocab.clinical and w not in DOMAIN_WORDS]
    english = [w for w in words if _english(w, vocab)]
    if words and len(english) / len(words) < MAX_ENGLISH_SHARE:
        return True if len(set(words) - set(english)) >= least_foreign else None
    return False if len(words) >= MIN_LINE_WORDS else None


def foreign_lines(text: str, vocab: Vocabulary) -> list[tuple[int, int]]:
    """Text -> (start, end) of each line written in another language than English."""
    out, pos = [], 0
    for block in re.split(r"(\n[ \t]*\n)", text):
        block_verdict = None
        line_pos = pos
        for line in block.split("\n"):
            verdict = _verdict(line, vocab, MIN_LINE_FOREIGN)
            if verdict is None:
                if block_verdict is None:
                    block_verdict = bool(_verdict(block, vocab, MIN_BLOCK_FOREIGN))
                verdict = block_verdict
            if verdict:
                out.append((line_pos, line_pos + len(line)))
            line_pos += len(line) + 1
        pos += len(block)
    return out


def _within(lines: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in lines)


_GUESSED = ("NAME", "ORGANIZATION_LINKED", "ADDRESS")
WEAK = 0.7  # a guess scoring below this came with no cue: the model, an unknown word, a lowercase first name
_NAME_TOKEN = re.compile(r"[^\W\d_]{3,}")


def _field_label(text: str, sp: PhiSpan, vocab: Vocabulary) -> bool:
    """The span opens its line, a new field (two spaces on) or a sentence, and a colon follows within a few words, and
    no word of it is a given name: a form's label ("Data urodzenia:"), not a speaker ("Kasia:")."""
    head = text[text.rfind("\n", 0, sp.start) + 1:sp.start]
    return bool(re.fullmatch(r"(?:[\s\d.)*#-]*|.*\S(?:[ \t]{2,}|[.;][ \t]+))(?:[^\W\d_]+\.?[ \t]+){0,3}", head)) and bool(
        re.match(r"(?:[ \t]+[^\W\d_]+\.?){0,3}[ \t]*:", text[sp.end:sp.end + 60])) and not any(
        vocab.is_first_name(w) for w in _NAME_TOKEN.findall(text[sp.start:sp.end]))


# A question or an exclamation opened by "¿" or "¡" is written in Spanish whatever the line around it: a form's
# question ("¿Alergias?", "¿Por qué busca ayuda?") holds its own words, not a name.
_INVERTED = re.compile(r"¿[^?\n]{1,80}\?|¡[^!\n]{1,80}!")
# A sentence's or a quoted answer's first word is capitalised in every language ("Desde el lunes ...").
# ... or a line, a cell of a form (after a wide gap) or a quote; a town there is a dateline's ("Freiburg, den ...").
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?¿¡\"“(]|[ \t]{2,})[ \t]*$")
_DATELINE_AFTER = re.compile(r",[ \t]*(?:[^\W\d_]{1,4}[ \t]+)?\d")  # "Freiburg, den 12.10.", "Recife, 14 de ..."


def _sentence_first(text: str, sp: PhiSpan, vocab: Vocabulary) -> bool:
    """The span is one word that opens its line, a sentence or a quote, and is no given name."""
    word = text[sp.start:sp.end]
    line_head = text[text.rfind("\n", 0, sp.start) + 1:sp.start]
    return bool(re.fullmatch(r"[^\W\d_]+", word)) and bool(_SENTENCE_OPENING.search(line_head)) \
        and not vocab.is_first_name(word.lower()) and not _DATELINE_AFTER.match(text, sp.end) \
        and word not in place_names()


def drop_other_language_words(text: str, spans: list[PhiSpan], vocab: Vocabulary) -> list[PhiSpan]:
    """Spans of one text -> the same less the weak guesses that are another language's own words in a line written
    in it: lowercase words read as names ("ile", "gün"), the labels of its form ("Tedavi:", "Data przyjęcia:"), a
    sentence's first word ("Desde ..."), and any word of a Spanish question ("¿Alergias?").
    Guesses from a cue (a title, a relation, a label) score WEAK or more and stay."""
    questions = [m.span() for m in _INVERTED.finditer(text)]
    lines = foreign_lines(text, vocab) + questions
    if not lines:
        return spans
    # a word some cue named elsewhere in the note stays a name wherever it opens a sentence ("Trindade chegou ...")
    named = {w.lower() for sp in spans if sp.score >= WEAK for w in _NAME_TOKEN.findall(text[sp.start:sp.end])}
    # ... and a person a cue named stays named where the line writes them in lowercase ("madam joseph jefferson" ...
    # "li di jefferson kache")
    people = {w.lower() for sp in spans if sp.score >= WEAK and sp.entity_type == "NAME" and sp.source != "propagated"
              for w in _NAME_TOKEN.findall(text[sp.start:sp.end])}
    return [sp for sp in spans if not (
        sp.entity_type in _GUESSED and sp.score < WEAK and _within(lines, sp.start, sp.end)
        and (sp.entity_type == "NAME" and text[sp.start:sp.end].islower() and text[sp.start:sp.end].split()[-1] not in people
             or _field_label(text, sp, vocab)
             or text[sp.start:sp.end].lower() not in named and (
                 _sentence_first(text, sp, vocab)
                 or _within(questions, sp.start, sp.end) and not vocab.is_first_name(text[sp.start:sp.end].lower()))))]
