"""Identifiers: record, member, claim, licence, case and device numbers, SSNs, plates, VINs, NPIs."""

from __future__ import annotations

import re

from assistant.phi.clock_labels import clock_range as _clock_range
from assistant.phi.lexicon import CRED_RE, STATE_ABBR_RE, STATE_NAME_RE
from assistant.phi.recognizers.aligned import blanks_as_spaces
from assistant.phi.recognizers.licences import find_profession_licences
from assistant.phi.recognizers.world_ids import find_world_ids
from assistant.phi.recognizers.plates import PLATE_AFTER_STATE, PLATE_NEAR_VEHICLE, plate_after, plate_tails
from assistant.records import PhiSpan

# Label -> type. The value follows the label after at most a few connector words.
_LABELS = [
    ("SSN", r"SSN|SS#|social security(?: number| no\.?| #)?|NIR|s[ée]curit[ée] sociale|seguridad social|previdenza sociale"),
    ("VEHICLE", r"(?:licen[cs]e )?plate(?: number| no\.?| #)?|VIN|tag|aircraft(?: reg\w*)?|tail(?: number| no\.?| #)|"
                r"(?:tractor|truck|trailer|fleet|bus|van|rig) unit(?: #| no\.?| number)?|(?:car|vehicle) (?:reg\w*|rego)|rego|reg\.|"
                # rail vehicles carry a road's letters and a number: "lead locomotive: KCS 2210", "railcar #88104"
                r"(?:lead |trailing |helper )?(?:loco(?:motive)?|railcar)(?: #| no\.?| number)?"),
    ("DEVICE_ID", r"(?:device |monitor |pump |phone |tablet )?(?:serial(?: number| no\.?| #)?|s/n|SN)|"
                  r"device(?: ID| id| number| #)|device fingerprint|IMEI|(?:Wi-?Fi |wireless |ethernet )?MAC(?: address)?|UDI|"
                  r"service tag|asset tag|"
                  # a paired part's code printed on it: "transmitter code G7-7R2Q", "sensor/receiver ID 8QK2"
                  r"(?:transmitter|receiver|sensor|reader|pump|meter)(?:/(?:transmitter|receiver|sensor|reader))?(?: code| ID| id| SN| #)"),
    ("LICENSE", r"NPI(?: number| #)?|DEA(?: number| #)?|DL|driver'?s licen[cs]e(?: number| #)?|"
                r"licen[cs]e(?: number| no\.?| nr\.?| #)?|lic\.?(?: #| no\.?| nr\.?)?|reg\.|registration(?: number| no\.?| #)?|"
                r"licensed [a-z]+(?: [a-z]+)? no\.?|CDL(?: number| no\.?| #)?|(?:pilot |airman )?certificate(?: number| no\.?| #)|"
                r"APIT|E\.?Passport|CPSO(?: #| no\.?)?|SWRB(?: reg\.?)?|AHPRA(?: no\.?)?|CPS[A-Z]{1,3}(?: #| no\.?)?|"
                r"prac(?:titioner)?\.?(?: no\.?| number| #)|commission(?: no\.?| number| #)|"
                r"(?:state )?bar(?: no\.?| number| #| roll(?: no\.?| #)?)|cert\.?(?: no\.?| #| number)?|certification(?: no\.?| #| number)"),
    ("MRN", r"MRN|MR ?#|medical record(?: number| no\.?| #)?|record(?: number| no\.?| #)|charts?(?: number| no\.?| #)?|"
            r"client(?: ID| id| #| number| no\.?)|patient(?: ID| id| #| number| account(?: number| #)?)|"
            r"FIN|account(?: number| no\.?| #)?|acct\.?(?: #| no\.?)?|EHR(?: ID| #)?|PID|encounter(?: ID| #)?"),
    ("HEALTH_PLAN_ID", r"member(?: ID| id| #| number| no\.?)?|subscriber(?: ID| id| #| number)?|"
                       r"group(?: ID| #| number| no\.?)?|GRP(?: #| no\.?)?|claim(?: ID| id| #| number| no\.?)?|"
                       r"(?:prior )?auth(?:orization)?(?: ID| #| number| no\.?)?|PA ?#|"
                       r"reference(?: ID| #| number| no\.?)?|ref\.?(?: #| number| no\.?)?|case/ref(?: number| #)?|"
                       r"appeal(?: ID| #| number| no\.?)|grievance(?: #| number)|MBI|"
                       r"Medicare(?: ID| #| number| no\.?)?|Medicaid(?: ID| #| number| no\.?)?|CIN|BIC|Medi-Cal(?: ID| #)|"
                       r"(?:recipient|beneficiary|enrollee)(?: ID| #| number)|PHN|personal health number|"
                       r"health card(?: number| no\.?| #)?|OHIP(?: #| number| no\.?)?|NHS(?: number| no\.?| #)|CHI(?: number| no\.?)|"
                       r"policy(?: ID| #| number| no\.?)?|[A-Z]-number|insurance ID|plan ID|ID card|"
                       r"(?:Aetna|Cigna|Humana|Optum|UHC|Anthem|BCBS|Kaiser|Magellan|Carelon|Molina|Tricare|Ambetter|MVP) ID"),
    ("OTHER_ID", r"student(?: ID| id| #| number| no\.?)|(?:employee|emp\.?|staff)(?: ID| id| #| number| no\.?)(?: assigned)?|"
                 r"(?:court )?case(?: ID| #| number| no\.?)?|docket(?: #| number| no\.?)?|"
                 r"(?:police )?report(?: #| number| no\.?)|police report|badge(?: #| number| no\.?)?|Rx ?#|(?:check|cheque)(?=[ \t]*(?:#|no\.))|money order(?: #| no\.?| number)|"
                 # the staff member who took a call or a request, by number: "rep 3318", "agent #0442", "operator ID 17"
                 r"(?:customer service |service |support |call )?(?:rep|representative|agent|operator|dispatcher|call[- ]taker)(?: ID| #| no\.?| number)?|(?:tech|technician|driver|courier|installer)(?=[ \t]*#)|"
                 r"Rx(?: number| no\.?)|prescription(?: #| number)|A-?number|alien(?: #| number)|"
                 r"booking(?: #| number| ref(?:erence)?)|folio(?: #| number| no\.?)?|record locator|PNR|reservation(?: #| number| code)?|itinerary(?: #| number)?|inmate(?: #| number)|DOC(?: #| number)|homeroom|home room|locker(?: #)?|jersey(?: #)?|"
                 r"(?:Visa|Mastercard|MC|Amex|Discover|debit card|credit card|cards?|accounts?|accts?\.?|checking|savings)(?: card| account)? ending(?: in)?|"
                 # the card named first and its last digits a few words on: "card declined -- ending 4471"
                 r"(?:card|account)[^\n\d]{1,24}?[ \t]ending(?: in)?|"
                 r"confirmation(?: #| number| code)|ticket(?: #| numbers?| IDs?| nos?\.?)|school ID|ID number|ID|"
                 # what a person wears or carries at an event or a door: a race bib, a numbered card, a wristband, a pass
                 r"bib(?: #| number| no\.?)?|card(?: #| no\.?)|wristband(?: #| number| no\.?)?|(?:visitor|guest|day) pass(?: number| no\.?)?|(?:guest|visitor|camper|patron|attendee|entrant)(?=[ \t]*(?:#|no\.))|"
                 r"(?:portal |app |patient portal )?(?:user ?name|user ?id|user|login|handle)|"
                 # national identity numbers of other countries: Brazil CPF, Mexico CURP, Canada SIN, UK NIN
                 r"CPF|CURP|RFC|SIN|NIN|NI number|(?:military |army |navy |armed forces )?service(?: #| number| no\.?)|DoD ID|EDIPI|national (?:ID|insurance)(?: number| no\.?)?|passport(?: #| number| no\.?)?"),
]
# A badge or unit number written after an officer's or staff member's name: "Ofc. T. Gruenwald #318", "Ofc. Tran (#2207)",
# "CPL R OSTROWSKI #0417", with a letter or two before the digits or after a comma: "Sgt. Moreau (#K2207)", "(P. Ng, #DW-318)".
BADGE_AFTER_NAME = re.compile(r"(?:\b[A-Z]\.|\b[A-Z][a-z]+\.?)[ \t]+[A-Z][a-z'’-]+,?[ \t]+\(?(#[ \t]?[A-Z]{0,2}-?\d{3,6})\b"
                              r"|(?<![\w-])[A-Z]\.?[ \t]+[A-Z]{2}[A-Z'’-]*[ \t]+\(?(#[ \t]?[A-Z]{0,2}-?\d{3,6})\b"
                              # ... or after an officer's word in lowercase or alone: "officers Lam (#2290)", "Officer #114"
                              r"|\b(?i:officers?|ofc|deput(?:y|ies)|sgt|cpl|trooper|guard|security)\.?[ \t]+(?:[A-Z][a-z'’-]+[ \t]+)?"
                              r"\(?(#[ \t]?[A-Z]{0,2}-?\d{3,6})\b"
                              # ... or in brackets right after a surname alone, as in a list of officers: "and Duarte (#4417)"
                              r"|\b[A-Z][a-z'’-]+[ \t]+\((#[ \t]?[A-Z]{0,2}-?\d{3,6})\)")
