"""The fifteenth sitting (2026-12-06): classes met on real text, each fixed as a class and tested on sentences
written here, each test shown to fail on the code before its change."""

from datetime import date

from tests.extraction.realtext import rows

_TABLE = """Dutch troops deployed abroad this spring, by mission.
Country | Mission | Command | Troops |
---|---|---|---|
Lithuania | eFP | NATO | 270 |
Iraq | Inherent Resolve | Coalition | 150 |
Mali | Minusma | United Nations | 85 | |
Lebanon and Syria |
United Nations | Untso | 12 |
Total | | | 517 |

The ministry publishes the list every quarter."""


def test_a_table_of_one_countrys_troops_abroad_gives_each_host_its_row():
    found = {(owner, metric, value, host) for owner, metric, value, host, _ in rows(_TABLE, date(2019, 4, 2))}
    assert {("NLD", "troops_deployed", 270, "LTU"), ("NLD", "troops_deployed", 150, "IRQ"),
            ("NLD", "troops_deployed", 85, "MLI"), ("NLD", "troops_deployed", 12, "")} <= found
    assert not any(value == 517 for _, _, value, _ in found)  # the total row is its rows' sum, not a host's


def test_a_table_of_countries_and_troops_without_an_owner_abroad_is_not_read_as_deployments():
    ranking = _TABLE.replace("Dutch troops deployed abroad this spring, by mission.", "The largest armies in the region.")
    assert not any(metric == "troops_deployed" for _, metric, _, _, _ in rows(ranking, date(2019, 4, 2)))


def test_an_article_in_indonesian_is_read_through_the_gloss_with_its_decimal_commas():
    text = ("Kementerian Pertahanan mengusulkan anggaran sebesar Rp 139,3 triliun untuk tahun anggaran 2026. "
            "Usulan itu disampaikan kepada DPR pada hari Senin, dan angka tersebut akan dibahas dengan Kementerian Keuangan. "
            "Menurut menteri, kebutuhan yang sebenarnya lebih besar dari itu, tetapi pemerintah juga harus membiayai program lain.")
    found = {(owner, metric, value, year) for owner, metric, value, _, year in rows(text, date(2025, 8, 20))}
    assert ("IDN", "defense_budget", 139_300_000_000_000, 2026) in found


def test_the_parts_of_a_breakdown_are_lines_of_the_budget_but_the_whole_it_breaks_down_is_the_budget():
    text = ("The breakdown of the 2026 defence budget of 61 billion rand is R31 billion for the Defence Ministry, R20 billion "
            "for the army and R10 billion for the military police, the Treasury said.")
    found = {(metric, value) for _, metric, value, _, _ in rows(text, date(2026, 2, 25))}
    assert ("defense_budget", 61_000_000_000) in found
    assert not {v for m, v in found if m == "defense_budget"} & {31_000_000_000, 20_000_000_000, 10_000_000_000}
