"""The date a denial notice was issued: its own labelled date, a date in its letterhead, the date of a letter quoted in
another document; and a written date as a date (to_date)."""

from __future__ import annotations

import re
from datetime import date

from assistant.denials import tables as T
from assistant.denials.segments import R


def to_date(m: re.Match) -> date | None:
    """A date from any written form T.DATE accepts; None when the numbers are impossible."""
    g = m.groups()
    y, mo, d = (g[2], g[0], g[1]) if g[0] else (g[5], g[4], g[3]) if g[3] else \
        (g[8], g[6], g[7]) if g[6] else (g[9], g[10], g[11])
    if g[6] and int(mo) > 12 >= int(d):
        mo, d = d, mo  # "26/11/2026": a notice written day first (most of the world); 11/12/2026 stays month first
    try:
        month = int(mo) if mo.isdigit() else T.MONTHS[mo[:3].lower()]
        return date(int(y) + (2000 if len(y) == 2 else 0), month, int(d))
    except ValueError:
        return None


# "Admit Date:", "Request Received Date:", "Appeal Filing Deadline Date:": a labelled date that is not the notice's; nor is
# the date of a call, chat, consultation or scan that reports the notice ("Call date: ... I see a notice we mailed on
# November 10", "Consultation date: 04 DEC 2026" above the letter a counselor typed in as it was read).
_OTHER_DATE = re.compile(r"\b(?:admi(?:t|ssion|tted)|received|effective|discharge|onset|start|end|visit|request(?:ed)?|"
                         r"call|chat|conversation|contact|consult(?:ation)?|meeting|interview|scan(?:ned)?|"
                         r"appeal|filing|deadline|due|review|follow[- ]up)\s+date\s*[:#]?\s*$", re.I)


# "an updated treatment plan dated July 8", "a letter from Ms. B. dated July 18", "your letter dated March 2": another
# paper's date, not the notice's ("our letter" is the notice's own; "your letter" is not).
_OTHER_PAPER = re.compile(r"(?<!this )(?<!This )(?<!THIS )(?<!\bour )(?<!\bOur )\b(?:plan|letter|note|notes|report|records?|evaluation|assessment|request|appeal|claim|form|"
                          r"summary|statement|e-?mail|fax|invoice|bill)\b[^\n]{0,40}\b(?:dated|sent|issued|mailed)(?: on)?\s*[:#]?\s*$",
                          re.I)


# "Date of this notice:", "This letter is dated", "The date of this notice is" (a spoken version): the notice names its own
# date, over any other paper's it mentions. So does someone describing the paper in front of them ("The letter is dated
# December 2, 2026", an app reading it aloud): present tense, never "the letter was dated" of a paper told as history.
_OWN_DATE = re.compile(r"\b(?:date of this (?:notice|letter|decision)(?: is)?|this (?:notice|letter|decision)(?: is| was)? dated(?: on)?|"
                       r"\b(?:the|this) (?:(?:denial|decision) )?(?:notice|letter|page)(?: itself)? is dated(?: on)?)"
                       r"\s*(?:\([^()]{1,20}\)\s*)?[:#\-\u2013]?\s*$", re.I)
# "Initial determination (remittance) date:", "Original denial date:": a decision this notice answers, dated in its
# header. It stands for the notice's date only when the letter is dated nowhere else.
_EARLIER_DATE = re.compile(r"\b(?:initial|original|prior|previous|earlier|first)\b[^\n:]{0,40}\b(?:date|decision|determination|denial)\b"
                           r"[^\n]{0,25}$", re.I)


# A letter quoted inside someone else's document (a form, an e-mail, a note): "their letter from November 4 says:",
# "Kaiser's notice dated 3/2 reads:", then the quoted text. The quoted letter is the notice, so its date is the notice
# date; a year it leaves off is the surrounding document's. Not "your letter" or "our letter": a notice quoting the
# member's letter or its own earlier one is still dated as itself.
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_QUOTED_LETTER = re.compile(
    r"(?:\b(?:their|its|the|(?:my|the|our) (?:insurer|plan|insurance(?: company)?|HMO|carrier|payer)['\u2019]s)|"
    r"(?-i:[A-Z][\w&.-]*(?:[ ][A-Z][\w&.-]*){0,3})['\u2019]s)\s+(?:(?:last|latest|most recent|final|second|first|denial|"
    r"appeal|decision|grievance|written)\s+)*(?:letter|notice|decision|denial|determination|EOB)\s+(?:from|of|dated|"
    rf"(?:sent|mailed|issued)(?: on)?|on)\s+(?P<date>{_MON}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|"
    r"\d{1,2}/\d{1,2}(?:/(?:\d{4}|\d{2}))?)\b[^\n\"\u201c:]{0,40}?(?:\b(?:says|said|reads|read|states|stated)\b[^\n\"\u201c]{0,15}?)?"
    r":?\s*(?:>\s*)?[\"\u201c]", re.I)


