"""The VNG action "versneld huisvesten statushouders" (ledenbrief VNG, 28 May 2026).

The letter asks each gemeente, by the network it belongs to (G4, G40, M50, R8, P10, K80), for an
indicative number of extra places; "extra kosten die gemeenten in dit kader maken, worden vergoed"
(the Rijk, as the letter reports) is a step of every result about a gemeente or the country. A
gemeente in several networks makes one contribution, the highest (ADR 0003); a gemeente in none
gets no number — never a silent zero — but sees the letter's numbers as a reference. Membership
comes from the register: shipped are G4, G40, M50 and R8 (complete lists) and P10 and K80
(incomplete: 28 of 31-32 and 11 of about 64 members). A gemeente missing from an incomplete (or
absent) list has *unknown* membership — never "not a member" — and the result says which lists
and how to supply the membership (:func:`~asielketen.statushouders.met_netwerken_csv`, on the
command line ``--netwerken PAD``). The national total is over the known members, with the number
of gemeenten whose network is unknown.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from attrs import field

from .._klasse import frozen
from .._openbaar import publiceer_hier
from .._validation import tekst_tuple
from ..bronregister import bron, bronnen_versie
from ..errors import InvalidInputError
from ..explain import Redenering, Uitkomst
from ..gebied import Gemeente, Netwerk, Register, register
from ..parameters import laad_parameters, parameter, parameterversie
from ..periods import as_date
from ..sources import Bron
from ..taal import Bericht, bericht, letterlijk, samengevoegd
from ._gemeenschappelijk import (
    BESTAND,
    P_VNG_PREFIX,
    aantal,
    bron_of_niets,
    check_aantal,
    check_code,
    check_naam,
)

__all__ = [
    "NetwerkAantal",
    "VngActie",
    "VngActieLandelijk",
    "VngActieRegel",
    "netwerknamen",
    "vng_actie",
    "vng_actie_aantallen",
    "vng_actie_voor",
]

_BRIEF = "VNG-2026-05-28"


def netwerknamen() -> tuple[str, ...]:
    """The networks of the VNG action, in the order of the letter (read from the parameter file).

    >>> netwerknamen()
    ('G4', 'G40', 'M50', 'R8', 'P10', 'K80')
    """
    return tuple(n[len(P_VNG_PREFIX) :] for n in laad_parameters(BESTAND) if n.startswith(P_VNG_PREFIX))


@frozen
class NetwerkAantal:
    """The indicative number of extra places per gemeente that the letter asks of one network."""

    netwerk: str = field(validator=check_naam)
    """The network, e.g. ``"G40"``."""
    plekken: int = field(validator=check_aantal)
    """Indicative extra places per member gemeente ("circa")."""


def _na_tuple(values: Iterable[NetwerkAantal]) -> tuple[NetwerkAantal, ...]:
    return tuple(values)


def _keuze(netwerken: tuple[str, ...], aantallen: dict[str, int]) -> tuple[str | None, int | None]:
    """ADR 0003: one contribution — the highest number among the gemeente's action networks.

    Ties go to the network listed first in the letter (they give the same number anyway).
    """
    beste: tuple[str | None, int | None] = (None, None)
    for naam, plekken in aantallen.items():  # letter order
        if naam in netwerken and (beste[1] is None or plekken > beste[1]):
            beste = (naam, plekken)
    return beste


def _check_keuze(
    netwerken: tuple[str, ...], netwerk: str | None, plekken: int | None, ref: dict[str, int]
) -> None:
    if _keuze(netwerken, ref) != (netwerk, plekken):
        raise InvalidInputError(
            "plekken",
            plekken,
            bericht(
                "statushouders.fout.keuze",
                netwerken=list(netwerken),
                referentie=ref,
                keuze=_keuze(netwerken, ref),
            ),
        )


@frozen(kw_only=True)
class VngActie:
    """What the VNG action asks of one gemeente: the indicative extra places, or why there is none.

    A gemeente in no network of the action has ``plekken = None`` (never a silent 0) and sees the
    reference numbers of the letter in ``referentie``.
    """

    gemeentecode: str = field(validator=check_code)
    """The CBS gemeentecode."""
    gemeentenaam: str = field(validator=check_naam)
    """The CBS name."""
    peildatum: date
    """The reference date asked."""
    netwerken: tuple[str, ...] = field(converter=tekst_tuple)
    """Every network in the register the gemeente belongs to (also networks outside the action)."""
    netwerk: str | None
    """The action network whose number applies (ADR 0003: the highest); ``None`` if in none."""
    plekken: int | None
    """Indicative extra places ("circa"); ``None`` when the gemeente is in no network of the action."""
    referentie: tuple[NetwerkAantal, ...] = field(converter=_na_tuple)
    """The numbers per network of the letter, the reference for gemeenten outside a network."""
    onbekend_in: tuple[str, ...] = field(default=(), converter=tekst_tuple)
    """Action networks whose member list is incomplete (or absent) and not known to hold the
    gemeente, with a number higher than ``plekken`` (every such network when ``plekken`` is
    ``None``): membership there is unknown, so the number could be (higher or) other."""

    def __attrs_post_init__(self) -> None:
        if self.plekken is not None:
            aantal(self.plekken, "plekken")
        _check_keuze(
            self.netwerken, self.netwerk, self.plekken, {n.netwerk: n.plekken for n in self.referentie}
        )

    @property
    def in_netwerk(self) -> bool:
        """True when the gemeente is in at least one network of the action."""
        return self.plekken is not None

    @property
    def lidmaatschap_onbekend(self) -> bool:
        """True when the gemeente is on no list of the action but some list is incomplete: its
        network is unknown (not "none"), so it has no number."""
        return self.plekken is None and bool(self.onbekend_in)


@frozen(kw_only=True)
class VngActieRegel:
    """One gemeente's line in the national overview of the action."""

    gemeentecode: str = field(validator=check_code)
    """The CBS gemeentecode."""
    gemeentenaam: str = field(validator=check_naam)
    """The CBS name."""
    netwerken: tuple[str, ...] = field(converter=tekst_tuple)
    """The networks in the register the gemeente belongs to."""
    netwerk: str | None
    """The action network whose number applies, or ``None``."""
    plekken: int | None
    """Indicative extra places, or ``None`` (in no network of the action, or membership unknown)."""
    onbekend_in: tuple[str, ...] = field(default=(), converter=tekst_tuple)
    """As :attr:`VngActie.onbekend_in`: incomplete lists that might hold the gemeente with a higher number."""


