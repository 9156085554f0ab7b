"""Letter and checklist classes found by the twenty-sixth blind set and the twenty-fifth's remainder, each with
examples written here (never the sets' own wording)."""
import pytest

from assistant.letters.extract import extract_facts
from letter_facts import status as _status


# -- an earlier attempt at care told by its count is prior treatment ----------------------------------------------
@pytest.mark.parametrize("text", [
    "This is his second try at a structured program this year; the first ended after two weeks.",
    "Her third admission to an eating-disorder unit since 2024.",
    "It is their son's another round of residential treatment, the last one in Utah.",
    "This is a repeat course of outpatient therapy for the same worries.",
])
def test_an_earlier_attempt_at_care_counted_is_prior_treatment(text):
    assert _status(text, "prior_treatment").status == "met"


@pytest.mark.parametrize("text", [
    "Second session this week; worked on sleep hygiene.",
    "She made a second attempt at the exposure ladder today.",
    "Third try at the bus ride went well.",
])
def test_a_second_session_or_attempt_at_a_task_is_no_prior_treatment(text):
    assert _status(text, "prior_treatment").status == "missing"


# -- the Re: line pairs one person's name with that person's birth date --------------------------------------------
from assistant.letters.letter_view import client_identity  # noqa: E402


@pytest.mark.parametrize("notes, expected", [
    (["Individual follow-up after group - <PERSON_1> (DOB <DATE_1>)  90834",
      "Neurology summary\nPatient: <PERSON_2>   DOB <DATE_2>\nCare partner present: <PERSON_1>, wife."], "<PERSON_1>"),
    (["Session with <PERSON_3>, DOB: <DATE_4>, seen with her mother", "Pediatric record\nPatient: <PERSON_5> DOB <DATE_5>"],
     "<PERSON_3>"),
    (["Caregiver check-in: <PERSON_7> (date of birth <DATE_1>)\nDx F43.23",
      "Hospice face sheet\nName: <PERSON_8>  Date of birth: <DATE_2>"], "<PERSON_7>"),
])
def test_the_client_is_the_person_beside_the_birth_date_the_letter_uses(notes, expected):
    found = client_identity(notes)
    assert found["name"] == expected and found["dob"] in notes[0]


@pytest.mark.parametrize("notes, expected", [
    (["Client: <PERSON_1>   DOB: <DATE_1>", "Mother <PERSON_2> joined."], "<PERSON_1>"),
    (["Name: <PERSON_1>\nDOB: <DATE_1>\nSeen with <PERSON_2>"], "<PERSON_1>"),
    (["Patient: <PERSON_4>\nReferred by <PERSON_5> DOB <DATE_3>"], "<PERSON_4>"),  # the labelled line gives no birth date
])
def test_a_labelled_client_stays_when_no_other_birth_date_contradicts_it(notes, expected):
    assert client_identity(notes)["name"] == expected


# -- a run of names caught as one span is restored person by person -------------------------------------------------
from assistant.phi.redact import apply_placeholders  # noqa: E402
from assistant.phi.vault import Vault, reidentify  # noqa: E402
from assistant.records import PhiSpan  # noqa: E402


@pytest.mark.parametrize("roster, later, restored", [
    ("Bev M. / Carmen O. / Walt H.", "Carmen", "Carmen O."),  # the person's fullest form, never the roster
    ("Lou P.; Ruth E-S.; Dee R.", "Ruth", "Ruth E-S."),
    ("Ana Ortiz & Joe Lin and Sam Roy", "Joe Lin", "Joe Lin"),
])
def test_a_caught_run_of_names_gives_each_person_a_placeholder(roster, later, restored):
    text = f"Present: {roster}\n{later} spoke first."
    start = text.index(roster)
    spans = [PhiSpan(start, start + len(roster), "NAME", 1.0), PhiSpan(text.index(later, start + len(roster)),
                                                                      text.index(later, start + len(roster)) + len(later), "NAME", 1.0)]
    vault = Vault()
    note = apply_placeholders("n1", text, spans, vault)
    assert note.text.count("<PERSON_") >= 4
    line = note.text.splitlines()[1]
    assert reidentify(line, vault) == f"{restored} spoke first."
    assert reidentify(note.text.splitlines()[0], vault) == text.splitlines()[0]


# -- a group note told in prose keeps only the client's sentences ----------------------------------------------------
from assistant.letters.group_notes import client_entries  # noqa: E402


@pytest.mark.parametrize("note", [
    "Caregiver group, week 4\nRoll: <PERSON_3> / <PERSON_4> / <PERSON_6> / <PERSON_7>\n"
    "<PERSON_4> and <PERSON_7> talked about night falls. <PERSON_6> said she finally took the respite hours. Topic: sleep.",
    "Men's grief circle\nPresent - <PERSON_3>, <PERSON_4>, <PERSON_5>, <PERSON_6>\n"
    "<PERSON_5> cried for the first time. The circle talked about anniversaries. <PERSON_6> shared the empty-chair letter.",
    "DBT skills group\nAttendees: <PERSON_6>; <PERSON_8>; <PERSON_9>\n<PERSON_9> left early. <PERSON_6> used TIPP twice this week.",
])
def test_a_group_note_in_prose_keeps_the_clients_sentences_only(note):
    kept = client_entries(["Client: <PERSON_6>   DOB <DATE_1>", note])[1]
    others = {"<PERSON_3>", "<PERSON_4>", "<PERSON_5>", "<PERSON_7>", "<PERSON_8>", "<PERSON_9>"}
    assert "<PERSON_6>" in kept and not any(p in kept for p in others)


@pytest.mark.parametrize("note", [
    "Family session\nPresent: <PERSON_3> (mother), <PERSON_4> (stepfather), <PERSON_5> (sister), <PERSON_6>\n"
    "<PERSON_3> described the morning fights. <PERSON_6> agreed to the chart.",
    "Session note\nPresent: <PERSON_3>, <PERSON_4>, <PERSON_6>\n<PERSON_3> drove him in. <PERSON_6> rated anxiety 6.",  # no group
    "Couples group\nMembers: <PERSON_4>, <PERSON_6>\n<PERSON_4> spoke about the move. <PERSON_6> listened.",  # one other only
])
def test_a_family_session_or_a_short_roll_keeps_every_sentence(note):
    kept = client_entries(["Client: <PERSON_6>   DOB <DATE_1>", note])[1]
    assert kept == note


