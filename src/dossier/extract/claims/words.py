"""Claims: the word lists the claim readers share (cue verbs, place, people, speaker nouns)."""

from __future__ import annotations

import re

# verbs whose subject gives a figure (lemmas)
_SAY_VERBS = {
    "say", "tell", "report", "announce", "state", "confirm", "estimate", "assess", "believe",
    "project", "indicate", "warn", "note", "add", "claim", "deny", "reveal", "suggest", "think",
    "brief", "inform", "disclose", "acknowledge", "insist", "allege", "write", "tweet", "post",
    "declare", "explain", "testify", "predict", "forecast", "calculate", "conclude", "determine",
    "verify", "publish", "release", "put", "show", "find", "record", "count", "stress", "emphasize",
    "emphasise", "tally", "signal", "assert", "argue", "admit", "concede", "mention", "cite",
    "quote", "detail", "update", "expect", "fear", "understand", "know", "learn", "hear", "dispute",
    "reject", "dismiss", "refute", "say", "confirms", "observe", "comment", "respond", "reply",
    "answer", "caution", "boast", "accuse", "describe", "raise", "lower", "revise", "put", "document", "validate",
}
# verbs that give a figure only when their subject is a person, a body or a speaker noun
# ("Sales showed a rise" is not an attribution, "the ministry's figures show" is)
_WEAK_VERBS = {"show", "find", "record", "put", "count", "release", "publish", "detail", "update", "raise",
               "lower", "revise", "expect", "fear", "know", "understand", "learn", "hear", "signal", "think",
               "describe", "note", "add", "respond", "reply", "answer", "comment", "observe", "mention", "document"}
# of these, the ones that only name a relay when their subject is an outlet ("CNN reports")
_ESTIMATE_VERBS = {"estimate", "assess", "believe", "think", "calculate", "reckon", "put", "suggest", "gauge",
                   "judge", "understand", "figure", "guess"}
_CONFIRM_VERBS = {"confirm", "verify", "acknowledge", "corroborate", "validate"}
_DENY_VERBS = {"deny", "dismiss", "reject", "refute", "dispute", "rebut"}
_PROJECT_VERBS = {"project", "predict", "forecast", "anticipate", "warn"}
_EXPECT_WORDS = {"expect", "likely", "set", "poised", "due", "slate", "plan", "intend", "anticipate"}
_MODALS = {"could", "might", "may", "would", "will", "should", "can", "'ll", "shall"}
_FIRST_PERSON = {"i", "we", "me", "us"}
_THIRD_PRONOUNS = {"he", "she", "they", "it", "him", "her", "them"}
_LOC_PREPS = {"in", "into", "to", "inside", "within", "across", "at", "near", "throughout", "on", "from",
              "toward", "towards", "around", "outside"}
_ORG_LABELS = {"ORG", "GPE", "NORP", "PERSON", "FAC"}
_TOTAL_NOUNS = {"number", "total", "toll", "tally", "count", "figure", "strength", "size", "estimate"}
_DROP_KINDS = {"temperature", "age", "duration"}
_RESTATE_RE = re.compile(r"\b(?:equivalent to|the equivalent of|the size of|equal to|as large as|the same as)\s*$", re.I)
_DET_RE = re.compile(r"^(?:the|a|an|this|that|these|those|its|their|his|her|our|some|one|two|three|four|five|several|top|senior)\s+", re.I)
_QUOTE_OPEN = "“\"«„"
_QUOTE_CLOSE = "”\"»“"
_PLACE_NOUNS = {"oblast", "region", "province", "state", "county", "district", "city", "town", "village",
                "border", "front", "area", "island", "peninsula", "coast", "valley", "republic", "territory",
                "krai", "prefecture", "governorate", "municipality", "capital", "port", "camp", "base", "zone",
                "strip", "bank", "heights", "basin", "desert", "sea", "gulf", "river", "mountains", "country"}
_PEOPLE_NOUNS = {"person", "people", "man", "woman", "child", "boy", "girl", "soldier", "civilian", "officer",
                 "worker", "patient", "victim", "resident", "passenger", "student", "journalist", "prisoner",
                 "hostage", "migrant", "refugee", "protester", "fighter", "casualty", "death", "case", "infant",
                 "baby", "teenager", "member", "employee", "policeman", "firefighter", "doctor", "nurse", "troop",
                 # who a force is made of, and who a disaster or an attack strikes
                 "serviceman", "servicemen", "servicewoman", "servicewomen", "peacekeeper", "sailor", "marine", "pilot", "militant", "attacker",
                 "reservist", "conscript", "mercenary", "paratrooper", "commando", "villager", "tourist", "pilgrim",
                 "miner", "rescuer", "volunteer", "climber", "fisherman", "farmer", "crewman", "comrade", "colleague"}
_DOCUMENT_NOUNS = {"report", "reporting", "figure", "data", "estimate", "statement", "count", "tally", "survey",
                   "analysis", "assessment", "study", "statistic", "number", "record", "account", "briefing",
                   "update", "bulletin", "detail"}
# verbs of putting a document out: "a report his ministry issued"
_ISSUE_VERBS = {"issue", "release", "publish", "compile", "produce", "put", "give", "provide", "circulate", "post"}
_SPEAKER_NOUNS = {"official", "source", "diplomat", "lawmaker", "expert", "analyst", "spokesperson",
                  "spokesman", "spokeswoman", "witness", "resident", "officer", "minister", "aide", "adviser",
                  "advisor", "person", "people", "legislator", "senator", "observer", "researcher", "doctor",
                  "reporter", "journalist", "correspondent", "commander", "leader", "representative", "member",
                  # who holds an office and speaks for it ("the governor added", "the sheriff told reporters")
                  "governor", "mayor", "premier", "president", "chief", "sheriff", "coroner", "director", "secretary",
                  "administrator", "chairman", "chairwoman", "ambassador", "envoy", "commissioner", "superintendent",
                  "inspector", "general", "colonel", "lieutenant", "admiral", "prefect", "head", "rescuer", "medic"}

_BODY_NOUNS = {"ministry", "agency", "government", "office", "department", "police", "army", "military",
               "company", "firm", "bank", "court", "council", "commission", "committee", "authority", "service",
               "group", "organisation", "organization", "union", "association", "institute", "survey", "report",
               "study", "figures", "numbers", "tallies", "data", "statistics", "details", "intelligence", "spokesperson", "spokesman", "spokeswoman",
               "analysts", "economists", "researchers", "scientists", "officials", "experts", "observers",
               "organizers", "organisers", "organizer", "organiser", "protesters", "demonstrators", "statement", "mission",
               "bulletin", "alliance", "coalition", "junta", "command", "headquarters", "administration", "cabinet",
               # outlets ("The Kessel Herald newspaper reported")
               "newspaper", "daily", "broadcaster", "tabloid", "magazine", "outlet", "website"}

# verbs with no passive ("perished", "died" after a noun are what the noun did, never done to it)
_NO_PASSIVE_VERBS = {"die", "perish", "succumb", "disappear", "vanish", "drown", "flee"}
