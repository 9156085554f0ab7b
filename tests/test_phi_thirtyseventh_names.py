"""Names and organisations found in the thirty-seventh session, by class: a console table whose header rule is drawn
with "+" joints and whose people's column is named for two roles ("MD/APP"), a surname in capitals with its given name,
an initial or a quoted nickname after the comma (on a wristband's label-printer commands too), a Python dict's name
fields in single quotes, a surname in capitals from a label written again alone, a lowercase remark signed with a named
person's initials, a name written again in another script after "in <language>", and a facility's kind ("PHF",
"BHU", "Girls' Residential") after its name. Examples written here, never the set's own wording."""
import pytest

from phi_spans import covered, untouched

_RULE = "-" * 30

# --- a console table: "+" joints in the header rule, "MD/APP" as a people's column (recognizers/tables.py) ---

_BOARD = (
    "BAY | PATIENT                  | AGE | RN  | MD/APP        | NOTES\n"
    f"----+{_RULE}+-----+-----+---------------+{_RULE}\n"
    " 3  | QUILLFEATHER, DARIUS     | 52  | MT  | FENWICK-ODU   | sitter at bedside\n"
    ' 4  | BRAMBLE, "TANK"          | 40  | JS  | ARCHAMBEAU    | CIWA q4h\n'
    " 7  | ESPINOZA-VARGAS, T       | 19  | LW  | MBEKI-SORENSEN | awaiting bed\n"
)


@pytest.mark.parametrize("value", ["QUILLFEATHER, DARIUS", "MT", "FENWICK-ODU", 'BRAMBLE, "TANK', "JS", "ARCHAMBEAU",
                                   "ESPINOZA-VARGAS, T", "LW", "MBEKI-SORENSEN"])
def test_a_console_tables_people_columns_are_read_under_a_jointed_rule(detector, value):
    assert covered(detector, _BOARD, value)


@pytest.mark.parametrize("value", ["sitter at bedside", "CIWA q4h", "awaiting bed"])
def test_a_console_tables_other_columns_stay(detector, value):
    assert untouched(detector, _BOARD, value)


def test_a_credential_after_a_name_in_a_cell_stays_out_of_the_name(detector):
    text = ("ROOM | STAFF              | SHIFT\n-----+--------------------+------\n 12  | Dana Ruiz, RN      | days\n")
    assert covered(detector, text, "Dana Ruiz") and untouched(detector, text, "RN      | days")


# --- a surname in capitals, then a given name or an initial (recognizers/caps_surnames.py) ---

@pytest.mark.parametrize("text,value", [
    ("^XA\n^FO50,20^A0N,30,28^FDDELACROIX-PAIGE, ANNE-SOPHIE^FS\n^FO50,60^A0N,24,22^FDDOB 04/02/1988^FS\n^XZ",
     "DELACROIX-PAIGE, ANNE-SOPHIE"),
    ("PATIENT: MOREAU, LIV    ATTENDING  QUISPE-HUAMÁN, R\n", "QUISPE-HUAMÁN, R"),
    (" Rx by TERWILLIGER, K (DEA on file) - verbal order, read back", "TERWILLIGER, K"),
    ('# job title : "Label set - ÅSTRÖM, MAJ-BRITT"  copies=2', "ÅSTRÖM, MAJ-BRITT"),
])
def test_a_surname_in_capitals_with_its_given_name_or_initial_is_one_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("ASSESSMENT, PLAN and follow-up as below.", "ASSESSMENT, PLAN"),
    ("ALLERGIES: PCN, NKDA", "PCN, NKDA"),
    ("DX: MDD, GAD, PTSD", "MDD, GAD"),
    ("CIWA, ETOH  12 at intake", "CIWA, ETOH"),
    ("VITALS, BP 120/80", "VITALS"),
])
def test_words_and_acronyms_in_capitals_around_a_comma_are_no_one(detector, text, value):
    assert untouched(detector, text, value)


def test_a_surname_in_capitals_from_a_label_is_the_person_alone_in_capitals(detector):
    text = ("PATIENT: FARMER, OLIVE J      MRN 4471902\n"
            "  20:15 dose held (pt FARMER asleep), recheck 22:00\n"
            "  The farmer's market voucher was given.")
    assert covered(detector, text, "FARMER asleep"[:6]) and untouched(detector, text, "farmer's market")


# --- a Python dict's name fields in single quotes (recognizers/tables.py) ---

@pytest.mark.parametrize("text,value", [
    ("payload = {'first': 'soraya', 'last': 'vantreese-ode', 'dob': '1990-01-02'}", "vantreese-ode"),
    ("row = {'mrn': 'A-1102', 'last_name': 'Oyelowo-Finch', 'first_name': 'Temperance'}", "Oyelowo-Finch"),
    ("  {'given': 'Ximena', 'family': 'Quintanilla'}", "Quintanilla"),
])
def test_a_python_dicts_name_fields_are_names(detector, text, value):
    assert covered(detector, text, value)


def test_a_python_dicts_other_fields_stay(detector):
    text = "cfg = {'mode': 'draft', 'last': 'client', 'status': 'pending review'}"
    assert untouched(detector, text, "pending review") and untouched(detector, text, "client")


