"""Claim tracks: grouping by measure and scope, ordering, ranges, trends, conflicts, independence.

Unit tests build ``NumericClaim`` records by hand: the figures of the seed story as its articles
state them (value, qualifier, measure, place, source, date) and fictional death-toll reports.
The end-to-end tests read the seeds through ``seed_dossier``.
"""

from __future__ import annotations

import dataclasses


from dossier.model import Article, Entity, NumericClaim, PublishedDate, Relation, SourceRef, stable_id
from dossier.settings import Settings
from dossier.reconcile.tracks import build_tracks, location_key, measure_key

SETTINGS = Settings(progress="never")


def _article(aid: str, date: str | None, outlet: str) -> Article:
    pub = PublishedDate(date=date, basis="explicit") if date else PublishedDate()
    return Article(id=aid, source=f"{aid}.txt", text="(fictional placeholder text)", outlet=outlet, published=pub)


def _claim(
    cid: str,
    article: str,
    value: float,
    qualifier: str,
    measure: str,
    location: str | None,
    source: str | None,
    as_of: str | None = None,
    modality: str = "reported",
    sentence: str | None = None,
    via: tuple[str, ...] = (),
) -> NumericClaim:
    return NumericClaim(
        id=cid,
        article=article,
        start=0,
        end=5,
        sentence=sentence or f"{source}: {value:.0f} in all ({cid}).",
        value=value,
        low=None,
        high=None,
        qualifier=qualifier,
        measure=measure,
        location=location,
        as_of=as_of,
        modality=modality,
        source=SourceRef(entity=None, name=source, text=source) if source else None,
        via=tuple(SourceRef(entity=None, name=v, text=v) for v in via),
    )


ARTICLES = [
    _article("a1", "2024-10-24", "Korea Daily"),
    _article("a2", "2024-10-31", "CNN"),
    _article("a3", "2024-10-31", "The Guardian"),
    _article("a4", "2024-11-13", "RFA"),
]


MIXED = "Kyiv says nearly 50,000 troops, 11,000 North Koreans among them, are massed against its units."


def _in_sentence(c: NumericClaim, words: str) -> NumericClaim:
    """Give a claim real offsets of ``words`` in its sentence (the sentence starting at 200)."""
    start = 200 + c.sentence.index(words)
    return dataclasses.replace(c, start=start, end=start + len(words), sentence_start=200, sentence_end=200 + len(c.sentence))


def _story_claims() -> list[NumericClaim]:
    return [
        _claim("c1", "a1", 3000, "at_least", "soldiers", "eastern Russia", "John Kirby", "2024-10-23"),
        _claim("c2", "a1", 3000, "about", "North Korean soldiers", "Russia", "South Korean National Intelligence Service"),
        _claim("c3", "a1", 10000, "up_to", "soldiers", "Russia", "Cho Tae-yong", "2024-12", modality="projected"),
        _claim("c4", "a1", 12000, "up_to", "North Korean soldiers", "Russia", "Volodymyr Zelensky", modality="projected"),
        _claim("c5", "a2", 8000, "up_to", "North Korean troops", "Russia's Kursk region", "US officials", "2024-10-31"),
        _claim("c6", "a2", 10000, "exact", "troops", "Russia", "Antony Blinken", "2024-10-31"),
        _claim("c7", "a3", 10000, "exact", "North Korean troops", "Russia", "Antony Blinken", "2024-10-31"),
        _claim("c8", "a4", 10000, "over", "DPRK soldiers", "eastern Russia", "Vedant Patel", "2024-11-12", "confirmed"),
        _in_sentence(_claim("c9", "a4", 11000, "exact", "North Koreans", "Kursk", "Volodymyr Zelenskyy", "2024-11-11", sentence=MIXED), "11,000"),
        _in_sentence(_claim("c10", "a4", 50000, "nearly", "troops", "Kursk", "Volodymyr Zelenskyy", "2024-11-11", sentence=MIXED), "nearly 50,000"),
        _claim("c11", "a4", 24, "over", "settlements", "Kursk", "Ukraine"),
        _claim("c12", "a3", 86, "exact", "minutes", None, None),
    ]


def test_measure_keys_normalise_synonyms_and_population() -> None:
    assert measure_key("North Korean troops") == measure_key("DPRK soldiers") == measure_key("North Korean forces")
    assert measure_key("servicemen") == measure_key("personnel") == measure_key("troops")
    assert measure_key("people killed") == measure_key("deaths") == measure_key("the death toll")
    assert measure_key("injured") == measure_key("wounded")
    assert measure_key("North Korean troops") != measure_key("troops")
    assert measure_key("people") is None and measure_key("86 minutes") is None and measure_key(None) is None


