"""Running a sweep: scenarios in chunks, here or on any ``concurrent.futures.Executor``, in order.

The scenarios are read lazily (a generator of a million needs is never a list) and checked one by
one in this process; each chunk of :data:`BLOK` scenarios is computed by a module-level function
(picklable: a process pool or a Dask worker imports it by name) that gets everything it needs in
its arguments — the weights or inhabitants, the method — and nothing from this process's state
(the language of :func:`asielketen.taal.in_taal`, the register), which a worker does not share.

At most ``gelijktijdig`` chunks are in flight, so a stream's memory does not grow with the number
of scenarios; results come back in scenario order whatever order the workers finish in. A bad
scenario stops the sweep there: the rows before it are delivered first, then its error is raised,
with or without an executor. Closing a stream early cancels the chunks still waiting.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future
from datetime import date
from typing import Any, NamedTuple, TypeVar

from .._records import zonder_controle
from .._validation import geheel_getal, van_soort
from ..errors import InvalidInputError
from ..explain import DatasetVersie, Herkomst
from ..periods import Halfjaar
from ..sources import Bron, Status
from ..spreidingswet import Methode, Sleutel
from ..taal import bericht
from ._reeks import Reeks, Regel, Rij, onzekere_statussen

__all__ = [
    "BLOK",
    "BLOK_PER_SLEUTEL",
    "Kop",
    "Stroom",
    "Uitvoering",
    "in_blokken",
    "instellingen",
    "scenarios",
]

T = TypeVar("T")

BLOK = 1000
"""Scenarios per chunk (default): large enough that a worker's call and the pickling of its
arguments are a small part of a chunk's time (a national distribution takes tens of µs per
scenario), small enough that the chunks in flight stay a few megabytes."""

BLOK_PER_SLEUTEL = 100
"""Scenarios per chunk (default) with a key per scenario: each scenario's 342 weights travel with
it, so a chunk of :data:`BLOK` would be megabytes of arguments."""

Werk = Callable[..., list[tuple[int, ...]]]
"""A chunk's computation: a module-level function of the fixed arguments and the chunk's items,
giving one row per item."""


def _werkers(executor: Executor) -> int:
    """How many chunks ``executor`` runs at once, as far as it says (else the number of CPUs)."""
    for lees in (
        lambda: executor._max_workers,  # type: ignore[attr-defined]  # Thread/ProcessPoolExecutor
        lambda: sum(executor._client.nthreads().values()),  # type: ignore[attr-defined]  # Dask
    ):
        try:
            n = lees()
        except Exception:
            continue
        if isinstance(n, int) and not isinstance(n, bool) and n > 0:
            return n
    return os.cpu_count() or 1


def scenarios(veld: str, waarde: object) -> Iterable[object]:
    """The scenarios' inputs: any iterable but a text (read later, one at a time)."""
    if isinstance(waarde, str | bytes) or not isinstance(waarde, Iterable):
        raise InvalidInputError(veld, waarde, bericht("sweep.fout.scenarios"))
    return waarde


class Uitvoering(NamedTuple):
    """How a sweep runs: where, in chunks of how many scenarios, how many at once, who hears of it."""

    executor: Executor | None
    blok: int
    gelijktijdig: int
    voortgang: Callable[[int], object] | None


def instellingen(
    executor: object, blok: object, gelijktijdig: object, voortgang: object, *, standaard: int = BLOK
) -> Uitvoering:
    """The execution arguments checked: the executor, scenarios per chunk (default ``standaard``),
    chunks in flight at most (default: twice the executor's workers) and the progress callback."""
    uitvoerder = (
        None
        if executor is None
        else van_soort("executor", executor, Executor, reden=lambda: bericht("sweep.fout.executor"))
    )
    grootte = standaard if blok is None else geheel_getal("blok", blok, minimum=1)
    if gelijktijdig is None:
        tegelijk = 1 if uitvoerder is None else 2 * _werkers(uitvoerder)
    else:
        tegelijk = geheel_getal("gelijktijdig", gelijktijdig, minimum=1)
    if voortgang is not None and not callable(voortgang):
        raise InvalidInputError("voortgang", voortgang, bericht("sweep.fout.voortgang"))
    melder: Callable[[int], object] | None = voortgang
    return Uitvoering(uitvoerder, grootte, tegelijk, melder)


