"""Organisations, places, ids and precision from the twenty-sixth blind set (examples written here, never the set's):
a document's machinery is not PHI (code keys of a JSON or vCard export, a field label opening its line, a toll-free
number, a state's code between a town and its ZIP, a capitals form phrase, HL7 codes, an insurer's own P.O. box,
national organisations), while grouped vCard addresses, JSON location records, a member ID's alpha prefix, a
spaced VA file number, a unit in a form's capitals and a park's lowercase head are redacted whole."""
from __future__ import annotations

import pytest

from assistant.phi.guard import check_outbound
from assistant.errors import RedactionError
from assistant.phi.not_phi import drop_machinery
from assistant.phi.redact import find_spans
from assistant.records import PhiSpan
from phi_spans import covered, untouched


# --- code keys: camelCase, capitals with underscores, JSON keys, vCard property names -------------------------------

@pytest.mark.parametrize("text, key", [
    ('{"visitStart": "2023-05-02", "placeType": "TYPE_UNKNOWN", "client": "Odalys Fenwick"}', "visitStart"),
    ('{"activitySegment": {"travelMode": "WALKING_SLOW", "who": "Bertil Okonjo"}}', "travelMode"),
    ('{"checkinWindow": "EVENING_SHIFT", "member": "Priya Vandersloot"}', "EVENING_SHIFT"),
    ('{"semanticLabel": "MEDIUM_TRUST", "owner": "Caspian Thorvald"}', "semanticLabel"),
])
def test_code_keys_and_enum_values_of_an_export_are_not_redacted(detector, text, key):
    assert untouched(detector, text, key)


@pytest.mark.parametrize("text, name", [
    ('{"visitStart": "2023-05-02", "client": "Odalys Fenwick"}', "Odalys Fenwick"),
    ('login aria_wren77 used by Bertil Okonjo', "aria_wren77"),
    ('{"semanticLabel": "MEDIUM_TRUST", "owner": "Caspian Thorvald"}', "Caspian Thorvald"),
])
def test_values_beside_code_keys_and_lowercase_logins_stay_redacted(detector, text, name):
    assert covered(detector, text, name)


_CARD = ("BEGIN:VCARD\nVERSION:3.0\nPRODID:-//Vendor Inc.//Phone OS 16//EN\nN:Quillfeather;Marisol;;;\n"
         "FN:Marisol Quillfeather\nitem1.TEL;type=CELL;type=pref:+1 (603) 555-0172\n"
         "item2.ADR;type=HOME;type=pref:;;17 Juniper Knoll;Tallow Springs;NH;03287;United States\n"
         "item3.X-ABRELATEDNAMES:Dmitri\nitem3.X-ABLabel:_$!<Partner>!$_\nEND:VCARD\n")


@pytest.mark.parametrize("key", ["PRODID", "item1", "X-ABRELATEDNAMES", "X-ABLabel", "type=pref"])
def test_vcard_property_names_are_not_redacted(detector, key):
    assert untouched(detector, _CARD, key)


@pytest.mark.parametrize("value", ["Quillfeather", "17 Juniper Knoll", "Tallow Springs", "03287", "603) 555-0172"])
def test_a_grouped_vcard_address_and_name_are_redacted(detector, value):
    assert covered(detector, _CARD, value)


# --- labels opening a line ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, label", [
    ("Roll:\n- Odalys F. present\n- Bertil O. absent", "Roll"),
    ("Facilitator: Marisol Quillfeather, LCSW\nTopic: sleep hygiene", "Facilitator"),
    ("Witness .............. Caspian Thorvald", "Witness"),
    ("## Billing\n- auth pending for Priya Vandersloot", "Billing"),
])
def test_a_label_word_opening_its_line_is_not_redacted(detector, text, label):
    assert untouched(detector, text, label)


@pytest.mark.parametrize("text, name", [
    ("Client Rose Hallett, 34.\nRose: I don't want to go back there.\nTherapist: What happens?", "Rose"),
    ("Facilitator: Marisol Quillfeather, LCSW\nTopic: sleep hygiene", "Marisol Quillfeather"),
    ("Grace Whitlock attended with her son.\nGrace: he never calls me back.", "Grace"),
])
def test_a_speaker_named_at_the_start_of_a_line_stays_redacted(detector, text, name):
    at = text.rindex(name)  # the last time it is written: the speaker's label, when there is one
    spans = find_spans([text], detector)[0]
    assert all(any(s.start <= k < s.end for s in spans) for k in range(at, at + len(name)))