# A number after the credentials that follow a name is a licence or registry number: "Dana Ruiz, MA, IMH-E(R) #20931".
_NUMBER_AFTER_CREDENTIALS = re.compile(r"\b[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?,(?:[ \t]*[A-Z][A-Za-z.()/-]{1,10},?){1,4}[ \t]*#[ \t]?(\d{3,8})\b")
# A card or account number shown masked but for its last digits: "visa ****4402", "XXXX-XXXX-1187".
# A separator sits between runs of mask characters, so a long line of asterisks cannot backtrack without end.
_MASKED_LAST_DIGITS = re.compile(r"(?<![\w*•])[*•xX]{4,}(?:[ -][*•xX]{4,})*[ -]?(\d{4})(?!\d)"
                                 # ... or one to three stars before the last four, as payment apps write them ("bank *8830")
                                 r"|(?<![\w*•])[*•]{1,3}(\d{4})(?![\d*•])")
_LABEL_RE = re.compile(
    r"\b(?:" + "|".join(f"(?P<{t}>{p})" for t, p in _LABELS) + r")(?![\w])", re.I)
# What may stand between a label and its value: punctuation, filler words, a state, a credential.
_GAP = re.compile(
    rf"^(?:[\s:#=.(),/-]|\b(?:is|was|of|on file|no|number|ID|id|assigned|last four|last 4|class [A-D]|"
    rf"ending in|ending|for|issued|state|{STATE_ABBR_RE}|{STATE_NAME_RE}|{CRED_RE})\b)*", re.I)
