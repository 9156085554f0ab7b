"""Classes of name, date, age, licence and plate leaks from the twenty-sixth blind set (examples written here):
dictation (a name spelled letter by letter, a licence read out in letters and number words, a name the speaker
corrects, a spoken honorific before a lowercase surname, two lowercase given names, a title before an initial), log
and card shapes (a caller ID surname first in capitals, "SURNAME, GIVEN" whose surname is a word, a newborn's name,
a name set off after a person noun, staff by shift, a quoted short form after the full name, a guestbook byline,
staff initials in an action column, a greeting before a lowercase name), a name named by a cue in a line of another
language, a partial plate, ages said in the first person or in Haitian Creole, a range of days in a month, a Creole
date, a list of two month/day dates. And what must stay for each rule that could over-fire."""
from __future__ import annotations

import pytest

from phi_spans import covered, untouched


@pytest.mark.parametrize("text, value", [
    ("new client is priya venkataraman that's v e n k a t a r a m a n period", "v e n k a t a r a m a n"),
    ("last name spelled O-S-T-R-O-W-S-K-I per the intake call", "O-S-T-R-O-W-S-K-I"),
    ("her son goes by tobiah, spelling t o b i a h, age nine", "t o b i a h"),
])
def test_a_name_spelled_out_after_a_spelling_cue_is_a_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("we did c b t and d b t skills today period", "c b t"),
    ("p h q nine was fourteen comma down from eighteen", "p h q"),
    ("that's a lot of homework comma she said", "a lot"),
])
def test_spelled_letters_with_no_spelling_cue_stay(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value, kind", [
    ("signed r. delacroix l p c license number l p c four oh two seven one okay", "l p c four oh two seven one", "LICENSE"),
    ("his licence no. is k j eight eight three one nine", "k j eight eight three one nine", "LICENSE"),
    ("her plate is t r w five five one two", "t r w five five one two", "VEHICLE"),
])
def test_an_identifier_read_out_in_letters_and_number_words_is_redacted(detector, text, value, kind):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("her license was suspended for one year after the dui", "suspended for one year"),
    ("the plate of food sat there for two hours", "for two hours"),
])
def test_words_after_a_licence_or_plate_word_stay_when_they_are_no_spoken_id(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("she called her sister jo and bell no jo anabel about the rent", "jo and bell"),
    ("he saw the pastor mister fenwick no mister fennimore after church", "fennimore"),
    ("met with sam ruell sorry sam ruelle and the kids", "sam ruell"),
])
def test_a_name_the_speaker_corrects_is_redacted_in_both_versions(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("take the white pill no the yellow pill at night", "white pill"),
    ("she said monday no monday is a holiday so tuesday", "monday no"),
    ("mark it down no mark them as late", "mark them"),
])
def test_a_repeated_word_after_no_that_heads_no_name_stays(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("the principal mrs brewer called her at work about the fight", "brewer"),
    ("then madam josette pierre came to the door", "josette pierre"),
    ("i told mister baker the meeting moved", "baker"),
])
def test_a_spoken_honorific_before_a_lowercase_surname_names_them(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("the mister said nothing and left", "mister said"),
    ("she asked madam chair to adjourn", "chair"),
    ("the mrs will call back tomorrow", "will call"),
])
def test_a_spoken_title_before_an_ordinary_word_stays(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("progress note for ana beatriz soto comma she reports", "ana beatriz"),
    ("called dot marisol back about the forms", "dot marisol"),
    ("we will miss you. rest easy mrs q", "q"),
])
def test_lowercase_given_names_and_a_title_before_an_initial_are_names(detector, text, value):
    assert covered(detector, text, value) if len(value) > 1 else _last_letter_covered(detector, text)


def _last_letter_covered(detector, text):
    from assistant.phi.redact import find_spans
    return any(s.start <= len(text) - 1 < s.end for s in find_spans([text], detector)[0])


