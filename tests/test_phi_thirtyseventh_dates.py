"""Classes found in the thirty-seventh session (ages, dates, places, identifiers and kept clinical facts): ages over 89
told informally (a birthday's ordinal, an age reported without an apostrophe, a card's "95 years!!", a tally "and
counting", an age addressed to its owner beside a birthday, a form's age label with a bracketed note), a season or an
Ojibwe moon with a two-digit year, a yyddd print stamp, a short Romance month between slashes, another spelling of an
Ethiopian month, a state route joined by a hyphen, a town in capitals before a state that is a word and a form's next
field, a neighbour's flat and a resident's room, a program's key for an SSN's last four; and kept: levels of care named
like facilities, a session counted against its course, a drug glued to a label printer's field command, regional
Medicaid plans. Examples written here, never the set's own wording."""
import pytest

from phi_spans import covered, untouched


# --- ages over 89 told informally (recognizers/told_ages.py, ages.py) ---

@pytest.mark.parametrize("text,value", [
    ("We brought cake for her 97th birthday on the unit.", "97th"),
    ("BIG 102nd BDAY PARTY for Grandpa Lou this Sunday", "102nd"),
    ("the card said happy 91st b-day, which made her cry", "91st"),
])
def test_a_birthdays_ordinal_over_89_is_an_age(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("my great aunt Odile says shes 96 and wants no fuss", "96"),
    ("Grandpa Teo told me hes 92 now, still drives", "92"),
    ("lol shes 99 and still beats me at cards", "99"),
])
def test_an_age_reported_without_its_apostrophe_is_an_age(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Grandma Jo -- 95 years!! so proud of you", "95"),
    ("Walt (hall B), 96 and counting, led the sing-along", "96"),
    ("Birthday card inside: Ruby, 92 looks good on you. Love, the kids", "92"),
    ("7. AGE (last birthday) ........ 93        8. SEX ..... F", "93"),
    ("Age (yrs): 91   Sex: M", "91"),
])
def test_an_age_cheered_tallied_addressed_or_bracket_labelled_is_an_age(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Client reports scoring in the 95th percentile on the reading test.", "95th"),
    ("Days clean, 90 and counting -- proud of this.", "90"),
    ("she says shes 95 percent sure she will attend", "95"),
    ("Dad, 99 was the bus number we took downtown.", "99"),
    ("Been at this job for 100 years! she joked", "100"),
])
def test_a_percentile_a_tally_of_days_a_percent_or_a_count_stays(detector, text, value):
    assert untouched(detector, text, value)


# --- dates written as a year mark, a stamp, a short month or another calendar ---

@pytest.mark.parametrize("text,value", [
    ("He talks about the flood in summer '74 a lot.", "'74"),
    ("we moved off the rez the winter of '88, mom says", "'88"),
    ("grandpa told about Manoominike-giizis '59 at camp", "'59"),
])
def test_a_season_or_a_moon_with_a_two_digit_year_is_a_date(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("^FX label set - printed 25114 ===", "25114"),
    ("JOB=WRISTBAND JDATE=26007 COPIES=2", "26007"),
    ("Julian date: 24366 (batch)", "24366"),
])
def test_a_yyddd_print_stamp_is_a_date(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Fecha de la cita: 14/ago/2026, 10:00", "14/ago/2026"),
    ("Data di nascita 03/giu/1987 (documento)", "03/giu/1987"),
    ("Emitido 21/dez/2025 pelo posto", "21/dez/2025"),
    ("Her Ethiopian birthday is Tahsaas 3, 1979, per her mother.", "Tahsaas 3, 1979"),
])
def test_a_short_month_between_slashes_or_another_month_spelling_is_a_date(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("printed 120 labels for the unit", "120"),
    ("we had a great summer at the lake", "summer"),
    ("the '90s were hard on him", "'90s"),
])
def test_a_count_of_labels_a_season_alone_or_a_decade_stays(detector, text, value):
    assert untouched(detector, text, value)


