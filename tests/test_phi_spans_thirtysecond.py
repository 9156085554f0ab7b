"""A label's other-language half in mid-line (found in the thirty-second session): after a sentence ends, "Mål /
Goals:" is a field's name in two languages, never a person (examples written here)."""
import pytest

from phi_spans import covered, untouched


@pytest.mark.parametrize("text,value", [
    ("Funktion / Functioning: har ikke lavet mad / has not cooked.\nMedicin / Meds: ingen / none.\n"
     "Behandlingsplan / Treatment plan: ugentlige samtaler / weekly, 12 sessions. Mål / Goals: ingen alkohol / no drinking; GDS-15 <= 5.", "Mål"),
    ("Funcionamiento / Functioning: no trabaja / not working.\nMedicamentos / Meds: ninguno / none.\n"
     "Plan de tratamiento / Treatment plan: semanal / weekly. Metas / Goals: volver al trabajo / back to work; PHQ-9 < 10.", "Metas"),
    ("Funkcionisanje / Functioning: ne radi / not working.\nLekovi / Meds: nema / none.\n"
     "Plan lečenja / Treatment plan: nedeljno / weekly. Rizik / Risk: negira / denies SI/HI, no firearms.", "Rizik"),
])
def test_a_mid_line_label_in_two_languages_names_nobody(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Seen with her mother. Maria / Mother: says she sleeps all day.", "Maria"),
    ("Called back at noon. Anders / Son: worried about the rifle.", "Anders"),
    ("Family met today. Ingrid / Sister: drove her to the appointment.", "Ingrid"),
])
def test_a_person_labelled_by_their_role_is_still_redacted(detector, text, value):
    assert covered(detector, text, value)
