"""The JSON Schema of dossier.json, derived from the records in ``model.py``.

Deriving it from the dataclasses keeps the published schema and the code from drifting
apart; a test validates real output against it.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from typing import Any

from . import model

_SCALARS: dict[Any, dict[str, Any]] = {
    str: {"type": "string"},
    int: {"type": "integer"},
    float: {"type": "number"},
    bool: {"type": "boolean"},
    type(None): {"type": "null"},
}


def _schema_for(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if tp in _SCALARS:
        return dict(_SCALARS[tp])
    if tp is Any:
        return {}
    if origin in (typing.Union, types.UnionType):
        return {"anyOf": [_schema_for(a, defs) for a in typing.get_args(tp)]}
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": _schema_for(args[0], defs)}
        return {"type": "array", "prefixItems": [_schema_for(a, defs) for a in args], "minItems": len(args)}
    if origin in (list,):
        return {"type": "array", "items": _schema_for(typing.get_args(tp)[0], defs)}
    if dataclasses.is_dataclass(tp):
        name = typing.cast(type, tp).__name__  # a dataclass type here, not an instance
        if name not in defs:
            defs[name] = {}  # placeholder against recursion
            hints = typing.get_type_hints(tp)
            props = {}
            required = []
            for f in dataclasses.fields(tp):
                key = "from" if f.name == "from_" else f.name
                props[key] = _schema_for(hints[f.name], defs)
                required.append(key)
            defs[name] = {
                "type": "object",
                "description": (tp.__doc__ or "").strip().splitlines()[0],
                "properties": props,
                "required": required,
            }
        return {"$ref": f"#/$defs/{name}"}
    if tp is float | int:
        return {"type": "number"}
    raise TypeError(f"No JSON Schema mapping for {tp!r}")


def dossier_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of dossier.json.

    Returns:
        A JSON-ready dict.
    """
    defs: dict[str, Any] = {}
    root = _schema_for(model.Dossier, defs)
    body = dict(defs["Dossier"])
    body["properties"]["schema_version"] = {"const": model.SCHEMA_VERSION}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"dossier.schema.v{model.SCHEMA_VERSION}.json",
        "title": "dossier.json",
        **{k: v for k, v in body.items() if k != "description"},
        "description": "A sourced dossier of a news story (see CONTRACT.md).",
        "$defs": {k: v for k, v in defs.items() if k != "Dossier"},
        "$comment": root["$ref"],
    }
