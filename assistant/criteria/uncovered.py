"""Named things a question is about that the knowledge base never mentions: a program, a payer, a state, a place
abroad. Naming one the sources lack means they do not cover the question, unless the question is also about a kind
of coverage whose rules hold for every plan."""

from __future__ import annotations

import re

from assistant.criteria.question_sentences import asked_sentences
from assistant.criteria.vocab import vocabulary
from assistant.criteria.words import terms


def _covered_place(name: str, known) -> bool:
    """A state the sources are about: named in two or more passages. One mention (a court case's name, a mailing
    address) is no source on that state's rules."""
    if not isinstance(known, dict):  # a bare vocabulary has no counts: a mention is all it can say
        return all(w in known for w in terms(name))
    return all(known.get(w, 0) >= 2 for w in terms(name))


_ASKERS_PLACE = re.compile(r"\b(?:work\w*|liv\w+|practi[cs]\w+|based|trained|moved|relocated|studied|grew up)\b[^.?!;]{0,40}?"
                           r"\bin\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?")


def _without_askers_place(text: str) -> str:
    """The question with the places its asker says they work, live or trained cut out (first-person sentences only)."""
    return re.sub(r"[^.?!;]+", lambda s: _ASKERS_PLACE.sub(" ", s.group(0)) if re.search(r"\b(?:I|we)\b", s.group(0), re.I)
                  else s.group(0), text)


def uncovered(text: str, known) -> tuple[str, ...]:
    """Programs, payers and states the question names that no knowledge document mentions.

    A program (TRICARE, FEHB) has its own rulebook, so naming one the sources lack means they do not cover the
    question. A payer or a state the sources lack does not matter when the question is also about a kind of coverage
    whose rules they hold for every plan (a Humana Medicare Advantage plan follows the Medicare Advantage rules).
    """
    vocab = vocabulary()
    general = bool(re.search(vocab["general_coverage"], text, re.I))
    def known_name(n: str) -> bool:  # "VA health care" is judged by the word that marks it, not by "health"
        return all(w in known for w in terms(vocab["marks"].get(n.lower(), n)))

    def covered_payer(n: str) -> bool:  # "Harvard Pilgrim" is covered when the sources hold Point32Health
        family = next((f for f in vocab["families"] if n.lower() in f), [n.lower()])
        return any(known_name(m) for m in family)

    named = {g: [(n, _covered_place(n, known) if g == "states" else covered_payer(n) if g == "payers" else known_name(n))
                 for n, rx in vocab[g] if rx.search(text)] for g in ("programs", "payers", "states")}
    # where the asker works or trained is no subject: "I trained in Leeds and now work at a programme in Oregon"
    placed = _without_askers_place(text)
    named["states"] = [(n, ok) for n, ok in named["states"] if next(rx for m, rx in vocab["states"] if m == n).search(placed)]
    named["abroad"] = [(n, _covered_place(n, known)) for n, rx in vocab["abroad"] if rx.search(placed)]
    out = [n for n, ok in named["programs"] if not ok and not _medicaid_floor(n, text)]
    # a federal rule every plan must follow (parity) holds for a payer the sources never name, not for a state's own law
    federal = bool(vocab["federal_rules"].search(text))
    if not general and not federal and not any(ok for _, ok in named["payers"]):
        out += [n for n, ok in named["payers"] if not ok]
    if not general:
        out += [n for n, ok in named["states"] + named["abroad"] if not ok]
    return tuple(out) + tuple(n for n in state_programs(text, known) if n.split()[0] not in out)


def _medicaid_floor(program: str, text: str) -> bool:
    """Whether a state's Medicaid brand ("MO HealthNet") is named in a question about the floor federal Medicaid law
    sets for every state program (a fair hearing's clocks, a plan appeal, EPSDT) and asks none of its own rules."""
    vocab = vocabulary()
    asked = " ".join(re.findall(r"[^.?!\n]*\?", text))
    return program.lower() in vocab["medicaid_brands"] and bool(vocab["medicaid_floor"].search(text)) \
        and not _OWN_RULE.search(asked)


