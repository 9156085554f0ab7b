"""The last day to act: a time limit from the sources counted from the date a question gives (the notice's date, or
the day it arrived), and the sentence that states that time limit put first when it sits below the top sentences."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from assistant.criteria.dates import add_window, find_window, notice_date, receipt_start, spoken, today_in
from assistant.criteria.filed import filed_line
from assistant.criteria.ladder import next_window_bonus
from assistant.criteria.other_parts import other_part_test
from assistant.criteria.routes import route_bonus, routes_named
from assistant.criteria.stated_windows import stated_windows, states_same
from assistant.criteria.vocab import vocabulary
from assistant.criteria.window_start import asked_act, does_act, paper_date
from assistant.criteria.question import Question
from assistant.criteria.select import Candidate
from assistant.criteria.split import sentences
from assistant.criteria.words import terms
from assistant.records import Passage


def deadline_line(q: Question, chosen: list[Candidate], passages: list[Passage], number: dict[int, int]) -> str:
    """'Last day: May 14, 2026 (65 days counted from March 10, 2026) [1]' when the question gives the start date."""
    if "date_calc" not in q.kinds or not q.dates:
        return ""
    # a window the notice itself states ("the letter says 'within four months'") is counted; one the asker assumed
    # ("we set the tickler at 180 days") is checked against the sources' window instead
    window, source = (q.window if _NOTICE_SAYS.search(q.text) else None), None
    named = programs_named(q.text)
    asked = {t for part in q.parts if re.search(r"\b(?:window|deadline|time limit|how long)\b", part, re.I)
             for t in terms(part)} - {"window", "deadline", "time", "limit", "long", "decision"}  # "the window for an ALJ hearing"

    process, theirs, following = process_terms(q), _others_clocks(q), next_window_bonus(q.text)
    route, own = route_bonus(q.text), routes_named(q.text)
    # a sentence about a route the question does not name ("managed care" beside "straight fee-for-service") is that
    # route's window; a filing window stated for the named route is the question's own
    others = [rx for rx in vocabulary()["coverage_routes"] if own and rx.pattern not in {o.pattern for o in own}]
    # "by what date must the IRO decide?" asks the reviewer's clock; any other last day is the asker's own window
    decision = bool(_ASKS_THEIR_DECISION.search(" ".join(_dated(q))))

    act = asked_act(_dated(q))
    elsewhere = other_part_test(list(q.parts), _dated(q))  # "2) does therapy continue?": continuation's 10 days are its
    agrees = _agrees(q, decision)  # "she says four months": the source's 4 months is the rule the asker means

    def filing(c: Candidate) -> float:  # the window to file in, for the program the question names; not a decision time
        where = (c.text + " " + passages[c.rank].title).lower()
        return (2 * sum(n in where for n in named) - 2 * _other_program(passages[c.rank].title, named) + 2 * does_act(c.text, act)
                + bool(_FILE_VERBS.search(c.text)) + _clock_weight(c.text, decision) + c.fit + len(asked & c.terms)
                + 2 * len(process & about(c, passages)) + following(c.text) + route(where)
                + 2 * (any(rx.search(c.text) for rx in own) and bool(_FILE_VERBS.search(c.text)))
                - 2 * (route_side(c, passages, q.text) < 0) + 2 * agrees(c))
    for c in sorted(chosen, key=lambda c: -filing(c)):
        if window:
            break
        if theirs(c) or elsewhere(about(c, passages), c.terms):
            continue
        if (found := find_window(c.text)) and found[1] in ("days", "months", "years", "business days"):
            window, source = found, c
    window = window or q.window
    if not window:
        return ""
    today = today_in(q.text, list(q.dates))
    # a window "of the date on the initial bill" counts from the bill's date, whatever other papers the question dates
    paper = source and paper_date(q.text, source.text)
    start = paper or notice_date(q.text, list(q.dates), today) or q.dates[-1]
    doc = passages[source.rank].source_id if source else None
    # what the source's document says of receipt, without its sentences on another route (a fee-for-service rule
    # "of receiving" is no start for a managed care plan's window)
    document = [" ".join(x for x in sentences(p.text) if not any(rx.search(x) for rx in others) or
                         any(rx.search(x) for rx in own)) for p in passages if p.source_id == doc]
    start, extra = receipt_start(q.text, start, window, source.text if source else "", document,
                                 [c.text for c in chosen if c is not source and find_window(c.text) == window])
    last, rolled = add_window(start, *window)
    roll = (f"; {spoken(start)} plus {window[0]} {window[1]} has no matching day, so the time limit runs to the first "
            "day of the next month") if rolled else ""
    cite = f" [{number[source.rank]}]" if source and source.rank in number else ""
    left = "" if today is not None else filed_line(q.text, start, last)  # a tracking history's delivery date, say
    if today is not None:  # "Today is April 20": say first whether there is still time
        days = (last - today).days
        left = (f"Still in time: {days} day{'s' if days != 1 else ''} left counting from today, {spoken(today)}. " if days >= 0 else
                f"The window closed {-days} day{'s' if days != -1 else ''} before today, {spoken(today)}: ask for a good-cause "
                "late filing and see what else remains. ")
    return (f"{left}Last day: {spoken(last)}: {window[0]} {window[1]} counted from {spoken(start)}{extra}{roll}{cite}. "
            f"Count from the date {'on the bill' if paper else 'the notice names'} and confirm it against the "
            f"{'bill' if paper else 'notice'} itself.")


_NOTICE_SAYS = re.compile(r"\b(?:letter|notice|denial|EOB|decision|plan documents?)\b(?: itself)?\s+(?:says?|said|states?|gives?|"
                          r"allows?|reads?)\b[^.?!]{0,40}\b(?:\d+|one|two|three|four|five|six|ten|thirty|sixty|ninety)\s+"
                          r"(?:calendar |business )?(?:days?|months?|years?)\b", re.I)
_PROGRAMS = re.compile(r"Medicare Advantage|Medicaid|Medicare|ERISA|Marketplace|TRICARE|FEHB|CHIP")
_FILE_VERBS = re.compile(r"\b(?:to (?:ask|file|request|submit|appeal)|must be (?:filed|received|made|submitted)|has \d+|have \d+)\b", re.I)
# a reviewer's own clock: "must decide", "decides within", "acknowledges the application within about 5 days"
_DECIDE = re.compile(r"\b(?:must|will|to) (?:decide|make (?:a|its) decision|respond|issue)|\bdecid\w* (?:a|the|within)\b|"
                     r"\bdecisions? (?:must|shall|will|have to) (?:come|be (?:made|issued|given|sent))\b|"
                     r"\backnowledg\w*\b[^.;]{0,40}\bwithin\b", re.I)
_APPEAL_WORDS = re.compile(r"\b(?:appeal|reconsideration|redetermination|grievance|review|request)\w*", re.I)


# a date question about a reviewer's own clock: "by what date must the IRO decide?", "the last day for the IRO's
# decision"; not a decision the question only dates ("the first-level decision is dated January 10")
_REVIEWERS = r"(?:IRO|reviewer|review organi[sz]ation|plan|board|agency|state|QIC|MAC|ALJ|insurer|payer|contractor)"
_ASKS_THEIR_DECISION = re.compile(rf"\b(?:must|should|does|do|will|has to|have to|gets? to)\s+(?:the\s+)?{_REVIEWERS}\b"
                                  rf"[^?.]{{0,20}}\b(?:decide|rule|respond|answer|issue)\w*|\b{_REVIEWERS}(?:'s)?\s+"
                                  r"(?:decision|ruling|answer|response)\b(?!\s+(?:(?:is|was)\s+)?(?:dated|letter|notice|date))", re.I)


def _agrees(q: Question, decision: bool) -> Callable[[Candidate], bool]:
    """Whether a sentence gives a time limit the question itself states, and is the asker's own window (not a
    reviewer's time to decide, unless the question asks for that)."""
    stated = stated_windows(q.text)
    return lambda c: states_same(c.text, stated) and (decision or not _DECIDE.search(c.text))


