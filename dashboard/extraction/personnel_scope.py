"""Whose force a count measures: one armed service named apart from the others, or several countries at once.

"the Army went from 147,000 to 230,000 men; the Navy from 21,000": the Army's count is a component, not
the country's strength; "Uganda, Burundi and Djibouti have 13,000 troops", "the 12,000 UN peacekeepers":
a total of many countries' troops, no one country's.
"""

from __future__ import annotations

import re

from dashboard.extraction.context import Context
from dashboard.extraction.hosts import host_table
from dashboard.extraction.places import group_total_before
from dashboard.extraction.plausibility import armed_forces
from dashboard.extraction.vocab import HEDGE, I


def _allied_here(ctx, sent_start: int) -> bool:
    si = ctx.sentence_index(sent_start)  # an alliance, a UN mission or peacekeeping in this sentence or the one before
    return any(ctx.says(i, _ALLIED_CONTEXT_RE) for i in range(max(0, si - 1), si + 1))


# "represent 5% of the approximately 11,000 soldiers deployed in Iraq": the whole a country's troops are a share of
_SHARE_OF_THE_RE = re.compile(r"\d\s*(?:%|per\s*cent|percent)\s+of\s+(?:the|all)\s+$", I)


def multinational_subject(ctx, sent_start: int, left_edge: int, mods: str, right_end: int = -1) -> bool:
    """"Uganda, Burundi and Djibouti have 13,000 troops": a list of countries as the subject; "the 12,000 UN
    peacekeepers": the UN's forces. Either way a total of many countries' troops."""
    if _UN_MODS_RE.search(mods) and not _country_has(ctx, sent_start, left_edge) or right_end >= 0 and _STRONG_ALLIED_GROUP_RE.match(ctx.norm, right_end):
        return True  # (and "a 1,000-strong NATO battle group": the group's total)
    if right_end >= 0 and _STRONG_GROUP_RE.match(ctx.norm, right_end):
        owned = any(_POSSESSIVE_GAP_RE.fullmatch(ctx.norm, c.end, left_edge) or c.kind == "demonym" and left_edge - c.end <= 2 for c in ctx.country_mentions(max(sent_start, left_edge - 40), left_edge)) or ctx.norm[max(sent_start, left_edge - 6):left_edge].lower().endswith(("its ", "their "))  # (and "The 2nd Croatian 188-strong", "its 500-strong contingent")
        return not owned and _allied_here(ctx, sent_start)  # "The 1100-strong battlegroup" after NATO's presence; "The 10,000-strong
        # force" of a UN mission (but "Ethiopia's 4,400-strong contingent of ... AMISOM" is Ethiopia's)
    if (_BLOC_FORCE_RE.search(ctx.norm, max(sent_start, left_edge - 240), left_edge) or _SHARE_OF_THE_RE.search(ctx.norm, max(sent_start, left_edge - 40), left_edge)
            or _MULTINATIONAL_STRENGTH_RE.search(ctx.norm, max(sent_start, left_edge - 120), left_edge)):
        return True  # "ECOWAS leaders agreed ... to deploy about 3,300 soldiers"; "the standby force set to consist of 1 099 troops"
    the_force = _THE_FORCE_HAS_RE.fullmatch(ctx.norm, sent_start, left_edge)  # (but "The Canadian force will number 450": its own)
    if _MISSION_OWNS_RE.search(ctx.norm, max(sent_start, left_edge - 100), left_edge) or the_force and _allied_here(ctx, sent_start) and not any(
            c.kind != "alliance" for c in ctx.country_mentions(sent_start, the_force.start("noun"))):
        return True  # "UNIFIL's 10,500 peacekeepers"; after a sentence on UNIFIL, "The force currently has 6,000 soldiers"
    if ("other" in ctx.norm[max(sent_start, left_edge - 80):left_edge].lower()
            and _OTHER_COUNTRIES_HAVE_RE.search(ctx.norm, max(sent_start, left_edge - 80), left_edge)) or (
            right_end >= 0 and "outside" in ctx.norm[right_end:right_end + 100].lower()
            and _OUTSIDE_THEIR_COUNTRIES_RE.match(ctx.norm, right_end)) or group_total_before(ctx.norm, max(sent_start, left_edge - 200), left_edge):
        return True  # "the U.S., U.K. and 34 other coalition countries had 145,000 troops"; "... outside their home countries"; "total armed forces personnel in the EU had dropped to 1.91 million": a region's total
    if (right_end >= 0 and _IN_THE_MISSION_RE.match(ctx.norm, right_end) and _allied_here(ctx, sent_start)
            and not [c for c in ctx.country_mentions(sent_start, ctx.sentences[ctx.sentence_index(sent_start)].end) if c.kind != "alliance"]):
        return True  # after a sentence on AMISOM, "there are more than 20,000 soldiers serving in the mission": its total
    under = _UNDER_MISSION_RE.match(ctx.norm, right_end) if right_end >= 0 else None
    if under and not [c for c in ctx.country_mentions(right_end, right_end + under.start("mission") - right_end)
                      if c.kind == "demonym" or not ctx.is_place(c)] and not _country_has(ctx, sent_start, left_edge, _SENDS_A_UNIT_RE) and not _country_has(ctx, sent_start, left_edge):
        return True  # "more than 20,000 soldiers serving in Somalia under AMISOM": the mission's, not a contributor's
    verb = _JOINT_VERB_RE.search(ctx.norm, max(sent_start, left_edge - 40), left_edge)
    if verb is None:
        return False
    named = [c for c in ctx.country_mentions(max(sent_start, verb.start() - 80), verb.start()) if c.kind != "alliance"]
    return (len(named) >= 2 and _JOINT_LIST_RE.fullmatch(ctx.norm, named[-2].end, named[-1].start) is not None
            and not ctx.norm[named[-1].end:verb.start()].strip())


