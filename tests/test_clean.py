"""Tests of the clutter remover (clean.py) on the seeds, the BBC set and short fictional text."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.clean import clean_article, clean_lines
from dossier.ingest import decode_bytes, read_inputs
from dossier.model import Article, RawArticle
from dossier.settings import Settings

REASONS = {"navigation", "advertisement", "donation", "comments", "caption", "related", "copyright", "byline", "dateline", "other"}


@pytest.fixture(scope="session")
def seed_articles(seeds_dir: Path) -> dict[str, tuple[str, Article]]:
    """Each seed's raw text and its cleaned article, by file name (ingest + clean only)."""
    settings = Settings(progress="never")
    raws, rejections = read_inputs(seeds_dir, settings=settings)
    assert not rejections
    out: dict[str, tuple[str, Article]] = {}
    for raw in raws:
        art = clean_article(raw, settings=settings)
        assert isinstance(art, Article), art
        out[raw.source] = (raw.text or "", art)
    return out


def _clean(text: str, title: str | None = None) -> Article:
    art = clean_article(RawArticle(source="t.txt", fmt="txt", text=text, title=title), settings=Settings(min_words=5))
    assert isinstance(art, Article), art
    return art


def test_every_seed_line_is_kept_or_removed_with_a_reason(seed_articles: dict[str, tuple[str, Article]]) -> None:
    for name, (raw, art) in seed_articles.items():
        removed = {r.text for r in art.removed}
        for r in art.removed:
            assert r.reason in REASONS, (name, r)
            assert r.line is not None and raw.splitlines()[r.line].strip().replace("\u00a0", " ").strip() == r.text
        for line in raw.splitlines():
            s = line.replace("\u00a0", " ").strip()
            if not s:
                continue
            assert s in art.text or s == art.title or s in removed, (name, s[:60])


def test_long_seed_lines_are_removed_only_as_appeals_captions_or_comment_text(
    seed_articles: dict[str, tuple[str, Article]],
) -> None:
    # a long line is story prose unless it is an appeal, a caption or comment-box text
    for name, (_, art) in seed_articles.items():
        for r in art.removed:
            if len(r.text) > 120:
                assert r.reason in {"donation", "caption", "comments"}, (name, r.reason, r.text[:60])


@pytest.mark.parametrize(
    "fragment",
    [
        "71.8 F",
        "Skip to Content",
        "Skip to content",
        "Jump to comments",
        "Article Topic Follows",
        "Advertisement",
        "Author Profile Photo",
        "BE PART OF THE CONVERSATION",
        "keep your comments respectful",
        "share a story idea",
        "cup of coffee",
        "join our community",
        "Become a patron",
        "Read also",
        "RELATED STORIES",
        "too valuable to be cannon fodder",  # a "Read also" headline
        "intercepted’ radio communications",  # a "RELATED STORIES" headline
        "[Rodong Sinmun]",
        "[YONHAP]",
        "Information Security]",
        "All rights reserved",
        "The-CNN-Wire",
        "CNN Newsource",
        "Edited by",
        "Updated to include",
        "Updated on",
        "By Jennifer Hansler",
        "BY YOUNGNAM KIM",
        "Thursday, October 24, 2024",
    ],
)
def test_seed_clutter_is_removed(seed_articles: dict[str, tuple[str, Article]], fragment: str) -> None:
    assert all(fragment not in art.text for _, art in seed_articles.values())
    assert any(fragment in r.text for _, art in seed_articles.values() for r in art.removed)


@pytest.mark.parametrize(
    "fragment",
    [
        "(CNN) — As many as 8,000",  # dateline kept with its sentence
        "TAIPEI, Taiwan – The United States",
        "Matter for themselves",  # a subhead inside the story
        "We must recommit to stay the course",  # a short quote line
        "China, one of North Korea’s few traditional allies",  # story resumes after RELATED STORIES
        "Russia’s deployment of North Korean troops is a powerful signal",  # just above "Read also"
        "Brazil told Euromaidan Press",
        "providing Ukraine with the support it needs to secure victory",  # mentions "support"
        "He also suggested North Korea could send more troops",
        "Representative Lee from the People Power Party",  # last story line above the byline
        "Asked if he believed Ukraine",
        "Miller’s remarks came about a week after",  # last story line above "Edited by"
        "The Kremlin has not commented",
    ],
)
def test_seed_story_sentences_are_kept(seed_articles: dict[str, tuple[str, Article]], fragment: str) -> None:
    assert any(fragment in art.text for _, art in seed_articles.values())


