"""Uploaded files -> note or denial text: plain text, Word (.docx) and PDFs that carry a text layer.

Messages name the file the user chose (they see it already) and never quote its content.
"""

from __future__ import annotations

import io
from pathlib import PurePath

from assistant.errors import InputError
from assistant.inputs import MAX_BYTES, TextInput, decode

TEXT_SUFFIXES = (".txt", ".text", ".md")
SUFFIXES = TEXT_SUFFIXES + (".docx", ".pdf")


def read_upload(name: str, data: bytes) -> TextInput:
    """File name and bytes -> decoded text; unknown types, scans without text and empty files are refused."""
    suffix = PurePath(name).suffix.lower()
    if len(data) > MAX_BYTES:
        raise InputError(f"{name} is larger than {MAX_BYTES // (1024 * 1024)} MB; split it into separate files.")
    if suffix in TEXT_SUFFIXES:
        return decode(data, name)
    if suffix == ".docx":
        return _checked(_docx_text(name, data), name)
    if suffix == ".pdf":
        return _checked(_pdf_text(name, data), name, pdf=True)
    raise InputError(f"{name} is not a file type necessity reads: upload .txt, .docx or a .pdf with text, "
                     "or paste the text instead.")


def _checked(text: str, name: str, pdf: bool = False) -> TextInput:
    if text.strip():
        return TextInput(text=text.strip() + "\n")
    if pdf:
        raise InputError(f"{name} has no text layer (it is probably a scan). Export it as a text PDF, "
                         "run it through OCR, or paste the text instead.")
    raise InputError(f"{name} is empty: there is no text to work on.")


def _docx_text(name: str, data: bytes) -> str:
    """Paragraphs and table rows, in document order; table cells joined with ' | '."""
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        doc = Document(io.BytesIO(data))
    except Exception:  # python-docx raises several types for a damaged or mislabelled file
        raise InputError(f"{name} could not be opened as a Word document; save it again as .docx, "
                         "or paste the text instead.") from None
    lines: list[str] = []
    for item in doc.iter_inner_content():
        if isinstance(item, Paragraph):
            lines.append(item.text)
        elif isinstance(item, Table):
            for row in item.rows:
                cells = list(dict.fromkeys(c.text.strip() for c in row.cells))  # merged cells repeat
                lines.append(" | ".join(c for c in cells if c))
    return "\n".join(lines)


def _pdf_text(name: str, data: bytes) -> str:
    """The text layer of every page, pages separated by a blank line."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(f"{name} is password-protected; save an unprotected copy or paste the text instead.")
        return "\n\n".join((page.extract_text() or "").strip() for page in reader.pages)
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError):
        raise InputError(f"{name} could not be read as a PDF; save it again as a PDF with text, "
                         "or paste the text instead.") from None