_OTHER_COUNTRIES_HAVE_RE = re.compile(r"\b\d+\s+other\s+(?:[\w-]+\s+)?(?:countries|nations|allies|states)\s+(?:had|have|has|together\s+had|"
                                      r"contributed|sent|deployed)\s+" + HEDGE + r"$", I)
_OUTSIDE_THEIR_COUNTRIES_RE = re.compile(r"[^.;]{0,60}?\boutside\s+their\s+(?:home|own|respective)\s+countries\b", I)
# UN and African Union missions by their acronyms (matched case-sensitively)
_MISSIONS = r"UN[A-Z]{2,6}|MINUS[A-Z]{1,3}|MONU[A-Z]{1,3}|AMISOM|ATMIS|AUSSOM|KFOR|Minus(?:ma|ca|tah)|Monusco|Unifil|Unmiss|Amisom"  # (and as French papers write them)
_UNDER_MISSION_RE = re.compile(r"[^.;]{0,60}?\bunder\s+(?:the\s+)?(?P<mission>(?-i:" + _MISSIONS + r"|ISAF))\b", I)
_UN_MODS_RE = re.compile(r"\b(?:UN|U\.N\.|United\s+Nations|African\s+Union|AU|ECOWAS|SADC|(?i:allied|multinational)|" + _MISSIONS + r")\s*$"  # ("1,000 allied troops";
                         r"|^\s*(?:European|Western|Arab|Nordic|Baltic|(?i:coalition|foreign|international))\b")  # "600 European special forces")
def _country_has(ctx, sent_start: int, left_edge: int, verb_re: re.Pattern | None = None) -> bool:
    """"Sri Lanka, at present, also has 800 UN peace keepers": a country that has or sends the UN's troops (its own)."""
    verb = (verb_re or _HAS_SENDS_BEFORE_RE).search(ctx.norm, max(sent_start, left_edge - 60), left_edge)
    return verb is not None and any(c.kind != "alliance" and not ctx.is_place(c)
                                    for c in ctx.country_mentions(max(sent_start, verb.start() - 60), verb.start()))


_HAS_SENDS_BEFORE_RE = re.compile(r"\b(?:has|have|had|contributes|contributed|provides|provided|sends|sent|deployed)\s+" + HEDGE + r"$", I)
_SENDS_A_UNIT_RE = re.compile(r"\b(?:sent|sends|deployed|dispatched|contributed)\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?(?:team|contingent|battalion|unit|"
                              r"detachment)\s+(?:comprising|of|made\s+up\s+of|consisting\s+of|with)\s+" + HEDGE + r"$", I)  # (its own unit)
