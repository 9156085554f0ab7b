"""Forms found in the thirty-third session: a program's printed objects, INI sections, property lists and quoted
fields; handles on a chat export's event lines; people's columns named by a role; a business told by its street; a
landmark with its feature; a device serial after a scale's letters; a day after a document's acronym or named as
somebody's date; a program's name in capitals; a plan named after its label (examples written here)."""
import pytest

from phi_spans import covered, untouched


# --- a program's objects, INI sections, property lists and quoted fields (program_objects.py) ---

@pytest.mark.parametrize("text,value", [
    ("DEBUG payload=Claim{id=CL-1, guarantor=Person{id=77, name='OKONJO, ADAEZE R', relation=SELF}, units=2}",
     "OKONJO, ADAEZE R"),
    ("INFO enrolled Member(memberId='QHX 20931 8841', name='Tobias Wrenfield', plan='Silver')", "QHX 20931 8841"),
    ("INFO enrolled Member(memberId='QHX 20931 8841', name='Tobias Wrenfield', plan='Silver')", "Tobias Wrenfield"),
    ("home=Address{line1='88 Larkspur Ct', line2='Apt 12B', city='Eau Claire', state='WI'}", "Apt 12B"),
    ("Residence(street='4 Quarry Ln', unit='Lot 17', town='Millbury', state='MA')", "Lot 17"),
    ("ERROR validation failed: guarantor.lastName \"Quennell\" exceeds 6 chars", "Quennell"),
    ("WARN policyHolder.memberId 'ZRT 4410 9921' not found at payer", "ZRT 4410 9921"),
])
def test_a_printed_objects_field_is_typed_by_the_object_that_holds_it(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("[Export]\nVersion=3.1\nReviewedBy=mdelacroix\n\n[Patient]\nChart=55-1201\n", "mdelacroix"),
    ("[Audit]\nlast_edited_by=tgrummond\nrows=14\n", "tgrummond"),
    ("[Export]\nApprovedBy=jvoss\nRows=3\n", "jvoss"),
    ("[EmergencyContact]\nName=Pilar Vossberg\nRelation=sister\n", "Pilar Vossberg"),
    ("[Employer]\nName=Tri-County Feed Mill\nPhone=5555550100\n", "Tri-County Feed Mill"),
])
def test_an_ini_sections_name_and_whoever_touched_the_record_are_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("<dict>\n\t<key>created</key><date>2026-01-02T10:00:00Z</date>\n\t<key>location</key><string>Pearl District, Salem</string>\n</dict>",
     "Salem"),
    ("<dict>\n\t<key>place</key><string>Grant St</string>\n\t<key>mood</key><integer>3</integer>\n</dict>", "Grant St"),
    ("<dict>\n\t<key>checkin</key><string>Union Sq</string>\n\t<key>mood</key><integer>2</integer>\n</dict>", "Union Sq"),
])
def test_a_property_lists_place_is_an_address(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("<dict>\n\t<key>place</key><string>Telehealth</string>\n\t<key>mood</key><integer>2</integer>\n</dict>", "Telehealth"),
    ("[Encounter.3]\nCPT=90837\nDx1=F41.1\nMinutes=53\n", "90837"),
    ("[Encounter.3]\nCPT=90837\nDx1=F41.1\nMinutes=53\n", "F41.1"),
    ("subscriber=Subscriber{memberId='XQ 2291 0043', payer='Moda Health'}", "Moda Health"),
    ("payload=Encounter{cpt=90834, units=1, dx='F32.1', minutes=45}", "F32.1"),
])
def test_codes_payers_settings_and_sort_keys_in_program_output_stay(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("key,kind", [
    ("ExportedBy", "NAME"), ("last_edited_by", "NAME"), ("approvedBy", "NAME"), ("orderedBy", "NAME"),
    ("sortedBy", None), ("filteredBy", None), ("partitionedBy", None), ("poweredBy", None), ("standby", None),
])
def test_a_key_naming_who_did_something_holds_a_person_but_a_sort_key_does_not(key, kind):
    from assistant.phi.recognizers.tables import kind_of_key

    assert kind_of_key(key) == kind


# --- handles on a chat export's event lines (chat_events.py) ---

@pytest.mark.parametrize("text,value", [
    ("[19:02:11] moonpie_88 subscribed with Prime\n[19:02:40] moonpie_88: hi all", "moonpie_88"),
    ("[8:14 PM] dj_harlow gifted 5 subs to the community", "dj_harlow"),
    ("[20:03] Kestrel_Mom redeemed \"stretch break\"", "Kestrel_Mom"),
    ("(20:15) kestrel99 joined the channel", "kestrel99"),
    ("[21:00] nightowl_kay was timed out by mod_wren", "nightowl_kay"),
    ("[21:00] nightowl_kay was timed out by mod_wren", "mod_wren"),
    ("[22:10] sunny_vee banned trollkid_77 (spam)", "trollkid_77"),
])
def test_a_handle_on_a_chat_event_line_is_a_person(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("[10:05] Client joined the call\n[10:06] Therapist: welcome back", "Client"),
    ("[10:07] Everyone left the meeting", "Everyone"),
    ("[10:02] Recording started\n[10:03] Host left", "Host"),
])
def test_a_role_or_a_word_on_a_chat_event_line_is_no_one(detector, text, value):
    assert untouched(detector, text, value)