@pytest.mark.parametrize("text, word", [
    ("Session with Tom Baker and his sister.\nBaker: she never calls me back.", "Baker"),
    ("Met Ruth Shepherd at the door.\nShepherd: I brought the forms.", "Shepherd"),
    ("Family: Lena Marsh, Owen Marsh.\nMarsh: we disagree about curfew.", "Marsh"),
])
def test_a_label_like_word_that_is_part_of_a_full_name_in_the_note_is_not_dropped(detector, text, word):
    at = text.rindex(word)
    full = text.index(word) - 1 - len(text[:text.index(word) - 1].split()[-1])
    spans = [PhiSpan(full, text.index(word) + len(word), "NAME", 0.9, "test"), PhiSpan(at, at + len(word), "NAME", 0.9, "test")]
    assert len(drop_machinery(text, spans, detector.vocabulary)) == 2


@pytest.mark.parametrize("text, word", [
    ("Her husband is in rehab after a fall; she visits daily.", "rehab"),
    ("He has been staying at the shelter since March.", "shelter"),
    ("They met in detox two years ago.", "detox"),
])
def test_a_lowercase_common_noun_is_not_a_place(detector, text, word):
    assert untouched(detector, text, word)


# --- toll-free numbers, states between a town and its ZIP, insurers' boxes ---------------------------------------------

@pytest.mark.parametrize("text, number", [
    ("Call the plan's nurse line at 1-800-555-0199 any time.", "1-800-555-0199"),
    ("Prior auth: (877) 555-0143, option 3.", "(877) 555-0143"),
    ("Customer Service 888.555.0120 | Mon-Fri", "888.555.0120"),
])
def test_toll_free_numbers_are_kept_and_pass_the_guard(detector, text, number):
    assert untouched(detector, text, number)
    check_outbound(number)


@pytest.mark.parametrize("text, number", [
    ("Client's cell 603-555-0172, leave a message.", "603-555-0172"),
    ("Mother: (415) 555-0188", "(415) 555-0188"),
    ("Fax 1-802-555-0163 attn intake", "802-555-0163"),
])
def test_ordinary_phone_numbers_stay_redacted_and_are_refused(detector, text, number):
    assert covered(detector, text, number)
    with pytest.raises(RedactionError):
        check_outbound(f"call {number}")


@pytest.mark.parametrize("text, town, state, zipcode", [
    ("Home: 41 Sorrel Way, Tallow Springs NH 03287", "Tallow Springs", "NH", "03287"),
    ("Mail to 9 Quarry Ln, Apt 2, Bexley Falls, OH 43209 please", "Bexley Falls", "OH", "43209"),
    ("Lives at 220 Birch Row, Pennock Mill GA 30013 with her aunt.", "Pennock Mill", "GA", "30013"),
])
def test_a_state_code_between_a_town_and_its_zip_is_not_redacted(detector, text, town, state, zipcode):
    assert covered(detector, text, town) and covered(detector, text, zipcode)
    assert untouched(detector, text, f" {state} ") or untouched(detector, text, state)


@pytest.mark.parametrize("text, street", [
    ("Office: 1011 Larkspur Ave NE, Suite 900, Tallow Springs", "1011 Larkspur Ave NE"),
    ("Home 455 Quillon Rd NE, Apt 3C", "455 Quillon Rd NE"),
    ("She lives at 72 Cobb Loop NE now.", "72 Cobb Loop NE"),
])
def test_a_streets_quadrant_stays_inside_the_address(detector, text, street):
    assert covered(detector, text, street)


@pytest.mark.parametrize("text, box", [
    ("Providers: file claims with your local plan. Mail to P.O. Box 44120, Dayton OH 45401-4120", "P.O. Box 44120"),
    ("Appeals: Aetna, PO Box 14079, Lexington KY 40512", "PO Box 14079"),
    ("IN1|1|HP01|HPX|Fidelis Care|PO BOX 2200^^ALBANY^NY^12201||(800)555-0100|G7|", "PO BOX 2200"),
])
def test_an_insurers_own_po_box_is_not_redacted(detector, text, box):
    assert untouched(detector, text, box)


@pytest.mark.parametrize("text, box", [
    ("Mailing address: PO Box 61, Kettle Ridge SD 57552", "PO Box 61"),
    ("Client receives mail at P.O. Box 3317, Huron Bend.", "P.O. Box 3317"),
    ("Send the records to her PO Box 902 in Marlow Heights.", "PO Box 902"),
])
def test_a_clients_po_box_stays_redacted(detector, text, box):
    assert covered(detector, text, box)


# --- capitals form phrases, HL7 codes, date formats, national organisations ----------------------------------------------

