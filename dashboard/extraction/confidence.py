"""Confidence: how likely a figure is right, from how it was found.

A figure's rule (``method``) and the way its owner was found (``how``) carry most of what
predicts an error on real text: a number bound to "troops" with the country in the same phrase is
rarely wrong; one whose owner falls back to the article's main country often is. The weights
below were set from the precision of each kind of evidence on the worked parts of devset2
(see README, "Measured quality", for precision per confidence band); they are data, not
guesses, and move when those measurements move.
"""

from __future__ import annotations

# How the owner was found -> base confidence.
_OWNER = {
    "bound": 0.9, "pronoun": 0.85, "sentence": 0.85, "conversion": 0.85, "pair": 0.8,
    "same-sentence-figure": 0.75, "currency": 0.75, "previous": 0.7, "sentence-after": 0.65,
    "dateline": 0.65, "article": 0.55, "title": 0.6,
}
LOW = 0.6  # below this a figure is shown as "low confidence" on every chart, card and review queue


def score(method: str, how: str) -> float:
    """Confidence in [0, 1] for a figure found by ``method`` with its owner found ``how``.

    >>> score("personnel:number-noun", "bound") > score("personnel:number-noun", "article")
    True
    """
    return round(_OWNER.get(how, 0.5), 2)
