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
    "The Velmora river burst its banks on Tuesday night after days of rain, officials in the town of Castellan said. "
    "Rescue crews from São Miguel and Pontevéz worked through the night to reach families trapped on rooftops, and the "
    "café owners on the main square opened their doors to people who had lost their homes. \"We have never seen water "
    "rise this fast,\" said the mayor, Inês Cordeiro. At least twelve people were missing on Wednesday morning, "
    "according to the regional fire service."
)
SECOND = (
    "Engineers inspected the Velmora embankment on Thursday and found two breaches, each more than 30 metres wide, "
    "the regional water board said. The board said repairs would take at least six weeks and that about 1,800 "
    "residents of Castellan would stay in shelters until then. Farmers downstream said their spring crops were lost."
)
THIRD = (
    "The regional council of Castellan approved emergency funds worth 12 million crowns on Friday to rebuild the two "
    "bridges destroyed by the Velmora flood, council leader Ruben Acosta said. He said the first temporary bridge "
    "would open within ten days and that the council had asked the army for help."
)
FRENCH = (
    "La rivière Velmora a débordé mardi soir après plusieurs jours de pluie, ont indiqué les autorités de la ville de "
    "Castellan. Les équipes de secours ont travaillé toute la nuit pour atteindre les familles bloquées sur les toits. "
    "Au moins douze personnes étaient portées disparues mercredi matin, selon les pompiers de la région."
)


