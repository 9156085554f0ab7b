"""Dates, names, places, identifiers and clinical words of other languages and scripts (found in the thirty-third
session): a date counted with a word after each number ("2025 оны 4 сарын 12", "1987년 3월 14일"), a Romance date joined
by "de", a month of another script with its own digits, an age told with another language's word, a name written again
in its own script beside the Latin one, an address with other countries' street and district words, an identifier
after another country's label, a college's licence number, an organisation named head-last or with a quoted name, and
the clinical words of other languages, which are no names (examples written here, not the set's)."""
import pytest

from phi_spans import covered, untouched


@pytest.mark.parametrize("text,value", [
    ("Darrera visita el 21 de juny de 2024; propera cita a l'inici de curs.", "21 de juny de 2024"),
    ("Ingressada del 9 d'abril fins al 16 d'abril de 2025 a l'hospital de dia.", "9 d'abril"),
    ("En tratamiento desde setembre de 2021, con buena adherencia.", "setembre de 2021"),
    ("Primeira consulta o 5 de xullo de 2023; alta o 12 de decembro.", "5 de xullo de 2023"),
    ("Internada desde outubro de 2019 por episódio depressivo.", "outubro de 2019"),
])
def test_a_romance_date_joined_by_de_is_a_date(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("DOB ১৪/০৩/১৯৮৮, Bengali-speaking, interpreter present.", "১৪/০৩/১৯৮৮"),
    ("Visit ٢٠٢٥/٠٣/١٤ with her son.", "٢٠٢٥/٠٣/١٤"),
    ("Last seen ၁၄.၀၃.၂၀၂၅ at the clinic.", "၁၄.၀၃.၂၀၂၅"),
])
def test_a_numeric_date_in_another_scripts_digits_is_a_date(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Sessió 3 de 12 del programa grupal; PHQ-9 = 14.", "3 de 12"),
    ("Objectiu del pla de 2025: tornar a la feina.", "pla de 2025"),
    ("El informe de 2025 está pendiente; PHQ-9 = 12.", "informe de 2025"),
])
def test_a_count_joined_by_de_stays(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Дата на раждане: 14 ноември 1986 г.; придружена от съпруга си.", "14 ноември 1986"),
    ("Рођена 3. новембра 1990. у Нишу, живи сама.", "3. новембра 1990"),
    ("Нарадзілася 5 лістапада 1989 года, працуе настаўніцай.", "5 лістапада 1989"),
    ("Госпитализирована в ноябре 2023 года после попытки.", "ноябре 2023"),
    ("Tug'ilgan sana: 14 noyabr 2001, talaba.", "14 noyabr 2001"),
])
def test_a_cyrillic_or_uzbek_month_with_its_day_or_year_is_a_date(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Уулзалтын огноо: 2025 оны 4 сарын 12, 10:00 цагт.", "2025 оны 4 сарын 12"),
    ("Дараагийн уулзалт 5-р сарын 3-нд болно.", "5-р сарын 3-нд"),
    ("Ээж нь арван нэгдүгээр сарын 30-нд нас барсан.", "арван нэгдүгээр сарын 30-нд"),
    ("생년월일: 1987년 3월 14일 (DOB 03/14/1987)", "1987년 3월 14일"),
    ("다음 예약 11월 2일 오후 3시", "11월 2일"),
])
def test_a_date_counted_with_a_word_after_each_number_is_a_date(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Сүүлийн 6 сарын турш нойр муудсан; 3 сарын 2 удаа эмнэлэгт хэвтсэн.", "6 сарын"),
    ("Сүүлийн 6 сарын турш нойр муудсан; 3 сарын 2 удаа эмнэлэгт хэвтсэн.", "3 сарын 2"),
    ("2022 онд сургуулиа төгссөн.", "2022"),
    ("3개월 동안 주 1회 상담, 12월에 재평가.", "3개월"),
])
def test_a_duration_or_a_year_alone_in_counted_words_stays(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("မွေးနေ့ (DOB) ....... ၁၉၉၁ ခုနှစ်၊ မတ်လ ၁၄ ရက်", "၁၉၉၁ ခုနှစ်၊ မတ်လ ၁၄ ရက်"),
    ("วันที่นัด: วันที่ ๑๔ มีนาคม ๒๕๖๘ เวลา 10:00", "วันที่ ๑๔ มีนาคม ๒๕๖๘"),
    ("ថ្ងៃណាត់ ថ្ងៃទី ១៤ ខែមីនា ឆ្នាំ ២០២៥", "ថ្ងៃទី ១៤ ខែមីនា ឆ្នាំ ២០២៥"),
    ("जन्म तिथि: ३ सितंबर १९८७ (DOB)", "३ सितंबर १९८७"),
    ("تاریخ مراجعه: ۱۴ اسفند ۱۴۰۳", "۱۴ اسفند ۱۴۰۳"),
])
def test_a_month_of_another_script_with_its_own_digits_is_a_date(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("بیمار با ۳ تیر زخمی شد و منتقل شد.", "۳"),
    ("Dx: stage ٣ سرطان الثدي, in remission.", "٣ سرطان"),
])
def test_a_month_name_that_is_an_everyday_word_needs_a_year(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Present: grandfather U Tin Maung, အသက် ၉၅, by phone.", "၉၅"),
    ("Бабушка, возраст 93 года, живёт с ними.", "93"),
    ("Эмээ нь 92 настай, хамт амьдардаг.", "92"),
    ("Babaannesi 91 yaşında ve onlarla yaşıyor.", "91"),
])
def test_an_age_over_89_told_with_another_languages_word_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Сын, возраст 45 лет, приходит по субботам.", "45"),
    ("PHQ-9 = 19; score 95% confidence, эмээ 62 настай.", "62"),
])
def test_an_age_under_90_in_another_language_stays(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Client: Daw Aye Aye Thant · အေးအေးသန့် (DOB 02/11/1979)", "အေးအေးသန့်"),
    ("Present: daughter Chloe / 王欣怡, age 12, and her father.", "王欣怡"),
    ("心理师 吴佳颖 Wu Jiaying, LMHC, saw her twice.", "吴佳颖"),
    ("Interpreter: Kim Min-jun (김민준), in person.", "김민준"),
    ("Referred by Tanaka Hanako (田中花子), school counselor.", "田中花子"),
    ("Mother: 佐々木 由紀 Sasaki Yuki, present for intake.", "佐々木 由紀"),
])
def test_a_name_written_again_in_its_own_script_is_a_name(detector, text, value):
    assert covered(detector, text, value)


