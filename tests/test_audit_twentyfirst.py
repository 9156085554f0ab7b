"""The documentation audit on a twenty-first set of note shapes, examples written here (three or more per class):
notes kept as TOML files; body-based and pain-reprocessing techniques, Collaborative & Proactive Solutions steps and a
safety plan updated (verb first) as interventions; a goal reached or an earlier plan told as working as progress;
passive ideation as a preference or a wish not to have woken; a code change naming whose code it was; PTSD symptoms
dated by the year they began; a meeting's "called to order" / "adjourned"; the psychotherapy line's clock over a clock
range about the client's day; a session that turned into a crisis, each code against its own part; a place the client
goes habitually or is compared with; a transcriber's bracketed remark."""
from __future__ import annotations

import pytest

from assistant.audit.exports import toml_as_fields
from audit_notes import names, rules

SIGNED = "Signed: Ilse Marchetti-Doyle, LMHC"
BODY = ("Dx: F41.1 Generalized anxiety disorder\nGAD-7 11 (14 last month).\n"
        "Interventions: worry exposure script; cognitive restructuring of 'something bad will happen'.\n"
        "Response: worry time kept 5 of 7 evenings; rated the script 'less scary'.\n"
        "Risk: denies SI/HI.\n"
        "Plan: treatment plan 01/12/2026 (review 04/12/2026); goals: GAD-7 under 8 by 06/30/2026.\n")


def _note(head: str, body: str = BODY, sign: str = SIGNED) -> str:
    return head + "\n" + body + sign


# --- notes kept as TOML files ------------------------------------------------------------------------------------

def _toml(modifiers: str, pos: str, signer: str, mode: str = "video") -> str:
    return (f'[visit]\ndate = 2026-02-10\nstart = 09:00\nend = 09:50\ncpt = ["90834"]\nmodifiers = {modifiers}\n'
            f'pos = "{pos}"\nmodality = "{mode}"\nclient_location = "home, Dayton OH"\n'
            'consent = "telehealth consent on file 2026-01-05"\ndx = ["F41.1 Generalized anxiety disorder"]\n\n'
            '[narrative]\ntext = """\nGAD-7 11 (14 last month). Worry exposure script; cognitive restructuring.\n'
            'Response: worry time kept 5 of 7 evenings. Denies SI/HI.\n"""\n\n[plan]\n'
            'plan = "treatment plan 2026-01-12, review 2026-04-12; goal GAD-7 under 8 by 2026-06-30"\n\n'
            f'[sign]\nsigned_by = "{signer}"\nsigned_at = 2026-02-10T10:05\n')


@pytest.mark.parametrize("modifiers,pos", [('["95"]', "10"), ("['GT']", "02"), ('["95", "GT"]', "10")])
def test_a_toml_note_s_modifiers_and_place_of_service_are_read(modifiers, pos):
    found = names(_toml(modifiers, pos, "Ilse Marchetti-Doyle, LMHC"), payer="Cigna")
    assert "telehealth_pos_modifier_missing" not in found and "signature_missing" not in found


@pytest.mark.parametrize("signer", ["Ilse Marchetti-Doyle", "I. Marchetti", "Ilse M. Doyle"])
def test_a_toml_signer_without_a_licence_is_signed_without_credentials(signer):
    found = names(_toml('["95"]', "10", signer), payer="Cigna")
    assert "signature_missing" not in found and "credentials_missing" in found


def test_an_empty_toml_array_records_nothing_and_a_video_visit_in_the_office_place_is_flagged():
    assert "telehealth_pos_modifier_missing" in names(_toml("[]", "11", "Ilse Marchetti-Doyle, LMHC"), payer="Cigna")
    fields = toml_as_fields(_toml("[]", "11", "A. B, LPC"))
    assert "Modifiers" not in fields and "Signed by: A. B, LPC" in fields and "Start: 09:00" in fields


def test_a_note_that_is_not_toml_comes_back_unchanged():
    text = "[p. 4]\nDOS 02/10/2026 = a Tuesday\nPlan = continue weekly\n[end]"
    assert toml_as_fields(text) == text


# --- interventions told by their technique --------------------------------------------------------------------

_NO_LABEL = ("DOS 02/10/2026   2:00-2:48 pm   CPT 90834\nDx: F43.12 Posttraumatic stress disorder, chronic\n"
             "{line}\nResponse: calmer by the end, said the memory felt 'smaller'.\nDenies SI/HI.\n"
             "Plan: weekly per plan dated 01/12/2026 (review 04/12/2026); goal PCL-5 under 33 by 06/30/2026.\n" + SIGNED)


