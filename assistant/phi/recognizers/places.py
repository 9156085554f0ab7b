"""Street addresses, cities, counties, ZIP codes and prose locations ("off Route 9")."""

from __future__ import annotations

import re

from assistant.phi.brands import _lines
from assistant.phi.lexicon import CREDENTIALS, STATE_ABBR_RE, STATE_NAME_RE, STREET_RE, UNIT_RE
from assistant.phi.recognizers.dwelling_units import find_dwelling_units
from assistant.phi.recognizers.streets_alone import find_streets_alone, neighbourhood_after
from assistant.phi.vocabulary import Vocabulary
from assistant.phi.recognizers.aligned import blanks_as_spaces
from assistant.phi.recognizers.not_addresses import drop_not_addresses
from assistant.phi.recognizers.office_towns import find_office_towns
from assistant.phi.recognizers.plots import find_plots
from assistant.phi.recognizers.storefronts import find_storefronts
from assistant.phi.recognizers.residences import find_residences
from assistant.records import PhiSpan

_CAP = r"[A-Z][\w'’.-]*"
_SP = r"[ \t]+"
# Street words the shared list leaves out, the long roads named by the USPS: "600 Tolland Tpke", "12 Route 9 Bypass".
_ROAD_WORDS = ("Turnpike", "Tpke", "Tpk", "Expressway", "Expy", "Freeway", "Fwy", "Causeway", "Cswy", "Bypass", "Byp",
               "Trace", "Pointe", "Extension", "Ext",
               # ... and longer or older abbreviations of common ones: "88 Larch Terr.", "9 Heron Crt", "4 Alder Cres"
               "Terr", "Crt", "Cres", "Pky", "Plz", "Hts", "Aly")
_STREET_ANY = r"(?:%s|(?:%s)\.?)" % (STREET_RE, "|".join(_ROAD_WORDS + tuple(w.upper() for w in _ROAD_WORDS)))
# The small words of a name between its capitalised words: "Bayou Terre aux Boeufs Rd", "Camino de las Brisas SW"
_PARTICLES = r"(?:(?:de|del|la|las|los|du|des|aux|au|le|les|of|the|van|von|der|da|dos|di)[ \t]+(?=[A-Z])){0,2}"
# a house number may carry its section before a hyphen: "86-210 Farrington Hwy" (Hawaii), "104-20 Queens Blvd" (Queens)
_STREET_NUMBERED = re.compile(
    rf"\b(?:\d{{1,3}}-(?=\d))?\d{{1,6}}[A-Z]?{_SP}(?:[NSEW]{{1,2}}\.?{_SP})?(?:(?:{_CAP}|\d{{1,3}}(?:st|nd|rd|th)){_SP}{_PARTICLES}){{0,4}}{_STREET_ANY}(?![\w])(?:{_SP}[NSEW]{{1,2}}\b)?{UNIT_RE}?",
)
# A corner: "Kessler Ave and 9th St", "Yale Avenue and 41st Street", "Main & 3rd Street".
_ORDINAL_OR_CAP = rf"(?:{_CAP}|\d{{1,3}}(?:st|nd|rd|th))"
_INTERSECTION = re.compile(rf"\b{_ORDINAL_OR_CAP}(?:{_SP}{_CAP})?(?:{_SP}{STREET_RE})?{_SP}(?:and|&){_SP}"
                           rf"{_ORDINAL_OR_CAP}(?:{_SP}{_CAP})?{_SP}{STREET_RE}(?![\w])")
# A corner named without street words, one side a numbered street: "at 18th and Carson", "corner of 17th and Sidney".
# ... also a stop or a light named by its corner: "the Alder & 9th stop", "past the 3rd and Pine light"
_ORDINAL_CORNER = re.compile(rf"\b(?:(?i:corner of|at|on|near|by|off|the))[ \t]+((?:\d{{1,3}}(?:st|nd|rd|th)[ \t]+(?:and|&)[ \t]+{_CAP}|"
                             rf"{_CAP}[ \t]+(?:and|&)[ \t]+\d{{1,3}}(?:st|nd|rd|th))(?![ \t]+(?:grade|percentile|birthday|session|"
                             r"quarter|semester|trimester|period|place|round|time|floor|year|week|day|month|visit|attempt)))")
