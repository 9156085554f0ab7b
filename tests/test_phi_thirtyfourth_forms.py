"""Forms, exports and informal writing found in the thirty-fourth session: an address book's LDIF export typed
attribute by attribute; people named briefly (a shell prompt's user, a name with an age or a relation in brackets, a
name with a quoted nickname inside it, dotted initials after "by", one initial for a client named in capitals, a party
on a court caption, a crew's foreman, a name given in quotes); a county's law office and an event named as a
gathering; a guest's number; a camp site; a town after a practice or a street; the day printed with a flight's number;
a fraction of sessions kept (examples written here)."""
import pytest

from phi_spans import covered, untouched


# --- an address book's LDIF export (directory_export.py, data/directory_attributes.yaml) ---

_THUNDERBIRD = ("dn: cn=Rosa Delgado-Baird,mail=rdb@fastmail.com\nobjectclass: top\nobjectclass: person\n"
                "givenName: Rosa\nsn: Delgado-Baird\nmozillaNickName: pip\nmozillaHomeStreet2: Unit 4\n"
                "mozillaHomeLocalityName: Ottumwa\nmozillaHomeState: IA\nmozillaHomePostalCode: 52501\n"
                "title: peer specialist\nbirthyear: 1979\nbirthmonth: 11\nbirthday: 03\n")
_OPENLDAP = ("dn: uid=tbranagh,ou=People,dc=clinic,dc=local\nobjectClass: inetOrgPerson\nuid: tbranagh\n"
             "cn: Theo Branagh\nl: Keokuk\nst: IA\npostalCode: 52632\no: Riverside Feed & Grain\n")
_GROUP = ("dn: cn=Thursday anger group\nobjectclass: top\nobjectclass: groupOfNames\ncn: Thursday anger group\n"
          "member: cn=lou haskett,mail=lh@example.org\nuniqueMember: cn=Bea Ortolan,ou=Clients\n")


@pytest.mark.parametrize("text,value", [
    (_THUNDERBIRD, "pip"), (_THUNDERBIRD, "Unit 4"), (_THUNDERBIRD, "Ottumwa"), (_THUNDERBIRD, "52501"),
    (_THUNDERBIRD, "11"), (_THUNDERBIRD, "Rosa Delgado-Baird"),
    (_OPENLDAP, "tbranagh"), (_OPENLDAP, "Theo Branagh"), (_OPENLDAP, "Keokuk"), (_OPENLDAP, "52632"),
    (_OPENLDAP, "Riverside Feed & Grain"),
    (_GROUP, "lou haskett"), (_GROUP, "Bea Ortolan"),
])
def test_an_ldif_exports_values_are_typed_by_their_attribute(detector, text, value):
    assert covered(detector, text, value)


def test_a_split_birthday_is_a_date_but_its_year_alone_is_not(detector):
    assert covered(detector, _THUNDERBIRD, "03")
    assert untouched(detector, _THUNDERBIRD, "1979")


@pytest.mark.parametrize("text,value", [
    (_GROUP, "Thursday anger group"), (_THUNDERBIRD, "peer specialist"), (_THUNDERBIRD, "person"),
    (_OPENLDAP, "People"), (_OPENLDAP, "inetOrgPerson"), (_GROUP, "member: cn="), (_OPENLDAP, "dn: uid="),
])
def test_a_groups_own_name_classes_and_titles_in_an_ldif_export_stay(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("attribute,kind", [
    ("mozillaHomeStreet2", "ADDRESS"), ("mozillaNickName", "NAME"), ("l", "ADDRESS"), ("givenName", "NAME"),
    ("birthmonth", "DATE"), ("o", "ORGANIZATION_LINKED"), ("st", None), ("birthyear", None), ("mozillaCustom1", None),
    ("description", None), ("mozillaHomeState", None), ("objectclass", None),
])
def test_an_ldif_attribute_says_what_its_value_is(attribute, kind):
    from assistant.phi.recognizers.directory_export import attribute_kind

    assert attribute_kind(attribute) == kind


# --- a shell prompt's user (brief_people.py, data/system_accounts.txt) ---

@pytest.mark.parametrize("text,value", [
    ("marisol@xps13:~/caseload$ ls -la\ntotal 12", "marisol"),
    ("[jkowalski@localhost notes]$ grep -i court *.txt", "jkowalski"),
    ("(venv) priyanka@MacBook-Air ~ % python summarize.py", "priyanka"),
])
def test_the_user_of_a_pasted_shell_prompt_is_a_person(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("root@server:~# apt update", "root"),
    ("pi@raspberrypi:~ $ ls", "pi"),
    ("ubuntu@ip-10-0-0-4:~$ df -h", "ubuntu"),
])
def test_a_system_account_in_a_prompt_is_no_one(detector, text, value):
    assert untouched(detector, text, value)


