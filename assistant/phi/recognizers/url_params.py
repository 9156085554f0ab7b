"""Identifiers in a web address's query or a log line's request: "/portal/chart?pt=40817&tab=notes",
"?patient_id=88213", "&mrn=A4471902", "member=XK88120". A portal or an EHR puts the patient's chart number in
the address; an access log or a pasted link keeps it. The key says what the value is; a key of its own words
("tab", "page", "sort", "lang") holds no identifier and is left alone. A search for a name ("?q=okafor",
"&lname=ruiz") puts the name in the address too."""

from __future__ import annotations

import re

from assistant.records import PhiSpan

# key (as web apps spell it) -> the kind of identifier its value is
_KEYS = {
    "MRN": r"pt|pat|patient|patientid|patient_id|patient-id|ptid|pt_id|pid|mrn|chart|chartid|chart_id|chartno|"
           r"client|clientid|client_id|person|personid|person_id|encounter|encounterid|encounter_id|enc|visitid|visit_id",
    "HEALTH_PLAN_ID": r"member|memberid|member_id|subscriber|subscriberid|subscriber_id|claim|claimid|claim_id|"
                      r"auth|authid|auth_id|policy|policyid|policy_id",
    "OTHER_ID": r"user|userid|user_id|uid|account|accountid|account_id|acct|case|caseid|case_id|ssn",
}
_KEY_KIND = {k.lower(): kind for kind, alts in _KEYS.items() for k in alts.split("|")}
# keys whose value is a person's name, typed into a portal's or an EHR's search: "/portal/search?q=okafor"
_NAME_KEYS = {"q", "query", "search", "name", "lname", "fname", "last", "first", "lastname", "last_name", "firstname",
              "first_name", "surname", "patient_name", "ptname", "pt_name", "client_name"}
_NAME_VALUE = re.compile(r"[^\W\d_]{2,}(?:(?:\+|%20|[.,_-])[^\W\d_]{1,})*")
# a key after "?" or "&" (or "pt=" quoted alone in a search of the log), then its value up to the next separator
_PARAM = re.compile(r"(?:(?<=[?&;])|(?<=[\"'\s]))([A-Za-z][\w-]{0,20})=([A-Za-z0-9](?:[\w.%+-]{0,39}[\w%])?)(?=[&;#\"'\s]|[.,;:)](?:\s|$)|$)")


def find_url_ids(text: str) -> list[PhiSpan]:
    """Text -> identifier spans of the values of a URL's (or a log's) patient, member and account keys, and NAME spans
    of the names searched for."""
    spans = []
    for m in _PARAM.finditer(text):
        key, value = m.group(1).lower(), m.group(2)
        kind = _KEY_KIND.get(key)
        if kind and any(c.isdigit() for c in value):
            spans.append(PhiSpan(m.start(2), m.end(2), kind, 0.85, "url_param"))
        elif key in _NAME_KEYS and _NAME_VALUE.fullmatch(value):
            spans.append(PhiSpan(m.start(2), m.end(2), "NAME", 0.8, "url_param"))
    return spans
