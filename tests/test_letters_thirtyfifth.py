"""Letter classes found in the thirty-fifth session (leftovers of the thirty-fourth sets and the thirty-fifth blind
set), each with examples written here (never the set's own wording)."""
import pytest

from assistant.letters.extract import extract_facts
from assistant.letters.sections import strip_label


# -- a condition weighed and set aside in the next sentence names no current diagnosis -------------------------------
@pytest.mark.parametrize("note,gone", [
    ("D2. Insomnia disorder is possible. Sleep loss tracks the mood episodes; not diagnosing it separately.", "insomnia"),
    ("Possible panic disorder. The attacks come only in social settings. Better explained by the social fear; no "
     "separate diagnosis.", "panic"),
    ("Hypothesis 3: generalized anxiety disorder. The worry is about one thing only. Not coded.", "generalized anxiety"),
])
def test_a_condition_set_aside_after_it_is_named_is_no_diagnosis(note, gone):
    names = [d.name.lower() for d in extract_facts([note]).diagnoses]
    assert not any(gone in n for n in names)


@pytest.mark.parametrize("note,kept", [
    ("Insomnia disorder. Sleeps 3-4 hours a night since June.", "insomnia"),
    ("Panic disorder, confirmed today. Does not meet criteria for agoraphobia.", "panic"),
    ("Generalized anxiety disorder. Social anxiety disorder ruled out.", "generalized anxiety"),
])
def test_a_condition_kept_or_another_ruled_out_stays(note, kept):
    names = [d.name.lower() for d in extract_facts([note]).diagnoses]
    assert any(kept in n for n in names)


# -- the sides of a differential are labels, not what the letter quotes ------------------------------------------------
@pytest.mark.parametrize("text,shown", [
    ("for:  C-SSRS today: passive wish to be dead YES, plan NO.", "C-SSRS today"),
    ("Evidence for: daily panic attacks since March.", "Daily panic attacks"),
    ("Supporting: lost two jobs in a year to missed shifts.", "Lost two jobs"),
    ("Against: sleeps well most nights.", "Sleeps well"),
])
def test_a_differentials_side_label_is_dropped_from_a_quote(text, shown):
    assert strip_label(text).startswith(shown)


def test_a_label_that_is_content_stays():
    assert strip_label("Forecast: rain all week.").startswith("Forecast")


# -- a line of the goal list that says when care ends is the discharge criterion, no goal -----------------------------
@pytest.mark.parametrize("line", [
    "STEP DOWN TO BIWEEKLY when the PCL-5 is under 33 twice in a row",
    "Discharge to the alumni group once she has 60 days without a binge",
    "Graduates from the program after all 12 modules are done and the GAD-7 is under 10",
])
def test_the_end_of_care_in_a_goal_list_is_no_goal(line):
    note = f"GOALS\n  - GAD-7 under 10\n  - back at work 3 days a week\n\n{line}."
    facts = extract_facts([note])
    assert not any(line[:20].lower() in g.text.lower() for g in facts.goals)
    assert any(g.text.startswith("GAD-7") for g in facts.goals)


@pytest.mark.parametrize("goal", ["Return to work full time when cleared by her doctor",
                                  "Reduce panic attacks to under 1 a week", "Sleep 7 hours on 5 nights a week"])
def test_an_ordinary_goal_stays(goal):
    facts = extract_facts([f"GOALS\n  - {goal}\n  - GAD-7 under 10"])
    assert any(goal[:15] in g.text for g in facts.goals)


# -- a measurement planned for later is no score of the notes ---------------------------------------------------------
@pytest.mark.parametrize("text", ["Repeat PHQ-9 at week 4.", "Re-administer the PCL-5 in 6 weeks.",
                                  "Rescreen with the AUDIT every 4 sessions."])
def test_a_planned_measurement_is_not_quoted_as_recorded(text):
    from assistant.letters.score_lines import other_measure_sentences
    notes = ["Intake. PHQ-9 19 today. " + text]
    facts = extract_facts(notes)
    assert not any(text[:10] in s for s in other_measure_sentences(notes, facts, set()))


