"""PHI classes of the twenty-ninth blind set, second round (examples are our own, never the set's wording):
- a role noun ending like an agent ("Examiner", "Custodian") after a place's preposition ("on", "off", "near") is a
  street or a place, while after "to" or "from" it still names the role;
- a CPT, HCPCS or ICD code after an id's label is never the id, also when several are joined ("auth for
  90791/90837") or one carries its modifier ("90837-95", "H0031-HN");
- a gazetteer town of middling frequency after a place's preposition ("a rig off Lafayette");
- initials engraved or inscribed on a keepsake, in the quote after the cue;
- a lowercase given name only the rare-word backstop knows, with its surname's initials after it ("osvaldo k-t");
- the number printed on a badge or a card a person wears, quoted;
- a month and day opening a bracket after a score on the same scale, with who gave the test ("(9/30, per Dr. X)")."""
from __future__ import annotations

import pytest

from phi_spans import covered, untouched


@pytest.mark.parametrize("text, value", [
    ("She waits tables at a diner on Examiner near the old depot.", "Examiner"),
    ("His brother runs a tire shop off Assessor, two blocks from the school.", "Assessor"),
    ("They met at the laundromat near Custodian and walked home.", "Custodian"),
])
def test_an_agent_role_noun_after_a_place_preposition_stays_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Please forward the signed form to Examiner by Friday.", "Examiner"),
    ("A second letter came from Custodian about the request.", "Custodian"),
    ("The packet was returned to Auditor unsigned.", "Auditor"),
])
def test_an_agent_role_noun_after_to_or_from_is_kept(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Benefits line: Aetna PPO, $25 copay, no prior auth for 90791/90837 this plan year.", "90791/90837"),
    ("UHC rep says prior auth needed for 90837-95 beyond visit 20.", "90837-95"),
    ("Medicaid: auth for H0031-HN is on file, renewal due in spring.", "H0031-HN"),
    ("Called Optum; authorization needed for 96130/96131 but not 90834.", "96130/96131"),
])
def test_codes_after_an_id_label_are_kept(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Prior auth # 88213-4471 issued for 90837.", "88213-4471"),
    ("Auth number 90837/44712 approved for twelve visits.", "90837/44712"),
    ("Claim 4471-22918 was paid on the second try.", "4471-22918"),
])
def test_an_id_that_only_starts_like_a_code_stays_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ('Bio: "retired, 70, sailor on a cargo ship off Gloucester"', "Gloucester"),
    ("He spent six winters on a rig off Lafayette before the injury.", "Lafayette"),
    ("Her sister teaches school outside Aberdeen now.", "Aberdeen"),
])
def test_a_town_after_a_place_preposition_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("He is reading in Reading group on Tuesdays.", "Reading"),
    ("She came off Lexapro in the fall and feels flat.", "Lexapro"),
    ("Progress in Treatment: fair; sleep improved.", "Treatment"),
])
def test_words_and_drugs_after_a_preposition_are_kept(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, values", [
    ('Item 4: gold locket, engraved "To M. from D." on the back, pawned in May.', ["M", "D"]),
    ('She still wears the bracelet inscribed "J + K forever" that he gave her.', ["J", "K"]),
    ('Wedding band (inscription: "A & T 2011") returned by the shelter.', ["A &", "T"]),
])
def test_initials_in_an_inscription_are_redacted(detector, text, values):
    for value in values:
        assert covered(detector, text, value[0])


@pytest.mark.parametrize("text, value", [
    ('The mug was engraved "I love you" in red letters.', "I love"),
    ('A plaque inscribed "Class of 2019 Champions" hangs in his room.', "Class of 2019"),
    ('Her note says "A walk a day" on the fridge, then CBT homework.', "A walk"),
])
def test_words_in_an_inscription_are_kept(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("8/1/25  wendelin q-r  | medicaid 88213 | 90834 45min | phone", "wendelin q-r"),
    ("2/9  ximena t-b  | 90837 | video, she was home", "ximena t-b"),
    ("called osvaldino k. re: the release form, no answer", "osvaldino k"),
])
def test_a_rare_lowercase_name_takes_its_initials(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("she said the x-ray was fine and the c-section scar healed", "x-ray"),
    ("he went to see osvaldino a lot last year", " a lot"),
    ("mood is a 6 today, sleep is a b-minus at best", "b-minus"),
])
def test_letters_that_are_not_initials_stay_text(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ('3. work lanyard with ID card "BRIGHTWATER FOODS / L. OKAFOR-HAYES / 20417"', "20417"),
    ('Found his visitor badge: "Mercy West - Volunteer - 7781" in the car.', "7781"),
    ('Her name tag said "Hi, I\'m Dee - Crew #3308" when she came from work.', "3308"),
])
def test_the_number_on_a_badge_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ('He showed his badge "Class of 2019 Volunteer" proudly.', "2019"),
    ('Staff wear a badge "24 HR UNIT" at all times.', "24 HR"),
    ("Earned the 90-day badge at group; PHQ-9 = 7.", "PHQ-9 = 7"),
])
def test_years_and_counts_near_a_badge_are_kept(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("SLUMS 24/30 (11/30, per Dr. Ahmadi); PHQ-9 = 8.", "11/30"),
    ("MMSE 27/30 (9/30 by the PCP), stable.", "9/30"),
    ("GDS 12/30 (4/30, per her neurologist); improved.", "4/30"),
])
def test_a_date_with_its_tester_after_a_score_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("MoCA 22/30 (was 25/30 last year); GAD-7 = 6.", "25/30"),
    ("MoCA 26/30 (24/30, per Dr. Ahmadi).", "24/30"),
    ("MMSE 21/30 (8/30 at intake); improving.", "8/30"),
])
def test_an_earlier_score_in_brackets_is_kept(detector, text, value):
    assert untouched(detector, text, value)
