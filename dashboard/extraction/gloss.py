"""Articles in Spanish, French, Portuguese, German, Italian, Russian, Indonesian, Romanian, Polish, Dutch, the South Slavic
languages (Croatian, Serbian, Slovenian, one gloss), the Scandinavian
languages (Danish, Norwegian and Swedish, one gloss), Czech and Slovak (one gloss), Greek, Arabic (whose gloss also holds
the budget words of Persian and Urdu, which share its script and are detected as it) and Hindi (with Nepali), read
through a word gloss; Chinese, Japanese and Korean, which leave no space between words, through ``gloss_cjk``.

The rules read English. For an article written in one of these six languages, ``gloss`` rewrites the
words the rules look for ("efectivos", "soldats", "Soldaten", "soldati", "presupuesto", "au Tchad", "del PIB") as
their English equivalents, word for word from ``vocab/gloss.csv``, and puts a demonym before the noun it
follows ("500 soldats camerounais" -> "500 Cameroonian soldiers"). Numerals written the continental way
are written the English way, character for character ("293.945" -> "293,945", "11,9%" -> "11.9%"). Every
other character is kept, without its accent, so the glossed text lines up with the original piece by
piece, and ``Gloss.span`` maps a span of the glossed text back to the original: the quote and passage a
figure shows are always the article's own words.

``detect_language`` decides from the commonest short words; English, or a text too short or mixed to
tell, is never glossed, so English articles are read exactly as before.

>>> g = gloss("Au moins 500 soldats camerounais ont été déployés au Tchad.", "fr")
>>> g.text
'At least 500 Cameroonian soldiers have been deployed to Chad.'
>>> g.span(g.text.index("500"), g.text.index("500") + 3)
(9, 12)
"""

from __future__ import annotations

import csv
import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

from dashboard.extraction.gloss_arabic import add_proclitics, bare_millions
from dashboard.extraction.gloss_map import Gloss, GlossBuilder
from dashboard.extraction.gloss_turkish import turkish_numerals
from dashboard.extraction.normal import unglue_notes
from dashboard.extraction.verb_final import verb_inserts

GLOSS_FILE = Path(__file__).resolve().parent / "vocab" / "gloss.csv"
LANGUAGES = {"es": "Spanish", "fr": "French", "pt": "Portuguese", "de": "German", "it": "Italian", "ru": "Russian",
             "id": "Indonesian", "sc": "Scandinavian (Danish, Norwegian, Swedish)", "ro": "Romanian",
             "cs": "Czech and Slovak", "pl": "Polish", "nl": "Dutch", "sh": "South Slavic (Croatian, Serbian, Slovenian)", "ar": "Arabic", "hi": "Hindi", "el": "Greek", "cj": "Chinese, Japanese and Korean",
             "vi": "Vietnamese", "bn": "Bengali", "tr": "Turkish", "lt": "Lithuanian", "lv": "Latvian", "fi": "Finnish", "et": "Estonian", "hu": "Hungarian"}

