"""An explicit "no care before": none of that kind, anywhere, before this episode ("no individual therapy before this",
"never had counseling before", "never seen anyone for nerves"), which documents a treatment history of none."""
from __future__ import annotations

from assistant.letters.patterns.base import _rx

NO_CARE_BEFORE = _rx(r"\b(?:no|never had|never received|without)(?: any)? (?:(?:individual|formal|outpatient|professional|other) )?(?:counsel(?:l)?ing|therapy|treatment|mental health (?:care|treatment))"
                     r"(?: of any kind)? (?:before|prior to|until)\b|\b(?:has|have|had) (?:not|never) (?:had|received|been in|tried) (?:any )?(?:[a-z-]+ ){0,2}?(?:counsel(?:l)?ing|therapy|psychotherapy|treatment)(?: (?:for|of) [^.;\n]{1,40}?)? (?:before|previously|until now)\b|"
                     # "Never any mental-health treatment, in India or here": none of that kind, anywhere, ever
                     r"\bnever (?:any|had any|received any|once)\s+(?:mental[- ]health\s+|psychiatric\s+|psychological\s+|"
                     r"behaviou?ral[- ]health\s+|talk\s+|behaviou?ral\s+|outpatient\s+)?(?:treatment|therapy|counsel(?:l)?ing|care|services)\b|"
                     # "Never seen anyone for nerves", "has never talked to anybody about it": no one, for this, ever
                     r"\b(?:never|not once) (?:been seen by|seen|saw|consulted|talked to|spoken (?:to|with)) (?:anyone|anybody|a professional|a soul) (?:for|about)\b")
