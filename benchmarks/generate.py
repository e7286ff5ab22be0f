"""Synthetic article corpora for speed and scale: ``python -m benchmarks.generate --sizes 100 1000 --seed 7``.

Writes ``<out>/<n>/articles/NNNNN-<slug>.txt`` (YAML front matter, then the body) and
``<out>/<n>/manifest.json``. Each article is about 600 words of defense-news prose: troops
deployed with their host, active and reserve personnel, budgets in dollars, won, yen, euros,
pounds, zlotys and rupees (lakh crore), percent changes, shares of GDP, hedges, ranges and number
words, mixed with the numbers the extractor must ignore (years, dates, ages, F-35, 101st, [3],
exchange rates, vote counts, population, GDP, aid packages, withdrawals).

Why synthetic: the corpora measure speed and scale only. They are not labelled, and quality
claims come from the hand-labelled real passages (``benchmarks.run --devset``).

Deterministic: article *i* depends only on (seed, i), so the 100-article corpus is the first
hundred articles of the 1,000-article one, and rerunning with the same seed gives the same bytes.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

GENERATOR_VERSION = 2
DEFAULT_OUT = Path(__file__).resolve().parent / "corpora"


@dataclass(frozen=True)
class Country:
    name: str
    adj: str
    capital: str
    active: tuple[int, int]
    reserve: tuple[int, int]
    budget: tuple[float, float]  # in the unit the money formats below state (billions, trillions...)
    money: tuple[str, ...]  # formats with {v}
    units_per_value: float  # currency units per 1.0 of ``budget`` (1e9 for "billion", 1e12 for "lakh crore")
    per_usd: float  # rough currency units per US dollar, for bracketed conversions
    population_m: float
    gdp_tn: float


EUR = ("€{v} billion", "{v} billion euros", "EUR {v} billion")
COUNTRIES = [
    Country("the United States", "American", "Washington", (1_280_000, 1_340_000), (760_000, 800_000), (780, 900),
            ("${v} billion", "US${v} billion", "{v} billion dollars", "${v}bn"), 1e9, 1.0, 335, 27.0),
    Country("South Korea", "South Korean", "Seoul", (450_000, 500_000), (3_000_000, 3_100_000), (55.0, 70.0),
            ("{v} trillion won", "₩{v} trillion", "KRW {v} trillion"), 1e12, 1350, 51.7, 1.7),
    Country("Japan", "Japanese", "Tokyo", (230_000, 247_000), (45_000, 56_000), (5.0, 9.0),
            ("{v} trillion yen", "¥{v} trillion"), 1e12, 145, 124, 4.2),
    Country("Germany", "German", "Berlin", (180_000, 203_000), (30_000, 60_000), (50.0, 90.0), EUR, 1e9, 0.92, 84, 4.4),
    Country("France", "French", "Paris", (200_000, 210_000), (38_000, 41_000), (44.0, 64.0), EUR, 1e9, 0.92, 68, 3.0),
    Country("Italy", "Italian", "Rome", (160_000, 170_000), (17_000, 19_000), (25.0, 35.0), EUR, 1e9, 0.92, 59, 2.2),
    Country("Poland", "Polish", "Warsaw", (150_000, 215_000), (30_000, 35_000), (97.0, 190.0),
            ("{v} billion zlotys", "PLN {v} billion"), 1e9, 4.0, 37, 0.8),
    Country("India", "Indian", "New Delhi", (1_400_000, 1_460_000), (1_100_000, 1_160_000), (4.5, 7.0),
            ("Rs {v} lakh crore", "₹{v} lakh crore", "{v} lakh crore rupees"), 1e12, 83, 1430, 3.7),
    Country("Britain", "British", "London", (136_000, 150_000), (30_000, 33_000), (45.0, 65.0),
            ("£{v} billion", "{v} billion pounds"), 1e9, 0.79, 68, 3.3),
    Country("Taiwan", "Taiwanese", "Taipei", (150_000, 170_000), (1_500_000, 1_700_000), (400.0, 650.0),
            ("NT${v} billion", "{v} billion New Taiwan dollars"), 1e9, 31, 23.4, 0.75),
    Country("Australia", "Australian", "Canberra", (58_000, 62_000), (29_000, 31_000), (40.0, 60.0),
            ("A${v} billion", "{v} billion Australian dollars"), 1e9, 1.5, 26.6, 1.7),
    Country("Canada", "Canadian", "Ottawa", (63_000, 68_000), (28_000, 36_000), (25.0, 45.0),
            ("C${v} billion", "{v} billion Canadian dollars"), 1e9, 1.35, 40, 2.1),
    Country("Russia", "Russian", "Moscow", (1_100_000, 1_500_000), (1_500_000, 2_000_000), (5.0, 14.0),
            ("{v} trillion roubles", "{v} trillion rubles"), 1e12, 90, 144, 2.0),
    Country("Israel", "Israeli", "Jerusalem", (165_000, 175_000), (400_000, 465_000), (60.0, 120.0),
            ("{v} billion shekels",), 1e9, 3.7, 9.8, 0.5),
    Country("China", "Chinese", "Beijing", (2_000_000, 2_035_000), (500_000, 510_000), (1.4, 1.8),
            ("{v} trillion yuan",), 1e12, 7.2, 1410, 17.8),
    Country("Spain", "Spanish", "Madrid", (115_000, 122_000), (14_000, 16_000), (12.0, 25.0), EUR, 1e9, 0.92, 48, 1.6),
    Country("the Netherlands", "Dutch", "The Hague", (40_000, 42_000), (5_000, 6_500), (12.0, 22.0), EUR, 1e9, 0.92,
            17.9, 1.1),
]
BY_NAME = {c.name: c for c in COUNTRIES}
# Who keeps troops where, and roughly how many.
DEPLOYMENTS = {
    "the United States": [("South Korea", 26_000, 29_000), ("Japan", 50_000, 56_000), ("Germany", 33_000, 38_000),
                          ("Italy", 12_000, 13_500), ("Poland", 8_000, 11_000), ("Spain", 3_000, 4_000),
                          ("Bahrain", 4_000, 7_000), ("Qatar", 8_000, 10_000), ("Kuwait", 10_000, 13_500),
                          ("Iraq", 2_000, 2_600), ("Djibouti", 3_000, 4_100), ("Romania", 1_000, 4_700)],
    "Britain": [("Estonia", 900, 1_600), ("Germany", 180, 400), ("Cyprus", 2_200, 2_600)],
    "France": [("Djibouti", 1_400, 1_600), ("Romania", 700, 1_200), ("Estonia", 300, 400)],
    "Germany": [("Lithuania", 1_000, 5_000)],
    "Russia": [("Syria", 4_000, 6_000), ("Belarus", 4_000, 12_000)],
    "Canada": [("Latvia", 1_000, 2_200)],
    "Japan": [("Djibouti", 150, 400)],
    "Italy": [("Lebanon", 1_000, 1_200)],
}
PUBLISHERS = ["Meridian Wire", "Harbor Ledger", "The Continental Post", "Capital Dispatch", "Eastern Review",
              "Pacific Courier", "Atlantic Monitor", "Northern Gazette", "Strait Times Digest", "Frontier Daily"]
PEOPLE = ["Lee Min-ho", "Anna Keller", "Marco Bianchi", "Priya Raman", "Tomasz Nowak", "Claire Dubois",
          "Kenji Sato", "Daniel Brooks", "Olena Shevchenko", "Ahmet Kaya", "Sarah Whitfield", "Chen Wei"]
ROLES = ["Defense Minister", "Defense Secretary", "Deputy Minister", "Chief of Staff", "Finance Minister",
         "Foreign Minister", "General", "Admiral", "spokesperson"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MODELS = ["F-35", "F-16", "T-72", "K2", "Su-57", "MQ-9", "KF-21", "P-8", "AH-64", "M1A2"]
UNITS = ["101st Airborne Division", "82nd Airborne Division", "3rd Infantry Division", "2nd Cavalry Regiment",
         "1st Armored Division", "173rd Airborne Brigade", "11th Marine Expeditionary Unit", "4th Fighter Wing"]
HEDGES = ["about", "around", "roughly", "some", "nearly", "more than", "at least", "up to", "an estimated",
          "approximately", "close to", "almost"]
_ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def number_words(n: int) -> str:
    """English words for 0 < n < 1,000,000: 28500 -> "twenty-eight thousand five hundred"."""

    def below_thousand(k: int) -> str:
        parts = []
        if k >= 100:
            parts.append(f"{_ONES[k // 100]} hundred")
            k %= 100
        if k >= 20:
            parts.append(_TENS[k // 10] + (f"-{_ONES[k % 10]}" if k % 10 else ""))
        elif k:
            parts.append(_ONES[k])
        return " ".join(parts)

    thousands, rest = divmod(n, 1000)
    words = [f"{below_thousand(thousands)} thousand"] if thousands else []
    if rest:
        words.append(below_thousand(rest))
    return " ".join(words)


class Writer:
    """Sentences for one article: the article's own random stream and its cast of countries."""

    def __init__(self, rng: random.Random, published: date):
        self.rng = rng
        self.published = published
        self.main = rng.choice(COUNTRIES)
        others = [c for c in COUNTRIES if c is not self.main]
        self.cast = [self.main, *rng.sample(others, 2)]

    # -- small helpers -----------------------------------------------------------------------
    def pick(self, seq):
        return self.rng.choice(seq)

    def country(self) -> Country:
        return self.main if self.rng.random() < 0.6 else self.pick(self.cast)

    def cap(self, s: str) -> str:
        return s[0].upper() + s[1:]

    def year(self, back: int = 0, ahead: int = 1) -> int:
        return self.published.year + self.rng.randint(-back, ahead)

    def personnel(self, lo: int, hi: int, *, india: bool = False, hedge: bool = True) -> str:
        """A head count in one of the formats articles use, sometimes hedged or as a range."""
        r = self.rng
        n = r.randint(lo, hi)
        style = r.random()
        if style < 0.45:
            text = f"{round(n, -2):,}"
        elif style < 0.6 and india and r.random() < 0.5:
            text = f"{n / 1e5:.1f} lakh"
        elif style < 0.6 and n >= 1_000_000:
            text = f"{n / 1e6:.1f} million"
        elif style < 0.7 and n < 1_000_000:
            text = number_words(round(n, -2))
        elif style < 0.82:
            step = -3 if n >= 10_000 else -2 if n >= 1_000 else -1
            a, b = round(n * 0.9, step), round(n * 1.1, step)
            text = r.choice([f"between {a:,.0f} and {b:,.0f}", f"{a:,.0f}-{b:,.0f}", f"{a:,.0f} to {b:,.0f}"])
            return text
        else:
            text = f"{n:,}"
        return f"{r.choice(HEDGES)} {text}" if hedge and r.random() < 0.35 else text

    def money(self, c: Country, *, hedge: bool = True) -> tuple[str, float]:
        lo, hi = c.budget
        v = self.rng.uniform(lo, hi)
        digits = 0 if v >= 100 else (1 if v >= 10 else 2)
        text = self.pick(c.money).format(v=f"{v:,.{digits}f}")
        if hedge and self.rng.random() < 0.2:
            text = f"{self.pick(HEDGES[:6])} {text}"
        return text, v * c.units_per_value

    def usd(self, units: float, per_usd: float) -> str:
        bn = units / per_usd / 1e9
        return f"${bn:,.1f} billion" if bn < 1000 else f"${bn / 1000:.2f} trillion"

    def pct(self, lo: float, hi: float) -> str:
        return f"{self.rng.uniform(lo, hi):.1f}" + self.pick(["%", " percent", " per cent", "%"])

    # -- figures -----------------------------------------------------------------------------
    def deployed(self) -> str:
        owner_name = self.pick(list(DEPLOYMENTS))
        owner = BY_NAME[owner_name]
        host, lo, hi = self.pick(DEPLOYMENTS[owner_name])
        n = self.personnel(lo, hi)
        bare = self.personnel(lo, hi, hedge=False)  # after "the": no hedge word
        return self.pick([
            f"{self.cap(owner.name)} keeps {n} troops in {host}, according to figures released this week.",
            f"{self.cap(n)} {owner.adj} soldiers are stationed in {host} under a long-standing agreement.",
            f"The {bare} {owner.adj} service members based in {host} were placed on heightened alert.",
            f"{host} hosts {n} {owner.adj} troops at bases spread across the country.",
            f"{self.cap(owner.name)} has {n} personnel deployed in {host}, the ministry said.",
            f"Officials in {owner.capital} said the {bare} {owner.adj} troops in {host} would stay for now.",
            f"Planners expect the {bare} {owner.adj} forces in {host} to remain through the winter rotation.",
        ])

    def active(self) -> str:
        c = self.country()
        n = self.personnel(*c.active, india=c.name == "India")
        digits = f"{self.rng.randint(*c.active) // 1000 * 1000:,}"
        return self.pick([
            f"{self.cap(c.name)} maintains {n} active-duty troops.",
            f"The {c.adj} armed forces number {n} active personnel, the latest white paper shows.",
            f"With {n} active troops, {c.name} fields one of the larger militaries in its region.",
            f"{c.capital} counts {n} soldiers in its standing army, a figure that has barely moved.",
            f"{self.cap(c.name)} has a {digits}-strong military that is being reorganised.",
            f"Its {n} active troops are spread thinly, {self.pick(PEOPLE)} argued in an essay for {c.adj} readers.",
            f"The strength of the {c.adj} military stands at {n}, according to the ministry.",
        ])

    def reserve(self) -> str:
        c = self.country()
        n = self.personnel(*c.reserve, india=c.name == "India")
        return self.pick([
            f"{self.cap(c.name)} can also call on {n} reservists in a crisis.",
            f"Behind the regulars, {c.name} has {n} reserve personnel on its rolls.",
            f"The {c.adj} reserve forces number {n}, many of whom have not trained in years.",
        ])

    def budget(self) -> str:
        c = self.country()
        money, units = self.money(c)
        y = self.year(0, 1)
        if c.per_usd != 1.0 and self.rng.random() < 0.3:
            money = f"{money} ({self.usd(units, c.per_usd)})"
        return self.pick([
            f"{self.cap(c.name)} approved a defense budget of {money} for {y}.",
            f"The government in {c.capital} proposed {money} in defense spending for next year.",
            f"{c.adj} lawmakers passed a {money} defense budget on {self.pick(WEEKDAYS)}.",
            f"Defense spending in {c.name} will reach {money} in {y}, the finance ministry said.",
            f"The ministry requested {money} for the armed forces in fiscal {y}.",
            f"{self.cap(c.name)}'s defense budget for {y} stands at {money}.",
            f"The cabinet in {c.capital} set aside {money} for defense in the {y} spending plan.",
        ])

    def change(self) -> str:
        c = self.country()
        up, down = self.pct(1.0, 12.0), self.pct(0.5, 6.0)
        return self.pick([
            f"The {c.adj} defense budget is up {up} from the previous year.",
            f"Defense spending in {c.name} will rise {up} over last year's level.",
            f"{self.cap(c.name)} plans an increase of {up} in military spending.",
            f"Military expenditure in {c.name} fell {down} after the election.",
            f"{c.adj} defense outlays grew by {up}, the biggest jump in a decade.",
            f"The {c.adj} defense budget was cut by {down} under the austerity plan.",
        ])

    def gdp_share(self) -> str:
        c = self.country()
        a, b = self.pct(1.0, 2.4), self.pct(2.5, 3.8)
        return self.pick([
            f"{self.cap(c.name)} spends {a} of GDP on defense.",
            f"{c.adj} defense spending is expected to reach {b} of gross domestic product by {self.year(0, 5)}.",
            f"That puts {c.adj} military spending at roughly {a} of GDP.",
            f"{self.cap(c.name)} has pledged to lift defense spending from {a} to {b} of GDP.",
        ])

    # -- numbers that are not figures ----------------------------------------------------------
    def trap(self) -> str:
        r, c = self.rng, self.country()
        other = self.pick([x for x in self.cast if x is not c])
        month, day = self.pick(MONTHS), r.randint(1, 28)
        return self.pick([
            f"{self.pick(PEOPLE)}, {r.randint(38, 71)}, has led the ministry since {self.year(6, 0)}.",
            f"The {r.randint(40, 69)}-year-old minister flew to {other.capital} on {month} {day}, {self.year(1, 0)}.",
            f"The two governments signed a security pact in {r.randint(1953, 2012)} and renewed it in {self.year(3, 0)}.",
            f"Talks resumed on {day} {month} after a pause of {r.randint(2, 11)} months.",
            f"The air force will take delivery of {r.randint(12, 60)} {self.pick(MODELS)} aircraft by {self.year(0, 6)}.",
            f"Soldiers from the {self.pick(UNITS)} arrived for a {r.choice([3, 5, 7, 10, 12, 14, 21])}-day exercise.",
            f"The figures come from the ministry's annual report.[{r.randint(1, 19)}]",
            f"The won traded at {r.randint(1280, 1460):,} to the dollar on {self.pick(WEEKDAYS)}.",
            f"One dollar bought {r.uniform(140, 158):.2f} yen at the close of trading.",
            f"The bill passed by {r.randint(220, 300)} votes to {r.randint(100, 200)} in the lower house.",
            f"{self.cap(c.name)} has a population of about {c.population_m:g} million people.",
            f"The {c.adj} economy is worth about ${c.gdp_tn:g} trillion and grew {self.pct(0.5, 3.5)} last year.",
            f"Washington approved a ${r.randint(5, 95)} billion aid package for Ukraine in {self.year(2, 0)}.",
            f"{self.cap(c.name)} signed a ${r.uniform(1, 20):.1f} billion deal to buy {self.pick(MODELS)} jets.",
            f"{self.cap(c.name)} said it would withdraw {r.randint(2, 95) * 100:,} troops from the border by {self.year(0, 2)}.",
            f"At least {r.randint(3, 40)} soldiers were wounded in the attack, officials said.",
            f"The briefing began at {r.randint(8, 17)}:{r.choice(['00', '15', '30', '45'])} local time.",
            f"Inflation slowed to {self.pct(1.0, 6.0)} in {month}, giving the treasury some room.",
            f"A poll found {self.pct(35, 70)} of respondents backed higher spending.",
            f"The {r.randint(2, 9)}-year plan runs to {self.year(0, 8)}.",
        ])

    def filler(self) -> str:
        """A sentence with no number, built from parts so that shapes vary."""
        c, person = self.country(), self.pick(PEOPLE)
        other = self.pick([x for x in self.cast if x is not c])
        if self.rng.random() < 0.3:
            return self.pick([
                "The defense ministry did not respond to a request for comment.",
                f"Joint exercises with {other.name} are scheduled to resume in the spring.",
                f"Diplomats from {c.capital} and {other.capital} met again later in the week.",
                "Local residents near the base have long complained about noise and traffic.",
                "The move drew a sharp response from neighbouring capitals.",
                f"Why now? Officials in {c.capital} point to a string of missile tests and cyber attacks.",
                f"{person} is due to visit {other.capital} before the summit.",
                "Industry groups welcomed the plan but asked for multi-year contracts.",
            ])
        speaker = self.pick([
            f"Analysts in {c.capital} said", f"{self.pick(ROLES)} {person} told reporters", "Officials insisted",
            f"A think tank in {c.capital} argued", "Diplomats said privately", f"{person} wrote in a commentary",
            f"{c.adj} commanders have warned", "Opposition lawmakers questioned whether it was true", "Critics noted",
            f"People familiar with the talks in {other.capital} said",
        ])
        claim = self.pick([
            f"the alliance with {other.name} remained solid", "the plan reflected growing concern about regional threats",
            "procurement delays could undercut the spending increase", "the navy was struggling to recruit engineers",
            "the priority was air defense, drones and ammunition stockpiles",
            "closer cooperation on cyber security and space was overdue",
            "the posture was defensive and aimed at deterrence", "training had to become more realistic",
            f"{other.name} had been consulted at every stage", "housing for service families needed urgent repair",
            "the ministry could not spend the money efficiently", "the reforms would take years to bear fruit",
        ])
        tail = self.pick(["", "", " after a closed-door briefing", ", citing recent missile tests",
                          " in an interview with local media", ", though details were scarce"])
        link = "" if speaker.endswith("true") else " that"
        return f"{speaker}{link} {claim}{tail}."

    def sentence(self) -> str:
        roll = self.rng.random()
        for limit, make in ((0.07, self.deployed), (0.13, self.active), (0.16, self.reserve), (0.23, self.budget),
                            (0.27, self.change), (0.30, self.gdp_share), (0.50, self.trap)):
            if roll < limit:
                return make()
        return self.filler()

    def title(self) -> str:
        c = self.main
        other = self.cast[1]
        return self.pick([
            f"{c.adj} defense ministry outlines spending plans",
            f"{self.cap(c.name)} and {other.name} hold security talks in {c.capital}",
            f"What {c.name}'s new budget means for its armed forces",
            f"{self.cap(c.name)} weighs troop levels as tensions rise",
            f"Lawmakers in {c.capital} debate military spending",
        ])


