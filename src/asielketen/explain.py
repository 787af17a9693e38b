"""Explanations: every rule returns an :class:`Uitkomst` — the value, why, and on what it rests.

An :class:`Uitkomst` holds

* ``waarde`` — the result itself (an int, a ``Decimal``, a typed result object …);
* ``stappen`` — the ordered :class:`Stap` s that led to it, each a Dutch sentence with the inputs it
  used and the sources (:mod:`asielketen.sources`) it rests on;
* ``herkomst`` — what it was computed with: the library version and the version (reference date,
  sha256) of every shipped data file used, so a decision can be reproduced later;
* ``onzeker_door`` — derived from the steps: the statuses ``pers`` and ``aanname`` the result rests
  on (empty when none), so that its JSON says so at the top level, as its text does.

Rules build one with a :class:`Redenering` (a small builder)::

    r = Redenering()
    r.stap(bericht("statushouders.stap.gemeente_formule", ...), bron, vg=13000, iG=48224)
    uitkomst = r.uitkomst(35)

>>> from asielketen.sources import Aanname
>>> r = Redenering()
>>> from asielketen.taal import letterlijk
>>> r.stap(letterlijk("Twee plus twee."), Aanname(id="a", omschrijving="rekenen"), a=2, b=2)
>>> u = r.uitkomst(4)
>>> u.waarde, u.onzeker, [s.value for s in u.onzeker_door]
(4, True, ['aanname'])
>>> print(u.uitleg())  # doctest: +ELLIPSIS
Uitkomst: 4
Waarom:
  1. Twee plus twee.
     invoer: a = 2; b = 2
     bron: Aanname: rekenen [aanname]
Let op: deze uitkomst steunt (deels) op bronnen met status pers of aanname: a.
Berekend met asielketen ...
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any, Generic, TypeVar

import attrs
from attrs import AttrsInstance, Converter, Factory, field

from ._klasse import frozen
from ._version import __version__
from .sources import Bron, Status
from .taal import Bericht, Taal, als_bericht, bericht, huidige_taal, in_taal

__all__ = [
    "DatasetVersie",
    "Herkomst",
    "Invoer",
    "Redenering",
    "Stap",
    "Uitkomst",
]

T = TypeVar("T")


def _invoer_tuple(values: Iterable[Invoer]) -> tuple[Invoer, ...]:
    return tuple(values)


def _bron_tuple(values: Iterable[Bron]) -> tuple[Bron, ...]:
    return tuple(values)


def _stap_tuple(values: Iterable[Stap]) -> tuple[Stap, ...]:
    return tuple(values)


def _dataset_tuple(values: Iterable[DatasetVersie]) -> tuple[DatasetVersie, ...]:
    return tuple(values)


def _format_value(value: object, taal: Taal = "nl") -> str:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, bool):
        return bericht("algemeen.ja_nee", waarde=value).tekst(taal)
    if isinstance(value, Bericht):
        return value.tekst(taal)
    return str(value)


_SAMENVATTING = 120
"""The longest first line of :meth:`Uitkomst.uitleg` for the value (characters)."""


def _eigen_str(value: object) -> bool:
    """Whether ``value``'s class says how it reads (a ``__str__`` of its own, not the repr)."""
    return type(value).__str__ is not object.__str__


def _kort(value: object, taal: Taal, diep: bool) -> str:
    """``value`` as short readable text: its own text, else ``Klasse(veld=…)`` (one level deep)."""
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, date | Decimal | bool | Bericht):
        return _format_value(value, taal)
    if isinstance(value, tuple | list | frozenset | set):
        delen = [_kort(v, taal, diep=False) for v in list(value)[:3]]
        return "[" + ", ".join(delen) + (", …" if len(value) > 3 else "") + "]"
    if isinstance(value, dict):
        paren = [f"{_kort(k, taal, False)}: {_kort(v, taal, False)}" for k, v in list(value.items())[:3]]
        return "{" + ", ".join(paren) + (", …" if len(value) > 3 else "") + "}"
    if _eigen_str(value):
        tekst = str(value)
        if "\n" not in tekst and (diep or len(tekst) <= 60):
            return tekst
    naam = type(value).__name__
    if not diep or not attrs.has(type(value)):
        for kenmerk in ("naam", "code"):
            if isinstance(getattr(value, kenmerk, None), str):
                return str(getattr(value, kenmerk))
        return f"{naam}(…)" if attrs.has(type(value)) else _eerste_regel(str(value))
    klasse: Any = type(value)
    velden = ", ".join(
        f"{a.name}={_kort(getattr(value, a.name), taal, diep=False)}" for a in attrs.fields(klasse) if a.repr
    )
    return f"{naam}({velden})"


def _eerste_regel(tekst: str) -> str:
    regels = tekst.splitlines()
    return regels[0] + (" …" if len(regels) > 1 else "") if regels else tekst


