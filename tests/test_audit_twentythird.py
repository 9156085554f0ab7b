"""The documentation audit on a twenty-third set of note shapes, examples written here (three or more per class):
a goal's target month or session dates the plan; the client named with where they were instead of the family session,
and a closed attendance list without the client; a language-access service (captioner, sign-language interpreter) is
no interactive complexity while an adult client's family member in conflict is; a signing label with words around it
and a signature above an appended receipt; the client in a care setting as the telehealth location; a negation in the
sentence before the goals; a symptom's strength told as a change; a recode whose history is confirmed; a year-first
slashed date."""
from __future__ import annotations

import pytest

from assistant.audit.reading import dates_in
from audit_notes import fires, names

SIGNED = "Signed: Odile Marchbanks-Tey, LPC"
HEAD = "DOS 03/09/2026   Start 2:00 PM   End 2:50 PM   CPT 90834   Office (POS 11)"
BODY = ("Dx: F33.1 Major depressive disorder, recurrent, moderate\nPHQ-9 14 (17 last month).\n"
        "Interventions: behavioral activation scheduling; cognitive restructuring of 'I always let people down'.\n"
        "Response: planned two walks and a call to her cousin; rated mood 5/10 at the end.\n"
        "Risk: denies SI/HI.\n")


def _note(plan: str, head: str = HEAD, sign: str = SIGNED) -> str:
    return head + "\n" + BODY + plan + "\n" + sign


# --- a goal's target month or session dates the plan -----------------------------------------------------------------

@pytest.mark.parametrize("plan", [
    "Plan: weekly. Goals: PHQ-9 below 10; back at the bakery 3 shifts a week by 08/2026.",
    "Recovery goal: \"a place of my own\" -- target April 2027. Plan: every other week.",
    "Plan: weekly CBT. Goals: no missed classes in November; PHQ-9 under 10.",
    "Plan: 14 sessions. Goals: zero purging days through session 14; eats breakfast 6 of 7 days.",
    "Plan: weekly. Goal: PHQ-9 below 10 at the 3-month check; walks 20 min 4 days a week.",
])
def test_a_goal_with_a_target_month_or_session_dates_the_plan(plan):
    assert "plan_review_date_missing" not in names(_note(plan))


@pytest.mark.parametrize("plan", [
    "Plan: weekly. Goals: PHQ-9 below 10; back at the bakery 3 shifts a week.",
    "Plan: weekly. Goals: improvement in mood; PHQ-9 under 10 (may be slower with the new job).",
    "Plan: continue weekly, about 12 sessions. Goals: PHQ-9 below 10; sleeps 7 h most nights.",
])
def test_a_plan_without_any_date_or_target_still_lacks_one(plan):
    assert "plan_review_date_missing" in names(_note(plan))


# --- who attended a family session ----------------------------------------------------------------------------------

FAMILY_BODY = ("Dx: F91.3 Oppositional defiant disorder\n"
               "Interventions: coached praise-and-ignore; role-played the bedtime routine.\n"
               "Response: father used labelled praise twice in the role-play; mother asked for a chart.\n"
               "Plan: treatment plan 01/12/2026 (review 04/12/2026); goal: 3 or fewer tantrums a week by 05/2026.\n"
               "Signed: Ilse Varga-Moreau, LMFT")
CHILD = "Child: Tobiah Renwick-Sato (7)"


@pytest.mark.parametrize("who", [
    "Present: mother and father. Tobiah at after-school care.",
    "In session: his parents (he lives with both). Tobiah stayed in the waiting room with our receptionist the whole time.",
    "Attending: father and stepmother. Tobiah was at school.",
])
def test_the_client_named_somewhere_else_supports_90846(who):
    note = f"{CHILD}\nDate: 02/02/2026   4:00-4:50 pm   Code: 90846\n{who}\n{FAMILY_BODY}"
    assert not fires("family_presence_mismatch", note, codes=["90846"])


def test_the_client_in_the_waiting_room_who_joined_later_attended():
    note = (f"{CHILD}\nDate: 02/02/2026   4:00-4:50 pm   Code: 90846\n"
            f"Present: mother and father. Tobiah in the waiting room at first, joined for the last 20 minutes.\n{FAMILY_BODY}")
    assert fires("family_presence_mismatch", note, codes=["90846"])


@pytest.mark.parametrize("who", [
    "Attendance: Marisol Renwick only. Tobiah had a fever and stayed home.",
    "Present: his father alone; we met to plan the school meeting.",
    "Who came: the grandparents only. Tobiah's mother called to say the bus was late.",
])
def test_a_closed_attendance_list_without_the_client_contradicts_90847(who):
    note = f"{CHILD}\nDate: 02/09/2026   4:00-4:50 pm   Code: 90847\n{who}\n{FAMILY_BODY}"
    assert fires("family_presence_mismatch", note, codes=["90847"])


