"""The personnel vocabulary as patterns: the nouns that make a number a head count (read from
vocab/person_nouns_after.csv and person_nouns_before.csv through ``lexicon``), their modifiers, and the words
around a count that say level, change, casualty, deployment or host.

In: the word lists, and ``vocab``'s hedge and table-row pieces. Out: compiled, gated patterns for the
personnel rules; all apply to normalised text, case-insensitively.
"""

from __future__ import annotations

import re

from dashboard.extraction.lexicon import PERSON_NOUNS_AFTER_FILE, PERSON_NOUNS_BEFORE_FILE, person_nouns, phrase_pattern
from dashboard.extraction.patterns import gate_all, lead
from dashboard.extraction.vocab import EITHER_ROW_END, EITHER_ROW_START, HEDGE, I

# "540 members of the Canadian Armed Forces": members of a military are its personnel
MEMBERS_OF_FORCES = (r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w.'\-]+\s+){0,3}?(?:armed\s+forces|army|military|navy|air\s+force|"
                     r"defen[cs]e\s+forces?|forces|reserves?|(?-i:[A-Z]{1,4}DF))\b")
# The nouns are data (vocab/person_nouns_after.csv); three nouns stay here because they count only in a
# context: "members" of a force, "army" and "military" as a head count ("its army of", "military stationed")
PERSON_NOUN = (r"(?P<noun>(?:members|engineers|medics|doctors)(?=" + MEMBERS_OF_FORCES + r")|" + phrase_pattern(person_nouns(PERSON_NOUNS_AFTER_FILE)) + r"|"
               r"(?<!\S\s)reserve(?:\s+forces?|(?=\s*[,;.)]|\s+and\b))|"  # ("1.2 million reserve force", "65,000 are active, 300,000 reserve,")
                r"army(?=\s*[^\w\s-]|\s+(?:is|was|has|had|of|in|that|which|with)\b)|"
                r"(?<=active\s)men\b(?!\s+and\s+women)|"  # ("235,000 active men")
                r"(?<!\w)men(?:\s+and\s+women)?(?=(?:\s+(?:are|were|have\s+been|had\s+been|will\s+be|remain))?(?:\s+(?:currently|now|still|permanently|usually))?\s+(?:stationed|deployed|based|posted|garrisoned)\b|\s+in\s+(?:the\s+)?(?-i:[A-Z])|\s+in\s+reserves?\b"
                r"|\s*,\s+(?:is|are|was|were)\s+(?:currently\s+|now\s+)?(?:present|deployed|engaged)\s+in\b)|"  # ("Italy, with about 6,400 men, is currently present in 31 missions")
                r"military(?=\s*[^\w\s-]|\s+(?:currently|stationed|based|deployed|in|on|at|are|were|who|that)\b))\b")
MODIFIER = (r"(?:(?!(?:troops|soldiers|personnel|peacekeepers|with|than|that|which|were|are|was|is)\b)[A-Z][\w.'\-]*\.?|\((?-i:[A-Z]{2,6})\)|active(?:[- ]duty)?|military|uniformed|reserve|regular|combat|ground|"
             r"armed|army|frontline|front-line|foreign|allied|more|additional|extra|further|new|full-time|trained|"
             r"mobili[sz]ed|registered|combat-ready|volunteer|part-time|serving|career|active-duty|"
             r"professional|conscript|contract|career|permanent|of\s+(?:its|their|the)|its|their|[a-z]+-(?:based|backed|led))")
# a force's full name before the noun: "120 New Zealand Defence Force (NZDF) personnel"
FORCE_NAME = r"(?:(?:[\s-]+[A-Z][\w'-]*){1,4}\s+(?:Defen[cs]e\s+Forces?|Armed\s+Forces)(?:\s*\((?-i:[A-Z]{2,6})\))?)"
RIGHT_PERSON_RE = re.compile(r"(?P<mods>(?:[\s-]+" + MODIFIER + r"){0,4}" + FORCE_NAME + r"?)\s*-?\s*(?:strong\s+)?(?:[\'\u2018\u201c\"](?=blue))?"  # ("5,154 Nepali 'blue helmets'")
                              + lead(PERSON_NOUN, I), I)  # (lead: the nouns are tried after every split of the modifiers)