def make_article(seed: int, index: int) -> tuple[str, str]:
    """(file name, file text) of article ``index`` for ``seed``."""
    rng = random.Random(f"defense-bench:{seed}:{index}")
    published = date(2016, 1, 1) + timedelta(days=rng.randint(0, 365 * 10 - 1))
    w = Writer(rng, published)
    title = w.title()
    target = rng.randint(540, 660)
    paragraphs: list[str] = []
    words = 0
    if rng.random() < 0.4:  # a dateline opens many wire stories
        first = f"{w.main.capital.upper()}, {MONTHS[published.month - 1]} {published.day} ({w.pick(PUBLISHERS)}) — "
    else:
        first = ""
    while words < target:
        sentences = [w.sentence() for _ in range(rng.randint(2, 4))]
        paragraph = first + " ".join(sentences)
        first = ""
        paragraphs.append(paragraph)
        words += len(paragraph.split())
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]
    front = (f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\npublisher: {w.pick(PUBLISHERS)}\n"
             f"published: {published.isoformat()}\nurl: https://news.example.org/{published.year}/{index:05d}-{slug}\n---\n")
    return f"{index:05d}-{slug}.txt", front + "\n\n".join(paragraphs) + "\n"


def corpus_dir(out: Path, size: int) -> Path:
    return Path(out) / str(size)


