"""Catalogue: the HTTP API (:mod:`asielketen.api`): problem titles and the API's own refusals."""

from __future__ import annotations

BERICHTEN: dict[str, tuple[str, str]] = {
    # titles of the problem types (RFC 9457 "title")
    "api.titel.ongeldige_invoer": ("Ongeldige invoer", "Invalid input"),
    "api.titel.onbekende_naam": ("Onbekende naam", "Unknown name"),
    "api.titel.geen_gegevens": ("Gegevens ontbreken", "Data not available"),
    "api.titel.ongeldig_verzoek": ("Ongeldig verzoek", "Bad request"),
    "api.titel.niet_gevonden": ("Niet gevonden", "Not found"),
    "api.titel.methode": ("Methode niet toegestaan", "Method not allowed"),
    "api.titel.te_groot": ("Verzoek te groot", "Request too large"),
    "api.titel.serverfout": ("Fout in de server", "Server error"),
    # the API's own refusals (the "detail")
    "api.onbekende_parameter": (
        "onbekende parameter; dit eindpunt kent: {bekend}",
        "unknown parameter; this endpoint takes: {bekend}",
    ),
    "api.dubbel": ("parameter meer dan eens gegeven", "parameter given more than once"),
    "api.vlag": ("geef true of false", "give true or false"),
    "api.ontbreekt": ("verplichte parameter ontbreekt", "required parameter missing"),
    "api.bestand_ontbreekt": (
        "dit bestand hoort in de body van een POST (multipart/form-data, deel {naam!r})",
        "this file belongs in the body of a POST (multipart/form-data, part {naam!r})",
    ),
    "api.bestand_in_query": (
        "een bestand gaat niet als queryparameter: stuur het als body van een POST",
        "a file is not a query parameter: send it as the body of a POST",
    ),
    "api.geen_bestanden": (
        "dit eindpunt neemt geen bestanden: gebruik GET",
        "this endpoint takes no files: use GET",
    ),
    "api.meerdere_bestanden": (
        "dit eindpunt neemt meer bestanden ({namen}): stuur ze als multipart/form-data, "
        "elk deel genoemd naar zijn optie",
        "this endpoint takes several files ({namen}): send them as multipart/form-data, "
        "each part named after its option",
    ),
    "api.multipart": ("multipart-body onleesbaar: {reden}", "multipart body unreadable: {reden}"),
    "api.te_groot": (
        "de body is groter dan {grens} bytes",
        "the body is larger than {grens} bytes",
    ),
    "api.geen_pad": (
        "geen eindpunt op dit pad; zie /openapi.json",
        "no endpoint at this path; see /openapi.json",
    ),
    "api.methode": (
        "methode {methode} niet toegestaan; wel: {toegestaan}",
        "method {methode} not allowed; allowed: {toegestaan}",
    ),
    "api.serverfout": (
        "er ging iets mis in de server; het verzoek is niet verwerkt",
        "something went wrong in the server; the request was not processed",
    ),
}