@pytest.mark.parametrize("full, short", [
    ("Ruth Ellery-Stokes", "Ruth E-S."),
    ("Bev Mayberry", "Bev M."),
    ("Walter Hsu-Lin", "Walter H."),
])
def test_a_surname_and_its_initials_are_one_person(full, short):
    vault = Vault()
    assert vault.placeholder_for("NAME", full) == vault.placeholder_for("NAME", short)


@pytest.mark.parametrize("one, other", [
    ("Ruth Ellis", "Ruth Moss"),
    ("Ruth E.", "Ruth Moss"),
    ("Bev M-K.", "Bev Mayberry"),
])
def test_other_surnames_stay_other_people(one, other):
    vault = Vault()
    assert vault.placeholder_for("NAME", one) != vault.placeholder_for("NAME", other)


# -- a lab or vital trend is stated in its units; values in two units are converted or left uncompared --------------
from assistant.letters.score_lines import trends  # noqa: E402


@pytest.mark.parametrize("text, expected", [
    ("Dx: anorexia nervosa F50.01. Weight 100 lb on 3/1/2026. Weight 47.4 kg on 4/1/2026.", "2.04 kg higher"),
    ("Dx: anorexia nervosa F50.01. Wt 41.0 kg on 3/1/2026. Wt 43.5 kg on 4/1/2026.", "2.5 kg higher"),
    ("Dx: anorexia nervosa F50.01. Weight 45 kg on 3/1/2026; weight 110 lb on 4/1/2026.", "10.79 lb higher"),
])
def test_a_weight_trend_is_stated_in_kilograms_or_pounds_never_in_points(text, expected):
    lines = [t for t in trends(extract_facts([text])) if t.lower().startswith(("weight", "wt"))]
    assert lines and expected in lines[0] and "points" not in lines[0]


@pytest.mark.parametrize("text", [
    "Dx: alcohol use disorder F10.20. PEth 410 ng/mL on 1/5/2026, 120 ng/mL on 2/9/2026.",
    "Dx: bulimia nervosa F50.2. Potassium 3.1 mmol/L on 9/2/2026 -> 3.9 mmol/L on 9/16/2026.",
    "Dx: anorexia nervosa F50.01. HR 44 bpm on 10/1/2026; HR 58 bpm on 10/20/2026.",
])
def test_a_lab_trend_never_counts_points(text):
    lines = trends(extract_facts([text]))
    assert lines and all("point" not in line for line in lines)


# -- an HL7 message's narrative (OBX TX/FT, NTE) is read as lines ------------------------------------------------------
from assistant.letters.hl7_text import plain_hl7_text  # noqa: E402

_HL7 = ("MSH|^~\\&|EHR|CLINIC|HIE|PAYER|20260914163205||MDM^T02|X1|P|2.5.1\n"
        "OBX|1|CE|DX1^Diagnosis||F33.1^Major depressive disorder, recurrent, moderate^I10||||||F\n"
        "OBX|5|NM|DUR^Session length||48|min^minutes|||||F\n")


@pytest.mark.parametrize("segment, element", [
    ("OBX|6|TX|NARR^Progress note||Worked 3 of 5 days.\\.br\\Plan: weekly CBT, 16 sessions.||||||F", "frequency_duration"),
    ("OBX|6|FT|NOTE^Narrative||Seen in office.\\.br\\Goals: PHQ-9 under 10 by 12/01/2026\\.br\\Risk: denies SI.||||||F",
     "measurable_goals"),
    ("NTE|1|L|Safety: denies SI/HI\\X0D\\\\X0A\\Hx: 8 counseling sessions in 2019.", "prior_treatment"),
])
def test_an_hl7_narrative_is_read_line_by_line(segment, element):
    assert _status(_HL7 + segment, element).status == "met"


def test_hl7_escapes_become_text_and_numeric_segments_stay():
    text = plain_hl7_text(_HL7 + "OBX|6|TX|NARR^Progress note||Mood \\T\\ sleep better.\\.br\\Plan: weekly.||||||F")
    assert "Progress note:\nMood & sleep better.\nPlan: weekly." in text and "OBX|5|NM|DUR^Session length||48|" in text
    assert plain_hl7_text("Plan: weekly | 12 sessions") == "Plan: weekly | 12 sessions"


# -- inline Markdown from a notes app (bold values, wiki links, code spans) is read as its text -------------------------
from assistant.letters.markup import plain_inline_markdown  # noqa: E402


@pytest.mark.parametrize("text", [
    "Dx F41.1. Measures:\n- GAD-7 **15** (intake [[2026-09-23 Intake]]: 16)",
    "Dx F33.1. PHQ-9 __12__ today; PHQ-9 was `18` at [intake](intake.md) on 01/05/2026.",
    "Dx F43.10. PCL-5 **41** on [[2026-10-01]]; PCL-5 **52** on [[2026-08-01 Intake|intake]].",
])
def test_scores_in_inline_markdown_make_a_trend(text):
    assert _status(text, "measure_trend").status == "met"


@pytest.mark.parametrize("text, expected", [
    ("* bullet stays\n3*4 and snake_case_name stay", "* bullet stays\n3*4 and snake_case_name stay"),
    ("[[Treatment plan 2026-09-30|plan]] weekly", "Treatment plan 2026-09-30 weekly"),
    ("a [link](https://example.org/x) and **bold words**", "a link and bold words"),
])
def test_inline_markdown_marks_go_and_other_stars_stay(text, expected):
    assert plain_inline_markdown(text) == expected


@pytest.mark.parametrize("text", [
    "Dx F41.1. GAD-7 15 (09/23 visit: 16)",
    "Dx F33.1. PHQ-9 11 (2026-08-01 session: 18)",
    "Dx F43.10. PCL-5 40 (at intake 09/23 assessment: 55)",
])
def test_an_earlier_value_named_by_its_date_and_occasion_is_a_trend(text):
    assert _status(text, "measure_trend").status == "met"


