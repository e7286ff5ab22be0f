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

from dashboard.extraction.gloss import phrase_tables
from dashboard.extraction.gloss_map import Gloss, GlossBuilder

_UNITS = {"万亿": 12, "萬億": 12, "兆": 12, "조": 12, "亿": 8, "億": 8, "억": 8, "万": 4, "萬": 4, "만": 4}
_CN_DIGIT = "〇○零一二三四五六七八九"
_CN_VALUE = {c: str(max(0, k - 2)) for k, c in enumerate(_CN_DIGIT)}  # (〇, ○ and 零 are all zero)
_TWD_BEFORE = ("新台幣", "新台币", "台幣")
_TAIWAN_RE = re.compile(r"新台幣|新台币|台幣|行政院|立法院|台灣|臺灣|国軍|國軍|我國|賴清德|蔡英文|馬英九|總統府")  # ("我國": our country, in
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
# a number in plain digits counting people ("3,000명", "1200人"): kept as written, with its counter read (_counter)
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


# a count of people after a numeral ("2만8500명", "約5万4000人", "3,000名"), not the 人 of 人民 (the people's currency,
# army) nor the 名 of 名目 (nominal); it is a count of personnel when its sentence speaks of the military
_COUNTER_RE = re.compile(r"[ \t]?(?:여|余|餘)?[ \t]?(?:명|人(?!民)|名(?![目義义单單]))")  # ("61만 8천여 명": and more)
# a plan in the rest of the count's clause ("50만 명으로 감축할 예정이다", "44만명으로 줄인다", a cut not yet made; "2030年
# までに…目標"): a level aimed at, not had;
# unless the count is said to be the current one ("현행 2만8500명 선이 유지된다")
_PLAN_AFTER_RE = re.compile(r"가능성|전망|見通し|见通し|可能性|(?:감축|축소)(?!되었|됐|했|되어|돼)|줄(?:인다|이기|일)|늘(?:린다|리기|릴)|할 것|할 예정|될 예정|예정이|계획|목표|하기로|키로|줄일|늘릴|予定|計画|目標|目指|方針|计划|計劃|目标|将|將|预计|預計")
_CURRENT_BEFORE_RE = re.compile(r"(?:현재|현행|現在|現行|目前|目下)\s*(?:\S+\s*)?$")
_RESERVE = r"예비군|예비 ?병력|예비역|預備役|预备役|予備自衛官|後備|后备"
_RESERVE_RE = re.compile(_RESERVE)
# one armed service ("미국 육군 병력이 ... 49만명", "陸上自衛隊の隊員は約14万人"): its count is a part of the forces; so are
# conscripts and recruits ("役男人數增至5萬3600人", "징집병"), a yearly intake, not the forces' strength
_SERVICE = (r"(?:육군|해군|공군|해병대|陸軍|陆军|海軍|海军|空軍|空军|陸上自衛隊|海上自衛隊|航空自衛隊|陸自|海自|空自|航自|"
            r"役男|義務役|义务役|义务兵|義務兵|징집병|입영|신병|新兵|徴集)(?:\s?병력|兵力)?")
_SERVICE_RE = re.compile(_SERVICE)
_MILITARY_RE = re.compile(_RESERVE + "|" + _SERVICE + r"|병력|兵力|장병|병사|군인|軍人|军人|兵員|兵员|現役|现役|현역|상비|常備|自衛官|隊員|队员|미군|米軍|美军|"
                          r"美軍|部隊|部队|軍隊|军队|解放軍|解放军|兵士|士兵|官兵|파병|派兵|派遣|駐留|驻扎|駐紮|주둔|海外に展開|海外展開|자위대|自衛隊|국군|國軍|国軍|"
                          r"軍|军|군")
# a line crossed or not reached ("이하", "미만", "명선"; "以下", "未満"), a level only in the future ("미래에는", "향후",
# "今後"), or one held possible ("가능성", "전망", "見通し")
_THRESHOLD_AFTER_RE = re.compile(r"\s?(?:이하|미만|선(?:이|을|도|으로|은|에)|以下|未満|未满)")
# a change by the count ("11만명이 줄었다", "11만1,000명 줄어든다", "1万人減", "增加3000人" is before it and not read), not a
# level ("45만명으로 줄었다", with 으로 "to", is one)
_CHANGE_BY_AFTER_RE = re.compile(r"\s?(?:이|가|가량|정도|쯤|이나)?\s?(?:줄|감소|늘|증가|증원|감축)|\s?(?:減|减|増|增)")
# a count of men or women ("4,927,757名男性", an infobox's manpower fit for service), not a force; and the second count of
# "227,339人/247,154人" (serving against authorised), a capacity
_SEX_AFTER_RE = re.compile(r"\s?(?:男性|女性|男子|女子|남성|여성|남자|여자)")
_CAPACITY_BEFORE_RE = re.compile(r"[人名명]\s?[/／]\s?$")
_CIVILIANS_RE = re.compile(r"職員|직원|文職|文职|군무원")
_FUTURE_BEFORE_RE = re.compile(r"미래에는|향후|앞으로|今後|将来|將來|未来")
_OWN_NOUN_AFTER_RE = re.compile(r"\s?(?:의|の|的)\s?(" + _RESERVE + "|" + _SERVICE + ")")
_ABROAD_BEFORE_RE = re.compile(r"(?:해외\s?(?:파견|주둔|파병|전개)|海外(?:派遣|駐留|に駐留する|驻军|駐軍|展開))[^。.\n]{0,14}$")
_ABROAD_AFTER_RE = re.compile(r"[^。.\n\d]{0,6}(?:海外に(?:展開|派遣|駐留)|해외에\s?(?:파견|주둔|배치|전개))")
# a count sent to many countries ("15만여 명의 미군이 150개국에 ... 파병된"): abroad, with no single host
_MANY_COUNTRIES_AFTER_RE = re.compile(r"\d+\s?(?:개국|개 나라|か国|カ国|ヵ国|个国家|個國家)[^.。]{0,40}?(?:파병|派兵|派遣|駐留|주둔|배치)")
_SENTENCE_END_RE = re.compile(r"[。!?！？]|\.(?!\d)|\n\s*\n")  # (a line break alone runs on: pages cut from PDFs)


