"""Uploaded notes and denials: text, Word and text PDFs are read; scans and strange files get a clear refusal."""

from __future__ import annotations

import io

import pytest
from docx import Document
from fpdf import FPDF

from assistant.errors import InputError
from assistant.uploads import read_upload

NOTE = "Client: Quentin Halvorsrud\nPHQ-9 = 12 (01/13/2025)\nDx: F41.0 Panic disorder."


def _docx() -> bytes:
    doc = Document()
    doc.add_paragraph("PROGRESS NOTE 03/03/2025")
    table = doc.add_table(rows=2, cols=2)
    for r, (a, b) in enumerate([("Measure", "Score"), ("PHQ-9", "9")]):
        table.cell(r, 0).text, table.cell(r, 1).text = a, b
    doc.add_paragraph("Plan: weekly CBT, 10 more sessions.")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _pdf(text: str | None) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    if text is None:
        pdf.rect(20, 20, 80, 40, style="F")  # a "scan": marks on the page, no text layer
    else:
        pdf.set_font("Helvetica", size=11)
        pdf.multi_cell(0, 6, text)
    return bytes(pdf.output())


def test_text_file_is_decoded_with_a_bom():
    assert read_upload("note.txt", b"\xef\xbb\xbf" + NOTE.encode("utf-8")).text == NOTE


def test_invalid_utf8_is_replaced_with_a_warning():
    got = read_upload("note.txt", b"PHQ-9 = 12 caf\xe9")
    assert "\ufffd" in got.text and "UTF-8" in got.warning


def test_docx_paragraphs_and_tables_are_read_in_order():
    lines = read_upload("note.DOCX", _docx()).text.splitlines()
    assert lines == ["PROGRESS NOTE 03/03/2025", "Measure | Score", "PHQ-9 | 9", "Plan: weekly CBT, 10 more sessions."]


def test_pdf_text_layer_is_read():
    text = read_upload("note.pdf", _pdf(NOTE)).text
    assert "Quentin Halvorsrud" in text and "F41.0 Panic disorder" in text


def test_pdf_without_text_asks_for_a_text_pdf_or_a_paste():
    with pytest.raises(InputError, match="no text layer.*paste the text"):
        read_upload("scan.pdf", _pdf(None))


@pytest.mark.parametrize("name,data,words", [
    ("note.rtf", b"{\\rtf1 hello}", "upload .txt, .docx or a .pdf"),
    ("note.docx", b"not a zip at all", "could not be opened as a Word document"),
    ("note.pdf", b"%PDF-1.4 broken", "could not be read as a PDF"),
    ("note.txt", b"\x00\x01\x02binary", "binary file"),
    ("note.txt", b"   \n", "empty"),
])
def test_unreadable_files_are_refused_with_the_next_step(name, data, words):
    with pytest.raises(InputError, match=words):
        read_upload(name, data)


def test_refusals_never_quote_the_content():
    with pytest.raises(InputError) as err:
        read_upload("note.docx", b"Quentin Halvorsrud ZK8830215")
    assert "Halvorsrud" not in str(err.value)