def _clock_weight(sentence: str, decision: bool) -> int:
    """+2 for a decision time when the question asks by when a reviewer must decide; else -2 for a decision time or a
    reviewer's other task time (its preliminary check), which is no window for the asker to file in."""
    if decision:
        return 2 * bool(_DECIDE.search(sentence))
    return -2 * bool(_DECIDE.search(sentence) or _reviewers_task(sentence))


def _reviewers_task(sentence: str) -> bool:
    """Whether a sentence gives a plan's or a reviewer's own task time ("the plan has 5 business days to check
    eligibility"), not a window for the member to file in ("the state must allow a reasonable time to request ...")."""
    return bool(_THEIR_CLOCK.search(sentence)) and not re.search(r"\bto (?:file|request|appeal|ask)\b", sentence, re.I)


def programs_named(text: str) -> list[str]:
    """The public programs a question names, lower case; a state's Medicaid brand ("MassHealth") names Medicaid."""
    vocab = vocabulary()
    brand = any(n.lower() in vocab["medicaid_brands"] and rx.search(text) for n, rx in vocab["programs"])
    return [w.lower() for w in _PROGRAMS.findall(text)] + (["medicaid"] if brand else [])


def _other_program(title: str, named: list[str]) -> bool:
    """Whether a passage's title is about a public program the question never names: its time limit is that
    program's ("Original Medicare ... appeals" beside a question about an employer plan's external review)."""
    return any(p.lower() not in named for p in _PROGRAMS.findall(title))


