"""The evidence the personnel rules weigh, mostly against a count: changes, casualties, units,
police, one service, plans and mixed totals (the patterns), and the small predicates built on them
(``peacekeepers``, ``single_service``, ``says_in_part``).

In: the sentence context and slices of text around a count. Out: matches and yes/no answers for
``personnel.personnel``.
"""

from __future__ import annotations

import re

from dashboard.extraction.context import Context
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.vocab import HEDGE, I
from dashboard.extraction.vocab_personnel import MEMBERS_OF_FORCES


def says_in_part(ctx: Context, si: int, m: NumberMention, pattern: re.Pattern) -> bool:
    """``ctx.says`` for the part of the sentence that holds ``m``: from a semicolon before it to a semicolon or a
    new clause with a count of its own after it ("450,000 active personnel, backed by reservists; it also keeps a
    field hospital with the UN mission in South Sudan"; "165,000 on active duty, and 1,000 are deployed in Lebanon")."""
    sent = ctx.sentences[si]
    start = ctx.norm.rfind(";", sent.start, m.start) + 1 or sent.start
    end = next((b.start() for b in _PART_END_RE.finditer(ctx.norm, m.end, sent.end)), sent.end)
    return ctx.says(si, pattern) if start == sent.start and end == sent.end else bool(pattern.search(ctx.norm, start, end))


_PART_END_RE = re.compile(r";|,\s+(?:and|while|whereas|but)\s+(?:\w+\s+){0,2}?(?=\d)", I)
# The patterns of the personnel rules, compiled once at import rather than looked up in re's cache per call.
PERSONNEL_RE1 = re.compile(r"\s+of\s+(?:them|those|whom)\b", I)
PERSONNEL_RE3 = re.compile(r"^\s*(?:troops?[-\s]+contribut\w*\s+(?:countries|nations|states)|killed|dead|wounded|casualties|losses|countries|nations|states|allies|refugees|civilians|migrants|residents|inhabitants|generals|admirals|colonels|members\b(?!" + MEMBERS_OF_FORCES + r"|\s+on\s+active\s+duty))\b", I)
PERSONNEL_RE4 = re.compile(r"^[^.;]{0,40}?\b(?:(?:from|(?:provided|contributed|supplied|offered)\s+by)\s+(?:\d+|some|more\s+than|about|over|\w+)\s+(?:\w+\s+)?(?:countries|nations)\b|from\s+(?:the\s+)?(?:NATO|EU|UN|AU|alliance)\s+and\s+(?:its\s+)?(?:partner|allied|member)\s+(?:states|nations|countries)\b|"
                           r"of\s+(?:\d+|some|several|many|more\s+than|about|over|partner|other|allied|foreign)\s+(?:of\s+the\s+\d+\s+)?(?:\w+\s+)?(?:countries|nations)\b|"
                           r"divided\s+into\s+(?:\w+\s+)?multinational\b|(?<=^,\s)(?-i:NATO|EU|UN|AU|ECOWAS)-led\b|(?<=^\s)(?:led|commanded)\s+by\s+(?:the\s+)?(?!(?:General|Gen|Colonel|Col|Lieutenant|Lt|Major|Maj|Brigadier|Brig|Captain|Capt|Commander|Cmdr|Admiral|Adm|Sergeant|Sgt|Mr|Ms|President|Prime|Minister)\b)(?-i:[A-Z]))", I)  # ("over 4,000 troops led by Spain": a multinational brigade's)
PERSONNEL_RE5 = re.compile(r"^[^.;]{0,20}?\bfrom\s+", I)
COLON_LIST_BEFORE_RE = re.compile(r"\b(?:troops|soldiers|personnel|service\s*members)\s*:\s*" + HEDGE + r"$", I)
IN_PLACE_AFTER_RE = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z]")
# a contributor ranked in a passage about peacekeeping: "India ranked third with 6,073 troops"
RANKED_WITH_RE = re.compile(r"\b(?:ranked|ranks|rank|place|spot|position|is\s+(?:first|second|third|fourth|fifth|\w+th)|contributor)\b[^.;]{0,30}?"
                             r"\bwith\s+" + HEDGE + r"$", I)
# peacekeeping, or a UN or African Union peacekeeping mission by its acronym
PEACEKEEPING_WORD_RE = re.compile(r"\bpeace-?keep\w*|\bpeace\s+(?:missions?|operations?)\b|\b(?-i:UNMISS|MINUSMA|MONUSCO|MINUSCA|AMISOM|ATMIS|AUSSOM|MINUSTAH|UNIFIL|UNAMID|UNMIL|UNDOF|UNFICYP)\b", I)
FROM_ONE_RE = re.compile(r"(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}\s*(?:[,;.]|\band\b|$)")

PERSONNEL_RE6 = re.compile(r"\bwhere\b[^.;]{0,60}$", I)

PERSONNEL_RE7 = re.compile((r"\b(?:including|includes|incorporating|consisting\s+of|comprising|of\s+which|among\s+them|out\s+of\s+which|distributed\s+(?:on|among|between|across|over))\s+(?:an?\s+(?:[\w-]+\s+){0,3}?(?:army|force)\s+of\s+)?"
                 r"(?:some\s+|about\s+|roughly\s+|around\s+|nearly\s+|almost\s+|only\s+|just\s+)?$"), I)

