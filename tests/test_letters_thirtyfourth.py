"""Letter classes found in the thirty-fourth session (leftovers of the thirty-third sets and the thirty-fourth blind
set), each with examples written here (never the set's own wording)."""
import pytest

from assistant.letters.identity import client_identity
from assistant.letters.narrative import narrative
from assistant.letters.state_scope import case_states, document_state, out_of_state
from assistant.records import Passage


def _passage(title, source_id="doc"):
    return Passage(chunk_id=f"{source_id}#0", source_id=source_id, title=title, section="S", policy_id="", url="",
                   effective_date="", payer="all", text="")


# -- one state's law is cited only for a case in that state ---------------------------------------------------------
@pytest.mark.parametrize("title,source_id,state", [
    ("Georgia Mental Health Parity Act (HB 1013): standards for insurers", "georgia-parity", "GA"),
    ("California SB 855: all mental health conditions covered", "california-sb-855", "CA"),
    ("New York: designated clinical review criteria", "new-york-criteria", "NY"),
    ("Illinois: medically necessary treatment under 215 ILCS 5/370c", "illinois-law", "IL"),
])
def test_a_document_about_one_states_law_is_that_states(title, source_id, state):
    assert document_state(_passage(title, source_id)) == state


@pytest.mark.parametrize("title", [
    "Kaiser Permanente mental health medical necessity (Washington provider manual example)",
    "Medicaid managed care plan appeals: 60 days to appeal",
    "Cigna / Evernorth Behavioral Health: LOCUS in California and New York",
])
def test_a_document_that_only_mentions_a_state_is_no_states(title):
    assert document_state(_passage(title, "x")) == ""


@pytest.mark.parametrize("payer,level,notes,state", [
    ("Medicaid (Wyoming Medicaid)", "family therapy", [], "WY"),
    ("Blue Cross Blue Shield of Texas", "IOP", [], "TX"),
    ("Aetna", "outpatient", ["Address: <ADDRESS_1>, <LOCATION_2>, GA <ZIP_1>"], "GA"),
    ("Ambetter", "PHP", ["Client lives in <LOCATION_1>, Oregon with her aunt."], "OR"),
    ("Medicaid MCO (NV)", "outpatient", [], "NV"),
])
def test_the_cases_state_is_read_from_payer_level_and_notes(payer, level, notes, state):
    assert state in case_states(payer, level, notes)


@pytest.mark.parametrize("payer,notes", [
    ("Medicaid (Wyoming Medicaid)", ["Reconsideration request for family therapy."]),
    ("Aetna", ["No state anywhere in these notes; OR and IN are words here, in all caps: OR ELSE."]),
    ("Optum", ["Mailing: <ADDRESS_1>, <LOCATION_1>, CO <ZIP_1>"]),
])
def test_another_states_law_is_left_out(payer, notes):
    georgia = _passage("Georgia Mental Health Parity Act (HB 1013)", "georgia-mental-health-parity-act")
    assert out_of_state(georgia, case_states(payer, "", notes))


@pytest.mark.parametrize("payer,notes", [
    ("Peach State Health Plan (Georgia Medicaid)", []),
    ("Anthem", ["Office: <ADDRESS_1>, <LOCATION_2>, GA <ZIP_1>"]),
    ("Ambetter of Georgia", []),
])
def test_the_cases_own_states_law_stays(payer, notes):
    georgia = _passage("Georgia Mental Health Parity Act (HB 1013)", "georgia-mental-health-parity-act")
    assert not out_of_state(georgia, case_states(payer, "", notes))
    assert not out_of_state(_passage("ERISA appeal deadlines", "erisa"), case_states(payer, "", notes))


# -- a form's "Name:" field under another party's heading names that party, not the client --------------------------
@pytest.mark.parametrize("note,client", [
    ("SECTION A - RENDERING PROVIDER\nName: <PERSON_1>, LPC\nNPI: <ID_1>\n\nSECTION B - MEMBER\nName: <PERSON_2>\n"
     "DOB: <DATE_1>", "<PERSON_2>"),
    ("PARENT / GUARDIAN\nName: <PERSON_1>\nRelationship: father\n\nYOUTH\nName: <PERSON_2>\nDate of birth: <DATE_1>",
     "<PERSON_2>"),
    ("Referring physician name: <PERSON_1>    Phone: <PHONE_1>\nPatient name: <PERSON_2>    DOB: <DATE_1>", "<PERSON_2>"),
    ("Subscriber\nName: <PERSON_1>\nEmployer: <ORGANIZATION_1>\n\nDependent (client)\nName: <PERSON_2>", "<PERSON_2>"),
])
def test_a_name_field_under_another_partys_heading_is_not_the_clients(note, client):
    assert client_identity([note])["name"] == client


