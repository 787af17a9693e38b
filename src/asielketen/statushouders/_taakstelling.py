"""The taakstelling of every gemeente for a half-year (Huisvestingswet 2014 art. 28–30), explained.

:func:`taakstellingen` applies the formula of art. 29 lid 1 (:mod:`._formule`) to every gemeente of
the register, after any herindeling (art. 30, :mod:`._herindeling`), and explains the national
table once; :func:`uitleg_gemeente` explains one gemeente's line on request (vg, iG, iN with their
sources, the exact quotient, any herverdeling of art. 29 lid 2).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from attrs import evolve

from .._openbaar import publiceer_hier
from .._records import zonder_controle
from .._validation import van_soort
from ..bronregister import bron, bronnen_versie
from ..errors import DataUnavailableError, InvalidInputError, UnknownNameError
from ..explain import Redenering, Uitkomst
from ..gebied import Gemeente, Register, register
from ..periods import Halfjaar, as_date
from ..sources import Bron
from ..taal import bericht
from . import _herindeling, _herverdeling, _landelijk, _records, _wettekst
from ._formule import kern, peildatum_inwoners, uiterste_bekendmaking
from ._gemeenschappelijk import aantal, als_halfjaar, bron_of_niets
from ._herindeling import Herindeling
from ._herverdeling import Herverdeling, omschrijving
from ._landelijk import LandelijkeVersie, als_versie, landelijk_aantal
from ._tabel import Taakstelling, Taakstellingen, Taakstellingsregel

__all__ = ["herverdeel", "taakstelling_op", "taakstelling_voor", "taakstellingen", "uitleg_gemeente"]

_ART28, _ART29, _ART29_LID2, _ART30 = (
    _wettekst.ART28,
    _wettekst.ART29_LID1,
    _wettekst.ART29_LID2,
    _wettekst.ART30,
)


# -- the national table ---------------------------------------------------------------------------


def _vg(
    rd: Redenering, h: Halfjaar, landelijk: int | None, versie: LandelijkeVersie | str | None
) -> tuple[int, str]:
    """vg for ``h`` with the id of its source: the shipped number in the version asked (ADR 0009),
    or the user's (an assumption; then no version may be asked)."""
    if landelijk is None:
        vg_uitkomst = landelijk_aantal(h, versie=versie)
        rd.voeg_toe(vg_uitkomst)
        return vg_uitkomst.waarde, vg_uitkomst.stappen[0].bronnen[0].id
    vg = aantal(landelijk, "landelijk")
    if versie is not None:  # the user's own number has no published or adjusted version
        raise InvalidInputError(
            "landelijk_versie", als_versie(versie).value, bericht("statushouders.fout.landelijk_versie_eigen")
        )
    rd.gebruikt(bronnen_versie())
    art29 = _wettekst.artikel(_ART29, h)
    rd.stap("statushouders.stap.vg_gebruiker", bron(_landelijk.SCENARIO), art29, vg=vg, halfjaar=h)
    return vg, _landelijk.SCENARIO


def _inwoners_op(r: Register, peil: date, h: Halfjaar) -> tuple[list[int], list[str]]:
    """iG of every gemeente of ``r`` on ``peil`` (in register order) and the ids of their sources.

    A clear error names the date needed and how to supply it if any gemeente lacks a figure.
    """
    igs: list[int] = []
    bronnen: dict[str, None] = {}
    ontbrekend: list[Gemeente] = []
    for g in r.gemeenten:
        for i in g.inwoners:
            if i.peildatum == peil:
                igs.append(i.aantal)
                bronnen[i.bron] = None
                break
        else:
            ontbrekend.append(g)
    if ontbrekend:
        wel = sorted({d for g in ontbrekend for d in g.peildata})
        raise DataUnavailableError(
            bericht(
                "statushouders.fout.inwoners_ontbreken",
                halfjaar=h,
                peildatum=peil,
                jaar=h.jaar,
                aantal=len(ontbrekend),
                voorbeeld=ontbrekend[0],
                beschikbaar=", ".join(d.isoformat() for d in wel) if wel else bericht("statushouders.geen"),
                peiljaar=peil.year,
            ),
            veld="peildatum_inwoners",
            waarde=peil,
        )
    return igs, list(bronnen)


