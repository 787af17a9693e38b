"""Catalogue: the pictures of the ``plot`` extra (:mod:`asielketen.plot`).

Titles, axis labels, legend labels and the source caption under each picture. Domain words stay
Dutch in English where the law is Dutch (opgave, provincie, gemeente, taakstelling,
vergunninghouder, normbedrag, opvang, scenario names …); names of laws and articles are as printed;
the formula names (BO, vg, iG, iN) are the same in every language.
"""

from __future__ import annotations

BERICHTEN: dict[str, tuple[str, str]] = {
    # -- number format and shared pieces ----------------------------------------------------------
    "plot.duizendtalscheiding": (".", ","),
    "plot.procent": ("{procent} %", "{procent}%"),
    "plot.opvangplaatsen": ("opvangplaatsen", "opvang places"),
    "plot.bronnen_kop": ("Bronnen:", "Sources:"),
    "plot.onzeker": (
        "Let op: steunt (deels) op bronnen met status pers of aanname.",
        "Note: rests (partly) on sources with status pers (press) or aanname (assumption).",
    ),
    # -- error reasons ----------------------------------------------------------------------------
    "plot.ax": ("verwacht een matplotlib Axes (of None)", "expected a matplotlib Axes (or None)"),
    "plot.toelichting": (
        "een toelichting is tekst (str) of een Bericht",
        "a toelichting is text (str) or a Bericht",
    ),
    "plot.gesloten_periode": ("verwacht een gesloten periode", "expected a closed period"),
    # -- Spreidingswet: realisation against opgave ------------------------------------------------
    "plot.realisatie.titel": (
        "Spreidingswet: gerealiseerd tegen opgave per provincie, stand op {peildatum}\n"
        "samen {gerealiseerd} van {opgave} plaatsen (art. 5, 6)",
        "Spreidingswet: realised against opgave per provincie, as at {peildatum}\n"
        "{gerealiseerd} of {opgave} places in total (art. 5, 6)",
    ),
    "plot.realisatie.opgave": ("opgave", "opgave"),
    "plot.realisatie.gerealiseerd": ("gerealiseerd", "realised"),
    # -- Spreidingswet: a distribution, optionally against a base -----------------------------------
    "plot.spreiding.titel": (
        "Spreidingswet: opgave per provincie bij BO = {behoefte}\n"
        "inwoners CBS {peildatum}, {sleutel}, methode {methode}",
        "Spreidingswet: opgave per provincie at BO = {behoefte}\n"
        "CBS inhabitants {peildatum}, {sleutel}, methode {methode}",
    ),
    "plot.spreiding.titel_basis": (
        "Spreidingswet: opgave per provincie bij BO = {behoefte} tegen {basis}\n"
        "inwoners CBS {peildatum}, {sleutel}, methode {methode}",
        "Spreidingswet: opgave per provincie at BO = {behoefte} against {basis}\n"
        "CBS inhabitants {peildatum}, {sleutel}, methode {methode}",
    ),
    "plot.spreiding.wettelijk": ("wettelijke sleutel (SES-WOA)", "statutory key (SES-WOA)"),
    "plot.spreiding.inwoners": (
        "alleen inwoners — benadering, niet de wettelijke sleutel",
        "inhabitants only — an approximation, not the statutory key",
    ),
    "plot.spreiding.reeks": ("BO = {behoefte}", "BO = {behoefte}"),
    "plot.spreiding.basisreeks": ("BO = {behoefte} (basis)", "BO = {behoefte} (base)"),
    "plot.spreiding.as": ("opvangplaatsen (provinciale opgave)", "opvang places (provincial opgave)"),
    # -- statushouders ----------------------------------------------------------------------------
    "plot.taakstelling.titel": (
        "Statushouders: taakstelling per provincie, {halfjaren}\n"
        "vg × iG / iN per gemeente, naar boven afgerond (Huisvestingswet 2014 art. 29); "
        "inwoners CBS {peildata}",
        "Statushouders: taakstelling per provincie, {halfjaren}\n"
        "vg × iG / iN per gemeente, rounded up (Huisvestingswet 2014 art. 29); "
        "CBS inhabitants {peildata}",
    ),
    "plot.taakstelling.reeks": ("{halfjaar}: vg = {vg}", "{halfjaar}: vg = {vg}"),
    "plot.taakstelling.as": ("te huisvesten vergunninghouders", "vergunninghouders to be housed"),
    # -- Oekraïne ---------------------------------------------------------------------------------
    "plot.vergoeding.titel": (
        "Oekraïne: vergoeding voor {plaatsen} gerealiseerde plaatsen, {begin} t/m {eind}\n"
        "normbedrag per plaats per dag (Bekostigingsregeling opvang ontheemden Oekraïne art. 3)",
        "Ukraine: compensation for {plaatsen} realised places, {begin} to {eind} inclusive\n"
        "normbedrag per place per day (Bekostigingsregeling opvang ontheemden Oekraïne art. 3)",
    ),
    "plot.vergoeding.gemeentelijk": ("gemeentelijke opvang", "municipal opvang"),
    "plot.vergoeding.particulier": ("particuliere opvang", "private opvang"),
    "plot.vergoeding.normbedrag": ("normbedrag per plaats per dag", "normbedrag per place per day"),
    "plot.vergoeding.as": ("vergoeding per periode (EUR)", "compensation per period (EUR)"),
    "plot.vergoeding.as_normbedrag": (
        "normbedrag per plaats per dag (EUR)",
        "normbedrag per place per day (EUR)",
    ),
    # -- opvang -----------------------------------------------------------------------------------
    "plot.tekort.titel": (
        "Opvang: tekort in scenario '{scenario}', {van} t/m {tot}\n"
        "hoogste tekort {hoogste} plaatsen op {datum}; samen {plaatsdagen} plaatsdagen tekort",
        "Opvang: shortage in scenario '{scenario}', {van} to {tot} inclusive\n"
        "highest shortage {hoogste} places on {datum}; {plaatsdagen} place-days of shortage in total",
    ),
    "plot.tekort.tekort": ("tekort", "shortage"),
    "plot.tekort.behoefte": ("behoefte", "need"),
    "plot.tekort.capaciteit": ("capaciteit", "capacity"),
}
