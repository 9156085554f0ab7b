"""Letter and checklist classes found in the thirty-third session (leftovers of the thirty-second sets and the
thirty-third blind set), each with examples written here (never the set's own wording)."""
import pytest

from assistant.letters.extract import extract_facts
from assistant.letters.letter_view import _schedule_phrases


def _line(text):
    return "; ".join(_schedule_phrases(extract_facts([text])))


# -- the letter's schedule line is the plan's schedule, not every rhythm the notes mention ---------------------------
@pytest.mark.parametrize("text,shown,not_shown", [
    ("Why PHP and not weekly outpatient: she relapsed after weekly counseling twice.\n"
     "Plan: PHP 5 days/week, 6 hours/day, for an expected 3 weeks.", ["5 days/week", "3 weeks"], ["weekly"]),
    ("Group rules reviewed, including 24-hour notice for absences.\n"
     "He will attend the group every Tuesday, 12 sessions in all.", ["12 sessions"], ["24-hour"]),
    ("Pasted from the landlord: you may ask for a meeting within 14 days of this notice.\n"
     "We plan weekly individual therapy for 16 weeks.", ["weekly", "16 weeks"], ["within 14 days"]),
    ("Sertraline 50 mg daily since spring.\nRecommend biweekly CBT sessions over the next 4 months.",
     ["biweekly", "4 months"], ["daily"]),
])
def test_the_schedule_line_shows_the_plans_sentences_only(text, shown, not_shown):
    line = _line(text)
    for s in shown:
        assert s in line, line
    for s in not_shown:
        assert s not in line.replace("biweekly", ""), line


@pytest.mark.parametrize("text,shown", [
    ("Plan: weekly 50 min x 14 sessions.", "50 min x 14"),
    ("Plan: twice weekly, 45 minutes x 20.", "45 minutes x 20"),
    ("Plan: sessions 60 min x 10, weekly.", "60 min x 10"),
])
def test_minutes_times_sessions_is_read_whole(text, shown):
    assert shown in _line(text)


@pytest.mark.parametrize("text,shown", [
    ("Frequency: weekly. Duration: 12 sessions.", ["weekly", "12 sessions"]),
    ("She will come twice a week for 8 weeks, then weekly.", ["twice a week", "8 weeks"]),
    ("IOP 3 days/week, 3 hours/day; expected length of stay 6 weeks.", ["3 days/week", "6 weeks"]),
])
def test_a_plain_schedule_is_kept_whole(text, shown):
    line = _line(text)
    for s in shown:
        assert s in line, line


from letter_facts import scores as _scores, status as _status  # noqa: E402


# -- "the first time in her life she has talked to a counselor" says there was no earlier care ---------------------
@pytest.mark.parametrize("text", [
    "Seeing me since March on her doctor's referral - the first time in her life she has talked to a counselor.",
    "This is the first time he has spoken with a therapist about the war.",
    "It was the first time ever they had met with a counselor as a couple.",
])
def test_a_first_time_with_a_counselor_is_history(text):
    assert _status(text, "prior_treatment").status == "met"


# -- what was already tried, as a heading, is history ----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "What has already been tried: prolonged exposure with another therapist, spring 2025 - came to 7 of 12 sessions.",
    "Tried so far: two SSRIs and a 6-week DBT skills group in 2024.",
    "What we have tried: CBT with another counselor last year, 10 sessions.",
])
def test_what_was_tried_is_prior_care(text):
    assert _status(text, "prior_treatment").status == "met"


def test_what_was_tried_at_home_is_no_treatment():
    assert _status("What has been tried at home: sticker charts and early bedtimes.", "prior_treatment").status == "missing"


# -- progress told as a then/now pair of lines, or under a "Progress since ..." label --------------------------------
@pytest.mark.parametrize("text", [
    "June: in bed most of the day, one meal, stopped calling her sister.\nNow: up and dressed by 10 most days; walks to the mailbox.",
    "At intake: could not ride the bus alone, missed 3 days of school a week.\nNow: rides the bus with a friend.",
    "Before treatment - checked the locks 40 times a night.\nThese days - checks twice and goes to bed.",
    "- Progress since August: says good morning to two coworkers every shift; went to his nephew's birthday.",
    "Changes so far: sleeps in her own bed, rides the bus, eats lunch with friends.",
])
def test_change_told_without_a_change_word_is_progress(text):
    assert _status(text, "progress").status == "met"


