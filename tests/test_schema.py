"""The published JSON Schema matches what the build writes and the contract's names."""

from __future__ import annotations

import jsonschema

from dossier.model import dossier_to_dict
from dossier.schema import dossier_schema

CONTRACT_FIELDS = {
    "Article": {"id", "source", "title", "outlet", "publisher", "authors", "published", "language", "text", "removed"},
    "Entity": {"id", "name", "type", "aliases", "roles", "mentions"},
    "Quote": {"id", "article", "start", "end", "text", "kind", "speaker", "cue", "date"},
    "NumericClaim": {
        "id", "article", "start", "end", "sentence", "value", "low", "high", "qualifier", "measure",
        "location", "as_of", "modality", "source", "via", "track",
    },
    "Track": {"id", "measure", "location", "claims", "low", "high", "latest", "independent_sources", "conflict"},
    "TimeExpression": {"article", "start", "end", "text", "value", "anchor"},
    "Event": {"id", "date", "earliest", "latest", "summary", "evidence"},
    "Relation": {"kind", "from", "to", "outlet", "score"},
    "Rejection": {"source", "stage", "reason"},
    "SourceRef": {"entity", "name", "text"},
    "PublishedDate": {"date", "basis", "earliest", "latest"},
}


def test_schema_keeps_contract_names() -> None:
    schema = dossier_schema()
    assert {"schema_version", "articles", "entities", "quotes", "claims", "tracks", "time_expressions",
            "events", "relations", "rejections"} <= set(schema["properties"])
    for name, fields in CONTRACT_FIELDS.items():
        assert fields <= set(schema["$defs"][name]["properties"]), name


def test_example_dossier_validates_against_schema(example_dossier) -> None:  # type: ignore[no-untyped-def]
    jsonschema.validate(dossier_to_dict(example_dossier), dossier_schema())