def _datums_en_inwoners(
    rd: Redenering, r: Register, h: Halfjaar
) -> tuple[date, list[int], list[str], list[Bron]]:
    """The dates of art. 29 lid 1, explained: the last day vg may be published (onder a) and the
    reference date of iG and iN (onder b and c), with iG of every gemeente of ``r`` on it (in
    register order), the ids of their sources and those sources that are registered."""
    art29 = _wettekst.artikel(_ART29, h)
    uiterlijk = uiterste_bekendmaking(h)
    zin = bericht("statushouders.stap.bekendmaking", begin=h.begin, uiterlijk=uiterlijk)
    rd.stap(zin, art29, uiterste_bekendmaking=uiterlijk)
    peil = peildatum_inwoners(h)
    igs, inw_bronnen = _inwoners_op(r, peil, h)
    cbs: list[Bron] = [b for id in inw_bronnen for b in bron_of_niets(id)]
    if len(cbs) < len(inw_bronnen):  # some figures come from the user's file
        zin = bericht("statushouders.stap.peildatum_gebruiker", peildatum=peil, jaar=h.jaar)
    else:
        zin = bericht("statushouders.stap.peildatum", peildatum=peil, jaar=h.jaar)
    rd.stap(zin, art29, *cbs, peildatum=peil)
    return peil, igs, inw_bronnen, cbs


def _regels(
    r: Register, igs: list[int], vg: int, rijen: list[_herindeling.Rij] | None
) -> list[Taakstellingsregel]:
    """One row per gemeente: ``ceil(vg × iG / iN)`` (:func:`~._formule.kern`), built by :mod:`._records`."""
    i_n = sum(igs)  # a herindeling sums its parts, so iN is the same
    if rijen is None:  # the hot path: one row per gemeente of the register
        aantallen = kern(vg, igs, i_n)
        return [
            _records.regel(g.code, g.naam, ig, t, ())
            for g, ig, t in zip(r.gemeenten, igs, aantallen, strict=True)
        ]
    aantallen = kern(vg, (ig for _, _, ig, _ in rijen), i_n)
    return [_records.regel(c, n, ig, t, d) for (c, n, ig, d), t in zip(rijen, aantallen, strict=True)]


def taakstellingen(
    halfjaar: Halfjaar | str,
    *,
    landelijk: int | None = None,
    landelijk_versie: LandelijkeVersie | str | None = None,
    reg: Register | None = None,
    herindelingen: Iterable[Herindeling] = (),
) -> Uitkomst[Taakstellingen]:
    """The taakstelling of every gemeente for ``halfjaar`` (Huisvestingswet 2014 art. 29 lid 1).

    ``landelijk`` replaces the shipped vg (a scenario, or a publication we do not ship; its
    source is then an assumption). ``landelijk_versie`` chooses between the shipped vg as
    published before the half-year (the default) and a later adjustment
    (:class:`LandelijkeVersie`, ``"bekendgemaakt"`` or ``"bijgesteld"``; ADR 0009); the
    explanation names both where vg was adjusted. ``reg`` supplies other inhabitants (e.g.
    1 January 2026 for 2027, via :meth:`~asielketen.gebied.Register.met_inwoners_csv`); without
    them a half-year whose reference date is not available is a
    :class:`~asielketen.errors.DataUnavailableError` naming the date needed. ``herindelingen``
    merges gemeenten per art. 30. Every article is cited in the text in force when the half-year
    begins (:mod:`._wettekst`).

    >>> u = taakstellingen("2025-H2")
    >>> u.waarde.regel("GM0363").taakstelling, u.waarde.som, len(u.waarde.gemeenten)
    (675, 13164, 342)
    """
    h = als_halfjaar(halfjaar)
    r = register() if reg is None else reg
    herindelingen = tuple(herindelingen)
    rd = Redenering()
    rd.gebruikt(*r.herkomst)
    _wettekst.leg_uit(rd, h)
    vg, vg_bron = _vg(rd, h, landelijk, landelijk_versie)
    peil, igs, inw_bronnen, cbs = _datums_en_inwoners(rd, r, h)
    rijen: list[_herindeling.Rij] | None = None
    toegepast: tuple[Herindeling, ...] = ()
    if herindelingen:
        rijen, toegepast, later = _herindeling.pas_toe(r, igs, herindelingen, h)
        _herindeling.leg_uit(rd, toegepast, later, h)
    i_n = sum(igs)
    if i_n == 0 and vg > 0:  # nobody to distribute over; a landelijk aantal of 0 is 0 everywhere
        raise InvalidInputError(
            "inwoners", 0, bericht("statushouders.fout.inwoners_nul_op", peildatum=peil, vg=vg)
        )
    aantal_gemeenten = len(igs) if rijen is None else len(rijen)
    zin = bericht("statushouders.stap.inwoners_nederland", peildatum=peil, i_n=i_n, aantal=aantal_gemeenten)
    rd.stap(zin, *cbs, iN=i_n)
    regels = _regels(r, igs, vg, rijen)
    som = sum([x.taakstelling for x in regels])
    art29 = _wettekst.artikel(_ART29, h)
    rd.stap(bericht("statushouders.stap.formule"), art29, _wettekst.artikel(_ART28, h), vg=vg, iN=i_n)
    zin = bericht("statushouders.stap.som", som=som, overschot=som - vg, gemeenten=len(regels))
    rd.stap(zin, art29, som=som, overschot=som - vg)
    tabel = zonder_controle(
        Taakstellingen,
        halfjaar=h,
        landelijk_aantal=vg,
        landelijk_bron=vg_bron,
        peildatum_inwoners=peil,
        inwoners_nederland=i_n,
        inwoners_bronnen=tuple(inw_bronnen),
        gemeenten=tuple(regels),
        som=som,
        herindelingen=toegepast,
        herverdelingen=(),
    )
    return rd.uitkomst(tabel)


