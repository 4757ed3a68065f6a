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
    text = "“Nobody can close the ‘new’ ferry,” said Ansa Pell. Later \"not one more week\" followed.\n"
    spans = find_quote_spans(text, 0, len(text))
    doubles = [text[s.start : s.end] for s in spans if s.double]
    assert doubles == ["Nobody can close the ‘new’ ferry", "not one more week"]
    assert not [s for s in spans if not s.double]  # ‘new’ lies inside a double quote


def test_spans_quote_left_open_ends_with_its_paragraph() -> None:
    text = "“Water kept climbing until dawn.\n“At first light the market had vanished,” she said.\n"
    paras = paragraphs(text)
    assert len(paras) == 2
    first = find_quote_spans(text, *paras[0])
    assert len(first) == 1 and first[0].close == -1
    assert text[first[0].start : first[0].end] == "Water kept climbing until dawn."


def test_spans_sentences_never_cut_inside_a_quote() -> None:
    text = "Dunmar's governor went first. “We planned. We lost. We shall plan again,” she said. Everyone went home.\n"
    qs = find_quote_spans(text, 0, len(text) - 1)
    segs = [text[a:b] for a, b in sentence_segments(text, 0, len(text) - 1, qs)]
    assert segs == ["Dunmar's governor went first.", "“We planned. We lost. We shall plan again,” she said.",
                    "Everyone went home."]


def test_spans_clause_title_and_index(nlp) -> None:  # type: ignore[no-untyped-def]
    assert is_title("Varnia First Coalition")
    assert not is_title("a very bad idea")
    text = "Such a scheme is “a very bad idea,” Gerd Malo said.\n"
    index = index_of(nlp, text)
    (q,) = index.qspans
    toks = index.tokens_in(q.start, q.end)
    assert [t.text for t in toks] == ["a", "very", "bad", "idea"]
    assert all(index.in_quote(t) for t in toks)
    assert not is_clause(toks, text[q.start : q.end])


# --- cues -------------------------------------------------------------------------------------