# --- a given name with an age, a name with its relation, a quoted nickname inside a name, dotted initials ---

@pytest.mark.parametrize("text,value", [
    ("Mom has shared custody of Wrenna (7) since March.", "Wrenna"),
    ("She brings Bexley (4) to most appointments.", "Bexley"),
    ("Dad drops Thaddeus (11 yo) at school before work.", "Thaddeus"),
])
def test_a_given_name_with_an_age_in_brackets_is_a_person(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("She completed Step (2) of the workbook.", "Step"),
    ("Increased Zoloft (50) last month per PCP.", "Zoloft"),
    ("Homework due by Week (6) of group.", "Week"),
])
def test_a_word_with_a_number_in_brackets_is_no_person(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("ALT PHONE ...... 555-0142 (RONNIE, BROTHER)", "RONNIE"),
    ("cell 207-555-0101 (Nia / sister) if no answer", "Nia"),
    ("backup 555-0199 (Marguerite - aunt)", "Marguerite"),
])
def test_a_name_glossed_with_its_relation_in_brackets_is_a_person(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Coverage: Medicaid (Office, manager) on file", "Office"),
    ("Contact 555-0100 (Self, spouse) listed", "Self"),
])
def test_a_word_glossed_with_a_relation_is_no_person(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ('Tattooist: Rowena "Ro" Vantassel      Booth 3', 'Rowena "Ro" Vantassel'),
    ('Referred by Cornelius "Neil" Abernathy-Ruiz last spring.', 'Cornelius "Neil" Abernathy-Ruiz'),
    ('Sponsor is Juniper "Juju" Marrowby, sober 11 years.', 'Juniper "Juju" Marrowby'),
])
def test_a_name_with_a_quoted_nickname_inside_is_redacted_whole(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ('Finished the Module "Anger" Worksheet at home.', "Worksheet"),
    ('Chapter "Boundaries" Review went well.', "Review"),
    ('Client: Ames, Dolores "Dee"   Participant # DTC-0091', "Participant"),
])
def test_title_words_around_a_quoted_word_are_no_name(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("# list exported 04/11/2026 by r.t. for the audit", "r.t."),
    ("note by j.k.l. - client arrived late", "j.k.l."),
    ("Scanned copy uploaded by a.o. on Friday", "a.o."),
])
def test_dotted_lowercase_initials_after_by_are_a_person(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Hydroxyzine 25 mg taken by p.o. route at night.", "p.o."),
    ("Reach her by e.g. text or email.", "e.g."),
])
def test_dotted_abbreviations_after_by_stay(detector, text, value):
    assert untouched(detector, text, value)


# --- one initial for a client named in capitals (propagate.py) ---

@pytest.mark.parametrize("text,value", [
    ("CLIENT: HALVORSEN, ELIN R.\nE. missed group again; says the bus was late.", "E."),
    ("PT: OKAFOR, BENEDICTA\nshelter full tonight, B. is sleeping in her car", "B."),
    ("Name: MARCUS DELACROIX-BYRNE\nhearing moved; M. slept at his sister's", "M."),
])
def test_an_initial_standing_for_a_client_named_in_capitals_is_redacted(detector, text, value):
    assert covered(detector, text, value)


def test_an_initial_of_no_one_in_the_note_stays(detector):
    assert untouched(detector, "CLIENT: HALVORSEN, ELIN R.\nwound culture grew S. aureus last week", "S.")


# --- a party on a court caption, a crew's foreman, a name given in quotes ---

@pytest.mark.parametrize("text,value", [
    ("PETITIONER: ANA LUZ FIERRO          RESPONDENT: BROOKS HARLAN TATE", "BROOKS HARLAN TATE"),
    ("Plaintiff: Sterling Ames Okafor\nCase 24-CV-118", "Sterling Ames Okafor"),
    ("APPELLANT: GRAY WINSLOW PIKE\nAPPELLEE: STATE", "GRAY WINSLOW PIKE"),
])
def test_a_party_named_after_its_caption_label_is_a_person(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("RESPONDENT ID: DOB 05/19/1990", "ID"),
    ("respondent stated she would not attend", "stated"),
])
def test_a_caption_label_without_a_name_after_it_names_no_one(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("at the yard, foreman Delbert said he left at noon", "Delbert"),
    ("her forewoman Inez called twice about the shifts", "Inez"),
    ("site superintendent Marlon Reyes signed the leave form", "Marlon Reyes"),
])
def test_a_crews_foreman_named_after_the_role_is_a_person(detector, text, value):
    assert covered(detector, text, value)


def test_a_foreman_with_no_name_after_it_stays(detector):
    assert untouched(detector, "the foreman said he left early on Monday", "foreman")


