"""What happened to the counted, and the qualifier, in shapes real coverage of tolls and deployments uses
that earlier rules missed: a part of a group named by its fate ("54 of those who perished"), a figure
listed in a state ("are listed killed"), totals of people unaccounted for or in camps, corpses, "two
dozen", a sentence-opening number word the parser cut off, a verb of knowing before what happened
("confirmed to have collapsed"), a level approached ("edged toward 900") and a definite total
overtaken ("overtook the 136 deaths of ..."). Fictional sentences, invented places and numbers; each
rule over several wordings."""

from __future__ import annotations

import pytest

from dossier.model import Article, NumericClaim, PublishedDate


def _claims(nlp, text: str) -> tuple[NumericClaim, ...]:  # type: ignore[no-untyped-def]
    from dossier.extract.claims import extract_claims
    from dossier.settings import Settings

    art = Article(id="a", source="a.txt", text=text, published=PublishedDate(date="2025-05-12", basis="explicit"))
    return extract_claims(art, nlp(text), time_expressions=(), local_entities=(), quotes=(), settings=Settings())


def _of(claims: tuple[NumericClaim, ...], value: float) -> NumericClaim:
    found = [c for c in claims if c.value == value]
    assert found, [(c.text, c.value, c.state) for c in claims]
    return found[0]


# 1. a part of a group named by what happened to it shares that fate, before or after the figure
@pytest.mark.parametrize("text,value,state", [
    ("Medics in Varno said 37 of those who perished were under 16.", 37, "killed"),
    ("Officials said 61 of those who died in the blaze were pensioners.", 61, "killed"),
    ("Of those killed, 14 were foreign workers, the consulate said.", 14, "killed"),
    ("Among the people evacuated, about 380 were hospital patients.", 380, "evacuated"),
    ("Of the villagers rescued on Sunday, 22 were children.", 22, "rescued"),
    ("The Ledger reported among those listed as missing were about 130 staff of the mill.", 130, "missing"),
    ("Of those injured, 45 remained in hospital on Tuesday.", 45, "wounded"),
])
def test_a_part_of_a_group_shares_its_fate(nlp, text: str, value: float, state: str) -> None:  # type: ignore[no-untyped-def]
    c = _of(_claims(nlp, text), value)
    assert c.state == state, (c.text, c.state, c.measure)


# 2. a figure listed in a state: the list says what happened to them (and the figure is a claim)
@pytest.mark.parametrize("text,value,state", [
    ("The agency now says 2,817 are listed killed.", 2817, "killed"),
    ("Some 44 were officially registered as missing by Friday.", 44, "missing"),
    ("In Dorrow, 316 have been recorded as dead so far.", 316, "killed"),
    ("At least 95 are counted as injured, the governor said.", 95, "wounded"),
])
def test_a_figure_listed_in_a_state(nlp, text: str, value: float, state: str) -> None:  # type: ignore[no-untyped-def]
    assert _of(_claims(nlp, text), value).state == state


# 3. a total of people unaccounted for, or in camps, counts the missing or the displaced
@pytest.mark.parametrize("text,value,state", [
    ("The number of people unaccounted for remains at 212.", 212, "missing"),
    ("The count of residents still unaccounted for has dropped to 58.", 58, "missing"),
    ("The tally of calls about people unaccounted for stood at 140 on Monday.", 140, "missing"),
    ("The governor put the count of evacuees sheltering in relief camps at 615,420.", 615420, "displaced"),
    ("The total of families at evacuation centres rose to 9,300.", 9300, "displaced"),
])
def test_totals_of_the_unaccounted_for_and_the_sheltered(nlp, text: str, value: float, state: str) -> None:  # type: ignore[no-untyped-def]
    assert _of(_claims(nlp, text), value).state == state


# 4. corpses and bodies are the dead, whatever the verb (not "governing bodies")
@pytest.mark.parametrize("text,value", [
    ("Divers located another nine corpses near the pier.", 9),
    ("Volunteers found 17 more corpses in the ravine.", 17),
    ("Eleven bodies lay under tarpaulins in the market.", 11),
])
def test_corpses_are_the_dead(nlp, text: str, value: float) -> None:  # type: ignore[no-untyped-def]
    assert _of(_claims(nlp, text), value).state == "killed"


# 5. "two dozen" counts the noun after it
@pytest.mark.parametrize("text,value,state", [
    ("Two dozen miners died in the collapse.", 24, "killed"),
    ("Three dozen cottages were destroyed by the slide.", 36, "destroyed"),
    ("Nearly two dozen bystanders were wounded.", 24, "wounded"),
    ("Four dozen hikers are still missing.", 48, "missing"),
])
def test_dozens_of_a_noun(nlp, text: str, value: float, state: str) -> None:  # type: ignore[no-untyped-def]
    c = _of(_claims(nlp, text), value)
    assert c.state == state, (c.text, c.state, c.measure)


