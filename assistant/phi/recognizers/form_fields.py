"""Identifiers in the shapes printed forms and logs give them: claim-form dates with spaces ("07 19 96"), military
dates ("04NOV2025"), a ZIP or city after its label, "SURNAME, Given" after a name label, rooms, buildings and units,
initials listed with an age, and ages told without the word "age" ("lived to 103", "a nonagenarian")."""

from __future__ import annotations

import re

from assistant.records import PhiSpan

_MON = r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)"
# "04NOV2025", "14JUN12", "12Nov2025": day, month and year run together
_MILITARY = re.compile(rf"(?<![\w/.-])(?:0?[1-9]|[12]\d|3[01])(?i:{_MON})(?:\d{{4}}|\d{{2}})(?![\w/.-])")
# "07 19 96" on a claim form: month, day and year as two-digit groups with single spaces
_SPACED = re.compile(r"(?<![\w/.:-])(?:0[1-9]|1[0-2]) (?:0[1-9]|[12]\d|3[01]) (?:\d{2}|(?:19|20)\d{2})(?![\w/.:-]| \d\d(?!\d))")
_SPACED_CUE = re.compile(r"(?i:\b(?:date|dob|birth|dos|from|to|dates? of service|signed)\b|\(MM DD YY(?:YY)?\))[^\n]{0,40}$")
# "ZIP CODE 13421", "CITY ONEIDA CASTLE   STATE NY": a value after its label on a form line
_ZIP = re.compile(r"(?i:\bZIP(?:[ \t]*CODE)?)[ \t]*[:#.]*[ \t]*(\d{5}(?:-\d{4})?)\b")
# ... and a row of cells with wide gaps and no colons: "City Fairhaven    State MA    Zip 02719"
_CITY = re.compile(r"(?:\bCITY\b|\b[Cc]ity[ \t]*:|\bCity(?=[ \t]+[A-Z][^\n]{0,40}?[ \t]{2,}(?i:state|zip)\b))[ \t]*[:.]*[ \t]*([A-Z][A-Za-z'.-]*(?:[ \t][A-Z][A-Za-z'.-]*){0,3}?)(?=[ \t]{2,}|[ \t]*(?i:state)\b|[ \t]*,|[ \t]*$)",
                   re.M)
# "INSURED'S NAME ....... OYELARAN, BABATUNDE O", "In the Matter of: CHAVAJAY TZOC, Ixchel Magdalena"
_NAME_LABEL = r"(?i:(?:insured|patient|client|member|subscriber|respondent|applicant|student|child)['’]?s?[ \t]+name|name|in the matter of)"
_SURNAME_FIRST = re.compile(
    rf"\b{_NAME_LABEL}[ \t]*[:.…]*[ \t]*((?:[A-Z][A-Z'’-]+)(?:[ \t][A-Z][A-Z'’-]+){{0,2}},[ \t]*[A-Z][A-Za-z'’-]+(?:[ \t][A-Z][A-Za-z'’-]*\.?){{0,2}})")
# "Whitcomb Hall, Rm 312", "Bldg 36015", "Unit C-214", "Room 5E": where someone lives or works, to the room
_ROOM = re.compile(r"\b(?:[A-Z][a-z]+[ \t]+(?:Hall|House|Tower|Dormitory|Dorm)(?:,?[ \t]+(?:Rm|Room|Ste|Suite|Apt|Unit)\.?[ \t]*#?[ \t]*[A-Z]?-?\d{1,5}[A-Z]?)?|"
                   r"(?:Bldg|BLDG|Building|BUILDING|Rm|RM|Apt|APT|Unit|UNIT)\.?[ \t]*#?[ \t]*[A-Z]?-?\d{2,6}[A-Z]?)\b")
# Mail without a street: a rural route or highway contract box, a military unit box and its APO/FPO ZIP:
# "RR 2 BOX 14", "HC 61 Box 9", "PSC 1005 Box 123", "UNIT 28130 BOX 412, APO AE 09112"
_BOX_ROUTE = re.compile(r"\b(?i:RR|R\.R\.|Rural Route|HC|H\.C\.|Highway Contract|Star Route|PSC|CMR|Unit)[ \t]*#?[ \t]*\d{1,5}[ \t]*,?[ \t]*"
                        r"(?i:Box)[ \t]*#?[ \t]*\d{1,6}\b")
