"""Stage 3, a second reading for Chinese, Japanese and Korean sentences, whose word order the English rules miss.

The CJK gloss (``gloss_cjk``) puts English words for a budget, spending and the currencies in place, but the sentence
keeps its own order: the topic first, the amount or share last ("2023年には 6.8 trillion yen", "国内総生産(GDP)の6.2%",
"GDP比では1.8%"). The rules that want "budget of" right before an amount, or "of GDP" right after a percent,
reject these for the missing cue. Here such a number is a figure when:

- its sentence is written in CJK script;
- an amount's sentence names defence spending or the defence budget, and no other money (a supplementary or related
  budget, costs, procurement, aid, GDP in money);
- a percent has GDP right before it ("GDP比", "GDPの", "GDP의", "GDP的"), the defence topic is in its sentence or one
  of the two before, and no change or target word stands in the few characters around it.

The owner comes from the usual search (the sentence, the sentence before, the article's country).
"""

from __future__ import annotations

import re

from dashboard.extraction.context import Context
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.patterns import gate_all

CJK_RE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
DEFENSE_MONEY_RE = re.compile(r"\b(?-i:[Dd])efen[cs]e\s+(?:budget|spending)\b")  # (capitalised where a sentence opens on it)
# other money a CJK sentence can hold: supplementary, related or special budgets, costs and expenses, procurement,
# aid, the whole national budget, GDP in money, a line of the budget (force improvement, operating costs, R&D), a total
# over several years, a cut
OTHER_MONEY_RE = re.compile(r"補正|補充|追加|歲入|歲出|岁入|岁出|歳入|関連|関係経費|経費|費用|調 reached|装備|采购|採購|援助|支援|총지출|(?<!budget\sの)(?<!spending\sの)総額|歳出(?!ベース)|总预算|總預算|"
                             r"特別|特别|추경|개선비|운영비|전력운영|방위력\s*개선|연구개발|년간|年間|年间|\d\s*[~〜～]\s*\d+\s*(?:年|년)|装备|裝備|삭감|GDP|国内総生産|國內生產總值|国内生产总值|국내총생산|\bincrease\b|"
                             r"支出|지출|上限|상한|합친|합계|합산|合計|合计|加總|加总|국가들|나라들|各国|各國|諸国|など|等国|等國|用於|用于|に充て|에\s?사용|에\s?쓰")
# (and: another spending named before the amount, "社福支出的數字是 8318億元" (the defence phrase itself is glossed);
# a cap, "549億美元 budget 上限"; a sum over several countries, "나라들의 국방비를 전부 합친 액수"; a part put to a use,
# "約6400億美元將用於")
_NOT_A_LEVEL_RE = re.compile(r"赤字|債務|债务|적자|부채|\bdeficit\b|\bdebt\b")  # (a deficit's or debt's share of GDP)
_GDP_BEFORE_RE = re.compile(r"(?:GDP|国内総生産|國內生產總值|国内生产总值|국내총생산)\s*\)?\s*(?:比|の|의|的|之|比で(?:は)?|대비)?\s*(?:では|は|で)?\s*(?:about\s+)?\Z"
                            # ("GDPに占める国防費の割合は4.12%", "GDP 대비 국방비 비중이 2.6%", "GDP 비중은 2.32%")
                            r"|(?:GDP|国内総生産)\s*\)?\s*(?:に占める|に対する)\s*(?-i:[Dd])efen[cs]e\s+spending\s*(?:の|が)\s*割合\s*(?:は|が)?\s*\Z"
                            r"|(?:GDP|국내총생산)\s*\)?\s*(?:대비\s*)?(?:(?-i:[Dd])efen[cs]e\s+(?:spending|budget)\s*)?비중\s*(?:은|이|는)?\s*\Z")
_DIGIT_RE = re.compile(r"\d")  # another number's change: "8.2% increase 66.3 trillion …GDP 2.42%")
_CHANGE_NEAR_RE = re.compile(r"目標|目标|목표|target|increase|増|增|증가|引き上げ|まで|以上|提升|提高|求め|要求|至|rose\s+to|reached|到")
REACH = 2
_BRACKET_BEFORE_RE = re.compile(r"[(（]\s*(?:about\s+|약\s*|約\s*|约\s*)?\Z")
_YEAR_BEFORE_RE = re.compile(r"(?P<year>(?:19|20)\d\d)\s*(?:年度?|년)\s*(?:には|は|に|の|에는|에)?\s*(?:about\s+)?\Z")


