"""The parts of the quotes stage one by one, each on short fictional sentences.

``spans`` (quote marks and sentences), ``cues`` (which words attribute), ``content`` (what a
cue reports), ``speakers`` (who speaks, resolved to a name) and ``layouts`` (attribution by
punctuation), without the stage that assembles them.
"""

from __future__ import annotations

from dossier.extract.quotes.content import content_clause, is_according
from dossier.extract.quotes.cues import choose_cue, cue_words, find_cues
from dossier.extract.quotes.layouts import label_counts, signature, speaker_label
from dossier.extract.quotes.spans import TextIndex, find_quote_spans, is_clause, is_title, paragraphs, sentence_segments
from dossier.extract.quotes.speakers import Speakers, strip_name, subject_of


def index_of(nlp, text: str) -> TextIndex:  # type: ignore[no-untyped-def]
    return TextIndex(nlp(text))


def segment_with(index: TextIndex, words: str) -> tuple[int, int]:
    pos = index.text.index(words)
    for p_start, p_end in index.paragraphs:
        if p_start <= pos < p_end:
            qs = [q for q in index.qspans if p_start <= q.open < p_end]
            for s in sentence_segments(index.text, p_start, p_end, qs):
                if s[0] <= pos < s[1]:
                    return s
    raise AssertionError(words)


# --- spans ------------------------------------------------------------------------------------


def test_spans_curly_straight_and_nested() -> None:
    text = "“We will rebuild the ‘old’ bridge,” said Mara Tolv. Then \"no more delays\" came.\n"
    spans = find_quote_spans(text, 0, len(text))
    doubles = [text[s.start : s.end] for s in spans if s.double]
    assert doubles == ["We will rebuild the ‘old’ bridge", "no more delays"]
    assert not [s for s in spans if not s.double]  # ‘old’ lies inside a double quote


def test_spans_quote_left_open_ends_with_its_paragraph() -> None:
    text = "“The river rose all night.\n“By morning the square was gone,” she said.\n"
    paras = paragraphs(text)
    assert len(paras) == 2
    first = find_quote_spans(text, *paras[0])
    assert len(first) == 1 and first[0].close == -1
    assert text[first[0].start : first[0].end] == "The river rose all night."


def test_spans_sentences_never_cut_inside_a_quote() -> None:
    text = "Orlen's mayor spoke first. “We tried. We failed. We will try again,” she said. The crowd left.\n"
    qs = find_quote_spans(text, 0, len(text) - 1)
    segs = [text[a:b] for a, b in sentence_segments(text, 0, len(text) - 1, qs)]
    assert segs == ["Orlen's mayor spoke first.", "“We tried. We failed. We will try again,” she said.", "The crowd left."]


def test_spans_clause_title_and_index(nlp) -> None:  # type: ignore[no-untyped-def]
    assert is_title("Varnia First Coalition")
    assert not is_title("a very bad idea")
    text = "The plan is “a very bad idea,” Ilse Darrow said.\n"
    index = index_of(nlp, text)
    (q,) = index.qspans
    toks = index.tokens_in(q.start, q.end)
    assert [t.text for t in toks] == ["a", "very", "bad", "idea"]
    assert all(index.in_quote(t) for t in toks)
    assert not is_clause(toks, text[q.start : q.end])


# --- cues -------------------------------------------------------------------------------------


