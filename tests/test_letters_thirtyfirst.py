"""Letter and checklist classes found in the thirty-first session (leftovers of the thirtieth set and the thirty-first
blind set), each with examples written here (never the set's own wording)."""
import pytest

from letter_facts import scores as _scores, status as _status


# -- an undated "before -> after" summary restating scores the notes' dates of service already date ----------------
def _two_notes(first, second, summary):
    from assistant.letters.extract import extract_facts
    facts = extract_facts([first, second, summary])
    return sorted(((m.instrument, m.score, m.date) for m in facts.measures if m.instrument in ("GAD-7", "PHQ-9", "PCL-5")), key=str)


@pytest.mark.parametrize("first,second,summary,name", [
    ("Date of service: 02/03/2025\nGAD-7 15.", "Date of service: 04/07/2025\nGAD-7 9.", "Summary for the appeal: GAD-7 15 -> 9.", "GAD-7"),
    ("Session date: 01/14/2025\nPHQ-9 21 today.", "Session date: 03/11/2025\nPHQ-9 today 13.", "what I have: PHQ-9 21 to 13, job kept.", "PHQ-9"),
    ("DOS 2025-05-02\nPCL-5: 52", "DOS 2025-07-25\nPCL-5: 38", "Gains so far - PCL-5 52 => 38.", "PCL-5"),
])
def test_an_undated_summary_restating_dated_scores_adds_no_scores(first, second, summary, name):
    got = _two_notes(first, second, summary)
    assert [x for x in got if x[0] == name and x[2] is None] == []
    assert len([x for x in got if x[0] == name]) == 2


@pytest.mark.parametrize("text", [
    "Date of service: 02/03/2025\nGAD-7 15; last month it was 18.",
    "Session date: 01/14/2025\nPHQ-9 13 today, down from 21 at intake.",
    "DOS 2025-05-02\nPCL-5 38 (52 at the start).",
])
def test_an_earlier_value_that_no_date_restates_is_kept(text):
    assert len(_scores(text)) == 2


# -- a child's fear thermometer is a rating the catalog knows -------------------------------------------------------
@pytest.mark.parametrize("text,score", [
    ("Fear thermometer: 8 at the first visit.", 8),
    ("Exposure ladder step 3; fear-thermometer 6.", 6),
    ("Feelings thermometer rating 4 after the game.", 4),
])
def test_a_fear_thermometer_is_read_as_a_score(text, score):
    assert [(n, s) for n, s, _ in _scores(text)] == [("Fear Thermometer", score)]


# -- a workplace's, school's or agency's report pasted first: the clinician's own note gives the presenting picture -
from assistant.letters.narrative import narrative  # noqa: E402

_CLINICIAN = ("Progress note 03/04/2025 - 90834 (45 min) - Dx F41.0\n"
              "S: Sudden surges of terror with a racing heart and numb hands, four or five a week since January; she is "
              "sure she will faint in the aisle and now shops only at night with her sister beside her.\n"
              "Plan: interoceptive exposure next week.")


@pytest.mark.parametrize("report", [
    "NORTHSIDE WAREHOUSE - SHIFT SUPERVISOR LOG\nWeek 9: Associate left the pick line twice during second shift and sat in "
    "the break room for forty minutes. Picking rate 61% of standard. Supervisor will review attendance on Friday.",
    "LINCOLN MIDDLE SCHOOL - ATTENDANCE SUMMARY\nStudent left class eleven times this month and waited in the front office "
    "until a parent arrived. Two tests were missed and have to be made up before the grading period closes.",
    "COUNTY TRANSIT - OPERATOR INCIDENT FORM\nDriver stopped the bus between stops and asked dispatch for relief because "
    "she said she could not breathe. Passengers were transferred to the next coach and the route ran twelve minutes late.",
])
def test_a_report_pasted_before_the_clinicians_note_does_not_give_the_presenting_picture(report):
    picture = " ".join(narrative([report, _CLINICIAN], set(), first_note=True, limit=6))
    assert "terror" in picture
    assert not any(w in picture for w in ("Supervisor", "grading", "dispatch"))


