"""The question's own figures worked through a source's rule, when it lays them out as a table of stays or activities
(counted_rows.py), as an instrument's ratings (ratings.py) or as cases with a break in care (breaks.py): the arithmetic shown, the rule cited."""

from __future__ import annotations

from assistant.criteria.breaks import break_line
from assistant.criteria.counted_rows import counted_line
from assistant.criteria.ratings import rating_line
from assistant.criteria.select import Candidate


def figures_line(text: str, chosen: list[Candidate], cands: list[Candidate], doc_of: dict[int, str]
                 ) -> tuple[str, list[Candidate]]:
    """(a line with "{}" for each citation, the sentences it cites), or ("", []) when the question lays out no such
    figures. `chosen`: the sentences a rule is looked for in, best first (the answer's own, then the rest by fit)."""
    for line, used in (counted_line(text, chosen, cands, doc_of), rating_line(text, cands, doc_of), break_line(text, cands)):
        if line:
            return line, used
    return "", []
