"""Dates, ages, names, places, organisations and licences written the way other languages and countries write them
(thirty-fifth session): Maltese dates joined by "ta'" and months after an elided "f'", the Southern African calendars'
own month names, Latin months of a parish register, Kannada, Malayalam and Odia months with their own digits, ages told
in Maltese, Latin, Kannada and isiZulu, names after the honorifics of the Indian scripts (stacked, with initials, two
people joined by "and", a home town in brackets), organisations of those scripts ending in their head word and the
places after them, Maltese street lines, villages and head-first organisations, a Nguni place's lowercase prefix
inside an organisation, councils' registration numbers, businesses named for meals and feasts, and Indian address
lines with numbered roads and blocks. Every example is written here, not taken from the blind set."""
import pytest

from assistant.phi.redact import find_spans
from phi_spans import covered, untouched


def not_a_date(detector, text: str, value: str) -> bool:
    """No DATE span overlaps value (its first occurrence)."""
    start = text.index(value)
    return not any(s.entity_type == "DATE" and s.start < start + len(value) and s.end > start
                   for s in find_spans([text], detector)[0])


@pytest.mark.parametrize("text,value", [
    ("Data tal-appuntament: 7 ta' Frar 2025, fl-għaxra.", "7 ta' Frar 2025"),
    ("Twieled fit-30 ta' Ottubru 1979 l-Belt.", "30 ta' Ottubru 1979"),
    ("Riċevuta: 2 ta’ Lulju 2024 (kopja).", "2 ta’ Lulju 2024"),
    ("Bdiet tieħu l-mediċina f'Jannar u waqfet f'Diċembru.", "Jannar"),
    ("Bdiet tieħu l-mediċina f'Jannar u waqfet f'Diċembru.", "Diċembru"),
    ("Ma xorbitx minn Ottubru, tgħid hi.", "Ottubru"),
])
def test_a_maltese_date_joined_by_ta_or_a_month_after_f_is_a_date(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Wazalwa ngo 3 uMbasa 1992 eThekwini.", "3 uMbasa 1992"),
    ("Ukuvakasha okulandelayo: 11 uMfumfu 2025.", "11 uMfumfu 2025"),
    ("Wangeniswa esibhedlela uLwezi 2023 izinsuku eziyi-10.", "uLwezi 2023"),
    ("Umhla wokuzalwa: 6 EyeKhala 1984", "6 EyeKhala 1984"),
    ("Letsatsi la tswalo: 19 Phupjane 2001", "19 Phupjane 2001"),
    ("Letlha la tsalo: 8 Moranang 1995", "8 Moranang 1995"),
])
def test_a_southern_african_month_of_its_own_calendar_is_a_date(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Baptizata die 15 Octobris 1962 a Rev. Novak.", "15 Octobris 1962"),
    ("Nata die 9 Ianuarii 1990 in hac paroecia.", "9 Ianuarii 1990"),
    ("Matrimonium initum die 21 Julii 2015.", "21 Julii 2015"),
    ("Confirmatus mense Maio 2004 ab episcopo.", "Maio 2004"),
])
def test_a_latin_month_of_a_register_is_a_date(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Brother Augustus 12 times called the office.", "Augustus 12"),
    ("Julius 3 visits this month.", "Julius 3"),
    ("Mbasa 4 sessions so far, attends with her aunt.", "Mbasa 4"),
])
def test_a_given_name_that_is_a_latin_or_zulu_month_is_no_date(detector, text, value):
    assert not_a_date(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("ಜನ್ಮ ದಿನಾಂಕ: ೧೪ ಮಾರ್ಚ್ ೧೯೮೬", "೧೪ ಮಾರ್ಚ್ ೧೯೮೬"),
    ("ಮುಂದಿನ ಭೇಟಿ ೨೦೨೬ ಡಿಸೆಂಬರ್ ೩ ರಂದು", "೨೦೨೬ ಡಿಸೆಂಬರ್ ೩"),
    ("ജനന തീയതി: ൨൨ ഒക്ടോബർ ൧൯൯൧", "൨൨ ഒക്ടോബർ ൧൯൯൧"),
    ("ଜନ୍ମ ତାରିଖ: ୫ ଅଗଷ୍ଟ ୧୯୮୮", "୫ ଅଗଷ୍ଟ ୧୯୮୮"),
])
def test_a_kannada_malayalam_or_odia_date_with_its_own_digits_is_a_date(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Missierha għandu 93 sena u joqgħod waħdu.", "93"),
    ("Sepulta est vidua annorum 96.", "96"),
    ("Obiit aetatis suae 91 in domo sua.", "91"),
    ("ಅಜ್ಜಿಗೆ ೯೪ ವರ್ಷ, ಮನೆಯಲ್ಲೇ ಇದ್ದಾರೆ.", "೯೪"),
    ("Ugogo uneminyaka engu-97, uhlala yedwa.", "97"),
])
def test_an_age_over_89_told_in_maltese_latin_kannada_or_isizulu_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Ibnu għandu 45 sena u jaħdem il-port.", "45"),
    ("Ugogo uneminyaka engu-47.", "47"),
])
def test_a_younger_age_in_those_languages_stays(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("ಆಹ್ವಾನ: ಚಿ॥ ಸೌ॥ ದೀಪಿಕಾ (Deepika) ಅವರ ಮದುವೆ", "ದೀಪಿಕಾ"),
    ("ಆಶೀರ್ವಾದ: ಶ್ರೀ ಎಂ. ಗೋಪಾಲ ಕೃಷ್ಣ (೯೧) / Sri M. Gopala Krishna", "ಎಂ. ಗೋಪಾಲ ಕೃಷ್ಣ"),
    ("ಶ್ರೀ ಮಂಜುನಾಥ ಶೆಟ್ಟಿ ಮತ್ತು ಶ್ರೀಮತಿ ಲತಾ ಅವರ ಮಗ", "ಮಂಜುನಾಥ ಶೆಟ್ಟಿ"),
    ("ಶ್ರೀ ಮಂಜುನಾಥ ಶೆಟ್ಟಿ ಮತ್ತು ಶ್ರೀಮತಿ ಲತಾ ಅವರ ಮಗ", "ಲತಾ"),
    ("निमंत्रक: श्रीमती सुनीता वर्मा और श्री राजेश वर्मा", "सुनीता वर्मा"),
    ("ఆహ్వానం: శ్రీమతి పద్మ (విజయవాడ) గారు", "పద్మ"),
])
def test_a_name_after_an_indian_scripts_honorific_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("ಶ್ರೀಮತಿ ಸರೋಜಾ (ಮೈಸೂರು) ಅವರ ಮೊಮ್ಮಗಳು", "ಮೈಸೂರು"),
    ("ఆహ్వానం: శ్రీమతి పద్మ (విజయవాడ) గారు", "విజయవాడ"),
    ("श्री अनिल (नासिक) और परिवार", "नासिक"),
])
def test_a_home_town_in_brackets_after_a_titled_name_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("|| ಶ್ರೀ ಗುರುಭ್ಯೋ ನಮಃ ||", "ಗುರುಭ್ಯೋ"),
    ("|| श्री गणेशाय नमः ||\nविवाह निमंत्रण", "गणेशाय"),
])
def test_an_invocation_after_sri_names_no_one(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("ಸ್ಥಳ ....... ಶ್ರೀ ಕೃಷ್ಣ ಸಭಾಭವನ, ಬಸವನಗುಡಿ, ಬೆಂಗಳೂರು", "ಶ್ರೀ ಕೃಷ್ಣ ಸಭಾಭವನ"),
    ("ಸ್ಥಳ ....... ಶ್ರೀ ಕೃಷ್ಣ ಸಭಾಭವನ, ಬಸವನಗುಡಿ, ಬೆಂಗಳೂರು", "ಬಸವನಗುಡಿ"),
    ("ಸ್ಥಳ ....... ಶ್ರೀ ಕೃಷ್ಣ ಸಭಾಭವನ, ಬಸವನಗುಡಿ, ಬೆಂಗಳೂರು", "ಬೆಂಗಳೂರು"),
    ("विद्यालय: सरस्वती बाल विद्यालय, शिवाजी नगर", "सरस्वती बाल विद्यालय"),
    ("வேலை: அன்னை மருத்துவமனை, தாம்பரம்", "அன்னை மருத்துவமனை"),
])
def test_an_indian_scripts_organisation_ending_in_its_head_and_its_places_are_redacted(detector, text, value):
    assert covered(detector, text, value)


