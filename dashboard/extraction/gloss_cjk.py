"""Chinese, Japanese and Korean glossed for the rules: these scripts leave no space between words, so the phrases of
``vocab/gloss.csv`` (language ``cj``) are found anywhere, and each English word stands between spaces in the gloss.
Numerals counted in myriads are rewritten in English scale words ("1.6655万亿" -> "1.6655 trillion", "43조1177억" ->
"43.1177 trillion", "3108亿" -> "310.8 billion"; so are numbers in Chinese characters, "九四九五億" -> "949.5 billion"),
and an ideographic full stop ends a sentence (". ").

>>> gloss_cjk("中国今年军费预算为1.6655万亿元人民币。").text.split()
['China', 'this', 'year', 'defense', 'budget', 'is', '1.6655', 'trillion', 'yuan', '.']
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from dashboard.extraction.cjk_counts import counter
from dashboard.extraction.gloss import phrase_tables
from dashboard.extraction.gloss_map import Gloss, GlossBuilder

_UNITS = {"万亿": 12, "萬億": 12, "兆": 12, "조": 12, "亿": 8, "億": 8, "억": 8, "万": 4, "萬": 4, "만": 4}
_CN_DIGIT = "〇○零一二三四五六七八九"
_CN_VALUE = {c: str(max(0, k - 2)) for k, c in enumerate(_CN_DIGIT)}  # (〇, ○ and 零 are all zero)
_TWD_BEFORE = ("新台幣", "新台币", "台幣")
_TAIWAN_RE = re.compile(r"新台幣|新台币|台幣|行政院|立法院|台灣|臺灣|國軍|我國|賴清德|蔡英文|馬英九|總統府")  # ("我國": our country, in
# traditional script)
_RENMINBI_RE = re.compile(r"人民幣|人民币|港元|港幣")
_CN_WORD = r"[〇○零一二三四五六七八九十百千廿卅]+(?:[．‧.・][〇○零一二三四五六七八九]+)?"  # ("九四九五", "九千五百", "三．三二", "廿二")
_NUM = (r"(?:(?=\d)(?:\d+[ \t]?[千천][ \t]?)?(?:\d+[ \t]?[百백][ \t]?)?(?:\d+(?:,\d{3})*(?:\.\d+)?)?|" + _CN_WORD + ")")
# ("5千億", "2천947억", "1백60만": thousands and hundreds inside a myriad group)
# a numeral counted in myriads: trillions (万亿, 兆, 조), then hundred millions (亿, 億, 억), then ten thousands (万, 萬, 만)
_NUMERAL = (rf"(?P<a>{_NUM})[ \t]?(?P<ua>万亿|萬億|兆|조)(?:[ \t]?(?P<b>{_NUM})[ \t]?(?P<ub>亿|億|억))?"
            rf"|(?P<g>\d{{1,3}})[万萬](?P<h>\d{{1,4}}(?:\.\d+)?)[亿億]"  # ("1萬9095.61億": a myriad of 億, then more 億)
            rf"|(?P<c>{_NUM})[ \t]?(?P<uc>亿|億|억)(?:[ \t]?(?P<d>{_NUM})[ \t]?(?P<ud>万|萬|만))?"
            rf"|(?P<e>{_NUM})[ \t]?(?P<ue>万|萬|만)(?![亿億억])(?:[ \t](?=\d[千천]|\d{{1,4}}[ \t]?(?:명|人|名)))?(?P<f>\d[千천](?:\d[百백]\d{{0,2}}|\d{{1,3}})?|\d[百백]\d{{0,2}}|\d,\d{{3}}|\d{{1,4}})?(?![\d,.])")
# ("2万5843", "61만 8천", "44만6,000", "2만 8500명": and the rest below a myriad; after a space, only a thousands group or a count)


def _chinese(written: str) -> Decimal:
    """A number written in Chinese characters: digit by digit ("九四九五" 9495, "三．三二" 3.32) or with the
    multipliers ten, hundred and thousand ("九千五百" 9500, "二十二" and "廿二" 22)."""
    whole, _, fraction = re.sub(r"[．‧.・]", ".", written).partition(".")
    digit = _CN_VALUE
    if not any(c in "十百千廿卅" for c in whole):
        value = Decimal("".join(digit[c] for c in whole) or 0)
    else:
        value, current = Decimal(0), 0
        for c in whole:
            if c in "廿卅":
                value += 20 if c == "廿" else 30
            elif c in "十百千":
                value += (current or 1) * {"十": 10, "百": 100, "千": 1000}[c]
                current = 0
            else:
                current = int(digit[c])
        value += current
    return value + (Decimal("0." + "".join(digit[c] for c in fraction)) if fraction else 0)


def _group(written: str) -> Decimal:
    """A group of digits under one myriad unit: "4748", "2천947" (2,947), "5千" (5,000), "1백60" (160), "4천3백31" (4,331),
    or Chinese characters."""
    written = re.sub(r"[ \t]", "", written)
    if not any(c.isdigit() for c in written):  # (full-width digits, "９兆円", are digits too)
        return _chinese(written)
    total, rest = Decimal(0), written.replace("천", "千").replace("백", "百")
    for unit, size in (("千", 1000), ("百", 100)):  # ("4천3백31" 4,331)
        if unit in rest:
            head, _, rest = rest.partition(unit)
            total += Decimal(head or 1) * size
    return total + Decimal(rest.replace(",", "") or 0)


def _value(m: re.Match) -> Decimal:
    if m.group("g") is not None:
        return Decimal(m.group("g")) * 10 ** 12 + Decimal(m.group("h")) * 10 ** 8
    total = Decimal(0)
    for num, unit in (("a", "ua"), ("b", "ub"), ("c", "uc"), ("d", "ud"), ("e", "ue")):
        if m.group(num) is not None:
            total += _group(m.group(num)) * 10 ** _UNITS[m.group(unit)]
    return total + (_group(m.group("f")) if m.group("f") else 0)


def _english(value: Decimal) -> str:
    for power, word in ((12, "trillion"), (9, "billion"), (6, "million")):
        if value >= 10 ** power:
            return f"{(value / 10 ** power).normalize():f} {word}"
    return f"{int(value):,}"


@cache
def _rules() -> tuple[re.Pattern, dict[str, str]]:
    words = phrase_tables("cj")[0]
    alternation = "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(words, key=len, reverse=True))
    return re.compile(f"{_ERA_YEAR}|{_NUMERAL}|(?P<pct>{_CN_WORD})(?=[％%])|{_COUNTED}|{_DOT_DECIMAL}|(?P<w>{alternation})", re.IGNORECASE), words
    # (the table's keys are folded to lower case: "GDP比" is found as "gdp比")


# a decimal written with the middle dot, as Japanese wire copy does ("0・1%", "5・3%"): read with a decimal point
_DOT_DECIMAL = r"(?<![\d.,])(?P<dot>\d+・\d+)(?![\d・])"
# a number in plain digits counting people ("3,000명", "1200人"): kept as written, with its counter read (cjk_counts)
_COUNTED = r"(?<![\d.,])(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?=[ \t]?(?:명|人(?!民)|名(?![目義义单單])))"


# a year of an era ("令和6年度" 2024, "平成30年" 2018, "民國115年" 2026) or, in a Taiwanese text, of the Republic alone
# ("115年度", "114年度"): its Gregorian year, which the English year rules read
_ERA_YEAR = r"(?P<era>令和|平成|民國|民国)\s?(?P<ey>\d{1,3}|元)(?=\s?年)|(?<![\d.,])(?P<roc>1[01]\d)(?=\s?年)"
_ERA_START = {"令和": 2018, "平成": 1988, "民國": 1911, "民国": 1911}


def _era_year(hit: re.Match, taiwan: bool) -> str | None:
    """The Gregorian year of an era year hit, or None when a bare three-digit year is not in a Taiwanese text."""
    if hit.group("era") is not None:
        return str(_ERA_START[hit.group("era")] + (1 if hit.group("ey") == "元" else int(hit.group("ey"))))
    return str(1911 + int(hit.group("roc"))) if taiwan else None


_BARE_CURRENCY = frozenset({"원", "元", "円", "엔"})
_SHORT_KATAKANA = frozenset({"タイ"})
_KATAKANA_RE = re.compile(r"[\u30a1-\u30fa\u30fc]")
_AFTER_NUMERAL_RE = re.compile(r"[\d〇○零一二三四五六七八九十百千万萬亿億兆조억만천][ \t]?$")


def gloss_cjk(text: str) -> Gloss:
    """``text`` glossed phrase by phrase into English (module docstring)."""
    pattern, words = _rules()
    taiwan = bool(_TAIWAN_RE.search(text)) and not _RENMINBI_RE.search(text)  # (a Taiwanese text's bare 元 is its own dollar)
    built = GlossBuilder()
    last, twd_end = 0, -1
    for hit in pattern.finditer(text):
        if hit.group("era") is not None or hit.group("roc") is not None:
            year = _era_year(hit, taiwan)
            if year is not None:
                built.emit(text[last:hit.start()], last, True)
                built.emit(f" {year}", hit.start(), False)
                last = hit.end()
            continue
        if hit.group("w") in _BARE_CURRENCY and not _AFTER_NUMERAL_RE.search(text, max(0, hit.start() - 3), hit.start()):
            continue  # (원 in a name, "우충원", or in 인원, 지원: the won only after an amount)
        if hit.group("w") in _SHORT_KATAKANA and (_KATAKANA_RE.match(text, hit.end()) or hit.start() and _KATAKANA_RE.match(text, hit.start() - 1)):
            continue  # (タイ, Thailand, is a word of its own, not the head of タイミング or the tail of ネクタイ)
        built.emit(text[last:hit.start()], last, True)
        english = (words[" ".join(hit.group("w").lower().split())] if hit.group("w") is not None  # (keyed as phrase_tables writes them)
                   else f"{_chinese(hit.group('pct')).normalize():f}" if hit.group("pct") is not None
                   else hit.group("n") if hit.group("n") is not None
                   else hit.group("dot").replace("・", ".") if hit.group("dot") is not None else _english(_value(hit)))
        if english == "yuan" and (taiwan or hit.start() == twd_end):
            english = "Taiwan dollars"  # ("國防預算...共計增列九四九五億元" on the Executive Yuan's budget; "新台幣9495億元")
        if hit.group("w") is None and text[max(0, hit.start() - 4):hit.start()].rstrip().endswith(_TWD_BEFORE):
            twd_end = hit.end()  # (an amount after Taiwan's currency named before it: its yuan sign is that currency)
        if text[:hit.start()].rstrip()[-1:] in ("", ".", "。", "!", "?", "！", "？"):
            english = english[:1].upper() + english[1:]  # ("。올해 국방비": "This year", so the sentence still starts there)
        counted = counter(text, hit.start(), hit.end()) if hit.group("w") is None and hit.group("pct") is None else None
        plan = counted[0] if counted else ""  # ("50만 명으로 감축할 예정": " a goal: 500,000 people")
        built.emit(english + " " if english in ".,;:" else f"{plan} {english} ", hit.start(), False)
        last = hit.end()
        if counted is not None:  # ("2만8500명" -> "28,500 personnel")
            built.emit(f"{counted[1]} ", last, False)
            last = counted[2]
    built.emit(text[last:], last, True)
    return built.gloss(len(text))
