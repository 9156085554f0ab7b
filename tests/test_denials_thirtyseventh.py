"""Denial readings on a thirty-seventh set of forms, examples written here (three or more per class, with inputs each
change must leave alone): a Somali or Swahili notice read through the notice glossary (its dates, reasons, deadline and
fast review), not taken for Spanish because of a Spanish tagline; a date already past when the notice was written is no
filing window; a date wrapped before its year stays one paragraph; care that only holds a steady state, or that has
produced no change, is no progress; the writer's own notes being silent rules no reason out; a final outside decision
with no step after it offers no fast review; a state court after a hearing decision is the next step; a service or
practitioner type not eligible under the plan is not covered; and an unlisted plan named on a line of its own inside
another paper is the payer."""
from __future__ import annotations

import pytest

from assistant.denials.read import read_denial
from assistant.denials.roles import disclaimed, sentence_roles
from assistant.denials.segments import segments
from assistant.denials.spanish import is_spanish
from assistant.foreign_dates import english_dates


def reasons(text: str) -> set[str]:
    return {r.category for r in read_denial(text).reasons}


# --- Somali and Swahili notices ---------------------------------------------------------------------------------------

_SOMALI = """Horizon Care Ohio
OGEYSIIS GO'AAN (NOTICE OF ADVERSE BENEFIT DETERMINATION)
Taariikhda ogeysiiska (Notice date): 5 Oktoobar 2026

GO'AANKA (DECISION): QAYB AHAAN WAA LA OGGOLAADAY (PARTIALLY APPROVED)

SABABTA (REASON):
{reason}

XUQUUQDAADA (YOUR RIGHTS):
  * Rafcaan (Appeal): Waxaad codsan kartaan rafcaan ilaa 4 Diseembar 2026.
  * Rafcaan degdeg ah (Expedited appeal): Haddii sugitaanku si weyn u waxyeeleyn karo caafimaadkaaga, codso rafcaan
    degdeg ah.
  * Dhageysi Gobol (State Hearing): Rafcaanka kadib, waxaad ka codsan kartaa dhageysi 120 maalmood gudahood laga
    bilaabo taariikhda go'aanka rafcaanka.

ATENCIÓN: si habla español, llame al 1-800-555-0111.
"""

_SWAHILI = """Lakeside Family Health Plan
TAARIFA YA UAMUZI (NOTICE OF ADVERSE BENEFIT DETERMINATION)
Tarehe ya taarifa (Notice date): 1 Machi 2027

UAMUZI (DECISION): IMEKATALIWA (DENIED)

SABABU (REASON):
{reason}

HAKI ZAKO (YOUR RIGHTS):
  1. Rufaa (Appeal): Wewe au mtoa huduma wako mnaweza kukata rufaa hadi tarehe 30 Aprili 2027.
  2. Rufaa ya haraka (Expedited appeal): Ikiwa kusubiri kunaweza kudhuru afya yako, omba rufaa ya haraka.
  3. Usikilizwaji wa haki (State Fair Hearing): Baada ya uamuzi wa rufaa, unaweza kuomba usikilizwaji ndani ya siku 120.

ATENCIÓN: Ayuda gratuita con el idioma. Llame al 1-800-555-0112.
"""


@pytest.mark.parametrize("text, category, days", [
    (_SOMALI.format(reason="Tirada kulamada ee la codsaday (saddex toddobaadkii) waxay ka badan tahay inta siyaasaddu "
                           "oggolaato hadda."), "frequency_or_duration_exceeds_guidelines", 60),
    (_SOMALI.format(reason="Waxaan codsannay diiwaannada bixiyahaaga. Ma aanan helin diiwaannada waqtigii loo "
                           "qabtay, sidaas darteed go'aan caafimaad lama gaarin."), "insufficient_documentation", 60),
    (_SWAHILI.format(reason="Tuliomba mpango wa matibabu. Hatukupokea taarifa hizo kwa wakati, kwa hiyo hatuwezi "
                            "kuamua."), "insufficient_documentation", 60),
    (_SWAHILI.format(reason="Mtoa huduma wako yuko nje ya mtandao wa mpango wako na hakuna faida ya nje ya mtandao "
                            "kwa huduma hii."), "out_of_network", 60),
])
def test_somali_and_swahili_notices_read_through_the_glossary(text, category, days):
    reading = read_denial(text)
    assert category in reasons(text)
    assert reading.appeal_deadline_days == days
    assert reading.expedited_available is True


