"""Catalogue: structuring JSON into asielketen's classes (:mod:`asielketen.serialization`).

The path of a bad field (``$.inwoners[0].aantal``) is the same in every language.
"""

from __future__ import annotations

BERICHTEN: dict[str, tuple[str, str]] = {
    "serialisatie.op_pad": ("{fout} @ {pad}", "{fout} @ {pad}"),
    "serialisatie.veld_ontbreekt": ("verplicht veld ontbreekt", "required field missing"),
    "serialisatie.extra_velden": ("onbekende velden: {velden}", "extra fields found: {velden}"),
    "serialisatie.ongeldig_voor": (
        "ongeldige waarde voor {type} ({reden})",
        "invalid value for {type} ({reden})",
    ),
    "serialisatie.ongeldig": ("ongeldige waarde ({reden})", "invalid value ({reden})"),
    "serialisatie.datum_met_tijd": (
        "verwacht een datum zonder tijd, kreeg {waarde}",
        "expected a date without time, got {waarde}",
    ),
    "serialisatie.datum_tekst": (
        "verwacht een ISO-datum als tekst, kreeg {waarde}",
        "expected an ISO date string, got {waarde}",
    ),
    "serialisatie.halfjaar": (
        "geen halfjaar (JJJJ-H1 of JJJJ-H2): {waarde}",
        "not a half-year (YYYY-H1 or YYYY-H2): {waarde}",
    ),
    "serialisatie.datum_ongeldig": (
        "geen geldige datum (JJJJ-MM-DD): {waarde}",
        "not a valid date (YYYY-MM-DD): {waarde}",
    ),
    "serialisatie.decimaal_float": (
        "verwacht een decimaal getal als tekst of een geheel getal (geen float), kreeg {waarde}",
        "expected a decimal string or int (no float), got {waarde}",
    ),
    "serialisatie.decimaal_tekst": (
        "verwacht een decimaal getal als tekst, kreeg {waarde}",
        "expected a decimal string, got {waarde}",
    ),
    "serialisatie.geen_decimaal": ("geen decimaal getal: {waarde}", "not a decimal number: {waarde}"),
    "serialisatie.niet_eindig": (
        "geen eindig decimaal getal: {waarde}",
        "not a finite decimal number: {waarde}",
    ),
    "serialisatie.breuk_type": (
        "verwacht een breuk als tekst zoals '7/3' of een geheel getal, kreeg {waarde}",
        "expected a fraction string like '7/3' or an int, got {waarde}",
    ),
    "serialisatie.geen_breuk": ("geen exacte breuk: {waarde}", "not an exact fraction: {waarde}"),
    "serialisatie.geheel_getal": (
        "verwacht een geheel getal, kreeg {waarde}",
        "expected an integer, got {waarde}",
    ),
    "serialisatie.waar_onwaar": (
        "verwacht true of false, kreeg {waarde}",
        "expected true or false, got {waarde}",
    ),
    "serialisatie.tekst": ("verwacht een tekst, kreeg {waarde}", "expected a string, got {waarde}"),
    "serialisatie.bericht_object": (
        "verwacht een object met de sleutels {sleutels}, kreeg {waarde}",
        "expected an object with keys {sleutels}, got {waarde}",
    ),
    "serialisatie.bericht_sleutels": (
        "verwacht precies de sleutels {verwacht}, kreeg {gekregen}",
        "expected exactly the keys {verwacht}, got {gekregen}",
    ),
    "serialisatie.lijst": ("verwacht een lijst, kreeg {waarde}", "expected a list, got {waarde}"),
    "serialisatie.json_te_diep": ("geen geldige JSON (te diep genest)", "not valid JSON (nested too deeply)"),
    "serialisatie.json_ongeldig": ("geen geldige JSON ({reden})", "not valid JSON ({reden})"),
}
