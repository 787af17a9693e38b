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
        "{naam} is van geen bekend netwerk lid (de meegeleverde lijsten zijn G4 en G40; "
        "M50, R8, P10 en K80 kunt u zelf toevoegen).",
        "{naam} is not a member of any known network (the shipped lists are G4 and G40; "
        "you can add M50, R8, P10 and K80 yourself).",
    ),
    "profiel.ontbreekt": (
        "Voor {wat} ontbreekt een gegeven: {fout}",
        "For {wat}, a figure is missing: {fout}",
    ),
    "profiel.taakstelling": ("de taakstelling", "the taakstelling"),
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
        "verdeling weegt ook SES-WOA).",
        "Spreidingswet, {cyclus}: with a national need of {behoefte}, the indicative number for {naam} "
        "by inhabitants is {plaatsen} places (an approximation without SES-WOA; the published "
        "distribution also weighs SES-WOA).",
    ),
}
