"""Classes of name, date, age and plate leaks from the twenty-eighth blind set (examples written here): a name written
surname first that fills a cell or a field, lowercase given names in brackets or after a verb of seeing, a case's
name that is an everyday word written lowercase as the subject of a verb of saying, an unknown lowercase word as that
subject, a login made of a surname and an initial, initials that sign or tick a line; a date range over two months,
Hmong dates, "may" the month in lowercase, a day set for an event after "the"; an age with its unit in another
language; a plate on the line after its label. And what must stay: a list of names in prose keeps its commas,
everyday words in brackets, a rating after "the", a subscale's T-score."""
from __future__ import annotations

import pytest

from assistant.phi.redact import find_spans
from phi_spans import covered, untouched


def _comma_covered(detector, text: str, after: str) -> bool:
    at = text.index(after) + len(after)
    return any(s.start <= at < s.end for s in find_spans([text], detector)[0])


@pytest.mark.parametrize("text, value", [
    ("| 03/02 10:15 | in  | 612-555-0148 | Quisenberry, Delphine   | Mbeki  |", "Quisenberry, Delphine"),
    ("7     AC-20931      Ostrowski, Benedikt   1979-02-11   F41.1\n", "Ostrowski, Benedikt"),
    ("Patient: Nakashima-Ruiz, Ofelia   DOB 4/4/1990", "Nakashima-Ruiz, Ofelia"),
    ("Name .............. Xiong, Ntxhi Yeng (goes by Yeng)", "Xiong, Ntxhi Yeng"),
])
def test_a_name_written_surname_first_in_a_cell_is_one_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, after", [
    ("We met with Marisol, Dmitri and Kofi at the library.", "Marisol"),
    ("She called Okonkwo, then Lindqvist, before noon.", "Okonkwo"),
    ("Reviewed with Dr. Haverford, Ms. Tran and the team.", "Haverford"),
])
def test_a_list_of_names_in_prose_keeps_its_commas(detector, text, after):
    assert not _comma_covered(detector, text, after)


@pytest.mark.parametrize("text, value", [
    ("i emailed payroll (dana) twice and nobody answered", "dana"),
    ("Intake desk notes 2/3 (rosa):\n- scanned the card", "rosa"),
    ("my shift lead (tomas) said i could leave early", "tomas"),
    ("then i started with meg at the counseling center who i still see", "meg"),
    ("ive been seeing tomas since the spring and it helps", "tomas"),
    ("she is still working with priya, the school counselor", "priya"),
])
def test_a_lowercase_given_name_in_brackets_or_after_a_verb_of_seeing_is_a_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("fill in the form (optional) and return it", "optional"),
    ("i put a check next to it (mark) on the sheet", "mark"),
    ("we started with sertraline at 25 mg and kept going", "sertraline"),
    ("been working with anger at home in session", "anger"),
])
def test_everyday_or_clinical_words_in_those_places_stay(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("| 10/13 | Ellsworth, Grace | out |\nnotes:\n- grace asked by phone if she can move to 4pm", "grace"),
    ("| 10/13 | Abernathy-Cole, Sky | out |\nnotes:\n- sky texted STOP to the reminder line", "sky"),
    ("| 10/13 | Villanueva, Hope | out |\nnotes:\n- hope called back about the copay", "hope"),
])
def test_a_case_name_that_is_a_word_written_lowercase_as_a_subject_is_a_name(detector, text, value):
    at = text.rindex(value)  # the lowercase occurrence, after the roster
    spans = find_spans([text], detector)[0]
    assert all(any(s.start <= k < s.end for s in spans) for k in range(at, at + len(value)))


@pytest.mark.parametrize("text, value", [
    ("| 10/13 | Ellsworth, Grace | out |\nwe agreed on a grace period; the sky said rain", "sky"),
    ("| 10/13 | Ellsworth, Grace | out |\nthe grace asked of staff is patience", "grace"),
    ("Pt says the hope called for in the plan is realistic.", "hope"),
])
def test_those_words_stay_words_after_a_determiner_or_with_no_such_name(detector, text, value):
    at = text.rindex(value)
    assert not any(s.start < at + len(value) and s.end > at for s in find_spans([text], detector)[0])


