"""Counts of people in Chinese, Japanese and Korean text: the counter after a numeral ("2만8500명", "約5万4000人",
"200万人", "3,000명") read for the English rules as personnel, reservists, personnel deployed abroad, or plain people.

A count is personnel only in a sentence about the military, and then not when it is a line crossed, a change by it, a
count of men or women, a capacity, a goal still to come, one armed service or an intake, or reservists and civilian
staff together; reservists when the force named last (or right after it) is the reserve; abroad with no single host
when it is said to be sent abroad. ``gloss_cjk`` calls ``counter`` for every numeral it rewrites.

>>> counter("주한미군은 현재 2만8500명 규모로 주둔하고 있다.", 9, 15)
('', 'personnel', 16)
>>> counter("이날 행사에는 시민 3000명이 참석했다.", 11, 15)
('', 'people', 16)
"""

from __future__ import annotations

import re

# a count of people after a numeral ("2만8500명", "約5万4000人", "3,000名"), not the 人 of 人民 (the people's currency,
# army) nor the 名 of 名目 (nominal); it is a count of personnel when its sentence speaks of the military
_COUNTER_RE = re.compile(r"[ \t]?(?:여|余|餘)?[ \t]?(?:명|人(?!民)|名(?![目義义单單]))")  # ("61만 8천여 명": and more)
# a plan in the rest of the count's clause ("50만 명으로 감축할 예정이다", "44만명으로 줄인다", a cut not yet made; "2030年
# までに…目標"): a level aimed at, not had;
# unless the count is said to be the current one ("현행 2만8500명 선이 유지된다")
_PLAN_AFTER_RE = re.compile(r"가능성|전망|見通し|见通し|可能性|(?:감축|축소)(?!되었|됐|했|되어|돼)|줄(?:인다|이기|일)|늘(?:린다|리기|릴)|할 것|할 예정|될 예정|예정이|계획|목표|하기로|키로|予定|計画|目標|目指|方針|计划|計劃|目标|将|將|预计|預計")
# a forecast said later in the sentence ("2035년까지 46만5000명으로 줄어들다가 ... 33만명 수준에 그칠 것으로 예측된다")
_FORECAST_AFTER_RE = re.compile(r"예측|추계|見込み|予想|予測|预测|預測")
_CURRENT_BEFORE_RE = re.compile(r"(?:현재|현행|現在|現行|目前|目下)\s*(?:\S+\s*)?$")
_RESERVE = r"예비군|예비 ?병력|예비역|預備役|预备役|予備自衛官|予備戦力|予備兵力|予備役|後備|后备"
_RESERVE_RE = re.compile(_RESERVE)
# one armed service ("미국 육군 병력이 ... 49만명", "陸上自衛隊の隊員は約14万人"): its count is a part of the forces; so are
# conscripts and recruits ("役男人數增至5萬3600人", "징집병"), a yearly intake, not the forces' strength
_SERVICE = (r"(?:육군|해군|공군|해병대|陸軍|陆军|海軍|海军|空軍|空军|陸上自衛隊|海上自衛隊|航空自衛隊|陸自|海自|空自|航自|"
            r"役男|義務役|义务役|义务兵|義務兵|징집병|입영|신병|新兵|徴集)(?:\s?병력|兵力)?")
_SERVICE_RE = re.compile(_SERVICE)
_MILITARY_RE = re.compile(_RESERVE + "|" + _SERVICE + r"|병력|兵力|장병|병사|군인|軍人|军人|兵員|兵员|現役|现役|현역|상비|常備|正規兵|正规兵|正規軍|正规军|自衛官|隊員|队员|미군|米軍|美军|"
                          r"美軍|部隊|部队|軍隊|军队|解放軍|解放军|兵士|士兵|官兵|파병|派兵|派遣|駐留|驻扎|駐紮|주둔|海外に展開|海外展開|자위대|自衛隊|국군|國軍|国軍|"
                          r"軍|军|군")