_MILITARY_ZIP = re.compile(r"\b(?:APO|FPO|DPO)[ \t]+(?:AE|AP|AA)[ \t]+(\d{5})\b")
# Initials listed with an age (and sex): "AMK (16, NB, they/them)", "T.O'B. (47 M)"
_INITIALS_AGE = re.compile(r"(?<![\w.'’-])((?:[A-Z]\.?){1,2}(?:[A-Z]['’][A-Z]\.?|[A-Z]\.?))(?=[ \t]*\([ \t]*\d{1,2}[ \t]*(?:,|[MF]\b|NB\b|yo\b))")
# "lived to 103", "died at 97", "made it to 94"; "a nonagenarian"; "her grandmother, 93, still herds sheep"
_AGE_VERB = re.compile(r"(?i:\b(?:lived to|died at|made it to|reached|celebrated (?:her|his|their)?)[ \t]+(?:age[ \t]+)?)(9\d|1[01]\d)\b(?![ \t]*(?:%|percent|days|pounds|lbs|kg|mg))")
_AGE_WORD = re.compile(r"(?i:\b(?:nonagenarian|(?:super)?centenarian)s?\b)")
_AGE_APPOSITIVE = re.compile(r"(?<=[^\W\d_]),[ \t]*(9\d|1[01]\d),(?=[ \t]+[^\W\d_])")


# A place after a label that says it is where someone lives or lived: "Home: Red Valley", "Hometown - Bluefield",
# "Previous residence: Cypress Bend", "Place of birth: Tilden"
_HOME = re.compile(r"\b(?:Home|Residence|Hometown|Home town|Lives in|Living in|Birthplace|Place of birth|"
                   r"(?i:previous|prior|former|current|present|permanent|usual)[ \t]+(?i:residence|home|hometown))[ \t]*[:\-\u2013][ \t]*"
                   r"([A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){0,3})")
# An employer or workplace after its label: "Employer (Ulster Savings branch)", "Company: Tidewater Composite
# Structures, Inc.", "INSURED'S EMPLOYER ...... MOHAWK VALLEY TOOL & DIE INC"
_EMPLOYER = re.compile(r"(?i:\b(?:employer|company|workplace|employed (?:at|by)|works (?:at|for)|parish|church|congregation|"
                       r"mosque|synagogue|temple|school(?: name)?|daycare|preschool))(?:['’]s)?[ \t]*[:(.…]+[ \t]*"
                       r"((?:[A-Z][\w'’.-]*|&)(?:[ \t](?:[A-Z][\w'’.-]*|&|of|and|the))*(?:,?[ \t]+(?:Inc|INC|LLC|Corp|CORP|Co|Ltd)\.?)?)")
# Staff initials in brackets after a note or signature word: "STAFF NOTE (ajb):", "entered by (tvm)"
_STAFF_INITIALS = re.compile(r"(?i:\b(?:note|by|initials?|staff|signed|entered))[ \t]*\(([a-z]{2,4})\)")
# ... and bare after a verb of record keeping or an owner field: "Verified by tk.", "owner: rjs", "last edit by lmo"
_STAFF_AFTER = re.compile(r"(?i:\b(?:checked|entered|reviewed|verified|initial(?:l)?ed|updated|edited|screened|logged|edit)[ \t]+by|"
                          r"\b(?:owner|editor|initials))[ \t]*:?[ \t]*([a-z]{2,3})(?=[ \t]*(?:[.;,)]|\t|$))", re.M)
_NOT_INITIALS = frozenset("me us him her you it them pt am pm md rn np pa dr the all any".split())
# A person in a log's key=value field, quoted: clinician="Brandt, K", lookup="van der berg", caller="Mo"
_LOG_PERSON = re.compile(r"\b(?:clinician|provider|therapist|counselor|staff|lookup|patient|client|caller|guardian|"
                         r"parent|contact|user_name|username|display_name|full_name|name)[ \t]*=[ \t]*[\"“]([^\"”\n=]{2,40})[\"”]")
# An XML element's own name attribute names the thing, not a person: '<Measure name="Vanderbilt parent - ODD items" ...>'.
_THING_TAG = re.compile(r"<(?!(?:client|patient|person|contact|guardian|clinician|provider|staff|member|user|participant|"
                        r"signer|author|parent|therapist|counselor|resident|subscriber)\b)[A-Za-z][\w:-]*\b[^<>\n]*$", re.I)


def _names_a_thing(text: str, at: int) -> bool:
    line = text[text.rfind("\n", 0, at) + 1:at]
    return text[at:at + 4].lower() == "name" and bool(_THING_TAG.search(line))


