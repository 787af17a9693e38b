"""Catalogue: gemeenten, provincies, veiligheidsregio's, netwerken and lookups (:mod:`asielketen.gebied`)."""

from __future__ import annotations

BERICHTEN: dict[str, tuple[str, str]] = {
    # codes and fields
    "gebied.gemeentecode": (
        "geen geldige gemeentecode (GM + 4 cijfers)",
        "not a valid gemeentecode (GM + 4 digits)",
    ),
    "gebied.provinciecode": (
        "geen geldige provinciecode (PV + 2 cijfers)",
        "not a valid provinciecode (PV + 2 digits)",
    ),
    "gebied.veiligheidsregiocode": (
        "geen geldige veiligheidsregiocode (VR + 2 cijfers)",
        "not a valid veiligheidsregiocode (VR + 2 digits)",
    ),
    "gebied.lid_code": ("geen geldige gemeentecode", "not a valid gemeentecode"),
    "gebied.naam_leeg": ("een naam mag niet leeg zijn", "a name must not be empty"),
    "gebied.ja_nee": ("geef true of false", "give true or false"),
    "gebied.aantal": ("een aantal is een geheel getal ≥ 0", "a count is a whole number ≥ 0"),
    "gebied.stedelijkheid": ("stedelijkheid is 1 t/m 5", "stedelijkheid is 1 to 5"),
    # inhabitants on a date
    "gebied.inwoners_niet_beschikbaar": (
        "inwonertal van {naam} ({code}) op {peildatum} is niet beschikbaar (wel: {beschikbaar}); "
        "lever het aan met Register.met_inwoners() of --inwoners PAD",
        "the number of inhabitants of {naam} ({code}) on {peildatum} is not available "
        "(available: {beschikbaar}); supply it with Register.met_inwoners() or --inwoners PATH",
    ),
    "gebied.inwoners_niet_eerder": (
        "geen inwonertal van {naam} ({code}) op of vóór {op} (wel: {beschikbaar})",
        "no number of inhabitants of {naam} ({code}) on or before {op} (available: {beschikbaar})",
    ),
    "gebied.geen": ("geen", "none"),
    # the register's consistency
    "gebied.dubbele_code": ("dubbele gemeentecode", "duplicate gemeentecode"),
    "gebied.onbekende_provincie": ("onbekende provincie", "unknown provincie"),
    "gebied.onbekende_veiligheidsregio": ("onbekende veiligheidsregio", "unknown veiligheidsregio"),
    # lookups: the kinds of entity (domain words stay Dutch in English)
    "gebied.soort_gemeente": ("gemeente", "gemeente"),
    "gebied.soort_provincie": ("provincie", "provincie"),
    "gebied.soort_veiligheidsregio": ("veiligheidsregio", "veiligheidsregio"),
    "gebied.soort_netwerk": ("netwerk", "network"),
    "gebied.meervoud_gemeente": ("gemeenten", "gemeente"),
    "gebied.meervoud_provincie": ("provincies", "provincie"),
    "gebied.meervoud_veiligheidsregio": ("veiligheidsregio's", "veiligheidsregio"),
    "gebied.geef_naam": ("geef een {soort}naam of -code", "give a {soort} name or code"),
    "gebied.andere_soort": ("{soort} ({gevonden} is een {andere})", "{soort} ({gevonden} is a {andere})"),
    # inhabitants supplied by the user
    "gebied.onbekende_code": ("onbekende gemeentecode {code}", "unknown gemeentecode {code}"),
    "gebied.inwoners_geen_getal": ("{code}: {fout}", "{code}: {fout}"),
    "gebied.ontbrekende_gemeenten": (
        "ontbrekende gemeenten ({aantal}): {codes}",
        "missing gemeenten ({aantal}): {codes}",
    ),
    "gebied.rij_dubbel": (
        "rij {nr}: gemeentecode {code} komt twee keer voor",
        "row {nr}: gemeentecode {code} occurs twice",
    ),
}
