"""Rosters, records and fields found in the thirty-fifth session: initials keyed to a given name on a rota or a sign-in
card (and spread into the grid of days), a congregation known by its street, a business branch named for its town and
a person placed in a town, a hospital in capitals ending in "REGIONAL", the employee-number, name and plate columns of a
space-aligned roster, a worker's code, an age before a form's next field, payees of transfers and a card's dotted last
digits, people inside file names, a list of children by age, a name again in capitals, a lowercase initial, legal aid
offices, a burial plot cut short; and, for precision, an acronym's compound adjective and a questionnaire's version,
lines wrapped inside a capitalised paragraph, and the words around a value (labels, camel-case keys, an identifier's
label and mask, a state's name, a title cut short). Examples written here."""
import pytest

from phi_spans import covered, untouched


# --- initials keyed to a given name (recognizers/keyed_initials.py) ---

_ROTA = ("          MON     TUE     WED     THU\n"
         "  AM      TJ      RP      ??      TJ\n"
         "  PM      RP      DW      TJ      DW\n\n"
         "  DRIVER       CAR                 CELL\n"
         "  TJ Tanya     red Kia Soul        608-555-0141\n"
         "  RP Rosalind  grey Ford Escape    608-555-0142\n"
         "  DW = Dwayne  white Honda Pilot   608-555-0143\n")
_CARD = ("DATE   MEETING        CHAIR (print / init)   TOPIC\n"
         "3/4    Early Birds    Shane / SV             step 1\n"
         "3/6    Living Sober   Annette K. / AK        gratitude\n"
         "3/9    Big Book       Gus / GP               step 3\n")


@pytest.mark.parametrize("text,value", [
    (_ROTA, "TJ Tanya"), (_ROTA, "RP Rosalind"), (_ROTA, "DW"), (_ROTA, "Dwayne"),
    (_CARD, "SV"), (_CARD, "AK"), (_CARD, "GP"), (_CARD, "Gus"),
])
def test_initials_keyed_to_a_given_name_are_that_person(detector, text, value):
    assert covered(detector, text, value)


def test_keyed_initials_are_redacted_in_the_grid_of_days_too(detector):
    grid = _ROTA.split("\n\n")[0]
    for value in ("TJ      RP", "RP      DW", "DW      TJ"):
        assert covered(detector, _ROTA, value), value
    assert "AM" in grid and untouched(detector, _ROTA, "AM") and untouched(detector, _ROTA, "PM")


@pytest.mark.parametrize("text,value", [
    ("  AM Kerry takes the boys; PM Dad picks up.", "AM"),
    ("Switched from Sertraline / SSRI class to bupropion.", "SSRI"),
    ("  CA Tanya moved last spring", "CA"),
])
def test_capitals_beside_a_name_they_do_not_open_stay(detector, text, value):
    assert untouched(detector, text, value)


# --- a congregation's street (recognizers/church_streets.py, data/congregation_words.txt) ---

@pytest.mark.parametrize("text,value", [
    ("Meets Tuesdays at St. Wenceslas on Dodge, room 2.", "St. Wenceslas on Dodge"),
    ("She sings at First Baptist on Main and volunteers there.", "First Baptist on Main"),
    ("Sponsor found at the Holy Trinity Lutheran on Grand Ave meeting.", "Holy Trinity Lutheran on Grand"),
])
def test_a_congregation_takes_the_street_it_is_known_by(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Goes to St. Agnes on Sundays with her aunt.", "on Sundays"),
    ("Grace Lutheran Church on Zoom during the storm.", "on Zoom"),
    ("Attends Bethel Chapel on Fridays only.", "on Fridays"),
])
def test_a_day_or_a_platform_after_a_congregation_is_no_street(detector, text, value):
    assert untouched(detector, text, value)


# --- a branch named for its town; a person in a town (recognizers/town_cues.py) ---