@pytest.mark.parametrize("note,client", [
    ("Name: <PERSON_1>\nDOB: <DATE_1>\n\nEmergency contact\nName: <PERSON_2>\nPhone: <PHONE_1>", "<PERSON_1>"),
    ("His mother phoned on Monday about the missed sessions and asked for an earlier time slot in the week.\n"
     "Name: <PERSON_1>\nDOB: <DATE_1>", "<PERSON_1>"),
    ("CLIENT INFORMATION\nName: <PERSON_1>\nGuardian: <PERSON_2>", "<PERSON_1>"),
])
def test_the_clients_own_name_field_is_kept(note, client):
    assert client_identity([note])["name"] == client


# -- someone else's report is no course of care when the clinician's record is in the case ---------------------------
_REPORTS = [
    "Shift report from the warehouse lead. He left the line twice this week without telling anyone and came back an "
    "hour later. I covered his station and wrote it up for the manager on Thursday afternoon.",
    "Note from the after-school program. She hid under the table during snack time and would not come out for the "
    "bus. I called her grandmother, who picked her up at five and said this happens at home too.",
    "Coach's message. He walked off the field in the second half and sat in the car for the rest of the game. I "
    "benched him for Saturday and told his dad we need to talk about what is going on.",
]
_CLINICIAN = ("Progress note, 90834. Client seen for depressive symptoms (F32.1). We reviewed the week and practiced "
              "behavioral activation; he completed two of three planned activities and rated his mood higher at the end.")


@pytest.mark.parametrize("report", _REPORTS)
def test_anothers_report_pasted_first_is_no_course_of_care(report):
    course = " ".join(narrative([report, _CLINICIAN, _CLINICIAN.replace("two of three", "three of three")], set(),
                                first_note=False, limit=6))
    assert "I covered" not in course and "I called" not in course and "I benched" not in course


# -- a clinician's memo (the sender's credential on its From: line) that speaks of the client's mom is no relative's --
from assistant.letters.informants import relative_message  # noqa: E402

_MEMOS = [
    "To: <PERSON_1>, LMSW\nFrom: <PERSON_2>, LPC\nDate: <DATE_1>\n\nThanks for covering her Mondays. Mom has the "
    "safety plan and she knows you are seeing her. I asked for 10 more sessions, weekly.\n\nThanks",
    "From: <PERSON_3>, PsyD\nTo: covering therapist\nSubject: handoff\n\nShe is doing better; mom says she sleeps now. "
    "I requested 12 more weekly visits from the plan.\n-- <PERSON_3>",
    "TO: team\nFROM: <PERSON_4> LCSW\nDATE: <DATE_2>\nHer mom is worried about school. She has her exposure list. "
    "I put in for 8 weeks at twice weekly.",
]
_RELATIVES = [
    "From: <PERSON_5> (his mother)\nTo: <PERSON_6>, LPC\nDate: <DATE_4>\n\nHe slept badly again.\nI think the new "
    "schedule is hard on him.\nHe cried before school.\nThank you,\n<PERSON_5>",
    "Hi <PERSON_7>,\nMy son would not get out of bed today and I had to call in late to work.\nThanks, his mom",
    "From: <EMAIL_1>\nSubject: Dad\nDate: <DATE_3>\n\nDad is really struggling since the move, he won't eat. I'm his "
    "daughter and I'm worried.\n<PERSON_8>",
]


@pytest.mark.parametrize("memo", _MEMOS)
def test_a_clinicians_memo_about_a_mom_is_no_relatives_message(memo):
    assert not relative_message(memo)


@pytest.mark.parametrize("message", _RELATIVES)
def test_a_relatives_message_is_still_theirs(message):
    assert relative_message(message)


