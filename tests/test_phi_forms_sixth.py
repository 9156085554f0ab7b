"""PHI in a sixth set of shapes: an organisation's name caught in part grows over the title-case words of its name
(before its head word, and a head word after it); a head word alone names nobody; a compound of ordinary words in a
program's name is not spread through the case as a name. Examples written here, three or more per class."""
from __future__ import annotations

import pytest

from assistant.phi.redact import find_spans
from phi_spans import covered, untouched


@pytest.mark.parametrize("text, value", [
    ("Referred by Little Steps Child & Family Therapy last spring.", "Little Steps Child & Family Therapy"),
    ("Little Steps Child & Family Therapy referred him in May.", "Little Steps Child & Family Therapy"),
    ("Equipment from Keystone Home Medical was delivered on time.", "Keystone Home Medical"),
    ("She was seen at Valle Verde Youth Clinic before the move.", "Valle Verde Youth Clinic"),
])
def test_an_organisation_grows_over_the_words_of_its_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, kept", [
    ("monthly counseling with office-based buprenorphine has not stopped her use", "office-based"),
    ("he was seen at clinic today and again on friday", "clinic"),
    ("therapy with the program has been weekly", "program"),
])
def test_a_head_word_alone_names_nobody(detector, text, kept):
    assert untouched(detector, text, kept)


@pytest.mark.parametrize("program, later, word", [
    ("Bridgeview Office-Based Treatment", "She gets office-based buprenorphine there.", "office-based"),
    ("Harbor Light Day-Treatment Center", "The day-treatment schedule is 5 days a week.", "day-treatment"),
    ("Northside Self-Help Collective", "She reads self-help books at night.", "self-help"),
])
def test_a_compound_of_ordinary_words_is_not_spread_as_a_name(detector, program, later, word):
    text = f"Attending: {program}, intake 03/02. {later}"
    start = text.index(later) + later.index(word)
    spans = find_spans([text], detector)[0]
    assert not any(s.start < start + len(word) and s.end > start for s in spans)


@pytest.mark.parametrize("text, value", [
    ("PID|1||BW-0077^^^CL^MR||DE LA CRUZ^ESPERANZA^ROSE^^^^L||19870412|F", "DE LA CRUZ^ESPERANZA^ROSE"),
    ("PV1|1|O|OPD^RM4||||1487652290^HALLORAN^GRANT^P^^^^^^NPI||", "HALLORAN^GRANT^P"),
    ("NK1|1|OKAFOR^ADAEZE|MTH^Mother|12 ELM ST^^TROY^NY^12180", "OKAFOR^ADAEZE"),
])
def test_hl7_name_fields(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Tel +44 1632 960418 (surgery).", "+44 1632 960418"),
    ("Mobile: +44 7700 900562", "+44 7700 900562"),
    ("Call her sister in Lagos on +234 803 555 0142.", "+234 803 555 0142"),
])
def test_international_phone_numbers(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Flat 2, 31 Wellington Terrace, Halifax HX7 8DQ", "HX7 8DQ"),
    ("Address: 14 Mill Lane, Sowerby Bridge, HX6 2QG.", "HX6 2QG"),
    ("Moved to SW1A 1AA last year.", "SW1A 1AA"),
])
def test_uk_postcodes(detector, text, value):
    assert covered(detector, text, value)


def test_clinical_codes_beside_them_stay(detector):
    text = "PID|1||X1^^^CL^MR||ROE^ANN||19800101|F\nOBX|1|NM|44261-6^PHQ-9 total score^LN||18\nDx F32.1; PHQ-9 18; CPT 90837."
    for kept in ("PHQ-9 total score", "F32.1", "90837"):
        assert untouched(detector, text, kept)
