"""Quote speakers in shapes seen on real news of new stories (fictional text)."""

from __future__ import annotations

from dossier.extract.quotes import extract_quotes
from dossier.model import Article
from dossier.settings import Settings


def test_a_figure_reported_by_a_ministry_that_states(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The Velkan Interior Ministry said the toll rose to 2,681 dead. "
            "The toll reported by the ministry earlier today stated that 2,497 people were killed.\n")
    art = Article(id="a", source="a.txt", text=text)
    quotes = extract_quotes(art, nlp(text), time_expressions=(), local_entities=(), settings=Settings())
    q = next(q for q in quotes if "2,497" in q.text)
    assert q.speaker is not None and "ministry" in (q.speaker.text or "").lower(), q.speaker


def _quotes(nlp, text: str):  # type: ignore[no-untyped-def]
    art = Article(id="a", source="a.txt", text=text)
    return extract_quotes(art, nlp(text), time_expressions=(), local_entities=(), settings=Settings())


def test_a_survivor_recounted_inside_an_outlet_report_and_nothing_cited(nlp) -> None:  # type: ignore[no-untyped-def]
    quotes = _quotes(nlp, (
        "The death toll in the city has soared to 900 as search efforts continue, Ruvia TV reports citing the Velkan Red Crescent.\n\n"
        "“Within seconds the water level suddenly rose,” recounted one injured survivor who said he was swept away "
        "with his mother, Ruvia TV reported.\n\n"
        "“Tarn is lashing out because it wants the sanctions lifted,” Foreign Minister Ilse Varn said Thursday "
        "without citing specific evidence as to why Tarn was responsible.\n"))
    direct = next(q for q in quotes if q.kind == "direct" and q.text.startswith("Within"))
    assert direct.speaker is not None and "survivor" in (direct.speaker.text or ""), direct.speaker
    assert not [q for q in quotes if q.cue and "without" in q.cue or q.text.startswith("specific")], [q.cue for q in quotes]


def test_it_after_a_statement_is_the_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    quotes = _quotes(nlp, (
        'Defence Minister Ilse Varn said in a statement on Monday, "We have sent about 900 additional troops to the border."\n\n'
        'The statement added, "Recent attacks confirmed the reports we received."\n\n'
        'It mentioned, "Norland is not seeking a conflict with Tarn."\n'))
    q = next(q for q in quotes if q.text.startswith("Norland"))
    assert q.speaker is not None and q.speaker.name == "Ilse Varn", q.speaker


def test_an_update_relayed_by_an_outlet_and_it_after_a_ministry(nlp) -> None:  # type: ignore[no-untyped-def]
    quotes = _quotes(nlp, (
        "The Orsk court said in a statement that 40 people remain missing.\n\n"
        "A research vessel will reach Orsk on Friday, the Science Ministry said on Tuesday. "
        "The vessel can map the seafloor, it said.\n\n"
        "The update, reported by the Velka Observer on Tuesday, also said thousands remain missing.\n"))
    q = next(q for q in quotes if q.text.startswith("The vessel"))
    assert q.speaker is not None and q.speaker.name != "Orsk court", q.speaker
    q = next(q for q in quotes if q.text.startswith("thousands"))
    assert q.speaker is not None and "update" in (q.speaker.text or ""), q.speaker


def _page_quotes(text: str):  # type: ignore[no-untyped-def]
    from dossier.ingest.clean import clean_article
    from dossier.model import RawArticle
    from dossier.pipeline import analyze_batch

    settings = Settings(progress="never", min_words=5)
    art = clean_article(RawArticle(source="page.txt", fmt="txt", text=text), settings=settings)
    assert isinstance(art, Article)
    return art, list(analyze_batch([art], settings=settings)[0].quotes)


def test_it_said_after_a_body_the_sentence_before_credits() -> None:
    art, quotes = _page_quotes("""Fighting in Norland

Ostland sustained the losses in weekend fighting near the villages of Velm and Orsk, according to Norland's Main Directorate of Intelligence.

"At least three Ostland soldiers went missing" near the village of Kirra, it said on Telegram.
""")
    q = next(q for q in quotes if "three Ostland soldiers" in art.text[q.start:q.end])
    assert q.speaker is not None and q.speaker.name == "Main Directorate of Intelligence", q.speaker


def test_a_closing_it_added_after_the_person_who_added() -> None:
    art, quotes = _page_quotes("""Quake in Norland

Norland's military leader Senior General Arvo Tamm said 1,644 people had been killed. Tamm added that the death toll may exceed 3,000, it added. The quake was the strongest in the region in a century.
""")
    q = next(q for q in quotes if "may exceed 3,000" in art.text[q.start:q.end])
    assert q.speaker is not None and q.speaker.name == "Arvo Tamm", q.speaker


def test_an_outlet_closing_the_sentence_citing_others_gives_them_the_quote() -> None:
    art, quotes = _page_quotes("""Flood toll in Norland

The number of missing people has risen to 40. Earlier reports indicated that 117 people had died and 39 were missing, Velkor.Az reports, citing Norland media.
""")
    q = next(q for q in quotes if "117 people" in art.text[q.start:q.end])
    assert q.speaker is not None and q.speaker.name == "Norland media", q.speaker
    assert "Velkor.Az" not in art.text[q.start:q.end]
    # the cited name alone is no quote
    assert not any(art.text[q.start:q.end].strip() == "Norland media" for q in quotes)
