"""Classes of name, date, age and vehicle leaks from the thirty-second blind set (examples written here): a person in a
"who did it" field in lowercase or as bare initials, a given name opening a margin note after an arrow, a gloss with
words before its "guy", a nickname in quotes after a name or a kin word (and quoted again), a name spelled out with
hyphens, a double given name spread word by word, a name before a bracketed translation of a relation; ages written as
"94 years" alone and as "a hundred and one"; Welsh month-year dates and another language's month after its preposition;
a plate spelled a character at a time. And what must stay: durations, counts, a Welsh month that is a given name,
transcript answers."""
from __future__ import annotations

import pytest

from assistant.phi.redact import find_spans
from assistant.phi.resolve import merge
from assistant.records import PhiSpan
from phi_spans import covered, untouched


@pytest.mark.parametrize("text, value", [
    ("| Released: 03/02/2024   Fees paid: $120.00\n| Clerk: t. okonkwo\n=====", "t. okonkwo"),
    ("Specimen drawn 07:40   by: jm   Tubes: 2 lavender", "jm"),
    ("Witness: r. vanterpool    Date: 4/4/24", "r. vanterpool"),
    ("Received by: KQ   Time: 14:05", "KQ"),
])
def test_a_person_in_a_who_did_it_field_is_a_name_in_lowercase_or_initials(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Signed by: mom   (she was there)", "mom"),
    ("Collected by: pt   self-swab", "pt"),
    ("Reviewed by: the team", "the"),
])
def test_a_who_did_it_field_holding_a_word_or_a_role_is_left(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("03/12  10:05 PM   (330) 555-0111   2   Incoming   <- mark from the warehouse", "mark"),
    ("caller id unknown  --> gina at the salon, she says", "gina"),
    ("11/02 voicemail  <- reggie from church again", "reggie"),
])
def test_a_given_name_opening_a_margin_note_after_an_arrow_is_a_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("  dez = the bowling alley guy\n  who keeps calling?", "dez"),
    ("  lonnie = her old gym buddy from before", "lonnie"),
    ("notes: kip = the night shift supervisor", "kip"),
])
def test_a_gloss_with_words_before_its_person_noun_names_the_person(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("  Walter Jr. \"Buddy\" ........ 1941", "Buddy"),
    ("  Uncle \"Brother\" (Amos Pruitt) .... 1988", "Brother"),
    ("Her grandson Otis \"Tank\" came to the visit.", "Tank"),
])
def test_a_quoted_nickname_after_a_name_or_kin_word_is_a_name(detector, text, value):
    assert covered(detector, text, value)


def test_a_quoted_nickname_is_a_name_again_where_it_is_quoted_again(detector):
    text = 'Aunt "Sister" (Viola Pruitt) raised her. Everyone said "Sister" ran the house.'
    spans = find_spans([text], detector)[0]
    second = text.rindex('"Sister"') + 1
    assert any(s.start <= second and second + 6 <= s.end for s in spans)


@pytest.mark.parametrize("text, value", [
    ('The chapter titled "Hope" was read aloud.', "Hope"),
    ('She calls the feeling "Storm" now.', "Storm"),
    ('Worksheet "Values" completed in session.', "Values"),
])
def test_a_quoted_word_after_no_name_stays(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("A. Ngozi Adeyemi-Clarke. A-D-E-Y-E-M-I, hyphen, C-L-A-R-K-E.", "A-D-E-Y-E-M-I, hyphen, C-L-A-R-K-E"),
    ("Caller is Tomasz Wrobel, that's W-R-O-B-E-L.", "W-R-O-B-E-L"),
    ("Member: Leilani Kahale\nSpelling confirmed K-A-H-A-L-E", "K-A-H-A-L-E"),
])
def test_a_name_of_the_note_spelled_with_hyphens_is_a_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Steps are A-B-C-D in the worksheet.", "A-B-C-D"),
    ("She wrote H-E-L-P on the whiteboard.", "H-E-L-P"),
    ("Rated T-R-U-E on the card sort.", "T-R-U-E"),
])
def test_letters_spelled_with_hyphens_that_spell_no_name_of_the_note_stay(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Children\n  Mary Lou ........ 1947\nDied: Mary Lou (Haskins) Webb, 2019", "Mary Lou"),
    ("Siblings: Anna Mae .... 1950; later Anna Mae (Dorsey) Pike", "Anna Mae"),
    ("Kids:\n  Billie Jo ...... 1962\nBillie Jo (Kemp) Ruiz wrote", "Billie Jo"),
])
def test_a_double_given_name_is_one_span_with_its_space(detector, text, value):
    start = text.index(value)
    spans = find_spans([text], detector)[0]
    assert any(s.start <= start and start + len(value) <= s.end for s in spans)


