"""Classes of name, date, age, licence and plate leaks from the twenty-seventh blind set (examples written here):
a GEDCOM family tree's tagged lines, a DNA match list's surname column, a payment export's From/To columns, the other
party of a caption, a found name written with OCR look-alike digits, a name written again in another script, a
surname named as a family's (also in Spanish, Portuguese and French), a role then a double dash then a name, lowercase
initials signing with a credential after a comma, letters glossed as a person, a lowercase given name speaking in a
quote; a date after a hyphenated check-in or a signer's initials, a day repeated in a note, Solar Hijri and
Persian-digit dates; an age with a contracted verb or told as an estimate; a plate after a comma; a licence after
"no." in lowercase or after a profession told in words. And what must stay for each rule that could over-fire."""
from __future__ import annotations

import pytest

from assistant.phi.redact import find_spans
from phi_spans import covered, untouched

_GEDCOM = ("0 HEAD\n1 CHAR UTF-8\n0 @I1@ INDI\n1 NAME Anna Greet /van Dijk/\n2 NICK Annie\n1 BIRT\n2 DATE 3 MAR 1961\n"
           "2 PLAC Akron, Summit, Ohio, USA\n1 RESI\n2 ADDR 12 Elm St\n3 CITY Akron\n3 STAE OH\n3 POST 44301\n"
           "0 @I2@ INDI\n1 NAME Pieter /Strand/\n2 _MARNM Joy\n1 OCCU teacher\n0 TRLR\n")


@pytest.mark.parametrize("value", ["Anna Greet /van Dijk/", "Annie", "Pieter /Strand/", "Joy", "44301", "Summit"])
def test_a_gedcom_files_tagged_values_are_redacted(detector, value):
    assert covered(detector, _GEDCOM, value)


@pytest.mark.parametrize("value", ["Ohio, USA", "OCCU teacher", "STAE OH"])
def test_a_gedcom_files_states_countries_and_tags_stay(detector, value):
    assert untouched(detector, _GEDCOM, value)


def test_gedcom_tags_outside_a_gedcom_file_read_as_prose(detector):
    assert untouched(detector, "Step 1 NAME the feeling; step 2 PLAC it in the body.", "the feeling")


_MATCHES = ('Match,Relationship,Shared DNA,Surnames in Tree,Side\n"A. Koski",Cousin,120 cM,"Lind; Berge",Maternal\n'
            '"R. Moss",Uncle,1800 cM,"Young / Van Dyke",Paternal\n')


@pytest.mark.parametrize("value", ["Lind", "Berge", "Young", "Van Dyke"])
def test_each_surname_in_a_surname_column_is_a_name(detector, value):
    assert covered(detector, _MATCHES, value)


@pytest.mark.parametrize("value", ["Maternal", "Paternal", "Cousin"])
def test_other_columns_of_a_match_list_stay(detector, value):
    assert untouched(detector, _MATCHES, value)


_PAYMENTS = (",ID,Datetime,Type,From,To,Amount (total)\n,111,2025-01-03,Payment,Rory Vance,Quinn Ashby,- 20.00\n"
             ",112,2025-01-04,Payment,Rory Vance,KW ✔,- 10.00\n,113,2025-01-05,Charge,Home,School,- 5.00\n"
             ",114,2025-01-06,Payment,Walmart,Rory Vance,+ 5.00\n")


@pytest.mark.parametrize("value", ["KW", "Quinn Ashby", "Rory Vance"])
def test_a_payment_exports_parties_are_names(detector, value):
    assert covered(detector, _PAYMENTS, value)


@pytest.mark.parametrize("value", ["Home", "School", "Walmart"])
def test_a_payment_exports_places_and_shops_stay(detector, value):
    assert untouched(detector, _PAYMENTS, value)


