"""Precision classes from the twenty-fifth blind set (examples written here): a public office, help line or service
desk named only by what it does is no local place; a national brand or a vehicle's make and model places nobody
(the plate beside it still does); a state licence after a signature is a credential; a crash report's numbered
vehicle and its lane are no ward and no street; the words of a Spanish form's question are no names; and a billing
code's shape at the head of a grouped number is the number's first group, not a code."""
from __future__ import annotations

import pytest

from assistant.phi.keep import find_keep
from assistant.phi.recognizers.org_phrases import descriptive
from assistant.phi.redact import find_spans
from phi_spans import covered, untouched


def _kept(text: str, value: str) -> bool:
    start = text.index(value)
    return any(a <= start and start + len(value) <= b for a, b in find_keep(text))


@pytest.mark.parametrize("text, value", [
    ("STATE VICTIM ASSISTANCE PROGRAM -- CLAIM FORM\nClaimant: Orla Penhallow", "STATE VICTIM ASSISTANCE PROGRAM"),
    ("Copy sent to the Office of the Public Defender on intake.", "Office of the Public Defender"),
    ("Please call Customer Support Services if the portal fails.", "Customer Support Services"),
    ("Request the certificate from the Office of Vital Records first.", "Office of Vital Records"),
])
def test_a_public_office_named_by_its_function_is_no_local_place(detector, text, value):
    assert descriptive(value)
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Referred by Brackenfield Poison Center after the ingestion.", "Brackenfield"),
    ("She sees a counsellor at Quillon Street Credit Counseling weekly.", "Quillon"),
    ("He volunteers with the Tamsworth Victim Services office.", "Tamsworth"),
])
def test_an_office_with_a_name_of_its_own_stays_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Vehicle: 2011 Toyota Camry, white, plate 7XKD402", "2011 Toyota Camry"),
    ("Parked a black Silverado by the loading dock (plate QTR 5521).", "black Silverado"),
    ("VEH 2 -- 2008 FORD RANGER  Plate HJ-4471", "2008 FORD RANGER"),
    ("Insured through Allstate; drives for Lyft on weekends.", "Allstate"),
    ("Insured through Allstate; drives for Lyft on weekends.", "Lyft"),
])
def test_a_brand_or_a_vehicles_make_and_model_is_kept(text, value):
    assert _kept(text, value)


@pytest.mark.parametrize("text, value", [
    ("Vehicle: 2011 Toyota Camry, white, plate 7XKD402", "7XKD402"),
    ("Parked a black Silverado by the loading dock (plate QTR 5521).", "QTR 5521"),
])
def test_the_plate_beside_a_vehicle_stays_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text", ["She moved to Colorado last spring.", "Dr. Lowe's notes were faxed.",
                                  "The shoes did not fit."])
def test_a_model_or_a_brand_word_alone_is_not_kept(text):
    word = {"Colorado", "Lowe's", "fit"} & set(text.replace(".", " ").split())
    value = word.pop()
    assert not _kept(text, value)


@pytest.mark.parametrize("text, value", [
    ("Signed,\nMarguerite Ellory, LSCSW, LCAC", "LSCSW, LCAC"),
    ("Counselor: Tobin Aske, LCDC", "LCDC"),
    ("Reviewed by Ines Halloway, LAADC", "LAADC"),
])
def test_a_state_licence_after_a_signature_is_a_credential(detector, text, value):
    assert untouched(detector, text, value)
    assert covered(detector, text, text[text.index(value) - 2 - len(text.split(",")[-2].split()[-1]):text.index(value) - 2])


@pytest.mark.parametrize("text, value", [
    ("Witness saw Vehicle 2 stopped in lane 3 before the impact.", "2 stopped in lane"),
    ("The driver of Unit 2 said the light was green.", "driver of Unit"),
    ("Driver of Unit 1 was transported; Unit 2 towed.", "Driver of Unit"),
    ("car 1 drifted into lane 2 at the merge", "1 drifted into lane"),
])
def test_a_crash_reports_numbered_vehicle_and_lane_are_no_place(detector, text, value):
    assert untouched(detector, text, value)


