"""Precision classes from a co-parenting case of the twenty-sixth blind set (examples written here): an app, product
or feature named in internal capitals is no person once the case shows it is software (a software noun after it, a
feature's participle joined to it, or the title line of a generated export); a national grocery, fuel or restaurant
chain places nobody; and a count or a time after "bed" is no bed's number."""
from __future__ import annotations

import pytest

from assistant.phi.redact import find_spans
from phi_spans import covered, untouched


def _untouched_in_case(detector, texts: list[str], note: int, value: str) -> bool:
    text = texts[note]
    start = text.index(value)
    spans = find_spans(texts, detector)[note]
    return not any(s.start < start + len(value) and s.end > start for s in spans)


@pytest.mark.parametrize("text, value", [
    ("Mother showed me the KidSync app on her phone; messages were civil.", "KidSync"),
    ("He logs urges in his CalmLedger account every evening.", "CalmLedger"),
    ("Reviewed the ChoreChart export with both parents in session.", "ChoreChart"),
    ("Counted 4 MoodMeter-flagged entries in the week before the relapse.", "MoodMeter-flagged"),
    ("WARM LINE - Weekly check-ins (SafeWord-tagged texts in brackets)", "SafeWord-tagged"),
])
def test_an_app_or_feature_in_internal_capitals_is_no_person(detector, text, value):
    assert untouched(detector, text, value)


def test_the_title_of_a_generated_export_is_no_name(detector):
    text = ("FamilyLedger - CUSTODY CALENDAR SUMMARY\nExported 02/14/2026 by Rosalind Petrakis (parent account)\n"
            "Week 1: handoff at school, on time.")
    assert untouched(detector, text, "FamilyLedger - CUSTODY CALENDAR SUMMARY")
    assert covered(detector, text, "Rosalind Petrakis")


def test_a_product_named_once_as_an_app_is_kept_in_every_note(detector):
    texts = ["Both parents now use the ShareNest app for the schedule.",
             "Father brought a printout from ShareNest to the joint session with Imelda Verhoeven."]
    assert _untouched_in_case(detector, texts, 1, "ShareNest")
    assert covered(detector, texts[1], "Imelda Verhoeven")


@pytest.mark.parametrize("text, value", [
    ("He walked to IronForge after group to use the day pass.", "IronForge"),
    ("Client's cousin DeMarcus Thibodeaux picked him up after the session.", "DeMarcus Thibodeaux"),
    ("Sister McKenna Oyelaran sent messages all weekend.", "McKenna Oyelaran"),
    ("Referred to BrightHollow Counseling app for scheduling.", "BrightHollow Counseling"),
])
def test_a_name_or_local_business_in_internal_capitals_stays_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Exchanges happen in the Safeway parking lot on Sundays.", "Safeway"),
    ("She met her sponsor at the Panera Bread near work.", "Panera Bread"),
    ("Dad -> Mom  Circle K lot   late 12 min", "Circle K"),
    ("Works the night shift at a Meijer stocking shelves.", "Meijer"),
    ("Stopped for gas at the Chevron before the session.", "Chevron"),
])
def test_a_national_chain_before_a_common_noun_places_nobody(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Exchanges at the Safeway on Harkness Mill Rd every Friday.", "Harkness Mill Rd"),
    ("Custody handoffs at the Brindlewood Market lot.", "Brindlewood"),
    ("Works at Dunmoor Hardware on weekends.", "Dunmoor"),
])
def test_a_local_store_or_the_road_beside_a_chain_stays_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Slept in a parent's bed 6 of 7 nights this week.", "6 of 7"),
    ("Stays in bed 3 out of 5 mornings when depressed.", "3 out of 5"),
    ("In her own bed 5/7 nights per the sleep log.", "5/7"),
    ("Goes to bed 11 pm on school nights.", "11 pm"),
])
def test_a_count_or_time_after_bed_is_no_bed_number(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Admitted to 4 West, bed 12, overnight.", "12"),
    ("Housing: shelter bunk #27, lockers by the door.", "27"),
    ("Transferred to bed C-14 after the fall.", "C-14"),
])
def test_a_bed_or_bunk_number_stays_redacted(detector, text, value):
    assert covered(detector, text, value)
