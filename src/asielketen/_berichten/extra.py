"""Catalogue: the sentences of the optional extras (:mod:`asielketen.frames`, :mod:`asielketen.plot`)."""

from __future__ import annotations

BERICHTEN: dict[str, tuple[str, str]] = {
    "extra.ontbreekt": (
        "deze functie vraagt het pakket {pakket!r}, dat niet geïnstalleerd is: "
        "installeer asielketen[{extra}] (pip install 'asielketen[{extra}]')",
        "this function needs the package {pakket!r}, which is not installed: "
        "install asielketen[{extra}] (pip install 'asielketen[{extra}]')",
    ),
}
