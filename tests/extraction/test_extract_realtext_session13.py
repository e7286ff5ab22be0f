"""The thirteenth sitting (2026-12-06): gates measured against every real set at once rather than one set's errors.
Switched off in turn over 130 sealed-then-worked sets (2,300 passages), devset2 and the first devset, only one gate
turned away more right figures than wrong ones by a wide margin: a share of GDP with no defence word in its sentence,
the one before or the article's opening. Its 17 rejections on real text were all labelled shares of GDP; without it
12 right figures and 1 wrong one were added (docs/real_text_findings.md, thirteenth sitting). The others tried
(the World Bank check, a stock cue for personnel, 'force' without an armed-forces word, thresholds, shares for
other purposes) cost more wrong figures than they would add right ones, and stay. The sentences are written here;
the tests were run against the code before the change."""

from datetime import date

from dashboard.extraction import ArticleInfo, extract_figures
from tests.extraction.realtext import rows


def test_a_share_of_gdp_needs_no_defence_word_nearby_in_an_article_about_a_force():
    text = "Peru's economy grew again last year. Lima now puts about 1.2% of its GDP into the forces, officials said in 2023."
    assert ("PER", "defense_share_gdp_pct", 1.2, "", 2023) in rows(text, date(2023, 5, 1))


def test_a_profile_rows_share_of_gdp_is_read_without_a_defence_word():
    text = ("Active personnel | 48,200 (ranked 71st) | Expenditures | | Budget | US$3.95 billion (2016 est) | "
            "Percent of GDP | 1.7% of GDP (2016 est) |")
    found = {(f.country_iso3, f.metric, f.value) for f in extract_figures(
        text, ArticleInfo("t", None, url="https://example.org/wiki/Armed_forces_of_Peru"))}
    assert ("PER", "defense_share_gdp_pct", 1.7) in found and ("PER", "active_personnel", 48200) in found


def test_a_share_named_for_another_purpose_is_still_turned_away():
    text = "Peru's economy grew again last year. Public debt stands at 33% of GDP, officials said in 2023."
    assert not any(r[1] == "defense_share_gdp_pct" for r in rows(text, date(2023, 5, 1)))


def test_a_sentence_of_megabytes_is_cut_into_pieces_and_real_prose_is_not():
    """A CLI audit's 4.6 MB of clauses joined by semicolons, with no full stop, ran for minutes: rules look across
    the sentence for each number in it. Sentences over MAX_SENTENCE characters are cut at a clause boundary; the
    longest real sentence in the labelled sets has 1,950 characters, and no dumped figure moved."""
    from dashboard.extraction.text import MAX_SENTENCE, split_sentences

    unit = "The army has 100,000 active troops and Poland spends 4.1% of GDP on defence; "
    text = unit * 400
    pieces = split_sentences(text)
    assert len(pieces) > 1 and all(s.end - s.start <= MAX_SENTENCE for s in pieces)
    assert all(text[s.start:s.end].endswith(";") for s in pieces[:-1])  # cut after a clause, never inside one
    assert sum(1 for f in extract_figures(text, ArticleInfo("t")) if f.metric == "defense_share_gdp_pct") == 400
    prose = ("The defence ministry said on Monday that the army, which has about 100,000 active troops, would grow; "
             "the navy and air force would follow. ") * 10
    assert [(s.start, s.end) for s in split_sentences(prose)] == [(s.start, s.end) for s in split_sentences(prose[:-1] + " ")]


def test_an_intensifier_between_the_verb_and_the_amount_keeps_the_budget():
    """A browser audit's Japanese budget ('..., hit an unprecedented 5.13 trillion yen') was missed twice in two
    sittings: 'unprecedented' was no filler the amount may follow."""
    text = "The Korean defence budget, growing for the ninth year running, hit an unprecedented 61.2 trillion won in 2024."
    assert ("KOR", "defense_budget", 61.2e12, "", 2024) in rows(text, date(2024, 1, 20))


def test_a_change_under_way_from_one_level_to_another_plans_the_second():
    """A browser audit: 'was reducing ... from some 36,000 to 24,000' showed 24,000 as the level there now."""
    text = "Officials said on Monday that Britain was cutting its troops in Estonia from some 1,800 to 900 over two years."
    found = {(f.value, f.stage) for f in extract_figures(text, ArticleInfo("t", date(2024, 2, 5)))
             if f.metric == "troops_deployed"}
    assert (900.0, "planned") in found and (1800.0, "") in found
    done = "Britain cut its troops in Estonia from 1,800 to 900 last year, officials said on Monday."
    assert (900.0, "") in {(f.value, f.stage) for f in extract_figures(done, ArticleInfo("t", date(2024, 2, 5)))
                           if f.metric == "troops_deployed"}


def test_a_conversion_in_brackets_does_not_hide_the_year_after_it():
    """A browser audit: '..., up from 111.26 billion zlotys (€25.63 billion) last year' dated the earlier budget
    this year, because the bracket stood between the amount and 'last year'."""
    text = ("Norway's defence spending is set to rise to 95 billion crowns ($9 billion) this year, "
            "up from 80 billion crowns ($7.6 billion) last year.")
    found = {(f.value, f.year) for f in extract_figures(text, ArticleInfo("t", date(2024, 6, 18))) if f.currency == "NOK"}
    assert found == {(95e9, 2024), (80e9, 2023)}


