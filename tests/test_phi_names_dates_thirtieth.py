"""Classes of name, date and plate leaks from the thirtieth blind set (examples written here): a mail client's short
month of another language between a day and a year, Hijri months in their other transliterations, a month/day after
a word of time and an event's acronym ("next LAI 3/3", the blind29 "on C-SSRS 1/8" again); a plate or a boat's
registration in three groups; people of the case written in lowercase (whole, with an initial, a given or middle name
before a known surname, a rare word ending the field, a given name opening a list entry), a known person's initials
signing a remark after a dash (even "BP"), dotted initials of a name with a middle initial and a double surname, the
initials column of a log, a nickname in brackets between the parts of a name in capitals. And what must stay."""
from __future__ import annotations

import pytest

from phi_spans import covered, untouched


@pytest.mark.parametrize("text, value", [
    ("Fecha / Date: jue, 16 ene 2025, 10:41\nPara / To: the office", "16 ene 2025"),
    ("Recebido em 3 set. 2024 pelo correio, assinado.", "3 set. 2024"),
    ("Sello: 16-ago-2024 11:02 -- oficina central", "16-ago-2024"),
    ("Enviado: dic 2, 2024 a las 9:15", "dic 2, 2024"),
    ("Data: 12 févr. 2025 -- reçu par la mairie", "12 févr. 2025"),
])
def test_a_short_month_of_another_language_between_a_day_and_a_year_is_a_date(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("We set 3 goals for 2024 and reviewed them.", "set 3"),
    ("He was out 2 weeks with the flu in 2023.", "out 2"),
    ("Started on a gen 2 antipsychotic, 2024 formulary.", "gen 2"),
])
def test_words_that_spell_a_short_month_stay_without_a_day_and_a_year_around_them(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("She has lived with her parents since 1 Jumada al-Akhirah\nafter the argument.", "1 Jumada al-Akhirah"),
    ("The nikah was on 12 Rabiul Awal 1440 in the family home.", "12 Rabiul Awal 1440"),
    ("The committee meets again on 3 Dhul-Hijjah, after Eid.", "3 Dhul-Hijjah"),
    ("Signed 9 Dhu al-Qa'dah 1446 by both parties.", "9 Dhu al-Qa'dah 1446"),
    ("He fasted through Ramadhan 1445 without missing work.", "Ramadhan 1445"),
])
def test_a_hijri_month_in_any_common_transliteration_is_a_date(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Plan: family sessions monthly; individual weekly; next LAI 3/3.", "3/3"),
    ("A: high risk on C-SSRS 1/8; sitter continues.", "1/8"),
    ("Due for IEP 4/9 with the team at school.", "4/9"),
    ("Last ECT 2/14, next ECT 2/21 per the unit.", "2/14"),
])
def test_a_month_day_after_a_word_of_time_and_an_event_acronym_is_a_date(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("GAD-7 5/21 today, down from 12.", "5/21"),
    ("Mood on SUDS 3/10 after breathing.", "3/10"),
    ("Scored 4 on C-SSRS 1/6 items endorsed.", "1/6"),
])
def test_an_instruments_score_stays(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Hull ID (HIN): BAXG1882C616      State registration no.: WS 4471 KP\nTrailer plate: TR 88041", "WS 4471 KP"),
    ("Boat reg. MN 2210 GH, kept at the marina.", "MN 2210 GH"),
    ("The trailer plate XK 4471 ZT.\nOwner: same as operator", "XK 4471 ZT"),
])
def test_a_plate_in_three_groups_is_one_value(detector, text, value):
    assert covered(detector, text, value)


def test_a_plates_last_letters_take_no_word_after_them(detector):
    assert untouched(detector, "Plate: AB 1234 was seen on the camera.", "was seen")