# the short words that tell the languages apart (words shared by two of them are left out)
_MARKERS = {
    "en": {"the", "and", "of", "to", "is", "that", "for", "with", "was", "on", "are", "by", "has", "have", "it", "its"},
    "es": {"el", "los", "las", "del", "y", "por", "con", "para", "una", "al", "mas", "pero", "como", "su", "sus"},
    "fr": {"le", "les", "des", "du", "et", "est", "dans", "pour", "sur", "au", "aux", "qui", "une", "pas", "ont"},
    "pt": {"os", "do", "da", "dos", "das", "em", "no", "na", "um", "uma", "com", "nao", "ao", "pelo", "pela"},
    "de": {"der", "die", "das", "und", "ist", "nicht", "mit", "den", "dem", "ein", "eine", "im", "zu", "auf", "fur"},
    "it": {"di", "della", "delle", "degli", "dei", "che", "nel", "nella", "gli", "sono", "anche", "per", "alla", "questo", "questa"},
    "ru": {"и", "в", "на", "не", "что", "с", "по", "для", "из", "от", "это", "как", "к", "о", "за", "до", "также"},
    "id": {"yang", "dan", "untuk", "dengan", "dalam", "ini", "itu", "pada", "tersebut", "akan", "tidak", "adalah", "oleh", "juga",
           "ke", "dari"},
    # Danish, Norwegian and Swedish share one gloss: their budget words are one family ("forsvarsbudget", "milliarder")
    "sc": {"og", "och", "ikke", "inte", "ikkje", "af", "av", "det", "som", "til", "till", "fra", "fran", "vil", "skal", "ska", "blir", "ble",
           "bliver", "blev", "efter", "etter", "mellem", "mellom", "jeg", "vi", "pa", "har", "er"},
    "ro": {"si", "din", "pentru", "care", "este", "sunt", "cu", "pe", "mai", "au", "fost", "fi", "ca", "prin", "dupa", "sau", "acest", "aceasta"},
    # Czech and Slovak share one gloss: their budget words are one family ("rozpočet", "výdavky na obranu", "miliardy")
    "cs": {"sa", "je", "vo", "zo", "ktory", "ktora", "ktore", "ktery", "ktera", "ktere", "aj", "ako", "jako", "pre", "pro", "su", "jsou",
           "bude", "budu", "budou", "tiez", "take", "podla", "podle", "alebo", "nebo", "pri", "uz", "roku", "roce", "rokoch", "ze", "sme", "jsme",
           "ale", "tedy", "jen"},
    "pl": {"sie", "oraz", "przez", "dla", "jest", "nie", "bedzie", "beda", "zostaly", "zostal", "zostanie", "takze", "rowniez", "lub",
           "czy", "ich", "jego", "tym", "w", "z"},
    "nl": {"het", "een", "van", "niet", "voor", "wordt", "werd", "ook", "naar", "bij", "uit", "maar", "nog", "worden", "heeft",
           "hebben", "deze", "zijn", "dat", "op", "wel"},
    # Croatian, Serbian (in Latin letters) and Slovenian share one gloss: "proračun", "milijardi", "BDP"
    "sh": {"koji", "koja", "koje", "kao", "sto", "ki", "tudi", "ter", "kot", "bo", "bodo", "nije", "biti", "ali", "pa", "iz", "ce", "kar",
           "smo", "bilo", "bila", "bi", "so", "naj", "lahko", "bil", "u", "ili", "nisu", "sa", "prema", "jer"},
    "ar": {"في", "من", "على", "إلى", "الى", "أن", "التي", "الذي", "عن", "مع", "هذا", "هذه", "كان", "قد", "بين", "كما", "وقد", "أو", "بعد", "عام"}, "hi": {"और", "पर", "कि", "तक", "अब", "जब", "इस", "उस", "एक", "कर"},
    "el": {"και", "το", "της", "του", "την", "των", "στην", "στη", "στο", "με", "για", "που", "απο", "σε", "οι", "τα", "να", "θα", "ειναι"}, "cj": set(),
    "bn": {"এবং", "ও", "এর", "করা", "জন্য", "থেকে", "এই", "যা", "হয়েছে", "করে"},
    "vi": {"cua", "cac", "nhung", "duoc", "trong", "voi", "mot", "khong", "nhieu", "nay", "theo", "cho", "cung", "nguoi", "nuoc", "viec"},
    "tr": {"ve", "bir", "bu", "icin", "ile", "olarak", "olan", "daha", "cok", "gibi", "ancak", "kadar", "yil", "ise", "diye"},  # Turkish
    # Tagalog is not glossed: its text is read as it stands, never through another language's gloss
    "tl": {"ang", "ng", "mga", "sa", "ay", "ni", "kay", "nasa", "ito", "naman"},  # Tagalog
    "lv": {"ir", "ka", "ar", "uz", "lai", "kas", "tas", "bet", "gan", "ari", "bija", "tika", "pec", "lidz", "ta", "tiek"},  # Latvian
    "lt": {"ir", "kad", "yra", "buvo", "nuo", "iki", "tai", "kaip", "jau", "taip", "kuris", "kuri", "metu", "bus", "karo"},  # Lithuanian
    "fi": {"ja", "ei", "oli", "etta", "kun", "mutta", "myos", "ovat", "joka", "tai", "seka", "mukaan", "vuonna", "olisi", "ollut"},  # Finnish
    "et": {"ja", "ei", "oli", "see", "kui", "mis", "aga", "oma", "ning", "seda", "tema", "ka", "aastal", "kes"},  # Estonian
    "hu": {"az", "hogy", "nem", "egy", "volt", "meg", "csak", "mar", "mint", "pedig", "szerint", "ami", "amely", "lesz"},  # Hungarian
}
_UNREAD = ("tl",)
_WORD_RE = re.compile(r"[^\W\d_]+")