@pytest.mark.parametrize("text,value", [
    ("MALMQUIST FLORAL OF FARGO   22 Broadway", "MALMQUIST FLORAL OF FARGO"),
    ("Invoice: TVEDTEN CHEVROLET OF MOORHEAD, service dept", "TVEDTEN CHEVROLET OF MOORHEAD"),
    ("Paid KOWALCZYK BAKERY OF HAMTRAMCK by card.", "KOWALCZYK BAKERY OF HAMTRAMCK"),
])
def test_a_branch_in_capitals_named_for_its_town_is_an_organisation(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("CITY OF FARGO - NOTICE OF WATER SHUTOFF", "CITY OF FARGO"),
    ("Please read the NOTICE OF PRIVACY PRACTICES before signing.", "NOTICE OF PRIVACY PRACTICES"),
    ("BOARD OF DULUTH REALTORS newsletter", "BOARD OF DULUTH"),
])
def test_a_public_body_or_a_heading_with_of_stays(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Her brother Nils in Superior checks on her daily.", "Superior"),
    ("Son Derek in Mobile sends money when he can.", "Mobile"),
    ("Cousin Ruth in Reading has the dog now.", "Reading"),
])
def test_a_town_right_after_a_given_name_and_in_is_where_they_live(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Asked Rose in Spanish about the refill.", "Spanish"),
    ("Discussed superior performance in Reading class.", "Reading"),
    ("Ana in Group said little today.", "Group"),
])
def test_a_month_or_a_word_after_in_stays(detector, text, value):
    assert untouched(detector, text, value)


# --- a hospital in capitals called by its town and "REGIONAL" (orgs.py) ---

@pytest.mark.parametrize("text,value", [
    ("| SANFORD BEMIDJI REGIONAL - 3 EAST   CARE PLAN |", "SANFORD BEMIDJI REGIONAL"),
    ("Transferred from ST. CLOUD REGIONAL on 4/2.", "CLOUD REGIONAL"),
    ("WRISTBAND: TORVIK VALLEY REGIONAL", "TORVIK VALLEY REGIONAL"),
])
def test_a_hospital_in_capitals_ending_in_regional_is_an_organisation(detector, text, value):
    assert covered(detector, text, value)


def test_a_regional_director_is_no_hospital(detector):
    assert untouched(detector, "Met with the Midwest Regional Director of the program.", "Regional Director")


# --- a space-aligned roster's employee numbers, names and plates (aligned.py, roster_cells.py) ---

_SHIFTS = ("EMP#  NAME          STN     MON    TUE    WED\n"
           "2231  Rafe          line    OFF    7-3    7-3\n"
           "2240  Odalys P.     prep    6-2    OFF    6-2\n"
           "2252  Tovah Kline   dish    5-CL   5-CL   OFF\n")
_LOT = ("  DRIVER       CAR                 PLATE       PHONE\n"
        "  Corinne      blue Subaru Forester  CORGI2     715-555-0190\n"
        "  Abdi         black Camry          KTR-4471    715-555-0191\n")
_MEDS = ("Name          Dose     Route   Freq\n"
         "Sertraline    50 mg    PO      daily\n"
         "Lithium       300 mg   PO      BID\n")


@pytest.mark.parametrize("text,value", [
    (_SHIFTS, "2231"), (_SHIFTS, "2252"), (_SHIFTS, "Rafe"), (_SHIFTS, "Odalys P."), (_SHIFTS, "Tovah Kline"),
    (_LOT, "CORGI2"), (_LOT, "KTR-4471"), (_LOT, "Abdi"),
])
def test_a_rosters_number_name_and_plate_columns_are_typed(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    (_MEDS, "Sertraline"), (_MEDS, "Lithium"), (_SHIFTS, "line"), (_SHIFTS, "OFF"),
])
def test_a_medication_table_name_column_and_a_rosters_codes_stay(detector, text, value):
    assert untouched(detector, text, value)


# --- a worker's code after the worker's word (recognizers/staff_codes.py) ---

@pytest.mark.parametrize("text,value", [
    ("Monitor: Lucia Brandt (staff LV-2207)", "LV-2207"),
    ("Badge swipe by employee 10472 at the back door.", "10472"),
    ("Bath given by aide NA-0931 at 0600.", "NA-0931"),
])
def test_a_code_after_a_workers_word_is_an_identifier(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("The staff 2024 retreat was cancelled.", "2024"),
    ("Unit had 12 staff on nights.", "12"),
    ("employee 3 of 40 in the survey", "3"),
])
def test_a_year_or_a_count_after_a_workers_word_stays(detector, text, value):
    assert untouched(detector, text, value)


# --- an age before a form's next field (ages.py) ---

@pytest.mark.parametrize("text,value", [
    ("Client: Hazel Okonkwo, 93   DOB 02/11/1933", "93"),
    ("Resident: Arvid Lund, 101    Room 14", "101"),
    ("Pt: Ines Carvalho, 90\tMRN 44812", "90"),
])
def test_an_old_age_after_a_name_before_the_next_field_is_redacted(detector, text, value):
    assert covered(detector, text, value)


