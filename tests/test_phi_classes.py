"""Issue 12: each class of PHI that unseen writing styles leaked, with three or more examples written here."""

from __future__ import annotations

import pytest

from assistant.phi.redact import find_spans
from phi_spans import covered, untouched


def _redacted(detector, *texts: str) -> list[str]:
    """The redacted values of the last text, with every text read as one case."""
    spans = find_spans(list(texts), detector)[-1]
    return [texts[-1][s.start:s.end] for s in spans]




@pytest.mark.parametrize("text, value", [
    # the safe-vocabulary backstop: a word off the English and clinical lists, where a name can stand
    ("She drove out past Quenbury to see her aunt.", "Quenbury"),
    ("Met with the Vashtenko family about the move.", "Vashtenko"),
    ("He still talks about Ardmoyle every session.", "Ardmoyle"),
    ("hes staying w his cousin out in bramtonville now", "bramtonville"),
])
def test_words_off_the_safe_list_are_redacted_where_a_name_can_stand(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, kept", [
    ("Euthymic today; anhedonia improved on sertraline 50 mg.", "Euthymic"),
    ("Psychoeducation on hypervigilance and derealization.", "hypervigilance"),
    ("Stressors: caregiving, a superbill dispute, recheck of creatinine.", "caregiving"),
    ("COUNSELOR: Okay, I hear you. That sounds hard.", "Okay"),
    ("THERAPIST: Yeah, let's try the breathing again.", "Yeah"),
])
def test_common_and_clinical_words_survive(detector, text, kept):
    assert untouched(detector, text, kept)


@pytest.mark.parametrize("text, value", [
    ("Intake entered 2023/11/7 by front desk.", "2023/11/7"),
    ("DOB 1987.02.14 per license.", "1987.02.14"),
    ("Admitted 2022/12/30, discharged after a week.", "2022/12/30"),
    ("Sober since 08/2021 and working.", "08/2021"),
    ("No contact with father since 11/2019.", "11/2019"),
    ("Camp week Aug 12-16 at the lake.", "Aug 12-16"),
    ("Respite booked 9/2–9/20 while mom travels.", "9/2–9/20"),
    ("Out of state Oct 3 - 9, 2023.", "Oct 3 - 9, 2023"),
    ("born April fourth nineteen fifty-two period", "April fourth nineteen fifty-two"),
    ("she left on the twenty first and came back", "twenty first"),
    ("follow up 4 22 2025 at noon", "4 22 2025"),
    ("visita el 12 de junio de 2024", "12 de junio de 2024"),
    ("rendez-vous le 3 juillet 2024", "3 juillet 2024"),
    ("pa tounen depi fevriye", "fevriye"),
    ("She relapsed around Thanksgiving 2022.", "Thanksgiving 2022"),
    ("PID|1||X^^^^MR||DOE^ANN||19720315|F", "19720315"),
    ("EVN|A08|20231104093015", "20231104"),
    ("Next visit 23/4 per the Spanish form.", "23/4"),
])
def test_every_date_shape_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, kept", [
    ("Peer play in 3/5 probes (goal 4/5).", "3/5"),
    ("Met 7/9 DSM hyperactive symptoms.", "7/9"),
    ("buprenorphine/naloxone 12/3 mg daily", "12/3"),
    ("SLUMS 21/30 and BIMS 13/15 today.", "13/15"),
])
def test_fractions_that_are_scores_goals_or_doses_stay(detector, text, kept):
    assert untouched(detector, text, kept)


