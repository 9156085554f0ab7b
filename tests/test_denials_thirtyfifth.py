"""Denial readings on a thirty-fifth set of forms, examples written here (three or more per class, and must-not examples
where a rule could over-fire): notices in Japanese (kana beside Chinese characters, era years, full-width digits, a
date before its "まで"), Vietnamese and Ukrainian; a notice in another script is not Spanish because its table repeats
"No."; a law's article cited in CJK form and a plan policy named in another language; a notice photographed with its
right edge cut off; a physician's certification missing from the request; someone describing the letter in front of them
("The letter is dated ..."); care that keeps the progress already made; "No records were missing"; a phone number abroad
shaped like a date."""
from __future__ import annotations

from datetime import date

import pytest

from assistant.denials.criteria_named import foreign_cites
from assistant.denials.cropped import completions
from assistant.denials.deadline import notice_date
from assistant.denials.foreign_notice import sentence_language
from assistant.denials.read import read_denial
from assistant.denials.spanish import is_spanish
from assistant.foreign_dates import english_dates


def reasons(text: str) -> set[str]:
    return {r.category for r in read_denial(text).reasons}


def _letter(body: str, tail: str = "You may appeal within 180 days of the date of this notice.") -> str:
    return (f"Harborview Health Plan\nNotice date: 05/04/2026\n\nNOTICE OF ADVERSE BENEFIT DETERMINATION\n\n"
            f"Why we made this decision:\n{body}\n\n{tail}\n")


# --- Japanese: kana beside Chinese characters, era years, full-width digits ---------------------------------------------

@pytest.mark.parametrize("sentence", [
    "美容を目的とする施術は、保険給付の対象外です。",
    "提出された書類が不足しているため、内容を確認することができませんでした。",
    "この決定に不服がある場合は、審査請求をすることができます。",
])
def test_japanese_sentence_is_read_as_japanese(sentence):
    assert sentence_language(sentence) == "ja"


@pytest.mark.parametrize("sentence, language", [
    ("本計劃拒絕了您的申請，因為該服務不具醫療必要性。", "zh"),   # Chinese: no kana, so still Chinese
    ("審查員認為住宿治療不具醫療必要性。", "zh"),
    ("We did not receive the records from your provider.", None),
])
def test_sentences_without_kana_are_not_japanese(sentence, language):
    assert sentence_language(sentence) == language


@pytest.mark.parametrize("written, english", [
    ("令和７年６月２日", "June 2, 2025"),          # Reiwa 7, full-width digits
    ("平成元年1月8日", "January 8, 1989"),         # 元年: the era's first year
    ("民國115年3月9日", "March 9, 2026"),          # the Taiwanese (Minguo) calendar
    ("２０２６年４月２０日", "April 20, 2026"),    # a Gregorian year in full-width digits
])
def test_era_years_and_full_width_digits_read_as_english_dates(written, english):
    assert english in english_dates(written)


@pytest.mark.parametrize("text", ["令和8年13月1日", "令和の時代", "第３条"])
def test_no_date_where_an_era_date_is_impossible_or_absent(text):
    assert not any(m in english_dates(text) for m in ("January", "February", "March", "December"))


_JA_NONCOV = ("関西電機健康保険組合\n\n　　　　　　　　　　令和７年６月２日\n\n療養費支給決定通知書（不支給）\n\n"
              "令和７年５月１２日付けで申請のありました療養費について、下記のとおり決定しました。\n\n"
              "【不支給の理由】\n美容を目的とする施術は、保険給付の対象外です。\n\n【教示】\n"
              "この決定に不服がある場合は、令和７年８月１日までに、社会保険審査官に対して審査請求をすることができます。\n")
_JA_DOCS = ("北海ホールディングス健康保険組合\n\n令和８年３月１０日\n\n海外療養費の決定について（不支給）\n\n"
            "提出された診療内容明細書の翻訳文が不足しているため、内容を確認することができませんでした。\n"
            "なお、この決定は、医学的な必要性について判断したものではありません。\n\n"
            "この決定に不服がある場合は、この通知を受け取った日の翌日から起算して３か月以内に審査請求をすることができます。\n")