def _regel_tuple(values: Iterable[VngActieRegel]) -> tuple[VngActieRegel, ...]:
    return tuple(values)


@frozen(kw_only=True)
class VngActieLandelijk:
    """The action over all gemeenten for a given membership: per gemeente, and the national sum."""

    peildatum: date
    """The reference date asked."""
    referentie: tuple[NetwerkAantal, ...] = field(converter=_na_tuple)
    """The numbers per network of the letter."""
    netwerken_zonder_ledenlijst: tuple[str, ...] = field(converter=tekst_tuple)
    """Action networks whose member list the register does not hold (their members count as none)."""
    gemeenten: tuple[VngActieRegel, ...] = field(converter=_regel_tuple)
    """One line per gemeente of the register, sorted by code."""
    totaal: int = field(validator=check_aantal)
    """The national sum of the indicative places of gemeenten in a network."""
    zonder_netwerk: int = field(validator=check_aantal)
    """How many gemeenten have no number: in no network of the action, or (see
    :attr:`lidmaatschap_onbekend`) whose network is unknown. They see only the reference."""
    onvolledige_ledenlijsten: tuple[str, ...] = field(default=(), converter=tekst_tuple)
    """Action networks whose member list is incomplete or absent (a gemeente missing from one is
    'membership unknown', never 'not a member')."""
    lidmaatschap_onbekend: int = field(default=0, validator=check_aantal)
    """Of :attr:`zonder_netwerk`, how many are on no list while some list is incomplete: their
    network is unknown; ``totaal`` is over the known members only."""

    def __attrs_post_init__(self) -> None:
        ref = {n.netwerk: n.plekken for n in self.referentie}
        for r in self.gemeenten:
            _check_keuze(r.netwerken, r.netwerk, r.plekken, ref)
        totaal = sum(r.plekken for r in self.gemeenten if r.plekken is not None)
        zonder = sum(1 for r in self.gemeenten if r.plekken is None)
        onbekend = sum(1 for r in self.gemeenten if r.plekken is None and r.onbekend_in)
        if (totaal, zonder, onbekend) != (self.totaal, self.zonder_netwerk, self.lidmaatschap_onbekend):
            raise InvalidInputError(
                "totaal",
                (self.totaal, self.zonder_netwerk, self.lidmaatschap_onbekend),
                bericht("statushouders.fout.totaal", totaal=totaal, zonder=zonder, onbekend=onbekend),
            )