@pytest.mark.parametrize("text", [
    "Now: low mood most days, poor sleep, no energy.",
    "Progress since intake: none yet, too early to say.",
    "Progress since October: little change in the checking or the reassurance seeking.",
    "IOP start 11/02/2026 | 3 hours a day, 4 days a week | days attended: 12 of 12",
    "PHP 6 hours a day, 5 days a week since admission.",
])
def test_today_alone_no_change_or_a_schedule_is_no_progress(text):
    assert _status(text, "progress").status == "missing"


def test_a_count_with_its_earlier_figure_is_still_progress():
    assert _status("Drinks 2 days a week, 6 in October.", "progress").status == "met"


# -- a lower level's own team sending the client up is why the lower level is not enough -----------------------------
@pytest.mark.parametrize("text", [
    "She stopped lithium for 4 days and missed two appointments; the outpatient team referred her to IOP.",
    "His outpatient therapist referred him to PHP after two ER visits in one month.",
    "The weekly clinician recommended IOP when the purging went back up to daily.",
])
def test_referral_up_by_the_lower_levels_team_is_a_rationale(text):
    assert _status(text, "lower_level_insufficient", "continued_stay", "IOP").status == "met"


@pytest.mark.parametrize("text", [
    "Outpatient therapist: Dr. Lee, referred to us for a second opinion.",
    "She has been in weekly outpatient therapy since May and is doing well.",
    "Why I use it: nerves                Prescriber: Dr. Kim",
    "Why she takes it: panic attacks at night",
])
def test_no_rationale_from_a_referral_line_or_a_medicine_list(text):
    assert _status(text, "lower_level_insufficient", "continued_stay", "IOP").status == "missing"


# -- a medical or pharmacy "therapy" is no treatment approach ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Medicare Medication Therapy Management (MTM) Program",
    "Started hormone replacement therapy last spring.",
    "Infusion therapy for her Crohn disease continues.",
])
def test_medical_therapies_are_no_modality(text):
    assert _status(text, "treatment_modality").status == "missing"


# -- the client's wants after a colon are goals ------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "What he wants, in his order: to be in the grocery store on his own for 20 minutes three times a week; and an FSAS under 25.",
    "What she would like from therapy: to sleep through 5 nights of 7 and a PHQ-9 under 10.",
    "What the parents want: no more than 1 tantrum a day for 2 weeks; homework done 4 of 5 nights.",
])
def test_wants_listed_after_a_colon_are_goals(text):
    assert _status(text, "measurable_goals").status == "met"


@pytest.mark.parametrize("text", ["What he wants: to feel better and get his life back.", "What she wants for Christmas: a bike."])
def test_wants_without_a_target_are_no_measurable_goal(text):
    assert _status(text, "measurable_goals").status == "missing"


# -- scores under a heading with a rating key; instruments and labs the catalog now has -------------------------------
@pytest.mark.parametrize("text,expected", [
    ("LCM (1 = total dependence ... 7 = complete independence)\n  Leisure awareness ........ 3\n  TOTAL .................. 18 / 56", ("LCM", 18)),
    ("SCARED (0 = not true, 2 = often true)\n  Panic ........ 5\n  TOTAL ........ 30", ("SCARED", 30)),
    ("PSC-17 (0-2 scale)\n  Attention ........ 6\n  Total ........ 19", ("PSC-17", 19)),
    ("Florida Shock Anxiety Scale done in clinic today: FSAS 38.", ("FSAS", 38)),
    ("PCP labs: vitamin B12 138 pg/mL (ref 200-900), methylmalonic acid elevated.", ("vitamin B12", 138)),
    ("Labs: ferritin 9 ng/mL, vitamin D 14 ng/mL, folate 3.1 ng/mL.", ("vitamin D", 14)),
])
def test_scores_read_from_keyed_headings_and_new_catalog_entries(text, expected):
    assert expected in [(i, s) for i, s, _ in _scores(text)]


# -- impairment: never an unticked option, never a row of a point grid -------------------------------------------------
@pytest.mark.parametrize("text", [
    "Event type:  [x] unexpected pediatric death   [ ] workplace violence   [ ] patient harm event",
    "Wake / hygiene       1  1  0  1  1  2  1",
    "Chores | 2 | 2 | 1 | 0",
])
def test_form_options_and_grid_rows_are_no_impairment(text):
    assert extract_facts([text]).impairments == ()


