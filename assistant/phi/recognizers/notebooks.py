"""A Jupyter notebook (.ipynb JSON) read by its own structure.

- Machinery, never PHI: a cell's type ("markdown", "code"), its random id ("7c1e0a52"), an output's type and stream
  name, and in the code the module names after import/from, a URL's scheme ("postgresql://") and the attributes a
  call reaches ("df.loc[", "pd.read_sql(").
- Printed output is a JSON string per line (`"12  BL-100482  Hargrove, Tessa  48197\\n",`): read with its quotes and
  its escaped line end as spaces (same offsets), a printed DataFrame is an aligned table again, typed by its header.
"""

from __future__ import annotations

import re

from assistant.phi.recognizers.aligned import find_aligned_values
from assistant.records import PhiSpan

_STRING_LINE = re.compile(r'(?m)^([ \t]*)(")(.*?)((?:\\n)?"[ \t]*,?)[ \t]*$')
_MACHINE_KEYS = re.compile(r'"(?:cell_type|id|output_type|name|execution_count|nbformat(?:_minor)?)"[ \t]*:[ \t]*'
                           r'("?)([\w.-]{1,40})\1')
# an import opens a line of code ("import pandas as pd", "from sqlalchemy import create_engine"); prose says
# "laid off from Hydra-Matic" with no import after it
_IMPORT = re.compile(r'(?m)(?:^[ \t]*"?|")[ \t]*(?:import[ \t]+([A-Za-z_][\w.]*)|from[ \t]+([A-Za-z_][\w.]*)[ \t]+import[ \t]+([A-Za-z_]\w*))')
_SCHEME = re.compile(r"(?<![\w.])([a-z][a-z0-9+]{1,20})://")
_ATTRIBUTE = re.compile(r"(?<=[a-z_0-9)\]])\.([A-Za-z_]\w*)(?=[\[(.])")


def is_notebook(text: str) -> bool:
    """True for the JSON of a Jupyter notebook."""
    return '"cell_type"' in text and ('"nbformat"' in text or '"cells"' in text)


def notebook_view(text: str) -> str:
    """The notebook with each JSON string line's quotes and escaped line end written as spaces (same length)."""
    def blank(m: re.Match) -> str:
        return m.group(1) + " " + m.group(3) + " " * len(m.group(4))
    return _STRING_LINE.sub(blank, text)


def find_notebook_values(text: str) -> list[PhiSpan]:
    """Text -> values of tables printed in a notebook's outputs, typed by their header."""
    return find_aligned_values(notebook_view(text)) if is_notebook(text) else []


def notebook_machinery(text: str) -> list[tuple[int, int]]:
    """Text -> (start, end) of a notebook's own structure and of the code words that name no one."""
    if not is_notebook(text):
        return []
    out = [m.span(2) for m in _MACHINE_KEYS.finditer(text)]
    for rx in (_IMPORT, _SCHEME, _ATTRIBUTE):
        out += [m.span(g) for m in rx.finditer(text) for g in range(1, rx.groups + 1) if m.group(g)]
    return out
