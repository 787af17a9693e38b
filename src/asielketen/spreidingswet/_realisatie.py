"""Verdeelbesluiten, realised places, shortfall and uitruil (Spreidingswet art. 5, 6).

* A :class:`Verdeelbesluit` (art. 5) distributes a province's places over its designated gemeenten
  for the cycle's two years; the college makes them possible within that term (art. 6).
  Verdeelbesluiten are user data (read from CSV/JSON by ``lees_verdeelbesluiten``).
* :class:`Realisatie` records the places realised in a gemeente at a date.
* :class:`Uitruil` moves opgave between two gemeenten **of the same province**; the provincial
  total never changes.
* :func:`stand` gives, at a peildatum, per gemeente and per province: opgave, realised, shortfall
  and surplus.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from attrs import field

from .._klasse import frozen
from .._openbaar import publiceer_hier
from ..bronregister import bron, bronnen_versie
from ..errors import InvalidInputError
from ..explain import Redenering, Uitkomst
from ..gebied import Gemeente, Register, register
from ..periods import Cyclus, as_date
from ..taal import bericht
from ._cyclus import check_cyclus
from ._gemeenschappelijk import check_aantal
from ._raming import controleer_langere_termijn

__all__ = [
    "Realisatie",
    "Stand",
    "StandGemeente",
    "StandProvincie",
    "Toewijzing",
    "Uitruil",
    "Verdeelbesluit",
    "stand",
]


@frozen(kw_only=True)
class Toewijzing:
    """The places a verdeelbesluit assigns to one designated gemeente."""

    gemeentecode: str
    """The designated gemeente."""
    plaatsen: int = field(validator=check_aantal)
    """The number of places."""
    amv: int | None = None
    """Of which for amv, where the decision says so."""


def _toewijzingen(values: Iterable[Toewijzing]) -> tuple[Toewijzing, ...]:
    return tuple(sorted(values, key=lambda t: t.gemeentecode))


@frozen(kw_only=True)
class Verdeelbesluit:
    """A province's verdeelbesluit (art. 5): places per designated gemeente for one cycle."""

    provinciecode: str
    """The province."""
    cyclus: Cyclus = field(validator=check_cyclus)
    """The cycle it belongs to (its verdeelperiode is the two-year term of art. 6): one of the law's
    cycles (2024, 2026 …; art. 5 lid 1)."""
    bekendgemaakt: date
    """The date of publication (starts the six months of art. 7 lid 1 onder a)."""
    toewijzingen: tuple[Toewijzing, ...] = field(converter=_toewijzingen)
    """The places per designated gemeente, sorted by code."""
    locatie_uiterlijk: date | None = field(default=None)
    """A longer term for the locatie that the decision sets itself, if any (art. 7 lid 1 onder a):
    not shorter than the six months after :attr:`bekendgemaakt`."""

    @locatie_uiterlijk.validator
    def _check_langer(self, _: object, value: date | None) -> None:
        if value is not None:
            controleer_langere_termijn(
                value, cyclus=self.cyclus, bekendgemaakt=self.bekendgemaakt, veld="locatie_uiterlijk"
            )

    @toewijzingen.validator
    def _check(self, _: object, value: tuple[Toewijzing, ...]) -> None:
        codes = [t.gemeentecode for t in value]
        dubbel = sorted({c for c in codes if codes.count(c) > 1})
        if dubbel:
            raise InvalidInputError("toewijzingen", dubbel, bericht("spreidingswet.realisatie.fout_dubbel"))

    @property
    def totaal(self) -> int:
        """The places the decision distributes (Σ of its toewijzingen)."""
        return sum(t.plaatsen for t in self.toewijzingen)


@frozen(kw_only=True)
class Realisatie:
    """The places realised (available to the COA) in a gemeente on a date."""

    gemeentecode: str
    """The gemeente."""
    peildatum: date
    """The date of the count."""
    plaatsen: int = field(validator=check_aantal)
    """Realised places on that date."""


@frozen(kw_only=True)
class Uitruil:
    """An agreement within a province: ``van`` hands ``plaatsen`` of its opgave to ``naar``."""

    provinciecode: str
    """The province (both gemeenten must lie in it)."""
    van: str
    """The gemeente whose opgave decreases."""
    naar: str
    """The gemeente whose opgave increases."""
    plaatsen: int = field(validator=check_aantal)
    """How many places move."""


@frozen(kw_only=True)
class StandGemeente:
    """Where a gemeente stands at a peildatum."""

    gemeentecode: str
    """The gemeente."""
    gemeentenaam: str
    """Its name."""
    opgave: int
    """Places assigned by the verdeelbesluit, after uitruil."""
    gerealiseerd: int
    """Places realised at the peildatum (latest count on or before it)."""
    realisatie_bekend: bool
    """False when no count was given on or before the peildatum (``gerealiseerd`` is then 0)."""
    tekort: int
    """``max(0, opgave − gerealiseerd)``."""
    overschot: int
    """``max(0, gerealiseerd − opgave)``."""


