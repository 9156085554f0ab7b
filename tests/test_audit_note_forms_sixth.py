"""Audit classes from a sixth set of note forms: HL7 fields (start and stop, a compact date of service), a minutes
table, clock times told in words, INI-style keys (signed_by =, treatment_plan =), an e-mail signature above a contact
line, initials as a sign-off, a signature at the end of a one-paragraph note, "safety/crisis plan", the clinician's
location that is not the client's, Q/A fields left blank, and chronic PTSD told as months of symptoms. Examples
written here."""
from __future__ import annotations

import pytest

from audit_notes import GOOD, SIGN, fires

HEAD = "Dx: F33.1 Major depressive disorder, recurrent, moderate.\n"
BODY = ("Interventions: behavioral activation; cognitive restructuring.\nResponse: client reports fewer low days.\n"
        "Treatment plan dated 01/06/2025: goal PHQ-9 below 10 by 06/01/2025.\n")


@pytest.mark.parametrize("times", [
    "OBX|1|DT|DOS^Date of service||20250225\nOBX|2|ST|START^Session start||2:00 PM\nOBX|3|ST|STOP^Session end||2:55 PM",
    "| Date | Start | End | Minutes | Code |\n|---|---|---|---|---|\n| 02/25/2025 | 2:00 pm | 2:55 pm | 55 | 90837 |",
    "Date of service: 02/25/2025. We met from two o'clock until five to three in the afternoon.",
])
def test_times_in_records_tables_and_words_document_the_session(times):
    note = HEAD + times + "\n" + BODY + SIGN
    for rule in ("minutes_missing", "start_stop_times_missing", "minutes_code_mismatch", "date_of_service_missing"):
        assert not fires(rule, note, payer="Medicare", codes=["90837"]), rule


@pytest.mark.parametrize("times", [
    "| Start | End | Minutes |\n| 2:00 pm | 2:40 pm | 40 |",
    "We met from quarter past two until five to three.",
    "OBX|2|ST|START^Session start||2:00 PM\nOBX|3|ST|STOP^Session end||2:41 PM",
])
def test_times_that_fall_short_of_the_code_are_a_mismatch(times):
    note = "Date of service: 02/25/2025\n" + HEAD + times + "\n" + BODY + SIGN
    assert fires("minutes_code_mismatch", note, codes=["90837"])


@pytest.mark.parametrize("closing, credentials", [
    ("Thanks,\nPriya Raman, LMHC\nNorthfield Counseling | 555-0147", True),
    ("Best,\nDana Ortiz, LCSW\nwww.ortiztherapy.example", True),
    ("\n-RV", False),
    ("\n— J.M.", False),
    ("[signature]\nsigned_by = Claire Okonkwo, LMFT", True),
])
def test_signatures_in_other_shapes(closing, credentials):
    note = "Date of service: 02/03/2025\n" + GOOD + closing
    assert not fires("signature_missing", note)
    assert fires("credentials_missing", note) is not credentials


@pytest.mark.parametrize("end", [" - Lorna Pike, LMHC", " -- Sam Ortiz, LPC", " ~ Ana Ruiz, PsyD"])
def test_a_one_paragraph_note_signed_at_its_end(end):
    note = ("Seen 02/03/2025 in the office for 45 minutes; F41.1 generalized anxiety disorder; we used cognitive "
            "restructuring and she reports fewer worry spells; plan dated 01/06/2025 with the goal GAD-7 below 8 by "
            "06/01/2025; risk low, denies SI." + end + "\nBilling: CPT 90834 | POS 11 | Dx F41.1")
    assert not fires("signature_missing", note, codes=["90834"])


@pytest.mark.parametrize("plan", ["safety/crisis plan reviewed and updated", "crisis and safety plan reviewed",
                                  "safety & crisis plan updated today"])
def test_safety_plan_in_combined_words(plan):
    note = GOOD + f"Risk: passive SI on one day this week, no plan or intent; {plan}.\n" + SIGN
    assert not fires("safety_plan_missing", note)


@pytest.mark.parametrize("where", ["Clinician joined from the Harborview Counseling office.", "I was in my home office.",
                                   "Therapist located at the Main St clinic."])
def test_the_clinician_s_location_is_not_the_client_s(where):
    note = GOOD + f"Video visit (POS 10, modifier 95); client consented to telehealth. {where}\n" + SIGN
    assert fires("telehealth_location_missing", note, codes=["90834"])


@pytest.mark.parametrize("answer", ["", "N/A", "___"])
def test_a_q_a_field_left_blank_documents_nothing(answer):
    note = ("Q: Date of service?  A: 09/16/2025\nQ: Diagnosis?  A: F41.1 generalized anxiety disorder\n"
            "Q: Interventions used?  A: cognitive restructuring; exposure hierarchy\n"
            f"Q: Progress/response?  A: {answer}\nQ: Clinician signature?  A: Imani Clarke, LMFT")
    assert fires("progress_missing", note)


@pytest.mark.parametrize("months", ["symptoms continuous for 20 months", "nightmares persisting for the past four months",
                                    "12 months of flashbacks since the crash"])
def test_chronic_ptsd_told_in_months_makes_an_unspecified_code_specific(months):
    note = "Date of service: 02/03/2025\nICD-10: F43.10 PTSD, unspecified\n" + f"Notes: {months}.\n" + BODY + SIGN
    assert fires("diagnosis_unspecified", note)