def test_a_score_after_a_comma_before_a_field_stays(detector):
    assert untouched(detector, "MoCA, 26   GDS 4", "26")


# --- payees of transfers, a card's dotted last digits (recognizers/payees.py) ---

@pytest.mark.parametrize("text,value", [
    ("<NAME>ZELLE TO BRANDT KYLE<MEMO>rent", "BRANDT KYLE"),
    ("10/03  VENMO PAYMENT FROM IRIS OKAFOR  REF 88213", "IRIS OKAFOR"),
    ("Cash App*DEVON W  -15.00", "DEVON W"),
    ("<NAME>ZELLE TO BRANDT KYLE<MEMO>x\n<NAME>WIRE OUT<MEMO>K BRANDT per phone", "K BRANDT"),
    ("Card on file: AMEX ...1009", "1009"),
    ("paid with Mastercard ..0913 at the desk", "0913"),
])
def test_a_transfers_payee_and_a_dotted_cards_digits_are_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("10/06  ONLINE TRANSFER TO CHECKING 4471", "CHECKING"),
    ("See page ...2020 of the manual.", "2020"),
    ("Zelle limit raised to 2500.00 yesterday.", "Zelle limit"),
])
def test_a_banks_own_words_and_dotted_numbers_elsewhere_stay(detector, text, value):
    assert untouched(detector, text, value)


# --- people inside file names (recognizers/file_name_people.py, grow.py) ---

@pytest.mark.parametrize("text,value", [
    ("| Intake_ABERNATHY-Lou_082291_PHQ9.pdf | 4 |", "ABERNATHY-Lou"),
    ("Sent ROI_KOWALSKI_signed.pdf to the school.", "KOWALSKI"),
    ("Printed DischSumm_Thibodeaux_R_final.docx twice.", "Thibodeaux_R"),
    ("Scanned SSNcard_OYELARAN_6620.pdf by mistake.", "6620"),
])
def test_a_persons_name_inside_a_file_name_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Uploaded Progress_Note_Final_v2.docx to the portal.", "Progress_Note_Final_v2"),
    ("See PHQ9_GAD7_Scores_Q3.xlsx for the totals.", "PHQ9_GAD7_Scores_Q3"),
    ("| Intake_ABERNATHY-Lou_082291_PHQ9.pdf | 4 |", "Intake_"),
])
def test_a_file_names_document_words_stay(detector, text, value):
    assert untouched(detector, text, value)


# --- a list of children by age (recognizers/brief_people.py) ---

@pytest.mark.parametrize("text,value", [
    ("KIDS\n  Ash (5): bath at 7.\n  Wren (8): reads till 8:30.\n", "Ash"),
    ("- Rowan (4): nap at 1\n- Juniper (9): soccer Sat\n", "Rowan"),
    ("Juno (11): asthma inhaler in backpack\nMaya (7): no nuts\n", "Juno"),
])
def test_a_childs_row_by_name_and_age_is_a_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Steps (3): call, text, wait.\nGrade (5): reading level.\n", "Steps"),
    ("Grade (5): reading level.\nRose (7): swim lessons.\n", "Grade"),
    ("Items (2): keys, phone.", "Items"),
])
def test_a_word_heading_a_counted_row_stays(detector, text, value):
    assert untouched(detector, text, value)


# --- a name written again in capitals (caps_names.py); a lowercase initial (lower_initials.py) ---

@pytest.mark.parametrize("text,value", [
    ("Wren (8) is asleep.\n\nWREN'S WORRY PLAN", "WREN"),
    ("Call Oriana first.\nORIANA'S MEDS: none", "ORIANA"),
    ("Tavish was seen.\nSAFETY PLAN FOR TAVISH", "TAVISH"),
])
def test_a_known_name_in_capitals_is_redacted(detector, text, value):
    assert covered(detector, text, value)


def test_a_common_word_name_in_capitals_stays_unless_it_owns_something(detector):
    text = "Client: Hope Lindqvist\nHOPE BOX: photos, cards, the playlist."
    assert untouched(detector, text, "HOPE BOX")
    assert covered(detector, "Client: Hope Lindqvist\nHOPE'S PLAN: walk daily.", "HOPE'S"[:4])