def test_a_passing_mention_of_medical_necessity_in_swahili_is_no_reason():
    text = _SWAHILI.format(reason="Hatukupokea taarifa hizo kutoka kwa mtoa huduma wako kwa wakati. Hatujaamua kwamba "
                                  "huduma hii haihitajiki kiafya.")
    assert reasons(text) == {"insufficient_documentation"}


@pytest.mark.parametrize("text, spanish", [
    (_SOMALI.format(reason="Waa la diiday."), False),
    (_SWAHILI.format(reason="Imekataliwa."), False),
    # must not: a Spanish notice (with "ya", "ni", "tu" that Swahili also writes) is still Spanish
    ("Aviso de denegación. Ya revisamos su solicitud y no es médicamente necesaria. Usted puede apelar dentro de 60 "
     "días. Ni el plan ni su proveedor pueden cobrarle; tu proveedor recibió una copia del aviso.", True),
    ("Estimado miembro: Hemos denegado el servicio porque los registros no fueron recibidos. Usted tiene 60 días para "
     "presentar una apelación. Llame al 1-800-555-0113 si tiene preguntas sobre los servicios del plan.", True),
])
def test_a_somali_or_swahili_notice_with_a_spanish_tagline_is_not_spanish(text, spanish):
    assert is_spanish(text) is spanish


@pytest.mark.parametrize("text, expected", [
    ("ilaa 31 Janaayo 2027", "ilaa January 31, 2027"),
    ("hadi tarehe 15 Septemba 2026", "hadi tarehe September 15, 2026"),
    ("3 Luulyo 2026 iyo 9 Nofeembar 2026", "July 3, 2026 iyo November 9, 2026"),
    ("Tarehe 2 Desemba 2026", "Tarehe December 2, 2026"),
    # must not: a count of sessions or a bare month word is no date
    ("12 kulan, Mei", "12 kulan, Mei"),
])
def test_somali_and_swahili_dates_read_as_english_dates(text, expected):
    assert english_dates(text) == expected


# --- a date already past is no filing window ---------------------------------------------------------------------------

_PAST = """Notice date: {notice}
We denied the request because it was submitted late.
RECONSIDERATION
You may request reconsideration by sending proof that the request was sent on time (a fax report dated on or before
{proof}). {rest}
"""


@pytest.mark.parametrize("notice, proof, rest, days", [
    ("03/02/2026", "01/10/2026", "Your request must be received by April 1, 2026.", 30),
    ("June 1, 2026", "May 2, 2026", "Send your request by July 1, 2026.", 30),
    ("10/05/2026", "09/01/2026", "The reconsideration must reach us within 60 days of this notice.", 60),
])
def test_a_date_before_the_notice_is_no_window(notice, proof, rest, days):
    reading = read_denial(_PAST.format(notice=notice, proof=proof, rest=rest))
    assert reading.appeal_deadline_days == days


def test_a_date_after_the_notice_is_still_the_window():
    text = "Notice date: 10/05/2026\nWe denied the request because it was submitted late.\nYou may appeal by 11/04/2026.\n"
    assert read_denial(text).appeal_deadline_days == 30


def test_a_deadline_is_never_negative():
    text = "Notice date: 08/20/2026\nClaims denied: no authorization on file.\nYou may appeal by 07/01/2026.\n"
    assert read_denial(text).appeal_deadline_days is None


# --- a date wrapped before its year ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, days", [
    ("Notice date: 11/02/2026\nThis service is not medically necessary.\nAPPEAL\nYou may ask us to reconsider. Your "
     "request must be received by December 2,\n2026. Requests received later will not be reviewed.\n", 30),
    ("Notice date: January 5, 2027\nDenied: no prior authorization was obtained for these visits.\nAPPEAL\nFile your "
     "written appeal with us no later than Feb. 4,\n2027. Late appeals are dismissed.\n", 30),
    ("Date of this notice: 3/1/2026\nThe records we received were incomplete.\nYour appeal must be postmarked by "
     "April 30,\n2026. Mail it to the address above.\n", 60),
])
def test_a_date_wrapped_before_its_year_is_one_paragraph(text, days):
    assert read_denial(text).appeal_deadline_days == days