def test_a_head_word_inside_an_indian_scripts_sentence_names_no_organisation(detector):
    text = "ಅವರು ನಿನ್ನೆ ಆಸ್ಪತ್ರೆಗೆ ಹೋದರು ಮತ್ತು ಬೇಗ ಬಂದರು."
    assert untouched(detector, text, "ಆಸ್ಪತ್ರೆಗೆ")


@pytest.mark.parametrize("text,value", [
    ("Indirizz: 7, Triq San Pawl, Ħal Tarxien TXN 1450", "7, Triq San Pawl, Ħal Tarxien TXN 1450"),
    ("Residenza ........ Flat 2, Triq il-Mitħna, Birkirkara BKR 3012", "Triq il-Mitħna, Birkirkara BKR 3012"),
    ("Tgħix fi Sqaq ta' Ġieżu, Rabat.", "Sqaq ta' Ġieżu"),
])
def test_a_maltese_street_line_is_redacted_whole(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Missieru jgħix waħdu l-Mosta u jżuruh il-Ħadd.", "Mosta"),
    ("Her brother drives a bus out of Żejtun every morning.", "Żejtun"),
    ("Jaħdem f'Ħal Luqa, qrib l-ajruport.", "Ħal Luqa"),
    ("Oħtha toqgħod fir-Rabat ma' żewġha.", "Rabat"),
    ("They grew up in Ħaż-Żebbuġ before the move.", "Ħaż-Żebbuġ"),
])
def test_a_maltese_town_or_village_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Kitbet bil-Malti u bl-Ingliż.", "Malti"),
    ("Victoria was calm today; her cousin Paola came too.", "Victoria"),
    ("Victoria was calm today; her cousin Paola came too.", "Paola"),
])
def test_a_language_or_a_given_name_that_is_a_maltese_place_stays_no_place(detector, text, value):
    start = text.index(value)
    spans = find_spans([text], detector)[0]
    assert not any(s.entity_type == "ADDRESS" and s.start < start + len(value) and s.end > start for s in spans)


