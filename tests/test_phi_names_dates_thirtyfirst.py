"""PHI classes of people, dates and licences from the thirty-first round, examples written here (three or more per
class, and shapes that must stay untouched):
- a name found once is found again right after an editor's mark ("[-Rosalind", "{+Rosalind+}"), never inside a
  compound of words ("Office-Based");
- a given name cut to its first letters ("Beckett" -> "Beck") is the person, even when no name list knows the short
  form; "Beck" as the scale's or the model's name stays;
- a part of a double-barrelled surname ("Okafor-Dunn") names the person alone, in a search log's lowercase too;
- a full name with a quoted nickname in it is found again in lowercase, and a lowercase name may end with a full stop;
- a name set out letter by letter ("W H I T C O M B E") and first names set in a gapped row beside a name found;
- dates with Danish, Norwegian, Finnish, Baltic and Hungarian months ("14. marts 2025", "3. mars");
- a month/day after an event and its target ("intake target 2/3"); a goal's fraction ("target 4/5") stays;
- the last four of an SSN or an account under a "last 4" label, for several people on one line;
- a licence in its board's own shape after the state ("OH PSY.7318", "OH I.0923114"); a plate after a state does not
  grow over the credential after it ("WA 40221 MD");
- initials of a form's reviewer ("QR: TG", "Checked by: TLW") and lowercase initials of a person named on the line;
- a weekday of another language before its date ("jue, 16 ene 2025") is no name, "Sam, 14," still is one.
"""
from __future__ import annotations

import pytest

from assistant.phi.redact import find_spans
from phi_spans import covered, untouched


def covered_after(detector, text: str, marker: str, value: str) -> bool:
    """Every non-space character of the first occurrence of value after marker is redacted."""
    start = text.index(value, text.index(marker) + len(marker))
    spans = find_spans([text], detector)[0]
    return all(any(s.start <= k < s.end for s in spans) for k in range(start, start + len(value)) if not text[k].isspace())


@pytest.mark.parametrize("text, marker, value", [
    ("RE: Rosalind T. Oyelaran\nMy client, Rosalind Oyelaran, is in care. [-Rosalind was hurt in May-] and", "care.", "Rosalind"),
    ("Client: Thaddeus Mworia-Kent\n{+Thaddeus+} meets criteria; [-Thaddeus reported-]", "{+Thaddeus+}", "Thaddeus"),
    ("Pt: Clementine Arrowood, LCSW note.\nEdit: (-Clementine asked to remove this)", "Edit:", "Clementine"),
])
def test_a_name_after_an_editors_mark_is_found_again(detector, text, marker, value):
    assert covered_after(detector, text, marker, value)


@pytest.mark.parametrize("text, value", [
    ("Client: Faith Morrow\nShe attends an inter-Faith youth group.", "inter-Faith"),
    ("Client: Dawn Pruitt\nShe wakes pre-Dawn most days.", "pre-Dawn"),
    ("Client: Summer Hale\nPlans for a Mid-Summer trip.", "Mid-Summer"),
])
def test_a_name_inside_a_compound_of_words_stays(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, marker, value", [
    ("Applicant name: Beckett Orion Farnsby\n[note] Beck asked that the form be sent today.", "[note]", "Beck"),
    ("Client: Thaddeus Quill-Ormond, DOB 2/2/2001\nThad said the week went well.", "2001", "Thad"),
    ("Student: Evangelina Marsh-Otieno\nEvan came in tearful after practice.", "Otieno", "Evan"),
])
def test_a_clipped_given_name_is_the_person(detector, text, marker, value):
    assert covered_after(detector, text, marker, value)


@pytest.mark.parametrize("text, value", [
    ("Client: Beckett Farnsby\nWe reviewed Beck's cognitive triad together.", "Beck's cognitive"),
    ("Client: Beckett Farnsby\nScreened with the Beck Depression Inventory-II today.", "Beck Depression Inventory"),
    ("Client: Granville Ostrowski\nGran picked him up after school.", "Gran picked"),
])
def test_a_scale_or_a_relation_is_no_clipped_name(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, marker, value", [
    ('Client Nkemdirim "Kemi" Halloran-Duvessa reported the access.\nGET /portal/search?q=duvessa HTTP/1.1', "GET", "duvessa"),
    ("Patient: Ingrid Tolliver-Mbeki\nLater Ms. Mbeki called back.", "Later", "Mbeki"),
    ("Referred by Consuelo Diaz-Farrow, MSW\nFarrow faxed the records.", "MSW", "Farrow"),
])
def test_a_part_of_a_double_barrelled_surname_names_the_person(detector, text, marker, value):
    assert covered_after(detector, text, marker, value)


@pytest.mark.parametrize("text, marker, value", [
    ('New client Rosamund "Roz" Kettering, DOB 1/2/1990.\n[21:10] roz: rosamund kettering, please text', "[21:10]", "rosamund kettering"),
    ('Client: Evangeline "Vangie" Mortlake\nlog: spoke w/ evangeline mortlake re billing', "log:", "evangeline mortlake"),
    ("[08:02] guest: hi\n[08:03] guest: priya vantongeren. 555-0131\nIntake: Priya Vantongeren", "[08:03]", "priya vantongeren"),
])
def test_a_known_name_in_lowercase_is_found_again(detector, text, marker, value):
    assert covered_after(detector, text, marker, value)


