"""The sixteenth sitting (2026-12-06): classes met on real text, each fixed as a class and tested on sentences
written here, each test shown to fail on the code before its change."""

from datetime import date

from tests.extraction.realtext import rows


def _found(text: str, on: date = date(2022, 5, 10)) -> set[tuple]:
    return {(owner, metric, value, host) for owner, metric, value, host, _ in rows(text, on)}


def test_a_multinational_force_one_bloc_fields_is_that_blocs_deployment():
    text = ("The Belgian company joined the alliance's eastern flank in March. It serves in NATO's multinational force "
            "of about 5,200 soldiers in Romania and the Baltic states, the ministry said. "
            "Two months later the ECOMIG force of some 2,400 soldiers was still deployed in the Gambia.")
    found = _found(text)
    assert ("NATO", "troops_deployed", 5200, "") in found  # several hosts: a total with no single host
    assert ("ECOWAS", "troops_deployed", 2400, "GMB") in found
    assert not any(owner == "BEL" and value in (5200, 2400) for owner, _, value, _ in found)


def test_a_multinational_total_no_bloc_fields_stays_nobodys():
    text = ("The Belgian company joined the mission in March. It serves in the multinational force of about 5,200 "
            "soldiers from 12 countries in Romania and the Baltic states. The 9,800 UN peacekeepers in Lebanon patrol the line.")
    assert not any(value in (5200, 9800) for _, _, value, _ in _found(text))


def test_an_alliance_still_has_no_standing_force_of_its_own():
    text = "NATO said it would keep 250,000 troops at high readiness next year, a pooled force of its members."
    assert not any(value == 250_000 for _, _, value, _ in _found(text))
