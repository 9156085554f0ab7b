"""PHI classes of organisations, places and ids, and of precision, from the thirty-second round; examples written here
(three or more per class, and shapes that must stay untouched):
- a relative's town after "of" in a survivors' list, and a town with its state alone in a bill's column;
- a lowercase business after a place's preposition, with a plain word inside its name ("... public library"), a
  saint's clinic after "in", a freight carrier or a tire shop;
- addresses of other countries: a street word written into the name before the house number ("Kerkstraat 22"),
  the postcode after ("0184") or before the town ("220 Hafnarfjörður"); a Welsh street word first ("Stryd y Bont");
- a GP's surgery, a convenience store called a stop and a mine named as an organisation;
- a payment handle with its digits; a lab value with its unit, a behavioural-health plan, a composer, a national
  hotline, a hearing-aid maker and a clinical acronym or credential are kept; a sum of money is no house number;
- in a two-language note, a phrase glossed in English (in brackets, or a relative's word after a slash, or a label's
  other side) names nobody, while a name glossed by a relative's word stays.
"""
from __future__ import annotations

import pytest

from phi_spans import covered, untouched


@pytest.mark.parametrize("text, value", [
    ("Survivors: daughter Ann Lund; son Dale of Fargo; sister June, 88.", "Fargo"),
    ("He is survived by his brother Walt of Bemidji and two nieces.", "Bemidji"),
    ("Preceded in death by her sister Ruth Ames of Grand Forks.", "Grand Forks"),
])
def test_a_relatives_town_after_of_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Her son Grant of the choir came to the session.", "choir"),
    ("Her daughter Amy of late has been calmer at home.", "late"),
    ("His brother Sam of three years sober spoke.", "three"),
])
def test_of_after_a_relative_without_a_town_stays(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("10/03   09:05 AM   COLUMBUS OH        (614) 555-0145    7   Outgoing", "COLUMBUS"),
    ("11/14   6:12 PM    Grand Forks ND     (701) 555-0188    2   Incoming", "Grand Forks"),
    ("02/02  | DULUTH MN  | 12.40 | card purchase", "DULUTH"),
])
def test_a_town_with_its_state_in_a_column_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Status        HOME IN        Discharged 10/02", "HOME"),
    ("Seen by       Client OR      Guardian", "Client"),
    ("Plan          Weekly PA      Auth pending", "Weekly"),
])
def test_a_word_with_a_state_code_in_a_column_stays(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("  dex = the tall guy from front range tire\n  oct 3 - he texted again", "front range tire"),
    ("called at 4pm, he was at the circulation desk at elmhurst crossing public library, upset", "elmhurst crossing public library"),
    ("Incoming   <- kev from the hollister freight dock phone", "hollister freight"),
    ("the no show was because her son was in st judes peds with croup i called back", "st judes"),
])
def test_a_lowercase_business_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("she went back to the local bakery this week and felt calm there", "local bakery"),
    ("he studied at the county public library most afternoons this month", "county public library"),
    ("referred to in-home services per clinic protocol; mother agreed", "in-home"),
])
def test_plain_words_before_a_head_stay(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Kerkkantoor / Church office: Kerkstraat 22, Rietfontein, 0184", "Kerkstraat 22, Rietfontein, 0184"),
    ("Heimilisfang / Address ..... Lindargata 14b, 220 Hafnarfjörður", "Lindargata 14b, 220 Hafnarfjörður"),
    ("Adress: Storgatan 4, 411 38 Göteborg", "Storgatan 4"),
    ("Meddygfa Afon Las / Afon Las Surgery\nStryd y Castell, Llanafon, Ceredigion SY23 4RT", "Stryd y Castell, Llanafon"),
])
def test_an_address_of_another_country_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("She plays the Sonata 2 in the recital and practised 4 times.", "Sonata 2"),
    ("Joined the Fire Brigade 12 years ago, per her father.", "Brigade 12"),
    ("Halfway 3 nights a week at the sober house, per mother.", "Halfway 3"),
])
def test_a_word_ending_like_a_street_before_a_number_stays(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Registered with Pen-y-Bryn Surgery since 2019.", "Pen-y-Bryn Surgery"),
    ("He grabbed my arm at Hank's Quick Stop on the highway.", "Hank's Quick Stop"),
    ("Grandpa was hurt at the Red Ash mine in 1970.", "Red Ash"),
])
def test_a_surgery_a_stop_or_a_mine_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Status post Cardiac Surgery in 2021; weight stable.", "Cardiac Surgery"),
    ("Scheduled for Oral Surgery next week; anxious about sedation.", "Oral Surgery"),
    ("Worked on exposure at the bus stop near school.", "bus stop"),
    ("She said group was a gold mine of ideas.", "gold mine"),
])
def test_surgery_stop_or_mine_as_plain_words_stay(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Transaction history\nJordan Pike  (@Jo-Pike-22)\nStatement period: 10/01/2024", "@Jo-Pike-22"),
    ("Paid @Tam-Okoro-7 $40 for gas.", "Tam-Okoro-7"),
    ("Requests from @Lee-Vance-2019 declined.", "Lee-Vance-2019"),
])
def test_a_handle_is_redacted_with_its_digits(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Labs: TSH 6.8 mIU/L (H); lithium 0.9 mmol/L.", "6.8 mIU/L"),
    ("B12 310 pg/mL, ALT 42 U/L, Hgb 13.1 g/dL.", "310 pg/mL"),
    ("Vineland-3 Adaptive Behavior Composite 71.", "Vineland-3"),
    ("Payer: Keystone First (Medicaid); behavioral health: Community Care Behavioral Health", "Community Care Behavioral Health"),
    ("Behavioral health is managed by PerformCare for this county.", "PerformCare"),
    ("Recital: Minuet in G ..... J. S. Bach ..... Lily Ochoa\n  Fur Elise ..... L. van Beethoven", "L. van Beethoven"),
    ("She practised a piece by C. Debussy and one by S. Joplin.", "C. Debussy"),
    ("Safety plan: National Domestic Violence Hotline number given.", "National Domestic Violence Hotline"),
    ("Right   RIC, Phonak Audeo L90-R   serial 2241A0937", "Phonak"),
    ("Case manager: Samuel Ofori, BSW\nReferred to the EAP for two sessions.", "BSW"),
])
def test_clinical_and_public_names_are_kept(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Client: Ava Bach, 9, performance anxiety before the recital.", "Ava Bach"),
    ("Guardian: Lena Debussy-Hart (mother)", "Lena Debussy-Hart"),
    ("Referred by Dr. Miriam Joplin, PCP.", "Miriam Joplin"),
])
def test_a_client_sharing_a_composers_surname_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("UM service fee: $150 each way\nOutbound: 06/20/2025", "150 each way"),
    ("Copay $40 per visit; parking $12 main lot.", "12 main lot"),
    ("Deposit $900 north lane office", "900 north lane"),
])
def test_a_sum_of_money_is_no_house_number(detector, text, value):
    assert untouched(detector, text, value)