def fold(text: str) -> str:
    """``text`` without accents, one character for one: "déployés" -> "deployes" (same length)."""
    return text.translate(_fold_table())


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    table = {}
    for code in (*range(0xC0, 0x250), *range(0x386, 0x3D0), *range(0x1E00, 0x1F00)):  # (Greek letters with a tonos or a diaeresis:
        # the letter alone; Vietnamese letters with two marks, "ố", "ữ": the letter alone)
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base != chr(code) and (base.isascii() or code >= 0x386):
            table[code] = base
    table.update({ord("ß"): "s", ord("æ"): "a", ord("Æ"): "A", ord("ø"): "o", ord("Ø"): "O", ord("\u2019"): "'",
                  ord("ł"): "l", ord("Ł"): "L", ord("đ"): "d", ord("Đ"): "D", ord("ı"): "i"})  # (Polish, Croatian and Turkish letters with no accent to drop)
    return table


def detect_language(text: str, sample: int = 3000) -> str:
    """"es", "fr", "pt", "de", "it" or "ru" when the text is plainly written in that language, else "en" (English, or
    too little to tell). Counts the marker words of the first ``sample`` characters."""
    head = text[:sample].lower()
    if head.count(" the ") + head.count(" and ") + head.count(" of ") >= 12:
        return "en"  # (most articles: plain English is settled by three substring counts, without folding or a word list)
    words = _WORD_RE.findall(fold(head))
    counts = {lang: sum(w in markers for w in words) for lang, markers in _MARKERS.items()}
    for lang, lettered in _OWN_LETTER_WORDS.items():
        counts[lang] += len(lettered.findall(head))
    best = max(LANGUAGES, key=lambda lang: counts[lang])
    english = counts["en"] - sum(w in _ALSO_ENGLISH.get(best, ()) for w in words)  # ("to", "by": Czech words too)
    if counts[best] >= 5 and counts[best] >= 2 * max(english, *(counts[u] for u in _UNREAD)) + 2:
        return best
    for script, lang in ((_CYRILLIC_RE, "ru"), (_ARABIC_RE, "ar"), (_DEVANAGARI_RE, "hi"), (_BENGALI_RE, "bn"), (_CJK_RE, "cj")):  # (a short text in Cyrillic, Arabic or Devanagari letters, too
        if script.search(head) and len(script.findall(head)) * 2 > len(_LETTER_RE.findall(head)):  # few marker words to count)
            return lang
    return "en"


_CYRILLIC_RE, _ARABIC_RE, _DEVANAGARI_RE, _CJK_RE, _LETTER_RE = (re.compile(r"[\u0430-\u044f\u0451]"), re.compile(r"[\u0621-\u064a]"), re.compile(r"[\u0915-\u0939]"),
                                                                  re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]"), re.compile(r"[^\W\d_]"))
# Words with a letter only one language family writes, each one more marker word of it: Polish's short words are
# Portuguese's too ("na", "do"); a short Czech text has too few marker words; Vietnamese marks letters twice ("ố"), ơ, ư
_OWN_LETTER_WORDS = {lang: re.compile(rf"\b\w*[{letters}]\w*") for lang, letters in (
    ("pl", "\u0142\u0105\u0119\u015b\u017a\u017c\u0144"),  # ł ą ę ś ź ż ń
    ("cs", "\u0159\u016f\u011b\u0165\u010f\u0148\u013e\u013a\u0155"),  # ř ů ě ť ď ň ľ ĺ ŕ (Czech and Slovak)
    ("vi", "\u1ea0-\u1ef9\u01a1\u01b0"), ("lt", "\u0117\u012f\u0173\u016b"), ("tr", "\u0131\u011f"))}  # (Lithuanian: ė į ų ū; Turkish: ı ğ)