def _samenvatting(value: object, taal: Taal) -> str:
    """The first line of an explanation: ``value`` in at most :data:`_SAMENVATTING` characters.

    A value that says how it reads (its own ``__str__``, e.g. ``Spreiding``) gives that text;
    any other record gives ``Klasse(veld=…, …)`` with its fields in short form (a nested record by
    its own text, name or code), cut to one line.
    """
    tekst = _eerste_regel(_kort(value, taal, diep=True))
    if len(tekst) <= _SAMENVATTING:
        return tekst
    if tekst.endswith(")"):  # cut between two fields
        grens = tekst.rfind(", ", 0, _SAMENVATTING - 4)
        if grens > 0:
            return tekst[:grens] + ", …)"
    return tekst[: _SAMENVATTING - 1] + "…"


@frozen
class Invoer:
    """One named input of a :class:`Stap`, with its value as text (e.g. ``iG = 931298``)."""

    naam: str
    """The input's name, as in the law's formula where it has one (``iG``, ``BO``)."""
    waarde: str
    """The value as it was used, rendered as text (dates ISO, booleans ``ja``/``nee``)."""

    def tekst(self, taal: Taal | None = None) -> str:
        """The value for display in ``taal``: booleans become ``yes``/``no`` in English."""
        if (taal or huidige_taal()) != "nl" and self.waarde in _JA_NEE:
            return bericht("algemeen.ja_nee", waarde=_JA_NEE[self.waarde]).tekst(taal)
        return self.waarde


_JA_NEE = {"ja": True, "nee": False}


@frozen(kw_only=True)
class Stap:
    """One step of a reasoning: a sentence, the inputs it used and the sources it rests on."""

    bericht: Bericht = field(converter=als_bericht)
    """What this step establishes: a sentence of the catalogue, in every language."""
    invoer: tuple[Invoer, ...] = field(default=(), converter=_invoer_tuple)
    """The inputs used, in the order given."""
    bronnen: tuple[Bron, ...] = field(default=(), converter=_bron_tuple)
    """The sources this step rests on."""

    @property
    def zin(self) -> str:
        """What this step establishes, in the current language (Dutch unless set otherwise)."""
        return self.bericht.tekst()

    @property
    def onzeker(self) -> bool:
        """True when any source of this step has status pers or aanname."""
        return any(b.status.onzeker for b in self.bronnen)


@frozen
class DatasetVersie:
    """The version of one shipped data file that a result used."""

    naam: str
    """The file name under ``asielketen/data/`` (or a user file's name)."""
    peildatum: date
    """The reference date of the data (e.g. CBS inhabitants on 2024-01-01)."""
    sha256: str
    """The sha256 of the file's bytes."""


@frozen(kw_only=True)
class Herkomst:
    """What a result was computed with, so that it can be reproduced later."""

    bibliotheekversie: str = __version__
    """The asielketen version that computed it."""
    datasets: tuple[DatasetVersie, ...] = field(default=(), converter=_dataset_tuple)
    """The data files used, each with reference date and sha256."""

    def met(self, extra: Iterable[DatasetVersie]) -> Herkomst:
        """A copy that also lists ``extra`` data files (duplicates dropped, order kept)."""
        seen = list(self.datasets)
        for d in extra:
            if d not in seen:
                seen.append(d)
        return Herkomst(bibliotheekversie=self.bibliotheekversie, datasets=tuple(seen))


def _unique_sources(stappen: Iterable[Stap]) -> tuple[Bron, ...]:
    seen: dict[Bron, None] = {}
    for s in stappen:
        for b in s.bronnen:
            seen.setdefault(b, None)
    return tuple(seen)


def _onzekere_statussen(stappen: Iterable[Stap]) -> tuple[Status, ...]:
    """The statuses ``pers`` and ``aanname`` among the sources of ``stappen``, in :class:`Status` order."""
    gevonden = {b.status for s in stappen for b in s.bronnen}
    return tuple(s for s in Status if s.onzeker and s in gevonden)


def _onzeker_door(_: object, uitkomst: AttrsInstance) -> tuple[Status, ...]:
    # derived, never taken as given: a value in the JSON or passed to ``evolve`` is recomputed
    stappen: tuple[Stap, ...] = getattr(uitkomst, "stappen")  # noqa: B009 - typed as AttrsInstance
    return _onzekere_statussen(stappen)


