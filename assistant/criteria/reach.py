"""Whether a question asks if a rule reaches a plan ("does the DOL reg govern a church plan?", "not sure the 180
applies"), and which level of appeal follows a named one: patterns the sentence chooser (select.py) weighs by."""

from __future__ import annotations

import re

from assistant.criteria.words import terms

# "does the DOL reg (the 180-day thing) govern a church plan?", "do the parity rules apply to a county plan?": whether
# a rule reaches a kind of plan. The sentence that says what the rule reaches, or leaves outside, answers it, best one
# naming that kind of plan; a figure in the question only names the rule.
ASKS_REACH = re.compile(r"\b(?:rules?|reg(?:ulation)?s?|laws?|acts?|statutes?|requirements?|protections?|procedures?|"
                        r"thing)\b[^?.]{0,40}?\b(?:governs?|appl(?:y|ies) to|reach(?:es)?|extends? to|binds?|"
                        r"covers?)\s+([^?]{3,80})\?", re.I)
STATES_REACH = re.compile(r"\b(?:govern\w*|appl(?:y|ies)|reach\w*|outside|exempt\w*|exclud\w*|subject to|"
                          r"(?:does|do) not)\b", re.I)
# "doesn't that apply to everybody now?", "is it for every plan?": whether a rule reaches all plans, asked loosely
FOR_EVERYONE = re.compile(r"\b(?:for|to|covers?|reach(?:es)?|binds?)\s+(?:everybody|everyone|every (?:plan|insurer|payer)|all "
                          r"(?:plans|insurers|payers|carriers))\b|\bacross the board\b|\buniversal(?:ly)?\b", re.I)
# "not sure the 180 applies", "does that deadline even apply here?": whether a rule or its figure reaches the asker's
# plan, asked without naming whom; the figure only names the rule
APPLIES = re.compile(r"\b(?:the|that|this) (?:\d+(?:[- ]day)?|rule|reg(?:ulation)?|law|deadline|window|limit|protection)s? "
                     r"(?:\w+ ){0,2}?(?:even |still |really |actually )?appl(?:y|ies)\b", re.I)
# "what is the next level after the ALJ?": the level whose clock starts with the named level's decision
NEXT_LEVEL = re.compile(r"\bnext (?:level|step|stage|appeal)\b", re.I)
FOLLOWS = re.compile(r"\b(?:receiv\w*|receipt of|after) (?:the |a |an )?(\w+) (?:decision|determination|ruling)", re.I)
ANY_PLAN = frozenset(terms("plan plans health group coverage insurance benefit benefits automatically"))
LIMITING = re.compile(r"\b(?:not|no|cannot|only|except|unless|never|neither|nor|excluded|limited)\b", re.I)
FIGURES = frozenset({"dollar", "percent", "date_calc", "duration", "year", "code", "number", "frequency"})


def weighed_alone(kinds: set[str], shaped: set[str], asked: set[str] = frozenset()) -> bool:
    """Whether a sub-question's sentences are weighed by its own kinds: a shaped part ("how often"), or a plain yes/no
    ("and is audio-only still allowed?") that asks no figure, when another part asks for one (`asked`: the kinds of
    all parts); a figure only the document around a yes/no gives ("3 hrs/day x 4 days") still weighs its sentences."""
    return bool(kinds & shaped) or ("yesno" in kinds and not kinds & FIGURES and bool(asked & FIGURES))