def in_blokken(
    items: Iterator[T],
    werk: Werk,
    vast: tuple[Any, ...],
    uitvoering: Uitvoering,
    pak: Callable[[list[T]], object] | None = None,
) -> Iterator[tuple[list[T], list[tuple[int, ...]]]]:
    """Each chunk of ``items`` with its rows ``werk(*vast, pak(chunk))``, in order (without
    ``pak``: the chunk itself), run as ``uitvoering`` says.

    ``items`` checks the scenarios as they are read; an error it raises (or any other) is raised
    after the rows of every scenario before the bad one have been delivered.
    """
    executor, blok, gelijktijdig, voortgang = uitvoering
    fout: Exception | None = None
    klaar = 0

    def vul() -> list[T]:
        nonlocal fout
        stuk: list[T] = []
        try:
            for item in items:
                stuk.append(item)
                if len(stuk) == blok:
                    break
        except Exception as exc:  # delivered after the rows before it
            fout = exc
        return stuk

    if executor is None:
        while True:
            stuk = vul()
            if stuk:
                yield stuk, werk(*vast, stuk if pak is None else pak(stuk))
                klaar += len(stuk)
                if voortgang is not None:
                    voortgang(klaar)
            if fout is not None:
                raise fout
            if len(stuk) < blok:
                return

    wachtrij: deque[tuple[list[T], Future[list[tuple[int, ...]]]]] = deque()
    op = False
    try:
        while True:
            while not op and fout is None and len(wachtrij) < gelijktijdig:
                stuk = vul()
                if stuk:
                    taak = stuk if pak is None else pak(stuk)
                    wachtrij.append((stuk, executor.submit(werk, *vast, taak)))
                op = len(stuk) < blok
            if not wachtrij:
                break
            stuk, toekomst = wachtrij.popleft()
            rijen = toekomst.result()
            yield stuk, rijen
            klaar += len(stuk)
            if voortgang is not None:
                voortgang(klaar)
        if fout is not None:
            raise fout
    finally:  # closed early (or an error): the chunks still waiting are not needed
        for _, toekomst in wachtrij:
            toekomst.cancel()


class Kop:
    """What a stream's rows were computed with (the fields of its :class:`Reeks` but the rows)."""

    __slots__ = (
        "bronnen",
        "gemeentecodes",
        "halfjaar",
        "herkomst",
        "inwoners_peildatum",
        "methode",
        "regel",
        "ses_bronnen",
        "sleutel",
    )

    def __init__(
        self,
        *,
        regel: Regel,
        gemeentecodes: tuple[str, ...],
        inwoners_peildatum: date,
        bronnen: tuple[Bron, ...],
        herkomst: Herkomst,
        methode: Methode | None = None,
        sleutel: Sleutel | None = None,
        ses_bronnen: tuple[str, ...] = (),
        halfjaar: Halfjaar | None = None,
    ) -> None:
        self.regel = regel
        self.gemeentecodes = gemeentecodes
        self.inwoners_peildatum = inwoners_peildatum
        self.bronnen = bronnen
        self.herkomst = herkomst
        self.methode = methode
        self.sleutel = sleutel
        self.ses_bronnen = ses_bronnen
        """The SES-WOA source of a key shared by every scenario (a key per scenario: the stream's)."""
        self.halfjaar = halfjaar


