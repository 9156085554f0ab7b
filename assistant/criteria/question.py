"""Read a payer question: what it asks for (a number, a time limit, a date, a code, yes or no, steps), in which
words to search, its parts, its language, and the named things the knowledge base has never heard of."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from datetime import date

from assistant.criteria.codes import unknown_codes
from assistant.criteria.dates import find_dates, find_window
from assistant.criteria.foreign_lines import foreign_words
from assistant.criteria.question_sentences import asked_sentences
from assistant.criteria.uncovered import uncovered
from assistant.criteria.vocab import vocabulary
from assistant.criteria.words import terms
from assistant.language import language as _language

_KINDS: tuple[tuple[str, str], ...] = (
    ("date_calc", r"\b(?:last (?:calendar |business )?day|what date|by when|which date|actual (?:last )?day|"
                  r"deadline date|due date|(?:last|final) date|(?:outside|outer|final|absolute|hard|latest) deadline)\b|"
                  # "Am I already too late?", "is it still in time", "did we miss the window" with the dates given
                  r"\btoo late\b|\bstill (?:in time|on time|have time|able to (?:file|appeal))\b|\bam i late\b|\bare we late\b|"
                  r"\bmiss(?:ed)? (?:the )?(?:deadline|window|cut-?off)\b|\b(?:blown|blew|missed) (?:it|the date)\b|"
                  # "how long do we have, counted from what?": the window and the day it runs from, i.e. its last day
                  r"\bcount(?:ed|s|ing)? from (?:what|when|which)\b|\bfrom (?:what|which) (?:date|day)\b"),
    ("dollar", r"\bdollars?\b|\bhow much money\b|\bamount in controversy|\bfee schedule amount|\bpayment (?:rate|amount)|"
               r"\breimbursement rate|\bdollar (?:amount|figure|threshold)|\bwhat (?:does|do|will|would)\b[^?.]{1,40}\bpay\b|"
               r"\brate (?:question|for)\b|"
               # what a payer allows for a code, in billing words: "the allowed amount for 90837", "their allowable"
               r"\ballowed amounts?\b|\ballowables?\b|\bcontracted rates?\b|\bfee schedule rates?\b|"
               # whether an amount in dispute is enough to appeal: "is $148.62 too small to file?", "is $90 enough?"
               r"\$\s?\d[\d,]*(?:\.\d\d)?\s+(?:too (?:small|little|low)|(?:big|large|high) enough|enough)\b"),
    ("duration", r"\bhow (?:long|soon|quickly|fast)\b|\bhow many (?:days|months|weeks|hours)\b|\bdeadline|\btime "
                 r"limit|\btime ?frame|\bwindow\b|\bwithin\b|\bcu[aá]nto tiempo|\bplazo"),
    # "What % does it pay", "what pct of the fee schedule": the sign or its shorthand after a question word
    ("percent", r"\bpercent\w*|\bporcentaje|\bwhat share\b|\bwhat (?:fraction|portion)\b|"
                r"\b(?:what|which|how much)\s*(?:%|pct\b)"),
    ("year", r"\bsince when\b|\bwhen did\b|\bwhat year\b|\bwhich year\b|\btake effect|\btook effect|\beffective\b(?!:?\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d))|"
             r"\bwhen (?:was|were|did)\b|\bkick in\b|\bwhen (?:do|does) .{0,60}\b(?:apply|start|begin)\b"),
    ("frequency", r"\bhow (?:often|frequently)\b|\b(?:at )?what intervals?\b|\bhow many times (?:a|per|each)\b"),
    ("number", r"\bhow many\b|\bhow much\b|\bwhat (?:score|range|number|percent\w*)|\blowest|\bhighest|\bminimum|"
               r"\bmaximum|\bthreshold|\bcut-?off|\brange\b|\bbands?\b|\bcap\b|\blimit\b|\bhours? (?:a|per) week|"
               r"\bhow (?:is|are) .{0,40}\brated\b|\brating scale\b|"
               # paid alongside another clinician: the answer is each one's rate, a figure
               r"\bpa(?:y|ys|id) [^.?!]{0,30}\b(?:the same|differently)\b|\bsame (?:rate|pay|payment)\b"),
    ("code", r"\bhow (?:is|are|should|do i|would|do we) (?:it|this|that|they|these|\w+)? ?(?:be )?(?:coded|billed|"
             r"reported)\b|\bwhat (?:do|should) (?:i|we) bill\b|\bwhat code|\bwhich code|\bmodifier|\bplace of service|\bPOS\b|\bCARC\b|\bRARC\b|\bcodes?\b.{0,20}"
             r"\bmean|\bdifference between (?:CARC|CO|PR|code)|\bbill(?:ed)? (?:as|with|under)\b"),
    ("steps", r"\bwhat (?:should|must|does|do) (?:a|an|the|my|our|this) .{0,100}\b(?:show|include|contain|cover|say|"
              r"document|have|list)\b|\bwhat (?:goes|belongs) in(?:to)?\b|\bwhat (?:elements|items|documents)\b|\bsteps?\b|\bhow (?:do|can|should) (?:i|we)\b|\bwhat (?:should|do|can) (?:i|we) (?:do|need)|"
              r"\bwhat do i need to do|\bwhat (?:\w+ ){0,3}looks? for\b|\bchecklist\b|\bprocess\b|\boptions\b|\bhow to\b|\bwalk me through\b|\bwhat (?:do|should) (?:i|we) send\b"),
    ("name", r"\bwhich (?:law|tool|guideline|regulation|reg|criteria|instrument|act|rule|policy|court)|\bwhat (?:law|"
             r"regulation|reg|act|rule|statute|bill)\b|\bwhat'?s the (?:reg|law|rule)|\bwhich .{0,30}\b(?:uses?|use)\b"),
    ("compare", r"\bdifference|\bdiffer\b|\bdifferent\b|\bvs\.?\b|\bversus\b|\bcompared?\b|\bseparate\b|\band which\b"),
)
_YESNO = re.compile(r"(?:^|[.?!]\s+|\b(?:also|and|but|so)\s+)(?:can|could|is|are|does|do|will|would|should|may|must|"
                    r"did|has|have|am)\b(?!\s+(?:i|we|you)\s+(?:need to do|do)\b)", re.I)
# "Yes or no: ...", "If she files within 10 days, does the therapy continue?": a yes/no question after its condition
_YESNO_MORE = re.compile(r"\byes or no\b|(?:^|[:.?!]\s+)(?:if|when|once|after)\b[^?]{0,200}?,\s*(?:can|could|is|are|does|do|"
                         r"will|would|should|may|must)\b", re.I)
_PLAN_TIME = re.compile(r"\b(?:does|do|will|must) (?:the |a |my )?(?:plan|insurer|payer|mco|carrier|iro|qic|mac|"
                        r"reviewer|organization)\b.{0,30}\b(?:have|take|decide|resolve|respond|answer|rule)\b|\bto "
                        r"(?:decide|resolve|respond|rule|answer)\b|\bresolver|\bdecidir", re.I)
_MEMBER_TIME = re.compile(r"\b(?:do|does|did) (?:i|we|they|you|she|he|my client|the client|the member|the patient|"
                          r"the family|a \w+)\b.{0,25}\bhave\b|\b(?:to|can|could|must|may) (?:still )?(?:appeal|file|"
                          r"request|ask for|ask|submit)\b", re.I)
_QUANTITY = re.compile(r"\b\d+(?:\.\d+)?\s*(?:-|to\s+\d+\s*)?(min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|visits?|"
                       r"sessions?|units?|points?|%|percent)\b", re.I)
_AGE = re.compile(r"\b(\d{1,2})[- ]?(?:year|yr)s?[- ]?old\b|\bage[sd]? (\d{1,2})\b|\b(\d{1,2}) ?(?:yo|y/o|y\.o\.)(?!\w)|"
                  r"\b(?:son|daughter|child|kid|boy|girl|grandson|granddaughter|client|patient|he|she|they) (?:is|was|are|"
                  r"just turned|turned|turns) (\d{1,2})\b(?!\s*(?:%|percent|sessions?|visits?|days?|weeks?|months?|"
                  r"minutes?|hours?|points?|times)\b)", re.I)
# "What happens if the plan misses its deadline?": asks for the consequence, not for the time limit it mentions.
_CONSEQUENCE = re.compile(r"\bwhat (?:happens|happened|then|now)\b|\bwhat if\b|\bwhat (?:can|could|do|should) (?:i|we|"
                          r"they|the (?:client|member|family)) do (?:if|when|now|once|about)\b|\bwhat are (?:my|our|the|"
                          r"their) options (?:if|when|now|once)\b|\bwhere does that leave\b|"
                          # "if they blow the deadline, do we just keep waiting?": what follows a missed deadline
                          r"\b(?:if|when|once)\b[^?.,]{0,40}\b(?:miss(?:es|ed)?|blow[sn]?|blew|ignore[sd]?|go(?:es)? past|"
                          r"run(?:s)? past|sit(?:s)? on it past)\b[^?.,]{0,20}\b(?:deadline|time limit|window|clock)|"
                          # "does them blowing the deadline give us any leverage?", "what recourse do we have if ...":
                          # a miss told as a noun phrase, or the leverage it might give
                          r"\b(?:missing|blowing|ignoring|going past|running past|overshooting)\b[^?.,]{0,20}\b(?:deadline|"
                          r"time limit|window|clock)|\b(?:any|what|some|our|real) (?:leverage|recourse)\b", re.I)
# A claim someone else made, asked about: "A colleague says my plans don't need to say 'individual' ... Is she right?",
# a forum post quoted with ">" and "Is this true?". The claim is what to search for; who said it is not.
_CHECKS_CLAIM = re.compile(r"\b(?:is|are) (?:she|he|they|this|that|it|my \w+) (?:right|true|correct|legit|accurate)\b|\b(?:true|legit) or not\b|"
                           r"\bis (?:that|this) (?:actually )?(?:a thing|the rule)\b", re.I)
_CLAIM = re.compile(r"\b(?:says?|said|tells? (?:me|us)|told (?:me|us)|claims?|insists?|swears?|posted|heard|read)\b(?: that)?[ :,]+"
                    r"([^.?!\n]{15,}[.?!]?)|^[ \t]*>[ \t]?(.+)$", re.I | re.M)


def claim_of(text: str) -> str:
    """The claim a question asks us to check ("... says X. Is she right?"), or "" when it asks none."""
    if not _CHECKS_CLAIM.search(text):
        return ""
    return " ".join(m.group(1) or m.group(2) for m in _CLAIM.finditer(text)).strip()


_ASKS_TIME = re.compile(r"\bhow (?:long|soon|quickly|many days)\b|\bby when\b|\bwhat (?:is|'s) the (?:deadline|time limit)", re.I)
@dataclass(frozen=True)
class Question:
    """A question as asked, and what answering it needs."""

    text: str
    query: str                                   # searched: English, abbreviations and synonyms added
    kinds: tuple[str, ...] = ()                  # what the answer must state, most specific first
    parts: tuple[str, ...] = ()                  # sub-questions, when it asks more than one thing
    language: str = "en"
    dates: tuple[date, ...] = ()
    window: tuple[int, str] | None = None        # a time limit the question itself states ("four months")
    subject: str | None = None                   # whose time a time-limit question asks about: member | plan
    unknown: tuple[str, ...] = ()                # named terms no knowledge document mentions
    units: tuple[str, ...] = ()                  # units of the quantities the question gives ("48 minutes" -> minute)
    ages: tuple[int, ...] = ()                   # a child's or client's age the question gives ("my son is 4")
    corrections: dict = field(default_factory=dict)
    original: str = ""                           # the question as laid out, before a table was read as running text

    @property
    def yes_no(self) -> bool:
        """True when a part of the question asks yes or no."""
        return "yesno" in self.kinds


_LATE = re.compile(r"\btoo late\b|\bstill (?:in time|on time|have time|able to)\b|\bam i late\b|\bare we late\b|\bmiss(?:ed)? (?:the )?(?:deadline|window)|"
                   r"\b(?:blown|blew|missed) (?:it|the date)\b", re.I)


def _ages(text: str) -> tuple[int, ...]:
    return tuple(dict.fromkeys(int(next(g for g in m.groups() if g)) for m in _AGE.finditer(text)))


def _age_words(ages: tuple[int, ...], text: str = "") -> list[str]:
    out = []
    for age in ages:
        out.append("ages 0-5 early childhood" if age <= 5 else "ages 6-18 child adolescent" if age < 18 else "adults 18+")
    # a Medicaid member under 21 (a 19-year-old is an adult to LOCUS, still a child to Medicaid): EPSDT's protection
    # named in the same paragraph as the age: a syllabus row listing "Medicaid" says nothing of this client's plan
    youth = vocabulary()["medicaid_youth"]
    for paragraph in re.split(r"\n\s*\n", text) if any(age < 21 for age in ages) else ():
        if any(a < 21 for a in _ages(paragraph)) and (youth["names"].search(paragraph) or any(
                re.search(rf"\b{re.escape(b)}\b", paragraph, re.I) for b in vocabulary()["medicaid_brands"])):
            return out + [youth["words"]]
    return out


# a numbered sub-question's label: "2) ", "(b) ", "iii. "
_PART_LABEL = re.compile(r"^\W*(?:\d{1,2}|[a-h]|i{1,3}|iv|v)[.)]\s+", re.I)


def _kinds(text: str) -> tuple[str, ...]:
    kinds = [k for k, p in _KINDS if re.search(p, text, re.I)]
    if "percent" in kinds and not re.search(r"\$|\bdollars?\b", text):  # "what share of the allowed amount": a percent
        kinds = [k for k in kinds if k != "dollar"]
    # a heading such as "WHAT HAPPENED" in a report asks nothing: in a long message only its questions are read for this
    asked = " ".join(asked_sentences(text)) if len(text.split()) > 60 else ""
    # a price the message states ("billed at our self-pay rate of 95 dollars") is background: an amount is asked for
    # only on a line that asks ("... because there's a dollar minimum. true?")
    lines = " ".join(line for line in text.splitlines() if "?" in line)
    if asked and "dollar" in kinds and not re.search(dict(_KINDS)["dollar"], lines, re.I):
        kinds = [k for k in kinds if k != "dollar"]
    # a share the message states ("a 60 percent chance of hold music") is background in the same way
    if asked and "percent" in kinds and not re.search(dict(_KINDS)["percent"], lines, re.I):
        kinds = [k for k in kinds if k != "percent"]
    if _CONSEQUENCE.search(asked or text):
        kinds = ["consequence"] + [k for k in kinds if k not in ("duration", "date_calc") or _ASKS_TIME.search(text)]
    plain = _PART_LABEL.sub("", text.strip())  # "2) does the plan have to ...?": its label asks nothing
    if _YESNO.search(plain) or _YESNO_MORE.search(plain):
        kinds.append("yesno")
    return tuple(kinds)


def _parts(text: str) -> tuple[str, ...]:
    """'Does X count? Also, what do I do about Y?' -> the two questions."""
    # "1. ...", "b) ...", "(c) ...": one part per labelled line
    numbered = re.findall(r"(?m)^[ \t]*\(?(?:\d{1,2}|[a-e])[.)][ \t]+(.+(?:\n(?![ \t]*\(?(?:\d{1,2}|[a-e])[.)])[^\n]+)*)", text)
    if len(numbered) >= 2:  # "1. What is ...?\n2. Do I ...?\n3. ...": one part per numbered line
        return tuple(p.strip() for p in numbered)
    # "plus" or "also" starts a new question only at the start of a sentence or clause ("bill 90837 plus 90834" is one)
    pieces = [p.strip() for p in re.split(r"(?<=\?)\s+|(?:(?<=^)|(?<=[.,;:]\s))(?:also|and also|plus)\b[,:]?\s+|,\s+and (?:(?:remind|tell|show|let) "
                                          r"(?:me|us)(?: know)?\W+)?(?=(?:how|what|which|when|why|does|do|did|is|are|can|will|"
                                          r"who|whether)\b)", text, flags=re.I)]
    # a line about the asker's hurry or thanks asks nothing: "NEED TO KNOW BEFORE 4 WHEN THE BATCH GOES", "thanks so much!"
    pieces = [p for p in pieces if len(p.split()) >= 3 and not _REMARK.match(p)]
    return tuple(pieces) if len(pieces) > 1 else ()


# A question sentence inside a container (a form's JSON field, a bracketed comment in a draft, a forwarded message).
_REMARK = re.compile(r"^\W*(?:(?:i |we )?need (?:to know|an answer|this)|thanks?\b|thank you|asap\b|urgent\b|please (?:help|advise|hurry)|"
                     r"any help|appreciate)(?![^?]*\?)", re.I)


def _unit(raw: str) -> str:
    raw = raw.lower()
    return {"min": "minute", "mins": "minute", "hr": "hour", "hrs": "hour", "%": "percent"}.get(raw, raw.rstrip("s"))


def _fix_typos(words: list[str], known: set[str]) -> dict[str, str]:
    """Unknown words close to a knowledge-base word ("psycologist", "QualChioce") -> that word."""
    fixes = {}
    for w in words:
        lw = (terms(w) or [""])[0]
        if len(lw) >= 7 and lw not in known and not lw.isdigit():
            close = difflib.get_close_matches(lw, [k for k in known if abs(len(k) - len(lw)) <= 2 and k[:1] == lw[:1]],
                                              n=1, cutoff=0.8)
            if close:
                fixes[lw] = close[0]
    return fixes


def read_question(text: str, known: set[str] | dict[str, int] | None = None) -> Question:
    """A question -> what it asks for and how to search for it. `known` is the knowledge base's vocabulary (with
    the number of passages each word is in, when given)."""
    vocab, known = vocabulary(), known or set()
    language = _language(text)
    words = re.findall(r"[A-Za-z][A-Za-z/'-]*", text)
    extra: list[str] = []
    english = ""
    if language == "es":
        english = text  # the question rendered word by word in English, so its kind reads like an English one
        for rx, v in vocab["spanish"]:
            english = rx.sub(v, english)
        extra += [english]
    foreign = foreign_words(text)  # "pa" in a Kriolu line is "for", not prior authorization
    for w in words:
        if w in foreign:
            continue
        short = w.lower()
        short = short if short in vocab["abbreviations"] else re.sub(r"'?s$", "", short)
        if short in vocab["abbreviations"]:
            extra.append(vocab["abbreviations"][short])
    extra += [v for rx, v in vocab["phrases"] if rx.search(text)]
    extra += [v for rx, v in vocab["foreign_terms"] if rx.search(text)]  # "apelu", "prazu": another language's terms
    # a state's Medicaid program by its brand ("MassHealth", "TennCare") is searched as the Medicaid it is
    extra += ["Medicaid"] * any(n.lower() in vocab["medicaid_brands"] and rx.search(text) for n, rx in vocab["programs"])
    ages = _ages(text)
    extra += _age_words(ages, text)
    names = {w.lower() for g in ("programs", "payers", "states", "abroad") for n, _ in vocab[g] for w in n.split()}
    fixes = _fix_typos([w for w in words if w.lower() not in names], known) if known else {}
    extra += list(fixes.values())
    unknown = (uncovered(text, known) + unknown_codes(text, known)) if known else ()  # a code the sources lack, too
    # "дай конкретна дата", "berapa lama": a date or a time limit asked in another language's words, read as English
    asks = " ".join(dict.fromkeys(v for rx, v in vocab["foreign_asks"] if rx.search(text)))
    kinds = _kinds(f"{english or text}\n{asks}?" if asks else english or text)
    if "date_calc" in kinds and _LATE.search(text):  # "am I too late?" asks for the filing window, not late filing
        extra += ["time", "limit", "file", "appeal", "reconsideration", "within", "days", "deadline"]
    subject = None
    if "duration" in kinds or "date_calc" in kinds:
        subject = "plan" if _PLAN_TIME.search(text) else "member" if _MEMBER_TIME.search(text) else None
    units = tuple(dict.fromkeys(_unit(m.group(1)) for m in _QUANTITY.finditer(text)))
    claim = claim_of(text)  # searched twice over, so the claim outweighs who made it
    return Question(text=text, query=" ".join(([claim, claim] if claim else []) + [text] + extra), kinds=kinds, units=units, parts=_parts(text), language=language,
                    dates=tuple(find_dates(text)), window=find_window(text), subject=subject, unknown=unknown,
                    corrections=fixes, ages=ages)
