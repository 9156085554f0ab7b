"""Label kinds, the Segment record and the clause helpers the finders use (notes are read in letters/reading.py)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from assistant.letters.patterns.base import DATE, I, NEGATION, PLACEHOLDER, _rx  # noqa: F401

# Section and inline labels -> kind. Order matters: "Discharge diagnoses" is a diagnosis label.
LABEL_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((k, _rx(v)) for k, v in (
    # A treatment's phase or stage ("Phase 1 (safety and stabilization):") is the plan, whatever its bracket says.
    ("plan", r"^(?:treatment )?(?:phase|stage)\s*(?:\d{1,2}|one|two|three|four|i{1,3}|iv)\b"),
    # A relative's history ("Fam hx: mom - bipolar 1") is about someone else: no element of the client's.
    ("family", r"^(?:fam(?:ily)?\.?\s*(?:psych(?:iatric)?\s*)?(?:hx|history|medical history|mental health history)|fhx|fh)$"),
    # a scoring key or legend explains symbols ("Scoring: + done unprompted, P prompted"): no element of the client's
    ("legend", r"^(?:legend|key|scoring(?: key| guide| legend| rules)?|score key|rating key|symbols?)$"),
    # the writer's own list of errands ("Appeal to-do:", "Tasks:", "Action items for the letter"): what is still to be
    # done or written, never what the record holds
    ("todo", r"^(?:(?:my|appeal|letter|request|auth\w*|paperwork) )?(?:to-?\s?dos?|to-?do list|tasks?|action items?|errands?)"
             r"(?: (?:for|before) (?:the |this |my )?(?:appeal|letter|request|resubmission|packet))?$"),
    ("dx", r"diagnos|\bdx\b|impression|\bicd"),
    ("assessment", r"^a$|^assessment$"),
    ("measures", r"measure|scores?\b|screening|instruments?|rating scales?|testing|\blabs?\b|vitals"),
    ("meds", r"medication|\bmeds\b|\brx\b|psychotropic|prescri"),
    ("risk", r"risk|safety|suicid|\bSI\b(?!-\w)|c-?ssrs|lethality|firearms?|weapons?|\bguns?\b|means restriction|homicid"),
    # a before/after comparison is progress, not a goal: "Target behaviors, intake (01/27) vs now"
    ("progress", r"\bvs\.?\s+(?:now|today|current|this week)\b|\bversus (?:now|today)\b|\bthen (?:and|vs\.?) now\b|"
                 r"\bbefore and (?:after|now)\b|\btarget behaviou?rs?\b|"
                 # what changed, asked as a heading: "What has changed in PHP", "Changes since admission", "What's different now"
                 r"^what(?:'s| has| have| is)? (?:changed|improved|got better|different)\b|^changes? (?:since|so far|to date|in (?:treatment|care|"
                 r"therapy|the program|PHP|IOP|RTC))\b|^since (?:admission|intake|starting|we started)$"),
    ("", r"\btarget hierarchy\b"),  # DBT's list of problem behaviours to treat, not goals
    # "PLAN/GOALS (...): weekly family sessions, 12 sessions; shouting 1 or fewer a week": the plan, its targets read as goals
    ("plan", r"^(?:treatment |tx |family |care )?plan\s*(?:/|&|and|\+)\s*goals?\b|^goals?\s*(?:/|&|and|\+)\s*(?:treatment |tx )?plan\b"),
    # a nursing care plan states its goals as outcome criteria ("Outcome criteria ..... zero self-harm acts for 14 days")
    ("goals", r"goal|objectives|objetivos?|\bmetas?\b|\boutcome criteria\b|\b(?:expected|desired|anticipated)\s+outcomes?\b|(?:short|long)[- ]term objective|treatment objective|objective\s*\d|targets?\b|"
              r"\baim(?:s|ing)?\b|^(?:what )?(?:better|success|recovery|getting better|doing well|well|good|done) (?:looks|would look|will look) like\b|\bwhat (?:we|she|he|they|I)(?:'re|'ll|'m| am| are| will| wants? to| hopes? to| plans? to)(?: be)? (?:aim(?:ing)?|work(?:ing)?|hop(?:e|ing)|striv(?:e|ing)) (?:for|toward|towards|on)\b|"
              # "What we agreed he'll work toward", "Working towards", "Things to work on"
              r"\b(?:work(?:s|ing)?|striv(?:e|es|ing)) (?:toward|towards)\b|\bthings to work on\b|"
              r"\bwhat (?:we|she|he|they|I) (?:agreed|decided|chose|set|picked)(?: on)?(?: (?:she|he|they|I|we)(?:'ll|\u2019ll| will| would))? (?:work|aim|strive)\b"),
    ("loc", r"^barriers? to (?:discharge|d/c|step[- ]?down|transition|a lower level)|"
            r"^why (?:not|no|can['\u2019]?t|isn['\u2019]?t|doesn['\u2019]?t|won['\u2019]?t)\b|^reasons? (?:not to|against)\b|"
            # "Why she cannot step down yet", "Why he is not ready for IOP": the person named between
            r"^why (?:she|he|they|the (?:client|patient|member|youth|child)|client|pt|we|I) (?:can(?:no|['\u2019])?t|cannot|is not|isn['\u2019]?t|"
            r"are not|aren['\u2019]?t|does not|doesn['\u2019]?t|should not|shouldn['\u2019]?t|won['\u2019]?t|will not|still (?:needs|can['\u2019]?t))\b"),  # "Why not step down:"  # what keeps the client at this level
    ("discharge", r"discharge|dispo(?:sition)? (?:criteria|requirements)|^(?:cams |treatment |protocol |case )?resolution(?: criteria)?$|step[- ]?down|stepping (?:back )?down|transition|\btermination|exit criteria|completion criteria|^completion$|graduation|"
                  r"\b(?:done|finished|through) (?:when|once)\b|\bready to (?:finish|stop|end|leave|graduate|be discharged|step down|move on)\b|\bwhen (?:we|I|you|she|he|they)(?:['\u2019]ll| will| can)? (?:stop|end|finish|close|be done|wrap up)\b|^(?:service |hours? )?fading(?: plan)?$|^taper(?:ing)?(?: plan| criteria)?$|"
                  # "When to stop", "When to wind down", "Wind-down": when care ends, asked as a heading
                  r"^when to (?:stop|end|finish|wind down|step down|taper|discharge|close)\b|^wind(?:ing)?[- ]down\b|"
                  # "When we'd taper", "When she would finish", "End:", "Ending": when care ends, as a heading
                  r"^when (?:we|I|you|she|he|they)(?:['\u2019]d| would| should) (?:stop|end|finish|taper|step down|wind down|close|be done)\b|^(?:the )?end(?:ing)?(?: of (?:care|treatment|therapy|services))?$"),
    # "Prior ejections", "Previous arrests", "Prior auth": what came before that is no care
    ("prior", r"(?:prior|previous)(?!\s+(?:ejections?|arrests?|incidents?|suspensions?|expulsions?|offen[cs]es|convictions?|charges?|"
              r"fights?|falls?|injur\w+|violations?|write-?ups?|employers?|jobs?|address\w*|auth\w*|pa\b|denials?|claims?|"
              r"balance|payments?|insur\w+|coverage|policy|employment|residence|school|grades?))|past (?:psych|treat|mental|hx)|(?:treatment|psychiatric|psych|psychotherapy|therapy|counsell?ing|"
              r"mental health|behavioral health) (?:history|hx)|\bPPH\b|"
              r"^(?:history|hx|past history|mental health history|service history|services history|history of services)$|"
              # "Before PHP", "Before this admission": the care that came before
              # "What has already been tried:", "Tried so far:", "What we've tried:": the care that came before
              r"^what (?:has|have|had|was|were)(?: already)? been tried(?: before| so far| already| to date| in the past| elsewhere)?$|"
              r"^(?:already |previously )?tried (?:so far|before|already|to date)$|^what (?:we|she|he|they|I)(?:['\u2019]ve| have| had)(?: already)? tried(?: before| so far)?$|"
              r"^(?:(?:course|care|treatment|services|what happened|history) )?before (?:the |this )?(?:admission|admit|PHP|IOP|residential|RTC|program|intake|referral|episode|hospitali[sz]ation)$|"
              # "Before this:", "Help before:", "Care before now:": the care that came before this
              r"^(?:before (?:this|now|here|coming here)|(?:help|care|treatment|counsell?ing|therapy) (?:before|before this|before now|tried before))$"),
    # "Treatment so far:", "Care to date:" is care before this request in a referral and this episode's care in a review:
    # a field of its own, so what it says (a past year, "since intake") decides, not the plan's label
    ("", r"^(?:treatment|care|services|therapy|counsell?ing) (?:so far|to date|thus far|until now)$"),
    # an after-visit summary's "Why you were in the hospital": the stay's diagnoses told to the patient, no rationale
    ("", r"^why (?:you|we|i|she|he|they) (?:were|was|are|came|went|visited|stayed)\b|"
         # a medication list's "Why I use it", "Why you take this": what a medicine is for, no level of care
         r"^why (?:you|we|i|she|he|they|the (?:client|patient|member)) (?:use|uses|take|takes|took|"
         r"(?:was|were|am|is|are) (?:prescribed|taking|using))\b|^why (?:it|this)(?: is| was)? (?:prescribed|used|taken|for)\b|"
         r"^why (?:she|he|they|you|i)(?:['\u2019](?:s|re|m)| is| are| am) (?:here|coming|in (?:therapy|treatment|group))\b"),  # the referral story
    ("loc", r"\bwhy\b|level of care|rationale|medical necessity|lower level|less intensive|justification"),
    # "Plan of care updated 12/15/2025", "Treatment plan update": the plan, not an update on progress
    ("plan", r"^(?:plan of care|(?:treatment |tx |service |care )?plan)\b[^:]{0,40}\bupdate"),
    ("progress", r"progress|response|^r$|interval|update|course|since last|^how (?:\w+ ){0,3}(?:responded|has responded|is responding)(?:\s+to\s+(?:treatment|therapy|care|sessions|(?:the|this|our) (?:\w+ )?(?:program|treatment|plan|sessions?|interventions?|work)|cbt|dbt|erp|emdr|tf-cbt|pcit|medications?|meds))?\s*$"),
    ("function", r"function|impairment|impact|school|work|occupation|academic|social|relationship|peers|adl|self[- ]care|daily living|employment"),
    # Why care began ("Reason for services: removed from class 4 times a week") is neither the plan nor a goal.
    ("", r"^reasons? for (?:services|referral|seeking (?:services|treatment)|visit|contact)$"),
    # What was done in the session: a field of its own, so it neither inherits a goals section nor counts as the plan.
    ("interventions", r"^(?:interventions?|intervenci[oó]n(?:es)?|techniques?|approach(?:es)?|methods?|modalit(?:y|ies) used|"
                      r"what (?:was|we) (?:done|did)(?: today| in session)?|what i did|done today|work done(?: today)?)$|"
                      # an evaluation's own method is its battery: "Battery:", "Tests planned:", "Measures to be administered:"
                      r"^(?:(?:proposed |planned |test(?:ing)? )?battery|tests? (?:planned|proposed|to be (?:given|administered|used))|"
                      r"(?:instruments|measures) to be (?:given|administered|used))$"),
    # Who was in the room ("Present: client; mother for the last 10 min") is neither the story nor the plan.
    ("attendance", r"^(?:present|persons? present|people present|attendees|attendance|in attendance|participants|attending|"
                   r"who (?:was|were) (?:there|present))$"),
    # "Session: CPT 7 of 12, reviewed the worksheet; missed 2 shifts" tells what happened in it, "Session: weekly, 50 min"
    # the schedule: each sentence is read by what it says (reading.py); "Sessions: weekly" is the plan
    ("session", r"^session$"),
    ("plan", r"\bplan\b|^(?:tx|trtmt)$|^(?:isp|itp|ipoc|irp|issp|poc|pcsp)\b|^individuali[sz]ed (?:service|treatment|recovery|care)\b|^(?:IOP|PHP|RTC|intensive outpatient|partial hospitali[sz]ation|program|current program|level of care|loc)$|recommend|frequency|\bfreq\b|duration|request|^p$|^treatment(?! hist)|services|commitment|schedule|modality|^sessions$|length of|"
             # an evaluation's amount: "Time requested:", "Hours requested:", "Estimated time:" (a bare "Time:" is a clock)
             r"^(?:evaluation|estimated|requested|total) (?:time|hours|units)$|^(?:time|hours|units) (?:requested|needed|estimated)$"),
))


@dataclass(frozen=True)
class Segment:
    """One sentence of a note with the kind of label or section it sits under (made by letters/reading.py)."""
    note_index: int
    text: str  # verbatim sentence (or line fragment) of the note
    kind: str  # label kind from LABEL_KINDS, '' when unlabeled
    date: str | None  # date written in the governing label or header, e.g. "Measures (02/11/2025):"
    form: str = "prose"  # the block it comes from: prose | field | item


# A bullet may be a dash, a star, a dot or an emoji ("👪 fam hx: ...", "✅ Goal: ..."), and a time stamp may come
# before the label in a phone-notes log ("🕓 4:05 PM — why not more sessions: ...").
_COLON_LABEL = re.compile(r"^\s*(?:[-*\u2022\u2013\u2014#\u2190-\u2bff\u2600-\u27bf\U0001f000-\U0001faff\ufe0f]+\s*)?(?:\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s*[\u2014\u2013-]+\s*)?(?:\*\*|__)?([^\W\d_](?:[\w /()&+'’<>\-]|\.(?=\d|\))|\([^()\n:;]{0,48}\)){0,60}?)(?:\*\*|__)?\s*:(?:\*\*|__)?(?!\d)\s*")
# A two-cell row of a boxed form is a field too: "| Meds        | none; PCP offered trazodone, declined |".
_CELL_LABEL = re.compile(r"^\s*\|\s*([A-Za-z][A-Za-z0-9 /()&+'\u2019_\-]{0,40}?)\s*\|\s*(?=[^|\s][^|]*\|?\s*$)")


# A label in another script with its English after a slash: "Ліки / Meds: ...", "治疗计划 / Plan: ..."; or whose first half
# redaction took for a name: "<PERSON_3> / Goals: ..." (the English half still names the field)
_SECOND_LABEL = re.compile(r"^\s*(?:[^\W\d_A-Za-z][^:/\n]{0,40}?|<[A-Z]+(?:_[A-Z]+)*_\d+>)\s*/\s*([A-Za-z][A-Za-z0-9 ()&+'\u2019_\-]{0,40}?)\s*(?:\([^()\n]{0,48}\)\s*)?:\s*")


# A label and who wrote the field, after a comma: "Her goals, written together: ...", "Goals, agreed with the family:"
# (goals "in her own words" are the client's hopes, read as prose).
_AUTHORED_LABEL = re.compile(r"^\s*(?:[-*\u2022]\s*)?((?:[A-Za-z][\w&'\u2019-]*\s+){0,3}(?i:goals?|objectives?|targets?)),\s+(?:written|agreed|set|made|chosen|drafted|reviewed|"
                             r"updated|signed|per [\w .'\u2019-]{1,30})"
                             r"[\w ,.'\u2019-]{0,40}?\s*:\s*")


# A "why" heading too long for a field's label, ending in a colon: "Why he still needs the residential house rather than
# going home with ACT visits: he has tried that twice."
# (only one that weighs this level against another: "rather than", "instead of", "and not", or a level named)
_WHY_LABEL = re.compile(r"^\s*(?:[-*\u2022]\s*)?((?i:why)\s(?=[^:\n]*?(?i:\b(?:rather than|instead of|and not|not simply|versus|vs\.?|"
                        r"IOP|PHP|ACT|residential|inpatient|outpatient|partial|intensive|level of care|weekly|twice)\b))"
                        r"[^:\n.?!;]{20,110}?)\s*:\s+(?=\S)")


_AIMING = re.compile(r"^what (?:we|she|he|they|i)(?:'re|'ll|'m|'s| am| is| are| will| wants? to| hopes? to| plans? to)(?: be)? (?:aim(?:ing)?|"
                     r"work(?:ing)?|hop(?:e|ing)|striv(?:e|ing)) (?:for|toward|towards|on)\b", re.I)


class _Label:
    """A label at the start of a line: "Label: ...", a two-cell row "| Label | ...", or "<label in another script> / Label:"
    (group 1 is the label)."""

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return (_COLON_LABEL.match(text, pos) or _CELL_LABEL.match(text, pos) or _SECOND_LABEL.match(text, pos)
                or _AUTHORED_LABEL.match(text, pos) or _WHY_LABEL.match(text, pos))


LABEL = _Label()


def label_kind(label: str) -> str:
    """Map a label such as "Prior treatment" or "Why IOP" to its kind ('' when unknown)."""
    # a tag ("#txplan", "#dx") names its section too; "txplan" is "tx plan"
    label = re.sub(r"^(tx|dx|rx|hx|fx|sx)(?=[a-z]{3,})", r"\1 ", label.strip().lower().lstrip("#"))
    # what a bracket adds is a date or a note on the field, not its kind: "Treatment plan (09/04; target date 03/04)"
    # ... unless the label outside it is a letter or two the bracket spells out: "P (Problem)", "A (Assessment)"
    # ... and a bilingual form's English gloss in the bracket says the kind when the words outside do not:
    # "Pse IOP (Why IOP)", "Qëllimet (Goals)", "Rreziku (Risk)"
    gloss = re.fullmatch(r"(.+?)\s*\(([a-z][a-z /&'-]{2,40})\)\s*", label)
    if gloss and not _kind(gloss.group(1)) and _kind(gloss.group(2)):
        return _kind(gloss.group(2))
    if len(re.sub(r"\s*\([^()]*\)\s*", "", label)) > 3:
        label = re.sub(r"\s*\([^()]*\)\s*", " ", label).strip()
    # a label in two languages ("Kî hebû / Present", "Çi hat kirin / What was done") is named by the half that says a kind
    return _kind(label) or next((k for part in reversed(label.split(" / ")[1:] if " / " in label else []) if (k := _kind(part.strip()))), "")


def _kind(label: str) -> str:
    if len(label.split()) > 7:
        # a long heading is read by its first words: "Goals by the end of the 8 weeks", "Discharge once she has ..."
        # ... or by a goal told as a sentence: "What I am aiming for before we finish"
        return next((kind for kind, rx in LABEL_KINDS if rx.search(" ".join(label.split()[:3]))), "") or \
            ("goals" if _AIMING.match(label) else "")
    return next((kind for kind, rx in LABEL_KINDS if rx.search(label)), "")


def _first_date(text: str) -> str | None:
    m = DATE.search(text)
    return m.group(0) if m else None


def sentence_before(text: str, pos: int) -> str:
    """The words of the same sentence before pos (at most 120 characters back)."""
    return re.split(r"[.!?]\s", text[max(0, pos - 120):pos])[-1]


def clause_before(text: str, pos: int, width: int) -> str:
    """The text before pos within the same clause, at most width characters."""
    return re.split(r"[.;!?]\s", text[max(0, pos - width):pos])[-1]


# A title's or an abbreviation's full stop ends no sentence: "(Dr. Kessler, private practice) weekly".
_ABBREV_STOP = re.compile(r"(?<![A-Za-z])(?:Dr|Mr|Mrs|Ms|Mx|St|Sr|Jr|Prof|vs|approx|e\.g|i\.e|[A-Z])\.\s$")


def _stops(text: str) -> list[int]:
    return [m.start() for m in re.finditer(r"\. ", text) if not _ABBREV_STOP.search(text[max(0, m.start() - 8):m.start() + 2])]


def clause_of(text: str, pos: int, seps: str = ";") -> str:
    """The clause around pos, bounded by sentence ends and the separator characters in seps."""
    stops = _stops(text) if ". " in text else []
    start = max([text.rfind(c, 0, pos) for c in seps] + [max([i for i in stops if i < pos], default=-1)]) + 1
    ends = [i for i in [text.find(c, pos) for c in seps] + [min([i for i in stops if i >= pos], default=-1)] if i >= 0]
    return text[start:min(ends) if ends else len(text)]


def date_near(text: str, gap: tuple[int, int], num_end: int) -> str | None:
    """A date written between an instrument and its number, or in a parenthesis right after the number."""
    after = re.match(r"\s*\((?:on\s+|administered\s+)?(%s)\s*[),;]" % DATE.pattern, text[num_end:])
    if after:
        return after.group(1)
    # "on 03/02", or the next cell of a score row: "SHAI-18 | 29 | Sep 30"
    # ... or after a comma, what was done that day: "total 52, given 12/22", "mean 6.1, completed on 01/05"
    on = re.match(r"\s*(?:,?\s*(?:on|administered|dated|given|completed|done|taken|scored)(?:\s+on)?\s+|\|\s*)(%s)(?![\w/])" % DATE.pattern,
                  text[num_end:])
    if on:
        return on.group(1)
    # the time point it was taken at, then its date: "42 at week 8 (11/12/2026)", "8 at the first visit (3/2)"
    point = re.match(r"[ \t]{1,3}(?:at|on|in|by|during)[ \t](?:[A-Za-z][\w-]*[ \t]){0,3}?(?:[A-Za-z][\w-]*|#?\d{1,3})[ \t]?\((%s)[ \t]?\)" % DATE.pattern,
                     text[num_end:num_end + 120])
    if point:
        return point.group(1)
    # a bracketed date that closes a run of part scores dates each of them: "reactive 18, proactive 3 (<DATE_1>)"
    run = re.match(r"(?:\s*,\s*[A-Za-z][\w /-]{0,30}?\s*[:=]?\s*\d{1,3}(?:\.\d+)?)+\s*\((%s)\s*\)" % DATE.pattern, text[num_end:])
    if run:
        return run.group(1)
    inside = DATE.search(text, *gap)
    return inside.group(0) if inside else None


def negated(text: str, pos: int) -> bool:
    return bool(NEGATION.search(re.split(r"[.;,(]", text[max(0, pos - 50):pos])[-1]))


SPEAKER = re.compile(r"^[ \t]*([A-Z]{2,4}|%s)[ \t]*:[ \t]+\S" % PLACEHOLDER)


def transcript_speakers(lines: Sequence[str]) -> set[str]:
    """The speaker tags of a transcript written by initials ("MFH: ...", "TB: ..."): two or more tags that name no
    field, each opening two or more lines."""
    counts: dict[str, int] = {}
    for line in lines:
        if (m := SPEAKER.match(line)) and not label_kind(m.group(1)):
            counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    tags = {t for t, n in counts.items() if n >= 2}
    return tags if len(tags) >= 2 else set()
