"""Verdeelbesluiten, realised places, shortfall, uitruil, and the deduction of durable places.

* A :class:`Verdeelbesluit` (Spreidingswet art. 5) distributes a province's places over its
  designated gemeenten for the cycle's two years; the college makes them possible within that term
  (art. 6). Verdeelbesluiten are user data: :func:`lees_verdeelbesluiten` reads them from CSV/JSON.
* :class:`Realisatie` records the places realised in a gemeente at a date.
* :class:`Uitruil` moves opgave between two gemeenten **of the same province**; the provincial
  total never changes.
* :func:`stand` gives, at a peildatum, per gemeente and per province: opgave, realised, shortfall
  and surplus.
* :func:`aftrek_duurzaam` (art. 2 lid 3; Besluit art. 3.1) subtracts durable places from what a
  province must still provide.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

from attrs import field, frozen
from dateutil.relativedelta import relativedelta

from .. import _bestanden
from .._validation import geheel_getal
from ..bronregister import bron, bronnen_versie
from ..errors import InvalidInputError, InvalidPeriodError
from ..explain import Redenering, Uitkomst
from ..gebied import Register, register
from ..parameters import parameter, parameterversie
from ..periods import Cyclus, Periode, as_date
from ..serialization import structure
from ..taal import bericht
from ._common import BESTAND, check_aantal

__all__ = [
    "Aftrek",
    "DuurzameLocatie",
    "Realisatie",
    "Stand",
    "StandGemeente",
    "StandProvincie",
    "Toewijzing",
    "Uitruil",
    "Verdeelbesluit",
    "aftrek_duurzaam",
    "lees_realisaties",
    "lees_verdeelbesluiten",
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
    cyclus: Cyclus
    """The cycle it belongs to (its verdeelperiode is the two-year term of art. 6)."""
    bekendgemaakt: date
    """The date of publication (starts the six months of art. 7 lid 1 onder a)."""
    toewijzingen: tuple[Toewijzing, ...] = field(converter=_toewijzingen)
    """The places per designated gemeente, sorted by code."""
    locatie_uiterlijk: date | None = None
    """A longer term for the locatie that the decision sets itself, if any (art. 7 lid 1 onder a)."""

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
    opgave: dict[str, int] = {}
    provincie_van: dict[str, str] = {}
    for vb in verdeelbesluiten:
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
    for u in uitruil:
        van, naar = r.gemeente(u.van), r.gemeente(u.naar)
        if not (van.provinciecode == naar.provinciecode == r.provincie(u.provinciecode).code):
            raise InvalidInputError(
                "uitruil",
                f"{van.naam} → {naar.naam}",
                bericht("spreidingswet.realisatie.fout_uitruil_provincie"),
            )
        if opgave.get(van.code, 0) < u.plaatsen:
            raise InvalidInputError(
                "uitruil.plaatsen",
                u.plaatsen,
                bericht(
                    "spreidingswet.realisatie.fout_uitruil_te_veel",
                    gemeente=van.naam,
                    opgave=opgave.get(van.code, 0),
                ),
            )
        opgave[van.code] -= u.plaatsen
        opgave[naar.code] = opgave.get(naar.code, 0) + u.plaatsen
        provincie_van[naar.code] = naar.provinciecode
        rd.stap(
            bericht("spreidingswet.realisatie.uitruil", van=van.naam, plaatsen=u.plaatsen, naar=naar.naam),
            bron("aanname.spreidingswet.uitruil"),
            bron("spreidingswet.art5.lid1"),
            plaatsen=u.plaatsen,
        )
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
    gemeenten = []
    for code in sorted(opgave):
        real_ = laatste.get(code)
        gerealiseerd = 0 if real_ is None else real_.plaatsen
        gemeenten.append(
            StandGemeente(
                gemeentecode=code,
                gemeentenaam=r.gemeente(code).naam,
                opgave=opgave[code],
                gerealiseerd=gerealiseerd,
                realisatie_bekend=real_ is not None,
                tekort=max(0, opgave[code] - gerealiseerd),
                overschot=max(0, gerealiseerd - opgave[code]),
            )
        )
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
    provincies = []
    for pcode in sorted(set(provincie_van.values())):
        leden = [g for g in gemeenten if provincie_van[g.gemeentecode] == pcode]
        som_opgave = sum(g.opgave for g in leden)
        som_real = sum(g.gerealiseerd for g in leden)
        provincies.append(
            StandProvincie(
                provinciecode=pcode,
                opgave=som_opgave,
                gerealiseerd=som_real,
                tekort=sum(g.tekort for g in leden),
                overschot=sum(g.overschot for g in leden),
                saldo=som_real - som_opgave,
            )
        )
    rd.stap(
        bericht("spreidingswet.realisatie.tekort"),
        bron("spreidingswet.art6"),
        bron("aanname.spreidingswet.uitruil"),
    )
    return rd.uitkomst(Stand(peildatum=peildatum, gemeenten=tuple(gemeenten), provincies=tuple(provincies)))


# -- loading user data ----------------------------------------------------------------------------


def lees_verdeelbesluiten(pad: str | Path, *, reg: Register | None = None) -> tuple[Verdeelbesluit, ...]:
    """Read verdeelbesluiten from CSV or JSON, validating every row.

    CSV columns: ``provinciecode, ramingsjaar, bekendgemaakt, gemeentecode, plaatsen[, amv]`` — one
    row per designated gemeente. JSON: a list of :class:`Verdeelbesluit` as the converter writes
    them. Unknown codes, a gemeente outside its province, duplicates and negative numbers are
    reported together, each naming its row and value, in one :class:`StructureError`. The file is
    read by the library's one reader for user files (:mod:`asielketen._bestanden`: a regular file or
    ``-``, bounded size, UTF-8, comma or semicolon).
    """
    r = register() if reg is None else reg
    bestand = _bestanden.lees(pad, "verdeelbesluiten")
    if bestand.is_json:
        besluiten = tuple(structure(bestand.json("verdeelbesluiten"), list[Verdeelbesluit], veld=bestand.pad))
        _check_against_register(besluiten, r, bestand.pad)
        return besluiten
    tabel = bestand.csv(
        "verdeelbesluiten",
        ("provinciecode", "ramingsjaar", "bekendgemaakt", "gemeentecode", "plaatsen"),
        optioneel=("amv",),
    )
    provincies = {p.code: p for p in r.provincies}
    gemeenten = {g.code: g for g in r.gemeenten}
    fouten = _bestanden.Fouten("verdeelbesluiten", bestand.pad)
    per: dict[tuple[str, int, date], list[Toewijzing]] = {}
    gezien: dict[str, int] = {}
    heeft_amv = "amv" in tabel.kolommen
    for nr, row in tabel.rijen(fouten):
        pcode, gcode = row["provinciecode"], row["gemeentecode"]
        jaar = _bestanden.geheel_getal(row, "ramingsjaar", nr, fouten)
        datum = _bestanden.datum(row, "bekendgemaakt", nr, fouten)
        plaatsen = _bestanden.geheel_getal(row, "plaatsen", nr, fouten)
        amv = _bestanden.geheel_getal(row, "amv", nr, fouten, leeg_mag=True) if heeft_amv else None
        pv, gm = provincies.get(pcode), gemeenten.get(gcode)
        if pv is None:
            fouten.voeg(
                bericht("spreidingswet.lees.onbekende_provinciecode", rij=nr, code=_bestanden.cel(pcode))
            )
        if gm is None:
            fouten.voeg(
                bericht("spreidingswet.lees.onbekende_gemeentecode", rij=nr, code=_bestanden.cel(gcode))
            )
        elif pv is not None and gm.provinciecode != pv.code:
            fouten.voeg(
                bericht(
                    "spreidingswet.lees.ligt_niet_in", rij=nr, gemeente=gm.naam, code=gcode, provincie=pv.naam
                )
            )
        if gm is not None and gcode in gezien:
            fouten.voeg(bericht("spreidingswet.lees.stond_al", rij=nr, code=gcode, eerder=gezien[gcode]))
        gezien.setdefault(gcode, nr)
        if jaar is None or datum is None or plaatsen is None or pv is None or gm is None:
            continue
        per.setdefault((pcode, jaar, datum), []).append(
            Toewijzing(gemeentecode=gcode, plaatsen=plaatsen, amv=amv)
        )
    fouten.controleer()
    return tuple(
        Verdeelbesluit(provinciecode=p, cyclus=Cyclus(j), bekendgemaakt=d, toewijzingen=t)
        for (p, j, d), t in sorted(per.items())
    )


def _check_against_register(besluiten: Sequence[Verdeelbesluit], r: Register, veld: str) -> None:
    provincies = {p.code: p for p in r.provincies}
    gemeenten = {g.code: g for g in r.gemeenten}
    fouten = _bestanden.Fouten("verdeelbesluiten", veld)
    for i, vb in enumerate(besluiten):
        pv = provincies.get(vb.provinciecode)
        if pv is None:
            fouten.voeg(
                bericht("spreidingswet.lees.json_provinciecode", i=i, code=_bestanden.cel(vb.provinciecode))
            )
            continue
        for t in vb.toewijzingen:
            gm = gemeenten.get(t.gemeentecode)
            if gm is None or gm.provinciecode != pv.code:
                fouten.voeg(
                    bericht(
                        "spreidingswet.lees.json_ligt_niet_in",
                        i=i,
                        code=_bestanden.cel(t.gemeentecode),
                        provincie=pv.naam,
                    )
                )
    fouten.controleer()


def lees_realisaties(pad: str | Path, *, reg: Register | None = None) -> tuple[Realisatie, ...]:
    """Read realised places from a CSV with columns ``gemeentecode, peildatum, plaatsen``.

    Every bad row (unknown code, bad date, negative or non-integer number, the same gemeente twice
    on one date) is reported at once in a :class:`StructureError`. The file is read by the
    library's one reader for user files (:mod:`asielketen._bestanden`).
    """
    r = register() if reg is None else reg
    bestand = _bestanden.lees(pad, "realisaties")
    tabel = bestand.csv("realisaties", ("gemeentecode", "peildatum", "plaatsen"))
    bekend = {g.code for g in r.gemeenten}
    fouten = _bestanden.Fouten("realisaties", bestand.pad)
    result: list[Realisatie] = []
    gezien: set[tuple[str, date]] = set()
    for nr, row in tabel.rijen(fouten):
        code = row["gemeentecode"]
        datum = _bestanden.datum(row, "peildatum", nr, fouten)
        plaatsen = _bestanden.geheel_getal(row, "plaatsen", nr, fouten)
        if code not in bekend:
            fouten.voeg(
                bericht("spreidingswet.lees.onbekende_gemeentecode", rij=nr, code=_bestanden.cel(code))
            )
            continue
        if datum is None or plaatsen is None:
            continue
        if (code, datum) in gezien:
            fouten.voeg(bericht("spreidingswet.lees.twee_keer_op_datum", rij=nr, code=code, datum=datum))
            continue
        gezien.add((code, datum))
        result.append(Realisatie(gemeentecode=code, peildatum=datum, plaatsen=plaatsen))
    fouten.controleer()
    return tuple(result)


# -- durable places (art. 2 lid 3; Besluit art. 3.1) -----------------------------------------------


@frozen(kw_only=True)
class DuurzameLocatie:
    """A location with places whose availability may make them durable (art. 2 lid 3)."""

    gemeentecode: str
    """The gemeente it lies in."""
    plaatsen: int = field(validator=check_aantal)
    """The number of places."""
    beschikbaar: Periode
    """When the places are available (open-ended: ``tot=None``)."""
    bijzonder: bool = False
    """True for opvangplaatsen van bijzondere aard (minimum 16 instead of 100)."""


@frozen(kw_only=True)
class Aftrek:
    """The deduction of durable places from a province's number."""

    provinciecode: str
    """The province."""
    opgave: int
    """The province's number before the deduction."""
    aftrek: int
    """Durable places deducted."""
    resterend: int
    """``max(0, opgave − aftrek)``: what the province must still provide."""
    meegeteld: tuple[DuurzameLocatie, ...]
    """The locations that counted."""
    niet_meegeteld: tuple[DuurzameLocatie, ...]
    """The locations that did not count (too short, too late, or below the minimum size)."""