def test_seed_removed_reasons(seed_articles: dict[str, tuple[str, Article]]) -> None:
    by_text = {r.text[:40]: r.reason for _, art in seed_articles.values() for r in art.removed}
    reasons = {next(v for k, v in by_text.items() if k.startswith(prefix)) for prefix in ("Read also",)}
    assert reasons == {"related"}
    assert by_text["71.8 F"] == "other"
    assert by_text["- Advertisement -"] == "advertisement"
    assert by_text["Skip to Content"] == "navigation"
    assert by_text["Author Profile Photo"] == "caption"
    assert by_text["BE PART OF THE CONVERSATION"] == "comments"
    assert by_text["Updated on Nov. 13, 2024 at 5:35 a.m. ET"] == "dateline"
    assert by_text["World"] == "navigation"


def test_text_layout_is_paragraphs(seed_articles: dict[str, tuple[str, Article]]) -> None:
    for _, art in seed_articles.values():
        assert art.text == art.text.strip()
        assert "\n\n\n" not in art.text
        assert all(p.strip() == p and p for p in art.text.split("\n\n"))


# --- short fictional text -------------------------------------------------------------------


def test_story_sentences_with_clutter_words_survive() -> None:
    text = "\n".join(
        [
            "Flood waters rise in Castellan",
            "The river burst its banks on Tuesday night, officials said.",
            "The government pledged support for families who lost their homes, and subscribers to the local power company were told to boil water.",
            "Opposition lawmakers declined to make comments on the cause of the flood.",
            "By Wednesday, the toll had risen to 14, the fire service said.",
            "“We need your support now,” the mayor told residents.",
            "Share",
            "Please keep your comments respectful and relevant.",
        ]
    )
    art = _clean(text)
    assert art.title == "Flood waters rise in Castellan"
    for start in ("The river burst", "The government pledged support", "Opposition lawmakers declined", "By Wednesday, the toll", "“We need your support now,”"):
        assert start in art.text
    assert "Please keep your comments" not in art.text
    assert art.authors == ()


def test_related_list_stops_where_the_story_resumes() -> None:
    text = "\n".join(
        [
            "The dam gave way shortly before midnight, the regional emergency service said.",
            "You may also like",
            "• Ten things to know about the valley",
            "• Mayor opens new bridge",
            "Rescue teams worked through the night to reach families on rooftops.",
            "Read more: the minister said the inquiry would report within a month.",
        ]
    )
    art = _clean(text)
    assert art.title is None
    assert "Ten things" not in art.text and "Mayor opens" not in art.text
    assert "Rescue teams worked" in art.text
    assert "the minister said the inquiry" in art.text  # prose after "Read more:" is story text
    assert [r.reason for r in art.removed] == ["related"] * 3


def test_captions_and_bracket_inserts() -> None:
    text = "\n".join(
        [
            "Rescuers search the river bank near Castellan on Tuesday. (Photo: AP)",
            "Rescuers searched the river bank on Tuesday, the fire service said.",
            "A man carries his daughter through the water. Getty Images",
            "“They [the engineers] knew the spillway was blocked,” she said.",
            "“It was his decision,” the mayor said of the director [Emil Sarno].",
        ]
    )
    art = _clean(text)
    assert "(Photo: AP)" not in art.text and "Getty Images" not in art.text
    assert "They [the engineers] knew" in art.text
    assert sorted(r.reason for r in art.removed) == ["caption", "caption"]


def test_hard_wrapped_lines_are_joined() -> None:
    text = "The dam gave way shortly before midnight on Monday, sending a wall of\nwater through three villages, officials said.\n\nRescue teams worked through the night."
    art = _clean(text)
    assert art.text.split("\n\n")[0].endswith("wall of water through three villages, officials said.")


def test_given_title_line_is_taken_out() -> None:
    art = _clean("Flood hits Castellan\nThe river burst its banks on Tuesday night, officials said.", title="Flood hits Castellan")
    assert art.title == "Flood hits Castellan"
    assert art.text.startswith("The river burst")


def test_too_short_after_cleaning_is_rejected() -> None:
    raw = RawArticle(source="s.txt", fmt="txt", text="Skip to content\nThe river rose.\nAll rights reserved.")
    rej = clean_article(raw, settings=Settings())
    assert not isinstance(rej, Article)
    assert rej.stage == "clean" and "min_words" in rej.reason


# --- a clean news corpus: nothing should be taken out ----------------------------------------


def test_bbc_story_lines_are_kept(data_dir: Path) -> None:
    """The BBC set has no page clutter: every line but the headline is story (measured 4/10,635 lost)."""
    root = data_dir / "bbc-news" / "bbc"
    files = sorted(p for p in root.rglob("*.txt") if p.name[0].isdigit())
    assert len(files) > 2000
    lines = lost = titles = 0
    for p in files:
        text, _ = decode_bytes(p.read_bytes())
        first = text.strip().split("\n")[0].strip()
        res = clean_lines(text)
        lines += sum(1 for ln in text.split("\n") if ln.strip()) - 1
        lost += len(res.removed)
        titles += res.title == first
    assert lost / lines < 0.002
    assert titles / len(files) > 0.995
