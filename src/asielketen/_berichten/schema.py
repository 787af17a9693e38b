"""Catalogue: the sentences of :mod:`asielketen.schema`."""

from __future__ import annotations

BERICHTEN: dict[str, tuple[str, str]] = {
    "schema.soort": ("schemanaam", "schema name"),
    "schema.soort_alle": (
        "schemanaam; geen bekende naam lijkt erop (alle {aantal} namen: asielketen schema, "
        "of schema_namen())",
        "schema name; no known name is close (all {aantal} names: asielketen schema, or schema_namen())",
    ),
}