# -- a plan/intent screen written as two denials, or beside the wish it screens, is a risk assessment ---------------
@pytest.mark.parametrize("text", [
    "She said she wished she wasn't here. Denies any plan, denies intent.",
    "Denies plan; denies intent; no prior attempts.",
    "Some nights everybody would be better off without me, he said, but denies any plan.",
])
def test_a_plan_and_intent_screen_in_two_denials_is_a_risk_assessment(text):
    assert _status(text, "risk_assessment").status == "met"


@pytest.mark.parametrize("text", [
    "Denies any plan to return to work before January.",
    "No plan for the weekend yet; intent to call her sister.",
    "Mother denies any plan to move.",
])
def test_a_plan_about_other_things_is_no_risk_assessment(text):
    assert _status(text, "risk_assessment").status == "missing"


# -- leaving work, class or a meeting because of symptoms, and someone else doing the driving, are impairments -------
@pytest.mark.parametrize("text", [
    "Left one staff meeting when her chest got tight.",
    "She walked out of class twice this week because of panic.",
    "Her husband drives her everywhere since the rollover.",
    "His roommate drove him to work all month.",
])
def test_leaving_work_for_symptoms_or_being_driven_everywhere_is_an_impairment(text):
    assert _status(text, "functional_impairment").status == "met"


@pytest.mark.parametrize("text", [
    "She left the meeting feeling proud of what she said.",
    "Her mother drove her to the session today.",
    "He left work at 5 and went to the gym.",
])
def test_leaving_or_a_ride_in_passing_is_no_impairment(text):
    assert _status(text, "functional_impairment").status == "missing"


# -- a one-row spreadsheet export is read as fields ------------------------------------------------------------------
from assistant.letters.one_row_tables import one_row_fields  # noqa: E402


@pytest.mark.parametrize("text, element", [
    ("DOS\tDx\tRisk\tPlan\tSigned\n08/04/2026\tF31.81 Bipolar II\tdenies SI/HI; low risk\tmonthly IPSRT for 6 months\tR. Cole, PMHNP",
     "frequency_duration"),
    ("Date\tDiagnosis\tMeds\tGoals\tClinician\n10/02/2026\tF41.1 GAD\tsertraline 50 mg\tGAD-7 under 8 by 12/31/2026\tA. Lee, LPC",
     "measurable_goals"),
    ("Visit\tCode\tSafety\tHistory\tSigned\n3/3/2026\t90834\tdenies SI, no plan or intent\t6 sessions of CBT in 2021\tB. Ray, LCSW",
     "prior_treatment"),
])
def test_a_one_row_tab_export_is_read_as_fields(text, element):
    assert _status(text, element).status == "met"


def test_a_table_of_several_rows_or_prose_with_tabs_is_not_turned_into_fields():
    table = "Date\tPHQ-9\tGAD-7\tNote\n1/5\t18\t15\tintake\n2/2\t14\t12\tbetter\n3/2\t11\t9\tworking"
    assert one_row_fields(table) == table
    prose = "Plan:\tweekly\nGoals:\tGAD-7 < 8"
    assert one_row_fields(prose) == prose


# -- a goal that counts events down names no schedule ------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Plan: tx plan 08/04/2026: monthly IPSRT for 6 months; goals PHQ-9 < 10 by 11/03/2026, no ER or hospital visits",
    "Tx plan 03/01/2026: weekly CBT; targets: zero missed sessions for 8 weeks",
    "Treatment plan (review 5/1): goals <= 1 ED visit per quarter",
])
def test_a_goal_that_counts_events_down_is_a_measurable_goal(text):
    assert _status(text, "measurable_goals").status == "met"


@pytest.mark.parametrize("text", [
    "Tx plan 03/01/2026: weekly sessions, 12 visits",
    "Treatment plan 02/02/2026: no sessions on holidays",
    "Plan: monthly med visits; next appointment 4/4",
])
def test_a_plans_schedule_is_no_goal(text):
    assert _status(text, "measurable_goals").status == "missing"


# -- a rating scale's key and a rate's measurement window are no treatment schedule ----------------------------------
@pytest.mark.parametrize("text", [
    "Frequency: 0 = never or 1 day, 1 = 2-6 days (several days), 2 = 7-11 days, 3 = 12-14 days (nearly every day).",
    "How often: 0 = not at all, 1 = several days, 2 = more than half the days, 3 = nearly every day",
    "Rating: 1 = once a week or less, 2 = 2-3 times a week, 3 = daily",
])
def test_a_rating_scales_key_is_no_frequency(text):
    assert _status("Dx F33.1. " + text, "frequency_duration").status == "missing"
    assert _status("Dx F33.1. Visits weekly. " + text, "frequency_duration").status == "missing"  # nor a duration


@pytest.mark.parametrize("text", [
    "Family sessions weekly. He will stay in the area on 90% of school days across a 4-week period.",
    "Family sessions weekly. She will use the strategy in 4 of 5 opportunities over a 6-week span.",
    "Weekly group. Objective: on-task in 80% of trials during a 3-week window.",
])
def test_a_rates_measurement_window_is_no_duration(text):
    assert _status(text, "frequency_duration").status == "missing"


def test_a_plan_over_a_period_is_still_a_duration():
    assert _status("Plan: weekly CBT over a 12-week period.", "frequency_duration").status == "met"


# -- a person's role in a bracket is no care received --------------------------------------------------------------
from assistant.letters.element_checks import CHECKS  # noqa: E402
from assistant.letters.patterns import segments as _segments  # noqa: E402


@pytest.mark.parametrize("text", [
    "Report received: 06/03/2025   Reporter: mandated reporter (therapist)",
    "Contact received 2025 from Ms. Ray (her counselor)",
    "Signed 3/3/2025 - J. Ames (psychiatrist)",
])
def test_a_role_in_a_bracket_is_no_prior_treatment_for_the_semantic_signal(text):
    assert not [f for s in _segments([text]) for f in CHECKS["prior_treatment"](s)]