def test_cues_outside_quotes_only(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“They said nothing at all,” the station chief told journalists in Tamsk.\n"
    index = index_of(nlp, text)
    cues = find_cues(index, 0, len(text) - 1)
    assert [c.text for c in cues] == ["told"]  # "said" is inside the quote


def test_cues_weak_verb_needs_a_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    index = index_of(nlp, "The board added three trams to its Dunmar route.\n")
    assert find_cues(index, 0, len(index.text) - 1) == []
    index = index_of(nlp, "The board added that three trams would serve the Dunmar route.\n")
    assert [c.text for c in find_cues(index, 0, len(index.text) - 1)] == ["added"]


def test_cue_words_with_auxiliaries_and_particles(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Councillor Mara Ebb has also said that the levee survived. Jonas Kerr pointed out that it cracked.\n"
    index = index_of(nlp, text)
    cues = find_cues(index, 0, len(text) - 1)
    words = [cue_words(text, c)[0] for c in cues]
    assert words == ["has also said", "pointed out"]
    according = index_of(nlp, "The levee survived, according to Mara Ebb.\n")
    (cue,) = find_cues(according, 0, len(according.text) - 1)
    assert is_according(cue) and cue_words(according.text, cue)[0] == "according to"


def test_choose_cue_prefers_the_governing_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Tomas Grell cautioned the council, and “the funds have vanished,” Runa Vik said.\n"
    index = index_of(nlp, text)
    (q,) = index.qspans
    cues = find_cues(index, 0, len(text) - 1)
    cue = choose_cue(q, index.tokens_in(q.start, q.end), cues, partial=False)
    assert cue is not None and cue.text == "said"


# --- content ----------------------------------------------------------------------------------


def test_content_of_a_speech_verb_runs_to_the_end(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Mayor Gerd Malo said the tram service would restart on Sunday, but only after dark.\n"
    index = index_of(nlp, text)
    (cue,) = find_cues(index, 0, len(text) - 1)
    span = content_clause(index, cue, 0, len(text) - 1)
    assert span is not None
    assert text[span[0] : span[1]] == "the tram service would restart on Sunday, but only after dark"


def test_content_of_according_to_and_an_action(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Sixty cellars filled with water, according to the Tamsk rescue brigade.\n"
    index = index_of(nlp, text)
    (cue,) = find_cues(index, 0, len(text) - 1)
    span = content_clause(index, cue, 0, len(text) - 1)
    assert span is not None and text[span[0] : span[1]] == "Sixty cellars filled with water"
    text = "The guild urged its drivers to stay home on Tuesday.\n"
    index = index_of(nlp, text)
    (cue,) = find_cues(index, 0, len(text) - 1)
    span = content_clause(index, cue, 0, len(text) - 1)
    assert span is not None and text[span[0] : span[1]].startswith("to stay home")


# --- speakers ---------------------------------------------------------------------------------


def test_speakers_fullest_name_and_role(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tolvian Foreign Minister Brita Hollen landed in Tamsk on Tuesday.\n"
        "Hollen said the negotiations would continue. The foreign minister said the crossing remains open.\n"
    )
    index = index_of(nlp, text)
    speakers = Speakers(index, ())
    assert speakers.fullest_person("Hollen") == "Brita Hollen"
    assert speakers.fullest_person("Nobody", strict=True) is None
    cues = find_cues(index, 0, len(text))
    names = []
    for cue in cues:
        subj = subject_of(cue)
        assert subj is not None
        ref = speakers.speaker_ref(subj, cue)
        assert ref is not None
        names.append((ref.text, ref.name))
    assert names == [("Hollen", "Brita Hollen"), ("The foreign minister", "Brita Hollen")]


def test_speakers_pronoun_takes_the_last_person_of_its_gender(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ms. Ilka Varga reached Dunmar on Tuesday. Mr. Pavel Stroud said the train was delayed.\nShe said the agreement was signed.\n"
    index = index_of(nlp, text)
    speakers = Speakers(index, ())
    pos = text.index("She")
    assert speakers.resolve_pronoun(pos, "she") == "Ilka Varga"
    assert speakers.resolve_pronoun(pos, "he") == "Pavel Stroud"


def test_speakers_indefinite_source_has_no_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "One official said the highway into Tamsk had been shut.\n"
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
        "Senator Tomas Grell spoke to the Tamsk Courier.\n"
        "GRELL: We did not want the grant and it never came.\n"
        "UPDATE: The hearing now takes place on Monday.\n"
        "“This harbour belongs to us again.” ― Runa Vik\n"
    )
    index = index_of(nlp, text)
    speakers = Speakers(index, ())
    counts = label_counts(index)
    lines = [speaker_label(index, speakers, counts, a, b) for a, b in index.paragraphs]
    assert lines[0] is None and lines[2] is None  # "UPDATE:" names no one
    line = lines[1]
    assert line is not None and line.speaker.name == "Tomas Grell"
    assert text[line.start : line.end] == "We did not want the grant and it never came."
    q = next(q for q in index.qspans if "harbour" in text[q.start : q.end])
    attr = signature(index, speakers, q)
    assert attr is not None and attr.cue == "―" and attr.speaker is not None and attr.speaker.name == "Runa Vik"


def test_a_role_then_the_name_in_apposition() -> None:
    """Fictional: "The governor of Castemar, Jon Tellis, said" is Jon Tellis, not Castemar."""
    from dossier.extract.nlp import load_model
    from dossier.extract.quotes import extract_quotes
    from dossier.model import Article
    from dossier.settings import Settings

    text = "The governor of Castemar, Jon Tellis, said the levee had passed its inspection."
    qs = extract_quotes(Article(id="a", source="a.txt", text=text), load_model()(text), time_expressions=(),
                        local_entities=(), settings=Settings())
    assert [q.speaker.name if q.speaker else None for q in qs] == ["Jon Tellis"]


def test_a_body_in_a_place_is_not_the_place() -> None:
    """Fictional: a ministry "in rebel-held Ravell" speaks, not the place Ravell."""
    from dossier.ingest.clean import clean_article
    from dossier.model import Article, RawArticle
    from dossier.pipeline import analyze_batch
    from dossier.settings import Settings
    from dossier.extract.entities import build_entities

    settings = Settings(progress="never", min_words=5)
    text = ("Deaths in Ravell top 2,000\n\nThe health ministry in rebel-held Ravell said on Tuesday that no fewer than "
            "2,118 people had died in the enclave over five months of fighting. Ravell has been under siege since June.")
    art = clean_article(RawArticle(source="t.txt", fmt="txt", text=text), settings=settings)
    assert isinstance(art, Article)
    analysis = analyze_batch([art], settings=settings)[0]
    _, linker = build_entities([art], list(analysis.local_entities), settings=settings)
    speakers = [linker.link(q.speaker, art.id) for q in analysis.quotes]
    assert speakers and all(sp is None or sp.name != "Ravell" for sp in speakers)


def test_a_place_before_a_colon_is_a_dateline_not_a_speaker() -> None:
    """Fictional text: a capital and a colon ("Quito: The number of dead ...") open a story with its place;
    the capital says nothing."""
    from dossier.extract.nlp import load_model
    from dossier.extract.quotes import extract_quotes
    from dossier.model import Article
    from dossier.settings import Settings

    text = "Quito: The number of dead from the landslides in the Tavel gorge has reached 47, according to the rescue corps."
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
    """Fictional: an agency that "cited the ministry as saying"; "According to <outlet>, <name>, the
    council's secretary, announced that ..."; "A televised statement by <ministry> said"; a count of troops
    somewhere, "and <name>, the spokeswoman, said that "..."."""
    got = _speakers_of("Police reinforcements were rushed to the border area, the Tolvian Press Agency cited the "
                       "Defence Ministry as saying.")
    assert [sp for _, sp in got] == ["Defence Ministry"]
    got = _speakers_of("According to Nordal Wire, Sven Harrow, secretary of Dunmar's Security Council, announced that "
                       "Tolvia would dispatch 800 engineers to the Marsh district.")
    assert [sp for t, sp in got if "engineers" in t] == ["Sven Harrow"]
    got = _speakers_of("A televised statement by the Tolvian Health Ministry said that the majority of victims lived "
                       "in hill hamlets.")
    assert [sp for _, sp in got] == ["Tolvian Health Ministry"]
    got = _speakers_of("The ministry estimates that some 5,500 Tolvian troops are now inside the Marsh district, and "
                       "Lia Dorne, the ministry's spokeswoman, said that \"the number could grow.\"")
    assert [sp for t, sp in got if t.startswith("the number")] == ["Lia Dorne"]


def test_according_to_a_breakdown_is_no_source() -> None:
    """Fictional: a breakdown of victims "according to regions:" names no speaker "regions"."""
    got = _speakers_of("Further, the ministry set out the breakdown of victims according to regions:\n\n"
                       "No fresh fatalities were logged in Marsh.")
    assert all(sp != "regions" for _, sp in got)


def test_pronouns_after_a_credit_and_an_organisation() -> None:
    """Fictional: "according to spokesperson <name>" then "According to him, ..." is that person; the UN
    giving a figure, then "“...,” it said." is the UN; "quoted the head of <body>, <name>, as saying" is
    that name."""
    got = _speakers_of("The ministry has acknowledged that Tolvian units have taken losses in the Marsh district, "
                       "according to spokesperson Major General Bram Koll, as reported by Nordal Wire.\n\n"
                       "According to him, the casualties include both killed and wounded soldiers.")
    assert [sp for t, sp in got if t.startswith("the casualties")] == ["Bram Koll"]
    got = _speakers_of("The UN on Tuesday put forward a preliminary count of 380 deaths, though it later noted the "
                       "figure was still under review.\n\n“Relief agencies believe the number of victims will climb as "
                       "searches continue,” it said.")
    assert [sp for t, sp in got if t.startswith("Relief agencies")] == ["UN"]
    got = _speakers_of("Before that, Sven Harrow, who leads the aid agency, said supplies were on the way. The official "
                       "news agency quoted the head of Dunmar's harbour board, Omar Pell, as saying the quake caused "
                       "damage of roughly 45 million dollars.")
    assert [sp for t, sp in got if "45 million" in t] == ["Omar Pell"]


def test_a_speaker_who_identified_himself() -> None:
    """Fictional: an official 'who identified himself as Dr <name>' then 'He said ...'."""
    got = _speakers_of("Sven Harrow, the ministry's spokesman, told Nordal Wire that 1,275 people had been killed.\n\n"
                       "Some 130 bodies had been brought to nearby clinics, according to a Tamsk hospital official who "
                       "identified himself as Dr Ostrow.\n\n"
                       "He said the bodies were being held in a number of places, many of them children.")
    assert [sp for t, sp in got if t.startswith("the bodies")] == ["Dr Ostrow"]


def test_named_by_apposition_or_first_name() -> None:
    """Fictional: a rank and name set off by commas after 'A spokesman for the ministry' is that person; a
    villager 'who gave only her first name, <name>,' is that name."""
    got = _speakers_of("A spokesman for the ministry, Maj. Gen. Bram Koll, told journalists that the units had begun fighting.")
    assert [sp for _, sp in got] == ["Bram Koll"]
    got = _speakers_of("\"We have run out of water,\" a villager who gave only her first name, Amina, told Nordal Wire.")
    assert [sp for _, sp in got] == ["Amina"]



def test_an_acronym_in_square_brackets_is_no_speaker() -> None:
    """Fictional: an authority with its initials in square brackets ('... Authority [CPRA] said') speaks,
    not ']'."""
    from dossier.extract.nlp import load_model
    from dossier.extract.quotes import extract_quotes
    from dossier.model import Article
    from dossier.settings import Settings

    text = ("In Dunmar province alone, 12,430 people were killed by the quake, the country’s Civil Protection and "
            "Rescue Authority [CPRA] said on Thursday.")
    qs = extract_quotes(Article(id="a", source="a.txt", text=text), load_model()(text), time_expressions=(),
                        local_entities=(), settings=Settings())
    assert qs and all(q.speaker is not None and q.speaker.text.strip("[] ") for q in qs)


def test_a_pronoun_after_a_name_read_later_in_the_sentence() -> None:
    """Fictional: a commander named in apposition who 'stated ...', then 'though he stressed that they remain
    "..."' — the partial quote is the commander's."""
    from dossier.extract.nlp import load_model
    from dossier.extract.quotes import extract_quotes
    from dossier.model import Article
    from dossier.settings import Settings

    text = ("The Commander-in-Chief of the Tolvian Armed Forces, Dmytro Halvan, stated on Wednesday that Dunmar's "
            "losses continue to mount, though he stressed that they remain \"resolute\" and \"unbroken.\"")
    qs = extract_quotes(Article(id="a", source="a.txt", text=text), load_model()(text), time_expressions=(),
                        local_entities=(), settings=Settings())
    partial = [q for q in qs if q.kind == "partial"]
    assert partial and all(q.speaker is not None and q.speaker.name == "Dmytro Halvan" for q in partial)


def _quotes_of(text: str) -> list[tuple[str, str | None]]:
    from dossier.extract.nlp import load_model
    from dossier.extract.quotes import extract_quotes
    from dossier.model import Article
    from dossier.settings import Settings

    qs = extract_quotes(Article(id="a", source="a.txt", text=text), load_model()(text), time_expressions=(),
                        local_entities=(), settings=Settings())
    return [(q.text, q.speaker.name if q.speaker is not None else None) for q in qs]


def test_the_agency_is_the_public_body_named_before() -> None:
    """Fictional: after a credit to a country's intelligence service with its initials, 'The agency stated
    that ...' is the service's; a news agency named before is not 'the agency'."""
    qs = _quotes_of("A Tolvian serviceman held prisoner by Dunmar troops has died, according to Ostra's National "
                    "Intelligence Service (NIS). The agency stated that over 120 soldiers have lost their lives.")
    assert qs[-1][1] == "National Intelligence Service"
    qs = _quotes_of("The Ostra Courier cited the Velden news agency. The agency said that 25 people were dead.")
    assert qs[-1][1] is None


def test_a_body_named_by_its_place_and_a_bare_surname() -> None:
    """Fictional: '<town> municipal government said ...' is that government's; '"...," <surname> said in a
    post' is that surname's even when the tagger gives it no label."""
    qs = _quotes_of("The Varnel municipal government said the latest confirmed victims included a man staying in an "
                    "evacuation centre.")
    assert qs and qs[0][1] == "Varnel municipal government"
    qs = _quotes_of("\"I am thinking of every family that has lost someone, and I pray for the wounded,\" Quill "
                    "said in a post on social media.")
    assert qs and qs[0][1] == "Quill"


def test_a_quoted_word_inside_a_name_is_no_quote() -> None:
    """Fictional: 'over 90 "Thunder" Corps soldiers' has no quote "Thunder"; 'called the strike "cowardly"'
    keeps its partial quote."""
    qs = _quotes_of("Bram Koll said that over 90 \"Thunder\" Corps soldiers have died. Lia Dorne called the "
                    "strike \"cowardly\" on Tuesday.")
    texts = [t for t, _ in qs]
    assert "Thunder" not in texts and "cowardly" in texts
