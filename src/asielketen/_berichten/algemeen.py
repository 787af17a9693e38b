"""Catalogue: the frame of explanations and the library-wide sentences."""

from __future__ import annotations

BERICHTEN: dict[str, tuple[str, str]] = {
    "algemeen.ja_nee": ("{waarde}", "{waarde}"),
    "algemeen.uitkomst": ("Uitkomst: {waarde}", "Result: {waarde}"),
    "algemeen.waarom": ("Waarom:", "Why:"),
    "algemeen.invoer": ("invoer", "input"),
    "algemeen.bron": ("bron", "source"),
    "algemeen.onzeker": (
        "Let op: deze uitkomst steunt (deels) op bronnen met status pers of aanname: {bronnen}.",
        "Note: this result rests (partly) on sources with status pers (press) or aanname (assumption): "
        "{bronnen}.",
    ),
    "algemeen.berekend_met": ("Berekend met asielketen {versie}.", "Computed with asielketen {versie}."),
    "algemeen.berekend_met_gegevens": (
        "Berekend met asielketen {versie}; gegevens: {gegevens}.",
        "Computed with asielketen {versie}; data: {gegevens}.",
    ),
    "algemeen.dataset": (
        "{naam} (peildatum {peildatum}, sha256 {sha256}…)",
        "{naam} (reference date {peildatum}, sha256 {sha256}…)",
    ),
}