def test_cues_outside_quotes_only(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“They said nothing to us,” the harbour master told reporters in Keld.\n"
    index = index_of(nlp, text)
    cues = find_cues(index, 0, len(text) - 1)
    assert [c.text for c in cues] == ["told"]  # "said" is inside the quote


def test_cues_weak_verb_needs_a_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    index = index_of(nlp, "The council added two buses to the Orlen line.\n")
    assert find_cues(index, 0, len(index.text) - 1) == []
    index = index_of(nlp, "The council added that two buses would join the Orlen line.\n")
    assert [c.text for c in find_cues(index, 0, len(index.text) - 1)] == ["added"]


def test_cue_words_with_auxiliaries_and_particles(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Governor Lina Osk has also said that the dam held. Teodor Vance pointed out that it leaked.\n"
    index = index_of(nlp, text)
    cues = find_cues(index, 0, len(text) - 1)
    words = [cue_words(text, c)[0] for c in cues]
    assert words == ["has also said", "pointed out"]
    according = index_of(nlp, "The dam held, according to Lina Osk.\n")
    (cue,) = find_cues(according, 0, len(according.text) - 1)
    assert is_according(cue) and cue_words(according.text, cue)[0] == "according to"


def test_choose_cue_prefers_the_governing_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Pell Arna warned the board, and “the money is gone,” Jorun Vey said.\n"
    index = index_of(nlp, text)
    (q,) = index.qspans
    cues = find_cues(index, 0, len(text) - 1)
    cue = choose_cue(q, index.tokens_in(q.start, q.end), cues, partial=False)
    assert cue is not None and cue.text == "said"


# --- content ----------------------------------------------------------------------------------


def test_content_of_a_speech_verb_runs_to_the_end(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Mayor Ilse Darrow said the ferry would resume on Friday, but only at noon.\n"
    index = index_of(nlp, text)
    (cue,) = find_cues(index, 0, len(text) - 1)
    span = content_clause(index, cue, 0, len(text) - 1)
    assert span is not None
    assert text[span[0] : span[1]] == "the ferry would resume on Friday, but only at noon"


def test_content_of_according_to_and_an_action(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Forty homes were flooded, according to the Keld fire service.\n"
    index = index_of(nlp, text)
    (cue,) = find_cues(index, 0, len(text) - 1)
    span = content_clause(index, cue, 0, len(text) - 1)
    assert span is not None and text[span[0] : span[1]] == "Forty homes were flooded"
    text = "The union urged members to stay home on Monday.\n"
    index = index_of(nlp, text)
    (cue,) = find_cues(index, 0, len(text) - 1)
    span = content_clause(index, cue, 0, len(text) - 1)
    assert span is not None and text[span[0] : span[1]].startswith("to stay home")


# --- speakers ---------------------------------------------------------------------------------


def test_speakers_fullest_name_and_role(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Varnian Foreign Minister Edda Lorn arrived in Keld on Monday.\n"
        "Lorn said the talks would go on. The foreign minister said the border stays open.\n"
    )
    index = index_of(nlp, text)
    speakers = Speakers(index, ())
    assert speakers.fullest_person("Lorn") == "Edda Lorn"
    assert speakers.fullest_person("Nobody", strict=True) is None
    cues = find_cues(index, 0, len(text))
    names = []
    for cue in cues:
        subj = subject_of(cue)
        assert subj is not None
        ref = speakers.speaker_ref(subj, cue)
        assert ref is not None
        names.append((ref.text, ref.name))
    assert names == [("Lorn", "Edda Lorn"), ("The foreign minister", "Edda Lorn")]


def test_speakers_pronoun_takes_the_last_person_of_its_gender(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ms. Hana Ost arrived in Orlen on Monday. Mr. Tomas Brel said the bus was late.\nShe said the deal was done.\n"
    index = index_of(nlp, text)
    speakers = Speakers(index, ())
    pos = text.index("She")
    assert speakers.resolve_pronoun(pos, "she") == "Hana Ost"
    assert speakers.resolve_pronoun(pos, "he") == "Tomas Brel"


def test_speakers_indefinite_source_has_no_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "One official said the road to Keld was closed.\n"
    index = index_of(nlp, text)
    speakers = Speakers(index, ())
    (cue,) = find_cues(index, 0, len(text) - 1)
    subj = subject_of(cue)
    assert subj is not None
    ref = speakers.speaker_ref(subj, cue)
    assert ref is not None and ref.text == "One official" and ref.name is None
    assert strip_name("Commissioner Rui Santos") == "Rui Santos"


# --- layouts ----------------------------------------------------------------------------------


def test_layout_label_and_signature(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senator Pell Arna spoke to the Keld Gazette.\n"
        "ARNA: We never asked for the money and we never got it.\n"
        "UPDATE: The vote was moved to Friday.\n"
        "“The bridge is ours again.” ― Jorun Vey\n"
    )
    index = index_of(nlp, text)
    speakers = Speakers(index, ())
    counts = label_counts(index)
    lines = [speaker_label(index, speakers, counts, a, b) for a, b in index.paragraphs]
    assert lines[0] is None and lines[2] is None  # "UPDATE:" names no one
    line = lines[1]
    assert line is not None and line.speaker.name == "Pell Arna"
    assert text[line.start : line.end] == "We never asked for the money and we never got it."
    q = next(q for q in index.qspans if "bridge" in text[q.start : q.end])
    attr = signature(index, speakers, q)
    assert attr is not None and attr.cue == "―" and attr.speaker is not None and attr.speaker.name == "Jorun Vey"


def test_a_role_then_the_name_in_apposition() -> None:
    """Fictional: "The mayor of Castellan, Ivo Tarrant, said" is Ivo Tarrant, not Castellan."""
    from dossier.extract.nlp import load_model
    from dossier.extract.quotes import extract_quotes
    from dossier.model import Article
    from dossier.settings import Settings

    text = "The mayor of Castellan, Ivo Tarrant, said the dam had been inspected."
    qs = extract_quotes(Article(id="a", source="a.txt", text=text), load_model()(text), time_expressions=(),
                        local_entities=(), settings=Settings())
    assert [q.speaker.name if q.speaker else None for q in qs] == ["Ivo Tarrant"]


def test_a_body_in_a_place_is_not_the_place() -> None:
    """Fictional: "The health ministry in rebel-held Tessa said" is not spoken by Tessa."""
    from dossier.ingest.clean import clean_article
    from dossier.model import Article, RawArticle
    from dossier.pipeline import analyze_batch
    from dossier.settings import Settings
    from dossier.extract.entities import build_entities

    settings = Settings(progress="never", min_words=5)
    text = ("Toll in Tessa passes 3,000\n\nThe health ministry in rebel-held Tessa said on Sunday that at least 3,034 "
            "people have been killed in the territory during seven months of war. Tessa has been cut off since March.")
    art = clean_article(RawArticle(source="t.txt", fmt="txt", text=text), settings=settings)
    assert isinstance(art, Article)
    analysis = analyze_batch([art], settings=settings)[0]
    _, linker = build_entities([art], list(analysis.local_entities), settings=settings)
    speakers = [linker.link(q.speaker, art.id) for q in analysis.quotes]
    assert speakers and all(sp is None or sp.name != "Tessa" for sp in speakers)


def test_a_place_before_a_colon_is_a_dateline_not_a_speaker() -> None:
    """Fictional text: "Lima: The death toll ..." opens a story with its place; Lima says nothing."""
    from dossier.extract.nlp import load_model
    from dossier.extract.quotes import extract_quotes
    from dossier.model import Article
    from dossier.settings import Settings

    text = "Lima: The death toll from the floods in the Orsa valley has risen to 61, according to the fire service."
    qs = extract_quotes(Article(id="a", source="a.txt", text=text), load_model()(text), time_expressions=(),
                        local_entities=(), settings=Settings())
    assert all(q.cue != ":" for q in qs)


def _speakers_of(text: str) -> list[tuple[str, str | None]]:
    from dossier.extract.nlp import load_model
    from dossier.extract.quotes import extract_quotes
    from dossier.model import Article
    from dossier.settings import Settings

    qs = extract_quotes(Article(id="a", source="a.txt", text=text), load_model()(text), time_expressions=(),
                        local_entities=(), settings=Settings())
    return [(q.text, q.speaker.name if q.speaker else None) for q in qs]


def test_speakers_in_wire_shapes() -> None:
    """Fictional: "cited the ministry as saying", "According to Ruvia, Ivo Brenn, the council's secretary,
    announced that ...", "A televised statement by the Interior Ministry said", "there are now 10,000
    troops in X, and Pat Roe, the spokesman, said that "...""."""
    got = _speakers_of("Army units were urgently deployed to the valley, the Varnian News Agency cited the "
                       "Interior Ministry as saying.")
    assert [sp for _, sp in got] == ["Interior Ministry"]
    got = _speakers_of("According to Ruvia Press, Ivo Brenn, secretary of Orlen's Security Council, announced that "
                       "Brask will send 1,000 sappers to the Kessel region.")
    assert [sp for t, sp in got if "sappers" in t] == ["Ivo Brenn"]
    got = _speakers_of("A televised statement by the Varnian Interior Ministry said that most deaths occurred in "
                       "mountain villages.")
    assert [sp for _, sp in got] == ["Varnian Interior Ministry"]
    got = _speakers_of("The ministry believes there are currently 7,000 Varnian soldiers within the Kessel district, and "
                       "Pat Roe, the ministry's spokeswoman, said that \"the figure may rise.\"")
    assert [sp for t, sp in got if t.startswith("the figure")] == ["Pat Roe"]


def test_according_to_a_breakdown_is_no_source() -> None:
    """Fictional: "the distribution of deaths according to provinces:" names no speaker "provinces"."""
    got = _speakers_of("In detail, the ministry gave the distribution of deaths according to provinces:\n\n"
                       "No new deaths were recorded in Kessel.")
    assert all(sp != "provinces" for _, sp in got)


def test_pronouns_after_a_credit_and_an_organisation() -> None:
    """Fictional: "according to spokesperson Pat Roe" then "According to him, ..." is Pat Roe; "The UN gave a
    figure ..." then "“...,” it said." is the UN; "quoted the head of the zone, Ali Roe, as saying" is Ali Roe."""
    got = _speakers_of("The ministry has confirmed that Varnian troops have suffered casualties in the Kessel region, "
                       "according to spokesperson Major General Pat Roe, as reported by Ruvia.\n\n"
                       "According to him, the losses cover both dead and injured servicemen.")
    assert [sp for t, sp in got if t.startswith("the losses")] == ["Pat Roe"]
    got = _speakers_of("The UN on Sunday gave a provisional figure of 410 dead, but later said the number was still "
                       "being checked.\n\n“Aid groups expect the count of victims to grow as rescue work goes on,” it said.")
    assert [sp for t, sp in got if t.startswith("Aid groups")] == ["UN"]
    got = _speakers_of("Earlier, Ivo Brenn, the head of the relief agency, said aid was arriving. The state news agency "
                       "quoted the chief of Orlen's port authority, Ali Roe, as saying the tremor did damage worth "
                       "about 30 million dollars.")
    assert [sp for t, sp in got if "30 million" in t] == ["Ali Roe"]


def test_a_speaker_who_identified_himself() -> None:
    """Fictional: 'according to a health official who identified himself as Dr Veln' then 'He said ...'."""
    got = _speakers_of("Ivo Brenn, spokesman for the ministry, told Ruvia that 1,640 people had died.\n\n"
                       "About 150 bodies had reached local clinics, according to a Brask hospital official who "
                       "identified himself as Dr Veln.\n\n"
                       "He said the dead were being kept at several sites, most of them women and children.")
    assert [sp for t, sp in got if t.startswith("the dead")] == ["Dr Veln"]


def test_named_by_apposition_or_first_name() -> None:
    """Fictional: 'A spokesman for the ministry, Maj. Gen. Pat Roe, told reporters that ...' is Pat Roe; 'a resident
    who gave only her first name, Fatima, told Ruvia' is Fatima."""
    got = _speakers_of("A spokesman for the ministry, Maj. Gen. Pat Roe, told reporters that the troops had entered combat.")
    assert [sp for _, sp in got] == ["Pat Roe"]
    got = _speakers_of("\"There is no more food,\" a resident who gave only her first name, Fatima, told Ruvia.")
    assert [sp for _, sp in got] == ["Fatima"]



def test_an_acronym_in_square_brackets_is_no_speaker() -> None:
    """Fictional: 'the country's Disaster Authority [VDA] said' is spoken by the authority, not by ']'."""
    from dossier.extract.nlp import load_model
    from dossier.extract.quotes import extract_quotes
    from dossier.model import Article
    from dossier.settings import Settings

    text = ("In Orlen alone, 18,950 people lost their lives in the tremors, the nation’s Emergency Relief and "
            "Disaster Agency [ERDA] said on Monday.")
    qs = extract_quotes(Article(id="a", source="a.txt", text=text), load_model()(text), time_expressions=(),
                        local_entities=(), settings=Settings())
    assert qs and all(q.speaker is not None and q.speaker.text.strip("[] ") for q in qs)


def test_a_pronoun_after_a_name_read_later_in_the_sentence() -> None:
    """Fictional: 'The commander of the Varnian Armed Forces, Oleksandr Brenn, stated ..., though he warned that
    they remain "fearless."' — the partial quote is Brenn's."""
    from dossier.extract.nlp import load_model
    from dossier.extract.quotes import extract_quotes
    from dossier.model import Article
    from dossier.settings import Settings

    text = ("The Commander-in-Chief of the Varnian Armed Forces, Oleksandr Brenn, stated this week that Orlen "
            "casualties keep climbing, although he cautioned that they remain \"disciplined\" and \"fearless.\"")
    qs = extract_quotes(Article(id="a", source="a.txt", text=text), load_model()(text), time_expressions=(),
                        local_entities=(), settings=Settings())
    partial = [q for q in qs if q.kind == "partial"]
    assert partial and all(q.speaker is not None and q.speaker.name == "Oleksandr Brenn" for q in partial)


def _quotes_of(text: str) -> list[tuple[str, str | None]]:
    from dossier.extract.nlp import load_model
    from dossier.extract.quotes import extract_quotes
    from dossier.model import Article
    from dossier.settings import Settings

    qs = extract_quotes(Article(id="a", source="a.txt", text=text), load_model()(text), time_expressions=(),
                        local_entities=(), settings=Settings())
    return [(q.text, q.speaker.name if q.speaker is not None else None) for q in qs]


def test_the_agency_is_the_public_body_named_before() -> None:
    """Fictional: after 'according to Brask's National Intelligence Service (NIS)', 'The agency stated that ...'
    is the service's; a news agency named before is not 'the agency'."""
    qs = _quotes_of("A Varnian soldier captured by Orlen forces has died, according to Brask's National "
                    "Intelligence Service (NIS). The agency stated that more than 100 troops have been killed.")
    assert qs[-1][1] == "National Intelligence Service"
    qs = _quotes_of("The Brask Herald cited the Tobin news agency. The agency said that 40 people had died.")
    assert qs[-1][1] is None


def test_a_body_named_by_its_place_and_a_bare_surname() -> None:
    """Fictional: 'The Tessel municipal government said ...' is that government's; '"...," Marrow said in a post'
    is Marrow's even when the tagger gives the surname no label."""
    qs = _quotes_of("The Tessel municipal government said the newly confirmed deaths include a person at a shelter.")
    assert qs and qs[0][1] == "Tessel municipal government"
    qs = _quotes_of("\"My thoughts are with all those who have lost their loved ones and prayers with those "
                    "injured,\" Marrow said in a post on social media.")
    assert qs and qs[0][1] == "Marrow"


def test_a_quoted_word_inside_a_name_is_no_quote() -> None:
    """Fictional: 'more than 100 "Storm" Corps troops' has no quote "Storm"; 'called the attack "barbaric"' keeps
    its partial quote."""
    qs = _quotes_of("Pat Roe said that more than 100 \"Storm\" Corps troops have been killed. Ana Ruiz called the "
                    "attack \"barbaric\" on Monday.")
    texts = [t for t, _ in qs]
    assert "Storm" not in texts and "barbaric" in texts