# --- places: a hyphenated state route, a capitals town before a word-state, a flat, a room ---

@pytest.mark.parametrize("text,value", [
    ("rear-ended on the SR-99 near the fairgrounds", "SR-99"),
    ("He drives US-101 north every morning; panic on the US-101 bridge", "US-101"),
    ("accident on PR-52 heading south", "PR-52"),
    ("tuvo un choque en la PR-2 cerca de Mayagüez", "PR-2"),
])
def test_a_state_route_joined_by_a_hyphen_is_a_place(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("BURIAL - PINE HILL CEMETERY, ASTORIA, OR     DATE: 10/02/2026", "ASTORIA"),
    ("PLACE OF DEATH: HOME, MUNCIE, IN      COUNTY: DELAWARE", "MUNCIE"),
])
def test_a_town_in_capitals_before_a_word_state_and_a_forms_gap_is_a_place(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("the woman in 4B plays music all night", "4B"),
    ("I wrote again about the lady in 2D. She slams doors.", "2D"),
    ("I complained about the guy upstairs in 12F again", "12F"),
    ("our neighbor from 207 called the landlord", "207"),
    ("Card signed by Gus (rm 14B) and Nell (room 302)", "14B"),
])
def test_a_neighbours_flat_or_a_residents_room_is_a_place(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("the man in 2019 who helped us", "2019"),
    ("a family at 200 percent of the poverty line", "200"),
    ("two kids in 504 plans this year", "504"),
    ("Group (Room 3) met at noon", "3"),
    ("A CLAIM, SUIT, OR BOARD COMPLAINT was filed", "SUIT"),
])
def test_a_year_a_percentage_or_a_capitals_sentence_stays(detector, text, value):
    assert untouched(detector, text, value)


# --- a program's key for an SSN's last four ---

@pytest.mark.parametrize("text,value", [
    ("row = {'mrn': 'X1', 'ssn4': '3307', 'zip': None}", "3307"),
    ('{"ssn_last4": "0815", "plan": "HMO"}', "0815"),
    ("GET /lookup?last4=2290&dob=1990", "2290"),
])
def test_a_programs_key_for_the_last_four_labels_its_value(detector, text, value):
    assert covered(detector, text, value)


# --- kept clinical facts (phi/care_levels.py, data/care_levels.txt, data/payer_brands.txt) ---

@pytest.mark.parametrize("text,value", [
    ("Court authorized placement in a Skilled Nursing Facility until review.", "Skilled Nursing Facility"),
    ("Level of care: Residential Care Facility for the Elderly (RCFE)", "Residential Care Facility for the Elderly"),
    ("plan to step down to Social Rehabilitation Program in spring", "Social Rehabilitation Program"),
    ("Completed CBT-I session 4/8 today; homework reviewed.", "4/8"),
    ("Cognitive Processing Therapy session 9/12 done, impact statement read.", "9/12"),
    ("Module 3/12 of the CPT protocol done.", "3/12"),
    ("^FO20,60^A0N,24,22^FDsertraline 100 mg 1 tab PO daily^FS", "sertraline 100 mg"),
    ("Payer: UCare / PrimeWest Health (county plan)", "PrimeWest Health"),
    ("Aseguradora: MMM Healthcare - Plan Vital", "Plan Vital"),
])
def test_levels_of_care_session_counts_printed_drugs_and_regional_plans_are_kept(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Discharged to Lakeview Oaks Skilled Nursing Facility on 3/2/2026", "Lakeview Oaks"),
    ("next session 12/03 at 4 pm", "12/03"),
    ("Next session 4/21 at 3 pm.", "4/21"),
    ("plan: family session 9/14 with both parents", "9/14"),
    ("per the chart, session 2/11 was missed", "2/11"),
    ("Cancelled session 10/12 (snow).", "10/12"),
])
def test_a_facility_named_before_its_level_and_a_dated_session_are_still_redacted(detector, text, value):
    assert covered(detector, text, value)
