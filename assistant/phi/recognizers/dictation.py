"""Identifiers as a person says them aloud, in dictation and reports: a name spelled letter by letter ("that's
f e r r e i r a"), a licence or a plate read out in letters and number words ("license number m h c five five two
nine"), a name the speaker corrects ("mister okafor no mister o'connor"), a spoken honorific before a lowercase name
("madam joseph", "mister o'connor"), two lowercase given names in a row ("ana lucia") and a plate seen only in part
("partial tag RBX 2")."""

from __future__ import annotations

import re

from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

# A speller's cue before the letters: "that's f e r r e i r a", "spelled O-K-A-F-O-R", "last name spelling k w a n".
_SPELLED = re.compile(r"(?i:\b(?:that['’]?s|that is|spelled|spelt|spelling|spell(?:s|ed)? it|as in)[ \t]*[:,]?[ \t]+)"
                      r"((?:[A-Za-z](?:[ \t]+|[ \t]*-[ \t]*)){2,}[A-Za-z])(?![\w'’])")
# Number words a speaker reads an identifier with ("oh" and "o" for zero, "double" before a repeated digit).
_DIGIT_WORDS = r"(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine|double|triple|dash|hyphen|\d)"
_SPOKEN_PIECE = rf"(?:{_DIGIT_WORDS}|[a-z])"
# "license number m h c five five two nine", "plate is k t r four four seven one", "tag number six x y z one two"
_SPOKEN_ID = re.compile(rf"(?i:\b(?:(licen[cs]e|lic\.?)|(plate|tag)s?)(?:[ \t]+(?:number|no\.?|num|#|is|was))*[ \t]*[:#]?[ \t]+)"
                        rf"((?i:{_SPOKEN_PIECE})(?:[ \t]+(?i:{_SPOKEN_PIECE})){{3,}})(?![\w'’])")
# A plate reported in part: "partial tag RBX 2", "partial plate: 7K", "first three of the plate were JHT".
_PARTIAL_PLATE = re.compile(r"(?i:\bpartial(?:[ \t]+(?:license|licence))?[ \t]+(?:plate|tag)s?(?:[ \t]+(?:number|no\.?|#|of|was|is|reads?))*"
                            r"[ \t]*[:#]?[ \t]*|\b(?:first|last)[ \t]+(?:two|three|four|\d)[ \t]+(?:of[ \t]+the[ \t]+)?(?:plate|tag)"
                            r"(?:[ \t]+(?:were|was|is|are))?[ \t]*[:#]?[ \t]*)"
                            r"((?=[A-Z0-9 -]*[A-Z])[A-Z0-9]{1,4}(?:[ -][A-Z0-9]{1,4})?)(?![\w-])")
# A speaker correcting a name by saying the phrase again after "no" or "sorry": the repeated head word shows where both
# versions begin ("mark and sleigh no mark ainsley", "mister okafor no mister o'connor").
_CORRECTION = re.compile(r"(?i)\b([a-z][a-z'’]+)((?:[ \t]+[a-z][a-z'’-]*){1,3}?)[ \t]*,?[ \t]+(?:no|sorry|i mean|scratch that)"
                         r"[ \t]*,?[ \t]+\1((?:[ \t]+[a-z][a-z'’-]*){1,2})")
# Honorifics as a speaker says them, in full: "madam joseph", "mister o'connor", "missus decker".
_SPOKEN_TITLE = r"(?:mister|missus|misses|madam|madame|mrs|mr|ms|mx|miss)"
_HONORIFIC_HEADS = frozenset("mister missus misses madam madame mrs mr ms mx miss dr doctor".split())
_SPOKEN_HONORIFIC = re.compile(rf"(?<![\w-]){_SPOKEN_TITLE}\.?[ \t]+([a-z][a-z'’-]{{1,20}})((?:[ \t]+[a-z][a-z'’-]{{1,20}})?)")
# ... or before the surname's initial alone, closing the clause: "rest easy mrs a", "thank you mister k."
_TITLE_INITIAL = re.compile(rf"(?<![\w-]){_SPOKEN_TITLE}\.?[ \t]+([a-z])\.?(?=[ \t]*(?:$|[,;!?\n]|\.(?:[ \t]|$)))", re.M)
# (a title inside a compound names nobody: "near-miss distortions")
# What stands after a title but names nobody: "mister said", "miss the bus", "madam chair".
_NOT_AFTER = frozenset("""said says saying thinks wants called calls will was is and or the a an at in on to of for from with
office appointment appt visit note notes told asked out chair president speaker right wrong""".split())
# a whole word only: "ota dani" inside "Nota danişînê" is no pair of given names
_WORD = re.compile(r"(?<![^\W\d_])[a-z][a-z'’-]+(?![^\W\d_])")
# A lowercase given name as the subject of what happened, in a transcript with no capitals: "and cody took the car".
_SUBJECT = re.compile(r"(?:^|[.!?;]\s+|\b(?:and|but|then|because|cause|so|when|until)[ \t]+)([a-z]{3,})[ \t]+(?:took|said|says|called|"
                      r"came|left|went|texted|told|got|kept|keeps|hit|yelled|showed|grabbed|broke|moved|wants|won['’]t|"
                      r"doesn['’]t|didn['’]t|isn['’]t|wasn['’]t)\b", re.M)