_BENGALI_RE = re.compile(r"[\u0985-\u09b9]")
_ALSO_ENGLISH = {"cs": frozenset({"to", "by"})}
_IN_WORD = r"\u0900-\u0963\u0981-\u0983\u09bc-\u09d7\u064b-\u065f"  # (Devanagari's and Bengali's vowel signs, Arabic's short vowels: inside words, not \w)  # English marker words that are also a language's ("to": "it", "by": "would" in Czech)


def leans_to(text: str, lang: str) -> bool:
    """True when a short text (a headline) has more of ``lang``'s marker words than of English's."""
    words = [w.lower() for w in _WORD_RE.findall(fold(text))]
    return sum(w in _MARKERS[lang] for w in words) > sum(w in _MARKERS["en"] for w in words)


def gloss(text: str, lang: str) -> Gloss:
    """``text`` glossed word by word from ``lang`` into English (module docstring)."""
    pattern, words, nouns, demonyms = _rules(lang)
    folded = unglue_notes(_numerals(fold(text), lang))  # ("son PIB2 aux": a footnote's digit glued to the word)
    if _ACCENTED_WORD_RE.search(text):  # "é" (is) and "à" (to) are words of their own, apart from "e" (and), "a" (has)
        chars = list(folded)
        for hit in _ACCENTED_WORD_RE.finditer(text):
            chars[hit.start():hit.end()] = hit.group(0)  # (the case kept: "Là" opens a sentence)
        folded = "".join(chars)
    emit = (built := GlossBuilder()).emit
    last = 0
    inserts = verb_inserts(folded, lang)  # (German: the English of a clause's last verb, before its amount)

    def emit_kept(start: int, end: int) -> None:
        for at in sorted(p for p in inserts if start <= p < end):
            emit(folded[start:at], start, True)
            emit(inserts[at], at, False)
            start = at
        emit(folded[start:end], start, True)

    for hit in pattern.finditer(folded):
        if lang in ("es", "pt", "it") and hit.group(0)[:1].isupper() and _key(hit.group(0)) in demonyms and (
                hit.start() > 1 and folded[:hit.start()].rstrip()[-1:] not in ".!?:\n\"'\u00ab\u201c(" or _SURNAME_NEXT_RE.match(folded, hit.end())):
            continue  # "Alemán Soto explicó": a capital inside a sentence, or before another name, is a surname (Spanish, Portuguese and Italian write demonyms small; French and German capitalise nationality nouns)
        pair = hit.groupdict().get("noun") is not None
        if (english := nouns.get(_key(hit.group("noun"))) if pair else words.get(_key(hit.group(0)))) is None:
            continue  # (a match whose case folds to no key of the table, as "ARTIŞ" did before ı folded to i: left as written)
        emit_kept(last, hit.start())
        if hit.start() in inserts:
            emit(inserts[hit.start()], hit.start(), False)
        if "~" in english:  # "augmenter ses dépenses militaires de 102 millions": "by" after a verb of change, before the amount
            after_change, otherwise = english.split("~")  # (otherwise what follows: "aumentou os gastos em 51%": by; "em Lisboa": in)
            english = after_change if (_AMOUNT_NEXT_RE.match(folded, hit.end()) and not _YEAR_NEXT_RE.match(folded, hit.end())
                                       and _CHANGE_VERB_BEFORE_RE.search(folded, max(0, hit.start() - 70), hit.start())) else otherwise
        if "|" in english:  # a preposition of place: "to" before a name ("envoyé en Gambie"), else "in" ("en 2021")
            before_name, otherwise = english.split("|")
            if not _NAME_NEXT_RE.match(folded, hit.end()):
                english = otherwise
            else:  # "350 hommes à Dakar": in a place; "envoyés à Bamako": to it, after a verb of going
                english = before_name if _MOVE_BEFORE_RE.search(folded, max(0, hit.start() - 90), hit.start()) else "in"
        elif "^" in english:  # a noun after a numeral ("742 militares"), an adjective after a noun ("compras militares")
            after_number, otherwise = english.split("^")
            english = after_number if _NUMERAL_BEFORE_RE.search(folded, max(0, hit.start() - 8), hit.start()) else otherwise
        elif ">" in english:  # "en forsvarsramme på 90,8 milliarder": "of" before an amount, else "on" ("på Forsvaret")
            before_amount, otherwise = english.split(">")
            english = before_amount if _DIGIT_NEXT_RE.match(folded, hit.end()) else otherwise
        end = hit.end()
        if english in ("the", "The") and _PERCENT_NEXT_RE.match(folded, end):  # "con el 2,4%": English puts no article before a
            english, end = "", end + 1  # percentage (its space goes with it); "pasó del 1,8% al 2,1%" keeps "of the ... to the",
            # which the rules read as two levels, not as a range
        if pair:  # "soldats camerounais": the demonym goes first, as in English
            english = demonyms[_key(hit.group("dem"))] + " " + english
        if hit.group(0)[:1].isupper():
            english = english[:1].upper() + english[1:]
        emit(english, hit.start(), False)
        last = end
    emit_kept(last, len(folded))
    return built.gloss(len(text))


