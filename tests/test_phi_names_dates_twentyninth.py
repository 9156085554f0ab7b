"""Classes of name, date, age, plate and licence leaks from the twenty-ninth blind set (examples written here): month
names of languages we did not read (Albanian, Romanian, Polish, Swahili ...) and the Friends' numbered months; a column
headed "Month" holds months; a day with its part of the day ("1/10 am"); a bare "m/10" in a note dated in month m; an
age in another script's digits or with "yrs"; a plate "read as"; a licence in brackets after a credential; children
named in lowercase with their ages in brackets; a chat's speakers on lines that open with a day; a given name that is
a rare word spread from a person's field; a surname in capitals with its initial; the given name opening a list line.
And what must stay: the first month of treatment, a plan's "First Month" heading, a rating out of ten, a dated log's
own labels, the pronoun after a surname, a count table with no Month header."""
from __future__ import annotations

import pytest

from phi_spans import covered, untouched


@pytest.mark.parametrize("text, value", [
    ("Letra e nënës, Tiranë, 14 nëntor 2024, drejtuar shkollës.", "14 nëntor 2024"),
    ("Babai thotë se që nga 9 marsi djali nuk fle mirë.", "9 marsi"),
    ("Scrisoarea din 3 martie 2025 spune că fata nu mai doarme.", "3 martie 2025"),
    ("Matka pisze, że od 12 marca 2024 syn nie chodzi do szkoły.", "12 marca 2024"),
    ("Barua ya tarehe 12 Machi 2024 kutoka kwa mama yake.", "12 Machi 2024"),
    ("De brief van 4 maart vraagt om een gesprek.", "4 maart"),
])
def test_a_month_named_in_another_language_is_a_date(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Clearness meeting held Fifth Month 3rd, 2025, at the meetinghouse.", "Fifth Month 3rd, 2025"),
    ("She has not slept through the night since Eleventh Month.", "Eleventh Month"),
    ("A follow-up is set for the 9th of Second Month, after worship.", "9th of Second Month"),
])
def test_a_friends_numbered_month_is_a_date(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("In the first month of treatment she kept every appointment.", "first month"),
    ("First Month Goals: regular sleep, one outing a week.", "First Month"),
    ("Second Month: add exposure homework.", "Second Month"),
    ("He ate 2 mars bars and a soda before group.", "2 mars"),
])
def test_ordinal_months_of_a_plan_and_english_words_stay(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("VISITS BY MONTH\nMonth\tSeen\tMissed\nFeb\t4\t0\nMar\t3\t1\n", "Feb"),
    ("| Month | Sessions | No-shows |\n|---|---|---|\n| March 2025 | 4 | 0 |\n| April | 3 | 1 |\n", "April"),
    ("Mo.\tGroups attended\tCalls\nJanuary\t6\t2\nFebruary\t5\t0\n", "January"),
])
def test_a_month_under_a_month_header_is_a_date(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Calls by month\n            crisis    clinic\nOct           1         3\nNov           2         5\n", "Oct"),
    ("Month\tPHQ-9\n1\t18\n2\t12\n", "18"),
    ("Session month\tTopic\n1\tpsychoeducation\n2\texposure\n", "psychoeducation"),
])
def test_a_table_without_month_names_under_a_month_header_is_left(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Plan: recheck labs, will call daughter again 2/10 am.", "2/10"),
    ("Nursing to reassess 4/10 evening before the move.", "4/10"),
    ("DOS 1/9/2026. Returns to Cedar Glen group home 1/10.", "1/10"),
])
def test_a_day_with_its_part_of_day_or_in_the_notes_month_is_a_date(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("DOS 3/4/2025. Pain 1/10 am and 4/10 pm, better with heat.", "4/10"),
    ("DOS 3/4/2025. Scaling question 3/10 today, was 1/10 last week.", "3/10"),
    ("DOS 3/4/2025. Mood 6/10. Slept 5 hours, energy 3/10.", "3/10"),
])
def test_a_rating_out_of_ten_stays(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("वय (Age): ९४ वर्ष", "९४"),
    ("Edad (Age): 96", "96"),
    ("Client is 92 yrs, widowed, lives with her niece.", "92"),
])
def test_an_age_in_another_script_or_with_yrs_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("A neighbour read the plate as 7KD 219 and called it in.", "7KD 219"),
    ("He remembers a tag of 5JX-220 on the van.", "5JX-220"),
    ("She noted the plate ending in 4471 AB.", "4471 AB"),
])
def test_a_plate_after_as_or_of_is_a_vehicle(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Therapist: Ione Marsh, LCSW (NY #08812)", "08812"),
    ("Signed, Paulo Reis, LMFT (CA lic. 55310)", "55310"),
    ("Supervisor: Dena Wolcott, LPC-S (TX 70021)", "70021"),
])
def test_a_licence_in_brackets_after_a_credential_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("PHQ-9 (CA 2024 norms) used.", "2024"),
    ("Licensed LCSW (NY 2019) and LCSW-R since.", "2019"),
    ("CBT (GA 12) sessions completed.", "12"),
])
def test_a_year_a_code_or_a_count_in_brackets_is_no_licence(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("rough wk. kids tavi (6) and\nmarlo (3) w their grandma", "tavi"),
    ("rough wk. kids tavi (6) and\nmarlo (3) w their grandma", "marlo"),
    ("children suvi (10), and oona (8) stay with dad weekends", "suvi"),
])
def test_children_named_in_lowercase_with_bracketed_ages(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Thread he showed me:\n  Mar 3   Dovie: are you home\n  Mar 3   bertrand: yes come by\n", "bertrand"),
    ("9/14  Ysolde: did you eat\n9/14  me: no\n", "Ysolde"),
    ("2025-09-14 - kasimir: see you sunday\n", "kasimir"),
])
def test_a_chat_speaker_on_a_line_opening_with_a_day_is_a_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("3/4  Plan: continue weekly sessions\n", "Plan"),
    ("Oct 2   Homework: thought record, two entries\n", "Homework"),
    ("9/14  Mood: better after the call\n", "Mood"),
])
def test_a_dated_logs_own_label_is_no_speaker(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Pt: Clemency Adeyemi-Rusk\nRoom 12 ADEYEMI-RUSK (Clemency, prefers Clem)", "(Clemency"),
    ("Client: Verity Oduya-Lind\nLater Verity said the move went well.", "Later Verity"),
    ("Patient: Temperance Vasquez-Ong\nSeen with Temperance and her aunt.", "with Temperance"),
])
def test_a_rare_word_given_name_from_a_persons_field_spreads(detector, text, value):
    assert covered(detector, text, value.split()[-1].lstrip("("))