@pytest.mark.parametrize("text", [
    "She saw a therapist in 2019 for 6 sessions.",
    "Had counseling (school counselor) in 2018.",
    "Was in therapy with a psychologist (weekly) in 2020.",
])
def test_care_told_with_a_bracket_still_passes_the_check(text):
    assert [f for s in _segments([text]) for f in CHECKS["prior_treatment"](s)]


# -- an after-visit summary's "Why you were in the hospital" is the stay's diagnoses, no level-of-care rationale -----
@pytest.mark.parametrize("text", [
    "Why you were in the hospital\n  * Alcohol withdrawal\n  * Fall at home (staples out in 7-10 days at your doctor's office)",
    "Why you came to the emergency department:\n- chest pain, ruled out\n- panic attack",
    "Why you stayed with us\n  * Suicidal thoughts after a breakup\n  * Not sleeping",
])
def test_a_patient_facing_why_heading_is_no_lower_level_rationale(text):
    assert _status(text, "lower_level_insufficient", level="IOP").status == "missing"


@pytest.mark.parametrize("text", [
    "Why IOP: weekly outpatient therapy failed twice; he relapsed within 5 days each time.",
    "Why not outpatient: two ED visits in a month while in weekly therapy.",
    "Why this level of care: three relapses during standard outpatient care since June.",
])
def test_a_why_this_level_field_is_still_a_rationale(text):
    assert _status(text, "lower_level_insufficient", level="IOP").status == "met"


# -- no home of one's own, and contact with a child only under supervision, are functional impairments ------------
@pytest.mark.parametrize("text", [
    "Staying with his sister, no lease of his own yet.",
    "Supervised visits with his 9-year-old daughter restarted 10/19.",
    "She has been couch-surfing since the eviction notice.",
    "Sleeping in his truck most nights.",
])
def test_no_home_of_ones_own_or_supervised_contact_is_an_impairment(text):
    assert _status(text, "functional_impairment").status == "met"


@pytest.mark.parametrize("text", [
    "He visited his sister's place for dinner.",
    "Lease renewed for another year.",
    "The supervisor visited the clinic on Monday.",
])
def test_a_home_or_a_visit_in_passing_is_no_impairment(text):
    assert _status(text, "functional_impairment").status == "missing"


# -- a run-in heading closed by a full stop is the field it names -----------------------------------------------------
from assistant.letters.plain_note import run_in_headings  # noqa: E402


@pytest.mark.parametrize("text, element", [
    ("Dx F45.22.\nGoals. BDD-YBOCS under 16; on time to first period every school day for 4 weeks.", "measurable_goals"),
    ("Dx F41.1.\nSafety. Asked about suicidal thoughts: none, no plan or intent; low risk.", "risk_assessment"),
    ("Dx F33.1.\nHistory. Eight sessions of counseling in 2019 after her divorce.", "prior_treatment"),
])
def test_a_run_in_heading_with_a_full_stop_names_its_field(text, element):
    assert _status(text, element).status == "met"


def test_names_with_titles_and_plain_sentences_are_no_run_in_headings():
    text = "Dr. Smith saw her.\nMs. Lee called.\nShe came. Then left.\nSt. Mary's sent records."
    assert run_in_headings(text) == text


# -- a step down to a lower schedule on a condition is a step-down criterion ---------------------------------------
@pytest.mark.parametrize("text", [
    "Plan: twice weekly for another 8 weeks, then weekly once her Y-BOCS is 20 or lower on two ratings in a row.",
    "Twice a week now, then every other week when the panic log shows 2 weeks without attacks.",
    "IOP 3 days a week, then down to weekly outpatient if she stays sober 30 days.",
])
def test_then_a_lower_schedule_on_a_condition_is_a_step_down_criterion(text):
    assert _status(text, "discharge_criteria").status == "met"


@pytest.mark.parametrize("text", [
    "She was seen twice weekly, then weekly from March.",
    "Weekly sessions, then monthly.",
    "Then weekly phone check-ins with her sister.",
])
def test_then_a_lower_schedule_with_no_condition_is_no_criterion(text):
    assert _status(text, "discharge_criteria").status == "missing"


# -- a condition's threshold after the instrument's name is no score ------------------------------------------------
@pytest.mark.parametrize("text", [
    "Then weekly once her BDD-YBOCS is 20 or lower on two ratings in a row.",
    "Step down when PHQ-9 is 9 or lower.",
    "Discharge once the PCL-5 drops to 33 or below.",
])
def test_a_conditions_threshold_is_no_score(text):
    assert _status(text, "standardized_measure").status == "missing"


@pytest.mark.parametrize("text", [
    "PHQ-9 is 14 today.",
    "GAD-7 was 12 on 3/3, down from 15.",
    "PCL-5 = 41 (intake 58).",
])
def test_a_score_told_with_is_or_was_stays_a_score(text):
    assert _status(text, "standardized_measure").status == "met"


# -- a goal's deadline at the end of treatment is no discharge criterion ----------------------------------------------
@pytest.mark.parametrize("text", [
    "Goals: back in band or another after-school activity by the end of treatment.",
    "Goal 2: PHQ-9 under 10 by the end of therapy.",
    "Target: sleeping in her own bed 6 of 7 nights before the end of the program.",
])
def test_a_goals_deadline_at_the_end_of_treatment_is_no_discharge_criterion(text):
    assert _status(text, "discharge_criteria").status == "missing"


@pytest.mark.parametrize("text", [
    "Treatment ends when she is back in band for 4 weeks.",
    "Discharge when PHQ-9 < 10 for a month.",
    "We will end therapy once panic attacks stay at zero for 6 weeks.",
])
def test_an_end_on_a_condition_is_still_a_discharge_criterion(text):
    assert _status(text, "discharge_criteria").status == "met"


# -- HL7 results that are parts of an instrument, and a table's subscale rows, are read as parts --------------------
def _measures(text):
    return {(m.instrument, m.score) for m in extract_facts([text]).measures}


