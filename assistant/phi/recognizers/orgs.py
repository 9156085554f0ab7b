"""Organisations that place a person: employer, school, church, local practice or hospital."""

from __future__ import annotations

import re
from pathlib import Path

from assistant.phi.clinical_words import file_words
from assistant.phi.lexicon import STATE_NAME_RE
from assistant.phi.recognizers.aligned import blanks_as_spaces
from assistant.phi.recognizers.head_first import find_head_first
from assistant.phi.recognizers.world_orgs import find_world_orgs
from assistant.records import PhiSpan


def _therapy_group(words: list[str]) -> bool:
    """ "PSYCHODRAMA GROUP", "DBT SKILLS GROUP": a group named by its therapy is a session's kind, not an organisation."""
    return words[-1].rstrip(".,").upper() in ("GROUP", "GROUPS") and len(words) >= 2 \
        and all(w.lower().strip(".,") in file_words() or w.lower() in ("skills", "process", "therapy", "support") for w in words[:-1])

_HEADS = (
    "Counseling", "Counselling", "Services", "Service", "Schools", "School", "High", "Elementary",
    "Middle", "Academy", "College", "University", "Pediatrics", "Hospital", "Clinic", "Center",
    "Centre", "Health", "Healthcare", "Fellowship", "Parish", "Church", "Chapel", "Temple",
    "Synagogue", "Mosque", "Ministries", "Society", "Club", "Partners", "House", "Exchange",
    "Tavern", "Realty", "Gardens", "Storage", "Associates", "Care", "Recovery", "Wellness", "Deli",
    "Bakery", "Department", "Dept", "Water", "General", "Memorial", "Air", "Pavilion", "PLLC", "LLC",
    "Inc", "Group", "Practice", "Institute", "Foundation", "Agency", "Library", "Company", "Co",
    "Corp", "Corporation", "Supply", "Market", "Store", "Restaurant", "Cafe", "Café", "Diner",
    "Bank", "Plant", "Farm", "Farms", "Ranch", "Lumber", "Motors", "Logistics", "Construction",
    "Manufacturing", "Industries", "Solutions", "Systems", "Technologies", "Studio",
    "Studios", "Salon", "Spa", "Gym", "Fitness", "Hotel", "Inn", "Resort", "Casino", "Factory",
    "Warehouse", "Shop", "Garage", "Auto", "Pharmacy", "Dental", "Psychiatry",
    "Psychology", "Psychiatric", "Behavioral", "Program", "Programs", "Residence", "Home",
    "Shelter", "YMCA", "Daycare", "Preschool", "Montessori", "Seminary", "Conservatory",
    "Cooperative", "Co-op", "Works", "Firm", "Office", "Station", "Enterprises", "Trust",
    "Brewing", "Brewery", "Grill", "Pub", "Bar", "Kitchen", "Pizza", "Coffee", "Bistro",
    "Collective", "Collaborative", "Architects", "Tabernacle", "Assembly", "Congregation", "Cathedral", "Ministry",
    "Wash", "Cleaners", "Landscaping", "Plumbing", "Electric", "Roofing", "Dentistry", "Veterinary",
    "Kennel", "Hardware", "Outfitters", "Boutique", "Mill", "Mills", "Foods", "Grocery", "Mart",
    "Depot", "Transit", "Transport", "Trucking", "Freight", "Bakery", "Cafeteria", "Camp", "Lodge",
    "Medicine", "Lines", "Movers", "Moving", "Nails", "Barbershop", "Laundromat", "Dealership", "Salon",
    "Living", "Nursing", "Rehabilitation", "Rehab", "Corps", "District", "Union", "Hospice", "Residences",
    "Yard", "Terminal", "Depot", "Lube", "Tow", "Salvage", "Tack", "Feed", "Orchard", "Orchards", "Vineyard",
    "Unit", "Head Start", "Early Learning", "Learning Center", "Ward", "Table", "Drug", "Drugs", "Upholstery",
    "Glass", "Nutrition", "Body", "Fabrication", "Creamery", "Taqueria", "Cantina", "Steel", "Tire", "Tires",
    "Police", "Facility", "Preparatory", "Lofts", "Apartments", "Commons", "Sheriff's Office",
    "Laboratory", "Laboratories", "Lab", "Labs", "Connection", "Connections", "Connect", "Network", "Alliance",
    "Coalition", "Council", "CMHC", "FQHC", "CMHA", "CSB", "Authority", "Mission", "Lounge", "Saloon", "Taproom",
    "Tap", "Cantina", "Nightclub", "Arena", "Stadium", "Rink", "Pool", "Marina", "Motel", "Hostel", "Cemetery",
    "Research", "Fertility", "Transportation", "Grange", "Homes", "Outreach", "Charities",
    # a church named by its denomination, a plaza, a clinic named "... Medical", a store called a barn
    "Lutheran", "Methodist", "Baptist", "Episcopal", "Presbyterian", "Pentecostal", "Plaza", "Medical", "Barn",
    # a psychosocial clubhouse, an ambulance service, a fraternity's or a society's chapter
    "Clubhouse", "Paramedics", "Ambulance", "Chapter",
    # an adult day program named without "program" ("Linden Court Adult Day")
    "Adult Day",
    # a homeowners' association, an old-style pharmacy, an opioid treatment program, a child guidance clinic, a
    # community's behavioral health site ("Foothill BH"); a crisis team is generic ("Mobile Crisis Team")
    "Association", "Apothecary", "OTP", "Guidance", "BH",
    # a practice named for its doctors or its surgery ("Brookfield Record Physicians", "Lakeview Facial Plastics"); an
    # assertive community treatment team named for its area ("Ridgeline ACT Team")
    "Physicians", "Surgeons", "Plastics", "ACT Team", "FACT Team", "PACT Team",
    # a landlord or a trade named for its work in the plural ("Kestrel Lane Properties", "Harbor Point Divers"), a
    # community action agency, a hospital network ("Cedar Valley Health System")
    "Properties", "Property Management", "Rentals", "Leasing", "Divers", "Builders", "Contractors", "Painters",
    "Printers", "Bindery", "Community Action", "Health System", "Healthcare System", "Medical System",
    # a business named for its trade or sport ("Brightwater Cleaning", "Summit Tumbling Gymnastics"), a county's
    # law office called by its officer ("Harlan County Sheriff"), a school district written short ("Elm Valley ISD")
    "Cleaning", "Janitorial", "Gymnastics", "Sheriff", "ISD", "CISD", "USD",
    # an employer named for its industry ("Sunrise Poultry Processing", "Cobalt Harbor Software", "Lumen Ridge Biotech")
    "Processing", "Packing", "Packers", "Poultry", "Meats", "Software", "Biotech", "Pharmaceuticals", "Aerospace",
    # a site named for the tests it runs ("Cottonwood Regional Imaging", "Summit Diagnostics", "Bayside Urgent Care")
    "Imaging", "Radiology", "Diagnostics", "Urgent Care",
    # a place a person drops into or rests at ("Lantern Youth Drop-In", "Cedar Hollow Respite"), a food pantry
    "Drop-In", "Drop-in", "Respite", "Pantry",
)
# More heads kept as data: emergency services, shops named for their goods, congregations (data/org_heads.txt).
_HEADS += tuple(line.split("#", 1)[0].strip() for line in (Path(__file__).resolve().parent.parent / "data" / "org_heads.txt")
                .read_text(encoding="utf-8").splitlines() if line.split("#", 1)[0].strip())