_JA_NMN = ("さくら生命保険株式会社\n\n2026年4月20日\n\n入院給付金のお支払いについて\n\n"
           "ご請求の入院は、医学的に必要と認められませんので、お支払いできません。\n\n"
           "ご不服がある場合は、この通知書の日付から６０日以内に審査請求をすることができます。\n"
           "緊急の審査を請求することができます。\n")


@pytest.mark.parametrize("text, reason, days, expedited", [
    (_JA_NONCOV, "non_covered_service_or_diagnosis", 60, False),   # the deadline only as a Reiwa date: Jun 2 -> Aug 1
    (_JA_DOCS, "insufficient_documentation", 90, False),          # "not a decision about medical necessity" rules it out
    (_JA_NMN, "not_medically_necessary", 60, True),
])
def test_japanese_notice_gives_its_reason_deadline_and_fast_review(text, reason, days, expedited):
    reading = read_denial(text)
    assert {r.category for r in reading.reasons} == {reason}
    assert reading.appeal_deadline_days == days
    assert reading.expedited_available is expedited


def test_japanese_notes_on_their_own_lines_are_separate_sentences():
    text = ("健康保険組合\n\n令和８年１月５日\n\n【不支給の理由】\n"
            "Ａ　カウンセラーによる心理療法は、保険診療の対象とされていないため、支給することができません。\n"
            "Ｂ　領収書の翻訳文が添付されていないため、内容を確認することができませんでした。\n")
    evidence = {r.category: r.evidence for r in read_denial(text).reasons}
    assert evidence["non_covered_service_or_diagnosis"].startswith("Ａ")
    assert evidence["insufficient_documentation"].startswith("Ｂ")


@pytest.mark.parametrize("text, spanish", [
    ("健康保険組合\nNo.｜受診日\nNo.1・No.8 について\nNo.9～11の領収書\n保険給付の対象外です。", False),
    ("Страховая компания\nNo. 1 — No. 2 — No. 3\nМы отказали в оплате.", False),
    ("Aviso de denegación\nNo podemos aprobar la terapia porque no es médicamente necesaria para usted.", True),
])
def test_a_notice_in_another_script_is_not_spanish(text, spanish):
    assert is_spanish(text) is spanish


# --- a law's article in CJK form; a plan policy named in another language ------------------------------------------------

@pytest.mark.parametrize("text, cite", [
    ("海外療養費は、健康保険法第87条に基づき支給されます。", "健康保険法第87条"),
    ("国民健康保険法第５４条の規定により", "国民健康保険法第54条"),
    ("依據保險法第54條規定", "保險法第54條"),
    ("국민건강보험법 제41조에 따라", "국민건강보험법제41조"),
    ("Theo Chính sách BH.2201 của chương trình", "Chính sách BH.2201"),
    ("según la Política MP-114 del plan", "Política MP-114"),
])
def test_foreign_cites_are_criteria(text, cite):
    assert cite in foreign_cites(text)


@pytest.mark.parametrize("text", ["心理療法第2回のセッション", "第３条に基づき", "Consulte la Política de privacidad del plan."])
def test_no_foreign_cite_without_a_law_or_an_id(text):
    assert foreign_cites(text) == []


# --- Vietnamese ------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Chúng tôi đã từ chối yêu cầu của quý vị.",
    "Bác sĩ Lâm không tham gia mạng lưới của chương trình.",
    "Quý vị phải nộp đơn kháng cáo trong vòng 60 ngày kể từ ngày của thông báo này.",
])
def test_vietnamese_sentence_is_read_as_vietnamese(sentence):
    assert sentence_language(sentence) == "vi"


@pytest.mark.parametrize("sentence", [
    "Você não tem direito a este serviço porque o prestador não faz parte da nossa rede.",
    "Hindi kinakailangan sa medikal ang serbisyo na ito para sa iyo.",
    "The provider is not in our network and has no contract with us.",
])
def test_other_latin_sentences_are_not_vietnamese(sentence):
    assert sentence_language(sentence) != "vi"


