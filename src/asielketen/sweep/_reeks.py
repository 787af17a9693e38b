"""The result of a sweep: :class:`Reeks` (many scenarios, one row each) and its :class:`Rij`.

A :class:`Reeks` holds numbers only — per scenario the places (or taakstellingen) of every
gemeente — with what they were computed with: the rule, the rounding method and key, the reference
date of the inhabitants, the half-year, the sources and the data files. Its JSON is that of its
fields (the package converter); :meth:`Reeks.to_frame` makes a pandas DataFrame (extra ``pandas``,
imported on the call).
"""

from __future__ import annotations

import enum
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from attrs import AttrsInstance, Converter, Factory, field, frozen

from .._extra import importeer
from .._validation import GROOTSTE_AANTAL, geheel_getal
from ..errors import InvalidInputError, UnknownNameError
from ..explain import Herkomst
from ..gebied import Register, register
from ..periods import Halfjaar
from ..sources import Bron, Status
from ..spreidingswet import Methode, Sleutel
from ..taal import bericht

if TYPE_CHECKING:  # pragma: no cover - only for type checkers
    import pandas as pd

__all__ = ["Reeks", "Regel", "Rij", "onzekere_statussen"]


class Regel(enum.Enum):
    """The full rule whose numbers a sweep gives, scenario by scenario."""

    VERDEEL = "spreidingswet.verdeel"
    """:func:`asielketen.spreidingswet.verdeel`: the places (Iv) of every gemeente for a need BO."""
    TAAKSTELLINGEN = "statushouders.taakstellingen"
    """:func:`asielketen.statushouders.taakstellingen`: every gemeente's taakstelling by the formula
    (``volgens_formule``) for a national number vg."""


class Rij(NamedTuple):
    """One scenario's row, as a stream (:class:`~asielketen.sweep.Stroom`) yields it."""

    scenario: int
    """The scenario's input: the need BO, or the national number vg."""
    plaatsen: tuple[int, ...]
    """The number of every gemeente, in the order of the stream's ``gemeentecodes``."""


def _tuple(waarden: Any) -> tuple[Any, ...]:
    return tuple(waarden)


def _rijen(waarden: Any) -> tuple[tuple[int, ...], ...]:
    return tuple(map(tuple, waarden))


def _aantallen(veld: str, waarden: tuple[object, ...]) -> None:
    """Every value a whole number from 0 to ``GROOTSTE_AANTAL``; else an error naming the first bad one."""
    if set(map(type, waarden)) <= {int} and (
        not waarden or (min(waarden) >= 0 and max(waarden) <= GROOTSTE_AANTAL)  # type: ignore[type-var,operator]
    ):
        return  # the common case, at C speed
    for i, w in enumerate(waarden):
        geheel_getal(f"{veld}[{i}]", w)


def onzekere_statussen(bronnen: tuple[Bron, ...]) -> tuple[Status, ...]:
    """The statuses ``pers`` and ``aanname`` among ``bronnen``, in the order of
    :class:`~asielketen.sources.Status`."""
    gevonden = {b.status for b in bronnen}
    return tuple(s for s in Status if s.onzeker and s in gevonden)


def _onzeker_door(_: object, reeks: AttrsInstance) -> tuple[Status, ...]:
    # derived, never taken as given: a value in the JSON is recomputed from the sources
    bronnen: tuple[Bron, ...] = getattr(reeks, "bronnen")  # noqa: B009 - typed as AttrsInstance
    return onzekere_statussen(bronnen)