def cjk_licensed(ctx: Context, si: int, m: NumberMention) -> tuple[str, str] | None:
    """(metric, method) for a number in a CJK sentence that the English rules rejected for a missing cue alone (the
    caller's test)."""
    norm, sent = ctx.norm, ctx.sentences[si]
    if not CJK_RE.search(norm, sent.start, sent.end) and not CJK_RE.search(ctx.text, 0, 400):
        return None  # (a CJK article's sentence the gloss left with no CJK word: "…GDP 2.42%" in a headline)
    if m.kind == "money":
        note = _INCLUDING_NOTE_RE.match(norm, m.end)  # ("7兆9496億円（米軍再編関係経費などを含む）": what the amount includes)
        after = note.end() if note else m.end
        if norm[max(sent.start, m.start - 12):m.start].rstrip().endswith("or about"):
            return None  # ("1兆2680億元、日本円にして20兆2881億円": a conversion of the amount before, not the currency's country's)
        clause = max(sent.start, *(norm.rfind(sep, sent.start, m.start) + 1 for sep in ("；", ";", "of which", "、", "，")))  # ("歲出…；其中國防預算…")
        rise = _PERCENT_RISE_BEFORE_RE.search(norm, max(sent.start, m.start - 24), m.start)  # ("6.6%増となる1兆2680億元": the
        if OTHER_MONEY_RE.search(norm, clause, rise.start() if rise else m.start) or _other_after(norm, after, _clause_end(norm, after, sent.end)) \
                or _BRACKET_BEFORE_RE.search(norm, max(sent.start, m.start - 12), m.start):  # (other money after the amount's own clause is another's:
            return None  # (and "6490억달러(약 762조 7048억원)": a conversion in brackets, its currency no owner)
        if _NO_LEVEL_AROUND_RE.search(norm, m.end, min(sent.end, m.end + 12)) or _NO_LEVEL_AROUND_RE.search(norm, max(sent.start, m.start - 10), m.start) \
                and not rise:  # level a rise by a percent came to, not another kind of money)
            return None  # ("50조 원을 돌파한": a threshold crossed; "4兆〜5兆円台": a band; "大幅增加 1666億": a change)
        if DEFENSE_MONEY_RE.search(norm, sent.start, sent.end):
            return "defense_budget", "budget:cjk-sentence"
        if si and DEFENSE_MONEY_RE.search(norm, ctx.sentences[si - 1].start, ctx.sentences[si - 1].end) and _YEAR_BEFORE_RE.search(
                norm, max(sent.start, m.start - 12), m.start):
            return "defense_budget", "budget:cjk-year-after-topic"  # ("日本の防衛費は徐々に伸びた。... 2023年には6.8兆円")
        return None
    if m.kind == "percent" and 0 < m.value <= 15:
        left = m.hedge_start if m.hedge_start is not None else m.start
        if not _GDP_BEFORE_RE.search(norm, max(sent.start, left - 40), left):
            return None
        near = max(sent.start, left - 24, *(d.end() for d in _DIGIT_RE.finditer(norm, max(sent.start, left - 24), left)))  # (not
        if _CHANGE_NEAR_RE.search(norm, m.end, min(sent.end, m.end + 8)) or _CHANGE_NEAR_RE.search(norm, near, left) \
                or _NOT_A_LEVEL_RE.search(norm, max(sent.start, left - 24), left):
            return None  # ("提升至GDP的3%", "GDPの2%以上に": a target; "財政赤字はGDPの0.5%": a deficit)
        if any(DEFENSE_MONEY_RE.search(norm, ctx.sentences[k].start, ctx.sentences[k].end) for k in range(max(0, si - REACH), si + 1)):
            return "defense_share_gdp_pct", "share:cjk-gdp-before"
    return None


_NO_LEVEL_AROUND_RE = re.compile(r"[〜~～]|台|돌파|突破|增加|増加|増え|\bincrease\b|を超え|を上回|을\s?넘|를\s?넘|超过|超過")  # (and "40兆ウォンを超えた": a line crossed)
_PERCENT_RISE_BEFORE_RE = re.compile(r"[%％]\s?(?:increase|増|增)\s?\S{0,3}\s?(?:と(?:なる|なった)|の)?\s*$")
_INCLUDING_NOTE_RE = re.compile(r"\s*[（(][^（()）]{0,60}(?:含む|含め|包括|包含|포함)[^（()）]{0,10}[）)]")
_CLAUSE_END_RE = re.compile(r"[、，,；;]|で、|\bwith\b|(?<=\s)(?:으로|로)(?=\s)")  # ("61조 원으로 GDP 비중은": the clause ends there)


def _other_after(norm: str, start: int, end: int) -> bool:
    """Other money named in the amount's clause after it; a rise by a percent ("から1.4% increase") is the amount's own."""
    return any(not (m.group() == "increase" and "%" in norm[max(start, m.start() - 3):m.start()])
               for m in OTHER_MONEY_RE.finditer(norm, start, end))


def _clause_end(norm: str, start: int, end: int) -> int:
    """Where the clause that starts at ``start`` ends (a comma, or Japanese "で、"), or ``end``."""
    found = _CLAUSE_END_RE.search(norm, start, end)
    return found.start() if found else end


def year_before(ctx: Context, si: int, m: NumberMention) -> int | None:
    """The year written right before an amount ("2023年には6.8兆円": 2023), which dates it: in CJK order the year
    leads its amount, and the next item's year can stand closer after it."""
    hit = _YEAR_BEFORE_RE.search(ctx.norm, max(ctx.sentences[si].start, m.start - 12), m.start)
    return int(hit.group("year")) if hit else None


gate_all(globals())