def vng_actie_aantallen(peildatum: date) -> Uitkomst[tuple[NetwerkAantal, ...]]:
    """The indicative places per gemeente by network that the letter of 28 May 2026 names.

    Asking before the letter's date is a :class:`~asielketen.errors.ParameterNotValidError`.

    >>> from datetime import date
    >>> [(n.netwerk, n.plekken) for n in vng_actie_aantallen(date(2026, 6, 1)).waarde]
    [('G4', 30), ('G40', 30), ('M50', 15), ('R8', 15), ('P10', 5), ('K80', 2)]
    """
    peildatum = as_date(peildatum)
    waarden = tuple(
        NetwerkAantal(n, int(parameter(BESTAND, P_VNG_PREFIX + n).op(peildatum))) for n in netwerknamen()
    )
    rd = Redenering()
    rd.gebruikt(parameterversie(BESTAND), bronnen_versie())
    rd.stap(
        bericht(
            "statushouders.stap.vng_aantallen",
            aantallen=_referentie((n.netwerk, n.plekken) for n in waarden),
        ),
        bron(_BRIEF),
        **{n.netwerk: n.plekken for n in waarden},
    )
    return rd.uitkomst(waarden)


def _referentie(aantallen: Iterable[tuple[str, int]]) -> Bericht:
    """``G4 circa 30; G40 circa 30; …`` in every language."""
    return samengevoegd(
        (bericht("statushouders.vng.circa", netwerk=n, plekken=p) for n, p in aantallen), letterlijk("; ")
    )


def _stap_kosten(rd: Redenering) -> None:
    """The letter's word on costs: "extra kosten [...] worden vergoed" (the Rijk, per the VNG)."""
    rd.stap("statushouders.stap.vng_kosten", bron(_BRIEF), kosten_vergoed=True)