def test_populations_come_from_the_shared_alias_table() -> None:
    # every country of data/entity_aliases.tsv names a population, with its demonym and plural
    assert measure_key("Egyptian soldiers") == measure_key("Egypt's troops") == "egypt|troops"
    assert measure_key("Turks killed") == measure_key("Turkish dead") == "turkey|killed"
    assert measure_key("UAE forces") == "united arab emirates|troops"
    assert location_key("Holland") == "netherlands" and location_key("the U.S.") == "united states"


def test_location_keys() -> None:
    assert location_key("Kursk") == location_key("Kursk Oblast") == location_key("Kursk region")
    assert location_key("Russia's Kursk region") == location_key("the Kursk region of Russia") == "kursk"
    assert location_key("eastern Russia") == location_key("Russia") == "russia"
    assert location_key("far western Kursk Oblast") == "kursk"
    assert location_key("North Korea") == "north korea"  # a country name is not a direction
    assert location_key(None) == ""


def test_tracks_group_order_and_sources() -> None:
    claims, tracks = build_tracks(_story_claims(), articles=ARTICLES, relations=(), entities=(), settings=SETTINGS)
    by_claim = {c.id: c for c in claims}
    russia = by_claim["c2"].track
    kursk = by_claim["c5"].track
    assert russia and kursk and russia != kursk
    assert russia == stable_id("t", "north korea|troops", "russia")
    assert by_claim["c8"].measure_key == "north korea|troops" and by_claim["c8"].location_key == "russia"
    # bare "soldiers"/"troops" claims take the one population their article counts with that head
    t_russia = next(t for t in tracks if t.id == russia)
    assert set(t_russia.claims) == {"c1", "c2", "c3", "c4", "c6", "c7", "c8"}
    assert {"c5", "c9"} <= set(next(t for t in tracks if t.id == kursk).claims)  # "North Koreans" joins troops
    assert by_claim["c10"].track not in {russia, kursk}  # all troops, a different population
    assert by_claim["c11"].track is not None and by_claim["c12"].track is None
    # date order
    t_kursk = next(t for t in tracks if t.id == kursk)
    assert list(t_kursk.claims) == ["c5", "c9"]
    assert t_kursk.trend == "rising" and not t_kursk.conflict
    assert t_kursk.latest == "c9"


def test_bare_count_takes_population_from_its_sentence() -> None:
    def bare(cid: str, sentence: str, number: str, source: str) -> NumericClaim:
        start = 100 + sentence.index(number)
        c = _claim(cid, "a1", float(number.replace(",", "")), "exact", "soldiers", "Russia", source, sentence=sentence)
        return dataclasses.replace(c, start=start, end=start + len(number), sentence_start=100)

    cl = [
        bare("p1", "Sudan sent 3,000 soldiers over the border into Chad in May, aides said.", "3,000", "Officials"),
        bare("p2", "Chadian forces keep 5,000 soldiers pinned down inside Chad, he said.", "5,000", "he"),
        _claim("p3", "a1", 3000, "exact", "Sudanese troops", "Chad", "a minister"),
    ]
    cl = [dataclasses.replace(c, location="Chad") for c in cl]
    claims, _ = build_tracks(cl, articles=ARTICLES, relations=(), entities=(), settings=SETTINGS)
    by = {c.id: c for c in claims}
    assert by["p1"].track == by["p3"].track
    assert by["p2"].measure_key == "|troops"


def test_population_from_context_claims() -> None:
    """Claims whose measure names the population all land in one Russia track, dated in order."""
    cl = [c for c in _story_claims() if c.id in {"c2", "c4", "c7", "c8"}]
    cl.append(_claim("c1b", "a1", 3000, "at_least", "North Korean soldiers", "eastern Russia", "John Kirby", "2024-10-23"))
    cl.append(_claim("c6b", "a2", 10000, "exact", "North Korean troops", "Russia", "US", "2024-10-31"))
    claims, tracks = build_tracks(cl, articles=ARTICLES, relations=(), entities=(), settings=SETTINGS)
    assert len(tracks) == 1
    t = tracks[0]
    assert t.claims[0] == "c1b" and t.claims[-1] == "c8"
    # "at least 3,000" (23 Oct) and "10,000" (31 Oct) never conflict; projections never conflict
    assert not t.conflict
    assert t.low == 3000 and t.high == 10000  # projections (12,000) are not reports
    sources = dict(t.by_source)
    assert sources["Vedant Patel"] == "c8" and sources["John Kirby"] == "c1b"
    # Blinken (CNN) and Blinken (Guardian) are one claimant
    assert t.independent_sources == len({"Kirby", "NIS", "Zelensky", "Blinken", "US", "Patel"})


