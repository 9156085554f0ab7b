"""Whose voice a sentence of a denial is in: someone's argument or account retold, a letterhead field, a condition, or
appeal-rights text that names kinds of denial. Such sentences use reason words without the payer giving a reason."""

from __future__ import annotations

ATTRIBUTED = (r"\b(?:provider|appellant|requester|request|appeal letter|treating \w+|your (?:doctor|therapist|"
              r"provider|representative)|complainant|complaint|grievant|(?:Mr|Ms|Mrs|Mx)\.? [A-Z][\w'-]+)\b[^;]{0,20}\b(?:states?|stated|argues?|argued|contends?|asserts?|believes?|"
              r"believed)\b|"
              # the requester's account told back: "Your daughter's provider told us she has not made the progress they
              # hoped for", "the program reported that ...", "your therapist wrote that ..."
              r"(?:^|:\s)\W*(?:(?:your|the member's|the patient's|the client's|your (?:son|daughter|child|spouse|wife|husband)['\u2019]s) )"
              r"(?:(?:treating )?(?:provider|doctor|therapist|psychiatrist|physician|clinician|program|facility)|counsel+or)\b[^.;]{0,20}"
              r"\b(?:told us|told the reviewer|reported|wrote|informed us|let us know|explained)\b|"
              # a person's account retold by someone else (a rep's visit report): "Ms. Ruiz said the claims went out in May"
              r"\b(?:(?:Mr|Ms|Mrs|Mx)\.? [A-Z][\w'-]+|(?:office|practice|billing) (?:manager|staff)|biller)\b[^;]{0,20}\b(?:said|says|"
              r"told (?:me|us|the \w+)|reported)\b")
# "Provider: X (Out-of-network)" is a field of the letterhead, not a sentence giving a reason; so is a field written with a
# dotted leader, as eligibility screens print them ("Other coverage (COB) ...... NONE ON FILE").
VERBLESS_FIELD = (r"^(?!.*\b(?:is|are|was|were|be|been|has|have|had|did|does|do|not|no|denied|rejected|invalid|requires?|cannot|will|would|may|"
                  r"received (?:more than|after|past|beyond)|"
                  r"must|could|exceeds?|reached)\b)\W*[A-Z][\w /#&'()-]{0,30}(?::|\s?\.{4,})")
CONDITIONAL = r"^\W*(?:if|when|whenever|should|unless|in the event|in case)\b"
# Appeal-rights text names kinds of denial ("denials based on medical necessity") without making one.
RIGHTS = (r"\b(?:denials|decisions|determinations|cases|claims|disputes) (?:based on|involving|that (?:involve|are "
          r"based on)|about|related to|regarding)\b|\bfor (?:a )?(?:denials?|decisions?) (?:based on|involving)|"
          r"\bexternal review (?:is )?(?:available|applies)|\bis available for\b")