@pytest.mark.parametrize("text, value", [
    ("- Yost is the oldest in the sample, keep him, brannigan says PHQ is read aloud", "brannigan"),
    ("ok so marchetti told me the form was late again", "marchetti"),
    ("front desk: okwuosa called about the bill", "okwuosa"),
])
def test_an_unknown_lowercase_word_as_the_subject_of_saying_is_a_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("pt says sleep is better; mom said the same", "mom"),
    ("the clozapine said to be helping per the chart", "clozapine"),
    ("everyone says it is fine", "everyone"),
])
def test_words_as_the_subject_of_saying_stay(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("   clinician: okafor_c   phq9 18", "okafor_c"),
    ("assigned to vantreese_m per the roster", "vantreese_m"),
    ("last edit: szczepanski.j at 14:02", "szczepanski.j"),
])
def test_a_login_of_a_surname_and_an_initial_is_a_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("set temp_c and data_x in the config", "temp_c"),
    ("columns free_t, total_n and mean_x", "total_n"),
    ("the file sleep_log_a.csv is attached", "sleep_log_a"),
])
def test_a_word_with_an_underscored_letter_stays(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Please hold the claim until you approve it. -RB (ext 311)", "RB"),
    ("Called her back, no answer. --JT (x4402)", "JT"),
    ("bracelets with her cabin mates  -- k.l.", "k.l."),
    ("she ate dinner and went to bed early. - j.r.", "j.r."),
    ("Sleep study reviewed ✔ jw\n  [x] labs", "jw"),
    ("ROI on file ✓ TQ", "TQ"),
    ("[signed, initials:] MRV\ncc: chart", "MRV"),
])
def test_initials_that_sign_or_tick_a_line_are_a_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Consent reviewed ✔ ok", "ok"),
    ("Insurance card scanned ✓ yes", "yes"),
    ("PAI valid (PIM 58T); all clinical scales below 60T; SUI 45T. Mild elevation", "SUI"),
    ("MMPI-3 RC2 = 71, ANX = 66; no validity concerns.", "ANX"),
])
def test_ticks_and_scores_stay(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("IVF cycle at another clinic (stimulation 14 Feb - 3 Mar 2024) went well", "14 Feb - 3 Mar 2024"),
    ("Session 3: Jul 28 – Aug 9, 2025 at the lake", "Jul 28 – Aug 9, 2025"),
    ("Away 30 Dec to 4 Jan with her father's family.", "30 Dec to 4 Jan"),
])
def test_a_date_range_over_two_months_is_one_date(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Hnub tim / Visit date ..... 12 lub 3 hli 2025", "12 lub 3 hli 2025"),
    ("Nws yug hnub tim 5 lub 11 hli xyoo 1987.", "5 lub 11 hli xyoo 1987"),
    ("Rov qab los lub 6 hli ntuj 2024 rau kev kuaj.", "lub 6 hli ntuj 2024"),
])
def test_a_hmong_date_with_the_month_as_a_number_is_a_date(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("got laid off from the mill in may. no SI since.", "may"),
    ("hasnt slept right since may 3 and it shows", "may 3"),
    ("moved back with her mom by may, then left again", "may"),
])
def test_may_in_lowercase_where_the_verb_cannot_stand_is_a_month(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("in may be the best plan for now", "may"),
    ("it may, in time, get easier", "may"),
    ("since may cause drowsiness, take at night", "may"),
])
def test_may_the_verb_stays(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Can we get her on the calendar for the 6/10 baseline? Thanks!", "6/10"),
    ("Family asked about the 3/10 hearing and what to bring.", "3/10"),
    ("Reminder text sent for the 9/10 intake.", "9/10"),
])
def test_a_day_set_for_an_event_after_the_is_a_date(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("she put it at the 6/10 pain mark today", "6/10"),
    ("mood 6/10 at the visit", "6/10"),
    ("rated the urge 7/10 before the meeting", "7/10"),
])
def test_a_rating_after_the_stays(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Grandfather: Vang Lee, 94 xyoos (age 94), uses a walker", "94 xyoos"),
    ("La nonna Pina, 93 anni, vive con loro", "93"),
    ("Opa Henk is 92 jaar oud en woont alleen", "92"),
])
def test_an_age_over_89_with_its_unit_in_another_language_is_redacted(detector, text, value):
    assert covered(detector, text, value.split()[0])


@pytest.mark.parametrize("text, value", [
    ("parked in the lot (blue 2016 Subaru Outback, OH plate\nKRT 5521) and walked in", "KRT 5521"),
    ("his truck, MI plate\n  DGB 4173, was towed", "DGB 4173"),
    ("found in vehicle (gray Camry, NY plate\nHLM-7724) engine running", "HLM-7724"),
])
def test_a_plate_on_the_line_after_its_label_is_a_vehicle(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("State | OH plate\n\n4 sessions left per auth", "4 sessions"),
    ("WA plate\nunknown per client", "unknown"),
    ("OH plate\nNext visit in 2 weeks", "Next visit"),
])
def test_the_next_line_after_a_plate_label_is_no_plate_without_a_plate_shape(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Sincerely,\nDana Whitfield, RHIA, CHPC\nPrivacy Officer", "RHIA, CHPC"),
    ("Records released by Mo Perkins, RHIT, CHPS on request.", "RHIT, CHPS"),
    ("Counselor: Tobin Aske, LCDC", "LCDC"),
])
def test_the_credentials_of_records_staff_after_a_name_stay(detector, text, value):
    assert untouched(detector, text, value)