@pytest.mark.parametrize("first", [
    "Intake 02/10/2025, LCSW. Client describes weeks of dread before every shift and has called out four times this month.",
    "S: Client reports she cannot sit through a meeting without leaving the room; it started after the layoffs in March.",
    "Diagnostic interview (90791). Pt tells of racing thoughts at night and of skipping his classes for two weeks now.",
])
def test_a_clinicians_first_note_still_gives_the_presenting_picture(first):
    picture = " ".join(narrative([first, _CLINICIAN], set(), first_note=True, limit=6))
    assert "terror" not in picture


def test_reports_alone_still_give_a_picture():
    report = ("CITY LIBRARY - VOLUNTEER COORDINATOR NOTE\nVolunteer left her Saturday shift after twenty minutes, crying, and "
              "has not come back for the last three Saturdays although she had not missed one in four years.")
    assert "crying" in " ".join(narrative([report, "Rent receipt, paid in full."], set(), first_note=True, limit=6))



# -- a course a court, an employer or a school sends people to, taken in the past, is earlier care -------------------
@pytest.mark.parametrize("text", [
    "History: 12-week anger-management class in 2016 after a bar fight, court-referred, completed.",
    "Completed a 10-week parenting class through the county in 2019.",
    "He went through DUI school after the arrest and finished it in 8 weeks.",
    "Took a domestic violence group in 2021 as part of probation.",
])
def test_a_past_court_or_school_course_is_prior_treatment(text):
    assert _status(text, "prior_treatment").status == "met"


@pytest.mark.parametrize("text", [
    "Plan: refer to an anger-management class starting in 2026.",
    "Court ordered a parenting class; she will start in March.",
    "Probation requires a batterer intervention program; he is on the wait list.",
])
def test_a_course_still_ahead_is_no_prior_treatment(text):
    assert _status(text, "prior_treatment").status == "missing"


# -- the writer's own to-do list holds errands, never documentation -------------------------------------------------
_CHECKED = "Dx: F43.10 PTSD. PCL-5 51 on 02/03/2025. Weekly CPT, 12 sessions.\n"


@pytest.mark.parametrize("todo", [
    "Appeal to-do:\n - The reviewer wants to know why weekly is not enough; I still have to write that.\n - Get the HR letter.",
    "Tasks for the letter:\n- explain why IOP is not enough - ask Dr. Lee\n- attach the PHQ-9 printouts",
    "TODO\n* say why a lower level of care would not work (have not decided)\n* call the plan",
])
def test_a_to_do_list_is_no_evidence(todo):
    from assistant.letters.extract import extract_facts
    facts = extract_facts([_CHECKED + todo])
    assert not any("enough" in f.text or "lower level" in f.text or "not work" in f.text for f in facts.lower_level_rationale)


@pytest.mark.parametrize("label", ["Tasks done in session:", "Action plan:", "To do at home (her homework):"])
def test_fields_that_only_sound_like_errands_keep_their_kind(label):
    from assistant.letters.patterns import label_kind
    assert label_kind(label.rstrip(":")) != "todo"


# -- STAXI-2 scales are read as parts of the instrument -------------------------------------------------------------
@pytest.mark.parametrize("text,name,score", [
    ("Measures (intake 01/06/2025): STAXI-2 Trait Anger T = 70.", "STAXI-2 Trait Anger T", 70),
    ("STAXI-2 Anger Expression Index T-score 66 on 02/02/2025.", "STAXI-2 Anger Expression Index T", 66),
    ("staxi-2 trait anger 61 (03/03/2025)", "STAXI-2 Trait Anger", 61),
])
def test_staxi_2_scales_are_read(text, name, score):
    assert (name, score) in [(n, s) for n, s, _ in _scores(text)]


# -- a heading that names an instrument and spells its family out in brackets heads its dated rows -----------------
@pytest.mark.parametrize("text,name,n", [
    ("Measures - ARI-P (Affective Reactivity Index, parent; 0-12):\n   01/06/2025   10\n   03/03/2025    6\n", "ARI-P", 2),
    ("SCARED-P (Screen for Child Anxiety Related Disorders, parent version; 0-82):\n  02/02/2025 ..... 44\n"
     "  04/04/2025 ..... 30\n  06/06/2025 ..... 22\n", "SCARED-P", 3),
    ("PCL-5 (PTSD Checklist for DSM-5; 0-80):\n  01/13/2025 - 58\n  03/10/2025 - 41\n", "PCL-5", 2),
])
def test_a_heading_with_its_family_spelled_out_heads_its_rows(text, name, n):
    got = _scores(text)
    assert len(got) == n and all(x[0] == name and x[2] for x in got)