# "relies on a 210,000-strong standing reserve": the force named after "-strong" is the reserve
STRONG_RESERVE_RE = re.compile(r"\s+(?:standing\s+|trained\s+|ready\s+|military\s+|semi-professional\s+|professional\s+|active\s+)?reserves?(?:\s+force|\s+army)?\b", I)
STRONG_RE = re.compile(r"\s*-?\s*strong\b(?!\s+(?:[A-Z][\w&-]*\s+|and\s+){0,5}(?:Police|police))(?!\s+(?:crews?|delegations?|bands?|choirs?|committees?|panels?|boards?|staff)\b)|\s+active(?=\s*[(;,.:]|\s*$)"
                       r"|-(?:member|person|man|size|sized)\s+(?:strong\s+)?(?:(?!(?:national\s+)?police|gendarm|security|militia|paramilitary|air\b|naval|navy|marine|coast)[\w-]+\s+){0,5}?(?:contingent|company|battalion|unit|force|team|army|"
                       r"detachment|brigade|battle\s*group|task\s+force|regiment|squadron|group|defen[cs]e\s+services?|presence|garrison)\b"
                       # "cut about a quarter of its 680,000 military through 2020": the force as a noun of its own
                       r"|\s+(?:U\.S\.\s+|US\s+|(?-i:[A-Z][a-z]+(?:an|ese|ish|ch|i|ic))\s+)?(?P<bare>military|armed\s+forces|(?:active\s+)?standing\s+army)"
                       r"(?=\s*[,.;:)]|\s+(?:abroad|overseas|through|by|to|in|and|was|is|has|had|will|would|from|at|on|as|with|for|over|under|are|were|have|including|"
                       r"since|that|which|remains?|permanently|stationed|based|deployed|due|embark\w*|arriv\w*|serv\w*|participat\w*|return\w*)\b)", I)
LEFT_NOUNS = phrase_pattern(person_nouns(PERSON_NOUNS_BEFORE_FILE))  # vocab/person_nouns_before.csv
OTHER_GROUPS = r"reserve|contingent|garrison|mission(?!\s+(?:in|to)\s)"  # stop words for the gap: a nearer group owns the number
# the noun nearest the number counts: "a force of 280,000 troops from a trained reserve of about 870,000"
LEFT_PERSON_RE = re.compile(
    r"\b(?P<noun>" + LEFT_NOUNS + r")"  # ("reduce the number of soldiers in the Army by 350,000, i.e. from 800,000 to 450,000"; "the number of Sudanese forces fighting with the Saudi-led coalition since ... was reduced to")
    r"(?:\s+(?:fighting|serving|deployed|stationed|based|operating)\s+(?:with|in|alongside|for|under)\b[^.;\d]{1,90}?(?=\s+(?:was|were|has|have|had|is|are)\s))?"
    r"(?P<gap>(?:,(?=\s+(?:which|that|numbering|totall?ing)\s))?(?:\s+(?!(?:" + LEFT_NOUNS + "|" + OTHER_GROUPS + r")\b)(?:#?[\w'.\-]+|\((?-i:[A-Z]{2,6})\)|\((?-i:[a-z])[^()\d]{0,28}\)),?){0,6}?)(?:,[^;.\n]{1,100}?,)?(?:\s+by\s+(?:about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?\d[\d,.]*\d(?:\s+(?:troops|soldiers|personnel|men|people))?,?(?:\s+(?:i\.\s?e\.|that\s+is)\s*,?)?(?=\s+from\s))?\s+(?P<link>of|at|to|from|--?|[\u2013\u2014]|\((?:now|currently|at\s+present)|totall?ing|total|totals|totall?ed|numbering|numbered|numbers|number|"
    r"stands(?:\s+(?:at|near|around|about))?|stood(?:\s+(?:at|near|around|about))?|standing\s+at|is|was|are|were|reached|(?:will|would|could|may|might)\s+(?:now\s+)?be|consists\s+of|consisting\s+of|amount(?:s|ed)?\s+to|(?:is\s+)?equal\s+to|make\s+up|makes\s+up|made\s+up|"
    r"(?:to\s+)?a\s+total\s+of|from\s+(?:the\s+|its\s+)?(?:current|present)\s+(?:level|figure|strength|size)\s+of|from\s+(?:today['\u2019]s|(?:the\s+|its\s+)?(?:current|present))|"
    r"comprising|comprise|comprises|counts|counted|count|(?:never\s+)?(?:exceeded|exceeds|exceed|topped|tops)|estimated\s+at|put\s+at|below|above|under|over|remain\w*(?:\s+(?:at|near|around|about))?|hover\w*(?:\s+(?:at|near|around|about))?|"
    r"(?:estimated|expected|projected|thought|believed|reported|said)\s+to\s+(?:be|number|total)|to\s+be|"
    r"(?:fallen|fell|dropped|declined|shrunk|shrank|risen|rose|grown|grew|climbed)\s+(?:to|below|above|under|over)|"
    # "the number of soldiers in the Syrian military has fallen by more than half since the start of the conflict, from"
    # "has more than tripled since February 2022, from", "has grown rapidly over the past ten years, from"
    r"(?:fallen|fell|dropped|declined|shrunk|shrank|risen|rose|grown|grew|climbed|(?:more\s+than\s+|nearly\s+|almost\s+)?(?:doubled|tripled|trebled|quadrupled|halved)|"
    r"increased|decreased|expanded|swelled|contracted)(?:\s+\w+ly)?(?:\s+by\s+[^.;\d]{1,40}?)?"
    r"(?:\s+(?:since|over\s+the\s+(?:past|last))\s+(?:[^.;\d]|(?:19|20)\d\d\b|\d{1,2}\b){1,50}?|\s+in\s+recent\s+years)?,?\s+from)\s+(?:(?:now|currently|presently|still)\s+)?" + HEDGE + r"$", I)