# 6. a sentence-opening number word the parser cut off into a sentence of its own
@pytest.mark.parametrize("text,value,state", [
    ("The minister has confirmed it. Fourteen Ostlandic sailors were killed.", 14, "killed"),
    ("The agency spoke on Monday. Thirty-one fishermen are still missing.", 31, "missing"),
    ("The colonel has announced. Nineteen were wounded and later flown out.", 19, "wounded"),
])
def test_a_cut_off_number_word_counts_what_follows(nlp, text: str, value: float, state: str) -> None:  # type: ignore[no-untyped-def]
    assert _of(_claims(nlp, text), value).state == state


# 7. a verb of knowing passes on what its clause says happened
@pytest.mark.parametrize("text,value,state", [
    ("With nearly 4,200 houses confirmed to have collapsed, crews were stretched.", 4200, "destroyed"),
    ("With 28 ferry passengers feared to have drowned, the search went on.", 28, "killed"),
    ("But with the bridge down and some 900 homes reported to have collapsed in Varno, aid was slow.", 900, "destroyed"),
])
def test_a_verb_of_knowing_before_what_happened(nlp, text: str, value: float, state: str) -> None:  # type: ignore[no-untyped-def]
    c = _of(_claims(nlp, text), value)
    assert c.state == state, (c.text, c.state, c.measure)


# 8. a level a total moves toward is not reached: nearly; not a place ("moved toward 12 villages")
@pytest.mark.parametrize("text,value", [
    ("The toll edged toward 640 on Monday.", 640),
    ("Casualties crept towards 380 overnight.", 380),
    ("The count of the dead inched closer to 2,000.", 2000),
    ("The death toll climbed toward 1,150 as crews dug.", 1150),
])
def test_a_level_approached_is_nearly(nlp, text: str, value: float) -> None:  # type: ignore[no-untyped-def]
    assert _of(_claims(nlp, text), value).qualifier == "nearly"


def test_moving_toward_places_is_no_qualifier(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _of(_claims(nlp, "The convoy moved toward 12 villages."), 12).qualifier == "exact"


# 9. a definite total a verb of passing names is another figure, exact; a round mark passed is over
@pytest.mark.parametrize("text,value,qualifier", [
    ("The number of Norlander troops killed has overtaken the 142 combat deaths in Tarsk.", 142, "exact"),
    ("The toll in Ruvia has surpassed the 88 deaths of the 2009 floods.", 88, "exact"),
    ("Losses have exceeded the 310 casualties of the first campaign.", 310, "exact"),
    ("The toll passed the 1,000 mark on Monday.", 1000, "over"),
    ("Deaths have topped 2,400 in the province.", 2400, "over"),
])
def test_a_definite_total_overtaken_is_exact(nlp, text: str, value: float, qualifier: str) -> None:  # type: ignore[no-untyped-def]
    assert _of(_claims(nlp, text), value).qualifier == qualifier


# 10. a bare figure (or range) in a state after a verb of leaving or knowing is a count of people in it
@pytest.mark.parametrize("text,value,low,state", [
    ("Some 14,500 were left homeless by the cyclone.", 14500, None, "displaced"),
    ("About 230 were found dead in the valley.", 230, None, "killed"),
    ("Roughly 200 to 260 are believed dead.", None, 200, "killed"),
    ("Between 30 and 45 are feared missing after the slide.", None, 30, "missing"),
])
def test_a_bare_figure_left_or_believed_in_a_state(nlp, text: str, value: float | None, low: float | None,  # type: ignore[no-untyped-def]
                                                    state: str) -> None:
    claims = _claims(nlp, text)
    found = [c for c in claims if (value is not None and c.value == value) or (low is not None and c.low == low)]
    assert found, [(c.text, c.value, c.low, c.state) for c in claims]
    assert found[0].state == state


# 11. a range a harm is valued at counts that harm
@pytest.mark.parametrize("text,low,high", [
    ("The ministry estimated casualties at between 1,200 and 1,700.", 1200, 1700),
    ("Observers put losses at between 900 and 1,100.", 900, 1100),
])
def test_a_harm_valued_at_a_range(nlp, text: str, low: float, high: float) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, text)
    c = next((c for c in claims if c.low == low and c.high == high), None)
    assert c is not None, [(c.text, c.low, c.high) for c in claims]
    assert c.state == "casualties" and c.qualifier == "range"


