"""The documentation audit on a thirty-first set of note shapes, examples written here (three or more per class, and
three the rule must not fire on where it could over-fire): clock times written with a dot ("kl. 13.05-14.25"), a
saved web page read whole (its head, its table rows as fields), a dash that ends a negation's clause, and a score
written as a fraction of its scale ("worry 7/10 -> 4/10"), which is no date."""
from __future__ import annotations

import pytest

from assistant.audit.embedded_markup import embedded_markup
from assistant.audit.hour_letter import dotted_clocks
from assistant.audit.reading import dates_in
from audit_notes import names

SIGNED = "Signed: Ottilie Vanterpool, LCSW"
DX = "Dx: F41.1 Generalized anxiety disorder\n"
BODY = ("Interventions: cognitive restructuring; paced breathing.\nResponse: calmer by the end.\n"
        "Risk: denies SI/HI.\nTreatment plan dated 04/06/2026: GAD-7 below 10 by 09/30/2026; weekly x 12.\n")


def _note(head: str, body: str = BODY, dx: str = DX, signed: str = SIGNED) -> str:
    return head + "\n" + dx + body + signed


# --- clock times written with a dot ----------------------------------------------------------------------------------
@pytest.mark.parametrize("time", ["Tid / Time: kl. 9.02-9.55 (53 min)",
                                  "Aika / Time: klo 15.10\u201316.05",
                                  "Uhrzeit: 14.00 Uhr bis 14.56 Uhr",
                                  "Session 10.05-11.00am, in clinic",
                                  "Start: 8.30   End: 9.26"])
def test_dotted_clock_times_are_start_and_stop_times(time):
    found = names(_note("DOS 03/02/2026   CPT 90837   office (POS 11)\n" + time), payer="Medicare")
    assert "start_stop_times_missing" not in found and "minutes_missing" not in found
    assert "minutes_code_mismatch" not in found


@pytest.mark.parametrize("text", ["Dato / Date: 14.03.2026 (fredag)",  # a date, day first
                                  "Lithium level 0.85 (target 0.60-1.00)",  # a lab range, no clock word
                                  "Time on screens 2.30-3.00 hours a night",  # a length in hours
                                  "Co-pay $12.50 to 15.00",  # a price
                                  "Behandlingsperiode 19.11.-23.11.",  # a range of days
                                  "Glucose start 5.40 mmol/L"])  # a measurement after a clock word
def test_dotted_numbers_that_are_no_clock_stay_as_written(text):
    assert dotted_clocks(text) == text


def test_a_dotted_total_alone_still_asks_for_start_and_stop():
    found = names(_note("DOS 03/02/2026   CPT 90837   office (POS 11)\nVarighed / Duration: 55 min, kl. 2026 journal"),
                  payer="Medicare")
    assert "start_stop_times_missing" in found


# --- a saved web page read whole ---------------------------------------------------------------------------------------
def _page(rows: str, doctype: str = "<!DOCTYPE html>") -> str:
    return (doctype + '\n<html lang="en"><head><meta charset="utf-8"><title>Progress note</title>\n'
            "<style>td{padding:4px} .sig{font-style:italic}</style></head>\n<body>\n<h2>Progress Note (Video)</h2>\n"
            f'<table class="hdr">\n{rows}\n</table>\n'
            "<h3>Diagnosis</h3><p>F41.1 Generalized anxiety disorder</p>\n"
            "<h3>Interventions</h3><p>Cognitive restructuring; paced breathing.</p>\n"
            "<h3>Response</h3><p>Calmer by the end; used the breathing twice.</p>\n<h3>Risk</h3><p>Denies SI/HI.</p>\n"
            "<h3>Plan</h3><p>Treatment plan dated 04/06/2026 (review 07/06/2026): GAD-7 below 10 by 09/30/2026.</p>\n"
            '<div class="sig">Electronically signed by Ines Marchetti-Boyle, LMFT on 04/20/2026</div>\n</body></html>')


_HEADER_ROWS = [
    "<tr><th>Date of service</th><td>04/20/2026</td><th>CPT</th><td>90834-95</td></tr>\n"
    "<tr><th>POS</th><td>10</td><th>Client location</th><td>Home, Albany, NY</td></tr>",
    "<tr><th>DOS</th><td>04/20/2026</td></tr>\n<tr><th>Codes</th><td>90834, 95, POS 10</td></tr>\n"
    "<tr><th>Patient located at</th><td>her office in Troy, NY (private room)</td></tr>",
    "<tr><th>Date</th><th>Codes</th><th>Client location</th></tr>\n"
    "<tr><td>04/20/2026</td><td>90834-95 POS 10</td><td>Parked car outside work, Utica, NY</td></tr>",
]


@pytest.mark.parametrize("rows", _HEADER_ROWS)
def test_a_saved_web_page_reads_its_table_rows_as_fields(rows):
    found = names(_page(rows), payer="Aetna", codes=["90834"])
    assert "telehealth_location_missing" not in found
    assert not found & {"signature_missing", "date_of_service_missing", "interventions_missing", "progress_missing"}


@pytest.mark.parametrize("rows", _HEADER_ROWS)
def test_a_saved_web_page_loses_its_head_and_markup(rows):
    text = embedded_markup(_page(rows))
    assert "<" not in text and "padding" not in text and "DOCTYPE" not in text


