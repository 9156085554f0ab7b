"""Denial forms of a tenth kind, examples written here (three or more per class): a notice written in Spanish; a
faxed notice misread by OCR; a complaint or "ask us to reconsider" is the plan's own next step; when the payer's
next review round begins is no filing window; a rule for the corrected claim you send next is no reason; an
expedited route said not to apply in a long sentence; what a notice cites, named in more shapes."""

from __future__ import annotations

import pytest

from assistant.denials.read import read_denial

SPANISH = [
    "Plan Vital (Medicaid)\nFecha de esta notificación: 13 de enero de 2026\n\nEstimado señor Torres:\n\n"
    "DECISIÓN: CONFIRMAMOS LA DENEGACIÓN.\n\nRazones de nuestra decisión:\n1. Falta información clínica. Pedimos el plan "
    "de tratamiento y no lo recibimos.\n2. El servicio no cumple con los criterios de necesidad médica.\n\nSUS DERECHOS\n"
    "Si no está de acuerdo con esta decisión, puede pedir una audiencia administrativa. Debe pedirla dentro de ciento "
    "veinte (120) días calendario a partir de la fecha de esta notificación. Si esperar pudiera poner en peligro su "
    "salud, puede pedir una audiencia acelerada.\n",
    "Aviso de denegación\nFecha de esta notificación: 2 de marzo de 2026\n\nHemos revisado la solicitud de su proveedor "
    "para tratamiento residencial. La solicitud fue denegada porque el servicio no es médicamente necesario: un nivel de "
    "cuidado menos intensivo puede atender sus necesidades. Si no está de acuerdo, puede pedir una apelación dentro de "
    "sesenta (60) días a partir de la fecha de esta notificación. Usted puede pedir una apelación acelerada.\n",
    "Notificación de la decisión sobre su apelación\nFecha de esta notificación: 5 de mayo de 2026\n\nRevisamos su "
    "apelación de la denegación. La documentación insuficiente no nos permite aprobar el servicio: no recibimos las notas "
    "de progreso. Confirmamos la denegación. Si no está de acuerdo, puede pedir una revisión externa dentro de cuatro "
    "(4) meses a partir de la fecha de esta notificación. Para que la decisión se tome en su nombre con la ayuda de su "
    "familia, llame al número de servicio al afiliado que aparece en su tarjeta.\n",
]


@pytest.mark.parametrize("text, reasons", [
    (SPANISH[0], {"insufficient_documentation", "not_medically_necessary"}),
    (SPANISH[1], {"not_medically_necessary", "lower_level_of_care_appropriate"}),
    (SPANISH[2], {"insufficient_documentation"}),
])
def test_a_notice_in_spanish_is_read_like_an_english_one(text, reasons):
    got = read_denial(text)
    assert {r.category for r in got.reasons} == reasons
    assert got.appeal_deadline_days is not None


def test_a_spanish_notice_keeps_its_own_words_in_quotes():
    got = read_denial(SPANISH[0])
    assert any("Falta información clínica" in r.evidence for r in got.reasons)
    assert got.expedited_available and got.review_level == "internal_appeal_decision"


@pytest.mark.parametrize("text, category", [
    ("Date: 01/05/2026\nThe IRO has UPHELD the hea1th carrier's adverse deterrnination. Residentia1 treatrnent was not "
     "rnedica11y necessary.\n", "not_medically_necessary"),
    ("Date: 01/05/2026\nThe c1aim is denied. The rnedica1 records were not received after two requests. P1ease "
     "subrnit the records.\n", "insufficient_documentation"),
    ("Date: 01/05/2026\nThe request is denied: a 1ower 1evel of care, such as intensive outpatient, can safe1y rneet "
     "the rnember's needs.\n", "lower_level_of_care_appropriate"),
])
def test_a_faxed_notice_misread_by_ocr_is_still_read(text, category):
    assert category in {r.category for r in read_denial(text).reasons}


@pytest.mark.parametrize("text, days", [
    ("Date: 03/02/2026\nThe claim is denied; the service is not covered under your child's plan.\nIF YOU DISAGREE\n"
     "1. You can file a complaint. You must file it within 60 days of the date you get this letter.\n", 60),
    ("January 27, 2026\nThree lines were paid at CPT 90834 because the time documented supports 90834.\nReconsideration\n"
     "If you have documentation showing more time, you may ask us to reconsider. Your request must be received by "
     "April 27, 2026.\n", 90),
    ("Date: 02/01/2026\nThe claims are denied as not medically necessary. Round 2 of the review will begin no sooner "
     "than 45 days after the education session. You may request a redetermination. Your request must be received "
     "within 120 days from the date you receive the remittance advice.\n", 120),
])
def test_the_plans_own_next_step_gives_the_window(text, days):
    assert read_denial(text).appeal_deadline_days == days


def test_a_rule_for_the_corrected_claim_you_send_next_is_no_reason():
    text = ("Date: 02/01/2026\nLine 1 is denied: modifier 95 is missing for a telehealth service. Send a corrected claim "
            "with the modifier. Corrected claims are subject to the 90-day timely filing limit in your agreement.\n"
            "You may request a reconsideration within 180 days of this notice.\n")
    assert "timely_filing" not in {r.category for r in read_denial(text).reasons}


@pytest.mark.parametrize("sentence", [
    "The expedited (fast) appeal process applies only to care you have not yet received, so it is not available for "
    "this claim.",
    "An urgent review is for services that have not been provided yet and for that reason is not available here.",
    "Fast appeals are only for care you are waiting to get; this one is about care already given, so it does not apply.",
])
def test_an_expedited_route_said_not_to_apply_is_not_offered(sentence):
    text = "Date: 02/01/2026\nThe claim is denied as out of network.\n" + sentence + \
           "\nYou may appeal within 180 days of the date of this notice.\n"
    assert read_denial(text).expedited_available is False


@pytest.mark.parametrize("line, name", [
    ("POLICIES USED FOR THIS REVIEW\n  - Social Security Act, Section 1862(a)(1)(A)\n", "Social Security Act section 1862(a)(1)(A)"),
    ("Its Benefits Certificate lists 20 visits per benefit year.", "Benefits Certificate"),
    ("Criteria: Section 1862(a)(1)(A) of the Social Security Act.", "Social Security Act section 1862(a)(1)(A)"),
])
def test_what_a_notice_cites_is_named(line, name):
    text = "Date: 02/01/2026\nThe service is denied as not medically necessary.\n" + line + \
           "\nYou may appeal within 60 days of this notice.\n"
    got = read_denial(text).criteria_cited
    assert name in got and "POLICIES USED FOR THIS REVIEW" not in got
