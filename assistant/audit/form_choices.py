"""A form's print view read as the fields it records: the options chosen, the text boxes' text, paired labels split.

Teletherapy platforms and EHRs print a note as a form: a label column ("Visit type", "Modifier") with radio buttons
and check boxes after it ("◉ Video   ○ Phone (audio only)", "☐ 95   ☑ None"), text boxes in brackets
("Client location    [ Home - Jersey City, NJ ]", an empty one "[          ]"), and two fields under one label
("Start / End    6:00 PM / 6:56 PM"). Every option is printed, chosen or not, so a rule reading the words would take
"Phone (audio only)" or "Active SI" for what happened. Each such line is written as what it records:
"Visit type: Video", "Modifier: None", "Client location:" (nothing entered), "Start: 6:00 PM   End: 6:56 PM".
Other lines come back unchanged.
"""

from __future__ import annotations

import re

# A radio button or check box: chosen, or not. "●" is a chosen radio button only beside an unchosen "○" (alone it is a
# bullet).
_CHOSEN = "\u25c9\u29bf\u2611\u2612\u2705"           # ◉ ⦿ ☑ ☒ ✅
_NOT_CHOSEN = "\u25cb\u25ef\u2610\u26aa"             # ○ ◯ ☐ ⚪
_BULLET_RADIO = "\u25cf"                             # ●
# an option: its marker, then its text up to the next marker or a column gap (three spaces)
_OPTION = re.compile(r"([%s%s%s])\s*((?:(?![%s%s%s])\S|\s(?!\s\s))*)" % ((_CHOSEN, _NOT_CHOSEN, _BULLET_RADIO) * 2))
# a text box: "[ text ]" (a space inside each bracket), or an empty one of three or more blanks; never "[ ]" or "[ x ]"
_BOX = re.compile(r"(?P<word>(?<=[\w)])\s*)?\[(?:\s{3,}|\s+(?![xX\u2713\u2714]\s*\])([^\[\]\n]*?\S)\s*)\]")
# a label opening the line, then a column gap: "Place of service   ..."
_LABEL = re.compile(r"^(\s*)([A-Za-z][\w /&'()#.-]{0,30}?[\w)])(\s{3,})(?=\S)")
_LABEL_PAIR = re.compile(r"^([A-Za-z][\w ]{0,20}?)\s+/\s+([A-Za-z][\w ]{0,20})$")


def _choices(line: str) -> str:
    """A line of radio buttons or check boxes -> the chosen options' text, joined; the unchosen ones dropped."""
    radio = _BULLET_RADIO in line and re.search("[\u25cb\u25ef]", line)
    out, at, group = [], 0, []
    for m in _OPTION.finditer(line):
        if m.group(1) == _BULLET_RADIO and not radio:
            continue
        gap = line[at:m.start()]
        if gap.strip() or not (out or group):  # text between options ends a group; the line's opening is kept
            if group:
                out.append(", ".join(group) + "   ")
            group = []
            out.append(gap)
        if m.group(1) in _CHOSEN or m.group(1) == _BULLET_RADIO:
            group.append(m.group(2).strip())
        at = m.end()
    if group:
        out.append(", ".join(group))
    return ("".join(out) + line[at:]).rstrip()


def _text_boxes(line: str) -> str:
    """Each text box as its text; after a word, as that word's value ("Dated [ 07/21/2026 ]" -> "Dated: 07/21/2026")."""
    return _BOX.sub(lambda m: (":" if m.group("word") is not None else "") + (" " + m.group(2) if m.group(2) else ""), line)


def _form_line(line: str) -> str:
    if any(c in line for c in _CHOSEN + _NOT_CHOSEN):
        line = _choices(line)
    line = _text_boxes(line)
    label = _LABEL.match(line)
    if not label:
        return line
    value = line[label.end():].rstrip()
    pair, values = _LABEL_PAIR.match(label.group(2)), re.split(r"\s+/\s+", value.split("   ")[0].strip())
    if pair and len(values) == 2:
        rest = value[len(value.split("   ")[0]):]
        return f"{label.group(1)}{pair.group(1)}: {values[0]}   {pair.group(2)}: {values[1]}{rest}".rstrip()
    return f"{label.group(1)}{label.group(2)}: {value}".rstrip()


def _is_print_view(lines: list[str]) -> bool:
    """Four or more lines of a label column then a value column (the values starting at one column), with a box or a
    button among them."""
    starts = [m.end() for m in map(_LABEL.match, lines) if m and not m.group(1)]
    column = max(set(starts), key=starts.count) if starts else 0
    boxes = sum(bool(_BOX.search(ln)) or any(c in ln for c in _CHOSEN + _NOT_CHOSEN) for ln in lines)
    return starts.count(column) >= 4 and boxes >= 1


def form_as_fields(text: str) -> str:
    """A form's print view -> its fields as "Label: value" lines with only the chosen options; lines of buttons or
    boxes in any other note read as their chosen options; a note with neither unchanged."""
    lines = text.split("\n")
    if _is_print_view(lines):
        return "\n".join(_form_line(ln) for ln in lines)
    if not any(c in text for c in _CHOSEN + _NOT_CHOSEN):
        return text
    return "\n".join(_choices(ln) if sum(ln.count(c) for c in _CHOSEN + _NOT_CHOSEN) >= 2 else ln for ln in lines)