def _scripts_page() -> str:
    scripts = "".join(f"<script>var slot{i} = function() {{ return loadAd({i}); }};</script>" for i in range(300))
    paras = "".join(f"<p>{s}.</p>" for s in SECOND.rstrip(".").split(". "))
    return (
        "<html><head><title>Breaches found in Velmora embankment | Castellan Post</title>"
        "<meta property='og:site_name' content='Castellan Post'>"
        f"{scripts}</head><body><nav><a href='/'>Home</a><a href='/news'>News</a></nav>"
        f"<article><h1>Breaches found in Velmora embankment</h1>{paras}</article>"
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
    (d / "latin1.txt").write_bytes(("Flood in Castellan\n\n" + STORY).encode("latin-1"))
    (d / "french.txt").write_text(FRENCH, encoding="utf-8")
    (d / "too_short.txt").write_text("Flood in Castellan. More soon.", encoding="utf-8")
    para = SECOND + "\n\n"
    with (d / "huge.txt").open("w", encoding="utf-8") as f:
        while f.tell() < 20_000_000:
            f.write(para)
    (d / "sub").mkdir()
    (d / "sub" / "page.html").write_text(_scripts_page(), encoding="utf-8")
    lines = [
        json.dumps({"id": "feed-1", "title": "Council approves flood funds", "text": THIRD, "outlet": "Castellan Post", "published": "2025-03-07"}),
        '{"id": "feed-2", "text": "unterminated',
        json.dumps({"id": "feed-3", "title": "no text here"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"url": "https://castellan-post.example/flood-shelters", "html": "<html><body><article><h1>Shelters fill up in Castellan</h1>"
                    + "".join(f"<p>{x}.</p>" for x in STORY.rstrip(".").split(". ")) + "</article></body></html>"}),
    ]
    (d / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (d / "notes.md").write_text("not an article format: ignored", encoding="utf-8")
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
    assert sources == ["feed-1", "https://castellan-post.example/flood-shelters", "huge.txt", "latin1.txt", "sub/page.html"]


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
    assert "São Miguel" in art.text and "café" in art.text and "Inês Cordeiro" in art.text
    assert art.encoding in {"cp1252", "latin_1", "iso8859_1"}
    assert art.title == "Flood in Castellan"


def test_huge_file_is_cut_and_the_cut_recorded(dossier: Dossier) -> None:
    art = next(a for a in dossier.articles if a.source == "huge.txt")
    assert len(art.text) <= SETTINGS.max_chars
    assert art.text.endswith("were lost.")  # cut at a paragraph break
    cut = [r for r in art.removed if r.reason == "other" and "characters cut" in r.text]
    assert len(cut) == 1 and "max_chars" in cut[0].text


def test_scripts_page_is_extracted(dossier: Dossier) -> None:
    art = next(a for a in dossier.articles if a.source == "sub/page.html")
    assert art.title == "Breaches found in Velmora embankment"
    assert "Engineers inspected the Velmora embankment" in art.text
    assert "loadAd" not in art.text and "window.track" not in art.text
    assert art.outlet == "Castellan Post"


def test_jsonl_html_is_extracted(dossier: Dossier) -> None:
    art = next(a for a in dossier.articles if a.source.startswith("https://"))
    assert art.title == "Shelters fill up in Castellan"
    assert art.text.startswith("The Velmora river burst its banks")
    assert art.url == "https://castellan-post.example/flood-shelters"


def test_jsonl_metadata_is_kept(dossier: Dossier) -> None:
    art = next(a for a in dossier.articles if a.source == "feed-1")
    assert art.title == "Council approves flood funds"
    assert art.outlet == "Castellan Post"
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
    text = "“Quotes” and café — £5"
    assert decode_bytes(text.encode("utf-8")) == (text, "utf-8")
    assert decode_bytes(b"\xef\xbb\xbf" + text.encode("utf-8")) == (text, "utf-8-sig")
    assert decode_bytes(text.encode("utf-16")) == (text, "utf-16")
    got, enc = decode_bytes((text + " " + STORY).encode("cp1252"))
    assert got.startswith(text) and enc == "cp1252"
    html = "<html><head><meta charset='iso-8859-1'></head><body>café</body></html>".encode("latin-1")
    assert "café" in decode_bytes(html, html=True)[0]


def test_cap_text_cuts_at_a_paragraph() -> None:
    text = "First paragraph here.\n\nSecond paragraph here.\n\nThird paragraph here."
    kept, cut = cap_text(text, 50)
    assert kept == "First paragraph here.\n\nSecond paragraph here."
    assert cut == len(text) - len(kept)
    assert cap_text(text, 1000) == (text, 0)


def test_detect_language() -> None:
    assert detect_language(STORY)[0] == "english"
    lang, english = detect_language(FRENCH)
    assert lang == "french" and english < 0.2


def test_plain_html_fallback_extracts_paragraphs() -> None:
    from dossier.ingest.read import _extract_html_plain

    got = _extract_html_plain(_scripts_page())
    assert got["title"] == "Breaches found in Velmora embankment"
    assert "Engineers inspected the Velmora embankment" in got["text"]
    assert "loadAd" not in got["text"] and "Home" not in got["text"]
    assert got["sitename"] == "Castellan Post"


def test_an_english_story_quoting_posts_in_another_language_is_english() -> None:
    page = (
        "In the northern desert, rebels ambushed a convoy of soldiers and foreign fighters near the border town of Brask.\n\n"
        "The rebel movement said its fighters seized armored vehicles, trucks and tanks during the fighting in the town.\n\n"
        "Doğrulattım, bölgede neler oldu bilgisi geldi, ayrılıkçı koalisyon en büyük kaybını verdirtti pic.twitter.com/x1 — "
        "Bir Hesap (@birhesap) July 27, 2024\n\n"
        "The army reported that two of its soldiers were killed and 10 wounded in the fighting, and about 20 militants died.\n\n"
        "Batı yapılanması birlikleri pusuya düşürdü: 53 ölü, 12 esir pic.twitter.com/x2 — Günlük Hesap (@gunluk) July 27, 2024\n\n"
        "Meanwhile, accounts linked to the group started sharing mourning posts after what happened near the border.\n"
    )
    assert detect_language(page)[0] == "english"
    lang, english = detect_language(FRENCH)
    assert lang != "english" and english < 0.2


def test_jsonl_fields_under_the_names_scrapers_give_them(tmp_path: Path) -> None:
    """A news-please / schema.org style line ("maintext", "headline", "date_publish", "author",
    "publisher") is read like ours: its text, title, date, author and outlet are kept (fictional)."""
    line = {
        "link": "https://castellan-post.example/quake-toll",
        "headline": "Quake toll in Castellan rises to 212",
        "date_publish": "2025-03-04 09:12:00",
        "author": "Mira Holt",
        "publisher": "Castellan Post",
        "text": "",
        "maintext": ("The death toll from the earthquake that struck the Castellan valley on Monday rose to 212 on "
                     "Tuesday, the regional civil defence agency said, as rescue teams searched collapsed homes in "
                     "three villages for survivors. More than 900 people were injured."),
    }
    d = tmp_path / "in"
    d.mkdir()
    (d / "feed.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    raws, rejections = read_inputs(d, settings=SETTINGS)
    assert not rejections
    (raw,) = raws
    assert raw.source == "https://castellan-post.example/quake-toll"
    assert raw.title == "Quake toll in Castellan rises to 212" and raw.outlet == "Castellan Post"
    assert raw.published == "2025-03-04 09:12:00" and raw.authors == ("Mira Holt",)
    assert raw.text.startswith("The death toll from the earthquake")