# -- the condition first, then the finishing: discharge told backwards -------------------------------------------------
@pytest.mark.parametrize("text", [
    "After session 8 she finishes the group; individual referral if her GAD-7 is still 10 or higher.",
    "Once the workbook is done and the PCL-5 is under 33, he completes the program.",
    "When all 10 modules are in, they leave the series and move to monthly check-ins.",
])
def test_a_condition_before_the_finishing_is_discharge(text):
    assert extract_facts([text]).discharge_criteria


@pytest.mark.parametrize("text", ["After the fire she left the program for six months.",
                                  "When she was 12 she finished the course in art.",
                                  "After school he leaves the house to walk the dog."])
def test_a_past_finishing_is_no_discharge(text):
    assert not extract_facts([text]).discharge_criteria


# -- statistics of a norm table are no instruments -------------------------------------------------------------------
@pytest.mark.parametrize("text", ["T scores: mean 50, SD 10.", "Standard scores (mean 100, SD 15); SEM 3.",
                                  "Norms: MEAN 20 | SD 5 | N 312"])
def test_a_norm_tables_statistics_are_no_scores(text):
    assert not [m for m in extract_facts([text]).measures if m.instrument.upper() in ("SD", "SEM", "MEAN", "N")]


# -- a medical order's span is no span of therapy -----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Plan: short arm cast today; keep it dry and on for 6 weeks.",
    "Plan: amoxicillin 500 mg three times a day for 10 days.",
    "Plan: no driving for 2 weeks; repeat x-ray in 1 week.",
])
def test_a_medical_orders_span_is_no_treatment_duration(text):
    assert not extract_facts([text]).duration


@pytest.mark.parametrize("text", ["Plan: weekly CBT for 12 weeks.", "Plan: splint for 3 weeks; weekly sessions for 16 weeks.",
                                  "Plan: 90837 weekly for 6 months."])
def test_a_therapy_span_beside_an_order_stays(text):
    assert extract_facts([text]).duration


# -- PHP var_dump and print_r printouts are read as fields ---------------------------------------------------------
from assistant.letters.hash_dumps import plain_hash_dump  # noqa: E402
from assistant.letters.identity import client_identity  # noqa: E402

_VAR_DUMP = '''object(App\\Models\\Referral)#88 (6) {
  ["status"]=>
  string(7) "PENDING"
  ["client"]=>
  array(3) {
    ["first"]=>
    string(10) "<PERSON_1>"
    ["last"]=>
    string(10) "<PERSON_2>"
    ["dob"]=>
    string(8) "<DATE_1>"
  }
  ["measures"]=>
  array(1) {
    [0]=>
    array(3) {
      ["instrument"]=>
      string(5) "PCL-5"
      ["score"]=>
      int(47)
      ["date"]=>
      string(10) "2026-10-02"
    }
  }
  ["medications"]=>
  NULL
  ["discharge_plan"]=>
  string(40) "Steps down when PCL-5 is under 33 twice"
}'''

_PRINT_R = '''Array
(
    [status] => open
    [first_name] => <PERSON_4>
    [last_name] => <PERSON_5>
    [instrument] => GAD-7
    [score] => 15
    [frequency] => weekly, 50 min
)'''


def test_a_var_dump_is_read_as_fields_and_scores():
    plain = plain_hash_dump(_VAR_DUMP)
    assert "status: PENDING" in plain and "PCL-5 = 47 on 2026-10-02." in plain
    assert "string(" not in plain and "]=>" not in plain and "medications" not in plain
    assert "\n}" not in plain  # closing brackets leave blank lines, never "} discharge plan: ..."
    facts = extract_facts([_VAR_DUMP])
    assert [m.score for m in facts.measures] == [47]
    assert facts.discharge_criteria


def test_a_print_r_is_read_as_fields():
    plain = plain_hash_dump(_PRINT_R)
    assert "status: open" in plain and "score: 15" in plain and "[score]" not in plain


def test_a_plain_note_with_brackets_is_left_alone():
    note = "[0] intake done\n[1] PHQ-9 12\nPlan: weekly CBT."
    assert plain_hash_dump(note) == note


@pytest.mark.parametrize("note,name", [
    (_VAR_DUMP, "<PERSON_1> <PERSON_2>"), (_PRINT_R, "<PERSON_4> <PERSON_5>"),
    ('{\n  "given_name": "<PERSON_7>",\n  "family_name": "<PERSON_8>",\n  "plan": "weekly",\n  "a": 1,\n  "b": 2\n}',
     "<PERSON_7> <PERSON_8>"),
])
def test_a_name_kept_in_two_fields_is_the_clients(note, name):
    assert client_identity([note])["name"] == name


