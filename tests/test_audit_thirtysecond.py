"""The documentation audit on a thirty-second set of note shapes, examples written here (three or more per class, and
three the rule must not fire on where it could over-fire): a session length whose unit a bilingual form writes in
its own script first ("45 წთ / min"), suicidal ideation a crisis record tells without the word "suicidal" or by a
screener's item numbers, a lower-case sign-off whose licence keeps its capitals, and a family session whose seating
order is listed under the place everyone sat, with the client taken somewhere in a plan that is no absence."""
from __future__ import annotations

import pytest

from assistant.audit.durations import durations
from assistant.audit.signing import lowercase_signoff
from audit_notes import names, rules

SIGNED = "Signed: Ottilie Vanterpool, LCSW"
DX = "Dx: F33.1 Major depressive disorder, recurrent, moderate\n"
BODY = ("Interventions: behavioral activation; activity scheduling.\nResponse: planned two walks, mood lifted a little.\n"
        "Risk: denies SI/HI.\nTreatment plan dated 04/06/2026: PHQ-9 below 10 by 09/30/2026; weekly x 12.\n")


def _note(head: str, body: str = BODY, dx: str = DX, signed: str = SIGNED) -> str:
    return head + "\n" + dx + body + signed


# --- a length whose unit is written in two scripts -------------------------------------------------------------------
@pytest.mark.parametrize("length, minutes", [("Duration: 45 წთ / min", 45),
                                             ("Тривалість / Length: 50 хв / min", 50),
                                             ("Διάρκεια / Duration: 40 λεπτά", 40),
                                             ("Időtartam / Duration: 52 perc", 52),
                                             ("Time: 55 դք. / min", 55)])
def test_a_unit_in_another_script_before_min_is_minutes(length, minutes):
    assert [m for _, m in durations(length)] == [minutes]


@pytest.mark.parametrize("text", ["RR 16 breaths/min, HR 72 beats/min",
                                  "Sertraline 50 мг / mg daily",
                                  "Walked 3 км / km on Saturday"])
def test_a_rate_or_another_unit_is_no_session_length(text):
    assert durations(text) == []


@pytest.mark.parametrize("length", ["Хугацаа / Length: 45 мин / min",
                                    "ხანგრძლივობა / Duration: 45 წუთი",
                                    "Kestos / Duration: 45 minuuttia"])
def test_a_length_alone_for_medicare_asks_for_start_and_stop_not_minutes(length):
    found = names(_note("Date: 12.11.2026   CPT 90834   office (POS 11)\n" + length), payer="Medicare")
    assert "minutes_missing" not in found and "minutes_code_mismatch" not in found
    assert "start_stop_times_missing" in found


# --- ideation told without "suicidal", or by a screener's item numbers -------------------------------------------------
_CRISIS = ("Date: 03/02/2026   Walk-in crisis   CPT 90834   2:00-2:50 pm   office (POS 11)\n{risk}\n"
           "Interventions: safety planning; means counseling.\nResponse: calmer by the end.\n"
           "Treatment plan dated 01/06/2026: PHQ-9 below 10 by 09/30/2026.\n" + SIGNED)
_FOLLOW_UP = _note("Date: 03/03/2026   CPT 90834   4:00-4:47 pm   office (POS 11)",
                   body=("Interventions: behavioral activation.\nResponse: engaged; planned a walk.\n"
                         "Plan: weekly per treatment plan of 01/06/2026.\n"))


@pytest.mark.parametrize("risk", ["Ideation since Sunday night after the layoff; plan = overdose.",
                                  "Thoughts came back; ideation for three days, worst at bedtime.",
                                  "Intent rated 4/10 this morning, 1/10 by the end of the visit.",
                                  "C-SSRS screener: yes on items 1-4 (past month), no behaviour.",
                                  "C-SSRS: items 1, 2 and 3 yes; item 6 no."])
def test_a_crisis_note_telling_ideation_asks_the_next_note_to_reassess(risk):
    found = rules(_CRISIS.format(risk=risk), _FOLLOW_UP, payer="Aetna")
    assert ("risk_not_reassessed", 1) in found


@pytest.mark.parametrize("risk", ["No ideation since the last session; C-SSRS negative.",
                                  "C-SSRS screener: no on items 1-6.",
                                  "Denies intent; intent 0/10.",
                                  "Confidence 7/10, intent 8/10 to finish the thought record by Friday.",
                                  "Problem-solving on her ideation log format (a homework sheet)."])
def test_no_ideation_asks_nothing_of_the_next_note(risk):
    found = rules(_CRISIS.format(risk=risk), _FOLLOW_UP, payer="Aetna")
    assert ("risk_not_reassessed", 1) not in found


# --- a lower-case sign-off whose licence keeps its capitals ------------------------------------------------------------
@pytest.mark.parametrize("line", ["- marcus oyelaran, LPC", "ines d. marchetti, LCSW", "~ tomás reyes-hall, PsyD",
                                  "j. okafor, LMFT/MS"])