def is_current(folder: Path, size: int, seed: int) -> bool:
    """True when ``folder`` already holds this corpus (same size, seed and generator version)."""
    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return (manifest.get("articles") == size and manifest.get("seed") == seed
            and manifest.get("version") == GENERATOR_VERSION
            and sum(1 for _ in (folder / "articles").glob("*.txt")) == size)


def write_corpus(out: Path, size: int, seed: int) -> dict:
    """Write the corpus of ``size`` articles (replacing any older one) and return its manifest."""
    folder = corpus_dir(out, size)
    articles = folder / "articles"
    if folder.exists():
        shutil.rmtree(folder)
    articles.mkdir(parents=True)
    total_bytes = total_words = 0
    for i in range(size):
        name, text = make_article(seed, i)
        data = text.encode("utf-8")
        (articles / name).write_bytes(data)
        total_bytes += len(data)
        total_words += len(text.split("---\n", 2)[-1].split())
    manifest = {"articles": size, "seed": seed, "version": GENERATOR_VERSION, "bytes": total_bytes,
                "words": total_words}
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


def ensure_corpus(out: Path, size: int, seed: int) -> Path:
    """The corpus folder (its data folder: articles live in ``articles/``), generated if missing or stale."""
    folder = corpus_dir(out, size)
    if not is_current(folder, size, seed):
        write_corpus(out, size, seed)
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.generate", description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", nargs="+", type=int, default=[100, 1000, 10000], metavar="N")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    for size in args.sizes:
        m = write_corpus(args.out, size, args.seed)
        print(f"{corpus_dir(args.out, size)}: {m['articles']:,} articles, {m['words']:,} words, "
              f"{m['bytes'] / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