def test_a_ticked_problem_is_still_impairment():
    assert [i.domain for i in extract_facts(["Problems: [x] fights at school  [ ] stealing"]).impairments] == ["relationships"]


# -- counts kept in a log, diary, tally or point sheet are shown beside the measures ----------------------------------
def test_self_monitoring_counts_are_quoted():
    from assistant.letters.self_monitoring import record_count_sentences
    notes = ["Measures: MGH-HPS 22. Pulling log, first week (her own count): 41 episodes.\nGoals: 5 or fewer pulling episodes a week.",
             "Panic diary: 6 attacks this week, down from 11.\nSleep log shows 5 hours a night.",
             "Point sheet weekly average ......... 41% -> 92% (see sheet)"]
    assert record_count_sentences(notes, set()) == ["Pulling log, first week (her own count): 41 episodes.",
                                                   "Panic diary: 6 attacks this week, down from 11.",
                                                   "Point sheet weekly average: 41% -> 92% (see sheet)."]


# -- a band that names an undiagnosed condition is dropped, the score kept --------------------------------------------
def test_a_score_keeps_its_line_without_a_band_naming_an_undiagnosed_condition():
    from assistant.letters.draft import _without_unsupported
    notes = ["Screen: PCL-5 41, ISI 18. Diagnosis deferred (trauma-related symptoms)."]
    letter = "- PCL-5 = 41 (at or above the provisional PTSD cut-off of 33)\n- ISI = 18 (moderate insomnia)\n- The client has PTSD (F43.10)."
    assert _without_unsupported(letter, notes, {}, []) == "- PCL-5 = 41\n- ISI = 18 (moderate insomnia)"


# -- an approach named before its description is cut at the name, never inside a word ---------------------------------
@pytest.mark.parametrize("text,item", [
    ("competing response - fidget ring and fist-clench for 1 minute at the first urge; cotton gloves", "competing response"),
    ("behavioural activation: a weekly plan of valued activities written with her daughter on Sundays", "behavioural activation"),
    ("a very long intervention name without any dash that keeps going on and on past sixty characters",
     "a very long intervention name without any dash that keeps"),
])
def test_a_long_intervention_item_is_cut_at_its_name(text, item):
    from assistant.letters.elements import _first_item
    assert _first_item(text) == item


# -- "tx" is treatment; "before or since" closes a no-prior-care sentence ----------------------------------------------
@pytest.mark.parametrize("text", ["No prior tx, no meds.", "No previous tx.", "No counseling or psychiatric care before or since."])
def test_no_prior_tx_is_history(text):
    assert _status(text, "prior_treatment").status == "met"


# -- an unsure report of earlier care is not history ------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Earlier care: mom thinks he may have seen the school counselor a couple of times in 7th grade; not sure.",
    "Mom thinks she saw a therapist in 2022 but does not remember the name.",
    "History: dad believes she might have seen a therapist in 2019, unsure.",
])
def test_unsure_earlier_care_is_no_history(text):
    assert _status(text, "prior_treatment").status == "missing"


def test_recalled_care_is_still_history():
    assert _status("She recalls 8 sessions of CBT in 2019 that helped.", "prior_treatment").status == "met"


# -- a schedule asked for: "submitted for", "x 2/week", weekday pairs; one weekday once is no schedule -----------------
@pytest.mark.parametrize("text", [
    "I have submitted for 16 more at 2x/week (8 weeks).",
    "We are asking for 12 more sessions, weekly.",
    "She asked for a weekly slot for 10 weeks.",
])
def test_a_schedule_asked_for_is_the_plan(text):
    assert _status(text, "frequency_duration").status == "met"


@pytest.mark.parametrize("text,found", [
    ("Tue + Fri 4:00-4:45 pm, in office (90834 x 2/week)", True),
    ("Sessions on Tuesday and Thursday for 12 weeks.", True),
    ("She knows you are covering and agreed to it on Friday.", False),
])
def test_weekday_schedules(text, found):
    assert bool(extract_facts([text]).frequency) is found


# -- "We will stop family sessions when ..." is a discharge criterion ---------------------------------------------------
@pytest.mark.parametrize("text,status", [
    ("We will stop family sessions when things are calmer at school and mom can handle evenings on her own.", "met"),
    ("I will end the weekly group once he has gone 6 weeks without a fight.", "met"),
    ("We can close the case when she sleeps in her own bed 5 nights of 7.", "met"),
    ("We will stop the session if she becomes upset.", "missing"),
    ("I will finish the paperwork when I am back.", "missing"),
])
def test_we_will_stop_sessions_when(text, status):
    assert _status(text, "discharge_criteria").status == status