_BLOC_FORCE_RE = re.compile(r"\b(?-i:ECOWAS|SADC|African\s+Union|AU|EAC|IGAD|ECCAS|EU|European\s+Union|UN|U\.N\.|United\s+Nations)\b[^.;]{0,200}\b(?:agreed|decided|resolved|approved|"
                            r"plans?|planned|will|would|wants|aims|intends|hopes)\s+(?:[\w-]+\s+){0,3}?to\s+(?:deploy|send|dispatch|field)\s+" + HEDGE + r"$"
                            r"|\bstandby\s+force\b[^.;]{0,40}\b(?:consist|comprise|number|total)\w*\s+(?:of\s+)?" + HEDGE + r"$"
                            r"|\b(?-i:African\s+Union|AU|ECOWAS|SADC|UN|U\.N\.|United\s+Nations)\s+(?:peace-?keeping\s+)?(?:force|mission)\b[^.;]{0,60}\b"
                            r"(?:number|total|comprise|have)\w*\s+" + HEDGE + r"$|\b(?:multinational|multi-national|coalition|(?-i:African\s+Union|AU|ECOWAS|SADC|UN|EU))\s+"
                            r"(?:peace-?keeping\s+)?(?:force|division|brigade|mission)\s+of\s+" + HEDGE + r"$", I)  # (a bloc's or coalition's whole force: "a multinational force of 9,500 soldiers")
# "bring the Multinational Joint Task Force (MNJTF)'s total troop strength up to some 10,500": a multinational force's size
_MULTINATIONAL_STRENGTH_RE = re.compile(r"\bmultinational\s+(?:[\w-]+\s+){0,3}?(?:force|task\s+force|brigade|battalion)\b[^.;]{0,40}?\b(?:strength|size|troops)\b"
                                        r"[^.;\d]{0,30}$|\b(?:force|troop)\s+(?:levels?|ceilings?|strength)\s+of\s+(?:the\s+)?(?:United\s+Nations|UN|U\.N\.)\s+"  # ("the overall force
                                        r"(?:Mission|Interim\s+Force|Stabili[sz]ation|Multidimensional|Operation|mission|force)\b[^.;\d]{0,60}$", I)  # levels of United Nations Mission in South Sudan to 17,000 military")
