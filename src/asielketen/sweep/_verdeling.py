"""A sweep of the Spreidingswet distribution: many needs BO (and keys) through :func:`verdeel`'s arithmetic.

The setup runs the full rule once — :func:`~asielketen.spreidingswet.verdeel` for a need of 0 with
the same key, method, date and register — for its sources, data files and reference date of the
inhabitants, and takes the key exactly as that rule builds it (``_gewichten`` of the rule: integer
weights ∝ Wf = (SES-WOA + 1) × iG, once per call). Each scenario is then one call of the rule's own
rounding, :func:`asielketen.spreidingswet._afronding.afronden`: no second copy of the formula.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence, Sized
from concurrent.futures import Executor
from datetime import date
from decimal import Decimal
from itertools import chain
from typing import NamedTuple, cast

from .._validation import GROOTSTE_AANTAL, geheel_getal, van_soort
from ..errors import InvalidInputError, StructureError
from ..explain import DatasetVersie, Redenering
from ..gebied import Register, register
from ..periods import as_date
from ..spreidingswet import Methode, SesScore, SesWoa, verdeel
from ..spreidingswet._afronding import afronden
from ..spreidingswet._kolommen import Kolommen, kolommen
from ..spreidingswet._verdeling import _gewichten
from ..taal import bericht
from ._reeks import Reeks, Regel
from ._uitvoering import BLOK, BLOK_PER_SLEUTEL, Kop, Stroom, in_blokken, instellingen, scenarios

__all__ = ["verdeel_reeks", "verdeel_stroom"]


class _Sleutel(NamedTuple):
    """One key: the integer weights by gemeentecode, their sum, and where the scores come from."""

    gewichten: list[int]
    som: int
    bron: str
    versie: DatasetVersie | None


def _verdeel_blok(
    methode: Methode, gewichten: Sequence[int], som: int, behoeften: list[int]
) -> list[tuple[int, ...]]:
    """A chunk of needs over one key: per need the places of every gemeente (the rule's rounding)."""
    return [tuple(afronden(methode, bo, gewichten, som)) for bo in behoeften]


def _verdeel_blok_per_sleutel(
    methode: Methode, taken: list[tuple[int, Sequence[int], int]]
) -> list[tuple[int, ...]]:
    """A chunk of (need, weights, sum): a key per scenario."""
    return [tuple(afronden(methode, bo, gewichten, som)) for bo, gewichten, som in taken]


def _methode(methode: object) -> Methode:
    """``methode`` as a :class:`Methode` (or its value: ``"wet"``, ``"hamilton"``, ``"sainte-lague"``)."""
    if isinstance(methode, Methode):
        return methode
    if isinstance(methode, str):
        for m in Methode:
            if m.value == methode:
                return m
    raise InvalidInputError(
        "methode", methode, bericht("sweep.fout.methode", methoden=", ".join(repr(m.value) for m in Methode))
    )


def _sleutel(k: Kolommen, igs: Sequence[int], ses: SesWoa, veld: str) -> _Sleutel:
    """The legal key of ``ses`` as :func:`verdeel` builds it; missing gemeenten name ``veld``."""
    try:
        _, gewichten, _, _ = _gewichten(Redenering(), k, igs, ses)
    except StructureError as fout:
        raise StructureError(veld, ses.bron, fout.fout_berichten) from None
    return _Sleutel(gewichten, sum(gewichten), ses.bron, ses.versie)


def _ses_soort(veld: str, ses: object) -> SesWoa:
    return van_soort(veld, ses, SesWoa, reden=lambda: bericht("sweep.fout.ses_soort"))


def _behoeften(behoeften: Iterable[object], nul: Callable[[int], InvalidInputError] | None) -> Iterator[int]:
    """The needs, each checked as :func:`verdeel` checks its need (``behoeften[i]`` named); with
    ``nul``, a need above 0 has no inhabitants to go to (the rule's error)."""
    for i, bo in enumerate(behoeften):
        if type(bo) is not int or not 0 <= bo <= GROOTSTE_AANTAL:
            bo = int(
                geheel_getal(
                    f"behoeften[{i}]", bo, reden=lambda: bericht("spreidingswet.verdeling.fout_behoefte")
                )
            )
        if nul is not None and bo:
            raise nul(bo)
        yield bo


_GEEN = object()
"""No more keys."""


def _per_scenario(
    behoeften: Iterator[int],
    sleutels: Iterator[object],
    k: Kolommen,
    igs: Sequence[int],
    nul: Callable[[int], InvalidInputError],
) -> Iterator[tuple[int, _Sleutel]]:
    """Each need with its own key (``ses[i]``); one key more or fewer than there are needs is an
    error naming ``ses``."""
    vorige: tuple[object, _Sleutel] | None = None
    n = 0
    for bo in behoeften:
        ses = next(sleutels, _GEEN)
        if ses is _GEEN:
            raise InvalidInputError("ses", n, bericht("sweep.fout.ses_te_weinig", aantal=n))
        if vorige is None or vorige[0] is not ses:  # the same scores again: the same key
            vorige = (ses, _sleutel(k, igs, _ses_soort(f"ses[{n}]", ses), f"ses[{n}]"))
        sleutel = vorige[1]
        if bo and not sleutel.som:
            raise nul(bo)
        yield bo, sleutel
        n += 1
    over = sum(1 for _ in sleutels)
    if over:
        raise InvalidInputError(
            "ses", n + over, bericht("sweep.fout.ses_aantal", aantal=n + over, scenarios=n)
        )


def _per_scenario_of_niet(ses: object) -> bool:
    """Whether ``ses`` is a key per scenario (an iterable of ``SesWoa``); ``None`` or one ``SesWoa``
    is not; anything else is refused naming ``ses``."""
    if ses is None or isinstance(ses, SesWoa):
        return False
    if isinstance(ses, str | bytes) or not isinstance(ses, Iterable):
        raise InvalidInputError("ses", ses, bericht("sweep.fout.ses_soort"))
    return True


def _eerste_sleutel(
    ses: Iterable[object], invoer: Iterable[object], k: Kolommen
) -> tuple[SesWoa, Iterator[object]]:
    """The first key of a key per scenario (the full rule runs once with it) and every key, in order.

    Without any key there are no scenarios (or an error names ``ses`` when the first need is
    read): the sources are then those of the legal key with scores of 0.
    """
    if isinstance(ses, Sized) and isinstance(invoer, Sized) and len(ses) != len(invoer):
        raise InvalidInputError(
            "ses", len(ses), bericht("sweep.fout.ses_aantal", aantal=len(ses), scenarios=len(invoer))
        )
    sleutels = iter(ses)
    eerste = next(sleutels, _GEEN)
    if eerste is _GEEN:
        return SesWoa(scores=[SesScore(c, Decimal(0)) for c in k.codes], bron="—"), sleutels
    return _ses_soort("ses[0]", eerste), chain([eerste], sleutels)


def verdeel_stroom(
    behoeften: Iterable[int],
    *,
    ses: SesWoa | Iterable[SesWoa] | None = None,
    methode: Methode | str = "wet",
    peildatum: date | None = None,
    reg: Register | None = None,
    executor: Executor | None = None,
    blok: int | None = None,
    gelijktijdig: int | None = None,
    voortgang: Callable[[int], object] | None = None,
) -> Stroom:
    """The places of every gemeente for each need in ``behoeften``, one :class:`Rij` at a time.

    Each row equals the ``plaatsen`` of :func:`asielketen.spreidingswet.verdeel` (its records, in
    register order) for that need with the same ``ses``, ``methode``, ``peildatum`` and ``reg``
    (see :func:`verdeel_reeks` for the arguments). The inputs are read lazily and the rows come
    in scenario order, so a generator of a million needs is swept in constant memory. Input that
    does not depend on the scenarios is checked on the call; each need (and key) when it is read.
    """
    datum = None if peildatum is None else as_date(peildatum)
    invoer = scenarios("behoeften", behoeften)
    m = _methode(methode)
    r = (
        register()
        if reg is None
        else van_soort("reg", reg, Register, reden=lambda: bericht("sweep.fout.register"))
    )
    per_scenario = _per_scenario_of_niet(ses)
    uitvoering = instellingen(
        executor, blok, gelijktijdig, voortgang, standaard=BLOK_PER_SLEUTEL if per_scenario else BLOK
    )
    k = kolommen(r)
    if datum is None:  # the most recent inhabitants of the register (shipped: CBS, 1 January 2025)
        datum = k.datums[-1] if k.datums else date.max
    eerste: SesWoa | None = ses if isinstance(ses, SesWoa) else None
    sleutels: Iterator[object] = iter(())
    if per_scenario:
        eerste, sleutels = _eerste_sleutel(cast(Iterable[object], ses), invoer, k)
    try:  # the full rule once, for a need of 0: its sources, data files and date of the inhabitants
        u = verdeel(0, peildatum=datum, ses=eerste, methode=m, reg=r)
    except StructureError as fout:  # scores missing for some gemeenten
        if not per_scenario or fout.veld != "ses":
            raise
        raise StructureError("ses[0]", fout.waarde, fout.fout_berichten) from None
    s = u.waarde
    igs = k.inwoners_op(s.inwoners_peildatum)

    def nul(bo: int) -> InvalidInputError:  # no inhabitants to distribute over: the rule's error
        zin = bericht(
            "spreidingswet.verdeling.fout_inwoners_nul", peildatum=s.inwoners_peildatum, behoefte=bo
        )
        return InvalidInputError("inwoners", s.inwoners_nederland, zin)

    kop = Kop(
        regel=Regel.VERDEEL,
        gemeentecodes=k.codes,
        inwoners_peildatum=s.inwoners_peildatum,
        bronnen=u.bronnen,
        herkomst=u.herkomst,
        methode=m,
        sleutel=s.sleutel,
        ses_bronnen=() if eerste is None or per_scenario else (eerste.bron,),
    )
    if per_scenario:
        paren = _per_scenario(_behoeften(invoer, None), sleutels, k, igs, nul)
        blokken = in_blokken(paren, _verdeel_blok_per_sleutel, (m,), uitvoering, pak=_taken)
        return Stroom(kop, blokken, _behoeften_van, _ses_van)
    vast = _Sleutel(list(igs), sum(igs), "", None) if eerste is None else _sleutel(k, igs, eerste, "ses")
    items = _behoeften(invoer, nul if vast.som == 0 else None)
    return Stroom(kop, in_blokken(items, _verdeel_blok, (m, vast.gewichten, vast.som), uitvoering), _zelf)


def _zelf(stuk: list[int]) -> list[int]:
    return stuk


def _behoeften_van(stuk: list[tuple[int, _Sleutel]]) -> list[int]:
    return [bo for bo, _ in stuk]


def _taken(stuk: list[tuple[int, _Sleutel]]) -> list[tuple[int, Sequence[int], int]]:
    return [(bo, s.gewichten, s.som) for bo, s in stuk]


def _ses_van(stuk: list[tuple[int, _Sleutel]]) -> Iterator[tuple[str, DatasetVersie | None]]:
    return ((s.bron, s.versie) for _, s in stuk)


def verdeel_reeks(
    behoeften: Iterable[int],
    *,
    ses: SesWoa | Iterable[SesWoa] | None = None,
    methode: Methode | str = "wet",
    peildatum: date | None = None,
    reg: Register | None = None,
    executor: Executor | None = None,
    blok: int | None = None,
    gelijktijdig: int | None = None,
    voortgang: Callable[[int], object] | None = None,
) -> Reeks:
    """The Spreidingswet distribution for many needs at once: one row of places per need.

    ``plaatsen[i][j]`` is what :func:`asielketen.spreidingswet.verdeel` gives gemeente
    ``gemeentecodes[j]`` for need ``behoeften[i]`` (the ``plaatsen`` of its records), computed with
    the rule's own arithmetic, the key built once per call.

    - ``behoeften``: any iterable of whole numbers (a generator too); each is checked as
      ``verdeel`` checks its need, an error naming ``behoeften[i]`` and the value.
    - ``ses``: ``None`` for the inhabitants-only key (status aanname), exactly as ``verdeel``
      without scores; a :class:`~asielketen.spreidingswet.SesWoa` for the legal key in every
      scenario; or an iterable of ``SesWoa``, one per scenario (a key per scenario: uncertain
      scores), read alongside the needs — one more or fewer than there are needs is an
      :class:`~asielketen.errors.InvalidInputError` naming ``ses``.
    - ``methode``: ``"wet"`` (Besluit art. 2.1 lid 3, the default), ``"hamilton"``,
      ``"sainte-lague"`` or a :class:`~asielketen.spreidingswet.Methode`.
    - ``peildatum``: the date whose most recent CBS inhabitants are used, as ``verdeel(number,
      peildatum=…)`` uses them for a user's need. Default: the most recent reference date of the
      register's inhabitants (shipped: 1 January 2025) — never "today"; the date used is
      :attr:`Reeks.inwoners_peildatum`. ``reg``: another register (e.g. other inhabitants).
    - ``executor``: any :class:`concurrent.futures.Executor` (``ProcessPoolExecutor``, a Dask
      ``Client(...).get_executor()`` …): chunks of ``blok`` scenarios (default 1,000; 100 with a
      key per scenario, whose weights travel with each scenario) run there,
      at most ``gelijktijdig`` at once (default twice its workers); the result is identical to
      ``executor=None``. ``voortgang`` is called with the number of scenarios done after each
      chunk (:class:`~asielketen.sweep.Voortgangsbalk` draws a bar).

    >>> r = verdeel_reeks([96000, 50000], peildatum="2024-01-31")
    >>> r.gemeentecodes[:2], r.plaatsen[0][:2], r.totalen
    (('GM0014', 'GM0034'), (1304, 1212), (96001, 50003))
    """
    return verdeel_stroom(
        behoeften,
        ses=ses,
        methode=methode,
        peildatum=peildatum,
        reg=reg,
        executor=executor,
        blok=blok,
        gelijktijdig=gelijktijdig,
        voortgang=voortgang,
    ).reeks()