def test_a_heading_naming_two_instruments_heads_no_rows():
    assert _scores("PHQ-9 (GAD-7 given the same day):\n 01/01/2025 12\n 02/02/2025 9\n") == []


# -- instruments the catalog lacked: fear of evaluation, pain ratings, Parkinson's staging and motor scores ----------
@pytest.mark.parametrize("text,name,score", [
    ("BFNE-II (Brief Fear of Negative Evaluation, 0-48) ........ 39", "BFNE-II", 39),
    ("Brief Fear of Negative Evaluation 44 on 03/03/2025.", "BFNE", 44),
    ("Average pain, 0-10 NRS ............ 6", "Pain NRS", 6),
    ("Numeric Pain Rating Scale today: 8.", "Pain NRS", 8),
    ("Hoehn & Yahr: stage 3", "Hoehn and Yahr", 3),
    ("H&Y 2.5 at the neurology visit 01/10/2025", "Hoehn and Yahr", 2.5),
    ("MDS-UPDRS Part III (OFF): 41", "MDS-UPDRS Part III", 41),
    ("GAIN-SS past-year total 11.", "GAIN-SS past-year total", 11),
    ("GAIN-SS 7 on 03/03/2025", "GAIN-SS", 7),
])
def test_instruments_added_to_the_catalog_are_read(text, name, score):
    assert (name, score) in [(n, s) for n, s, _ in _scores(text)]


@pytest.mark.parametrize("text", ["She is at stage 2 of the exposure ladder.", "NRS staff noted the change.",
                                  "Stage 3 of the grief model, per the client."])
def test_stage_and_nrs_alone_are_no_scores(text):
    assert _scores(text) == []


# -- a family's numbered questions with the team's answers under them: each answer is about what its question asks ---
@pytest.mark.parametrize("text,element", [
    ("3. What are his goals?\n   -> Agreed with Sam: (1) at school 4 of 5 days a week; (2) CDI-2 under 15.", "measurable_goals"),
    ("5. Is he any better than when he started?\n   \u2192 Then: hiding in his room all weekend. Now: at practice twice a "
     "week and eats dinner with the family most nights.", "progress"),
    ("2. Had she had counseling before?\n   => Yes: six sessions with a school counselor in 2019 for panic.", "prior_treatment"),
    ("4. Could he just go to the evening IOP instead?\n   \u2192 Not yet. He cannot stay safe alone for an afternoon, he "
     "cut twice last week, and his mother works nights, so most of his day would go unwatched.", "lower_level_insufficient"),
])
def test_an_answer_under_a_numbered_question_is_about_what_it_asks(text, element):
    assert _status(text, element, level="PHP").status == "met"


@pytest.mark.parametrize("text", [
    "1. Why is she still sleeping so much?\n   -> The depression lifts slowly after a manic episode.",
    "3. Is the medicine working?\n   -> Too early to judge; the dose went up last week.",
    "6. What does she do all day?\n   -> Groups, school block and a family session on Tuesdays.",
])
def test_a_plain_question_gives_its_answer_no_element(text):
    from assistant.letters.reading import segments
    assert all(s.kind == "" for s in segments([text]))


def test_a_bare_answer_is_not_shown_as_a_reason():
    from assistant.letters.qa_record import bare_answer
    assert bare_answer("\u2192 Not right now.") and bare_answer("A: Yes.") and not bare_answer("-> No, she cannot stay alone.")


# -- sessions with someone else, counted and placed in the past, are earlier care ----------------------------------
@pytest.mark.parametrize("text", [
    "Care so far: pediatrician; 4 sessions with the school-based counselor in October, which did not change anything.",
    "About 10 sessions with her middle-school counselor in 8th grade for worry.",
    "A few appointments with a psychologist last year; stopped when the insurance changed.",
])
def test_counted_sessions_with_someone_else_in_the_past_are_prior_treatment(text):
    assert _status(text, "prior_treatment").status == "met"