# the second part of the same list: "including 9,000 troops and 5,000 sailors"
# "with a reserve force of 480,000 personnel": the count is the reserve, whatever noun follows
RESERVE_FORCE_OF_RE = re.compile(r"\breserve\s+(?:force|forces|strength|component|pool)\s+(?:of|(?:currently\s+|now\s+)?(?:consists\s+of|comprises|numbers|totals))\s+" + HEDGE + r"$"
                                 r"|\breserves\s+(?:down\s+|up\s+)?to\s+" + HEDGE + r"$"  # "shrink its reserves down to 100,000 troops"
                                 r"|\breserves?\s+(?:could|would|will|may|might)\s+(?:exceed|reach|total|number|top)\s+" + HEDGE + r"$", I)
COMPONENT_LIST_RE = re.compile(r"\b(?:including|includes|comprising|comprises|comprised|consisting\s+of)\s+" + HEDGE + r"[\d.,]+\s+(?:[\w-]+\s+){0,2}?[\w-]+"
                                r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)" + HEDGE + r"$", I)

PERSONNEL_RE8 = re.compile(r"\b(?:regulars?|troops|soldiers|personnel)\s+and\s+(?:[\w.,]+\s+)?reserv|\bactive(?:-duty)?\s*,\s*(?:\w+\s+){1,2}and\s+reserv", I)
# the same before a number, unless the regulars have a number of their own ("120,000 troops and a reserve force of
# 200,000": two counts, not one)
COUNTED_TOGETHER_BEFORE_RE = re.compile(r"(?<!\d\s)(?<!thousand\s)(?<!million\s)" + PERSONNEL_RE8.pattern + r"|\breserves?\s+(?:brings|brought|bring|takes|took|raises|raised)\s+the\s+total\s+(?:number\s+of\s+(?:troops|soldiers|personnel)|strength)\s+to\s+" + HEDGE + r"$", I)  # (+ "the reserve brings the total number of troops to")


# "small teams of 10 to twenty troops": the size of a unit, not anyone's strength or deployment
# a unit sent or kept abroad: "a unit of 90 combat troops ... to support the UN mission in Mali", "a group of 657 Sudanese
# military personnel remained in Yemen": a deployment, whatever its size
UNIT_ABROAD_AFTER_RE = re.compile(r"\b(?:remain\w*|stationed|deployed|based|serving)\s+in\s+(?:the\s+)?[A-Z]|\b(?:training|working|operating|helping|assisting)\b[^.;]{0,40}?\bin\s+(?:the\s+)?[A-Z]|"
                                  r"\bto\s+(?:support|join|reinforce)\s+the\s+(?:UN|U\.N\.|United\s+Nations|African\s+Union|AU)\b|(?<=\d)\s+[\w-]+\s+for\s+(?:the\s+)?[A-Z]")  # ("350 personnel for Lebanon")
UNIT_SIZE_RE = re.compile(r"\b(?:teams?|groups?|squads?|platoons?|detachments?|cells?|crews?|units?)\s+of\s+" + HEDGE + r"$"
                          r"|\b(?:planes?|aircraft|flights?)\s+(?:carrying|with)\s+" + HEDGE + r"$"  # ("One plane carrying about 165 soldiers": a plane load)
                          r"|\beach\s+(?:brigade|battalion|division|regiment|company|unit|ship|squadron)\s+(?:has|had|numbers|of)\s+" + HEDGE + r"$"
                          r"|\b(?-i:A|a|An|an)\s+(?:brigade|battalion|division|regiment|company|platoon)\s+(?:can|could|may|would|will|should|must)\b[^.;]{0,40}$"  # (a definition)
                          r"|\b(?:base|facility|camp)\b[^.;]{0,60}\b(?:will|would|can|could)\s+(?:eventually\s+)?(?:host|house|accommodate)\s+" + HEDGE + r"$", I)  # (a capacity)


ASIDE_CLOSE_RE = re.compile(r"[()\[\];:]")  # ("(in the time of the war of Angola) the troops": a country inside an aside binds no noun after it)
CIVILIAN_RE = re.compile(r"\bcivil(?:ian)?s?\b(?!\s+(?:war|wars|conflict|strife|unrest)\b)", I)  # (not "before the civil war")

AND_CIVILIANS_AFTER_RE = re.compile(r"(?:\s+and\s+women)?\s+and\s+(?:[a-z]+\s+)?civilian", I)  # not "and 200 civilian personnel": a count of its own

AND_RESERVISTS_AFTER_RE = re.compile(r"\s+and\s+(?:active\s+|part-time\s+|volunteer\s+)?reserv|\s*,?\s+including\s+(?:[\w-]+\s+){0,2}?reserv", I)


TOTAL_BROKEN_DOWN_RE = re.compile(r"\s*(?:,?\s*(?:consisting\s+of|comprising|(?:comprised|composed|made\s+up)\s+of|including|of\s+which|of\s+whom|with)\s+|\(\s*)"
                                   + HEDGE + r"[\d.,]+\s*(?:million\s+|thousand\s+)?(?:are\s+|were\s+)?(?:active|regular|full-time|permanent)", I)  # ("5000 soldiers (4000 regulars")

