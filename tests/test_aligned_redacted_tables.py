"""Space-aligned tables after redaction: a placeholder is rarely as long as the date or name it replaced, and every
column after it shifts. Class: an aligned table whose first column (or any column) holds redacted text. Before,
such rows put a heart rate under BMI and a potassium under temperature. Examples written here."""
from __future__ import annotations

import pytest

from assistant.letters.extract import extract_facts
from assistant.letters.tables import find_tables
from assistant.records import LetterRequest

VITALS = ("Date        Wt (kg)  BMI   HR sup/stand  BP sup/stand   Temp   K+ (mmol/L)\n"
          "<DATE_2>  45.2     16.6  58 / 84       102/64 96/60   36.4   3.8\n"
          "<DATE_3>  43.6     16.0  52 / 88       98/60  90/56   36.1   3.5\n")
NAMES = ("Client              PHQ-9   GAD-7   Session\n"
         "<PERSON_12>     14      9       6\n"
         "<PERSON_3>      11      7       7\n")
LONGER = ("Wk   Date      Y-BOCS  CGI-S\n"
          "1    <DATE_10>   31      6\n"
          "8    <DATE_11>   22      4\n")


@pytest.mark.parametrize("table, column, values", [
    (VITALS, "BMI", ["16.6", "16.0"]),
    (VITALS, "K+ (mmol/L)", ["3.8", "3.5"]),
    (NAMES, "GAD-7", ["9", "7"]),
    (LONGER, "Y-BOCS", ["31", "22"]),
    (LONGER, "CGI-S", ["6", "4"]),
])
def test_each_cell_stays_under_its_own_header(table, column, values):
    (t,) = find_tables(table.splitlines())
    assert [r.get(column) for r in t.rows] == values


def test_scores_from_a_shifted_row_keep_their_instrument():
    got = {(m.instrument, m.score) for m in extract_facts([VITALS]).measures}
    assert {("BMI", 16.6), ("BMI", 16.0), ("potassium", 3.8), ("potassium", 3.5)} <= got
    assert ("BMI", 52) not in got and ("BMI", 58) not in got


def test_a_letter_from_a_redacted_vitals_table_reports_the_values_in_the_notes(service):
    note = ("Residential referral. Client: Maren Ostby-Quaye  DOB 02/14/1999\n\n"
            "Date        Wt (kg)  BMI   HR sup/stand  BP sup/stand   Temp   K+ (mmol/L)\n"
            "11/03/2025  45.2     16.6  58 / 84       102/64 96/60   36.4   3.8\n"
            "12/15/2025  43.6     16.0  52 / 88       98/60  90/56   36.1   3.5\n\n"
            "Dx: F50.01 Anorexia nervosa, restricting type. Failed IOP 09-11/2025.\n")
    draft = service.draft(LetterRequest(letter_type="initial_authorization", payer="Aetna", level_of_care="residential",
                                        notes=(note,), requested={}), offline=True)
    assert "BMI = 16.0 on 12/15/2025" in draft.letter and "BMI = 52" not in draft.letter