def test_explain_names_the_plausibility_check_that_fired():
    """A CLI audit: a dropped '4,800 troops' was explained by all five World Bank checks at once, not the one that
    fired. The trace now names it, with the series' value."""
    trace: list = []
    extract_figures("Luxembourg has 400,000 soldiers deployed in Lithuania, the ministry said in 2024.",
                    ArticleInfo("t", date(2024, 5, 1)), trace=trace)
    why = next(d.why for d in trace if d.number.value == 400000)
    assert why.startswith("implausible against the World Bank series: a deployment over three quarters of the armed forces")
    assert "(the series: " in why and "an active strength" not in why


def test_an_amount_restated_in_brackets_keeps_the_year_after_it():
    """The browser audit's Japanese budget, once found, was dated 2012 ('since Abe took office in 2012') instead of
    'for the fiscal year starting April 2017': the dollar amount in brackets stood between the budget and its year.
    On the worked sets the same reading dated four budgets right (two had swapped their years)."""
    text = ("Kenya's defence budget, rising for a third year since the election in 2013, will reach 124 billion "
            "shillings (about $1.2 billion) in 2016, against 110 billion shillings (about $1.1 billion) in 2015.")
    found = {(f.value, f.year) for f in extract_figures(text, ArticleInfo("t", date(2015, 9, 1))) if f.currency == "KES"}
    assert found == {(124e9, 2016), (110e9, 2015)}
    fiscal = ("The Korean defence budget, growing since 2010, hit 40.3 trillion won (around $35 billion) for the "
              "fiscal year starting January 2017.")
    assert {f.year for f in extract_figures(fiscal, ArticleInfo("t", date(2016, 12, 22))) if f.currency == "KRW"} == {2017}


def test_a_whole_is_sought_in_its_own_sentence_only(monkeypatch):
    """A CLI audit's 460 KB of words and numbers with no full stop ran for minutes: the search for a head count that
    later counts add up to tried every earlier head count of the text, up to each figure. It now stays in the
    figure's sentence, so the searches grow with the text, not with its square (counted, not timed)."""
    from benchmarks.adversarial import INPUTS
    from dashboard.extraction import summed_parts

    class Counting:
        def __init__(self, inner):
            self.inner, self.calls = inner, 0

        def search(self, *args):
            self.calls += 1
            return self.inner.search(*args)

    calls = []
    for size in (20_000, 80_000):
        counter = Counting(summed_parts._CONSISTS_OF_RE)
        monkeypatch.setattr(summed_parts, "_CONSISTS_OF_RE", counter)
        extract_figures(INPUTS["words-and-numbers-no-stop"](size), ArticleInfo("t"))
        calls.append(counter.calls)
    assert calls[0] > 0 and calls[1] <= 6 * calls[0], calls  # (it was 550 and 7,270: thirteen times for four)


def test_troops_that_will_be_sent_are_a_plan():
    """A CLI audit's first contact: '800 British troops and 300 French soldiers will be stationed ... by mid-April'
    showed as today's levels. Troops a country will send, deploy or station are planned; troops already there that
    'will be stationed until 2025' are not."""
    def stages(text):
        return {(f.country_iso3, f.value, f.stage) for f in extract_figures(text, ArticleInfo("t", date(2024, 2, 5)))
                if f.metric == "troops_deployed"}

    assert ("DNK", 150.0, "planned") in stages("Denmark will send 150 soldiers to Latvia in the spring, its army said.")
    assert ("NOR", 60.0, "planned") in stages("Some 60 Norwegian soldiers will be deployed to Lithuania next month.")
    assert ("NOR", 60.0, "") in stages("Norway has 60 soldiers in Lithuania, who will be stationed there until 2025.")


def test_a_bare_dollar_in_a_figure_of_a_dollar_country_is_its_own_dollar():
    """A browser audit: an Australian paper's '$22.0 billion' budget was read as US dollars (legend 'Australia
    (USD)', a World Bank gap of +28% 'with no known reason'). On the labelled sets 34 of 48 such figures were in the
    local dollar. A text that writes the local dollar with its own sign leaves '$' to the US dollar, and an amount
    in brackets stays a conversion."""
    def currencies(text):
        return {(f.value, f.currency) for f in extract_figures(text, ArticleInfo("t", date(2007, 5, 8)))
                if f.metric == "defense_budget"}

    assert currencies("New Zealand's defence budget will rise to $5.1 billion next year, the minister said.") == {
        (5.1e9, "NZD")}
    assert currencies("New Zealand's defence budget of NZ$5.1 billion will rise to $3.6 billion in US terms.") == {
        (5.1e9, "NZD"), (3.6e9, "USD")}
    assert (3.6e9, "USD") in currencies("New Zealand's defence budget is NZ$5.1 billion ($3.6 billion).")


def test_a_country_opening_a_new_clause_after_a_place_is_its_subject():
    """A browser audit: in '... Germany has 1,500 troops stationed in Lithuania and the United States keeps 900
    soldiers in Poland', the United States was read as a second place after Lithuania, so the 900 went to Germany."""
    text = "Canada has 2,000 troops in Latvia, and Spain keeps 600 soldiers in Slovakia, the alliance said."
    found = {(f.country_iso3, f.value, f.host_iso3) for f in extract_figures(text, ArticleInfo("t", date(2024, 3, 1)))}
    assert ("ESP", 600.0, "SVK") in found and ("CAN", 2000.0, "LVA") in found