_VALUE = re.compile(r"[A-Za-z0-9_]+(?:[-./][A-Za-z0-9_]+)*(?: \d[\dA-Za-z-]*)?(?:(?<=\d{4}) \d{4}(?![\w-]))*")  # "WeChat ID zw_pudong1971"; "8841 0297 3316"
# A CPT, HCPCS or ICD code, with a CPT/HCPCS modifier ("90837-95", "H0031-HN"); several are joined when a benefits line
# lists them ("auth for 90791/90837"): such a value is clinical, not an identifier
_ONE_CODE = (r"(?:[A-TV-Z]\d{2}(?:\.[0-9A-Z]{1,4})?|90[78]\d\d|96[01]\d\d|99[24]\d\d|[GHST]\d{4})"
             r"(?:(?<=\d{4})-(?:95|GT|GQ|HO|HN|HQ|HR|HS|U[1-9]|2[5-9]|59))?")
_CODE = re.compile(rf"{_ONE_CODE}(?:[/-]{_ONE_CODE})*")
_SSN = re.compile(r"\b\d{3}-\d{2}-\d{4}\b|\b(?:xxx|XXX|\*\*\*)-(?:xx|XX|\*\*)-(\d{4})\b")
_GENERIC = re.compile(r"(?<![\w/.-])(?=[A-Za-z0-9-]*\d)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?![\w/]|\.\d)")
_DOTTED = re.compile(r"(?<![\w.])\d{2,4}\.\d{5,}(?![\w.])")
_SSN_LAST4 = re.compile(r"\b(?:SSN|social security)\b[^\n\d]{0,45}?\b(\d{4})\b", re.I)
_VIN = re.compile(r"\b[A-HJ-NPR-Z0-9]{17}\b")
_NPI_LIKE = re.compile(r"\b\d{10}\b")
# Codes that look like identifiers but are clinical facts to keep.
_CLINICAL = re.compile(
    r"^(?:[A-TV-Z]\d{2}(?:\.\d{1,4}[A-Z]?)?|\d{5}|[A-Z]\d{4}|(?:19|20)\d{2}(?:-(?:19|20)?\d{2})?|"
    r"[A-Za-z]{2,6}-\d{1,2}[A-Za-z]?|\d{1,4}|\d{1,3}(?:-\d{1,3})?|\d+(?:st|nd|rd|th|s|x|mg|ml|min|hr|am|pm)|"
    r"0\d{3}|\d{1,2}-\d{1,2}|[A-Za-z]+\d{1,2})$")