# 12. those who surrendered are in the other side's hands
@pytest.mark.parametrize("text,value", [
    ("Around 170 marines surrendered to the militia.", 170),
    ("Some 85 conscripts have surrendered since Monday.", 85),
])
def test_those_who_surrendered_are_captured(nlp, text: str, value: float) -> None:  # type: ignore[no-untyped-def]
    assert _of(_claims(nlp, text), value).state == "captured"


# 13. a vague plural standing alone for people is a figure with bounds and no value
@pytest.mark.parametrize("text,low,state", [
    ("Hundreds were killed in the shelling of Ardo.", 100, "killed"),
    ("Dozens more were hurt in the crush at the gate.", 12, "wounded"),
    ("Thousands have fled the coastal towns.", 1000, "displaced"),
    ("Dozens remain missing after the ferry sank.", 12, "missing"),
])
def test_a_vague_plural_alone(nlp, text: str, low: float, state: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, text)
    c = next((c for c in claims if c.low == low), None)
    assert c is not None, [(c.text, c.low, c.state) for c in claims]
    assert c.value is None and c.state == state


def test_a_vague_plural_that_counts_no_people_is_no_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not _claims(nlp, "The arena holds thousands.")


# 14. the dead and the missing counted together
@pytest.mark.parametrize("text,value", [
    ("The total number of dead and missing reached 1,480.", 1480),
    ("Some 66 villagers are dead or missing after the mudslide.", 66),
    ("The count of those killed or missing rose to 395.", 395),
    ("Officials said 212 people were missing or dead in Tolle.", 212),
])
def test_dead_and_missing_together(nlp, text: str, value: float) -> None:  # type: ignore[no-untyped-def]
    c = _of(_claims(nlp, text), value)
    assert c.state == "dead_or_missing" and c.measure is not None and c.measure.endswith("dead or missing")


def test_dead_and_missing_apart_stay_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "The storm left 187 dead and 36 missing.")
    assert _of(claims, 187).state == "killed" and _of(claims, 36).state == "missing"


# 15. homes flooded or submerged are damaged
@pytest.mark.parametrize("text,value", [
    ("Up to 18,000 homes could have been flooded.", 18000),
    ("Some 2,300 houses were submerged in Ketta.", 2300),
    ("The river inundated 640 homes overnight.", 640),
])
def test_homes_flooded_are_damaged(nlp, text: str, value: float) -> None:  # type: ignore[no-untyped-def]
    assert _of(_claims(nlp, text), value).state == "damaged"


# 16. people taken or held hostage as the verb's object, and the remains of people, whatever the verb
@pytest.mark.parametrize("text,value,state", [
    ("The militia took 27 peacekeepers hostage on Friday.", 27, "captured"),
    ("Gunmen held 44 miners captive for a week.", 44, "captured"),
    ("The remains of 16 soldiers were handed over to their families.", 16, "killed"),
    ("The remains of 9 climbers were flown to Ressa.", 9, "killed"),
])
def test_hostages_and_remains(nlp, text: str, value: float, state: str) -> None:  # type: ignore[no-untyped-def]
    c = _of(_claims(nlp, text), value)
    assert c.state == state, (c.text, c.state, c.measure)


@pytest.mark.parametrize("text,value", [
    ("Around 11,000 people flooded into camps on the ridge.", 11000),
    ("Some 2,500 villagers flooded into the stadium after the alert.", 2500),
])
def test_people_flooding_into_shelter_are_not_damaged(nlp, text: str, value: float) -> None:  # type: ignore[no-untyped-def]
    assert _of(_claims(nlp, text), value).state != "damaged"


# 17. more verbs of passing a level
@pytest.mark.parametrize("text,value", [
    ("The toll breached 2,600 overnight.", 2600),
    ("Deaths went past 540 on Friday.", 540),
    ("Casualties have gone beyond 930 in the north.", 930),
])
def test_more_verbs_of_passing(nlp, text: str, value: float) -> None:  # type: ignore[no-untyped-def]
    c = _of(_claims(nlp, text), value)
    assert c.qualifier == "over" and c.state in ("killed", "casualties"), (c.text, c.qualifier, c.state)


# 18. bare figures taken prisoner or held by the other side are captives
@pytest.mark.parametrize("text,value", [
    ("At least 11 were taken as prisoners of war.", 11),
    ("An estimated 48 are being held by the insurgents.", 48),
    ("Some 23 were taken hostage at the depot.", 23),
])
def test_bare_figures_held_captive(nlp, text: str, value: float) -> None:  # type: ignore[no-untyped-def]
    assert _of(_claims(nlp, text), value).state == "captured"


