"""Cues of a paper that passes on an earlier decision (a cover letter sending the appeal file, a reprinted copy): it
starts no filing period of its own, so a window it repeats runs from the decision it names."""

# A window counted from another paper than this one: "of receiving that letter", "from the date of the earlier decision",
# "after the November 9 letter"
OTHER_PAPER_CLOCK = (r"\b(?:of|from|after|following)\s+(?:(?:the )?date (?:of|you received) |receiving |(?:the )?receipt of )?(?:that|"
                     r"the (?:earlier|original|prior|previous|first|enclosed|[A-Z][a-z]+ \d{1,2},? \d{4})) (?:appeal |adverse )?"
                     r"(?:letter|notice|decision|determination)\b")
# A cover letter or copy that is no decision of its own: "This letter does not begin a new appeal period", "does not
# extend the time you have to appeal", "starts no new deadline"
NO_NEW_PERIOD = (r"\b(?:does|do|will) not (?:begin|start|restart|open|create|extend|change|reset) (?:a |any |the )?(?:new )?(?:appeal |filing |"
                 r"review )?(?:period|deadline|time limit|time frame|timeframe|window|clock|time you have)\b|\b(?:starts|begins|opens) "
                 r"no new (?:appeal |filing |review )?(?:period|deadline|time limit|window|clock)\b")
# A window counted from a decision the next reviewer has still to make: "within 60 days of the IRE's decision", "from the
# date of the IRO's determination". In a letter that is not that reviewer's, it is the step after the next one.
LATER_REVIEWER_CLOCK = (r"^\s*(?:(?:from|of|after|following)\s+)?(?:the\s+)?(?:date (?:of|on) |receipt of |receiving )?(?:the\s+)?"
                        r"(?:IRE|IRO|QIC|Independent Review (?:Entity|Organi[sz]ation)|independent reviewer|external reviewer|"
                        r"ALJ|(?:administrative law )?judge|hearing officer)['\u2019]?s? (?:decision|determination|ruling|letter|notice)\b")