# -- a third party's "I" sentence is not quoted as impairment in the clinician's letter ------------------------------
from assistant.letters.extract import extract_facts  # noqa: E402
from assistant.letters.sections import impairments as _impairments  # noqa: E402


@pytest.mark.parametrize("report,theirs", [(_REPORTS[0], "I covered"), (_REPORTS[1], "I called"), (_REPORTS[2], "I benched")])
def test_a_third_partys_i_sentence_is_not_the_letters_impairment(report, theirs):
    notes = [report, _CLINICIAN + " He missed three shifts at work this month because he could not get out of bed."]
    shown = " ".join(c for _, cs in _impairments(extract_facts(notes), set(), notes) for c in cs)
    assert theirs not in shown


def test_the_clients_own_i_sentences_are_not_dropped_by_that_rule():
    from assistant.letters.informants import others_first_person
    journal = ("This was my week so far. I missed two days of work because I could not get out of bed. I skipped my "
               "sister's party.")
    assert others_first_person([journal, _CLINICIAN]) == set()
    assert others_first_person([_REPORTS[0], _CLINICIAN]) == {0}
    assert others_first_person([_REPORTS[0], "Shift notes, no clinician anywhere. He was late twice."]) == set()


# -- columns drawn with other bars, and tables whose first column names each row's topic -----------------------------
from assistant.letters.plain_note import plain_note  # noqa: E402
from assistant.letters.topic_tables import drawn_columns, goal_rows, topic_rows  # noqa: E402


@pytest.mark.parametrize("bar", ["\u2016", "\u2502", "\u00a6"])
def test_rows_drawn_with_other_bars_are_table_rows(bar):
    note = f"Area {bar} Client says {bar} Plan\nSleep {bar} up at 3 am {bar} CBT-I\nMood {bar} flat {bar} activation"
    assert drawn_columns(note).splitlines()[1] == "Sleep | up at 3 am | CBT-I"


def test_a_single_bar_in_prose_is_left_alone():
    note = "He said \u2016 is the sign he drew on the board.\nNothing else here."
    assert drawn_columns(note) == note


@pytest.mark.parametrize("note,goals,discharge", [
    ("TOPIC | SHE SAID | I NOTICED | MY READ\nSleep | \"I can't\" | tired | insomnia\n"
     "Better looks like | \"calm\" | - | PHQ-9 under 10 and back at work 3 days a week\n"
     "When to stop | - | - | once PHQ-9 stays under 10 on two checks a month apart", "PHQ-9 under 10", "PHQ-9 stays under 10"),
    ("Area | Now | Plan\n|---|---|---|\nGoals | - | no more than 1 panic attack a week by March\n"
     "Discharge | - | when panic is 1 or fewer a week for 6 weeks", "1 panic attack a week", "6 weeks"),
    ("Domain\tObserved\tNext step\nWhat success looks like\t-\tattends school 5 of 5 days for 4 weeks\n"
     "When to step down\t-\tmonthly once attendance holds for 4 weeks", "5 of 5 days", "attendance holds"),
])
def test_a_table_of_topics_reads_each_row_as_its_topic(note, goals, discharge):
    facts = extract_facts([note])
    assert any(goals in g.text for g in facts.goals), [g.text for g in facts.goals]
    assert any(discharge in d.text for d in facts.discharge_criteria), [d.text for d in facts.discharge_criteria]


def test_a_data_table_is_no_table_of_topics():
    note = "Date | PHQ-9 | GAD-7\n01/05 | 19 | 15\n03/02 | 12 | 9"
    assert topic_rows(note) == note


# -- a plan table aligned with spaces: its goal column is the plan's goals ---------------------------------------------
@pytest.mark.parametrize("note,goal", [
    ("GOAL                 MEASURE                          BY WHEN\n"
     "Fewer panic attacks  2 or fewer per week (diary)      by week 10\n"
     "Back to work         4 shifts a week                  March", "2 or fewer per week"),
    ("NO.  OBJECTIVE                                 BASELINE (05/01)   NOW (11/01)   STATUS\n"
     "1    Purging <= 1 per week for 8 weeks         9/week             3/week        Progressing\n"
     "2    EDE-Q global below 2.5                    4.1                3.0           Progressing", "Purging <= 1 per week"),
    ("Target                       Start      Review\n"
     "School refusal 0 days/month  09/2026    12/2026\n"
     "Sleep 8 h on 5 of 7 nights   09/2026    12/2026", "School refusal 0 days/month"),
])
def test_a_space_aligned_plan_table_gives_its_goals(note, goal):
    facts = extract_facts([note])
    assert any(goal in g.text and g.measurable for g in facts.goals), [g.text for g in facts.goals]


