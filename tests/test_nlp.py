"""Language analysis speed-ups give spaCy's own annotations (fictional texts)."""

from __future__ import annotations

from typing import Any

from dossier.extract.nlp import load_model, parse_short, parsed_ahead
from dossier.model import Article
from dossier.pipeline import _balanced_chunks

TEXTS = [
    "Gon na tell ya: y'all ain't got ta leave Kestria. C'm on, let's! A mayor lives in Brask.\n\n"
    "You heard it and I heard it, Mayor Orla Venn said on Friday. Nothin' doin'. Isn't it? It was.",
    "The Orlen Harbour Trust said 3,400 residents had moved away since 9 June; 28 were hurt.  \n\n"
    "\"We cannot say,\" he said. She did that. He has had his fill, and we have been told that it's over.",
    "   \n\n  ",
]


def _attrs(doc: Any) -> list[tuple[str, str, str, str, str]]:
    return [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def test_fast_attribute_ruler_sets_what_spacys_matcher_sets() -> None:
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc

    nlp = load_model()
    ruler: Any = nlp.get_pipe("attribute_ruler")
    assert type(ruler).__name__.startswith("Fast")
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(nlp.pipe(TEXTS))
    for doc in docs:
        theirs = Doc(doc.vocab).from_bytes(doc.to_bytes())
        AttributeRuler.__call__(ruler, theirs)  # spaCy's own matcher and set_annotations
        ruler(doc)
        assert _attrs(doc) == _attrs(theirs)
    assert ruler._dossier_table[1] is not None  # the compiled table ran, not spaCy's matcher
    # the rules did something: parts of speech from tags, the lemma of "gon" from a two-token rule
    assert docs[0][0].pos_ and docs[0][0].lemma_ == "go"


def test_titles_parsed_ahead_are_the_parses_of_one_call_each() -> None:
    nlp = load_model()
    titles = ["Floods in Kestria leave 3,000 homeless", "Mayor Tavi Brenn resigns", "Floods in Kestria leave 3,000 homeless"]
    with parsed_ahead(titles, batch_size=2):
        ahead = [parse_short(t) for t in titles]
    for title, doc in zip(titles, ahead):
        one = nlp(title)
        assert [(e.text, e.label_) for e in doc.ents] == [(e.text, e.label_) for e in one.ents]
        assert [(t.tag_, t.dep_, t.head.i, t.lemma_) for t in doc] == [(t.tag_, t.dep_, t.head.i, t.lemma_) for t in one]
    assert parse_short(titles[1]) is not ahead[1]  # outside the block: parsed afresh


def test_process_chunks_keep_order_and_share_text_evenly() -> None:
    articles = [
        Article(id=f"a{i}", source=f"a{i}.txt", text="word " * (100 + 37 * (i % 9)))
        for i in range(101)
    ]
    chunks = _balanced_chunks(articles, 2, 32)
    assert [a for c in chunks for a in c] == articles
    assert len(chunks) % 2 == 0
    sizes = [sum(len(a.text) for a in c) for c in chunks]
    assert max(sizes) <= 1.2 * min(sizes)
    assert _balanced_chunks(articles[:1], 2, 32) == [articles[:1]]


def test_an_outlet_named_after_its_web_address_stays_one_token() -> None:
    from dossier.extract.nlp import parse_text

    doc = parse_text("The figure was reported by Kestor.Az, quoting local outlets. Velpress.ru said 7 died. "
                     "She flew to Orlengrad.It was dark.")
    words = [t.text for t in doc]
    assert "Kestor.Az" in words and "Velpress.ru" in words
    assert [s.text for s in doc.sents][:2] == ["The figure was reported by Kestor.Az, quoting local outlets.", "Velpress.ru said 7 died."]
    # sentences glued without a space stay two sentences
    assert "It" in words and "Orlengrad" in words
