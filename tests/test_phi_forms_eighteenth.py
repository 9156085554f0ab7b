"""Classes of PHI found in forms and pasted records (examples written here): rented storage spaces and access codes,
booking codes of mixed letters and digits, a licence number after a credential's level or shaped like an old year,
a quoted nickname after a cue, Spanish dates and ages, and a holiday with a two-digit year."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, secret", [
    ("Units: D-207 (5x10 walk-in) and D-208 (10x10) go to auction.", "D-208"),
    ("His storage unit 0417 is three months behind.", "0417"),
    ("Lien notice covers spaces E-12/E-14 at the Route 9 site.", "E-14"),
    ("Parking stall 114A belongs to her.", "114A"),
])
def test_a_rented_space_number_is_redacted(redact, text, secret):
    assert secret not in redact(text)


@pytest.mark.parametrize("text, secret", [
    ("Your gate code 58120 has been disabled.", "58120"),
    ("Mom said the door code is #2580 if he is locked out.", "2580"),
    ("The lockbox combo is 7731; key for the aide.", "7731"),
])
def test_an_access_code_is_redacted(redact, text, secret):
    assert secret not in redact(text)


@pytest.mark.parametrize("text", [
    "Gave him space for 10 minutes before resuming.",
    "Each storage space is 10 by 20 feet and holds the group supplies.",
])
def test_space_words_without_a_unit_number_change_nothing(redact, text):
    assert redact(text) == text


@pytest.mark.parametrize("text, secret", [
    ("Flight home, record locator ZP4K9T, was cancelled.", "ZP4K9T"),
    ("Host disputes reservation HZT8Q2WN4 charges.", "HZT8Q2WN4"),
    ("Travel agent itinerary # 7KQ2LM attached.", "7KQ2LM"),
])
def test_a_booking_code_of_letters_and_digits_is_redacted(redact, text, secret):
    assert secret not in redact(text)


@pytest.mark.parametrize("text, secret", [
    ("Signed: counselor Dana Fisk, CADC-II 8832, on review.", "8832"),
    ("Group led by Wren Abara, LCDC III 55120.", "55120"),
    ("J. Ortiz, LPCC 1938", "1938"),
])
def test_a_licence_number_after_a_credential_level_or_shaped_like_an_old_year_is_redacted(redact, text, secret):
    assert secret not in redact(text)


@pytest.mark.parametrize("text, secret", [
    ('Pt: Doe, Ray   a/k/a "Tank"   intake 3/3.', "Tank"),
    ('Resident is known on the unit as "Preacher" and sleeps poorly.', "Preacher"),
    ('Member: LUNA, ROSA (known to staff as "Sparrow") was calm.', "Sparrow"),
])
def test_a_quoted_nickname_after_a_cue_is_redacted(redact, text, secret):
    assert secret not in redact(text)


@pytest.mark.parametrize("text, secret", [
    ('Relata que en "junio del 2019" dejó su pueblo.', "2019"),
    ("Llegó a Texas en octubre de 2022 con su hermana.", "octubre de 2022"),
    ("Su abuela, de noventa y cuatro años, vive sola.", "noventa y cuatro"),
    ("A avó tem noventa e três anos.", "noventa e três"),
])
def test_spanish_and_portuguese_dates_and_old_ages_are_redacted(redact, text, secret):
    assert secret not in redact(text)


def test_spanish_durations_and_money_are_not_ages(redact):
    out = redact("La sesión fue de noventa minutos; pagó cien dólares.")
    assert "noventa minutos" in out and "cien dólares" in out


@pytest.mark.parametrize("text, secret", [
    ("Card on the fridge reads 'Nana + Theo, Xmas '21'.", "Xmas '21"),
    ("They last spoke Easter ’22 at the lake.", "’22"),
    ("Photo from Thanksgiving '19 upset him.", "'19"),
])
def test_a_holiday_with_a_two_digit_year_is_a_date(redact, text, secret):
    assert secret not in redact(text)
