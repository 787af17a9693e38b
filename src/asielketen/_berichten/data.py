"""Catalogue: shipped data files and their manifest (:mod:`asielketen.data`, ``asielketen.data._build``)."""

from __future__ import annotations

BERICHTEN: dict[str, tuple[str, str]] = {
    "data.ontbreekt": (
        "gegevensbestand {naam} ontbreekt in de installatie ({fout})",
        "data file {naam} is missing from the installation ({fout})",
    ),
    "data.manifest": (
        "manifest.json is onleesbaar of onvolledig ({fout})",
        "manifest.json is unreadable or incomplete ({fout})",
    ),
    "data.soort": ("gegevensbestand", "data file"),
    "data.sha256": (
        "gegevensbestand {naam} komt niet overeen met het manifest "
        "(sha256 {gevonden}…, verwacht {verwacht}…): beschadigd of gewijzigd",
        "data file {naam} does not match the manifest "
        "(sha256 {gevonden}…, expected {verwacht}…): damaged or changed",
    ),
    "data.csv": (
        "gegevensbestand {naam} is geen geldige CSV ({fout})",
        "data file {naam} is not valid CSV ({fout})",
    ),
    "data.rijen": (
        "gegevensbestand {naam} heeft {rijen} rijen, het manifest zegt {verwacht}",
        "data file {naam} has {rijen} rows, the manifest says {verwacht}",
    ),
    "data.json": (
        "gegevensbestand {naam} is geen geldige JSON ({fout})",
        "data file {naam} is not valid JSON ({fout})",
    ),
    "data.inhoud": (
        "gegevensbestand {naam} heeft niet de verwachte inhoud ({fout})",
        "data file {naam} does not have the expected content ({fout})",
    ),
    # the maintainers' tool python -m asielketen.data._build
    "data.build_afwijking": ("{naam}: wijkt af van de afleiding", "{naam}: differs from the derivation"),
    "data.build_sha256": ("{naam}: sha256 {oud} -> {nieuw}", "{naam}: sha256 {oud} -> {nieuw}"),
}