_MISSION_OWNS_RE = re.compile(r"\b(?-i:" + _MISSIONS + r"|MINURSO|ECOMOG|ECOMIG|ISAF)"
                              r"(?:'s|\u2019s)?(?:\)?,(?=\s+which\b))?\s+(?:(?:troops|forces|force|peace-?keepers)\b[^.;]{0,60}?\b(?:made\s+up\s+of|compris(?:e|es|ed)|"
                              r"consist(?:s|ed)?\s+of|number(?:s|ed)?|total(?:s|ed|led)?|includ(?:e|es|ed)|has|have|had)\s+(?:a\s+total\s+of\s+)?|with\s+|(?:now|currently|still)\s+(?:has|had|have)\s+|(?:now\s+|currently\s+|still\s+)?(?:maintains|maintained|fields|fielded)\s+a\s+(?:total\s+)?force\s+of\s+(?:slightly\s+)?"
                              r"|(?:would|will)\s+\"?(?:comprise|number|total|have)\s+"  # ("KFOR would comprise some 50,000 personnel")
                              r"|(?:will|would|is\s+to)\s+be\s+(?:enlarged|expanded|increased|raised|boosted|reduced|cut)\s+(?:from\s+(?:[\d,.]+\s+(?:troops\s+)?to\s+)?|to\s+)"
                              r"|\)?,?\s+which\s+(?:will|would|is\s+to|has)\s+be(?:en)?\s+(?:enlarged|expanded|increased|raised|boosted)\s+to\s+|which\s+(?:has|had|counts|numbers|comprises)\s+"
                              r")?" + HEDGE + r"$"  # ("left MINUSMA with 12,789"; "(UNIFIL), which will be enlarged to 15,000")
                              # "authorizes an increase of the existing UNIFIL to 15,000 troops": the mission's own size
                              r"|\b(?:increase|expansion|enlargement|reduction)\s+of\s+(?:the\s+)?(?:existing\s+|current\s+)?(?-i:" + _MISSIONS
                              + r"|ISAF)\s+to\s+" + HEDGE + r"$|\blevel\s+of\s+(?:[\w-]+\s+){0,2}?(?-i:" + _MISSIONS + r")\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:personnel|troops|forces)\s+from\s+(?:\d[\d\s,.]*\s+to\s+)?" + HEDGE + r"$"  # ("the level of AMISOM personnel from 12 000 to 17 731")
                              # "the UN increased the number of peacekeepers from 2,000 to 15,000": the UN's own force
                              r"|\bthe\s+(?:UN|U\.N\.|United\s+Nations)\s+(?:has\s+|had\s+)?(?:increased|raised|doubled|tripled|cut|reduced|"
                              r"expanded)\s+(?:the\s+)?(?:number\s+of\s+)?(?:its\s+)?(?:peace-?keepers|troops|forces)\s+(?:from\s+|to\s+)"
                              + HEDGE + r"$"
                              # "MINUSMA had about 12,000 troops" (the mission the subject, not "a contingent for MONUSCO has")
                              r"|(?<!for\s)(?<!to\s)(?<!in\s)(?<!with\s)(?<!of\s)\b(?-i:" + _MISSIONS + r")\s+(?:has|had|have)\s+" + HEDGE + r"$"
                              # "The UN authorized the entire number of peacekeepers to be increased to 8,940": the mission's size
                              r"|\bthe\s+(?:UN|U\.N\.|United\s+Nations|(?:UN\s+)?Security\s+Council)\s+(?:has\s+|had\s+)?authori[sz]ed\s+[^.;]{0,70}?\bto\s+" + HEDGE + r"$"
                              # "About 40 countries contribute 47,600 troops to the mission": all of them together
                              r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of)\s+(?:other\s+)?(?:countries|nations)\s+"
                              r"(?:contribute|contributed|provide|provided|send|sent|have|had)\s+" + HEDGE + r"$"
                              # "the total NATO deployment will be up to 1,500 troops": the alliance's whole deployment
                              r"|\b(?:total|overall|combined|whole)\s+(?:NATO|alliance|allied|multinational|UN)\s+(?:deployment|force|presence|contingent)\s+"
                              r"(?:will\s+be|would\s+be|is|was|of|numbers?|totals?)\s+" + HEDGE + r"$"
                              # "The UN had 14,912 military personnel in South Sudan", "the United Nations' 13,000-troop
                              # peacekeeping force": the mission's whole force
                              r"|\bthe\s+(?:UN|U\.N\.|United\s+Nations)(?:\s+(?:had|has|now\s+has|then\s+had)\s+|(?:'s|\u2019s|'|\u2019)\s+)"
                              + HEDGE + r"$"
                              # "The AU force in CAR is due to be 6,000 strong": a multinational force's own size
                              r"|\b(?-i:AU|UN|EU)\s+(?:force|mission)\b[^.;]{0,40}?\b(?:is|was|will\s+be|would\s+be|is\s+due\s+to\s+be|"
                              r"numbers|totals|has|to\s+the)\s+" + HEDGE + r"$"  # ("takes the AU force to the 22,000-strong level")
                              # "a German-led NATO multinational battlegroup of approximately 1,000 troops": the group's total
                              r"|\b(?:NATO|multinational|allied|international)\s+(?:[\w-]+\s+){0,2}?(?:battle\s*-?group|battalion|brigade|"
                              r"task\s+force)\s+of\s+" + HEDGE + r"$", I)  # ("a multinational battalion of a thousand soldiers")
_JOINT_VERB_RE = re.compile(r"\s+(?:have|had|together\s+have|jointly\s+have|provide|provided|contribute|contributed|(?:has|have|had)\s+(?:jointly\s+|together\s+)?(?:deployed|sent|committed)"
                            r"|(?:are|were)\s+(?:to|set\s+to|expected\s+to|due\s+to)\s+(?:contribute|provide|send|deploy|commit)|will\s+(?:contribute|provide|send|deploy|commit))\s+" + HEDGE + r"$", I)  # (and "Niger, alongside Nigeria, Chad and Cameroon has deployed")
_STRONG_ALLIED_GROUP_RE = re.compile(r"-?\s*strong\s+(?:[A-Z][\w]*-led\s+)?(?:(?:neutral|regional|joint|new|standby|rapid)\s+)?(?:NATO|multinational|allied|international|UN|U\.N\.|(?-i:" + _MISSIONS + r"))\s+(?:[\w-]+\s+){0,2}?"
                                     r"(?:battle\s*group|brigade|force|contingent|mission)\b", I)
_POSSESSIVE_GAP_RE = re.compile(r"['\u2019]s?\s+")
_STRONG_GROUP_RE = re.compile(r"-?\s*strong\s+(?:(?:UN|U\.N\.|United\s+Nations|peace-?keeping|international|multinational|hybrid)\s+){0,2}"
                              r"(?:battle\s*group|force|mission|contingent)\b", I)  # ("the 18,300-strong peacekeeping mission")