def window_first(q: Question, cands: list[Candidate], chosen: list[Candidate], passages: list[Passage],
                 overlap: Callable[[Candidate], float]) -> list[Candidate]:
    """The chosen sentences with the best sentence that states an appeal's time limit put first (the limit may be
    stated under a heading that names the appeal: "Filing: the claimant has 4 months ...")."""
    heads = {r: f"{p.title} {p.section}" for r, p in enumerate(passages)}
    theirs, elsewhere = _others_clocks(q), other_part_test(list(q.parts), _dated(q))
    act = asked_act(_dated(q))  # "the last day R. can start it": a window to start a dispute is one too
    timed = [c for c in cands if find_window(c.text) and not theirs(c) and not elsewhere(about(c, passages), c.terms) and
             (_APPEAL_WORDS.search(f"{c.text} {heads.get(c.rank, '')}") or does_act(c.text, act))]
    named = programs_named(q.text)
    process, following = process_terms(q), next_window_bonus(q.text)
    decision = bool(_ASKS_THEIR_DECISION.search(" ".join(_dated(q))))
    agrees = _agrees(q, decision)

    def fits(c: Candidate) -> float:  # the program the question names, in the sentence or its passage's title
        where = (c.text + " " + passages[c.rank].title).lower()
        return (c.fit + overlap(c) + 2 * sum(n in where for n in named) + 2 * len(process & about(c, passages))
                + 2 * agrees(c) + (_clock_weight(c.text, decision) if agrees(c) or any(map(agrees, timed)) else 0)
                + 2 * route_side(c, passages, q.text)
                + 2 * does_act(c.text, act)
                + following(c.text))
    return ([max(timed, key=fits)] if timed else []) + chosen


# words of a date question that say it asks for a date, not which review or appeal the date belongs to
_DATE_WORDS = frozenset(terms("last final latest day date days deadline due file filed filing request submit send "
                              "window time limit long when what which count counted right answer "
                              # words that point at something said elsewhere ("the last day for each one")
                              "each one ones both all either them these those that this thing things real actual"))


# what a last day is the last day of: "last day to file the federal external review request", "the deadline for a fair
# hearing", "by when must we request reconsideration"
_OBJECT = re.compile(r"\b(?:(?:last|final|latest) (?:day|date)|deadline|due date|by when|what date)\b[^?.,;\n]{0,30}?\b"
                     r"(?:to (?:file|request|ask for|submit|send|appeal|start|seek)|for|(?:file|request|submit)(?:ed)?)\b"
                     r"(?:\s+(?:for|an?|the|my|our|her|his|their|its))*\s+([^?.,;:\n]{3,60})", re.I)
_OBJECT_END = re.compile(r"\s(?:and|or|if|because|bc|since|when|while|so|but|i|i'm|we|from|after|by|in|on)\s", re.I)


def process_terms(q: Question) -> set[str]:
    """The words that name what a date question's last day belongs to ("the last day to file the federal external
    review request" -> federal, external, review); an empty set when the question does not say."""
    dated = _dated(q)
    found = [m.group(1) for p in dated for m in _OBJECT.finditer(p)]
    if len(dated) != 1 or len(found) != 1:
        return set()
    return {t for t in terms(_OBJECT_END.split(f" {found[0]} ")[0]) if not t.isdigit()} - _DATE_WORDS