EMPLOYED_AFTER_RE = re.compile(r"[^.;]{0,20}?\b(?:employed|working|work|workers)\b"
                               r"|[^.;]{0,50}?\breserves?\b", I)  # ("158,000 reserve personnel, nearly 122,000 of whom are in the first wave operational reserve")
# "the IDF has called up around 360,000 reservists": the reservists mobilised so far (schema: a reserve figure)
CALLED_UP_RE = re.compile(r"\b(?:(?:has|have|had)\s+(?:so\s+far\s+|now\s+|already\s+)?)?(?:called\s+up|mobili[sz]ed)\s+" + HEDGE + r"$", I)
# "the armed forces should have 188,000", "increase recruitment to more than 1 lakh soldiers", "can mobilize 5 million"
NOT_A_STRENGTH_BEFORE_RE = re.compile(
    r"\b(?:recommended|wanted|requested|sought|called\s+for|urged)\s+(?:the\s+)?(?:deployment|dispatch|sending)\s+of\s+" + HEDGE + r"$|\b(?:sanctioned|authori[sz]ed|approved|established|minimum|intended|targeted)\s+(?:(?:troop|force|personnel|manpower)\s+)?(?:strength|establishment|number|figure|level)\s+(?:(?:of|for)\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}?(?:is|was|stands\s+at|stood\s+at)\s+|of\s+)" + HEDGE + r"$|"
    # ("The approved strength of the Defence Forces is 9,500", "an overall establishment figure of 4,169")
    r"\b(?:establishment\s+figure|employment\s+control\s+framework)\b[^.;\d]{0,80}?\b(?:of|at|is)\s+" + HEDGE + r"$|\ban?\s+army\s+(?:must|should|would\s+need\s+to|needs\s+to)\s+have\s+(?:at\s+least\s+)?(?:[\d,.]+\s+(?:to|or)\s+)*" + HEDGE + r"$|\b(?:capable\s+of|able\s+to|can|could)\s+(?:hold|holding|house|housing|accommodat\w+|host|hosting|tak(?:e|ing)|receiv(?:e|ing))\s+" + HEDGE + r"$|\b(?:would|will|must|should)\s+(?:need|require|have\s+to\s+have|need\s+to\s+have)\s+an?\s+(?:(?:personnel|troop|force|total)\s+)?(?:strength|size|force)\s+of\s+" + HEDGE + r"$|\b(?:would|will|must|should)\s+(?:need|require)\s+(?:as\s+many(?:\s+as)?\s+)?" + HEDGE + r"$|\b(?:quota|population)\s+of\s+" + HEDGE + r"$|\borganic\s+strength\b[^.;\d]{0,60}?"
    r"\b(?:at|of|to|totall?ed|is|was)\s+" + HEDGE + r"$|\b(?:transported|carried|airlifted|ferried|evacuated|trained)\s+" + HEDGE + r"$|\b(?:packed|filled|crowded|thronged)\s+with\s+" + HEDGE + r"$|\bmandated\s+(?:personnel\s+)?(?:numbers?|cap|ceiling|strength)\b[^.;\d]{0,40}$|\bbe\s+able\s+to\s+(?:operate|deploy|send|field|sustain)\b[^.;\d]{0,60}\bwith\s+" + HEDGE + r"$|"
    r"\b(?:meeting|met|ceremony|gathering|reception|addressed|greeted)\s+(?:with\s+|for\s+|attended\s+by\s+)?" + HEDGE + r"$|" r"\b(?:allows?|allowed|permits?|permitted|entitles?|entitled)\s+(?:for\s+)?(?:there\s+to\s+be\s+|(?:it|them|each)\s+to\s+(?:have|keep|station|deploy)\s+)?(?:up\s+to\s+)?(?:[\d,]+\s+(?:[\w-]+\s+){0,2}?(?:troops|soldiers|personnel)\s+and\s+)?" + HEDGE + r"$|"  # ("the Treaty allows for there to be 950 Greek troops and 650 Turkish": a ceiling)
    # the strength allowed; an "organic strength" counts civilian staff too; troops "transported" are others'; "will be able to operate ... with N": a capacity; "a meeting with 3,500 members": an audience
    # "Israel To Call Up 75,000 Reservists", "called up 300,000": a call-up (but "could call up 280,000": the pool)
    r"(?:\b(?:to|will|would|plans\s+to)\s+call\s+up|\bcall(?:ed|ing|s)\s+up|\bcall-ups?\s+of|\b(?:had|has|have)\s+(?:already\s+)?mobili[sz]ed"
    r"|\b(?:to|will|would|plans\s+to)\s+conscript|\b(?:government|ministry|army|military)\s+(?:wants|needs|requires|seeks))\s+" + HEDGE + r"$|"  # ("is going
    # to conscript 190 reserve officers", "the government wants 190 reserve officers": an intake asked for)
    r"\b(?:should|must|ought\s+to|is\s+supposed\s+to|are\s+supposed\s+to)\s+(?:have|number|be(?:\s+(?:comprised|composed|made\s+up)\s+of)?|consist\s+of|graduate|train|recruit)\s+(?:at\s+least\s+|a\s+total\s+of\s+)?" + HEDGE + r"$"
    # "Slovakia has mandated up to 115 troops" (a ceiling); "suggested doubling the army's strength to 200,000" (a proposal)
    r"|\b(?:has|have|had|is|was)\s+(?:been\s+)?mandated\s+" + HEDGE + r"$|\b(?:can|may|might)\s+(?:still\s+|also\s+)?(?:have\s+)?(?:up\s+to\s+)?$|\bsuggest\w*\s+(?:doubling|tripling|"
    r"raising|increasing|boosting|cutting|reducing|halving)\b[^.;\d]{0,60}?\bto\s+" + HEDGE + r"$|\b(?:batch|wave)(?:es|s)?\s+of\s+" + HEDGE + r"$|\b(?:allowances?|salar(?:y|ies)|pay|wages|pensions?|benefits|bonus(?:es)?)\s+(?:of|for|to)\s+(?:the\s+)?" + HEDGE + r"$|\b(?:war|conflict|campaign|operation|mission)s?\s+(?:that|which)\s+(?:has\s+|had\s+)?involved\s+" + HEDGE + r"$"  # (a pay measure's scope; all who took part in a war)
    # "If the big four had armies in proportion, then between them they would have nearly four million": a counterfactual
    r"|\bthen\b[^.;]{0,40}\bwould\s+have\s+(?:[\w-]+\s+){0,2}?" + HEDGE + r"$|\b(?:exercises?|drills?|manoeuvres|maneuvers|war\s*games)\s+(?:[\w-]+\s+){0,2}?(?:involv|includ|featur)\w*\s+" + HEDGE + r"$"
    r"|\b(?:recruitment|recruiting|intake|enlistment|induction)(?:\s+(?:target|goal|quota))?\s+(?:to|of)\s+" + HEDGE + r"$"
    r"|\b(?:can|could|would\s+be\s+able\s+to|able\s+to|prepared\s+to|ready\s+to)\s+mobili[sz]e\s+(?:an?\s+(?:wartime\s+|field\s+)?(?:force|army)\s+of\s+)?" + HEDGE + r"$"
    r"|\b(?:in|on)\s+(?:the\s+)?(?:event|case)\s+of\s+(?:a\s+|full\s+)*(?:mobili[sz]ation|war)\b[^.;\d]{0,40}$|\b(?:wartime|mobili[sz]ation)\s+(?:(?:military|armed\s+forces?|mobili[sz]ation)\s+)?(?:force|strength|army|military|potential|capacity)\s+"
    r"(?:of|is|was|stands\s+at|would\s+be|will\s+be|(?:will\s+be\s+|would\s+be\s+|was\s+|is\s+)?(?:increased|raised|reduced|cut|lowered|brought\s+down)\s+to)\s+" + HEDGE + r"$"
    r"|\b(?:capacity|capability)\s+(?:for|of|to\s+(?:accommodate|house|host|hold|take))\s+" + HEDGE + r"$|\b(?:needs?|needed|requires?|required)\s+(?:at\s+least\s+)?" + HEDGE + r"$|\b(?:instructors?|trainers?|training|to\s+train|will\s+train|trained)\s+(?:for\s+)?" + HEDGE + r"$"  # ("instructors for 10,000": trainees)
    r"|\b(?:new\s+)?(?:recruits|enlistees)\b[^.;]{0,60}?\b(?:totall?ed|totals?|numbered|reached)\s+" + HEDGE + r"$"  # an intake
    r"|\bdefen[cs]e\s+workforce\b[^.;]{0,40}?\b(?:to|of|at|is|was|reach\w*)\s+" + HEDGE + r"$"  # (civilians in it too)
    r"|\b(?:half|a\s+third|a\s+quarter|some|part)\s+of\s+an?\s+" + HEDGE + r"$"  # "provides half of a 1,500-strong NATO group"
    r"|\b(?:(?:shortfall|shortage|deficit|gap|vacancies)\s+of|short(?:\s+of)?)\s+(?:[^.;]{0,50}?\band\s+)?" + HEDGE + r"$"
    r"|\b(?:deployments?|units?|forces?|contingents?|missions?)\s+(?:smaller|larger|greater|bigger)\s+than\s+$"
    r"|\bproposals?\s+(?:for|of)\s+(?:an?\s+)?(?:[^.;]{0,40}?\band\s+(?:an?\s+)?)?" + HEDGE + r"$", I)


