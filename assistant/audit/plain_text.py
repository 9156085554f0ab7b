"""A note as plain text before the audit reads it: RTF markup read as its text, mis-decoded characters repaired.

Notes are pasted from word processors and EHR exports. An RTF export keeps its control words ("\\par", "\\tab",
"\\rquote") in the text, and a UTF-8 export opened as Windows-1252 turns every dash and quote into two or
three letters ("â€“", "â€™"). The rules read words, so both are turned back into what the clinician wrote;
a note without either comes back unchanged.
"""

from __future__ import annotations

import re
import unicodedata

from assistant.audit.bilingual_labels import english_labels
from assistant.audit.db_records import psql_as_fields
from assistant.audit.editor_screen import without_editor_chrome
from assistant.audit.embedded_markup import embedded_markup
from assistant.audit.entry_exports import bibtex_as_fields, glimpse_as_fields, taskpaper_as_fields
from assistant.audit.exports import json_as_fields, without_screen_chrome
from assistant.audit.fill_markers import filled_values
from assistant.audit.fixed_width import listing_as_fields
from assistant.audit.form_choices import form_as_fields
from assistant.audit.hl7_fields import hl7_as_fields
from assistant.audit.hour_letter import hour_letter_clocks
from assistant.audit.margin_comments import without_margin_comments
from assistant.audit.patch_text import patch_as_note
from assistant.audit.schedule_rows import schedule_as_fields
from assistant.audit.sexp_fields import sexp_as_fields
from assistant.audit.sheet_rows import sheet_as_fields
from assistant.audit.shell_documents import shell_documents_as_fields
from assistant.audit.textproto_fields import textproto_as_fields
from assistant.audit.word_dates import english_dates
from assistant.letters.xml_fields import plain_xml

# RTF control words that stand for a character; the rest are formatting and are dropped.
_RTF_CHARS = {"par": "\n", "line": "\n", "tab": "\t", "rquote": "\u2019", "lquote": "\u2018",
              "rdblquote": "\u201d", "ldblquote": "\u201c", "emdash": "\u2014", "endash": "\u2013",
              "bullet": "\u2022", "~": "\u00a0", "_": "-", "-": ""}
# Groups that hold no note text: the font and colour tables, style sheets, document info.
_RTF_SKIP = re.compile(r"\{\\(?:\*|fonttbl|colortbl|stylesheet|info|generator|listtable|listoverridetable)\b")
_RTF_TOKEN = re.compile(r"\\'([0-9a-fA-F]{2})|\\u(-?\d+)\??|\\([a-zA-Z]+)(-?\d+)? ?|\\([{}\\~_-])|([{}])|\r?\n")


def _skip_groups(rtf: str) -> str:
    """The RTF text without its header groups (fonts, colours, styles), matched by brace depth."""
    out, i = [], 0
    for m in _RTF_SKIP.finditer(rtf):
        if m.start() < i:
            continue
        out.append(rtf[i:m.start()])
        depth, j = 0, m.start()
        while j < len(rtf):
            depth += {"{": 1, "}": -1}.get(rtf[j], 0) if rtf[j - 1:j] != "\\" else 0
            j += 1
            if depth == 0:
                break
        i = j
    out.append(rtf[i:])
    return "".join(out)


def rtf_text(rtf: str) -> str:
    """An RTF document -> its text, paragraph marks as line breaks; not RTF -> unchanged."""
    if not rtf.lstrip().startswith("{\\rtf"):
        return rtf

    def token(m: re.Match[str]) -> str:
        hex_byte, code, word, _, escaped, _brace = m.groups()
        if hex_byte:
            return bytes([int(hex_byte, 16)]).decode("cp1252", errors="replace")
        if code:
            return chr(int(code) % 65536)
        if word:
            return _RTF_CHARS.get(word, "")
        if escaped:
            return _RTF_CHARS.get(escaped, escaped)
        return ""  # a brace, or a line break in the source (RTF marks its own with \par)

    text = _RTF_TOKEN.sub(token, _skip_groups(rtf))
    return "\n".join(line.rstrip() for line in text.splitlines()).strip("\n")


