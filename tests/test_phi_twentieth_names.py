"""Classes of names, dates and identifiers found in forms, logs and sources (examples written here): a member ID whose
letters follow the payer's name, a clinical abbreviation or ICD shape that begins a record number, "... Health Plan"
kept as a payer, LaTeX ties in dates and names, a part of a month joined by a hyphen, the sworn "Nth day of" date, a
date column's cells in any shape, a badge after a comma, an account "ending" digits, a device in a log's key=value,
quoted people in a log's key=value, staff initials after a verb of record keeping, a word whose bracket speaks of its
name, a quoted word with a relation, a surname before a found given name or with the initial after it, and an
investigator or detective before a surname."""
from __future__ import annotations

import pytest

from assistant.phi.resolve import with_suffixes
from assistant.records import PhiSpan


@pytest.mark.parametrize("text, secret, kept", [
    ("Coverage: MaineCare ME40718826 since spring.", "ME40718826", "MaineCare"),
    ("Insurance Keystone First KX-300418822 on file.", "KX-300418822", "Keystone First"),
    ("Plan: Florida Blue QRB557201344, copay $25.", "QRB557201344", "Florida Blue"),
])
def test_a_member_id_after_the_payer_is_redacted_whole_and_the_payer_kept(redact, text, secret, kept):
    out = redact(text)
    assert secret[:2] not in out.replace(kept, "") and kept in out, out


@pytest.mark.parametrize("text, secret", [
    ("Record BP-2025-4410 is attached to the packet.", "BP-2025-4410"),
    ("Intake file BAC-2024-3312 was opened today.", "BAC-2024-3312"),
    ("Prior auth #F41-552019 covers 8 units of 96130.", "F41-552019"),
])
def test_a_clinical_abbreviation_or_code_shape_that_begins_a_record_number_is_redacted_with_it(redact, text, secret):
    assert secret.split("-")[0] not in redact(text)


@pytest.mark.parametrize("text, payer", [
    ("Billing 90837 to Prairie Lakes Health Plan ID PLH7730192.", "Prairie Lakes Health Plan"),
    ("Secondary: Coastal Bend Health Plans member 88120394.", "Coastal Bend Health Plans"),
    ("She switched to Three Rivers Health Plan in January.", "Three Rivers Health Plan"),
])
def test_any_health_plan_is_kept_as_a_payer(redact, text, payer):
    assert payer in redact(text)


@pytest.mark.parametrize("text, secrets", [
    ("\\begin{tabular}{ll}\nSessions & Mar.~3, Mar.~10 \\& Apr.~2, 2025 \\\\\n\\end{tabular}", ["Mar.~3", "Mar.~10", "Apr.~2"]),
    ("\\section*{Signature}\nReviewed with R.~Castellanos on January~9, 2025.", ["Castellanos", "January~9"]),
    ("\\textbf{Onset}: low mood since Feb.~2024, worse after the move.", ["Feb.~2024"]),
])
def test_latex_ties_are_read_as_spaces_in_dates_and_names(redact, text, secrets):
    out = redact(text)
    assert not [s for s in secrets if s in out], out


@pytest.mark.parametrize("text, secret", [
    ("Mood has lifted since mid-October, per her journal.", "mid-October"),
    ("They separated in early-June 2024 after the arrest.", "early-June"),
    ("Subscribed and sworn before me this 14th day of February, 2025.", "14th day of February"),
    ("Signed on the 2nd day of May in the year 2023 at the clerk's window.", "2nd day of May"),
])
def test_a_part_of_a_month_and_a_sworn_day_of_a_month_are_dates(redact, text, secret):
    out = redact(text)
    assert secret not in out and not any(w in out for w in ("October", "June", "February", "2025", "2023")), out


def test_the_cells_of_a_log_date_column_are_dates_in_any_shape(redact):
    text = ("date      | mode      | summary\n"
            "01/12/25  | phone     | rights explained\n"
            "1/2x/25   | in person | hearing; left early\n"
            "04-09     | email     | sent the form\n"
            "2025      | note      | yearly review\n")
    out = redact(text)
    assert "1/2x/25" not in out and "04-09" not in out and "2025      |" in out, out