@pytest.mark.parametrize("text, phrase", [
    ("NOTICE OF RIGHTS - PROTECTION FROM LOSS OF BENEFITS\nClient: Odalys Fenwick", "PROTECTION FROM LOSS OF BENEFITS"),
    ("26. TYPE OF SEPARATION ........ RELEASE FROM ACTIVE DUTY", "RELEASE FROM ACTIVE DUTY"),
    ("ESTIMATE OF EXPECTED CHARGES\nFOR ITEMS AND SERVICES BILLED SEPARATELY", "FOR ITEMS AND SERVICES"),
])
def test_a_capitals_form_phrase_is_not_an_organisation(detector, text, phrase):
    assert untouched(detector, text, phrase)


@pytest.mark.parametrize("text, org", [
    ("Referred by SIGNS OF WELLNESS COUNSELING in Tallow Springs.", "SIGNS OF WELLNESS COUNSELING"),
    ("Employer: QUILLFEATHER FAMILY SERVICES", "QUILLFEATHER FAMILY SERVICES"),
    ("Letterhead: HOUSE OF HOPE RECOVERY CENTER, Bexley Falls", "HOUSE OF HOPE RECOVERY CENTER"),
])
def test_a_capitals_organisation_name_stays_redacted(detector, text, org):
    assert covered(detector, text, org)


_HL7 = ("MSH|^~\\&|EHR|NORTHSIDE|BH|CLINIC|20240301||ORU^R01|M100|P|2.5.1\n"
        "PID|1||MR5544^^^EHR^MR||QUILLFEATHER^MARISOL||19900412|F||2054-5^Black^CDCREC|\n"
        "OBX|1|NM|44261-6^PHQ-9 total score^LN||14|{score}|\nOBX|2|NM|70274-6^GAD-7 total score^LN||9|\n")


@pytest.mark.parametrize("code", ["44261-6", "70274-6", "2054-5", "CDCREC"])
def test_hl7_coded_elements_are_not_redacted(detector, code):
    assert untouched(detector, _HL7, code)


@pytest.mark.parametrize("value", ["QUILLFEATHER", "19900412", "MR5544"])
def test_hl7_identifiers_beside_the_codes_stay_redacted(detector, value):
    assert covered(detector, _HL7, value)


@pytest.mark.parametrize("text, fmt", [
    ("5. DATE OF BIRTH (YYYYMMDD) ........ 19900412", "YYYYMMDD"),
    ("Enter the date as MM/DD/YYYY below.", "MM/DD/YYYY"),
    ("Format: DD-MM-YY", "DD-MM-YY"),
])
def test_a_date_format_written_as_letters_is_not_redacted(detector, text, fmt):
    assert untouched(detector, text, fmt)


@pytest.mark.parametrize("text, org", [
    ("In lieu of flowers, gifts to the American Red Cross.", "American Red Cross"),
    ("He volunteers with the Rotary Club on Saturdays.", "Rotary Club"),
    ("Paid with her Mastercard; the Venmo charge bounced.", "Mastercard"),
    ("Eligibility verified through Availity this morning.", "Availity"),
    ("C. INSURER   The Hartford   claim no. pending", "The Hartford"),
])
def test_national_organisations_and_insurers_are_kept(detector, text, org):
    assert untouched(detector, text, org)


# --- recall: JSON location records, ID prefixes, spaced file numbers, units, parks ----------------------------------------

_TAKEOUT = ('{ "placeVisit": { "location": { "latitudeE7": 421234567, "longitudeE7": -851234567,\n'
            '  "name": "Dunmore Feed & Supply", "address": "4410 US-131 S, Kettle Ridge, MI 49659, USA" } } }')


@pytest.mark.parametrize("value", ["Dunmore Feed & Supply", "4410 US-131 S", "Kettle Ridge", "49659"])
def test_a_json_location_records_place_and_address_are_redacted(detector, value):
    assert covered(detector, _TAKEOUT, value)


@pytest.mark.parametrize("value", ["MI", "USA", "latitudeE7"])
def test_a_json_location_records_state_country_and_keys_are_not(detector, value):
    assert untouched(detector, _TAKEOUT, value)


@pytest.mark.parametrize("text, value", [
    ("Identification No QRB 44120098\nGroup 0091", "QRB 44120098"),
    ("Member ID: ZXK 77310284  Plan PPO", "ZXK 77310284"),
    ("Subscriber # WJM 552018837", "WJM 552018837"),
])
def test_a_member_ids_alpha_prefix_belongs_to_the_id(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Veteran: Tomas Reyes   VA file no. C 28 117 406", "C 28 117 406"),
    ("claim file # K 17 220 418 remains open", "K 17 220 418"),
    ("File number: D 41 903 225 (regional office)", "D 41 903 225"),
])
def test_a_spaced_file_number_with_its_letter_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, unit", [
    ("LAST DUTY ASSIGNMENT  C CO 1-502 IN  FORSCOM", "C CO 1-502 IN"),
    ("Assigned to A BTRY 2-320 FA at the time.", "A BTRY 2-320 FA"),
    ("Unit: D TRP 3-61 CAV", "D TRP 3-61 CAV"),
])
def test_an_army_unit_written_in_a_forms_capitals_is_redacted(detector, text, unit):
    assert covered(detector, text, unit)