def test_the_dumped_birth_date_is_found():
    assert client_identity([_VAR_DUMP])["dob"] == "<DATE_1>"


# -- a lab's results table titled by the analyte, with a "Result (unit)" column ---------------------------------------
@pytest.mark.parametrize("title,header,unit,values", [
    ("BLOOD LEAD RESULTS", "Date         Sample      Result (ug/dL)   Lab", "ug/dL", [14.2, 9.8]),
    ("LITHIUM LEVELS", "Date         Draw        Value (mmol/L)   Site", "mmol/L", [0.6, 0.8]),
    ("SERUM SODIUM", "Date         Source      Level (mmol/L)   Lab", "mmol/L", [128, 135]),
])
def test_a_titled_lab_table_gives_its_values(title, header, unit, values):
    note = (f"{title}\n {header}\n 01/05/2026   venous      {values[0]}            <ORG_1>\n"
            f" 03/02/2026   venous      {values[1]}            <ORG_1>")
    assert [m.score for m in extract_facts([note]).measures] == values


@pytest.mark.parametrize("text", ["BLOOD LEAD (CDC blood lead reference value: 3.5 ug/dL)",
                                  "Lithium level reference range 0.6-1.2 mmol/L.", "PHQ-9 cut-off 10 for this clinic."])
def test_a_reference_value_after_the_name_is_no_result(text):
    assert not extract_facts([text]).measures


# -- what someone says or feels about therapy names no approach ---------------------------------------------------
@pytest.mark.parametrize("text", ['Mother says therapy "is going ok, somewhere to take it."', "He hated counseling as a kid.",
                                  "She thinks therapy is a waste of time.", "CPR card: rescue breathing, compressions."])
def test_talk_about_therapy_names_no_approach(text):
    assert not extract_facts([text]).modalities


@pytest.mark.parametrize("text,name", [("We use exposure therapy and cognitive restructuring.", "exposure therapy"),
                                       ("Narrative therapy with the family.", "narrative therapy"),
                                       ("Plan: schema therapy, weekly.", "schema therapy")])
def test_a_named_therapy_still_counts(text, name):
    assert name in [m.text.lower() for m in extract_facts([text]).modalities]


# -- an EHR template's unfilled pick lists and wildcards document nothing ---------------------------------------------
from assistant.letters.empty_values import says_nothing  # noqa: E402
from assistant.letters.note_text import one_field_per_line  # noqa: E402
from assistant.letters.sections import usable  # noqa: E402


@pytest.mark.parametrize("text", ["Risk screen: {BH RISK SCREEN:30412}   Goals: ***   Prior tx: ***", "Goals: ***",
                                  "Safety: {Yes/No:19003}", "Prior treatment: @PRIORTX@"])
def test_an_unfilled_template_value_says_nothing(text):
    assert says_nothing(text)


@pytest.mark.parametrize("text", ["Risk screen: negative   Goals: ***", "Goals: PHQ-9 under 10",
                                  "Risk: C-SSRS {negative today}"])
def test_a_filled_value_beside_an_empty_one_documents(text):
    assert not says_nothing(text)


def test_an_unfilled_risk_field_is_no_risk_screen():
    facts = extract_facts(["Plan: IPSRT 2x/week.\nRisk screen: {BH RISK SCREEN:30412}   Goals: ***   Prior tx: ***"])
    assert not facts.risk.assessed and not facts.prior_treatment


# -- fields side by side under labels the letter knows -----------------------------------------------------------------
@pytest.mark.parametrize("line,parts", [
    ("Plan: IPSRT, 2x/week x 8 weeks   Meds: lithium 300 mg BID", 2),
    ("Dx: GAD (F41.1)      Measures: GAD-7 = 15\tRisk: denies SI", 3),
    ("Goals: back to work 3 days a week   Discharge: when GAD-7 < 10 twice", 2),
])
def test_fields_side_by_side_are_one_per_line(line, parts):
    assert len(one_field_per_line(line).split("\n")) == parts


@pytest.mark.parametrize("line", ["Name: <PERSON_1>     DOB: <DATE_1>", "Date      Score    Notes", "PHQ-9:   14"])
def test_other_gapped_lines_stay_whole(line):
    assert one_field_per_line(line) == line