@pytest.mark.parametrize("text, value", [
    ("Bottle labeled OSTERHAGEN-VRIES, M, dispensed 3/2/25.", "OSTERHAGEN-VRIES, M"),
    ("Roster: QUILLFEATHER, T; BANKOLE, A", "QUILLFEATHER, T"),
    ("Chart copy for DRUMMOND-ABARA, J. (sealed)", "DRUMMOND-ABARA, J."),
])
def test_a_surname_in_capitals_keeps_its_initial(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Per OSTERHAGEN, I called the pharmacy back.", "I called"),
    ("CBT, A new worksheet was given.", "A new"),
    ("Seen by DRUMMOND, she agreed to the plan.", "she agreed"),
])
def test_a_word_after_a_capital_surname_is_no_initial(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("CHILDREN\n  Thelonius Abernethy-Sow (\"Theo\"), age 9\n", "Thelonius Abernethy-Sow"),
    ("Household:\n  - Calloway Ndiaye-Brandt, 14, student\n", "Calloway Ndiaye-Brandt"),
    ("Siblings\n  Wrenna Okonjo-Havel (\"Wren\"), age 6\n", "Wrenna Okonjo-Havel"),
])
def test_the_given_name_opening_a_list_line_joins_the_surname(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("client: maria v-o, seen today about the eviction", "maria v-o"),
    ("her sister dawn k-l called back, no answer", "dawn k-l"),
    ("met w/ tomas r. at the library", "tomas r"),
])
def test_a_lowercase_given_name_keeps_its_surname_initials(detector, text, value):
    assert covered(detector, text, value)
