"""Letter and checklist classes found by the twenty-fifth blind set and the twenty-fourth's remainder, each with
examples written here (never the sets' own wording)."""
import pytest

from assistant.letters.checklist import check_notes
from assistant.letters.extract import extract_facts


def _status(text, element, letter_type="continued_stay", level="outpatient"):
    items = {i.element: i for i in check_notes(extract_facts([text]), letter_type, level)}
    return items[element]


# -- a lab or vital sign's trend counts only beside the diagnosis it follows -----------------------------------------
@pytest.mark.parametrize("text", [
    "Dx: major depressive disorder, recurrent, severe (F33.2). Weight 82 kg on 3/1. Weight 80.5 kg on 4/2. MADRS today 28.",
    "Diagnosis: generalized anxiety disorder F41.1. HR 104 at intake; HR 88 on 5/6. GAD-7 once, 15.",
    "Dx F31.81 bipolar II. Lithium level 0.6 on 2/2 and 0.9 on 3/3. YMRS 14 this week.",
])
def test_a_body_measure_beside_a_condition_it_does_not_follow_is_no_trend(text):
    assert _status(text, "measure_trend").status == "missing"


@pytest.mark.parametrize("text", [
    "Dx: anorexia nervosa, restricting type (F50.01). Weight 41.2 kg on 6/1. Weight 43.0 kg on 6/15.",
    "Diagnosis: alcohol use disorder, severe F10.20. PEth 410 ng/mL on 1/5, 120 ng/mL on 2/9.",
    "Bulimia nervosa. Potassium 3.1 on 9/2 -> 3.9 on 9/16.",
])
def test_a_body_measure_beside_the_condition_it_follows_is_a_trend(text):
    assert _status(text, "measure_trend").status == "met"


def test_with_no_diagnosis_a_lab_trend_still_counts():
    assert _status("Wt 52 kg on 3/3. Wt 54 kg on 3/17.", "measure_trend").status == "met"


@pytest.mark.parametrize("text, quoted", [
    ("Dx F33.1. Vitals: HR 96, BP 120/80. PHQ-9 19 at intake.", "PHQ-9"),
    ("Dx F41.1. Wt 70 kg. GAD-7 today 16.", "GAD-7"),
    ("F43.10 PTSD. Pulse 110 on arrival. PCL-5 58.", "PCL-5"),
])
def test_the_standardized_measure_quotes_a_symptom_scale_before_a_vital(text, quoted):
    item = _status(text, "standardized_measure")
    assert item.status == "met" and quoted in item.evidence


# -- a "none" history beside someone's unconfirmed memory of care is not known either way --------------------------
@pytest.mark.parametrize("text", [
    "Denies prior treatment, though her mother recalls a school counselor in 2019 - unable to confirm.",
    "No previous therapy reported; wife believes he may have seen a psychiatrist in the Army, records not found.",
    "Past treatment: none known; the PCP's referral hints at prior counseling, unverified.",
])
def test_a_none_history_beside_an_unconfirmed_memory_of_care_is_missing(text):
    assert _status(text, "prior_treatment").status == "missing"


@pytest.mark.parametrize("text", [
    "No prior treatment; she remembers her mother had therapy, no details.",   # a relative's care
    "Prior tx: 12 sessions of CBT in 2022 per records; she recalls it helped.",  # confirmed care
    "No prior treatment of any kind, confirmed with her PCP.",
])
def test_a_history_that_is_known_stays_met(text):
    assert _status(text, "prior_treatment").status == "met"


# -- when the next visit is ("Recall 3 mo", "see back in 4 weeks") is not how long care lasts -----------------------
@pytest.mark.parametrize("text", [
    "Tx: fluoride varnish placed. Recall 3 mo.",
    "Plan: recall in 6 months for cleaning.",
    "Plan: see back in 4 weeks; refill sent.",
    "Plan: RTC 6 wks for med check.",
])
def test_a_next_visit_interval_is_no_duration(text):
    assert not extract_facts([text]).duration


