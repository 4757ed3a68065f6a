"""Tests of ingest: a folder of good and bad inputs, built into a dossier without a crash."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dossier.errors import InputError
from dossier.ingest.read import cap_text, decode_bytes, detect_language, read_inputs
from dossier.model import Dossier
from dossier.settings import Settings

# short fictional stories, written for these tests
STORY = (
    "The Drelna overflowed late on Tuesday following a week of storms, according to the town hall in Quillon. "
    "Boat teams sent from São Aurélio and Montaréz spent the dark hours lifting stranded households off their roofs, "
    "while a café by the old fountain let flooded-out neighbours sleep between its tables. \"Nobody here remembers "
    "a rise like it,\" the mayor, Leonor Gonçalves, told reporters. Firefighters for the district listed fourteen "
    "people as unaccounted for by dawn on Wednesday."
)
SECOND = (
    "Surveyors walked the Drelna levee on Thursday and counted three gaps, the widest close to 40 metres, "
    "according to the district drainage authority. Closing them will need eight weeks or more, it added, so some 2,300 "
    "Quillon residents face a long stay in school gyms. Growers further down the valley called their barley ruined."
)
THIRD = (
    "On Friday Quillon's district assembly voted through 9 million crowns in relief money for replacing three "
    "footbridges the Drelna swept away, its chair, Tomas Ferreira, announced. A pontoon crossing should be usable "
    "in about a fortnight, he added, and army engineers have been asked to help."
)
FRENCH = (
    "Après une semaine d'orages, la Drelna est sortie de son lit dans la nuit de mardi, selon la mairie de Quillon. "
    "Des bateaux venus des communes voisines ont secouru jusqu'à l'aube des habitants réfugiés sur leurs toits. "
    "Quatorze personnes restaient introuvables mercredi à l'aube, d'après les sapeurs-pompiers du district."
)


def _scripts_page() -> str:
    scripts = "".join(f"<script>adq.push(fetchBanner({i}));</script>" for i in range(300))
    paras = "".join(f"<p>{s}.</p>" for s in SECOND.rstrip(".").split(". "))
    return (
        "<html><head><title>Three gaps in Drelna levee | Quillon Herald</title>"
        "<meta property='og:site_name' content='Quillon Herald'>"
        f"{scripts}</head><body><nav class='top'><a href='/'>Home</a><a href='/local'>Local</a></nav>"
        f"<article><h1>Three gaps in Drelna levee</h1>{paras}</article>"
        + "<script>window.track = 1;</script>" * 200
        + "</body></html>"
    )


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with one of every kind of problem input, and good articles beside them."""
    d = tmp_path_factory.mktemp("inputs")
    (d / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (d / "nul_bytes.txt").write_bytes(b"some text\x00\x00\x01\x02 more")
    (d / "empty.txt").write_bytes(b"")
    (d / "latin1.txt").write_bytes(("Drelna floods Quillon\n\n" + STORY).encode("latin-1"))
    (d / "french.txt").write_text(FRENCH, encoding="utf-8")
    (d / "too_short.txt").write_text("Quillon flooding. Updates to follow.", encoding="utf-8")
    para = SECOND + "\n\n"
    with (d / "huge.txt").open("w", encoding="utf-8") as f:
        while f.tell() < 20_000_000:
            f.write(para)
    (d / "sub").mkdir()
    (d / "sub" / "page.html").write_text(_scripts_page(), encoding="utf-8")
    lines = [
        json.dumps({"id": "feed-1", "title": "Assembly votes bridge money", "text": THIRD, "outlet": "Quillon Herald", "published": "2025-03-07"}),
        '{"id": "feed-2", "text": "unterminated',
        json.dumps({"id": "feed-3", "title": "a title alone"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"url": "https://quillon-herald.example/drelna-rooftops", "html": "<article><h1>Rooftop rescues in Quillon</h1>"
                    + "".join(f"<p>{x}.</p>" for x in STORY.rstrip(".").split(". ")) + "</article>"}),
    ]
    (d / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (d / "notes.md").write_text("notes, a format we skip", encoding="utf-8")
    (d / ".hidden").mkdir()
    (d / ".hidden" / "secret.txt").write_text(STORY, encoding="utf-8")
    return d


SETTINGS = Settings(progress="never", max_chars=20_000)


@pytest.fixture(scope="module")
def dossier(bad_folder: Path) -> Dossier:
    from dossier.pipeline import build_dossier

    return build_dossier(bad_folder, settings=SETTINGS)


def test_build_finishes_with_every_good_article(dossier: Dossier) -> None:
    sources = sorted(a.source for a in dossier.articles)
    assert sources == ["feed-1", "https://quillon-herald.example/drelna-rooftops", "huge.txt", "latin1.txt", "sub/page.html"]


def test_every_problem_is_rejected_with_a_clear_reason(dossier: Dossier) -> None:
    reasons = {r.source: r.reason for r in dossier.rejections if r.stage == "ingest"}
    assert set(reasons) == {
        "binary.txt", "nul_bytes.txt", "empty.txt", "french.txt", "too_short.txt",
        "feed.jsonl#L2", "feed.jsonl#L3", "feed.jsonl#L4", "notes.md",
    }  # fmt: skip
    assert "PNG image" in reasons["binary.txt"]
    assert "NUL bytes" in reasons["nul_bytes.txt"]
    assert "empty" in reasons["empty.txt"]
    assert "French" in reasons["french.txt"] and "English" in reasons["french.txt"]
    assert "min_words" in reasons["too_short.txt"]
    assert "not valid JSON" in reasons["feed.jsonl#L2"]
    assert '"text"' in reasons["feed.jsonl#L3"]
    assert "not an object" in reasons["feed.jsonl#L4"]
    for reason in reasons.values():  # what was found, what was expected, what to do
        assert "expected" in reason or "needs" in reason or "analyses English" in reason
        assert any(w in reason for w in ("Remove", "remove", "Fix", "Re-save", "Convert", "add", "lower", "check"))


def test_latin1_is_decoded_right(dossier: Dossier) -> None:
    art = next(a for a in dossier.articles if a.source == "latin1.txt")
    assert "São Aurélio" in art.text and "café" in art.text and "Leonor Gonçalves" in art.text
    assert art.encoding in {"cp1252", "latin_1", "iso8859_1"}
    assert art.title == "Drelna floods Quillon"


def test_huge_file_is_cut_and_the_cut_recorded(dossier: Dossier) -> None:
    art = next(a for a in dossier.articles if a.source == "huge.txt")
    assert len(art.text) <= SETTINGS.max_chars
    assert art.text.endswith("barley ruined.")  # cut at a paragraph break
    cut = [r for r in art.removed if r.reason == "other" and "characters cut" in r.text]
    assert len(cut) == 1 and "max_chars" in cut[0].text


def test_scripts_page_is_extracted(dossier: Dossier) -> None:
    art = next(a for a in dossier.articles if a.source == "sub/page.html")
    assert art.title == "Three gaps in Drelna levee"
    assert "Surveyors walked the Drelna levee" in art.text
    assert "fetchBanner" not in art.text and "window.track" not in art.text
    assert art.outlet == "Quillon Herald"


def test_jsonl_html_is_extracted(dossier: Dossier) -> None:
    art = next(a for a in dossier.articles if a.source.startswith("https://"))
    assert art.title == "Rooftop rescues in Quillon"
    assert art.text.startswith("The Drelna overflowed late on Tuesday")
    assert art.url == "https://quillon-herald.example/drelna-rooftops"


def test_jsonl_metadata_is_kept(dossier: Dossier) -> None:
    art = next(a for a in dossier.articles if a.source == "feed-1")
    assert art.title == "Assembly votes bridge money"
    assert art.outlet == "Quillon Herald"
    assert art.published.basis == "explicit" and art.published.date == "2025-03-07"


def test_hidden_and_other_files_are_not_read(bad_folder: Path) -> None:
    raws, rejections = read_inputs(bad_folder, settings=SETTINGS)
    seen = {r.source for r in raws} | {r.source for r in rejections}
    assert not any(s.startswith(".hidden") for s in seen)
    assert "not supported" in next(r.reason for r in rejections if r.source == "notes.md")
    assert [r.source for r in raws] == sorted(r.source for r in raws)  # deterministic order


def test_missing_folder_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        read_inputs(tmp_path / "nope", settings=SETTINGS)


# --- helpers --------------------------------------------------------------------------------


def test_decode_bytes() -> None:
    text = "“Marks” café — £7"
    assert decode_bytes(text.encode("utf-8")) == (text, "utf-8")
    assert decode_bytes(b"\xef\xbb\xbf" + text.encode("utf-8")) == (text, "utf-8-sig")
    assert decode_bytes(text.encode("utf-16")) == (text, "utf-16")
    got, enc = decode_bytes((text + " " + STORY).encode("cp1252"))
    assert got.startswith(text) and enc == "cp1252"
    html = "<head><meta charset='iso-8859-1'></head><p>café</p>".encode("latin-1")
    assert "café" in decode_bytes(html, html=True)[0]


def test_cap_text_cuts_at_a_paragraph() -> None:
    text = "Opening block of words.\n\nMiddle block, shorter.\n\nClosing block of words."
    kept, cut = cap_text(text, 50)
    assert kept == "Opening block of words.\n\nMiddle block, shorter."
    assert cut == len(text) - len(kept)
    assert cap_text(text, 1000) == (text, 0)


def test_detect_language() -> None:
    assert detect_language(STORY)[0] == "english"
    lang, english = detect_language(FRENCH)
    assert lang == "french" and english < 0.2


def test_plain_html_fallback_extracts_paragraphs() -> None:
    from dossier.ingest.read import _extract_html_plain

    got = _extract_html_plain(_scripts_page())
    assert got["title"] == "Three gaps in Drelna levee"
    assert "Surveyors walked the Drelna levee" in got["text"]
    assert "fetchBanner" not in got["text"] and "Home" not in got["text"]
    assert got["sitename"] == "Quillon Herald"


def test_an_english_story_quoting_posts_in_another_language_is_english() -> None:
    page = (
        "Insurgents in the arid north struck a column of troops and hired gunmen on the road outside the frontier town of Marrun.\n\n"
        "Their commanders claimed to have captured lorries, armoured cars and two tanks once the shooting in Marrun stopped.\n\n"
        "Sahadaki kaynaklarla konuştum, isyancı cephe bu bölgede çok ağır bir darbe vurdu pic.twitter.com/q7 — "
        "Bir Gözcü (@birgozcu) July 27, 2024\n\n"
        "According to the army, three of its men died and 14 were hurt in the clash, while roughly 25 insurgents were killed.\n\n"
        "Kuzey hattındaki askerler baskına uğradı: 41 ölü, 9 esir pic.twitter.com/q8 — Sınır Gözcüsü (@sinirgozcu) July 27, 2024\n\n"
        "Later, pages tied to the insurgents began posting tributes to fighters lost near the frontier.\n"
    )
    assert detect_language(page)[0] == "english"
    lang, english = detect_language(FRENCH)
    assert lang != "english" and english < 0.2


def test_jsonl_fields_under_the_names_scrapers_give_them(tmp_path: Path) -> None:
    """A news-please / schema.org style line ("maintext", "headline", "date_publish", "author",
    "publisher") is read like ours: its text, title, date, author and outlet are kept (fictional)."""
    line = {
        "link": "https://quillon-herald.example/tremor-deaths",
        "headline": "Tremor deaths near Quillon reach 187",
        "date_publish": "2025-03-04 09:12:00",
        "author": "Mira Holt",
        "publisher": "Quillon Herald",
        "text": "",
        "maintext": ("Deaths from Monday's tremor in the hills around Quillon climbed to 187 by Tuesday, district "
                     "emergency officials reported, while crews dug through fallen houses in four hamlets looking "
                     "for anyone alive. Over 700 people were hurt."),
    }
    d = tmp_path / "in"
    d.mkdir()
    (d / "feed.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    raws, rejections = read_inputs(d, settings=SETTINGS)
    assert not rejections
    (raw,) = raws
    assert raw.source == "https://quillon-herald.example/tremor-deaths"
    assert raw.title == "Tremor deaths near Quillon reach 187" and raw.outlet == "Quillon Herald"
    assert raw.published == "2025-03-04 09:12:00" and raw.authors == ("Mira Holt",)
    assert raw.text.startswith("Deaths from Monday's tremor")
