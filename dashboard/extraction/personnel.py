"""Stage 3, classification of head counts: whether a count is a strength, a deployment abroad (and where), a reserve,
or none of these, and why not. Negative evidence wins: changes, casualties, units, police, one service, plans and mixed
totals are never a strength. The evidence is in ``personnel_evidence``; the cheap reads around a count in ``personnel_window``."""

from __future__ import annotations

from dashboard.extraction import countries as geo
from dashboard.extraction import personnel_evidence as ev
from dashboard.extraction import personnel_moves as mv
from dashboard.extraction import personnel_parts as pp
from dashboard.extraction import personnel_window as win
from dashboard.extraction import places as pl
from dashboard.extraction import tails
from dashboard.extraction.attribution import find_owner, host_near, subject_for_pronoun
from dashboard.extraction.bloc_forces import bloc_named_with, bloc_of_force, is_bloc
from dashboard.extraction.context import NOUN_WHY, Context, reject
from dashboard.extraction.contributions import WITH_POLICE, counted_with_police, includes_paramilitary_after
from dashboard.extraction.hosts import host_table
from dashboard.extraction.numbers import NumberMention
from dashboard.extraction.personnel_flows import flow_or_part_after, sent_abroad
from dashboard.extraction.personnel_hosts import command_before, mission_after, owned_by_place, place_at, place_host
from dashboard.extraction.personnel_nouns import (
    FORCE_PART_RE,
    IN_RESERVE_FORCE_RE,
    MEMBERS_RE,
    names_its_force,
    noun_of,
    other_person_noun,
    possessive_before,
    referent_owner,
    reserve_subject,
)
from dashboard.extraction.personnel_scope import along_own_border, multinational_subject
from dashboard.extraction.services import WHOLE_FORCE_GUARDS, broken_down_after, service_after, single_service
from dashboard.extraction.tails import Tail
from dashboard.extraction.vocab_personnel import (
    ACTUAL_NUMBER_RE,
    CASUALTY_AFTER_RE,
    CHANGE_BEFORE_RE,
    COMBINED_RE,
    DEPLOY_VERB_RE,
    EQUIPMENT_AFTER_RE,
    HOST_AFTER_RE,
    LEFT_PERSON_RE,
    LEVEL_CUE_BEFORE_RE,
    OF_THEM_RE,
    PERSONNEL_ROW_RE,
    PERSONNEL_WORDS_RE,
    PUT_AT_RE,
    RESERVE_POOL_RE,
    RIGHT_PERSON_RE,
    SEVERAL_PLACES_AFTER_RE,
    STOCK_BEFORE_RE,
    STRONG_RE,
    STRONG_RESERVE_RE,
    WITH_NUMBER_RE,
)