# A value shaped as a date or a range of dates ("social group (10/2023-03/2024)") is a date, not an identifier.
_DATE_SHAPED = re.compile(r"\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?(?:-\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?)?|"
                          r"\d{1,2}/(?:19|20)\d{2}(?:-\d{1,2}/(?:19|20)\d{2})?")
# An "ID" that follows the insurer on its line ("Insurance: Anthem Blue Cross, ID XKJ447210983") is the member ID.
_INSURANCE_BEFORE = re.compile(r"\b(?:insurance|insurer|health plan|plan|payer|payor|coverage|carrier)\b[^\n]{0,45}$", re.I)

# ... each may carry a short note in brackets: "accounts ending 4471 (checking) and 9020 (savings)"
_NEXT_VALUE = re.compile(r"(?:[ \t]*\([^()\n]{1,20}\))?[ \t]*(?:/|,|&|and|or)[ \t]*((?=[A-Z0-9-]*\d{4})[A-Z0-9]+(?:-[A-Z0-9]+)*(?: \d{4}(?=[ \t/,]|$))*)(?![\w/])", re.M)
# Labels whose values are short numbers: "badge 442", "homeroom 118", "locker 31", "Visa ending 0419", "driver #12".
_SHORT_VALUE_LABEL = re.compile(r"(?i)badge|homeroom|home room|locker|jersey|tech|driver|courier|installer|.*ending")
# Labels whose values are codes of letters and digits mixed: "record locator KX4P2M", "reservation HZT8Q2WN4".
_MIXED_VALUE_LABEL = re.compile(r"(?i)record locator|PNR|reservation|itinerary|booking|confirmation")