def test_contradiction_same_window_exact_figures() -> None:
    arts = [_article("b1", "2023-03-02", "Outlet One"), _article("b2", "2023-03-02", "Outlet Two")]
    cl = [
        _claim("d1", "b1", 100, "exact", "people killed", "Northtown", "the health ministry"),
        _claim("d2", "b2", 140, "exact", "deaths", "Northtown", "local officials"),
        _claim("d3", "b2", 104, "exact", "dead", "Northtown", "the mayor"),
    ]
    _, tracks = build_tracks(cl, articles=arts, relations=(), entities=(), settings=SETTINGS)
    assert len(tracks) == 1
    t = tracks[0]
    assert t.conflict
    assert ("d1", "d2") in t.conflicts and ("d2", "d3") in t.conflicts
    assert ("d1", "d3") not in t.conflicts  # 100 vs 104: within rounding tolerance


def test_about_figure_conflicts_with_distant_exact_figure() -> None:
    cl = [
        _claim("e1", "a3", 10000, "exact", "North Korean troops", "Russia", "Antony Blinken", "2024-10-31"),
        _claim("e2", "a2", 13000, "about", "North Korean troops", "Russia", "South Korean intelligence", "2024-10-31"),
        _claim("e3", "a2", 11000, "about", "North Korean troops", "Russia", "Ukrainian intelligence", "2024-10-31"),
    ]
    _, tracks = build_tracks(cl, articles=ARTICLES, relations=(), entities=(), settings=SETTINGS)
    t = tracks[0]
    pairs = {frozenset(p) for p in t.conflicts}
    assert frozenset({"e1", "e2"}) in pairs
    assert frozenset({"e1", "e3"}) not in pairs  # 11,000 ~ 10,000 within "about"  # 11,000 ~ 10,000 within "about"


def test_evolution_is_not_conflict_and_death_toll_rises() -> None:
    arts = [_article(f"f{i}", f"2023-03-0{i}", f"Outlet {i}") for i in range(1, 5)]
    cl = [
        _claim("g1", "f1", 40, "at_least", "people killed", "Northtown", "the health ministry"),
        _claim("g2", "f2", 112, "exact", "death toll", "Northtown", "local officials", via=("Reuters",)),
        _claim("g3", "f3", 150, "exact", "deaths", "Northtown", "the health ministry"),
        _claim("g4", "f4", 300, "up_to", "deaths", "Northtown", "a relief agency", modality="projected"),
        _claim("g5", "f4", 20, "exact", "people injured", "Northtown", "the health ministry"),
    ]
    claims, tracks = build_tracks(cl, articles=arts, relations=(), entities=(), settings=SETTINGS)
    toll = next(t for t in tracks if "g1" in t.claims)
    assert list(toll.claims) == ["g1", "g2", "g3", "g4"]
    assert toll.trend == "rising" and not toll.conflict
    assert toll.low == 40 and toll.high == 150
    assert toll.latest == "g3"  # the projection is not the latest report
    assert {c.id: c.track for c in claims}["g5"] != toll.id


def test_copies_and_citations_count_once() -> None:
    arts = [
        _article("h1", "2023-05-01", "Wire"),
        _article("h2", "2023-05-01", "Wire"),  # republished by a local station
        _article("h3", "2023-05-02", "Daily"),  # cites h1
        _article("h4", "2023-05-02", "Weekly"),
    ]
    rel = [
        Relation(kind="syndicated", from_="h2", to="h1", outlet="Wire"),
        Relation(kind="cites", from_="h3", to="h1", outlet="Wire"),
    ]
    cl = [
        _claim("k1", "h1", 30, "exact", "people missing", "Lakeside", None, sentence="Thirty people are missing, the wire said."),
        _claim("k2", "h2", 30, "exact", "people missing", "Lakeside", None, sentence="Thirty people are missing, the wire said."),
        _claim("k3", "h3", 30, "exact", "people missing", "Lakeside", None, sentence="Thirty are missing, Wire reported."),
        _claim("k4", "h4", 30, "exact", "missing", "Lakeside", "the coast guard"),
        _claim("k5", "h4", 30, "exact", "missing", "Lakeside", "the coast guard", via=("Weekly radio",)),
    ]
    _, tracks = build_tracks(cl, articles=arts, relations=rel, entities=(), settings=SETTINGS)
    assert len(tracks) == 1
    assert tracks[0].independent_sources == 2


