"""Word lists of the quotes stage: cue verbs by how they report, roles, titles, quote marks.

Only tables live here (and the two patterns of the line layouts); every other module of
``dossier.extract.quotes`` reads them and none writes them.
"""

from __future__ import annotations

import re

#: Verbs of public stance whose content is their object: "criticized [the plan as reckless]",
#: "accused [the firm of fraud]", "cited [the report]", "endorsed [the mayor]". They count only
#: in the active voice, with a subject and an object (so "the attacked convoy" is no report).
OBJECT_CUES = frozenset(
    """criticize criticise accuse attack blast slam condemn denounce decry lambaste rebuke chide ridicule
    mock praise applaud hail commend salute blame cite mention reference endorse reject question propose demand
    echo highlight liken dispute challenge point support oppose defend back discuss invoke speak talk""".split()
)
#: Speech verbs that also report a statement through their object alone: "noted [the rule]",
#: "announced [the arrest]", "expressed [concern over ...]".
OBJECT_SPEECH = frozenset(
    """note announce acknowledge claim report reveal stress declare deny indicate promise detail express
    describe offer confirm reiterate emphasize emphasise admit disclose""".split()
)
#: Verbs of speaking whose content is the topic after a preposition ("spoke of ...").
TOPIC_CUES = frozenset({"speak", "talk"})
#: Prepositions that carry the rest of an object cue's content ("accused X [of] ...", "blamed X [for] ...").
OBJECT_PREPS = frozenset({"for", "of", "as", "over", "to"})

#: Cues whose content can be an action asked or promised ("urged X to ...", "called for ...").
ACTION_CUES = frozenset(
    {"call", "urge", "pledge", "vow", "promise", "threaten", "warn", "demand", "agree", "refuse", "decline", "propose", "encourage", "ask", "tell"}
)

#: Lemmas of verbs that report speech or a public statement.
CUE_LEMMAS: frozenset[str] = frozenset(
    """say tell warn note add stress confirm announce report state claim insist argue explain
    emphasize emphasise acknowledge admit deny assert reiterate suggest write tweet post declare
    comment respond reply ask urge predict caution allege contend maintain indicate reveal
    disclose recall concede assess estimate testify inform promise vow pledge threaten complain
    observe remark mention charge conclude underline underscore signal tout boast lament
    acknowledge agree dismiss describe call show find believe think expect fear hope doubt feel worry
    recount clarify""".split()
) | OBJECT_CUES | OBJECT_SPEECH | ACTION_CUES
#: Verbs of knowing and thinking: a report of someone's mind, only with a clause ("learned that ...").
MIND_CUES = frozenset(
    "learn understand assume wonder hear discover suspect realize realise recognize recognise imagine guess speculate reckon rule know".split()
)
#: Verbs of voicing that report words beside a quote or with a clause ("“…,” he continued").
VOICE_CUES = frozenset("continue joke yell shout scream chant quip muse retort counter".split())
#: Verbs of intention whose content is the action intended ("Clinton wants [to triple the
#: program]", "the campaign plans [to ...]"); only with that action.
INTENTION_CUES = frozenset("want plan intend seek aim decide".split())
CUE_LEMMAS = CUE_LEMMAS | MIND_CUES | VOICE_CUES | INTENTION_CUES
ACTION_CUES = ACTION_CUES | INTENTION_CUES
#: Cues that need a clause or quote to count (they have other, non-speech uses).
WEAK_CUES: frozenset[str] = frozenset(
    {"call", "describe", "agree", "dismiss", "post", "signal", "charge", "add", "note", "show", "find", "indicate", "suggest"}
    | {"believe", "think", "expect", "fear", "hope", "doubt", "feel", "worry"}
    | OBJECT_CUES
    | {"refuse", "decline", "encourage", "offer", "express", "detail"}
    | MIND_CUES
    | VOICE_CUES
    | INTENTION_CUES
)
#: Cues that only count with a clause ("a survey found that ..."), never beside a quote alone.
CLAUSE_ONLY_CUES: frozenset[str] = frozenset(
    {"show", "find", "indicate", "believe", "think", "expect", "fear", "hope", "doubt", "feel", "worry"}
    | MIND_CUES
    | INTENTION_CUES
)
#: Word forms tagged as nouns by the tagger but used as speech verbs ("with the US warning that").
CUE_FORMS: frozenset[str] = frozenset(
    {"warning", "saying", "adding", "noting", "stressing", "claiming", "insisting", "arguing", "telling"}
)


