"""Catalogue: ``asielketen toets``, the scenario files (``asielketen._cli.toets`` and ``_toets``)."""

from __future__ import annotations

BERICHTEN: dict[str, tuple[str, str]] = {
    # the result of a case
    "toets.geslaagd": ("GESLAAGD {bestand}: {naam}", "PASS {bestand}: {naam}"),
    "toets.mislukt": ("MISLUKT  {bestand}: {naam}", "FAIL {bestand}: {naam}"),
    "toets.controle": (
        "  {pad}: verwacht {verwacht}, gekregen {gekregen}",
        "  {pad}: expected {verwacht}, got {gekregen}",
    ),
    "toets.controle_fout": (
        "  {pad}: verwacht {verwacht}, gekregen {gekregen}  <-- verschil",
        "  {pad}: expected {verwacht}, got {gekregen}  <-- differs",
    ),
    "toets.ontbreekt": ("(ontbreekt: {reden})", "(missing: {reden})"),
    "toets.geweigerd": (
        "  de opdracht weigerde de invoer: {melding}",
        "  the command refused the input: {melding}",
    ),
    "toets.fout_verwacht": (
        "  verwacht: de opdracht weigert de invoer; gekregen: een uitkomst",
        "  expected: the command refuses the input; got: a result",
    ),
    "toets.samenvatting": (
        "{gevallen} gevallen: {geslaagd} geslaagd, {mislukt} mislukt.",
        "{gevallen} cases: {geslaagd} passed, {mislukt} failed.",
    ),
    # why a path finds nothing in the result
    "toets.geen_veld": ("geen veld '{veld}' in {waar}", "no field '{veld}' in {waar}"),
    "toets.geen_lijst": ("{waar} is geen lijst", "{waar} is not a list"),
    "toets.geen_record": ("{waar} is geen record", "{waar} is not a record"),
    "toets.buiten_lijst": (
        "{waar} heeft {lengte} elementen, geen [{index}]",
        "{waar} has {lengte} elements, no [{index}]",
    ),
    "toets.geen_selectie": (
        "geen element van {waar} met {veld}={waarde}",
        "no element of {waar} with {veld}={waarde}",
    ),
    "toets.meer_selectie": (
        "{aantal} elementen van {waar} met {veld}={waarde}; maak de keuze eenduidig",
        "{aantal} elements of {waar} with {veld}={waarde}; make the choice unique",
    ),
    # a malformed scenario file (exit status 2): the field names file, case and key
    "toets.veld": ("{bestand}, geval {geval}, sleutel {sleutel}", "{bestand}, case {geval}, key {sleutel}"),
    "toets.veld_bestand": ("{bestand}", "{bestand}"),
    "toets.geen_pad": (
        "geef een scenariobestand of een map (of --schema)",
        "give a scenario file or a folder (or --schema)",
    ),
    "toets.pad_bestaat_niet": (
        "bestand of map bestaat niet",
        "file or folder does not exist",
    ),
    "toets.geen_bestanden": (
        "geen scenariobestanden (*.toml) in deze map",
        "no scenario files (*.toml) in this folder",
    ),
    "toets.onleesbaar": ("geen geldig TOML: {reden}", "not valid TOML: {reden}"),
    "toets.onbekende_sleutel": (
        "onbekende sleutel; toegestaan: {toegestaan}",
        "unknown key; allowed: {toegestaan}",
    ),
    "toets.geen_gevallen": (
        "het bestand beschrijft geen gevallen ([[geval]])",
        "the file describes no cases ([[geval]])",
    ),
    "toets.nodig": ("ontbreekt; elk geval heeft deze sleutel nodig", "missing; every case needs this key"),
    "toets.soort": ("moet {soort} zijn", "must be {soort}"),
    "toets.soort_tekst": ("een tekst", "a text"),
    "toets.soort_tabel": ("een tabel", "a table"),
    "toets.soort_ja_nee": ("true of false", "true or false"),
    "toets.soort_waarde": (
        "een tekst, getal, datum, true/false of lijst daarvan",
        "a text, number, date, true/false or a list of those",
    ),
    "toets.onbekende_opdracht": (
        "onbekende opdracht; kies uit: {keuzes}",
        "unknown command; choose from: {keuzes}",
    ),
    "toets.onbekende_optie": (
        "geen optie van '{opdracht}'; mogelijk: {opties}",
        "not an option of '{opdracht}'; possible: {opties}",
    ),
    "toets.eigen_optie": (
        "wordt door 'asielketen toets' zelf gezet",
        "is set by 'asielketen toets' itself",
    ),
    "toets.invoerbestand": (
        "invoerbestand bestaat niet (gezocht naast het scenariobestand: {pad})",
        "input file does not exist (looked next to the scenario file: {pad})",
    ),
    "toets.leeg_pad": ("leeg pad", "empty path"),
    "toets.slecht_pad": (
        "ongeldig pad bij '{deel}': gebruik veld.veld, [3] of [veld=waarde]",
        "invalid path at '{deel}': use field.field, [3] or [field=value]",
    ),
    "toets.niets_verwacht": (
        "geen verwachte waarden: geef 'verwacht' of 'fout = true'",
        "no expected values: give 'verwacht' or 'fout = true'",
    ),
    "toets.fout_en_verwacht": (
        "'fout = true' en 'verwacht' sluiten elkaar uit",
        "'fout = true' and 'verwacht' exclude each other",
    ),
    "toets.dubbele_naam": ("naam komt twee keer voor in dit bestand", "name occurs twice in this file"),
}