# A street named by a compass word and a name alone: "started on East Carson", "still avoids West Main".
_COMPASS_STREET = re.compile(r"\b(?:on|along|off|down|up|avoids?|avoiding|near|across|crossing|past)[ \t]+"
                             r"((?:East|West|North|South|E\.|W\.|N\.|S\.)[ \t]+[A-Z][a-z]{2,}(?:[ \t]+[A-Z][a-z]{2,})?)\b")
# ... with the small words of a Spanish or French name and a quadrant after it: "8120 Camino de las Brisas SW, Apt 4"
_STREET_FIRST = re.compile(  # "1318 Calle Piñon, Unit 7", "22 Rue Saint-Denis", "40 Avenida Juárez", "9 N Camino Real"
    rf"\b\d{{1,6}}{_SP}(?:[NSEW]\.?{_SP})?(?:Calle|Avenida|Av\.|Camino|Carretera|Paseo|Rue|Chemin|Via|Rua|Calzada)"
    rf"(?:{_SP}(?:(?:de|del|la|las|los|el|da|do|dos|das|du|des)[ \t]+)*{_CAP}){{1,4}}(?:{_SP}(?:[NS][EW]?|[EW])\b)?{UNIT_RE}?")
_STREET_WORDS_STRICT = r"(?:Street|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Court|Circle|Boulevard|Blvd|Terrace|Parkway|Highway|Hwy)\b\.?"
_STREET_NAMED = re.compile(rf"\b(?:{_CAP}{_SP}){{1,3}}{_STREET_WORDS_STRICT}")
_LOWER_STREET_WORD = (r"(?:street|st|ave|avenue|road|rd|lane|ln|drive|dr|blvd|boulevard|way|court|ct|circle|cir|"
                      r"terrace|ter|place|pl|pike|highway|hwy|knoll|trail|trl|parkway|pkwy|crescent|hollow|ridge)")
_LOWER_UNIT = r"(?:,?[ \t]+(?:apt|apartment|unit|ste|suite|#|lot|room|rm|floor)\.?[ \t]*#?\w{1,5})?"
_SPOKEN_NUMBER = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -](?:one|two|three|four|five|six|"
                  r"seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: hundred)?")
# Without a number, only the words that are streets and nothing else ("at her place", "on his way" are prose).
_STREET_LOWER = re.compile(
    r"\b(?:on|off|at|near|to|address on|lives on)\s+((?:(?!(?:am|pm|min|mins|mg|his|her|their|my|the|a|to|and|or|of|for|with|in|how|"
    r"learn|can|will|not|go|be|get|take|able|want|wants|need|needs)\b)"
    r"[a-z0-9][\w'-]*\s+){1,3}(?:street|st|ave|avenue|road|rd|lane|ln|drive|dr|blvd|boulevard|court|ct|circle|cir|"
    rf"terrace|ter|pike|highway|hwy|parkway|pkwy)\b{_LOWER_UNIT})")
# "88 tolliver st apt 2", "at twenty two Kessick street apartment 3", "6 orchard knoll"; a preposition or an article
# inside is prose about a road, not a street's name: "Vehicle 2 stopped in lane 3", "car 1 drifted into the lane"; a sum
# of money is no house number ("fee: $150 each way")
_STREET_NUMBERED_LOWER = re.compile(
    rf"(?<![\w/.:$-])(?:\d{{1,6}}|{_SPOKEN_NUMBER})[ \t]+(?:(?!(?:min|mins|minutes|mg|times|days|weeks|hours|hrs|pm|am|"
    rf"in|into|on|onto|at|to|from|of|the|and|or|by|with|near|across)\b)"
    rf"[A-Za-z][\w'’-]*[ \t]+){{1,3}}{_LOWER_STREET_WORD}\b{_LOWER_UNIT}", re.I)