def _ledenlijsten(r: Register) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(action networks with a member list in the register, action networks without one)."""
    namen = netwerknamen()
    bekend = {n.naam for n in r.netwerken}
    return tuple(n for n in namen if n in bekend), tuple(n for n in namen if n not in bekend)


def _onvolledig(r: Register) -> tuple[str, ...]:
    """Action networks (letter order) whose member list is incomplete or absent in the register."""
    volledig = {n.naam for n in r.netwerken if n.volledig}
    return tuple(n for n in netwerknamen() if n not in volledig)


def _onbekend_in(
    namen: tuple[str, ...], plekken: int | None, aantallen: dict[str, int], onvolledig: tuple[str, ...]
) -> tuple[str, ...]:
    """The incomplete (or absent) lists not known to hold the gemeente whose number is higher than
    ``plekken``: membership there is unknown and would change the number (ADR 0003)."""
    return tuple(n for n in onvolledig if n not in namen and (plekken is None or aantallen[n] > plekken))


def _stand(r: Register, netwerken: Iterable[str]) -> Bericht:
    """``P10: 28 van 31-32 leden bekend; K80: 11 van circa 64`` (or "no member list")."""
    per = {n.naam: n for n in r.netwerken}
    delen = []
    for naam in netwerken:
        n = per.get(naam)
        if n is None:
            delen.append(bericht("statushouders.vng.geen_lijst", netwerk=naam))
        else:
            verwacht = n.verwacht if n.verwacht else bericht("statushouders.vng.onbekend_aantal")
            delen.append(
                bericht("statushouders.vng.stand", netwerk=naam, bekend=len(n.leden), verwacht=verwacht)
            )
    return samengevoegd(delen, letterlijk("; "))


def _lidmaatschap(
    rd: Redenering, g: Gemeente, lid: Sequence[Netwerk], aantallen: dict[str, int], r: Register
) -> None:
    """The step that says which number applies to ``g``: its network's, the highest of several, or
    none — and when an incomplete list leaves that open, that its membership there is unknown."""
    netwerk, plekken = _keuze(tuple(n.naam for n in lid), aantallen)
    onbekend = _onbekend_in(tuple(n.naam for n in lid), plekken, aantallen, _onvolledig(r))
    lijstbronnen = [b for n in r.netwerken if n.naam in onbekend for b in bron_of_niets(n.bron)]
    actie = [n for n in lid if n.naam in aantallen]
    brief = bron(_BRIEF)
    lidbronnen: list[Bron] = [b for n in actie for b in bron_of_niets(n.bron)]
    wie = {"gemeentenaam": g.naam, "gemeentecode": g.code}
    if len(actie) == 1:
        zin = bericht("statushouders.stap.vng_lid", **wie, netwerk=netwerk, plekken=plekken)
        rd.stap(zin, *lidbronnen, brief, netwerk=netwerk, plekken=plekken)
    elif actie:
        netwerken = ", ".join(n.naam for n in actie)
        zin = bericht(
            "statushouders.stap.vng_meerdere", **wie, netwerken=netwerken, netwerk=netwerk, plekken=plekken
        )
        een_bijdrage = bron("aanname.vng-actie.een-bijdrage")
        rd.stap(zin, *lidbronnen, een_bijdrage, brief, netwerk=netwerk, plekken=plekken)
    if actie and onbekend:
        zin = bericht(
            "statushouders.stap.vng_mogelijk_hoger",
            gemeentenaam=g.naam,
            netwerken=", ".join(onbekend),
            stand=_stand(r, onbekend),
        )
        rd.stap(zin, *lijstbronnen, bron("aanname.vng-actie.een-bijdrage"), onbekend_in=list(onbekend))
    elif not actie and onbekend:
        volledig = [n for n in aantallen if n not in onbekend]
        zin = bericht(
            "statushouders.stap.vng_onbekend",
            **wie,
            volledig=", ".join(volledig) if volledig else bericht("statushouders.geen"),
            onbekend=", ".join(onbekend),
            stand=_stand(r, onbekend),
            referentie=_referentie(aantallen.items()),
        )
        rd.stap(zin, *lijstbronnen, brief, onbekend_in=list(onbekend), **aantallen)
    elif not actie:
        met, zonder = _ledenlijsten(r)
        zin = bericht(
            "statushouders.stap.vng_geen",
            **wie,
            met=", ".join(met) if met else bericht("statushouders.geen"),
            zonder=bericht("statushouders.stap.vng_geen_ledenlijst", netwerken=", ".join(zonder))
            if zonder
            else letterlijk(""),
            referentie=_referentie(aantallen.items()),
        )
        rd.stap(zin, brief, **aantallen)


def vng_actie_voor(
    gemeente: str | Gemeente, *, peildatum: date, reg: Register | None = None
) -> Uitkomst[VngActie]:
    """What the VNG action asks of one gemeente at ``peildatum``, explained.

    In one network: that network's number. In several: one contribution, the highest (ADR 0003).
    On no list: ``plekken`` is ``None`` and the explanation shows the reference numbers — never a
    silent zero; while some list is incomplete (shipped: P10 and K80) that is "membership unknown"
    (:attr:`VngActie.lidmaatschap_onbekend`, the lists in ``onbekend_in``), never "not a member",
    and the explanation says how to supply it (:func:`met_netwerken_csv`).

    >>> from datetime import date
    >>> u = vng_actie_voor("Het Hogeland", peildatum=date(2026, 6, 1))
    >>> u.waarde.netwerk, u.waarde.plekken
    ('P10', 5)
    >>> vng_actie_voor("Groningen", peildatum=date(2026, 6, 1)).waarde.plekken
    30
    >>> a = vng_actie_voor("Schiermonnikoog", peildatum=date(2026, 6, 1)).waarde
    >>> a.plekken, a.lidmaatschap_onbekend, a.onbekend_in
    (None, True, ('P10', 'K80'))
    """
    r = register() if reg is None else reg
    g = gemeente if isinstance(gemeente, Gemeente) else r.gemeente(gemeente)
    ref = vng_actie_aantallen(peildatum)
    aantallen = {n.netwerk: n.plekken for n in ref.waarde}
    rd = Redenering()
    rd.voeg_toe(ref)
    rd.gebruikt(*r.herkomst)
    lid = r.netwerken_van(g)
    namen = tuple(n.naam for n in lid)
    overig = [n for n in namen if n not in aantallen]
    if overig:
        zin = bericht("statushouders.stap.vng_overig", gemeentenaam=g.naam, netwerken=", ".join(overig))
        rd.stap(zin, bron(_BRIEF))
    _lidmaatschap(rd, g, lid, aantallen, r)
    _stap_kosten(rd)
    netwerk, plekken = _keuze(namen, aantallen)
    return rd.uitkomst(
        VngActie(
            gemeentecode=g.code,
            gemeentenaam=g.naam,
            peildatum=as_date(peildatum),
            netwerken=namen,
            netwerk=netwerk,
            plekken=plekken,
            referentie=ref.waarde,
            onbekend_in=_onbekend_in(namen, plekken, aantallen, _onvolledig(r)),
        )
    )


def vng_actie(*, peildatum: date, reg: Register | None = None) -> Uitkomst[VngActieLandelijk]:
    """The action over all gemeenten of ``reg`` at ``peildatum``, with its national sum.

    The total is over the gemeenten whose network is known; while a list is incomplete (shipped:
    P10 and K80) the gemeenten on no list are counted in ``lidmaatschap_onbekend``, not as "none".

    >>> from datetime import date
    >>> v = vng_actie(peildatum=date(2026, 6, 1)).waarde
    >>> v.totaal, v.zonder_netwerk, v.lidmaatschap_onbekend, v.onvolledige_ledenlijsten
    (2522, 192, 192, ('P10', 'K80'))
    """
    r = register() if reg is None else reg
    ref = vng_actie_aantallen(peildatum)
    aantallen = {n.netwerk: n.plekken for n in ref.waarde}
    leden: dict[str, list[str]] = {}
    for n in r.netwerken:
        for code in n.leden:
            leden.setdefault(code, []).append(n.naam)
    onvolledig = _onvolledig(r)
    regels = []
    meerdere = 0
    for g in r.gemeenten:
        namen = tuple(leden.get(g.code, ()))
        netwerk, plekken = _keuze(namen, aantallen)
        if sum(1 for n in namen if n in aantallen) > 1:
            meerdere += 1
        regels.append(
            VngActieRegel(
                gemeentecode=g.code,
                gemeentenaam=g.naam,
                netwerken=namen,
                netwerk=netwerk,
                plekken=plekken,
                onbekend_in=_onbekend_in(namen, plekken, aantallen, onvolledig),
            )
        )
    totaal = sum(x.plekken for x in regels if x.plekken is not None)
    zonder = sum(1 for x in regels if x.plekken is None)
    onbekend = sum(1 for x in regels if x.plekken is None and x.onbekend_in)
    mogelijk_hoger = sum(1 for x in regels if x.plekken is not None and x.onbekend_in)
    met, zonder_lijst = _ledenlijsten(r)
    rd = Redenering()
    rd.voeg_toe(ref)
    rd.gebruikt(*r.herkomst)
    brief = bron(_BRIEF)
    lidbronnen = [b for n in r.netwerken if n.naam in aantallen for b in bron_of_niets(n.bron)]
    rd.stap(
        bericht(
            "statushouders.stap.vng_ledenlijsten",
            met=", ".join(met) if met else bericht("statushouders.vng.geen_netwerk_actie"),
            zonder=bericht("statushouders.stap.vng_niet_voor", netwerken=", ".join(zonder_lijst))
            if zonder_lijst
            else letterlijk(""),
        ),
        *dict.fromkeys(lidbronnen),
        **{n.naam: len(n.leden) for n in r.netwerken if n.naam in aantallen},
    )
    if meerdere:
        rd.stap(
            "statushouders.stap.vng_meerdere_landelijk",
            bron("aanname.vng-actie.een-bijdrage"),
            meerdere=meerdere,
        )
    if onvolledig:
        lijstbronnen = [b for n in r.netwerken if n.naam in onvolledig for b in bron_of_niets(n.bron)]
        rd.stap(
            bericht(
                "statushouders.stap.vng_onvolledig",
                netwerken=", ".join(onvolledig),
                stand=_stand(r, onvolledig),
                onbekend=onbekend,
                mogelijk_hoger=mogelijk_hoger,
            ),
            *dict.fromkeys(lijstbronnen),
            lidmaatschap_onbekend=onbekend,
            mogelijk_hoger=mogelijk_hoger,
        )
    if onbekend:
        zin = bericht(
            "statushouders.stap.vng_totaal_bekend",
            totaal=totaal,
            met=len(regels) - zonder,
            onbekend=onbekend,
            geen=zonder - onbekend,
        )
    else:
        zin = bericht("statushouders.stap.vng_totaal", totaal=totaal, met=len(regels) - zonder, zonder=zonder)
    rd.stap(zin, brief, totaal=totaal, zonder_netwerk=zonder, lidmaatschap_onbekend=onbekend)
    _stap_kosten(rd)
    return rd.uitkomst(
        VngActieLandelijk(
            peildatum=as_date(peildatum),
            referentie=ref.waarde,
            netwerken_zonder_ledenlijst=zonder_lijst,
            gemeenten=regels,
            totaal=totaal,
            zonder_netwerk=zonder,
            onvolledige_ledenlijsten=onvolledig,
            lidmaatschap_onbekend=onbekend,
        )
    )


publiceer_hier(globals())  # the package's public names defined here: asielketen.statushouders.<name>
