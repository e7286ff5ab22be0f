"""Extraction: article text in, Figure records out. Pure functions of (text, article metadata).

The stages, in the order data flows through them (one module each):

1. ``numbers``     every numeral with its scale, currency, percent sign, range and hedge (``normal``
                   makes the text comparable, ``numerals`` turns digits and number words into values)
2. ``engine``      candidates: each number in its sentence, with the sentence's context
3. ``personnel``, ``budgets``  which metric the words attached to a count, an amount or a percent
                   state (or why it is none)
4. ``attribution`` whose figure it is, and for deployments, the host
5. ``years``       the year it refers to and the stage (requested, proposed, approved)

``vocab`` holds the word patterns the stages read; ``countries`` the country gazetteer;
``text`` sentences and year expressions; ``assemble`` builds the Figure; ``followups`` handles
numbers that lean on the figure before them ("from 36,000 to 24,000").
"""

from dashboard.extraction import recache

with recache.compiling():  # the rules' ~460 patterns, compiled programs read from __pycache__ (see recache)
    from dashboard.extraction.multilingual import extract_figures
    from dashboard.extraction.record import ArticleInfo, Figure

__all__ = ["ArticleInfo", "Figure", "extract_figures"]