@pytest.mark.parametrize("text, park", [
    ("They moved to Willow Bend mobile home park last spring.", "Willow Bend mobile home park"),
    ("Address: lot 14 (Shady Acres trailer park)", "Shady Acres trailer park"),
    ("Still living at Cedar Gap RV park with her son.", "Cedar Gap RV park"),
])
def test_a_named_park_with_a_lowercase_head_is_redacted_whole(detector, text, park):
    assert covered(detector, text, park)


@pytest.mark.parametrize("text, route", [
    ("PHQ-9 = 14, GAD-7 = 9 at intake.", "PHQ-9"),
    ("PCL-5 of 51 on 2/3.", "PCL-5"),
    ("Repeat the CORE-10 next month.", "CORE-10"),
])
def test_measures_shaped_like_routes_are_still_kept(detector, text, route):
    assert untouched(detector, text, route)


# --- dictation: towns and businesses in all-lowercase lines --------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("okay so she moved back to schenectady in june and hates the commute period", "schenectady"),
    ("note for today comma he works nights at the blue heron diner and sleeps days period", "blue heron diner"),
    ("plan colon refer to doctor amsel at lakeview family practice for the thyroid labs period", "lakeview family practice"),
    ("she grew up in bowling green and still drives back most weekends period", "bowling green"),
    ("i spoke with the nurse at saint brendan about the bus schedule comma no change period", "saint brendan"),
    ("her new address is in schenectady period s c h e n e c t a d y period thanks", "s c h e n e c t a d y"),
    ("he transferred from st agnes to the public school in the fall period", "st agnes"),
])
def test_a_town_or_business_said_in_lowercase_dictation_is_redacted(detector, text, place):
    assert covered(detector, text, place)


@pytest.mark.parametrize("text, words", [
    ("she stopped at the local bakery and then the corner store on the way home period", "local bakery"),
    ("he was in reading group at school and liked it comma mom says period", "reading"),
    ("picked up the refill at the pharmacy near home and went to the gym after period", "the pharmacy"),
    ("the plan is to go to st the bus stop and then walk home with her brother period", "st the"),
    ("she spelled it out as a b c d for the kids during the game period", "a b c d"),
])
def test_everyday_places_in_lowercase_dictation_are_not_redacted(detector, text, words):
    assert untouched(detector, text, words)


# --- calendar invitations, numbered labels, organisation names starting with The -------------------------------------

_INVITE = ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Intake\n"
           "ORGANIZER;CN=Marisol Quillfeather:mailto:mq@example.org\n"
           "ATTENDEE;CN=\"Bertil Okonjo, LCSW\";ROLE=REQ-PARTICIPANT:mailto:bo@example.org\nEND:VEVENT\nEND:VCALENDAR\n")


@pytest.mark.parametrize("name", ["Marisol Quillfeather", "Bertil Okonjo"])
def test_a_calendar_attendees_name_in_its_parameter_stays_redacted(detector, name):
    assert covered(detector, _INVITE, name)


@pytest.mark.parametrize("key", ["ORGANIZER", "ATTENDEE", "ROLE=REQ-PARTICIPANT"])
def test_calendar_property_names_are_not_redacted(detector, key):
    assert untouched(detector, _INVITE, key)


@pytest.mark.parametrize("text, room", [
    ("Notes by room:\n- Rm 214: Odalys F. settled quickly.", "Rm 214"),
    ("Bed check:\n- Rm 305: OKAFOR Tunde, quiet night", "Rm 305"),
    ("Check-in by room:\n- Rm 3B: Bertil O. asleep\nRm 117: Priya V. awake", "Rm 117"),
])
def test_a_numbered_room_opening_its_line_is_not_taken_for_a_label(detector, text, room):
    assert covered(detector, text, room)


@pytest.mark.parametrize("text, org", [
    ("THE LANTERN YOUTH DROP-IN -- INTAKE FORM\nName: Odalys Fenwick", "THE LANTERN YOUTH DROP-IN"),
    ("Referred by THE HARBOR OF GRACE HOUSE in Bexley Falls.", "THE HARBOR OF GRACE HOUSE"),
    ("She attends THE MEADOW FOR GIRLS SCHOOL on weekdays.", "THE MEADOW FOR GIRLS SCHOOL"),
])
def test_a_capitals_organisation_name_beginning_with_the_stays_redacted(detector, text, org):
    assert covered(detector, text, org)