# The town after a street address: "410 Wickett Street, Saltmarsh Landing".
_TOWN_AFTER_STREET = re.compile(
    rf"(?:[ \t]?,|[ \t]*[\^|·][ \t]*\^?|[ \t]+in)[ \t]*((?:{_CAP}|[a-z]{{3,}})(?: (?!(?:period|comma)\b)(?:{_CAP}|[a-z]{{3,}})){{0,2}})"
    rf"(?=[ \t]*(?:$|\n|[.,;)|^·]|[ \t]{{2,}}|[ \t]+[A-Z]{{2}}\b|[ \t]+\d{{5}}\b|[ \t]+period\b))(?:[ \t]+(\d{{5}}(?:-\d{{4}})?)\b)?", re.M)
# Landmarks that carry a place name: "Mill Pond Grange", "Carrow Bend trailhead", "Dunmore Creek bridge"; what the
# person was at after it is part of the place ("Cutler Reservoir boat launch"; data/landmark_features.txt)
_FEATURES = "|".join(sorted((re.escape(w).replace(r"\ ", r"[ \t]+") for w in _lines("landmark_features.txt")), key=len, reverse=True))
_LANDMARK = re.compile(
    r"\b(?!(?:The|A|An|At|In|On|To|From|Near|By|Our|My|His|Her)\b)(?:[A-Z][\w'’-]+[ \t]){1,3}(?:Grange|Bridge|Trailhead|Trestle|Overlook|Water Tower|Dam|Pond|Lake|Falls|"
    r"Landing|Junction|Crossing|Hollow|Heights|Flats|Bend|Mills|Creek|Brook|River|Ridge|"
    # a park or a public ground where something happened: "Cedar Run Park", "Lakeside Playground", "Pike County Fairgrounds"
    r"Park|Playground|Beach|Greenway|Preserve|Arboretum|Reservoir|Fairgrounds|Boardwalk)(?:[ \t]+(?:" + _FEATURES + r"))?\b|"
    # ... or a lowercase landmark noun after a capitalised name: "at Bitter Seep junction"
    r"(?<=[a-z,] )(?:[A-Z][\w'’-]+[ \t]+){1,3}(?:junction|(?:covered |railroad |old )?bridge|trailhead|trestle|overlook|"
    r"crossing|underpass|overpass|water tower|campground|boat launch|rest stop|grange(?: hall)?|town hall|fire hall|park|playground|"
    r"general store|feed store|post office|gas station|truck stop|cemetery|chapel|mine|quarry|pit)\b")


def _town_after(text: str, end: int) -> list[PhiSpan]:
    """The town (and its ZIP) right after a street address: "..., Bramwell Junction 87501", "^PELL RAPIDS^"."""
    town = _TOWN_AFTER_STREET.match(text, end)
    if not town or _STATES_AND_COUNTRIES.match(town.group(1)) or _NOT_PLACE.match(town.group(1)) \
            or town.group(1).lower() in ("period", "comma", "and", "the", "with"):
        return []
    out = [PhiSpan(town.start(1), town.end(1), "ADDRESS", 0.85, "city_state")]
    if town.group(2):
        out.append(PhiSpan(town.start(2), town.end(2), "ADDRESS", 0.9, "zip"))
    return out
# A position in decimal degrees: "29.73712, -95.59604", "lat 44.9778 lon -93.2650".
_COORDINATES = re.compile(r"(?<![\w.-])-?\d{1,2}\.\d{4,7}°?[ \t]*[NS]?,?[ \t]*(?:(?i:lon|long|lng)[ \t:]*)?-?\d{1,3}\.\d{4,7}°?(?:[ \t]*[EW])?(?![\w.])")
# A position in degrees, minutes and seconds, one axis or both: "35 deg 4' 51.20\" N", "41°24'12.2\"N 2°10'26.5\"E".
_DMS_AXIS = r"\d{1,3}(?:[ \t]*°|[ \t]+deg)[ \t]*\d{1,2}(?:\.\d+)?[ \t]*['′](?:[ \t]*\d{1,2}(?:\.\d+)?[ \t]*(?:\"|″|''))?[ \t]*[NSEW]\b"
_DMS = re.compile(rf"(?<![\w.]){_DMS_AXIS}(?:,?[ \t]*{_DMS_AXIS})?")
# "Level 2, 118 High Street": a floor written before the street (Australia, the UK)
# ... or a site, lot or unit with the complex's name between: "Site 42, 2750 E Frontage Rd", "Unit 14, Acacia Mews, 31 Jan Smuts Avenue"
_LEVEL_BEFORE = re.compile(r"\b(?:Level|Floor|Suite|Unit|Shop|Site|Lot|Space|Apt|Flat)[ \t]+\d{1,4}[A-Za-z]?,?[ \t]+"
                           r"(?:[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?,?[ \t]+)?(?=\d{1,6}[ \t]+[A-Z])")
