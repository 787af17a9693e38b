"""Catalogue: scenario sweeps (:mod:`asielketen.sweep`).

The sweep computes with the rules' own arithmetic; its sentences are the reasons of a refused
input, the short description of a :class:`~asielketen.sweep.Reeks` and the text of the progress
bar. Domain words stay Dutch in English (gemeente, SES-WOA, halfjaar).
"""

from __future__ import annotations

BERICHTEN: dict[str, tuple[str, str]] = {
    # -- refused input ----------------------------------------------------------------------------
    "sweep.fout.scenarios": (
        "geen reeks scenario's: geef een lijst, range of generator van gehele getallen",
        "not a collection of scenarios: give a list, range or generator of whole numbers",
    ),
    "sweep.fout.ses_soort": (
        "geen SesWoa: geef één set SES-WOA-scores (SesWoa) voor alle scenario's, of een reeks met één "
        "per scenario",
        "not a SesWoa: give one set of SES-WOA scores (SesWoa) for every scenario, or a sequence of one "
        "per scenario",
    ),
    "sweep.fout.ses_aantal": (
        "{aantal} sets SES-WOA-scores voor {scenarios} scenario's: geef er één per scenario",
        "{aantal} sets of SES-WOA scores for {scenarios} scenarios: give one per scenario",
    ),
    "sweep.fout.ses_te_weinig": (
        "{aantal} sets SES-WOA-scores voor meer scenario's: geef er één per scenario",
        "{aantal} sets of SES-WOA scores for more scenarios: give one per scenario",
    ),
    "sweep.fout.register": ("geen Register", "not a Register"),
    "sweep.fout.methode": ("kies {methoden}", "choose {methoden}"),
    "sweep.fout.executor": (
        "geen concurrent.futures.Executor (bijvoorbeeld een ProcessPoolExecutor, of "
        "Client.get_executor() van Dask)",
        "not a concurrent.futures.Executor (for example a ProcessPoolExecutor, or Dask's "
        "Client.get_executor())",
    ),
    "sweep.fout.voortgang": (
        "geen functie: voortgang wordt aangeroepen met het aantal afgehandelde scenario's",
        "not a function: voortgang is called with the number of scenarios done",
    ),
    "sweep.fout.al_gelezen": (
        "{gelezen} rijen van deze stroom zijn al gelezen: een reeks begint bij het eerste scenario",
        "{gelezen} rows of this stream have been read already: a reeks starts at the first scenario",
    ),
    # -- a Reeks that does not hold together (JSON, or built by hand) --------------------------------
    "sweep.reeks.fout_rijen": (
        "{rijen} rijen plaatsen voor {scenarios} scenario's",
        "{rijen} rows of places for {scenarios} scenarios",
    ),
    "sweep.reeks.fout_kolommen": (
        "{getallen} getallen voor {gemeenten} gemeenten",
        "{getallen} numbers for {gemeenten} gemeenten",
    ),
    "sweep.reeks.fout_verdeling": (
        "een reeks van spreidingswet.verdeel heeft een methode en een sleutel, en geen halfjaar",
        "a reeks of spreidingswet.verdeel has a methode and a sleutel, and no halfjaar",
    ),
    "sweep.reeks.fout_taakstelling": (
        "een reeks van statushouders.taakstellingen heeft een halfjaar, en geen methode, sleutel of "
        "SES-WOA-bronnen",
        "a reeks of statushouders.taakstellingen has a halfjaar, and no methode, sleutel or SES-WOA sources",
    ),
    "sweep.reeks.fout_ses": (
        "{ses} SES-WOA-bronnen bij sleutel {sleutel} en {scenarios} scenario's: geen bij de "
        "inwonerssleutel, anders één voor alle scenario's of één per scenario",
        "{ses} SES-WOA sources with key {sleutel} and {scenarios} scenarios: none with the inhabitants "
        "key, otherwise one for every scenario or one per scenario",
    ),
    "sweep.reeks.soort_gemeente": ("gemeente in deze reeks", "gemeente in this reeks"),
    # -- descriptions -----------------------------------------------------------------------------
    "sweep.reeks.omschrijving_verdeling": (
        "{scenarios} scenario's van spreidingswet.verdeel over {gemeenten} gemeenten (methode {methode}, "
        "sleutel {sleutel}, inwoners van {peildatum})",
        "{scenarios} scenarios of spreidingswet.verdeel over {gemeenten} gemeenten (methode {methode}, "
        "key {sleutel}, inhabitants of {peildatum})",
    ),
    "sweep.reeks.omschrijving_taakstelling": (
        "{scenarios} scenario's van statushouders.taakstellingen voor {halfjaar} over {gemeenten} "
        "gemeenten (inwoners van {peildatum})",
        "{scenarios} scenarios of statushouders.taakstellingen for {halfjaar} over {gemeenten} "
        "gemeenten (inhabitants of {peildatum})",
    ),
    "sweep.voortgang.van": ("{klaar} van {totaal} scenario's", "{klaar} of {totaal} scenarios"),
    "sweep.voortgang.klaar": ("{klaar} scenario's", "{klaar} scenarios"),
}
