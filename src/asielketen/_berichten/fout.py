"""Catalogue: the sentences of the exception hierarchy (:mod:`asielketen.errors`)."""

from __future__ import annotations

BERICHTEN: dict[str, tuple[str, str]] = {
    "fout.invoer": ("{veld}={waarde}: {reden}", "{veld}={waarde}: {reden}"),
    "fout.onbekend": ("onbekende {soort}", "unknown {soort}"),
    "fout.onbekend_suggestie": (
        "onbekende {soort}; bedoelt u {suggesties}?",
        "unknown {soort}; did you mean {suggesties}?",
    ),
    "fout.of": (" of ", " or "),
    "fout.meerdere": ("meerdere {soort} passen: {kandidaten}", "more than one {soort} fits: {kandidaten}"),
    "fout.ongeldige_structuur": ("ongeldige structuur", "invalid structure"),
    "fout.parameter": (
        "parameter {parameter} heeft geen waarde op {peildatum} ({uitleg})",
        "parameter {parameter} has no value on {peildatum} ({uitleg})",
    ),
    "fout.parameter_laatst": ("laatst geldig op {datum}", "last valid on {datum}"),
    "fout.parameter_eerst": ("pas geldig vanaf {datum}", "valid only from {datum}"),
    "fout.parameter_geen": ("geen enkele waarde bekend", "no value known at all"),
    "fout.groot_getal": ("<getal van {cijfers} cijfers>", "<number of {cijfers} digits>"),
    "fout.groot_getal_minstens": (
        "<getal van ten minste {cijfers} cijfers>",
        "<number of at least {cijfers} digits>",
    ),
}
