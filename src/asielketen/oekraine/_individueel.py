"""The individual duty: a resultaatsverplichting toward each ontheemde who asks for opvang.

The college provides opvang (Twoo art. 2 lid 1; before the Twoo the burgemeester, Wvb). A full
location does not lift that duty but makes the college find an alternative (Rechtbank
Noord-Nederland 6 October 2025, ECLI:NL:RBNNE:2025:4074, Het Hogeland; RooO art. 3), within the
term a court set (:func:`_termijn`). Only the exclusion grounds of RooO art. 4 give "no duty";
alleenstaande minderjarigen (RooO art. 2) and requests outside the regime are outside the
municipal task and say so.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date

from attrs import field

from .._klasse import frozen
from .._openbaar import publiceer_hier
from .._taalkern import hoofdletter, optioneel_bericht
from .._validation import van_soort
from ..bronregister import bron
from ..errors import ParameterNotValidError
from ..explain import Redenering, Uitkomst
from ..periods import as_date
from ..sources import Bron
from ..taal import Bericht, als_bericht, bericht, letterlijk, samengevoegd
from ._gemeenschappelijk import (
    GEEN_SAMENVATTING,
    Verplichtingsoort,
    check_datum,
    param,
)
from ._prioritering import prioritering_aan, scenario_stap
from ._regime import Regime, regime_stap
from ._verzoek import Capaciteit, Herkomst, Opvangverzoek, Uitsluitingsgrond, grond_tuple


class Plichtuitkomst(enum.Enum):
    """The outcome of :func:`individuele_plicht`.

    * ``OPVANG`` — the duty holds; a place is free in the gemeente's own opvang (``vol`` is
      ``False``), or that own capacity is unknown (``vol`` is ``None``: the outcome then claims no
      free place and says what follows if there is none);
    * ``ALTERNATIEF`` — the duty holds, the location is full: the college must arrange an
      alternative (the outcome lists them and the term a court set);
    * ``VOORRANG`` — scenario only (prioritering switched on): a full location, a vulnerable
      ontheemde gets priority; the duty holds;
    * ``GEEN_PLICHT`` — an exclusion ground of RooO art. 4 applies: the college may exclude the
      ontheemde — the **only** way to "no duty";
    * ``BUITEN_TAAK_AMV`` — an alleenstaande minderjarige: outside the municipal task (RooO art. 2);
    * ``GEEN_ONTHEEMDE`` — no temporary protection: not an ontheemde in the sense of Twoo art. 1;
    * ``BUITEN_REGIME`` — the peildatum lies outside the regime (before 1 April 2022, after the Twoo
      lapsed, or in the final year for someone not protected on the day before protection ended).
    """

    OPVANG = "opvang"
    ALTERNATIEF = "alternatief"
    VOORRANG = "voorrang"
    GEEN_PLICHT = "geen_plicht"
    BUITEN_TAAK_AMV = "buiten_taak_amv"
    GEEN_ONTHEEMDE = "geen_ontheemde"
    BUITEN_REGIME = "buiten_regime"

    @property
    def plicht(self) -> bool:
        """True when the college (or burgemeester) must provide opvang."""
        return self in (Plichtuitkomst.OPVANG, Plichtuitkomst.ALTERNATIEF, Plichtuitkomst.VOORRANG)


class Alternatief(enum.Enum):
    """What the college can do when its location is full (ECLI:NL:RBNNE:2025:4074; RooO art. 3)."""

    TIJDELIJKE_ALTERNATIEVE_VOORZIENING = "tijdelijke_alternatieve_voorziening"
    ANDERE_GEMEENTE = "andere_gemeente"
    PARTICULIERE_OPVANG_MET_VERGOEDING = "particuliere_opvang_met_vergoeding"
    GELD_OM_OPVANG_TE_REGELEN = "geld_om_opvang_te_regelen"

    @property
    def omschrijving(self) -> Bericht:
        """The alternative in every language (``str()`` gives the current one)."""
        if self is Alternatief.TIJDELIJKE_ALTERNATIEVE_VOORZIENING:
            return bericht("oekraine.alternatief.tijdelijke_alternatieve_voorziening")
        if self is Alternatief.ANDERE_GEMEENTE:
            return bericht("oekraine.alternatief.andere_gemeente")
        if self is Alternatief.PARTICULIERE_OPVANG_MET_VERGOEDING:
            return bericht("oekraine.alternatief.particuliere_opvang_met_vergoeding")
        return bericht("oekraine.alternatief.geld_om_opvang_te_regelen")

    @property
    def bron_ids(self) -> tuple[str, ...]:
        """The ids of the sources the alternative rests on."""
        if self is Alternatief.TIJDELIJKE_ALTERNATIEVE_VOORZIENING:
            return ("rooo.art3",)
        return ("ECLI:NL:RBNNE:2025:4074",)


def _alternatief_tuple(values: Iterable[Alternatief]) -> tuple[Alternatief, ...]:
    return tuple(values)


@frozen(kw_only=True)
class IndividuelePlicht:
    """The duty toward one ontheemde who asks for opvang (a resultaatsverplichting)."""

    peildatum: date = field(validator=check_datum)
    """The date of the request."""
    uitkomst: Plichtuitkomst
    """The outcome (see :class:`Plichtuitkomst`)."""
    regime: Regime | None
    """The legal basis at the peildatum; ``None`` outside the regime."""
    plichthouder: Bericht | None = field(converter=optioneel_bericht)
    """Who bears the duty, in every language (:attr:`Regime.plichthouder`); ``None`` outside the regime."""
    vol: bool | None = None
    """Whether the gemeente's own opvang is full (``None``: its own capacity was not given, so no
    free place is claimed)."""
    alternatieven: tuple[Alternatief, ...] = field(default=(), converter=_alternatief_tuple)
    """The alternatives the college must consider (when full, or art. 3 onder b for the vulnerable)."""
    termijn_uren: int | None = None
    """The term a court set to provide opvang when full (72 hours, Vlaardingen, pers); ``None``: unknown."""
    uitsluitingsgronden: tuple[Uitsluitingsgrond, ...] = field(default=(), converter=grond_tuple)
    """The exclusion grounds that led to ``GEEN_PLICHT``."""
    scenario: bool = False
    """True when a prioritering scenario (not law) shaped the outcome."""
    samenvatting: Bericht = field(default=GEEN_SAMENVATTING, converter=als_bericht)
    """The outcome in one sentence, in every language (``str()`` gives the current one)."""
    soort: Verplichtingsoort = Verplichtingsoort.RESULTAATSVERPLICHTING
    """Always a resultaatsverplichting (ECLI:NL:RBNNE:2025:4074)."""

    @property
    def plicht(self) -> bool:
        """True when opvang must be provided."""
        return self.uitkomst.plicht


@frozen(kw_only=True)
class _Besluit:
    """The outcome of one branch of the rule: what :class:`IndividuelePlicht` says beyond the regime."""

    uitkomst: Plichtuitkomst
    samenvatting: Bericht
    vol: bool | None = None
    alternatieven: tuple[Alternatief, ...] = ()
    termijn_uren: int | None = None
    uitsluitingsgronden: tuple[Uitsluitingsgrond, ...] = ()
    scenario: bool = False


def individuele_plicht(
    verzoek: Opvangverzoek,
    peildatum: date,
    *,
    capaciteit: Capaciteit | None = None,
    prioritering_vanaf: date | None = None,
) -> Uitkomst[IndividuelePlicht]:
    """The duty toward one ontheemde who asks the college for opvang on ``peildatum``.

    ``capaciteit`` is the gemeente's **own** opvang (ECLI:NL:RBNNE:2025:4074 is about the gemeente's
    own locations), never a veiligheidsregio's numbers; ``None`` means it is unknown, and the outcome
    then claims no free place. A full location never yields "no duty": the outcome is
    :attr:`Plichtuitkomst.ALTERNATIEF` with the alternatives and the court's term. Only an exclusion
    ground of RooO art. 4 gives :attr:`Plichtuitkomst.GEEN_PLICHT`. ``prioritering_vanaf`` switches
    on a scenario (not law) in which vulnerable ontheemden get priority within scarce opvang from
    that date.
    """
    return individueel_met_herkomst(
        verzoek, peildatum, capaciteit=capaciteit, prioritering_vanaf=prioritering_vanaf
    )


def individueel_met_herkomst(
    verzoek: Opvangverzoek,
    peildatum: date,
    *,
    capaciteit: Capaciteit | None,
    prioritering_vanaf: date | None,
    herkomst: Herkomst = Herkomst.EIGEN,
) -> Uitkomst[IndividuelePlicht]:
    """:func:`individuele_plicht`, saying where ``capaciteit`` came from (``herkomst``)."""
    van_soort("verzoek", verzoek, Opvangverzoek, reden=lambda: bericht("oekraine.fout.verzoek"))
    peildatum = as_date(peildatum)
    if capaciteit is not None:
        van_soort("capaciteit", capaciteit, Capaciteit, reden=lambda: bericht("oekraine.fout.capaciteit"))
    if prioritering_vanaf is not None:
        prioritering_vanaf = as_date(prioritering_vanaf, "prioritering_vanaf")
    rd = Redenering()
    regime = regime_stap(rd, peildatum, verzoek)
    if regime is None:
        besluit = _Besluit(
            uitkomst=Plichtuitkomst.BUITEN_REGIME,
            samenvatting=bericht("oekraine.individueel.buiten_regime", peildatum=peildatum),
        )
    else:
        besluit = _buiten_taak(rd, verzoek) or _plicht(
            rd, verzoek, regime, peildatum, (capaciteit, herkomst), prioritering_vanaf
        )
    return rd.uitkomst(
        IndividuelePlicht(
            peildatum=peildatum,
            uitkomst=besluit.uitkomst,
            regime=regime,
            plichthouder=None if regime is None else regime.plichthouder,
            vol=besluit.vol,
            alternatieven=besluit.alternatieven,
            termijn_uren=besluit.termijn_uren,
            uitsluitingsgronden=besluit.uitsluitingsgronden,
            scenario=besluit.scenario,
            samenvatting=besluit.samenvatting,
        )
    )


def _buiten_taak(rd: Redenering, verzoek: Opvangverzoek) -> _Besluit | None:
    """No ontheemde (Twoo art. 1), an alleenstaande minderjarige (RooO art. 2), or an exclusion
    ground (RooO art. 4); ``None`` when none applies and the duty holds."""
    if not verzoek.tijdelijke_bescherming:
        rd.stap(
            bericht("oekraine.individueel.geen_ontheemde_stap"),
            bron("twoo.art1"),
            bron("eu.uitvoeringsbesluit-2022-382.art2"),
            tijdelijke_bescherming=False,
        )
        return _Besluit(
            uitkomst=Plichtuitkomst.GEEN_ONTHEEMDE,
            samenvatting=bericht("oekraine.individueel.geen_ontheemde"),
        )
    if verzoek.alleenstaande_minderjarige:
        rd.stap(bericht("oekraine.individueel.amv_stap"), bron("rooo.art2"), alleenstaande_minderjarige=True)
        return _Besluit(
            uitkomst=Plichtuitkomst.BUITEN_TAAK_AMV, samenvatting=bericht("oekraine.individueel.amv")
        )
    gronden = verzoek.uitsluitingsgronden
    if not gronden:
        return None
    extra = (
        (bron("eu.richtlijn-2001-55.art28"),) if Uitsluitingsgrond.BESCHERMING_GEWEIGERD in gronden else ()
    )
    rd.stap(
        bericht(
            "oekraine.individueel.uitsluiting_stap",
            gronden=samengevoegd((g.omschrijving for g in gronden), letterlijk("; ")),
        ),
        bron("rooo.art4"),
        *extra,
        uitsluitingsgronden=", ".join(g.value for g in gronden),
    )
    return _Besluit(
        uitkomst=Plichtuitkomst.GEEN_PLICHT,
        samenvatting=bericht("oekraine.individueel.geen_plicht"),
        uitsluitingsgronden=gronden,
    )


def _plicht(
    rd: Redenering,
    verzoek: Opvangverzoek,
    regime: Regime,
    peildatum: date,
    invoer: tuple[Capaciteit | None, Herkomst],
    prioritering_vanaf: date | None,
) -> _Besluit:
    """The duty holds: opvang in a free place, or (full) an alternative within the court's term;
    with the own capacity unknown, no free place is claimed."""
    capaciteit, herkomst = invoer
    rd.stap(
        bericht("oekraine.individueel.plicht_stap", plichthouder=regime.plichthouder),
        bron("twoo.art2.lid1") if regime is not Regime.WVB else bron("Stb-2022-133"),
        *_plicht_bronnen(regime),
    )
    if verzoek.overlastgever:
        rd.stap(
            bericht("oekraine.individueel.overlast_stap"),
            bron("ECLI:NL:RBGEL:2024:2540"),
            bron("rooo.art4"),
            overlastgever=True,
        )
    plichthouder = hoofdletter(regime.plichthouder)
    if capaciteit is None:
        alternatieven = _kwetsbaar(rd, verzoek)
        rd.stap(
            bericht("oekraine.individueel.capaciteit_regio")
            if herkomst is Herkomst.REGIO
            else bericht("oekraine.individueel.capaciteit_onbekend"),
            bron("ECLI:NL:RBNNE:2025:4074"),
            bron("rooo.art3"),
        )
        return _Besluit(
            uitkomst=Plichtuitkomst.OPVANG,
            samenvatting=bericht("oekraine.individueel.opvang_onbekend", plichthouder=plichthouder),
            alternatieven=alternatieven,
        )
    if herkomst is Herkomst.PLAATSEN_BEZET:
        rd.stap(
            "oekraine.individueel.capaciteit_verouderd",
            bron("aanname.oekraine.plaatsen-als-eigen-capaciteit"),
        )
    if capaciteit.vol:
        rd.stap("oekraine.individueel.capaciteit_vol", plaatsen=capaciteit.plaatsen, bezet=capaciteit.bezet)
        return _vol(rd, verzoek, peildatum, prioritering_vanaf)
    rd.stap(
        bericht(
            "oekraine.individueel.capaciteit_vrij",
            plaatsen=capaciteit.plaatsen,
            bezet=capaciteit.bezet,
            vrij=capaciteit.vrij,
        ),
        plaatsen=capaciteit.plaatsen,
        bezet=capaciteit.bezet,
    )
    alternatieven = _kwetsbaar(rd, verzoek)
    return _Besluit(
        uitkomst=Plichtuitkomst.OPVANG,
        samenvatting=bericht("oekraine.individueel.opvang_plaats", plichthouder=plichthouder),
        vol=False,
        alternatieven=alternatieven,
    )


def _vol(
    rd: Redenering, verzoek: Opvangverzoek, peildatum: date, prioritering_vanaf: date | None
) -> _Besluit:
    """A full location: the duty stays; the outcome names the alternatives and the term."""
    alternatieven = tuple(Alternatief)
    rd.stap(
        bericht(
            "oekraine.individueel.vol_stap",
            alternatieven=samengevoegd((a.omschrijving for a in alternatieven), letterlijk("; ")),
        ),
        bron("ECLI:NL:RBNNE:2025:4074"),
        bron("rooo.art3"),
    )
    termijn = _termijn(rd, peildatum)
    scenario = prioritering_aan(rd, peildatum, prioritering_vanaf)
    if scenario:
        scenario_stap(rd, verzoek.kwetsbaar)
    if scenario and verzoek.kwetsbaar:
        return _Besluit(
            uitkomst=Plichtuitkomst.VOORRANG,
            samenvatting=bericht("oekraine.individueel.voorrang"),
            vol=True,
            alternatieven=alternatieven,
            termijn_uren=termijn,
            scenario=True,
        )
    samenvatting = bericht(
        "oekraine.individueel.alternatief",
        termijn=(
            bericht("oekraine.individueel.alternatief_termijn", uren=termijn)
            if termijn is not None
            else letterlijk("")
        ),
        scenario=bericht("oekraine.individueel.alternatief_scenario") if scenario else letterlijk(""),
    )
    return _Besluit(
        uitkomst=Plichtuitkomst.ALTERNATIEF,
        samenvatting=samenvatting,
        vol=True,
        alternatieven=alternatieven,
        termijn_uren=termijn,
        scenario=scenario,
    )


def _plicht_bronnen(regime: Regime) -> tuple[Bron, ...]:
    if regime is Regime.WVB:
        return (bron("ECLI:NL:RBNNE:2025:4074"), bron("aanname.oekraine.wvb-zelfde-lezing"))
    return (bron("ECLI:NL:RBNNE:2025:4074"),)


def _kwetsbaar(rd: Redenering, verzoek: Opvangverzoek) -> tuple[Alternatief, ...]:
    """A vulnerable ontheemde: the college considers other opvang (RooO art. 3 onder b)."""
    if not verzoek.kwetsbaar:
        return ()
    rd.stap(bericht("oekraine.individueel.kwetsbaar_stap"), bron("rooo.art3"), kwetsbaar=True)
    return (Alternatief.TIJDELIJKE_ALTERNATIEVE_VOORZIENING,)


def _termijn(rd: Redenering, peildatum: date) -> int | None:
    """The term (hours) a court set to provide opvang when full; ``None`` before it was set."""
    p = param("oekraine.rechterlijke_termijn_uren")
    try:
        g = p.geldigheid_op(peildatum)
    except ParameterNotValidError:
        rd.stap(bericht("oekraine.termijn.onbekend", peildatum=peildatum, eerste=p.waarden[0].periode.van))
        return None
    uren: int = g.waarde
    rd.stap(bericht("oekraine.termijn.bekend", uren=uren), g.bron, termijn_uren=uren)
    return uren


publiceer_hier(globals())  # the package's public names defined here: asielketen.oekraine.<name>
