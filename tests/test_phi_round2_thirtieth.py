"""PHI recall classes from the thirtieth round's second pass; examples written here, three or more per class, and
shapes each rule must leave alone:
- a local business written all in lowercase whose last word is a business head (data/lower_business_heads.txt),
  standing alone in a form's column or in a list: "ames feed & grain", "zephyrine lanes";
- a town in a lowercase form's city field: "city  maple grove      zip";
- an organisation's "&" written as the XML entity "&amp;" stays inside the name."""
from __future__ import annotations

import pytest

from phi_spans import covered, untouched


@pytest.mark.parametrize("text, value", [
    ("PARENT 1  rosa ames   cell 555-0101\n   employer  ames feed & grain    shift 7a-3p\n", "ames feed & grain"),
    ("HEALTH\n   dentist  dr lena ruiz  willow creek dental\n   allergies  none\n", "willow creek dental"),
    ("guardian  tom brenner\nwork:  brenner tool & die\nphone  555-0177\n", "brenner tool & die"),
    ("   pcp  dr okafor  maple hill pediatrics    fax 555-0190\n", "maple hill pediatrics"),
])
def test_a_lowercase_business_in_a_form_column_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("weekend -- zephyrine lanes, the mall, church. mood ok.", "zephyrine lanes"),
    ("errands: dorrance lumber, bank, pharmacy. tolerated well.", "dorrance lumber"),
    ("client picked up hours at quillby hardware and feels useful.", "quillby hardware"),
])
def test_a_lowercase_business_in_a_list_with_a_rare_name_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("outings this week -- bowling lanes, movies, park. mood brighter.", "bowling lanes"),
    ("REFERRAL\n   specialty  general pediatrics\n   reason  sleep\n", "general pediatrics"),
    ("   diet  whole grain    fluids  ok\n", "whole grain"),
    ("discussed budget: farm supply, rent, phone.", "farm supply"),
])
def test_an_everyday_phrase_ending_in_a_business_word_is_kept(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("home address  12 elm st     city  maple grove      zip  55311\n", "maple grove"),
    ("parent  jo reyes\ntown: red lodge\nphone  555-0150\n", "red lodge"),
    ("   hometown  sugar creek   state  mo\n", "sugar creek"),
])
def test_a_lowercase_town_in_a_form_city_field_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("she moved to the city  last year and misses the farm.\n", "last year"),
    ("   city  same as above\n", "same as above"),
    ("   city  n/a      zip  n/a\n", "n/a"),
])
def test_a_city_field_without_a_town_is_kept(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("<trk>\n  <name>Ride to Brenner Tool &amp; Die</name>\n</trk>\n", "Brenner Tool &amp; Die"),
    ("<employer>Kessler Feed &amp; Grain</employer>\n<role>driver</role>\n", "Kessler Feed &amp; Grain"),
    ("<td>Referred by Rowan &amp; Pike Counseling</td>\n", "Rowan &amp; Pike Counseling"),
])
def test_an_organisation_with_an_xml_ampersand_is_redacted_whole(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("<td>PHQ-9 &amp; GAD-7 reviewed</td>\n", "PHQ-9 &amp; GAD-7"),
    ("<p>sleep &amp; appetite improved</p>\n", "sleep &amp; appetite"),
    ("<p>Q&amp;A session on coping skills</p>\n", "Q&amp;A"),
])
def test_an_xml_ampersand_between_ordinary_words_is_kept(detector, text, value):
    assert untouched(detector, text, value)