_COURT_INSTITUTION = re.compile(
    r"(District|Family|Juvenile|Superior|Supreme|Drug|Municipal|Probate|Circuit|County|Federal|"
    r"Traffic|Housing|Mental Health|Treatment|Veterans|Appeals|Food|Basketball|Tennis|The)\s+Court", re.I)
# Roads: "Route 9", "I-70", "SR 99" and with a hyphen "SR-99", "PR-52", "US-101"
# Boxes: "PO Box 3317", "HC 61 Box 2207", "RR 2 Box 41", "Rural Route 4"
_BOX = re.compile(r"\b(?:P\.?\s?O\.?\s?Box|Post Office Box|HC|RR|Rural Route|R\.R\.)\s*#?\s*\d{1,6}(?:,?\s+Box\s+\d{1,6})?\b")
_ROUTE = re.compile(r"\b(?:Rt\.?|(?i:route|rte\.?|highway|hwy\.?|interstate|state road|state route|county road|farm road|loop|"
                    r"spur|township road|carretera|carr\.)|I-|(?:SR|CR|FM|US|PR)-(?=\d{1,4}\b(?!-\d))|SR|CR|FM|US|TR|PR|BIA)[ \t]?(?:\d{1,4}[A-Za-z]?|[A-Z]{1,2}\d{1,3})\b"
                    # a marker along the road: "Route 27, mile marker 14", "Carr. 866 Km 3.2", "Hwy 12 at mile 40"
                    # a direction and "at" before the marker: "I-70 WB at MM 221", "Hwy 12 northbound near exit 40"
                    r"(?:[ \t]+(?:[NSEW]B|(?i:north|south|east|west)(?i:bound)?))?"
                    r"(?:,?[ \t]+(?:(?i:at|near|@)[ \t]+)?(?:(?i:mile marker|mile|mm|km|kil[oó]metro|marker|exit)\.?)[ \t]*\d{1,4}(?:\.\d)?\b)?")
# A marker along a railway or a road told alone: "milepost 88", "mile marker 14.5", "MP 31.4", "near MM 207", "by exit 14"
# (a bare "MP 3" or "MM 12" may be a count or an abbreviation, so a short form needs a decimal or a word of place)
_MARKER = re.compile(r"\b(?:(?i:mile[ \t-]?post|mile[ \t]+marker|mile[ \t]+board)[ \t]*#?[ \t]*\d{1,4}(?:\.\d{1,2})?|"
                     r"(?:MP|MM|M\.P\.)[ \t]*\d{1,4}\.\d{1,2}|(?:(?<=\bat )|(?<=\bnear )|(?<=\bpast )|(?<=(?i:location): ))(?:MP|MM)[ \t]*\d{1,4}|"
                     # a highway's exit told after a word of place: "the overpass by exit 14", "off Exit 22B", "near exit 3"
                     r"(?:(?<=\bat )|(?<=\bnear )|(?<=\bpast )|(?<=\bby )|(?<=\boff )|(?<=\btook )|(?<=\bbefore ))(?i:exit)[ \t]*\d{1,3}[A-Z]?(?![\w%]|\.\d))(?![\w%]|\.\d)")
