"""Word lists shared by the recognizers: months, states, street words, titles, credentials."""

from __future__ import annotations

import re
from pathlib import Path

MONTHS_FULL = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
# "Sept" before "Sep" so the longer form wins in an alternation.
MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec")
MONTH_RE = r"(?:" + "|".join(MONTHS_FULL) + "|" + "|".join(a + r"\.?" for a in MONTH_ABBR) + r")"

STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas",
    "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts",
    "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
    "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey",
    "NM": "New Mexico", "NY": "New York", "NC": "North Carolina", "ND": "North Dakota",
    "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island",
    "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah",
    "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia",
    "WI": "Wisconsin", "WY": "Wyoming", "DC": "District of Columbia", "PR": "Puerto Rico",
}
STATE_ABBR_RE = r"(?:" + "|".join(STATES) + r")"
STATE_NAME_RE = r"(?:" + "|".join(sorted(STATES.values(), key=len, reverse=True)) + r")"
COUNTRIES = {"united states", "usa", "us", "america", "canada", "mexico", "uk", "england",
             "ireland", "india", "china", "japan", "korea", "vietnam", "philippines", "nigeria",
             "ghana", "germany", "france", "italy", "spain", "brazil", "guatemala", "honduras",
             "el salvador", "puerto rico", "cuba", "haiti", "jamaica", "poland", "ukraine",
             "russia", "iran", "iraq", "afghanistan", "somalia", "ethiopia", "kenya", "norway",
             "sweden", "iceland", "portugal", "greece", "israel", "egypt", "pakistan"}

STREET_WORDS = ("Street", "St", "Avenue", "Ave", "Road", "Rd", "Lane", "Ln", "Drive", "Dr",
                "Court", "Ct", "Circle", "Cir", "Way", "Row", "Loop", "Place", "Pl", "Boulevard",
                "Blvd", "Terrace", "Ter", "Parkway", "Pkwy", "Highway", "Hwy", "Trail", "Trl",
                "Path", "Square", "Sq", "Pike", "Alley", "Run", "Crossing", "Xing", "Point", "Pt",
                "Ridge", "Hollow", "Bend", "Cove", "Walk", "Mews", "Close", "Crescent", "Heights",
                "Route", "Rte", "Landing", "Spur", "Wharf", "Commons", "Common", "Green", "Grove", "Park",
                "Hill", "Hills", "Glen", "Meadow", "Meadows", "View", "Vista", "Knoll", "Estates", "Harbor",
                "Shore", "Gate", "Pass", "Chase", "Manor", "Crest", "Field", "Fields", "Wood", "Woods",
                "Creek", "Brook", "Bluff", "Oval", "Plaza", "Junction", "Quay", "Yard", "Springs", "Mill",
                "Station", "Gardens")
# Street words in any case ("OSPREY TER", "Osprey Terrace"); the rest of a street name keeps its capitals.
STREET_RE = r"(?:" + "|".join(STREET_WORDS + tuple(w.upper() for w in STREET_WORDS)) + r")\.?"
# Units after a street, one or more: ", Apt 3B", ", Bldg C, 2nd Floor", ", Cottage 6", "^APT 4", " RM 214".
_UNIT_ONE = (r"(?:(?i:Apt|Apartment|Unit|Suite|Ste|Rm|Room|Bldg|Building|Lot|Floor|Fl|Space|Trailer|Cottage|Cabin|"
             r"Villa|Wing|Tower|Dept|Box|Slip|Site|Pod|Bed|PMB|Berth|Stall)\.?[ \t]*#?[ \t]*[A-Za-z0-9-]{1,6}|#[ \t]*[A-Za-z0-9-]{1,6}|"
             r"\d{1,2}(?:st|nd|rd|th)[ \t]+(?i:Floor|Fl)\.?)")
UNIT_RE = rf"(?:(?:(?:,|[ \t]*\^|[ \t]*[-–])?[ \t]*{_UNIT_ONE}(?![\w-])){{1,3}})"

