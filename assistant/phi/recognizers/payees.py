"""People paid or paying through a bank's or a payment app's transfer, as a statement or a bank download writes them:
"ZELLE TO MILLS GARY", "VENMO PAYMENT FROM ANA RUIZ", "Zelle from Tom Becker", "CASH APP*DEREK O". A bank writes the
person surname first or given name first, in capitals, so the transfer's words cue the name, not its case. The
memo that names the same person by an initial and the surname ("G MILLS per phone") is that person too.

A card's last digits shown after dots ("VISA ...4410", "Mastercard ..0913", "card …7781") are the card's own: a
payment record masks the rest with stars, x's or dots."""

from __future__ import annotations

import re

from assistant.records import PhiSpan

_APPS = r"(?:ZELLE|VENMO|CASH[ \t]?APP|PAYPAL|APPLE[ \t]CASH|WIRE|ACH|P2P|INTERAC(?:[ \t]E-?TRANSFER)?)"
_TRANSFER = re.compile(rf"(?<![\w])(?i:{_APPS})(?:[ \t]+(?i:payment|pmt|transfer|xfer|instant|sent|request|out|in))?"
                       r"(?:[ \t]*\*[ \t]*|[ \t]+(?i:to|from|sent[ \t]+to|received[ \t]+from|paid[ \t]+to)[ \t]+)"
                       r"([A-Z][A-Za-z'’-]+(?:[ \t]+[A-Z][A-Za-z'’-]*\.?){0,2})(?![\w'’-])")
# words a bank prints in a transfer line that are no one's name
_BANK_WORDS = {"CHECKING", "SAVINGS", "ACCOUNT", "ACCT", "ONLINE", "MOBILE", "TRANSFER", "PAYMENT", "PMT", "REF", "ID",
               "CONF", "CONFIRMATION", "BANK", "USD", "FEE", "DEPOSIT", "CREDIT", "DEBIT", "INSTANT", "THE", "MY"}
_DOTTED_CARD = re.compile(r"(?i:\b(?:visa|mastercard|master[ \t]card|mc|amex|american[ \t]express|discover|debit|credit|card|acct\.?|"
                          r"account|checking|savings)\b)[ \t:#]*(?:\.{2,4}|…)[ \t]?(\d{4})(?!\d)")


def _person(words: str) -> str:
    """The transfer's name words up to the first word a bank prints ("MILLS GARY REF 2231" -> "MILLS GARY")."""
    kept = []
    for w in words.split():
        if w.upper().rstrip(".") in _BANK_WORDS:
            break
        kept.append(w)
    return " ".join(kept)


def find_payees(text: str) -> list[PhiSpan]:
    """Text -> NAME spans of people named in transfers (and of their initial-and-surname memos), OTHER_ID spans of a
    card's last digits shown after dots."""
    spans = []
    for m in _TRANSFER.finditer(text):
        name = _person(m.group(1))
        if len(name) < 2:
            continue
        spans.append(PhiSpan(m.start(1), m.start(1) + len(name), "NAME", 0.8, "payee"))
        spans += _initial_and_surname(text, name.split())
    spans += [PhiSpan(m.start(1), m.end(1), "OTHER_ID", 0.8, "card_digits") for m in _DOTTED_CARD.finditer(text)]
    return spans


def _initial_and_surname(text: str, words: list[str]) -> list[PhiSpan]:
    """Each "<initial> <surname>" of a two-word name, in either order it was written ("MILLS GARY": "G MILLS", "M GARY")."""
    if len(words) != 2:
        return []
    out = []
    for surname, given in ((words[0], words[1]), (words[1], words[0])):
        if len(surname) < 3:
            continue
        pattern = re.compile(rf"(?<![\w'’-]){re.escape(given[0])}\.?[ \t]+{re.escape(surname)}(?![\w'’-])", re.I)
        out += [PhiSpan(m.start(), m.end(), "NAME", 0.75, "payee") for m in pattern.finditer(text)
                if m.group()[0].isupper()]
    return out