_VI_OON = ("Golden State Care Plan\nNgày thông báo: 25/03/2026\n\nTHÔNG BÁO TỪ CHỐI\n\n"
           "Chúng tôi đã từ chối yêu cầu của quý vị.\n"
           "Lý do: Bác sĩ Lâm không tham gia mạng lưới của chương trình và không có hợp đồng với chúng tôi.\n"
           "Quyết định này không phải là quyết định về sự cần thiết về mặt y tế.\n\n"
           "Nếu quý vị không đồng ý, quý vị có thể nộp đơn kháng cáo trong vòng 60 ngày kể từ ngày của thông báo này.\n")
_VI_NMN = ("Bay Area Medi-Cal Plan\nNgày thông báo: ngày 14 tháng 7 năm 2026\n\nTHÔNG BÁO TỪ CHỐI\n\n"
           "Chương trình trị liệu tích cực này không cần thiết về mặt y tế đối với quý vị.\n\n"
           "Quý vị phải nộp đơn kháng cáo trong vòng 65 ngày kể từ ngày ghi trên thông báo này.\n"
           "Nếu việc chờ đợi có thể gây nguy hiểm cho sức khỏe của quý vị, quý vị có thể yêu cầu kháng cáo khẩn cấp.\n")
_VI_DOCS = ("Valley Health Plan\nNgày thông báo: 02/02/2026\n\nTHÔNG BÁO TỪ CHỐI\n\n"
            "Chúng tôi chưa nhận được hồ sơ bệnh án từ nhà cung cấp của quý vị, vì vậy chúng tôi đã từ chối yêu cầu.\n\n"
            "Nếu quý vị không đồng ý, quý vị có thể nộp đơn kháng cáo trong vòng 60 ngày kể từ ngày của thông báo này.\n")


@pytest.mark.parametrize("text, reason, days, expedited, when", [
    (_VI_OON, "out_of_network", 60, False, date(2026, 3, 25)),
    (_VI_NMN, "not_medically_necessary", 65, True, date(2026, 7, 14)),   # the date in words: ngày .. tháng .. năm ..
    (_VI_DOCS, "insufficient_documentation", 60, False, date(2026, 2, 2)),
])
def test_vietnamese_notice_gives_its_reason_deadline_and_fast_appeal(text, reason, days, expedited, when):
    reading = read_denial(text)
    assert {r.category for r in reading.reasons} == {reason}
    assert reading.appeal_deadline_days == days
    assert reading.expedited_available is expedited
    assert reading.notice_date == when


# --- Ukrainian --------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Ми відмовили у вашому запиті, тому що лікування не є медично необхідним.",
    "Якщо ви не згодні з цим рішенням, ви можете подати апеляцію.",
    "Кількість занять, яку просив ваш лікар, більша, ніж потрібно.",
])
def test_ukrainian_sentence_is_read_as_ukrainian(sentence):
    assert sentence_language(sentence) == "uk"


@pytest.mark.parametrize("sentence, language", [
    ("Мы не получили медицинские записи от вашего врача.", "ru"),
    ("Ако не сте съгласни с решението, може да подадете обжалване.", "bg"),
    ("Лечение не является медицински необходимым.", "ru"),
])
def test_russian_and_bulgarian_sentences_stay_theirs(sentence, language):
    assert sentence_language(sentence) == language


_UK_NMN = ("River Valley Medicaid Plan\nNotice date: 02/12/2026\n\nПОВІДОМЛЕННЯ ПРО ВІДМОВУ\n\n"
           "Ми відмовили у вашому запиті. Стаціонарне лікування не є медично необхідним для вас.\n\n"
           "Якщо ви не згодні, ви можете подати апеляцію протягом 60 днів від дати цього повідомлення.\n")
_UK_DOCS = ("River Valley Medicaid Plan\nNotice date: 03/02/2026\n\nПОВІДОМЛЕННЯ ПРО ВІДМОВУ\n\n"
            "Ми не отримали медичні записи від вашого терапевта, тому відмовили у запиті.\n\n"
            "Якщо ви не згодні, ви можете подати апеляцію протягом 60 днів від дати цього повідомлення.\n"
            "Якщо очікування може зашкодити вашому здоров'ю, ви можете попросити про прискорену апеляцію.\n")