# A road with its number after the name: "2291 Township Road 218" (the street rule stops at "Road").
_ROAD_NUMBER = re.compile(r"\b(?:Road|Rd|Route|Highway|Hwy|Line|Concession)( \d{1,4})\b(?![./:-]\d)")
# a letterhead writes the state's name in capitals ("FORT HALSTEAD, TEXAS 76549"); a form's boxes put slashes between
# town, state and ZIP ("Corrales Viejo / NM / 87048"), and then the ZIP must follow, or "Client / OR" would be a town
_STATE_NAMES = rf"(?:{STATE_NAME_RE}|{STATE_NAME_RE.upper()})"
_CITY_STATE = re.compile(
    rf"(?<![\w-])((?:{_CAP} ){{0,2}}{_CAP})(?:,[ \t]*|[ \t]*\|[ \t]*|\^)(?:{STATE_ABBR_RE}\b\.?|{_STATE_NAMES}\b)(?:[ \t]+(\d{{5}}(?:-\d{{4}})?))?"
    rf"|(?<![\w-])((?:{_CAP} ){{0,2}}{_CAP})[ \t]+/[ \t]+{STATE_ABBR_RE}[ \t]+/[ \t]+(\d{{5}}(?:-\d{{4}})?)(?![\w-])")
# Without a comma the state and a postcode must both follow: "CHICAGO IL 60632", Australian "Preston VIC 3072".
_AU_STATES = r"(?:VIC|NSW|QLD|SA|WA|TAS|ACT|NT)"
_CITY_STATE_POSTCODE = re.compile(
    rf"(?<![\w-])((?:{_CAP} ){{0,2}}{_CAP})[ \t]+(?:{STATE_ABBR_RE}[ \t]+(\d{{5}}(?:-\d{{4}})?)|{_AU_STATES}[ \t]+(\d{{4}}))(?![\w-])")
# After a comma, a town may stand before its state with no comma of its own, closing a line, a cell or a clause:
# "Harbor Family Counseling, Renton WA", "seen at Mercy, Salem OR;" (not a state that is also a word or a credential).
_TOWN_STATE_AFTER_COMMA = re.compile(
    rf"(?<=,[ \t])((?:{_CAP} ){{0,2}}{_CAP})[ \t]+(?!(?:MD|PA|MA|IN|OR|ME|OK|HI|DE|CO|ID)\b)"
    rf"{STATE_ABBR_RE}(?=[ \t]{{2,}}|\.?[ \t]*$|[ \t]*[,;)])", re.M)
# The same in a note written all in lowercase: "louisville ky 40203", "san jose, ca 95112".
_LOWER_CITY_STATE_ZIP = re.compile(rf"(?<![\w-])([a-z]{{3,}}(?: [a-z]{{3,}})?),?[ \t]+(?:{STATE_ABBR_RE.lower()})[ \t]+"
                                   r"(\d{5}(?:-\d{4})?)(?![\w-])")
_ZIP_AFTER_STATE = re.compile(rf"\b(?:{STATE_ABBR_RE}|{_STATE_NAMES})\.?,?(?:\s+|\s*[|^/]\s*)(\d{{5}}(?:-\d{{4}})?)\b")
_COUNTY = re.compile(rf"\b(?:{_CAP}\s){{1,2}}(?:County|Parish|Borough|Township)\b|\bCo\.[ \t]+(?:{_CAP})\b"  # Irish "Co. Galway"
                     r"|\b(?:County|COUNTY|Parish|PARISH|Township|TOWNSHIP) (?:of|OF) [A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+)?"  # a court's caption
                     r"|\b(?!(?:THE|OF|AND|FOR|THIS|THAT|OUR|YOUR|HER|HIS)\b)[A-Z]{3,}(?: [A-Z]{3,})? (?:COUNTY|PARISH|BOROUGH|TOWNSHIP)\b")  # a letterhead in capitals: "LANCASTER COUNTY OFFICE OF AGING"
_PROSE = re.compile(
    rf"\b(?:lives?|living|moved|moves|moving|relocated|relocating|born|raised|grew up|stays?|staying|resides?|residing|"
    rf"visiting|home|house|apartment|trailer|shelter|neighbou?r|drove|driving|walked|works?|job)\b"
    rf"[^.\n]{{0,24}}?\b(?:in|to|near|outside|from|off|at)\s+((?:the\s)?{_CAP}(?:\s+{_CAP}){{0,2}})")