def test_a_lower_case_name_with_a_licence_in_capitals_signs(line):
    assert lowercase_signoff(line)
    note = "03/02/2026 - f/u - 90834 - 4:00-4:47p - office\ndx F41.1\ndid: cbt; response: calmer.\n" + line
    assert "signature_missing" not in names(note, payer="Aetna")


@pytest.mark.parametrize("line", ["coordinated with her psychiatrist, MD", "sleep hygiene review, CBT-I",
                                  "Marcus Oyelaran said fine, LPC", "refer to pcp, MD"])
def test_a_sentence_ending_in_capitals_is_no_sign_off(line):
    assert not lowercase_signoff(line)


# --- a family session's seating order under the place everyone sat ---------------------------------------------------
_FAMILY = ("Date of service: 10/19/2026   Start 1:00 pm   End 1:56 pm   Code: 90847   Place: office\n"
           "Client: Noor Haddad (15)\n" + DX + "{seating}\n"
           "Interventions: structural family therapy; enactment of the homework argument.\n"
           "Response: Noor spoke for herself twice; her father listened without interrupting.\n"
           "Plan: {plan}\nRisk: Noor denies SI/HI.\nTreatment plan 09/01/2026: PHQ-A below 10 by 01/2027.\n" + SIGNED)


@pytest.mark.parametrize("seating", ["In the circle (clockwise from the door):\n  Noor (client) - her father Sami - her aunt Rana - me",
                                     "Around the table (left to right):\n  Noor - her mother Layla - her grandfather Yusuf",
                                     "On the screen (gallery view):\n  Noor (client); her stepmother Dana; her father Sami"])
def test_a_seating_order_under_the_place_names_who_attended(seating):
    found = names(_FAMILY.format(seating=seating, plan="weekly family sessions."), payer="Aetna")
    assert "family_attendance_missing" not in found and "family_presence_mismatch" not in found


@pytest.mark.parametrize("plan", ["Sami will drive Noor to school on Mondays and Wednesdays.",
                                  "Rana will take Noor to practice on Saturdays.",
                                  "Layla to bring Noor to the library after dinner on weeknights."])
def test_the_client_taken_somewhere_in_a_plan_is_no_absence(plan):
    seating = "In the room:\n  Noor (client), her father Sami, her aunt Rana"
    found = names(_FAMILY.format(seating=seating, plan=plan), payer="Aetna")
    assert "family_presence_mismatch" not in found


@pytest.mark.parametrize("said", ["Noor stayed at her aunt's; parents only today.",
                                  "Noor went to practice instead; her father and aunt came.",
                                  "Noor at school aftercare during the session; parents met with me."])
def test_the_client_elsewhere_during_a_90847_is_still_a_mismatch(said):
    note = _FAMILY.format(seating="Present: Sami (father), Rana (aunt)\n" + said, plan="weekly family sessions.")
    assert "family_presence_mismatch" in names(note, payer="Aetna")


@pytest.mark.parametrize("heading", ["In the circle (clockwise from the door):", "Around the table:"])
def test_a_seating_heading_over_nothing_still_asks_who_attended(heading):
    note = _FAMILY.replace("Client: Noor Haddad (15)\n", "").format(seating=heading + "\nMeasures: PHQ-A 14",
                                                                   plan="weekly family sessions.")
    assert "family_attendance_missing" in names(note, payer="Aetna")


# --- a follow-up that reassesses by the gun's kind or the bereaved client's own words --------------------------------
_GRIEF = _note("Date: 03/02/2026   CPT 90834   2:00-2:48 pm   office (POS 11)",
               body=("C-SSRS screener: Q1 yes, Q2 no; says she wishes she could 'go be with Ray'.\n"
                     "Interventions: grief processing; safety planning.\nResponse: tearful, then calmer.\n"
                     "Treatment plan dated 01/06/2026: PG-13-R below 30 by 09/30/2026.\n"))


def _grief_follow_up(said: str) -> str:
    return _note("Date: 03/09/2026   CPT 90834   2:00-2:47 pm   office (POS 11)",
                 body=said + "\nInterventions: memories work.\nResponse: laughed telling the fishing story.\n")


@pytest.mark.parametrize("said", ["Thoughts of going to be with Ray: none this week.",
                                  "The shotgun is still at her brother's.",
                                  "Both rifles stay locked at the neighbor's; she checked Sunday.",
                                  "No longing to go be with him since Tuesday, she says.",
                                  "Handgun sold at the pawn shop on Friday."])
def test_the_means_or_the_wish_to_join_the_dead_asked_about_is_a_reassessment(said):
    assert ("risk_not_reassessed", 1) not in rules(_GRIEF, _grief_follow_up(said), payer="Aetna")


@pytest.mark.parametrize("said", ["Wants to be with her friends on Saturday for the fishing trip.",
                                  "Went to be with her sister for the holidays.",
                                  "Joined the choir again; sees Ray's old friends there."])
def test_time_with_the_living_is_no_reassessment(said):
    assert ("risk_not_reassessed", 1) in rules(_GRIEF, _grief_follow_up(said), payer="Aetna")
