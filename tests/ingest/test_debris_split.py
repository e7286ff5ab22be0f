"""The debris-paragraph test split in two patterns (an anchored opening, a gated search behind an ASCII word
pre-check) answers as the one pattern it replaced did, on fuzzed paragraphs built from its own words (case-folding
oddities included)."""

from __future__ import annotations

import random
import re

from dashboard.ingest.cleaning import is_debris_paragraph

AS_WRITTEN = re.compile(
    r"^\s*(?:welcome\s+to\b|sign\s+up\b|subscribe\b|follow\s+us\b|share\s+this\b|read\s+more\b|"
    r"related\s*:|click\s+here\b|copyright\b|\u00a9|all\s+rights\s+reserved|get\s+the\s+latest\b|"
    r"join\s+our\b|download\s+our\s+app)|newsletter|daily\s+updates|via\s+wikimedia\s+commons|"
    r"(?:photo|image|source)\s*:.{0,120}\b(?:public\s+domain|getty|reuters|ap\s+photo|afp|cc[\s-]by|shutterstock)",
    re.IGNORECASE)
WORDS = ["welcome to", "sign up", "Subscribe", "follow us", "share this", "read more", "related:", "click here",
         "copyright", "\u00a9", "all rights reserved", "get the latest", "join our", "download our app", "newsletter",
         "NEWSLETTER", "daily updates", "via wikimedia commons", "photo:", "Image :", "SOURCE:", "public domain",
         "getty", "reuters", "ap photo", "afp", "cc-by", "shutterstock", "\u017fubscribe", "\u017fource:", "x", "the",
         "army", "12,000", ".", "\u212a", "\u0130"]


def test_same_answers_as_the_pattern_as_written():
    rng = random.Random(11)
    for _ in range(20000):
        text = "".join(rng.choice(WORDS) + rng.choice(["", " ", "\n", "  "]) for _ in range(rng.randint(0, 8)))
        assert is_debris_paragraph(text) == bool(AS_WRITTEN.search(text)), text


def test_examples():
    assert is_debris_paragraph("Sign up for our daily briefing")
    assert is_debris_paragraph("Photo: soldiers on parade (Reuters)")
    assert not is_debris_paragraph("The army has 12,000 soldiers.")