# One quoted initial standing for a client: 'Client "D." (34 M)'
_QUOTED_INITIAL = re.compile(r"(?i:\b(?:client|pt|patient|member|resident|youth|student))[ \t]+[\"“']([A-Z]\.?)[\"”']")
# Military installations: "Camp Arifjan", "Fort Cavazos", "Ft. Hood", "Joint Base Lewis-McChord", "Naval Station Norfolk"
_INSTALLATION = re.compile(r"\b(?:Camp|Fort|Ft\.|Joint Base|Naval (?:Station|Air Station|Base)|Marine Corps Base)[ \t]+"
                           r"[A-Z][\w'’-]+(?:[ \t-][A-Z][\w'’-]+)?|\b[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?[ \t]+(?:Air Force Base|AFB)\b")


def find_form_fields(text: str) -> list[PhiSpan]:
    """Text -> DATE, ADDRESS, NAME and AGE_OVER_89 spans in form and log shapes."""
    spans = [PhiSpan(m.start(), m.end(), "DATE", 0.9, "date_military") for m in _MILITARY.finditer(text)]
    for m in _SPACED.finditer(text):
        twin = re.match(r"[ \t]{1,4}\d\d \d\d \d\d", text[m.end():]) or re.search(r"\d\d \d\d \d\d[ \t]{1,4}$", text[:m.start()])
        if twin or _SPACED_CUE.search(text[max(0, m.start() - 60):m.start()]):
            spans.append(PhiSpan(m.start(), m.end(), "DATE", 0.85, "date_spaced"))
    spans += [PhiSpan(m.start(1), m.end(1), "ADDRESS", 0.85, "form_zip") for m in _ZIP.finditer(text)]
    spans += [PhiSpan(m.start(1), m.end(1), "ADDRESS", 0.8, "form_city") for m in _CITY.finditer(text)]
    spans += [PhiSpan(m.start(1), m.end(1), "NAME", 0.85, "surname_first") for m in _SURNAME_FIRST.finditer(text)]
    spans += [PhiSpan(m.start(), m.end(), "ADDRESS", 0.75, "room") for m in _ROOM.finditer(text)]
    spans += [PhiSpan(m.start(), m.end(), "ADDRESS", 0.85, "box_route") for m in _BOX_ROUTE.finditer(text)]
    spans += [PhiSpan(m.start(1), m.end(1), "ADDRESS", 0.85, "form_zip") for m in _MILITARY_ZIP.finditer(text)]
    spans += [PhiSpan(m.start(1), m.end(1), "NAME", 0.8, "initials_age") for m in _INITIALS_AGE.finditer(text)]
    spans += [PhiSpan(m.start(1), m.end(1), "AGE_OVER_89", 0.85, "age") for m in _AGE_VERB.finditer(text)]
    spans += [PhiSpan(m.start(), m.end(), "AGE_OVER_89", 0.8, "age_words") for m in _AGE_WORD.finditer(text)]
    spans += [PhiSpan(m.start(1), m.end(1), "AGE_OVER_89", 0.8, "age") for m in _AGE_APPOSITIVE.finditer(text)]
    spans += [PhiSpan(m.start(1), m.end(1), "ADDRESS", 0.8, "labelled_home") for m in _HOME.finditer(text)]
    spans += [PhiSpan(m.start(1), m.end(1), "ORGANIZATION_LINKED", 0.8, "labelled_employer")
              for m in _EMPLOYER.finditer(text) if len(m.group(1)) > 2]
    spans += [PhiSpan(m.start(1), m.end(1), "NAME", 0.8, "staff_initials") for m in _STAFF_INITIALS.finditer(text)]
    spans += [PhiSpan(m.start(1), m.end(1), "NAME", 0.8, "staff_initials") for m in _STAFF_AFTER.finditer(text)
              if m.group(1).lower() not in _NOT_INITIALS]
    spans += [PhiSpan(m.start(1), m.end(1), "NAME", 0.8, "log_person") for m in _LOG_PERSON.finditer(text)
              if re.search(r"[^\W\d_]", m.group(1)) and not re.search(r"\d", m.group(1)) and not _names_a_thing(text, m.start())]
    spans += [PhiSpan(m.start(1), m.end(1), "NAME", 0.8, "quoted_initial") for m in _QUOTED_INITIAL.finditer(text)]
    spans += [PhiSpan(m.start(), m.end(), "ADDRESS", 0.85, "installation") for m in _INSTALLATION.finditer(text)]
    return spans
