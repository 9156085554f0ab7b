"""Phone and fax numbers, email and web addresses, social handles and IP addresses."""

from __future__ import annotations

import re

from assistant.phi.recognizers.aligned import blanks_as_spaces
from assistant.records import PhiSpan

_PHONE = re.compile(
    r"(?<![\w.])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s*|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?![\w]|-\d)")
# Numbers written the way other countries write them: an area code in brackets ("(03) 9555 0147", "+44 (0)20 7946
# 0958"), an Australian mobile ("0412 555 019").
_PHONE_ABROAD = re.compile(r"(?<![\w.])(?:\+\d{1,3}[ \t.-]?)?\(0?\d{1,4}\)[ \t.-]?\d{3,4}[ \t.-]\d{3,4}(?![\w]|-\d)|"
                           r"(?<![\w.])04\d{2}[ \t]\d{3}[ \t]\d{3}(?![\w]|-\d)")
# A number with its country code, grouped any way its country groups it: "+33 4 37 91 55 01", "+49 30 5550 1234".
_PHONE_INTL = re.compile(r"(?<![\w.+])\+\d{1,3}(?:[ \t.-]\(?\d{1,5}\)?){2,6}(?![\w]|[.-]\d)")
# A number after a phone label, grouped any way a country groups it: "Ph 09 555 0135", "Mob 021 555 0139".
# ... or a label in another language: "Tél. 04 37 91 55 01", "Telefon 030 5550 1234", "móvil 612 55 01 88"
_LABELLED_PHONE = re.compile(r"\b(?:ph|phone|tel|telephone|mob|mobile|cell|fax|pager|whatsapp|landline|t[ée]l|t[ée]l[ée]phone|"
                             r"telefon|tel[ée]fono|telefone|handy|portable|m[óo]vil|celular|cellulare)\.?[ \t]*[:#]?[ \t]*"
                             r"(?P<num>\+?\d(?:[ \t.-]?\d){6,14})(?![\w/])", re.I)
_FAX_BEFORE = re.compile(r"(fax|f|facsimile|return fax)\W{0,4}(number|no\.?|#)?\W{0,3}$", re.I)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_URL = re.compile(
    r"\b(?:https?://|www\.)[^\s<>\"')\]]+|"
    r"\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|me|co|us|info|app|ly|gov|edu|health|care|"
    # a personal blog's or a portfolio's newer endings ("walkswithjune.blog"); none is an everyday word a missing
    # space after a full stop could join ("home.Family" must stay prose)
    r"ee|tv|gg|fm|bio|xyz|uk|au|nz|blog|site|online|website|dev)"
    r"(?:/[^\s<>\"')\]]*)?\b", re.I)
_HANDLE = re.compile(r"(?<![\w@])@[A-Za-z0-9_.]{2,30}\b")
_USERNAME = re.compile(
    r"\b(?:username|user name|handle|screen name|gamertag|user|account|IG|instagram|tiktok|"
    r"snapchat|twitter|discord|reddit)\b[^\n\"“]{0,20}[\"“]([^\"”\s]{2,40})[\"”]", re.I)
_IP = re.compile(r"\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b")


# A number read aloud: "five-oh-five, five five five, oh one six eight" (seven digits or more).
_DIGIT_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_SPOKEN_PHONE = re.compile(rf"\b{_DIGIT_WORD}(?:(?:[ \t]*[-,][ \t]*|[ \t]+){_DIGIT_WORD}){{6,}}\b", re.I)


def find_contacts(text: str) -> list[PhiSpan]:
    """Text -> spans of phone, fax, email, URL, handle and IP values."""
    text = blanks_as_spaces(text)
    spans: list[PhiSpan] = []
    for m in list(_PHONE.finditer(text)) + list(_PHONE_ABROAD.finditer(text)):
        kind = "FAX" if _FAX_BEFORE.search(text[max(0, m.start() - 16):m.start()]) else "PHONE"
        spans.append(PhiSpan(m.start(), m.end(), kind, 0.95, "phone"))
    for m in _PHONE_INTL.finditer(text):
        if 8 <= sum(c.isdigit() for c in m.group()) <= 15:
            kind = "FAX" if _FAX_BEFORE.search(text[max(0, m.start() - 16):m.start()]) else "PHONE"
            spans.append(PhiSpan(m.start(), m.end(), kind, 0.9, "phone_intl"))
    for m in _LABELLED_PHONE.finditer(text):
        kind = "FAX" if _FAX_BEFORE.search(text[max(0, m.start("num") - 16):m.start("num")]) else "PHONE"
        spans.append(PhiSpan(m.start("num"), m.end("num"), kind, 0.9, "phone_label"))
    emails = [(m.start(), m.end()) for m in _EMAIL.finditer(text)]
    for s, e in emails:
        spans.append(PhiSpan(s, e, "EMAIL", 1.0, "email"))
    for m in _URL.finditer(text):
        if any(s <= m.start() < e for s, e in emails):
            continue
        end = m.end()
        while end > m.start() and text[end - 1] in ".,;:":
            end -= 1
        spans.append(PhiSpan(m.start(), end, "URL", 0.9, "url"))
    for m in _HANDLE.finditer(text):
        if not any(s <= m.start() < e for s, e in emails):
            spans.append(PhiSpan(m.start(), m.end(), "URL", 0.85, "handle"))
    for m in _USERNAME.finditer(text):
        spans.append(PhiSpan(m.start(1), m.end(1), "OTHER_ID", 0.85, "username"))
    for m in _SPOKEN_PHONE.finditer(text):
        spans.append(PhiSpan(m.start(), m.end(), "PHONE", 0.85, "spoken_phone"))
    for m in _IP.finditer(text):
        spans.append(PhiSpan(m.start(), m.end(), "IP_ADDRESS", 0.95, "ip"))
    return spans