# "the actual number was 226,789" after the sentence has named the personnel it counts
ACTUAL_NUMBER_RE = re.compile(
    r"\b(?:personnel|soldiers|servicemen|troops)\b[^.;]{0,120}?\b(?:actual|total|overall|their)\s+(?P<noun>numbers?|strength|headcount)"
    r"(?P<gap>(?:\s+will|\s+would|\s+is\s+set\s+to)?)\s+(?P<link>was|is|are|were|stood\s+at|stands\s+at|of|"
    r"(?:fluctuat\w*|rang\w*|var(?:y|ies|ied))\s+(?:from|between)|(?:decrease|increase|fall|drop|rise|grow|shrink)\w*\s+to)\s+"
    + HEDGE + r"$", I)
# "The combined manpower of the Army, Royal Navy and the RAF stands at 177,760": the services listed make the whole
COMBINED_RE = re.compile(r"\b(?:combined|total|overall)\s+(?P<noun>manpower|strength|personnel)(?P<gap>\s+of\s+(?:the\s+)?(?:[\w'.-]+,?\s+){1,8}?)"
                         r"(?P<link>stands\s+at|stood\s+at|is|was|totals|totalled|totaled|reached)\s+" + HEDGE + r"$", I)
# "put the headcount of Myanmar's military, an opaque entity ..., at 300,000-400,000"
PUT_AT_RE = re.compile(r"\bput\w*\s+(?:the\s+|its\s+|their\s+)?(?P<noun>headcount|strength|size|number\s+of\s+(?:troops|soldiers|personnel))"
                       r"(?P<gap>\s+of\b[^.;]{0,90}?)\s+(?P<link>at)\s+" + HEDGE + r"$", I)
# "a trained reserve of 870,000"; "Reserve forces total about 200,000 recruits"
RESERVE_POOL_RE = re.compile(r"\b(?:trained\s+|strategic\s+|mobili[sz]able\s+)?(?P<noun>reserve)(?P<gap>)\s+(?:pool\s+)?"
                              r"(?:(?P<link>of|exceeding|numbering)|(?<=trained\sreserve\s)(?:is|was|numbers?|totals?)|(?:forces|force|personnel|component)\s+(?:total(?:s|ed|led)?|number(?:s|ed)?|"
                              r"(?:estimated|put)\s+at))\s+" + HEDGE + r"$", I)  # ("a reserve force estimated at 5 million")
