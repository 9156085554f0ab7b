"""How a pasted letter is laid out, undone before it is read: a forwarding e-mail (the forwarder's own lines above
the original, "I want the appeal out the door within 30 days", are a colleague's, not the payer's, so only the
forwarded message is read); a box drawn in text (+----+ and | ... | borders), whose lines are one paragraph inside;
a two-column page turned to text with its columns interleaved line by line; and the hits of a line-numbered search
(grep -n), whose "12:" and "13-" prefixes and "--" separators are the tool's, not the letter's."""
from __future__ import annotations

import re

# "-------- Original Message --------", "---------- Forwarded message ---------", "Begin forwarded message:",
# "-----Original Message-----", "> From: ..." quoting is left as it is.
_MARKER = re.compile(r"(?im)^[ \t>]*(?:-{2,}[ \t]*(?:original message|forwarded message)[ \t]*-{2,}|begin forwarded message:|"
                     r"_{5,}[ \t]*\n[ \t]*from:)[^\n]*\n")


def forwarded_part(text: str) -> tuple[str, tuple[str, ...]]:
    """(the text to read, notices): the forwarded original when the text is a forward with enough of a letter after
    the marker, else the text unchanged."""
    marker = _MARKER.search(text)
    if marker is None or marker.start() < 40:
        return text, ()
    rest = text[marker.end():]
    if len(rest.split()) < 40:
        return text, ()  # a short forward is not the letter itself
    return rest, ("The text is a forwarded e-mail; the lines above the forwarded message were not read as the payer's.",)


_BOX_EDGE = re.compile(r"(?m)^[ \t]*\+[-=]{5,}\+[ \t]*$")
_BOX_LINE = re.compile(r"(?m)^([ \t]*)\|(.*)\|([ \t]*)$")


def unboxed(text: str) -> str:
    """A text box's borders turned to spaces (same length, so every offset still points at the same words)."""
    if not _BOX_EDGE.search(text):
        return text
    text = _BOX_EDGE.sub(lambda m: " " * len(m.group(0)), text)
    return _BOX_LINE.sub(lambda m: m.group(1) + " " + m.group(2) + " " + m.group(3), text)


def _gutter(lines: list[str]) -> int | None:
    """The column where a second column starts on most long lines (a gap of five or more spaces before it)."""
    starts: dict[int, int] = {}
    long = [ln for ln in lines if len(ln.rstrip()) > 50 and "|" not in ln]  # a table's rows are not columns of a page
    for ln in long:
        for m in re.finditer(r"\S( {5,})(?=\S)", ln):
            starts[m.end()] = starts.get(m.end(), 0) + 1
    if len(long) < 8 or not starts:
        return None
    col, n = max(starts.items(), key=lambda kv: kv[1])
    near = sum(v for k, v in starts.items() if abs(k - col) <= 2)
    return col if near >= 0.4 * len(long) and col >= 30 else None


def columns(text: str) -> str:
    """A two-column page turned to text with its layout kept (a letter on the left, a rights sidebar on the right,
    interleaved line by line) -> the left column, then the right one. Anything else is returned unchanged."""
    lines = text.split("\n")
    col = _gutter(lines)
    if col is None:
        return text
    left, right = [], []
    for ln in lines:
        cut = col if len(ln) > col and ln[col - 2:col].strip() == "" and ln[col - 1:col] == " " and "|" not in ln else None
        if cut is None:
            left.append(ln.rstrip())
            continue
        left.append(ln[:cut].rstrip())
        right.append(ln[cut:].strip())
    return "\n".join(left) + "\n\n" + "\n".join(right)


# "23-A licensed psychologist ...", "24:Behavioral Health ...": a line number, ":" for a hit or "-" for a context line,
# then the line as the file had it (a clock time "10:02:15" is not one: a digit follows the separator).
_HIT = re.compile(r"^(\d{1,6})([:-])(?!\d)(.*)$")
_SEARCH_COMMAND = re.compile(r"^\s*(?:\S*[$#%>]\s*)?(?:grep|egrep|zgrep|rg|ag|findstr)\b")


def search_hits(text: str) -> str:
    """The hits of a line-numbered search as the lines they show: prefixes dropped, a "--" gap or the command line read
    as a paragraph break. Text where numbered lines are not most lines, or do not count up, is returned unchanged."""
    lines = text.split("\n")
    hits = [(i, _HIT.match(ln)) for i, ln in enumerate(lines)]
    numbered = [(i, int(m.group(1)), m.group(2)) for i, m in hits if m]
    if len(numbered) < 5 or any(b[1] <= a[1] for a, b in zip(numbered, numbered[1:])):
        return text
    first = numbered[0][0]
    rest = [ln for ln in lines[first:] if ln.strip() and ln.strip() != "--"]
    if len(numbered) < 0.6 * len(rest) or not {sep for _, _, sep in numbered} >= {":"}:
        return text
    out = []
    for i, ln in enumerate(lines):
        m = hits[i][1]
        if m:
            out.append(m.group(3))
        elif i >= first and ln.strip() == "--" or _SEARCH_COMMAND.match(ln):
            out.append("")
        else:
            out.append(ln)
    return "\n".join(out)


# A word said, then spelled out for a listener: "InterQual, I-N-T-E-R-Q-U-A-L,", "Carelon (C A R E L O N)".
_SPELLED = re.compile(r"\b([A-Za-z]{3,})([\"\u201d']?)[ \t]*(?:,[ \t]*|\([ \t]*|[ \t]-[ \t]|[ \t])((?:[A-Za-z](?:-|\.|[ \t])){2,}[A-Za-z]\.?)"
                      r"[ \t]*(?:\)[ \t]*,?|,|-(?=[ \t]))?[ \t]*")