def test_claims_keep_input_order_and_ids() -> None:
    cl = _story_claims()
    claims, _ = build_tracks(cl, articles=ARTICLES, relations=(), entities=(), settings=SETTINGS)
    assert [c.id for c in claims] == [c.id for c in cl]
    again, _ = build_tracks(list(reversed(cl)), articles=ARTICLES, relations=(), entities=(), settings=SETTINGS)
    assert {c.id: c.track for c in claims} == {c.id: c.track for c in again}


# --- end to end on the seeds -------------------------------------------------------------------


def _troop_tracks(seed_dossier):  # type: ignore[no-untyped-def]
    assert seed_dossier.claims, "the seed build has no claims"
    tracks = {t.location and location_key(t.location): t for t in seed_dossier.tracks
              if t.claims and t.id.startswith("t-") and measure_key(t.measure) == "north korea|troops"}
    return {c.id: c for c in seed_dossier.claims}, tracks


def test_seed_tracks_russia_and_kursk(seed_dossier) -> None:  # type: ignore[no-untyped-def]
    claims, tracks = _troop_tracks(seed_dossier)
    assert "russia" in tracks and "kursk" in tracks
    russia = [claims[c] for c in tracks["russia"].claims]
    kursk = [claims[c] for c in tracks["kursk"].claims]
    pairs = {(c.value, c.qualifier) for c in russia}
    assert {(3000, "at_least"), (10000, "over")} <= pairs  # White House (Kirby), State Department (Patel)
    assert {3000, 10000, 12000, 13000} <= {c.value for c in russia}
    assert (8000, "up_to") in {(c.value, c.qualifier) for c in kursk}
    assert {3000, 8000, 11000} <= {c.value for c in kursk}
    # every claim carries its source; dated claims come in date order
    assert all(c.source is not None for c in russia + kursk)
    names = [(c.source.name or c.source.text) for c in russia if c.source]
    assert any("Kirby" in n for n in names) and any("Patel" in n for n in names)
    order = [c.id for c in russia]
    kirby = next(c.id for c in russia if c.qualifier == "at_least" and c.value == 3000)
    patel = next(c.id for c in russia if c.qualifier == "over" and c.value == 10000)
    assert order.index(kirby) < order.index(patel)
    # the US government (White House, State Department, Blinken), South Korea's intelligence
    # service and Ukraine's government and intelligence: three independent origins
    assert tracks["russia"].independent_sources == 3
    assert tracks["kursk"].independent_sources == 2  # US officials; Ukraine
    assert dict(tracks["russia"].by_source)


def test_seed_no_false_conflict_between_at_least_and_later_figure(seed_dossier) -> None:  # type: ignore[no-untyped-def]
    claims, tracks = _troop_tracks(seed_dossier)
    t = tracks.get("russia")
    assert t is not None
    for a, b in t.conflicts:
        pair = {claims[a].qualifier, claims[b].qualifier}
        assert "at_least" not in pair or {claims[a].value, claims[b].value} != {3000, 10000}


def _people(cid: str, article: str, sentence: str, number: str, source: str, as_of: str) -> NumericClaim:
    start = 50 + sentence.index(number)
    c = _claim(cid, article, float(number.replace(",", "")), "exact", "people", "Northtown", source, as_of, sentence=sentence)
    return dataclasses.replace(c, start=start, end=start + len(number), sentence_start=50)