@pytest.mark.parametrize("rows", [
    "<tr><th>Date of service</th><td>04/20/2026</td><th>CPT</th><td>90834-95, POS 10</td></tr>",
    "<tr><th>DOS</th><td>04/20/2026</td></tr>\n<tr><th>Codes</th><td>90834, 95, POS 10</td></tr>\n"
    "<tr><th>Client location</th><td></td></tr>",
    "<tr><th>Date</th><th>Codes</th></tr>\n<tr><td>04/20/2026</td><td>90834-95 POS 10</td></tr>",
])
def test_a_saved_web_page_without_the_client_location_still_misses_it(rows):
    assert "telehealth_location_missing" in names(_page(rows), payer="Aetna", codes=["90834"])


def test_an_xml_export_with_its_own_prologue_is_not_read_as_a_web_page():
    export = ('<?xml version="1.0"?>\n<note><dos>04/20/2026</dos><body>Reviewed the log.</body>'
              "<signer>A. Kell, LPC</signer></note>")
    assert embedded_markup(export) == export


# --- a dash that ends a negation's clause ----------------------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "No psychotherapy this visit - medication management only; dose held at 20 mg.",
    "No formal CBT today \u2013 supportive counseling around the eviction notice.",
    "Did not get to the exposure hierarchy \u2014 problem-solving on the ride to work instead.",
])
def test_a_technique_after_a_dash_is_not_negated_by_the_clause_before(line):
    body = "Response: said the plan felt doable.\nRisk: denies SI/HI.\nTreatment plan dated 04/06/2026: GAD-7 below 10.\n"
    assert "interventions_missing" not in names(_note("DOS 03/02/2026   CPT 99213", body=line + "\n" + body))


@pytest.mark.parametrize("line", [
    "No exposure work - client arrived late and left early.",
    "No homework review today \u2013 ran out of time.",
    "Skills were not practiced \u2014 session spent on scheduling.",
])
def test_a_negated_technique_before_a_dash_is_still_not_done(line):
    body = "Response: said the week was long.\nRisk: denies SI/HI.\nTreatment plan dated 04/06/2026: GAD-7 below 10.\n"
    assert "interventions_missing" in names(_note("DOS 03/02/2026   CPT 90834   2:00-2:50 pm", body=line + "\n" + body))


# --- a score written as a fraction of its scale ------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["Response: distress 8/10 -> 3/10 after grounding.",
                                  "Rated her pain at 6/10 on arrival, 4/10 by the end.",
                                  "Urge to drink 7/10 \u2192 2/10.",
                                  "Confidence 2/5 before the role-play.",
                                  "End-of-session check: 3/10 on the panic scale."])
def test_a_rating_on_its_scale_is_no_date(text):
    assert dates_in(text) == []


@pytest.mark.parametrize("text, date", [("Seen 7/10 for follow-up.", "7/10"),
                                        ("Anxious about the 3/10 court date.", "3/10"),
                                        ("Worry 9/10 before the 4/10 hearing.", "4/10"),
                                        ("Authorized 2/10 - 4/10.", "2/10")])
def test_a_month_and_day_beside_ratings_stays_a_date(text, date):
    assert date in [m.group(0) for m in dates_in(text)]


@pytest.mark.parametrize("line", ["Response: worry 7/10 -> 4/10 by the end.", "Mood 3/10 at check-in, 6/10 at close.",
                                  "SUDS 9/10 => 5/10 over four trials."])
def test_a_note_dated_only_by_ratings_has_no_date_of_service(line):
    note = _note("Progress note\nCPT 90834   2:00-2:50 pm   office", body=BODY.replace("calmer by the end.", line))
    assert "date_of_service_missing" in names(note)


@pytest.mark.parametrize("head", ["Session 3/12 - 90834 - 2:00-2:50 pm", "Seen 11/5, office, 90834, 2:00-2:50 pm",
                                  "DOS 7/10   CPT 90834   2:00-2:50 pm"])
def test_a_month_and_day_dates_the_session_beside_a_rating(head):
    note = _note(head, body=BODY.replace("calmer by the end.", "worry 7/10 -> 4/10."))
    assert "date_of_service_missing" not in names(note)


# --- the client's place in a table column -----------------------------------------------------------------------------
def _tabled(header: str, row: str) -> str:
    return ("Progress note - video session\n" + header + "\n" + row + "\nDx: F41.1 Generalized anxiety disorder\n"
            "Interventions: cognitive restructuring.\nResponse: calmer by the end.\nRisk: denies SI/HI.\n"
            "Treatment plan dated 04/06/2026: GAD-7 below 10 by 09/30/2026.\n" + SIGNED)


@pytest.mark.parametrize("header, row", [
    ("| DOS | CPT | POS | Client location |", "| 04/20/2026 | 90834-95 | 10 | her dorm room, Ithaca, NY |"),
    ("| Date | Start | End | Patient location | Platform |", "| 04/20/2026 | 2:00 pm | 2:50 pm | home (kitchen) | Doxy.me |"),
    ("| Date | Originating site | Codes |", "| 04/20/2026 | client's car, work parking lot | 90834 95 POS 10 |"),
])
def test_a_filled_client_location_column_is_the_client_s_location(header, row):
    assert "telehealth_location_missing" not in names(_tabled(header, row), codes=["90834", "95", "POS 10"])


@pytest.mark.parametrize("header, row", [
    ("| DOS | CPT | POS | Client location |", "| 04/20/2026 | 90834-95 | 10 | -- |"),
    ("| Date | Clinician location | Platform |", "| 04/20/2026 | clinic office 3 | Doxy.me |"),
    ("| Date | Codes | Notes |", "| 04/20/2026 | 90834 95 POS 10 | went over the thought log |"),
])
def test_a_table_without_the_client_s_place_leaves_it_missing(header, row):
    assert "telehealth_location_missing" in names(_tabled(header, row), codes=["90834", "95", "POS 10"])