def herverdeel(uitkomst: Uitkomst[Taakstellingen], herverdeling: Herverdeling) -> Uitkomst[Taakstellingen]:
    """Apply a herverdeling (art. 29 lid 2) to a national result; the sum must stay the same.

    Every gemeente must be in the table; if the new taakstellingen of the gemeenten involved do
    not add up to their current sum, the error names the gemeenten and both sums.

    >>> u = taakstellingen("2025-H2")
    >>> v = herverdeel(u, Herverdeling.van({"GM0363": 665, "GM1966": 45}))
    >>> v.waarde.regel("GM0363").taakstelling, v.waarde.regel("GM1966").taakstelling, v.waarde.som
    (665, 45, 13164)
    """
    t = uitkomst.waarde
    van_soort(
        "herverdeling",
        herverdeling,
        Herverdeling,
        reden=lambda: bericht("statushouders.fout.herverdeling_type"),
    )
    rd = Redenering()
    rd.voeg_toe(uitkomst)
    gemeenten = _herverdeling.pas_toe(rd, t, herverdeling)
    return rd.uitkomst(evolve(t, gemeenten=gemeenten, herverdelingen=(*t.herverdelingen, herverdeling)))


# -- one gemeente, explained on request -------------------------------------------------------------


def _zoek_regel(t: Taakstellingen, gemeente: str | Gemeente, reg: Register | None) -> Taakstellingsregel:
    """The row of ``gemeente`` by code, CBS name or (via the register) alias; a merged-away part is named."""
    if isinstance(gemeente, Gemeente):
        gemeente = gemeente.code
    try:
        return t.regel(gemeente)
    except UnknownNameError:
        if not isinstance(gemeente, str):
            raise
    g = (register() if reg is None else reg).gemeente(gemeente)  # aliases; errors name the input
    for hi in t.herindelingen:
        if g.code in hi.delen:
            raise UnknownNameError(
                "gemeente",
                gemeente,
                bericht(
                    "statushouders.soort.opgegaan",
                    halfjaar=t.halfjaar,
                    gemeentenaam=hi.gemeentenaam,
                    gemeentecode=hi.gemeentecode,
                ),
            )
    return t.regel(g.code)


def _stap_inwoners(rd: Redenering, t: Taakstellingen, regel: Taakstellingsregel, art29: Bron) -> None:
    """iG (after a herindeling: the sum of the parts, art. 30) and iN, with their sources."""
    cbs = [b for id in t.inwoners_bronnen for b in bron_of_niets(id)]
    ig, i_n, peil = regel.inwoners, t.inwoners_nederland, t.peildatum_inwoners
    namen = {"gemeentenaam": regel.gemeentenaam, "gemeentecode": regel.gemeentecode, "peildatum": peil}
    if not regel.delen:
        zin = bericht("statushouders.stap.gemeente_inwoners", **namen, ig=ig, i_n=i_n)
        extra: list[Bron] = []
    else:
        delen = ", ".join(regel.delen)
        zin = bericht("statushouders.stap.gemeente_inwoners_delen", **namen, ig=ig, delen=delen, i_n=i_n)
        extra = [_wettekst.artikel(_ART30, t.halfjaar)]
        gs, _ = _wettekst.door_gedeputeerde_staten(t.halfjaar)
        if gs:  # art. 30 old: gedeputeerde staten set iG; the sum of the parts is our reading
            extra.append(bron(_herindeling.AANNAME_GS))
    rd.stap(zin, *cbs, *extra, art29, peildatum=peil, iG=ig, iN=i_n)


def _stap_formule(
    rd: Redenering, vg: int, regel: Taakstellingsregel, i_n: int, art29: Bron, art28: Bron
) -> None:
    """The formula with its exact quotient (four decimals, then rounded up)."""
    ig, taakstelling = regel.inwoners, regel.volgens_formule
    if i_n:
        heel, rest = divmod(vg * ig, i_n)
        zin = bericht(
            "statushouders.stap.gemeente_formule",
            vg=vg,
            ig=ig,
            i_n=i_n,
            heel=heel,
            decimalen=f"{rest * 10000 // i_n:04d}",
            taakstelling=taakstelling,
        )
    else:  # iN = 0 only with vg = 0
        zin = bericht("statushouders.stap.gemeente_formule_nul")
    rd.stap(zin, art29, art28, vg=vg, iG=ig, iN=i_n, taakstelling=taakstelling)


