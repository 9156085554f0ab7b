"""Payer and plan names: clinical facts a letter must keep, listed or told by their shape or their field's label."""

from __future__ import annotations

import re

from assistant.phi.lexicon import STATE_NAME_RE, STATES
from assistant.phi.recognizers.orgs import _HEADS

_PAYERS = (  # a longer name before the shorter one it begins with ("Anthem HealthKeepers" before "Anthem")
    r"(?:Anthem )?HealthKeepers(?: Plus)?|(?:(?:[A-Z][a-z]+ ){1,2})?(?:Medicaid|Medicare)|"
    r"Blue Cross(?: and| &)? Blue Shield(?: of (?:[A-Z][a-z]+\s?){1,3})?|Blue Cross(?: of [A-Z][a-z]+)?|"
    r"Blue Shield(?: of [A-Z][a-z]+)?|BlueCross ?BlueShield|BlueShield|BlueCare|BCBS\w*|CalViva|Passport(?= Health)|Anthem(?: Blue Cross)?|Carelon|Elevance|Aetna|"
    r"Cigna(?: Healthcare)?|Evernorth|Optum|UnitedHealthcare|United Healthcare|UHC|UBH|Magellan|"
    r"Kaiser(?: Permanente)?|Humana|Medicare(?: Advantage| Part [ABCD])?|Medicaid|Medi-Cal|"
    r"MassHealth|TRICARE|Tricare|Molina|Centene|Ambetter|WellCare|Wellcare|Oscar(?=[ \t]+(?i:Health|Insurance|plan|member|PPO|HMO|EPO)\b)|EmblemHealth|"
    # Medicaid brands named after a state or a company word: "Wellpoint Iowa", "BlueChoice HealthPlan", "Iowa Total Care"
    r"Wellpoint(?: [A-Z][a-z]+)?|Blue ?Choice(?: HealthPlan| Health Plan)?|Healthy Blue|(?:[A-Z][a-z]+ )?Medical Assistance|"
    r"(?:[A-Z][a-z]+ ){1,2}(?:Total Care|Complete Health|Healthcare Connections|Health & Wellness)|"
    r"Healthfirst|Beacon|ComPsych|Premera|Regence|Harvard Pilgrim|Tufts|Point32Health|"
    r"Priority Health|Oxford|Geisinger|CareFirst|Florida Blue|Excellus|Independence Blue Cross|"
    r"Horizon(?: BCBSNJ)?|Wellmark|Highmark|MVP Health Care|MVP|CalOptima|L\.A\. Care|Amerigroup|"
    r"Caresource|CareSource|Sunshine Health|Simply Healthcare|Meridian|UPMC Health Plan|"
    r"Health ?Net|Sentara|Avera|SelectHealth|Medica|HealthPartners|Quartz|Dean Health|"
    r"Security Health|Network Health|Capital Blue|Presbyterian|Lucet|New Directions|Optima|TriWest|Triwest|"
    r"Health Alliance|Baylor Scott|Blue Care Network|BlueCross|Fidelis|Superior HealthPlan|Apple Health|"
    r"Peach State|Buckeye|Aetna Better Health|UnitedHealthcare Community Plan|Community Health Plan|"
    r"AmeriHealth(?: Caritas)?|Community Health Choice|Centennial Care|AHCCCS|SoonerCare|TennCare|KanCare|MaineCare|"
    r"BadgerCare|MinnesotaCare|PeachCare|HUSKY Health|Medicaid Managed Care|Harvard Pilgrim|Tufts Health|"
    r"Keystone First|Keystone HMO|Independence|Mass General Brigham Health Plan|Neighborhood Health Plan|"
    # Medicaid plans and regional insurers named like places or businesses
    r"Texas Children's Health Plan|Cook Children's Health Plan|Children's Community Health Plan|Bupa|Medibank|HCF|NIB|"
    r"CareOregon|Sunflower Health Plan|PacificSource(?: Health Plans)?|Montana Healthcare Programs|Health Share of Oregon|"
    r"Trillium Community Health Plan|IEHP|Inland Empire Health Plan|Partnership HealthPlan|CenCal Health|"
    r"Gold Coast Health Plan|UCare|Blue Plus|PreferredOne|Moda Health|Providence Health Plan|Allegiance Benefit Plan Management|"
    r"Paramount|Buckeye Health Plan|Louisiana Healthcare Connections|Magnolia Health|Nebraska Total Care|"
    r"Home State Health|Arizona Complete Health|Mercy Care|Banner University Family Care|Western Sky Community Care|"
    r"Sutter Health Plus|Sharp Health Plan|Western Health Advantage|Valley Health Plan|Santa Clara Family Health Plan|"
    r"Health Plan of San (?:Joaquin|Mateo)|Kern Family Health Care|Alameda Alliance for Health|San Francisco Health Plan|"
    r"Virginia Premier|Optima Health|Elderplan|VNS Health|MetroPlus|Molina Healthcare|"
    # state Medicaid programs with a brand of their own, and statutory sickness funds (Germany, Austria)
    r"Hoosier Healthwise|Hoosier Care Connect|Healthy Indiana Plan|MississippiCAN|Healthy Louisiana|Dr\. Dynasaur|"
    r"(?:[A-Z][a-z]+ )?Krankenkasse|AOK(?: [A-Z][a-z]+)?|Barmer|DAK-Gesundheit|IKK classic|ÖGK|"
    # dental and vision payers, national brands with a state's company after "of" ("Delta Dental of Wisconsin")
    r"Delta Dental|DentaQuest|United Concordia|Guardian Dental|MetLife Dental|Cigna Dental|Aetna Dental|Liberty Dental|"
    r"Dominion Dental|Sun Life Dental|EyeMed|Davis Vision|Superior Vision|VSP(?= Vision)|Avesis")