# --- people's columns named by a role (tables.py, data/people_columns.txt) ---

@pytest.mark.parametrize("text,value", [
    ("night | peer | caller | notes\n11/2 | RQD | anon | slept ok\n11/3 | RQD | anon | ok", "RQD"),
    ("| date  | volunteer | guests |\n| 11/4 | TMB       | 12     |\n| 11/5 | Lena P.   | 9      |", "TMB"),
    ("| exam | proctor | room |\n| GED math | HWK | 2B |\n| GED reading | HWK | 2B |", "HWK"),
])
def test_initials_under_a_role_column_are_a_person(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("night | peer | topic\n11/2 | N/A | CBT skills\n11/3 | — | CBT skills", "CBT"),
    ("| date | volunteer | guests |\n| 11/4 | none | 12 |", "none"),
])
def test_an_empty_or_clinical_cell_in_a_role_column_stays(detector, text, value):
    assert untouched(detector, text, value)


# --- a business told by its street, a landmark with its feature (storefronts.py, places.py) ---

@pytest.mark.parametrize("text,value", [
    ("She fills her scripts at the Walgreens on Division St since the move.", "Walgreens on Division St"),
    ("He stopped at a Kroger off Hwy 9 before the session.", "Kroger off Hwy 9"),
    ("Old using spot was behind the Speedway station on 5th near the tracks.", "Speedway station on 5th"),
    ("She works nights at Harlan Hardware on Route 6 and hates it.", "Harlan Hardware on Route 6"),
    ("Panic hit in line at the Marathon on Elmwood, so she left.", "Marathon on Elmwood"),
])
def test_a_business_with_its_street_is_redacted_whole(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("She was on Zoom at 6 and went to the Kroger on Tuesday.", "Kroger"),
    ("Went to the Medicaid office on Main St to renew.", "Medicaid"),
    ("Started Zoloft on Monday; no side effects.", "Zoloft"),
    ("GAD-7 = 9. Works at Brannock & Sons Roofing with his uncle.", "Works at"),
])
def test_a_brand_a_payer_or_a_drug_on_a_day_stays(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text", [
    "Referred to the Council on Aging for meals at home.",
    "She joined the Group on Grief that meets weekly.",
    "Her cousin studies at the Institute on Aging downtown.",
])
def test_a_body_named_for_its_topic_is_no_business_on_a_street(text):
    from assistant.phi.recognizers.storefronts import find_storefronts

    assert find_storefronts(text) == []


@pytest.mark.parametrize("text,value", [
    ("They walked to the Cedar Run Park pavilion after group.", "Cedar Run Park pavilion"),
    ("We fished at the Baker Lake fishing pier last summer.", "Baker Lake fishing pier"),
    ("His truck was found near the Hodges Dam spillway at dawn.", "Hodges Dam spillway"),
])
def test_a_landmark_and_its_feature_are_one_place(detector, text, value):
    assert covered(detector, text, value)


def test_a_feature_without_a_named_landmark_stays(detector):
    assert untouched(detector, "He likes to sit at the boat launch and think.", "boat launch")


# --- a device serial after letters a scale also has (keep.py) ---