# --- a lowercase remark signed with a named person's initials (signed_lowercase.py) ---

@pytest.mark.parametrize("text,value", [
    ('Reviewer: Marguerite Okonjo-Hale\ncomment: "fine to release the summary, keep the portal copy only -- mo"', "mo\""),
    ("Sender: Tobias Renwick\nnote: \"call her back before friday, she is expecting it -- tr\"", "tr\""),
    ("PACKING LIST for Talia\nTalia's own notes are lowercase in braces.\n{do i really need three hoodies. - t.}", "t.}"),
])
def test_a_lowercase_remark_signed_with_a_named_persons_initials(detector, text, value):
    assert covered(detector, text, value[:-1])


@pytest.mark.parametrize("text,value", [
    ("Vitals -- BP 120/80 -- HR 72\nnotes from Dana Ruiz: reviewed -- ok", "ok"),
    ("Dana Ruiz called.\nplan: see her again next week -- me", "me"),
])
def test_a_word_after_a_dash_signs_nothing(detector, text, value):
    assert untouched(detector, text, value)


# --- a name written again in another script after "in <language>" (pairs.py) ---

@pytest.mark.parametrize("text,value", [
    ("My aunt Dolma Tsering, in Tibetan སྒྲོལ་མ་ཚེ་རིང, lives with us.", "སྒྲོལ་མ་ཚེ་རིང"),
    ("Her father Oleh Tkachenko (in Ukrainian: Олег Ткаченко) called.", "Олег Ткаченко"),
    ("Grandmother Eleni Papadaki, written in Greek Ελένη Παπαδάκη, raised her.", "Ελένη Παπαδάκη"),
])
def test_a_name_in_another_script_after_its_language_is_the_same_name(detector, text, value):
    assert covered(detector, text, value)


def test_a_word_in_another_script_with_no_name_beside_it_stays(detector):
    text = "The word for peace in Tibetan ཞི་བདེ is on the wall."
    assert untouched(detector, text, "ཞི་བདེ")


# --- a facility's kind after its name (facility_kinds.py) ---

@pytest.mark.parametrize("text,value", [
    ("Lakeview BHU declined, no bed. Then Cedar Bluff PHF accepted.", "Lakeview BHU"),
    ("Lakeview BHU declined, no bed. Then Cedar Bluff PHF accepted.", "Cedar Bluff PHF"),
    ("Transfer to Pine Ridge Girls' Residential on Monday.", "Pine Ridge Girls' Residential"),
])
def test_a_facilitys_kind_after_its_name_is_part_of_the_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Placement level authorized: Mental Health Rehabilitation Center (MHRC).", "Mental Health Rehabilitation Center (MHRC)"),
    ("Dana ALF visit done; attends IOP 3 days a week.", "ALF visit"),
    ("Referred for residential treatment after discharge.", "residential treatment"),
    ("Facility ....... Juniper Hollow Recovery Center Residential", "Residential"),
])
def test_a_kind_of_care_with_no_facilitys_name_stays(detector, text, value):
    assert untouched(detector, text, value)


# --- an organisation in lowercase words that spell its own domain in the note (domain_orgs.py) ---

@pytest.mark.parametrize("text,value", [
    ('To: intake@marshhawkbh.org\nnote: "sending her to marsh hawk iop per pt, ok to send"', "marsh hawk"),
    ("Cc: front.desk@tamarackfamilytherapy.com\nshe wants to keep seeing tamarack family therapy after discharge",
     "tamarack family therapy"),
    ("From: billing@northstarhealth.org\nthe north star health office called back today", "north star health"),
])
def test_lowercase_words_that_spell_the_notes_domain_are_its_organisation(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Cc: front.desk@tamarackfamilytherapy.com\nfamily therapy weekly after discharge", "family therapy weekly"),
    ("Email me at dana.ruiz@gmail.com, she goes to the mail room after group.", "mail room"),
    ("Meal train is up: https://www.mealtrain.com/trains/x7k2 for the family", "Meal train"),
])
def test_lowercase_words_that_only_end_a_domain_or_spell_none_stay(detector, text, value):
    assert untouched(detector, text, value)


# --- a quoted nickname glossed as a full name and who the person is (recognizers/aliases.py) ---

@pytest.mark.parametrize("text,value", [
    ('After Gus left, his route went to me and Tank, so I drove nights.   [T: "Tank" = Orrin Tankersley, coworker]', "Tank,"),
    ('"Nan" is Agnes Pell, my grandmother. Nan still calls every Sunday.', "Nan still"),
    ('I asked Bishop about it.  (note: "Bishop" = Delmar Oakes, his sponsor)', "Bishop about"),
])
def test_a_quoted_nickname_glossed_as_a_full_name_names_the_person_everywhere(detector, text, value):
    assert covered(detector, text, value.split()[0].rstrip(","))


def test_a_legends_quoted_word_equal_to_words_is_no_one(detector):
    text = 'Legend: "Yes" = Strongly Agree, "No" = Disagree'
    assert untouched(detector, text, "Yes") and untouched(detector, text, "Strongly Agree")