# "293.945 millones", "21.012.199", "2.275,00": a dot between groups of three digits is a thousands separator;
# "11,9%", "2,7 billones": otherwise a comma between digits is the decimal mark
# ("10,000" stays: three digits after a lone comma are read the English way, as wire copy quoted in any language is)
_CONTINENTAL_RE = re.compile(r"(?<![\d.,])(?:(?P<dots>\d{1,3}(?:\.\d{3})+(?:,\d+)?)|\d+,(?:\d{1,2}|\d{4,}))(?![.,]?\d)")
_SWAP = str.maketrans(".,", ",.")
_THOUSAND_MILLIONS_RE = re.compile(r"(?<![\d.,])(?<!\w\w)(?:(?P<lead>\d{1,3}) )?mil (?P<n>\d{1,3})(?P<frac>\.\d{1,2})?(?P<tail>\s+mill(?:ones|on)\b)", re.I)  # ("Q4 mil 720"; "76 mil 670.18 millones")


def _numerals(folded: str, lang: str = "") -> str:
    """Numerals written the continental way in the English way, character for character ("293.945" ->
    "293,945", "11,9" -> "11.9"), so the scanner cannot read a thousands separator as a decimal point; and
    thousands of millions said in words before the rest ("mil 531 millones": 1,531 million; "259 mil 422 millones":
    259,422 million) as one numeral,
    padded with spaces to the same length."""
    if "mil " in folded:
        folded = _THOUSAND_MILLIONS_RE.sub(lambda m: f"{m.group('lead') or 1},{int(m.group('n')):03d}{m.group('frac') or ''}".ljust(
            len(m.group(0)) - len(m.group("tail"))) + m.group("tail"), folded)  # ("259 mil 422 millones": 259,422 million)
    if lang == "ar" and "\u0648" in folded:  # "2 مليون و389 ألف": 2,389 thousand; "3 مليار و200 مليون": 3,200 million
        folded = bare_millions(folded)  # ("مليون و455 ألف": a million and 455 thousand)
        folded = _ARABIC_COMPOUND_RE.sub(lambda m: f"{m.group('a')},{int(m.group('b') or m.group('b2')):03d}".ljust(
            len(m.group(0)) - len(m.group("tail") or m.group("tail2"))) + (m.group("tail") or m.group("tail2")), folded)
    folded = turkish_numerals(folded) if lang == "tr" else folded  # ("yüzde 2,13": 2.13%; "455 bin 900": 455,900)
    if lang == "it" and "mila" in folded:
        folded = _MILA_RE.sub(r"\1.000", folded)  # "tra i 5mila e i 5.500 soldati": 5,000 (the same length as "5mila")
    decimal_commas = [m.span() for m in _COMMA_BEFORE_SCALE_RE.finditer(folded)] if lang in _COMMA_ONLY_DECIMAL else []
    folded = _CONTINENTAL_RE.sub(lambda m: m.group(0).translate(_SWAP) if m.group("dots") else m.group(0).replace(",", "."),
                                 folded)
    for start, end in decimal_commas:  # "200,576 milliards FCFA": in French (or Portuguese, Italian, German) a decimal comma
        folded = folded[:start] + folded[start:end].replace(",", ".") + folded[end:]
    return folded