@pytest.mark.parametrize("text,value", [
    ("scratch, keisha 12/01\n\nk. airdropped 3 pics to the office", "k."),
    ("call w/ marisol today. m. says the landlord came back", "m."),
    ("notes on dasha: d. brought her sister this time", "d."),
])
def test_a_lowercase_initial_of_a_lowercase_name_is_that_person(detector, text, value):
    assert covered(detector, text, value)


def test_a_lettered_list_is_no_initial(detector):
    text = "todo for intake w/ keisha\nj. consent signed\nk. roi for school\nl. fee sheet\n"
    assert untouched(detector, text, "k. roi")


# --- legal aid offices (data/org_heads.txt); a burial plot cut short (recognizers/plots.py) ---

@pytest.mark.parametrize("text,value", [
    ("Referred to Prairie Valley Legal Aid for the lease.", "Prairie Valley Legal Aid"),
    ("Case with Three Rivers Legal Services since May.", "Three Rivers Legal Services"),
    ("Files go to Kenai Peninsula Legal Aid Society only.", "Kenai Peninsula Legal Aid Society"),
    ("deliver to Oakwood Cemetery, sect. 12, lot 40", "sect. 12, lot 40"),
    ("buried at Elmhurst, SECTION C, PLOT 9", "SECTION C, PLOT 9"),
    ("her plot: sec. 4, grave 2", "sec. 4, grave 2"),
])
def test_a_legal_aid_office_and_a_plot_cut_short_are_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("She called legal aid about the lease.", "legal aid"),
    ("Parked in row 3, space 12 of the garage.", "row 3, space 12"),
    ("See section 4, block 2 of the statute.", "section 4, block 2"),
])
def test_legal_aid_in_lowercase_a_car_park_and_a_statute_stay(detector, text, value):
    assert untouched(detector, text, value)


# --- an acronym's compound adjective, a questionnaire's version (acronym_compounds.py, keep.py) ---

@pytest.mark.parametrize("text,value", [
    ("Holding these as BDD-related depressive symptoms.", "BDD-related"),
    ("Week 3 of PTSD-focused work; DBT-informed skills group.", "PTSD-focused"),
    ("Likely SSRI-induced activation; ADHD-type inattention.", "SSRI-induced"),
    ("BDDQ-DV positive on 11/09; SCDQ-R pending.", "BDDQ-DV"),
    ("PBSQ-SF completed at intake.", "PBSQ-SF"),
])
def test_an_acronyms_compound_and_a_questionnaires_version_are_kept(detector, text, value):
    assert untouched(detector, text, value)


# --- a line wrapped inside a capitalised paragraph (recognizers/backstop.py) ---

@pytest.mark.parametrize("text,value", [
    ("H1. Body dysmorphic disorder (F45.22).\n    for:  checks mirrors about 3 h a day, including a 10x magnifying\n"
     "          mirror; extracting with a comedone tool most nights", "comedone"),
    ("Tried retinol and a clay mask; stopped the\n  dermaroller pen after it bled", "dermaroller"),
    ("Uses the C-PAP nightly with the humidifier and a\n  nasopillow mask since June", "nasopillow"),
])
def test_a_wrapped_lines_rare_word_is_no_name(detector, text, value):
    assert untouched(detector, text, value)


def test_a_lowercase_thread_still_reads_names(detector):
    text = "texts from mom:\nwhere r u\nat jaylens house with tamika"
    assert covered(detector, text, "tamika")


# --- the words around a value (field_words.py, data/id_labels.txt) ---

