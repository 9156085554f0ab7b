"""Regex tables and vocabularies for the clinical fact finders, split by what they recognize.

`from assistant.letters import patterns as P` gives every table under one name, as the finders use them.
"""
from assistant.letters.patterns.base import *  # noqa: F401,F403
from assistant.letters.patterns.clinical import *  # noqa: F401,F403
from assistant.letters.patterns.discharge_words import *  # noqa: F401,F403
from assistant.letters.patterns.elements import *  # noqa: F401,F403
from assistant.letters.patterns.impairment import *  # noqa: F401,F403
from assistant.letters.patterns.measures import *  # noqa: F401,F403
from assistant.letters.patterns.no_care import *  # noqa: F401,F403
from assistant.letters.patterns.prose import *  # noqa: F401,F403
from assistant.letters.patterns.segments import *  # noqa: F401,F403


def segments(notes):
    """Notes -> labelled sentences (kept here for callers of the old scanner; notes are read in letters/reading.py)."""
    from assistant.letters.reading import segments as read

    return read(notes)