@pytest.mark.parametrize("text, secret", [
    ("Housing comment (T. Abernathy, #HX-418), 5/2: no answer at the door.", "HX-418"),
    ("Debit card on file; savings ending 7731 per the client.", "7731"),
    ("Paid from her checking account ending in 2209 each month.", "2209"),
])
def test_a_badge_after_a_comma_and_account_ending_digits_are_redacted(redact, text, secret):
    assert secret not in redact(text)


@pytest.mark.parametrize("text, secret", [
    ("device=Galaxy Tab A8 SN R9PT31XK  ip=10.1.2.3", "R9PT31XK"),
    ("kiosk event  mdm_id=CLN-TAB-07  user=front", "CLN-TAB-07"),
    ("boot ok  serial=F4K22Q19 battery=88", "F4K22Q19"),
])
def test_a_device_in_a_log_key_value_is_redacted_whole(redact, text, secret):
    assert not [p for p in secret.split("-") if p in redact(text)]


@pytest.mark.parametrize("text, secret", [
    ('10:02 session_end appt=10:30 clinician="Garcia, K"', "Garcia"),
    ('10:15 session_start lookup="de la rosa" match=1', "de la rosa"),
    ('11:40 call_in caller="Mo Whitfield" line=2', "Whitfield"),
])
def test_a_person_quoted_in_a_log_key_value_is_redacted(redact, text, secret):
    assert secret not in redact(text)


@pytest.mark.parametrize("text, secret", [
    ("Result: no conflict found. Verified by tk.", "tk"),
    ("WAITLIST tracker\towner: rjs\tupdated 3/2", "rjs"),
    ("Fax log entered by lmo; no reply yet.", "lmo"),
])
def test_bare_staff_initials_after_a_record_keeping_verb_are_redacted(redact, text, secret):
    assert f" {secret}" not in redact(text)


def test_a_pronoun_after_reviewed_by_is_no_initials(redact):
    assert "reviewed by me." in redact("Plan reviewed by me.")


@pytest.mark.parametrize("text, secret", [
    ("rowan (no last name on file)\t--\t11/2\tshelter", "rowan"),
    ("7 | lark (prefers; legal name on the card differs) | cell", "lark"),
    ("8 | Bear (last name Haines) | Cigna", "Bear"),
    ('  "Moose" (cousin)      --   N', "Moose"),
])
def test_a_word_whose_bracket_speaks_of_its_name_is_a_name(redact, text, secret):
    assert secret not in redact(text)


def test_a_name_header_with_a_bracket_is_no_name(redact):
    assert "Patient Name (last name, first name)" in redact("Patient Name (last name, first name): ____")


@pytest.mark.parametrize("text, span, grown", [
    ('clinician="Halvorsen, K"', "Halvorsen", "Halvorsen, K"),
    ("(ABERNATHY, TOMAS)", "TOMAS", "ABERNATHY, TOMAS"),
    ("ward MARGIT E. SOLBERG  Case", "SOLBERG", "MARGIT E. SOLBERG"),
    ('lookup="van der berg"', "berg", "van der berg"),
])
def test_a_found_name_grows_over_its_surname_or_initial(text, span, grown):
    at = text.index(span)
    out = with_suffixes(text, [PhiSpan(at, at + len(span), "NAME", 0.8, "test")])
    assert text[out[0].start:out[0].end] == grown


@pytest.mark.parametrize("text, secret", [
    ("Gave the plate number to county investigator Underwood the same day.", "Underwood"),
    ("State trooper Fields took the report at the scene.", "Fields"),
    ("Housing inspector Wheeler called back on Friday.", "Wheeler"),
])
def test_an_investigator_or_inspector_names_the_surname_after_it(redact, text, secret):
    assert secret not in redact(text)


@pytest.mark.parametrize("text, kept", [
    ("Not intoxicated (BAL 0); labs pending.", "BAL 0"),
    ("Given N-acetylcysteine per protocol and monitored.", "N-acetylcysteine"),
    ("Adding L-methylfolate 15 mg to the sertraline.", "L-methylfolate"),
])
def test_a_lab_abbreviation_or_supplement_is_kept(redact, text, kept):
    assert kept in redact(text)