def test_counts_of_people_take_their_state_from_the_sentence() -> None:
    arts = [_article("m1", "2023-06-01", "Outlet One"), _article("m2", "2023-06-03", "Outlet Two")]
    cl = [
        _people("q1", "m1", "At least 12 people were killed while scores remain unaccounted for, according to the council.", "12", "officials", "2023-06-01"),
        _people("q2", "m1", "Up to 120 people may be missing, according to the Red Cross.", "120", "the Red Cross", "2023-06-01"),
        _people("q3", "m2", "The ministry now counts 63 people killed by the flooding.", "63", "the ministry", "2023-06-03"),
        _people("q4", "m2", "Some 300 people attended the funeral.", "300", "the ministry", "2023-06-03"),
    ]
    claims, tracks = build_tracks(cl, articles=arts, relations=(), entities=(), settings=SETTINGS)
    by = {c.id: c for c in claims}
    assert by["q1"].measure_key == by["q3"].measure_key == "|killed"
    assert by["q1"].track == by["q3"].track
    assert by["q2"].measure_key == "|missing"
    assert by["q4"].track is None  # people who attended: a generic count
    toll = next(t for t in tracks if t.id == by["q1"].track)
    assert toll.measure == "people killed" and toll.trend == "rising"


def test_missing_count_falling_is_evolution_but_death_toll_falling_conflicts() -> None:
    arts = [_article("n1", "2023-06-01", "Outlet One"), _article("n2", "2023-06-03", "Outlet Two")]
    cl = [
        _claim("r1", "n1", 200, "exact", "people missing", "Lakeside", "the coast guard"),
        _claim("r2", "n2", 130, "exact", "people missing", "Lakeside", "the governor"),
        _claim("r3", "n1", 80, "exact", "people killed", "Lakeside", "the coast guard"),
        _claim("r4", "n2", 50, "exact", "deaths", "Lakeside", "the governor"),
    ]
    _, tracks = build_tracks(cl, articles=arts, relations=(), entities=(), settings=SETTINGS)
    by_first = {t.claims[0]: t for t in tracks}
    assert not by_first["r1"].conflict and by_first["r1"].trend == "falling"
    assert by_first["r3"].conflicts == (("r3", "r4"),)


def test_example_corpus_death_toll_track(example_dossier) -> None:  # type: ignore[no-untyped-def]
    assert example_dossier.claims, "no claims in the example build"
    claims = {c.id: c for c in example_dossier.claims}
    tolls = [t for t in example_dossier.tracks if claims[t.claims[0]].measure_key == "|killed"]
    assert tolls, "the fictional dam-collapse story reports a death toll"
    toll = max(tolls, key=lambda t: len(t.claims))
    assert len(toll.claims) >= 4 and toll.trend == "rising" and not toll.conflict
    assert toll.independent_sources >= 2


def test_officials_of_one_state_count_once_but_still_contradict() -> None:
    """Two ministries of one (fictional) state: one independent origin, yet a contradiction."""
    day = "2031-05-14"
    arts = [_article("m1", day, "Example Post"), _article("m2", day, "Daily Example")]
    claims = [
        _claim("k1", "m1", 40, "exact", "people killed", "Varnell", "the Ukrainian health ministry", day),
        _claim("k2", "m2", 90, "exact", "people killed", "Varnell", "Ukraine's interior minister", day),
        _claim("k3", "m2", 60, "exact", "people killed", "Varnell", "the Red Cross", day),
    ]
    _, tracks = build_tracks(claims, articles=arts, relations=(), entities=(), settings=SETTINGS)
    (track,) = tracks
    assert track.independent_sources == 2  # Ukraine's government; the Red Cross
    assert track.conflict and ("k1", "k2") in {tuple(sorted(p)) for p in track.conflicts}


# --- issue 12: conflicts a reader sees, claimants by party -------------------------------------


def test_seed_russia_track_conflict_with_stated_disagreement(seed_dossier) -> None:  # type: ignore[no-untyped-def]
    """The 13,000 estimate is "higher than US and UK assessments": a conflict, with that sentence
    as evidence; South Korea's 13,000 and the US's 10,000 from undated articles conflict too."""
    claims, tracks = _troop_tracks(seed_dossier)
    russia = tracks["russia"]
    assert russia.conflict
    assert any("higher than" in e.sentence[e.start - e.start :] and "13,000" in e.sentence for e in russia.disputes)
    for e in russia.disputes:
        art = next(a for a in seed_dossier.articles if a.id == e.article)
        assert art.text[e.start : e.end].lower().startswith("higher than")
    parties = dict(russia.parties)
    pairs = {frozenset((parties[a], parties[b])) for a, b in russia.conflicts}
    assert frozenset(("South Korea", "United States")) in pairs
    values = {frozenset((claims[a].value, claims[b].value)) for a, b in russia.conflicts}
    assert frozenset((10000.0, 13000.0)) in values
    # no projection is ever part of a conflict
    assert all(claims[c].modality not in {"projected", "expected"} for pair in russia.conflicts for c in pair)