@frozen(kw_only=True)
class Uitkomst(Generic[T]):
    """A rule's result: its value, the steps that explain it, and what it was computed with.

    Its JSON has a top-level field ``onzeker_door``: the uncertain statuses (``pers``,
    ``aanname``) among the sources its steps rest on — ``[]`` when it rests on none.
    """

    waarde: T
    """The result."""
    stappen: tuple[Stap, ...] = field(default=(), converter=_stap_tuple)
    """The ordered reasoning that led to ``waarde``."""
    herkomst: Herkomst = field(factory=Herkomst)
    """Library version and data versions used."""
    onzeker_door: tuple[Status, ...] = field(
        default=Factory(lambda self: _onzekere_statussen(self.stappen), takes_self=True),
        converter=Converter(_onzeker_door, takes_self=True),  # type: ignore[misc]  # attrs plugin
    )
    """The statuses ``pers`` and ``aanname`` that the result rests on, in that order; empty when
    every source of every step is ``wettekst``, ``rechtspraak``, ``officieel`` or ``brief``.
    Derived from the steps' sources: a value given (in JSON, to ``__init__`` or ``evolve``) is
    replaced by the computed one, and JSON written before the field existed (without it) reads as before."""

    @property
    def bronnen(self) -> tuple[Bron, ...]:
        """Every source the reasoning rests on, once each (by equality), in order of first use."""
        return _unique_sources(self.stappen)

    @property
    def statussen(self) -> frozenset[Status]:
        """The statuses of the sources the result rests on."""
        return frozenset(b.status for b in self.bronnen)

    @property
    def onzeker(self) -> bool:
        """True when any step rests on a source with status pers or aanname."""
        return any(s.onzeker for s in self.stappen)

    def uitleg(self, *, waarde_tekst: str | None = None, taal: Taal | None = None) -> str:
        """The explanation as readable text ("waarom?"), in ``taal`` (default: the current language).

        The first line names the value in short: its own text where it has one (``str``), else
        ``Klasse(veld=…, …)`` with its fields in short form, cut to one line of at most 120
        characters. ``waarde_tekst`` replaces that rendering (useful for structured values).
        If any step rests on a source with status pers or aanname, the text says so.
        Source citations keep names, titles and codes as published; their frame (``tekst geldend
        op`` / ``text in force on``) follows ``taal``.
        """
        if taal is None:
            taal = huidige_taal()
        if waarde_tekst is None:
            with in_taal(taal):  # a value's own __str__ (e.g. Spreiding) renders in ``taal`` too
                waarde_tekst = _samenvatting(self.waarde, taal)
        waarde = waarde_tekst
        regels = [bericht("algemeen.uitkomst", waarde=waarde).tekst(taal)]
        if self.stappen:
            regels.append(bericht("algemeen.waarom").tekst(taal))
        invoer_label = bericht("algemeen.invoer").tekst(taal)
        bron_label = bericht("algemeen.bron").tekst(taal)
        for i, stap in enumerate(self.stappen, start=1):
            regels.append(f"  {i}. {stap.bericht.tekst(taal)}")
            if stap.invoer:
                regels.append(
                    f"     {invoer_label}: " + "; ".join(f"{v.naam} = {v.tekst(taal)}" for v in stap.invoer)
                )
            for bron in stap.bronnen:
                link = f" — {bron.link}" if bron.link else ""
                regels.append(f"     {bron_label}: {bron.tekst(taal)}{link}")
        onzeker = list(dict.fromkeys(b.id for b in self.bronnen if b.status.onzeker))
        if onzeker:
            regels.append(bericht("algemeen.onzeker", bronnen=", ".join(onzeker)).tekst(taal))
        data = "; ".join(
            bericht("algemeen.dataset", naam=d.naam, peildatum=d.peildatum, sha256=d.sha256[:12]).tekst(taal)
            for d in self.herkomst.datasets
        )
        versie = self.herkomst.bibliotheekversie
        if data:
            regels.append(bericht("algemeen.berekend_met_gegevens", versie=versie, gegevens=data).tekst(taal))
        else:
            regels.append(bericht("algemeen.berekend_met", versie=versie).tekst(taal))
        return "\n".join(regels)

    def __str__(self) -> str:
        return self.uitleg()


class Redenering:
    """A builder for an :class:`Uitkomst`: collect steps, data versions, then the value.

    Not part of any result; rules create one per call, so there is no shared state.
    """

    def __init__(self) -> None:
        self._stappen: list[Stap] = []
        self._datasets: list[DatasetVersie] = []

    def stap(self, zin: Bericht | str, *bronnen: Bron, **invoer: Any) -> None:
        """Add a step: its sentence, its sources and its named inputs.

        ``zin`` is a catalogue key (``"oekraine.collectief.tekort"``) or a ready
        :class:`~asielketen.taal.Bericht`. With a key, the inputs are written once: they fill the
        sentence's placeholders *and* are recorded as the step's inputs, so what a reader sees in
        the sentence is what the result says it used::

            rd.stap("oekraine.collectief.tekort", bron("twoo.art2"), gevraagd=g, tekort=t)
        """
        if isinstance(zin, str):
            zin = bericht(zin, **invoer)
        self._stappen.append(
            Stap(
                bericht=zin,
                invoer=tuple(Invoer(k, _format_value(v)) for k, v in invoer.items()),
                bronnen=bronnen,
            )
        )

    def gebruikt(self, *datasets: DatasetVersie) -> None:
        """Record data files the result depends on."""
        for d in datasets:
            if d not in self._datasets:
                self._datasets.append(d)

    def voeg_toe(self, andere: Uitkomst[Any]) -> None:
        """Take over the steps and data versions of a partial result."""
        self._stappen.extend(andere.stappen)
        self.gebruikt(*andere.herkomst.datasets)

    def uitkomst(self, waarde: T) -> Uitkomst[T]:
        """The finished result with ``waarde``."""
        return Uitkomst(
            waarde=waarde,
            stappen=tuple(self._stappen),
            herkomst=Herkomst(datasets=tuple(self._datasets)),
        )