@pytest.mark.parametrize("text, value", [
    ("Ilse Brandt, MA, LPC 30417 (Texas)", "30417"),
    ("Supervised by Theo Marsh, LCSW #C-55120.", "C-55120"),
    ("BBS No. 118822 on file.", "118822"),
    ("license number 7 7 2 0 3 period end", "7 7 2 0 3"),
    ("Silver Kia, plate 4JRM 551, parked out back.", "4JRM 551"),
    ("his truck, plate KWT-882, was towed", "KWT-882"),
    ("Seen leaving in an OH FRT4419 sedan.", "FRT4419"),
    ("Age ........ 91", "91"),
    ("PT: LAST, FIRST   AGE: 97Y   SEX: F", "97"),
    ("Her mother turns 102 in May.", "102"),
    ("call me at six one seven, five five five, oh one four two", "six one seven, five five five, oh one four two"),
    ("number is nine seven eight five five five oh one nine nine", "nine seven eight five five five oh one nine nine"),
    ("cell two oh seven five five five oh one two three thanks", "two oh seven five five five oh one two three"),
])
def test_licences_plates_ages_and_spoken_numbers_are_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Lives at 48 Quarry Lane, Bldg 2, 3rd Floor, Pemberton 04421.", "48 Quarry Lane, Bldg 2, 3rd Floor"),
    ("ADDR: 902 HARBOR VIEW DR, RM 11, WESTHAM, ME 04011", "902 HARBOR VIEW DR, RM 11"),
    ("New room: 15 Larch Court, Cottage 3", "15 Larch Court, Cottage 3"),
    ("Mail goes to 7 Ortega Rd, Apt 2, Dellwood Springs 87111.", "Dellwood Springs"),
    ("Mail goes to 7 Ortega Rd, Apt 2, Dellwood Springs 87111.", "87111"),
    ("moved to 19 bellamy st apt 4 last week", "19 bellamy st apt 4"),
    ("staying at thirty one Harlan road apartment 2 in Marbury", "thirty one Harlan road apartment 2"),
    ("Contact: 2200 Calle Ocotillo, Unit 9, Casa Verde.", "2200 Calle Ocotillo, Unit 9"),
    ("Found near the Pell Ridge trailhead after dark.", "Pell Ridge trailhead"),
    ("He sleeps under the Gorham Creek bridge most nights.", "Gorham Creek bridge"),
    ("pulled over on route 22B near the depot", "route 22B"),
    ("PID|1||X||ROE^JAN||19800101|F|||14 ELM ST^APT 3^NORTHFIELD^VT^05663", "NORTHFIELD"),
])
def test_addresses_grow_to_the_whole_line_and_the_town_after(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Referred by Clínica San Rafael de Los Olmos.", "Clínica San Rafael de Los Olmos"),
    ("She sings at Iglesia Bautista Nueva Vida.", "Iglesia Bautista Nueva Vida"),
    ("Moved to Pinehurst Memory Care of Eastbrook last month.", "Pinehurst Memory Care of Eastbrook"),
    ("Enrolled in Harlow Valley School District No. 9.", "Harlow Valley School District No. 9"),
    ("works at wexcombe falls credit union as a teller", "wexcombe falls credit union"),
    ("taken by Brayton volunteer ambulance corps to the ED", "Brayton volunteer ambulance corps"),
])
def test_organisations_grow_to_their_whole_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("he says big tony is coming back tonight", "big tony"),
    ("ran into skinny pete at the shelter", "skinny pete"),
    ("lil marcus was there too", "lil marcus"),
    ("Case 3 — RB (7 F), play therapy.", "RB"),
    ("bio mom is DW, no contact since spring", "DW"),
    ("Client: Annaliese \"AJ\" Pruszynski, 16.", "AJ"),
    ("ok see you then. —jk", "jk"),
    ("thanks, will call back -TR", "TR"),
    ("met w/ desmond t. at the library", "desmond t."),
])
def test_nicknames_initials_and_sign_offs_are_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("first, later, value", [
    ("Client: Annaliese \"AJ\" Pruszynski, 16.", "AJ missed school twice.", "AJ"),
    ("Student: Lucy-Anne Merriweather (grade 5).", "Per teacher, L-A is calmer.", "L-A"),
    ("Client: Samantha Okonkwo-Bright, DOB 1/2/1990.", "Sam says she slept.", "Sam"),
    ("Client: Rafael Dominguez-Tate.", "RD reports fewer panic attacks.", "RD"),
])
def test_initials_and_short_forms_from_a_name_spread_across_the_case(detector, first, later, value):
    assert value in _redacted(detector, first, later)


@pytest.mark.parametrize("text, kept", [
    ("Secondary: Harvard Pilgrim Medicare Enhance, ID HPX7712093", "Harvard Pilgrim Medicare Enhance"),
    ("IN1|1|X|1|AMERIHEALTH CARITAS PENNSYLVANIA|PO BOX 1", "AMERIHEALTH CARITAS PENNSYLVANIA"),
    ("Plan: Presbyterian Centennial Care (Medicaid)", "Presbyterian Centennial Care"),
    ("Vineland-3 Adaptive Behavior Composite 64 today.", "Vineland-3 Adaptive Behavior Composite 64"),
    ("billed 90834-95 for the video visit", "90834-95"),
    ("QUETIAPINE 50 MG PO QHS", "50 MG PO QHS"),
])
def test_plan_names_instruments_codes_and_doses_stay(detector, text, kept):
    assert untouched(detector, text, kept)


def test_values_under_identifying_table_headers_are_redacted(detector):
    text = ("| Name | SSN (last 4) | ZIP | Age |\n|---|---|---|---|\n| Mae Fort | 7731 | 04430 | 94 |\n"
            "| Screen | Score | Date |\n|---|---|---|\n| PHQ-9 | 12 | 5/2 |\n")
    got = _redacted(detector, text)
    assert {"7731", "04430", "94"} <= set(got)
    assert "12" not in got


@pytest.mark.parametrize("text, value", [
    ("Client: Jos\ufffd Pe\ufffda, DOB 3/4/1990", "Pe\ufffda"),
    ("Seen with her son Andr\ufffd Kowalczyk today.", "Andr\ufffd Kowalczyk"),
    ("Dr. Nu\ufffdez called back.", "Nu\ufffdez"),
])
def test_names_with_replaced_bytes_stay_whole(detector, text, value):
    assert covered(detector, text, value)


def test_a_single_long_line_is_cut_between_words(detector):
    line = " ".join(["Seen with Maribel Okonkwo-Tate on 3/4/2024 about sleep."] * 600)  # one 5,400-word line
    spans = find_spans([line], detector)[0]
    names = {line[s.start:s.end] for s in spans if s.entity_type == "NAME"}
    assert names == {"Maribel Okonkwo-Tate"}
    assert sum(line[s.start:s.end] == "3/4/2024" for s in spans) == 600


@pytest.mark.parametrize("text, value", [
    ("since her husband\n      Frédéric died last spring", "Frédéric"),
    ("Hélène, her neighbour, drives her to group.", "Hélène"),
    ("Zoë did not come to the session.", "Zoë"),
])
def test_accented_first_names_are_names(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("camped out at Sorrel Wash junction for a week", "Sorrel Wash junction"),
    ("she walks to east marlow jr high every day", "east marlow jr high"),
    ("labs drawn at tamsin ridge community health last week", "tamsin ridge community health"),
])
def test_landmarks_and_lowercase_schools_are_places_and_organisations(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, kept", [
    ("objective colon P H Q 9 of 18 comma flat affect", "P H Q 9 of 18"),
    ("plan colon continue C B T weekly period", "C B T"),
    ("dictated by Ann Roe comma L C S W comma period", "L C S W"),
])
def test_acronyms_spelled_letter_by_letter_are_no_initials(detector, text, kept):
    assert untouched(detector, text, kept)