@frozen(kw_only=True)
class StandProvincie:
    """Where a province stands: its gemeenten' sums."""

    provinciecode: str
    """The province."""
    opgave: int
    """The sum of the verdeelbesluit (uitruil does not change it)."""
    gerealiseerd: int
    """Realised places in its designated gemeenten."""
    tekort: int
    """The sum of the gemeenten' shortfalls."""
    overschot: int
    """The sum of the gemeenten' surpluses."""
    saldo: int
    """``gerealiseerd − opgave`` for the province as a whole."""


@frozen(kw_only=True)
class Stand:
    """Realisation against opgave at a peildatum, per gemeente and per province."""

    peildatum: date
    """The reference date."""
    gemeenten: tuple[StandGemeente, ...]
    """Every designated gemeente, sorted by code."""
    provincies: tuple[StandProvincie, ...]
    """Every province with a verdeelbesluit, sorted by code."""

    def __str__(self) -> str:
        tekort = sum(p.tekort for p in self.provincies)
        return bericht(
            "spreidingswet.realisatie.stand",
            peildatum=self.peildatum,
            aantal=len(self.gemeenten),
            tekort=tekort,
        ).tekst()


def stand(
    verdeelbesluiten: Sequence[Verdeelbesluit],
    realisaties: Sequence[Realisatie],
    peildatum: date,
    *,
    uitruil: Sequence[Uitruil] = (),
    reg: Register | None = None,
) -> Uitkomst[Stand]:
    """Opgave, realised places, shortfall and surplus at ``peildatum``.

    Validates that each verdeelbesluit's gemeenten lie in its province, that each uitruil stays in
    one province and moves no more than the giving gemeente has, and that realisations name known
    gemeenten, with one count per gemeente and day (two different counts are a contradiction). A
    gemeente without a count on or before the peildatum is reported as such
    (``realisatie_bekend=False``), never as a silent zero.
    """
    peildatum = as_date(peildatum)
    r = register() if reg is None else reg
    rd = Redenering()
    rd.gebruikt(*r.herkomst, bronnen_versie())
    opgave: dict[str, int] = {}  # by gemeentecode
    provincie_van: dict[str, str] = {}  # gemeentecode → provinciecode
    for vb in verdeelbesluiten:
        _besluit(rd, r, vb, opgave, provincie_van)
    for u in uitruil:
        _ruil(rd, r, u, opgave, provincie_van)
    laatste = _laatste_tellingen(r, realisaties, peildatum)
    gemeenten = tuple(_stand_gemeente(r, code, opgave[code], laatste.get(code)) for code in sorted(opgave))
    onbekend = [g.gemeentenaam for g in gemeenten if not g.realisatie_bekend]
    if onbekend:
        rd.stap(
            bericht(
                "spreidingswet.realisatie.onbekend",
                aantal=len(onbekend),
                peildatum=peildatum,
                namen=", ".join(onbekend[:10]) + (" …" if len(onbekend) > 10 else ""),
            ),
            bron("spreidingswet.art6"),
        )
    provincies = tuple(
        _stand_provincie(pcode, [g for g in gemeenten if provincie_van[g.gemeentecode] == pcode])
        for pcode in sorted(set(provincie_van.values()))
    )
    rd.stap(
        "spreidingswet.realisatie.tekort", bron("spreidingswet.art6"), bron("aanname.spreidingswet.uitruil")
    )
    return rd.uitkomst(Stand(peildatum=peildatum, gemeenten=gemeenten, provincies=provincies))


def _besluit(
    rd: Redenering, r: Register, vb: Verdeelbesluit, opgave: dict[str, int], provincie_van: dict[str, str]
) -> None:
    """Take over a verdeelbesluit's opgave per gemeente (art. 5 lid 1); its gemeenten lie in its
    province, and no gemeente is in two decisions."""
    p = r.provincie(vb.provinciecode)
    for t in vb.toewijzingen:
        g = r.gemeente(t.gemeentecode)
        if g.provinciecode != p.code:
            raise InvalidInputError(
                f"verdeelbesluit[{p.code}].{g.code}",
                g.naam,
                bericht("spreidingswet.fout.ligt_niet_in", provincie=p.naam),
            )
        if g.code in opgave:
            raise InvalidInputError(
                "verdeelbesluiten", g.code, bericht("spreidingswet.realisatie.fout_twee_besluiten")
            )
        opgave[g.code] = t.plaatsen
        provincie_van[g.code] = p.code
    rd.stap(
        bericht(
            "spreidingswet.realisatie.verdeelbesluit",
            provincie=p.naam,
            cyclus=vb.cyclus.omschrijving,
            bekendgemaakt=vb.bekendgemaakt,
            totaal=vb.totaal,
            aantal=len(vb.toewijzingen),
        ),
        bron("spreidingswet.art5.lid1"),
        bron("spreidingswet.art6"),
    )


