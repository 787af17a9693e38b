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
    # -- whole numbers (asielketen._validation) ----------------------------------------------------
    "algemeen.getal.geen": (
        "geen geheel getal van {minimum} t/m {maximum}",
        "not a whole number from {minimum} to {maximum}",
    ),
    "algemeen.getal.tekens": (
        "geen geheel getal ({tekens} tekens)",
        "not a whole number ({tekens} characters)",
    ),
    "algemeen.getal.te_lang": (
        "te lang voor een getal ({tekens} tekens)",
        "too long for a number ({tekens} characters)",
    ),
    "algemeen.getal.te_klein": (
        "kleiner dan {minimum} (een geheel getal van {minimum} t/m {maximum})",
        "less than {minimum} (a whole number from {minimum} to {maximum})",
    ),
    "algemeen.getal.te_groot": (
        "groter dan {maximum}, de bovengrens van deze invoer",
        "greater than {maximum}, the upper bound of this input",
    ),
    "algemeen.getal.cijfers": (
        "een getal van {cijfers} cijfers, groter dan {maximum}, de bovengrens van deze invoer",
        "a number of {cijfers} digits, greater than {maximum}, the upper bound of this input",
    ),
}
