"""The extractor's entry point: English text goes to the rules as it is; an article in Spanish, French,
Portuguese, German, Italian or Russian is glossed into English words first (``gloss``), and each figure found in the gloss
is moved back onto the article's own text, so its span, quote and passage are the original words.

>>> from datetime import date
>>> from dashboard.extraction.record import ArticleInfo
>>> text = ("Le Burundi a déployé près de 10 000 soldats burundais dans l'est de la RDC pour lutter contre le M23. "
...         "Le ministère de la Défense du Burundi a confirmé que les soldats sont arrivés dans la région.")
>>> [(f.country_iso3, f.metric, f.value, f.host_iso3, f.quote) for f in extract_figures(text, ArticleInfo("a", date(2024, 5, 1)))]
[('BDI', 'troops_deployed', 10000.0, 'COD', '10 000')]
"""

from __future__ import annotations

import dataclasses

from dashboard.extraction import engine
from dashboard.extraction.assemble import MAX_PASSAGE, one_line
from dashboard.extraction.confidence import GLOSSED
from dashboard.extraction.gloss import LANGUAGES, Gloss, detect_language, gloss, leans_to
from dashboard.extraction.gloss_cjk import gloss_cjk
from dashboard.extraction.normal import normalize
from dashboard.extraction.record import ArticleInfo, Figure
from dashboard.extraction.text import split_sentences
from dashboard.extraction.trace import Decision


def extract_figures(text: str, info: ArticleInfo | None = None, trace: list[Decision] | None = None) -> list[Figure]:
    """Every defense figure stated in ``text`` (see ``engine.extract_figures``), in any of the languages
    ``gloss`` reads."""
    lang = detect_language(text)
    if lang == "en":
        return engine.extract_figures(text, info, trace)
    glossed = gloss_cjk(text) if lang == "cj" else gloss(text, lang)  # (Chinese, Japanese, Korean: no spaces between words)
    if info is not None and info.title and leans_to(info.title, lang):
        info = dataclasses.replace(info, title=gloss(info.title, lang).text)  # (a headline in English stays as it is)
    if info is not None and info.url and "/" in info.url.split("//", 1)[-1]:  # ".../actualite-national-tunisie/...": the
        _site, _, path = info.url.split("//", 1)[-1].partition("/")  # path's words glossed too, the site's name left alone
        info = dataclasses.replace(info, url=info.url[:len(info.url) - len(path)] + gloss(path.replace("-", " "), lang).text)
    inner: list[Decision] | None = [] if trace is not None else None
    found = engine.extract_figures(glossed.text, info, inner)
    sentences = split_sentences(normalize(glossed.text))
    moved = {id(f): _moved(dataclasses.replace(f, confidence=round(max(0.05, f.confidence * GLOSSED), 2)), glossed, sentences, text)
             for f in found}  # (read through a gloss: a lower confidence, confidence.GLOSSED)
    if trace is not None and inner is not None:
        for d in inner:
            start, end = glossed.span(d.number.start, d.number.end)
            number = dataclasses.replace(d.number, start=start, end=end)
            figure = moved.get(id(d.figure)) if d.figure is not None else None
            trace.append(Decision(number, figure, f"{d.why} [read through the {LANGUAGES[lang]} gloss]"))
    return [moved[id(f)] for f in found]


def _moved(f: Figure, glossed: Gloss, sentences: list, text: str) -> Figure:
    """``f`` with its span, quote and passage taken from the original text."""
    start, end = glossed.span(f.start, f.end)
    k = next((i for i, s in enumerate(sentences) if s.start <= f.start < s.end), None)
    if k is None:
        return dataclasses.replace(f, start=start, end=end, quote=text[start:end])
    first = k
    if k and one_line(glossed.text[sentences[k - 1].start:sentences[k].end]) == f.passage:
        first = k - 1  # the passage reaches back to the sentence before
    a, b = glossed.span(sentences[first].start, sentences[k].end)
    if b - a > MAX_PASSAGE:
        a = max(a, start - MAX_PASSAGE // 2)
        b = min(b, a + MAX_PASSAGE)
    return dataclasses.replace(f, start=start, end=end, quote=text[start:end], passage=one_line(text[a:b]))
