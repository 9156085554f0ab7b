"""Treatment approaches in the notes and the generic evidence-base statements a letter may make about them."""
from __future__ import annotations

import re

from assistant.letters import patterns as P
from assistant.letters.facts import Facts
from assistant.letters.sections import and_join, clean, usable


# Diagnosis groups by ICD-10-CM prefix or name, and the approaches that are established treatments for them.
_GROUPS = (("depression", r"^F3[23]|^F34\.1|^F53", r"depress|dysthymi"), ("anxiety", r"^F4[01]", r"anxiety|panic|phobi"),
           ("trauma", r"^F43\.1", r"posttraumatic|post-traumatic|PTSD"), ("ocd", r"^F42", r"obsessive"),
           ("eating", r"^F50", r"anorexi|bulimi|binge|eating disorder"), ("bpd", r"^F60\.3", r"borderline"),
           ("adhd", r"^F90", r"ADHD|attention-deficit"), ("behavior", r"^F91", r"oppositional|conduct disorder"),
           ("substance", r"^F1[0-689]", r"use disorder|alcohol|opioid|cannabis|stimulant"), ("grief", r"^F43\.8", r"grief|bereave"),
           ("couple", r"^Z63", r"relationship distress|couple"))
EVIDENCE = {
    "CBT": {"depression", "anxiety", "trauma", "ocd", "eating", "substance"}, "CBT-E": {"eating"}, "TF-CBT": {"trauma"}, "DBT": {"bpd"},
    "EMDR": {"trauma"}, "CPT": {"trauma"}, "prolonged exposure": {"trauma"}, "ERP": {"ocd"},
    "IPT": {"depression", "eating"}, "FBT": {"eating"}, "MDFT": {"substance"}, "PCIT": {"behavior"},
    "behavioral parent training": {"adhd", "behavior"}, "motivational interviewing": {"substance"},
    "behavioral activation": {"depression"}, "exposure therapy": {"anxiety", "ocd", "trauma"},
    "Seeking Safety": {"trauma", "substance"}, "contingency management": {"substance"}, "Coping Cat": {"anxiety"},
    "problem-solving therapy": {"depression"}, "Unified Protocol": {"anxiety", "depression"}, "EFT": {"couple"},
    "IBCT": {"couple"}, "Gottman method": {"couple"}, "grief therapy": {"grief"}, "relapse prevention": {"substance"},
}


def diagnosis_groups(facts: Facts) -> dict[str, list[str]]:
    """Diagnosis group -> the client's diagnosis names in it (short form, as the notes write them)."""
    groups: dict[str, list[str]] = {}
    for d in facts.diagnoses:
        name = d.name.split(",")[0].strip()
        name = name if name[:2].isupper() else name[:1].lower() + name[1:]
        for group, code_rx, name_rx in _GROUPS:
            if re.search(code_rx, d.icd10) if d.icd10 else re.search(name_rx, d.name, re.I):
                groups.setdefault(group, [])
                if name not in groups[group]:
                    groups[group].append(name)
    return groups


def evidence_base(facts: Facts) -> list[str]:
    """Generic statements that an approach is an established treatment for the client's diagnosed conditions."""
    groups, by_conditions = diagnosis_groups(facts), {}
    for name, surface in modalities(facts):
        names = tuple(dict.fromkeys(n for g, ns in groups.items() if g in EVIDENCE.get(name, ()) for n in ns))
        if names:
            by_conditions.setdefault(names, []).append(surface)
    out = []
    for names, approaches in by_conditions.items():
        text = and_join(approaches)
        out.append("%s%s %s established, evidence-based %s for %s." % (
            text[:1].upper(), text[1:], "are" if len(approaches) > 1 else "is an",
            "treatments" if len(approaches) > 1 else "treatment", and_join(list(names))))
    return out


_MODALITY_RX = dict(P.MODALITY_RES)
_APPROACH_WORD = re.compile(r"(?:therap|treatment|prevention|training|interviewing|activation|restructuring|exposure|"
                            r"protocol|enhancement|management|facilitation)\w*$", re.I)


def modalities(facts: Facts) -> list[tuple[str, str]]:
    """(canonical name, the notes' own words) for each approach the notes name as an approach; a name
    inferred from other words ("fear ladder", "problem-solving worksheet") is left to the plan sentences."""
    out: dict[str, str] = {}
    for m in facts.modalities:
        rx = _MODALITY_RX.get(m.text)
        found = rx.search(m.evidence) if rx else re.search(re.escape(m.text), m.evidence)
        surface = clean(found.group(0)) if found else ""
        surface = m.text if surface.lower() == m.text.lower() else surface  # "cbt" in a lowercase note -> "CBT"
        if usable(m.evidence) and surface and (surface.lower() == m.text.lower() or _APPROACH_WORD.search(surface)):
            out.setdefault(m.text, surface)
    return list(out.items())