def _given(word: str, vocab: Vocabulary) -> bool:
    """A lowercase word that can be a given name here: a known one, or no English word, and not a function word."""
    low = word.lower()
    return (vocab.is_first_name(low) or not vocab.is_word(low)) and low not in vocab.stop_words \
        and low not in vocab.clinical and low not in _NOT_AFTER


def _surname(word: str, vocab: Vocabulary) -> bool:
    """A lowercase word that can close a name: not a function word, a clinical word or an everyday one."""
    low = word.lower()
    return low not in vocab.stop_words and low not in vocab.clinical and low not in _NOT_AFTER \
        and (vocab.frequency(low) < 4.5 or vocab.is_first_name(low))


def _corrections(text: str, vocab: Vocabulary) -> list[PhiSpan]:
    spans = []
    for m in _CORRECTION.finditer(text):
        head, first, second = m.group(1).lower(), m.group(2).split(), m.group(3).split()
        titled = head in _HONORIFIC_HEADS
        if not (titled or vocab.is_first_name(head) and head not in vocab.stop_words):
            continue  # "the red one no the blue one": the repeated word is no name's head
        while second and not _surname(second[-1], vocab):
            second.pop()  # "mark ainsley about the kids": the name ends where the sentence goes on
        if not (second and _surname(first[-1], vocab)):
            continue  # "mark it no mark them"
        lead = len(m.group(2)) - len(m.group(2).lstrip())
        again = m.end() - len(m.group(3))  # where the repeated head word ends
        b = again + len(m.group(3)) - len(m.group(3).lstrip()) if titled else again - len(m.group(1))
        end = text.index(second[-1], again) + len(second[-1])
        spans.append(PhiSpan(m.start(2) + lead if titled else m.start(1), m.end(2), "NAME", 0.7, "correction"))
        spans.append(PhiSpan(b, end, "NAME", 0.7, "correction"))
    return spans


def _honorifics(text: str, vocab: Vocabulary) -> list[PhiSpan]:
    spans = []
    for m in _SPOKEN_HONORIFIC.finditer(text):
        if not _surname(m.group(1), vocab):
            continue
        end = m.end(1)
        second = m.group(2).strip()
        if second and (_given(m.group(1), vocab) and vocab.is_first_name(m.group(1))) and _surname(second, vocab):
            end = m.end(2)  # "madam joseph jefferson": a given name, then the surname
        spans.append(PhiSpan(m.start(1), end, "NAME", 0.7, "spoken_title"))
    return spans


def _double_given(text: str, vocab: Vocabulary) -> list[PhiSpan]:
    """Two lowercase given names in a row, the second no English word ("ana lucia", "mary kate"): both are the name,
    though the first is also a word."""
    spans = []
    words = list(_WORD.finditer(text))
    for a, b in zip(words, words[1:]):
        gap = text[a.end():b.start()]
        if gap not in (" ", "-") or not (a.group().islower() and b.group().islower()) or min(len(a.group()), len(b.group())) < 3:
            continue
        if vocab.is_first_name(a.group()) and a.group() not in vocab.stop_words and a.group() not in vocab.clinical \
                and vocab.frequency(a.group()) < 4.5 and vocab.is_first_name(b.group()) and not vocab.is_word(b.group()):
            spans.append(PhiSpan(a.start(), b.end(), "NAME", 0.6, "given_names"))
    return spans


def find_spoken(text: str, vocab: Vocabulary) -> list[PhiSpan]:
    """Text -> NAME, LICENSE and VEHICLE spans said aloud or given in part."""
    spans = [PhiSpan(m.start(1), m.end(1), "NAME", 0.75, "spelled") for m in _SPELLED.finditer(text)]
    for m in _SPOKEN_ID.finditer(text):
        spans.append(PhiSpan(m.start(3), m.end(3), "LICENSE" if m.group(1) else "VEHICLE", 0.8, "spoken_id"))
    spans += [PhiSpan(m.start(1), m.end(1), "VEHICLE", 0.75, "partial_plate") for m in _PARTIAL_PLATE.finditer(text)
              if sum(c.isalnum() for c in m.group(1)) >= 2]
    spans += [PhiSpan(m.start(1), m.end(1), "NAME", 0.7, "spoken_title") for m in _TITLE_INITIAL.finditer(text)]
    spans += [PhiSpan(m.start(1), m.end(1), "NAME", 0.6, "subject") for m in _SUBJECT.finditer(text)
              if vocab.is_first_name(m.group(1)) and vocab.frequency(m.group(1)) < 4.0 and m.group(1) not in vocab.stop_words
              and m.group(1) not in vocab.clinical]
    return spans + _corrections(text, vocab) + _honorifics(text, vocab) + _double_given(text, vocab)