def _counter(text: str, begin: int, end: int) -> tuple[str, str, int] | None:
    """The English of a people counter right after the numeral at ``begin``-``end``: what to say before the number (" a
    goal:" in a plan, which makes no figure), the counter's word and where it ends. The word is "personnel" in a sentence about the
    military ("reservists" when the last force it names before the number is the reserve; "people" when that force is
    one armed service, a part of the forces), "people" elsewhere; None when no counter follows."""
    hit = _COUNTER_RE.match(text, end)
    if hit is None:
        return None
    start = max((m.end() for m in _SENTENCE_END_RE.finditer(text, 0, end)), default=0)
    stop = _SENTENCE_END_RE.search(text, hit.end())
    sentence = text[start:stop.start() if stop else len(text)]
    if not _MILITARY_RE.search(sentence):
        return "", "people", hit.end()
    rest = text[hit.end():stop.start() if stop else len(text)]
    rest = rest[:re.search(r"\d", rest).start()] if re.search(r"\d", rest) else rest  # (up to the next number's clause)
    if (_THRESHOLD_AFTER_RE.match(text, hit.end()) or _CHANGE_BY_AFTER_RE.match(text, hit.end())
            or _SEX_AFTER_RE.match(text, hit.end()) or _CAPACITY_BEFORE_RE.search(text, max(0, begin - 4), begin)):
        return "", "people", hit.end()  # ("50만명 이하로 떨어지는", "40만 명선도 깨질": a line; "11만명이 줄었다": a change)
    if (_PLAN_AFTER_RE.search(rest) or _FUTURE_BEFORE_RE.search(text, start, begin)) \
            and not _CURRENT_BEFORE_RE.search(text, max(start, begin - 30), begin):
        return " a goal:", "people", hit.end()  # (a goal named apart: no strength, and no noun before it binds the count)
    named = [m for m in _MILITARY_RE.finditer(text, start, end) if m.group() not in ("軍", "军", "군")]
    if not named:  # (a list's row, "12. 이스라엘 | 465,000명": the force the list named last before it, if the reserve)
        named = [m for m in _MILITARY_RE.finditer(text, max(0, begin - 800), begin) if _RESERVE_RE.fullmatch(m.group())][-1:]
    last_named = named[-1].group() if named else ""
    near = bool(named) and begin - named[-1].end() <= 30  # (a service named in passing earlier in the sentence is not the count's)
    own = _OWN_NOUN_AFTER_RE.match(text, hit.end())  # ("80만 명의 예비군": the force named right after the count is its own)
    last_named, near = (own.group(1), True) if own else (last_named, near)
    if named and _CIVILIANS_RE.search(text, named[-1].end(), begin):
        return "", "people", hit.end()  # ("予備自衛官や防衛省職員が7万人": reservists and civilian staff together, neither)
    if _SERVICE_RE.fullmatch(last_named) and near:
        return "", "people", hit.end()
    if (_ABROAD_BEFORE_RE.search(text, max(start, begin - 24), begin) or _ABROAD_AFTER_RE.match(text, hit.end())
            or _MANY_COUNTRIES_AFTER_RE.search(text, hit.end(), stop.start() if stop else len(text))):
        return "", "personnel deployed abroad", hit.end()  # ("해외파견 29만1천명": the count abroad, no single host)
    return "", ("reservists" if _RESERVE_RE.fullmatch(last_named) else "personnel"), hit.end()


_BARE_CURRENCY = frozenset({"원", "元", "円"})
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
        counted = _counter(text, hit.start(), hit.end()) if hit.group("w") is None and hit.group("pct") is None else None
        plan = counted[0] if counted else ""  # ("50만 명으로 감축할 예정": " a goal: 500,000 people")
        built.emit(english + " " if english in ".,;:" else f"{plan} {english} ", hit.start(), False)
        last = hit.end()
        if counted is not None:  # ("2만8500명" -> "28,500 personnel")
            built.emit(f"{counted[1]} ", last, False)
            last = counted[2]
    built.emit(text[last:], last, True)
    return built.gloss(len(text))