CHANGE_BEFORE_RE = re.compile(
    r"\b(?:(?<!constituted\s)(?<!composed\s)(?<!manned\s)(?<!staffed\s)(?<!formed\s)(?<!followed\s)by|withdraw\w*|withdrew|pull\w*(?:\s+out)?|recall\w*|remov\w*|cut\w*|add\w*|send\w*\s+(?:back\s+)?home|sent\s+(?:back\s+)?home|send\w*|sent|recruit\w*|train\w*|"
    r"kill\w*|lost|lose|losing|wounded|injured|evacuat\w*|captur\w*|another|extra|additional|further|more|mov(?:e|es|ed|ing)|"
    r"relocat\w*|transfer\w*|(?:another|one\s+more|an?\s+(?:additional|extra|further|second))\s+(?:[\w-]+\s+){0,2}?(?:battalion|contingent|company|unit|brigade)\s+(?:of|[\u2013\u2014-]+\s+that\s+is)|"
    r"dispatch\w*|reduc\w*|increas\w*|boost\w*|draft\w*|mobiliz\w*\s+an?\s+additional|deploy\w*\s+an?\s+additional|"
    r"redeploy\w*|reposition\w*|rotat\w*|discharg\w*|demobiliz\w*|slash\w*|casualties\s+of|losses\s+of|deaths?\s+of|(?:lay|lays|laid|laying)\s+off|dismiss\w*|"
    r"shortfall\s+of|shortage\s+of|gap\s+of|deficit\s+of|short\s+(?:by|of)(?:\s+an?\s+(?:combined\s+)?total\s+of)?|(?:cut|cuts|reduction|drawdown|withdrawal|increase|decrease|"
    r"addition|reinforcement|surge|boost|relocation|redeployment|transfer|move|arrival|dispatch|rotation)\s+of(?:\s+the\s+(?:remaining|last|final|first)|\s+(?:these|those)|\s+a\s+total\s+of)?"
    # "announced the increase of troops abroad: 30 military personnel to Iraq, 65 to Afghanistan": a list of increments
    r"|\b(?:increase|reinforcement|reduction|cut|withdrawal)\s+of\s+(?:the\s+)?(?:troops|forces|soldiers|personnel|contingents?)(?:\s+(?:deployed\s+)?abroad)?\s*:)\s+" + HEDGE + r"$", I)
