"""Classes of PHI found in forms and pasted records (examples written here): Japanese intake forms (era dates, bare
months, family-name-first names with their kana reading, relatives' names, addresses after the prefecture, clinics),
a month with "of" and its year, compact year-month-day dates, a date after a line written in capitals, state-named
and bracketed plan names kept, organisations named by a clubhouse, an ambulance service or a chapter, numbers on a
bib, card, wristband or pass, a badge number after a name in capitals, and a town with its country code."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, secret", [
    ("受付日：平成30年6月3日に来談。", "30年6月3日"),
    ("生年月日：昭和51年12月1日です。", "昭和51年12月1日"),
    ("初回面接はR7.2.14でした。", "R7.2.14"),
    ("3月から眠れないと話す。", "3月"),
])
def test_a_japanese_era_date_or_bare_month_is_redacted(redact, text, secret):
    assert secret not in redact(text)


@pytest.mark.parametrize("text, secrets", [
    ("氏名：松永　花子（まつなが　はなこ）です", ["松永", "花子", "まつなが", "はなこ"]),
    ("家族：妻　大川　由美、長女　咲（4歳）がいる。", ["大川", "由美", "咲"]),
    ("先月、福岡の父（森田　誠）が入院した。", ["森田", "誠", "福岡"]),
])
def test_a_japanese_name_after_a_label_or_relation_is_redacted(redact, text, secrets):
    out = redact(text)
    assert not [s for s in secrets if s in out]


@pytest.mark.parametrize("text, secret, kept", [
    ("住所：大阪府堺市北区中百舌鳥町5-12-3", "中百舌鳥町5-12-3", "大阪府"),
    ("住所：北海道札幌市中央区南一条西8-1", "札幌市中央区", "北海道"),
    ("連絡先住所：愛知県名古屋市千種区今池1-4-9", "名古屋市千種区", "愛知県"),
])
def test_a_japanese_address_is_redacted_but_not_its_prefecture(redact, text, secret, kept):
    out = redact(text)
    assert secret not in out and kept in out


@pytest.mark.parametrize("text, secret", [
    ("以前、あおば心療内科に通っていた。", "あおば心療内科"),
    ("長男は桜台小学校に通う。", "桜台小学校"),
    ("ひまわりクリニックで相談した。", "ひまわりクリニック"),
])
def test_a_japanese_clinic_or_school_is_redacted(redact, text, secret):
    assert secret not in redact(text)


def test_japanese_prose_without_phi_is_kept(redact):
    text = "眠れない日が続き、仕事に集中できないと話す。大学病院は遠いので行っていない。"
    assert redact(text) == text


@pytest.mark.parametrize("text, secret", [
    ("Her father moved out in Sept. of 2023.", "Sept. of 2023"),
    ("The shop closed in March of 2021, she says.", "March of 2021"),
    ("Surgery was in Dec of 2019.", "Dec of 2019"),
])
def test_a_month_of_a_year_is_redacted(redact, text, secret):
    assert secret not in redact(text)


@pytest.mark.parametrize("text, secret", [
    ("Command notified 20250817 by phone.", "20250817"),
    ("EXPORT_DATE 19871203 LOADED", "19871203"),
    ("Intake (20240229) completed.", "20240229"),
])
def test_a_compact_year_month_day_is_redacted(redact, text, secret):
    assert secret not in redact(text)


@pytest.mark.parametrize("text, secret", [
    ("** LETTER SENT 4/22 **", "4/22"),
    ("STATUS: CARD MAILED 11/19 NO REPLY", "11/19"),
    ("PATIENT REFUSED MEDS 6/14", "6/14"),
])
def test_a_date_in_a_line_of_capitals_is_redacted(redact, text, secret):
    assert secret not in redact(text)


@pytest.mark.parametrize("text, kept", [
    ("Plan: Aetna Medicare Eagle Plan (PPO) for 2026.", "Aetna Medicare Eagle Plan (PPO)"),
    ("Part D: Humana Basic Rx Plan (PDP) pays the copay.", "Humana Basic Rx Plan (PDP)"),
    ("Secondary coverage: Vermont Medicaid since 2022.", "Vermont Medicaid"),
    ("She has Texas Health Plan coverage.", "Texas Health Plan"),
    ("NJ HealthNet covers the visits.", "NJ HealthNet"),
])
def test_a_plan_named_for_its_state_or_with_its_type_is_kept(redact, text, kept):
    assert kept in redact(text)


@pytest.mark.parametrize("text, secret", [
    ("BRIGHTWATER CLUBHOUSE -- WORK UNIT LOG", "BRIGHTWATER"),
    ("Transported by Millbrook Ambulance to the ED.", "Millbrook"),
    ("Requested medic -- CEDAR COUNTY PARAMEDICS", "CEDAR"),
    ("Member of the Gamma Chapter of her sorority.", "Gamma Chapter"),
])
def test_a_clubhouse_ambulance_service_or_chapter_is_redacted(redact, text, secret):
    assert secret not in redact(text)


@pytest.mark.parametrize("text, secret", [
    ("Runner's bib # 40519 recorded at the tent.", "40519"),
    ("Triage card # 0087 filed.", "0087"),
    ("Visitor pass 55182 returned at the desk.", "55182"),
    ("Units: 3B11 (SGT K MORROW #0721) on scene", "0721"),
])
def test_a_number_worn_or_carried_is_redacted(redact, text, secret):
    assert secret not in redact(text)


@pytest.mark.parametrize("text, secret", [
    ("Joined from Tacoma (US) at 19:02.", "Tacoma"),
    ("jdoe@example.org,10.2.3.4,Port Angeles (US),18:00", "Port Angeles"),
    ("Last login: Leeds (GB), 21:40.", "Leeds"),
])
def test_a_town_with_its_country_code_is_redacted(redact, text, secret):
    assert secret not in redact(text)