def test_a_clinical_word_in_han_beside_a_name_stays(detector):
    assert untouched(detector, "Dx: 高血压 / Hypertension, stable.", "高血压")


@pytest.mark.parametrize("text,name", [
    ("Client Lin Meixiu 高血压 since 2019, on amlodipine.", "Lin Meixiu"),  # 高 (Gao) is no reading of Lin's name
    ("Husband Chen Hao 高烧 last week.", "Chen Hao"),  # a fever
    ("Next visit with Zhang Wei 周一 at 10.", "Zhang Wei"),  # Monday
])
def test_a_han_word_shaped_like_a_name_beside_a_latin_name_needs_the_family_names_reading(text, name):
    from assistant.phi.pairs import other_script_names
    from assistant.records import PhiSpan

    start = text.index(name)
    assert other_script_names(text, [PhiSpan(start, start + len(name), "NAME", 0.9, "lexicon")]) == []


@pytest.mark.parametrize("text,value", [
    ("Хаяг: Сүхбаатар дүүрэг, 8-р хороо, Улаанбаатар", "Сүхбаатар дүүрэг, 8-р хороо"),
    ("Адрес: ул. Садовая, д. 14, кв. 27, Тверь", "ул. Садовая, д. 14, кв. 27"),
    ("Adreça: c/ de Mallorca, 401, 2n 1a, 08013 Barcelona", "c/ de Mallorca, 401, 2n 1a, 08013"),
    ("Domicilio: C/ Mayor 12, 3º B, 28013 Madrid", "C/ Mayor 12, 3º B, 28013"),
    ("Rua das Flores, 58 · 4050-262 Porto", "4050-262"),
    ("Centre: Pg. de Sant Joan 21 · 08010 Barcelona", "08010"),
])
def test_an_address_with_other_countries_street_and_district_words_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Her father came from 泉州 to help with the baby.", "泉州"),
    ("She grew up in 부산 and moved to Queens in 2019.", "부산"),
    ("The family moved from ရန်ကုန် in 2015.", "ရန်ကုန်"),
])
def test_a_place_in_a_script_without_capitals_after_a_word_of_moving_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("She prefers to write in 中文 during sessions.", "中文"),
    ("Her parents still live in 广东省 near the coast.", "广东省"),
    ("Tight feeling in 胸口 since the birth, worse at night.", "胸口"),
    ("Pt c/ headache and poor sleep this week.", "c/ headache"),
])
def test_a_language_a_province_a_body_part_or_shorthand_stays(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Tarjeta sanitaria: BBMA 1234567 8 (vigente)", "BBMA 1234567 8"),
    ("Полис ОМС 7755 1234 5678 9012, действителен.", "7755 1234 5678 9012"),
    ("Identyfikacja: PESEL 85010112345, dowód w aktach.", "85010112345"),
    ("Регистрийн дугаар: ЧБ95061214", "ЧБ95061214"),
])
def test_an_identifier_after_another_countrys_label_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Signat: Laia Puig Vidal, psicòloga clínica, COPC 18822", "18822"),
    ("Dra. Ana Ruiz Prado, médica psiquiatra, CRM-SP 123456", "123456"),
    ("Lena Vogt, Psychologin, LANR 123456789", "123456789"),
    ("Paola Conti, psicologa, iscrizione albo n. 12345", "12345"),
])
def test_a_licence_after_a_college_or_another_languages_profession_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Labs: CRP 12.5 mg/L, TSH normal.", "12.5"),
    ("Drives a GMC Sierra 2015 to work.", "2015"),
    ("Результаты: ГАД-7 = 12, ПХК-9 = 15, без изменений.", "ГАД-7 = 12"),
])
def test_a_lab_value_a_year_or_a_score_after_capitals_stays(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Prior care at Нарлаг сэтгэл зүйн төв in 2021, 8 sessions.", "Нарлаг сэтгэл зүйн төв"),
    ("Раньше наблюдалась в Центр психологической помощи «Гармония» (2020).", "Центр психологической помощи «Гармония»"),
    ("Previously seen at Ankara Şehir Hastanesi for panic attacks.", "Ankara Şehir Hastanesi"),
])
def test_an_organisation_named_the_way_another_language_names_it_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Diagnòstic: Trastorn depressiu major, episodi únic (F32.1).", "Trastorn depressiu major"),
    ("Diagnosi: Disturbo ossessivo-compulsivo (F42.2), esordio giovanile.", "Disturbo ossessivo-compulsivo"),
    ("Diagnostic: Tulburare depresivă majoră, episod recurent (F33.1).", "Tulburare depresivă"),
    ("teràpia d'exposició amb prevenció de resposta, sessions setmanals  | exposure and response prevention",
     "d'exposició amb prevenció de resposta"),
])
def test_a_clinical_word_of_another_language_is_no_name(detector, text, value):
    assert untouched(detector, text, value)