# Honorifics and roles that sit right before a name.
TITLES = ("Dr", "Mr", "Mrs", "Ms", "Miss", "Mx", "Prof", "Officer", "Judge", "Sgt", "Det",
          "Deputy", "Coach", "Pastor", "Father", "Fr", "Rev", "Rabbi", "Imam", "Sister",
          "Brother", "Nurse", "Papa", "Nana", "Aunt", "Auntie", "Uncle", "Grandma", "Grandpa",
          "Counselor", "Principal", "Attorney", "Atty", "Captain", "Capt", "Lt", "Sheriff",
          "F/O", "Cpl", "Pvt", "Spc", "SSgt", "MSgt", "Ofc", "Tpr", "Cmdr", "Maj", "Col",  # ranks: "F/O AUSTIN J. PELLEGRINI"
          "1SG", "SFC", "SSG", "PFC", "PV2", "SGM", "CSM", "1LT", "2LT", "LTC", "CW2", "CW3", "TSgt", "SrA", "A1C",
          "PO1", "PO2", "PO3", "CPO", "LCpl", "GySgt", "ENS", "LTJG",  # Army, Air Force, Navy and Marine grades
          # Italian, Spanish, German and French honorifics ("Sig.ra DE LUCA Carla", "Dott.ssa Ferri", "Frau Keller")
          "Sig.ra", "Sig.na", "Dott.ssa", "Dott", "Prof.ssa", "Avv", "Sra", "Srta", "Herr", "Frau", "Mme", "Mlle")
# Clinical and academic credentials that follow a name ("Ruth Adebayo, LCSW").
CREDENTIALS = ("LCSW-R", "LCSW-C", "LCSW", "LICSW", "LISW", "LMSW", "MSW", "LPC", "LPCC",
               "LPC-S", "LCPC", "LMHC", "LMFT", "MFT", "LMFTA", "LCMHC", "LPCA", "LAC", "LCADC",
               "CADC", "LADC", "CASAC", "PharmD", "RPh", "BCPP", "PhD", "PsyD", "EdD", "MD", "DO", "NP", "PMHNP",
               "PMHNP-BC", "APRN", "RN", "LPN", "PA-C", "MA", "MS", "MEd", "M.Ed.", "BCBA",
               "LSW", "CSW", "QMHP", "ABPP", "DNP", "BSN", "MSN", "CPRS", "PT", "OT", "DPT",
               "LP", "LMHP", "LIMHP", "PLPC", "NCC", "CMHC",
               # a supervisor's designation after the licence ("LISW-S" in Ohio, "LPCC-S", "LMFT-S" in Texas)
               "LISW-S", "LPCC-S", "LMFT-S", "LCSW-S",
               # state licences of specialists, addiction counsellors and associates ("LSCSW" and "LCAC" in Kansas,
               # "LCDC" in Texas, "LICDC" in Ohio, "LAADC" in California, "LCSW-A" and "LCMHCA" in North Carolina)
               "LSCSW", "LCAC", "LMLP", "LCP", "LCDC", "LICDC", "LAADC", "LCSW-A", "LCMHCA", "LPC-A", "LMHCA", "LMFT-A", "CRC",
               # the health-information and privacy staff who sign disclosure logs and records replies
               "RHIA", "RHIT", "CHPC", "CHPS", "CHDA",
               # a bachelor's social-work degree, a funeral director's licence, a music teacher's national certificate
               "BSW", "BSSW", "FD", "NCTM")
CRED_RE = r"(?:" + "|".join(re.escape(c) for c in sorted(CREDENTIALS, key=len, reverse=True)) + r")"