def _ruil(
    rd: Redenering, r: Register, u: Uitruil, opgave: dict[str, int], provincie_van: dict[str, str]
) -> None:
    """Move opgave within one province between gemeenten the verdeelbesluiten designate (art. 5
    lid 1); the giving gemeente cannot give more than it has."""
    van, naar = r.gemeente(u.van), r.gemeente(u.naar)
    if not (van.provinciecode == naar.provinciecode == r.provincie(u.provinciecode).code):
        raise InvalidInputError(
            "uitruil",
            f"{van.naam} → {naar.naam}",
            bericht("spreidingswet.realisatie.fout_uitruil_provincie"),
        )
    _aangewezen(opgave, "uitruil.van", van)
    if opgave[van.code] < u.plaatsen:
        raise InvalidInputError(
            "uitruil.plaatsen",
            u.plaatsen,
            bericht(
                "spreidingswet.realisatie.fout_uitruil_te_veel", gemeente=van.naam, opgave=opgave[van.code]
            ),
        )
    _aangewezen(opgave, "uitruil.naar", naar)
    opgave[van.code] -= u.plaatsen
    opgave[naar.code] = opgave.get(naar.code, 0) + u.plaatsen
    provincie_van[naar.code] = naar.provinciecode
    rd.stap(
        bericht("spreidingswet.realisatie.uitruil", van=van.naam, plaatsen=u.plaatsen, naar=naar.naam),
        bron("aanname.spreidingswet.uitruil"),
        bron("spreidingswet.art5.lid1"),
        plaatsen=u.plaatsen,
    )


def _aangewezen(opgave: dict[str, int], veld: str, g: Gemeente) -> None:
    """Uitruil is between gemeenten a verdeelbesluit designates (art. 5 lid 1): another gemeente has
    no opgave to give or to take over; an error naming it (never a bare ``KeyError``)."""
    if g.code not in opgave:
        raise InvalidInputError(
            veld, g.code, bericht("spreidingswet.realisatie.fout_uitruil_niet_aangewezen", gemeente=g.naam)
        )


def _laatste_tellingen(
    r: Register, realisaties: Sequence[Realisatie], peildatum: date
) -> dict[str, Realisatie]:
    """Per gemeente its latest count on or before ``peildatum``; two different counts of one
    gemeente on one day are a contradiction, an unknown gemeente an error."""
    laatste: dict[str, Realisatie] = {}
    tellingen: dict[tuple[str, date], int] = {}
    for real in realisaties:
        r.gemeente(real.gemeentecode)  # unknown codes are an error
        eerder = tellingen.setdefault((real.gemeentecode, real.peildatum), real.plaatsen)
        if eerder != real.plaatsen:  # two different counts of the same places on the same day
            raise InvalidInputError(
                "realisaties",
                f"{real.gemeentecode} {real.peildatum.isoformat()}: {real.plaatsen}",
                bericht("spreidingswet.realisatie.fout_twee_tellingen", eerder=eerder),
            )
        if real.peildatum <= peildatum:
            vorige = laatste.get(real.gemeentecode)
            if vorige is None or real.peildatum > vorige.peildatum:
                laatste[real.gemeentecode] = real
    return laatste


def _stand_gemeente(r: Register, code: str, opgave: int, telling: Realisatie | None) -> StandGemeente:
    gerealiseerd = 0 if telling is None else telling.plaatsen
    return StandGemeente(
        gemeentecode=code,
        gemeentenaam=r.gemeente(code).naam,
        opgave=opgave,
        gerealiseerd=gerealiseerd,
        realisatie_bekend=telling is not None,
        tekort=max(0, opgave - gerealiseerd),
        overschot=max(0, gerealiseerd - opgave),
    )


def _stand_provincie(pcode: str, leden: Sequence[StandGemeente]) -> StandProvincie:
    som_opgave = sum(g.opgave for g in leden)
    som_real = sum(g.gerealiseerd for g in leden)
    return StandProvincie(
        provinciecode=pcode,
        opgave=som_opgave,
        gerealiseerd=som_real,
        tekort=sum(g.tekort for g in leden),
        overschot=sum(g.overschot for g in leden),
        saldo=som_real - som_opgave,
    )


publiceer_hier(globals())  # the package's public names defined here: asielketen.spreidingswet.<name>
