"""Stage: an approved letter (PHI restored, letterhead and signature already in its text) -> DOCX or PDF bytes.

The letter is plain text; its shape is read back from the lines: the letterhead block at the top, headings
written in capitals, `RE:` lines, bullets. `[MISSING: ...]` markers stay visible (highlighted in DOCX, bold
red in PDF) so nothing unfinished is faxed by accident.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

from assistant.records import Clinician

MISSING = re.compile(r"(\[MISSING:[^\]]*\])", re.IGNORECASE)
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
_BULLET = re.compile(r"^\s*[-*\u2022]\s+")
# fpdf2's core fonts only know Latin-1; these are the characters letters usually hold beyond it.
_LATIN1_SWAPS = {"\u2014": "--", "\u2013": "-", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                 "\u2022": "-", "\u2026": "...", "\u00a0": " ", "\u2264": "<=", "\u2265": ">=", "\u2192": "->"}


@dataclass(frozen=True)
class Block:
    """One line of the letter and how to set it."""

    kind: str  # "title" | "letterhead" | "heading" | "subject" | "bullet" | "text" | "gap"
    text: str = ""


def _is_heading(line: str) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", line)
    return 3 <= len(letters) and line.upper() == line and len(line) <= 80 and not line.startswith("[")


def blocks(letter: str) -> list[Block]:
    """Letter text -> blocks: the first paragraph is the letterhead, its first line the practice name."""
    out: list[Block] = []
    in_head, first = True, True
    for raw in letter.replace("\r\n", "\n").split("\n"):
        line = raw.rstrip()
        if not line.strip():
            in_head = in_head and first
            if out and out[-1].kind != "gap":
                out.append(Block("gap"))
            continue
        if in_head:
            out.append(Block("title" if first else "letterhead", line.strip()))
        elif _BULLET.match(line):
            out.append(Block("bullet", _BULLET.sub("", line)))
        elif re.match(r"^(RE|Re|Subject):", line):
            out.append(Block("subject", line.strip()))
        elif _is_heading(line.strip()):
            out.append(Block("heading", line.strip()))
        else:
            out.append(Block("text", line))
        first = False
    while out and out[-1].kind == "gap":
        out.pop()
    return out


# --- DOCX -------------------------------------------------------------------------------------------
def to_docx(letter: str, clinician: Clinician, title: str = "") -> bytes:
    """Letter text and clinician profile -> a .docx file as bytes."""
    from docx import Document
    from docx.enum.text import WD_COLOR_INDEX
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name, style.font.size = "Calibri", Pt(11)
    style.paragraph_format.space_after = Pt(0)
    props = doc.core_properties
    props.title, props.author, props.comments = title or "Letter", clinician.name or "necessity", ""
    props.last_modified_by = clinician.name or "necessity"
    gap = False
    for block in blocks(letter):
        if block.kind == "gap":
            gap = True
            continue
        para = doc.add_paragraph(style="List Bullet" if block.kind == "bullet" else None)
        para.paragraph_format.space_before = Pt(8 if gap or block.kind == "heading" else 0)
        gap = False
        bold = block.kind in ("title", "heading", "subject")
        for part in MISSING.split(block.text):
            if not part:
                continue
            run = para.add_run(part)
            run.bold = bold or bool(MISSING.fullmatch(part))
            if block.kind == "title":
                run.font.size = Pt(14)
            if MISSING.fullmatch(part):
                run.font.highlight_color = WD_COLOR_INDEX.YELLOW
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


# --- PDF --------------------------------------------------------------------------------------------
def _pdf_font(pdf) -> tuple[str, bool]:
    """Embed DejaVu Sans when the machine has it (any character); else a core font (Latin-1 only)."""
    regular, bold = FONT_DIR / "DejaVuSans.ttf", FONT_DIR / "DejaVuSans-Bold.ttf"
    if regular.is_file() and bold.is_file():
        pdf.add_font("DejaVu", "", str(regular))
        pdf.add_font("DejaVu", "B", str(bold))
        return "DejaVu", True
    return "Helvetica", False


def latin1(text: str) -> str:
    """Text -> the same text in Latin-1, common typographic characters swapped, others as '?'."""
    for char, swap in _LATIN1_SWAPS.items():
        text = text.replace(char, swap)
    return text.encode("latin-1", "replace").decode("latin-1")


def to_pdf(letter: str, clinician: Clinician, title: str = "") -> bytes:
    """Letter text and clinician profile -> a PDF file as bytes."""
    from fpdf import FPDF

    pdf = FPDF(format="Letter")
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_title(title or "Letter")
    pdf.set_author(clinician.name or "necessity")
    pdf.set_creator("necessity")
    pdf.add_page()
    font, unicode_ok = _pdf_font(pdf)
    clean = (lambda s: s) if unicode_ok else latin1
    left, height = pdf.l_margin, 5.5
    for block in blocks(letter):
        if block.kind == "gap":
            pdf.ln(height * 0.6)
            continue
        size = 13 if block.kind == "title" else 11
        bold = block.kind in ("title", "heading", "subject")
        if block.kind == "heading":
            pdf.ln(1.5)
        if block.kind == "bullet":
            pdf.set_left_margin(left + 6)
            pdf.set_x(left + 2)
            pdf.set_font(font, "", size)
            pdf.write(height, clean("\u2022 "))
        for part in MISSING.split(block.text):
            if not part:
                continue
            marker = bool(MISSING.fullmatch(part))
            pdf.set_font(font, "B" if bold or marker else "", size)
            pdf.set_text_color(*((170, 0, 0) if marker else (0, 0, 0)))
            pdf.write(height, clean(part))
        pdf.set_text_color(0, 0, 0)
        pdf.ln(height)
        pdf.set_left_margin(left)
    return bytes(pdf.output())
