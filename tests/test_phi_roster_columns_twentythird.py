"""A column of people whose header carries a remark in brackets ("recipient (first + last init OK)", "Visitor (print)",
"Client (initials only)") still holds names: a one-word name alone in its cell ("Summer", "Bramble") is redacted."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("table, name", [
    ("date  | recipient (first + last init OK) | kits\n10/2  | Lacey W.  | 2\n10/16 | Summer | 1\n", "Summer"),
    ("Time | Visitor (print) | Host\n09:10 | Bramble | front desk\n09:40 | Juniper Hale | front desk\n", "Bramble"),
    ("Row | Client (initials only) | Score\n1 | JT | 12\n2 | Marisol | 9\n", "Marisol"),
])
def test_a_people_column_with_a_remark_in_its_header_holds_names(service, table, name):
    assert name in {table[s.start:s.end] for s in service.phi_spans(table)}