@pytest.mark.parametrize("text, expected", [
    ("OBR|1||R1|YGTSS^Yale Global Tic Severity Scale^L|||20250903\n"
     "OBX|1|NM|YGTSS-MTR^Motor tic severity^L||18|score|0-25||||F|||20250903\n"
     "OBX|2|NM|YGTSS-IMP^Impairment^L||30|score|0-50||||F|||20250903", {("YGTSS motor", 18), ("YGTSS impairment", 30)}),
    ("OBR|1||R2|YBOCS^Yale-Brown Obsessive Compulsive Scale^L|||20251001\n"
     "OBX|1|NM|YB-OBS^Obsessions subtotal^L||14|score|0-20||||F|||20251001", {("Y-BOCS Obsessions", 14)}),
    ("OBX|1|NM|SIR-DD^Difficulty discarding^L||18|score||||F|||20250610\n"
     "OBX|2|NM|SI-R-ACQ^Excessive acquisition^L||12|score||||F|||20250610", {("SI-R excessive acquisition", 12)}),
])
def test_hl7_results_that_are_parts_are_read_as_parts(text, expected):
    assert expected <= _measures(text)


def test_an_hl7_result_naming_its_own_instrument_stays_that_instrument():
    text = ("OBR|1||R1|YGTSS^Yale Global Tic Severity Scale^L|||20250903\n"
            "OBX|6|NM|PUTS^Premonitory Urge for Tics Scale^L||26|score|9-36||||F|||20250903\n"
            "OBX|7|NM|XYZ-1^Hand strength^L||40|kg||||F|||20250903")
    found = _measures(text)
    assert ("PUTS", 26) in found and not any(name.startswith("YGTSS") for name, _ in found)


@pytest.mark.parametrize("row, part", [("difficulty discarding", "SI-R difficulty discarding"),
                                       ("excessive acquisition", "SI-R excessive acquisition"), ("clutter", "SI-R clutter")])
def test_saving_inventory_subscale_rows_are_parts(row, part):
    text = f"Dx F42.3.\n              03/04/2025    06/10/2025\nSI-R total       62            54\n  {row}   21   18\n"
    assert (part, 21) in _measures(text) and (part, 18) in _measures(text)


# -- instruments of refugee, impulse-control, young-child trauma and attachment care, and liver enzymes ---------------
@pytest.mark.parametrize("text, expected", [
    ("Intake: Harvard Trauma Questionnaire (HTQ) Part IV mean 3.1; HSCL-25 depression mean 2.9.",
     {("HTQ Part IV mean", 3.1), ("HSCL-25 depression mean", 2.9)}),
    ("O: Kleptomania Symptom Assessment Scale (K-SAS) 31 today.", {("K-SAS", 31)}),
    ("TSCYC (caregiver report) anxiety T = 68.", {("TSCYC anxiety T", 68)}),
    ("Relationship Problems Questionnaire total 11 (parent report).", {("RPQ", 11)}),
    ("Labs: AST 112 U/L, ALT 64 U/L on admission.", {("AST", 112), ("ALT", 64)}),
])
def test_newer_catalog_instruments_are_read(text, expected):
    assert expected <= _measures(text)


@pytest.mark.parametrize("text", ["Alt route home taken.", "HTQ mean 7.5 reported.", "K-SAS 60 today."])
def test_a_lowercase_word_or_a_score_out_of_range_gives_no_score(text):
    names = {name for name, _ in _measures(text)}
    assert not names & {"ALT", "HTQ Part IV mean", "HTQ mean", "HTQ", "K-SAS"}


# -- no care of the kind, ever, is an explicit "no prior treatment" ---------------------------------------------------
@pytest.mark.parametrize("text", [
    'No mental health treatment in Haiti ("there was no such thing").',
    "No psychiatric care before this year.",
    "No behavioral health services in his life until now.",
])
def test_no_care_of_the_kind_is_no_prior_treatment_documented(text):
    assert _status(text, "prior_treatment").status == "met"


@pytest.mark.parametrize("text", [
    "No mental health services available in the county right now.",
    "No psychiatric treatment currently.",
    "No mental health care scheduled yet; referral sent.",
])
def test_no_care_now_or_nearby_says_nothing_of_history(text):
    assert _status(text, "prior_treatment").status == "missing"


# -- asking about self-harm after a long account of who was asked, and how, is a risk screen --------------------------
@pytest.mark.parametrize("text", [
    "Asked Maya alone (10 minutes) and then her dad separately about thoughts of killing herself: no.",
    "We asked him privately, after his mother stepped out, about thoughts of suicide; he said no.",
    "Asked the client, with the interpreter present and at the end of the visit, about self-harm: none.",
])
def test_asking_about_self_harm_after_a_long_account_of_who_was_asked_is_a_screen(text):
    assert _status(text, "risk_assessment").status == "met"


@pytest.mark.parametrize("text", [
    "Asked about her weekend plans and whether she'd like to go to the fair.",
    "He asked his teacher, after class and in front of two friends, about the field trip.",
    "Mother asked the pediatrician, at the last well visit in June, about his weight.",
])
def test_asking_about_other_things_is_no_screen(text):
    assert _status(text, "risk_assessment").status == "missing"


# -- an instrument named on its own line, its part scores indented below; a long aside before the parts --------------
@pytest.mark.parametrize("text, expected", [
    ("YGTSS (clinician-rated with Eli and his mother, 09/16/2025):\n  Motor 15  |  Phonic 12  |  Impairment 20",
     {("YGTSS motor", 15), ("YGTSS phonic", 12), ("YGTSS impairment", 20)}),
    ("Y-BOCS, rated at the end of the session:\n    Obsessions 12, Compulsions 14", {("Y-BOCS Obsessions", 12), ("Y-BOCS Compulsions", 14)}),
    ("ECBI (mother and father together, filled in at home on 3/2/2026): Intensity 151, Problem 19",
     {("ECBI Intensity", 151), ("ECBI Problem", 19)}),
])
def test_part_scores_below_or_after_an_aside_are_read(text, expected):
    assert expected <= _measures(text)


def test_a_heading_that_names_no_instrument_is_not_joined():
    from assistant.letters.plain_note import scores_under_their_name
    text = "Intake measures 07/15/2025 (read aloud):\n  HTQ Part IV mean 3.1\nPlan:\n  weekly CBT, 12 sessions"
    assert scores_under_their_name(text) == text