@pytest.mark.parametrize("text,value", [
    ("Attendiet il-Poliklinika tal-Mosta għal xahar.", "Poliklinika tal-Mosta"),
    ("Ġiet riferuta lis-Sptar Monte Carmeli mill-GP.", "Sptar Monte Carmeli"),
    ("Kienet tgħallem fl-Iskola Primarja San Ġorġ.", "Iskola Primarja San Ġorġ"),
    ("Group sessions f'Ċentru taż-Żgħażagħ Marsa on Tuesdays.", "Ċentru taż-Żgħażagħ Marsa"),
])
def test_a_maltese_organisation_named_head_first_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Referred by eMalahleni Family Clinic last year.", "eMalahleni Family Clinic"),
    ("Volunteers at kwaDukuza Youth Centre on weekends.", "kwaDukuza Youth Centre"),
    ("Seen at eMpangeni Wellness Centre for follow-up.", "eMpangeni Wellness Centre"),
])
def test_a_nguni_place_with_its_lowercase_prefix_opens_an_organisation(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Dr T. Mokoena, clinical psychologist, HPCSA PS 0087321", "PS 0087321"),
    ("Sister N. Zulu, SANC 14-552031, ward 4.", "14-552031"),
    ("Social worker reg. SACSSP 10-44218 on file.", "10-44218"),
    ("Dr R. Rao, KMC 55417, consultant psychiatrist.", "55417"),
])
def test_a_councils_registration_number_with_its_register_letters_is_a_licence(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("She works the counter at Uncle Kimo's Plate Lunch in Waipahu.", "Uncle Kimo's Plate Lunch"),
    ("The sangeet is at Royal Orchid Banquets, Iselin.", "Royal Orchid Banquets"),
    ("Her father runs Nani Lei's Catering out of the garage.", "Nani Lei's Catering"),
    ("Reception at Sri Venkateswara Function Hall, Tirupati.", "Sri Venkateswara Function Hall"),
])
def test_a_business_named_for_its_meals_or_feasts_is_an_organisation(detector, text, value):
    assert covered(detector, text, value)


def test_a_meal_or_a_catering_word_in_lowercase_stays(detector):
    text = "Had a plate lunch with her sister; catering for the party stressed her."
    assert untouched(detector, text, "plate lunch") and untouched(detector, text, "catering")


@pytest.mark.parametrize("text,value", [
    ("Home: #221, 3rd Cross, 2nd Stage, Indiranagar, Bengaluru 560038", "#221, 3rd Cross, 2nd Stage"),
    ("Lives at No. 8/2, 5th Main Road, BTM Layout with her parents.", "No. 8/2, 5th Main Road"),
    ("Address: Flat 4B, 12th Main, Sector 7, Noida", "Flat 4B, 12th Main, Sector 7"),
])
def test_an_indian_address_line_with_numbered_roads_and_blocks_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Enrolled in a Phase 2 trial of the drug.", "Phase 2"),
    ("Case No. 14, 2nd Stage review pending.", "2nd Stage"),
    ("Moved to the 4th Block of the program after intake.", "4th Block"),
])
def test_a_trials_phase_or_a_stage_alone_is_no_address(detector, text, value):
    start = text.index(value)
    spans = find_spans([text], detector)[0]
    assert not any(s.entity_type == "ADDRESS" and s.start < start + len(value) and s.end > start for s in spans)


@pytest.mark.parametrize("text,value", [
    ("The HPCSA guidelines of 2024 were read together.", "2024"),
    ("She asked whether SANC rules apply to 1998 graduates.", "1998"),
])
def test_a_councils_name_before_a_year_gives_no_licence(detector, text, value):
    start = text.index(value)
    spans = find_spans([text], detector)[0]
    assert not any(s.entity_type == "LICENSE" and s.start < start + len(value) and s.end > start for s in spans)


@pytest.mark.parametrize("text,value", [
    ("The word triq means street; she practised it with her tutor.", "triq"),
    ("Referred to the Youth Centre for groups on Fridays.", "Youth Centre"),
    ("She found the Wellness Centre too far to reach by bus.", "Wellness Centre"),
])
def test_a_street_word_in_lowercase_or_an_unnamed_centre_stays(detector, text, value):
    assert untouched(detector, text, value)