_SLOVAK = ("Klientka / Client: Ema Novakova     Dátum / Date: 03.02.2026\nPrítomní / Present: Ema; matka / mother Jana "
           "Novakova; otec / father Peter Novak\nDiagnóza / Dx: F42.2 Obsedantno-kompulzívna porucha (OCD, mixed)\n"
           "Reakcia / Response: Ema: „Ocko bol prísny, ale v pohode.\" (Dad was strict but OK.)\n")
_KURMANJI = ("Nota danişînê / Session note (TF-CBT)\nNav / Name: Rojîn Amedî\nKî hebû / Present: Rojîn; dayik / mother "
             "(Gulê)\nÇi hat kirin / What was done: taught \"bêhna kûr\" (slow breathing).\n")
_ICELANDIC = ("Nemandi / Student: Sóley Kane\nHeimilisfang / Address ..... Lindargata 14b, 220 Hafnarfjörður\n"
              "Námsgrein / Subject                  Einkunn / Grade\nMisses amma Sigga (grandmother); calls weekly.\n"
              "Forráðamenn / Guardians ..... Þóra Jónsdóttir (móðir / mother), Mark Kane (faðir / father)\n")


@pytest.mark.parametrize("text, value", [
    (_SLOVAK, "matka"), (_SLOVAK, "Obsedantno-kompulzívna"), (_SLOVAK, "Ocko"),
    (_KURMANJI, "Nota danişînê"), (_KURMANJI, "Kî hebû"), (_KURMANJI, "dayik"), (_KURMANJI, "Çi hat"),
    (_KURMANJI, "bêhna kûr"), (_ICELANDIC, "Einkunn / Grade"),
])
def test_a_phrase_glossed_in_english_names_nobody(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    (_SLOVAK, "Jana Novakova"), (_KURMANJI, "Gulê"), (_ICELANDIC, "Sigga"), (_SLOVAK, "Peter Novak"),
    (_ICELANDIC, "Þóra Jónsdóttir"), (_ICELANDIC, "Mark Kane"),
])
def test_a_name_beside_a_gloss_stays_redacted(detector, text, value):
    assert covered(detector, text, value)