@pytest.mark.parametrize("text, value", [
    ("Re: Declaration of Nullity -- KOWALCZYK / DESROSIERS\n\nDear Ms. Kowalczyk,", "DESROSIERS"),
    ("In Petrakis v. Lindqvist the court ruled. Mrs. Petrakis attended.", "Lindqvist"),
    ("Custody file: Mr. Marchetti & Oyelowo, joint hearing.", "Oyelowo"),
])
def test_the_other_party_of_a_caption_is_a_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Mr. Bode / PHQ-9 reviewed at intake.", "PHQ-9"),
    ("Ruth Anders and Spanish class both on Tuesday.", "Spanish"),
    ("Ms. Tamsin Ravel / Brown bag lunch group.", "Brown"),
    ("Ms. Tamsin Ravel, Member FINRA/SIPC, called.", "SIPC"),
    ('Photo on the back reads "Bea Lindqvist + Gran, Xmas".', "Gran"),
])
def test_a_word_after_a_name_and_a_slash_stays(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Your current name   Dana R. 0konjo-Platt     SSN\nI have treated Ms. Okonjo-Platt since 2021.", "0konjo-Platt"),
    ("Mr. Hollis called at noon. Later Ho1lis said he was fine.", "Ho1lis"),
    ("Ms. Teodora Kowalski attended. T. Kowa1ski signed the form.", "Kowa1ski"),
])
def test_a_found_name_written_with_ocr_look_alikes_is_redacted(detector, text, value):
    assert covered(detector, text, value)


def test_digits_alone_are_no_look_alike_of_a_short_name(detector):
    assert untouched(detector, "Seen with Io Marsh today; took ~10 tablets of 25 mg.", "10")


@pytest.mark.parametrize("text, value", [
    ("Principal applicant: محمد نصیر رحیمی / Mohammad Nasir Rahimi", "محمد نصیر رحیمی"),
    ("| فرزانه Farzana Rahimi | wife |", "فرزانه"),
    ("Олег Ткаченко (Oleh Tkachenko) attended with his wife.", "Олег Ткаченко"),
])
def test_a_name_written_again_in_another_script_is_a_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ('He said "خواب ندارم" (no sleep) to the group.', "خواب ندارم"),
    ("Effect size α = 0.05 in the manual.", "α"),
    ("The word надежда means hope to her.", "надежда"),
    ("Корвалол 30 капель на ночь (OTC) per her daughter.", "капель на ночь"),
])
def test_other_script_words_beside_no_name_stay(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Please pray for the Ortega family this week.", "Ortega"),
    ("3. Por la familia Quintanilla -- el hermano perdió su trabajo.", "Quintanilla"),
    ("Nous prions pour la famille Dupuis-Morel.", "Dupuis-Morel"),
])
def test_a_surname_named_as_a_familys_is_a_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("She joined the Blended family workshop last spring.", "Blended"),
    ("We discussed how the Korean family ideal shaped her.", "Korean"),
    ("Habló de la familia extensa y del apoyo.", "extensa"),
])
def test_a_kind_of_family_stays(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("[and the night nurse -- Joy? check]", "Joy"),
    ("her sister -- Faith -- drove her home", "Faith"),
    ("the coach -- Grant -- benched him twice", "Grant"),
])
def test_a_name_after_a_role_and_a_double_dash_is_a_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("the nurse -- not sure who -- called back", "not sure"),
    ("my sister -- she is older -- helps out", "she is older"),
    ("the teacher -- a sub -- sent him out", "a sub"),
])
def test_an_aside_after_a_role_and_a_double_dash_stays(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("clinic addendum (mw, MA): pt aware of plan.", "mw"),
    ("GA weekly. ins on file.\n-- kp, lmhc", "kp"),
    ("note reviewed by rt, LPC before filing", "rt"),
])
def test_lowercase_initials_signing_with_a_credential_after_a_comma_are_a_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("love you, ma. thx, ma", "thx"),
    ("pt, MA resident since 2019", "pt"),
    ("ok, lmhc notes are due friday", "ok"),
])
def test_words_before_a_credential_like_word_stay(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("lost 300 again. tj = guy from work at the shop.", "tj"),
    ("KB = her sponsor; call if relapse.", "KB"),
    ("dre: cousin on dad's side, lends money", "dre"),
])
def test_letters_glossed_as_a_person_are_a_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("pt: mother present for first half", "pt"),
    ("note: friend came along to the session", "note"),
    ("sx = anxiety, mostly evenings", "sx"),
    ("POA: son, reachable evenings", "POA"),
])
def test_labels_before_a_relation_word_stay(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ('"lily keeps asking why we moved" -- daughter, 5.', "lily"),
    ('She read me the text: "marco said no way".', "marco"),
    ('Her son wrote "ezra told me to hide it".', "ezra"),
])
def test_a_lowercase_given_name_speaking_in_a_quote_is_a_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ('"mom keeps asking when I eat"', "mom"),
    ('"will said he would call"', "will"),
    ('"hope is gone" she wrote', "hope"),
])
def test_ordinary_words_opening_a_quote_stay(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Plan: extra 30-minute check-in 4/29 after the hearing.", "4/29"),
    ("Pt agrees to plan.  -- JMK 3/6", "3/6"),
    ("Walk-in 5/27 went fine; she checked-in 6/2 too.", "5/27"),
])
def test_a_month_and_day_after_a_check_in_or_a_signers_initials_is_a_date(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Report filed on 3/10.\nThe 3/10 video shows him at the door.", "3/10"),
    ("Court on 4/9. He is dreading 4/9 more than anything.", "4/9"),
    ("Moved out on 2/10; since 2/10 no contact.", "2/10"),
])
def test_a_day_written_as_a_date_once_is_a_date_where_it_is_written_again(detector, text, value):
    second = text.index(value, text.index(value) + 1)
    spans = find_spans([text], detector)[0]
    assert any(s.start <= second and s.end >= second + len(value) for s in spans)