@pytest.mark.parametrize("text", [
    "Plan: 12 sessions with the group therapist starting in February.",
    "Will have 6 sessions with the school counselor this spring.",
    "Sessions with her therapist are weekly.",
])
def test_sessions_still_ahead_or_current_are_no_prior_treatment(text):
    assert _status(text, "prior_treatment").status == "missing"


# -- one observable act with its deadline is a measurable goal; a direction or a feeling with a deadline is not ------
@pytest.mark.parametrize("goal", [
    "Walk to the corner store alone by session 6.",
    "Ride the bus to school without a parent by week 5.",
    "Sleep in her own bed all night by 03/15.",
])
def test_an_observable_act_with_a_deadline_is_measurable(goal):
    from assistant.letters.goals import is_measurable
    assert is_measurable(goal)


@pytest.mark.parametrize("goal", ["Improve sleep by week 6.", "Feel calmer in crowds by session 8.", "Be happier by week 8.",
                                  "Use coping skills by week 3."])
def test_a_direction_or_a_feeling_with_a_deadline_is_not_measurable(goal):
    from assistant.letters.goals import is_measurable
    assert not is_measurable(goal)


# -- where sessions happen is no treatment approach ----------------------------------------------------------------
@pytest.mark.parametrize("text", ["Plan: home-based psychotherapy weekly, 45 minutes, 12 sessions.",
                                  "Plan: school-based counseling twice a month.", "Plan: in-home therapy weekly for 10 weeks."])
def test_a_setting_is_no_treatment_approach(text):
    assert _status(text, "treatment_modality").status == "missing"


@pytest.mark.parametrize("text", ["Plan: home-based CBT weekly.", "Plan: mindfulness-based cognitive therapy, weekly.",
                                  "Plan: school-based problem-solving therapy twice a month."])
def test_an_approach_delivered_in_a_setting_is_still_named(text):
    assert _status(text, "treatment_modality").status == "met"


# -- a two-language heading on its own line is named by its English half ------------------------------------------
@pytest.mark.parametrize("text,element", [
    ("Intro.\n\n\u092f\u094b\u091c\u0928\u093e / Plan\nCBT weekly, 45 minutes, 12 sessions.", "frequency_duration"),
    ("Intro.\nTavoitteet / Goals (set with him)\n1. Ride the tram alone by session 6.\n2. PHQ-9 under 10.", "measurable_goals"),
    ("Intro.\n\n\u0e40\u0e1b\u0e49\u0e32\u0e2b\u0e21\u0e32\u0e22 / Goals\n- Back at work 3 days a week by March.\n- GAD-7 under 8.", "measurable_goals"),
])
def test_a_two_language_heading_names_its_section(text, element):
    assert _status(text, element).status == "met"


def test_two_english_words_split_by_a_slash_keep_their_own_kind():
    from assistant.letters.headings import english_half
    assert english_half("Risk / Safety") == "Risk / Safety" and english_half("Notes / Misc") == "Notes / Misc"


# -- "never any treatment" says there was none --------------------------------------------------------------------
@pytest.mark.parametrize("text", ["Previous treatment: never any mental-health treatment, here or abroad.",
                                  "Never any therapy, here or back home.", "Has never had any counseling."])
def test_never_any_treatment_documents_none(text):
    assert _status(text, "prior_treatment").status == "met"


def test_never_any_other_trouble_is_no_treatment_history():
    assert _status("Never any problems at school.", "prior_treatment").status == "missing"


# -- a claim's count of billed lines is no planned number of sessions ------------------------------------------------
@pytest.mark.parametrize("text", ["Weekly. Denied: CPT 90834 x 8 lines, DOS 09/08-11/03.",
                                  "Seen weekly. ADR covers 90837 \u00d7 6 claim lines.", "Weekly visits; 90834 x 5 claims denied."])
def test_billed_claim_lines_are_no_duration(text):
    assert _status(text, "frequency_duration").status == "missing"