_ALLIED_CONTEXT_RE = re.compile(r"\b(?:nato|multinational|peace-?keep\w*|united\s+nations|(?-i:UN|AU)|contributing\s+countries)\b|\b(?-i:UNMISS|MINUSMA|MONUSCO|"
                                r"MINUSCA|AMISOM|ATMIS|UNIFIL|Unifil|UNAMID|KFOR)\b", I)
_THE_FORCE_HAS_RE = re.compile(r"\W*the\s+(?:[\w-]+\s+){0,2}?(?P<noun>force|mission)\b[^.;]{0,80}?\s"
                               r"(?:has|had|have|number|numbers|numbered|comprises|totals|reach|consists\s+of|is\s+made\s+up\s+of|(?:grow|rise|increase|expand)\s+to)\s+" + HEDGE, I)
_IN_THE_MISSION_RE = re.compile(r"\s+(?:[\w-]+\s+)?(?:soldiers|troops|personnel|peace-?keepers)\s+(?:serving|deployed|stationed)\s+"
                                r"(?:in|with)\s+the\s+(?:mission|force|operation)\b", I)
_JOINT_LIST_RE = re.compile(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?", I)


# "over 50,000 troops remain deployed along the LAC in eastern Ladakh": troops on their own side of a border
_ALONG_BORDER_RE = re.compile(r"\s+(?:(?:are|were|remain(?:ed)?|stay(?:ed)?|have\s+been|had\s+been)\s+)?(?:deployed|stationed|massed|posted)\s+"
                              r"(?:along|on|near|at)\s+(?:the|its|their)\s+(?:\w+\s+)?(?:border|frontier|LAC|LoC|line\s+of\s+(?:actual\s+)?control)\b", I)


def along_own_border(ctx: Context, noun_end: int, end: int) -> bool:
    """True when the count's troops stand along a border or a line of control (at home, not abroad)."""
    return _ALONG_BORDER_RE.match(ctx.norm, noun_end, end) is not None



# "Nepal has a future commitment to provide up to 10,000 peacekeepers": a pledge, not a force anywhere (groups
# arriving, "130 British soldiers are arriving in the country", stay deployments: devset2's labels count them)
_PLEDGE_BEFORE_RE = re.compile(r"\b(?:commitment|pledge|promise|offer|willingness|readiness)\s+to\s+(?:provide|send|deploy|contribute)\s+(?:up\s+to\s+)?"
                               + HEDGE + r"$|\b(?:asks?|asked|asking|calls?|called|calling)\s+for\s+(?:up\s+to\s+)?" + HEDGE + r"$", I)  # (or asked for)


def pledged(ctx: Context, si: int, start: int) -> bool:
    """True for a count pledged ('a future commitment to provide up to 10,000 peacekeepers')."""
    return bool(_PLEDGE_BEFORE_RE.search(ctx.norm, max(ctx.sentences[si].start, start - 80), start))


# "189,000 active paramilitary troops": a force beside the military, whatever noun follows; Iran's Revolutionary Guard
# ("The 125,000 strong Revolutionary Guard", "The Pasdaran currently numbers 125,000") is a corps beside its regular army
_GUARD_CORPS = r"(?-i:Revolutionary\s+Guards?(?:\s+Corps)?|IRGC|Pasdaran|Basij)"
_OTHER_FORCE_HAD_RE = re.compile(r"\b(?:ministry\s+of\s+(?:the\s+)?(?:internal\s+affairs|interior)|interior\s+ministry|police|gendarmerie|national\s+guard),?\s+which\s+(?:has|had|have|numbers|numbered)\s+" + HEDGE + r"$"
                                 r"|\b(?:" + _GUARD_CORPS + r")\b[^.;\d]{0,40}?\b(?:numbers|numbered|has|had|comprises|totals)\s+" + HEDGE + r"$"  # ("The Pasdaran currently numbers")
                                 r"|\b(?:interior|internal)\s+security\s+forces?\s+(?:of|has|had|numbers|numbered|comprises)\s+" + HEDGE + r"$"  # ("The interior security force of 20,000")
                                 r"|\bborder\s+(?:protection|guard|security)\s+(?:troops|forces?|service|units?)\s+(?:comprise|comprises|number|numbers|numbered|has|have|had|totals?|of)\s+" + HEDGE + r"$", I)  # ("The border protection troops comprise 12,000 men")
_OTHER_FORCE_NOUN_RE = re.compile(r"[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:paramilitary|paramilitaries|gendarmerie|gendarmes|police|policemen|"
                                  r"border\s+guards?|" + _GUARD_CORPS + r")\b", I)  # (on the count's own line: a table's next row is another)


def other_force_noun(ctx: Context, end: int, start: int = -1) -> bool:
    """True when the count ending at ``end`` is of paramilitaries, gendarmes, police or border guards, or what an interior
    ministry or police 'had' ("the Ministry of Internal Affairs, which had 1,500 troops")."""
    return bool(_OTHER_FORCE_NOUN_RE.match(ctx.norm, end, min(len(ctx.norm), end + 40))
                or start >= 0 and _OTHER_FORCE_HAD_RE.search(ctx.norm, max(0, start - 90), start))



# "MINUSMA began its deployment ... in 2013. It has 16,500 personnel": the mission named before 'It'
_IT_HAS_RE = re.compile(r"\b(?:it|the\s+mission)\s+(?:now\s+|currently\s+)?(?:has|had|numbers|comprises)\s+" + HEDGE + r"$", I)
_MISSION_SUBJECT_RE = re.compile(r"\W*(?:the\s+)?(?:(?:united\s+nations|UN|U\.N\.|african\s+union|AU)\b[^.;]{0,60}?\b(?:mission|force|operation)\b|"
                                 r"(?-i:" + _MISSIONS + r"|MINUSMA)\b)", I)


def mission_it_has(ctx: Context, si: int, start: int) -> bool:
    """True for 'It has N' when the sentence before opens on a UN or AU mission: the mission's whole force."""
    sent = ctx.sentences[si]
    return bool(si and _IT_HAS_RE.search(ctx.norm, max(sent.start, start - 40), start)
                and _MISSION_SUBJECT_RE.match(ctx.norm, ctx.sentences[si - 1].start))


# "Spain reinforces the mission in Latvia with 150 soldiers", "The 150 soldiers will soon join the 350 deployed": an
# addition to a deployment, not its level
_REINFORCES_WITH_RE = re.compile(r"\breinforc\w*\b[^.;]{0,60}?\bwith\s+" + HEDGE + r"$", I)
_WILL_JOIN_RE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:will\s+(?:soon\s+|shortly\s+)?join|to\s+join\s+(?:the\s+)?(?:about\s+|some\s+)?\d[\d,]*)\b", I)  # ("to join 200")