# A payer's name that begins another business's name is that business: "Meridian Title Company", "Oxford House Linden".
# Any business head word counts ("Buckeye Bindery", "Ambetter Roofing"), but not the words a plan's own name is made of.
_PLAN_WORDS = {"Health", "Healthcare", "Care", "Services", "Service", "Behavioral", "Medical", "Medicine", "Network", "Connect",
               "Connections", "Connection", "Alliance", "Group", "Program", "Programs", "Authority", "Unit", "Plaza", "Community Action",
               "Health System", "Healthcare System", "Medical System", "Options", "Solutions", "Systems", "Partners", "Trust", "BH"}
_BUSINESS_HEADS = "|".join(re.escape(h) for h in sorted(set(_HEADS) - _PLAN_WORDS, key=len, reverse=True))
_NOT_A_PAYER_AFTER = (r"(?![ \t](?:[A-Z][a-z]+[ \t]){0,2}(?:" + _BUSINESS_HEADS + r"|Company|Co\.?|Corp\.?|Corporation|Inc\.?|LLC|House|Bank|Realty|"
                      r"Title|Church|School|Academy|Apartments|Motors|Farm|Market|Store|Diner|Restaurant|Hotel|Inn|Lofts|"
                      r"Partners|Associates|Consulting|Holdings|Capital|Construction|Logistics|"
                      # ... and a street named after a place the payer is named for: "Oxford Road Private Clinic"
                      r"Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Drive|Boulevard|Blvd|Square|Crescent|Terrace|"
                      # ... and a town the payer is named like, with its police or its state: "Oxford PD", "Meridian, MS"
                      # ... or a township, a village or its fire company: "Meridian Twp. Fire Dept."
                      r"PD|FD|EMS|Police|Sheriff|Fire|Twp|Township|Village|Borough)\b|,[ \t]+(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IA|KS|KY|LA|ME|MD|MA|MI|MN|"
                      r"MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)\b"
                      r"(?![ \t]*\d{5}|[ \t]+Medicaid|(?<=ID)[ \t]*(?:[:#]|\w*\d|[A-Z]{2,}\b)))")  # "Blue Care Network, ID XKJ 4471": the member ID
