"""HL7 v2 messages pasted as notes: result segments (OBX) are scores with their dates, the patient segment (PID)
names the client, segments are never read as a table nor quoted in a letter, and a duration written after a
parenthesis ("(M/W/F) x 6 wks") keeps its unit. Examples written here, none from an eval set."""
from __future__ import annotations

import pytest

from assistant.letters.checklist import check_notes
from assistant.letters.draft import draft_offline
from assistant.letters.extract import extract_facts
from assistant.letters.letter_view import client_identity
from assistant.letters.tables import is_row
from assistant.records import LetterRequest

MESSAGE = """MSH|^~\\&|EHR|CLINIC|UM|PAYER|20250708161204||ORU^R01|MSG01|P|2.5.1
PID|1||<MRN_1>^^^CL^MR~<MEMBER_ID_1>^^^PAYER^MB||<PERSON_2>^<PERSON_3>^J||<DATE_2>|F
OBX|1|NM|44261-6^PHQ-9 total score^LN||{phq}|{{score}}|0-27|H|||F|||20250708
OBX|2|NM|69737-5^GAD-7 total score^LN||{gad}|{{score}}|0-21|H|||F|||20250708
OBX|3|NM|K10^Kessler Psychological Distress Scale (K10)^L||{k10}|{{score}}|10-50|H|||F|||<DATE_1>
NTE|1||Values entered at intake.
Note: F33.1 major depressive disorder, recurrent, moderate. Denies SI/HI; C-SSRS negative.
"""


@pytest.mark.parametrize("phq, gad, k10", [(16, 12, 31), (9, 4, 18), (22, 19, 44)])
def test_result_segments_are_dated_scores(phq, gad, k10):
    facts = extract_facts([MESSAGE.format(phq=phq, gad=gad, k10=k10)])
    got = {(m.instrument, m.score, m.date) for m in facts.measures}
    assert ("PHQ-9", phq, "07/08/2025") in got
    assert ("GAD-7", gad, "07/08/2025") in got
    assert ("K10", k10, "<DATE_1>") in got


def test_the_patient_segment_names_the_client():
    ident = client_identity([MESSAGE.format(phq=16, gad=12, k10=31)])
    assert ident == {"name": "<PERSON_3> <PERSON_2>", "dob": "<DATE_2>", "member_id": "<MEMBER_ID_1>"}


@pytest.mark.parametrize("line", ["OBX|1|NM|PHQ9^PHQ-9^LN||16|score|0-27|H|||F", "PID|1||123^^^X^MR||DOE^JANE||19800101|F",
                                  "NTE|1||entered by staff|"])
def test_segments_are_not_table_rows(line):
    assert not is_row(line)


def test_a_letter_never_quotes_a_segment():
    note = MESSAGE.format(phq=16, gad=12, k10=31)
    facts = extract_facts([note])
    items = check_notes(facts, "initial_authorization", "outpatient psychotherapy")
    request = LetterRequest("initial_authorization", "Aetna", "outpatient psychotherapy", (note,),
                            {"codes": ["90837"], "frequency": "weekly", "sessions_or_units": "12", "date_range": "12 weeks"})
    _, letter = draft_offline(request, [note], facts, items, [])
    assert "OBX|" not in letter and "PID|" not in letter
    assert "PHQ-9 = 16" in letter


@pytest.mark.parametrize("text, duration", [("Plan: IOP 3x/wk (M/W/F 6-9p) x 6 wks: CBT.", "x 6 wks"),
                                            ("Plan: 90837 (weekly) x 12.", "x 12"),
                                            ("Plan: CBT sessions x 16.", "sessions x 16")])
def test_a_duration_after_a_parenthesis_keeps_its_unit(text, duration):
    assert duration in {f.text for f in extract_facts([text]).duration}


# --- score tables and parts (same sixth set of forms)
TABLE = """Measures                                   05/02/2025    07/04/2025    23/05/2025
{name} (x2 scoring)   Depression              12             -            10
                       Anxiety                  8             -             6
                       Stress                  22             -            16
Pulling episodes per week (self-monitoring)    14             8             5
"""


@pytest.mark.parametrize("name", ["DASS-21", "dass-21", "DASS 21"])
def test_subscale_rows_under_an_instrument_keep_its_name(name):
    got = {(m.instrument, m.score) for m in extract_facts([TABLE.format(name=name)]).measures}
    assert {("DASS-21 Depression", 12), ("DASS-21 Depression", 10), ("DASS-21 Anxiety", 8), ("DASS-21 Stress", 16)} <= got
    assert ("Pulling episodes per week (self-monitoring)", 14) in got


@pytest.mark.parametrize("text", ["(c) YGTSS total tic severity below 20.", "Goal: EDE-Q global < 2.5 by discharge.",
                                  "Target: DASS-21 Stress under 15 at week 12."])
def test_a_part_with_a_comparator_is_a_target_not_a_score(text):
    assert extract_facts([text]).measures == ()


@pytest.mark.parametrize("text, instrument, score", [
    ("MGH Hairpulling Scale 21 at intake.", "MGH-HPS", 21), ("Epworth Sleepiness Scale 6.", "ESS", 6),
    ("NIAS total 38 on 06/01/2025.", "NIAS", 38), ("HoNOS 14 at review.", "HoNOS", 14)])
def test_instruments_added_to_the_catalog(text, instrument, score):
    assert (instrument, score) in {(m.instrument, m.score) for m in extract_facts([text]).measures}
