"""The areas (private; public in :mod:`asielketen.gebied`): gemeente, provincie, veiligheidsregio,
netwerk, the inhabitants of a gemeente on a date, and the aliases users type.

Each is a frozen record that checks its fields when built: codes by their CBS form (``GM0363``,
``PV27``, ``VR13``), names not blank, counts whole and within bounds (:mod:`asielketen._validation`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date
from operator import attrgetter
from typing import Any

from attrs import Attribute, field

from .._klasse import frozen
from .._openbaar import publiceer_hier
from .._validation import geheel_getal, geheel_getal_tussen, ja_nee, tekst
from ..errors import DataUnavailableError
from ..periods import as_date
from ..taal import Bericht, bericht, letterlijk

__all__ = [
    "GM_RE",
    "Alias",
    "Gemeente",
    "Inwonertal",
    "Netwerk",
    "Provincie",
    "Veiligheidsregio",
]

GM_RE = re.compile(r"^GM[0-9]{4}\Z")
"""The form of a gemeentecode."""
_STEDELIJKHEID = (1, 5)
"""CBS urbanity classes: 1 (zeer sterk stedelijk) … 5 (niet stedelijk)."""
_PV_RE = re.compile(r"^PV[0-9]{2}\Z")
_VR_RE = re.compile(r"^VR[0-9]{2}\Z")


def _code_check(patroon: re.Pattern[str], reden: Callable[[], Bericht]) -> Any:
    # ``reden`` is called only on an error: the catalogue is never loaded at import
    def check(_: object, attribute: Attribute[str], value: str) -> None:
        tekst(attribute.name, value, reden=reden, patroon=patroon)

    return check


def _gemeentecode() -> Bericht:
    return bericht("gebied.gemeentecode")


def _provinciecode() -> Bericht:
    return bericht("gebied.provinciecode")


def _veiligheidsregiocode() -> Bericht:
    return bericht("gebied.veiligheidsregiocode")


def _stedelijkheid() -> Bericht:
    return bericht("gebied.stedelijkheid")


def _naam_leeg() -> Bericht:
    return bericht("gebied.naam_leeg")


def _check_name(_: object, attribute: Attribute[str], value: str) -> None:
    tekst(attribute.name, value, reden=_naam_leeg)


def _check_count(_: object, attribute: Attribute[int], value: int) -> None:
    geheel_getal(attribute.name, value, reden=lambda: bericht("gebied.aantal"))


def _beschikbaar(data: Iterable[date]) -> Bericht:
    """The dates available, or ``geen``/``none``."""
    lijst = ", ".join(d.isoformat() for d in data)
    return letterlijk(lijst) if lijst else bericht("gebied.geen")


@frozen(kw_only=True)
class Inwonertal:
    """The number of inhabitants on a reference date, with the id of its source."""

    peildatum: date
    """The reference date (CBS counts on 1 January)."""
    aantal: int = field(validator=_check_count)
    """The number of inhabitants."""
    bron: str
    """The id of the source in the source registry (or a user's label for own data)."""


_PEILDATUM = attrgetter("peildatum")


def _sorted_counts(values: Iterable[Inwonertal]) -> tuple[Inwonertal, ...]:
    return tuple(sorted(values, key=_PEILDATUM))


@frozen(kw_only=True)
class Gemeente:
    """A gemeente (municipality), identified by its CBS code (``GM0363``)."""

    code: str = field(validator=_code_check(GM_RE, _gemeentecode))
    """The CBS gemeentecode, e.g. ``"GM0363"``."""
    naam: str = field(validator=_check_name)
    """The CBS name, e.g. ``"'s-Gravenhage"``."""
    provinciecode: str = field(validator=_code_check(_PV_RE, _provinciecode))
    """The province's CBS code, e.g. ``"PV27"``."""
    veiligheidsregiocode: str = field(validator=_code_check(_VR_RE, _veiligheidsregiocode))
    """The veiligheidsregio's code, e.g. ``"VR13"``."""
    stedelijkheid: int | None = field(default=None)
    """CBS urbanity class: 1 (zeer sterk stedelijk) … 5 (niet stedelijk)."""
    inwoners: tuple[Inwonertal, ...] = field(default=(), converter=_sorted_counts)
    """Inhabitants at the reference dates known, sorted by date."""

    @stedelijkheid.validator
    def _check_sted(self, attribute: Attribute[int | None], value: int | None) -> None:
        if value is not None:
            laag, hoog = _STEDELIJKHEID
            geheel_getal_tussen(attribute.name, value, minimum=laag, maximum=hoog, reden=_stedelijkheid)

    @property
    def peildata(self) -> tuple[date, ...]:
        """The reference dates for which inhabitants are known."""
        return tuple(i.peildatum for i in self.inwoners)

    def inwoners_op(self, peildatum: date) -> Inwonertal:
        """The inhabitants on exactly ``peildatum`` (the date a law prescribes).

        Raises :class:`DataUnavailableError` naming the date needed, the dates available and how
        to supply other figures — never a silent use of another date.
        """
        peildatum = as_date(peildatum)
        for i in self.inwoners:
            if i.peildatum == peildatum:
                return i
        raise DataUnavailableError(
            bericht(
                "gebied.inwoners_niet_beschikbaar",
                naam=self.naam,
                code=self.code,
                peildatum=peildatum,
                beschikbaar=_beschikbaar(self.peildata),
            ),
            veld="peildatum",
            waarde=peildatum,
        )

    def meest_recente_inwoners(self, op: date) -> Inwonertal:
        """The most recent inhabitants figure with a reference date on or before ``op``."""
        op = as_date(op, "op")
        eerder = [i for i in self.inwoners if i.peildatum <= op]
        if not eerder:
            raise DataUnavailableError(
                bericht(
                    "gebied.inwoners_niet_eerder",
                    naam=self.naam,
                    code=self.code,
                    op=op,
                    beschikbaar=_beschikbaar(self.peildata),
                ),
                veld="peildatum",
                waarde=op,
            )
        return eerder[-1]

    def __str__(self) -> str:
        return f"{self.naam} ({self.code})"


@frozen(kw_only=True)
class Provincie:
    """A province, identified by its CBS code (``PV20`` … ``PV31``)."""

    code: str = field(validator=_code_check(_PV_RE, _provinciecode))
    """The CBS provinciecode."""
    naam: str = field(validator=_check_name)
    """The CBS name, e.g. ``"Fryslân"``."""

    def __str__(self) -> str:
        return f"{self.naam} ({self.code})"


@frozen(kw_only=True)
class Veiligheidsregio:
    """A veiligheidsregio (safety region), ``VR01`` … ``VR25``."""

    code: str = field(validator=_code_check(_VR_RE, _veiligheidsregiocode))
    """The code."""
    naam: str = field(validator=_check_name)
    """The name, e.g. ``"Haaglanden"``."""

    def __str__(self) -> str:
        return f"{self.naam} ({self.code})"


def _sorted_codes(codes: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(codes)))


