"""Organisations whose name follows their head word, written in title case: "Masjid an-Noor", "Gurdwara Sahib
Singh Sabha", "Clínica San Rafael", "Centro de Salud La Esperanza", "Iglesia Cristiana Bethel", "Klinikum
Rechts der Isar", "Ospidéal na hOllscoile", "Ysbyty Gwynedd". English puts the head last ("Fairhaven Islamic Center", orgs.py); Arabic, Punjabi, Spanish,
Italian, French and German names put it first, and their particles ("an-", "al-", "de la", "der") are lowercase.
The capitals form ("MASJID AN-NOOR") is read by orgs.py."""

from __future__ import annotations

import re

from assistant.records import PhiSpan

_HEADS = (r"Masjid|Mandir|Gurdwara|Iglesia|Igreja|Cl[íi]nica|Centro|Escuela|Escola|Colegio|Instituto|Fundaci[óo]n|"
          r"Asociaci[óo]n|Farmacia|Ospedale|Azienda|Istituto|Policlinico|Clinique|H[ôo]pital|[ÉE]cole|Lyc[ée]e|Klinikum|"
          r"Klinik|Krankenhaus|Parroquia|Capilla|Templo|"
          # Irish, Scottish Gaelic, Welsh and Māori: "Ospidéal na hOllscoile", "Ysbyty Gwynedd", "Kura Kaupapa Māori"
          r"Ospid[ée]al|Ospadal|Scoil|Sgoil|Col[áa]iste|Ollscoil|Ionad|Cleachtas|Ysbyty|Ysgol|Canolfan|Meddygfa|Prifysgol|"
          r"Whare|Kura|K[ōo]hanga|"
          # Maltese: "Ċentru tas-Saħħa Mentali Bormla", "Sptar San Luqa", "Klinika Santa Venera", "Skola Primarja Ħamrun"
          r"[ĊC]entru|I?sptar|Klinika|Poliklinika|I?skola|Kulle[ġg]{2}|Universit[àa]|Knisja|Parro[ċc]{2}a|Istitut|Fondazzjoni")
# a particle joined to the next word ("an-Noor", "al-Falah", "d'Arc") or standing before it ("de la", "der")
# ... or an Irish mutation before the capital ("na hOllscoile", "na nGael")
# ... or a Maltese article joined by a hyphen ("tas-Saħħa", "il-Mosta", "taż-Żgħażagħ")
_JOINED = (r"(?:a[lnrsdt]|el|ul|ad|as|at|d['’]|l['’])-?[A-Z][\w'’-]*|(?:bh|[bdgmnth])-?[A-ZÁÉÍÓÚ][\w'’-]*|"
           r"(?:i|ta|fi)?[lċdnrstxż]-[A-ZÀ-ÞĀ-Ž][\w'’-]*")
_PARTICLES = r"(?:de|del|de la|de los|de las|la|las|los|el|y|e|da|das|do|dos|di|della|du|des|der|die|von|zu|na|an|o|ta')"
_NAME_WORD = rf"(?:[A-ZÀ-ÞĀ-Ž][\w'’-]*|{_JOINED})"
# after a space, or after a Maltese article or "f'" (in) joined to the head: "f'Ċentru ...", "l-Isptar Mater Dei"
_HEAD_FIRST = re.compile(rf"(?:(?<![\w'’-])|(?<=\bf['’])|(?<=[lnrstxdċż]-))(?:{_HEADS})(?:[ \t]+(?:{_PARTICLES}[ \t]+)*{_NAME_WORD}){{1,4}}")


def find_head_first(text: str) -> list[PhiSpan]:
    """Text -> ORGANIZATION_LINKED spans of title-case names that begin with their head word."""
    return [PhiSpan(m.start(), m.end(), "ORGANIZATION_LINKED", 0.75, "org_head") for m in _HEAD_FIRST.finditer(text)]