CASUALTY_AFTER_RE = re.compile(  # (a longer reach, within the clause, for "have been killed": "... and other fighters have been killed")
    r"^(?:[^.;,:\d]{0,60}?\b(?:(?:have|has|had)\s+been\s+killed|(?:are|were|is)\s+(?:now\s+)?(?:heading|headed|going|flying)\s+home|(?:will|would|to)\s+fly\s+home)|\s+(?:are\s+|were\s+)?pull(?:ing|ed)\s+out\b"
    r"|[^.;]{0,120}?\b(?:returned|flew|came)\s+home\b|[^.;\d]{0,40}?\b(?:martyred|killed\s+in\s+action)\b"  # ("and 24 officers, martyred")
    r"|[^.;\d]{0,60}?\b(?:have|has|had)\s+(?:\w+ly\s+)?returned\s+from\b"  # ("10,000 troops ... have definitively returned from Yemen")
    r"|[^.;\d]{0,60}?\b(?:will|would|are\s+to|is\s+to)\s+be\s+(?:\w+ly\s+)?(?:withdrawn|pulled\s+out|brought\s+home|repatriated)\b"  # ("600 soldiers ... will be gradually withdrawn")
    r"|[^.;\d]{0,40}?\b(?:have|has|had)\s+(?:\w+ly\s+)?passed\s+through\b"  # ("Over 18,000 Spanish troops have passed through Afghanistan": rotations summed)
    r"|[^.;\d]{0,60}?\b(?:have|has|had)\s+(?:now\s+|already\s+)?left(?=\s+(?:the\s+)?(?-i:[A-Z]))"  # ("25 Indian troops deployed in ... Addu had left Maldives")
    r"|[^.;]{0,80}?\b(?:were|was|have\s+been|had\s+been|are\s+being|being)\s+(?:seized|abducted|kidnapped|(?:taken|held)\s+(?:hostage|captive)|detained|arrested)\b"  # ("190 Irish troops from the 118th Infantry Battalion, UNIFIL, returned home")
    r"|[^.;]{0,200}?\blanded\b[^.;]{0,120}?\bfrom\s+(?:a|their|its)\s+(?:long\s+)?(?:deployment|tour|mission)"  # (back home)
    r"|[^;]{0,80}?\b(?:are|were|lie|lay)\s+buried\b|[^.;]{0,30}?\b(?:killed|wounded|dead|died|injured|casualties|captured|missing|taken\s+prisoner|amputees|amputated|maimed|disarmed|"
    r"prisoners|have\s+been\s+lost|were\s+lost|(?:are|is|were|was)\s+expected\s+(?:back\s+)?home|(?:who\s+)?left\s+(?!in\b|behind\b|over\b|there\b|at\b|on\b|with\b|for\b)(?![^.;,]{0,40}?\bfor\s+(?-i:[A-Z]))|return\w*\s+(?:home|from)|"
    r"(?:(?:have|had|has|having)\s+(?:also\s+)?)?(?:lost|laid\s+down|sacrificed|given)\s+(?:their|his|her)\s+(?:[\w-]+\s+)?li(?:ves|fe)|made\s+the\s+ultimate\s+sacrifice|to\s+be\s+withdrawn|will\s+be\s+withdrawn|withdrawn|repatriated|"
    r"would\s+be\s+withdrawn|(?:will|would|are\s+to|is\s+to)\s+withdraw\b|will\s+leave(?!\s+for\b)|would\s+leave(?!\s+for\b)|to\s+leave(?!\s+for\b)|to\s+be\s+cut|(?<!well\s)(?<!highly\s)(?<!poorly\s)(?<!better\s)(?<!fully\s)(?<!badly\s)trained(?!\s+(?:reserv|individuals|people|persons|men|personnel|soldiers|troops))|recruited|drafted|conscripted|"
    r"called\s+up|(?:were|was|had\s+been|have\s+been)\s+called\s+(?:up|to|in)\b|enlisted(?!\s+(?:recruits|personnel|men|soldiers|members|ranks|troops))|"
    r"(?:have\s+|had\s+)?(?:already\s+)?returned|flew\s+out|flown\s+out|(?:departed|departing|leaving)(?!\s+(?:on\s+\w+\s+|today\s+|yesterday\s+)?for\b)|pulled\s+out\s+of|"
    r"(?:will|would|are\s+to|is\s+to)\s+be\s+(?:moved|relocated|transferred|redeployed|pulled\s+out|brought\s+(?:back\s+)?home)|"
    r"took\s+part|participat(?!ing\s+(?:countries|nations|states|contingents)\b)(?!(?:ing|e)\s+in\s+(?:the\s+|a\s+|an\s+|this\s+|that\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:missions?|initiative|peace\w*|operations?)\b)\w*|joined\s+the\s+exercise|(?:are\s+|is\s+)?(?:set\s+)?to\s+return(?:\s+home)?\s+from|"
    r"to\s+reinforce(?!\s+(?:the\s+|its\s+|their\s+)?(?:security|safety|protection|defen[cs]es?|borders?|frontiers?)\b)|as\s+reinforcements|(?:already|back)\s+home|due\s+home|(?:would|will)\s+be\s+(?:back\s+)?home))\b", I)