_NOT_PLACE = re.compile(
    r"^(?:the\s)?(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Dr|Mr|Mrs|Ms|The|I|"
    r"Client|Patient|Session|School|Work|Home|Church|Court|Group|Therapy|Treatment|IOP|PHP|ER|ED|"
    r"Christmas|Thanksgiving|Easter|Walmart|Target|Costco|Amazon|AA|NA|NAMI|VA)\b")
# A form's county field: "County: Westmoreland", "County of residence _Bexar_" (a blank reads as two spaces or more).
_COUNTY_FIELD = re.compile(r"\b(?i:county(?:[ \t]+of[ \t]+(?:residence|birth))?)(?:[ \t]*:[ \t]*|[ \t]{2,})([A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?)")
# A unit written with its number sign after a unit word, with no street: "unit applied: #212", "Apt #3B".
_UNIT_ALONE = re.compile(r"\b(?i:unit|apt|apartment|suite|flat)\.?(?:[ \t]+[a-z]+){0,2}[ \t]*:?[ \t]*(#[ \t]?\d{1,5}[A-Z]?)(?![\w-])")
_CREDS = set(CREDENTIALS) | {c.upper() for c in CREDENTIALS}
_CAPS_LEAD = re.compile(r"(?:FOR|AND|IN|OF|THE|AT|TO|FROM|NEAR)[ \t]+")  # a caption's words before a town in capitals
_STATES_AND_COUNTRIES = re.compile(rf"^(?:{STATE_NAME_RE}|United States|America|USA|US)$")


def _city_spans(text: str) -> list[PhiSpan]:
    spans = []
    for m in _CITY_STATE.finditer(text):
        g = 1 if m.group(1) else 3
        city, start = m.group(g), m.start(g)
        while (lead := _CAPS_LEAD.match(city)) and lead.end() < len(city):  # "IN AND FOR BROWARD COUNTY, FLORIDA"
            city, start = city[lead.end():], start + lead.end()
        if _STATES_AND_COUNTRIES.match(city) or _STATES_AND_COUNTRIES.match(city.title()) or _NOT_PLACE.match(city) or city.split()[-1] in _CREDS:
            continue
        spans.append(PhiSpan(start, m.end(g), "ADDRESS", 0.85, "city_state"))
    for m in _LOWER_CITY_STATE_ZIP.finditer(text):
        spans += [PhiSpan(m.start(1), m.end(1), "ADDRESS", 0.75, "city_state"), PhiSpan(m.start(2), m.end(2), "ADDRESS", 0.8, "zip")]
    for m in _CITY_STATE_POSTCODE.finditer(text):
        words = m.group(1).split()
        while words and (_NOT_PLACE.match(words[0]) or words[0] in _CREDS or _STATES_AND_COUNTRIES.match(words[0])):
            words = words[1:]  # "Dr", a credential or a state before the town is not part of it
        if words:
            city_start = m.end(1) - len(" ".join(words))
            spans.append(PhiSpan(city_start, m.end(1), "ADDRESS", 0.85, "city_state"))
        g = 2 if m.group(2) else 3
        spans.append(PhiSpan(m.start(g), m.end(g), "ADDRESS", 0.9, "zip"))
    for m in _TOWN_STATE_AFTER_COMMA.finditer(text):
        if not (_NOT_PLACE.match(m.group(1)) or m.group(1).split()[-1] in _CREDS or _STATES_AND_COUNTRIES.match(m.group(1))):
            spans.append(PhiSpan(m.start(1), m.end(1), "ADDRESS", 0.8, "city_state"))
    for m in _ZIP_AFTER_STATE.finditer(text):
        spans.append(PhiSpan(m.start(1), m.end(1), "ADDRESS", 0.95, "zip"))
    return spans


_COLUMN_GAP = re.compile(r"[ ]{3}|\t")