# -- a message's sender is not the client ----------------------------------------------------------------------------
@pytest.mark.parametrize("note,client", [
    ("From: <PERSON_1> (LPC)  12/04\n<PERSON_2> * 34 y.o. male * MRN <MRN_1>\nDx: F31.32", "<PERSON_2>"),
    ("From: <PERSON_3>, LCSW\nTo: UM pool\nRe: 2x/week\n<PERSON_4>, 16 yo female, Medicaid", "<PERSON_4>"),
    ("Sent by: <PERSON_5>\nCc: <PERSON_6>\nThe family of <PERSON_7> asked for more sessions.", "<PERSON_7>"),
])
def test_a_messages_sender_is_not_the_client(note, client):
    assert client_identity([note])["name"] == client


# -- a peer-to-peer script's objections and replies: the reply is about what the objection names ---------------------
@pytest.mark.parametrize("note", [
    'IF THEY SAY: "When does she step down?"\nWE SAY: To IOP when the PHQ-9 is under 15 on two checks and she has gone a week without self-harm.',
    'Reviewer asks: When will he be discharged?\nOur answer: Once he has 30 days sober and a sober-living bed is confirmed.',
    'Question: What are the step-down criteria?\nOur reply: Step to weekly when panic attacks are 1 or fewer a week for 4 weeks.',
])
def test_a_reply_about_stepping_down_is_discharge(note):
    assert extract_facts([note]).discharge_criteria


@pytest.mark.parametrize("note", [
    'IF THEY SAY: "IOP three half-days a week is enough."\nWE SAY: He is alone four whole days a week and his worst hours are after 3 pm.',
    'If the payer says: "She can be treated in outpatient."\nWe say: weekly sessions for 6 months did not stop the purging; it rose to daily.',
    'Objection: weekly therapy is sufficient.\nReply: two ED visits in three weeks while in weekly therapy.',
])
def test_a_reply_to_a_lower_level_objection_is_the_levels_rationale(note):
    assert extract_facts([note]).lower_level_rationale


def test_an_unrelated_reply_is_no_discharge():
    note = 'IF THEY SAY: "What is the active treatment?"\nWE SAY: CBT and behavioral activation daily.'
    assert not extract_facts([note]).discharge_criteria


# -- a diagnosis field that points elsewhere names no diagnosis --------------------------------------------------------
@pytest.mark.parametrize("text", ["Dx: yours - from your admission H&P (not in my packet).",
                                  "Diagnosis: per the attending's note", "Dx: see psychiatry consult"])
def test_a_pointer_in_the_diagnosis_field_is_no_diagnosis(text):
    assert not extract_facts([text]).diagnoses


# -- a numbered form's items led to their values by dots ----------------------------------------------------------------
from assistant.letters.note_text import leader_fields  # noqa: E402


@pytest.mark.parametrize("form,field", [
    ("17. Schedule ........ Mon / Wed, 4-7 pm\n18. Measurable targets ...... (a) outbursts 2 or fewer a week", "Measurable targets: (a)"),
    ("3) Current medications ..... none\n4) Transition ..... to weekly when the GAD-7 is under 10", "Transition: to weekly"),
    ("12a. Goals ........... PHQ-9 under 10\n12b. Discharge ........ when goals are met twice", "Goals: PHQ-9"),
])
def test_a_numbered_leader_field_is_a_field(form, field):
    assert field in leader_fields(form)


def test_numbered_items_without_leaders_are_left_alone():
    text = "1. She slept 5 hours.\n2. Goals reviewed."
    assert leader_fields(text) == text


# -- criteria "NOT WRITTEN YET" and what follows them are no criteria; a discharge told as a time is history ----------
@pytest.mark.parametrize("text", [
    "Discharge / step-down criteria: NOT WRITTEN YET - team meeting Thursday; do not promise a date on the call.",
    "Step-down criteria: not set yet; ask the attending on rounds.",
    "Discharge criteria: not decided as of today; family meeting first.",
])
def test_criteria_not_written_yet_are_none(text):
    assert not extract_facts([text]).discharge_criteria


@pytest.mark.parametrize("text", [
    "She cut again 5 days after IOP discharge and was readmitted.",
    "Two weeks after his hospital discharge he stopped the lithium.",
    "Following the RTC discharge in May she moved in with her aunt.",
])
def test_a_discharge_told_as_a_time_is_no_criterion(text):
    assert not extract_facts([text]).discharge_criteria


