"""Catalogue: shipped effective-dated parameter files (:mod:`asielketen.parameters`)."""

from __future__ import annotations

BERICHTEN: dict[str, tuple[str, str]] = {
    "parameters.type": (
        "{plaats}: waarde {waarde} past niet bij type {type}",
        "{plaats}: value {waarde} does not fit type {type}",
    ),
    "parameters.bestand_ongeldig": (
        "parameterbestand {bestand} is ongeldig: {fout}",
        "parameter file {bestand} is not valid: {fout}",
    ),
    "parameters.soort": ("parameter", "parameter"),
}
