"""Catalogue: the command line's frame (:mod:`asielketen.cli`, ``asielketen._cli``: shared output,
``gemeente`` and ``bronnen``). Help texts stay Dutch; only what a command prints comes from here."""

from __future__ import annotations

BERICHTEN: dict[str, tuple[str, str]] = {
    "cli.fout": ("asielketen: fout: {melding}", "asielketen: error: {melding}"),
    # shared output (_cli/_common.py)
    "cli.bronnen": ("Bronnen:", "Sources:"),
    "cli.afgebroken": ("afgebroken (Ctrl-C)", "interrupted (Ctrl-C)"),
    "cli.onzeker": (
        "Let op: deze uitkomst steunt (deels) op bronnen met status pers of aanname.",
        "Note: this result rests (partly) on sources with status pers (press) or aanname (assumption).",
    ),
    "cli.kolom_bron": ("bron", "source"),
    # asielketen gemeente
    "cli.gemeente": ("gemeente", "gemeente"),
    "cli.provincie": ("provincie", "provincie"),
    "cli.veiligheidsregio": ("veiligheidsregio", "veiligheidsregio"),
    "cli.inwoners": ("inwoners", "inhabitants"),
    "cli.inwoners_waarde": ("{aantal} (peildatum {peildatum})", "{aantal} (reference date {peildatum})"),
    "cli.netwerken": ("netwerken", "networks"),
    "cli.geen_netwerk": ("geen bekend netwerk", "no known network"),
    "cli.spreidingswet": ("spreidingswet", "spreidingswet"),
    "cli.spreiding_waarde": (
        "{plaatsen} plaatsen (indicatief, naar inwoners; benadering)",
        "{plaatsen} places (indicative, by inhabitants; approximation)",
    ),
    "cli.spreiding_geen": ("geen indicatief aantal: {reden}", "no indicative number: {reden}"),
    "cli.taakstelling": ("taakstelling", "taakstelling"),
    "cli.taakstelling_onbekend": ("onbekend (zie bronnen)", "unknown (see sources)"),
    "cli.taakstelling_ontbreekt": ("onbekend: ontbreekt {wat}", "unknown: missing {wat}"),
    "cli.taakstelling_waarde": (
        "{taakstelling} statushouders in {halfjaar}",
        "{taakstelling} statushouders in {halfjaar}",
    ),
    "cli.vng_actie": ("vng-actie", "vng action"),
    "cli.vng_actie_nvt": ("niet van toepassing op deze datum", "not applicable on this date"),
    "cli.vng_actie_geen_netwerk": (
        "geen netwerk bekend; zie de referentieaantallen in de uitleg",
        "no network known; see the reference numbers in the explanation",
    ),
    "cli.vng_actie_onbekend": (
        "lidmaatschap onbekend (ledenlijst {netwerken} onvolledig); zie de referentieaantallen in de uitleg",
        "membership unknown (member list {netwerken} incomplete); see the reference numbers in the "
        "explanation",
    ),
    "cli.vng_actie_plekken": (
        "≈ {plekken} extra plekken ({netwerk})",
        "≈ {plekken} extra places ({netwerk})",
    ),
    "cli.oekraine_individueel": ("oekraïne individueel", "ukraine individual"),
    "cli.oekraine_collectief": ("oekraïne collectief", "ukraine collective"),
    "cli.profiel_van": ("profiel van {gemeente}", "profile of {gemeente}"),
    # today's date (asielketen gemeente without --peildatum)
    "cli.peildatum_vandaag": (
        "peildatum: {peildatum} (vandaag; kies een andere met --peildatum)",
        "reference date: {peildatum} (today; choose another with --peildatum)",
    ),
    # single case without a required option, and --invoer (a CSV file of cases)
    "cli.verplicht": (
        "verplicht: {opties} (of geef een bestand met gevallen: --invoer PAD)",
        "required: {opties} (or give a file of cases: --invoer PAD)",
    ),
    "cli.invoer_naast": (
        "gaat niet samen met {opties} op de opdrachtregel; zet die als kolommen in het bestand",
        "cannot be combined with {opties} on the command line; put them as columns in the file",
    ),
    "cli.invoer_onbekend": (
        "onbekende kolommen: {kolommen} (bekend: {bekend})",
        "unknown columns: {kolommen} (known: {bekend})",
    ),
    "cli.invoer_geen_rijen": (
        "het bestand heeft geen gevallen (geen rijen)",
        "the file has no cases (no rows)",
    ),
    "cli.invoer_vlag": (
        "rij {rij}, kolom {kolom}: {waarde} is geen ja/nee/true/false",
        "row {rij}, column {kolom}: {waarde} is not ja/nee/true/false",
    ),
    "cli.invoer_cel": ("rij {rij}, kolom {kolom}: {melding}", "row {rij}, column {kolom}: {melding}"),
    "cli.invoer_leeg": (
        "rij {rij}, kolom {kolom}: leeg, maar verplicht",
        "row {rij}, column {kolom}: empty, but required",
    ),
    "cli.invoer_rij": ("rij {rij}: {melding}", "row {rij}: {melding}"),
}