@pytest.mark.parametrize("line", [
    "Moved attention back and forth between the knot in her stomach and her hands on the armrest (pendulation), four rounds.",
    "Somatic tracking of the knee pain for three minutes, noticing it shift and soften.",
    "Interoceptive: stair runs 45 s x3 to bring on the racing heart, then waited it out.",
    "Safety reappraisal of the headache: went over what the neurologist said in plain words.",
    "Reappraisal statements written for the drive to work.",
])
def test_body_based_and_pain_reprocessing_work_is_an_intervention(line):
    assert "interventions_missing" not in names(_NO_LABEL.format(line=line))


@pytest.mark.parametrize("line", [
    "Plan B on the homework problem with mom and Theo at the table.",
    "Empathy step with Theo about the bus; defining the adult concern with his mother next.",
    "Went over the ALSUP with the foster mother and picked the first unsolved problem.",
])
def test_collaborative_and_proactive_solutions_steps_are_interventions(line):
    assert "interventions_missing" not in names(_NO_LABEL.format(line=line))


@pytest.mark.parametrize("line", [
    "Reviewed and updated her written safety plan with a new contact.",
    "Revised his crisis plan after the move.",
    "Went over the safety plan card line by line.",
])
def test_a_safety_plan_updated_with_the_verb_first_is_an_intervention(line):
    assert "interventions_missing" not in names(_NO_LABEL.format(line=line))


def test_a_note_with_no_technique_still_has_no_intervention():
    assert "interventions_missing" in names(_NO_LABEL.format(line="Talked about the week and her sister's visit."))


# --- progress told as a goal reached or a plan working ---------------------------------------------------------

_PROGRESS = ("DOS 02/10/2026   4:00-4:40 pm   CPT 90834\nDx: F90.2 ADHD, combined presentation\n"
             "{line}\nUsed problem-solving on the morning routine.\nDenies SI/HI.\n"
             "Plan: weekly per plan dated 01/12/2026 (review 04/12/2026).\n" + SIGNED)


@pytest.mark.parametrize("line", [
    "Two meltdowns this week, at goal for the first time.",
    "The sticker plan worked 4 of 5 school mornings.",
    "Homework routine still holding after three weeks.",
    "Reached her weekly goal of three outings.",
])
def test_a_goal_reached_or_an_earlier_plan_working_is_progress(line):
    assert "progress_missing" not in names(_PROGRESS.format(line=line))


def test_a_plan_only_made_today_is_no_progress():
    assert "progress_missing" in names(_PROGRESS.format(line="Talked about the school week."))


# --- passive ideation as a preference or a wish not to have woken -----------------------------------------------

@pytest.mark.parametrize("said", ['"Honestly I\'d just as soon not wake up some days."',
                                  '"I\'d sooner not wake up than face another winter."',
                                  '"Some nights I wish I stayed asleep and didn\'t wake up."',
                                  'He said he wishes he could nod off and never wake up.'])
def test_passive_ideation_as_a_preference_needs_a_safety_plan_and_a_follow_up(said):
    first = _note("DOS 02/10/2026   2:00-2:50 pm   CPT 90834", BODY.replace("Risk: denies SI/HI.", "Risk: " + said))
    second = _note("DOS 02/17/2026   2:00-2:50 pm   CPT 90834", BODY.replace("Risk: denies SI/HI.\n", ""))
    found = rules(first, second)
    assert ("safety_plan_missing", 0) in found and ("risk_not_reassessed", 1) in found


# --- a code change naming whose code it was --------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Dx: F43.12 PTSD, chronic (changed from last week's F43.10 -- duration now documented)",
    "Dx: F41.1 GAD (updated from the intake's F41.9 after the full history)",
    "Dx: F33.1 MDD, recurrent, moderate (recoded from the prior session's F32.A; second episode confirmed)",
])
def test_the_replaced_code_is_not_this_note_s_diagnosis(line):
    note = _note("DOS 02/17/2026   2:00-2:50 pm   CPT 90834", BODY.replace(
        "Dx: F41.1 Generalized anxiety disorder", line + "\nSymptoms for more than three years; worry about many things"))
    assert "diagnosis_unspecified" not in names(note)


# --- PTSD symptoms dated by the year they began ----------------------------------------------------------------

@pytest.mark.parametrize("since,dos", [("2021", "03/09/2026"), ("2024", "11/02/2026"), ("2025", "05/04/2026")])
def test_ptsd_symptoms_since_a_year_long_past_make_the_unspecified_code_flagged(since, dos):
    body = BODY.replace("Dx: F41.1 Generalized anxiety disorder", "Dx: F43.10 PTSD, unspecified\n"
                        f"Flashbacks and startle since {since}, after the crash.")
    assert "diagnosis_unspecified" in names(_note(f"DOS {dos}   2:00-2:50 pm   CPT 90834", body))


