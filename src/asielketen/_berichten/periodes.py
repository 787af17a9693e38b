"""Catalogue: dates, periods, half-years, cycles, effective-dated parameters (:mod:`asielketen.periods`)."""

from __future__ import annotations

BERICHTEN: dict[str, tuple[str, str]] = {
    "periodes.zonder_tijd": (
        "geef een datum zonder tijd (datetime.date)",
        "give a date without a time of day (datetime.date)",
    ),
    "periodes.ongeldige_datum": ("geen geldige datum (JJJJ-MM-DD)", "not a valid date (YYYY-MM-DD)"),
    "periodes.geen_datum": (
        "geen datum (datetime.date of 'JJJJ-MM-DD')",
        "not a date (datetime.date or 'YYYY-MM-DD')",
    ),
    "periodes.moet_datum": ("moet een datum (datetime.date) zijn", "must be a date (datetime.date)"),
    "periodes.einde_na_begin": (
        "een periode eindigt na haar begin (van={van}); tot is de eerste dag ná de periode",
        "a period ends after it begins (van={van}); tot is the first day after the period",
    ),
    "periodes.open_dagen": (
        "een open periode heeft geen aantal dagen",
        "an open period has no number of days",
    ),
    "periodes.jaar": ("jaar tussen 1 en {hoogste}", "a year between 1 and {hoogste}"),
    "periodes.helft": ("helft is 1 of 2", "helft is 1 or 2"),
    "periodes.halfjaar": (
        "schrijf een halfjaar als JJJJ-H1 of JJJJ-H2",
        "write a half-year as YYYY-H1 or YYYY-H2",
    ),
    "periodes.cyclus": (
        "cyclus {ramingsjaar} (verdeling {eerste}–{tweede})",
        "cyclus {ramingsjaar} (allocation for {eerste}–{tweede})",
    ),
    "periodes.moet_cyclus": (
        "moet een Cyclus zijn, bv. Cyclus(2024)",
        "must be a Cyclus, e.g. Cyclus(2024)",
    ),
    "periodes.moet_bron": ("moet een Bron zijn", "must be a Bron (source)"),
    "periodes.minstens_een": ("minstens één waarde", "at least one value"),
    "periodes.overlap": (
        "overlapt met {periode}; geldigheden mogen niet overlappen",
        "overlaps {periode}; validities must not overlap",
    ),
    "periodes.gesloten": ("splitsen vraagt een gesloten periode", "splitting needs a closed period"),
}