def unspelled(text: str) -> str:
    """A transcript of a notice read aloud with the words spelled out for the listener -> the words said once (a run of
    single letters is dropped only when it spells the word just before it)."""
    def once(m: re.Match) -> str:
        same = re.sub(r"[^A-Za-z]", "", m.group(3)).lower() == m.group(1).lower()
        return f"{m.group(1)}{m.group(2)} " if same else m.group(0)
    return _SPELLED.sub(once, text)


# A comparison of two versions of a letter: wdiff's "[-removed-]" / "{+added+}", HTML's <del>/<ins> (or <s>/<strike>),
# Markdown's "~~struck~~". The newer version is the decision, so removed text is dropped and added text kept.
_REMOVED = re.compile(r"\[-.*?-\]|<(del|s|strike)\b[^>]*>.*?</\1>|~~[^~\n].*?~~", re.S | re.I)
_ADDED = re.compile(r"\{\+(.*?)\+\}|<ins\b[^>]*>(.*?)</ins>", re.S | re.I)


def revised(text: str) -> str:
    """A redline or text comparison of an earlier and a later letter -> the later letter's text (other text unchanged)."""
    if not (_REMOVED.search(text) or _ADDED.search(text)):
        return text
    text = _REMOVED.sub("", text)
    return _ADDED.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), text)


# An inbox or EHR's machine summary of a filed document ("AI SUMMARY (beta)", "Auto-generated summary:", "Smart summary"):
# software's guess about the letter, not the payer's words; the paragraph it heads is dropped (same length, as spaces).
_MACHINE_SUMMARY = re.compile(r"(?im)^[ \t*#>-]*(?:AI|auto(?:matic(?:ally)?)?[- ]?(?:generated)?|smart|machine|generated|"
                              r"suggested|assistant)[ \t-]*summary\b[^\n]*\n(?:[ \t]*\S[^\n]*(?:\n|$))*")


def without_machine_summary(text: str) -> str:
    """Text with any machine-written summary paragraph blanked (offsets kept)."""
    return _MACHINE_SUMMARY.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)


# A PDF reader's "Summary of Comments": each comment opens with a header ("Number: 4  Author: ...  Subject: Highlight
# Date: ..."). A highlight's text is the letter's own words (quoted); a sticky note, a text box or a free-text comment
# is the reader's own remark, which gives no payer reason.
_COMMENT_HEADER = re.compile(r"^[ \t]*(?:Number:[ \t]*\d+[ \t]+)?Author:[^\n]{0,80}?\bSubject:[ \t]*([A-Za-z][A-Za-z -]{0,30}?)"
                             r"(?:[ \t]+Date:[^\n]*)?[ \t]*$", re.I)
_MARKED_TEXT = re.compile(r"^(?:highlight|underline|squiggly|strike ?out|cross[- ]?out|text selection|quoted text)$", re.I)
_PAGE_LINE = re.compile(r"^[ \t]*Page:?[ \t]*\d+[ \t]*$", re.I)


def comments_summary(text: str) -> str:
    """A comments summary -> the highlighted text of the letter (quote marks dropped), the reader's notes left out;
    any other text unchanged."""
    lines = text.split("\n")
    if sum(bool(_COMMENT_HEADER.match(ln)) for ln in lines) < 2:
        return text
    out, keep = [], True
    for line in lines:
        header = _COMMENT_HEADER.match(line)
        if header:
            keep = bool(_MARKED_TEXT.match(header.group(1).strip()))
            out.append("")
        elif _PAGE_LINE.match(line):
            out.append("")
        elif keep:
            body = line.strip()
            out.append(body[1:].rstrip("\"\u201d") if body[:1] in "\"\u201c" and body else line)
    return "\n".join(out)


# A fillable PDF's fields dumped by a tool (pdftk dump_data_fields): "FieldName: txt_AppealBy" / "FieldValue: 60 days ...".
# The field's name is its label, written for a machine; an unticked box ("FieldValue: Off") says nothing was decided.
_FIELD = re.compile(r"^[ \t]*Field(Name|Value|Type)[ \t]*:[ \t]?(.*)$")
_FIELD_PREFIX = re.compile(r"^(?:txt|chk|cb|cbx|btn|fld|hdr|rb|opt|sel|dd|lbl|frm)_", re.I)


def _field_label(name: str) -> str:
    """'chk_Reason_NotMedNecessary' -> 'Reason Not Med Necessary'."""
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", _FIELD_PREFIX.sub("", name.strip()))
    return re.sub(r"[_.\s]+", " ", words).strip()


def field_dump(text: str) -> str:
    """A form-field dump -> one 'Label: value' line per filled field (unticked boxes dropped); other text unchanged."""
    if len(re.findall(r"(?m)^[ \t]*FieldName[ \t]*:", text)) < 3:
        return text
    out, field = [], {}
    for line in text.split("\n") + ["---"]:
        m = _FIELD.match(line)
        if m:
            field[m.group(1)] = m.group(2).strip()
        elif re.match(r"^[ \t]*Field\w+[ \t]*:", line):
            continue  # flags, state options, justification: the tool's, not the form's
        elif re.match(r"^[ \t]*-{3}[ \t]*$", line) or not field:
            value, boxed = field.get("Value", ""), field.get("Type", "").lower() == "button"
            if field.get("Name") and value and not (boxed and value.lower() in ("off", "no", "0", "false")):
                out.append(f"{_field_label(field['Name'])}: {value}")
            field = {}
            if not re.match(r"^[ \t]*-{3}[ \t]*$", line):
                out.append(line)
    return "\n".join(out)