WARTIME_AFTER_RE = re.compile(r"[^.;,]{0,30}?\bin\s+(?:the\s+)?(?:case|event)\s+of\s+(?:a\s+|full\s+)*mobili[sz]ation\b|"
                              r"[^.;]{0,30}?\b(?:in\s+times?\s+of\s+war|in\s+wartime|during\s+wartime|in\s+case\s+of\s+war|when\s+(?:fully\s+)?mobili[sz]ed|(?:upon|on|after|following)\s+(?:full\s+)?mobili[sz]ation|"
                               r"(?:can|could)\s+be\s+(?:stationed|housed|accommodated|based)|at\s+(?:any\s+)?one\s+time|(?:were|was|are|have\s+been)\s+called\s+(?:up|for)\b|(?:are|were|is|was)\s+eligible\s+for\b|(?:will|would|are\s+to|to)\s+(?:receive|undergo|attend)\s+(?:\w+\s+)?training\b|"
                               r"(?:can|could|may)\s+(?:still\s+|also\s+|further\s+)?be\s+(?:sent|deployed|dispatched)|"  # a mandate's ceiling
                               r"(?:who|that)\s+(?:can|could)\s+be\s+mobili[sz]ed)\b", I)


# Territorial and guard forces: a component beside the regular forces, not the whole
GUARD_COMPONENT_RE = re.compile(r"\b(?:home\s+guard|republican\s+guard|presidential\s+guard|defen[cs]e\s+league|kaitseliit|territorial\s+defen[cs]e\s+(?:force|forces|troops)|national\s+guard|"
                                 r"border\s+guard|coast\s+guard|gendarmerie|wot)\b[^.;]{0,30}$|\b(?:paramilitary|semi-military|para-military|local\s+forces|village\s+defen[cs]e|militias?)\b[^.;]{0,90}$", I)