# a line crossed or not reached ("이하", "미만", "명선"; "以下", "未満"), a level only in the future ("미래에는", "향후",
# "今後"), or one held possible ("가능성", "전망", "見通し")
_THRESHOLD_AFTER_RE = re.compile(r"\s?(?:이하|미만|선(?:이|을|도|으로|은|에)|以下|未満|未满|台(?!湾)|이상(?:의|인)?\s?(?:국가|나라))")  # (and "10万人台": the
# band of 100,000s; "1천만명 이상 국가들": countries over a size)
# a change by the count ("11만명이 줄었다", "11만1,000명 줄어든다", "1万人減", "增加3000人" is before it and not read), not a
# level ("45만명으로 줄었다", with 으로 "to", is one)
_CHANGE_BY_AFTER_RE = re.compile(r"\s?(?:이|가|가량|정도|쯤|이나)?\s?(?:줄|감소|늘|증가|증원|감축)|\s?(?:減|减|増|增)")
# a count of men or women ("4,927,757名男性", an infobox's manpower fit for service), not a force; and the second count of
# "227,339人/247,154人" (serving against authorised), a capacity
_SEX_AFTER_RE = re.compile(r"\s?(?:男性|女性|男子|女子|남성|여성|남자|여자)")
_CAPACITY_BEFORE_RE = re.compile(r"[人名명]\s?[/／]\s?$|\d\s?(?:개국|か国|カ国)(?:이|が)\s?$|(?:男性|女性|남성|여성)(?:の|의)?\s?(?:人口|인구)\D{0,6}$")  # (and "男性人口約22万6000人": a population)
_OTHER_FORCE_BEFORE_RE = re.compile(r"(?:준군사|準軍事|准军事|민병|民兵|武警|경찰|警察)\S{0,6}\s?(?:은|는|이|가|は|が)?\s?(?:약\s?|約|约)?$")
_CIVILIANS_RE = re.compile(r"職員|직원|文職|文职|군무원")
_FUTURE_BEFORE_RE = re.compile(r"미래에는|향후|앞으로|今後|将来|將來|未来")
_OWN_NOUN_AFTER_RE = re.compile(r"(?:\s?(?:이상|가량|정도|남짓|以上))?\s?(?:의|の|的)\s?(" + _RESERVE + "|" + _SERVICE + "|현역|現役|现役|상비|常備)")
# ("약 140만 명의 현역 병력과 170만 명 이상의 예비군": each count's own force named right after it, active or reserve)
_ABROAD_BEFORE_RE = re.compile(r"(?:해외\s?(?:파견|주둔|파병|전개)|海外(?:派遣|駐留|に駐留する|驻军|駐軍|展開))[^。.\n]{0,14}$")
_ABROAD_AFTER_RE = re.compile(r"[^。.\n\d]{0,6}(?:海外に(?:展開|派遣|駐留)|해외에\s?(?:파견|주둔|배치|전개))")
# a count sent to many countries ("15만여 명의 미군이 150개국에 ... 파병된"): abroad, with no single host
_MANY_COUNTRIES_AFTER_RE = re.compile(r"\d+\s?(?:개국|개 나라|か国|カ国|ヵ国|个国家|個國家)[^.。]{0,40}?(?:파병|派兵|派遣|駐留|주둔|배치)")
_PARTS_AFTER_RE = re.compile(r"\s?[(（]?\s?(?:正規兵|正规兵|正規軍|正规军|現役|现役|현역|상비군|常備軍|予備役|预备役|예비군|예비역)\s?(?:約|约|약)?\s?\d")
_DIGIT_RE = re.compile(r"\d")
_SENTENCE_END_RE = re.compile(r"[。!?！？]|\.(?!\d)|\n\s*\n")  # (a line break alone runs on: pages cut from PDFs)


def counter(text: str, begin: int, end: int) -> tuple[str, str, int] | None:
    """How to read the people counter right after the numeral at ``begin``-``end`` (module docstring): what to say
    before the number (" a goal:" for a level still to come, which makes no figure), the counter's English word
    ("personnel", "reservists", "personnel deployed abroad" or "people") and where the counter ends; None when no
    counter follows."""
    hit = _COUNTER_RE.match(text, end)
    if hit is None:
        return None
    start = max((m.end() for m in _SENTENCE_END_RE.finditer(text, 0, end)), default=0)
    stop = _SENTENCE_END_RE.search(text, hit.end())
    stop = stop.start() if stop else len(text)
    if not _MILITARY_RE.search(text, start, stop):
        return "", "people", hit.end()
    digit = _DIGIT_RE.search(text, hit.end(), stop)
    rest = text[hit.end():digit.start() if digit else stop]  # (the count's own clause, up to the next number)
    if (_THRESHOLD_AFTER_RE.match(text, hit.end()) or _CHANGE_BY_AFTER_RE.match(text, hit.end())
            or _SEX_AFTER_RE.match(text, hit.end()) or _CAPACITY_BEFORE_RE.search(text, max(0, begin - 14), begin)):
        return "", "people", hit.end()  # ("50만명 이하로 떨어지는", "40만 명선도 깨질": a line; "11만명이 줄었다": a change)
    if (_PLAN_AFTER_RE.search(rest) or _FUTURE_BEFORE_RE.search(text, start, begin) or _FORECAST_AFTER_RE.search(text, hit.end(), stop)) \
            and not _CURRENT_BEFORE_RE.search(text, max(start, begin - 30), begin):
        return " a goal:", "people", hit.end()  # (a goal named apart: no strength, and no noun before it binds the count)
    named = [m for m in _MILITARY_RE.finditer(text, start, end) if m.group() not in ("軍", "军", "군")]
    if not named:  # (a list's row, "12. 이스라엘 | 465,000명": the force the list named last before it, if the reserve)
        named = [m for m in _MILITARY_RE.finditer(text, max(0, begin - 800), begin) if _RESERVE_RE.fullmatch(m.group())][-1:]
    last_named = named[-1].group() if named else ""
    near = bool(named) and begin - named[-1].end() <= 30  # (a service named in passing earlier in the sentence is not the count's)
    own = _OWN_NOUN_AFTER_RE.match(text, hit.end())  # ("80만 명의 예비군": the force named right after the count is its own)
    last_named, near = (own.group(1), True) if own else (last_named, near)
    if _OTHER_FORCE_BEFORE_RE.search(text, max(start, begin - 12), begin):
        return "", "people", hit.end()  # ("준군사조직은 12만 명": paramilitaries, not the military)
    if named and _CIVILIANS_RE.search(text, named[-1].end(), begin):
        return "", "people", hit.end()  # ("予備自衛官や防衛省職員が7万人": reservists and civilian staff together, neither)
    if _SERVICE_RE.fullmatch(last_named) and near or _PARTS_AFTER_RE.match(text, hit.end()) and not _MILITARY_RE.search(text, max(start, begin - 6), begin):
        return "", "people", hit.end()  # (and "548.2万人 正規兵48万人 予備役500万人": a total, its parts right after it)
    if (_ABROAD_BEFORE_RE.search(text, max(start, begin - 24), begin) or _ABROAD_AFTER_RE.match(text, hit.end())
            or _MANY_COUNTRIES_AFTER_RE.search(text, hit.end(), stop)):
        return "", "personnel deployed abroad", hit.end()  # ("해외파견 29만1천명": the count abroad, no single host)
    return "", ("reservists" if _RESERVE_RE.fullmatch(last_named) else "personnel"), hit.end()
