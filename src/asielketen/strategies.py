"""Hypothesis strategies for asielketen's public entities, for our tests and yours.

Requires Hypothesis (``pip install asielketen[test]``); the core never imports this module.

>>> from hypothesis import given
>>> from asielketen import strategies as aks
>>> @given(aks.periodes())
... def test_period_has_days(p):
...     assert p.tot is None or p.dagen > 0
>>> test_period_has_days()
"""

from __future__ import annotations

import string
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, TypeVar

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from .explain import DatasetVersie, Herkomst, Invoer, Stap, Uitkomst
from .gebied import Gemeente, Inwonertal, Netwerk, Provincie, Veiligheidsregio, register
from .periods import Cyclus, Geldigheid, Halfjaar, Parameter, Periode, as_date
from .sources import (
    Aanname,
    Blad,
    Brief,
    Bron,
    Kamerstuk,
    Persbron,
    Publicatie,
    Statistiek,
    Status,
    Uitspraak,
    Wetsartikel,
)
from .taal import TALEN, Bericht

__all__ = [
    "aannames",
    "berichten",
    "brieven",
    "bronnen",
    "cycli",
    "datums",
    "decimalen",
    "gemeente_objecten",
    "gemeenten",
    "halfjaren",
    "herkomsten",
    "inwonertallen",
    "kamerstukken",
    "netwerken",
    "parameters",
    "periodes",
    "persbronnen",
    "provincies",
    "publicaties",
    "stappen",
    "statistieken",
    "uitkomsten",
    "uitspraken",
    "veiligheidsregios",
    "wetsartikelen",
]

T = TypeVar("T")

MIN_DATUM = date(1900, 1, 1)
MAX_DATUM = date(2200, 12, 31)

_ids = st.from_regex(r"\A[A-Za-z0-9][A-Za-z0-9._:\-]{0,20}\Z")
_teksten = st.text(
    alphabet=string.ascii_letters + string.digits + " 'éëïâ-.,", min_size=1, max_size=30
).filter(lambda s: s.strip() != "")
_urls = st.builds(lambda p: f"https://example.org/{p}", st.from_regex(r"\A[a-z0-9/_-]{0,20}\Z"))


def datums(min_value: date = MIN_DATUM, max_value: date = MAX_DATUM) -> st.SearchStrategy[date]:
    """Dates between ``min_value`` and ``max_value`` (inclusive; each a date or its ISO text)."""
    return st.dates(min_value=as_date(min_value, "min_value"), max_value=as_date(max_value, "max_value"))


def decimalen(
    min_value: Decimal = Decimal("-1000000"),
    max_value: Decimal = Decimal("1000000"),
    places: int = 2,
) -> st.SearchStrategy[Decimal]:
    """Finite decimals with ``places`` decimal places (money-like)."""
    return st.decimals(min_value=min_value, max_value=max_value, places=places)


@st.composite
def periodes(draw: st.DrawFn, *, open_eind: bool = True, max_dagen: int = 4000) -> Periode:
    """Half-open periods, possibly open-ended when ``open_eind``."""
    van = draw(datums(max_value=MAX_DATUM - timedelta(days=max_dagen + 1)))
    if open_eind and draw(st.booleans()):
        return Periode(van, None)
    return Periode(van, van + timedelta(days=draw(st.integers(1, max_dagen))))


def halfjaren(min_jaar: int = 1900, max_jaar: int = 2200) -> st.SearchStrategy[Halfjaar]:
    """Calendar half-years."""
    return st.builds(Halfjaar, st.integers(min_jaar, max_jaar), st.sampled_from([1, 2]))