# Military and police counted together: "The Military and police increased from 300,000",
# "a total of 941 personnel: 97 from the police", "30 police, three observers and 533 troops making a total of 566"
WITH_POLICE_BEFORE_RE = re.compile(r"\b(?:military|armed\s+forces|army|troops|soldiers)\s+and\s+(?:the\s+)?(?:national\s+)?police\b|"
                                    r"\bpolice\s+(?:force|service)\s+of\s+(?:about\s+|some\s+|around\s+|approximately\s+)?$|"  # ("Nepalese Police Force of 28,000")
                                    r"\bpolice\s+and\s+(?:the\s+)?(?:military|armed\s+forces|army)\b|"
                                    r"\bincluding\s+(?:the\s+)?[^.;]{0,60}\b(?:interior|police|national\s+security)\b[^.;]{0,60}$", I)  # ("forces, including the
# Ministry of Defense, National Security, and Interior, amount to more than 400,000")

POLICE_BREAKDOWN_AFTER_RE = re.compile(  # (a bracket after the force's name too: "482,154 men and women in its Armed Forces (... and 190,443 in the Police)")
    r"(?:\s*(?::|,?[\"\u201d']?\s*(?:including|of\s+whom|comprising))|[^.;()]{0,50}?\()[^.;]{0,100}?\bpolic(?:e|ia|\u00eda)\b", I)

TOTAL_AFTER_POLICE_RE = re.compile(r"\bpolice\b[^.;]{0,80}?\btotal\s+(?:of\s+)?" + HEDGE + r"$", I)

PERSONNEL_RE9 = re.compile(r"\bage[sd]?\b", I)


PERSONNEL_RE10 = re.compile(r"\s+(?:stationed\s+|deployed\s+|based\s+|operating\s+|serving\s+|present\s+|fighting\s+)?(?:in|on|across|throughout)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central)\s+)?#?", I)


PERSONNEL_RE11 = re.compile(r"\b(?:by)\s*$", I)


PERSONNEL_RE12 = re.compile(r"\bpolice|\bgendarm|\bcustoms|\bprison", I)  # (asked once per sentence: long ones stay linear)
# "33,167 officers and 72,061 non-commissioned officers": officers beside another rank group are a rank group
RANKS_RE = re.compile(r"\b(?:non-?commissioned|warrant\s+officers|NCOs?|sergeants|enlisted\s+(?:men|personnel|soldiers)|privates)\b", I)


PERSONNEL_RE13 = re.compile(r"^\s+(?:out\s+of|from)\s+the\s+country\b", I)


PERSONNEL_RE14 = re.compile(r"\bhost(?:s|ed|ing)?\s+" + HEDGE + r"$", I)


PERSONNEL_RE15 = re.compile(r"\b(?:reserve|back-?up|part-time)\b", I)  # ("the Armed Forces' back-up strength", "part-time soldiers")


