"""A message a relative wrote to the clinician (an e-mail, a letter, a forwarded text) is their account: its
first-person sentences never become the letter's presentation, plan or schedule, the presentation comes from
the clinician's own note, and the client's name comes from the note's patient field, not the sender line
(examples written here)."""
from __future__ import annotations

import pytest

from assistant.letters.extract import extract_facts
from assistant.letters.informants import relative_message
from assistant.letters.letter_view import client_identity
from assistant.letters.narrative import narrative

CLINICIAN = ("PROGRESS NOTE 11/18/2026\nPt: <PERSON_2>, 71 M\n"
             "ASSESSMENT: Major depressive disorder, recurrent, moderate; withdrawn since his wife's death in June.\n"
             "PLAN: Weekly IPT, 50 min, 12 sessions.")

MESSAGES = [
    # an e-mail signed by a son, with headers
    ("From: <PERSON_1> <son.mail@example.net>\nSent: Monday, November 16, 2026 7:40 AM\nTo: Dr. <PERSON_3>\n"
     "Subject: Dad update\n\nDr. <PERSON_3>,\nI checked on him Saturday and the fridge was empty again. "
     "I know he sees you on Mondays. He has not left the house except for church.\n-- <PERSON_1> (son)",
     "I know he sees you on Mondays."),
    # a letter from a mother, greeting and "Love," sign-off naming the relation
    ("Hi Ms. <PERSON_3>,\nI wanted you to have this before Thursday. I drive him to every appointment and I think "
     "twice a week would help. He sleeps until two in the afternoon.\nThanks,\nhis mom",
     "I drive him to every appointment and I think twice a week would help."),
    # a forwarded text from the client's wife: the sender line names the relation
    ("From: <PERSON_4> (wife)\nTo: front desk\nSubject: fwd\n\nmy husband stopped eating dinner with us. "
     "I asked him to call you and he said no. He cries in the car every morning.",
     "I asked him to call you and he said no."),
]


@pytest.mark.parametrize("message, own_words", MESSAGES)
def test_a_relatives_message_is_recognised(message, own_words):
    assert relative_message(message)
    assert not relative_message(CLINICIAN)


@pytest.mark.parametrize("message, own_words", MESSAGES)
def test_the_presentation_comes_from_the_clinicians_note(message, own_words):
    picked = narrative([message, CLINICIAN], set(), first_note=True, limit=6)
    assert own_words not in " ".join(picked)
    assert not any(s.startswith("I ") for s in picked)


@pytest.mark.parametrize("message, own_words", MESSAGES)
def test_a_relatives_words_are_not_the_schedule_or_the_plan(message, own_words):
    facts = extract_facts([message, CLINICIAN])
    assert all(f.note_index == 1 for f in facts.frequency), [f.text for f in facts.frequency]
    assert all(own_words not in m.evidence for m in facts.modalities)


@pytest.mark.parametrize("message, own_words", MESSAGES)
def test_the_client_is_the_patient_field_not_the_sender(message, own_words):
    assert client_identity([message, CLINICIAN])["name"] == "<PERSON_2>"


@pytest.mark.parametrize("note", [
    "PROGRESS NOTE\nWeekly session. He says the week went better.",
    "Dear Dr. <PERSON_1>,\nThank you for the referral. I saw the client today.\nSincerely, <PERSON_2>, LCSW",  # a colleague
    "SUBJECTIVE: \"My son won't talk to me,\" she says. Client tearful.",  # the client quoted in a session note
])
def test_a_clinical_note_or_a_colleagues_letter_is_not_a_relatives_message(note):
    assert not relative_message(note)


def test_a_parent_speaking_of_my_daughter_in_a_letter_is_one():
    assert relative_message("Dear Dr. <PERSON_1>,\nThank you for seeing my daughter on short notice. She has not "
                            "been to school since Tuesday.\nSincerely, <PERSON_2>")


@pytest.mark.parametrize("note", [
    "Hi Dana,\nMom forwarded me the report. We did eight sessions of CBT in the spring and mom says bedtime is easier.\n"
    "Thanks,\nJo Reyes, LPC | Riverside Counseling",
    "From: Dr. Sam Ito\nTo: testing team\nSubject: referral\n\nHis dad's insurance covers it. I saw him weekly since May.\n-- Sam Ito, PsyD",
    "Dear Dr. Lee,\nThank you for seeing my patient. Her mom is worried about school.\nSincerely,\nAna Cruz, LCSW",
])
def test_a_colleagues_message_is_not_a_relatives(note):
    assert not relative_message(note)


def test_a_teachers_mom_says_about_a_boy_is_not_a_relatives_message():
    assert not relative_message("Hi Dr. F,\nHe missed 11 days. Mom says he has stomachaches and she asked me to write.\n"
                                "I will ask him about the drawings.\nThanks - Kim")


@pytest.mark.parametrize("note", [
    "From: Carla P <c.p@example.net>\nTo: office\nSubject: mom's numbers\n\nHi, you asked whether mom is really doing less. She stays in bed till noon and her walks stopped.\nCarla",
    "Hi Dr. B,\nDad won't leave the house since the fall. I check on him every day.\nJoan",
    "Hello,\nOur son stopped eating breakfast. I drive him to school now.\n-- the Parkers",
])
def test_a_relative_who_signs_with_a_name_only_is_still_recognised(note):
    assert relative_message(note)


@pytest.mark.parametrize("notes, name", [
    (["Member   <PERSON_1>   Flags\n  FF <PERSON_2>  none", "Re: <PERSON_3>, DOB <DATE_1>"], "<PERSON_3>"),
    (["Roster\nMember: <PERSON_1>\nMember: <PERSON_2>", "Client: <PERSON_2>\nDOS <DATE_1>"], "<PERSON_2>"),
    (["Member: <PERSON_5>\nMember ID <MEMBER_ID_1>"], "<PERSON_5>"),
])
def test_a_client_or_re_label_outranks_a_member_column(notes, name):
    assert client_identity(notes)["name"] == name


@pytest.mark.parametrize("note", [
    "I <PERSON_1> am a VOLUNTARY PATIENT and this is my WRITTEN NOTICE that I want to leave NOW. I have my rights. "
    "My mother can pick me up or I will walk.",
    "Dear team, I am writing because I feel nobody listens to me. I want my medication changed. I sleep badly.",
    "Journal, Tuesday. I could not get out of bed. My sister called and I did not answer. I ate once today.",
])
def test_a_document_the_client_wrote_is_not_the_presentation(note):
    from assistant.letters.informants import clients_own_document
    assert clients_own_document(note)
    picked = narrative([note, CLINICIAN], set(), first_note=True, limit=6)
    assert not any(s.startswith("I ") or " my " in s for s in picked), picked


def test_a_clinical_note_quoting_the_client_is_not_the_clients_document():
    from assistant.letters.informants import clients_own_document
    assert not clients_own_document('SUBJECTIVE: "I feel awful." "My sleep is bad." "I quit my job."\nAssessment: MDD.\nPlan: weekly CBT.')