@pytest.mark.parametrize("text, value", [
    ("Therapist: Miriam Oakes LPCC\n01/15/25 | m. oakes returned call, see her note |", "m. oakes"),
    ("Mother: Brittany Pike\nPICK UP LIST\n   2. kayleigh pike  (sister, 17)", "kayleigh pike"),
    ("Student: Aubree Pike\nSTUDENT  aubree lynn pike          grade 2", "aubree lynn pike"),
    ("Signed: Corwin Haldane\nparent sig  corwin haldane   date 8/14", "corwin haldane"),
])
def test_a_known_person_written_in_lowercase_is_a_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Mother: Brittany Pike\nShe caught a pike at the lake; the pike was big.", "the pike"),
    ("Mother: Brittany Pike\nThey drove the turnpike home.", "turnpike"),
    ("Guardian: Hollis Rivers\nwe walked along the rivers in june.", "the rivers"),
])
def test_a_known_surname_that_is_a_word_stays_alone(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Client: Joseph Jefferson\nmanman an di: li di jefferson kache nan twalèt la.", "li di"),
    ("Client: Rosa Okafor\nli ka okafor pa vle manje.", "li ka"),
    ("Father: Tomas Lindqvist\nse lo que dijo, ya lo lindqvist sabe.", "ya lo"),
])
def test_a_two_letter_word_before_a_known_surname_stays(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("GUARDIAN 2   travis dunning  ** NOT AUTHORIZED -- SEE ORDER **", "travis dunning"),
    ("PICK UP\n   3. rob meacham (uncle)          620.555.0140", "rob meacham"),
    ("contact   kayleigh vantassel   (aunt)", "kayleigh vantassel"),
])
def test_a_lowercase_name_grows_over_the_rest_of_its_field(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("kayleigh said the bus was late again.", "said"),
    ("travis called twice about the schedule.", "called"),
    ("per kayleigh -- school pickup at 3", "school"),
])
def test_a_lowercase_name_takes_no_common_word_after_it(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ('Mother: Brittany Pike\n   4. Jo Strunk -- neighbor, crossed out, "NO as of 10/1 -- BP"', "BP"),
    ("Applicant: Theodore J. Marchetti-Boyle\nMy therapist's letter is attached. -- T.J.M.B.\n", "T.J.M.B."),
    ("Client: Oscar Reyes\nVisited the coast (see message -- OR)", "OR"),
])
def test_a_known_persons_initials_signing_a_remark_are_a_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Mother: Brittany Pike\nVitals -- BP\n", "BP"),
    ("Mother: Brittany Pike\nBP 128/84, HR 72 at intake.", "BP 128/84"),
    ("Client: Oscar Reyes\nRisk reviewed in the OR -- none.", "OR"),
])
def test_an_abbreviation_that_spells_those_initials_stays_elsewhere(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("=== NOTES ===\n08/27/24 gk  Bill received via portal.\n09/04/24 gk  Office faxed EOBs.\n", "gk"),
    ("08/27/24 gk  Bill received via portal.\n09/05/24 rmt Approved $180.00.\n", "rmt"),
    ("2025-01-04 14:10 JQ  called back, ok\n2025-01-05 09:00 WB  sent letter\n", "WB"),
])
def test_the_initials_column_of_a_log_is_a_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("3/4 lvm re appt\n3/5 pt called back\n", "lvm"),
    ("3/4 lvm re appt\n3/5 pt called back\n", "pt"),
    ("3/6 NS\n3/7 ns twice, letter sent\n", "ns"),
    ("08/27/24 gk  Bill received via portal.\n09/05/24 rmt Approved $180.00.\n", "Approved"),
])
def test_log_shorthand_in_that_column_stays(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("2. MATTER CONCERNING BROTHER KOLAWOLE (KOLA) ADEBAYO\nHe was admitted.", "KOLA"),
    ("Client: ROBERTA (BOBBIE) SMITHERS, age 40", "BOBBIE"),
    ("Present: ANSELM (ANS) OYELARAN-BECK and his mother", "ANS"),
])
def test_a_nickname_in_brackets_between_the_parts_of_a_name_is_a_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Present: ANA RUIZ (PCP) TOMAS RUIZ", "PCP"),
    ("Attendees: DELPHINE OKAFOR (MOTHER) AUGUSTIN OKAFOR", "MOTHER"),
    ("Seen with HALVARD LUNDQVIST (CBT) ESME LUNDQVIST", "CBT"),
])
def test_a_role_in_brackets_between_two_people_stays(detector, text, value):
    assert untouched(detector, text, value)
