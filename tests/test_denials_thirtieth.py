"""Denial readings on a thirtieth set of forms, examples written here (three or more per class, and three where a rule
could over-fire): a remittance column headed "ARC" with zero-padded codes under an underlined heading; a code key under
its own short title ("RESULT CODES") gives only the codes applied to this claim, and a number key is not a date's part;
another resource that must pay first is an "other" reason; records asked for and then "not received" in the next
sentence; a program's numbered rule as a cited criterion; "your letter dated ..." and a court's filing stamp are not the
notice's date; an appeal request form's own return window and its "check here" urgent box; notices in Portuguese and
Chinese read through the glossary, with their dates, and a decision set apart from a topic ("not related to")."""
from __future__ import annotations

import pytest

from assistant.denials.code_columns import labelled_code_cells
from assistant.denials.foreign_notice import sentence_language
from assistant.foreign_dates import english_dates
from assistant.denials.read import read_denial
from assistant.denials.spanish import is_spanish


def reasons(text: str) -> set[str]:
    return {r.category for r in read_denial(text).reasons}


# --- a code column headed "ARC", cells padded to three digits, the heading underlined ---------------------------------

_HEAD = "0CLIENT            ICN            FROM    PROC  UNITS   BILLED     PAID  ARC  RARC\n"
_RULE = "+______            ___            ____    ____  _____   ______     ____  ___  ____\n"


@pytest.mark.parametrize("row, expected", [
    (" DOE, J            2026011000123  020326  90834      1   120.00     0.00  029\n", {"timely_filing"}),
    (" ROE, K            2026011000124  020426  90837      1   160.00     0.00  018\n", {"other"}),
    (" POE, L            2026011000125  020526  90832      1    90.00     0.00  197\n", {"no_prior_authorization"}),
    (" LOE, M            2026011000126  020626  90791      1   210.00     0.00  119\n", {"benefit_limit_reached"}),
])
def test_zero_padded_code_under_an_arc_heading_gives_its_reason(row, expected):
    text = "STATE MEDICAL ASSISTANCE PROGRAM\nREMITTANCE ADVICE\nCLAIM STATUS: DENIED\n" + _HEAD + _RULE + row
    assert reasons(text) == expected


def test_repeated_headings_start_the_code_column_again():
    page = _HEAD + _RULE + " DOE, J            2026011000123  020326  90834      1   120.00     0.00  029\n"
    text = labelled_code_cells(page + "\n" + page)
    assert text.count("CARC 29") == 2


@pytest.mark.parametrize("line", [
    "0ARCHIVE  BOX    SHELF  ROW  NOTES\n 12       029    3      4    kept\n",       # "ARCHIVE" is no ARC heading
    "Rendering Provider   RARC   Units   Paid\n Smith                N130   1       0.00\n",   # RARC alone labels nothing
    "Claim   Date   ARC   Paid\n",                                                   # a heading with no rows
])
def test_rows_without_an_arc_column_stay_as_written(line):
    assert "CARC" not in labelled_code_cells(line)


# --- a code key under its own short title ---------------------------------------------------------------------------

_KEY_LETTER = ("DECISION ON BILLS\nDate of decision: 03/02/2026\nBills listed below were reviewed.\n\n"
               "  DOS          Code   Result\n{rows}\n\nRESULT CODES\n"
               "  P   Paid at the fee schedule.\n"
               "  T   Denied: bill received more than one year after the date of service.\n"
               "  X   Denied: the yearly maximum for this benefit has been reached.\n"
               "  Q   Denied: the provider is not in the network.\n"
               "  D   Denied: requested records were not received.\n")


@pytest.mark.parametrize("rows, expected", [
    ("  01/05/2025   90834  T      Denied\n  02/05/2026   90834  P      Paid", {"timely_filing"}),
    ("  01/05/2026   90837  X      Denied\n  01/12/2026   90837  X      Denied", {"benefit_limit_reached"}),
    ("  01/05/2026   90834  Q      Denied\n  01/12/2026   90834  D      Denied", {"out_of_network", "insufficient_documentation"}),
])
def test_key_under_a_short_title_gives_only_the_codes_applied(rows, expected):
    assert reasons(_KEY_LETTER.format(rows=rows)) == expected