_PAYER_NAME = re.compile(rf"\b(?:{_PAYERS})\b(?: Behavioral Health| Behavioral| Health Plans?| Healthcare| Health Care|"
           r" Health| Insurance| Community Plan| Medicare Advantage| of [A-Z][a-z]+| Blue ?Cross| Blue ?Shield|"
           r" by (?:[A-Z][a-z]+ )?(?:Healthcare|Health))*(?: UM| Appeals)?" + _NOT_A_PAYER_AFTER)


# A plan's name runs on after the payer: "Harvard Pilgrim Medicare Enhance", "Independence Blue Cross
# Keystone HMO", "Kaiser Permanente Northern California"; in capitals in EHR exports.
_PLAN_TAIL = r"(?:[ \t]+(?:HMO|PPO|EPO|POS|HMO-POS|PFFS|SNP|D-SNP))?(?:[ \t]*\((?:HMO|PPO|EPO|POS|HMO-POS|PFFS|D-SNP|C-SNP|SNP|PDP|MAPD|MA-PD|MA)\))?"
# A state's own program is named with the state: "Oregon Health Plan", "MO HealthNet", "Vermont Medicaid".
# A word of a plan's name ends where a word ends: the letters that begin the member ID after it are the ID's
# ("MaineCare MC77140928", "Keystone First KF-100277381", "Florida Blue XJF448102713").
_NOT_AN_ID = r"(?!\w|-[A-Za-z]*\d)"
# Any "... Health Plan(s)" is a payer, listed or not: "Sanford Health Plan ID ...", "Rocky Mountain Health Plans".
_HEALTH_PLAN = re.compile(r"\b(?:[A-Z][A-Za-z-]+[ \t]+){1,3}Health[ \t]+Plans?\b")
_STATE_PLAN = re.compile(r"\b(?:" + "|".join(sorted(STATES.values(), key=len, reverse=True)) + "|" + "|".join(STATES) +
                         r")[ \t]+(?:Health[ \t]?Net|Health Plan|Medicaid|Medical Assistance|Health Care Plan)\b")
_PLAN = re.compile(rf"\b(?:{_PAYERS})\b{_NOT_A_PAYER_AFTER}(?:[ \t]+(?:of[ \t]+|and[ \t]+|&[ \t]+)?(?:[A-Z][a-z]+(?:[A-Z][a-z]+)*|[A-Z]{{2,6}}|Plan [A-Z0-9]{{1,2}}){_NOT_AN_ID})*"
                   + _PLAN_TAIL)
_PLAN_CAPS = re.compile(rf"\b(?i:{_PAYERS})\b{_NOT_A_PAYER_AFTER}(?:[ \t]+(?:OF[ \t]+|AND[ \t]+|&[ \t]+)?(?:[A-Z]{{2,}}|PLAN [A-Z0-9]{{1,2}}){_NOT_AN_ID})*"
                        + _PLAN_TAIL)


# The value of a payer field names a payer, even one we do not list: "Insurance: Sagebrush Health Plan",
# "Medi-Cal (via CalViva Health)", "Carrier: Prairie Mutual Insurance".
_PAYER_FIELD = re.compile(r"(?i:\b(?:payer|insurance|insurer|carrier|health plan|mco|managed care(?: plan)?)[ \t]*[:=][ \t]*"
                          # ... and in prose: "her coverage is Lakeview Health", "insured through Prairie Mutual Insurance"
                          r"|\b(?:coverage|insurance|insurer|health plan|plan|payer)[ \t]+(?:is|was|remains|through|with)[ \t]+"
                          r"|\b(?:covered|insured|enrolled)[ \t]+(?:by|through|with|in)[ \t]+"
                          r"|\(via[ \t]+)((?:[A-Z][A-Za-z-]+[ \t]+){0,3}(?:Health[ \t]+Plan|Health(?:[Cc]are)?|Insurance|Care|Plan))\b")


# A state's Medicaid brand that begins with "Health" and ends in the state's name: "Health Choice Arizona", "Healthy
# Connections Iowa" (not a city that follows: "... Colorado Springs"), when no capitalised word of another name comes first.
_STATE_BRAND = re.compile(r"\bHealth(?:y)?[ \t]+[A-Z][a-z]+[ \t]+" + STATE_NAME_RE +
                          r"\b(?![ \t]+(?!Medicaid\b|Plan\b|Program\b)[A-Z][a-z])")