def _value_after(text: str, pos: int, long_mixed: bool = False, short: bool = False) -> tuple[int, int] | None:
    gap = _GAP.match(text[pos:pos + 40])
    start = pos + (gap.end() if gap else 0)
    m = _VALUE.match(text, start)
    if not m or m.end() - m.start() < (2 if short else 3):
        return None
    end = m.end()
    while end > start and text[end - 1] in ".-/":
        end -= 1
    value = text[start:end]
    if " " in value and not re.match(r"^[A-Z]{1,4} \d", value):
        end = start + value.index(" ")  # "CBT 4471" is a plate; "abc123 4471" is one value and a number
    groups = re.match(r"(?: \d{2,})+(?![\w/])", text[end:end + 24])
    if groups and text[start:end][-1:].isdigit():
        end += groups.end()  # "W419 0832 776": members IDs are often written in groups
        check = re.match(r" \d(?![\w/])", text[end:end + 3])
        if check and sum(c.isdigit() for c in text[start:end]) == 14:
            end += 2  # "35 209911 482213 7": an IMEI's 15th digit is its check digit, written alone
    prefix = re.search(r"\b[A-Z]{1,4} $", text[max(0, start - 6):start])
    if prefix and text[start].isdigit() and start - len(prefix.group()) >= pos:
        start -= len(prefix.group())  # "LP 5118": a short letter prefix belongs to the number
    value = text[start:end]
    if _CODE.fullmatch(value) or re.fullmatch(r"\d{1,2}/\d{1,2}", value) or _DATE_SHAPED.fullmatch(value):
        return None  # "Group: 90853" names a CPT code, "3/5" is a rating and "(10/2023-03/2024)" a date range
    if re.fullmatch(r"(?:19|20)\d{2}", value) and re.fullmatch(r"[ \t]+in[ \t]+", text[pos:start]):
        return None  # "in your group in 2023": a year in prose, not a group number ("in" is no Indiana here)
    digits = sum(c.isdigit() for c in value)
    # a colon, a "#" or a label that ends in "no." / "number" says a value follows: "prac. no. J4Q21"
    explicit = re.search(r"[:#]", text[pos:start]) is not None or re.search(r"(?i)\b(?:no\.?|number|nr\.?)$", text[max(0, pos - 7):pos]) is not None
    # a serial "DMPXK2Q4HX7L", a tag "8HZ3KX3", a paired part's code "G7-7R2Q"
    mixed = long_mixed and digits >= 2 and len(value.replace("-", "")) >= 6 and value.replace("-", "").isalnum()
    return (start, end) if digits >= 4 or (digits >= 2 and (explicit or short)) or mixed else None


# A network card's hardware address: "3C:52:82:1F:9A:07", "3c-52-82-1f-9a-07".
MAC_ADDRESS = re.compile(r"(?<![\w:-])[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}(?![\w:-])")
# A device's serial in a bracket after its model, without a label: "Pixel 8 Pro (R5CW31KQ8ZB)", "MacBook Air (C02XK1JHG5)".
_SERIAL_AFTER_MODEL = re.compile(
    r"\b(?:iPhone|iPad|iPod|iMac|MacBook|Apple Watch|Galaxy|Pixel|Surface|ThinkPad|Chromebook|Kindle|Fitbit|Garmin|laptop|phone|"
    r"tablet|smartwatch)(?:[ \t]+[A-Za-z0-9+]{1,8}){0,3}[ \t]*\((?:(?:serial|S/N|SN)[ \t:#]*)?"
    r"((?=(?:[A-Z]*\d){2})(?=(?:\d*[A-Z]){2})[A-Z0-9]{8,16})\)")


# Licence numbers after a credential or a board's abbreviation: "LMFT T2271", "LPC #60211", "BBS No. 1234", "PSY 22817".
_AFTER_CREDENTIAL = re.compile(
    rf"(?<![\w-])(?:{CRED_RE}|BBS|AMFT|APCC|APC|ALC|LICDC|LCDC|LISAC|LCAS|BCBA|DEA|NPI)(?:[- ](?:I{{1,3}}|IV|[1-3])(?![\w-]))?"
    # "LSW (OH S.1904471)": the state that issued it may stand in a bracket before the number
    # ... or the number alone in the bracket: "LISW-S (I.0923114)", "LPC (#A-20931)"
    r"(?:[ \t]*\(?[ \t]*%s(?=[ \t])|[ \t]*\()?(?:[ \t]*(?:#|(?i:no)\.?|number|lic(?:ense)?\.?))?[ \t]*[:#]?[ \t]*"
    r"((?=[A-Z0-9.-]*\d{3})[A-Z]{0,3}[-.]?\d[\dA-Z-]{2,}|\d(?: \d){3,})(?![\w-])" % STATE_ABBR_RE)