_HEAD_RE = r"(?:" + "|".join(re.escape(h) for h in sorted(_HEADS, key=len, reverse=True)) + r")"
# "&" may come as the entity "&amp;" in an XML or HTML export: "Fenwick Tool &amp; Die"
_WORD = r"(?:[A-Z][\w'’.-]*|&amp;|&|of|the|and|de|la|St\.)"
# Words of one name sit on one line: "ZK8830215\nService:" is an ID and a label, not an organisation.
# A name runs on after its head word: "Lantern House Center for Grieving Children of Esker Falls".
_TAIL = (r"(?:[ ](?:for|of)[ ](?:the[ ])?(?!%s)[A-Z][\w'’-]*(?:[ ](?!%s)[A-Z][\w'’-]*){0,3}){0,2}"
         % ((r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)",) * 2))
# A Nguni place name keeps its locative prefix in lowercase before its capital ("eThekwini Mind Clinic", "kwaDukuza
# Youth Centre"): the name still opens the organisation.
_ORG = re.compile(rf"\b(?:(?:e|kwa)(?=[A-Z][a-z]{{3}}))?(?:[A-Z][A-Za-z'’.-]*[ \t](?![ \t]))(?:{_WORD}[ \t](?![ \t])){{0,5}}{_HEAD_RE}\b{_TAIL}(?:,?[ \t]+(?:PLLC|LLC|Inc\.?|PC|P\.C\.|LLP))?"
                  r"(?:[ \t]+No\.?[ \t]?\d{1,4}\b)?")  # "Peabody Hollow Mine No. 7"
# "VFW Post 9120", "American Legion Post 12", "Halvern County Circuit Court", "MARLOW TOWNSHIP YOUTH COURT"
_POST_OR_COURT = re.compile(r"\b(?:[A-Z][\w'’-]+[ \t]+){1,3}(?:Post|Lodge|Chapter|Local)[ \t]+\d{1,5}\b|"
                            # a caption's small words name no court: "IN THE JUVENILE COURT OF ..."
                            r"\b(?:(?!(?i:in|the|of|for|and|before|to|at)\b)[A-Z][\w'’-]+[ \t]+){1,3}(?i:Circuit|District|Superior|Family|Juvenile|Probate|Municipal|Drug|"
                            r"Mental Health|Treatment|Veterans|County|City|Magistrate|Justice|Tribal|Teen|Youth|Peer|Community|"
                            r"Housing|Recovery|Domestic Relations|Small Claims)[ \t](?i:Court)\b")
# A crew or vehicle of a fire or ambulance service called by its station's name and number: "Lakeside Medic 4",
# "North Fork Engine 12", "Cedar Hill Rescue 3" (a bare "Engine 12" names no place)
_APPARATUS = re.compile(r"\b(?:[A-Z][\w'’-]+[ \t]+){1,3}(?:Medic|Engine|Ladder|Rescue|Squad|Ambulance|Truck|Tower|Brush|"
                        r"Tanker|Battalion|Unit)[ \t]+\d{1,3}\b")
_AMPERSAND = re.compile(r"\b[A-Z][\w'’-]+ (?:&amp;|&) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}")
_ORG_CAPS = re.compile(r"\b[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'&.-]+(?:[ \t][A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'&.-]+){1,6}\b")  # one space: wider gaps are columns
# Spanish names put the head first: "CLÍNICA PSICOSOCIAL DEL NORESTE", "CENTRO DE SALUD ..."
_CAPS_HEADS_FIRST = {"CLÍNICA", "CLINICA", "CENTRO", "HOSPITAL", "INSTITUTO", "FUNDACIÓN", "FUNDACION", "ASOCIACIÓN",
                     "ASOCIACION", "IGLESIA", "ESCUELA", "COLEGIO", "FARMACIA",
                     # ... and English ones whose name follows the head: "CAMP TAMARACK LAKE", "GURDWARA SAHIB OF ..."
                     "CAMP", "GURDWARA", "MASJID", "MANDIR",
                     # ... and Italian ones: "AZIENDA SANITARIA LOCALE ...", "OSPEDALE CIVILE DI ..."
                     "AZIENDA", "OSPEDALE", "ISTITUTO", "CONSULTORIO", "POLICLINICO",
                     # ... French, German and Portuguese ones: "CENTRE HOSPITALIER ...", "KLINIKUM ...", "ESCOLA ..."
                     "CENTRE", "HÔPITAL", "HOPITAL", "CLINIQUE", "ÉCOLE", "ECOLE", "LYCÉE", "LYCEE", "COLLÈGE", "UNIVERSITÉ",
                     "LABORATOIRE", "INSTITUT", "MAISON", "KLINIKUM", "KLINIK", "KRANKENHAUS", "ESCOLA", "IGREJA"}
# A practice in capitals may end in its service ("NORTHSHORE FAMILY THERAPY"); a phrase that only names a kind of care
# ("COGNITIVE BEHAVIORAL THERAPY") is dropped later by org_phrases.descriptive.
_CAPS_HEADS = {h.upper() for h in _HEADS} | {"THERAPY", "THERAPIES", "PSYCHOTHERAPY", "DERMATOLOGY", "ORTHOPEDICS",
                                               "ORTHOPAEDICS", "CARDIOLOGY", "NEUROLOGY", "ONCOLOGY", "RADIOLOGY", "UROLOGY",
                                               "AESTHETICS", "SURGICAL", "SURGERY", "OPHTHALMOLOGY", "GASTROENTEROLOGY",
                                               "REGIONAL"}  # a hospital on a wristband or a Kardex: "MERCY HOLLISTER REGIONAL"
CAPS_HEADS = frozenset(_CAPS_HEADS)  # a kind of place in capitals ("CMHC", "CLINIC"): never one organisation's initials
# A payer's name runs on into "Plan", "Plans" or "Insurance": a clinical fact kept, not a local organisation.
_PAYER_AFTER = re.compile(r"[ \t]+(?:Health[ \t]+)?(?:Plans?|Insurance|Assurance)\b|[ \t]+HEALTH[ \t]+PLANS?\b")
# Lowercase notes: "his new job at millbrook lumber & supply".
_ORG_LOWER = re.compile(
    rf"\b(?:job|works?|working|worked|employed|employer|hired|shift|shifts|attends|attending|enrolled|"
    rf"student|teacher|nurse|volunteers?|volunteering|therapy|counseling|seen|sees|continues|appointments?|appt|"
    rf"referred|referral|admitted|discharged|program|"
    # where a client goes for care, in a texting or a diary voice: "started with meg at pioneer valley counseling"
    rf"started|starting|began|seeing)\b[^.\n]{{0,16}}?\b(?:at|for|with|by|to|from)\s+"
    # a head word alone ("counseling with office-based care", "seen at clinic") names nobody: one name word first
    rf"((?:(?!(?:at|for|with|by|to|from|and|the|a|an|her|his|their|our|my|this|that|its)\b)[a-z][\w'’-]*\s+(?:(?:&|and)\s+)?){{1,4}}"
    rf"(?:{_HEAD_RE.lower()}))\b")
# National and public bodies that place nobody; payers are kept as clinical facts.
_NEUTRAL = re.compile(
    r"^(?:Social Security|Veterans|VA|Department of (?:Veterans|Health|Labor|Education)|"
    r"Medicare|Medicaid|Centers for|National|American|Alcoholics Anonymous|Narcotics Anonymous|"
    r"Blue Cross|Blue Shield|Optum|Aetna|Cigna|Evernorth|Anthem|Carelon|Magellan|Kaiser|Humana|"
    r"UnitedHealthcare|United Healthcare|Behavioral Health UM|Behavioral Health$|Mental Health$|"
    r"Community Mental Health$|(?:Mental|Behavioral) Health(?:care)? Systems?$|Crisis Text|Crisis Line|Planned Parenthood|Walmart|Target|Costco|"
    r"Amazon|Starbucks|McDonald|Home Depot|Best Buy|The Joint Commission|Joint Commission|CMS|"
    r"Child Protective Services|Adult Protective Services|Family Justice Center$|DMV|IRS|"
    r"State of|Medical Necessity|Clinical Information|Prior Authorization|Utilization|"
    r"Level of Care|Peer Support|Treatment Plan|Progress Note|Discharge|Intake|Group Therapy|"
    r"Family Therapy|Parenting Group|Individual|Partial Hospital|Intensive Outpatient|Outpatient|"
    r"Residential|Inpatient|[FP]?ACT Team$|Children['’]s (?:Medicaid|Services$|Mental Health$))(?![\w'’])", re.I)  # whole words: "Va" of "Valley Oak Medical Center" is no VA
NEUTRAL = _NEUTRAL  # for the shape rules in org_shapes.py


# A business or school named with no head word, after what ties the person to it: "works weekends at Kettle Corner
# Thrift", "interns for Blackwood Survey Partners", "junior at Ball State", "coaches at Fox River Youth Soccer".
_NAME_RUN = r"([A-Z][\w'’-]*(?:[ \t]+(?:(?:of|the|and|&|de)[ \t]+)?[A-Z][\w'’-]*){1,4})"
_AFFILIATION = re.compile(r"\b(?i:works?|working|worked|employed|volunteers?|volunteering|coach(?:es|ing)?|interns?|interning|"
                          r"studies|studying|enrolled|student|job|shifts?)\b[^.;:\n]{0,40}?\b(?:at|for)[ \t]+" + _NAME_RUN)
# A staff member's post at a place named with no head word: "the intake lead at Juniper Crossing", "a peer
# navigator at Eastbank Assertive Community Treatment" ("at" only: "therapist for Cognitive Processing" is a kind of care).
_ROLE_AT = re.compile(r"\b(?i:lead|manager|director|supervisor|coordinator|counsel+or|therapist|clinician|case ?worker|"
                      r"social worker|nurse|teacher|aide|specialist|navigator|advocate|intern|chaplain|administrator)s?"
                      r"[ \t]+at[ \t]+" + _NAME_RUN)
# A university called by its state or town and "State" or "Tech": "at Boise State", "(20, at Georgia Tech)".
_STATE_SCHOOL = re.compile(r"\bat[ \t]+((?:[A-Z][a-z]+[ \t]+){1,2}(?:State|Tech))\b(?![ \t]+[A-Z])")
# A hospital known by its own name after a stay or a visit there: "ED visit at Mercy Ridge", "admitted to Saint Alder".
_CARE_EVENT = re.compile(r"\b(?:(?:ED|ER|emergency room|emergency department)(?:[ \t]+visits?)?[ \t]+(?:at|to)|"
                         r"(?:admitted|admission|hospitali[sz]ed|hospitali[sz]ation|inpatient|transferred|boarded)[ \t]+(?:to|at))"
                         r"[ \t]+([A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][a-z][\w'’-]*){0,3})")
# A children's hospital named by its own word: "Children's Mercy", "Children's Health Plano".
_CHILDRENS = re.compile(r"\bChildren['’]s[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][a-z][\w'’-]*){0,2}")
# A form's or a log's field whose label names a kind of organisation holds its name, with or without a head word:
# "Property: The Linden at Fairhaven", "program: Room-To-Grow of the Plains", "Center: Harbor Point Divers". A phrase
# that only names a kind of care ("Program: Dialectical Behavior Therapy") is dropped later by org_phrases.descriptive.
_ORG_LABEL = (r"property|complex|program|programme|agency|employer|school|practice|facility|center|centre|shop|company|"
              r"business|landlord|church|provider|store|dealer|gym|daycare|club|sponsor|vendor|host site|site|"
              # where a body or a pet goes after death, who holds a loan, where a prescription is filled
              r"crematory|crematorium|funeral home|mortuary|cemetery|lender|lienholder|lien holder|creditor|dispensary|pharmacy")
_LABELLED_ORG = re.compile(rf"(?:^|[ \t]{{2,}}|\|[ \t]*)(?i:{_ORG_LABEL})[ \t]*:[ \t]*((?:The[ \t])?[A-Z][\w'’&.-]*"
                           r"(?:[ \t](?:(?:of|the|at|on|and|&|de)[ \t])*[A-Z][\w'’&.-]*){1,5})", re.M)
_CALENDAR_WORD = re.compile(r"(?:[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?)+$")


def _cued_orgs(text: str) -> list[PhiSpan]:
    """Organisations named without a head word, told by the affiliation, stay or kind of hospital before them."""
    spans = []
    for pat, group, least in ((_LABELLED_ORG, 1, 2), (_AFFILIATION, 1, 2), (_ROLE_AT, 1, 2), (_STATE_SCHOOL, 1, 2), (_CARE_EVENT, 1, 1), (_CHILDRENS, 0, 2)):
        for m in pat.finditer(text):
            name = _CALENDAR_WORD.sub("", m.group(group))  # "at Swedish Aug": the month dates the visit
            if len(name.split()) >= least and not _NEUTRAL.match(name):
                spans.append(PhiSpan(m.start(group), m.start(group) + len(name), "ORGANIZATION_LINKED", 0.7, "org_cue"))
    return spans


# A residence or care home named by its own words, with what kind of home it is in brackets after: "The Linden at
# Fairhaven (assisted living)", "Maple Crest (group home)", "Harbor View (SNF)".
_HOME_KIND = ("assisted living|independent living|memory care|nursing home|nursing facility|skilled nursing|group home|"
              "adult family home|adult foster care|board and care|personal care home|sober living|halfway house|"
              "recovery residence|senior living|retirement community|residential|shelter|SNF|ALF|ILF|CCRC|LTC")
_NAME_THEN_KIND = re.compile(r"((?:The[ \t]+)?[A-Z][\w'’-]+(?:[ \t]+(?:(?:at|of|on|the|by)[ \t]+)?[A-Z][\w'’-]+){0,4})"
                             rf"[ \t]*\((?i:{_HOME_KIND})\)")


_NUMBERED_HEADING = re.compile(r"(?:^|\n)[ \t]*(?:\d{1,2}|[IVX]{1,4}|[A-H])[.)][ \t]+$")


def _plausible(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and not _NEUTRAL.match(name)


def _row_of_cells(text: str, pos: int) -> bool:
    """The line at pos holds two or more tabs: a row of tab-separated cells."""
    start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    return text.count("\t", start, end if end >= 0 else len(text)) >= 2


def _head_of(words: list[str]) -> bool:
    """A name in capitals whose head word is followed by what it is of: "BRAYFORD CONSERVATORY OF DANCE" (a state's
    or a nation's department or office is public and stays: "OHIO DEPARTMENT OF HEALTH")."""
    for i in range(1, len(words) - 2):
        if words[i] in _CAPS_HEADS and words[i + 1] == "OF" and words[i] not in _PUBLIC_HEADS \
                and not re.fullmatch(rf"(?:{STATE_NAME_RE}|UNITED STATES|STATE|U\.S\.)", " ".join(words[:i]), re.I):
            return True
    return False


# A state's own department or office is public and names nobody: "NEW MEXICO DEPARTMENT OF HEALTH"
_STATE_OFFICE = re.compile(rf"(?i:{STATE_NAME_RE}|STATE)[ \t]+(?:DEPARTMENT|DEPT\.?|OFFICE|DIVISION|BUREAU|BOARD)[ \t]+OF\b")
_PUBLIC_HEADS = {"DEPARTMENT", "DEPT", "OFFICE", "DISTRICT", "COUNCIL", "AUTHORITY", "UNION", "BUREAU"}


def find_orgs(text: str) -> list[PhiSpan]:
    """Text -> spans of named local organisations (by their head word: Clinic, School, Deli...)."""
    text = blanks_as_spaces(text)
    spans = []
    for m in _ORG.finditer(text):
        start = m.start()
        name = m.group()
        # "Colter Falls General" is the org; a leading "The"/"At" is not part of the name.
        # ... nor a pronoun's contraction: "It's Health First" names a plan, "She's Home" nobody's house
        lead = re.match(r"(?:the|At|From|To|In|With|For|And|Dear|Re|(?:It|That|There|Here|He|She|What|Who|Let)['’]s)\s+", name)
        if lead:
            start, name = start + lead.end(), name[lead.end():]
        if "\t" in name and _row_of_cells(text, start):
            cut = name.rindex("\t") + 1  # "N<tab>Rocky Mountain Health": a tab-separated row's columns are not one name
            start, name = start + cut, name[cut:]
        if re.search(r"\bUnit$", name) and re.match(r"[ \t]+#?\d", text[m.end():]):
            continue  # "Driver of Unit 2": a crash report's numbered vehicle (or a flat's number), not a ward
        if _plausible(name) and not _PAYER_AFTER.match(text, m.end()):
            spans.append(PhiSpan(start, m.end(), "ORGANIZATION_LINKED", 0.75, "org_head"))
    for m in _ORG_CAPS.finditer(text):
        words = re.split(r"\s", m.group())
        name = m.group()
        numbered = _NUMBERED_HEADING.search(text, 0, m.start()) or (
            re.match(r"(?:[A-H]|[IVX]{1,4})[.)][ \t]", name) and re.search(r"(?:^|\n)[ \t]*$", text[:m.start()]))
        if numbered and re.match(r"[ \t]*:?[ \t]*(?:\n|$)", text[m.end():]):
            continue  # "6. PRIOR TREATMENT AND LEVEL OF CARE": a form's numbered section heading, not an organisation
        legal = re.match(r",?[ \t]+(?:LLC|PLLC|LLP|INC|LTD|P\.C\.|CORP)\b", text[m.end():m.end() + 8])  # a legal form names a business
        if (_head_of(words) or words[-1].rstrip(".,") in _CAPS_HEADS or " ".join(words[-2:]) in _CAPS_HEADS or words[0] in _CAPS_HEADS_FIRST and len(words) >= 3 or legal) and len(words) >= 2 \
                and not _NEUTRAL.match(name) and not _therapy_group(words) and not _STATE_OFFICE.match(name):
            spans.append(PhiSpan(m.start(), m.start() + len(name), "ORGANIZATION_LINKED", 0.75, "org_caps"))
    for m in _POST_OR_COURT.finditer(text):
        spans.append(PhiSpan(m.start(), m.end(), "ORGANIZATION_LINKED", 0.75, "org_head"))
    for m in _APPARATUS.finditer(text):
        start = m.start() + len(re.match(r"(?:(?:The|the|By|by|To|to|From|from|With|with)[ \t]+)?", m.group()).group())
        spans.append(PhiSpan(start, m.end(), "ORGANIZATION_LINKED", 0.7, "org_head"))
    for m in _AMPERSAND.finditer(text):
        if not _NEUTRAL.match(m.group()):
            spans.append(PhiSpan(m.start(), m.end(), "ORGANIZATION_LINKED", 0.7, "org_head"))
    for m in _ORG_LOWER.finditer(text):
        if all(w.capitalize() in _HEADS for w in m.group(1).split()):
            continue  # "went to high school": a kind of school, no school's name
        spans.append(PhiSpan(m.start(1), m.end(1), "ORGANIZATION_LINKED", 0.6, "org_lower"))
    spans += [PhiSpan(m.start(1), m.end(1), "ORGANIZATION_LINKED", 0.7, "org_kind") for m in _NAME_THEN_KIND.finditer(text)
              if not _NEUTRAL.match(m.group(1))]
    return spans + _cued_orgs(text) + find_head_first(text) + find_world_orgs(text)