@pytest.mark.parametrize("text", ["Requested: CPT 90834 x 12, weekly.", "Request 90837 \u00d7 16 sessions weekly.",
                                  "Weekly sessions x 10."])
def test_a_requested_code_times_sessions_is_a_duration(text):
    assert _status(text, "frequency_duration").status == "met"


# -- "it is helping" is progress; asking whether it helps is not ------------------------------------------------------
@pytest.mark.parametrize("text", ["He is still coming weekly and it is helping.", "Therapy has been helping with sleep.",
                                  "The sessions seem to be helping."])
def test_saying_the_care_helps_is_progress(text):
    assert _status(text, "progress").status == "met"


@pytest.mark.parametrize("text", ["Mom asks whether it is helping.", "Not sure it is helping yet.", "Asked if therapy is helping."])
def test_asking_whether_the_care_helps_is_no_progress(text):
    assert _status(text, "progress").status == "missing"


# -- an abbreviation a note spells out as another name is not the catalog's instrument of that name ------------------
@pytest.mark.parametrize("text,abbr", [
    ("Swallow study 12/04/2025: Penetration-Aspiration Scale (PAS): 1 on all trials. No aspiration (PAS 1).", "PAS"),
    ("Hearing screen: Speech Recognition Threshold (SRT) 20 dB; SRT 15 on the left.", "SRT"),
    ("Gross Motor Function Measure (GMFM) 71 on 02/02/2025; GMFM 74 on 05/05/2025.", "GMFM"),
])
def test_a_note_that_defines_an_abbreviation_otherwise_is_not_read_as_the_catalogs(text, abbr):
    from assistant.letters.catalog import catalog
    inst = next((h.instrument.name for h in catalog().find(abbr)), None)
    assert inst is None or all(n != inst for n, _, _ in _scores(text))


@pytest.mark.parametrize("text,name", [
    ("Panic and Agoraphobia Scale (PAS) 31 on 02/02/2025; PAS 24 on 04/04/2025.", "PAS"),
    ("Patient Health Questionnaire (PHQ-9) 17 today.", "PHQ-9"),
    ("PAS 30 on 01/01/2025.", "PAS"),
])
def test_an_abbreviation_spelled_out_as_its_own_name_is_still_read(text, name):
    assert name in [n for n, _, _ in _scores(text)]


# -- an errand about what the letter must still say documents nothing --------------------------------------------------
@pytest.mark.parametrize("text", [
    "- need to spell out why weekly isn't enough yet -- haven't written that down anywhere",
    "- Dr. Ng says the letter has to explain why IOP is not enough.",
    "We still have to add the goals before Friday.",
])
def test_an_errand_about_the_letter_says_nothing(text):
    from assistant.letters.empty_values import says_nothing
    assert says_nothing(text)


@pytest.mark.parametrize("text", ["She says she needs to explain herself to her boss.",
                                  "Weekly is not enough because he relapsed twice while in weekly therapy.",
                                  "Need to get out of the house more, she says."])
def test_what_the_client_needs_to_do_is_not_an_errand(text):
    from assistant.letters.empty_values import says_nothing
    assert not says_nothing(text)


# -- care someone else asks for is no treatment approach --------------------------------------------------------------
@pytest.mark.parametrize("text", ["The league won't let him back without counseling.", "The court ordered counseling.",
                                  "His employer says he must attend counseling."])
def test_counseling_someone_requires_is_no_approach(text):
    assert _status(text, "treatment_modality").status == "missing"


# -- "not done once" is never a condition for discharge -------------------------------------------------------------
@pytest.mark.parametrize("text", ["Every lower option depends on him staying sober between visits, which he has not done once since May.",
                                  "He has never done once a full week of school.", "She hasn't finished once, not even at home."])
def test_not_even_once_is_no_discharge_condition(text):
    assert _status(text, "discharge_criteria", level="residential").status == "missing"


def test_done_once_a_condition_holds_is_still_a_criterion():
    assert _status("Treatment is finished once his PCL-5 is under 33 twice.", "discharge_criteria").status == "met"


