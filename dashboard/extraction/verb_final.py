"""German puts the verb of a clause last: "Im Jahr 2024 soll das Budget von 4,0 auf 4,8 Milliarden Euro erhöht werden"
(in 2024 the budget is to be raised from 4.0 to 4.8 billion euros). A word-for-word gloss leaves "increased" after the
amounts, where no English rule looks for it. ``verb_inserts`` finds such clauses and says where the verb's English
belongs: before the amount the clause gives ("from 4.0 to 4.8 billion", "by 21 percent", "to 2,000 soldiers", or the
first amount). ``gloss`` writes it there as a piece of its own, so the numbers keep their original characters and
offsets; the German verb stays where it was, glossed as usual.

>>> verb_inserts("So soll das Kontingent im Irak von derzeit rund 850 auf 2.000 Soldaten verstarkt werden.", "de")
{31: 'increased '}
"""

from __future__ import annotations

import re

# the verb last in its clause (a participle or an infinitive, then at most two auxiliaries), and what it is in English
_VERBS = {
    "amounting to": r"betragen|betragt|betrug|belaufen|ausmachen",
    "spend": r"ausgeben|ausgegeben|aufwenden|aufgewendet|aufgewandt|investiert|investieren|bereitgestellt|bereitstellen|"
             r"veranschlagt|eingeplant|budgetiert",
    "increased": r"erhoht|erhohen|aufgestockt|aufstocken|steigen|gestiegen|angestiegen|anheben|angehoben|verstarkt|verstarken|"
                 r"wachsen|gewachsen|ausgeweitet|ausweiten|ausgebaut|ausbauen|klettern|geklettert|vergrossert|vergrossern",
    "decreased": r"gesenkt|senken|sinken|gesunken|gekurzt|kurzen|reduziert|reduzieren|verringert|verringern|verkleinert|"
                 r"verkleinern|zuruckgegangen|zuruckgehen|geschrumpft|schrumpfen|abgebaut|abbauen",
    "deployed": r"stationiert|stationieren|entsandt|entsenden|geschickt|schicken|verlegt|verlegen|eingesetzt|einsetzen",
}
_AUX = r"(?:\s+(?:werden|wird|worden|wurde|wurden|sein|ist|sind|war|waren|hat|haben|hatte|hatten|soll|sollen|sollte|sollten|" \
       r"kann|konnen|konne|muss|mussen|will|wollen|durfte|durften)){0,2}"
# (one named group per English verb, "v0", "v1" ...: the group that matched says which)
_CLAUSE_END_RE = re.compile(r"\b(?:" + "|".join(f"(?P<v{i}>{v})" for i, v in enumerate(_VERBS.values())) + r")" + _AUX
                            + r"\s*(?=[.;:!?\n]|,\s|\s(?:und|oder|aber|sowie)\s|$)", re.I)
_ENGLISH = list(_VERBS)
_CLAUSE_START_RE = re.compile(r"(?<!\bca)(?<!\bMio)(?<!\bMrd)(?<!\bbzw)(?<!\bNr)(?<!\bzB)[.;:!?](?=\s|$)|\n|,\s")  # (not "ca. 40,5")
_HEDGE = r"(?:(?:derzeit|aktuell|zurzeit|rund|etwa|ungefahr|circa|ca\.|knapp|uber|mehr\s+als|fast|nahezu|insgesamt|bis\s+zu|mindestens)\s+){0,3}"
_NUMBER = r"(?:(?!(?:19|20)\d\d(?![\d.,]))\d|(?:eine?|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|elf|zwolf|zwanzig|dreissig|vierzig|funfzig|hundert|tausend)\s)"
# where the English verb goes: before "von X (auf Y)", "auf X", "um X", else before the first amount of the clause
_SHARE_NEXT_RE = re.compile(r"[\d.,]*\s*(?:%|prozent)", re.I)
_PLACE_RE = re.compile(r"\b(?:von|vom|auf|um)\s+" + _HEDGE + _NUMBER + r"|(?<![\w.,])" + _HEDGE + _NUMBER, re.I)


def verb_inserts(folded: str, lang: str) -> dict[int, str]:
    """Where, in ``folded`` (the text without accents), the English of a clause-final verb goes, and what it is (module
    docstring). Empty for any language but German."""
    if lang != "de":
        return {}
    inserts: dict[int, str] = {}
    last_end = 0
    for hit in _CLAUSE_END_RE.finditer(folded):
        start = max((m.end() for m in _CLAUSE_START_RE.finditer(folded, max(last_end, hit.start() - 300), hit.start())), default=max(last_end, hit.start() - 300))
        last_end = hit.end()
        place = _PLACE_RE.search(folded, start, hit.start())
        if place is None:
            continue
        english = _ENGLISH[int(hit.lastgroup[1:])]
        if english in ("spend", "amounting to") and _SHARE_NEXT_RE.match(folded, place.end() - 1):
            continue  # ("die USA rund 4,7% des BIP in die Armee investiert": a share, read as it stands)
        inserts[place.start()] = english + " "
    return inserts