@pytest.mark.parametrize("text, value", [
    ("Purchaser: Adaeze Whitcombe\n\n        W H I T C O M B E\n\n        SAMUEL", "W H I T C O M B E"),
    ("BANNER (cut in vinyl):   O S T R O W I C Z   F A M I L Y   REUNION", "O S T R O W I C Z"),
    ("Client: Odalys Ferreira\n      F E R R E I R A      memorial bench plaque", "F E R R E I R A"),
])
def test_a_name_spelled_out_letter_by_letter_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("C O N F I D E N T I A L   --   do not copy", "C O N F I D E N T I A L"),
    ("Options:  A B C D E  (circle one)", "A B C D E"),
    ("Answers:  Y N N Y  on the screen", "Y N N Y"),
])
def test_spaced_letters_that_spell_a_word_or_a_list_stay(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Purchaser: Adaeze Whitcombe\n                  LEONARD          ADAEZE\n", "LEONARD"),
    ("Client: Ifeoma Nwachukwu-Brandt\n      MARGARET        IFEOMA       \n", "MARGARET"),
    ("Family of Chidinma Okwuosa:\n   Chidinma      Harold      Bernadette\n", "Harold"),
])
def test_first_names_set_in_a_row_beside_a_name_are_names(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Kontaktdato / Contact date: 14. marts 2025   Type: home visit", "14. marts 2025"),
    ("Hun flyttede ind den 2. marts. Feels lonely.", "2. marts"),
    ("Käynti: 14. maaliskuuta 2025 (Helsinki)", "14. maaliskuuta 2025"),
    ("Ankomst 3. mars, etter ferien.", "3. mars"),
    ("Vizit: 2025. március 14-én, kontroll március 21", "március 21"),
])
def test_dates_with_nordic_baltic_and_hungarian_months_are_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Plan: IOP intake target 2/3; weekly individual until then.", "2/3"),
    ("Discharge goal: 6/14 if sleep holds.", "6/14"),
    ("Return-to-work target date 5/1, half days.", "5/1"),
])
def test_an_events_target_day_is_a_date(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Goal: accurate labelling, target 4/5 correct.", "4/5"),
    ("Mastery target 8/10 trials before moving on.", "8/10"),
    ("Homework completion (target 3/4) this month.", "3/4"),
])
def test_a_goals_fraction_stays(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    (" SSN (last 4): self 6619   daughter 2204   father (see card)", "2204"),
    ("Last four of SS#: 4471 (client), 0938 (mother).", "0938"),
    ("Social Security (last four): 8127; income verified.", "8127"),
])
def test_ssn_last_four_under_a_last_four_label_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("SSN last 4 on file since 2019, verified at intake.", "2019"),
    ("Attended the last 4 sessions of 2024 group.", "2024"),
    ("SSN (last 4): declined; 12 sessions approved.", "12 sessions"),
])
def test_a_last_four_label_without_its_digits_takes_nothing(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Psychologist: Miriam Tolliver-Esposito, PhD, OH PSY.7318", "PSY.7318"),
    ("Rhonda Platt, LISW-S, OH I.0923114 (supervisor)", "I.0923114"),
    ("Clinician: Owen Lark, LMFT, CA LMFT.104421", "LMFT.104421"),
])
def test_a_licence_in_its_boards_shape_after_the_state_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Psychiatrist: Lena Okoro, license WA 40221 MD", "MD"),
    ("Consulting psychiatrist Lena Okoro, MD, WA 40221 MD agreed.", "MD agreed"),
    ("Supervisor license OR 7781 LPC, on file.", "LPC, on"),
])
def test_a_credential_after_a_licence_number_is_not_taken_as_a_plate(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Preparer: H. Begay   PTIN P01447293    QR: TG", "TG"),
    ("Checked by: TLW on intake.", "TLW"),
    ("Verified by: DMR   Date: 3/4/2025", "DMR"),
    ("Issued by: M. Dorsey, School Counselor   (note from md: ok w/ ROI on file)", "md"),
    ("Seen by Tara Wells, LPC. Plan per tw, weekly.", "tw"),
])
def test_reviewer_and_signing_initials_are_redacted(detector, text, value):
    assert covered_after(detector, text, ":" if value.isupper() else ",", value)


@pytest.mark.parametrize("text, value", [
    ("QR code: scan it at the front desk.", "QR code"),
    ("Seen by Tara Wells, LPC. Meds from md.", "md."),
    ("Received by: fax, 3 pages.", "fax"),
])
def test_labels_and_abbreviations_without_a_person_stay(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Fecha / Date: jue, 16 ene 2025, 10:41", "jue"),
    ("Envoyé : ven. 3 mars 2025 09:12", "ven"),
    ("Gesendet: Mo., 14. April 2025", "Mo"),
])
def test_a_weekday_of_another_language_before_a_date_is_no_name(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Client: Sam Oduya. Sam, 14, was seen with his mother.", "Sam, 14"),
    ("Client: Dom Reyes\nDom 3/4 called back.", "Dom 3/4"),
    ("Sibling: Jue Lin; Jue 12 ans.", "Jue 12"),
])
def test_a_given_name_before_a_number_is_still_a_name(detector, text, value):
    start = text.index(value)
    spans = find_spans([text], detector)[0]
    assert any(s.start <= start < s.end for s in spans)