_ARABIC_COMPOUND_RE = re.compile(r"(?<![\d.,])(?P<a>\d{1,3})\s*(?:\u0645\u0644\u064a\u0648\u0646\s*\u0648\s*(?P<b>\d{1,3})(?![\d.,])(?P<tail>\s*(?:\u0623\u0644\u0641|\u0627\u0644\u0641))"
                                 r"|\u0645\u0644\u064a\u0627\u0631\s*\u0648\s*(?P<b2>\d{1,3})(?![\d.,])(?P<tail2>\s*\u0645\u0644\u064a\u0648\u0646))")  # (million and thousand; billion and million)
_MILA_RE = re.compile(r"(?<![\w.,])(\d{1,3})mila\b")
# Languages that never group thousands with a comma (Spanish does in Mexico: "20,000 millones de pesos")
_COMMA_ONLY_DECIMAL = {"fr", "pt", "it", "de", "ru", "sc", "ro", "cs", "pl", "nl", "sh", "el", "vi", "lt", "lv", "fi", "et", "hu"}
_COMMA_BEFORE_SCALE_RE = re.compile(r"(?<![\d.,])\d{1,3},\d{3}(?![.,]?\d)(?=\s*(?:milliards?|millions?|mds|mrds?|bilh(?:oes|ao)|mil\s+milh(?:oes|ao)|"
                                    r"milh(?:oes|ao)|miliardi|milioni|miliardo|milione|Milliarden|Millionen|Mrd|Mio|млрд|млн|миллиард\w*|миллион\w*|milliarder|miljarder|millioner|miljoner|miliarde|milioane|miliardy|miliard|milionov|miliony|milionu|mld|mln|miljard|miljoen|milijard\w*|milijun\w*|milijon\w*|mlrd|proc|procent\w*|prosent|prozent)\b)", re.I)


_ACCENTED_WORD_RE = re.compile(r"(?<![\w'])(?:[\u00e9\u00e0\u00e8\u00c9\u00c0\u00c8]|[lL]\u00e0)(?![\w'])")  # ("là": there, apart from "la"; Italian "è": is)
_NUMERAL_BEFORE_RE = re.compile(r"\d\s+(?:(?:i|los|las|les|os|as|mil)\s+)?$")  # ("5.950 i militari": the article between; "360 mil militares")
# a verb of change earlier in the clause, nothing counted between ("augmenter ses dépenses militaires de"), and an amount
# next that no "à" follows ("passer de 2 à 3 milliards" is a change from one level to another)
_CHANGE_VERB_BEFORE_RE = re.compile(r"\b(?:augment\w*|aument\w*|ridurre|ridott\w*|riduc\w*|baiss\w*|diminu\w*|redui\w*|reduir\w*|relev\w*|accroit\w*|accroitr\w*|"
                                    r"ok(?:e|er|te|a|ar|ade|at)|og(?:e|er|ede|et)|increas\w*|رفع\w*|زاد\w*|خفض\w*)\b[^.;:\d]{0,60}$", re.I)  # ("øge forsvarsbudgettet med")