def aftrek_duurzaam(
    provinciecode: str,
    opgave: int,
    locaties: Sequence[DuurzameLocatie],
    *,
    raming_datum: date,
    reg: Register | None = None,
) -> Uitkomst[Aftrek]:
    """Subtract durable places from a province's number (Spreidingswet art. 2 lid 3).

    A place counts when it is available for at least five years and is available on
    ``raming_datum`` or becomes so within the twelve months after it, at locations of the minimum
    size of Besluit art. 3.1: 100 regular or 16 special places per gemeente (they may be spread over
    several facilities within the gemeente, so the minimum applies to the gemeente's total).
    """
    raming_datum = as_date(raming_datum, "raming_datum")
    r = register() if reg is None else reg
    p = r.provincie(provinciecode)
    geheel_getal("opgave", opgave, reden=bericht("spreidingswet.fout.geheel_getal"))
    rd = Redenering()
    rd.gebruikt(parameterversie(BESTAND), bronnen_versie())
    jaren = parameter(BESTAND, "spreidingswet.duurzaam.min_jaren").geldigheid_op(raming_datum)
    maanden = parameter(BESTAND, "spreidingswet.duurzaam.vooruit_maanden").geldigheid_op(raming_datum)
    min_reg = parameter(BESTAND, "spreidingswet.duurzaam.min_plaatsen_regulier").geldigheid_op(raming_datum)
    min_bijz = parameter(BESTAND, "spreidingswet.duurzaam.min_plaatsen_bijzonder").geldigheid_op(raming_datum)
    try:
        grens = raming_datum + relativedelta(months=int(maanden.waarde))
    except (ValueError, OverflowError):  # after 31 December 9999
        raise InvalidPeriodError(
            "raming_datum", raming_datum, bericht("spreidingswet.fout.na_kalender", maanden=maanden.waarde)
        ) from None
    rd.stap(
        bericht(
            "spreidingswet.duurzaam.regel",
            jaren=jaren.waarde,
            maanden=maanden.waarde,
            grens=grens,
            provincie=p.naam,
        ),
        jaren.bron,
        opgave=opgave,
    )
    tijdig: list[DuurzameLocatie] = []
    niet: list[DuurzameLocatie] = []
    for loc in locaties:
        g = r.gemeente(loc.gemeentecode)
        if g.provinciecode != p.code:
            raise InvalidInputError(
                "locaties.gemeentecode",
                loc.gemeentecode,
                bericht("spreidingswet.fout.gemeente_ligt_niet_in", gemeente=g.naam, provincie=p.naam),
            )
        start = max(loc.beschikbaar.van, raming_datum)
        try:
            lang_genoeg = (
                loc.beschikbaar.tot is None
                or start + relativedelta(years=int(jaren.waarde)) <= loc.beschikbaar.tot
            )
        except (ValueError, OverflowError):  # the minimum term ends after 9999: not durable
            lang_genoeg = False
        op_tijd = loc.beschikbaar.van < grens and (
            loc.beschikbaar.tot is None or loc.beschikbaar.tot > raming_datum
        )
        (tijdig if lang_genoeg and op_tijd else niet).append(loc)
    rd.stap(
        bericht("spreidingswet.duurzaam.omvang", regulier=min_reg.waarde, bijzonder=min_bijz.waarde),
        min_reg.bron,
        min_bijz.bron,
    )
    per_gemeente: dict[tuple[str, bool], list[DuurzameLocatie]] = {}
    for loc in tijdig:
        per_gemeente.setdefault((loc.gemeentecode, loc.bijzonder), []).append(loc)
    meegeteld: list[DuurzameLocatie] = []
    for (_code, bijzonder), locs in sorted(per_gemeente.items()):
        minimum = int(min_bijz.waarde if bijzonder else min_reg.waarde)
        if sum(x.plaatsen for x in locs) >= minimum:
            meegeteld.extend(locs)
        else:
            niet.extend(locs)
    aftrek = sum(x.plaatsen for x in meegeteld)
    resterend = max(0, opgave - aftrek)
    rd.stap(
        bericht("spreidingswet.duurzaam.aftrek_groter", aftrek=aftrek, provincie=p.naam, resterend=resterend)
        if aftrek > opgave
        else bericht("spreidingswet.duurzaam.aftrek", aftrek=aftrek, provincie=p.naam, resterend=resterend),
        bron("spreidingswet.art2.lid3"),
        aftrek=aftrek,
        resterend=resterend,
    )
    return rd.uitkomst(
        Aftrek(
            provinciecode=p.code,
            opgave=opgave,
            aftrek=aftrek,
            resterend=resterend,
            meegeteld=tuple(meegeteld),
            niet_meegeteld=tuple(niet),
        )
    )
