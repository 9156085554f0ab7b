"""Classes of organisation, place and identifier leaks from the twenty-third blind set (examples written here): values
written on a printed form's underscore blanks, businesses named for a trade in the plural, a community action agency
and a health system in capitals, an organisation in a field whose label names its kind, a staff member's number
after "rep" or "agent", court numbers written with spaces after "case" or "file", a register's year-and-serial number,
plates and time stamps in a gate log's columns, parks, a Spanish street with its small words and quadrant, a Turkish
address line, a unit written alone with its number sign, a certificate number. And what must stay: a treatment named
in a program field, a Latin phrase after "in", a school year, a ratio of calories, a count of repetitions."""
from __future__ import annotations

import pytest

from phi_spans import covered, untouched


@pytest.mark.parametrize("text, value", [
    ("Home phone _412.555.0177_   Work phone _412-555-0102_", "412.555.0177"),
    ("Employer ___Granite Peak Roofing___  Start date ______", "Granite Peak Roofing"),
    ("City _Dunmore_  County _Lackawanna_  ZIP _18512_", "Lackawanna"),
    ("Mailing _77 Orchard Knoll Rd Apt C_  Phone _570.555.0140_", "77 Orchard Knoll Rd Apt C"),
])
def test_a_value_on_a_forms_blank_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Lease signed with Harrow Lane Properties in May.", "Harrow Lane Properties"),
    ("Certified through Coral Shelf Divers on the Keys trip.", "Coral Shelf Divers"),
    ("The deposit came from TRIAD Community Action after the shutoff notice.", "TRIAD Community Action"),
    ("OAK HOLLOW HEALTH SYSTEM - BILLING OFFICE", "OAK HOLLOW HEALTH SYSTEM"),
])
def test_a_business_named_for_its_trade_or_network_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Property: The Larches at Wendover - lease start pending", "The Larches at Wendover"),
    ("program: Bridge-To-Home of the Foothills     intake #: 7", "Bridge-To-Home of the Foothills"),
    ("Shop: Tallgrass Bike Works, Emporia   Mentor: Lou", "Tallgrass Bike Works"),
])
def test_an_organisation_in_a_field_named_for_its_kind_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Program: Dialectical Behavior Therapy", "Dialectical Behavior Therapy"),
    ("Program: Jail-Based Competency Restoration", "Jail-Based Competency Restoration"),
    ("Practice: Private Practice", "Private Practice"),
])
def test_a_kind_of_care_in_a_program_field_stays(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("3/02 rep 5126 confirmed the caller's date of birth.", "5126"),
    ("Spoke with agent #0917 at the pharmacy benefit line.", "0917"),
    ("Dispatcher 7730 logged the welfare check.", "7730"),
])
def test_a_staff_members_number_after_their_role_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Prior record: case 2017 CMD 30318, dismissed.", "2017 CMD 30318"),
    ("Citation and file 24CR 551207 set for hearing.", "24CR 551207"),
    ("See docket 22 CVD 4410 (custody).", "22 CVD 4410"),
])
def test_a_spaced_court_number_after_case_or_file_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Kayit: Protokol No: 2022/704512 (psikiyatri)", "2022/704512"),
    ("Numero pratica 2021/88412 aperta.", "2021/88412"),
    ("File ref 2019/300218 was closed.", "2019/300218"),
])
def test_a_register_number_of_year_and_serial_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Diet goal 2000/1500 kcal on alternate days.", "2000/1500"),
    ("She repeated the school year 2023/2024 after the move.", "2023/2024"),
    ("Three sets of exposure, rep 12 each time.", "12"),
    ("Continue in vivo exposure to crowded stores.", "vivo"),
])
def test_ratios_years_counts_and_latin_stay(detector, text, value):
    assert untouched(detector, text, value)


_GATE_LOG = (
    "ts          | guest             | host           | badge  | plate\n"
    "03-02 07:41 | Pell, Marta       | Suite 210      | G-1140 | JRW 518\n"
    "03-04 18:05 | Voss, Tobin       | none           | DENIED | 7LKT 093\n"
    "03-05 09:30 | Arden, Lise       | Suite 212      | G-1141 | --\n"
)


@pytest.mark.parametrize("value", ["JRW 518", "7LKT 093", "03-04"])
def test_plates_and_dates_in_a_gate_logs_columns_are_redacted(detector, value):
    assert covered(detector, _GATE_LOG, value)


def test_the_time_of_day_in_a_time_stamp_column_stays(detector):
    assert untouched(detector, _GATE_LOG, "07:41")


@pytest.mark.parametrize("text, value", [
    ("Incident location: Cedar Run Park, by the ball field.", "Cedar Run Park"),
    ("They met at Lakeside Playground after school.", "Lakeside Playground"),
    ("Found him at the Pike County Fairgrounds gate.", "Pike County Fairgrounds"),
])
def test_a_park_or_public_ground_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Address 4410 Calle de la Luna SW, Apt 12, Santa Fe NM 87505", "4410 Calle de la Luna SW, Apt 12"),
    ("Lives at 210 Camino de las Brisas NE now.", "210 Camino de las Brisas NE"),
    ("Mailing: 75 Paseo del Sol, Unit 3", "75 Paseo del Sol, Unit 3"),
])
def test_a_spanish_street_with_its_small_words_and_quadrant_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Adres: Bahçelievler Mah. 1204 Sok. No:12 D:3, Bornova", "Bahçelievler Mah. 1204 Sok. No:12 D:3"),
    ("Ev: Kültür Mahallesi Gazi Cad. No:41 D:5", "Kültür Mahallesi Gazi Cad. No:41 D:5"),
    ("Adresi Yeşiltepe Mh. 88 Sk. No:3", "Yeşiltepe Mh. 88 Sk. No:3"),
])
def test_a_turkish_address_line_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Building: The Larches - unit applied: #318   agent: Pat", "#318"),
    ("Moved into Apt #4B last week.", "#4B"),
    ("Suite: #1207 (corner)", "#1207"),
])
def test_a_unit_written_alone_with_its_number_sign_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Paramedic Lee Ortiz, TX cert EMT 448120", "EMT 448120"),
    ("Peer specialist certification no. CPS-20417 on file.", "CPS-20417"),
    ("Medic (FL cert PMD 331907) will visit Tuesdays.", "PMD 331907"),
])
def test_a_certificate_number_is_redacted(detector, text, value):
    assert covered(detector, text, value)
