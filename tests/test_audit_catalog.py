"""The rule catalog is data with sources: every rule has code, a valid severity and a knowledge section."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.audit.billing import read_line_codes, read_note_codes
from assistant.audit.catalog import SEVERITIES, codes, cues, payer_group, rules
from assistant.audit.check import RULE_CODE
from assistant.criteria.documents import KNOWLEDGE_DIR, parse_document, split_sections

CATALOG_IDS = {
    "minutes_missing", "minutes_code_mismatch", "start_stop_times_missing", "addon_without_em", "crisis_time_threshold",
    "crisis_elements_missing", "crisis_excluded_codes", "family_attendance_missing", "family_presence_mismatch",
    "interactive_complexity_reason_missing", "interactive_complexity_excluded_pair", "telehealth_pos_modifier_missing",
    "audio_only_modifier_missing", "telehealth_location_missing", "telehealth_consent_missing", "diagnosis_missing",
    "diagnosis_unspecified", "diagnosis_inconsistent", "treatment_plan_missing", "goals_not_measurable",
    "plan_review_date_missing", "progress_missing", "interventions_missing", "risk_not_reassessed",
    "safety_plan_missing", "signature_missing", "credentials_missing", "date_of_service_missing"}


def test_every_catalog_rule_is_in_the_data_file_and_has_code():
    assert set(rules()) == CATALOG_IDS == set(RULE_CODE)
    assert {r.severity for r in rules().values()} == set(SEVERITIES)


def test_every_rule_rests_on_a_knowledge_section_that_exists():
    for rule in rules().values():
        parsed = parse_document(KNOWLEDGE_DIR / f"{rule.source}.md")
        assert isinstance(parsed, tuple), f"{rule.id}: {parsed}"
        assert rule.section in {s.section for s in split_sections(*parsed)}, f"{rule.id}: no section '{rule.section}'"
        assert rule.fix.strip() and rule.checks.strip()


def test_new_documentation_knowledge_has_sources():
    docs = sorted(Path(KNOWLEDGE_DIR).glob("documentation-*.md"))
    assert len(docs) >= 5
    for path in docs:
        meta, body = parse_document(path)
        assert meta.source_url.startswith("http") and "Source" in body


def test_vocabularies_compile_and_code_tables_are_consistent():
    assert len(cues()) > 40
    t = codes()
    assert set(t["time_ranges"]) <= set(t["time_based"])
    assert set(t["unspecified_icd"].values()) <= set(cues())


@pytest.mark.parametrize("payer,group", [("Medicare", "medicare"), ("Original Medicare Part B", "medicare"),
                                         ("Aetna Medicare Advantage PPO", "medicare_advantage"),
                                         ("Humana Gold Plus HMO", "medicare_advantage"), ("Medi-Cal", "medicaid"),
                                         ("Sunshine Health (Florida Medicaid)", "medicaid"), ("Apple Health", "medicaid"),
                                         ("Aetna", ""), ("Blue Cross Blue Shield of Texas", "")])
def test_payer_groups(payer, group):
    assert payer_group(payer).group == group and payer_group(payer).known


def test_an_unknown_payer_is_reported_as_unknown():
    assert payer_group("Acme Health Co-op") == payer_group("Acme Health Co-op")
    assert not payer_group("Acme Health Co-op").known and not payer_group("Acme Health Co-op").group


def test_line_codes_units_modifiers_places_and_unknown_entries():
    got = read_line_codes(["90839", "90840 x2", "95", "POS 10", "12345", "ZZ", "90837-93"])
    assert got.billing.procedures == {"90839": 1, "90840": 2, "90837": 1}
    assert got.billing.modifiers == {"95", "93"} and got.billing.places == {"10"}
    assert got.unknown == ("12345", "ZZ")


@pytest.mark.parametrize("text,procedures,mods,places", [
    ("CPT: 90837-95, POS 10", {"90837"}, {"95"}, {"10"}),
    ("Billed 99214 + 90833; place of service 11", {"99214", "90833"}, set(), {"11"}),
    ("Seen at 400 Pine St, Long Beach, CA 90840. Codes 90834 mod GT", {"90834"}, {"GT"}, set())])
def test_codes_written_in_a_note(text, procedures, mods, places):
    billing, _ = read_note_codes(text)
    assert set(billing.procedures) == procedures and billing.modifiers == mods and billing.places == places


def test_the_rules_file_says_what_each_field_means():
    from assistant.audit.catalog import HERE

    header = (HERE / "rules.yaml").read_text(encoding="utf-8")
    assert re.search(r"severity\s+will_deny", header) and "source" in header