# A letter's dateline: the town it was written in, a comma and the date, alone on a line ("Lecce, 3 marzo 2025",
# "Bordeaux, le 4 mai 2024", "Springfield, March 3, 2025").
_DATELINE = re.compile(r"(?m)^[ \t]*([A-Z][^\W\d_]+(?:[ \t]+(?:[a-z]{1,3}[ \t]+)?[A-Z][^\W\d_]+){0,2}),[ \t]+"
                       r"(?=(?:(?:li|le|den|am|el)[ \t]+)?\d{1,2}\.?[ \t]+[^\W\d_]+\.?,?[ \t]+(?:19|20)\d{2}[ \t]*$|"
                       r"[A-Z][a-z]+\.?[ \t]+\d{1,2},?[ \t]+(?:19|20)\d{2}[ \t]*$|\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d{2}[ \t]*$)")
_NOT_DATELINE = re.compile(r"(?i)^(?:date[sd]?|signed|received|sent|printed|faxed|monday|tuesday|wednesday|thursday|friday|"
                           r"saturday|sunday|today|dos|dob|updated|revised|effective)$")


def find_places(text: str) -> list[PhiSpan]:
    """Text -> spans of streets, cities, counties, ZIPs and prose locations; states stay."""
    text = blanks_as_spaces(text)
    spans = []
    for m in _STREET_NUMBERED.finditer(text):
        gap = _COLUMN_GAP.search(m.group())
        if gap and not _STREET_NUMBERED.fullmatch(m.group()[:gap.start()].rstrip()):
            continue  # "4 of 5    Dr. Ames": a score and a title in two columns of a table, not a street
        spans.append(PhiSpan(m.start(), m.end(), "ADDRESS", 0.95, "street"))
        town = _town_after(text, m.end())
        spans += town + neighbourhood_after(text, m.end())
        if town:  # "..., Easton 18042 (Lake-Pointe towers)": the neighbourhood may follow the town, its state and ZIP
            rest = re.match(r"(?:,?[ \t]+[A-Z]{2})?(?:,?[ \t]+\d{5}(?:-\d{4})?)?", text[town[-1].end:])
            spans += neighbourhood_after(text, town[-1].end + rest.end())
    for m in _STREET_FIRST.finditer(text):
        spans.append(PhiSpan(m.start(), m.end(), "ADDRESS", 0.9, "street"))
        spans += _town_after(text, m.end())
    for m in _STREET_NAMED.finditer(text):
        if not _COURT_INSTITUTION.search(m.group()) and not _NOT_PLACE.match(m.group()):
            spans.append(PhiSpan(m.start(), m.end(), "ADDRESS", 0.75, "street_named"))
    for m in _STREET_LOWER.finditer(text):
        spans.append(PhiSpan(m.start(1), m.end(1), "ADDRESS", 0.7, "street_lower"))
    for m in _STREET_NUMBERED_LOWER.finditer(text):
        spans.append(PhiSpan(m.start(), m.end(), "ADDRESS", 0.7, "street_lower"))
        spans += _town_after(text, m.end())
    spans += [PhiSpan(m.start(1), m.end(1), "ADDRESS", 0.75, "dateline") for m in _DATELINE.finditer(text)
              if not _NOT_DATELINE.match(m.group(1))]
    spans += [PhiSpan(m.start(), m.end(), "ADDRESS", 0.7, "landmark") for m in _LANDMARK.finditer(text)]
    spans += [PhiSpan(m.start(), m.end(), "ADDRESS", 0.8, "street") for m in _INTERSECTION.finditer(text)]
    spans += [PhiSpan(m.start(1), m.end(1), "ADDRESS", 0.75, "street") for m in _ORDINAL_CORNER.finditer(text)]
    spans += [PhiSpan(m.start(1), m.end(1), "ADDRESS", 0.7, "street") for m in _COMPASS_STREET.finditer(text)]
    spans += [PhiSpan(m.start(), m.end(), "ADDRESS", 0.85, "route") for m in _ROUTE.finditer(text)]
    spans += [PhiSpan(m.start(), m.end(), "ADDRESS", 0.85, "route") for m in _MARKER.finditer(text)]
    spans += [PhiSpan(m.start(1) + 1, m.end(1), "ADDRESS", 0.7, "route") for m in _ROAD_NUMBER.finditer(text)]
    spans += [PhiSpan(m.start(), m.end(), "ADDRESS", 0.85, "street") for m in _BOX.finditer(text)]
    spans += [PhiSpan(m.start(), m.end(), "ADDRESS", 0.9, "coordinates") for m in _DMS.finditer(text)]
    spans += [PhiSpan(m.start(), m.end(), "ADDRESS", 0.9, "street") for m in _COORDINATES.finditer(text)
              if any(abs(float(v)) >= 10 for v in re.findall(r"-?\d+\.\d+", m.group()))]  # "0.5000, 0.2500" are figures
    spans += [PhiSpan(m.start(), m.end(), "ADDRESS", 0.8, "street") for m in _LEVEL_BEFORE.finditer(text)]
    spans += _city_spans(text) + find_streets_alone(text) + find_plots(text) + find_storefronts(text)
    spans += find_dwelling_units(text)  # "the woman in 4B", "Walt (rm 14B)"
    spans += [PhiSpan(m.start(), m.end(), "ADDRESS", 0.85, "county") for m in _COUNTY.finditer(text)]
    spans += [PhiSpan(m.start(1), m.end(1), "ADDRESS", 0.8, "county") for m in _COUNTY_FIELD.finditer(text)
              if not _STATES_AND_COUNTRIES.match(m.group(1)) and not _NOT_PLACE.match(m.group(1))]
    spans += [PhiSpan(m.start(1), m.end(1), "ADDRESS", 0.8, "street") for m in _UNIT_ALONE.finditer(text)]
    for m in _PROSE.finditer(text):
        place = m.group(1)
        start = m.start(1) + (4 if place.startswith("the ") else 0)
        if not _NOT_PLACE.match(place) and not _STATES_AND_COUNTRIES.match(text[start:m.end(1)]):
            spans.append(PhiSpan(start, m.end(1), "ADDRESS", 0.6, "prose_place"))
    return drop_not_addresses(text, spans)  # "RR 16" beside "HR 118", "10:52 CT"


