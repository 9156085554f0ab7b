"""The instrument a score table is about, named by the headings and lines right above it."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from assistant.letters import patterns as P
from assistant.letters.catalog import catalog
from assistant.letters.reading import Block


# a heading: two words in capitals to open the line ("MEAL PLAN COMPLETION - ...", "SLEEP LOG"), or a short line ending in ":"
_HEADING = re.compile(r"^\W*[A-Z]{2,}(?:[ \t/&-]+[A-Z]{2,})+\b|^[^.\n]{1,60}:\s*$")


def table_title(blocks: Sequence[Block], at: int) -> str:
    """The one instrument named by the headings and lines right above a table ("OUTCOME TRACKER (Y-BOCS)"), or ''.

    A nearer title of the table's own that names no instrument ("MEAL PLAN COMPLETION - % of plan eaten") ends the
    search: a diagnosis line further up ("severe (BMI < 16 at admit)") does not name the table. A heading right above
    the table that names one instrument ("SDQ, parent version, completed <DATE_1>:") is its title, whatever the
    paragraph above that heading names.
    """
    above = [b.text for b in blocks[max(0, at - 4):at] if b.note_index == blocks[at].note_index and b.table is None]
    for i, text in enumerate(reversed(above)):
        if not any(catalog().names_in(text)) and _HEADING.match(text):
            above = above[len(above) - i:]
            break
    if above and _HEADING.match(above[-1]):  # the table's own heading names its one instrument: lines further up do not count
        own = {h.instrument.name for h in catalog().names_in(above[-1])}
        if len(own) == 1:
            return own.pop()
    names = {h.instrument.name for text in above for h in catalog().names_in(text)}
    return names.pop() if len(names) == 1 else ""


def titled(blocks: Sequence[Block], at: int) -> tuple[Block, str]:
    """The table block at `at` with its title: the block dated by the line right above it when that line names the
    title's instrument and a date ("DASS-21 on 05/05/2026" over "| Scale | Score |") and the table has no date of its own."""
    block, title = blocks[at], table_title(blocks, at)
    above = blocks[at - 1] if at and blocks[at - 1].note_index == block.note_index and blocks[at - 1].table is None else None
    if title and block.date is None and above is not None and any(h.instrument.name == title for h in catalog().names_in(above.text)):
        found = P.DATE.search(above.text)
        block = replace(block, date=found.group(0)) if found else block
    return block, title