CUE_ADVERBS = frozenset({"also", "later", "previously", "again", "repeatedly", "once", "recently", "publicly", "privately", "often", "never"})

#: How far back (in characters) "he" or "she" may look for the person it refers to.
PRONOUN_REACH = 2500

PRONOUNS_PERSON = frozenset({"he", "she", "him", "her"})
PRONOUNS_OTHER = frozenset({"they", "it", "we", "i", "you", "them", "who", "which", "that"})
INDEFINITE = frozenset(
    {"a", "an", "one", "two", "three", "four", "several", "some", "many", "another", "other", "few", "any", "multiple"}
)

#: Role synonyms: each canonical role key with the phrases that name it.
ROLE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "foreign_minister": (
        "secretary of state", "foreign minister", "foreign secretary", "minister of foreign affairs",
        "foreign affairs minister", "diplomat", "top diplomat", "chief diplomat", "foreign policy chief",
        "foreign affairs chief", "head of foreign ministry",
    ),
    "defense_minister": (
        "secretary of defense", "secretary of defence", "defense secretary", "defence secretary",
        "defense minister", "defence minister", "minister of defense", "minister of defence", "pentagon chief",
    ),
    "president": ("president", "head of state"),
    "vice_president": ("vice president", "vice-president"),
    "prime_minister": ("prime minister", "premier", "head of government"),
    "chancellor": ("chancellor",),
    "spokesperson": ("spokesperson", "spokesman", "spokeswoman", "press secretary", "spokesperson for"),
    "secretary_general": ("secretary general", "secretary-general", "un chief", "u n chief", "un leader", "u n leader",
                          "un head", "u n head", "united nations chief", "united nations head", "nato head", "nato chief", "nato leader"),
    "security_adviser": ("national security adviser", "national security advisor"),
    "ambassador": ("ambassador", "envoy"),
    "intelligence_chief": ("intelligence director", "director of national intelligence", "spy chief"),
    "army_chief": ("army chief", "chief of staff", "commander in chief", "commander-in-chief", "general staff",
                   "chief of defence", "chief of defense", "defence force chief", "defense force chief",
                   "defence chief", "defense chief", "military chief"),
    "governor": ("governor",),
    "mayor": ("mayor",),
    "sheriff": ("sheriff",),
    "prefect": ("prefect",),
    "police_chief": ("police chief", "chief of police", "police commissioner"),
    "coordinator": ("coordinator",),
    "leader": ("leader", "supreme leader"),
    "king": ("king", "queen", "monarch"),
    "minister": ("minister",),
    "director": ("director",),
    "head": ("head of", "chief of", "head"),
    "commander": ("commander",),
    "general": ("general",),
    "senator": ("senator",),
    "lawmaker": ("representative", "congressman", "congresswoman", "lawmaker"),
}
#: Ranks a phrase may call the one person holding a military command ("the general" for the
#: chief of the defence force the article named), and "the minister" for the one minister of a
#: named ministry.
RANK_HOLDERS: dict[str, frozenset[str]] = {"general": frozenset({"army_chief"}), "commander": frozenset({"army_chief"}),
                                           # "the minister" for the one defence or foreign minister named
                                           "minister": frozenset({"defense_minister", "foreign_minister"})}
#: Role words that are too generic to identify a person on their own.
GENERIC_ROLES = frozenset({"minister", "director", "leader", "coordinator", "lawmaker", "head", "commander", "general"})
#: Titles and occupations written before a name ("Commissioner Rui Santos", "economist Lena Vogt").
TITLE_WORDS = frozenset(
    """commissioner inspector sheriff judge justice captain capt colonel col major maj lieutenant lt sergeant sgt
    admiral adm commander professor prof dr doctor mr mrs ms miss sir dame lord lady rev reverend father bishop
    pope cardinal prince princess sen rep gov chairman chairwoman chair ceo founder superintendent marshal agent
    detective officer engineer economist analyst banker researcher expert lawyer attorney prosecutor mp mep
    councillor councilor alderman pastor imam rabbi sheikh emir sultan speaker premier del amb supt insp atty det cpl pvt
    brig brigadier hon lieut cdr delegate ambassador gen""".split()
)