def test_a_numbered_line_after_a_date_still_starts_its_own_item():
    text = ("Notice date: 05/01/2026\nThe service is not medically necessary.\nWe received your records on April 20,\n"
            "2. You may appeal within 60 days of this notice.\n")
    assert read_denial(text).appeal_deadline_days == 60


# --- care that holds a steady state, or has produced no change ---------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The notes describe sessions that help you keep your current level of functioning.",
    "Therapy that maintains a stable condition does not meet the criteria for continued care.",
    "The second weekly session has not produced measurable change over eight months.",
    "Her GAD-7 scores have not changed materially since March.",
    "The records show care that preserves his present clinical state rather than treatment that is producing further gains.",
])
def test_steady_state_care_is_no_progress(sentence):
    text = f"Appeal decision: denial upheld.\n{sentence} Continued outpatient therapy is not medically necessary.\n"
    assert "no_progress_or_maintenance" in reasons(text)


@pytest.mark.parametrize("sentence", [
    "Please keep your current appointment schedule while the appeal is reviewed.",
    "You may keep the same therapist if you change plans.",
    "Your symptoms have improved, and the records are complete.",
    "You can keep your current enrollment status and the same state plan while the appeal is pending.",
])
def test_steady_state_must_not(sentence):
    text = f"Appeal decision: denial upheld.\n{sentence} Continued outpatient therapy is not medically necessary.\n"
    assert "no_progress_or_maintenance" not in reasons(text)


# --- the writer's own notes silent rule nothing out --------------------------------------------------------------------

_REVIEW = """Team debrief after the external review
IRO decision, quoted: "Residential treatment after 05/10/2026 is not medically necessary. By then her needs could have
been safely met in a partial hospitalization program."
What we learned:
 - {line}
"""


def _ruled_out(line: str) -> set[str]:
    text = _REVIEW.format(line=line)
    segs = segments(text)
    return disclaimed(segs, sentence_roles(segs, text))


@pytest.mark.parametrize("line", [
    "Our notes after 05/10 said meals were complete but never said what would happen at a lower level.",
    "The weekly summaries listed vitals and weights but never stated the risk at a lower level of care.",
    "Our chart said no purging, but the chart never said how she would do at a lower level.",
])
def test_own_notes_silent_is_no_disclaimer(line):
    assert "lower_level_of_care_appropriate" not in _ruled_out(line)


@pytest.mark.parametrize("line", [
    "The IRO never said what would happen at a lower level of care.",
    "Nobody claimed a lower level of care was the issue.",
])
def test_a_reader_saying_the_reviewer_never_claimed_it_still_rules_it_out(line):
    assert "lower_level_of_care_appropriate" in _ruled_out(line)


# --- a final outside decision offers no fast review --------------------------------------------------------------------

_FINAL = """INDEPENDENT REVIEW ORGANIZATION DECISION
The IRO upholds the health plan's denial. Continued intensive outpatient treatment is not medically necessary.
{extra}
This decision is final and binding; no further appeal is available.
"""


@pytest.mark.parametrize("extra", [
    "This review was conducted as a standard (non-expedited) external review.",
    "Lesson for next time: ask for an expedited external review while the patient is still in the program.",
    "The member did not ask for an expedited review.",
])
def test_a_final_external_decision_offers_no_fast_review(extra):
    reading = read_denial(_FINAL.format(extra=extra))
    assert reading.review_level == "external_review"
    assert reading.expedited_available is False


def test_an_internal_decision_still_offers_a_fast_external_review():
    text = ("Notice date: 04/01/2026\nYour appeal is denied; we upheld our decision. Therapy is not medically necessary.\n"
            "You may request an external review within 4 months. If waiting would seriously jeopardize your health, "
            "you may ask for an expedited external review.\n")
    assert read_denial(text).expedited_available is True