def uitleg_gemeente(
    uitkomst: Uitkomst[Taakstellingen], gemeente: str | Gemeente, *, reg: Register | None = None
) -> Uitkomst[Taakstelling]:
    """The taakstelling of one gemeente out of a national result, with its own explanation.

    The national :class:`Taakstellingen` carries no per-gemeente steps (342 copies of the same
    sources would swamp it); this builds them for one gemeente on request: vg, iG and iN with
    their sources, the formula with its exact quotient, and any herverdeling.

    >>> u = uitleg_gemeente(taakstellingen("2025-H2"), "Het Hogeland")
    >>> u.waarde.taakstelling
    35
    >>> print(u.stappen[2].zin)  # doctest: +NORMALIZE_WHITESPACE
    Taakstelling = vg × iG / iN = 13000 × 48224 / 17942942 = 34,9391…,
    naar boven afgerond op een geheel getal: 35.
    """
    t = uitkomst.waarde
    regel = _zoek_regel(t, gemeente, reg)
    vg, h = t.landelijk_aantal, t.halfjaar
    art29 = _wettekst.artikel(_ART29, h)
    rd = Redenering()
    rd.gebruikt(*uitkomst.herkomst.datasets)
    _wettekst.leg_uit(rd, h)
    _landelijk.leg_uit_voor_gemeente(rd, h, vg, t.landelijk_bron)
    _stap_inwoners(rd, t, regel, art29)
    _stap_formule(rd, vg, regel, t.inwoners_nederland, art29, _wettekst.artikel(_ART28, h))
    for hv in t.herverdelingen:  # art. 29 lid 2
        if regel.gemeentecode in hv.gemeentecodes:
            andere = ", ".join(c for c in hv.gemeentecodes if c != regel.gemeentecode)
            rd.stap(
                bericht(
                    "statushouders.stap.gemeente_herverdeling",
                    andere=andere,
                    omschrijving=omschrijving(hv),
                    taakstelling=regel.taakstelling,
                ),
                _wettekst.artikel(_ART29_LID2, h),
                taakstelling=regel.taakstelling,
            )
    return rd.uitkomst(
        Taakstelling(
            halfjaar=h,
            gemeentecode=regel.gemeentecode,
            gemeentenaam=regel.gemeentenaam,
            landelijk_aantal=vg,
            inwoners=regel.inwoners,
            inwoners_nederland=t.inwoners_nederland,
            peildatum_inwoners=t.peildatum_inwoners,
            volgens_formule=regel.volgens_formule,
            taakstelling=regel.taakstelling,
        )
    )


def taakstelling_voor(
    gemeente: str | Gemeente,
    halfjaar: Halfjaar | str,
    *,
    landelijk: int | None = None,
    landelijk_versie: LandelijkeVersie | str | None = None,
    reg: Register | None = None,
    herindelingen: Iterable[Herindeling] = (),
) -> Uitkomst[Taakstelling]:
    """The taakstelling of one gemeente (name, code or :class:`Gemeente`) for ``halfjaar``, explained.

    iN needs every gemeente, so this computes the national table and explains the one asked
    (see :func:`taakstellingen` for the arguments).

    >>> taakstelling_voor("Amsterdam", "2025-H2").waarde.taakstelling
    675
    """
    u = taakstellingen(
        halfjaar, landelijk=landelijk, landelijk_versie=landelijk_versie, reg=reg, herindelingen=herindelingen
    )
    return uitleg_gemeente(u, gemeente, reg=reg)


def taakstelling_op(
    gemeente: str | Gemeente,
    peildatum: date,
    *,
    landelijk: int | None = None,
    landelijk_versie: LandelijkeVersie | str | None = None,
    reg: Register | None = None,
) -> Uitkomst[Taakstelling]:
    """The taakstelling of ``gemeente`` for the half-year that contains ``peildatum``.

    >>> from datetime import date
    >>> taakstelling_op("Het Hogeland", date(2025, 10, 6)).waarde.halfjaar
    Halfjaar(jaar=2025, helft=2)
    """
    peildatum = as_date(peildatum)
    h = Halfjaar.bevattende(peildatum)
    return taakstelling_voor(gemeente, h, landelijk=landelijk, landelijk_versie=landelijk_versie, reg=reg)


publiceer_hier(globals())  # the package's public names defined here: asielketen.statushouders.<name>
