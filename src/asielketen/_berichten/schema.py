"""Catalogue: the sentences of :mod:`asielketen.schema`."""

from __future__ import annotations

BERICHTEN: dict[str, tuple[str, str]] = {
    "schema.soort": ("schemanaam", "schema name"),
}