_LOWER_PLACE = re.compile(r"\b(?:in|from|near|outside|to|off|around)\s+([a-z]{4,})\b")
# Latin phrases that begin with "in" name a way of working, not a town: "in vivo exposure", "in utero", "in loco parentis".
_LATIN_AFTER_IN = {"vivo", "vitro", "situ", "utero", "toto", "absentia", "loco", "extremis", "camera", "silico", "memoriam"}
# a full stop after a word of two or more small letters ends a sentence ("Optum. Step"); "St. Mary" and "J. Doe" go on
_SENTENCE_END = re.compile(r"(?<=[a-z]{2})\.\s+")
_AT_ORG = re.compile(r"\b(?:at|with|from|for)\s+((?:[A-Z][\w'’.-]*\s(?:of\s|&\s|the\s|de\s)?){1,4}[A-Z][\w'’.-]*)")


def find_unfamiliar_places(text: str, vocab: Vocabulary) -> list[PhiSpan]:
    """Places and organisations told only by an unfamiliar word: "in millbrook", "at Safe Harbor of Lamoille"."""
    spans = []
    for m in _LOWER_PLACE.finditer(text):
        word = m.group(1)
        if not vocab.is_word(word) and not vocab.is_first_name(word) and word not in vocab.clinical \
                and word not in _LATIN_AFTER_IN:  # "to approx. 10/01"
            spans.append(PhiSpan(m.start(1), m.end(1), "ADDRESS", 0.55, "unfamiliar_place"))
    for m in _AT_ORG.finditer(text):
        phrase = _SENTENCE_END.split(m.group(1))[0]  # "from Optum. Step-down to IOP": a name ends at its sentence
        words = [w.strip(".,") for w in phrase.split()]
        if len(words) >= 2 and any(w[:1].isupper() and not vocab.is_word(w) for w in words[1:]) \
                and not _NOT_PLACE.match(phrase):
            spans.append(PhiSpan(m.start(1), m.start(1) + len(phrase), "ORGANIZATION_LINKED", 0.55, "unfamiliar_org"))
    # "Fieldstone Therapy, Boise ID", "the Augusta branch"; "son Dale of Fargo", a bill's "COLUMBUS OH" cell
    return spans + find_office_towns(text, vocab) + find_residences(text, vocab)
