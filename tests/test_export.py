"""DOCX and PDF export of an approved letter: it opens, it holds the letter, any character survives."""

from __future__ import annotations

import io

from docx import Document
from docx.enum.text import WD_COLOR_INDEX
from pypdf import PdfReader

from assistant.letters import export
from assistant.records import Clinician

LETTER = """Riverside Counseling \u2014 Suite 4
12 Main Street, Pittsburgh, PA
Phone: (412) 555-0100

March 20, 2025

To: Aetna Utilization Management / Appeals

RE: Request for continued authorization, outpatient psychotherapy
Client: Zo\u00eb \u00c5ngstr\u00f6m-N\u00fa\u00f1ez | DOB: 05/21/1979

Dear Clinical Reviewer:

I am writing to request 12 sessions of CPT 90837 \u2014 weekly \u2014 for Zo\u00eb \u00c5ngstr\u00f6m-N\u00fa\u00f1ez.

DIAGNOSES (ICD-10-CM)
- F41.0 Panic disorder

DISCHARGE AND STEP-DOWN CRITERIA
[MISSING: What criteria will show the client is ready for discharge or step-down?]

Sincerely,


Beatrix Lindqvist, LCSW
NPI: 1234567893"""
CLINICIAN = Clinician(name="Beatrix Lindqvist", credentials="LCSW", npi="1234567893")


def test_docx_opens_and_holds_the_letter_with_its_shape():
    data = export.to_docx(LETTER, CLINICIAN, title="Request for continued authorization")
    doc = Document(io.BytesIO(data))
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == "Riverside Counseling \u2014 Suite 4"
    assert "Client: Zo\u00eb \u00c5ngstr\u00f6m-N\u00fa\u00f1ez | DOB: 05/21/1979" in texts
    assert "Beatrix Lindqvist, LCSW" in texts and texts[-1] == "NPI: 1234567893"
    heading = doc.paragraphs[texts.index("DIAGNOSES (ICD-10-CM)")]
    assert all(r.bold for r in heading.runs)
    bullet = doc.paragraphs[texts.index("F41.0 Panic disorder")]
    assert bullet.style.name == "List Bullet"
    assert doc.core_properties.title == "Request for continued authorization"
    assert doc.core_properties.author == "Beatrix Lindqvist"


def test_docx_keeps_missing_markers_visible_and_highlighted():
    doc = Document(io.BytesIO(export.to_docx(LETTER, CLINICIAN)))
    runs = [r for p in doc.paragraphs for r in p.runs if r.text.startswith("[MISSING:")]
    assert len(runs) == 1 and runs[0].font.highlight_color == WD_COLOR_INDEX.YELLOW and runs[0].bold


def test_pdf_is_a_pdf_and_keeps_em_dashes_and_non_ascii_names():
    data = export.to_pdf(LETTER, CLINICIAN, title="Letter")
    assert data.startswith(b"%PDF")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert "Zo\u00eb \u00c5ngstr\u00f6m-N\u00fa\u00f1ez" in text
    assert "\u2014" in text and "[MISSING: What criteria" in text and "Beatrix Lindqvist, LCSW" in text


def test_pdf_without_dejavu_falls_back_to_a_core_font_with_characters_replaced(monkeypatch, tmp_path):
    monkeypatch.setattr(export, "FONT_DIR", tmp_path / "no-fonts")
    data = export.to_pdf(LETTER + "\nScore \u2264 9 \u2192 step down \u2603", CLINICIAN)
    assert data.startswith(b"%PDF")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert "Riverside Counseling -- Suite 4" in text and "Zo\u00eb" in text
    assert "<= 9 -> step down ?" in text


def test_blocks_read_the_letterhead_headings_and_bullets():
    kinds = [(b.kind, b.text) for b in export.blocks(LETTER) if b.kind != "gap"]
    assert kinds[0] == ("title", "Riverside Counseling \u2014 Suite 4")
    assert kinds[1][0] == "letterhead" and ("heading", "DIAGNOSES (ICD-10-CM)") in kinds
    assert ("bullet", "F41.0 Panic disorder") in kinds
    assert ("subject", "RE: Request for continued authorization, outpatient psychotherapy") in kinds
    assert ("text", "Dear Clinical Reviewer:") in kinds
