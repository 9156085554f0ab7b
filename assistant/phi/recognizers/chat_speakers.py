"""Speakers of a pasted chat or message thread whose lines open with the day alone, no time: "Sep 9   walter: i can
go tomorrow", "9/14  Marguerite: yes my love", "2025-09-14 - dana: ok". (A line that opens with a time is read in
name_forms.py.) A dated log writes its own labels the same way ("3/4  Plan: continue weekly", "Oct 2  Homework:
thought record"), so the label counts only when every word of it is a given name or no English word at all."""

from __future__ import annotations

import re

from assistant.phi.lexicon import MONTH_RE, RELATIONS
from assistant.phi.recognizers.names import _NOT_NAME
from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

_DAY = (rf"(?:(?i:{MONTH_RE})[ \t]+(?:0?[1-9]|[12]\d|3[01])(?:,[ \t]*(?:19|20)\d{{2}})?|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|"
        r"(?:19|20)\d{2}-\d{2}-\d{2})")
_DATED_SPEAKER = re.compile(rf"^[ \t]*[\[(]?{_DAY}[\])]?,?[ \t]+(?:[-\u2013\u2014|][ \t]+)?"
                            r"([^\W\d_][\w'’-]*(?:[ \t][^\W\d_][\w'’.-]*)?)[ \t]*:[ \t]", re.M)


def _person_label(label: str, vocab: Vocabulary) -> bool:
    words = [w.strip(".") for w in label.split()]
    return all(len(w) >= 2 and w.lower() not in vocab.clinical and w.lower() not in _NOT_NAME and w.lower() not in RELATIONS
               and w.lower() not in vocab.stop_words and (vocab.is_first_name(w.lower()) or not vocab.is_word(w.lower()))
               for w in words) and bool(words)


def find_dated_speakers(text: str, vocab: Vocabulary) -> list[PhiSpan]:
    """Text -> NAME spans of speakers on lines that open with a day ("Sep 9   walter: ...")."""
    return [PhiSpan(m.start(1), m.end(1), "NAME", 0.75, "speaker") for m in _DATED_SPEAKER.finditer(text)
            if _person_label(m.group(1), vocab)]