def test_seed_claimants_roll_up_to_few_parties(seed_dossier) -> None:  # type: ignore[no-untyped-def]
    """Directors, agencies, spokespeople and officials speak for their government: the Russia
    track's ten claimant names are three parties, every seed track at most four."""
    _, tracks = _troop_tracks(seed_dossier)
    russia = tracks["russia"]
    assert len({n for n, _ in russia.by_source}) >= 8  # the names as the articles give them
    assert set(dict(russia.parties).values()) == {"United States", "South Korea", "Ukraine"}
    for t in seed_dossier.tracks:
        assert set(dict(t.parties)) == set(t.claims)
        assert len(set(dict(t.parties).values())) <= 4


def _said(cid: str, article: str, value: float, qualifier: str, source: str, sentence: str, number: str,
          as_of: str | None = None, modality: str = "reported") -> NumericClaim:
    c = _claim(cid, article, value, qualifier, "Karsk soldiers", "Lorvia", source, as_of, modality=modality,
               sentence=sentence)
    start = 100 + sentence.index(number)
    return dataclasses.replace(c, start=start, end=start + len(number), sentence_start=100,
                               sentence_end=100 + len(sentence))


def test_stated_disagreement_is_evidence_of_a_conflict() -> None:
    """Fictional: one figure, its article saying it is disputed: a conflict with that evidence."""
    arts = [_article("v1", "2031-03-02", "Varnia Post")]
    for sentence in (
        "Orlen intelligence counts 9,000 Karsk soldiers inside Lorvia, a figure higher than Varnian estimates.",
        "There are 9,000 Karsk soldiers in Lorvia, Orlen intelligence said, a figure Karsk has disputed.",
        "According to Orlen intelligence, Karsk denied having 9,000 of its soldiers in Lorvia.",
    ):
        c = _said("d1", "v1", 9000, "exact", "Orlen intelligence", sentence, "9,000", "2031-03-01")
        _, tracks = build_tracks([c], articles=arts, relations=(), entities=(), settings=SETTINGS)
        (track,) = tracks
        assert track.conflict and not track.conflicts, sentence
        (e,) = track.disputes
        assert e.article == "v1" and e.sentence == sentence
    # no disagreement stated: more than, compared with a number, is a plain figure
    plain = _said("d2", "v1", 9000, "over", "Orlen intelligence",
                  "More than 9,000 Karsk soldiers are in Lorvia, Orlen intelligence said.", "9,000", "2031-03-01")
    _, (track,) = build_tracks([plain], articles=arts, relations=(), entities=(), settings=SETTINGS)
    assert not track.conflict and not track.disputes


def test_figures_of_undated_articles_conflict_over_their_windows() -> None:
    """Fictional: two undated articles (published on or after 1 March) give incompatible figures
    from two governments: they conflict; a projection, or one government's two figures, don't."""
    open_pub = PublishedDate(date=None, basis="inferred", earliest="2031-03-01")
    arts = [
        Article(id="u1", source="u1.txt", text="(fictional)", outlet="Varnia Post", published=open_pub),
        Article(id="u2", source="u2.txt", text="(fictional)", outlet="Orlen Daily", published=open_pub),
        _article("u3", "2031-03-20", "Lorvia Today"),
    ]
    claims = [
        _claim("w1", "u1", 13000, "about", "Karsk soldiers", "Lorvia", "Orlen intelligence"),
        _claim("w2", "u2", 9000, "exact", "Karsk soldiers", "Lorvia", "the Varnian defence ministry"),
        _claim("w3", "u2", 20000, "up_to", "Karsk soldiers", "Lorvia", "Varnian President Ilse Marrow", modality="projected"),
        _claim("w4", "u3", 5000, "at_least", "Karsk soldiers", "Lorvia", "a Varnian spokesman", "2031-03-19"),
    ]
    # the story's entities know Varnia as a place (its people: Varnians)
    varnia = Entity(id="e-varnia", name="Varnia", type="GPE", aliases=("Varnian",))
    _, (track,) = build_tracks(claims, articles=arts, relations=(), entities=(varnia,), settings=SETTINGS)
    assert track.conflict
    assert {tuple(sorted(p)) for p in track.conflicts} == {("w1", "w2")}
    parties = dict(track.parties)
    # the ministry, the president and the spokesman speak for one government
    assert parties["w2"] == parties["w3"] == parties["w4"] != parties["w1"]