# A licensing board's prefix written as part of the number: "PSY 22817", "LEP-3391" (the prefix is kept in the span).
_BOARD_NUMBER = re.compile(r"(?<![\w-])((?:PSY|PSYCH|LEP|MFC|PCC|ASW|RPSY)[ \t]*[-#]?[ \t]*\d{4,7})(?![\w-])")
# A room or bed in a facility: "Room 6E-12A", "Room 214-W", "room move 6E-07B -> 6E-03", "Bed 12"; never "bed 11 pm".
_ROOM_VALUE = r"(?=[0-9A-Z-]{2,})[0-9]{1,4}[A-Z]{0,2}(?:-[0-9]{0,3}[A-Z]{0,2})?(?![\w-])"
_ROOM = re.compile(rf"\b(?:[Rr]oom|RM|Rm\.?|[Bb]ed)(?:[ \t]+(?:move|change|#|no\.?|number))?[ \t]*[:#]?[ \t]*({_ROOM_VALUE})"
                   rf"(?![ \t]*(?:[ap]\.?m\b|(?:out[ \t]+)?of[ \t]+\d|nights?\b))(?:[ \t]*(?:\u2192|->|to|,|and|/)[ \t]*({_ROOM_VALUE}))?")
# A value read out character by character: "4 0 7 7 1 9", "L as in lima 4 0 7 7", "P A 7 7 0 4 1 9"; dictation may put a
# few words between the label and the value ("the reference number they gave me was P A 7 7 0 4").
_SPOKEN_VALUE = re.compile(r"(?:[A-Za-z]{1,3}[ \t]+(?:(?i:as in)[ \t]+[A-Za-z]+[ \t]+)?)*?\d(?: \d){3,}(?![\w])")
_SPOKEN_GAP = re.compile(r"(?:[ \t]*\b(?:they|he|she|we|i|you|gave|give|me|us|was|is|it's|its|read|reads|says|said|number|the)\b)"
                         r"{0,6}[ \t:,]*", re.I)


def _code_shaped_licence(text: str, label: re.Match[str], kind: str, at: int) -> tuple[int, int] | None:
    """ "License No. T1078": after a licence label that says a number follows, a value shaped like a HCPCS or ICD code
    is still the licence number."""
    if kind != "LICENSE" or not re.search(r"(?i)(?:no\.?|#|number|nr\.?)$", label.group(0)):
        return None
    value = re.match(r"[A-Z]{1,3}-?\d{3,7}(?![\w-])", text[at:])
    return (at, at + value.end()) if value else None


# A long number in groups of four, as tracking, card and ticket numbers are ("9400 1118 9922 3344 5566 77", "K0381 2207 9915 6604")
_GROUPED_DIGITS = re.compile(r"(?<![\w-])(?:[A-Z]{1,2}\d{3,4}|\d{4})(?: \d{4}){3,5}(?: \d{1,4})?(?![\w-])")
# An Italian register's number: "iscr. Ordine dei Medici di Torino n. 4471", "iscritto all'Albo degli Psicologi n. 2210".
_ITALIAN_REGISTER = re.compile(r"(?i:\biscr(?:\.|itt[oa])[ \t]+(?:all['’][ \t]?|al[ \t]+)?(?:ordine|albo)\b)[^\n()]{0,60}?"
                               r"\b(?i:n\.|n°|nr\.|num\.)[ \t]*(\d{3,7})\b")