@pytest.mark.parametrize("dated", ["02/06/2026", "06/02/2026", "2026-06-02"])
def test_number_key_is_not_read_in_a_date(dated):
    text = (f"NOTICE OF DENIAL    Date of notice: {dated}\nPAYMENT DENIED. Reason code(s) (see back): 03\n\n"
            "DENIAL REASON CODES\n02  Requested records were not received\n03  Prior approval was not obtained\n"
            "06  The provider is not in the network\n")
    assert reasons(text) == {"no_prior_authorization"}


# --- another resource must pay first ----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The claim is denied. An alternate resource is available: the member must apply for Medicaid first.",
    "Payment denied. The fund pays last, so the victim must use her health insurance first and send us its decision.",
    "We cannot pay. The family must apply for CHIP and give us the CHIP decision before we can consider payment.",
])
def test_another_resource_first_is_an_other_reason(sentence):
    assert reasons(sentence) == {"other"}


@pytest.mark.parametrize("sentence", [
    "The claim is denied because prior approval was not obtained. No alternate resource is available for this service.",
    "The claim is denied because prior approval was not obtained. If you have Medicaid, you must apply for it first.",
    "The claim is denied because prior approval was not obtained. We checked: there is no alternative resource available.",
])
def test_no_other_resource_gives_no_other_reason(sentence):
    assert reasons(sentence) == {"no_prior_authorization"}


# --- records asked for, then not received in the next sentence ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "We cannot approve the request. On March 3 we asked for the treatment plan and two recent notes. We have not received "
    "this information.",
    "Your request is denied. Our reviewer asked the clinic for progress notes twice. We never received those records.",
    "The service is not authorized. We faxed the office asking for the PHQ-9 scores. We did not get the requested "
    "documents.",
])
def test_records_asked_for_then_not_received_is_documentation(text):
    assert reasons(text) == {"insufficient_documentation"}


@pytest.mark.parametrize("text", [
    "The service is not medically necessary. We have received the information you sent and reviewed it.",
    "The service is not medically necessary. If we have not received this information by May 1, the file will close.",
    "The service is not medically necessary. We have not received any appeal from you yet.",
])
def test_received_or_unrelated_items_are_no_documentation_reason(text):
    assert reasons(text) == {"not_medically_necessary"}


# --- a program's numbered rule as a cited criterion ----------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Bills must be received within one year of service (Program Rule 5.2). Your bill arrived late and is denied.",
     "Program Rule 5.2"),
    ("The award is limited to 20 sessions under Board Rule 12-3, so the remaining sessions are denied.", "Board Rule 12-3"),
    ("Counseling is payable up to $2,500 (Fund Regulation 4.1(b)); the maximum has been reached and the bill is denied.",
     "Fund Regulation 4.1(b)"),
])
def test_numbered_program_rule_is_cited(text, name):
    assert name in read_denial(text).criteria_cited


@pytest.mark.parametrize("text", [
    "The claim is denied because 90837 was billed for 40 minutes; the 8-minute rule does not apply to psychotherapy.",
    "Rule out bipolar disorder was listed, but the service is not medically necessary.",
    "As a rule of thumb we pay 12 visits; this request is not medically necessary.",
])
def test_no_numbered_rule_is_cited_where_none_is(text):
    assert not any("Rule" in c for c in read_denial(text).criteria_cited)


# --- whose date dates the notice --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, days", [
    ("Level 2 Appeal Decision\n\nApril 1, 2026\n\nWe reviewed your letter dated March 3, 2026 and the records. The "
     "denial is upheld; the care is not medically necessary. You may ask for an external review. Your request must be "
     "received by May 31, 2026.", 60),
    ("Case 1:26-cv-00012     Document 9-2     Filed 07/01/26     Page 1 of 4\n\nAppeal Decision\n\nFebruary 2, 2026\n\n"
     "The denial is upheld: the care is not medically necessary. You may ask for an external review. Your request must "
     "be received by April 3, 2026.", 60),
    ("Appeal decision\n\nJanuary 10, 2026\n\nWhat we reviewed: your letter dated December 1, 2025 and the notes. The denial "
     "is upheld; the service is not medically necessary. You may ask for an external review. Your request must be "
     "received by March 11, 2026.", 60),
])
def test_member_letter_and_court_stamp_do_not_date_the_notice(text, days):
    assert read_denial(text).appeal_deadline_days == days


