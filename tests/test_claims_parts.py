"""Each part of the claims reader alone: sentences, figure, place, modality, as-of, names, source.

Fictional sentences (invented places and people) exercise one part at a time over a real
parse, so a change to one job shows up in that job's tests.
"""

from __future__ import annotations

from dossier.extract.claims.figure import _context_measure, _is_claim_candidate
from dossier.extract.claims.modality import modality
from dossier.extract.claims.names import Names
from dossier.extract.claims.place import location
from dossier.extract.claims.sentences import Sentences
from dossier.extract.claims.source import Attributor, _Attribution
from dossier.extract.claims.when import as_of
from dossier.extract.quantities import counted_noun, find_quantities, number_token
from dossier.model import Article, PublishedDate, TimeExpression


def _first(nlp, text: str):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    q = find_quantities(text, doc)[0]
    tok = counted_noun(q, doc) or number_token(q, doc)
    sents = Sentences(doc)
    return doc, q, tok, sents


def test_sentences_cut_at_line_breaks(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Landslide toll in Tessel rises\nAt least 25 villagers died in Marrow, officials said."
    doc = nlp(text)
    sents = Sentences(doc)
    died = next(t for t in doc if t.lower_ == "died")
    rises = next(t for t in doc if t.lower_ == "rises")
    assert not sents.same_segment(died, rises)
    assert sents.segment(died).text.startswith("At least 25")
    said = next(t for t in doc if t.lower_ == "said")
    subj = sents.subject(said)
    assert subj is not None and subj.lower_ == "officials"
    assert sents.clause_verb(died).lower_ == "died"


def test_figure_keeps_counts_and_drops_ages_and_multipliers(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The 51-year-old said four times as many residents left as the 3,500 who remained."
    doc = nlp(text)
    kept = [q.text for q in find_quantities(text, doc) if _is_claim_candidate(q, doc, text)]
    assert kept == ["3,500"]


def test_figure_measure_from_the_toll_of_its_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    doc, q, tok, sents = _first(nlp, "The number of homeless households may hit 8,000.")
    assert _context_measure(q, doc, tok, sents.segment(tok)) == "homeless households"


def test_place_from_the_verb_of_the_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    doc, q, tok, sents = _first(nlp, "Tessel dispatched 4,500 soldiers to the Marrow region on Friday.")
    assert location(doc, tok, sents.segment(tok), sents) == "Marrow region"


def test_modality_of_a_projection_and_an_estimate(nlp) -> None:  # type: ignore[no-untyped-def]
    doc, q, tok, sents = _first(nlp, "The death toll could exceed 15,000.")
    assert modality(q, tok, _Attribution(None), sents) == "projected"
    doc, q, tok, sents = _first(nlp, "Around 450 homes caved in.")
    assert modality(q, tok, _Attribution(None), sents) == "reported"  # "around" is a qualifier
    doc, q, tok, sents = _first(nlp, "Six more were believed trapped.")
    assert modality(q, tok, _Attribution(None), sents) == "estimated"
    doc, q, tok, sents = _first(nlp, "The storm wrecked an estimated 2,300 homes.")
    assert modality(q, tok, _Attribution(None), sents) == "estimated"
    doc, q, tok, sents = _first(nlp, "If it had, we would not have 212 wrecked stalls.")
    assert modality(q, tok, _Attribution(None), sents) == "reported"


def test_as_of_from_the_clause_date_else_publication(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "On 3 May, 85 miners were rescued."
    doc, q, tok, sents = _first(nlp, text)
    te = TimeExpression(article="a", start=3, end=8, text="3 May", type="DATE", value="2025-05-03", anchor="publication")
    art = Article(id="a", source="a.txt", text=text, published=PublishedDate(date="2025-05-06", basis="explicit"))
    assert as_of(sents, (te,), art, tok, sents.segment(tok), _Attribution(None), "reported") == ("2025-05-03", "stated")
    assert as_of(sents, (), art, tok, sents.segment(tok), _Attribution(None), "reported") == ("2025-05-06", "published")
    undated = Article(id="a", source="a.txt", text=text)
    assert as_of(sents, (), undated, tok, sents.segment(tok), _Attribution(None), "reported") == (None, None)


def test_names_resolve_a_pronoun_to_the_last_source(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Tesselian Red Cross said 28 people died. It said nine more were missing."
    doc = nlp(text)
    sents = Sentences(doc)
    names = Names(sents, (), ())
    cross = next(t for t in doc if t.lower_ == "cross")
    ref = names.ref_for(cross)
    assert ref is not None and ref.name == "Tesselian Red Cross" and text[ref.start : ref.end] == ref.text
    names.sources.append(ref)
    it = next(t for t in doc if t.text == "It")
    again = names.ref_for(it)
    assert again is not None and again.name == "Tesselian Red Cross" and again.text == "It"


def test_source_reads_according_to_and_relays(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The number of dead climbed to 87, according to provincial officials cited by Marrow Radio."
    doc, q, tok, sents = _first(nlp, text)
    att = Attributor(sents, Names(sents, (), ())).attribute(q, tok, sents.segment(tok))
    assert att.source is not None and att.source.name == "provincial officials"
    assert [v.name for v in att.via] == ["Marrow Radio"]


def _one(nlp, text: str):  # type: ignore[no-untyped-def]
    from dossier.extract.claims import extract_claims
    from dossier.settings import Settings

    art = Article(id="a", source="a.txt", text=text, published=PublishedDate(date="2025-05-12", basis="explicit"))
    return extract_claims(art, nlp(text), time_expressions=(), local_entities=(), quotes=(), settings=Settings())


def test_state_from_the_predicate(nlp) -> None:  # type: ignore[no-untyped-def]
    cases = {
        "Attackers killed or wounded at least 38 police officers near Tarn.": "casualties",
        "Kestria has suffered 1,700 casualties.": "casualties",
        "At least 190 residents have been found dead in Marrow.": "killed",
        "Insurgents captured four police officers on Friday.": "captured",
        "Tessel sent 7,200 soldiers to Marrow.": "present",
        "The rescue agency said 83 people were confirmed dead while 16 remained missing.": "missing",
        "Eight people are killed and some 35 hurt.": "wounded",
        "The number of people killed by the cyclone climbed to 2,900.": "killed",
        "Officers made 64 arrests.": "arrested",
        # the parser hangs "at 72" on the participle: the figure is still the total's value
        "Tessel's military put the number of Marrow troops killed at 72.": "killed",
        # the active verb just before the figure wins over a participle modifying the noun (misparsed subject)
        "A rocket that killed some 35 farmers sheltering in a mosque in Tarn added fresh urgency.": "killed",
        "A Tessel artillery strike that killed some 35 Marrowans sheltering in a clinic Friday lent fresh urgency.": "killed",
        "Authorities said 35 Marrowans sheltering in a clinic were killed on Friday.": "killed",
        "Rescue teams said 35 farmers sheltering in a flooded barn were evacuated.": "evacuated",
        # states stated by nouns: suffered injuries, with injuries, suffered damage, without power
        "Authorities in Tarn said 148 demonstrators had suffered minor injuries.": "wounded",
        "The gas blast left more than 60 people with serious injuries in Marrow.": "wounded",
        "In Tarn, 420 stores suffered serious damage, the traders' union said.": "damaged",
        "The grid operator said more than 1 million homes were still without electricity.": "affected",
        "More than a hundred colleges remain occupied by striking students in Tessel.": "captured",
        # things damaged vs destroyed; "as well as" shares the verb; phrasal and idiomatic predicates
        "Hundreds of houses have been damaged by the storm in Marrow, as well as nine roads.": "damaged",
        "The fire destroyed 240 houses in Tarn, as well as 8 clinics.": "destroyed",
        "The torrent swept away 55 houses in Tessel.": "destroyed",
        "The fire gutted 26 stalls in the Marrow bazaar.": "destroyed",
        "Officers said 31 marchers were taken into custody in Tarn.": "arrested",
        "Around 4,000 people rallied in Tarn, as well as 250 teachers.": "present",
        "Some 1,100 buildings were rendered unsafe by the tremor in Marrow.": "damaged",
        "The agency said 2,600 residents had been moved to temporary shelters in Tarn.": "evacuated",
        "The governor said 450 villagers felt unsafe in Tessel.": "present",  # only things are damaged
    }
    for text, state in cases.items():
        claims = _one(nlp, text)
        assert claims and claims[-1].state == state, (text, [(c.text, c.state) for c in claims])
    # a clause with its own subject is not the figure's complement ("250 injured" is no casualties)
    floods = _one(nlp, "At least eight people were killed, 190 others injured and 600 houses destroyed by the storm.")
    assert [c.state for c in floods] == ["killed", "wounded", "destroyed"]
    force, losses = _one(nlp, "Tessel sent 5,000 soldiers to Marrow, where 45 troops were killed.")
    assert (force.state, losses.state) == ("present", "killed")  # a force's size is never its losses
    assert losses.measure == "troops killed"


def test_verbs_qualify_figures(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _one(nlp, "The flood toll has passed 1,500.")[0].qualifier == "over"
    assert _one(nlp, "Measles cases topped 8,000.")[0].qualifier == "over"
    (c,) = _one(nlp, "The Red Crescent estimated that between 3,000 and 4,200 houses had been destroyed.")
    assert (c.low, c.high, c.value, c.qualifier, c.state, c.modality) == (3000, 4200, 3600, "range", "destroyed", "estimated")


def test_sources_of_every_shape(nlp) -> None:  # type: ignore[no-untyped-def]
    (c,) = _one(nlp, "State radio quoted the emergency centre in Marrow as saying 14 people had died.")
    assert c.source is not None and c.source.name == "emergency centre" and [v.name for v in c.via] == ["State radio"]
    (c,) = _one(nlp, "Figures published by the health ministry showed 2,400 infections.")
    assert c.source is not None and c.source.name == "health ministry"
    (c,) = _one(nlp, "The unit said nine troops were hurt.")
    assert c.source is None  # a source is a body or a group, never "unit" or "statement"
    # the body behind a document: "a ministry statement said", "a report his ministry issued"
    c = _one(nlp, "The count includes at least 48 deaths over the last day, a ministry statement said.")[0]
    assert c.source is not None and c.source.name == "ministry"
    (c,) = _one(nlp, "Over 3,100 people were hurt, according to a report the Tesselian ministry published.")
    assert c.source is not None and c.source.name == "Tesselian ministry"
    # a trailing "..., the agency reported" relays what the leading "it said"
    c = _one(nlp, "The ministry said 52 people died over the last day, Halcyon Radio reported.")[0]
    assert c.source is not None and c.source.name == "ministry" and [v.name for v in c.via] == ["Halcyon Radio"]
    # "one infant died, raising the toll to 190": the infant reports nothing
    cs = _one(nlp, "Another infant died of malnutrition, raising the number of malnutrition deaths to 190.")
    assert all(c.source is None or c.source.name != "infant" for c in cs)


def test_place_stated_inherited_or_the_counting_body(nlp) -> None:  # type: ignore[no-untyped-def]
    (c,) = _one(nlp, "Norvia's health ministry said that 950 people had died.")
    assert (c.location, c.location_basis) == ("Norvia", "stated")
    (c,) = _one(nlp, "Three people died when a rocket struck a clinic in the northern city of Tarn.")
    assert (c.location, c.location_basis) == ("Tarn", "stated")
    text = "The toll climbed to 2,700 on Friday."
    art = Article(id="a", source="a.txt", text=text, title="Storm in Marrow kills thousands",
                  published=PublishedDate(date="2025-05-12", basis="explicit"))
    from dossier.extract.claims import extract_claims
    from dossier.settings import Settings

    (c,) = extract_claims(art, nlp(text), time_expressions=(), local_entities=(), quotes=(), settings=Settings())
    assert (c.location, c.location_basis, c.location_from) == ("Marrow", "inherited", "title: Marrow")
    assert (c.state, c.as_of, c.as_of_basis) == ("killed", "2025-05-12", "published")


def test_place_of_a_stock_index_figure_is_its_market(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = _one(nlp, "Stocks fell across Marrow on Friday. The FTSE 100 dropped 1.8%, while the Nasdaq composite shed 2.6%.")
    got = {c.text: c.location for c in claims}
    assert got.get("1.8%") == "United Kingdom" and got.get("2.6%") == "United States", got
    claims = _one(nlp, "Dealers in Tarn followed the Hang Seng closely. It closed down 0.9%.")
    assert [c.location for c in claims if c.value == 0.9] == ["Hong Kong"], [(c.text, c.location, c.state) for c in claims]
    (c,) = _one(nlp, "Storms destroyed 210 houses in Marrow.")
    assert c.location == "Marrow"  # no index: the place as before


def _titled(nlp, title: str, text: str):  # type: ignore[no-untyped-def]
    from dossier.extract.claims import extract_claims
    from dossier.settings import Settings

    art = Article(id="a", source="a.txt", text=text, title=title,
                  published=PublishedDate(date="2025-05-12", basis="explicit"))
    return extract_claims(art, nlp(text), time_expressions=(), local_entities=(), quotes=(), settings=Settings())


def test_inherited_place_is_the_one_city_the_opening_locates(nlp) -> None:  # type: ignore[no-untyped-def]
    # a fictional story with gazetteer names: the title's country, the lead's one city of it
    text = ("Emergency crews toiled overnight in Mendoza after the reservoir wall above the town failed.\n\n"
            "The provincial office said 11 people had died.")
    (c,) = _titled(nlp, "Reservoir failure kills 11 in Argentina", text)
    assert (c.location, c.location_basis) == ("Mendoza", "inherited"), c.location_from
    # the opening names two cities of the country: the scope stays the country
    text = ("Lines formed in Mendoza and in Cordoba as voting began.\n\n"
            "Officials said 312 candidates were running.")
    (c,) = _titled(nlp, "Voting begins across Argentina", text)
    assert c.location == "Argentina", c.location_from


def test_place_of_a_figure_owned_by_a_country(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Stocks recovered in London after the US Government's $550 billion rescue of the lenders."
    (c,) = [c for c in _titled(nlp, "Stocks recover in London", text) if c.value == 550e9]
    assert (c.location, c.location_basis) == ("US", "stated"), c.location_from


def test_a_part_of_a_place_is_named_as_a_journalist_would(nlp) -> None:  # type: ignore[no-untyped-def]
    (c,) = _one(nlp, "The storm killed 12 people in Marrow's northern area on Friday.")
    assert c.location == "northern Marrow", c.location_from
    (c,) = _one(nlp, "The storm killed 12 people in Varnia's Ostrel region on Friday.")
    assert c.location == "Varnia's Ostrel region", c.location_from  # a named region stays as written


def test_a_title_about_a_stock_index_sets_its_market_as_the_scope(nlp) -> None:  # type: ignore[no-untyped-def]
    (c,) = _titled(nlp, "Nikkei falls as export orders weaken", "Export orders fell 2.7 percent last month.")
    assert (c.location, c.location_basis, c.location_from) == ("Japan", "inherited", "title: Japan")


def test_force_size_and_property_numbers(nlp) -> None:  # type: ignore[no-untyped-def]
    """'A 40,000-strong force' is the force's size; 'a six-story building' counts nothing (fictional text)."""
    from dossier.extract.quantities import find_quantities
    from dossier.extract.claims.figure import _is_claim_candidate

    text = "MARLO -- A 40,000-strong group of Norvian soldiers is readying an offensive. A woman was pulled from a six-story building."
    doc = nlp(text)
    qs = find_quantities(text, doc)
    strong = next(q for q in qs if q.value == 40000)
    assert strong.measure == "group of Norvian soldiers"
    assert _is_claim_candidate(strong, doc, text)
    six = next(q for q in qs if q.value == 6)
    assert not _is_claim_candidate(six, doc, text)


def test_bare_figures_whose_predicate_only_people_undergo(nlp) -> None:  # type: ignore[no-untyped-def]
    """'240 were still missing', 'of the 4.2 million who were displaced' count people (fictional text)."""
    cs = _one(nlp, "Authorities said 240 were still missing and 1,050 had been evacuated.")
    assert [(c.value, c.state, c.measure) for c in cs] == [(240, "missing", "people missing"), (1050, "evacuated", "people evacuated")]
    cs = _one(nlp, "Of the 4.2 million who were newly displaced, 1.1 million fled over the frontier, the relief agency said.")
    assert [(c.value, c.state) for c in cs] == [(4_200_000, "displaced"), (1_100_000, "displaced")]
    # the earlier figure's people stay what is counted
    cs = _one(nlp, "At least 35 Norvian farmers died on Friday, and another 260 were hurt.")
    assert cs[-1].measure is not None and "farmers" in cs[-1].measure


def test_sources_after_long_appositions_and_modals_of_the_past(nlp) -> None:  # type: ignore[no-untyped-def]
    """Fictional sentences in shapes real wire copy uses."""
    (c,) = _one(nlp, "Mira Koss, the Norvian Red Crescent Society (NRCS) Tarn secretary-general, told the Halcyon news "
                     "agency a further 8,300 people are reported missing in the port city.")
    assert c.source is not None and c.source.name == "Mira Koss"
    (c,) = _one(nlp, "The storm has left over 24,000 people homeless, according to the Norvian Office for "
                     "Refugees, especially in Dunmore.")
    assert c.source is not None and c.source.name == "Norvian Office for Refugees" and c.via == ()
    (c,) = _one(nlp, "Authorities estimated that as many as 1,600 residents may have perished in Dunmore alone.")
    assert c.modality == "estimated"
    (c,) = _one(nlp, "The toll could climb to 2,500, the governor warned.")
    assert c.modality == "projected"


def test_speaker_before_relays(nlp) -> None:  # type: ignore[no-untyped-def]
    """Fictional: the verb's own speaker gives the figure; 'according to', trailing 'X reports' relay it."""
    cs = _one(nlp, '"Norvia sent roughly 12,000 troops to Marrow," the intelligence agency told legislators, '
                   "according to three members of the panel.")
    assert cs[0].source is not None and cs[0].source.name == "intelligence agency"
    assert [v.name for v in cs[0].via] == ["members of the panel"]
    cs = _one(nlp, "The ministry said 33 people died, Halcyon reported.")
    assert cs[0].source is not None and cs[0].source.name == "ministry" and [v.name for v in cs[0].via] == ["Halcyon"]
    cs = _one(nlp, "General Tomas Vell stated on Monday that losses keep climbing, estimating that 2,600 troops "
                   "have been wounded.")
    assert cs[0].source is not None and cs[0].source.name == "Tomas Vell"


def test_a_placing_participle_yields_to_the_predicate(nlp) -> None:  # type: ignore[no-untyped-def]
    """Fictional: what the sentence says happened to soldiers 'deployed'/'sent' there is their state."""
    (c,) = _one(nlp, "Some 1,700 Norvian troops deployed to help Marrow fight are believed to have been killed, "
                     "a legislator told journalists on Friday.")
    assert (c.state, c.modality) == ("killed", "estimated")
    (c,) = _one(nlp, "Roughly 520 Norvian troops are believed to have died fighting for Marrow, the service said.")
    assert c.state == "killed"
    cs = _one(nlp, "The service said that at least 260 Norvian troops sent to Marrow had been killed and roughly 2,300 wounded.")
    assert [c.state for c in cs] == ["killed", "wounded"]
    (c,) = _one(nlp, "Some 6,500 soldiers deployed to the frontier arrived on Friday.")
    assert c.state == "present"


def test_citing_a_document_nobody_owns(nlp) -> None:  # type: ignore[no-untyped-def]
    """Fictional: 'X, citing intelligence data, said' is X's figure; 'citing figures from the ministry' relays the ministry."""
    (c,) = _one(nlp, "Deputy Tomas Vell, citing intelligence data, said that 120 Norvian troops have died.")
    assert c.source is not None and (c.source.name or "").endswith("Tomas Vell") and c.via == ()
    (c,) = _one(nlp, "Halcyon reported that 27 people died, citing figures from the Health Ministry.")
    assert c.source is not None and c.source.name == "Health Ministry" and [v.name for v in c.via] == ["Halcyon"]


def test_totals_comparisons_rescues_and_an_acronym_source(nlp) -> None:  # type: ignore[no-untyped-def]
    """Fictional: 'a total of N people have died', 'up from N', 'pulled from the debris', 'WHO says'."""
    (c,) = _one(nlp, "A total of 3,700 people have died from the measles epidemic, data showed on Friday.")
    assert c.state == "killed"
    cs = _one(nlp, "WHO says 4,300 people have died in six countries, up from 4,050 on Tuesday.")
    assert cs[0].source is not None and cs[0].source.name == "WHO"
    assert [c.state for c in cs if c.value in (4300, 4050)] == ["killed", "killed"]
    (c,) = _one(nlp, "Over 45 people had been pulled from the debris by late Friday.")
    assert c.state == "rescued"


def test_others_after_a_magnitude_are_people(nlp) -> None:  # type: ignore[no-untyped-def]
    """Fictional: '58 others missing' after 'a 6.3-magnitude tremor' counts people."""
    cs = _one(nlp, "A 6.3-magnitude tremor levelled houses. The official death toll stood at 19, with 58 others missing.")
    assert [(c.value, c.measure) for c in cs if c.value == 58] == [(58, "people missing")]


def test_a_figure_before_a_coordinated_verb_has_its_own_state(nlp) -> None:  # type: ignore[no-untyped-def]
    """Fictional: '540 troops have died ... and another three-thousand-300 have been injured': the 540 died."""
    cs = _one(nlp, "The service says about 540 Norvian troops have died fighting for Marrow and another "
                   "three-thousand-300 have been injured.")
    assert cs[0].value == 540 and cs[0].state == "killed"
    (c,) = _one(nlp, "The ambush killed or wounded 37 troops, the ministry said.")
    assert c.state == "casualties"



def test_a_figure_right_before_its_own_verb_and_partitives(nlp) -> None:  # type: ignore[no-untyped-def]
    """Fictional: 'and another two-thousand-900 were hurt' (however parsed), 'N of the M troops dispatched ...
    had by now been killed or injured', 'have been killed or wounded battling ...'."""
    cs = _one(nlp, "The office reports roughly 380 Norvian soldiers have perished in battle for Marrow and another "
                   "two-thousand-900 were hurt.")
    assert [(c.value, c.state) for c in cs] == [(380, "killed"), (2900, "wounded")]
    assert cs[1].measure is not None and "killed" not in cs[1].measure
    cs = _one(nlp, "On Friday the Marrow command said about 2,100 of the 8,000 Norvian soldiers dispatched by Tarn "
                   "last spring had by now been killed or injured.")
    assert [(c.value, c.state) for c in cs] == [(2100, "casualties"), (8000, "present")]
    (c,) = _one(nlp, "Minister Tomas Vell said that over 1,500 Norvian soldiers have been killed or wounded battling "
                     "the assault near Dunmore.")
    assert c.state == "casualties"


def test_a_total_before_a_verb_the_parser_left_without_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    """Fictional: 'the count of soldiers killed or wounded during the war has passed 2,200' is casualties;
    'the injured are nearing 650' are the injured."""
    (c,) = _one(nlp, "The Norvian spy service has reported that the count of Marrow soldiers killed or wounded during "
                     "the war with Tarn has passed 2,200.")
    assert c.state == "casualties"
    cs = _one(nlp, "“They told us there had been at least 55 fatalities, and the injured are nearing 650,” he said.")
    assert [(c.value, c.state) for c in cs] == [(55, "killed"), (650, "wounded")]
    assert cs[1].measure is not None and "fatalit" not in cs[1].measure


def test_serious_condition_and_a_ground_are_not_deaths(nlp) -> None:  # type: ignore[no-untyped-def]
    """Fictional: '1,170 hurt, 430 of whom remain in critical condition', 'about 720 in serious condition' are
    hurt, not dead; '9,000 to 11,000 deaths based on the destroyed districts' are deaths."""
    cs = _one(nlp, "The tremor that struck Dunmore province has now left 810 dead and 1,170 hurt, 430 of whom remain in "
                   "critical condition.")
    assert [(c.value, c.state) for c in cs] == [(810, "killed"), (1170, "wounded"), (430, "wounded")]
    cs = _one(nlp, "The tremor's death toll has gone past 1,600, with the number of injured also surpassing 1,350, "
                   "including about 720 in serious condition, authorities said.")
    assert [(c.value, c.state) for c in cs] == [(1600, "killed"), (1350, "wounded"), (720, "wounded")]
    (c,) = _one(nlp, "“The total may reach 9,000 to 11,000 deaths based on the destroyed districts,” the mayor said.")
    assert c.state == "killed"


def test_what_a_clause_says_happened_beats_a_description(nlp) -> None:  # type: ignore[no-untyped-def]
    """Fictional: 'four wounded fighters who were seized' were captured."""
    (c,) = _one(nlp, "Four wounded Norvian fighters who were seized by Marrow troops near Dunmore were taken to Tarn "
                     "for interrogation, the prime minister said.")
    assert c.state == "captured"


def test_sources_of_closing_and_coordinated_attributions(nlp) -> None:  # type: ignore[no-untyped-def]
    """Fictional: '..., Mira Koss, the WHO envoy in Norvia, said.', '..., Tomas Vell, a spokesman for the provincial
    police, told Ruvia.' (the parser leaves the verb without subject), 'According to Ruvia, Tomas Vell, ..., announced
    that ...', 'The ministry believes there are N ..., and Lena Ost ... said that ...', 'The previous toll released by
    the authorities indicated ...', 'the UN gave an initial figure of ...'."""
    (c,) = _one(nlp, "In Tarn, more than 75,000 people are homeless, Mira Koss, the WHO envoy in Norvia, said.")
    assert c.source is not None and c.source.name == "Mira Koss" and c.state == "displaced"
    cs = _one(nlp, "Eighteen bodies were pulled out of three vans swept away by a landslide in eastern Norvia, "
                   "Tomas Vell, a spokesman for the provincial police, told Ruvia.")
    assert cs[0].source is not None and cs[0].source.name == "Tomas Vell"
    cs = _one(nlp, "According to Ruvia, Tomas Vell, head of Marrow's security council, announced that Tarn would "
                   "dispatch 650 sappers to the Dunmore area.")
    assert cs[0].source is not None and cs[0].source.name == "Tomas Vell" and [v.name for v in cs[0].via] == ["Ruvia"]
    cs = _one(nlp, "The ministry believes there are now \"at least 5,800\" Norvian troops inside the Dunmore "
                   "district, and Lena Ost, the ministry's spokeswoman, said that \"the number could grow.\"")
    assert cs[0].source is not None and cs[0].source.text == "The ministry" and cs[0].modality == "estimated"
    cs = _one(nlp, "The previous toll released by the authorities late on Friday indicated 1,230 dead.")
    assert cs[0].source is not None and cs[0].source.name == "authorities"
    cs = _one(nlp, "The UN on Friday gave an initial figure of 290 dead, but later said it was still verifying it.")
    assert cs[0].source is not None and cs[0].source.name == "UN"


def test_modality_of_causes_carried_cues_and_confirmed_counts(nlp) -> None:  # type: ignore[no-untyped-def]
    """Fictional: 'due to the war' is a cause, not a schedule; 'on top of the 7,500 troops already stationed
    there' is no projection; a cue carried from the sentence before does not make an estimate; 'have now been
    confirmed dead' is confirmed."""
    (c,) = _one(nlp, "Before the storm, almost 2 million people in Norvia were already facing food shortages "
                     "due to the war.")
    assert c.modality == "reported"
    cs = _one(nlp, "Tomas Vell said Tarn will send 560 sappers to Dunmore, on top of the roughly 7,500 troops "
                   "already stationed there since the winter.")
    assert [(c.value, c.modality) for c in cs] == [(560, "projected"), (7500, "reported")]
    cs = _one(nlp, "Health officials earlier estimated the death toll in Marrow at 3,300. The storm also killed "
                   "about 75 people in other parts of the region.")
    assert [c.modality for c in cs if c.value == 75] == ["reported"]
    (c,) = _one(nlp, "Around 84 people have now been confirmed dead after the storm in Norvia, police said.")
    assert c.modality == "confirmed"
    # the confirmation is the first figure's own verb; the missing are only reported
    cs = _one(nlp, "Officers said 47 people had been confirmed dead and 13 were still missing in Tarn.")
    assert [(c.value, c.modality) for c in cs] == [(47, "confirmed"), (13, "reported")]


def test_a_bare_toll_counts_what_the_figure_before_it_counted(nlp) -> None:  # type: ignore[no-untyped-def]
    """Fictional: 'up to 1,900 soldiers had been wounded or killed. The service put the toll at about 1,600' is
    casualties; 'the tally might climb to 12,000' after deaths is deaths; a bare toll after deaths stays deaths."""
    cs = _one(nlp, "Minister Tomas Vell stated that up to 1,900 Norvian soldiers had been wounded or killed. "
                   "The service estimated the toll at about 1,600.")
    assert [(c.value, c.state) for c in cs] == [(1900, "casualties"), (1600, "casualties")]
    assert cs[1].measure == cs[0].measure
    cs = _one(nlp, "Health officials earlier put the death toll in Marrow at 3,300. The governor said the tally "
                   "might climb to 12,000.")
    assert [(c.value, c.state) for c in cs] == [(3300, "killed"), (12000, "killed")]
    cs = _one(nlp, "Four people were killed and 33 injured in the explosion. The toll rose to 6 on Friday.")
    assert [(c.value, c.state) for c in cs] == [(4, "killed"), (33, "wounded"), (6, "killed")]


def test_remains_losses_and_a_contrasted_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    """Fictional: 'the bodies of N people have been recovered', 'N bodies had been buried' are deaths; 'Independent
    analysts, meanwhile, estimate the tally of losses at least N troops' are casualties given by the analysts;
    'the death toll stands at N, but local officials believe the real figure may be much higher' is not the
    officials'."""
    cs = _one(nlp, "The office said \"the bodies of 2,340 people have been recovered and identified\", with 5,100 more "
                   "still missing.")
    assert [(c.value, c.state) for c in cs] == [(2340, "killed"), (5100, "missing")]
    (c,) = _one(nlp, "More than 980 bodies had been buried by Friday night, the interior minister said.")
    assert c.state == "killed"
    (c,) = _one(nlp, "Independent analysts, meanwhile, estimate the tally of losses at least 4,200 troops.")
    assert c.state == "casualties" and c.source is not None and c.source.name == "Independent analysts"
    (c,) = _one(nlp, "The cyclone's death toll in Marrow stands at 7,300, but local officials believe the real figure may be much higher.")
    assert c.source is None and c.modality == "reported"


def test_modality_of_estimates_by_name_hedges_and_official_counts(nlp) -> None:  # type: ignore[no-untyped-def]
    """Fictional: 'According to foreign estimates, Tarn has sent about 13,000 soldiers' is an estimate; 'there
    might be nearer 7,000 to 8,000 soldiers' hedges a present count (estimated, not projected); 'authorities put the
    toll at 4,600' is an official count (reported)."""
    (c,) = _one(nlp, "According to foreign estimates, Tarn has sent about 13,000 soldiers to Marrow.")
    assert c.modality == "estimated"
    (c,) = _one(nlp, "Lena Ost said that in total there might be nearer 7,000 to 8,000 Norvian soldiers in Marrow.")
    assert c.modality == "estimated"
    (c,) = _one(nlp, "Medical authorities put the death toll in Tarn at 4,600 on Tuesday.")
    assert c.modality == "reported"


def test_estimates_named_by_their_source_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    """Fictional: 'According to Norvian intelligence estimates, about 390 of the 9,500 soldiers sent there died',
    'Previous estimates cited 2,600 casualties' are estimates."""
    cs = _one(nlp, "According to Norvian intelligence estimates, about 390 of the 9,500 soldiers sent there died.")
    assert [c.modality for c in cs] == ["estimated", "estimated"]
    cs = _one(nlp, "Previous estimates cited 2,600 casualties among the troops sent to Marrow.")
    assert cs[0].modality == "estimated" and cs[0].state == "casualties"


def test_taken_prisoner_is_captured(nlp) -> None:  # type: ignore[no-untyped-def]
    """Fictional: 'Three Norvian troops were taken prisoner', 'Around 30 hikers are being held hostage'."""
    (c,) = _one(nlp, "Three Norvian troops were taken prisoner by Marrow fighters on Thursday.")
    assert c.state == "captured"
    (c,) = _one(nlp, "Around 30 hikers are being held hostage in Tarn, officers said.")
    assert c.state == "captured"


def test_relays_named_by_cited_by_and_quoting(nlp) -> None:  # type: ignore[no-untyped-def]
    """Fictional: 'According to Norvia's defence intelligence (NDI), cited by Marrow Herald, ...' is NDI via Marrow
    Herald; '..., public broadcaster NTV said, quoting the media team of the council' is the team via NTV."""
    (c,) = _one(nlp, "According to Norvia's defence intelligence (NDI), cited by Marrow Herald, about 35 Tarn troops "
                     "died in the attack.")
    assert c.source is not None and c.source.name == "NDI" and [v.name for v in c.via] == ["Marrow Herald"]
    (c,) = _one(nlp, "Rescue teams have retrieved 1,250 bodies, public broadcaster NTV said, quoting the media team "
                     "of the council.")
    assert c.source is not None and "media team" in (c.source.name or "") and [v.name for v in c.via][0].endswith("NTV")


def test_magnitudes_ranges_closing_relays_and_recorded_states(nlp) -> None:  # type: ignore[no-untyped-def]
    """Fictional: 'registered a magnitude of 7.1' after a death count is a magnitude, not a death count; 'an
    estimated 5,000-7,000 troops' is a range; 'X said the toll climbed to N, reports Ruvia' is X via Ruvia; '81,000
    houses have been recorded as collapsed' were destroyed."""
    cs = _one(nlp, "In Norvia alone, 27,800 people died. The first shock registered a magnitude of 7.1 and an "
                   "aftershock, hours later, registered 5.9.")
    assert all(c.measure == "magnitude" for c in cs if c.value in (7.1, 5.9))
    assert [c.state for c in cs if c.value in (7.1, 5.9)] in ([], ["present"], ["present", "present"])
    (c,) = _one(nlp, "Tarn has supplied Marrow with an estimated 5,000-7,000 troops over the summer.")
    assert (c.low, c.high, c.state) == (5000, 7000, "present")
    (c,) = _one(nlp, "The Norvian Emergency Authority (NEA) said the death toll from the tremors climbed to 24,150 late "
                     "on Friday, reports Ruvia.")
    assert c.source is not None and "Emergency Authority" in c.source.text and [v.name for v in c.via] == ["Ruvia"]
    (c,) = _one(nlp, "Authorities have said that 81,000 houses have so far been recorded as collapsed or heavily damaged.")
    assert c.state in ("destroyed", "damaged")


def test_an_estimated_range(nlp) -> None:  # type: ignore[no-untyped-def]
    """Fictional: 'an estimated 5,000-7,000 troops' is an estimate."""
    (c,) = _one(nlp, "Tarn has supplied Marrow with an estimated 5,000-7,000 troops over the summer.")
    assert c.modality == "estimated"


def test_new_probe_shapes_states_sources_qualifiers(nlp) -> None:  # type: ignore[no-untyped-def]
    """Fictional: 'inched up to 193' is 193 (the verb's particle, no ceiling); '204 people reported missing' is a
    figure, not a speaker; 'About 24,000 were still at evacuation shelters' after death counts counts the living;
    'according to the latest update by the NCC' is the NCC's."""
    (c,) = _one(nlp, "The death toll from Typhoon Mira inched up to 193 on Tuesday.")
    assert c.qualifier == "exact"
    (c,) = _one(nlp, "Up to 35 workers could still be trapped in the debris.")
    assert c.qualifier == "up_to"
    cs = _one(nlp, "The death toll has climbed to 158, with at least 204 people reported missing.")
    assert [(c.value, c.state) for c in cs] == [(158, "killed"), (204, "missing")]
    cs = _one(nlp, "The death toll from a string of mudslides that hit Dunmore on Friday has climbed to 158, with "
                   "at least 204 people reported missing. Hundreds have been hurt, and thousands have been forced from their homes.")
    assert [(c.value, c.state) for c in cs][:2] == [(158, "killed"), (204, "missing")]
    cs = _one(nlp, "Of the 187 deaths confirmed as of Friday, 84 were in Dunmore and 73 were in Tarn. "
                   "About 24,000 were still at evacuation shelters as of Friday.")
    assert cs[-1].value == 24000 and cs[-1].state == "displaced" and "death" not in (cs[-1].measure or "")
    (c,) = _one(nlp, "The official count of bodies retrieved remains at 196, according to the latest update by "
                     "the NCC.")
    assert c.source is not None and c.source.name == "NCC"


def test_the_agency_and_a_name_parsed_as_a_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    """Fictional: 'The agency stated that ...' after the Intelligence Service is the service's; 'Dorovskyy
    estimated in November that ...' (a name the parser took for a noun with a participle) is Dorovskyy's
    estimate, not the agency's."""
    cs = _one(nlp, "A Norvian soldier held by Marrow forces has died, according to Norvia's National Intelligence "
                   "Service (NIS). The agency stated that over 120 soldiers have been killed. Dorovskyy estimated "
                   "in November that more than 2,700 Norvian troops had been killed or wounded in the area.")
    assert cs[0].source is not None and cs[0].source.name == "National Intelligence Service"
    assert cs[-1].source is not None and cs[-1].source.name == "Dorovskyy" and cs[-1].modality == "estimated"


def test_coordinated_predicates_closing_outlets_and_beliefs_in_the_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    """Fictional: 'NIS reported that 320 troops have been killed and 2,900 wounded ..., according to Halden news
    agency': both are NIS's via Halden; '..., Dunmore 9 reports.' (read as a noun) relays; 'Dozens are feared
    trapped' in the next sentence makes no estimate of the figure before it."""
    cs = _one(nlp, "NIS also reported that 320 Norvian troops have been killed and 2,900 wounded while fighting "
                   "alongside Tarn forces, according to Halden news agency.")
    assert [(c.source.name if c.source else None, [v.name for v in c.via]) for c in cs] == \
        [("NIS", ["Halden news agency"])] * 2
    (c,) = _one(nlp, "Gov. Lena Ost said the tornado killed three people in the state, Dunmore 9 reports.")
    assert c.source is not None and c.source.name == "Lena Ost" and [v.name for v in c.via] == ["Dunmore 9"]
    cs = _one(nlp, "In addition, seven bodies carried off by the Mira River were found in Tarn.\n\n"
                   "Dozens are feared to be trapped under the mud.")
    assert cs[0].modality == "reported"


def test_cases_of_what_happened_to_people(nlp) -> None:  # type: ignore[no-untyped-def]
    """Fictional: '73 open cases of missing persons' are missing people; '350 cases of measles' are cases."""
    (c,) = _one(nlp, "Authorities confirmed that there are 73 open cases of missing persons in Dunmore.")
    assert c.state == "missing"
    (c,) = _one(nlp, "Medical staff recorded 350 cases of measles in Tarn.")
    assert c.state == "cases"


def test_they_inside_what_a_named_speaker_says(nlp) -> None:  # type: ignore[no-untyped-def]
    """Fictional: after a figure from 'an unofficial source', 'The Mayor of Dunmore, Rosa Lind, told Ruvia that
    although they only know of 8 deaths, they are expecting many more' — the 8 is the mayor's, not the source's."""
    cs = _one(nlp, "An unnamed source contacted by the paper gave the figure, adding to the 132 people confirmed "
                   "dead.\n\nThe Mayor of Dunmore, Rosa Lind, told Ruvia that although they only know of 8 deaths, they "
                   "are expecting 'many more.'")
    assert cs[-1].value == 8 and cs[-1].source is not None and cs[-1].source.name == "Rosa Lind"


def test_a_hedged_present_state_is_an_estimate(nlp) -> None:  # type: ignore[no-untyped-def]
    """Fictional: 'could be missing' / 'could still be trapped' hedge what is so now (estimated); 'could
    exceed', 'could be deployed', 'could be over 400 by Sunday' look ahead (projected)."""
    cases = {
        "The Norvian Red Crescent said as many as 95 people could be missing in Tarn.": "estimated",
        "Rescuers said 28 workers could still be trapped under the debris in Marrow.": "estimated",
        "Authorities said the toll could exceed 1,700 in Marrow.": "projected",
        "Tarn said 2,500 more troops could be deployed to Marrow.": "projected",
        "The mayor said the number of dead could be over 400 by Sunday.": "projected",
    }
    for text, want in cases.items():
        got = [c.modality for c in _one(nlp, text)]
        assert got == [want], (text, got)


def test_as_reported_by_names_the_source(nlp) -> None:  # type: ignore[no-untyped-def]
    (c,) = _one(nlp, "An estimated 1,900 Ostrelian troops have been killed or wounded in combat alongside Kestria, "
                     "as reported by Ostrel's spy service during a briefing on Tuesday.")
    assert c.source is not None and c.source.name == "Ostrel's spy service" and c.modality == "estimated"


def test_an_intention_to_send_is_projected(nlp) -> None:  # type: ignore[no-untyped-def]
    (c,) = _one(nlp, "Karl Dessen said that Ostrel leader Mila Varg decided to send 650 builders to Marrow.")
    assert c.modality == "projected" and c.source is not None and c.source.name == "Karl Dessen"
    (c,) = _one(nlp, "On June 9, Karl Dessen announced that Ostrel plans to deploy 3,100 engineers to the Tarn region.")
    assert c.modality == "projected"
    (c,) = _one(nlp, "Ostrel deployed 3,100 engineers to the Tarn region in April.")
    assert c.modality == "reported"


def test_a_force_sized_by_of_and_lives_lost_in_a_total(nlp) -> None:  # type: ignore[no-untyped-def]
    cs = _one(nlp, "Roughly 270 Ostrelian soldiers have been killed fighting for Marrow out of a total deployment of 7,800, legislators said.")
    (c,) = [c for c in cs if c.value == 7800]
    assert c.state == "present" and c.measure is not None and "deployment" in c.measure
    cs = _one(nlp, "Across all the missions a total of 1,150 men and women have lost their lives, 760 of them died in crashes.")
    (c,) = [c for c in cs if c.value == 1150]
    assert c.state == "killed"  # lives lost are the dead, not a force's losses


def test_briefed_lawmakers_relay_and_a_relay_after_the_comma_is_not_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    (c,) = _one(nlp, "According to Ostrelian legislators briefed by the National Intelligence Service, casualties include about 520 deaths.")
    assert c.source is not None and c.source.name == "National Intelligence Service"
    assert [v.name for v in c.via] == ["Ostrelian legislators"]
    cs = _one(nlp, "Ostrel will send 650 builders to Marrow. "
                   "This was announced by Marrowan Security Council Secretary Karl Dessen, according to Tarn.INFO, citing Norvpress.")
    (c,) = [c for c in cs if c.value == 650]
    assert c.source is not None and c.source.name == "Karl Dessen"


def test_the_nationality_of_an_intelligence_report_and_a_reporting_participle(nlp) -> None:  # type: ignore[no-untyped-def]
    (c,) = _one(nlp, "South Korean intelligence reports suggest that roughly 12,000 Ostrelian workers are employed in Marrow.")
    assert c.source is not None and c.source.name == "South Korean intelligence"
    (c,) = _one(nlp, "Authorities reporting 35 deaths on Friday were later contradicted.")
    assert c.source is not None and c.source.name == "Authorities"


def test_an_estimating_clause_and_a_force_still_alive(nlp) -> None:  # type: ignore[no-untyped-def]
    (c,) = _one(nlp, "General Hask stated that casualties keep rising, estimating that almost half of the deployed troops have been killed.")
    assert c.modality == "estimated" and c.state == "killed"
    (c,) = _one(nlp, "For the present 1,250 mercenaries remain alive.")
    assert c.state == "present"
    (c,) = _one(nlp, "Rescue crews pulled 31 people out alive.")
    assert c.state == "rescued"


def test_a_credit_alone_in_the_next_paragraph(nlp) -> None:  # type: ignore[no-untyped-def]
    cs = _one(nlp, "Ostrel will send 720 medics to Marrow.\n\nThis was announced by Marrowan Defence Council Secretary "
                   "Karl Dessen, according to Tarn Radio.")
    (c,) = [c for c in cs if c.value == 720]
    assert c.source is not None and c.source.name == "Karl Dessen"


def test_parts_and_losses_named_after_the_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    cs = _one(nlp, "Ostrel has suffered roughly 3,900 casualties at the front, with about 480 of those being fatalities.")
    (c,) = [c for c in cs if c.value == 480]
    assert c.state == "killed" and c.measure == "fatalities"
    cs = _one(nlp, "Karl Dessen claimed up to 10,000 Ostrelians were deployed, with losses exceeding 3,300, half of them fatal.")
    (c,) = [c for c in cs if c.value == 3300]
    assert c.state == "casualties" and c.measure == "losses" and c.qualifier == "over"
    (c,) = _one(nlp, "Ostrel reported casualties topping 750 in the opening week.")
    assert c.state == "casualties" and c.measure == "casualties"


def test_a_page_counter_line_is_no_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    cs = _one(nlp, "Ostrel sent 350 soldiers.\n164 Articles\n9 Comments\nMarrow said 164 articles were published.")
    assert [(c.value, c.measure) for c in cs] == [(350, "soldiers sent"), (164, "articles")]