@pytest.mark.parametrize("text,value", [
    ("Loaner unit GAD-0031877 came back on time.", "GAD-0031877"),
    ("The monitor (unit PHQ-0099812) was swapped.", "PHQ-0099812"),
    ("Tablet asset MAT-0071234 issued to client.", "MAT-0071234"),
])
def test_a_serial_after_a_scales_letters_is_redacted_whole(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Signed SSA-827 today; PHQ-9 = 14.", "PHQ-9 = 14"),
    ("BDI-II = 22 and the Y-BOCS total 19 today.", "BDI-II = 22"),
    ("GAD-7 = 11 and CAM-ICU negative.", "CAM-ICU"),
])
def test_a_scale_or_a_forms_number_stays(detector, text, value):
    assert untouched(detector, text, value)


# --- a day after a document's acronym, or named as somebody's date (dates.py, named_days.py) ---

@pytest.mark.parametrize("text,value", [
    ("Quarterly MDS 3/22 shows weight loss of 6 lb.", "3/22"),
    ("PASRR 6/18 completed before the transfer.", "6/18"),
    ("BSP 5/20 revised after the incident.", "5/20"),
    ("Goals reviewed at ISP 4/12 with guardian.", "4/12"),
])
def test_a_day_after_a_documents_acronym_is_a_date(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Cognition: MoCA 24/30, SLUMS 21/30 last month.", "24/30"),
    ("BIMS 9/15 on admission.", "9/15"),
])
def test_a_scales_fraction_stays(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("She said 3/2 was her sober date and she keeps the chip.", "3/2"),
    ("Asked about meetings: \"my clean date is 11-30, almost a year.\"", "11-30"),
    ("He mentioned his birthday is 6.14 so the family will visit.", "6.14"),
    ("\"6-21 is our anniversary,\" she said.", "6-21"),
])
def test_a_short_day_named_as_somebodys_date_is_a_date(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("\"4-9 is my range on a bad night,\" he said of drinks.", "4-9"),
    ("2-3 is my usual number of cups.", "2-3"),
    ("Score 4-9 is the date range the scale covers.", "4-9"),
])
def test_a_range_that_is_no_date_stays(detector, text, value):
    assert untouched(detector, text, value)


# --- a program's name in capitals, by its address or by what it is (org_shapes.py) ---

@pytest.mark.parametrize("text,value", [
    ("COPPER KETTLE YARN · 18 Mill Rd, Dover, NH 03820\nReceipt", "COPPER KETTLE YARN"),
    ("BLUE HERON peer respite · guest log\nGuest arrived 9 pm.", "BLUE HERON"),
    ("OPEN DOOR food pantry — volunteer sign-in\n11/2 12 guests", "OPEN DOOR"),
])
def test_a_programs_name_in_capitals_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("SAFETY PLAN crisis line numbers\nCall 988 any time.", "SAFETY PLAN"),
    ("Mailing Address · 12 Oak St, Dover", "Mailing Address"),
    ("DISCHARGE RESOURCES food pantry list\nSee attached.", "DISCHARGE RESOURCES"),
    ("Dunmore Valley Gas Co. | Member Services | 12 Pike St, Dunmore PA 18512", "Member Services"),
])
def test_a_headings_own_words_name_no_program(detector, text, value):
    assert untouched(detector, text, value)


# --- a plan named after its label (plan_names.py) ---

@pytest.mark.parametrize("text,value", [
    ("Plan Saint Brendan's Medicare Advantage Plus · member SB-4471022", "Saint Brendan's Medicare Advantage Plus"),
    ("Plan Pike's Landing Senior Advantage (PPO) · ID PL-99102", "Pike's Landing Senior Advantage (PPO)"),
    ("Payer  Harbor Crest Senior Advantage (HMO)   ID HCX-2291044", "Harbor Crest Senior Advantage (HMO)"),
])
def test_a_plan_named_after_its_label_is_kept(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Plan Saint Brendan's Medicare Advantage Plus · member SB-4471022", "SB-4471022"),
    ("Plan: Jerome Pike will drive her to the next session.", "Jerome Pike"),
])
def test_the_member_id_and_a_treatment_plans_people_are_still_redacted(detector, text, value):
    assert covered(detector, text, value)