STOCK_BEFORE_RE = re.compile(
    r"(?:\b(?:armed\s+forces|military)\s*:\s*|\bgarrison\s+(?:in|on|at)\s+(?:the\s+)?(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){0,2}\s+(?:amounted\s+to|numbered|totall?ed|stood\s+at)\s+|\b(?:has|have|had|employs|employed|maintains?|maintained|keeps?|kept|fields?|fielded|numbers?|(?<=army\s)numbered|(?<=military\s)numbered|(?<=forces\s)numbered|boast(?:s|ed)?|commands?|hosts|hosted|houses|housed|"
    r"there\s+(?:are|were|is)(?:\s+(?:now|currently|today|still))?|total\s+of|total\s+number\s+of|complement\s+of|(?:its|their|the)\s+(?:current|present|existing)(?:\s+(?:level|strength|size)\s+of)?|its|their|strength\s+of|size\s+of|(?:approximate|estimated|total|overall|current)\s+size\s+(?:is|was)|with|consist(?:s|ed)?\s+of|"
    r"consisting\s+of|comprise|comprised(?:\s+of)?|constituted\s+by|composed\s+of|(?:can|could)\s+account\s+for|registered|"
    r"comprises|comprising|made\s+up\s+of|force\s+of|manpower\s+of|(?<=armed\s)forces\s+of|army\s+of|military\s+of|numbering|totall?ing|totall?ed|manned\s+(?:with|by)|"
    r"(?:strength|size|manpower|personnel|forces?|army|military)(?:\s*\((?-i:[A-Z]{2,6})\))?\s+(?:(?:is|are|was|were)\s+)?(?:estimated|put|assessed|evaluated|reckoned)\s+at|"
    r"(?:country|nation|army|military|forces?)\b(?:[^.;,]|\.\d){0,40}?\bcounts(?:\s+just|\s+only)?|"
    r"\b(?:had|has)\s+the\s+(?:(?-i:[A-Z])[\w-]*\s+)?(?:army|armed\s+forces|military|defen[cs]e|forces)|"  # (glossed word order: "In 1984 had the Belgian army")
    r"\bin\s+the\s+(?:(?-i:[A-Z])[\w-]*\s+)?(?:army|armed\s+forces|military)\s+(?:served|serve|serves|were\s+serving)|"
    r"\b(?:military\s+|armed\s+forces\s+|troop\s+)?strength\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){0,2}\s+(?:was|is|stood\s+at|stands\s+at|reached|totall?ed)|"  # ("the military strength of Guatemala was 30,000")  # ("in the Polish army served 95.5 thousand soldiers")
    r"(?:total\s+|active\s+){1,2}manpower(?:\s+(?:for|of)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:armed\s+forces|army|military|defen[cs]e\s+forces?))?\s+(?:is|was|stands\s+at|stood\s+at)|(?:size|strength|manpower)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:armed\s+forces|army|military|defen[cs]e\s+forces?)"
    r"(?:\s+of\s+(?-i:[A-Z])[\w'-]*(?:\s+(?:&|and)\s+(?-i:[A-Z])[\w'-]*)?)?\s+(?:is|was|stands\s+at|stood\s+at|amounts?\s+to|amounted\s+to|totals|totall?ed)|"
    r"(?:standing|regular)\s+(?:army|force)\s+(?:as\s+of\s+(?:today|now)\s+)?(?:is|was|stands\s+at|stood\s+at)|"
    r"(?:defen[cs]e\s+forces|armed\s+forces|army|military)(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){0,2})?\s+(?:now\s+|currently\s+)?(?:(?:stand|stands|stood|standing)\s+at|numbered|numbers|totall?ed|total|totals)|"
    r"(?:its|their)\s+standing\s+army\s+from|(?:its|their)\s+(?:overall\s+|total\s+|current\s+)?strength\s+(?:is|was|stands\s+at|stood\s+at)|"  # ("the Armed Forces of the Slovak Republic numbered", "reduce its standing army from")
    r"number\s+of\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:armed\s+forces|army|military|troops|soldiers)\s+(?:to\s+be|will\s+be|would\s+be))\s+|'s\s+"
    r"|\bactive\s+(?:personnel|troops|forces?)(?:\s+(?:as\s+of|in)\s+(?:19|20)\d\d)?\s*(?:[:|\-]\s*|(?:are|is|was|were|numbers?|stand\s+at|stood\s+at)\s+)?"
    r"|\b(?:armed\s+forces|defen[cs]e\s+forces|military)\s+(?:currently\s+|now\s+)?(?:include|includes|included)\s+"  # ("Latvia's armed forces include 6,600")
    r"|\b(?:total\s+)?armed\s+forces\s+of\s+(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*)?\s+(?:are|were)\s+"  # (".. of Jamaica are around")
    r"|\b(?:army|armed\s+forces|defen[cs]e\s+forces?|military)\s*\(\s*"  # ("The Kenya Defence Forces (24,000 personnel)")
    r"|(?:^|\n|:)\s*(?:an?\s+)?estimated\s+)" + HEDGE + r"$", I)  # (a factbook row: "estimated 3,000 military personnel (2023)")
# "participates in UN peacekeeping efforts, in Afghanistan with 400 men and in Iraq with 450 men": men a country has in a place
IN_PLACE_WITH_RE = re.compile(r"\b(?:in|to)\s+(?:the\s+)?(?-i:[A-Z])[\w'-]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w'-]*){0,3}(?:\s*\([^()]{0,20}\))?\s+with\s+"
                               r"(?:about\s+|some\s+|around\s+|nearly\s+|over\s+)?$", I)
