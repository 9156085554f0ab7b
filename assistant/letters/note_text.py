"""A note's text made plain before it is read: HTML from an EHR's web page, and fields run together on one line."""

from __future__ import annotations

import html
import re

from assistant.letters.patterns.segments import label_kind


# An EHR export that runs its fields together on one line: "DOS 10/06 | Pt: ... | FHx: ... | Plan: ...".
_RUN_LABEL = re.compile(r"^[A-Z][\w /#&().'-]{0,30}:[ \t]")


# A dictated team review kept as one long line of fields joined by semicolons ("...; progress: +1.8 kg since admit;
# school: not attending; hx: outpatient FBT ..."): its labels are often in lower case.
_SEMI_LABEL = re.compile(r"^[A-Za-z][\w /#&().'-]{0,30}:[ \t]")


# A form's fields in capitals, two on a line after a full stop and a wide gap: "MEDS: naltrexone 50 mg daily.  HISTORY: ..."
_CAPS_FIELD = re.compile(r"^[ \t]*[A-Z][A-Z /&-]{1,30}:")
_NEXT_CAPS_FIELD = re.compile(r"(?<=[.;])[ \t]{2,}(?=([A-Z][A-Z /&-]{1,30}):)")


def one_field_per_line(line: str) -> str:
    """A line of fields run together -> one field per line; any other line unchanged."""
    for sep, least, label, keep in ((r"(?<![ \t])[ \t]++(?:\|\|?|\u00a6)[ \t]+", 2, _RUN_LABEL, ""), (r";[ \t]+", 3, _SEMI_LABEL, ";")):
        parts = re.split(sep, line)
        if len(parts) >= 3 and sum(bool(label.match(p)) for p in parts) >= least:
            return (keep + "\n").join(p.strip() for p in parts)  # a semicolon stays: it ends its field
    # fields set side by side with a wide gap, each under a label the letter knows: "Plan: IPSRT 2x/week   Meds: lithium"
    gapped = re.split(r"[ \t]{3,}|\t+", line.strip())
    if len(gapped) >= 2 and all((m := _SEMI_LABEL.match(p)) and label_kind(m.group().rstrip(": \t")) for p in gapped):
        return re.match(r"[ \t]*", line).group() + "\n".join(gapped)
    if _CAPS_FIELD.match(line):
        cuts = [m.start() for m in _NEXT_CAPS_FIELD.finditer(line) if label_kind(m.group(1))]
        for at in reversed(cuts):
            line = line[:at] + "\n" + line[at:].lstrip(" \t")
    return line


# Notes pasted from an EHR's web page keep its HTML: "<p><b>Goals:</b></p> <ol> <li>...</li>", "&nbsp;". Block tags
# become line breaks, list items become bullets, inline tags go and entities are read (our placeholders stay).
_HTML_BREAK = re.compile(r"(?i)<br\s*/?>|</(?:p|li|div|tr|h[1-6]|ol|ul|table)\s*>|<(?:p|div|ol|ul|table|tr|h[1-6])(?:\s[^>]*)?>")
_HTML_ITEM = re.compile(r"(?i)<li(?:\s[^>]*)?>")
_HTML_INLINE = re.compile(r"(?i)</?(?:b|i|u|em|strong|span|font|td|th|tbody|thead|small|sup|sub|a)(?:\s[^>]*)?>")


def plain_html(note: str) -> str:
    """A note with HTML markup -> its text, one block per line; a note without it unchanged."""
    if not re.search(r"(?i)</?(?:p|br|li|div|b|span|strong)\b[^>]*>|&nbsp;|&amp;", note):
        return note
    text = _HTML_INLINE.sub("", _HTML_ITEM.sub("\n- ", _HTML_BREAK.sub("\n", note)))
    text = html.unescape(text.replace("&nbsp;", " "))
    return "\n".join(line.rstrip() for line in text.split("\n") if line.strip())  # tags leave empty lines behind


# A grid table's border with the next sentence run onto its line: "+------+------+ Steps 1-2 were done in session."
_BORDER_THEN_TEXT = re.compile(r"^([ \t]*+[+|][-=+|]{8,}[+|])[ \t]+(\S.*)$", re.M)


def border_apart(note: str) -> str:
    """A border line with text after it -> the border, then the text on a line of its own."""
    return _BORDER_THEN_TEXT.sub(r"\1\n\2", note)


# What a word processor or EHR prints on every page: "Page 2 of 3 - CONFIDENTIAL", a confidentiality notice, and the
# page header repeated at the top of each page.
_PAGE_MARK = re.compile(r"(?i)\bpage\s+\d+\s*(?:of|/)\s*\d+\b|^\W*+\d++\W*+$")
_NOTICE = re.compile(r"(?i)\bdo not (?:re-?)?disclose\b|\bconfidential\b.{0,80}\b(?:redisclos\w*|disclos\w*|written consent)\b")


