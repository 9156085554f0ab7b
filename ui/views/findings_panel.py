"""Documentation findings grouped by note: severity, what was found, the quote highlighted in the note, the
fix, and the knowledge passage the rule rests on. Shared by the Check page and the Draft page."""

from __future__ import annotations

import csv
import html
import io

import streamlit as st

from assistant.service import LetterService
from ui.common import show_html

SEVERITY = {"will_deny": ("Will deny", "#b3261e", "#fde7e7"), "may_deny": ("May deny", "#8a5a00", "#fff1cc"),
            "best_practice": ("Best practice", "#1f5f8b", "#e3f0fb")}
RULE_NAMES = {
    "minutes_missing": "No session time", "minutes_code_mismatch": "Time does not fit the code",
    "start_stop_times_missing": "No start and stop times", "addon_without_em": "Add-on without an E/M code",
    "crisis_time_threshold": "Crisis time below the code's threshold", "crisis_elements_missing": "Crisis note incomplete",
    "crisis_excluded_codes": "Codes not billed with crisis codes", "family_attendance_missing": "Who attended is not said",
    "family_presence_mismatch": "Client presence contradicts the family code",
    "interactive_complexity_reason_missing": "No reason for interactive complexity",
    "interactive_complexity_excluded_pair": "Interactive complexity with a code it cannot go with",
    "telehealth_pos_modifier_missing": "Telehealth without POS or modifier",
    "audio_only_modifier_missing": "Audio-only without modifier 93/FQ", "telehealth_location_missing": "Client's location missing",
    "telehealth_consent_missing": "No telehealth consent on record", "diagnosis_missing": "No diagnosis",
    "diagnosis_unspecified": "Unspecified code; the note supports a specific one",
    "diagnosis_inconsistent": "Diagnosis code changed without a reason", "treatment_plan_missing": "No current treatment plan",
    "goals_not_measurable": "Goals not measurable", "plan_review_date_missing": "Plan has no date or review date",
    "progress_missing": "No progress or response", "interventions_missing": "No intervention named",
    "risk_not_reassessed": "Risk not reassessed", "safety_plan_missing": "No safety plan",
    "signature_missing": "Not signed", "credentials_missing": "No credentials after the signature",
    "date_of_service_missing": "No date of service"}


_NOTE_BOX = ("<div style='white-space: pre-wrap; font-family: ui-monospace, monospace; font-size: 0.85rem; "
             "line-height: 1.45; border: 1px solid #ccc; border-radius: 6px; padding: 0.75rem; max-height: 420px; "
             "overflow-y: auto' tabindex='0' role='region' aria-label='{label}'>{body}</div>")


def rule_name(rule: str) -> str:
    return RULE_NAMES.get(rule, rule.replace("_", " "))


def highlighted_note(text: str, findings: list, label: str) -> str:
    """A note as HTML with each finding's quote marked in its severity's colour."""
    spans = []
    for f in findings:
        start = text.find(f.evidence) if f.evidence else -1
        if start >= 0 and not any(a < start + len(f.evidence) and start < b for a, b, _ in spans):
            spans.append((start, start + len(f.evidence), f))
    out, at = [], 0
    for start, end, f in sorted(spans, key=lambda s: s[0]):
        name, color, background = SEVERITY[f.severity]
        out.append(html.escape(text[at:start]))
        out.append(f"<mark style='background:{background};border-bottom:2px solid {color}' "
                   f"title='{html.escape(name)}: {html.escape(rule_name(f.rule))}'>{html.escape(text[start:end])}</mark>")
        at = end
    out.append(html.escape(text[at:]))
    # No raw newlines: a blank line would end the HTML block and the rest would be read as Markdown.
    body = "".join(out).replace("\r\n", "\n").replace("\n", "<br>")
    return _NOTE_BOX.format(label=html.escape(label), body=body)


def _badge(severity: str) -> str:
    name, color, background = SEVERITY[severity]
    return (f"<span style='background:{background};color:{color};border:1px solid {color};border-radius:4px;"
            f"padding:0 6px;font-size:0.8rem;font-weight:600'>{name}</span>")


def render_findings(service: LetterService, notes: list[str], result, key: str, show_notes: bool = True) -> None:
    """Findings grouped by note, each with its quote, fix and source passage; notes with highlights."""
    sources = {r.id: r for r in service.audit_rules()}
    grouped = {}
    for f in result.findings:
        grouped.setdefault(f.note_index, []).append(f)
    for i, text in enumerate(notes):
        found = grouped.get(i, [])
        st.markdown(f"**Note {i + 1}** - " + (f"{len(found)} finding(s)" if found else "no findings"))
        if show_notes and text.strip():
            with st.expander(f"Note {i + 1} with the quotes highlighted", expanded=False):
                show_html(highlighted_note(text, found, f"Note {i + 1} with findings highlighted"))
        for j, f in enumerate(found):
            with st.container(border=True):
                show_html(f"{_badge(f.severity)} <b>{html.escape(rule_name(f.rule))}</b>"
                          + (f" - {html.escape(f.detail)}" if f.detail else ""))
                show_html(f"<div style='margin:0.3rem 0'>In the note: <mark style='background:"
                          f"{SEVERITY[f.severity][2]}'>{html.escape(f.evidence)}</mark></div>")
                st.markdown(f"**Fix:** {f.fix}")
                info = sources.get(f.rule)
                if info and info.title:
                    with st.expander(f"Why: {info.title} - {info.section}", expanded=False):
                        st.markdown(info.passage)
                        if info.url:
                            st.markdown(f"Source: [{info.url}]({info.url}) · `knowledge/{f.source_id}.md`")


def findings_csv(result, names: list[str]) -> bytes:
    """The findings as CSV for a biller: one row per finding."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["note", "note_name", "rule", "severity", "what_was_found", "quote_from_note", "fix",
                     "source_document", "source_section"])
    for f in result.findings:
        name = names[f.note_index] if f.note_index < len(names) else ""
        writer.writerow([f.note_index + 1, name, f.rule, f.severity, f.detail, f.evidence, f.fix, f.source_id,
                         f.section])
    return buffer.getvalue().encode("utf-8")


def summary_line(result) -> str:
    """'3 findings: 1 will deny, 2 may deny, 0 best practice'."""
    counts = {k: sum(f.severity == k for f in result.findings) for k in SEVERITY}
    return (f"{len(result.findings)} finding(s): " +
            ", ".join(f"{n} {SEVERITY[k][0].lower()}" for k, n in counts.items()))


def before_drafting(service: LetterService, case) -> None:
    """The Draft page's documentation check: the same findings as Check my notes, before anything is drafted."""
    notes = [n for n in case.notes if n.strip()]
    if not notes:
        return
    codes = case.requested.get("codes", [])
    try:
        result = service.check(notes, payer=case.payer, level_of_care=case.level_of_care, codes=codes,
                               letter_type=case.letter_type, checklist=False)
    except Exception:  # noqa: BLE001 - the check is advice; drafting must not depend on it
        return
    with st.container(border=True):
        st.markdown("**Documentation check before you draft** - " + summary_line(result) +
                    (". The requested codes are checked against every note." if codes else "."))
        if result.findings and st.toggle("Show the findings, the fixes and the rules behind them", key="draft_check_show"):
            render_findings(service, notes, result, key="draft_check", show_notes=False)