def personnel(ctx: Context, si: int, m: NumberMention) -> tuple[str, str, str, str, str] | None:
    """(metric, owner, host, method, how the owner was found) for a personnel figure, or None."""
    norm, sent = ctx.norm, ctx.sentences[si]
    left_edge = m.hedge_start if m.hedge_start is not None else m.start
    window_start = max(sent.start, left_edge - 200)  # bounded context keeps long lines linear
    before = win.blank_year_bracket(norm[window_start:left_edge])  # ("comprises (2008) 8,800 men": the year set aside)
    right = norm[m.end:min(sent.end, m.end + 300)]
    noun_end = None
    bound: list[geo.CountryMention] = []
    method = mods = ""
    left_host = lm = None
    after_left_noun = 0
    noun_window = win.person_noun_window(right)  # (cut at hyphen chains and long gaps: linear on hostile text)
    rm = RIGHT_PERSON_RE.match(noun_window) or other_person_noun(ctx, si, m.start, noun_window)
    strong = STRONG_RE.match(right)
    of_them = OF_THEM_RE.match(right)
    if ev.PERSONNEL_RE1.match(right) or EQUIPMENT_AFTER_RE.match(right) or rm and ev.NEXT_CLAUSE_MODS_RE.match(rm.group("mods")) or mv.NEXT_ITEM_NOUN_RE.match(right) or rm and mv.RANKED_MODS_RE.search(rm.group("mods")):
        rm = None  # "12 lakh of them in the Army": never "12 lakh ... Army" read as a noun phrase (nor "to 203,000 and boost reserves")
    if of_them and not rm and PERSONNEL_WORDS_RE.search(norm, ctx.sentences[max(0, si - 1)].start, m.start):
        noun, noun_end, method = "troops", m.end + of_them.end(), "personnel:of-them"  # ("11,000 of them": those just named)
        bound = referent_owner(ctx, si, m.start)
    elif rm and not ev.PERSONNEL_RE19.search(rm.group("mods")):
        mods = rm.group("mods")
        noun = noun_of(rm)  # ("57,000 are reserved": reserves; "2,000 are stationed in": troops)
        noun_end = m.end + rm.end()
        bound = ctx.country_mentions(m.end, m.end + rm.start("noun"))
        members_of = ev.MEMBERS_OF_RE.match(norm, noun_end)  # ("members of the SANDF", "soldiers of the Austrian armed forces")
        bound = ctx.country_mentions(noun_end, members_of.end()) if members_of and not bound else bound  # ("1 495 members of the SANDF")
        bound = bound or possessive_before(ctx, sent.start, left_edge)  # ("behind China's nearly 2.3 million members")
        method = "personnel:number-noun"
    elif rm or strong and not rm:
        if strong:
            noun_end, method = win.strong_unit_end(norm, m.end + strong.end(), sent.end), "personnel:bare-military" if strong.group("bare") else "personnel:strong"
            noun = "reserves" if STRONG_RESERVE_RE.match(norm, noun_end) else "military"  # "a 210,000-strong standing reserve"
            bound = [c for c in ctx.country_mentions(noun_end, noun_end + 30) if c.kind == "demonym" and c.start == noun_end + 1 and not norm.startswith("-", c.end)]  # ("-strong French force")
        else:
            return reject(ctx, "a personnel noun follows, but as 'more/additional/new' troops: a change, not a level")
    else:
        tail = win.tail_word(before)  # a cheap test of the word before the number first (see win.tail_word)
        lm = (tail in win.RESERVE_POOL_TAILS and RESERVE_POOL_RE.search(before)  # ("Reserve forces total": reserves)
              or tail in win.LEFT_PERSON_TAILS and (LEFT_PERSON_RE.search(before) or mv.changed_to_level(before))
              or tail in win.ACTUAL_NUMBER_TAILS and ACTUAL_NUMBER_RE.search(before)
              or tail in win.PUT_AT_TAILS and PUT_AT_RE.search(before)
              or tail in win.LEFT_PERSON_TAILS and (COMBINED_RE.search(before) or win.STRENGTH_BARE_RE.search(before))
              or tail in win.ROW_TAILS and PERSONNEL_ROW_RE.search(before)) or None
        with_clause = (WITH_NUMBER_RE.match(right) if tail in win.WITH_TAILS and ev.PERSONNEL_RE21.search(before)
                       else None)
        if not lm and with_clause:  # "With 2.3 million, China now has the world's largest active-duty military"
            noun, noun_end, method = "military", m.end + with_clause.end(), "personnel:with-number-has-military"
        elif not lm and ev.COLON_LIST_BEFORE_RE.search(before[-60:]) and ev.IN_PLACE_AFTER_RE.match(right):  # (the noun
            noun, noun_end, method = "troops", m.end, "personnel:colon-list"  # before the colon: "France has soldiers: 1,500 in Niger")
        elif not lm and tail in win.WITH_TAILS and ev.with_deployed(ctx, si, before, right):
            noun, noun_end, method = "peacekeepers", m.end, "personnel:with-deployed"
        elif not lm:
            return reject(ctx, NOUN_WHY)
    if lm is not None:
        if ev.PERSONNEL_RE9.search(before[-40:].rsplit("\n", 1)[-1]):  # (a row's own line: not the 'Military age' row above it)
            return reject(ctx, 'an age limit, not a head count')  # "the age limit for reserve duty to 65"
        noun = mv.noun_of_level(lm)
        if lm.re is PERSONNEL_ROW_RE:
            if noun.startswith("total") and "active" not in noun and (ev.ACTIVE_ROW_AFTER_RE.search(norm, m.end, min(len(norm), m.end + 150)) or "personnel" in noun):
                return reject(ctx, "a total personnel row (active and reserve together, as in the rows it heads): neither metric")
            noun = "reserves" if "reserv" in noun else "deployed" if "deploy" in noun else "active"
        country_before_noun = [c for c in ctx.country_mentions(window_start, window_start + lm.start())
                               if window_start + lm.start() - c.end <= 3]  # "U.S. forces", "Russia's forces"
        if ev.NOT_PEOPLE_GAP_RE.search(lm.groupdict().get("gap") or "") or ev.NOT_PEOPLE_BEFORE_NOUN_RE.search(before[:lm.start()]) or EQUIPMENT_AFTER_RE.match(norm, m.end):
            return reject(ctx, "counts hours, days, equipment or a ceiling, not people ('Air Force hours are targeted at', 'the capacity of Marines')")
        if noun in ("force", "forces", "strength", "workforce") and not country_before_noun and not ev.PERSONNEL_RE20.search(win.whole_words(before, max(0, lm.start() - 30), lm.end())) and not win.force_named_for_strength(before, lm, noun) \
                and not mv.the_force_named_before(ctx, si, before[max(0, lm.start("noun") - 40):lm.end("noun")]):
            return reject(ctx, "'force'/'strength' without an armed-forces word")
        noun_end, method = m.end, "personnel:noun-of-number"
        # "U.S. forces in Europe remain near 100,000": the host stands right after the noun
        after_left_noun = window_start + lm.end("noun")
        left_host = ev.PERSONNEL_RE10.match(norm[after_left_noun:after_left_noun + 30])
        # "Russian military by", "U.S. troops there from": the country right before the noun
        noun_abs = window_start + lm.start()
        near = [c for c in ctx.country_mentions(window_start, noun_abs) if noun_abs - c.end <= 20 and not ev.ASIDE_CLOSE_RE.search(norm, c.end, noun_abs) and not win.possessed_place(norm, c)]
        bound = near[-1:]
        mods = before[max(0, lm.start() - 30):lm.start()]
        if lm.re is LEFT_PERSON_RE and ev.PERSONNEL_RE18.search(pp.after_last_count(before[max(0, lm.start() - 60):])):
            return reject(ctx, 'an authorised, planned or target ceiling, not a strength')
        if why := pp.change_stated_before(before, lm) and "a change stated with 'by'" or mv.from_level_of_count(before, lm):
            return reject(ctx, why)
    if (noun.endswith("officers") and (ctx.says(si, ev.PERSONNEL_RE12) or noun == "warrant officers" or ctx.says(si, ev.RANKS_RE)) or win.rank_group(before, mods, noun)) and not win.OFFICERS_AND_MEN_RE.match(norm, noun_end):
        return reject(ctx, "police officers, or officers as a rank group ('5,447 warrant officers'), not the force's soldiers")
    if ev.UNIT_SIZE_RE.search(before[-40:]) and not (m.value >= 50 and ev.UNIT_ABROAD_AFTER_RE.search(norm, m.end, min(sent.end, m.end + 160))):
        return reject(ctx, "the size of a team or unit, not a strength")
    if win.manpower_pool(before):
        return reject(ctx, "people fit to serve (available manpower), not people serving")
    if (ev.CIVILIAN_RE.search(mods) or ev.AND_RESERVISTS_AFTER_RE.match(norm, noun_end, min(sent.end, noun_end + 40)) or win.counted_with_others(before)
            or ev.PERSONNEL_RE8.search(norm, m.end, noun_end)
            or ev.AND_CIVILIANS_AFTER_RE.match(norm, noun_end, min(sent.end, noun_end + 40))):
        return reject(ctx, "civilians, or regulars and reservists counted together: not a military strength")
    if ev.TOTAL_BROKEN_DOWN_RE.match(norm, noun_end, min(sent.end, noun_end + 80)):
        return reject(ctx, "a total of active, reserve and other personnel (broken down right after): not active strength")
    if method == "personnel:of-them" and ev.EMPLOYED_AFTER_RE.match(norm, noun_end, min(sent.end, noun_end + 60)) or noun == "conscripts":
        return reject(ctx, "people employed in a sector, or conscripts (an intake or a part of the force), not its strength")
    if (ev.NOT_A_STRENGTH_BEFORE_RE.search(before[-60:]) and not (noun == "reservists" and ev.CALLED_UP_RE.search(before[-60:]))
            or ev.WARTIME_AFTER_RE.match(norm, noun_end, min(sent.end, noun_end + 60)) or win.MOBILISATION_BEFORE_RE.search(before[-110:])
            or ev.FORMER_MODS_RE.search(mods) and not ev.RESERVE_FORCE_OF_RE.search(before[-40:])  # ("a reserve pool of 210,000 former")
            or flow_or_part_after(norm, noun_end) or flow_or_part_after(norm, m.end) or ev.YEARLY_FLOW_AFTER_RE.match(norm, m.end, min(sent.end, noun_end + 70)) and ctx.says(si, ev.INTAKE_WORD_RE)):
        return reject(ctx, "a requirement, capacity, call-up or yearly intake, audience, wartime, former-members, rank-group or one-service figure, not a strength")
    if (ev.WITH_POLICE_BEFORE_RE.search(before[-100:]) or ev.TOTAL_AFTER_POLICE_RE.search(before[-120:])
            or ev.POLICE_BREAKDOWN_AFTER_RE.match(norm, noun_end, min(sent.end, noun_end + 160)) or includes_paramilitary_after(ctx, si)):
        return reject(ctx, "a police force, or military and police counted together: neither metric")
    if ev.SERVICE_NOUN_RE.fullmatch(noun) and ev.OPEN_BRACKET_RE.search(before[-60:]):
        return reject(ctx, "one service's part of a total given in brackets ('(240,000 Army, 65,000 Navy)')")
    if (ev.OF_THESE_BEFORE_RE.search(before[-30:]) and ev.SERVICE_PART_AFTER_RE.match(norm, m.end, min(sent.end, m.end + 60))
            or win.PART_OF_GROUP_AFTER_RE.match(norm, m.end, min(sent.end, m.end + 60))):
        return reject(ctx, "a part of the total or group just given ('Of these, 138,000 are in the army', '180 of the peacekeepers')")
    sent_to_host = sent_abroad(norm, before, noun, noun_end, sent.end)
    before_tail = Tail(before)  # (the last token before the number: gates the "before" patterns below)
    withdraw_all = before_tail.admits(tails.WITHDRAW_ALL, 60) and mv.WITHDRAW_ALL_RE.search(before[-60:])  # "its withdrawal of all 1,000 troops from Niger": the whole deployment
    if (before_tail.admits(tails.CHANGE_BEFORE, 70) and CHANGE_BEFORE_RE.search(before[-70:]) and not (sent_to_host or withdraw_all)
            and not mv.standing_extra(norm, before, noun_end, sent.end) and not mv.reserve_beside_active(norm, m.end, sent.end, left_edge)
            and not ev.RANKED_BY_SENDING_RE.search(before[-90:])) or (
            (CASUALTY_AFTER_RE.search(norm[noun_end:min(sent.end, noun_end + win.CASUALTY_REACH)]) or mv.raises_total_after(norm, noun_end, sent.end))
            and not ev.WHOLE_OF_PART_BEFORE_RE.search(before[-50:]) and not withdraw_all and not win.stands_until_later(before, norm, noun_end)) or mv.ordered_more(norm, sent.start, sent.end, before):
        return reject(ctx, 'a change of troop levels or casualties (withdraw, send, add, killed...)')
    if (ev.PERSONNEL_RE3.match(right) or mv.other_nations_after(right) or pp.spread_over_countries(right)) and not (rm and rm.re in (MEMBERS_RE, FORCE_PART_RE) or names_its_force(rm) or ev.RESERVE_FORCE_OF_RE.search(before[-50:])):
        return reject(ctx, "counts casualties, countries, members or other nations' troops, not one country's troops")
    if along_own_border(ctx, noun_end, min(sent.end, noun_end + 80)):
        return reject(ctx, "troops along a border or line of control: at home, neither a deployment nor a strength")
    bloc = not bound and bloc_named_with(ctx, si, left_edge, m.end, noun_end) or (  # ("500 ECOMIG troops": the bloc's, when no country's)
        ev.PERSONNEL_RE4.match(norm[noun_end:noun_end + 80]) or multinational_subject(ctx, sent.start, left_edge, mods, m.end)) and bloc_of_force(ctx, si, left_edge, noun_end)
    if bloc == []:  # (a multinational total no one bloc fields; "NATO's multinational force of about 4,000 soldiers in Poland and the Baltic countries" is NATO's)
        return reject(ctx, "a multinational total ('from 50 countries', 'Uganda, Burundi and Djibouti have', 'UN peacekeepers')")
    bound, listed = bloc or bound, ev.PERSONNEL_RE5.match(norm[noun_end:noun_end + 40])
    from_one = method == "personnel:of-them" and listed and ev.FROM_ONE_RE.match(norm, noun_end + listed.end())
    if from_one:  # "7,968 of them are from Bangladesh, 8,298 are from Pakistan": each count is one country's
        bound = [c for c in ctx.country_mentions(noun_end + listed.end(), noun_end + listed.end() + from_one.end())
                 if c.kind != "alliance"][:1]
    elif not bound and (origin := pl.contributor_after(ctx, si, noun_end)):
        bound = origin  # "341 troops from the Philippines ... stationed on the Golan Heights": whose, not where
    elif listed and len({c.iso3 for c in ctx.country_mentions(noun_end + listed.end(), mv.list_end(norm, noun_end + listed.end(), sent.end))
                         if c.kind != "alliance"}) >= 2 and not mv.ITS_BEFORE_RE.search(before[-8:]):  # ("its 50,000 troops from")
        return reject(ctx, "a multinational total ('from South Africa, Malawi and Tanzania')")
    host = ""  # (where: "stationed in South Korea", "on Ukrainian territory", "there")
    if method == "personnel:noun-of-number" and left_host:
        at = after_left_noun + left_host.end()
        named = [c.iso3 for c in ctx.country_mentions(at, at + 40) if c.start == at and c.kind != "alliance"]
        named += [h.host for h in host_table().find(norm, at, at + 40) if h.start == at]
        host = named[0] if named else ""
    elif method == "personnel:noun-of-number":
        host = command_before(norm, noun_abs)
    after_noun = norm[noun_end:min(sent.end, noun_end + 200)]
    after_noun = after_noun.split("\n", 1)[0] if lm is not None and lm.re is PERSONNEL_ROW_RE else after_noun  # a row ends at its line
    services = ev.SERVICE_LIST_AFTER_RE.match(after_noun) if ev.SERVICE_NOUN_RE.fullmatch(noun) else None
    if services:  # "11,000 Army, Royal Navy and Royal Air Force personnel are serving ...": the noun ends the list
        noun_end, noun = noun_end + services.end(), "reservists" if services.group(0).lower().endswith(("reservists", "reserves")) else noun
        after_noun = norm[noun_end:min(sent.end, noun_end + 200)]
    hm = HOST_AFTER_RE.match(after_noun)
    if hm:
        place, at = place_at(ctx, noun_end + hm.end())
        if place and ev.BORDER_AFTER_RE.match(norm, place[0].end, min(sent.end, place[0].end + 20)):
            return reject(ctx, "sent to the border with another country ('to the US border'): at home, not abroad")
        bound = bound or owned_by_place(ctx, place, hm.group("prep"), sent.end)  # "in the Nepali Army", "in Mali from Togo"
        if place and hm.group("prep") not in ("with", "under") and not pl.owner_noun_follows(norm, place[0]) and bound[:1] != place[:1]:
            host = place[0].iso3 if not mv.place_list_after(ctx, place[0]) else ""  # ("with the French": alongside; "in the UK forces": the country owns them, it is no host)
        elif not place:  # "assigned to U.S. Forces Korea", "at Camp Humphreys", "across the Sahel", "serve with UNIFIL"
            named = [h for h in host_table().find(norm, at, min(sent.end, at + 60)) if h.start == at]
            host = named[0].host if named else host  # (" in 2004" names no place: keep a host named before)
    host = host or mission_after(ctx, noun_end, sent.end)  # "3500 troops in the Horn of Africa who are part of Amisom"
    host = host or place_host(ctx, si, m, before, after_noun, window_start, bound)
    if not host and bound and ev.PERSONNEL_RE14.search(before):
        subject = subject_for_pronoun(ctx, si, m.start, bound[0].iso3)
        host = subject if subject != bound[0].iso3 else ""
    (owner, how), several_hosts = find_owner(ctx, si, m, host, bound), bool(hm and place and not host and mv.place_list_after(ctx, place[0]))
    if (not owner or owner == "NATO" and not bound) and host and host == ctx.main_country and m.value >= (1_000 if "reserv" in noun else 10_000):
        owner, host, how = host, "", "article"  # "soldiers in Taiwan", "reservists in the Netherlands" in a story on that country: its own
    if not owner:
        return reject(ctx, 'no owner could be found')
    if m.value > 10_000_000:
        return reject(ctx, "too large for a head count (billions and trillions are money)")
    is_reserve = noun != "deployed" and (noun in ("reservists", "reservist", "reserves", "reserve") or noun.startswith("reserve ") or ev.PERSONNEL_RE15.search(mods)
                  or ev.RESERVE_FORCE_OF_RE.search(before[-40:]) or IN_RESERVE_FORCE_RE.match(norm, noun_end)
                  or reserve_subject(before, mods))
    if from_one and not host and any(ctx.says(i, ev.PEACEKEEPING_WORD_RE) for i in range(max(0, si - 2), si + 1)):
        return "troops_deployed", owner, "", method + "+peacekeepers", how  # one country's share of the missions' total
    if not host and not several_hosts and not is_reserve and not from_one and not (lm is not None and lm.re is PERSONNEL_ROW_RE) and not mv.at_home_after(norm, noun_end) and not mv.home_level_before(before) and not ev.ABROAD_AFTER_RE.match(after_noun) and not ev.PEACE_MISSIONS_AFTER_RE.match(after_noun) and not SEVERAL_PLACES_AFTER_RE.match(after_noun) and (ev.says_in_part(ctx, si, m, pl.DEPLOYMENT_CUE_RE) or method == "personnel:of-them" or withdraw_all
                                        or pl.ANAPHORIC_PLACE_RE.search(norm, noun_end, min(sent.end, noun_end + 40)) or pl.THERE_FIRST_RE.match(norm, sent.start)
                                        or lm is not None and pl.ANAPHORIC_PLACE_RE.match(norm, after_left_noun + 1, after_left_noun + 40)):
        host, how_host = host_near(ctx, si, m, owner)
        several_hosts = how_host == "several-hosts"
        if host:
            if how == "sentence" and not bound:
                # the nearest country word may be the host itself: "in Lithuania, the US Army deployed 500"
                owner, how = find_owner(ctx, si, m, host, bound)
            method += "+" + how_host
    if m.value < 20:
        return reject(ctx, "under 20: a team or a handful, not a strength or a deployment")
    if is_bloc(owner) and not (host and host != owner or bloc and several_hosts):  # (a bloc's force across several hosts: its total)
        return reject(ctx, "an alliance has no standing forces of its own: a pooled or target force")
    if is_reserve and ev.COUNTED_TOGETHER_BEFORE_RE.search(norm[max(sent.start, left_edge - 120):left_edge]):
        return reject(ctx, "regulars and reserves counted together: neither metric")
    if is_reserve and not pp.service_reserve_part(before, mods, noun):  # (a part falls through to the rejection of parts below)
        return "reserve_personnel", owner, "", method, how
    if host and host != owner:
        if ev.GUARD_WORDS_RE.search(mods) and "+host-" in method:
            return reject(ctx, "a guard force whose host was not named next to it: at home, not abroad")
        if pp.part_of_deployment(before, after_noun, bound[0].text if bound else ""):
            return reject(ctx, "a part of a deployment ('including 10,000 troops and 6,000 sailors'): a component")
        return "troops_deployed", owner, host, method + "+host", how
    if not is_reserve and (several_hosts or noun == "deployed" or ev.PERSONNEL_RE16.match(after_noun)
                           or ev.ABROAD_TOTAL_BEFORE_RE.search(before[-80:]) or mv.level_somewhere(before)) and m.value >= 20:
        return reject(ctx, WITH_POLICE) if counted_with_police(ctx, si, m.end, noun_end) else ("troops_deployed", *mv.no_single_host(ctx, si, before, left_edge, owner, how, method))
    ranked_peacekeeper = (not host and ev.RANKED_WITH_RE.search(before[-60:]) is not None and m.value < 20_000
                          and any(ctx.says(i, ev.PEACEKEEPING_WORD_RE) for i in range(max(0, si - 2), si + 1)))
    if not is_reserve and m.value >= 100 and (ranked_peacekeeper or ev.peacekeepers(ctx, si, noun, mods, m.value)
                                              or not host and ev.AS_PEACEKEEPERS_RE.match(after_noun)):
        if counted_with_police(ctx, si, m.end, noun_end):
            return reject(ctx, WITH_POLICE)
        if ev.PERSONNEL_RE7.search(before[-40:]):
            return reject(ctx, "a part of a contribution ('including 294 female peacekeepers'): a component")
        return "troops_deployed", owner, "", method + "+peacekeepers", how  # (abroad by definition: a UN contribution)
    if not mv.at_home_after(norm, noun_end) and (DEPLOY_VERB_RE.search(before[-40:]) or DEPLOY_VERB_RE.search(after_noun[:25])
                                                          or ev.PERSONNEL_RE16.match(after_noun)):
        return reject(ctx, 'deployed, but the host could not be found: neither a deployment nor a home strength')  # deployed, but we cannot say where: not a strength figure either
    if m.value < 100:
        return reject(ctx, "under 100: a unit or a group, not a country's strength")
    if (ev.GUARD_COMPONENT_RE.search(before[-120:]) or method.startswith("personnel:number-noun") and " guard" in f" {mods.lower()}") and owner not in WHOLE_FORCE_GUARDS or "territorial" in mods.lower():  # ("20,000 territorial defence members")
        return reject(ctx, "a guard or territorial force: a component beside the regular forces")
    if (single_service(ctx, si, before) or service_after(ctx, si, m.end)) and not broken_down_after(norm, noun_end, sent.end):
        return reject(ctx, "one armed service's strength (the Army, with the Navy named apart): a component")
    if pp.part_of_a_total(before, mods, noun):
        return reject(ctx, "a part of a total ('including 850,000 ground forces'): a component, not the strength")
    if ev.COUNTED_TOGETHER_BEFORE_RE.search(norm[max(sent.start, left_edge - 120):left_edge]):
        return reject(ctx, "regulars and reserves counted together: neither metric")
    stock = (ev.PERSONNEL_RE17.search(mods + " " + noun) or ev.TARGET_AFTER_RE.match(norm, noun_end) or mv.SERVE_IN_FORCE_AFTER_RE.match(norm, noun_end)
             or LEVEL_CUE_BEFORE_RE.search(before[-90:]) or m.value >= 100_000 or method in ("personnel:noun-of-number", "personnel:strong", "personnel:bare-military")
             or STOCK_BEFORE_RE.search(before[-60:]) or m.hedge_start is not None and STOCK_BEFORE_RE.search(norm[max(sent.start, m.start - 60):m.start])
             or how == "pronoun" or names_its_force(rm) or mv.under_strengths_heading(ctx, si, left_edge) or norm.startswith("-strong", noun_end) or win.STRONG_AT_RE.match(norm, m.end))
    if (not stock or win.ON_ITS_SOIL_RE.match(norm, noun_end)) and how == "bound" and len({c.iso3 for c in bound}) == 1 and ctx.main_country not in ("", owner) and m.value >= 100 and not win.COMPARED_BEFORE_RE.search(before[-100:]):
        return "troops_deployed", owner, ctx.main_country, method + "+host-article", how  # ("about 2,400 US troops joined the drills": foreign troops)
    if not stock:
        return reject(ctx, 'personnel words without a stock cue (has, active, strength of...)')
    if (pp.all_military_personnel(before, mods, noun) and not mv.SERVING_NOW_RE.match(norm, noun_end) and not pp.SERVICES_AFTER_RE.match(norm, m.end)  # ("... are currently serving")
            or noun == "personnel" and pp.totals_stated_nearby(ctx, si, mods)):
        return reject(ctx, "all military personnel ('a total of 456,000 military personnel'): often with reserves or civilians, neither metric")
    return "active_personnel", owner, "", method, how