def test_an_inherited_place_joins_the_track_a_sentence_states_for_it() -> None:
    """A toll whose place only repeats its article's place joins the toll a sentence places there;
    an inherited place nobody states for the measure is no evidence of scope (no place)."""
    import dataclasses

    stated = _claim("k1", "a1", 212, "exact", "people killed", "Kestria", "the disaster agency", "2025-03-13")
    lead = dataclasses.replace(_claim("k2", "a2", 120, "at_least", "people killed", "Kestria", "the disaster agency", "2025-03-11"),
                               location_basis="stated", location_from="article place, named in the sentence: Kestria")
    titled = dataclasses.replace(_claim("k3", "a3", 230, "exact", "people killed", "Kestria", "the agency", "2025-03-15"),
                                 location_basis="inherited", location_from="title: Kestria")
    elsewhere = dataclasses.replace(_claim("k4", "a3", 900, "at_least", "people wounded", "Marovel", "the agency", "2025-03-15"),
                                    location_basis="inherited", location_from="dateline: Marovel")
    claims, tracks = build_tracks([stated, lead, titled, elsewhere], articles=ARTICLES, relations=(), entities=(), settings=SETTINGS)
    by_claim = {c.id: c for c in claims}
    assert by_claim["k1"].track == by_claim["k2"].track == by_claim["k3"].track
    toll = next(t for t in tracks if t.id == by_claim["k1"].track)
    assert (toll.low, toll.high, toll.location) == (120, 230, "Kestria")
    assert by_claim["k2"].location_key == by_claim["k3"].location_key == "kestria"
    assert by_claim["k4"].location_key in (None, "") and by_claim["k4"].location == "Marovel"
    assert by_claim["k2"].location == "Kestria"  # each claim keeps its own place


def test_a_month_given_for_an_undated_page_keeps_its_narrower_window() -> None:
    """Fictional: a page known only to lie between 6 and 12 March gets its figure dated to the month
    (as of publication); the figure still holds for that week, not for all of March."""
    from dossier.reconcile.tracks import claim_window

    week = Article(id="w", source="w.txt", text="(fictional)", outlet="Varnia Post",
                   published=PublishedDate(date=None, basis="inferred", earliest="2031-03-06", latest="2031-03-12"))
    c = dataclasses.replace(_claim("m1", "w", 200, "about", "people missing", "Varnia", "officials", "2031-03"),
                            as_of_basis="published")
    assert claim_window(c, week) == ("2031-03-06", "2031-03-12")
    stated = dataclasses.replace(c, as_of_basis="stated")  # "in March": the text's own month stays
    assert claim_window(stated, week) == ("2031-03-01", "2031-03-31")


def _figure_in(sentence: str, figure: str, measure: str) -> NumericClaim:
    start = sentence.index(figure)
    c = _claim("p1", "a1", float(figure.replace(",", "")), "over", measure, None, None, sentence=sentence)
    return dataclasses.replace(c, start=start, end=start + len(figure), sentence_start=0)


def test_a_people_is_not_read_from_a_name_or_a_list_of_places() -> None:
    from dossier.reconcile.tracks import _population_from_sentence

    # "Indian" inside a name is no population; "North Korea" sending is one
    ocean = _figure_in("Across the Indian Ocean the wave left more than 200,000 people dead.", "200,000", "people killed")
    assert _population_from_sentence(ocean) is None
    # countries in a list are places the protests spread to, not who was arrested
    listed = _figure_in("Rallies reached Germany, Spain and the Netherlands, where police arrested 120 people.", "120", "people arrested")
    assert _population_from_sentence(listed) is None
    sender = _figure_in("In early May, aides said, North Korea moved at least 3,000 soldiers east.", "3,000", "soldiers")
    assert _population_from_sentence(sender) == "north korea"