def test_troops_held_in_reserve_are_present(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _of(_claims(nlp, "Some 600 troops are held in reserve near Dolle."), 600).state == "present"


# 19. the whole a part is taken from, and a population, are sizes: only the part is harmed
@pytest.mark.parametrize("text,part,whole,state", [
    ("At least 130 of the town's 2,100 residents were killed.", 130, 2100, "killed"),
    ("At least 35 of the 280 passengers drowned.", 35, 280, "killed"),
    ("Some 18 of its 75 crew were rescued.", 18, 75, "rescued"),
])
def test_a_part_is_harmed_not_its_whole(nlp, text: str, part: float, whole: float, state: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, text)
    assert _of(claims, part).state == state
    assert _of(claims, whole).state == "present"


def test_a_population_is_no_harmed_count(nlp) -> None:  # type: ignore[no-untyped-def]
    c = _of(_claims(nlp, "Many of the valley's population of 42,000 were left homeless."), 42000)
    assert c.state == "present"


# 20. "went missing", "took their own lives", "losses of N soldiers"
@pytest.mark.parametrize("text,value,state", [
    ("Some 170 soldiers went missing during the offensive.", 170, "missing"),
    ("Nine hikers went missing on the ridge.", 9, "missing"),
    ("Officials said at least 26 of the conscripts had taken their own lives.", 26, "killed"),
    ("Dorvia has suffered losses of around 3,900 soldiers in the region.", 3900, "casualties"),
    ("The brigade reported losses of 640 men since May.", 640, "casualties"),
])
def test_missing_suicides_and_losses(nlp, text: str, value: float, state: str) -> None:  # type: ignore[no-untyped-def]
    c = _of(_claims(nlp, text), value)
    assert c.state == state, (c.text, c.state, c.measure)


def test_the_loss_of_jobs_is_no_harm(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _of(_claims(nlp, "The mill announced the loss of 280 jobs."), 280).state not in ("casualties", "killed")


# 21. "rose by N to M": a change, then the level; two figures, not a range (a percent range stays one)
@pytest.mark.parametrize("text,change,level", [
    ("The toll rose by more than 120 to 2,460.", 120, 2460),
    ("The death toll rose by 38 to 517 on Friday.", 38, 517),
    ("The toll jumped by about 60 to 884 overnight.", 60, 884),
    ("The number of dead grew by some 70 to 1,015.", 70, 1015),
])
def test_a_change_then_a_level_is_no_range(nlp, text: str, change: float, level: float) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, text)
    assert _of(claims, change).low is None and _of(claims, level).state == "killed"


def test_a_percent_range_of_a_change_stays_a_range(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "Fares rose by 12 to 18 percent in Holm.")
    assert any(c.low == 12 and c.high == 18 for c in claims), [(c.text, c.low, c.high) for c in claims]


def test_a_whole_whose_words_say_its_fate_keeps_it(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, "She said 22 of the 70 wounded remained in hospital.")
    assert _of(claims, 70).state == "wounded"


# 22. "of whom N died" is the part's, not the whole's; a vague plural ending a clause is a figure too
@pytest.mark.parametrize("text,whole,part", [
    ("Some 90 passengers were on board, of whom 23 died.", 90, 23),
    ("The unit had 140 men, of whom 31 were killed in May.", 140, 31),
])
def test_of_whom_is_the_parts(nlp, text: str, whole: float, part: float) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, text)
    assert _of(claims, part).state == "killed" and _of(claims, whole).state != "killed"


@pytest.mark.parametrize("text,low,state", [
    ("The bomb tore through the bazaar, killing at least 35 and wounding dozens.", 12, "wounded"),
    ("The shelling killed hundreds, the mayor said.", 100, "killed"),
])
def test_a_vague_plural_ending_a_clause(nlp, text: str, low: float, state: str) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(nlp, text)
    c = next((c for c in claims if c.low == low and c.value is None), None)
    assert c is not None and c.state == state, [(c.text, c.low, c.state) for c in claims]


# 23. what then happened to a part of a named group outranks the group's fate
@pytest.mark.parametrize("text,value,state", [
    ("Six of the injured later died in hospital.", 6, "killed"),
    ("Some 14 of the 50 wounded soldiers died overnight.", 14, "killed"),
    ("Three of those rescued later succumbed.", 3, "killed"),
    ("Two of the missing were found alive on Sunday.", 2, "rescued"),
])
def test_a_parts_own_end_outranks_its_group(nlp, text: str, value: float, state: str) -> None:  # type: ignore[no-untyped-def]
    c = _of(_claims(nlp, text), value)
    assert c.state == state, (c.text, c.state, c.measure)


def test_a_part_not_found_keeps_its_groups_fate(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _of(_claims(nlp, "Four of the missing were never found."), 4).state == "missing"