PERSONNEL_RE16 = re.compile((r"^(?:,?\s+including\s+[\w\s-]{1,40}?(?=\s+(?:are|were|is)\s))?(?:\s+of\s+the\s+(?:\w+\s+)?armed\s+forces)?\s+(?:\w+\s+){0,4}?(?:abroad|overseas|worldwide|around\s+the\s+world|(?:all\s+over|across)\s+the\s+(?:world|globe)|in\s+(?:various|different|many)\s+parts\s+of\s+the\s+(?:world|globe)|(?:on|to)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|various)\s+)?(?:un\s+|u\.n\.\s+)?(?:peace-?keeping\s+|peace\s+)?missions?|in\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|various)\s+)?(?:un\s+|u\.n\.\s+)?peace(?:-?keeping)?\s+missions?|"
                        r"(?:in|across)\s+(?:the\s+)?(?:\d+\s+|several\s+|various\s+|multiple\s+)?(?:different\s+)?(?:un\s+)?missions\b|"
                        r"(?:for|in|on|to)\s+(?:\d+\s+|two\s+|three\s+|four\s+|five\s+|six\s+|seven\s+|eight\s+|nine\s+|ten\s+|several\s+|various\s+|an?\s+(?:joint\s+|multinational\s+)?)?(?:external|international|overseas|foreign|multinational)\s+(?:military\s+)?(?:peace[\s-]?keeping\s+|peace[\s-]+support\s+)?(?:operations?|missions?|duties)|"
                        # "more than 2500 ADF personnel in various roles in flashpoint theatres of operations"
                        r"(?:[\w-]+\s+){0,4}?in\s+(?:\w+\s+)?(?:theat(?:re|er)s\s+of\s+operations?|operational\s+theat(?:re|er)s)|"
                        r"(?:[\w-]+\s+){0,3}?participating\s+in\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:missions?|initiative|peace[\w-]*|operations?)|"  # ("1,000 troops participating in the initiative")
                        # "some 1,400 soldiers and staff were deployed outside Poland": abroad, with no single host
                        r"(?:\w+\s+){0,3}?(?:serving|deployed|stationed)\s+outside\s+(?:of\s+)?(?:the\s+country|its\s+borders|(?:the\s+)?(?-i:[A-Z])\w+)|(?:\w+\s+){0,3}?deployed\s+(?:to|in|on)\s+(?:as\s+many\s+as\s+|up\s+to\s+|some\s+)?\d+\s+(?:[\w-]+\s+)?(?:operations|missions)|"  # ("deployed to as many as 14 operations")
                        r"(?:\([^()]{0,60}\)\s+)?outside\s+of\s+(?:the\s+country|its\s+borders)|"  # ("... (at a cost of ...) outside of its borders")
                        r"(?:carrying\s+out|conducting|performing)\s+(?:their\s+|its\s+)?(?:[\w-]+\s+)?missions?\s+in\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|various)\s+countries|"  # ("carrying out their missions in six countries")
                        r"(?:serving|deployed)\s+(?:in|with|on)"
                        r"\s+(?:[\w'\u2019-]+\s+){0,2}?(?:missions?|operations?|peacekeeping|countries))\b"), I)


# "6,197 security personnel on peace missions": in several missions, where no one place (nor one the sentence before named) is the host
PEACE_MISSIONS_AFTER_RE = re.compile(r"\s+(?:[\w-]+\s+){0,4}?(?:on|in)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|various)\s+)?(?:un\s+|u\.n\.\s+)?peace(?:-?keeping)?\s+missions\b", I)
# "826 officers were overseas on peacekeeping duties", "1,300 military personnel (at a cost of ...) outside of its
# borders": abroad, where no one place is the host (a host named in an earlier sentence is not theirs)
ABROAD_AFTER_RE = re.compile(r"\s+(?:[\w-]+\s+){0,6}?(?:abroad|overseas|outside\s+(?:of\s+)?(?:the\s+country|its\s+borders))\b"
                             r"|\s+\([^()]{0,60}\)\s+outside\s+of\s+(?:the\s+country|its\s+borders)\b", I)


# "More than 2,000 Chinese soldiers have been deployed to conflict zones around the world as peacekeepers"
AS_PEACEKEEPERS_RE = re.compile(r"[^.;]{0,80}?\bas\s+(?:UN\s+|U\.N\.\s+)?peace-?keepers\b", I)
# "the 800,000 former service members": veterans; "6,065 senior officers": a rank group, not the force
FORMER_MODS_RE = re.compile(r"\b(?:former|retired|ex-|senior|junior|non-commissioned|commissioned|combat[\s-](?:effective|ready|capable))\b", I)
# "182,500 personnel are in their ground forces": one service's count
# "increase the number of conscripts from 9,000 today to 13,500 a year", "9,000 people are selected ... each year": an intake
YEARLY_FLOW_AFTER_RE = re.compile(r"(?:\s+[\w,.-]+){0,8}?\s+(?:(?:a|per|each|every)\s+year|annually|yearly)\b", I)
INTAKE_WORD_RE = re.compile(r"\b(?:conscripts?|conscription|recruits?|recruitment|intake|selected|enlist\w*|drafted|called\s+up)\b", I)
IN_ONE_SERVICE_AFTER_RE = re.compile(r"(?:\s*\([^()]{0,60}\))?\s+in\s+(?:its|their)\s+land\s+forces?\b|\s+(?:coming|drawn)\s+from\s+the\s+(?:army|navy|air\s+force)\b|\s+(?:(?:are|is|serve|serving)\s+in|belong(?:ing|s)?\s+to)\s+(?:their|its|the)\s+(?:ground\s+forces|army|navy|air\s+force|[\w-]+\s+reserve\s+(?:unit|force|component))\b", I)
NOT_PEOPLE_BEFORE_NOUN_RE = re.compile(r"\b(?:days|hours|weeks|months)\s+(?:for|of)\s+(?:the\s+)?(?:[A-Z][\w-]+\s+)?$"  # "Service days for soldiers"
                                       r"|\b(?:capacity|ceiling|cap|quota)\s+(?:for|of)\s+(?:the\s+)?(?:[A-Z][\w.-]+\s+)?$|\bwar-?time\s+$", I)  # "the capacity of U.S. Marines"