def test_rates_and_sums_get_tracks_of_their_own_wording() -> None:
    from dossier.reconcile.tracks import build_tracks

    def rate(cid: str, article: str, value: float, measure: str, unit: str) -> NumericClaim:
        c = _claim(cid, article, value, "exact", measure, "Velmaria", "Velmar electoral board")
        return dataclasses.replace(c, unit=unit)

    claims = [
        rate("r1", "a1", 88.4, "the turnout", "percentage"),
        rate("r2", "a2", 93.9, "turnout", "percentage"),
        rate("r3", "a2", 2.6, "Dow Jones fall", "percentage"),
        rate("r4", "a3", 3.2, "Nasdaq index fall", "percentage"),
        rate("r5", "a3", 85e9, "turnout", "dollar"),
        _claim("c1", "a1", 120, "exact", "people arrested", "Velmaria", "police"),
    ]
    out, tracks = build_tracks(claims, articles=ARTICLES, relations=[], entities=[], settings=Settings())
    track = {c.id: c.track for c in out}
    assert track["r1"] is not None and track["r1"] == track["r2"]  # one turnout, over time
    assert track["r3"] != track["r4"]  # two indices' falls are two tracks
    assert track["r5"] not in {track["r1"], None}  # a sum is never a rate
    assert track["c1"] not in {track["r1"], track["r3"], track["r5"]}  # nor a count
    assert {c.measure_key for c in out if c.id in {"r1", "r2"}} == {"turnout|@percentage"}
    assert next(c.measure_key for c in out if c.id == "r3") == "dow jones fall|@percentage"


def test_a_figure_from_years_before_the_story_is_background() -> None:
    from dossier.reconcile.tracks import build_tracks

    arts = [_article("h1", "2025-09-28", "Lenne Herald"), _article("h2", "2025-10-02", "Saska Post")]
    claims = [
        _claim("k1", "h1", 40, "at_least", "people killed", "Velmaria", "officials", as_of="2025-09-28"),
        _claim("k2", "h2", 64, "exact", "people killed", "Velmaria", "officials", as_of="2025-10-01"),
        # an old storm's toll recalled for comparison ("worst since <storm> of <year>, <N> dead")
        _claim("k3", "h2", 1200, "exact", "people killed", "Velmaria", None, as_of="2011"),
    ]
    out, tracks = build_tracks(claims, articles=arts, relations=[], entities=[], settings=Settings())
    track = {c.id: c.track for c in out}
    assert track["k1"] == track["k2"] is not None
    assert track["k3"] not in {track["k1"], None}
    main = next(t for t in tracks if t.id == track["k1"])
    assert main.high == 64


def test_a_share_is_never_a_count_of_its_track() -> None:
    from dossier.reconcile.tracks import build_tracks

    claims = [
        _claim("s1", "a1", 12000, "about", "North Korean soldiers", "Russia", "officials"),
        _claim("s2", "a2", 11000, "exact", "North Korean soldiers", "Russia", "officials"),
        # "nearly a quarter of the soldiers"
        _claim("s3", "a3", 0.25, "nearly", "soldiers", "Russia", "officials"),
    ]
    out, tracks = build_tracks(claims, articles=ARTICLES, relations=[], entities=[], settings=Settings())
    track = {c.id: c.track for c in out}
    assert track["s1"] == track["s2"] is not None and track["s3"] != track["s1"]
    main = next(t for t in tracks if t.id == track["s1"])
    assert main.low == 11000


def test_foreign_troops_counted_in_one_region_of_the_host_country_are_one_track() -> None:
    from dossier.reconcile.tracks import build_tracks

    arts = [_article("f1", "2025-03-02", "Lenne Herald"), _article("f2", "2025-03-09", "Saska Post")]
    claims = [
        _claim("x1", "f1", 300, "about", "North Korean soldiers killed", "Belgorod region", "intelligence agency"),
        _claim("x2", "f2", 500, "about", "North Korean soldiers killed", "Belgorod region", "ministry"),
        # a count of foreign soldiers killed with no place in its sentence, inherited from a Russia title
        dataclasses.replace(
            _claim("x3", "f2", 650, "about", "North Korean soldiers killed", "Russia", "lawmakers"),
            location_basis="inherited", location_from="title: Russia"),
        # a country's own dead counted nationally stay apart from a region's
        _claim("y1", "f1", 40, "exact", "Russian civilians killed", "Belgorod region", "governor"),
        dataclasses.replace(
            _claim("y2", "f2", 900, "exact", "Russian civilians killed", "Russia", "ministry"),
            location_basis="inherited", location_from="title: Russia"),
    ]
    out, _ = build_tracks(claims, articles=arts, relations=[], entities=[], settings=Settings())
    track = {c.id: c.track for c in out}
    assert track["x1"] == track["x2"] == track["x3"] is not None
    assert track["y1"] != track["y2"]
    assert next(c.location for c in out if c.id == "x3") == "Russia"  # each claim keeps its own place