_UK_FREQ = ("River Valley Medicaid Plan\nNotice date: 04/01/2026\n\nПОВІДОМЛЕННЯ ПРО РІШЕННЯ\n\n"
            "Ми затвердили одне заняття на тиждень. Кількість занять, яку просив ваш лікар, більша, ніж потрібно.\n\n"
            "Якщо ви не згодні, ви можете подати апеляцію протягом 65 днів від дати цього повідомлення.\n")


@pytest.mark.parametrize("text, reason, days, expedited", [
    (_UK_NMN, "not_medically_necessary", 60, False),
    (_UK_DOCS, "insufficient_documentation", 60, True),
    (_UK_FREQ, "frequency_or_duration_exceeds_guidelines", 65, False),
])
def test_ukrainian_notice_gives_its_reason_deadline_and_fast_appeal(text, reason, days, expedited):
    reading = read_denial(text)
    assert {r.category for r in reading.reasons} == {reason}
    assert reading.appeal_deadline_days == days
    assert reading.expedited_available is expedited


# --- a notice photographed with its right edge cut off ----------------------------------------------------------------------

_HEAD = ["Cascade Health Plan                                  Member Services 1-800-555-0142 (TTY 711)",
         "P.O. Box 4410, Salem, OR 97301", "", "Notice of Denial of Medical Coverage (or Payment)", "", "Date: April 6, 2026", "",
         "We denied the medical services or items listed below that you or your doctor asked for on March 30, 2026.",
         "Intensive outpatient program at Willamette Behavioral Health, three days a week for eight weeks from April 13.",
         "", "Why did we deny your request?"]
_TAIL = ["", "You have the right to ask us to review our decision by asking for an appeal within 65 days of the date of this notice.",
         "You can ask for a fast appeal if you or your doctor believe that waiting up to 30 days for a decision could harm you.",
         "If you ask for an appeal and we continue to deny your request, we will send your case to an independent reviewer.",
         "Form CMS-10003-NDMCP"]


def _photo(reason_lines: list[str]) -> str:
    """A notice whose photo cut every line at the column where the first reason line stops (mid-word)."""
    width = len(reason_lines[0])
    return "\n".join(line[:width] for line in _HEAD + reason_lines + _TAIL)


@pytest.mark.parametrize("reason_lines, category", [
    (["The clinical information we asked for on March 20 was not recei",
      "by the date we gave in our letter to Dr. Ostrander, so the request was closed today."], "insufficient_documentation"),
    (["Dr. Ostrander practices in Salem, but she is not in our netw",
      "Other therapists near you can see you within ten days; call Member Services for names."], "out_of_network"),
    (["The program you asked for does not meet our medical necessity crite",
      "for intensive outpatient care, because the notes describe a stable mood and full-time work."], "not_medically_necessary"),
])
def test_words_cut_at_the_edge_are_read_whole(reason_lines, category):
    assert category in reasons(_photo(reason_lines))


def test_a_cut_off_word_is_finished_only_in_what_the_patterns_read():
    reading = read_denial(_photo(["The clinical information we asked for on March 20 was not recei",
                                  "by the date we gave in our letter to Dr. Ostrander, so the request was closed today."]))
    evidence = [r.evidence for r in reading.reasons if r.category == "insufficient_documentation"]
    assert evidence and "recei" in evidence[0] and "received" not in evidence[0]


@pytest.mark.parametrize("text", [
    # ragged right: a letter wrapped at word ends
    "We denied your request for intensive outpatient care because\nthe notes we received show that weekly therapy can meet your\n"
    "needs. You may appeal within 60 days of the date of this\nnotice. Call us if you need help with your appeal or want a\n"
    "copy of the criteria. We can also send the records we used in\nthis decision. Our reviewer is a board-certified psychiatrist.\n",
    # a remittance table whose rows are padded to one width
    "\n".join(f"{n:02d}  03/0{n}/2026  90837  CO-50  N115   0.00  DENIED" for n in range(1, 9)),
    # lines cut at one column, but on whole words, names or too short a start
    "\n".join(f"{'We reviewed the notes from':<{50 - len(end)}}{end}" for end in ("bays", "Ostran", "Whitco", "yo", "Go", "the",
                                                                               "net")),
])
def test_no_word_is_finished_where_nothing_was_cut(text):
    assert completions(text) == {}