# -- a form's numbered section in title case heads what is under it ------------------------------------------------
@pytest.mark.parametrize("text,element", [
    ("6. Risk\n   Denies SI.\n\n7. Goals (plan 02/02/2025)\n   a. PHQ-9 under 10.\n   b. Back at work 3 days a week.", "measurable_goals"),
    ("3. Diagnosis\n   F41.1 GAD\n\n4. Prior treatment\n   Six sessions of CBT in 2019.", "prior_treatment"),
    ("1. Plan\n   CBT weekly, 50 minutes, 16 sessions.\n\n2. Medication\n   none", "frequency_duration"),
])
def test_a_numbered_section_heading_names_its_section(text, element):
    assert _status(text, element).status == "met"


# -- a label with who wrote it after a comma is still the label ----------------------------------------------------
@pytest.mark.parametrize("text", ["Her goals, written together: speak once in every group by week 4; 1 interview by week 12.",
                                  "Goals, agreed with the family: 2 meltdowns a week or fewer.",
                                  "Goals, set with the parents: bedtime by 9 pm on 6 of 7 nights."])
def test_a_label_with_its_author_after_a_comma_is_a_label(text):
    assert _status(text, "measurable_goals").status == "met"


@pytest.mark.parametrize("text", ["He said, quietly: I want to go home.", "Mom, worried: he is not sleeping.",
                                  "Then, at last: the bus came."])
def test_a_comma_before_a_colon_in_speech_is_no_label(text):
    from assistant.letters.reading import segments
    assert all(s.kind == "" for s in segments([text]))


# -- a score "at PHP admission" in a note dated later is the earlier score, not that day's ----------------------------
@pytest.mark.parametrize("text,name,first,last", [
    ("Review date: 12/30/2025\nYMRS was 26 at PHP admission, 19 on 12/22 and 14 on 12/29.", "YMRS", 26, 14),
    ("Date of service: 03/10/2025\nPHQ-9 was 22 at IOP intake and 15 on 03/03/2025.", "PHQ-9", 22, 15),
    ("DOS 2025-06-02\nPCL-5 61 at program start; 44 on 05/26/2025.", "PCL-5", 61, 44),
])
def test_a_score_at_the_programs_admission_is_the_earlier_one(text, name, first, last):
    from assistant.letters.extract import extract_facts
    trend = next(t for t in extract_facts([text]).trends if t.instrument == name)
    assert (trend.first, trend.last) == (first, last)


# -- "Why she's here:" tells the referral story, no level-of-care reason -----------------------------------------------
@pytest.mark.parametrize("label", ["Why she's here", "Why he is here", "Why they're coming"])
def test_why_the_client_is_here_is_the_story(label):
    from assistant.letters.patterns import label_kind
    assert label_kind(label) == ""


@pytest.mark.parametrize("label", ["Why IOP", "Why not outpatient", "Why PHP and not less"])
def test_why_this_level_is_still_the_level_reason(label):
    from assistant.letters.patterns import label_kind
    assert label_kind(label) == "loc"


# -- a credential on a message's "To:" or greeting line is its reader's, not its writer's ---------------------------------
@pytest.mark.parametrize("note", [
    "Secure message from member\nTo: Sam Lee, LCSW\nHi, here is my log. I skipped two shifts.",
    "Dear Dr. Ruiz, PhD,\nMy son has not slept more than four hours since Tuesday.",
    "Hi Jo (LPC) - the school called again today about the fight in the lunchroom.",
])
def test_a_message_to_a_clinician_is_not_the_clinicians_record(note):
    from assistant.letters.informants import clinicians_record
    assert not clinicians_record(note)


@pytest.mark.parametrize("note", ["Progress note. Sam Lee, LCSW\nS: slept 4 hours.", "Dx: F41.1\nPlan: CBT weekly.",
                                  "Intake 02/02/2025 - presenting problem: panic in stores."])
def test_a_clinicians_note_is_still_theirs(note):
    from assistant.letters.informants import clinicians_record
    assert clinicians_record(note)