NOT_PEOPLE_GAP_RE = re.compile(r"\b(?:hours|days|man-?days|flights|sorties|rounds|vehicles|aircraft|ships|tanks|jets|population)\b|\ban?\s+(?:[\w-]+\s+)?(?:country|nation)(?:\s+of)?\s*$", I)
# (and "a defence force a country of 620,000 can afford": a population)
PERSONNEL_RE17 = re.compile(r"\b(?:active|regular\s+forces?|total\s+(?:troops|military\s+personnel))\b", I)  # ("the 68,000 Regular Force personnel", "18,000 total troops")
TARGET_AFTER_RE = re.compile(r"\s+(?:target|goal|ceiling)\b", I)  # "the 35,000 reservist target": a level aimed at (stage planned)

# "the country's military contingents abroad totalled almost 2,500 soldiers", "contingents took part in foreign missions
# and operations, numbering almost 2,500 personnel": all of them, abroad, no single host (as PERSONNEL_RE16's "11,000
# personnel are serving on 35 overseas operations in countries including Iraq")
ABROAD_TOTAL_BEFORE_RE = re.compile(r"(?:\b(?:contingents|troops|forces|personnel|soldiers|deployments)\s+(?:abroad|overseas)\s+"
                                    r"(?:totall?ed|numbered|stood\s+at|reached|amounted\s+to|came\s+to)|\b(?:foreign|overseas|international)"
                                    r"\s+(?:missions|operations)\b[^.;]{0,40},\s+numbering|\bcontribution\s+to\s+(?:the\s+)?[^.;\d]{3,60}?\s+(?:is|was|stands\s+at))\s+" + HEDGE + r"$", I)
# "a total of 456,000 military personnel", "the total number of Russian military personnel at 2.2 million"
TOTAL_PERSONNEL_RE = re.compile(r"\btotal\s+(?:number\s+of\s+)?(?:[A-Z][\w-]+\s+)?(?:military\s+)?personnel\b", I)
TOTAL_OF_BEFORE_RE = re.compile(r"\btotal\s+(?:of|number\s+of)\s+" + HEDGE + r"$", I)
MILITARY_WORD_RE = re.compile(r"\bmilitary\b", I)
SOLDIER_NOUN_RE = re.compile(r"soldiers|servicemen|service\s*members|troops", I)


PERSONNEL_RE18 = re.compile(r"\b(?:authori[sz]ed|sanctioned|targeted|desired|quota|positions|posts|ceiling|cap|upper\s+limit|maximum\s+(?:number|strength|size)|establishment|(?:compared\s+(?:to|with)|against)\s+a\s+target|"
                            r"agreed\s+(?:stabilised\s+|stabilized\s+)?strength|(?:should|must|may|shall)\s+not\s+exceed)\b", I)


# "raise its active-duty personnel to 203,000 and boost reserves to 34,000": the noun after "and <verb>" is the next clause's
NEXT_CLAUSE_MODS_RE = re.compile(r"\s+and\s+(?:boost|rais|increas|cut|reduc|bring|expand|grow|lift|doubl|trim|shrink)\w*\b", I)
PERSONNEL_RE19 = re.compile(r"(?i:\b(?:more|additional|extra|fewer|less|further)\b)|\b(?:new|fresh)\b")  # "New Zealand" is a name


PERSONNEL_RE20 = re.compile(r"\b(?:armed|military|army|navy|air\s+force|troop|active|ground|land|personnel|defen[cs]e|reserve|reservists|regular\s+forces?|overseas(?=\s+forces?\b))\b|"
                             r"\bnumber\s+of\s+(?:its|their)\s+forces\s+in\b|"
                             r"\bforce\s+strength\b|\b(?-i:[A-Z]{1,4}DF)\s+(?:\w+\s+){0,3}?strength\b", I)  # ("PDF strength": a defence force by its acronym)


# "over 4,000 of the approximately 19,000 Marines ... will be moved": the verb is the part's, not the whole's
WHOLE_OF_PART_BEFORE_RE = re.compile(r"\d[\d,.]*\s+(?:[\w-]+\s+)?of\s+(?:the\s+|its\s+|their\s+)?" + HEDGE + r"$", I)


# "1.08 million military personnel, consisting of 400,000 active personnel, 400,000 reserves": a mixed total
MIXED_TOTAL_BEFORE_RE = re.compile(r"\b(?:consisting\s+of|comprising|made\s+up\s+of|including|of\s+(?:which|whom))\s+" + HEDGE + r"$", I)


MEMBERS_OF_RE = re.compile(MEMBERS_OF_FORCES, I)

# A guard force sent along its own border is at home: "10,000 Mexican National Guard troops deployed along the border"
GUARD_WORDS_RE = re.compile(r"\b(?:national\s+guard|border\s+guard|gendarmerie|coast\s+guard)\b", I)