@pytest.mark.parametrize("text, value", [
    ("Seen on 3/10. Pain 3/10 today, down from 6.", "3/10 today"),
    ("SUDS 3/6 after exposure.", "3/6"),
    ("CGI 3/7 at the last visit.", "3/7"),
])
def test_ratings_stay_even_beside_dates(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Date: ۱۴۰۳/۱۱/۱۵ (02/03/2025)", "۱۴۰۳/۱۱/۱۵"),
    ("DOB: 1361/06/21 in the household register", "1361/06/21"),
    ("arrived ۲۰۲۴/۰۸/۱۲ at the airport", "۲۰۲۴/۰۸/۱۲"),
])
def test_solar_hijri_and_persian_digit_dates_are_dates(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("she's 93 so they want her in a wheelchair", "93"),
    ("Grandpa's 91 now and still drives to church.", "91"),
    ("His mother, Gul (Bibi Gul, about 92), stayed behind.", "92"),
])
def test_an_age_with_a_contracted_verb_or_as_an_estimate_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Medicare's 90-day window closes soon.", "90"),
    ("she's 90 minutes away by bus", "90"),
    ("mood (about 92%) better this week", "92"),
])
def test_numbers_after_a_possessive_that_count_things_stay(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("A neighbor got the plate, 418 HBD, and called it in.", "418 HBD"),
    ("The plate was 7KD 2219 on a blue sedan.", "7KD 2219"),
    ("tag reads 5JX 220 per the lot attendant", "5JX 220"),
])
def test_a_plate_after_a_comma_or_a_verb_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("I ate off a plate, 12 mins later felt sick", "12"),
    ("the plate was 2 inches wide", "2 inches"),
    ("a hot plate, 450 degrees", "450"),
])
def test_a_plate_that_is_a_dish_stays(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Clinician: Tennessee LCSW no. 4410, treating since 2022.", "4410"),
    ("Signed - Ana Ruiz, PhD, TX psychologist 37715 -- Oak Counseling", "37715"),
    ("Reviewed by Psychologist #6612 at the clinic.", "6612"),
])
def test_a_licence_after_lowercase_no_or_a_profession_in_words_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Ohio licensed psychologist 2019 graduate of the program", "2019"),
    ("TX psychologist 90837 billed for the visit", "90837"),
    ("the psychologist 3 times last month", "3"),
])
def test_years_and_codes_after_a_profession_stay(detector, text, value):
    assert untouched(detector, text, value)