# -- an instrument's items rated at dated time points in aligned columns under its title --------------------------------
@pytest.mark.parametrize("text,item,first,last", [
    ("CANS - Child and Adolescent Needs and Strengths\nItem                 Intake 01/06/2025     90-day 04/06/2025\n"
     "Risk Behaviors\n  Self-harm                  2                     1\n  Runaway                    3                     1\n",
     "CANS Self-harm", 2, 1),
    ("Teacher ratings received\nBRIEF-2\nScale            02/02/2025    03/02/2025\n  Inhibit           71            64\n  Shift            66            60\n",
     "BRIEF-2 Inhibit", 71, 64),
    ("Vanderbilt parent form\nSymptom          01/10/2025    03/10/2025\nInattention\n  Careless mistakes      3      2\n  Loses things    3      1\n",
     "Vanderbilt Careless mistakes", 3, 2),
])
def test_item_scores_in_dated_columns_under_the_instruments_title(text, item, first, last):
    got = [(n, s) for n, s, _ in _scores(text) if n == item]
    assert got == [(item, first), (item, last)]


@pytest.mark.parametrize("text", [
    "Weekly log\nDay         01/06/2025     01/13/2025\n  Outbursts        4              2\n",  # no instrument in the title
    "PHQ-9 and GAD-7\nItem      01/06/2025    02/06/2025\n  Sleep      2      1\n",  # two instruments in the title
    "CANS\nItem      Intake     Discharge\n  Conduct      3      1\n",  # columns without dates
])
def test_no_item_grid_without_one_titled_instrument_and_dated_columns(text):
    assert not any(" " in n and n.split()[0] in ("CANS", "PHQ-9", "GAD-7") for n, _, _ in _scores(text))


# -- a rating key under an instrument's title, and a review named by its day count, are no scores -----------------------
@pytest.mark.parametrize("text", [
    "CANS\nRatings: 0 = no evidence; 1 = watch; 2 = action needed; 3 = immediate action",
    "SCARED\nKey: 0 = not true, 1 = somewhat true, 2 = very true",
    "the CANS 30-day review (above) showed conduct down a point",
])
def test_a_rating_key_or_a_day_count_is_no_score(text):
    assert _scores(text) == []


@pytest.mark.parametrize("text,score", [("GAD-7\nScore: 12 = moderate", 12), ("PHQ-9: 12 = moderate range", 12),
                                        ("SCARED\nKey: 0 = not true, 1 = somewhat, 2 = very true\nTotal: 34", 34)])
def test_a_score_beside_its_band_is_still_read(text, score):
    assert score in [s for _, s, _ in _scores(text)]


@pytest.mark.parametrize("text", [
    "Before reinstatement the league requires a letter from a counselor, or proof of a completed anger management program.",
    "He must show proof of a completed parenting class in 2025.",
    "The court needs to see a completed DUI school certificate before he drives.",
])
def test_a_course_someone_requires_is_no_prior_treatment(text):
    assert _status(text, "prior_treatment").status == "missing"


@pytest.mark.parametrize("text,own", [
    ("Flight Anxiety Situations (FAS) 52 today, 71 at intake 07/21/2026.", "Flight Anxiety Situations"),
    ("Penetration-Aspiration Scale (PAS): 1 on all trials 12/04/2025.", "Penetration-Aspiration Scale"),
    ("Cognitive Distortions Scale (CDS) 40 on 02/02/2025.", "Cognitive Distortions Scale"),
])
def test_a_score_read_through_a_redefined_abbreviation_keeps_the_notes_own_name(text, own):
    got = _scores(text)
    assert got and all(n == own for n, _, _ in got if n.lower().startswith(own.split()[0].lower()[:4]))


# -- leaving a meeting, class or work counted ("twice", "3 times") is an impairment; leaving for lunch is not ---------
@pytest.mark.parametrize("text", ["Avoids the train; left a meeting twice.", "Walked out of class twice this week.",
                                  "Left work 3 times last month."])
def test_leaving_work_or_class_counted_is_an_impairment(text):
    assert _status(text, "functional_impairment").status == "met"


@pytest.mark.parametrize("text", ["She left the office for lunch twice.", "Left work on time twice this week.",
                                  "He left work at 5 as usual."])
def test_leaving_for_lunch_or_on_time_is_no_impairment(text):
    assert _status(text, "functional_impairment").status == "missing"
