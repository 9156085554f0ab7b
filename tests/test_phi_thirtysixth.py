"""Classes found in the thirty-sixth session: an identifier's issuer before its number (a state before a licence or a
plate, a register's letters, a pharmacy's "RX"), months of Papiamento, Luxembourgish and Tok Pisin, ages with their
years words, ordinal days ("the 7th/8th", "the 14th of each month"), a month/day after the event a score was taken at,
reservation codes and slash-numbered documents, chat handles in angle brackets, a nickname quoted inside a full name,
streets caught in part (a compass word, an island's head word, a street again without its number, a street written
before its number, a highway exit), a town in capitals in brackets, a chain's numbered store, a school's team, a
relative placed in a town, a surname after a nurse's credential, a nickname glossed in a bracket in any language, and a
payer told by the member ID after it (kept). Examples written here, never the set's own wording."""
import pytest

from phi_spans import covered, untouched


# --- the issuer before an identifier (phi/issuers.py) ---

@pytest.mark.parametrize("text,value", [
    ("Signed: Dana Lark, LMFT  OH 4471-208   3/2/2026", "OH 4471-208"),
    ("Signed: Rafe Collier, LCSW TX 88120-44, Hill Country Counseling", "TX 88120-44"),
    ("The sedan pulled away, plate MN KTR-4471, toward the lake.", "MN KTR-4471"),
    ("Camera: vehicle NV BXL-209 arrived at the gate", "NV BXL-209"),
])
def test_a_state_before_a_licence_or_a_plate_belongs_to_it(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Referring GP: dr. Anouk Visser, BIG-register BIG 49022871503", "BIG 49022871503"),
    ("Psychiatrist: Dr Owen Pratt, GMC no. GMC 7012345", "GMC 7012345"),
])
def test_a_registers_letters_repeated_before_its_number_belong_to_it(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Rx#          drug                      qty\nRX 7730142   fluoxetine 20 mg daily     30\n", "RX 7730142"),
    ("Refill label: RX 4410927 sertraline 100 mg", "RX 4410927"),
    ("Pickup list\nRX 5518204-02  quetiapine 25 mg\n", "RX 5518204-02"),
])
def test_a_prescription_number_printed_with_rx_in_capitals_is_whole(detector, text, value):
    assert covered(detector, text, value)


def test_a_state_before_a_zip_code_is_no_issuer(detector):
    text = "Mail to: 14 Alder Ct\nMadison, WI 53703\n"
    assert covered(detector, text, "53703") and untouched(detector, text, "WI")


def test_mixed_case_rx_stays_a_label_outside_the_number(detector):
    text = "filled at the pharmacy, Rx 6640172, on time"
    assert covered(detector, text, "6640172") and untouched(detector, text, "Rx")


# --- months and ages of other languages (data/world_months.yaml, data/world_ages.yaml) ---

@pytest.mark.parametrize("text,value", [
    ("Medikashon: fluoxetine 20 mg desde ougùstùs 2025; kontrol", "ougùstùs 2025"),
    ("E tabata interná 3 di novèmber te 10 di novèmber.", "3 di novèmber"),
    ("Am Abrëll 2021 ass hien op Lëtzebuerg geplënnert.", "Abrëll 2021"),
    ("Em i kam long Epril 2024 long Lae.", "Epril 2024"),
])
def test_months_of_papiamento_luxembourgish_and_tok_pisin_are_dates(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Meng Groussmamm ass 94 Joer al an ass nach fit.", "94"),
    ("Su wela tin 91 aña i ta biba so.", "91"),
    ("Lapun meri i gat 96 krismas nau.", "96"),
])
def test_ages_over_89_with_another_languages_years_word(detector, text, value):
    assert covered(detector, text, value)


def test_a_small_age_with_a_years_word_stays(detector):
    text = "Hien ass 34 Joer al a schafft."
    assert untouched(detector, text, "34")


# --- ordinal days and a day after a scored event (recognizers/dates.py, instruments.py) ---

@pytest.mark.parametrize("text,value", [
    ("nightmares again the night of the 11th/12th, woke at 3", "11th/12th"),
    ("rent is due on the 1st/2nd of the month", "1st/2nd"),
    ("Refill day: the 22nd of each month", "22nd"),
    ("Auto-pay runs the 5th of every month.", "5th"),
])
def test_ordinal_days_in_pairs_and_monthly_are_dates(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("GAD-7 of 9 today (was 17 at intake 2/19).", "2/19"),
    ("PHQ-9 now 6, 19 on admission 3/11, better.", "3/11"),
    ("BDI-II 12 (31 at referral 10/4).", "10/4"),
])
def test_a_day_after_the_event_a_score_was_taken_at_is_a_date(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("the 4th of 6 siblings", "4th"),
    ("PHQ-9 at intake 14/27, now 8.", "14/27"),
])
def test_ordinals_that_count_and_scores_at_an_event_stay(detector, text, value):
    assert untouched(detector, text, value)