def test_an_aligned_score_table_gets_no_goal_lines():
    note = "DATE        PHQ-9    GAD-7\n01/05/2026  19       15\n03/02/2026  12       9"
    assert goal_rows(note) == note


# -- the end of care named by its own words ----------------------------------------------------------------------------
@pytest.mark.parametrize("text,found", [
    ("Done when: PHQ-9 under 10 on two checks a month apart.", "PHQ-9 under 10"),
    ("Finished when: panic attacks are 1 or fewer a week for a month.", "1 or fewer"),
    ("He completes the curriculum when all 24 sessions are done and both goals are met.", "all 24 sessions"),
    ("She finishes her protocol once the SUDS peak stays under 30 for three exposures.", "SUDS peak"),
    ("They complete the workbook when all 10 chapters are done.", "10 chapters"),
])
def test_the_end_of_care_in_its_own_words_is_discharge(text, found):
    assert any(found in d.text for d in extract_facts([text]).discharge_criteria)


@pytest.mark.parametrize("text", ["He completed the curriculum in May.", "Done: homework sheet reviewed.",
                                  "She finished the modules after we reviewed them."])
def test_a_finished_task_is_no_discharge_criterion(text):
    assert not extract_facts([text]).discharge_criteria


# -- why the person cannot step down, with the person named, is the rationale for this level -------------------------
@pytest.mark.parametrize("label", ["Why she cannot step down yet", "Why he is not ready for IOP",
                                   "Why the client still needs PHP"])
def test_why_the_person_cannot_step_down_is_the_levels_rationale(label):
    from assistant.letters.patterns.segments import label_kind
    assert label_kind(label) == "loc"
    text = f"{label}: the only self-harm in three weeks happened the first time she left 24-hour care."
    assert extract_facts([text]).lower_level_rationale


def test_why_she_can_step_down_is_still_discharge():
    from assistant.letters.patterns.segments import label_kind
    assert label_kind("Why she can step down") == "discharge"


# -- a score after the instrument, a colon and the score's own subject -------------------------------------------------
@pytest.mark.parametrize("text,scores", [
    ("He completed the PHQ-9 at intake and again last week: it was 19 on 01/05/2026 and 12 on 03/02/2026.", [19, 12]),
    ("We gave the GAD-7 twice; scores were 15 on 02/01/2026 and 9 on 04/01/2026.", [15, 9]),
    ("She filled in the PCL-5 at the first visit: the total was 52.", [52]),
])
def test_a_score_after_a_colon_and_its_subject_is_read(text, scores):
    assert [m.score for m in extract_facts([text]).measures] == scores


@pytest.mark.parametrize("text", ["The PHQ-9 goal: it was set at 5 or below.", "PHQ-9 below 10 is the target: it was agreed with her."])
def test_a_target_after_a_colon_is_no_score(text):
    assert not extract_facts([text]).measures


# -- a redacted word in a table's first column is no date -------------------------------------------------------------
def test_a_row_labelled_by_a_redacted_name_is_no_dated_score():
    note = ("ROUND      REPEATS   MINUTES   PEAK SUDS\n<PERSON_1>   14        105       90\n<PERSON_2>   9         60        85\n"
            "<PERSON_3>   17        115       85")
    facts = extract_facts([note])
    assert not any((m.date or "").startswith("<PERSON") for m in facts.measures)
    assert not facts.trends


# -- "no longer" doing a valued thing is a loss, not progress ---------------------------------------------------------
@pytest.mark.parametrize("text", ["He left his classes in May and no longer helps at his uncle's shop.",
                                  "She no longer goes to choir or sees her friends.", "He is no longer able to work full days."])
def test_no_longer_doing_a_valued_thing_is_no_progress(text):
    assert not extract_facts([text]).progress


@pytest.mark.parametrize("text", ["She no longer cuts and has not been to the ED since March.",
                                  "No longer has panic attacks on the bus.", "He no longer avoids the grocery store."])