@pytest.mark.parametrize("text", [
    "Plan: weekly CBT for 12 weeks; RTC 2 wks.",
    "Plan: weekly sessions for 16 weeks, then recall for a booster.",
    "Plan: 10 more sessions of ERP, weekly.",
])
def test_a_plan_length_beside_a_next_visit_still_counts(text):
    assert extract_facts([text]).duration


# -- a counted behaviour at two times is an ABA request's trend ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Tantrums: 5 a day at baseline, 2 a day now (parent data).",
    "Since June his hitting dropped from 14 episodes a week to 3 a week.",
    "Target | rate/hr | 3.1 | 2.2 | 0.9",
    "Vocal mands rose from about 6 per session in July to 21 per session this month.",
])
def test_a_counted_behaviour_at_two_times_is_the_trend_of_an_aba_request(text):
    item = _status("Dx: autism spectrum disorder F84.0. " + text, "measure_trend", level="ABA")
    assert item.status == "met"


@pytest.mark.parametrize("text, level", [
    ("Panic attacks: 5 a week at intake, 1 a week now.", "outpatient psychotherapy"),   # not a behaviour-analytic request
    ("ABA began at 20 hrs/week; now 25 hrs/week is requested.", "ABA"),               # hours of service, not behaviour
    ("Goal: biting no more than 1 per day across 3 weeks.", "ABA"),                   # a target, not data
    ("He bit others 6 to 8 times a day at baseline.", "ABA"),                         # one time only
])
def test_what_is_not_a_counted_behaviour_trend(text, level):
    assert _status(text, "measure_trend", level=level).status == "missing"


@pytest.mark.parametrize("table", [
    "Behavior | Measure | BL | Apr | Jun\nBiting | rate/hr | 1.6 | 1.1 | 0.4\n",
    "Target | Unit | Baseline | Week 8 | Week 16\nTantrums | count/day | 6 | 4 | 2\n",
    "Behavior | Metric | Jan | Feb | Mar\nSpitting | per session | 9 | 5 | 3\n",
])
def test_a_table_row_of_a_counted_behaviour_is_the_trend_of_an_aba_request(table):
    item = _status("Dx: autism spectrum disorder F84.0.\n\n" + table, "measure_trend", level="ABA")
    assert item.status == "met"


# -- parts listed after a dated heading share its date ---------------------------------------------------------------
@pytest.mark.parametrize("text, date", [
    ("Report date 11/30/2026.\nAberrant Behavior Checklist (parent, 11/20/2026): Irritability 31, Hyperactivity 29, Lethargy 9.", "11/20/2026"),
    ("Date: 3/3/2026\nECBI (mother, 1/5/2026): Intensity 172, Problem 24.", "1/5/2026"),
    ("Date: 3/3/2026\nVineland-3 (parent interview, 06/05/2026) Adaptive Behavior Composite 62 (Communication 58, Socialization 61).", "06/05/2026"),
])
def test_parts_after_a_dated_heading_share_its_date(text, date):
    assert {m.date for m in extract_facts([text]).measures} == {date}


def test_parts_without_a_heading_date_take_the_notes_date():
    assert {m.date for m in extract_facts(["Date: 3/3/2026\nECBI (mother): Intensity 172, Problem 24."]).measures} == {"3/3/2026"}


# -- a lab or vital's later readings told on in a list, each with unit and date --------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Weight 41.2 kg on 6/1, 43.0 kg on 6/15, 44.1 kg on 6/29.", [41.2, 43.0, 44.1]),
    ("Potassium 3.1 mEq/L on 9/2 and 3.9 mEq/L on 9/16.", [3.1, 3.9]),
    ("Wt 50 kg (3/3) -> 52 kg (3/17).", [50, 52]),
])
def test_a_lab_list_with_units_and_dates_is_read_as_a_series(text, expected):
    assert [m.score for m in extract_facts([text]).measures] == expected


@pytest.mark.parametrize("text", [
    "Wt 52 kg on 3/3, HR 88.",                     # another vital follows
    "Weight 41.2 kg, 40 kg goal by 6/15.",          # a target, no reading date
    "Weight 61 kg on 4/4; lost 3 kg since March.",  # an amount of change
])
def test_a_lab_value_followed_by_something_else_stays_one_reading(text):
    assert [m.instrument for m in extract_facts([text]).measures].count("weight") == 1
