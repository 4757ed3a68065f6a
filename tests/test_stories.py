"""Stories: clustering a folder into stories, per-story tracks, and the ECB+ story evaluation.

The multi-story folder ``tests/fixtures/stories/mixed`` is fiction written for these tests: two
earthquakes in two invented countries, two wars with casualty counts, an election.
``labels.tsv`` there gives the story and the kind of thing each figure counts (the gold for track
purity). The seeds and the bundled examples are one story each and must stay so.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import pytest

from dossier.model import Article, PublishedDate, Relation, dossier_to_dict
from dossier.reconcile.stories import average_linkage, build_stories, cluster_articles, rejoin_phases
from dossier.settings import Settings

from .conftest import EXAMPLES

MIXED = Path(__file__).parent / "fixtures" / "stories" / "mixed"
SETTINGS = Settings(progress="never")


@pytest.fixture(scope="module")
def mixed_dossier():  # type: ignore[no-untyped-def]
    from dossier.pipeline import build_dossier

    return build_dossier(MIXED, settings=SETTINGS)


def _prefix(source: str) -> str:
    return source.split("_")[0]


def _labels(dossier) -> dict[str, tuple[str, str]]:  # type: ignore[no-untyped-def]
    """claim id -> (story, kind) from labels.tsv (file + the figure as written)."""
    src = {a.id: a.source for a in dossier.articles}
    out: dict[str, tuple[str, str]] = {}
    missing = []
    with open(MIXED / "labels.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            hits = [c for c in dossier.claims if src[c.article] == row["file"] and c.text == row["figure"]]
            if not hits:
                missing.append(row)
            for c in hits:
                out[c.id] = (row["story"], row["kind"])
    assert len(missing) <= 2, missing  # the claims stage may word a figure differently
    return out


# --- clustering units ---------------------------------------------------------------------------


def test_average_linkage_merges_by_average_not_single_link() -> None:
    # 0-1 and 1-2 are close, 0-2 unrelated: average linkage merges 0 and 1, then 2 only if the
    # average over both pairs (0.9 + 0.0) / 2 reaches the threshold
    edges = {(0, 1): 0.95, (1, 2): 0.9}
    assert average_linkage(3, edges, 0.45) == [[0, 1, 2]]
    assert average_linkage(3, edges, 0.46) == [[0, 1], [2]]  # single link would merge at 0.9
    assert average_linkage(3, edges, 0.96) == [[0], [1], [2]]
    # copies start together even with no similarity
    assert average_linkage(3, {}, 0.5, [(0, 2)]) == [[0, 2], [1]]


def _article(aid: str, title: str, text: str, date: str) -> Article:
    return Article(id=aid, source=f"{aid}.txt", title=title, text=text, published=PublishedDate(date=date, basis="explicit"))


QUAKES = [
    _article("q1", "Quake kills 40 in Tarvo", "On Monday a powerful tremor hit Esland's Tarvo valley and left 40 dead across Dornik and Velb, "
             "according to Esland's civil defence. In Dornik, crews dug through flattened houses.", "2025-02-03"),
    _article("q2", "Tarvo quake toll rises to 65", "Esland's civil defence in Dornik put the dead from Monday's Tarvo valley earthquake at 65 "
             "as crews got through to Velb.", "2025-02-05"),
    _article("q3", "Earthquake hits Miran islands", "An earthquake shook Pellonia's Miran islands on Friday; the coastguard counted 12 bodies "
             "in the port of Saska, where homes collapsed.", "2025-09-12"),
    _article("q4", "Miran earthquake: 20 dead in Saska", "Twenty people are now known to have died in Friday's Miran islands earthquake, "
             "the Pellonia coastguard said from Saska.", "2025-09-13"),
    _article("v1", "Orvia holds local elections", "Orvia chose mayors for 300 municipalities on Sunday, and 55 percent of voters took part, "
             "according to Orvia's electoral commission.", "2025-05-04"),
]


def test_two_earthquakes_are_two_stories_and_an_election_a_third() -> None:
    articles, stories = build_stories(QUAKES, settings=SETTINGS)
    groups = sorted(sorted(s.articles) for s in stories)
    assert groups == [["q1", "q2"], ["q3", "q4"], ["v1"]]
    by_id = {s.id: s for s in stories}
    for a in articles:
        assert a.story in by_id and a.id in by_id[a.story].articles
    spans = {tuple(sorted(s.articles)): (s.earliest, s.latest) for s in stories}
    assert spans[("q1", "q2")] == ("2025-02-03", "2025-02-05")
    # same input, same ids; input order does not change them
    _, again = build_stories(list(reversed(QUAKES)), settings=SETTINGS)
    assert {s.id for s in again} == set(by_id)


def _dated(aid: str, day: str | None) -> Article:
    published = PublishedDate(date=day, basis="explicit", earliest=day, latest=day) if day else PublishedDate()
    return Article(id=aid, source=aid, text="Fictional text.", published=published)


# two sub-groups of one first-pass group: a0-a2 (a deployment's first weeks), a3-a5 (its losses)
_PHASE_EDGES = {
    (0, 1): 0.30, (0, 2): 0.28, (1, 2): 0.32,  # within the first
    (3, 4): 0.30, (3, 5): 0.26, (4, 5): 0.30,  # within the second
    (0, 3): 0.20, (1, 4): 0.22, (2, 5): 0.18, (0, 4): 0.15, (1, 5): 0.14, (2, 3): 0.16,  # across
    (0, 5): 0.17, (1, 3): 0.19, (2, 4): 0.20,
}


def test_phases_of_one_dated_story_are_joined_again() -> None:
    days = ["2025-10-02", "2025-10-09", "2025-10-20", "2025-11-25", "2025-12-03", "2025-12-10"]
    articles = [_dated(f"a{k}", d) for k, d in enumerate(days)]
    assert rejoin_phases([[0, 1, 2], [3, 4, 5]], articles, _PHASE_EDGES) == [[0, 1, 2, 3, 4, 5]]


def test_phases_stay_apart_far_apart_in_time_undated_or_unlike() -> None:
    subs = [[0, 1, 2], [3, 4, 5]]
    # a year later: another event of the same kind
    far = ["2024-10-02", "2024-10-09", "2024-10-20", "2025-10-25", "2025-11-03", "2025-11-10"]
    assert rejoin_phases(subs, [_dated(f"a{k}", d) for k, d in enumerate(far)], _PHASE_EDGES) == subs
    # no dates on either side: words alone keep them apart, as the second pass said
    assert rejoin_phases(subs, [_dated(f"a{k}", None) for k in range(6)], _PHASE_EDGES) == subs
    # the same weeks, but hardly alike across (two hurricanes of one season)
    close = ["2025-09-20", "2025-09-25", "2025-09-30", "2025-10-05", "2025-10-08", "2025-10-12"]
    unlike = {k: (v if (k[0] < 3) == (k[1] < 3) else 0.03) for k, v in _PHASE_EDGES.items()}
    assert rejoin_phases(subs, [_dated(f"a{k}", d) for k, d in enumerate(close)], unlike) == subs


def test_pages_without_a_date_line_rejoin_the_dated_phase_they_are_like() -> None:
    """Pages scraped without their date line (a quake's toll updates) rejoin the dated pages the
    first pass grouped them with when they are as alike across as within; unlike ones stay apart."""
    subs = [[0, 1, 2], [3, 4, 5]]
    days = ["2025-10-02", "2025-10-03", "2025-10-04", None, None, None]
    articles = [_dated(f"a{k}", d) for k, d in enumerate(days)]
    assert rejoin_phases(subs, articles, _PHASE_EDGES) == [[0, 1, 2, 3, 4, 5]]
    unlike = {k: (v if (k[0] < 3) == (k[1] < 3) else 0.03) for k, v in _PHASE_EDGES.items()}
    assert rejoin_phases(subs, articles, unlike) == subs


def test_a_copy_joins_its_original_story() -> None:
    copy = _article("c1", "Local radio", "Station news in brief.", "2025-02-04")
    rel = [Relation(kind="syndicated", from_="c1", to="q1", outlet="Wire")]
    clusters, _ = cluster_articles([*QUAKES, copy], relations=rel, threshold=SETTINGS.story_threshold)
    assert any({0, 5} <= set(c) for c in clusters)


def test_empty_and_single_folders() -> None:
    assert build_stories([], settings=SETTINGS) == ((), ())
    arts, stories = build_stories(QUAKES[:1], settings=SETTINGS)
    assert len(stories) == 1 and arts[0].story == stories[0].id and stories[0].title == "Quake kills 40 in Tarvo"


# --- the multi-story fixture folder ---------------------------------------------------------


def test_mixed_folder_finds_its_five_stories(mixed_dossier) -> None:  # type: ignore[no-untyped-def]
    d = mixed_dossier
    src = {a.id: a.source for a in d.articles}
    groups = sorted(sorted(_prefix(src[a]) for a in s.articles) for s in d.stories)
    assert groups == [["karsk"] * 3, ["kestria"] * 3, ["lorvia"] * 2, ["quessany"] * 2, ["solvane"] * 2]
    for s in d.stories:
        assert s.title and s.earliest and s.earliest <= (s.latest or s.earliest)


def test_every_record_carries_its_story(mixed_dossier) -> None:  # type: ignore[no-untyped-def]
    d = mixed_dossier
    story_of = {a.id: a.story for a in d.articles}
    ids = {s.id for s in d.stories}
    assert all(a.story in ids for a in d.articles)
    assert all(c.story == story_of[c.article] for c in d.claims)
    assert all(ev.story in ids for ev in d.events)
    assert all(s.story == story_of[s.article] for s in d.summary)
    claims = {c.id: c for c in d.claims}
    for t in d.tracks:
        assert {story_of[claims[c].article] for c in t.claims} == {t.story}
        assert all(claims[c].track == t.id for c in t.claims)
    for s in d.stories:
        assert set(s.tracks) == {t.id for t in d.tracks if t.story == s.id}
        assert set(s.events) == {e.id for e in d.events if e.story == s.id}
        for eid in s.events:
            ev = next(e for e in d.events if e.id == eid)
            assert all(story_of[x.article] == s.id for x in ev.evidence)
    body = dossier_to_dict(d)
    assert {"id", "title", "earliest", "latest", "articles", "tracks", "events"} <= set(body["stories"][0])
    assert all("story" in c for c in body["claims"]) and all("story" in t and "state" in t for t in body["tracks"])


def test_track_purity_on_the_mixed_folder(mixed_dossier) -> None:  # type: ignore[no-untyped-def]
    """Every track with two or more labelled figures holds one story and one kind of thing."""
    d = mixed_dossier
    labels = _labels(d)
    checked = 0
    impure = []
    for t in d.tracks:
        kinds = {labels[c] for c in t.claims if c in labels}
        if sum(1 for c in t.claims if c in labels) >= 2:
            checked += 1
            if len(kinds) > 1:
                impure.append((t.measure, kinds))
    # measured: 9 of 9 tracks pure (43 labelled figures)
    assert checked >= 6
    assert not impure, impure


def test_kinds_of_count_get_their_own_tracks(mixed_dossier) -> None:  # type: ignore[no-untyped-def]
    d = mixed_dossier
    labels = _labels(d)
    claims = {c.id: c for c in d.claims}
    tracks = {t.id: t for t in d.tracks}
    kinds_by_track: dict[str, set[str]] = defaultdict(set)
    for cid, (_story, kind) in labels.items():
        if claims[cid].track:
            kinds_by_track[claims[cid].track].add(kind)
    # the Kestria toll, its injured and its missing are three tracks, each with its state
    states = {tracks[t].state for t, k in kinds_by_track.items() if k <= {"killed", "wounded", "missing"} and tracks[t].story}
    assert {"killed", "wounded", "missing"} <= states
    killed = [tracks[t] for t, k in kinds_by_track.items() if k == {"killed"}]
    assert len({t.story for t in killed}) == 2  # two earthquakes, two death-toll tracks
    toll = next(t for t in killed if any(claims[c].value == 212 for c in t.claims))
    assert toll.low == 120 and toll.high == 230 and toll.state == "killed"


# --- one-story folders stay one story --------------------------------------------------------


@pytest.mark.shared
def test_seeds_are_one_story(seed_dossier) -> None:  # type: ignore[no-untyped-def]
    assert len(seed_dossier.stories) == 1
    story = seed_dossier.stories[0]
    assert set(story.articles) == {a.id for a in seed_dossier.articles}
    assert set(story.tracks) == {t.id for t in seed_dossier.tracks}
    assert "North Korea" in (story.title or "")


def test_examples_are_one_story(example_dossier) -> None:  # type: ignore[no-untyped-def]
    assert len(example_dossier.stories) == 1
    assert len(example_dossier.stories[0].articles) == len(example_dossier.articles)
    assert EXAMPLES.exists()


# --- ECB+ ------------------------------------------------------------------------------------


def _need_ecbplus(data_dir: Path) -> None:
    if not (data_dir / "ecbplus").exists():
        pytest.skip(f"{data_dir / 'ecbplus'} missing (ECB+ stays where it is)")


@pytest.mark.shared
def test_ecbplus_story_clustering_dev_and_test(data_dir) -> None:  # type: ignore[no-untyped-def]
    from dossier.evaluation.stories import evaluate

    _need_ecbplus(data_dir)
    dev = evaluate(data_dir, split="dev")
    test = evaluate(data_dir, split="test")
    assert dev["documents"] == 197 and test["documents"] == 210
    assert dev["gold_stories"] == 16 and test["gold_stories"] == 20
    # measured (thresholds chosen on train/dev): train B3 92.48 / pair 90.70; dev B3 92.74 / pair
    # 89.72; test (held out) B3 91.64 / pair 89.11 (89.95 / 85.34 before leads naming only other
    # countries were damped, 2026-12-07). Gold topics as clusters score B3 ~68.
    assert dev["b3_f1"] >= 91.5 and dev["pair_f1"] >= 88.5
    assert test["b3_f1"] >= 90.0 and test["pair_f1"] >= 87.0
    assert test["b3_f1"] > test["topic_baseline_b3_f1"] + 15


def test_pairwise_and_b_cubed_metrics() -> None:
    from dossier.evaluation.events import b_cubed
    from dossier.evaluation.stories import pairwise

    key = [frozenset("abc"), frozenset("de")]
    assert pairwise(key, key) == (1.0, 1.0, 1.0)
    r, p, f = pairwise(key, [frozenset("abcde")])
    assert r == 1.0 and p == pytest.approx(4 / 10) and f == pytest.approx(2 * 0.4 / 1.4)
    r, p, _ = b_cubed(key, [frozenset("ab"), frozenset("c"), frozenset("de")])
    assert p == 1.0 and r == pytest.approx((2 / 3 * 2 + 1 / 3 + 2) / 5)


# --- readable timeline -------------------------------------------------------------------------

KINDS = Path(__file__).parent / "fixtures" / "stories" / "event_kinds.tsv"


def _kind_labels(folder: str) -> dict[str, set[str]]:
    with open(KINDS, encoding="utf-8") as fh:
        return {r["event"]: set(r["kinds"].split("|")) for r in csv.DictReader(fh, delimiter="\t") if r["folder"] == folder}


def _check_kinds(dossier, folder: str) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    labels = _kind_labels(folder)
    kinds = {e.id: e.kind for e in dossier.events}
    found = [eid for eid in labels if eid in kinds]
    right = sum(1 for eid in found if kinds[eid] in labels[eid])
    return len(labels), len(found), right


def test_event_texts_read_as_clauses_and_are_typed(mixed_dossier, nlp) -> None:  # type: ignore[no-untyped-def]
    from dossier.evaluation.stories import event_text_problems

    assert mixed_dossier.events
    for ev in mixed_dossier.events:
        assert not event_text_problems(ev.summary, nlp), ev.summary
        assert not ev.summary.split()[0].isupper()  # never a dateline ("MAROVEL struck ...")
    quake = [e for e in mixed_dossier.events if "earthquake" in e.summary.lower()]
    # what the quake did is a disaster, never an attack; an agency's dated report about it
    # (an agency saying on a weekday that the quake's toll has gone up to <N>) is a statement
    said = [e for e in quake if e.kind == "statement"]
    assert all(" said" in e.summary.split(":")[0] for e in said), said
    assert [e for e in quake if e not in said] and all(e.kind == "disaster" for e in quake if e not in said)
    total, found, right = _check_kinds(mixed_dossier, "mixed")
    # labelled sample (ids + kinds): measured 4 of 4 found, 4 right
    assert found >= total - 1 and right >= found - 1


@pytest.mark.shared
def test_seed_event_texts_and_kinds(seed_dossier, nlp) -> None:  # type: ignore[no-untyped-def]
    from dossier.evaluation.stories import event_text_problems

    for ev in seed_dossier.events:
        assert not event_text_problems(ev.summary, nlp), ev.summary
    total, found, right = _check_kinds(seed_dossier, "seeds")
    # measured 13 of 13 labelled events found, 13 typed right; ids shift when a summary's
    # wording changes, so a few may go missing after other stages change
    assert found >= 0.6 * total
    assert right >= 0.9 * found


@pytest.mark.shared
def test_ecbplus_event_texts_are_readable(data_dir, nlp) -> None:  # type: ignore[no-untyped-def]
    from dossier.evaluation.stories import ecb_articles, timeline_readability
    from dossier.pipeline import build_from_articles

    _need_ecbplus(data_dir)
    articles = ecb_articles(data_dir, split="dev", limit=60)
    dossier = build_from_articles(articles, settings=SETTINGS)
    res = timeline_readability(dossier.events, nlp)
    assert len(articles) == 60 and res["events"] >= 3
    assert res["short"] == 0 and res["no_verb"] == 0, res["problems"]


# --- the story index (report and web app) ------------------------------------------------------


def test_report_opens_on_a_story_index_and_the_app_on_one_story(mixed_dossier, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json
    import warnings

    from dossier.present.report import render_report
    from dossier.present.stories import story_body, story_index

    body = dossier_to_dict(mixed_dossier)
    rows = story_index(body)
    assert len(rows) == 5 and sum(r["articles"] for r in rows) == 12
    quake = next(r for r in rows if "Kestria" in r["title"] or "Marovel" in r["title"])
    assert any(f["spread"] == "120 \u2013 230" and "<svg" in f["spark"] for f in quake["figures"])
    page = render_report(body)
    assert "Stories in this folder" in page and page.count('data-story="') == 5
    # one story's part holds only its own articles, figures and events
    one = story_body(body, quake["id"])
    ids = {a["id"] for a in one["articles"]}
    assert len(ids) == 3 and all(c["article"] in ids for c in one["claims"])
    assert all(t["story"] == quake["id"] for t in one["tracks"]) and one["stories"][0]["id"] == quake["id"]
    assert "Stories in this folder" not in render_report(one)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient
    from dossier.present.server import make_app

    out = tmp_path / "out"
    out.mkdir()
    (out / "dossier.json").write_text(json.dumps(body), encoding="utf-8")
    client = TestClient(make_app(out))
    index = client.get("/")
    assert index.status_code == 200 and f'/?story={quake["id"]}' in index.text
    story_page = client.get("/", params={"story": quake["id"]})
    assert story_page.status_code == 200 and "Ostrin" in story_page.text and "Pell Harbour" not in story_page.text


def test_one_story_folder_opens_straight_on_it(example_dossier) -> None:  # type: ignore[no-untyped-def]
    from dossier.present.report import render_report

    assert "Stories in this folder" not in render_report(dossier_to_dict(example_dossier))


def test_ask_answers_within_the_story_the_question_is_about(mixed_dossier) -> None:  # type: ignore[no-untyped-def]
    from dossier.present.stories import answer_in_story

    body = dossier_to_dict(mixed_dossier)
    titles = {s.id: s.title or "" for s in mixed_dossier.stories}
    story_of_track = {t.id: t.story for t in mixed_dossier.tracks}
    quake = answer_in_story("How many were killed in the Solvane earthquake?", body)
    solvane = next(sid for sid, t in titles.items() if "Solvane" in t)
    assert quake.found and quake.text.startswith(f"In the story \u201c{titles[solvane]}\u201d")
    assert {story_of_track.get(t.track) for t in quake.tracks if t.track} == {solvane}
    values = {f.value for t in quake.tracks for f in t.figures}
    assert 58 in values and 230 not in values  # its own toll, never the Kestria one
    war = answer_in_story("How many Karsk soldiers were killed?", body)
    karsk = next(sid for sid, t in titles.items() if "Karsk" in t)
    assert war.found and {story_of_track.get(t.track) for t in war.tracks if t.track} == {karsk}


def test_two_quakes_in_two_countries_told_alike_are_two_stories() -> None:
    # fiction; a small folder, where words alone put the two together
    arts = [
        Article(id="a1", source="a1", title="Peru earthquake toll rises to 820",
                text="Authorities put the dead from Peru's earthquake at 820 on Sunday while crews "
                     "dug through fallen homes. Seismologists at the US Geological Survey gave the tremor a magnitude of 6.8."),
        Article(id="a2", source="a2", title="Rescuers race to reach villages after Peru quake",
                text="Crews in Peru could not get through to highland hamlets that slides of mud had isolated since the earthquake, "
                     "according to the interior ministry. Clinics were full and 1,100 were dead."),
        Article(id="b1", source="b1", title="Nepal earthquake toll rises to 640",
                text="Authorities put the dead from Nepal's earthquake at 640 on Sunday while crews "
                     "dug through fallen houses. Seismologists at the US Geological Survey gave the tremor a magnitude of 6.4."),
        Article(id="b2", source="b2", title="Aid arrives in Nepal villages hit by quake",
                text="Relief supplies got to isolated hamlets in Nepal on Monday, according to the interior ministry, after the earthquake "
                     "levelled thousands of homes. 905 were dead and more deaths were feared."),
    ]
    clusters, _ = cluster_articles(arts, threshold=SETTINGS.story_threshold, split_threshold=SETTINGS.story_split_threshold)
    assert sorted(sorted(arts[i].id for i in c) for c in clusters) == [["a1", "a2"], ["b1", "b2"]]


def test_two_quakes_in_one_region_years_apart_are_two_stories() -> None:
    # fiction: one county, one kind of event, six years apart; each pair's articles are days apart
    def art(i: str, d: str, title: str, text: str) -> Article:
        return Article(id=i, source=i, title=title, text=text,
                       published=PublishedDate(date=d, basis="explicit", earliest=d, latest=d))

    arts = [
    art("a1", "2019-02-07", "Quake in Oskar County kills 9", "Late on Tuesday a 6.4-magnitude tremor rocked Oskar County, in Velmaria's east, leaving nine dead in Lenne city where a hotel caved in, according to county authorities."),
    art("a2", "2019-02-08", "Rescuers search tilted buildings in Lenne", "Firefighters combed a leaning tower block in Lenne on Wednesday, a day after the Oskar County earthquake, and the fire service put the dead at 12."),
    art("b1", "2025-04-03", "Strongest quake in decades hits Velmaria", "Velmaria's worst earthquake for a quarter century hit Oskar County in Wednesday's morning commute, leaving no fewer than nine dead, and a slide of rock sealed a motorway tunnel, according to authorities."),
    art("b2", "2025-04-04", "Hikers trapped in gorge after quake", "On Thursday helicopters dropped supplies to walkers trapped in the Tarrow gorge, whose single road the earthquake had cut, while Oskar County's dead rose to 13."),
]
    clusters, _ = cluster_articles(arts, threshold=SETTINGS.story_threshold, split_threshold=SETTINGS.story_split_threshold)
    assert sorted(sorted(arts[i].id for i in c) for c in clusters) == [["a1", "a2"], ["b1", "b2"]]


def test_a_site_tagline_taken_for_a_title_does_not_name_the_story() -> None:
    day = PublishedDate(date="2031-08-05", basis="explicit", earliest="2031-08-05", latest="2031-08-05")
    first = ("Since the middle of June, 120 have died in flooding across Saska province, according to its emergency "
             "agency on Monday, after the Orla river spilled over near Lenne.")
    second = ("On Tuesday crews in Saska got through to hamlets the Orla river had isolated, while doctors at Lenne's "
              "hospital saw 340 injured, according to local authorities.")
    arts = [
        # the most central page (it carries both reports) has its site's tagline for a title
        Article(id="t1", source="t1", title="Helping aid workers everywhere, around the clock", text=first + " " + second,
                published=day),
        Article(id="t2", source="t2", title="Saska flood toll reaches 120", text=first, published=day),
        Article(id="t3", source="t3", title="Rescuers reach villages cut off by Orla river", text=second, published=day),
    ]
    _, stories = build_stories(arts, settings=SETTINGS)
    assert len(stories) == 1 and stories[0].title != "Helping aid workers everywhere, around the clock"


def test_average_linkage_never_joins_groups_dated_years_apart() -> None:
    # 2 (undated) is close to both 0 and 1; 0 and 1 are dated six years apart
    edges = {(0, 2): 0.9, (1, 2): 0.9, (0, 1): 0.1}
    assert average_linkage(3, edges, 0.4) == [[0, 1, 2]]
    assert average_linkage(3, edges, 0.4, days=[737000, 739200, None], max_gap=730) == [[0, 2], [1]]
    # a story followed for years whose dated articles come close to each other stays one
    assert average_linkage(3, {(0, 2): 0.9, (1, 2): 0.9}, 0.4, days=[737000, 737300, 737600], max_gap=730) == [[0, 1, 2]]


def test_an_undated_article_does_not_bridge_two_events_years_apart() -> None:
    # fiction: the two quakes of the test above, and an undated explainer that tells of both
    def art(i: str, d: str | None, title: str, text: str) -> Article:
        pub = PublishedDate(date=d, basis="explicit", earliest=d, latest=d) if d else PublishedDate()
        return Article(id=i, source=i, title=title, text=text, published=pub)

    arts = [
        art("a1", "2019-02-07", "Quake in Oskar County kills 9", "Late on Tuesday a 6.4-magnitude tremor rocked Oskar County, in Velmaria's east, leaving nine dead in Lenne city where a hotel caved in, according to county authorities."),
        art("a2", "2019-02-08", "Rescuers search tilted buildings in Lenne", "Firefighters combed a leaning tower block in Lenne on Wednesday, a day after the Oskar County earthquake, and the fire service put the dead at 12."),
        art("b1", "2025-04-03", "Strongest quake in decades hits Velmaria", "Velmaria's worst earthquake for a quarter century hit Oskar County in Wednesday's morning commute, leaving no fewer than nine dead, and a slide of rock sealed a motorway tunnel, according to authorities."),
        art("b2", "2025-04-04", "Hikers trapped in gorge after quake", "On Thursday helicopters dropped supplies to walkers trapped in the Tarrow gorge, whose single road the earthquake had cut, while Oskar County's dead rose to 13."),
        art("u1", None, "Oskar County earthquake: what we know", "Velmaria's Oskar County was hit by an earthquake that left nine dead; firefighters in Lenne combed a leaning tower block, a slide of rock sealed a motorway tunnel and walkers were trapped in the Tarrow gorge, according to authorities."),
    ]
    clusters, _ = cluster_articles(arts, threshold=SETTINGS.story_threshold, split_threshold=SETTINGS.story_split_threshold)
    found = sorted(sorted(arts[i].id for i in c) for c in clusters)
    assert ["a1", "a2"] in found or ["a1", "a2", "u1"] in found
    assert not any({"a1", "b1"} <= set(c) for c in found)


def test_a_question_s_quake_finds_the_earthquake_story(mixed_dossier) -> None:  # type: ignore[no-untyped-def]
    """A question may say "quake" where the story's titles say "earthquake" (and the other way round)."""
    from dossier.present.stories import answer_in_story

    body = dossier_to_dict(mixed_dossier)
    titles = {s.id: s.title or "" for s in mixed_dossier.stories}
    solvane = next(sid for sid, t in titles.items() if "Solvane" in t)
    for question in ("How many were killed in the Solvane quake?", "How many died in the Solvane tremor?"):
        answer = answer_in_story(question, body)
        assert answer.text.startswith(f"In the story \u201c{titles[solvane]}\u201d"), (question, answer.text)