def without_page_furniture(note: str) -> str:
    """A note exported page by page -> the same note without page numbers, notices and repeated page headers;
    a sentence that a page break cut in two ("without structure at the times" / "he gambles ...") is joined."""
    lines = note.split("\n")
    seen: dict[str, int] = {}
    for line in lines:
        key = " ".join(line.split())
        if len(key) >= 15:
            seen[key] = seen.get(key, 0) + 1
    if not any(_PAGE_MARK.search(line) and "page" in line.lower() for line in lines):
        return note  # no page marks, no pages: a record's repeated lines ("date: 2025-03-10") are its content
    out, first_seen, cut, last_mark = [], set(), False, -99
    for i, line in enumerate(lines):
        key = " ".join(line.split())
        mark = bool(_PAGE_MARK.search(line) and "page" in line.lower())
        last_mark = i if mark else last_mark
        # a repeated line is a running header when it follows a page mark, or has been printed before
        repeated = seen.get(key, 0) >= 2 and (i - last_mark <= 3 or key in first_seen)
        furniture = mark or _NOTICE.search(line) or repeated
        first_seen.add(key)
        if furniture:
            cut = True
            continue
        if cut and line.strip() and line.strip()[0].islower():
            while out and not out[-1].strip():
                out.pop()  # the blank lines around the page break
            if out and not out[-1].rstrip().endswith((".", "!", "?", ":")):
                out[-1] = out[-1].rstrip() + " " + line.strip()
                cut = False
                continue
        if line.strip():
            cut = False
        out.append(line)
    return "\n".join(out)


# A PDF form's fields exported with their control names: "txtStartTime: 09:00 AM", "chkTelehealth: Off". The key is
# read as words ("Start Time:"), and a check box as ticked or not ("[x] In Person", "[ ] Telehealth").
_FORM_KEY = re.compile(r"(?m)^([ \t]*)(txt|chk|cbx|cbo|ddl|fld|rad|opt|lbl|dt|num)_?([A-Z][A-Za-z0-9]*)[ \t]*:[ \t]*(.*)$")
_TICKED = re.compile(r"(?i)^(?:on|yes|y|x|true|1|checked|selected)\W*$")
_UNTICKED = re.compile(r"(?i)^(?:off|no|n|false|0|unchecked)?\W*$")


def plain_form_keys(note: str) -> str:
    """Form control names as words and check boxes as boxes; a note without such fields comes back unchanged."""
    if len(_FORM_KEY.findall(note)) < 3:
        return note

    def field(m: re.Match[str]) -> str:
        words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ", m.group(3))
        if m.group(2).lower() in ("chk", "cbx", "rad", "opt"):
            box = "[x]" if _TICKED.match(m.group(4)) else "[ ]" if _UNTICKED.match(m.group(4)) else None
            if box:
                return f"{m.group(1)}{box} {words}"
        return f"{m.group(1)}{words}: {m.group(4)}".rstrip()
    return _FORM_KEY.sub(field, note)


# Dictation typed as spoken, its punctuation said aloud ("... 53 minutes comma in office period new paragraph risk
# colon ..."): the spoken marks become marks and each sentence opens with a capital, so labels and sentences read as
# written ones. A note needs three or more spoken marks; "a comma in the sentence" alone is left as it is.
# A mark begins where its white space begins (or right at the word after an earlier mark took the space), so a long
# run of spaces is read once.
_SPOKEN_MARK = re.compile(r"(?:(?<![ \t])[ \t]*+|(?<=[ \t]))\b(?:(comma)|(period|full stop)|(colon)|(semicolon)|(question mark)|(new paragraph)|(new line))\b[ \t]*",
                          re.I)
_MARKS = (", ", ". ", ": ", "; ", "? ", "\n\n", "\n")


def spoken_punctuation(note: str) -> str:
    """Dictation with its punctuation said in words -> punctuated text; any other note unchanged."""
    if len(_SPOKEN_MARK.findall(note)) < 3:
        return note
    text = _SPOKEN_MARK.sub(lambda m: _MARKS[m.lastindex - 1], note)
    text = re.sub(r"[ \t]+\n", "\n", re.sub(r"([.?!:;,])[ \t]*([.?!:;,])", r"\2", text))  # "period new paragraph" -> "." once
    return re.sub(r"(^|[.?!][ \t]+|\n)([a-z])", lambda m: m.group(1) + m.group(2).upper(), text).rstrip(" \t")


# A form or whiteboard that leads each label to its value with dots ("DX ........ bipolar I", "EDD ....... 6/20"):
# the label is a field's label, as "DX: bipolar I" would be. Two such lines make the note such a form.
# (a label long enough to leave one dot before the value column keeps it: "SDS - alcohol (Severity of Dependence Scale) . 12")
# ... and a numbered form's item ("18. Measurable targets ...... (a) ..."): the number goes, the label stays
# ... and a label with its gloss in brackets ("CDSS (Calgary Depression Scale, 0-27) ........ 10/28: 11")
_LEADER_FIELD = re.compile(r"^([ \t]*(?:\d{1,2}[a-z]?[.)][ \t]+)?[A-Za-z][A-Za-z0-9 /&#'()-]{0,30}?(?:[ \t]*\([^()\n]{1,50}\))?)[ \t]*\.{2,}[ \t]*(?=\S)(?!\.)|"
                           r"^([ \t]*[A-Za-z][A-Za-z0-9 /&#'(),-]{30,70}?)[ \t]+\.[ \t]+(?=\d)", re.M)


def leader_fields(note: str) -> str:
    """Labels led to their values by dots -> "Label: value"; any other note unchanged."""
    if len(_LEADER_FIELD.findall(note)) < 2:
        return note
    return _LEADER_FIELD.sub(lambda m: re.sub(r"^([ \t]*)\d{1,2}[a-z]?[.)][ \t]+", r"\1", (m.group(1) or m.group(2)).rstrip()) + ": ", note)