# --- a state court after a hearing or external decision ----------------------------------------------------------------

@pytest.mark.parametrize("court, days", [
    ("To appeal, you must file a complaint with the Superior Court within 30 days of your receipt of this decision.", 30),
    ("You may seek judicial review by filing a petition in circuit court within 45 days of this decision.", 45),
    ("You may appeal to the county court within 60 days of the date of this decision.", 60),
    # must not: a court named with no number of days gives no deadline
    ("You may have other remedies under state or federal law, including a civil action.", None),
])
def test_a_state_court_is_the_step_after_an_outside_decision(court, days):
    text = ("BOARD OF HEARINGS - FAIR HEARING DECISION\nThe Independent Review Organization decision is upheld: the "
            f"second weekly session is not medically necessary.\nYOUR RIGHT TO APPEAL TO COURT\n{court}\n")
    reading = read_denial(text)
    assert reading.review_level == "external_review"
    assert reading.appeal_deadline_days == days


def test_a_court_beside_a_first_appeal_does_not_replace_it():
    text = ("Notice date: 02/02/2026\nWe denied the request: it is not medically necessary.\nYou may appeal to us within "
            "60 days of this notice. You may also have the right to bring a civil action in federal court.\n")
    assert read_denial(text).appeal_deadline_days == 60


# --- a service or practitioner type the plan does not take ------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "C  Services by this type of practitioner are not eligible under your plan.",
    "Note 4: Counselling sessions with a life coach are not eligible under the group contract.",
    "Licensed professional counsellors are not an eligible practitioner type.",
])
def test_a_service_not_eligible_under_the_plan_is_not_covered(line):
    text = f"EXPLANATION OF BENEFITS\nLine 3  2026-10-06  Paid 0.00  Note C\n{line}\n"
    assert "non_covered_service_or_diagnosis" in reasons(text)


def test_a_member_not_eligible_is_not_a_non_covered_service():
    text = "EXPLANATION OF BENEFITS\nClaim denied. The member is not eligible under this plan on the date of service.\n"
    assert "non_covered_service_or_diagnosis" not in reasons(text)


# --- an unlisted plan named on its own line inside another paper --------------------------------------------------------

@pytest.mark.parametrize("sender, expected", [
    ("Northwind Health Plan", "Northwind Health Plan"),
    ("Cedar Valley Insurance Company", "Cedar Valley Insurance Company"),
    ("Bright Harbor Health Insurance", "Bright Harbor Health Insurance"),
])
def test_an_unlisted_plan_inside_another_paper_is_the_payer(sender, expected):
    text = (f"INTERPRETER ENCOUNTER RECORD\nDocument ....... letter, 2 pages\n\nSOURCE TEXT:\n   {sender}\n   NOTICE OF "
            "DECISION\n   We are denying coverage: the provider is not contracted with our plan.\n")
    assert read_denial(text).payer == expected


def test_a_clinic_line_is_no_payer():
    text = ("INTERPRETER ENCOUNTER RECORD\nGolden Hill Community Health Center\n\nSOURCE TEXT:\n   NOTICE OF DECISION\n"
            "   We are denying coverage: the provider is not contracted with our plan.\n")
    assert read_denial(text).payer is None


# --- a state administrative code cited by its abbreviation and title ----------------------------------------------------

@pytest.mark.parametrize("text, cite", [
    ("Your appeal is denied. Under 130 CMR 450.204, the service is not medically necessary.", "130 CMR 450.204"),
    ("Denied: not medically necessary as defined at 101 CMR 346.04.", "101 CMR 346.04"),
    ("We denied the request. The service does not meet 907 KAR 15:005 for medical necessity.", "907 KAR 15:005"),
])
def test_a_state_code_abbreviation_is_a_cited_criterion(text, cite):
    assert any(c.startswith(cite) for c in read_denial(text).criteria_cited)


def test_an_abbreviation_without_a_section_is_no_criterion():
    text = "Denied: not medically necessary. Call our CMR team at 1-800-555-0100 for help."
    assert read_denial(text).criteria_cited == ()