# -- a kidney unit's quality-of-life table: its rows are the KDQOL-36's parts ------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("KDQOL-36                        this quarter (09/10/2025)     last quarter (06/11/2025)\n"
     "  SF-12 Physical Component Summary         28.4                          31.0\n",
     {("KDQOL-36 SF-12 Physical Component Summary", 28.4), ("KDQOL-36 SF-12 Physical Component Summary", 31.0)}),
    ("KDQOL-36 (04/02/2026): Burden of Kidney Disease 31.3, Effects of Kidney Disease 46.9",
     {("KDQOL-36 Burden of Kidney Disease", 31.3), ("KDQOL-36 Effects of Kidney Disease", 46.9)}),
    ("Kidney Disease Quality of Life-36 on 5/5/2026: Mental Component Summary 41.2", {("KDQOL-36 Mental Component Summary", 41.2)}),
])
def test_kdqol_parts_are_read(text, expected):
    assert expected <= _measures(text)


# -- a lab flowsheet headed "Component" is read row by row; an earlier value at "PHP admission" joins the series -----
@pytest.mark.parametrize("text, expected", [
    ("Component\tRef range\t10/14/25 07:40\t10/21/25 07:55\t10/28/25 07:35\nLithium, 12-h trough\t0.6-1.2 mmol/L\t0.5 (L)\t0.8\t0.9\n"
     "TSH\t0.5-4.3 uIU/mL\t2.1\t--\t2.6\n", {("lithium level", 0.5), ("lithium level", 0.9), ("TSH", 2.6)}),
    ("Analyte | 3/1/2026 | 3/15/2026\nSodium | 131 | 138\nPotassium | 3.1 | 3.9\nCK | 410 | 220\n",
     {("sodium", 131), ("potassium", 3.9)}),
    ("Results\t01/05/2026\t02/05/2026\nPEth\t410\t120\nGGT\t88\t51\nRandom note\t1\t2\n", {("PEth", 410), ("GGT", 51)}),
])
def test_a_lab_flowsheet_keeps_its_known_rows_beside_unknown_ones(text, expected):
    assert expected <= _measures(text)


@pytest.mark.parametrize("text", [
    "YMRS: 31 at PHP admission (10/13/2025) -> 22 (10/20/2025) -> 16 (10/27/2025).",
    "PCL-5 58 at program intake, 41 now.",
    "CDI-2 22 at the first session, 15 today.",
])
def test_an_earlier_value_at_a_named_programs_admission_joins_the_series(text):
    assert _status(text, "measure_trend").status == "met"


# -- counts of two months set side by side are progress -----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "No school calls in October (4 in August).",
    "2 falls in May vs 6 in March.",
    "1 ED visit in June compared with 3 in April.",
])
def test_counts_of_two_months_side_by_side_are_progress(text):
    assert _status(text, "progress").status == "met"


@pytest.mark.parametrize("text", [
    "4 sessions in October and 4 in November.",
    "No school calls in October.",
    "Two visits in May; next in June.",
])
def test_counts_in_months_that_compare_nothing_are_no_progress(text):
    assert _status(text, "progress").status == "missing"


# -- late to first period, an activity given up, lunch eaten in hiding: functional impairments ----------------------------
@pytest.mark.parametrize("text", [
    "In August she was missing or late to first period 3-4 days a week.",
    "She ate lunch in a bathroom stall most days.",
    "He had quit soccer in the spring and dropped out of band.",
])
def test_school_and_activities_given_up_are_impairments(text):
    assert _status(text, "functional_impairment").status == "met"


@pytest.mark.parametrize("text", [
    "She quit smoking in May.",
    "Ate lunch in the cafeteria with friends.",
    "Goals: on time to first period every school day for 4 weeks.",
])
def test_quitting_a_habit_lunch_with_friends_or_a_goal_is_no_impairment(text):
    assert _status(text, "functional_impairment").status == "missing"


@pytest.mark.parametrize("header", ["<PERSON_7> messages", "ToneCheck-flagged messages", "<ORG_2> check-ins"])
def test_a_redacted_or_camel_case_column_in_a_table_of_counts_names_no_scale(header):
    table = f"month    exchanges   late    {header}\nAug          9        6       5\nSep          8        3       2\n"
    assert not extract_facts([table]).measures


@pytest.mark.parametrize("text", [
    "TSCYC (mother report) anxiety T = 68 (T = 74 on 08/04/2026).",
    "CBCL Internalizing T 66 (T-score 72 at intake).",
    "BASC-3 Anxiety T = 61 (T=70 on 1/5/2026).",
])
def test_an_earlier_t_score_in_a_bracket_joins_the_series(text):
    assert _status(text, "measure_trend").status == "met"


# -- a target stated bare in a plan, and a protocol's resolution rule, are a goal and a discharge criterion ------------
@pytest.mark.parametrize("text", [
    "Plan (treatment plan updated 11/02/2026): CAMS twice weekly for 4 weeks, then weekly; PHQ-9 < 15 by 12/01/2026.",
    "Plan: weekly CBT; GAD-7 under 8 within 12 weeks.",
    "Plan: PE weekly x 12. PCL-5 below 33 by discharge.",
])
def test_a_bare_score_target_with_a_deadline_in_a_plan_is_a_measurable_goal(text):
    assert _status(text, "measurable_goals").status == "met"


@pytest.mark.parametrize("text", [
    "PHQ-9 < 10 today, better.",
    "Plan: weekly; PHQ-9 was 12 by 3/3.",
    "Plan: weekly CBT; PHQ-9 under 10 is the cut-off for mild.",
])
def test_a_threshold_without_a_deadline_or_a_past_score_is_no_goal(text):
    assert _status(text, "measurable_goals").status == "missing"


@pytest.mark.parametrize("text", [
    "CAMS resolution = overall risk <= 2 on the SSF for 3 consecutive sessions.",
    "Resolution criteria: no SI for 4 weeks and a working stabilization plan.",
    "Resolution criteria: PHQ-9 under 10 for 3 sessions in a row.",
])
def test_a_protocols_resolution_rule_is_a_discharge_criterion(text):
    assert _status(text, "discharge_criteria").status == "met"


