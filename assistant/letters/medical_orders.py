"""A medical order carries its own span and schedule: "keep the splint on for 3-4 weeks", "amoxicillin for 10
days", "ice twice a day", "no driving for 2 weeks", "repeat x-ray in 1 week". Those say how long a cast, a drug or
a restriction lasts, never how long or how often therapy is held."""

from __future__ import annotations

import re

# the objects of a body's care; a clause naming one of them and no session word is that order's own
_ORDER = re.compile(r"\b(?:splint|cast|sling|brace|boot|crutch(?:es)?|walker|collar|dressings?|bandag\w+|sutures?|stitches|staples|"
                    r"wound|incision|x-?rays?|radiographs?|MRI|CT scan|ultrasound|labs? (?:draw|work)|blood (?:draw|work)|"
                    r"antibiotics?|course of \w+|tablets?|capsules?|ointment|cream|drops|inhaler|ice|icing|elevat\w+|"
                    r"weight[- ]bearing|no (?:lifting|driving|contact sports?|swimming|running|gym|heavy)|light duty|"
                    r"bed ?rest|off work|work note|stool softener|compression)\b|"
                    r"\d(?:\.\d+)?\s*(?:mg|mcg|\u00b5g|mL|units?|IU)\b", re.I)  # a dose: the drug's own course
_SESSIONS = re.compile(r"\b(?:sessions?|therapy|psychotherapy|counsel\w*|groups?|IOP|PHP|program\w*|visits?|appointments?|meet\w*|CBT|DBT|"
                       r"EMDR|ERP|TF-CBT|PCIT|treatment plan|90[78]\d\d)\b", re.I)


def medical_order(clause: str) -> bool:
    """Whether a clause's span or schedule belongs to a medical order, not to therapy."""
    return bool(_ORDER.search(clause)) and not _SESSIONS.search(clause)