def _labelled(text: str) -> list[PhiSpan]:
    spans = []
    for m in _LABEL_RE.finditer(text):
        kind = m.lastgroup or "OTHER_ID"
        if kind == "OTHER_ID" and m.group(0).upper() == "ID" and _INSURANCE_BEFORE.search(text[max(0, m.start() - 60):m.start()]):
            kind = "HEALTH_PLAN_ID"
        at = m.end() + len(_GAP.match(text[m.end():m.end() + 40]).group())
        spoken = _SPOKEN_VALUE.match(text, at) or _SPOKEN_VALUE.match(text, at + _SPOKEN_GAP.match(text, at).end() - at)
        short = _SHORT_VALUE_LABEL.match(m.group(0)) is not None
        found = (plate_after(text, m.end(), m.start()) if kind == "VEHICLE" else None) or _value_after(text, m.end(), kind == "DEVICE_ID" or _MIXED_VALUE_LABEL.match(m.group(0)) is not None, short) or (
            (spoken.start(), spoken.end()) if spoken else None) or _code_shaped_licence(text, m, kind, at)
        if kind == "VEHICLE" and found and "\n" in text[m.end():found[0]]:
            found = None  # "| plate" closing a log's header row: the next row's first cell is no plate
        while found:
            spans.append(PhiSpan(found[0], found[1], kind, 0.95, "labelled_id"))
            # several values after one label: "charts 55102 / 55187", "claims 8812, 8813 and 8820"
            more = _NEXT_VALUE.match(text, found[1])
            found = (more.start(1), more.end(1)) if more and not (_DATE_SHAPED.fullmatch(more.group(1))
                                                                  or _CODE.fullmatch(more.group(1))) else None
    return spans


