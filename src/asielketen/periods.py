"""Time: half-open periods, calendar half-years, Spreidingswet cycles and effective-dated parameters.

Nothing here reads the clock. Every rule receives its ``peildatum`` (reference date) or period.

>>> from datetime import date
>>> h = Halfjaar.parse("2025-H2")
>>> h.periode
Periode(van=datetime.date(2025, 7, 1), tot=datetime.date(2026, 1, 1))
>>> date(2025, 12, 31) in h.periode, date(2026, 1, 1) in h.periode
(True, False)
>>> Halfjaar.bevattende(date(2026, 3, 1))
Halfjaar(jaar=2026, helft=1)
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime, timedelta
from functools import total_ordering
from typing import Any, Generic, TypeVar

from attrs import Attribute, field

from ._klasse import frozen
from ._validation import dag, geheel_getal_tussen, van_soort
from .errors import InvalidPeriodError, ParameterNotValidError
from .sources import Bron, BronBasis
from .taal import Bericht, bericht

__all__ = [
    "Cyclus",
    "Geldigheid",
    "Halfjaar",
    "Parameter",
    "Periode",
    "as_date",
]

T = TypeVar("T")

_HALFJAAR_RE = re.compile(r"^\s*([0-9]{4})\s*-?\s*[Hh]\s*([12])\s*$")


def as_date(value: object, veld: str = "peildatum") -> date:
    """Return ``value`` as a :class:`datetime.date`, accepting a ``date`` or an ISO string.

    This is the one rule for dates in the public API: every public function and method that takes
    a date (``peildatum``, ``dag``, ``van``, ``fase2_vanaf`` …) accepts a :class:`datetime.date` or
    its ISO text ``"YYYY-MM-DD"`` (surrounding spaces ignored) and normalises it with this function
    on entry, so both give the same result. The annotations say ``date``, which is what a type
    checker asks for; the text is for input read from JSON, CSV, a form or a notebook.

    Anything else is refused with :class:`~asielketen.errors.InvalidPeriodError` (an
    :class:`~asielketen.errors.InvalidInputError`) whose ``veld`` names the parameter: a text in
    another form (``"31-12-2025"``) or not a real day (``"2025-02-30"``), a number (``20251231``),
    and a ``datetime`` (time of day has no meaning here; pass ``.date()``).

    >>> as_date("2025-10-06")
    datetime.date(2025, 10, 6)
    >>> as_date("06-10-2025", "dag")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    asielketen.errors.InvalidPeriodError: dag='06-10-2025': ...
    """
    if isinstance(value, datetime):
        raise InvalidPeriodError(veld, value, bericht("periodes.zonder_tijd"))
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            raise InvalidPeriodError(veld, value, bericht("periodes.ongeldige_datum")) from None
    raise InvalidPeriodError(veld, value, bericht("periodes.geen_datum"))


def _check_date(_: object, attribute: Attribute[Any], value: object) -> None:
    if value is None and attribute.name == "tot":
        return
    dag(attribute.name, value, reden=lambda: bericht("periodes.moet_datum"), fout=InvalidPeriodError)


def _jaar_tot(hoogste: int) -> Callable[[object, Attribute[int], int], None]:
    """attrs validator: a year from 1 to ``hoogste`` (the last whose periods a ``date`` can hold)."""

    def check(_: object, attribute: Attribute[int], value: int) -> None:
        geheel_getal_tussen(
            attribute.name,
            value,
            minimum=1,
            maximum=hoogste,
            reden=lambda: bericht("periodes.jaar", hoogste=hoogste),  # made on a refusal only
            fout=InvalidPeriodError,
        )

    return check


def _check_helft(_: object, attribute: Attribute[int], value: int) -> None:
    geheel_getal_tussen(
        attribute.name,
        value,
        minimum=1,
        maximum=2,
        reden=lambda: bericht("periodes.helft"),
        fout=InvalidPeriodError,
    )


@frozen
class Periode:
    """A half-open date interval ``[van, tot)``: ``van`` is included, ``tot`` is not.

    ``tot=None`` means open-ended (valid from ``van`` on). An empty period is not allowed.

    >>> from datetime import date
    >>> p = Periode(date(2024, 1, 1), date(2024, 3, 1))
    >>> p.dagen
    60
    >>> p.doorsnede(Periode(date(2024, 2, 1), None))
    Periode(van=datetime.date(2024, 2, 1), tot=datetime.date(2024, 3, 1))
    """

    van: date = field(validator=_check_date)
    """First day in the period."""
    tot: date | None = field(default=None, validator=_check_date)
    """First day after the period; ``None`` for an open end."""

    def __attrs_post_init__(self) -> None:
        if self.tot is not None and self.tot <= self.van:
            raise InvalidPeriodError("tot", self.tot, bericht("periodes.einde_na_begin", van=self.van))

    @classmethod
    def parse(cls, van: object, tot: object = None) -> Periode:
        """Build a period from dates or ISO strings (``tot`` exclusive, ``None`` for open)."""
        return cls(as_date(van, "van"), None if tot is None else as_date(tot, "tot"))

    @classmethod
    def jaar(cls, jaar: int) -> Periode:
        """The calendar year ``jaar``."""
        return cls(date(jaar, 1, 1), date(jaar + 1, 1, 1))

    @property
    def open(self) -> bool:
        """True when the period has no end."""
        return self.tot is None

    @property
    def laatste_dag(self) -> date | None:
        """The last day inside the period (``tot`` minus one day), ``None`` if open."""
        return None if self.tot is None else self.tot - timedelta(days=1)

    @property
    def dagen(self) -> int:
        """Number of days in the period; an open period raises :class:`InvalidPeriodError`."""
        if self.tot is None:
            raise InvalidPeriodError("tot", None, bericht("periodes.open_dagen"))
        return (self.tot - self.van).days

    def bevat(self, dag: date) -> bool:
        """True when ``dag`` (a date or its ISO text) lies in ``[van, tot)``."""
        dag = as_date(dag, "dag")
        return self.van <= dag and (self.tot is None or dag < self.tot)

    def __contains__(self, dag: object) -> bool:
        return isinstance(dag, date) and self.bevat(dag)

    def overlapt(self, andere: Periode) -> bool:
        """True when the two periods share at least one day."""
        return self.doorsnede(andere) is not None

    def doorsnede(self, andere: Periode) -> Periode | None:
        """The days both periods share, or ``None`` when they share none."""
        van = max(self.van, andere.van)
        if self.tot is None:
            tot = andere.tot
        elif andere.tot is None:
            tot = self.tot
        else:
            tot = min(self.tot, andere.tot)
        if tot is not None and tot <= van:
            return None
        return Periode(van, tot)

    def __str__(self) -> str:
        tot = "…" if self.tot is None else self.tot.isoformat()
        return f"[{self.van.isoformat()}, {tot})"


@total_ordering
@frozen
class Halfjaar:
    """A calendar half-year (``kalenderhalfjaar``), e.g. ``2025-H2`` = 1 Jul – 31 Dec 2025.

    Half-years order chronologically, and ``str(h)`` gives the form :meth:`parse` reads. In JSON a
    half-year is that text, ``"2025-H2"`` (the object ``{"jaar": 2025, "helft": 2}`` that releases
    before 0.1.0 wrote is still read).
    """

    jaar: int = field(validator=_jaar_tot(9998))
    """The calendar year."""
    helft: int = field(validator=_check_helft)
    """1 for January–June, 2 for July–December."""

    @classmethod
    def parse(cls, tekst: str) -> Halfjaar:
        """Read ``"2025-H2"`` (also ``"2025H2"``, ``"2025-h2"``)."""
        m = _HALFJAAR_RE.match(tekst) if isinstance(tekst, str) else None
        if m is None:
            raise InvalidPeriodError("halfjaar", tekst, bericht("periodes.halfjaar"))
        return cls(int(m.group(1)), int(m.group(2)))

    @classmethod
    def bevattende(cls, dag: date) -> Halfjaar:
        """The half-year that contains ``dag`` (a date or its ISO text)."""
        dag = as_date(dag, "dag")
        return cls(dag.year, 1 if dag.month <= 6 else 2)

    @property
    def periode(self) -> Periode:
        """The half-year as a half-open period."""
        if self.helft == 1:
            return Periode(date(self.jaar, 1, 1), date(self.jaar, 7, 1))
        return Periode(date(self.jaar, 7, 1), date(self.jaar + 1, 1, 1))

    @property
    def begin(self) -> date:
        """The first day of the half-year."""
        return self.periode.van

    def volgende(self) -> Halfjaar:
        """The next half-year."""
        return Halfjaar(self.jaar, 2) if self.helft == 1 else Halfjaar(self.jaar + 1, 1)

    def vorige(self) -> Halfjaar:
        """The previous half-year."""
        return Halfjaar(self.jaar, 1) if self.helft == 2 else Halfjaar(self.jaar - 1, 2)

    def reeks(self, aantal: int) -> Iterator[Halfjaar]:
        """This half-year and the ``aantal - 1`` that follow it."""
        h = self
        for _ in range(aantal):
            yield h
            h = h.volgende()

    def _key(self) -> tuple[int, int]:
        return (self.jaar, self.helft)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Halfjaar):
            return NotImplemented
        return self._key() < other._key()

    def __str__(self) -> str:
        return f"{self.jaar:04d}-H{self.helft}"


@total_ordering
@frozen
class Cyclus:
    """A two-year cycle of the Spreidingswet, named by the year of its raming.

    The minister sets the raming every two years before 1 February (Spreidingswet art. 2 lid 1);
    the verdeelbesluit of that year covers **the two following calendar years** (art. 5 lid 1).
    So the cycle with raming in 2024 distributes places for 2025 and 2026.

    >>> Cyclus(2024).verdeelperiode
    Periode(van=datetime.date(2025, 1, 1), tot=datetime.date(2027, 1, 1))
    """

    ramingsjaar: int = field(validator=_jaar_tot(9996))
    """The calendar year in which the raming is published (before 1 February)."""

    @property
    def jaren(self) -> tuple[int, int]:
        """The two calendar years the cycle's verdeelbesluit covers."""
        return (self.ramingsjaar + 1, self.ramingsjaar + 2)

    @property
    def verdeelperiode(self) -> Periode:
        """The two-year period within which the places must be realised (art. 6)."""
        return Periode(date(self.ramingsjaar + 1, 1, 1), date(self.ramingsjaar + 3, 1, 1))

    def volgende(self) -> Cyclus:
        """The next cycle (two years later)."""
        return Cyclus(self.ramingsjaar + 2)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Cyclus):
            return NotImplemented
        return self.ramingsjaar < other.ramingsjaar

    @property
    def omschrijving(self) -> Bericht:
        """``cyclus 2024 (verdeling 2025–2026)`` in every language; pass this to ``bericht()``."""
        a, b = self.jaren
        return bericht("periodes.cyclus", ramingsjaar=self.ramingsjaar, eerste=a, tweede=b)

    def __str__(self) -> str:
        """The Dutch :attr:`omschrijving`, the same in every language context (use
        ``omschrijving.tekst(taal)`` to render in a language)."""
        return self.omschrijving.nl