# -- a visit type in a diagnosis field is no diagnosis ---------------------------------------------------------------
@pytest.mark.parametrize("text,status", [
    ("Diagnosis: Behavioral health evaluation", "missing"),
    ("Diagnosis: Psychiatric evaluation.", "missing"),
    ("Dx: crisis assessment", "missing"),
    ("Diagnosis: Selective mutism", "met"),
])
def test_a_visit_type_is_no_diagnosis(text, status):
    assert _status(text, "diagnosis").status == status


# -- a tree or argument map's rules are drawing; numbered capital headings are headings --------------------------------
def test_a_tree_drawn_plan_reads_as_fields():
    text = (" |-- REASON 3: responding\n |     evidence: CGAS 31 on 11/06 -> 38 on 12/01 (still major impairment).\n |\n"
            " |-- REASON 4: plan\n |     goals (updated 12/01): (a) no self-harm for 30 days in a row; (b) SIQ-JR below 31.")
    assert _status(text, "measurable_goals").status == "met"
    assert ("CGAS", 38, "12/01") in _scores(text)


@pytest.mark.parametrize("text,kept", [
    ("| Date | PHQ-9 |\n| 1/2 | 12 |\n| 2/2 | 9 |", "| Date | PHQ-9 |"),
    ("+ 2 points on the PHQ\n+ 1 on the GAD\n+ 3 on the PCL", "+ 2 points on the PHQ"),
    ("|-- one line only", "|-- one line only"),
])
def test_tables_and_plus_lists_are_not_trees(text, kept):
    from assistant.letters.plain_note import tree_drawn
    assert kept in tree_drawn(text)


def test_numbered_capital_headings_with_a_note():
    from assistant.letters.reading import segments
    text = ("2  STANDARDIZED MEASURE\n   Whiteley Index (14 items rated 1-5; range 14-70): 56 on 09/15/2026.\n\n"
            "11 GOALS (set 09/22/2026)\n   a. Whiteley Index below 40.\n\n13 PLAN\n   Weekly 45-minute sessions, 12 more.")
    assert [s.kind for s in segments([text])] == ["measures", "goals", "plan"]
    assert ("Whiteley Index", 56, "09/15/2026") in _scores(text)


# -- a ledger's AMT and BAL are money, not the Abbreviated Mental Test or a blood alcohol level ------------------------
@pytest.mark.parametrize("text", [
    "DATE      TIME   TYPE         ITEMS              AMT    BAL\n08/25/26  11:42  LUNCH        wrap, milk         3.10   46.90\n"
    "08/26/26  11:40  LUNCH        pizza, milk        3.10   43.80",
    "Date | Payee | Amount | Balance\n01/02 | Grocer | 54.20 | 210.00\n01/05 | Pharmacy | 12.00 | 198.00",
    "Posted   Description   Debit   Bal\n03/01   coffee   4.50   95.50\n03/02   lunch   11.00   84.50",
])
def test_ledger_columns_are_no_scores(text):
    assert extract_facts([text]).measures == ()


def test_an_amt_column_beside_scores_is_still_the_test():
    text = "Date      AMT   MMSE\n01/05/26  7     24\n03/05/26  8     26"
    assert ("AMT", 8) in [(m.instrument, m.score) for m in extract_facts([text]).measures]


# -- a short title over indented lines is a heading, not the start of its first line ----------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Numbers\n  weight 43.1 kg (in August) -> 38.3 kg on 11/30\n  heart rate 44 overnight", ("weight", 38.3, "11/30")),
    ("Scores\n  PHQ-9 18 at intake, 11 on 11/30", ("PHQ-9", 11, "11/30")),
    ("Labs today\n\tpotassium 3.1 mmol/L\n\tsodium 139 mmol/L", ("potassium", 3.1, None)),
])
def test_a_title_over_indented_lines(text, expected):
    assert expected in _scores(text)


def test_an_indented_line_under_a_sentence_still_continues_it():
    from assistant.letters.headings import list_title
    assert list_title("She said the week was hard and", "  she missed two days.") is None


def test_a_boxed_grids_borders_are_no_tree():
    from assistant.letters.plain_note import tree_drawn
    grid = "+------+-----+\n| Dx | Goal |\n+------+-----+\n| F41.1 | 1. x |\n+------+-----+"
    assert tree_drawn(grid) == grid