# --- an appeal request form: its own return window and its urgent box --------------------------------------------------

_FORM = ("{title}\nMail to: Appeals Unit, P.O. Box 1\n\nThis form came with your notice. Fill in Part 2.\n"
         "{window}\n\nPART 1 - COMPLETED BY THE PLAN\n  Decision:   NOT APPROVED\n  Reason:     The care is not "
         "medically necessary.\n\nPART 2 - COMPLETED BY THE MEMBER\n{box}\n")


@pytest.mark.parametrize("title, window, days", [
    ("MEMBER APPEAL REQUEST FORM", "The completed form must be received within 180 days of the notice date.", 180),
    ("Request for Reconsideration Form", "This form must be returned within 60 days of the date on the notice.", 60),
    ("GRIEVANCE AND APPEAL FORM", "Your signed form should be sent within 65 days of the notice.", 65),
])
def test_form_return_window_takes_the_step_its_title_names(title, window, days):
    reading = read_denial(_FORM.format(title=title, window=window, box=""))
    assert reading.appeal_deadline_days == days


@pytest.mark.parametrize("box", [
    "  [ ] Check here if this is an URGENT (expedited) appeal.",
    "  \u2610 Tick this box if you need a fast (expedited) review because waiting could harm your health.",
    "  ( ) Check this box to ask for an expedited appeal.",
])
def test_check_here_box_offers_an_expedited_appeal(box):
    text = _FORM.format(title="MEMBER APPEAL REQUEST FORM", window="Send it within 180 days of the notice.", box=box)
    assert read_denial(text).expedited_available


@pytest.mark.parametrize("box", [
    "  Review type:  [ ] Expedited  [X] Standard",
    "  [ ] Expedited appeal available",
    "  Urgent review requested? [ ] Yes [X] No",
])
def test_an_unticked_option_still_offers_nothing(box):
    text = _FORM.format(title="MEMBER APPEAL REQUEST FORM", window="Send it within 180 days of the notice.", box=box)
    assert not read_denial(text).expedited_available


# --- notices in Portuguese and Chinese, their dates, and "not related to" ---------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("13 de fevereiro de 2026", "February 13, 2026"),
    ("6 de noviembre del 2025", "November 6, 2025"),
    ("2026年3月9日", "March 9, 2026"),
    ("1er avril 2026", "April 1, 2026"),
])
def test_foreign_dates_are_written_the_english_way(text, expected):
    assert english_dates(text) == expected


@pytest.mark.parametrize("text", ["2026年13月9日", "Sessão 13 de 20", "13 de fevereiro"])
def test_non_dates_stay_as_written(text):
    assert english_dates(text) == text


def test_portuguese_notice_is_not_read_as_spanish():
    text = ("Não aprovamos o pedido. A sessão não é clinicamente necessária. Você pode pedir um recurso. "
            "Esta decisão foi tomada por uma psiquiatra.")
    assert not is_spanish(text)
    assert is_spanish("Usted puede pedir una apelación. La sesión no es médicamente necesaria para el paciente.")


_PT = ("Plano de Saúde Exemplo\nData deste aviso: 2 de março de 2026\n\nO QUE DECIDIMOS\n{decision}\n\n"
       "SEUS DIREITOS\nSe não concordar com esta decisão, você pode pedir um recurso. O seu pedido de recurso deve ser "
       "recebido até 1 de maio de 2026.\n{expedited}\n")


@pytest.mark.parametrize("decision, expected", [
    ("A segunda sessão semanal não é clinicamente necessária. Uma sessão por semana pode atender às suas necessidades.",
     {"not_medically_necessary"}),
    ("Não recebemos os registros que pedimos ao seu terapeuta, por isso não aprovamos o pedido.",
     {"insufficient_documentation"}),
    ("O serviço não é clinicamente necessário. Esta decisão não tem relação com autorização prévia nem com falta de "
     "documentos.", {"not_medically_necessary"}),
])
def test_portuguese_notice_reasons(decision, expected):
    assert reasons(_PT.format(decision=decision, expedited="")) >= expected
    assert not reasons(_PT.format(decision=decision, expedited="")) & ({"no_prior_authorization"} - expected)