@pytest.mark.parametrize("text,value", [
    ('Name given: "Sparrow" at intake; full name later', "Sparrow"),
    ('She introduced herself as "Tink" to the sitters.', "Tink"),
    ('He calls himself "Bishop" on the unit.', "Bishop"),
])
def test_a_name_given_in_quotes_is_a_person(detector, text, value):
    assert covered(detector, text, value)


def test_a_name_not_given_names_no_one(detector):
    assert untouched(detector, "Name given: not provided at triage", "not provided")


# --- a county's law office, an event named as a gathering (data/org_heads.txt, public_bodies.py) ---

@pytest.mark.parametrize("text,value", [
    ("the subpoena the Polk County Attorney sent last week", "Polk County Attorney"),
    ("a call from the Johnson County Prosecutor about the case", "Johnson County Prosecutor"),
    ("booked into Ada County Jail overnight", "Ada County Jail"),
])
def test_a_countys_law_office_is_redacted_with_its_county(detector, text, value):
    assert covered(detector, text, value)


def test_a_county_office_with_no_county_name_stays(detector):
    assert untouched(detector, "The County Attorney declined to file.", "County Attorney")


@pytest.mark.parametrize("text,value", [
    ("She volunteers at the Harvest Moon Festival each fall.", "Harvest Moon Festival"),
    ("HIGH PLAINS JAMBOREE 2025 · MEDICAL TENT LOG", "HIGH PLAINS JAMBOREE"),
    ("They met at the Prairie Wind Gathering in July.", "Prairie Wind Gathering"),
])
def test_an_event_named_as_a_gathering_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("a family gathering at her aunt's went badly", "gathering"),
    ("the festival crowd felt overwhelming", "festival"),
])
def test_a_gathering_with_no_name_stays(detector, text, value):
    assert untouched(detector, text, value)


# --- a guest's number, a camp site, a town after a practice or a street (ids.py, tails.py) ---

@pytest.mark.parametrize("text,value", [
    ("Guest # R-2290 · arrived by cart", "R-2290"),
    ("Camper #: C-2291 checked in at dusk", "C-2291"),
    ("Patron no. 44817 at the front desk", "44817"),
])
def test_a_guests_number_after_its_label_is_an_identifier(detector, text, value):
    assert covered(detector, text, value)


def test_a_guests_count_is_no_identifier(detector):
    assert untouched(detector, "Guest #2 arrived late to group.", "2")


@pytest.mark.parametrize("text,value", [
    ("friends were camping Loop B site 22 near the stage", "Loop B site 22"),
    ("she slept at tent site 31 by the creek", "tent site 31"),
    ("walked her back to Lot F, site 7 after the set", "Lot F, site 7"),
])
def test_a_camp_site_is_an_address(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("injection site 2 was red and warm", "site 2"),
    ("enrolled at site 3 of the trial", "site 3"),
])
def test_a_site_that_is_no_camp_stays(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Cedar Valley Therapy, Ottumwa · 90834 · 45 min", "Ottumwa"),
    ("3. 11/04 19:40  44 Birch Ln, Tellico Plains - left card in door", "Tellico Plains"),
    ("Harbor Clinic, Bangor | fax 207-555-0131", "Bangor"),
])
def test_a_town_after_a_practice_or_a_street_is_an_address(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Harbor Clinic, Billing · 90834", "Billing"),
    ("Harbor Clinic, Intake - call back", "Intake"),
])
def test_a_word_after_a_practice_that_is_no_town_stays(detector, text, value):
    assert untouched(detector, text, value)


# --- the day printed with a flight's number (trip_codes.py) ---

@pytest.mark.parametrize("text,value", [
    ("FLT/DATE ....... UA882/03JAN   ORD-LGA", "03JAN"),
    ("itinerary DL 2231 / 28FEB26 MSP-ATL", "28FEB26"),
    ("rebooked 14NOV/AS1174 after the delay", "14NOV"),
])
def test_the_day_joined_to_a_flights_number_is_a_date(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("seat 14C/ROW 14 on the return", "14C/ROW"),
    ("BP 120/80 after the flight", "120/80"),
])
def test_a_flight_number_alone_stays(detector, text, value):
    assert untouched(detector, text, value)


# --- a fraction of sessions kept (dates.py) ---

@pytest.mark.parametrize("text,value", [
    ("PHQ-9 = 12. Attended 7/8 scheduled sessions.", "7/8"),
    ("She made 5/6 planned visits this quarter.", "5/6"),
    ("Completed 9/12 group sessions before discharge.", "9/12"),
])
def test_a_fraction_before_what_it_counts_is_no_date(detector, text, value):
    assert untouched(detector, text, value)


def test_a_day_before_an_appointment_is_still_a_date(detector):
    assert covered(detector, "Next appt 7/8 at 2pm with Dr. Osei.", "7/8")