# A level reached or set: "helped the army grow to 187,000 soldiers", "the target is 203,000", "reaching 300,000"
LEVEL_CUE_BEFORE_RE = re.compile(
    r"(?:\b(?:grows?|grew|grown|rises?|rose|risen|falls?|fell|fallen|drop\w*|declin\w*|shrink\w*|shrank|reach\w*|expand\w*|"
    r"increas\w*|boost\w*|cut|cuts|reduc\w*|slash\w*|bring\w*|brought|rais\w*|go(?:es|ing)?\s+down|went\s+down|come\s+down|came\s+down)\b(?:[^.;]|\.\d){0,60}?\bto|\breaching|\bbelow|"
    r"\babove|\btarget\s+(?:is|of|was|will\s+be)|\bgoal\s+(?:is|of|was)|\bminimum\s+of|\bmaximum\s+of)\s+"
    r"(?:(?:a|an|the)\s+)?(?:(?:target|goal|total|level|strength|size)\s+of\s+)?" + HEDGE + r"$", I)
DEPLOY_VERB_RE = re.compile(r"\b(?:deploy\w*|station\w*|sen[dt]\w*|mass(?:ed|ing)|amass\w*|dispatch\w*|mov(?:ed|ing)|moves?(?=\s+(?:\S+\s+)?$)|"
                             r"position(?:ed|ing)|rotat\w*|based(?!\s+(?:on|upon)\b)|garrison\w*)\b", I)  # (not "based on payroll records")
HOST_AFTER_RE = re.compile(  # (", currently serving in": an apposition says where they are too)
    r"^(?:,(?=\s+(?:currently|now|still)\s+(?:serving|stationed|deployed|based)\b))?(?:\s+(?:who\s+are|that\s+are|which\s+are|(?:who|that)(?=\s+(?:rotat|serv|operat))|are|were|is|will|would|currently|now|still|also|just|permanently|"
    r"serving\s+with\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,4}?(?:force|mission|contingent|coalition|operation)|"
    # ("60,000 Indian troops drawn from two divisions (one from ...) were in Sri Lanka")
    r"(?:drawn|taken|pulled)\s+from\s+(?:[\w-]+\s+){0,4}?(?:divisions?|brigades?|regiments?|battalions?|units?|corps)(?:\s*\([^()]{0,120}\))?|"
    r"already|shortly|soon|to\s+be|be|being|remain|remaining|long|largely|mostly|primarily|ha(?:ve|s|d)\s+been|ha(?:ve|s|d)|continues?\s+to|"
    r"(?:expected|due|set|scheduled|about|preparing|ready)\s+to))*"
    r"\s+(?:(?:stationed|deployed|based|headquartered|garrisoned|posted|present|serving|positioned|operating|fighting|scattered|spread|dispersed|sent|dispatched|flown|airlifted|to\s+go|"
    r"serve|serves|served|stay|stays|stayed|staying|working|integrated|employed|head|heads|headed|heading|depart|departs|departed|departing|leave|leaves|left|leaving|entered|invaded|"
    r"deploy|deploys|operate|operates|rotat(?:e|es|ed|ing)\s+in\s+and\s+out|out(?=\s+of\b))\s+)?"
    # ("120 troops head for Beirut", "left for Lebanon": for, only after a verb of going; "heading from Denmark to")
    r"(?:(?<=ing\s)from\s+(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*)?\s+(?=to\s))?(?P<prep>in|on|to|at|inside|within|across|throughout|into|with|under|occupying|(?<=based\s)near|(?<=stationed\s)near|(?<=head\s)for|(?<=heads\s)for|(?<=headed\s)for|(?<=heading\s)for|"
    r"(?<=depart\s)for|(?<=departs\s)for|(?<=departed\s)for|(?<=departing\s)for|(?<=leave\s)for|(?<=leaves\s)for|(?<=left\s)for|(?<=leaving\s)for|(?<=out\s)of|(?<=entered\s)(?=[A-Z])|(?<=invaded\s)(?=[A-Z]))(?:\s+|(?<=\s)(?=[A-Z]))(?:the\s+)?(?:(?:soil|territory|city|capital|port|town)\s+of\s+(?:the\s+)?|(?<=at\s)(?:a|an|its|their|the)\s+(?:[\w-]+\s+)?(?:base|camp|garrison|outpost)\s+in\s+)?"
    r"(?:(?-i:[a-z]+)(?:-\s?|\s)(?:torn|ravaged|stricken|wracked)\s+|restive\s+)?"  # ("to the war-torn Central African Republic")
    r"(?:(?:north|south|east|west|northern|southern|eastern|western|central|occupied)(?:\s+part)?\s+of\s+(?:the\s+)?"
    r"|(?:northern|southern|eastern|western|central|occupied)\s+(?!(?:Africa|African|America|Asia)\b)"
    r"|(?-i:north|south|east|west)\s+(?=(?-i:[A-Z]))(?!(?:Africa|African|America|Asia|Korea|Sudan|Ossetia|Timor)\b))?#?", I)  # ("into south Lebanon")  # ("in #Djibouti": a hashtag of shared posts)