def _check_bron(_: object, attribute: Attribute[Any], value: object) -> None:
    van_soort(
        attribute.name, value, BronBasis, reden=lambda: bericht("periodes.moet_bron"), fout=InvalidPeriodError
    )


@frozen(kw_only=True)
class Geldigheid(Generic[T]):
    """One value of an effective-dated parameter: valid during ``periode``, with its source."""

    periode: Periode
    """When the value applies (half-open; open-ended when ``periode.tot`` is ``None``)."""
    waarde: T
    """The value."""
    bron: Bron = field(validator=_check_bron)
    """Where the value comes from."""


def _sorted_validities(values: Iterable[Geldigheid[Any]]) -> tuple[Geldigheid[Any], ...]:
    return tuple(sorted(values, key=lambda g: g.periode.van))


@frozen(kw_only=True)
class Parameter(Generic[T]):
    """An effective-dated parameter: values valid from a date (and optionally until one).

    Validities may not overlap; gaps are allowed and asking in a gap is an error, as is asking
    before the first or after the last validity — there is no silent fall-through.

    >>> from datetime import date
    >>> from asielketen.sources import Aanname
    >>> b = Aanname(id="voorbeeld", omschrijving="voorbeeld")
    >>> p = Parameter(naam="bedrag", waarden=[
    ...     Geldigheid(periode=Periode(date(2024, 1, 1), date(2025, 1, 1)), waarde=61, bron=b),
    ...     Geldigheid(periode=Periode(date(2025, 1, 1)), waarde=44, bron=b)])
    >>> p.op(date(2024, 12, 31)), p.op(date(2025, 1, 1))
    (61, 44)
    >>> p.op(date(2023, 6, 1))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    asielketen.errors.ParameterNotValidError: parameter 'bedrag' heeft geen waarde op 2023-06-01 (pas ...)
    """

    naam: str
    """The parameter's name, used in error messages and explanations."""
    waarden: tuple[Geldigheid[T], ...] = field(converter=_sorted_validities)
    """The validities, sorted by start date."""
    eenheid: str | None = None
    """The unit (e.g. ``"EUR per plaats per dag"``), for display."""

    @waarden.validator
    def _check_waarden(self, attribute: Attribute[Any], value: tuple[Geldigheid[T], ...]) -> None:
        if not value:
            raise InvalidPeriodError(f"{self.naam}.waarden", value, bericht("periodes.minstens_een"))
        for a, b in itertools.pairwise(value):
            if a.periode.overlapt(b.periode):
                raise InvalidPeriodError(
                    f"{self.naam}.waarden", str(b.periode), bericht("periodes.overlap", periode=a.periode)
                )

    def geldigheid_op(self, peildatum: date) -> Geldigheid[T]:
        """The validity (value, period, source) that applies on ``peildatum``."""
        peildatum = as_date(peildatum)
        laatst: date | None = None
        for g in self.waarden:
            if g.periode.bevat(peildatum):
                return g
            if g.periode.tot is not None and g.periode.tot <= peildatum:
                laatst = g.periode.laatste_dag
        eerst = None if laatst is not None else self.waarden[0].periode.van
        raise ParameterNotValidError(self.naam, peildatum, laatst_geldig=laatst, eerst_geldig=eerst)

    def op(self, peildatum: date) -> T:
        """The value on ``peildatum``; raises :class:`ParameterNotValidError` outside validity."""
        return self.geldigheid_op(peildatum).waarde

    def splits(self, periode: Periode) -> tuple[tuple[Periode, Geldigheid[T]], ...]:
        """Split ``periode`` at every change of value: the sub-periods with their validity.

        Raises :class:`ParameterNotValidError` naming the first day of ``periode`` that no
        validity covers. ``periode`` must be closed.
        """
        if periode.tot is None:
            raise InvalidPeriodError("periode.tot", None, bericht("periodes.gesloten"))
        delen: list[tuple[Periode, Geldigheid[T]]] = []
        dag = periode.van
        while dag < periode.tot:
            g = self.geldigheid_op(dag)  # raises on a gap
            deel = g.periode.doorsnede(Periode(dag, periode.tot))
            assert deel is not None  # g contains dag
            delen.append((deel, g))
            assert deel.tot is not None
            dag = deel.tot
        return tuple(delen)
