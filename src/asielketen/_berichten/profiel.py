"""Catalogue: a gemeente's profile (:mod:`asielketen.profiel`)."""

from __future__ import annotations

BERICHTEN: dict[str, tuple[str, str]] = {
    "profiel.ligging": (
        "{naam} ({code}) ligt in de provincie {provincie} en de veiligheidsregio {regio}.",
        "{naam} ({code}) lies in the provincie {provincie} and the veiligheidsregio {regio}.",
    ),
    "profiel.inwoners": (
        "{naam} had {aantal} inwoners op {peildatum}.",
        "{naam} had {aantal} inhabitants on {peildatum}.",
    ),
    "profiel.netwerk": (
        "{naam} is lid van het netwerk {netwerk}.",
        "{naam} is a member of the network {netwerk}.",
    ),
    "profiel.geen_netwerk": (
        "{naam} staat op geen ledenlijst van een netwerk in het register (lijsten: {lijsten}).",
        "{naam} is on no member list of a network in the register (lists: {lijsten}).",
    ),
    "profiel.lijst_volledig": ("{netwerk} volledig", "{netwerk} complete"),
    "profiel.lijst_onvolledig": (
        "{netwerk} onvolledig, dus lidmaatschap onbekend",
        "{netwerk} incomplete, so membership unknown",
    ),
    "profiel.ontbreekt": (
        "Voor {wat} ontbreekt een gegeven: {fout}",
        "For {wat}, a figure is missing: {fout}",
    ),
    "profiel.taakstelling": ("de taakstelling", "the taakstelling"),
    "profiel.ontbreekt_vg": (
        "het landelijk aantal vergunninghouders (vg) voor {halfjaar} "
        "(geef het op met landelijk=N; opdrachtregel: --landelijk N)",
        "the national number of vergunninghouders (vg) for {halfjaar} "
        "(give it with landelijk=N; command line: --landelijk N)",
    ),
    "profiel.ontbreekt_inwoners": (
        "de inwonertallen (CBS) op {peildatum} (lever ze aan met Register.met_inwoners_csv)",
        "the numbers of inhabitants (CBS) on {peildatum} (supply them with Register.met_inwoners_csv)",
    ),
    "profiel.en": (" en ", " and "),
    "profiel.landelijk_zonder_peildatum": (
        "een landelijk aantal vergunninghouders (vg) geldt voor het halfjaar van een peildatum: "
        "geef ook een peildatum op",
        "a national number of vergunninghouders (vg) applies to the half-year of a reference date: "
        "give a peildatum as well",
    ),
    "profiel.vng_actie": ("de VNG-actie versneld huisvesten", "the VNG action versneld huisvesten"),
    "profiel.oekraine": (
        "de opvang van ontheemden uit Oekraïne",
        "the opvang of ontheemden (displaced persons) from Ukraine",
    ),
    "profiel.geen_behoefte": (
        "Voor {cyclus} is geen landelijke behoefte bekend.",
        "For {cyclus}, no national need is known.",
    ),
    "profiel.spreiding": (
        "Spreidingswet, {cyclus}: bij een landelijke behoefte van {behoefte} is het indicatieve aantal "
        "van {naam} naar inwoners {plaatsen} plaatsen (benadering zonder SES-WOA; de gepubliceerde "
        "verdeling weegt ook SES-WOA). De inwonertallen zijn die op {inwoners_peildatum}, de meest "
        "recente op de datum van de raming ({raming}), welke peildatum ook gevraagd is.",
        "Spreidingswet, {cyclus}: with a national need of {behoefte}, the indicative number for {naam} "
        "by inhabitants is {plaatsen} places (an approximation without SES-WOA; the published "
        "distribution also weighs SES-WOA). The numbers of inhabitants are those on "
        "{inwoners_peildatum}, the most recent on the date of the raming ({raming}), whatever "
        "peildatum is asked.",
    ),
    "profiel.spreiding_wat": (
        "het indicatieve aantal (Spreidingswet)",
        "the indicative number (Spreidingswet)",
    ),
    "profiel.spreiding_voor_de_wet": (
        "op {peildatum} gold de wet nog niet (in werking sinds {datum})",
        "on {peildatum} the law did not apply yet (in force since {datum})",
    ),
    "profiel.spreiding_geen_behoefte": (
        "geen landelijke behoefte bekend voor {cyclus}",
        "no national need known for {cyclus}",
    ),
    "profiel.geen_cyclus": (
        "Spreidingswet: op {peildatum} gold de wet nog niet (in werking sinds {datum}); er is dus nog "
        "geen cyclus en geen indicatief aantal voor {naam}.",
        "Spreidingswet: on {peildatum} the law did not apply yet (in force since {datum}); so there is "
        "no cyclus yet and no indicative number for {naam}.",
    ),
}