@pytest.mark.parametrize("since,dos", [("2026", "03/09/2026"), ("2025", "02/04/2026")])
def test_ptsd_symptoms_since_a_recent_year_say_nothing_of_chronicity(since, dos):
    body = BODY.replace("Dx: F41.1 Generalized anxiety disorder", "Dx: F43.10 PTSD, unspecified\n"
                        f"Nightmares since {since}.")
    assert "diagnosis_unspecified" not in names(_note(f"DOS {dos}   2:00-2:50 pm   CPT 90834", body))


# --- a meeting's own start and stop words ------------------------------------------------------------------------

@pytest.mark.parametrize("times", ["Called to order 6:05 PM     Adjourned 6:58 PM",
                                   "Meeting convened at 10:00 am; adjourned at 10:55 am",
                                   "Called to order: 3:30 pm -- Adjourned: 4:20 pm"])
def test_a_family_meeting_called_to_order_and_adjourned_has_its_minutes(times):
    note = _note(f"FAMILY MEETING MINUTES\nDate: 02/10/2026   {times}\nBilling: 90847\n"
                 "Attendance: client; mother; father.")
    assert not {"minutes_missing", "minutes_code_mismatch"} & names(note)


# --- the psychotherapy line's clock over a clock range about the day -------------------------------------------

@pytest.mark.parametrize("day", ["Worry peaks at 9-10 PM when the e-mails come in.",
                                 "Cravings strongest 4-6 pm on the drive home.",
                                 "Kids' bedtime fights run 8-9:30 pm most nights."])
def test_the_psychotherapy_line_s_clock_is_the_session_s(day):
    note = _note("Visit 02/10/2026, in office\n" + day +
                 "\nE/M: medication management, low complexity.\n"
                 "Psychotherapy (separate from the E/M) 3:10-3:52 PM: CBT for worry.\nCHARGES: 99213, 90836")
    assert "minutes_code_mismatch" not in names(note)


# --- a session that turned into a crisis: each code against its own part ---------------------------------------

@pytest.mark.parametrize("routine,crisis,codes", [
    ("Scheduled session 1:00-1:25", "Crisis psychotherapy 1:25-2:15", "90832, 90839"),
    ("Regular therapy 10:00-10:45", "then crisis work 10:45-11:30", "90834, 90839"),
    ("Planned session 3:00-3:20 pm", "Crisis intervention 3:20-4:05 pm", "90832, 90839"),
])
def test_each_code_of_a_session_that_turned_into_a_crisis_takes_its_own_part(routine, crisis, codes):
    note = _note(f"DOS 02/10/2026\nCPT billed: {codes}\n{routine} -- review of the week. {crisis} after he disclosed "
                 "a plan; safety plan written, disposition home with his brother.")
    assert "minutes_code_mismatch" not in names(note)


def test_a_routine_part_too_long_for_its_code_is_still_flagged():
    note = _note("DOS 02/10/2026\nCPT billed: 90832, 90839\nScheduled session 1:00-1:50 -- review. "
                 "Crisis psychotherapy 1:50-2:40 after a disclosure; safety plan written.")
    assert "minutes_code_mismatch" in names(note)


# --- a place the client goes habitually or is compared with ---------------------------------------------------

_VIDEO = "VIDEO SESSION NOTE\nDOS 02/10/2026   4:00-4:45 pm   90834-95, POS 10\nTelehealth consent on file.\n{line}"


@pytest.mark.parametrize("line", ["Background: doing homework in the school library 4 of 5 afternoons.",
                                  "Sleeps in her sister's room most nights since the break-in.",
                                  "Much chattier on screen than in the office."])
def test_a_habitual_or_compared_place_is_not_the_client_s_location(line):
    assert "telehealth_location_missing" in names(_note(_VIDEO.format(line=line)), payer="Cigna")


@pytest.mark.parametrize("line", ["Client joined from home, as every week.", "She was at her dorm for the session today.",
                                  "Client location: her car, parked at work."])
def test_the_session_s_place_still_counts(line):
    assert "telehealth_location_missing" not in names(_note(_VIDEO.format(line=line)), payer="Cigna")


# --- a transcriber's bracketed remark -------------------------------------------------------------------------

@pytest.mark.parametrize("remark", ["[page 41 -- no date on this page; it falls between the 3/2 and 3/9 entries]",
                                    "[scribe: entry undated, written after the 10/4 entry in the same ink]",
                                    "[typed by the front desk; the page says only 'Tues', previous page 1/13/26]"])
def test_a_transcriber_s_remark_dates_no_session(remark):
    note = remark + "\nR. Lindgren   1:00-1:50   90834\n" + BODY + SIGNED
    assert "date_of_service_missing" in names(note)


def test_a_bracketed_date_stamp_still_dates_the_session():
    note = "[02/10/2026]\nR. Lindgren   1:00-1:50   90834\n" + BODY + SIGNED
    assert "date_of_service_missing" not in names(note)