def test_a_numbered_street_in_lowercase_still_counts(detector):
    assert covered(detector, "she now lives at 41 corrow hill lane apt 2", "41 corrow hill lane")


FORM = ("CUESTIONARIO / QUESTIONNAIRE\n"
        "Nombre del niño: Teodoro Salcedo\n"
        "¿Duerme bien? No.    ¿Pesadillas? Sí, cada noche.\n"
        "¿Cuándo empezó? \"Cuando nos mudamos en marzo, ya no quiere salir.\"\n"
        "¿Quién vive en casa? Su papá Anselmo y su hermana.\n")


@pytest.mark.parametrize("word", ["Duerme", "Pesadillas", "Cuándo", "Cuando", "Quién"])
def test_the_words_of_a_spanish_forms_question_are_no_names(detector, word):
    assert untouched(detector, FORM, word)


@pytest.mark.parametrize("name", ["Teodoro Salcedo", "Anselmo"])
def test_names_on_a_spanish_form_stay_redacted(detector, name):
    assert covered(detector, FORM, name)


@pytest.mark.parametrize("text, code, kept", [
    ("Ticket no. H2231 8890 1123 4456 scanned at gate", "H2231", False),
    ("card ending 5531 T0188 on file", "T0188", False),
    ("Billed H0031 and T1017-HE today.", "H0031", True),
    ("Billed H0031 and T1017-HE today.", "T1017-HE", True),
])
def test_a_billing_codes_shape_in_a_grouped_number_is_no_code(text, code, kept):
    assert _kept(text, code) is kept


@pytest.mark.parametrize("text, value", [
    ("Her complaint went to the Consumer Protection Division in May.", "Consumer Protection Division"),
    ("To Member Services:\nPlease reconsider the denial.", "Member Services"),
    ("forwarded by National HQ -- Claims & Appeals Unit", "Claims & Appeals Unit"),
])
def test_a_public_function_name_is_kept_whatever_guessed_it(text, value):
    assert _kept(text, value)


@pytest.mark.parametrize("text, value", [
    ("Dear Kestrel Member Services team,", "Kestrel"),
    ("Referred by Brackenfield Poison Center.", "Brackenfield"),
    ("Call Grace at Victim Services.", "Grace"),
])
def test_a_word_of_its_own_before_a_public_function_is_not_kept(text, value):
    assert not _kept(text, value)


PORTUGUESE = ("Ficha de acolhimento\n"
              "Paciente: Joaquim Trindade      Nascimento: 04/07/1981\n"
              "Queixa principal: dorme mal desde que perdeu o emprego em julho.\n"
              "Escalas aplicadas pelo terapeuta: PHQ-9 = 16\n"
              "Trindade chegou sozinho e falou pouco durante a consulta.\n")


@pytest.mark.parametrize("word", ["Queixa", "Escalas"])
def test_a_foreign_lines_first_word_is_no_name(detector, word):
    assert untouched(detector, PORTUGUESE, word)


def test_a_name_named_elsewhere_stays_redacted_where_it_opens_a_sentence(detector):
    assert covered(detector, PORTUGUESE, "Joaquim Trindade")
    at = PORTUGUESE.index("Trindade chegou")
    assert any(s.start <= at and at + len("Trindade") <= s.end for s in find_spans([PORTUGUESE], detector)[0])


@pytest.mark.parametrize("line", ["Maceió, 14 de outubro de 2026", "Quelimane, 3 de maio de 2025",
                                  "Itabuna, em 2 de junho de 2026"])
def test_a_datelines_town_is_not_read_as_a_sentences_first_word(line):
    from assistant.phi.line_language import _DATELINE_AFTER
    town = line.split(",")[0]
    assert _DATELINE_AFTER.match(line, len(town))