THERE_RE = re.compile(r"^\s+(?:(?:are|were|is|remain)\s+)?(?:(?:currently|now|still)\s+)?(?:(?:staying|present|located|serving|"
                      r"stationed|based)\s+)?(?:there|in\s+the\s+country|in\s+country)\b", I)
PERSONNEL_ROW_RE = re.compile(
    # (the Library of Congress country studies: "Armed Forces: Total active-duty troops and officers: 314,700",
    # "Reserves: trained first-line: 1,115,000")
    EITHER_ROW_START + r"(?:armed\s+forces:\s*total\s+)?(?P<noun>active-duty\s+(?:troops|personnel)(?:\s+and\s+officers)?|"
    r"reserves:\s*trained\s+first-line|government\s+armed\s+forces|(?:total\s+)?active(?:\s+duty)?\s+(?:military|armed\s+forces)\s+(?:personnel|strength|troops)|(?:total\s+)?active\s+(?:personnel|duty|troops|forces|military|strength|(?:employees\s*/\s*)?soldiers)|(?:total\s+)?(?:military|armed\s+forces)\s+"
    r"(?:personnel|strength)|active\s+duty\s+personnel|reserve\s+(?:personnel|forces|strength)|reserves?|reservists|active|"
    r"deployed(?:\s+personnel)?|(?:personnel|troops)\s+deployed(?:\s+abroad)?|number\s+of\s+(?:people|persons|personnel)\s+in\s+the\s+(?:military|armed\s+forces))" + EITHER_ROW_END, I)

# "With 2.3 million, China now has the world's largest active-duty military"
WITH_NUMBER_RE = re.compile(
    r"^\s*(?:troops|soldiers|personnel|men\s+under\s+arms)?\s*,\s*[\w.'\- ]{0,40}?\b(?:has|have|had|boasts|fields|maintains)\s+"
    r"(?:the|a|an)\s+(?:[\w'\-]+\s+){0,5}?(?:military|army|armed\s+forces|forces)\b", I)

# "11,000 of them in Kursk Oblast": a count of the troops just named
OF_THEM_RE = re.compile(r"^\s+of\s+(?:them|those|whom)\b(?!\s+(?:are\s+|serve\s+|serving\s+)?(?:in|with)\s+(?:the\s+)?"
                        r"(?:army|navy|air\s+force|marines|ground\s+forces|reserves?)\b)", I)
# "In Lebanon, it is 103 peacekeepers who serve with UNIFIL": soldiers counted right after the number (a place that opens
# the sentence is where they are, not whose they are)
COUNTED_FORCES_AFTER_RE = re.compile(r"\s+(?:[\w-]+\s+)?(?:peace-?keepers|troops|soldiers|blue\s+helmets|military\s+personnel)\b", I)
PERSONNEL_WORDS_RE = re.compile(r"\b(?:troops|soldiers|servicemen|service\s*members|personnel|marines)\b", I)


# "635 personnel were carrying out their missions in six countries": several places, none of them the host the
# sentence before named
SEVERAL_PLACES_AFTER_RE = re.compile(r"\s+(?:[\w-]+\s+){0,5}?(?:in|across|on)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|various|multiple)\s+"
                                     r"(?:different\s+)?(?:countries|nations|(?:un\s+|u\.n\.\s+)?(?:peace(?:-?keeping)?\s+)?missions)\b", I)


# Every pattern above behind a lookahead of the characters its matches begin with: the same matches, faster.
# "a reserve of 3,000 tanks", "a force of 40 jets": equipment counted, not people
EQUIPMENT_AFTER_RE = re.compile(r"\s+(?:[\w-]+\s+)?(?:tanks|jets|aircraft|planes|helicopters|vehicles|ships|warships|vessels|submarines|"
                                r"missiles|rockets|drones|guns|rifles|howitzers|shells|rounds|tonnes|tons|applications|applicants|vacancies)\b"
                                r"|-(?:troop|soldier|man|personnel)\s+(?:limit|cap|ceiling|quota)\b", I)  # ("lifted a 3,000-troop limit")


gate_all(globals())