# Runs of characters that UTF-8 bytes become when read as Windows-1252: a lead byte (Â-ô) then continuation bytes.
_CP1252_HIGH = "\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d" \
               "\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178\u0081\u008d\u008f\u0090\u009d"
_NEXT = "[\u00a0-\u00bf%s]" % _CP1252_HIGH
_MOJIBAKE = re.compile(f"[\u00c2-\u00df]{_NEXT}|[\u00e0-\u00ef]{_NEXT}{{2}}|[\u00f0-\u00f4]{_NEXT}{{3}}")


def _as_bytes(run: str) -> bytes:
    return b"".join(bytes([ord(ch)]) if ord(ch) < 256 else ch.encode("cp1252") for ch in run)


def _repair(m: re.Match[str]) -> str:
    try:
        return _as_bytes(m.group(0)).decode("utf-8")
    except UnicodeError:
        return m.group(0)  # letters that only look like such a run stay as written


# A closing double quote is E2 80 9D; Windows-1252 has no character for 9D, so many readers drop it ("â€").
_LOST_CLOSING_QUOTE = re.compile("\u00e2\u20ac(?![\u00a0-\u00bf%s])" % _CP1252_HIGH)


def repaired(text: str) -> str:
    """Text with UTF-8 characters that were read as Windows-1252 put back ("â€“" -> "–"); other text unchanged."""
    if not _MOJIBAKE.search(text):
        return text
    return _LOST_CLOSING_QUOTE.sub("\u201d", _MOJIBAKE.sub(_repair, text))


# A decimal digit of another script: Myanmar "၁၀.၁၁.၂၀၂၆", Devanagari "१०:३०", Arabic-Indic "٤٥", Bengali, Thai, fullwidth.
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")  # (\d is any script's decimal digit in a str pattern)


def ascii_digits(text: str) -> str:
    """Text with every decimal digit of another script written as its ASCII digit ("၁၀.၁၁.၂၀၂၆" -> "10.11.2026"): the
    rules read dates, clock times and minutes in ASCII digits. Other characters (a superscript "²") are unchanged."""
    if text.isascii():
        return text
    return _OTHER_DIGIT.sub(lambda m: str(unicodedata.decimal(m.group(0))), text)


def plain_note(text: str) -> str:
    """A note as pasted -> the same note as plain text (RTF read, mis-decoded characters repaired, another script's digits
    read as ASCII digits, a sentence builder's filled values read without their markers, an XML export, a JSON record or a database shell's printed documents, a textproto message, a notes tool's Lisp forms, a database console's records, an HL7 message's segments, a legacy system's fixed-width listing and
    spreadsheet or delimited-export rows written as labelled fields, a BibTeX file's entries, an R console's glimpse()
    rows and a TaskPaper outline's tags written as labelled fields, a day's appointment sheet read without the other
    clients' rows, dates in another language's month names or with ordinal days written as English dates, a form's print view read as the options chosen and
    the boxes filled in, a pasted commit's diff read as the note it adds, a copied EHR screen's menus and buttons and a text editor's title bar and shortcut rows dropped, a reviewer's margin comments left out, a
    bilingual form's labels read as their English half, "14h00" clock times as "14:00").

    An XML export is read the way drafting reads it ("<SignedBy credential="LCSW">A. Name</SignedBy>" -> "Signed By:
    A. Name (credential LCSW)"), so a signer, a credential or an empty element ("<Start/>") is a field to the rules; a
    note body kept in it as web markup (a CDATA section, escaped tags) is read as the lines of text it shows."""
    for step in _STEPS:
        text = step(text)
    return text


_STEPS = (rtf_text, repaired, filled_values, ascii_digits, english_dates, patch_as_note, without_margin_comments, hl7_as_fields, embedded_markup, plain_xml,
          json_as_fields, shell_documents_as_fields, textproto_as_fields, sexp_as_fields, bibtex_as_fields, glimpse_as_fields, taskpaper_as_fields, psql_as_fields,
          without_screen_chrome, without_editor_chrome, schedule_as_fields, listing_as_fields, sheet_as_fields, form_as_fields,
          english_labels, hour_letter_clocks)
