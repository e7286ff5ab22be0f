"""The twenty-fifth sitting (2026-12-07). Each test uses text written here; those that fix a fault fail on the code
before the change, and the guards pass on both."""

from datetime import date

import pytest

from dashboard.extraction.gloss import LANGUAGES, gloss, phrase_tables
from tests.extraction.realtext import got


def test_a_greek_billion_written_with_a_final_sigma_is_read_not_a_crash():
    # "δις." (final sigma) is matched by the case-blind gloss pattern for "δισ."; its key must be found too.
    text = "Η Ελλάδα θα δαπανήσει 6,1 δις. ευρώ για την άμυνα το 2025, σύμφωνα με τον προϋπολογισμό."
    assert ("GRC", "defense_budget", 6.1e9) in got(text, date(2025, 1, 10))


@pytest.mark.parametrize("lang", sorted(set(LANGUAGES) - {"cj"}))  # (CJK has its own gloss, without case)
def test_every_gloss_phrase_in_capitals_or_with_a_final_sigma_glosses_without_error(lang):
    words, nouns, _ = phrase_tables(lang)
    for phrase in list(words) + list(nouns):
        for variant in (phrase.upper(), phrase.replace("σ ", "ς ").replace("σ.", "ς.") + " "):
            gloss(f"Ο στρατός {variant} 1.000 {variant}.", lang)  # (raises KeyError when a matched phrase has no key)