def test_portuguese_notice_deadline_by_date_and_expedited_offer():
    reading = read_denial(_PT.format(decision="O serviço não é clinicamente necessário.",
                                     expedited="Recurso acelerado: se esperar puder prejudicar a sua saúde, peça um "
                                               "recurso acelerado. Decidiremos em até 72 horas."))
    assert (reading.appeal_deadline_days, reading.expedited_available) == (60, True)


@pytest.mark.parametrize("finding, expected", [
    ("您的症狀可以在 IOP（每週 3 天）下安全地治療。因此 PHP 不具醫療必要性。", {"lower_level_of_care_appropriate", "not_medically_necessary"}),
    ("您的症状可以在强化门诊计划下安全地治疗。所以部分住院计划不具医疗必要性。", {"lower_level_of_care_appropriate", "not_medically_necessary"}),
    ("審查員認為住宿治療不具醫療必要性。病歷是否完整並不是本決定的依據。", {"not_medically_necessary"}),
])
def test_chinese_findings_are_read_sentence_by_sentence(finding, expected):
    text = f"獨立醫療審查 決定通知\n日期：2026年3月9日\n\n決定：維持健康計劃的拒絕決定。\n\n{finding}\n"
    assert reasons(text) == expected


@pytest.mark.parametrize("sentence", ["PHP 不具醫療必要性。", "這個服務不具醫療必要性", "決定通知"])
def test_a_short_chinese_sentence_is_known_by_its_characters(sentence):
    assert sentence_language(sentence) == "zh"


@pytest.mark.parametrize("sentence, expected", [
    ("The service is not medically necessary. This decision is not related to prior authorization.",
     {"not_medically_necessary"}),
    ("The clinic is not in your plan's network. Some notes were not received, but our denial has nothing to do with the "
     "missing records.", {"out_of_network"}),
    ("The care is not medically necessary. The determination was unrelated to the network status of the clinic.",
     {"not_medically_necessary"}),
])
def test_decision_set_apart_from_a_topic_rules_it_out(sentence, expected):
    assert reasons(sentence) == expected


# --- a key entry is settled by its own line, not by a later sentence about payment ----------------------------------

_STATEMENT = ("Benefit Statement\nStatement date: 2026-02-10\n\n  Date        Service   Billed   Paid    Code\n{rows}\n\n"
              "Explanation codes\n{entries}\n")


@pytest.mark.parametrize("rows, entries, expected", [
    ("  2026-01-05  90834     150.00   0.00    V9",
     "  V9  Your yearly maximum of 20 visits has been reached. The amount paid on the earlier visit was the balance.\n"
     "  P2  Paid in full.", {"benefit_limit_reached"}),
    ("  2026-01-05  90837     210.00   96.00   R4",
     "  R4  The record supports a 45-minute visit. We processed the line as code 90834 and paid that rate.\n"
     "  P2  Paid in full.", {"frequency_or_duration_exceeds_guidelines"}),
    ("  2025-01-05  90834     150.00   0.00    T7",
     "  T7  The claim was submitted more than 12 months after the date of service. Other lines on this claim were paid.\n"
     "  P2  Paid in full.", {"timely_filing"}),
])
def test_key_entry_reason_stands_despite_later_payment_words(rows, entries, expected):
    assert reasons(_STATEMENT.format(rows=rows, entries=entries)) == expected


@pytest.mark.parametrize("entries", [
    "  V9  Paid in full after review. The yearly maximum of 20 visits has not been reached.",
    "  V9  Overturned on appeal; payment issued. The earlier maximum-reached message no longer applies.",
    "  V9  Allowed in full. Your plan's network rules were met.",
])
def test_key_entry_settled_on_its_own_line_gives_no_reason(entries):
    text = _STATEMENT.format(rows="  2026-01-05  90834     150.00   150.00  V9", entries=entries)
    assert "benefit_limit_reached" not in reasons(text) and "out_of_network" not in reasons(text)