def _lid_code() -> Bericht:
    return bericht("gebied.lid_code")


def _check_ja_nee(_: object, attribute: Attribute[bool], value: bool) -> None:
    ja_nee(attribute.name, value, reden=lambda: bericht("gebied.ja_nee"))


@frozen(kw_only=True)
class Netwerk:
    """A voluntary network of gemeenten (G4, G40, M50, R8, P10, K80) and its members.

    Networks overlap and do not cover all gemeenten. The shipped register holds G4, G40, M50 and
    R8 (complete lists) and P10 and K80 (incomplete: ``volledig`` is false); users add or replace
    networks with :meth:`Register.met_netwerk`.
    """

    naam: str = field(validator=_check_name)
    """The network's name, e.g. ``"G40"``."""
    leden: tuple[str, ...] = field(converter=_sorted_codes)
    """The gemeentecodes of its members, sorted."""
    bron: str
    """The id of the source of the membership list."""
    volledig: bool = field(default=True, validator=_check_ja_nee)
    """Whether the list holds every member. A gemeente missing from an incomplete list may still be
    a member: its membership is unknown, never "not a member"."""
    verwacht: str | None = None
    """How many members the sources give for the whole network, as they give it (``"31-32"``,
    ``"circa 64"``); ``None`` when the list is complete or the number is not known."""

    @leden.validator
    def _check_leden(self, attribute: Attribute[tuple[str, ...]], value: tuple[str, ...]) -> None:
        for code in value:
            tekst(f"{self.naam}.leden", code, reden=_lid_code, patroon=GM_RE)


@frozen
class Alias:
    """A common name that users type for an entity whose official name differs."""

    alias: str
    """The common name, e.g. ``"Den Haag"``."""
    code: str
    """The code it denotes, e.g. ``"GM0518"``."""


publiceer_hier(globals())  # the package's public names defined here: asielketen.gebied.<name>