@pytest.mark.parametrize("text, value", [
    ("Foreldrar / Parents ....... Guðrún Pálsdóttir (móðir / mother), Ari Jónsson (faðir / father)", "Guðrún Pálsdóttir"),
    ("Rodzice / Parents ....... Halina Wróbel (matka / mother), Piotr Wróbel (ojciec / father)", "Halina Wróbel"),
    ("Vanhemmat / Parents ....... Aino Virtanen (äiti / mother), Juho Virtanen (isä / father)", "Aino Virtanen"),
])
def test_a_name_before_a_bracketed_translation_of_a_relation_stays_a_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Sex / Age .............. F / 93 years\nDate of birth ....", "93"),
    ('She laughed at seeing "96 years" printed on the form.', "96"),
    ("Age | 91 years | widowed", "91"),
    ("Grandpa lived to a hundred and two.", "a hundred and two"),
    ('Nan always said "a hundred and four, and still driving".', "a hundred and four"),
    ("Her aunt turned a hundred last spring.", "a hundred"),
])
def test_an_age_over_89_as_bare_years_or_in_words_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("They were married 92 years.", "92 years"),
    ("The church has stood for 95 years.", "95 years"),
    ("I must have told him a hundred times.", "a hundred"),
    ("a hundred and five dollars for the co-pay", "a hundred and five"),
])
def test_durations_and_counts_near_ninety_stay(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("RHESTR BROBLEMAU / PROBLEM LIST\n  Chwe 2020   Gorbryder / Anxiety", "Chwe 2020"),
    ("  Tach 2018   Galar / Bereavement", "Tach 2018"),
    ("Dechreuodd ym mis Rhagfyr 2022.", "Rhagfyr 2022"),
    ("Hún hefur verið döpur síðan í febrúar.", "febrúar"),
    ("Od października jest gorzej.", "października"),
])
def test_welsh_month_years_and_a_month_after_its_preposition_are_dates(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Medi came to the group with her sister.", "Medi"),
    ("She sat with Medi 12 minutes after group.", "Medi"),
    ("ym mis Medi roedd hi'n well / in Medi she was better", "Medi"),
])
def test_a_welsh_month_that_is_a_given_name_is_no_date_without_its_year(detector, text, value):
    start = text.index(value)
    assert not any(s.entity_type == "DATE" and s.start < start + len(value) and start < s.end
                   for s in find_spans([text], detector)[0])


@pytest.mark.parametrize("text, value", [
    ("You were driving the Kia, Texas plate R-T-M 4402?", "R-T-M 4402"),
    ("plate number W-X-K 7710, a grey pickup", "W-X-K 7710"),
    ("the tag was H-B-4-4-1-9.", "H-B-4-4-1-9"),
])
def test_a_plate_spelled_a_character_at_a_time_is_a_vehicle(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Q. I'm recording this call.\nA. I'm fine with that.", "A. I'm"),
    ("Q. Where do you work?\nA. I've been at the plant since 2019.", "A. I've"),
    ("Q. I'll read it back.\nA. Okay.", "Q. I'll"),
])
def test_a_transcript_answer_opening_with_a_contraction_is_no_name(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, name", [
    ("Bảo hiểm / Plan: Medicaid\nGhi chú / Notes: Mẹ khóc nhiều. Con trai Bảo (17) học ở trường.\nMục tiêu / Goals: ngủ đủ giấc",
     "Bảo"),
    ("Phúc lợi / Benefits: có\nGhi chú / Notes: Con gái Phúc (15) đi học lại.\nMục tiêu / Goals: ngủ đủ giấc", "Phúc"),
    ("Thảo luận / Discussion: ngắn\nGhi chú / Notes: Chị gái Thảo (30) đưa mẹ đến.\nMục tiêu / Goals: ngủ đủ giấc", "Thảo"),
])
def test_a_name_found_in_a_sentence_stays_when_its_word_also_opens_a_label(detector, text, name):
    spans = find_spans([text], detector)[0]
    at = text.rindex(name)
    assert any(s.start <= at and at + len(name) <= s.end for s in spans)


@pytest.mark.parametrize("first, second, source", [
    (PhiSpan(10, 14, "NAME", 0.65, "propagated"), PhiSpan(10, 14, "NAME", 0.6, "spacy_name"), "spacy_name"),
    (PhiSpan(3, 9, "NAME", 0.5, "unknown_propn"), PhiSpan(3, 9, "NAME", 0.65, "propagated"), "unknown_propn"),
    (PhiSpan(0, 8, "NAME", 0.65, "propagated"), PhiSpan(2, 8, "NAME", 0.65, "propagated"), "propagated"),
])
def test_a_merged_span_keeps_the_name_of_the_rule_that_found_it_in_place(first, second, source):
    assert [s.source for s in merge([first, second])] == [source]


@pytest.mark.parametrize("text, value", [
    ('"Smitty" (Ray Smith)        X     X     -', "Ray Smith"),
    ('Cousin "Bird" (Lena Brown) drove her.', "Lena Brown"),
    ('Uncle "Chief" (Amos T. Young) .... 1972', "Amos T. Young"),
])
def test_the_full_name_in_brackets_after_a_quoted_nickname_is_a_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ('sign-in: "Hope" (Grace Church) tonight', "Church"),
    ('read "Acceptance" (Big Book) in group', "Big Book"),
    ('tried "Calm" (Box Breathing) again', "Box Breathing"),
])
def test_a_bracket_after_a_quoted_word_that_is_no_person_stays(detector, text, value):
    start = text.index(value)
    assert not any(s.entity_type == "NAME" and s.start < start + len(value) and start < s.end
                   for s in find_spans([text], detector)[0])