def pledged_or_reinforcing(ctx: Context, si: int, start: int, end: int) -> bool:
    """True for troops pledged (``pledged``), sent to reinforce a deployment or who will join it (see above)."""
    sent = ctx.sentences[si]
    return bool(pledged(ctx, si, start) or _REINFORCES_WITH_RE.search(ctx.norm, max(sent.start, start - 80), start)
                or _WILL_JOIN_RE.match(ctx.norm, end, min(sent.end, end + 40)))


# Under a thousand is a unit, a rank group or a contingent, not a country's active force, unless the text names the
# whole force: "Tonga's total army of about 500 service members", "the Seychelles Defence Forces number 420" (on
# the sixteen worked sets every active strength under 1,000 the rules read was wrong: nine of nine)
SMALL_FORCE = 1000
_WHOLE_FORCE_RE = re.compile(r"\b(?:total|entire|whole)\s+(?:army|military|armed\s+forces|force|forces|strength)\b|"
                             r"\bdefen[cs]e\s+(?:force|forces|services)\b|\barmed\s+forces\s+(?:of|number|numbers|numbered|total|maintains?|ha(?:s|ve))\b|\b(?:total\s+)?personnel\s+strength\s+of\b"
                             r"|\b(?-i:(?!SDF\b)[A-Z]{1,5}DF)\b", I)  # ("the RBDF was a 530-member force": a national defence force's acronym)


_WHOLE_FORCE_AFTER_RE = re.compile(r"[\d,.]+[\s-]+(?:strong|member|person|man)\s+(?:[\w-]+\s+){0,2}?(?:defen[cs]e\s+(?:force|forces|services?)|armed\s+forces)\b", I)


# the fact sheet's heading on the lines above its value: "Military and security service personnel strengths\n\napproximately 500-700"
_STRENGTHS_HEADING_BEFORE_RE = re.compile(r"(?:^|\n)[ \t]*military\s+(?:and\s+security\s+(?:service\s+)?)?personnel\s+strengths?[ \t]*:?[ \t]*\n\s*"
                                          r"(?:approximately|about|around|estimated|some|an\s+estimated)?\s*$", I)