# --- a physician's certification missing from the request ------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "The request did not include a physician certification.",
    "We did not receive the psychiatrist's signed recertification for the program.",
    "The packet did not contain a doctor's certification that you need partial hospitalization.",
])
def test_a_missing_physician_certification_is_missing_documentation(body):
    assert "insufficient_documentation" in reasons(_letter(body))


@pytest.mark.parametrize("body", [
    "The request did not include a precertification number.",
    "The request did not include pre-certification.",
    "We did not receive a precertification request before the first session.",
])
def test_a_precertification_is_no_missing_certification(body):
    assert "insufficient_documentation" not in reasons(_letter(body))


# --- someone describing the letter in front of them ------------------------------------------------------------------------

@pytest.mark.parametrize("text, when", [
    ("Sent: Mon 4/6/2026 9:10 AM\n\nThe app read it to me.\n\nThe letter is dated March 30, 2026. It says the plan denied "
     "the sessions.", date(2026, 3, 30)),
    ("Call date: 05/02/2026\n\nCaller reads from the page. The notice is dated April 21, 2026 and says ...", date(2026, 4, 21)),
    ("Exported 11/3/2026 10:04 PM\n\nAssistant: The denial letter is dated October 28, 2026. Here is the text:",
     date(2026, 10, 28)),
])
def test_a_description_of_the_letter_dates_the_notice(text, when):
    assert notice_date(text) == when


def test_a_letter_told_as_history_does_not_date_the_notice():
    text = ("State Office of Hearings\nDate: March 1, 2026\n\nFINDINGS OF FACT\n"
            "1. The plan sent a denial. The letter was dated January 5, 2026.\n")
    assert notice_date(text) == date(2026, 3, 1)


# --- care that keeps the progress already made -------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Your sessions now mainly preserve the gains you have made.",
    "Continued weekly therapy would maintain the improvement made so far rather than treat active symptoms.",
    "Treatment is now working to keep the progress he has already achieved.",
])
def test_keeping_progress_already_made_is_maintenance(body):
    assert "no_progress_or_maintenance" in reasons(_letter(body))


@pytest.mark.parametrize("body", [
    "We approved ten more sessions so you can keep making progress. The eleventh session is not medically necessary.",
    "Weekly sessions will help keep the progress going. Twice-weekly sessions are not medically necessary.",
    "Your therapist reports steady progress. The requested program is not medically necessary.",
])
def test_progress_still_being_made_is_no_maintenance(body):
    assert "no_progress_or_maintenance" not in reasons(_letter(body))


# --- "No records were missing" -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "No records were missing; the reviewer had the intake and the notes. IOP is not medically necessary.",
    "None of the notes were incomplete. The requested program is not medically necessary.",
    "Nothing was missing from the file, so this is not a records problem. The service is not medically necessary.",
])
def test_records_said_not_missing_are_no_reason(body):
    assert reasons(_letter(body)) == {"not_medically_necessary"}


@pytest.mark.parametrize("body", [
    "The progress notes were missing from the packet.",
    "No treatment plan was received.",
    "The records you sent are incomplete.",
])
def test_records_that_were_missing_are_still_a_reason(body):
    assert "insufficient_documentation" in reasons(_letter(body))


# --- a phone number abroad shaped like a date -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, when", [
    ("Tokyo Branch\nTel +81-3-5555-0123\n\nNovember 24, 2026\n", date(2026, 11, 24)),
    ("Seoul Office\n+82-2-555-0199 / 82-2-5550\n\nMarch 3, 2026\n", date(2026, 3, 3)),
    ("Berlin\n49-30-1234 Fax\n\n12/01/2026\n", date(2026, 12, 1)),
])
def test_a_number_no_calendar_has_dates_nothing(text, when):
    assert notice_date(text) == when


def test_only_impossible_dates_give_no_notice_date():
    assert notice_date("Tokyo Branch\nTel 81-3-5555\n\nWe denied the claim.\n") is None