@pytest.mark.parametrize("text", ["Conflict resolution: practiced I-statements.", "Resolution of symptoms expected.",
                                  "Screen resolution was too low for the video visit."])
def test_resolution_in_other_senses_is_no_criterion(text):
    assert _status(text, "discharge_criteria").status == "missing"


# -- notes written in another language are read through a glossary of clinical words -----------------------------------
from assistant.letters.glossary import glossed  # noqa: E402


@pytest.mark.parametrize("text, element", [
    ("Dx F33.1.\nBehandlungsplan vom 10.06.2026: wöchentlich 50 Min. KVT, 20 Sitzungen.", "frequency_duration"),
    ("Dx F32.1.\nPlan: terapia individual semanal, 12 sesiones.", "frequency_duration"),
    ("Dx F41.1.\nMedicamento: sertralina 50 mg (médico de cabecera).", "medication_status"),
    ("Dx F33.1.\nZiele: PHQ-9 < 10 bis 10.12.2026; keine Krankheitstage über 8 Wochen.", "measurable_goals"),
    ("Dx F32.1.\nFaltó a 2 turnos en la lavandería este mes.", "functional_impairment"),
    ("Dx F43.10.\nObjectifs : PCL-5 < 33 en 12 semaines; séances hebdomadaires.", "measurable_goals"),
    ("Dx F33.1.\nVorbehandlung: Verhaltenstherapie in München 2018, 25 Sitzungen.", "prior_treatment"),
])
def test_a_note_in_another_language_is_read_through_the_glossary(text, element):
    assert _status(text, element).status == "met"


@pytest.mark.parametrize("text", [
    "Plan: weekly CBT, 12 sessions. Goals: PHQ-9 < 10.",
    "Alta de Cervantes Street clinic",  # 'alta' is no glossary word
    "The meta-analysis was discussed; no plan yet.",
])
def test_english_and_look_alike_words_are_left_as_written(text):
    assert glossed(text) == text


# -- a schedule and its count of sessions after a comma in an approach field ------------------------------------------
@pytest.mark.parametrize("text", [
    "Approach: Compassion-Focused Therapy, weekly 60 min, about 20 sessions.",
    "Approach: EMDR, twice a week, 12 sessions.",
    "Interventions: DBT skills, weekly, about 24 sessions.",
])
def test_an_approach_with_its_schedule_and_session_count_is_the_plans_length(text):
    assert _status(text, "frequency_duration").status == "met"


@pytest.mark.parametrize("text", [
    "She journals, daily 30 min, about 20 entries.",
    "Attended DBT, weekly, 24 sessions in 2022.",
    "Nightmares, weekly, 12 in all since June.",
])
def test_other_counts_after_a_schedule_are_no_plan_length(text):
    assert _status(text, "frequency_duration").status == "missing"


@pytest.mark.parametrize("text", [
    "Interventions: ABFT task 2 prep, speaker-listener practice.",
    "Approach: Compassion-Focused Therapy, three-circles formulation.",
    "CFT psychoeducation and soothing-rhythm breathing.",
])
def test_attachment_based_and_compassion_focused_therapy_are_modalities(text):
    assert _status(text, "treatment_modality").status == "met"


@pytest.mark.parametrize("text", [
    "Nội dung / Content: nghỉ học 2 buổi tuần này (4 buổi tuần 09/14).",
    "Anliegen: 3 Fehltage im August wegen Erschöpfung.",
    "Subjetivo: faltó al trabajo 3 días esta semana.",
])
def test_missed_school_or_work_in_another_language_is_an_impairment(text):
    assert _status(text, "functional_impairment").status == "met"


@pytest.mark.parametrize("text", [
    "Retired bus mechanic, stopped woodshop and church since spring.",
    "2 school-nurse visits this week (5 the week of 09/07).",
    "Stopped painting; works late to earn rest.",
])
def test_hobbies_given_up_and_school_nurse_visits_are_impairments(text):
    assert _status(text, "functional_impairment").status == "met"


@pytest.mark.parametrize("text", [
    "She stopped drinking in March.",
    "Seen by the visiting nurse for a wound check.",
    "He stopped the sertraline in June.",
])
def test_stopping_a_habit_or_a_nurse_seen_for_care_is_no_impairment(text):
    assert _status(text, "functional_impairment").status == "missing"


@pytest.mark.parametrize("text", [
    "Move to weekly office-based therapy when she can ride to the clinic 2 weeks running.",
    "Switch to monthly check-ins once the PHQ-9 stays under 10.",
    "Shift to every other week after 4 panic-free weeks.",
])
def test_a_move_to_a_lower_schedule_on_a_condition_is_a_step_down_criterion(text):
    assert _status(text, "discharge_criteria").status == "met"


# -- an administration still ahead gives no score (nor a question about a score out of range) ------------------------
@pytest.mark.parametrize("text", [
    "Plan: continue PHP; appeal pending; repeat PANSS 12/15.",
    "Recheck the GAD-7 on 2/14.",
    "Due for a PHQ-9 on 3/1.",
])
def test_an_administration_still_ahead_gives_no_score(text):
    facts = extract_facts([text])
    assert not facts.measures and not facts.score_problems


def test_a_score_repeated_today_is_a_score():
    assert _status("PHQ-9 repeated today: 12.", "standardized_measure").status == "met"


# -- a review's decision recorded in the notes is the appeal's denial -------------------------------------------------
from assistant.letters.denial_lines import is_denial  # noqa: E402


@pytest.mark.parametrize("text", [
    'Concurrent review 12/02 - NOT CERTIFIED from 12/03: "member can be safely treated at the IOP level of care."',
    "Peer-to-peer review 3/3: non-certified, lower level of care appropriate.",
    "UR review today: 5 more days not approved.",
])
def test_a_reviews_decision_in_the_notes_is_a_denial(text):
    assert is_denial(text, "Magellan")


@pytest.mark.parametrize("text", ["Client denied SI/HI at review.", "Med review: client denied side effects.",
                                  "Concurrent review with the team: client denied SI and HI."])
def test_a_clients_denial_at_a_review_is_no_payer_denial(text):
    assert not is_denial(text, "Magellan")