_AMOUNT_NEXT_RE = re.compile(r"\s+(?:(?:plus|mer\s+an|mere\s+end|mer\s+enn|cirka|omkring|knapt?|rundt|om\s+lag|drygt|nesten|narmere|ca\.)\s+)?\d[\d.,\s]*(?:%|\w+)?(?![^.;]{0,40}(?<!arrivare)(?<!arrivando)(?<!raggiungere)\s(?:a|à)\s+\d)")
_YEAR_NEXT_RE = re.compile(r"\s+(?:19|20)\d\d\b(?![.,]\d|\s*(?:%|mil|bil|mrd|mld|md|milh|milli))", re.I)  # ("aumentou em 2024": in a year)
_DIGIT_NEXT_RE = re.compile(r"\s+(?:(?:ca\.|cirka|omkring|rundt|knap|knapt|over|under|minst|mindst|mer\s+an|mere\s+end|mer\s+enn)\s+)?\d")
# a verb of going or sending earlier in the clause (French, Spanish, Portuguese, without accents)
_MOVE_BEFORE_RE = re.compile(r"\b(?:envo\w*|envi\w*|deploy\w*|desplieg\w*|despleg\w*|depech\w*|achemin\w*|transfer\w*|traslad\w*|"
                             r"redeploy\w*|partir|partent|parti|partis|partira|partiront|arriv\w*|cheg\w*|llega\w*|llego|rentr\w*|retour\w*|"
                             r"rapatri\w*|dirig\w*|mand\w*|destac\w*|expedi\w*|bascul\w*|ira|iront|iran|va|van|vont|vai|vao|sent|deployed|"
                             r"contribu\w*|contingent\w*|aide|aid|ayuda|ajuda|renfort\w*|refuerz\w*|reforc\w*)\b[^.;:\n]*$", re.I)
_SURNAME_NEXT_RE = re.compile(r" (?-i:[A-Z][a-z]+)\b(?! (?-i:[A-Z]))")
_PERCENT_NEXT_RE = re.compile(r"\s+\d[\d.,]*\s?(?:%|por\s+ciento\b|por\s+cento\b|per\s+cento\b|pour\s+cent\b|prozent\b)", re.I)
_NAME_NEXT_RE = re.compile(r"\s+(?:la\s+|le\s+|les\s+|l'|el\s+|los\s+|o\s+|a\s+)?[A-Z]")


def _key(phrase: str) -> str:
    return " ".join(phrase.casefold().split())  # (casefold, as the patterns match without case: "δις." finds "δισ.", final sigma and all)


@cache
def phrase_tables(lang: str) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """``lang``'s words, nouns and demonyms from ``vocab/gloss.csv``, each phrase (as ``_key`` writes it) to its English."""
    tables: dict[str, dict[str, str]] = {"word": {}, "noun": {}, "demonym": {}}
    with open(GLOSS_FILE, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if lang in row["lang"].split():
                for phrase in row["phrases"].split("|"):  # ("=é": kept as written)
                    tables[row["kind"]][_key(phrase[1:] if phrase.startswith("=") else fold(phrase))] = row["english"]
    if lang == "ar":
        for table in tables.values():
            add_proclitics(table)
    return tables["word"], tables["noun"], tables["demonym"]


@cache
def _rules(lang: str) -> tuple[re.Pattern, dict[str, str], dict[str, str], dict[str, str]]:
    """One pattern for ``lang``'s phrases (longest first, whole words), and what each phrase becomes."""
    read_words, nouns, demonyms = phrase_tables(lang)
    words = {**read_words, **nouns, **demonyms}

    def alternation(phrases) -> str:
        return "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))

    pair = rf"(?P<noun>{alternation(nouns)})\s+(?P<dem>{alternation(demonyms)})" if nouns and demonyms else "(?!)"
    # whole words; a phrase ending in an apostrophe is an elided article or preposition, and the word after it is
    # a word of its own ("dall'obiettivo", "qu'il")
    scales = [p for p, english in words.items() if english.split()[:1] in (["billion"], ["million"], ["trillion"], ["thousand"])]
    pattern = re.compile(rf"(?:(?<![\w{_IN_WORD}-])(?:{pair}|{alternation(words)})|(?<=\d)(?:{alternation(scales) or '(?!)'}))"  # (a scale word glued to
                         rf"(?:(?<=')|(?![\w{_IN_WORD}'-]))", re.IGNORECASE)  # its numeral: "39,8bilhões")
    return pattern, words, nouns, demonyms
