"""The audit's checklist reads the same plain text as its rules: spreadsheet rows as labelled fields, RTF and
mis-decoded characters repaired (examples written here)."""
from __future__ import annotations

import pytest

SHEET = ("Date\tClinician\tCPT\tStart\tEnd\tNote\n"
         "03/02/2026\tR. Lund, LCSW\t90834\t10:00\t10:45\t\"Plan 03/02/2026 (weekly ERP x 12): Y-BOCS under 14 by 06/30/2026; "
         "hand-washing under 30 min a day. Denies SI/HI.\"\n")
RTF = (r"{\rtf1\ansi Plan 03/02/2026:\par Goals: PHQ-9 under 10 by 05/01/2026; back to work 3 days a week.\par "
       r"Denies SI/HI.\par}")
MOJIBAKE = "Plan 03/02/2026: GAD-7 below 8 by 05/01/2026; sleeps 7 hours 5 nights a week. Client\u00e2\u20ac\u2122s mood better."


@pytest.mark.parametrize("note", [SHEET, RTF, MOJIBAKE])
def test_goals_in_a_plain_text_form_count_in_the_audit_checklist(service, note):
    result = service.check([note], payer="Aetna", codes=["90834"])
    assert {c.element: c.status for c in result.checklist}["measurable_goals"] == "met"