def _dated(q: Question) -> list[str]:
    """The parts of a question that ask for a date (the question itself when it has no parts)."""
    from assistant.criteria.question import read_question

    return [p for p in q.parts if "date_calc" in read_question(p).kinds] or ([q.text] if not q.parts else [])


_ASKS_DECISION = re.compile(r"\b(?:decid\w*|decision|rul(?:e|es|ing)|resolv\w*|respond\w*|answer\w*)\b", re.I)


# a time limit held by the plan, the reviewer or the agency: "the plan has 5 business days to check eligibility"
_THEIR_CLOCK = re.compile(r"\b(?:plan|IRO|reviewer|review organization|insurer|issuer|agency|state|contractor|QIC|MAC|ALJ)"
                          r"\s+(?:has|have|must|will|gets?|is given|decides?)\b", re.I)


def _others_clocks(q: Question) -> Callable[[Candidate], bool]:
    """For a date question that names what it asks the last day of ("the last day to file the federal external review
    request"): whether a sentence gives a reviewer's own clock instead ("the IRO decides within 45 days", "the plan has
    5 business days to check"). Read once per question, applied to every sentence."""
    if not process_terms(q) or _ASKS_DECISION.search(" ".join(_dated(q))):
        return lambda c: False
    return lambda c: bool(_DECIDE.search(c.text) or _THEIR_CLOCK.search(c.text))


def about(c: Candidate, passages: list[Passage]) -> set[str]:
    """What a sentence is about: its words and its document's title (a section heading may name a neighbour)."""
    return set(c.terms) | _title_terms(passages[c.rank].title)


@lru_cache(maxsize=256)
def _title_terms(title: str) -> frozenset[str]:
    return frozenset(terms(title))


def route_side(c: Candidate, passages: list[Passage], question: str) -> int:
    """+1 when a window sentence (or its section's heading) names a coverage route the question names, -1 when it names
    only another route ("... after a managed care plan appeal" beside "fee for service, not MCO"), 0 otherwise."""
    own = routes_named(question)
    if not own:
        return 0
    said = f"{c.text} {passages[c.rank].section}"
    if any(rx.search(said) for rx in own):
        return 1
    return -1 if any(rx.search(said) for rx in vocabulary()["coverage_routes"]) else 0


def window_fits(q: Question, chosen: list[Candidate], cands: list[Candidate], passages: list[Passage]) -> bool:
    """Whether a chosen sentence states the time limit for what the date question names (a review, a hearing) as
    closely as any retrieved one: a fee-for-service hearing window or a state review's range is no answer to "the
    last day to file the federal external review request" when the federal review's own window was retrieved."""
    process, theirs, following = process_terms(q), _others_clocks(q), next_window_bonus(q.text)
    elsewhere = other_part_test(list(q.parts), _dated(q))

    def timed(pool: list[Candidate]) -> list[int]:
        return [len(process & about(c, passages)) for c in pool if find_window(c.text) and not theirs(c)
                and not elsewhere(about(c, passages), c.terms)]
    mine = timed(chosen)
    # "fee for service, not MCO": a chosen window stated only for another route is no answer when one for its own was
    sides = [route_side(c, passages, q.text) for c in cands if find_window(c.text) and not theirs(c)]
    if max(sides, default=0) > 0 and all(route_side(c, passages, q.text) < 0 for c in chosen if find_window(c.text)):
        return False
    # "the last day R. can start it": a chosen window for another act is no answer when a retrieved one is to start it
    act = asked_act(_dated(q))
    if act and not any(does_act(c.text, act) for c in chosen if find_window(c.text)) and \
            any(does_act(c.text, act) for c in cands if find_window(c.text) and not theirs(c)):
        return False
    # "she says four months": a chosen window of another length is no answer when a retrieved sentence gives those 4 months
    agrees = _agrees(q, bool(_ASKS_THEIR_DECISION.search(" ".join(_dated(q)))))
    if not any(agrees(c) for c in chosen) and any(agrees(c) for c in cands if not theirs(c)):
        return False
    # "the QIC upheld it: next level, last day?": the window counted from that decision, when one was retrieved
    nexts = [following(c.text) for c in cands if find_window(c.text)]
    if max(nexts, default=0) > 0 and max((following(c.text) for c in chosen if find_window(c.text)), default=0) <= 0:
        return False
    return bool(mine) and (not process or max(mine) >= max(timed(cands), default=0))
