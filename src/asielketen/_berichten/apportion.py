"""Catalogue: exact integer apportionment (:mod:`asielketen.apportion`)."""

from __future__ import annotations

BERICHTEN: dict[str, tuple[str, str]] = {
    "apportion.totaal": ("een geheel getal ≥ 0", "a whole number ≥ 0"),
    "apportion.gewicht": ("een gewicht is een geheel getal ≥ 0", "a weight is a whole number ≥ 0"),
    "apportion.alle_nul": (
        "kan {totaal} niet verdelen over gewicht 0",
        "cannot divide {totaal} over a total weight of 0",
    ),
}