# a state's own Medicaid program ("Indiana Medicaid", "Medicaid in Ohio") asked for a rule each program sets for itself:
# how many visits or units before prior authorization, which form. The federal Medicaid documents hold the floor every
# state must meet (sufficiency, EPSDT, hearings), never one state's thresholds or forms.
_STATE_PROGRAM = r"\b{s}(?:['\u2019]s)?\s+(?:Medicaid|Medical Assistance)\b|\bMedicaid\s+(?:in|of|for)\s+{s}\b"
_OWN_RULE = re.compile(r"\bhow many\b[^?]{0,80}\b(?:units?|visits?|sessions?|hours?)\b|\b(?:which|what) (?:\w+ ){0,2}forms?\b|"
                       r"\bforms? (?:do|should|must) (?:we|i|you)\b|\b(?:need|require)s?\b[^?.]{0,30}\b(?:a |an )?(?:precert\w*|"
                       r"prior auth\w*|pre-?auth\w*|PA)\b|\b(?:precert\w*|prior auth\w*|pre-?auth\w*)\b[^?.]{0,20}\b(?:rules?|"
                       r"requirements?|thresholds?|limits?|after)\b", re.I)


def state_programs(text: str, known) -> tuple[str, ...]:
    """'Indiana Medicaid' when a question asks a state Medicaid program's own rule (a visit threshold, a form) and the
    sources are not about that state; () otherwise."""
    asked = " ".join(re.findall(r"[^.?!\n]*\?", text))
    if not _OWN_RULE.search(asked):
        return ()
    vocab = vocabulary()
    return tuple(f"{name} Medicaid" for name, _ in vocab["states"] if not _covered_place(name, known)
                 and re.search(_STATE_PROGRAM.format(s=re.escape(name)), text, re.I))


# a form's own field for the coverage ("Payer: ...", "Insurance | ...") says what every question on it is about
_COVERAGE_FIELD = re.compile(r"^[ \t]*(?:payer|plan|insurance|insurer|carrier|coverage|health plan|primary|secondary|"
                             r"member plan)\b[^:|\n]{0,20}[:|][^\n]*", re.I | re.M)


def asked_about(text: str, parts: tuple[str, ...], unknown: tuple[str, ...]) -> tuple[str, ...]:
    """The unknown names a long document's questions are about: a payer or state named only in a line that asks
    nothing ("our Highmark denial scored her a 24 ...") is background to a question about something else (what a scale
    measures), unless it fills the form's coverage field. So is a state's Medicaid brand in a résumé's or a letterhead's
    line ("billed PA Medicaid (HealthChoices)"). Another program, or a code, stays whatever line names it, unless the
    program is only an add-on beside coverage the sources hold ("Medicare A + B, plus a Medigap plan")."""
    vocab = vocabulary()
    asked = " ".join(parts) + " " + " ".join(m.group(0) for m in _COVERAGE_FIELD.finditer(text))
    brands = [(n, rx) for n, rx in vocab["programs"] if n.lower() in vocab["medicaid_brands"]]

    def kept(name: str) -> bool:
        rx = next((rx for g in ("payers", "states", "abroad") for n, rx in vocab[g] if n == name), None) or \
            next((rx for n, rx in brands if n == name), None)
        if rx is None and (program := next((rx for n, rx in vocab["programs"] if n == name), None)):
            return not _add_on(text, program, unknown)
        return rx is None or bool(rx.search(asked))
    return tuple(n for n in unknown if kept(n))


def _add_on(text: str, program: re.Pattern[str], unknown: tuple[str, ...]) -> bool:
    """Whether a program is named only as an add-on beside coverage the sources hold ("Original Medicare A + B, plus a
    Medigap Plan G", "Optum Behavioral - EAP: 6 sessions") and in none of the document's question sentences: the
    questions are about that coverage, whose rules the sources give."""
    vocab = vocabulary()
    if any(program.search(s) for s in asked_sentences(text)):
        return False
    held = [rx for n, rx in vocab["payers"] if n not in unknown] + [re.compile(vocab["general_coverage"], re.I)]

    def after_held(line: str) -> bool:  # "Medicare A + B, plus a Medigap plan": the add-on follows what it adds to
        at = program.search(line).start()
        return any((m := rx.search(line)) and m.start() < at for rx in held)
    return any(after_held(line) for line in text.splitlines() if program.search(line))