def cycli(min_jaar: int = 2024, max_jaar: int = 2200) -> st.SearchStrategy[Cyclus]:
    """The Spreidingswet's own cycles with a ramingsjaar in ``[min_jaar, max_jaar]``.

    Only the law's cycles: one raming "eens in de twee jaren" from the first, of 2024 (art. 2 lid 1,
    art. 13 lid 1) — 2024, 2026, 2028 … — so every value is accepted by ``raming``, ``termijnen``
    and ``uitkering_75`` (which refuse a ``Cyclus(2025)``). ``Cyclus`` itself, the bare period,
    takes any year: build it directly for that.
    """
    from .spreidingswet._cyclus import _eerste_en_om  # the shipped parameters, read on use

    eerste_datum, om = _eerste_en_om()
    eerste = eerste_datum.year
    laagste = eerste + om * max(0, -(-(min_jaar - eerste) // om))
    if laagste > max_jaar:
        raise InvalidArgument(f"no cycle of the Spreidingswet from {min_jaar} to {max_jaar}")
    return st.integers(0, (max_jaar - laagste) // om).map(lambda k: Cyclus(laagste + om * k))


_bwb = st.from_regex(r"\ABWB[RV][0-9]{7}\Z")
_ecli = st.builds(
    lambda court, year, nr: f"ECLI:NL:{court}:{year}:{nr}",
    st.from_regex(r"\A[A-Z0-9]{1,7}\Z"),
    st.integers(1900, 2200),
    st.from_regex(r"\A[A-Z0-9.]{1,25}\Z"),
)
_statussen = st.sampled_from(list(Status))


def _maybe(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    return st.none() | strategy


def wetsartikelen() -> st.SearchStrategy[Wetsartikel]:
    """Law articles with valid BWB ids (or none)."""
    return st.builds(
        Wetsartikel,
        id=_ids,
        wet=_teksten,
        artikel=st.from_regex(r"\A[0-9]{1,3}(\.[0-9])?[a-z]?\Z"),
        versiedatum=datums(),
        bwb_id=_maybe(_bwb),
        lid=_maybe(st.from_regex(r"\A[0-9]{1,2}\Z")),
        onderdeel=_maybe(st.sampled_from(["a", "b", "c"])),
        status=_statussen,
        toelichting=st.just("") | _teksten,
    )


def uitspraken() -> st.SearchStrategy[Uitspraak]:
    """Judgments with syntactically valid ECLIs."""
    return st.builds(
        Uitspraak,
        id=_ids,
        ecli=_ecli,
        instantie=_teksten,
        datum=datums(),
        zaaknummers=st.lists(_teksten, max_size=2).map(tuple),
        status=_statussen,
    )


@st.composite
def publicaties(draw: st.DrawFn) -> Publicatie:
    """Staatsblad/Staatscourant publications (the date, if any, in the publication's year)."""
    jaar = draw(st.integers(1900, 2200))
    datum = draw(_maybe(datums(date(jaar, 1, 1), date(jaar, 12, 31))))
    return Publicatie(
        id=draw(_ids),
        blad=draw(st.sampled_from(list(Blad))),
        jaar=jaar,
        nummer=draw(st.integers(1, 99999)),
        titel=draw(_teksten),
        datum=datum,
        status=draw(_statussen),
    )


def brieven() -> st.SearchStrategy[Brief]:
    """Letters with or without kenmerk."""
    return st.builds(
        Brief,
        id=_ids,
        afzender=_teksten,
        geadresseerde=_teksten,
        datum=datums(),
        titel=_teksten,
        kenmerk=_maybe(_teksten),
        url=_maybe(_urls),
        status=_statussen,
    )


def kamerstukken() -> st.SearchStrategy[Kamerstuk]:
    """Parliamentary papers."""
    return st.builds(
        Kamerstuk,
        id=_ids,
        titel=_teksten,
        datum=datums(),
        dossier=_maybe(st.from_regex(r"\A[0-9]{2} [0-9]{3}\Z")),
        ondernummer=_maybe(st.from_regex(r"\A[0-9]{1,3}\Z")),
        documentnummer=_maybe(st.from_regex(r"\A20[0-9]{2}D[0-9]{5}\Z")),
        afzender=_maybe(_teksten),
        url=_maybe(_urls),
        status=_statussen,
    )


def persbronnen() -> st.SearchStrategy[Persbron]:
    """Press sources with full or partial dates."""
    partial = datums().flatmap(
        lambda d: st.sampled_from([d.isoformat(), d.isoformat()[:7], d.isoformat()[:4]])
    )
    return st.builds(
        Persbron,
        id=_ids,
        titel=_teksten,
        datum=partial,
        url=_maybe(_urls),
        medium=_maybe(_teksten),
        status=_statussen,
    )


def statistieken() -> st.SearchStrategy[Statistiek]:
    """Statistics tables."""
    return st.builds(
        Statistiek,
        id=_ids,
        instantie=_teksten,
        tabel=st.from_regex(r"\A[0-9]{5}NED\Z"),
        titel=_teksten,
        peildatum=datums(),
        licentie=_maybe(_teksten),
        url=_maybe(_urls),
        status=_statussen,
    )


def aannames() -> st.SearchStrategy[Aanname]:
    """Assumptions."""
    return st.builds(Aanname, id=_ids, omschrijving=_teksten, status=_statussen)


def bronnen() -> st.SearchStrategy[Bron]:
    """Any kind of source."""
    strategies: list[st.SearchStrategy[Any]] = [
        wetsartikelen(),
        uitspraken(),
        publicaties(),
        brieven(),
        kamerstukken(),
        persbronnen(),
        statistieken(),
        aannames(),
    ]
    return st.one_of(strategies)


@st.composite
def parameters(
    draw: st.DrawFn,
    waarden: st.SearchStrategy[Any] | None = None,
    *,
    max_size: int = 5,
    bron: st.SearchStrategy[Bron] | None = None,
) -> Parameter[Any]:
    """Effective-dated parameters with non-overlapping validities (gaps allowed).

    ``bron`` draws each validity's source; it defaults to simple assumptions (fast to generate).
    """
    waarden = st.integers(-(10**9), 10**9) if waarden is None else waarden
    bron_st: st.SearchStrategy[Any] = aannames() if bron is None else bron
    n = draw(st.integers(1, max_size))
    grenzen = sorted(draw(st.sets(datums(), min_size=n + 1, max_size=n + 1)))
    geldig: list[Geldigheid[Any]] = []
    for i in range(n):
        if draw(st.booleans()) and i > 0:  # sometimes leave a gap
            continue
        tot: date | None = grenzen[i + 1]
        if i == n - 1 and draw(st.booleans()):
            tot = None
        geldig.append(Geldigheid(periode=Periode(grenzen[i], tot), waarde=draw(waarden), bron=draw(bron_st)))
    if not geldig:
        geldig.append(
            Geldigheid(periode=Periode(grenzen[0], grenzen[1]), waarde=draw(waarden), bron=draw(bron_st))
        )
    return Parameter(naam=draw(_ids), waarden=tuple(geldig), eenheid=draw(_maybe(_teksten)))


def berichten() -> st.SearchStrategy[Bericht]:
    """Catalogue sentences: a key and a text per language (not necessarily from the catalogue)."""
    return st.builds(
        Bericht,
        st.from_regex(r"\A([a-z_]{1,12}(\.[a-z_]{1,12}){0,3})?\Z"),
        st.tuples(*[_teksten for _ in TALEN]),
    )


def stappen() -> st.SearchStrategy[Stap]:
    """Explanation steps."""
    return st.builds(
        Stap,
        bericht=berichten(),
        invoer=st.lists(st.builds(Invoer, _teksten, _teksten), max_size=3).map(tuple),
        bronnen=st.lists(bronnen(), max_size=3).map(tuple),
    )


def herkomsten() -> st.SearchStrategy[Herkomst]:
    """Provenance receipts."""
    return st.builds(
        Herkomst,
        bibliotheekversie=st.from_regex(r"\A[0-9]\.[0-9]{1,2}\.[0-9]{1,2}\Z"),
        datasets=st.lists(
            st.builds(DatasetVersie, _teksten, datums(), st.from_regex(r"\A[0-9a-f]{64}\Z")),
            max_size=3,
        ).map(tuple),
    )


def uitkomsten(waarden: st.SearchStrategy[T] | None = None) -> st.SearchStrategy[Uitkomst[T]]:
    """Results with steps and provenance; ``waarden`` defaults to integers."""
    values: st.SearchStrategy[Any] = st.integers() if waarden is None else waarden
    return st.builds(
        Uitkomst,
        waarde=values,
        stappen=st.lists(stappen(), max_size=3).map(tuple),
        herkomst=herkomsten(),
    )


def gemeenten() -> st.SearchStrategy[Gemeente]:
    """Real gemeenten from the shipped register (loads it on first draw)."""
    return st.sampled_from(register().gemeenten)


def provincies() -> st.SearchStrategy[Provincie]:
    """Real provinces from the shipped register."""
    return st.sampled_from(register().provincies)


def veiligheidsregios() -> st.SearchStrategy[Veiligheidsregio]:
    """Real veiligheidsregio's from the shipped register."""
    return st.sampled_from(register().veiligheidsregios)


def inwonertallen() -> st.SearchStrategy[Inwonertal]:
    """Inhabitants figures on 1 January of a year."""
    return st.builds(
        Inwonertal,
        peildatum=st.integers(1900, 2200).map(lambda j: date(j, 1, 1)),
        aantal=st.integers(0, 2_000_000),
        bron=_ids,
    )


def gemeente_objecten() -> st.SearchStrategy[Gemeente]:
    """Arbitrary valid (not necessarily real) gemeenten, for round trips."""
    return st.builds(
        Gemeente,
        code=st.from_regex(r"\AGM[0-9]{4}\Z"),
        naam=_teksten,
        provinciecode=st.from_regex(r"\APV[0-9]{2}\Z"),
        veiligheidsregiocode=st.from_regex(r"\AVR[0-9]{2}\Z"),
        stedelijkheid=_maybe(st.integers(1, 5)),
        inwoners=st.lists(inwonertallen(), max_size=3, unique_by=lambda i: i.peildatum).map(tuple),
    )


def netwerken() -> st.SearchStrategy[Netwerk]:
    """Networks of real gemeenten."""
    codes = [g.code for g in register().gemeenten]
    return st.builds(
        Netwerk,
        naam=st.sampled_from(["G4", "G40", "M50", "R8", "P10", "K80"]),
        leden=st.lists(st.sampled_from(codes), max_size=10).map(tuple),
        bron=_ids,
    )