def test_no_longer_having_a_symptom_is_progress(text):
    assert extract_facts([text]).progress


# -- a clinician's annotation in brackets is read --------------------------------------------------------------------
@pytest.mark.parametrize("text,score", [
    ("   [FCRI severity subscale today = 27 of 36; 13 or more suggests clinical fear of recurrence.]", 27),
    ("[PHQ-9 today = 14; she said the week was better than the last one.]", 14),
    ("[GAD-7 = 12 today, she filled it in while waiting for me.]", 12),
])
def test_a_bracketed_annotation_is_read(text, score):
    assert score in [m.score for m in extract_facts([text]).measures]


def test_a_short_bracketed_aside_stays_residue():
    from assistant.letters.headings import annotation
    assert annotation("[signature on file]") == "" and annotation("[typed from her worksheet; the scores are hers.]") != ""


# -- instruments added to the catalog, and a cut-off after a part is no score -----------------------------------------
@pytest.mark.parametrize("text,name,score", [
    ("PCL-5 44. ISI 22. DDNSI 28.", "DDNSI", 28), ("NDQ 38 on 11/02/2026.", "NDQ", 38),
    ("FCRI total 92 at intake.", "FCRI", 92), ("Cancer Worry Scale = 21.", "CWS", 21), ("FCRI-SF = 24 today.", "FCRI-SF", 24),
])
def test_new_catalog_instruments_are_read(text, name, score):
    assert (name, score) in [(m.instrument, m.score) for m in extract_facts([text]).measures]


def test_a_cut_off_after_a_part_is_no_score():
    text = "Individual referral if her FCRI severity score is still 13 or higher."
    assert not extract_facts([text]).measures


# -- an aligned plan table's rows are a table's, never sentences; a hobby or fitness export's counts are no scores ------
def test_an_aligned_plan_table_becomes_goals_and_a_pipe_table():
    note = ("NO.  OBJECTIVE                                 BASELINE (05/01)   NOW (11/01)   STATUS\n"
            "1    Purging <= 1 per week for 8 weeks         9/week             3/week        Progressing\n"
            "2    EDE-Q global below 2.5                    4.1 (05/01/26)     3.0 (11/01/26) Progressing\n"
            "     (self-report)")
    plain = goal_rows(note)
    assert plain.startswith("Goal 1: Purging <= 1 per week for 8 weeks.\nGoal 2: EDE-Q global below 2.5 (self-report).")
    assert "| 1 | Purging <= 1 per week for 8 weeks | 9/week | 3/week | Progressing |" in plain


@pytest.mark.parametrize("note", [
    "Date,Location,Party Size,Duration (min),All Obs Reported,Number of Species\n2026-03-14,Slough,6,120,1,38\n"
    "2026-07-02,Slough,1,35,0,6\n2026-08-30,Slough,1,20,0,1",
    "Date | Steps | Distance | Pace\n05/01 | 9000 | 6.1 | 9.5\n06/01 | 2100 | 1.2 | 14.0",
    "Week | Laps | Sets | Reps\n1 | 40 | 3 | 12\n8 | 6 | 1 | 5",
])
def test_a_hobby_or_fitness_exports_counts_are_no_scores(note):
    assert not extract_facts([note]).measures


def test_a_clinical_count_beside_scores_is_kept():
    note = "Date | PHQ-9 | Number of binges | GAD-7\n01/05 | 19 | 6 | 15\n03/02 | 12 | 2 | 9"
    names = {m.instrument for m in extract_facts([note]).measures}
    assert {"PHQ-9", "GAD-7", "Number of binges"} <= names


# -- a record dumped as nested key/value pairs (Perl Data::Dumper, Ruby inspect, pretty JSON) --------------------------
from assistant.letters.hash_dumps import plain_hash_dump  # noqa: E402