def test_a_criterion_beside_a_past_discharge_stays():
    text = "She cut again 5 days after IOP discharge; we will step down to IOP when she has 2 weeks without self-harm."
    assert extract_facts([text]).discharge_criteria


# -- a questionnaire's item row is a rating, never an impairment -------------------------------------------------------
@pytest.mark.parametrize("text", ["Item 44  (work violence) ...... 0  Never",
                                  "Items 11, 26, 32  (substance use) ...... 0  0  0",
                                  "Q9 (thoughts you would be better off dead): 0 not at all"])
def test_an_item_row_is_no_impairment(text):
    assert not extract_facts(["CRITICAL ITEMS\n" + text]).impairments


def test_an_impairment_sentence_is_still_read():
    assert extract_facts(["She missed 6 days of work in October because of panic attacks."]).impairments


# -- a label naming what the client will work toward is a goals label ---------------------------------------------------
@pytest.mark.parametrize("label", ["What we agreed he'll work toward", "Working towards", "What they decided they will work toward",
                                   "Things to work on"])
def test_work_toward_labels_goals(label):
    from assistant.letters.patterns.segments import label_kind
    assert label_kind(label) == "goals"
    facts = extract_facts([f"{label}: back at choir once a week; two meals a day; PHQ-9 under 10."])
    assert len(facts.goals) >= 2


@pytest.mark.parametrize("label", ["Work", "Work history", "Impact on work"])
def test_work_labels_stay_functioning(label):
    from assistant.letters.patterns.segments import label_kind
    assert label_kind(label) == "function"


# -- the plan came apart on the lower level: a failure told in plain words ----------------------------------------------
@pytest.mark.parametrize("note", [
    "Intake on weekly sessions. Over two weeks she missed work 3 days and the activation plans fell apart by day 2 or 3.",
    "He started in weekly outpatient. The exposure homework fell off between visits and the rituals rose to 4 hours a day.",
    "She began with weekly therapy. Each week the meal plan came apart by Wednesday and she purged daily.",
])
def test_a_plan_falling_apart_on_the_lower_level_is_a_rationale(note):
    assert extract_facts([note]).lower_level_rationale


def test_a_plan_falling_apart_with_no_level_named_is_none():
    assert not extract_facts(["The party plans fell apart when it rained."]).lower_level_rationale


# -- an uncoded diagnosis keeps the field's own words, specifiers and all --------------------------------------------
@pytest.mark.parametrize("text,name", [
    ("Diagnosis: bipolar I disorder, current episode manic, severe.", "bipolar I disorder, current episode manic, severe"),
    ("Dx: major depressive disorder, recurrent, moderate.", "major depressive disorder, recurrent, moderate"),
    ("Diagnosis: social anxiety disorder, performance only; rule out ADHD", "social anxiety disorder, performance only"),
])
def test_an_uncoded_diagnosis_is_named_as_written(text, name):
    assert name in [d.name for d in extract_facts([text]).diagnoses]


def test_a_diagnosis_in_prose_keeps_its_vocabulary_name():
    assert [d.name for d in extract_facts(["She has bipolar disorder per her mother."]).diagnoses] == ["bipolar disorder"]


# -- a bracket after a score dates it; it tells no earlier care --------------------------------------------------------
@pytest.mark.parametrize("text", ["YMRS: 34 (inpatient admission 11/05) -> 25 (PHP admission 11/20) -> 18 (today).",
                                  "PHQ-9 22 (hospital discharge 10/02), 15 (IOP intake 10/20).",
                                  "EDE-Q 4.8 (residential admission) -> 3.1 (today)."])
def test_a_scores_bracketed_anchor_is_no_prior_treatment(text):
    assert not extract_facts([text]).prior_treatment


# -- a lab line's units and dates are no unread scores -------------------------------------------------------------------
def test_a_lab_lines_units_are_not_reported_as_other_scores():
    from assistant.letters.score_lines import other_measure_sentences
    notes = ["Lithium level 0.9 mEq/L (11/30, 12 h trough)."]
    assert not other_measure_sentences(notes, extract_facts(notes), set())