# --- interactive complexity: language access is no factor, a family member in conflict is ----------------------------

IC_HEAD = "DOS 03/02/2026   11:00-11:45   Office   Codes: 90834 + 90785"


@pytest.mark.parametrize("access", [
    "A real-time CART captioner (agency) typed the session for the client, who is hard of hearing.",
    "An ASL interpreter from the county service signed throughout; the client answered in ASL.",
    "Captions were provided by a relay service; the session went at the usual pace.",
])
def test_a_language_access_service_alone_is_no_interactive_complexity(access):
    note = IC_HEAD + "\n" + access + "\n" + BODY + "Plan: weekly; goals PHQ-9 under 10 by 07/2026.\n" + SIGNED
    assert fires("interactive_complexity_reason_missing", note)


@pytest.mark.parametrize("why", [
    "Her daughter (health-care POA) was angry and kept interrupting before the client could answer.",
    "His husband shouted over him twice and had to be asked to wait outside.",
    "The client's son arrived agitated and argued with staff in the session room.",
])
def test_an_adult_client_s_family_in_conflict_supports_90785(why):
    note = IC_HEAD + "\n" + why + "\n" + BODY + "Plan: weekly; goals PHQ-9 under 10 by 07/2026.\n" + SIGNED
    assert not fires("interactive_complexity_reason_missing", note)


# --- signatures away from the end ------------------------------------------------------------------------------------

PLAN = "Plan: treatment plan 01/05/2026 (review 04/05/2026); goal: PHQ-9 under 10 by 06/2026."


@pytest.mark.parametrize("label", [
    "Clinician of record (signing for this visit): Wendeline Asare-Holm, PsyD -- 03/09/2026 3:05 pm",
    "Therapist, signing for the group: Wendeline Asare-Holm, LCSW",
    "Provider attesting to this note: W. Asare-Holm, LMHC (03/09/2026)",
])
def test_a_signing_label_with_words_around_it_signs(label):
    note = HEAD + "\n" + label + "\n" + BODY + PLAN
    assert "signature_missing" not in names(note)


def test_a_client_s_signature_label_does_not_sign_the_note():
    note = HEAD + "\n" + BODY + PLAN + "\nClient (patient signature): Rowan Ellery-Banks"
    assert "signature_missing" in names(note)


@pytest.mark.parametrize("appended", [
    "====== RECEIPT ======\nDate: 03/09/2026\nPsychotherapy ..... 90834\nDx ......... F33.1\nAmount ..... $130.00\n"
    "Card: ****1201\nPaid 03/09/2026 3:10 PM\n=====================",
    "---------- SUPERBILL ----------\nDOS 03/09/2026\nCPT 90834  POS 11\nICD F33.1\nFee 150.00\nBalance 0.00\n"
    "Paid by check #4471\n------------------------------",
    "******** PAYMENT ********\nVisit 03/09/2026\nService: 90834\nCharge: $140\nCopay: $30\nPaid: cash\n"
    "Receipt no. 5528\n*************************",
])
def test_a_signature_above_an_appended_receipt_signs(appended):
    note = HEAD + "\n" + BODY + PLAN + "\n-- Bertrand Osei-Lamb, LPC\n" + appended
    assert "signature_missing" not in names(note)


# --- the client in a care setting is the telehealth location --------------------------------------------------------

TELE_HEAD = "DOS 03/03/2026   6:00-6:50 pm   video   CPT 90834-95   POS 02\nConsent: verbal consent to video given today."


@pytest.mark.parametrize("where", [
    "Consult requested by the ED nurse; patient in ED bay 6 with his aunt.",
    "Patient is on the inpatient unit at Larchmont General; connected from the unit tablet.",
    "Resident in the nursing facility's family room with an aide nearby.",
])
def test_the_client_in_a_care_setting_is_the_location(where):
    note = TELE_HEAD + "\n" + where + "\n" + BODY + PLAN + "\n" + SIGNED
    assert not fires("telehealth_location_missing", note)


def test_a_past_hospital_stay_is_no_location():
    note = TELE_HEAD + "\nPatient was in the hospital in 2021 for pneumonia.\n" + BODY + PLAN + "\n" + SIGNED
    assert fires("telehealth_location_missing", note)


# --- a negation in the sentence before the goals -------------------------------------------------------------------