_PERL = """$VAR1 = {
  'client' => 'X',
  'measures' => [
    {
      'inst' => 'PCL-5',
      'score' => '51',
      'date' => '2026-11-02'
    },
    {
      'inst' => 'PHQ-9',
      'score' => undef,
      'date' => '2026-11-02'
    }
  ],
  'plan' => {
    'goals' => [
      'PCL-5 below 33 at discharge',
      'sleeps 6 hours on 5 of 7 nights'
    ],
    'frequency' => 'weekly'
  }
};"""
_RUBY = """{
  :client => "X",
  :measures => [
    {
      :instrument => "GAD-7",
      :total => 14,
      :date => "2026-10-01"
    }
  ],
  :risk => "denies SI",
  :medications => nil,
  :frequency => "twice weekly"
}"""
_JSON = """{
  "client": "X",
  "scores": [
    {
      "scale": "PHQ-9",
      "value": 17,
      "date": "2026-09-15"
    }
  ],
  "prior_treatment": "CBT, 10 sessions in 2024",
  "medications": null,
  "goals": "PHQ-9 under 10"
}"""


@pytest.mark.parametrize("dump,name,score", [(_PERL, "PCL-5", 51), (_RUBY, "GAD-7", 14), (_JSON, "PHQ-9", 17)])
def test_a_dumped_records_scored_object_is_a_score(dump, name, score):
    assert (name, score) in [(m.instrument, m.score) for m in extract_facts([dump]).measures]


def test_a_dumps_pairs_become_fields_and_empty_values_go():
    plain = plain_hash_dump(_PERL)
    assert "frequency: weekly" in plain and "- PCL-5 below 33 at discharge" in plain and "undef" not in plain
    assert "medications" not in plain_hash_dump(_RUBY)


def test_a_redacted_null_token_is_the_dumps_empty_value():
    dump = "\n".join(f"  '{k}' => <PERSON_5>," for k in ("medications", "functioning", "schedule", "est_los")) + \
        "\n  'risk' => 'denies SI',\n  'plan' => 'weekly CBT'"
    plain = plain_hash_dump(dump)
    assert "<PERSON_5>" not in plain and "risk: denies SI" in plain


def test_a_note_with_a_few_arrows_is_left_alone():
    note = "Plan => weekly CBT\nGoal => PHQ-9 under 10\nShe said 'no' when asked."
    assert plain_hash_dump(note) == note


# -- history with a bracketed "records requested" aside; asking about hurting anyone; one more catalog scale ----------
from assistant.letters.checklist import check_notes  # noqa: E402


def _status(text, element, level="outpatient"):
    items = check_notes(extract_facts([text]), "initial_authorization", level)
    return next(i.status for i in items if i.element == element)


@pytest.mark.parametrize("text", [
    "He had play therapy in 2021-2022, about 30 sessions (records requested).",
    "Prior treatment: outpatient therapy 2023 (records requested from the clinic).",
    "She was in an IOP in 2024 for six weeks (records pending).",
])
def test_history_with_a_records_aside_is_history(text):
    assert _status(text, "prior_treatment") == "met"


@pytest.mark.parametrize("text", ["Past treatment: records requested.", "Prior treatment: unknown; records requested.",
                                  "History: records pending from the county."])
def test_records_requested_alone_is_no_history(text):
    assert _status(text, "prior_treatment") == "missing"


@pytest.mark.parametrize("text", ["Risk: asked him directly about thoughts of hurting anyone or himself: none.",
                                  "We asked whether she has thought about harming others: no.",
                                  "Asked about hurting anyone: denies."])
def test_asking_about_hurting_anyone_is_a_risk_screen(text):
    assert extract_facts([text]).risk.assessed


def test_asking_about_an_injury_is_no_risk_screen():
    assert not extract_facts(["He asked me about hurting his knee at practice."]).risk.assessed


@pytest.mark.parametrize("text,score", [("We did the Cambridge Depersonalisation Scale together: 164.", 164),
                                        ("CDS 120 on 10/01/2026.", 120), ("Cambridge Depersonalization Scale = 98.", 98)])
def test_the_cambridge_depersonalisation_scale_is_read(text, score):
    assert ("CDS", score) in [(m.instrument, m.score) for m in extract_facts([text]).measures]


@pytest.mark.parametrize("note", [
    "| Item | Rating | Notes |\n|---|---|---|\n| P1 Unusual thought content | 2 | |\n| P3 Grandiosity | 0 | |",
    "| Area | Baseline | Now |\n| Sleep | 3 | 5 |\n| Mood | 2 | 4 |",
    "Question | Answer\nSleep hours | 5\nPanic attacks this week | 2",
])
def test_a_table_of_ratings_is_no_table_of_topics(note):
    assert topic_rows(note) == note