def _luhn_npi(digits: str) -> bool:
    """NPI check digit: Luhn over the number prefixed with 80840."""
    total = 0
    for i, ch in enumerate(reversed("80840" + digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


# Court case numbers: a year (two digits may join the division), a division's letters and a serial written with spaces
# after "No.", "case" or "file" ("No. 2019 L 002231", "file 25CR 118220");
# a number in hyphenated parts carries its court's code after it ("21-2-10457-3 KNT") and a filing may add its
# division and sheet in a bracket ("DR-19-008812 (12/40)").
_SPACED_CASE = re.compile(r"(?i:\b(?:(?:case|docket|cause|file|index)(?:[ \t]*(?:no\.?|number|#))?|no\.?|number|#))[ \t:]*"
                          r"((?:(?:19|20)\d{2}[ \t]+|\d{2}[ \t]?)[A-Z]{1,4}[ \t]+\d{3,7}|[A-Z][ \t]?\d{2}[ \t]\d{3}[ \t]\d{3})\b")  # "C 28 441 903"
_CASE_SUFFIX = re.compile(r"[ \t]+[A-Z]{2,4}(?=[ \t]*(?:[,;)]|\.?[ \t]*$))|[ \t]*\(\d{1,3}/\d{1,3}\)", re.M)


def _court_numbers(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Spaced case numbers, and each hyphenated case-shaped number grown over its court's code or bracketed sheet."""
    out = [PhiSpan(m.start(1), m.end(1), "OTHER_ID", 0.9, "labelled_id") for m in _SPACED_CASE.finditer(text)]
    for sp in spans:
        value = text[sp.start:sp.end]
        if sp.entity_type == "OTHER_ID" and value.count("-") >= 2 and value[-1].isdigit() and (m := _CASE_SUFFIX.match(text, sp.end)):
            out.append(PhiSpan(sp.start, m.end(), "OTHER_ID", sp.score, sp.source))
    return out


def find_ids(text: str) -> list[PhiSpan]:
    """Text -> spans of identifier values, by label and by shape."""
    text = blanks_as_spaces(text)
    spans = _find_ids(text) + find_world_ids(text)  # other countries' labels and identity shapes
    return spans + _court_numbers(text, spans) + plate_tails(text, spans)


def _find_ids(text: str) -> list[PhiSpan]:
    spans = _labelled(text) + [PhiSpan(m.start(), m.end(), "DEVICE_ID", 0.9, "device") for m in MAC_ADDRESS.finditer(text)]
    spans += [PhiSpan(m.start(1), m.end(1), "DEVICE_ID", 0.85, "device") for m in _SERIAL_AFTER_MODEL.finditer(text)]
    spans += [PhiSpan(m.start(1), m.end(1), "VEHICLE", 0.75, "plate") for m in PLATE_NEAR_VEHICLE.finditer(text)
              if sum(c.isdigit() for c in m.group(1)) >= 3 and not re.search(r"[ -](?:19|20)\d{2}$", m.group(1))]
    spans += [PhiSpan(m.start(), m.end(), "OTHER_ID", 0.8, "id_grouped") for m in _GROUPED_DIGITS.finditer(text)
              if not all(re.fullmatch(r"(?:19|20)\d{2}", g) for g in m.group().split())]  # a row of years is no number
    spans += [PhiSpan(m.start(1), m.end(1), "LICENSE", 0.85, "licence") for m in _ITALIAN_REGISTER.finditer(text)]
    spans += find_profession_licences(text)
    for m in PLATE_AFTER_STATE.finditer(text):
        spans.append(PhiSpan(m.start(1), m.end(1), "VEHICLE", 0.8, "plate"))
    for m in _ROOM.finditer(text):
        spans += [PhiSpan(m.start(g), m.end(g), "OTHER_ID", 0.8, "room") for g in (1, 2) if m.group(g)]
    for m in _BOARD_NUMBER.finditer(text):
        spans.append(PhiSpan(m.start(1), m.end(1), "LICENSE", 0.85, "licence"))
    for m in _AFTER_CREDENTIAL.finditer(text):
        if not re.fullmatch(r"90[78]\d\d|96[01]\d\d|99[24]\d\d|19[6-9]\d|20\d\d", m.group(1)):  # "LMFT T2271" is no HCPCS code
            spans.append(PhiSpan(m.start(1), m.end(1), "LICENSE", 0.85, "licence"))
    spans += [PhiSpan(m.start(g), m.end(g), "OTHER_ID", 0.75, "badge") for m in BADGE_AFTER_NAME.finditer(text)
              for g in (1, 2, 3, 4) if m.group(g)]
    spans += [PhiSpan(m.start(1), m.end(1), "LICENSE", 0.8, "licence") for m in _NUMBER_AFTER_CREDENTIALS.finditer(text)]
    spans += [PhiSpan(m.start(g), m.end(g), "OTHER_ID", 0.85, "labelled_id") for m in _MASKED_LAST_DIGITS.finditer(text)
              for g in (1, 2) if m.group(g)]
    for m in _SSN.finditer(text):
        s = m.start(1) if m.group(1) else m.start()
        spans.append(PhiSpan(s, m.end(), "SSN", 0.95, "ssn"))
    for m in _SSN_LAST4.finditer(text):
        spans.append(PhiSpan(m.start(1), m.end(1), "SSN", 0.9, "ssn_last4"))
    for m in _DOTTED.finditer(text):
        spans.append(PhiSpan(m.start(), m.end(), "LICENSE", 0.7, "id_dotted"))
    for m in _VIN.finditer(text):
        if sum(c.isdigit() for c in m.group()) >= 5 and any(c.isalpha() for c in m.group()):
            spans.append(PhiSpan(m.start(), m.end(), "VEHICLE", 0.9, "vin"))
    for m in _NPI_LIKE.finditer(text):
        if _luhn_npi(m.group()):
            spans.append(PhiSpan(m.start(), m.end(), "LICENSE", 0.85, "npi"))
    for m in _GENERIC.finditer(text):
        token = m.group()
        digits = sum(c.isdigit() for c in token)
        if _CLINICAL.match(token) or digits < 4 or len(token) < 5 or _clock_range(token) or re.fullmatch(
                r"\d{1,2}-\d{1,2}-\d{2,4}|\d{4}-\d{2}-\d{2}(?:T\d\d)?|(?:19|20)\d{6}(?:\d{4}|\d{6})?", token):
            continue  # a date is the date recognizer's; "0900-1500" is a program's hours
        spans.append(PhiSpan(m.start(), m.end(), "OTHER_ID", 0.6, "id_shape"))
    return spans