# --- reservation codes and slash-numbered documents (recognizers/booking_codes.py) ---

@pytest.mark.parametrize("text,value", [
    ("Guest: R. Okafor   res # K4TQ9Z   2 nights", "K4TQ9Z"),
    ("She sent the conf. no. 8HXW2L for the bus.", "8HXW2L"),
    ("PNR: Q7LM3D, seat 14C", "Q7LM3D"),
    ("TRANSFER NOTE   No. MHU-25/1187", "MHU-25/1187"),
    ("Court letter Ref. Nr. 2024/FC/0931 attached", "2024/FC/0931"),
])
def test_booking_codes_and_slash_numbered_documents_are_ids(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("reservation for 2 at noon", "2"),
    ("booking 3 sessions a month", "3"),
])
def test_small_numbers_after_booking_words_stay(detector, text, value):
    assert untouched(detector, text, value)


# --- chat handles (recognizers/chat_handles.py) ---

_LOG = ("[19:40:02] <fernwhistle> is she live yet\n"
        "[19:40:15] <@ironkettle_7> soon, be patient\n"
        "[19:41:00] * fernwhistle waves\n"
        "[19:42:31] <Lumen.Drift> hi everyone\n")


@pytest.mark.parametrize("value", ["fernwhistle", "ironkettle_7", "Lumen.Drift"])
def test_chat_handles_in_angle_brackets_are_names(detector, value):
    assert covered(detector, _LOG, value)


def test_a_handle_is_named_on_its_action_line_too(detector):
    from assistant.phi.redact import find_spans
    start = _LOG.index("* fernwhistle") + 2
    assert any(s.start <= start and start + len("fernwhistle") <= s.end for s in find_spans([_LOG], detector)[0])


def test_markup_tags_stay_tags(detector):
    text = "<note>\n<client>J. Doe</client>\n<plan>weekly CBT</plan>\n</note>\n"
    assert untouched(detector, text, "plan>weekly")


# --- a nickname quoted inside a full name (phi/propagate.py) ---

@pytest.mark.parametrize("text,value", [
    ('Door log -- Papa\nClient: Eduardo "Papa" Quintero, 88\n', "Papa"),
    ('Sign-out: Bud\nResident Walter "Bud" Kimsey left at 9.\n', "Bud"),
    ('alarm off -- Sissy\nPt Marjorie "Sissy" Lund, DOB 1/2/1950\n', "Sissy"),
])
def test_a_word_quoted_inside_a_full_name_is_that_person_elsewhere(detector, text, value):
    assert covered(detector, text, value)


def test_the_lowercase_kin_word_stays(detector):
    text = 'Client Eduardo "Papa" Quintero. His papa was a fisherman.'
    assert untouched(detector, text, "papa was")


# --- streets and places caught in part (phi/street_parts.py, recognizers/world_addresses.py, places.py) ---

@pytest.mark.parametrize("text,value", [
    ("She stays with her cousin on E. 41st St in Tulsa.", "E. 41st St"),
    ("He moved to W. 7th Ave near the depot.", "W. 7th Ave"),
    ("Route: launch at Tern Island -> Gully Island -> home", "Gully Island"),
    ('Camera "Larchmont Rd" motion 02:14\nAddress: 88 Larchmont Rd, Provo UT 84604\n', "Larchmont Rd"),
])
def test_streets_grow_over_compass_words_heads_and_repeat_without_their_number(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Hatt wunnt zu Esch, rue du Canal 22, mat hirem Bouf.", "rue du Canal 22"),
    ("Sua nonna abita in via Garibaldi 14, da sola.", "via Garibaldi 14"),
    ("Kantoor: Waterkade 7, Willemstad", "Waterkade 7"),
    ("we stopped under the bridge by exit 31. then drove on", "exit 31"),
    ("took Exit 12B off the highway", "Exit 12B"),
])
def test_streets_written_before_their_number_and_highway_exits_are_places(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("We took the route Monday 3 times.", "route Monday 3"),
    ("exit 2 of the survey was skipped", "exit 2"),
])
def test_route_words_and_exits_without_a_place_cue_stay(detector, text, value):
    assert untouched(detector, text, value)


# --- towns and stores on statements, teams, relatives in towns (recognizers/town_cues.py, storefronts.py, teams.py) ---