ROLE_WORDS = frozenset(
    w for phrases in ROLE_SYNONYMS.values() for p in phrases for w in re.split(r"[\s-]+", p)
) | {"deputy", "principal", "general", "chief", "secretary", "top", "senior", "former", "acting", "press", "official"} | TITLE_WORDS

COUNTRY_ALIASES: dict[str, str] = {
    "us": "us", "u.s": "us", "u.s.": "us", "usa": "us", "america": "us", "american": "us", "united states": "us",
    "washington": "us", "uk": "uk", "u.k": "uk", "u.k.": "uk", "britain": "uk", "british": "uk",
    "united kingdom": "uk", "london": "uk",
}

ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen sen rep gov lt col sgt st jan feb mar apr aug sep sept oct nov dec no vs etc inc corp jr sr prof maj capt adm cmdr rev fig"
    " del amb supt insp pres atty det cpl pvt brig hon lieut cdr".split()
)

#: "PENCE: ..." / "Kirby: ..." at the start of a line (an opening quote mark may come first).
LABEL = re.compile(r"[\"“]?\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*:\s+(?=\S)")
#: A transcript's label inside a line, after a question or a sentence: "... now? DES BROWNE: Well ...".
INLINE_LABEL = re.compile(r"(?<=[.?!])[ \t]+([A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){0,3})[ \t]*:[ \t]+(?=\S)")
#: Words that open a line with a colon but name no speaker ("UPDATE: ...", "Photo: ...").
NOT_SPEAKER_LABELS = frozenset(
    """update updated note editor's note editors note breaking correction clarification watch read related photo
    photos video source sources credit warning disclaimer advertisement live poll analysis opinion exclusive""".split()
)
#: Transcript labels that name a role, not a person.
TRANSCRIPT_ROLES = frozenset("host moderator anchor interviewer reporter audience q a question answer".split())
#: “…” ― Jane Doe: a dash and a short name closing the line after a quote.
SIGNATURE = re.compile(r"\s*([―—–])\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})\s*\.?\s*$")

DQ_OPEN = "“«„"
DQ_CLOSE = "”»"
SQ_OPEN = "‘"
SQ_CLOSE = "’"


#: Nouns that name a statement: "Trump's claim that ...", "the ministry's warning that ...".
SPEECH_NOUNS = frozenset(
    """claim statement assertion warning promise pledge suggestion argument allegation accusation insistence
    contention remark comment announcement prediction vow charge assurance admission denial
    acknowledgment acknowledgement complaint""".split()
)


#: Verbs by which a poll, study or record reports a finding: "the poll shows [Clinton ahead]".
EVIDENCE_CUES = frozenset({"show", "find"})


MINOR_WORDS = frozenset("a an the of and or for to in on at by with against from into over de la le von van der".split())


ORG_WORDS = frozenset(
    """department ministry party house council agency office service bank company inc corp news times post
    press committee union organization organisation forces army navy government university institute foundation
    group commission court police guard network center centre club league association federation fund board
    authority bureau command state states republic kingdom nations assembly parliament congress senate""".split()
)


#: Words that name a person by what they do, heading an unnamed speaker ("a military officer", "the
#: official with the disaster authority"): what a later "he" or "she" may stand for.
PERSON_NOUNS = frozenset(
    """official officer source spokesman spokeswoman spokesperson resident witness survivor commander soldier
    administrator leader militiaman man woman doctor nurse worker diplomat member villager farmer teacher
    rescuer volunteer analyst expert policeman policewoman trooper fighter medic paramedic firefighter engineer
    chief aide adviser advisor representative relative neighbour neighbor father mother son daughter brother
    sister husband wife driver pilot survivor elder chief guard""".split()
)


MALE_WORDS = frozenset(
    "mr mr. sir spokesman chairman congressman king prince lord father brother son husband businessman".split()
)


FEMALE_WORDS = frozenset(
    """mrs mrs. ms ms. miss madam dame spokeswoman chairwoman congresswoman queen princess lady mother sister
    daughter wife businesswoman""".split()
)
