"""Classes of name leaks from the twenty-second blind set (examples written here): a nickname in quotes inside a name,
then used alone in any case; a short form before or after the full name in brackets; a surname on a door-buzzer
label; a sign-off in quotes or of one letter; forum user names; a login inside a file name; staff initials in a log
or beside a role; an everyday word as a surname after an honorific; surname particles and Italian honorifics.
And what must stay: ordinary words after kin titles, a quoted word that is no nickname, a plan letter."""
from __future__ import annotations

import pytest

from phi_spans import covered, untouched


@pytest.mark.parametrize("text, value", [
    ('roz tearful today, agreed to a plan.\npt: rosalind "roz" quennell   age 33', "roz"),
    ('moose said the move went fine.\nclient: marcus "moose" delacroix', "moose"),
    ('Called tipper back at 3 pm.\nMember: Theodora "Tipper" Vance', "tipper"),
])
def test_a_quoted_nickname_inside_a_name_is_redacted_wherever_it_stands(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ('client: odessa "dessa" ferrante\nbuzz "FERRANTE-2A" at the side door', "FERRANTE"),
    ("Tenant: Callum Brightwater\nIntercom label BRIGHTWATER-7 still works.", "BRIGHTWATER"),
    ("Guest: Priya Ramaswamy-Holt\nbell tag RAMASWAMY-HOLT-12", "RAMASWAMY-HOLT"),
])
def test_a_surname_on_a_buzzer_label_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("[card] ricky (Ricardo Valdespino) -- re-auth due Friday", "ricky"),
    ("Waitlist: bea (Beatrice Lowenthal) prefers mornings.", "bea"),
    ("Intake: Alexandra Kowalczyk (alex) called twice.", "alex"),
])
def test_a_short_form_beside_the_full_name_in_brackets_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ('Please write back when you can.\n                   -- "Dwayne"\n\n---- Staff note', "Dwayne"),
    ("Thanks for everything.\n-- Marisol\n", "Marisol"),
    ('Mom is home now. Can you call her? She trusts you. -R"\n\n--- Intake note', "R"),
    ("Running late, see you at two. -K\n", "K"),
])
def test_a_quoted_or_one_letter_sign_off_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("r/socialwork -- posted by u/cedar_otter_msw 4h ago", "cedar_otter_msw"),
    ("Reply from u/juniper-lpc: report it to the board.", "juniper-lpc"),
    ("Message to u/quietfern88 from the moderators.", "quietfern88"),
])
def test_a_forum_user_name_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Parent: Marguerite Oyelowo\nUploaded: id_scan_moyelowo.png", "moyelowo"),
    ("Guardian: Tobias Strand-Ekberg\nattachment tobias.strandekberg_consent.pdf", "tobias.strandekberg"),
    ("Requester: Lucinda Faircloth\nfile: /uploads/lfaircloth/insurance_card.jpg", "lfaircloth"),
])
def test_a_login_made_from_a_name_in_a_file_name_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("03/02 04:10  PENDANT PRESS -> no voice, EMS sent. Op JM. Resp 1 notified.", "JM"),
    ("Dispatcher: RW   call closed 22:14", "RW"),
    ("Signed: DK 4/1/26   LPO 4/1/26   RT (witness)", "RT"),
    ("Consent read aloud; BT (interpreter) present.", "BT"),
])
def test_staff_initials_in_a_log_or_beside_a_role_are_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("He was walked back to class by Ofc. Steele after lunch.", "Steele"),
    ("Called Mrs. Young about the ride home.", "Young"),
    ("Referred by Dr. Rich for the sleep study.", "Rich"),
])
def test_an_everyday_word_after_an_honorific_is_a_surname(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Oggetto: relazione per la Sig.ra DI STEFANO Rosaria, nata a Lecce", "DI STEFANO Rosaria"),
    ("Met with Maria de Souza and her son on Tuesday.", "Maria de Souza"),
    ("Egregio Dott. LO BIANCO Carmelo, le scrivo per la paziente.", "LO BIANCO Carmelo"),
])
def test_surname_particles_and_italian_honorifics_keep_the_whole_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ('She called it "fine" and moved on to school.', "fine"),
    ("Insurance: Plan B (Medicare Part B) covers it.", "Plan B"),
    ("Listened to jazz on the porch; sleep 7 hrs.", "jazz"),
    ("Reviewed safety plan. Mood bright, affect full.", "bright"),
    ("Follow-up in 2 weeks. -- Continue CBT, PHQ-9 next visit.", "Continue"),
])
def test_words_that_only_look_like_these_forms_stay(detector, text, value):
    assert untouched(detector, text, value)
