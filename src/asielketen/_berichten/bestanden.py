"""Catalogue: reading user files (:mod:`asielketen._bestanden`)."""

from __future__ import annotations

BERICHTEN: dict[str, tuple[str, str]] = {
    "bestanden.geen_pad": (
        "geen pad: geef een bestandsnaam (str of Path) of '-' voor standaardinvoer",
        "not a path: give a file name (str or Path) or '-' for standard input",
    ),
    "bestanden.onleesbaar": ("bestand niet leesbaar ({oorzaak})", "file not readable ({oorzaak})"),
    "bestanden.geen_gewoon_bestand": (
        "geen gewoon bestand (een map, FIFO, apparaat of socket wordt niet gelezen; '-' leest "
        "standaardinvoer)",
        "not a regular file (a folder, FIFO, device or socket is not read; '-' reads standard input)",
    ),
    "bestanden.te_groot": (
        "bestand groter dan {grens} MiB, de grens voor gebruikersbestanden",
        "file larger than {grens} MiB, the limit for user files",
    ),
    "bestanden.geen_utf8": (
        "geen UTF-8-tekst (ongeldige byte op positie {positie}); sla het op als UTF-8 (CSV UTF-8)",
        "not UTF-8 text (invalid byte at position {positie}); save it as UTF-8 (CSV UTF-8)",
    ),
    "bestanden.binair": (
        "geen tekstbestand (NUL-teken op positie {positie})",
        "not a text file (NUL character at position {positie})",
    ),
    "bestanden.json": (
        "geen geldige JSON (regel {regel}, kolom {kolom})",
        "not valid JSON (line {regel}, column {kolom})",
    ),
    "bestanden.json_te_groot": (
        "JSON te diep genest of met een getal van meer dan 4300 cijfers",
        "JSON nested too deeply or with a number of more than 4300 digits",
    ),
    "bestanden.csv": (
        "geen geldige CSV op regel {regel} ({reden})",
        "not valid CSV at line {regel} ({reden})",
    ),
    "bestanden.kolommen": (
        "kolommen vereist: {nodig} (optioneel: {optioneel}); gevonden: {gevonden} "
        "(scheidingsteken komma of puntkomma)",
        "columns required: {nodig} (optional: {optioneel}); found: {gevonden} (separator comma or semicolon)",
    ),
    "bestanden.cel_lang": ("{begin}…' ({lengte} tekens)", "{begin}…' ({lengte} characters)"),
    "bestanden.geen_geheel_getal": (
        "rij {rij}: {kolom}={waarde} is geen geheel getal ≥ 0",
        "row {rij}: {kolom}={waarde} is not a whole number ≥ 0",
    ),
    "bestanden.getal_te_groot": (
        "rij {rij}: {kolom}={waarde} is groter dan {grens}, de bovengrens van een aantal",
        "row {rij}: {kolom}={waarde} is larger than {grens}, the upper bound of a count",
    ),
    "bestanden.geen_datum": (
        "rij {rij}: {kolom}={waarde} is geen datum (JJJJ-MM-DD)",
        "row {rij}: {kolom}={waarde} is not a date (YYYY-MM-DD)",
    ),
    "bestanden.leeg": ("rij {rij}: {kolom} is leeg", "row {rij}: {kolom} is empty"),
    "bestanden.meer_fouten": ("en nog {aantal} fouten", "and {aantal} more errors"),
}