@pytest.mark.parametrize("text, value", [
    ("2 | Mon 3/3 9:02 AM | HALVORSEN GRETA 617-555-0144 | 1:10 |", "HALVORSEN GRETA"),
    ("  4. FOX, BRAYDEN        M   DOB 2/2/2016", "FOX, BRAYDEN"),
    ("== CRIB CARD ==\nBABY BOY OYELARAN-BECK   bed 4", "BABY BOY OYELARAN-BECK"),
])
def test_names_in_capitals_surname_first_or_newborn_form_are_names(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("PHQ-9 TOTAL SCORE 14 on intake", "TOTAL SCORE"),
    ("NOTE, DANA: see the attached plan", "NOTE"),
    ("Re: SUMMARY, JAYDEN ATTENDED ALL GROUPS", "SUMMARY"),
])
def test_capitals_that_are_headings_or_words_stay(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("A ninth-grader, Colby, has been posting about him.", "Colby"),
    ("Her roommate, Ximena, found the pills.", "Ximena"),
    ("Primary RN days Marisol / nights Bo", "Bo"),
])
def test_a_name_set_off_after_a_person_or_by_shift_is_a_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("A classmate, However, was not involved.", "However"),
    ("Her friend, Mostly, stays out of it.", "Mostly"),
    ("RN days Monday through Friday", "Monday"),
])
def test_an_ordinary_word_after_a_person_noun_or_shift_stays(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ('Benedetta Fairchild ("Ben") was seen today.', "Ben"),
    ("GUESTBOOK\nlou & marty okonjo - dunmore - Feb 3\n  we miss her", "marty okonjo"),
    ("3 | Tue | -> JQR for records; RQ faxed the release", "JQR"),
    ("3 | Tue | -> JQR for records; RQ faxed the release", "RQ"),
    ("[9:15 AM] Ketly: bonjou roselaure. m ap rele w demen", "roselaure"),
])
def test_short_forms_bylines_staff_initials_and_greetings_are_names(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("ER called at 3 pm about the transfer", "ER"),
    ("-> IOP for step-down next week", "IOP"),
    ("hi everyone, the group starts at six", "everyone"),
])
def test_acronyms_and_greetings_to_everyone_stay(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Suspect drove off in a blue pickup, partial plate 7KD. Nobody hurt.", "7KD"),
    ("Witness saw a partial tag JHT 4 on the van.", "JHT 4"),
    ("first three of the plate were RXM according to the clerk", "RXM"),
])
def test_a_partial_plate_is_a_vehicle_identifier(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("VM: I'm 93 and my daughter does the driving now.", "93"),
    ("he says i'll be 91 in june, don't forget", "91"),
    ("manman li ki gen 94 an rete lakay", "94"),
])
def test_an_age_over_89_said_in_the_first_person_or_in_creole_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("I'm 90 percent sure the refill went in.", "90"),
    ("i'll be 95 minutes late", "95"),
    ("it cost 90 an hour", "90"),
])
def test_a_number_after_i_am_that_is_no_age_stays(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Expect a hard week 14-20 June (the anniversary of the crash).", "14-20 June"),
    ("Respite stay booked August 4-8, then home.", "August 4-8"),
    ("randevou a jedi 22 me a 3è", "22 me"),
    ("li fèt 9 desanm 2014", "9 desanm 2014"),
    ("seen in clinic on 4/7 and 4/10 for the crisis follow-up", "4/10"),
])
def test_ranges_creole_dates_and_listed_month_days_are_dates(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("call 13 me back when you can", "13 me"),
    ("pain 3/10 and 4/10 by evening", "4/10"),
    ("sessions 2-3 weekly as needed", "2-3"),
])
def test_look_alike_dates_stay(detector, text, value):
    assert untouched(detector, text, value)


def test_a_person_a_cue_named_stays_named_in_lowercase_in_a_line_of_another_language(detector):
    text = ("[6:15 PM] Ketly: madam roosevelt jean-baptiste pa vle al lekol ankò\n"
            "[6:16 PM] Ketly: direktè a rele m, li di roosevelt kache nan twalèt la chak jou")
    start = text.index("roosevelt kache")
    from assistant.phi.redact import find_spans
    spans = find_spans([text], detector)[0]
    assert any(s.start <= start < s.end for s in spans)


@pytest.mark.parametrize("text, value", [
    ("i'm at my sister's and brody took the keys again", "brody"),
    ("um. then jolene called me crying at two", "jolene"),
    ("she was fine until kieran left for the base", "kieran"),
])
def test_a_lowercase_given_name_doing_something_in_a_transcript_is_a_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("and nobody said a word about it", "nobody"),
    ("then everyone left early", "everyone"),
    ("and grace said the prayer before dinner", "grace"),
])
def test_a_lowercase_subject_that_is_no_rare_given_name_stays(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Dependents   01 ANA R   02 lVAN R", "lVAN R"),
    ("MEMBER lSAIAH MORENO-DIAZ   ID 0049", "lSAIAH"),
    ("Dependent 03 lSLA K   DOB on file", "lSLA K"),
])
def test_a_capital_i_scanned_as_a_small_l_in_a_given_name_is_a_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("lOL that was funny", "lOL"),
    ("set lIMIT to 5", "lIMIT"),
    ("the lTEM list", "lTEM"),
])
def test_a_small_l_before_capitals_that_spell_no_given_name_stays(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ('"left the cup out" -> SMS to the parent on file', "SMS"),
    ("uncle -- HD confirmed by genetic test", "HD"),
    ("CHW to call in one week about housing", "CHW"),
])
def test_an_arrow_or_action_after_a_service_or_diagnosis_acronym_names_nobody(detector, text, value):
    assert untouched(detector, text, value)