# -- a diagnosis field's name beats a prose mention of the same code ---------------------------------------------------
@pytest.mark.parametrize("notes, expected", [
    (["IMPRESSION\nFunctional (dissociative) seizures - functional neurological symptom disorder with attacks or seizures (F44.5).",
      "Dx: F44.5 Functional neurological symptom disorder (conversion disorder), with attacks or seizures."],
     "Functional neurological symptom disorder"),
    (["Assessment: worry most days, consistent with anxiety (F41.1) per the screen.", "Diagnosis: F41.1 Generalized anxiety disorder"],
     "Generalized anxiety disorder"),
    (["The picture fits a depressive episode, recurrent - F33.1 - with seasonal worsening.",
      "Dx: F33.1 Major depressive disorder, recurrent, moderate"], "Major depressive disorder"),
])
def test_a_diagnosis_fields_name_beats_a_prose_mention(notes, expected):
    names = {d.icd10: d.name for d in extract_facts(notes).diagnoses}
    assert names[notes[1].split()[1]].startswith(expected)


def test_a_bare_code_in_a_field_keeps_the_named_mention():
    names = {d.icd10: d.name for d in extract_facts(["Generalized anxiety disorder (F41.1), moderate.", "Dx: F41.1"]).diagnoses}
    assert names["F41.1"].startswith("Generalized anxiety disorder")


from assistant.letters.sections import strip_label  # noqa: E402


@pytest.mark.parametrize("text, expected", [("DISCHARGE MEDICATIONS: none.", "None."), ("Home meds: sertraline 50 mg.", "Sertraline 50 mg."),
                                            ("Medication list: none", "None")])
def test_a_medication_fields_label_in_any_form_is_not_repeated_in_the_letter(text, expected):
    assert strip_label(text) == expected


from assistant.letters.dates import date_key  # noqa: E402


@pytest.mark.parametrize("text, key", [("01.10.2025", (2025, 10, 1)), ("14.02.1983", (1983, 2, 14)), ("3.6.26", (2026, 6, 3))])
def test_a_dotted_date_is_read_day_first(text, key):
    assert date_key(text) == key


@pytest.mark.parametrize("text", ["1.2.3", "31.13.2025", "4.5"])
def test_a_dotted_number_that_is_no_date_has_no_key(text):
    assert date_key(text) is None


# -- another agency's service plan is not the clinician's account or treatment plan -----------------------------------
from assistant.letters.informants import agency_plan  # noqa: E402


@pytest.mark.parametrize("note", [
    "INDIVIDUALIZED PLAN FOR EMPLOYMENT (IPE)\nVR Counselor: B. O.\nEMPLOYMENT GOAL: Library Technician\nServices: Vocational counseling",
    "IEP - present levels of performance\nANNUAL GOAL 1: will use a calm-down strategy in 4 of 5 opportunities\nSection 504 review",
    "Probation officer: J. K.\nCase plan (conditions of probation): weekly check-ins, random UDS, 40 hours community service",
])
def test_an_agency_plan_is_recognised(note):
    assert agency_plan(note)


@pytest.mark.parametrize("note", [
    "Progress note\nPlan: weekly CBT, 12 sessions. Goals: PHQ-9 < 10.\nCoordinated with her VR counselor by phone.",
    "Intake: referred by the school; has an IEP for reading.\nDx F41.1",
    "Treatment plan: weekly DBT; goals: no self-harm for 8 weeks.",
])
def test_a_clinicians_note_that_mentions_an_agency_is_no_agency_plan(note):
    assert not agency_plan(note)


@pytest.mark.parametrize("text", ["Missed 1 treatment (08/22, no ride).", "Missed 2 therapy sessions in May.", "Missed 3 doses last week."])
def test_missed_treatments_or_doses_are_no_work_or_school_impairment(text):
    assert _status(text, "functional_impairment").status == "missing"


@pytest.mark.parametrize("text", ["Missed 3 days of work this month.", "Missed 4 shifts since the attack.", "Missed 6 school days in October."])
def test_missed_work_or_school_days_are_impairments(text):
    assert _status(text, "functional_impairment").status == "met"


@pytest.mark.parametrize("text", ["Plan: weekly CBT.\nSession duration: 55 min", "Plan: weekly CBT.\nDuration: 45 minutes",
                                  "Plan: weekly CBT.\nDuration: 1 hr"])
def test_a_sessions_length_is_no_planned_duration(text):
    assert _status(text, "frequency_duration").status == "missing"


def test_a_planned_duration_field_still_counts():
    assert _status("Plan: weekly CBT.\nDuration: 16 weeks", "frequency_duration").status == "met"


@pytest.mark.parametrize("text", ["Structured diagnostic interview completed.", "Diagnose and treat.", "The diagnostic impression stands."])
def test_english_words_are_no_glossary_words(text):
    assert glossed(text).split()[:2] == text.split()[:2]


@pytest.mark.parametrize("text", ["Plan B follow-up. Bus seat plan worked 4 of 5 mornings.", "Nota de progreso / progress note\nS: tired.",
                                  "Plan A review. The chart worked."])
def test_an_approachs_name_or_a_titles_word_is_no_run_in_heading_or_progress(text):
    from assistant.letters.plain_note import plain_note
    assert "Plan B follow-up:" not in plain_note(text) and "Plan A review:" not in plain_note(text)
    assert "Progress" not in glossed(text)


@pytest.mark.parametrize("text", ["Denies SI/HI. No history of self-harm.", "Slept well. No nightmares.", "Reports better mood. Denies SI."])
def test_a_short_sentence_is_no_run_in_heading(text):
    assert run_in_headings(text) == text


@pytest.mark.parametrize("text", ["Twice weekly for six weeks, then drop to weekly if attendance picks up.",
                                  "Then monthly when her mood improves.", "Then every other week once things settle."])
def test_a_step_down_on_a_vague_improvement_is_no_criterion(text):
    assert _status(text, "discharge_criteria").status == "missing"


def test_a_step_down_on_a_counted_improvement_is_a_criterion():
    assert _status("Then every other week once attendance is 90% for 4 weeks.", "discharge_criteria").status == "met"
