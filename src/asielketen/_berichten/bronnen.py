"""Catalogue: sources (:mod:`asielketen.sources`) and the source registry (:mod:`asielketen.bronregister`)."""

from __future__ import annotations

BERICHTEN: dict[str, tuple[str, str]] = {
    # validation of source fields
    "bronnen.ecli": (
        "geen geldige ECLI (vorm: ECLI:NL:RBNNE:2025:4074)",
        "not a valid ECLI (form: ECLI:NL:RBNNE:2025:4074)",
    ),
    "bronnen.bwb_id": ("geen geldig BWB-id (vorm: BWBR0049307)", "not a valid BWB id (form: BWBR0049307)"),
    "bronnen.id": (
        "een bron-id bestaat uit letters, cijfers, '.', ':' en '-'",
        "a source id consists of letters, digits, '.', ':' and '-'",
    ),
    "bronnen.leeg": ("mag niet leeg zijn", "must not be empty"),
    "bronnen.datum": ("moet een datum (datetime.date) zijn", "must be a date (datetime.date)"),
    "bronnen.url": ("geen geldige http(s)-URL", "not a valid http(s) URL"),
    "bronnen.status": ("status is een van {statussen}", "status is one of {statussen}"),
    "bronnen.blad": ("blad is 'Stb.' of 'Stcrt.'", "blad is 'Stb.' or 'Stcrt.'"),
    "bronnen.jaar": ("geen geldig jaar", "not a valid year"),
    "bronnen.nummer": ("een publicatienummer is positief", "a publication number is positive"),
    "bronnen.datum_jaar": (
        "valt niet in het jaar van de publicatie ({jaar})",
        "does not fall in the year of the publication ({jaar})",
    ),
    "bronnen.persdatum": ("datum als YYYY, YYYY-MM of YYYY-MM-DD", "a date as YYYY, YYYY-MM or YYYY-MM-DD"),
    "bronnen.persdatum_bestaat": ("geen bestaande datum ({reden})", "not an existing date ({reden})"),
    # citations (names, titles and codes stay as printed in the source)
    "bronnen.citatie_wetsartikel": (
        "{wet} art. {artikel}{lid}{onderdeel}, tekst geldend op {versiedatum}",
        "{wet} art. {artikel}{lid}{onderdeel}, text in force on {versiedatum}",
    ),
    "bronnen.lid": (" lid {lid}", " para. {lid}"),
    "bronnen.onderdeel": (" onder {onderdeel}", " under {onderdeel}"),
    "bronnen.citatie_brief": (
        "Brief {afzender} aan {geadresseerde}, {datum}{kenmerk}: {titel}",
        "Letter from {afzender} to {geadresseerde}, {datum}{kenmerk}: {titel}",
    ),
    "bronnen.kenmerk": (", kenmerk {kenmerk}", ", kenmerk {kenmerk}"),
    "bronnen.zonder_kenmerk": (", zonder kenmerk", ", no kenmerk"),
    "bronnen.citatie_statistiek": (
        "{instantie} {tabel} (peildatum {peildatum}): {titel}",
        "{instantie} {tabel} (reference date {peildatum}): {titel}",
    ),
    "bronnen.citatie_aanname": ("Aanname: {omschrijving}", "Assumption: {omschrijving}"),
    # the registry
    "bronnen.soort": ("bron", "source"),
    "bronnen.register_past_niet": (
        "{bestand} past niet op de bronsoorten: {fout}",
        "{bestand} does not fit the kinds of source: {fout}",
    ),
    "bronnen.register_dubbel": (
        "{bestand}: bron-id {id} komt twee keer voor",
        "{bestand}: source id {id} occurs twice",
    ),
}
