"""The seventh sitting (2026-12-05): changes meant to reach text no rule was written against, rather than one more
class of sentence. Each test is written here (not copied from a set) and was run against the code before its change."""

from datetime import date

import pytest

from tests.extraction.realtext import deployed, figs


@pytest.mark.parametrize(("text", "owner", "value", "host"), [
    ("Le Sénégal a déployé quatre cents soldats au Mali pour la mission de l'ONU. Les soldats sont arrivés dans la "
     "région et les autorités du pays ont confirmé que le contingent est sur place.", "SEN", 400, "MLI"),
    ("L'Italia ha schierato duemila soldati in Libano nella missione UNIFIL, secondo il ministero della Difesa che "
     "ha confermato anche la presenza di altri militari nella regione.", "ITA", 2000, "LBN"),
    ("Die Bundeswehr hat zweitausend Soldaten nach Litauen verlegt. Die Soldaten sind in der Brigade, die das "
     "Ministerium mit dem Land und der NATO plant, und sie ist nicht die einzige.", "DEU", 2000, "LTU"),
])
def test_counts_written_in_words_in_the_glossed_languages_are_read(text, owner, value, host):
    # number words beyond ten (tens, hundreds, thousands written as one word) are glossed like the digits
    assert (owner, value, host) in deployed(text, date(2024, 1, 1))


def test_a_spanish_count_in_words_becomes_a_strength():
    text = ("El Ejército de Guatemala quedó con algo más de treinta mil soldados tras los acuerdos de paz, sin que ese "
            "número estuviera basado en un estudio de las necesidades de la defensa, según los expertos del país.")
    assert ("GTM", "active_personnel", 30000, "") in figs(text, date(2024, 1, 1))