def too_small_for_a_force(ctx: Context, si: int, start: int, value: float, owner: str = "") -> bool:
    """True for an active strength under SMALL_FORCE whose sentence does not name a whole force before it, unless the
    owner's whole armed forces are that small in the World Bank series ("The grand duchy's army counts around 900 active
    soldiers": Luxembourg's forces number about 900)."""
    if (value >= SMALL_FORCE or ctx.finds(_WHOLE_FORCE_RE, ctx.sentences[si].start, start) or _WHOLE_FORCE_AFTER_RE.match(ctx.norm, start)
            or _STRENGTHS_HEADING_BEFORE_RE.search(ctx.norm, max(0, start - 140), start)):
        return False  # ("has a 400-person defence service": the whole force named right after its count; a fact sheet's heading)
    year = ctx.info.published.year if ctx.info is not None and ctx.info.published is not None else None
    reference = armed_forces(owner, year) if owner else None
    return not (reference is not None and reference < 2 * SMALL_FORCE and value >= reference / 2)


# "a 40,000 strong paramilitary Border Guard": the force the '-strong' count describes is not the military
_STRONG_OTHER_FORCE_RE = re.compile(r"[\s-]*strong\s+(?:[\w-]+\s+){0,2}?(?:paramilitary|border\s+guard|coast\s+guard|gendarmerie|"
                                    r"police|militia|national\s+guard|republican\s+guard|presidential\s+guard|stand-?by\s+force|intervention\s+force)\b", I)  # ("its 1 200-strong standby force")


def strong_other_force(ctx: Context, end: int) -> bool:
    """True when a '-strong' count right before ``end`` describes a paramilitary, guard or police force."""
    return _STRONG_OTHER_FORCE_RE.match(ctx.norm, end) is not None


# "the largest non-NATO contributor to the Afghan operation with 1,550 soldiers on the ground": a contribution abroad
_CONTRIBUTOR_WITH_RE = re.compile(r"\bcontributors?\s+to\s+(?:the\s+)?(?P<what>[^.;,]{1,60}?)\s+with\s+(?:a\s+)?(?:total\s+of\s+)?"
                                  + HEDGE + r"$", I)


def contributor_host(ctx: Context, si: int, start: int) -> tuple[str, str] | None:
    """(host, contributor) of a count a contributor to an operation has ('Australia is the largest contributor to the
    Afghan operation with 1,550 soldiers'): the country or mission named after 'to' ("" when none is) and the country
    named before 'contributor' ("" when none is); None when the count is no contribution."""
    sent = ctx.sentences[si]
    found = _CONTRIBUTOR_WITH_RE.search(ctx.norm, max(sent.start, start - 140), start)
    if found is None:
        return None
    a, b = found.span("what")
    hosts = [h.host for h in host_table().find(ctx.norm, a, b)]
    hosts += [c.iso3 for c in ctx.country_mentions(a, b) if c.kind != "alliance"]
    before = [c.iso3 for c in ctx.country_mentions(sent.start, found.start()) if c.kind != "alliance" and not ctx.is_place(c)]
    return (hosts[0] if hosts else ""), (before[-1] if before else "")


# "has as many as 1.5 million potential military personnel outside its armed forces": a pool who could be called, no force
_POTENTIAL_AFTER_RE = re.compile(r"\s+(?:potential|possible|eligible|prospective|would-be)\s+(?:[\w-]+\s+)?(?:military\s+)?"
                                 r"(?:personnel|soldiers|troops|servicemen|recruits|conscripts|fighters|reservists)\b"
                                 # "at least 500,000 troops would be required to defend", "300,000 soldiers are needed": a need, no force
                                 r"|\s+(?:[\w-]+\s+){0,2}?(?:personnel|soldiers|troops|servicemen|men)\s+(?:would|will|are|is|were)\s+(?:be\s+)?(?:required|needed|necessary)\b", I)


def potential_pool(ctx: Context, end: int) -> bool:
    """True when the count ending at ``end`` is of potential, possible or eligible soldiers, or of soldiers needed: a pool
    or a need, not a strength."""
    return bool(_POTENTIAL_AFTER_RE.match(ctx.norm, end, min(len(ctx.norm), end + 60)))