@pytest.mark.parametrize("text,value", [
    ("12/04  DEPOSIT   ZELLE - R. OKAFOR (SIOUX FALLS)   40.00", "SIOUX FALLS"),
    ("03/11  CREDIT    CASH APP - T. LAM (DULUTH)        15.00", "DULUTH"),
    ("Son in Spokane (not on the release) may call.", "Spokane"),
    ("her sister in Tulsa sends money", "Tulsa"),
])
def test_towns_in_brackets_on_statements_and_relatives_in_towns(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("cell (MOBILE) 555-0100", "MOBILE"),
    ("brought her son in Law school forms", "Law"),
])
def test_words_in_brackets_and_in_law_stay(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("10/02  DEBIT     WALGREENS #04417 LARAMIE     12.40", "WALGREENS #04417"),
    ("Receipt: Walmart store #2291, 3 items", "Walmart store #2291"),
    ("She runs with Roosevelt High XC and the Kennedy Middle School band.", "Roosevelt High XC"),
    ("She runs with Roosevelt High XC and the Kennedy Middle School band.", "Kennedy Middle School band"),
])
def test_numbered_stores_and_school_teams_are_organisations(detector, text, value):
    assert covered(detector, text, value)


# --- a surname after a nurse's credential, a nickname glossed in a bracket (credential_titles.py, aliases.py) ---

@pytest.mark.parametrize("text,value", [
    ("buprenorphine started 2/3 by clinic NP Quintanilla; taper later", "Quintanilla"),
    ("RN Abernathy gave the injection at 10.", "Abernathy"),
    ("seen by PMHNP Oyelowo-Grant this week", "Oyelowo-Grant"),
    ('Pasin: Kila Ambane  (ol i kolim em "Kiki")', "Kiki"),
    ('Pacient: Marta Kowal (wołają na nią "Mania")', "Mania"),
])
def test_surnames_after_credentials_and_nicknames_glossed_in_brackets(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("RN Staff meeting moved to Friday.", "Staff"),
    ("NP Visit scheduled.", "Visit"),
    ('Beck Anxiety Inventory (score "Severe") reviewed', "Severe"),
])
def test_headings_after_credentials_and_rated_brackets_stay(detector, text, value):
    assert untouched(detector, text, value)


# --- a payer told by the member ID after it is kept (phi/payers.py) ---

@pytest.mark.parametrize("text,value", [
    ("Dx F41.1. Prairie Mutual Insurance member PMI0041872 -- auth pending", "Prairie Mutual Insurance"),
    ("Coverage: Northwoods Health Cooperative of Ashland subscriber ID NHC-88120", "Northwoods Health Cooperative of Ashland"),
    ("Bill to Lakeland Benefit Trust member 7730418 for 90837", "Lakeland Benefit Trust"),
])
def test_a_payer_named_before_its_member_id_is_kept(detector, text, value):
    assert untouched(detector, text, value)


def test_a_gym_membership_is_no_payer(detector):
    from assistant.phi.payers import find_plans
    text = "She goes to Summit Gym member 4471 on Tuesdays."
    assert not any(text[a:b].startswith("Summit") for a, b in find_plans(text))


@pytest.mark.parametrize("text,value", [
    ("Colm Travers, LPC, WI 4017-125", "WI"),
    ("Signed Ana Ruiz, LMHC (FL MH21447)", "FL"),
])
def test_a_state_listed_after_a_comma_or_a_bracket_stays_outside(detector, text, value):
    assert untouched(detector, text, value)


# --- a mail header's field name is no name (phi/mail_headers.py) ---

_MAIL = ("From: Petra Halvorsen <petra.h@example.org>\n"
         "X-Originating-IP: 203.0.113.42\n"
         "X-Mailer-Client: Fjordmail 3.1\n"
         "Message-ID: <a81k@example.org>\n"
         "Subject: about my brother\n")


@pytest.mark.parametrize("value", ["X-Originating-IP", "X-Mailer-Client", "Message-ID"])
def test_mail_header_field_names_stay(detector, value):
    assert untouched(detector, _MAIL, value)


@pytest.mark.parametrize("value", ["Petra Halvorsen", "203.0.113.42"])
def test_mail_header_values_are_still_read(detector, value):
    assert covered(detector, _MAIL, value)


@pytest.mark.parametrize("text, state", [
    ("She saw a counselor in Washington for a year before moving.", "Washington"),
    ("Her sister in Montana sends money every month.", "Montana"),
    ("His therapist in Georgia wrote the referral.", "Georgia"),
])
def test_a_state_after_a_person_in_is_no_town(detector, text, state):
    assert untouched(detector, text, state)


@pytest.mark.parametrize("text, town", [
    ("Her son in Spokane calls weekly.", "Spokane"),
    ("Their daughter in Tulsa will visit at Christmas.", "Tulsa"),
    ("Her cousin in Duluth drove her to the ER.", "Duluth"),
])
def test_kin_in_a_town_still_places_them(detector, text, town):
    assert covered(detector, text, town)