# The value of an insurer's field is the insurer, even a brand we do not list ("Carrier: Aflac   Policy no. ..."): one
# capitalised word that fills the field, or words with an insurer's own word among them ("Mutual of Omaha"); two plain
# capitalised words there may be a person ("Carrier: Dolores Whitcombe"), so they are left to the name rules.
_INSURER_WORD = r"(?:Mutual|Life|Financial|Assurance|Insurance|Casualty|Benefit|Benefits|Indemnity|Underwriters)"
_INSURER_FIELD = re.compile(r"(?i:\b(?:insurer|carrier|insurance carrier|insurance company))[ \t]*[:=][ \t]*"
                            r"((?:[A-Z][A-Za-z&-]+[ \t]+){0,2}" + _INSURER_WORD + r"(?:[ \t]+(?:of[ \t]+)?[A-Z][A-Za-z&-]+){0,2}|[A-Z][A-Za-z&-]+)"
                            r"(?=[ \t]*(?:$|[,;]|[ \t]{2}|\t|[ \t]+(?:Policy|Member|ID|Group|Plan|Claim|Subscriber|No\.|#)))", re.M)


# A payer's name of any brand that a member ID follows: "Group Health Cooperative of Eau Claire member GHC0083127",
# "Prairie Mutual Insurance subscriber ID PM-44812"; a word of insurance in the name tells it from a gym's or a club's
# membership ("Summit Gym member 4471" stays a place the person goes).
_MEMBER_PAYER = re.compile(r"\b((?:[A-Z][A-Za-z'-]+[ \t]+){0,3}(?:Health|Healthcare|Cooperative|Mutual|Insurance|Assurance|Benefits?)"
                           r"(?:[ \t]+(?:Cooperative|Plan|Plans|Network|Trust|Fund|Company|Co-op))?"
                           r"(?:[ \t]+of[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)?)"
                           r"[ \t]+(?:member|subscriber|policy|enrollee)(?:[ \t]+(?:ID|#|no\.?|number))?[ \t]*[:#]?[ \t]*[A-Z0-9-]*\d")


def find_plans(text: str) -> list[tuple[int, int]]:
    """Text -> spans of payer and plan names; in capitals too, but only a whole capitalised name ("AMERIHEALTH CARITAS NEW HAMPSHIRE")."""
    out = [m.span() for m in _PAYER_NAME.finditer(text)] + [(m.start(), m.end()) for m in _PLAN.finditer(text)] + [m.span(1) for m in _PAYER_FIELD.finditer(text)]
    out += [m.span() for m in _STATE_PLAN.finditer(text)] + [m.span() for m in _HEALTH_PLAN.finditer(text)]
    out += [m.span(1) for m in _INSURER_FIELD.finditer(text)] + [m.span(1) for m in _MEMBER_PAYER.finditer(text)]
    out += [m.span() for m in _STATE_BRAND.finditer(text) if not _NAME_WORD_BEFORE.search(text[max(0, m.start() - 30):m.start()])]
    return out + [(m.start(), m.end()) for m in _PLAN_CAPS.finditer(text) if m.group().isupper()]


# A payer named in ordinary words ends other organisations' names too: "Cambridge Health Alliance" is a hospital
# system, "Lakeshore Community Health Plan Clinic" a clinic; after a capitalised word it is that word's organisation.
_GENERIC_PAYER = re.compile(r"(?:Health Alliance|Health ?Net|Network Health|Security Health|Priority Health)\b")
_NAME_WORD_BEFORE = re.compile(r"[A-Z][a-z]+[ \t]+$")


def tail_of_another_name(text: str, span: tuple[int, int]) -> bool:
    """A span that begins with a payer named in ordinary words, right after a capitalised word of another name."""
    return _GENERIC_PAYER.match(text, span[0]) is not None and _NAME_WORD_BEFORE.search(text[max(0, span[0] - 30):span[0]]) is not None
