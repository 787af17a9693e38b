"""Catalogue: the sentences of the optional extras (:mod:`asielketen.frames`, :mod:`asielketen.plot`)."""

from __future__ import annotations

BERICHTEN: dict[str, tuple[str, str]] = {
    "extra.ontbreekt": (
        "deze functie vraagt het pakket {pakket!r}, dat niet geïnstalleerd is: "
        "installeer asielketen[{extra}] (pip install 'asielketen[{extra}]')",
        "this function needs the package {pakket!r}, which is not installed: "
        "install asielketen[{extra}] (pip install 'asielketen[{extra}]')",
    ),
    # -- checking the results an extra's function is given (asielketen._extra) --------------------
    "extra.ten_minste_een": ("geef ten minste één Uitkomst[{soort}]", "give at least one Uitkomst[{soort}]"),
    "extra.verwacht": ("verwacht een Uitkomst[{soort}]", "expected an Uitkomst[{soort}]"),
    "extra.verwacht_een": ("verwacht één Uitkomst[{soort}]", "expected exactly one Uitkomst[{soort}]"),
}