class Stroom:
    """A sweep's rows one scenario at a time, in scenario order, with what they were computed with.

    Returned by :func:`~asielketen.sweep.verdeel_stroom` and
    :func:`~asielketen.sweep.taakstelling_stroom`: iterate over it for one :class:`Rij` per
    scenario (memory stays flat however many scenarios there are), or call :meth:`reeks` to
    collect them all. It can be read once. Use it in a ``with`` block (or call :meth:`close`) to
    stop early and cancel the chunks still waiting on an executor.
    """

    __slots__ = ("_blokken", "_gelezen", "_kop", "_rijen", "_ses", "_versies", "_waarde")

    def __init__(
        self,
        kop: Kop,
        blokken: Iterator[tuple[list[Any], list[tuple[int, ...]]]],
        waarde: Callable[[list[Any]], Sequence[int]],
        ses: Callable[[list[Any]], Iterator[tuple[str, DatasetVersie | None]]] | None = None,
    ) -> None:
        self._kop = kop
        self._blokken = blokken
        self._waarde = waarde
        self._ses = ses
        """For a key per scenario: each scenario's SES-WOA source and file version."""
        self._versies: dict[DatasetVersie, None] = {}
        self._gelezen = 0
        self._rijen: Iterator[Rij] | None = None

    def _per_rij(self) -> Iterator[Rij]:
        for stuk, rijen in self._blokken:
            if self._ses is not None:
                self._versies.update((v, None) for _, v in self._ses(stuk) if v is not None)
            yield from map(Rij, self._waarde(stuk), rijen)

    def __iter__(self) -> Stroom:
        return self

    def __next__(self) -> Rij:
        if self._rijen is None:
            self._rijen = self._per_rij()
        rij = next(self._rijen)
        self._gelezen += 1
        return rij

    def __enter__(self) -> Stroom:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop: the chunks still waiting on an executor are cancelled; no more rows come."""
        if self._rijen is not None:
            self._rijen.close()  # type: ignore[attr-defined]  # a generator
        self._blokken.close()  # type: ignore[attr-defined]  # a generator

    @property
    def regel(self) -> Regel:
        """The full rule the numbers are those of."""
        return self._kop.regel

    @property
    def gemeentecodes(self) -> tuple[str, ...]:
        """The gemeenten, in the order of every row's numbers (register order: by gemeentecode)."""
        return self._kop.gemeentecodes

    @property
    def inwoners_peildatum(self) -> date:
        """The reference date of the inhabitants used."""
        return self._kop.inwoners_peildatum

    @property
    def methode(self) -> Methode | None:
        """The rounding method (distribution only)."""
        return self._kop.methode

    @property
    def sleutel(self) -> Sleutel | None:
        """The key (distribution only): legal (with SES-WOA) or inhabitants only."""
        return self._kop.sleutel

    @property
    def halfjaar(self) -> Halfjaar | None:
        """The half-year (taakstelling only)."""
        return self._kop.halfjaar

    @property
    def bronnen(self) -> tuple[Bron, ...]:
        """The sources the full rule cites for each scenario."""
        return self._kop.bronnen

    @property
    def onzeker_door(self) -> tuple[Status, ...]:
        """The statuses ``pers`` and ``aanname`` among :attr:`bronnen`."""
        return onzekere_statussen(self._kop.bronnen)

    @property
    def herkomst(self) -> Herkomst:
        """The library version and the data files used (with a key per scenario: so far)."""
        return self._kop.herkomst.met(self._versies) if self._versies else self._kop.herkomst

    def reeks(self) -> Reeks:
        """Every row collected into a :class:`Reeks` (before any row has been read)."""
        if self._gelezen or self._rijen is not None:
            raise InvalidInputError(
                "stroom", self._gelezen, bericht("sweep.fout.al_gelezen", gelezen=self._gelezen)
            )
        scenarios: list[int] = []
        plaatsen: list[tuple[int, ...]] = []
        ses_bronnen: list[str] = []
        for stuk, rijen in self._blokken:
            scenarios.extend(self._waarde(stuk))
            plaatsen.extend(rijen)
            if self._ses is not None:
                for b, v in self._ses(stuk):
                    ses_bronnen.append(b)
                    if v is not None:
                        self._versies[v] = None
        self._gelezen = len(scenarios)
        k = self._kop
        return zonder_controle(  # the rule's own numbers, right by construction: no second pass
            Reeks,
            regel=k.regel,
            gemeentecodes=k.gemeentecodes,
            scenarios=tuple(scenarios),
            plaatsen=tuple(plaatsen),
            inwoners_peildatum=k.inwoners_peildatum,
            methode=k.methode,
            sleutel=k.sleutel,
            ses_bronnen=k.ses_bronnen if self._ses is None else tuple(ses_bronnen),
            halfjaar=k.halfjaar,
            bronnen=k.bronnen,
            herkomst=self.herkomst,
            onzeker_door=onzekere_statussen(k.bronnen),
        )