@pytest.mark.parametrize("text,value", [
    ("Surgeon: Ada Brandt, MD     Evaluator: Linnea Sorensen", "Evaluator"),
    ("Sig: every 4 weeks   Facilitator: Jo Benavides", "Facilitator"),
    ("[x] Asst. Public Defender: Marcus Delisle", "Asst."),
    ("Case No. 2026CV0311     Div. 15", "Div."),
    ("Sentencing before Hon. Beatrice Van Tongeren.", "Hon."),
    ("[Canon]         InternalSerialNumber  : LH0478211", "InternalSerialNumber"),
    ("(0008,0090) ReferringPhysicianName: Ruiz^Ana", "ReferringPhysicianName"),
    ("[Composite]     GPSAltitude           : 198.4 m", "GPSAltitude"),
    ("Medicare MBI 4TQ9-HM2-KX71", "MBI"),
    ("DEA AB1234563; VIN 1HGCM82633A004352", "VIN"),
    ("principal SSN xxx-xx-6620, member 448120", "xxx-xx-"),
    ("Oregon LMFT License No. T1078", "Oregon"),
])
def test_labels_keys_masks_and_states_around_a_value_stay(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Surgeon: Ada Brandt, MD     Evaluator: Linnea Sorensen", "Linnea Sorensen"),
    ("[Canon]         InternalSerialNumber  : LH0478211", "LH0478211"),
    ("Medicare MBI 4TQ9-HM2-KX71", "4TQ9-HM2-KX71"),
    ("principal SSN xxx-xx-6620, member 448120", "6620"),
    ("Pt met with DeShawn MacLeod today.", "DeShawn MacLeod"),
    ("Georgia Pruitt (mother) called about the refill.", "Georgia Pruitt"),
    ("Spoke with Tom Baker.\nBaker: agreed to come Friday.", "Tom Baker"),
])
def test_the_value_a_joined_name_and_a_given_name_that_is_a_state_stay_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Sent: Thursday, November 19, 2026 9:47 PM", "9:47 PM"),
    ('"start": "2026-11-17T08:02:11.4Z"', "T08:02:11.4Z"),
    ("CheckIn 12/01/2026 15:30:12 kiosk 2", "15:30:12"),
    ("[System] FileModifyDate : 2026:11:29 23:48:02-05:00", "23:48:02-05:00"),
    ("WHY YOU WERE IN THE HOSPITAL", "WHY YOU WERE IN THE HOSPITAL"),
    ("RISK: WEAPONS IN VEHICLE (denied)", "WEAPONS IN VEHICLE"),
    ("CHILDREN IN HER CARE: 2 (ages 4, 9)", "CHILDREN IN HER CARE"),
])
def test_a_dates_time_of_day_and_a_sentence_in_capitals_stay(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Sent: Thursday, November 19, 2026 9:47 PM", "November 19, 2026"),
    ('"start": "2026-11-17T08:02:11.4Z"', "2026-11-17"),
    ("birthday party in Gig Harbor: the cake, the cousins", "Gig Harbor"),
    ("SENT TO HALVORSEN FLORAL FOR REVIEW", "HALVORSEN FLORAL"),
    ("Enrolled at THE MAPLEWOOD SCHOOL FOR GIRLS since June.", "MAPLEWOOD SCHOOL FOR GIRLS"),
    ("Gamertag: QuietRiverFox, plays most nights", "QuietRiverFox"),
    ("Thu 4/9 at the annex", "4/9"),
])
def test_the_date_a_place_before_a_colon_in_prose_a_school_and_a_handle_stay_redacted(detector, text, value):
    assert covered(detector, text, value)


def test_initials_that_spell_an_identifiers_label_stay_a_person_before_a_short_number(detector):
    from assistant.phi.redact import find_spans

    text = "Given by: Dana Lund (DL)\n11/19   11:58  5 mg   DL   12     came with a friend"
    at = text.index("DL   12")
    assert any(s.start <= at and at + 2 <= s.end for s in find_spans([text], detector)[0])


@pytest.mark.parametrize("text,value", [
    ("Services were held at Busch Funeral Home, Parma. Donations welcome.", "Parma"),
    ("Subscriber DOB field saves as 1985-11-09T00:00 in UTC.", "1985-11-09T00:00"),
    ("  [00:13:05] D-RAY: Oh man.\n  [00:19:30] BREE: I know.", "D-RAY"),
    ("Attachments:\n  - delacroix_renee_superbill_err.png (212 KB)", "delacroix_renee"),
    ("I am writing on behalf of my client, Ms. Hope Vander-\nwaal, whom I have treated since May.", "waal"),
    ("Discussed with R. Keane.\n02/11/25  | little+mom  | home  | no fights since jan. wants to keep big.  | rke", "rke"),
])
def test_a_town_a_whole_timestamp_a_speaker_a_lowercase_file_name_and_a_broken_name_stay_redacted(detector, text, value):
    assert covered(detector, text, value)


def test_a_word_broken_across_a_line_end_is_read_whole(detector):
    text = "Ms. Vance has been in treatment since 03/05/2024 for obses-\nsive-compulsive disorder (F42.2), with good insight."
    assert untouched(detector, text, "sive-compulsive")