def with_deployed(ctx, si: int, before: str, right: str) -> bool:
    """"the biggest contributor of peacekeepers ..., with 2,639 currently deployed": the peacekeepers named before."""
    return bool(WITH_BEFORE_RE.search(before[-30:]) and DEPLOYED_BARE_AFTER_RE.match(right) and ctx.says(si, PEACEKEEPING_WORD_RE))


WITH_BEFORE_RE = re.compile(r"\bwith\s+" + HEDGE + r"$", I)
DEPLOYED_BARE_AFTER_RE = re.compile(r"\s+(?:currently\s+|now\s+|still\s+)?(?:deployed|serving)\b(?!\s+(?:troops|soldiers|personnel))", I)
PERSONNEL_RE21 = re.compile(r"(?:^|[.;:]\s*)with\s+" + HEDGE + r"$", I)


EXISTENTIAL_THERE_RE = re.compile(r"\bthere\b(?!\s+(?:are|were|is|was|have|had|remain))", I)  # "there were 563,000" is not a place
_OTHER_SERVICES_RE = re.compile(r"\b(?:navy|air\s+force|marine\s+corps|marines)\b", I)


# "ranked first in the world by sending 10,748 peacekeepers": a contribution's size, not a change of it
RANKED_BY_SENDING_RE = re.compile(r"\b(?:rank\w*|first|second|third|top|largest|biggest|\d(?:st|nd|rd|th)\s+position)\b[^.;]{0,60}?"
                                   r"\b(?:(?:by|in)\s+(?:sending|contributing|deploying)|having\s+(?:sent|contributed|deployed))\s+" + HEDGE + r"$", I)
_PEACEKEEPERS_RE = re.compile(r"\b(?:peace-?keep(?:ers?|ing)|blue\s+(?:helmets?|berets?))\b", I)
# another count of peacekeepers in the same sentence: "Ethiopia is second with 6,662 peacekeepers, Rwanda with 6,322 troops"
_COUNTED_PEACEKEEPERS_RE = re.compile(r"\d\s+(?:[\w-]+\s+){0,2}?peace-?keepers\b", I)


def peacekeepers(ctx: Context, si: int, noun: str, mods: str, value: float) -> bool:
    """Whether the count is of peacekeepers: the noun says so; the sentence counts peacekeepers beside it; or a
    passage about peacekeeping operations breaks a country's contribution down ("a total of 2,341 personnel, 79 from
    the police, 18 UNMEM and 2,244 troops")."""
    if _PEACEKEEPERS_RE.search(noun) or _PEACEKEEPERS_RE.search(mods):
        return True
    if ctx.says(si, _COUNTED_PEACEKEEPERS_RE):  # (once per sentence: a long sentence of numbers stays linear)
        return True
    return (value < 20_000 and ctx.says(si, _CONTRIBUTION_RE)
            and any(ctx.says(i, _PEACEKEEPING_OPERATIONS_RE) for i in range(max(0, si - 6), si + 1)))


_CONTRIBUTION_RE = re.compile(r"\b(?:police|UNMEM|experts\s+on\s+mission|staff\s+officers|contribut\w*|sending(?=[^.;]{0,80}\bpeace-?keeping))\b", I)
_PEACEKEEPING_OPERATIONS_RE = re.compile(r"\bpeace-?keeping\s+(?:operations?|missions?|contributions?|forces?)\b|\b(?:UN|U\.N\.|United\s+Nations)\s+(?:missions|operations)\b", I)


# "Of these, 138,000 are part of the army, 69,000 are from the navy": the services' shares of a total
OF_THESE_BEFORE_RE = re.compile(r"\bof\s+(?:these|them|this\s+(?:total|number)|whom)\s*,?\s*(?:\w+\s+){0,2}?" + HEDGE + r"$", I)
SERVICE_PART_AFTER_RE = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:are|were|is|serve|served)\s+(?:\w+\s+){0,3}?(?:part\s+of\s+|from\s+|in\s+|with\s+)?"
                                    r"(?:the\s+)?(?:[\w-]+\s+)?(?:army|navy|air\s+force|marines?|marine\s+corps|ground\s+forces)\b", I)
SERVICE_NOUN_RE = re.compile(r"army|navy|air\s+force|marines?|marine\s+corps|ground\s+forces", I)
OPEN_BRACKET_RE = re.compile(r"\((?![^()]*\bstanding\s+army\b)[^()]*$", re.I)  # (but "(standing army of 9 000)": the whole force)
BORDER_AFTER_RE = re.compile(r"(?:'s)?\s+(?:southern\s+|northern\s+|eastern\s+|western\s+)?(?:border|frontier)\b", I)
SERVICE_LIST_AFTER_RE = re.compile(r"(?:\s*,?\s+(?:and\s+)?(?:the\s+)?(?:royal\s+)?(?:navy|air\s+force|marines?|marine\s+corps|army))+\s+"
                                    r"(?:personnel|troops|service\s*members|members|reservists|reserves)\b", I)
# "Total military personnel: 1,329,250 / Active personnel: 454,250": the total row sums the rows below it
ACTIVE_ROW_AFTER_RE = re.compile(r"\n\s*(?:[\u2022*]\s*)?active\s+(?:personnel|military|duty|troops|forces)\s*[:|]", I)