def _quoted_letter_date(text: str, outer: date | None) -> date | None:
    """The date of a letter quoted in another document, its year from that document when left off."""
    m = _QUOTED_LETTER.search(text)
    if not m:
        return None
    parts = re.findall(r"[A-Za-z]+|\d+", m.group("date"))
    month = T.MONTHS.get(parts[0][:3].lower()) if parts[0].isalpha() else int(parts[0])
    day = int(parts[1])
    year = int(parts[2]) + (2000 if len(parts[2]) == 2 else 0) if len(parts) > 2 else None
    if year is None and outer is None:
        return None
    try:
        when = date(year or outer.year, month, day)
        return when.replace(year=when.year - 1) if year is None and when > outer else when
    except (ValueError, TypeError):
        return None


def notice_date(text: str) -> date | None:
    """The date the notice was issued: the date of a letter quoted in another document, its own labelled date, a
    labelled date, a bare date in the letterhead, else the labelled date of the decision it answers."""
    outer = _own_notice_date(text)
    return _quoted_letter_date(text, outer) or outer


# A mail header's date ("Date: Sat, 8 Nov 2025 06:00:02 -0800", "Sent: Tuesday, March 3, 2026 9:12 AM") or a reply's
# attribution ("On Tue, Mar 3, 2026 at 9:12 AM Pat wrote:"): when a message was sent, not when the letter it carries or
# quotes was issued. It dates the notice only when nothing else does.
_WEEKDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?[ \t]*"
_MAIL_HEADER = re.compile(rf"^[ \t>]*(?:(?:Date|Sent):[ \t]*|On[ \t]+){_WEEKDAY}$", re.I)
_CLOCK = re.compile(r"^[ \t,]*(?:at[ \t]+)?\d{1,2}:\d{2}")


# A field filled in two languages, the value repeated after a slash ("Fecha / Date: 6 de noviembre de 2025 / November 6,
# 2025"): the date after the slash is the same field's value, so the value before it is passed over to reach the label.
_SECOND_LANGUAGE = re.compile(r"(?<=:)[^/\n:]{1,40}[ \t]/[ \t]*$")


# A form's dotted leader between a field's label and its value ("Notice date ............ 26/11/2026"): a colon.
_LEADER = re.compile(r"[ \t]*(?:\.[ \t]?){3,}[ \t]*$")


# A page that presents a decision (a video transcript, a portal record, a summary) dates it only by naming the letter:
# "Your full decision letter, dated November 30, 2026, is saved in your Documents". Not "your letter dated" (the
# member's), and only when nothing dates the notice itself.
_DECISION_PAPER = re.compile(r"\b(?:your|the|our) (?:full |written |official |complete )?(?:appeal )?decision (?:letter|notice)"
                             r"\W{0,3}\s*dated\s+(?:" + T.DATE + ")", re.I)


# A date alone on its line only because the sentence before it wrapped ("... must be received by" / "June 30, 2026"):
# the end of that sentence, not a letterhead's date.
_WRAPPED = re.compile(r"\b(?:by|before|until|than|on|of|after|from|through|to|and|dated|is|was)[ \t]*\n[ \t]*$", re.I)


def _own_notice_date(text: str) -> date | None:
    own, labelled, bare, earlier, mailed = [], [], [], [], []
    for m in R["DATE"].finditer(text):
        left = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        alone = not left.strip() and not text[m.end():].split("\n", 1)[0].strip() \
            and not _WRAPPED.search(text[max(0, m.start() - 80):m.start()])
        left = _LEADER.sub(": ", _SECOND_LANGUAGE.sub("", left))
        if _MAIL_HEADER.search(left) and _CLOCK.match(text[m.end():]):
            mailed.append(m)
        elif _OWN_DATE.search(left):
            own.append(m)
        elif R["NOTICE_LABEL"].search(left) and not re.search(r"service|birth", left, re.I) and not _OTHER_DATE.search(left) \
                and not _OTHER_PAPER.search(left):
            (earlier if _EARLIER_DATE.search(left) else labelled).append(m)
        elif not R["NOT_NOTICE"].search(left) and (alone or text.count("\n", 0, m.start()) < 4):
            bare.append(m)
    named = [m for m in _DECISION_PAPER.finditer(text) if to_date(m)]
    # numbers shaped like a date that no calendar has ("+81-3-5555-0123", a phone number abroad) date nothing
    dated = ([to_date(m) for m in ms if to_date(m)] for ms in (own, labelled, bare, named, earlier, mailed))
    return next((ds[0] for ds in dated if ds), None)