@frozen(kw_only=True, repr=False)
class Reeks:
    """Many scenarios of one rule: ``plaatsen[i][j]`` is gemeente ``gemeentecodes[j]`` in scenario ``i``.

    Built by :func:`~asielketen.sweep.verdeel_reeks` and :func:`~asielketen.sweep.taakstelling_reeks`
    (or :meth:`Stroom.reeks <asielketen.sweep.Stroom.reeks>`). Every row equals the numbers of the
    full rule for that scenario (:attr:`regel`); :attr:`bronnen` are the sources that rule cites
    for any of the scenarios, :attr:`onzeker_door` the uncertain statuses among them (as in every
    result's JSON). Its JSON is its fields (``to_json(reeks)``, ``from_json(text, Reeks)``); a
    Reeks read from JSON is checked (counts, the shape of the rows, the fields of its rule).
    """

    regel: Regel
    """The full rule the numbers are those of."""
    gemeentecodes: tuple[str, ...] = field(converter=_tuple)
    """The gemeenten (the columns), in register order: by gemeentecode."""
    scenarios: tuple[int, ...] = field(converter=_tuple)
    """Each scenario's input: the need BO (:attr:`Regel.VERDEEL`) or the national number vg
    (:attr:`Regel.TAAKSTELLINGEN`)."""
    plaatsen: tuple[tuple[int, ...], ...] = field(converter=_rijen)
    """One row per scenario, one number per gemeente: the places (Iv), or the taakstelling by the
    formula."""
    inwoners_peildatum: date
    """The reference date of the inhabitants used (iG, In or iN)."""
    methode: Methode | None = None
    """How quotas became whole places (distribution only)."""
    sleutel: Sleutel | None = None
    """The key of the distribution: the legal key with SES-WOA scores, or inhabitants only."""
    ses_bronnen: tuple[str, ...] = field(default=(), converter=_tuple)
    """The ``bron`` of the SES-WOA scores used: one for a key shared by every scenario, one per
    scenario for a key per scenario, none for the inhabitants-only key (and the taakstelling)."""
    halfjaar: Halfjaar | None = None
    """The half-year of the taakstellingen (taakstelling only)."""
    bronnen: tuple[Bron, ...] = field(default=(), converter=_tuple)
    """The sources the full rule cites for each of these scenarios, in order of first use."""
    herkomst: Herkomst = field(factory=Herkomst)
    """The library version and every data file used (register, inhabitants, SES-WOA files)."""
    onzeker_door: tuple[Status, ...] = field(
        default=Factory(lambda self: onzekere_statussen(self.bronnen), takes_self=True),
        converter=Converter(_onzeker_door, takes_self=True),  # type: ignore[misc]  # attrs plugin
    )
    """The statuses ``pers`` and ``aanname`` among :attr:`bronnen`, in that order; derived from
    them (a value given is replaced by the computed one)."""

    def __attrs_post_init__(self) -> None:
        _aantallen("scenarios", self.scenarios)
        if len(self.plaatsen) != len(self.scenarios):
            raise InvalidInputError(
                "plaatsen",
                len(self.plaatsen),
                bericht("sweep.reeks.fout_rijen", rijen=len(self.plaatsen), scenarios=len(self.scenarios)),
            )
        n = len(self.gemeentecodes)
        for i, rij in enumerate(self.plaatsen):
            if len(rij) != n:
                raise InvalidInputError(
                    f"plaatsen[{i}]",
                    len(rij),
                    bericht("sweep.reeks.fout_kolommen", getallen=len(rij), gemeenten=n),
                )
            _aantallen(f"plaatsen[{i}]", rij)
        if self.regel is Regel.VERDEEL:
            if self.methode is None or self.sleutel is None or self.halfjaar is not None:
                raise InvalidInputError("regel", self.regel.value, bericht("sweep.reeks.fout_verdeling"))
            ses = len(self.ses_bronnen)
            goed = ses == 0 if self.sleutel is Sleutel.INWONERS else ses in (1, len(self.scenarios))
            if not goed:
                raise InvalidInputError(
                    "ses_bronnen",
                    ses,
                    bericht(
                        "sweep.reeks.fout_ses",
                        ses=ses,
                        sleutel=self.sleutel.value,
                        scenarios=len(self.scenarios),
                    ),
                )
        elif (
            self.halfjaar is None or self.methode is not None or self.sleutel is not None or self.ses_bronnen
        ):
            raise InvalidInputError("regel", self.regel.value, bericht("sweep.reeks.fout_taakstelling"))

    def __len__(self) -> int:
        return len(self.scenarios)

    def __repr__(self) -> str:
        # the rows would fill a screen: their shape, and what they were computed with
        extra = (
            f"methode={self.methode}, sleutel={self.sleutel}"
            if self.regel is Regel.VERDEEL
            else f"halfjaar={self.halfjaar!r}"
        )
        return (
            f"Reeks(regel={self.regel}, scenarios={len(self.scenarios)}, "
            f"gemeenten={len(self.gemeentecodes)}, inwoners_peildatum={self.inwoners_peildatum!r}, "
            f"{extra}, onzeker_door={list(self.onzeker_door)})"
        )

    def __str__(self) -> str:
        if self.regel is Regel.VERDEEL:
            assert self.methode is not None and self.sleutel is not None  # checked on construction
            return bericht(
                "sweep.reeks.omschrijving_verdeling",
                scenarios=len(self.scenarios),
                gemeenten=len(self.gemeentecodes),
                methode=self.methode.value,
                sleutel=self.sleutel.value,
                peildatum=self.inwoners_peildatum,
            ).tekst()
        return bericht(
            "sweep.reeks.omschrijving_taakstelling",
            scenarios=len(self.scenarios),
            halfjaar=self.halfjaar,
            gemeenten=len(self.gemeentecodes),
            peildatum=self.inwoners_peildatum,
        ).tekst()

    @property
    def totalen(self) -> tuple[int, ...]:
        """Per scenario the sum over the gemeenten (for the legal rounding it may differ from BO;
        a sum of taakstellingen rounded up is at least vg)."""
        return tuple(map(sum, self.plaatsen))

    def kolom(self, gemeente: str, *, reg: Register | None = None) -> tuple[int, ...]:
        """One gemeente's number in every scenario, by code or by name (through ``reg``, default
        the shipped register: aliases work as in :meth:`~asielketen.gebied.Register.gemeente`)."""
        if gemeente in self.gemeentecodes:
            j = self.gemeentecodes.index(gemeente)
        else:
            code = (register() if reg is None else reg).gemeente(gemeente).code
            if code not in self.gemeentecodes:
                raise UnknownNameError("gemeente", gemeente, bericht("sweep.reeks.soort_gemeente"))
            j = self.gemeentecodes.index(code)
        return tuple(rij[j] for rij in self.plaatsen)

    def to_frame(self) -> pd.DataFrame:
        """The rows as a pandas DataFrame (extra ``pandas``; without it a
        :class:`~asielketen.errors.MissingExtraError`).

        One row per scenario (index ``scenario``: 0, 1, …), the scenario's input as the first column
        (``behoefte`` for a distribution, ``landelijk_aantal`` for taakstellingen), then one column
        per gemeentecode; every column is a nullable ``Int64``. As in :mod:`asielketen.frames`,
        ``df.attrs["herkomst"]`` holds the library version and the data files,
        ``df.attrs["bronnen"]`` each source id with its status; ``df.attrs["reeks"]`` says what
        was computed (rule, method, key, half-year, reference date of the inhabitants).
        """
        pdm: Any = importeer("pandas", "pandas")
        from ..frames._kolommen import herkomst  # the frames' provenance, only when a frame is made

        invoer = "behoefte" if self.regel is Regel.VERDEEL else "landelijk_aantal"
        codes = list(self.gemeentecodes)
        if self.plaatsen:
            getallen = pdm.DataFrame.from_records(self.plaatsen, columns=codes).astype("Int64")
        else:
            getallen = pdm.DataFrame({c: pdm.array([], dtype="Int64") for c in codes})
        getallen.insert(0, invoer, pdm.array(self.scenarios, dtype="Int64"))
        getallen.index = pdm.RangeIndex(len(self.scenarios), name="scenario")
        getallen.attrs["herkomst"] = herkomst([self.herkomst])
        getallen.attrs["bronnen"] = {b.id: b.status.value for b in self.bronnen}
        getallen.attrs["reeks"] = {
            "regel": self.regel.value,
            "methode": None if self.methode is None else self.methode.value,
            "sleutel": None if self.sleutel is None else self.sleutel.value,
            "halfjaar": None if self.halfjaar is None else str(self.halfjaar),
            "inwoners_peildatum": self.inwoners_peildatum.isoformat(),
        }
        frame: pd.DataFrame = getallen
        return frame