# Job titles that stand after "Deputy", "Court" or a name and are no names: "Deputy Clerk", "Hospice Chaplain".
# Jobs whose holder a note names after a colon ("paralegal: Rhee", "peer mentor: dez"); never a name themselves.
JOB_TITLES = ("clerk", "registrar", "bailiff", "receptionist", "volunteer", "chaplain", "notary", "paralegal", "dispatcher",
              "ambassador", "mentor", "sponsor", "navigator", "liaison", "intern", "attorney", "atty", "secretary", "scribe")

# Words that name a relationship and are followed by the person's name ("her sister Abena").
RELATIONS = ("mother", "mom", "mum", "father", "dad", "sister", "brother", "son", "daughter",
             "wife", "husband", "partner", "spouse", "fiance", "fiancé", "fiancee", "fiancée",
             "boyfriend", "girlfriend", "ex", "ex-husband", "ex-wife", "ex-partner",
             "ex-boyfriend", "ex-girlfriend", "friend", "roommate", "cousin", "aunt", "uncle",
             "niece", "nephew", "grandmother", "grandfather", "grandma", "grandpa",
             "granddaughter", "grandson", "grandchild", "stepmother", "stepfather", "stepmom",
             "stepdad", "stepson", "stepdaughter", "coworker", "co-worker", "colleague", "boss",
             "manager", "supervisor", "teacher", "coach", "neighbor", "neighbour", "pastor",
             "therapist", "psychiatrist", "pediatrician", "pcp", "physician", "doctor", "nurse",
             "counselor", "counsellor", "advocate", "worker", "caseworker", "officer", "lawyer",
             "attorney", "principal", "lead", "bandmate", "bandmates", "classmate", "teammate",
             "child", "kid", "baby", "twins", "sibling", "siblings", "parents", "guardian",
             "caregiver", "aide", "director", "coordinator", "specialist", "mentor", "sponsor",
             "great-grandfather", "great-grandmother", "fiance(e)", "in-law", "stepsister",
             "stepbrother", "half-brother", "half-sister", "godmother", "godfather", "owner",
             "landlord", "tutor", "dietitian", "psychologist", "judge", "witness", "gf", "bf", "mgr",
             "sis", "bro", "hubby", "bff", "roomie", "fiancé(e)", "so", "ex-gf", "ex-bf", "children", "kids",
             "rep", "representative", "agent", "caller", "intern", "trainee", "co-signer",
             "foreman", "forewoman", "superintendent")  # a crew's boss: "foreman Curtis states ..."

# Occupations and roles a note may put before a person's quoted nickname ('the medic "Doc"', 'participant "Red"').
ROLE_WORDS = ("firefighter", "medic", "paramedic", "EMT", "deputy", "trooper", "soldier", "sailor", "marine", "airman",
              "veteran", "participant", "resident", "patient", "client", "driver", "bartender", "guard", "foreman",
              "crewmate", "crew member", "cellmate", "bunkmate", "buddy", "pal", "player", "member")

# Forms and plans a note says were signed or held on a date ("signed ROI 3/14", "MDS 10/15"): never a name or a score.
DOCUMENT_ACRONYMS = r"(?:%s)" % "|".join(
    w for w in (ln.split("#", 1)[0].strip() for ln in (Path(__file__).resolve().parent / "data" / "document_acronyms.txt")
                .read_text(encoding="utf-8").splitlines()) if w)


# LaTeX source ties words with "~" where prose has a space ("Oct.~14", "J.~Morales", "November~19"); the date and
# name rules read such a source with its ties as spaces (same offsets). Only a source with LaTeX commands in it:
# elsewhere "~" means "about" ("~3 weeks") or separates HL7 repetitions.
_LATEX = re.compile(r"\\(?:documentclass|begin|section|subsection|textbf|emph|hfill|vspace|url)\b|\\[a-z]+\{")
_TIE = re.compile(r"(?<=[A-Za-z.,])~(?=[A-Za-z0-9])")


def untie(text: str) -> str:
    """Text -> the same text with LaTeX ties read as spaces when it is LaTeX source (same length)."""
    return _TIE.sub(" ", text) if "~" in text and _LATEX.search(text) else text
