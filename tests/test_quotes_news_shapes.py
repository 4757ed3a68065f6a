"""Who a quote belongs to, in constructions news pages use (all text invented)."""

from __future__ import annotations

from dossier.extract.quotes import extract_quotes
from dossier.model import Article
from dossier.settings import Settings


def test_a_figure_reported_by_a_ministry_that_states(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The Dravian Health Ministry said on Sunday that deaths had climbed to 3,114. "
            "The count published by the ministry late on Sunday stated that 2,860 people were killed.\n")
    art = Article(id="a", source="a.txt", text=text)
    quotes = extract_quotes(art, nlp(text), time_expressions=(), local_entities=(), settings=Settings())
    q = next(q for q in quotes if "2,860" in q.text)
    assert q.speaker is not None and "ministry" in (q.speaker.text or "").lower(), q.speaker


def _quotes(nlp, text: str):  # type: ignore[no-untyped-def]
    art = Article(id="a", source="a.txt", text=text)
    return extract_quotes(art, nlp(text), time_expressions=(), local_entities=(), settings=Settings())


def test_a_survivor_recounted_inside_an_outlet_report_and_nothing_cited(nlp) -> None:  # type: ignore[no-untyped-def]
    quotes = _quotes(nlp, (
        "The number of dead in the port town has climbed to 740 as rescue work goes on, Kessa TV reports citing the Dravian Red Cross.\n\n"
        "“In a moment the river suddenly burst over us,” recounted one wounded survivor who said he was carried off "
        "with his brother, Kessa TV reported.\n\n"
        "“Mordan is striking back because it wants the embargo ended,” Foreign Minister Rena Holt said Friday "
        "without citing specific evidence as to why Mordan was to blame.\n"))
    direct = next(q for q in quotes if q.kind == "direct" and q.text.startswith("In a moment"))
    assert direct.speaker is not None and "survivor" in (direct.speaker.text or ""), direct.speaker
    assert not [q for q in quotes if q.cue and "without" in q.cue or q.text.startswith("specific")], [q.cue for q in quotes]


def test_it_after_a_statement_is_the_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    quotes = _quotes(nlp, (
        'Interior Minister Rena Holt said in a statement on Friday, "We have moved roughly 600 more police officers to the frontier."\n\n'
        'The statement added, "Last week\'s raids bore out the warnings we were given."\n\n'
        'It mentioned, "Dravia does not want a war with Mordan."\n'))
    q = next(q for q in quotes if q.text.startswith("Dravia"))
    assert q.speaker is not None and q.speaker.name == "Rena Holt", q.speaker


def test_an_update_relayed_by_an_outlet_and_it_after_a_ministry(nlp) -> None:  # type: ignore[no-untyped-def]
    quotes = _quotes(nlp, (
        "The Kessel tribunal said in a statement on Monday that 25 people remain missing.\n\n"
        "A survey ship will arrive in Kessel on Sunday, the Marine Ministry said on Wednesday. "
        "The ship can chart the ocean floor, it said.\n\n"
        "The update, carried by the Dravia Herald on Wednesday, also said hundreds are still missing.\n"))
    q = next(q for q in quotes if q.text.startswith("The ship"))
    assert q.speaker is not None and q.speaker.name != "Kessel tribunal", q.speaker
    q = next(q for q in quotes if q.text.startswith("hundreds"))
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
    art, quotes = _page_quotes("""Clashes in Dravia

Mordan suffered the casualties in overnight clashes close to the hamlets of Senn and Kessel, according to Dravia's Main Directorate of Intelligence.

"No fewer than four Mordan fighters are unaccounted for" close to the hamlet of Birk, it said on Telegram.
""")
    q = next(q for q in quotes if "four Mordan fighters" in art.text[q.start:q.end])
    assert q.speaker is not None and q.speaker.name == "Main Directorate of Intelligence", q.speaker


def test_a_closing_it_added_after_the_person_who_added() -> None:
    art, quotes = _page_quotes("""Earthquake in Dravia

Dravia's army chief Senior General Oren Vask said 2,210 people had died. Vask added that the number of dead could pass 4,000, it added. The tremor was the most powerful felt in the area in a hundred years.
""")
    q = next(q for q in quotes if "could pass 4,000" in art.text[q.start:q.end])
    assert q.speaker is not None and q.speaker.name == "Oren Vask", q.speaker


def test_an_outlet_closing_the_sentence_citing_others_gives_them_the_quote() -> None:
    art, quotes = _page_quotes("""Flood deaths in Dravia

The count of missing people has climbed to 52. Earlier accounts showed that 134 people had been killed and 50 were missing, Senna.Kz reports, citing Dravian media.
""")
    q = next(q for q in quotes if "134 people" in art.text[q.start:q.end])
    assert q.speaker is not None and q.speaker.name == "Dravian media", q.speaker
    assert "Senna.Kz" not in art.text[q.start:q.end]
    # the cited name alone is no quote
    assert not any(art.text[q.start:q.end].strip() == "Dravian media" for q in quotes)