@pytest.mark.parametrize("plan", [
    "Plan: twice weekly until two weeks with no self-harm. Goals: no self-harm for 8 weeks; PHQ-A under 12 by 06/2026.",
    "Plan: step down after a month without panic attacks. Goals: PDSS under 8 by 07/2026.",
    "Plan: weekly while there is no stable housing. Goals: PHQ-9 below 10 by 09/2026.",
])
def test_a_negation_in_the_sentence_before_the_goals_leaves_the_plan_current(plan):
    assert "treatment_plan_missing" not in names(_note(plan))


def test_a_plan_said_not_yet_written_is_still_no_plan():
    assert "treatment_plan_missing" in names(_note("Plan: treatment plan not yet written; will complete next week."))


# --- progress told as a symptom's strength, or an exercise that eased it ---------------------------------------------

@pytest.mark.parametrize("told", [
    "Says the voices are quieter since the dose change.",
    "Urges to pick were stronger on exam days, 8 of 10.",
    "Tried the paced breathing twice; she said it took the edge off.",
])
def test_a_symptom_s_strength_told_as_a_change_is_progress(told):
    note = (HEAD + "\nDx: F33.1\n" + told + "\nInterventions: behavioral activation scheduling.\n" + PLAN + "\n" + SIGNED)
    assert not fires("progress_missing", note)


def test_a_quieter_room_is_no_progress():
    note = HEAD + "\nDx: F33.1\nSession held in the quieter room.\nInterventions: behavioral activation scheduling.\n" \
        + PLAN + "\n" + SIGNED
    assert fires("progress_missing", note)


# --- a recode whose history is confirmed -----------------------------------------------------------------------------

@pytest.mark.parametrize("why", [
    "(recoded today -- history confirmed at the intake review: one prior episode)",
    "(course clarified with her sister's collateral account)",
    "(onset established during the 3-month assessment)",
])
def test_a_recode_with_its_history_confirmed_is_explained(why):
    first = HEAD + "\nDx: F32.1 Major depressive disorder, single episode, moderate\n" + BODY.split("\n", 1)[1] + PLAN + "\n" + SIGNED
    second = ("DOS 03/16/2026   Start 2:00 PM   End 2:50 PM   CPT 90834\nDx: F33.1 " + why + "\n"
              + BODY.split("\n", 1)[1] + PLAN + "\n" + SIGNED)
    assert not fires("diagnosis_inconsistent", [first, second], index=1)


# --- a year-first slashed date ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, date", [
    ("Date: 2026/04/07", "2026/04/07"), ("visit 2025/12/1 (Mon)", "2025/12/1"), ("受診日 2026/1/30", "2026/1/30"),
])
def test_a_year_first_slashed_date_is_a_date(text, date):
    assert [m.group() for m in dates_in(text)] == [date]


def test_a_year_first_date_dates_the_session():
    note = "Date: 2026/04/07   10:00-10:50   CPT 90834\n" + BODY + PLAN + "\n" + SIGNED
    assert "date_of_service_missing" not in names(note)


# ---- the place named in a goal or a habit is not where the client was during the session (stop-34 all-sets check) ----

@pytest.mark.parametrize("tail", [
    " at school every day (she missed 4 days in January)",
    " at daycare 5 of 5 days by May",
    " at practice again consistently",
])
def test_a_place_named_in_a_goal_is_not_the_clients_absence(tail):
    from assistant.audit.rules_coding import _HABIT, _NAME_ELSEWHERE

    assert _NAME_ELSEWHERE.match(tail) and _HABIT.search(tail)


@pytest.mark.parametrize("note, month", [
    ("Plan: coordinate with PCP about fluoxetine, started in June.", "June"),
    ("Goal 3: gym 3x/week (her routine before October).", "October"),
    ("Plan: continue weekly; the medication was stopped in March.", "March"),
])
def test_a_month_in_the_past_does_not_date_the_plan(note, month):
    from assistant.audit.catalog import cue

    assert not cue("plan_target_date").search(note)


@pytest.mark.parametrize("head", [
    "DOS 03/09/2026   Start 2:00 PM   End 2:50 PM   CPT 96130   Office (POS 11)",
    "DOS 03/09/2026   Start 9:00 AM   End 12:00 PM   CPT 96136, 96137   Office (POS 11)",
    "DOS 03/09/2026   Start 1:00 PM   End 2:00 PM   CPT 90791   Office (POS 11)",
])
def test_an_evaluations_recommendations_need_no_plan_review_date(head):
    plan = "Recommendations: weekly CBT x 12 sessions. Treatment goals: homework turned in 4 of 5 days; PHQ-9 under 10."
    assert "plan_review_date_missing" not in names(_note(plan, head=head))
