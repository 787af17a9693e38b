"""The OpenAPI 3.1 document, built from the endpoints and the package's JSON Schemas (no framework).

Each endpoint's response schema is the JSON Schema of what its command writes with ``--format json``
(:data:`ANTWOORDEN`); the ``$defs`` of those schemas become ``components/schemas`` (their names made
safe for OpenAPI: ``Uitkomst[Dwangsom]`` → ``Uitkomst_Dwangsom_``) and every ``$ref`` points there.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from .._version import __version__
from ._eindpunten import Eindpunt, Optie, eindpunten

ANTWOORDEN: dict[tuple[str, ...], tuple[str, ...]] = {
    ("gemeente",): ("Uitkomst[Gemeenteprofiel]",),
    ("spreiding",): ("Uitkomst[Spreiding]",),
    ("bronnen",): ("Bron",),
    ("nareizigers",): ("Uitkomst[Nareisbeoordeling]",),
    ("statushouders",): (
        "Uitkomst[Taakstelling]",
        "Uitkomst[Taakstellingen]",
        "Uitkomst[VngActie]",
        "Uitkomst[VngActieLandelijk]",
    ),
    ("opvang", "overzicht"): ("Uitkomst[Opvangoverzicht]",),
    ("opvang", "dwangsom"): ("Uitkomst[Dwangsom]",),
    ("oekraine", "plicht"): ("Oekraineplichten",),
    ("oekraine", "vergoeding"): ("Uitkomst[Vergoeding]",),
    ("schema",): (),
    ("toets",): (),
}
"""Endpoint → the schema names of its JSON (one of them); ``()``: any JSON (``schema``)."""

LIJSTEN = frozenset({("bronnen",)})
"""Endpoints whose JSON is an array of the named schema."""

PROBLEEM = "Probleem"
"""The component name of the problem details (RFC 9457)."""

_PROBLEEM_SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": "Problem details (RFC 9457), with the field and value the input error names.",
    "required": ["type", "title", "status", "detail"],
    "properties": {
        "type": {"type": "string", "format": "uri"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "veld": {"type": ["string", "null"], "description": "the field (parameter) at fault"},
        "waarde": {"description": "the value given for it (shortened), if any"},
    },
}


def sleutel(naam: str) -> str:
    """A schema name as an OpenAPI component key (``[A-Za-z0-9._-]``)."""
    return re.sub(r"[^A-Za-z0-9._-]", "_", naam)


def openapi_document() -> dict[str, Any]:
    """The OpenAPI 3.1 document of the API."""
    componenten: dict[str, Any] = {PROBLEEM: copy.deepcopy(_PROBLEEM_SCHEMA)}
    paden: dict[str, Any] = {}
    for e in eindpunten():
        antwoord = _antwoordschema(e, componenten)
        item: dict[str, Any] = {"get": _operatie(e, "get", antwoord)}
        if e.bestanden:
            item["post"] = _operatie(e, "post", antwoord)
        paden[e.pad] = item
    paden["/v1/schema/{naam}"] = {
        "get": {
            "operationId": "schema_naam",
            "summary": "Het JSON Schema van een entiteit of uitkomst",
            "description": "Hetzelfde als `asielketen schema NAAM`; namen: `GET /v1/schema`.",
            "parameters": [
                {"name": "naam", "in": "path", "required": True, "schema": {"type": "string"}},
                *_taalparameters(),
            ],
            "responses": _antwoorden({"type": "object"}),
        }
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "asielketen",
            "version": __version__,
            "summary": "De regels van de Nederlandse asielketen, met bronnen, als HTTP-API.",
            "description": "Elke opdracht van `asielketen` als `GET /v1/<opdracht>`: de queryparameters "
            "zijn de lange opties zonder streepjes, de body is de JSON van `--format json`. Bestanden "
            "gaan als body van een `POST` naar hetzelfde pad. Zie docs/api.md.",
            "license": {"name": "MIT", "identifier": "MIT"},
        },
        "jsonSchemaDialect": "https://json-schema.org/draft/2020-12/schema",
        "paths": paden,
        "components": {"schemas": componenten},
    }


def _antwoordschema(e: Eindpunt, componenten: dict[str, Any]) -> dict[str, Any]:
    namen = ANTWOORDEN.get(e.opdracht, ())
    delen = [{"$ref": f"#/components/schemas/{_neem_op(n, componenten)}"} for n in namen]
    if not delen:
        return {}
    schema = delen[0] if len(delen) == 1 else {"oneOf": delen}
    return {"type": "array", "items": schema} if e.opdracht in LIJSTEN else schema


def _neem_op(naam: str, componenten: dict[str, Any]) -> str:
    """Put the schema ``naam`` and its ``$defs`` into ``componenten``; its key."""
    from ..schema import json_schema

    schema = json_schema(naam)
    defs = schema.pop("$defs", {})
    for weg in ("$schema", "$id"):
        schema.pop(weg, None)
    for n, s in {naam: schema, **defs}.items():
        componenten.setdefault(sleutel(n), _verwijs(s))
    return sleutel(naam)


def _verwijs(schema: Any) -> Any:
    """``schema`` with every ``#/$defs/X`` reference pointing at ``#/components/schemas/X``."""
    if isinstance(schema, dict):
        return {
            k: (
                "#/components/schemas/" + sleutel(v.removeprefix("#/$defs/"))
                if k == "$ref" and isinstance(v, str) and v.startswith("#/$defs/")
                else _verwijs(v)
            )
            for k, v in schema.items()
        }
    if isinstance(schema, list):
        return [_verwijs(v) for v in schema]
    return schema


