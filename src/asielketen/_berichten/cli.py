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
    "cli.vng_actie_plekken": (
        "≈ {plekken} extra plekken ({netwerk})",
        "≈ {plekken} extra places ({netwerk})",
    ),
    "cli.oekraine_individueel": ("oekraïne individueel", "ukraine individual"),
    "cli.oekraine_collectief": ("oekraïne collectief", "ukraine collective"),
    "cli.profiel_van": ("profiel van {gemeente}", "profile of {gemeente}"),
}