# -- the person a birth-date line is about: named after "for", never the one with a credential -------------------------
@pytest.mark.parametrize("line,client", [
    ("Pinned - <PERSON_1>, PsyD - CONTINUED-STAY NOTE for <PERSON_2> (BCBS, DOB <DATE_1>, 44)", "<PERSON_2>"),
    ("<PERSON_3> LCSW re: <PERSON_4>, DOB <DATE_2>", "<PERSON_4>"),
    ("Seen by <PERSON_5>, MD: <PERSON_6>, 34 y.o. male", "<PERSON_6>"),
])
def test_a_birth_date_line_names_its_subject(line, client):
    assert client_identity(["Weekly group summary\n" + line])["name"] == client


def test_a_single_person_on_a_birth_date_line_is_the_client():
    assert client_identity(["VARGA note\n<PERSON_7>  DOB <DATE_3>  Aetna"])["name"] == "<PERSON_7>"


# -- a board in columns: each member posts once per column; only the client's posts are the client's -------------------
from assistant.letters.group_notes import client_entries  # noqa: E402


def test_a_board_in_columns_keeps_only_the_clients_posts():
    board = ("Client: <PERSON_1>\n\nCOLUMN 1 - One thing that worked\n  <PERSON_1>   - planner on Monday\n  <PERSON_2>   - alarm by the door\n"
             "  <PERSON_3>   - two-minute start\n\nCOLUMN 2 - Where it broke\n  <PERSON_1>   - swiped the reminder\n"
             "  <PERSON_2>   - up till 2 with a game\n  <PERSON_3>   - missed the bus\n")
    kept = client_entries([board])[0]
    assert "planner on Monday" in kept and "swiped the reminder" in kept
    assert "alarm by the door" not in kept and "up till 2" not in kept


def test_a_transcript_keeps_every_turn():
    talk = ("Client: <PERSON_1>\n<PERSON_1> - I slept badly.\n<PERSON_2> - What kept you up?\n<PERSON_1> - Worry about work.\n"
            "<PERSON_2> - Tell me more.\n<PERSON_3> - (mother) He was up at 3.")
    assert client_entries([talk])[0] == talk


# -- a lab's trend counts beside the condition it follows (blood lead beside pica) ------------------------------------
def test_a_blood_lead_series_is_the_trend_of_picas_care():
    from assistant.letters.body_measures import treatment_trends
    note = ("Dx: F98.3 Pica of infancy and childhood\nBLOOD LEAD RESULTS\n Date         Sample      Result (ug/dL)   Lab\n"
            " 06/16/2026   venous      19.4             <ORG_1>\n 11/17/2026   venous       8.6             <ORG_1>")
    facts = extract_facts([note])
    assert treatment_trends(facts.trends, facts.diagnoses)


def test_a_blood_lead_series_beside_a_depression_is_no_trend_of_its_care():
    from assistant.letters.body_measures import treatment_trends
    note = ("Dx: F33.1 Major depressive disorder\nBLOOD LEAD RESULTS\n Date         Sample      Result (ug/dL)   Lab\n"
            " 06/16/2026   venous      19.4             <ORG_1>\n 11/17/2026   venous       8.6             <ORG_1>")
    facts = extract_facts([note])
    assert not treatment_trends(facts.trends, facts.diagnoses)


@pytest.mark.parametrize("text", ['Mother says therapy "is going ok".', "Dad thinks therapy helps.",
                                  "He said treatment was boring."])
def test_talk_about_therapy_is_no_approach_in_the_semantic_check(text):
    from assistant.letters.element_checks import CHECKS
    from assistant.letters.patterns import Segment
    assert not CHECKS["treatment_modality"](Segment(0, text, "", None))


# -- a name glossed by its own full name in brackets is one mention; a glossed label leads to its value by dots -------
@pytest.mark.parametrize("text,scores", [
    ("CDSS (Calgary Depression Scale, 0-27) ........ 10/28: 11    12/01: 7", [11, 7]),
    ("PHQ-9 (Patient Health Questionnaire-9, 0-27): 19 on 01/05/2026, 12 on 03/02/2026", [19, 12]),
    ("GAD-7 (Generalized Anxiety Disorder 7-item scale, 0-21) 15 -> 9", [15, 9]),
])
def test_a_glossed_name_is_one_mention(text, scores):
    assert [m.score for m in extract_facts([text]).measures] == scores