def _operatie(e: Eindpunt, methode: str, antwoord: dict[str, Any]) -> dict[str, Any]:
    opdracht = " ".join(e.opdracht)
    op: dict[str, Any] = {
        "operationId": "_".join(e.opdracht) + ("_post" if methode == "post" else ""),
        "summary": f"asielketen {opdracht}",
        "description": e.beschrijving or f"`asielketen {opdracht} --format json`",
        "tags": [e.opdracht[0]],
        "parameters": [
            *(_parameter(o) for o in e.opties if o.soort != "bestand"),
            *_taalparameters(),
        ],
        "responses": _antwoorden(antwoord),
    }
    if methode == "post":
        velden = {
            o.naam: ({"type": "array", "items": _bestandschema(o)} if o.meervoud else _bestandschema(o))
            for o in e.bestanden
        }
        inhoud: dict[str, Any] = {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": velden,
                    "required": [o.naam for o in e.bestanden if o.verplicht],
                }
            }
        }
        if len(e.bestanden) == 1:
            enig = _bestandschema(e.bestanden[0])
            inhoud["text/csv"] = {"schema": enig}
            inhoud["application/json"] = {"schema": enig}
        op["requestBody"] = {
            "required": True,
            "description": "De bestanden van de opties "
            + ", ".join(f"`--{o.naam}`" for o in e.bestanden)
            + ": multipart/form-data met een deel per optie (de bestandsnaam bepaalt CSV of JSON: "
            "`.json`), of bij één bestandsoptie het bestand zelf als body (`Content-Type: "
            "application/json` voor JSON, anders CSV).",
            "content": inhoud,
        }
    return op


def _bestandschema(o: Optie) -> dict[str, Any]:
    return {"type": "string", "contentMediaType": "application/octet-stream", "description": o.hulp}


def _parameter(o: Optie) -> dict[str, Any]:
    schema: dict[str, Any]
    if o.soort == "vlag":
        schema = {"type": "boolean", "default": False}
    else:
        schema = {"type": "string"}
        if o.keuzes:
            schema["enum"] = list(o.keuzes)
        if o.datum:
            schema["format"] = "date"
        if o.soort == "lijst":
            schema = {"type": "array", "items": schema}
    p: dict[str, Any] = {"name": o.naam, "in": "query", "required": o.verplicht, "schema": schema}
    if o.hulp:
        p["description"] = o.hulp
    if o.soort == "lijst":
        p["style"], p["explode"] = "form", True
    return p


def _taalparameters() -> list[dict[str, Any]]:
    return [
        {
            "name": "taal",
            "in": "query",
            "required": False,
            "description": "taal van foutmeldingen (voorrang boven Accept-Language); "
            "de JSON is in elke taal gelijk",
            "schema": {"type": "string", "enum": ["nl", "en"]},
        },
        {
            "name": "Accept-Language",
            "in": "header",
            "required": False,
            "description": "nl of en (standaard nl)",
            "schema": {"type": "string"},
        },
    ]


def _antwoorden(schema: dict[str, Any]) -> dict[str, Any]:
    probleem = {"application/problem+json": {"schema": {"$ref": f"#/components/schemas/{PROBLEEM}"}}}
    return {
        "200": {
            "description": "de JSON van `--format json`",
            "content": {"application/json": {"schema": schema}},
        },
        "4XX": {"description": "ongeldige invoer (RFC 9457)", "content": probleem},
        "5XX": {"description": "fout in de server, zonder interne details", "content": probleem},
    }
