"""The half-yearly taakstelling (Huisvestingswet 2014 art. 28–30) and its redistribution."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from functools import cached_property
from typing import TypeVar

from attrs import evolve, field, frozen
from attrs import fields as attrs_fields

from ..bronregister import bron, bronnen_versie
from ..errors import (
    DataUnavailableError,
    InvalidInputError,
    InvalidPeriodError,
    ParameterNotValidError,
    UnknownNameError,
)
from ..explain import Redenering, Uitkomst
from ..gebied import Gemeente, Register, normaliseer_naam, register
from ..parameters import parameter, parameterversie
from ..periods import Halfjaar, as_date
from ..sources import Bron
from ..taal import bericht, letterlijk
from ._gemeenschappelijk import (
    BESTAND,
    GM_RE,
    P_LANDELIJK,
    P_LANDELIJK_AANVANKELIJK,
    aantal,
    als_halfjaar,
    bron_of_niets,
    check_aantal,
    check_code,
    check_naam,
    check_som,
)

__all__ = [
    "Herindeling",
    "Herverdeling",
    "LandelijkAantalOntbreektError",
    "Taakstelling",
    "Taakstellingen",
    "Taakstellingsregel",
    "Toewijzing",
    "herverdeel",
    "landelijk_aantal",
    "peildatum_inwoners",
    "taakstelling_aantallen",
    "taakstelling_formule",
    "taakstelling_op",
    "taakstelling_voor",
    "taakstellingen",
    "uiterste_bekendmaking",
    "uitleg_gemeente",
]


# -- the law's dates and formula ---------------------------------------------------------------


def peildatum_inwoners(halfjaar: Halfjaar | str) -> date:
    """The reference date of iG and iN for ``halfjaar``: 1 January of the preceding calendar year.

    Huisvestingswet 2014 art. 29 lid 1 onder b and c: "op 1 januari van het kalenderjaar dat
    voorafgaat aan het kalenderjaar waartoe het kalenderhalfjaar … behoort". So 2025-H1 and 2025-H2
    both use 1 January 2024.

    >>> peildatum_inwoners("2025-H2")
    datetime.date(2024, 1, 1)
    """
    h = als_halfjaar(halfjaar)
    if h.jaar < 2:  # 1 January of the year 0 does not exist
        raise InvalidPeriodError("halfjaar", str(h), bericht("statushouders.fout.voor_kalender"))
    return date(h.jaar - 1, 1, 1)


def uiterste_bekendmaking(halfjaar: Halfjaar | str) -> date:
    """The last day on which vg may be published in the Staatscourant for ``halfjaar``.

    Art. 29 lid 1 onder a: the publication takes place "ten minste dertien weken voor de aanvang
    van het kalenderhalfjaar", so at the latest 13 weeks (91 days) before its first day.

    >>> uiterste_bekendmaking("2025-H2")
    datetime.date(2025, 4, 1)
    """
    h = als_halfjaar(halfjaar)
    if h.begin < date(1, 1, 1) + timedelta(weeks=13):
        raise InvalidPeriodError("halfjaar", str(h), bericht("statushouders.fout.voor_kalender"))
    return h.begin - timedelta(weeks=13)


def taakstelling_formule(vg: int, ig: int, i_n: int) -> int:
    """Art. 29 lid 1: ``vg × iG / iN``, rounded **up** to a whole number, in exact integer arithmetic.

    >>> taakstelling_formule(13000, 48224, 17942942)   # Het Hogeland, 2025-H2
    35
    >>> taakstelling_formule(13000, 0, 17942942)
    0
    >>> taakstelling_formule(0, 0, 0)                  # nobody to house, and no inhabitants
    0

    ``iG`` (the gemeente's inhabitants) is part of ``iN`` (the country's): ``iG > iN`` is refused.
    """
    aantal(vg, "vg")
    aantal(ig, "iG")
    aantal(i_n, "iN", minimum=0 if vg == 0 else 1)  # nobody to house: 0, even without inhabitants
    if ig > i_n:  # the gemeente's inhabitants are part of the national total
        raise InvalidInputError("iG", ig, bericht("statushouders.fout.ig_in", i_n=i_n))
    return _kern(vg, (ig,), i_n)[0]


def _kern(vg: int, igs: Iterable[int], i_n: int) -> list[int]:
    """``ceil(vg × iG / iN)`` for every iG, in exact integer arithmetic: THE arithmetic of art. 29 lid 1.

    The one implementation behind :func:`taakstelling_formule`, :func:`taakstellingen`,
    :func:`taakstelling_aantallen` and the invariant checks of :class:`Taakstellingen`. ``iN = 0``
    (no inhabitants) only comes with ``vg = 0`` (the callers refuse more): 0 for every gemeente.
    """
    if i_n == 0:
        return [0 for _ in igs]
    return [-(-(vg * ig) // i_n) for ig in igs]


def taakstelling_aantallen(landelijk: int, inwoners: Sequence[int]) -> tuple[int, ...]:
    """Only the numbers: ``ceil(vg × iG / iN)`` for every iG in ``inwoners``, iN their sum.

    The fast path for sweeping thousands of scenarios (other national numbers, other
    inhabitants): the same arithmetic as :func:`taakstellingen` (one shared function), without
    register, records, checks of the table or explanation. With the inhabitants of the register's
    gemeenten in its order (by gemeentecode) the numbers are exactly ``volgens_formule`` of
    :func:`taakstellingen`'s records.

    >>> taakstelling_aantallen(10, [1, 1, 1])       # 10/3 each, rounded up
    (4, 4, 4)
    """
    vg = aantal(landelijk, "landelijk")
    igs = list(inwoners)
    if not set(map(type, igs)) <= {int} or (igs and min(igs) < 0):  # else: name the first bad one
        for i, ig in enumerate(igs):
            aantal(ig, f"inwoners[{i}]")
    i_n = sum(igs)
    if i_n == 0 and vg > 0:
        raise InvalidInputError("inwoners", 0, bericht("statushouders.fout.inwoners_nul", vg=vg))
    return tuple(_kern(vg, igs, i_n))


# -- errors ------------------------------------------------------------------------------------


class LandelijkAantalOntbreektError(ParameterNotValidError):
    """No national number vg is shipped for the half-year asked; the user must supply it.

    A :class:`~asielketen.errors.ParameterNotValidError` whose message also says how to supply vg
    (``landelijk=N`` in Python, ``--landelijk N`` on the command line).
    """

    def __init__(self, halfjaar: Halfjaar, oorzaak: ParameterNotValidError) -> None:
        super().__init__(
            oorzaak.parameter,
            oorzaak.peildatum,
            laatst_geldig=oorzaak.laatst_geldig,
            eerst_geldig=oorzaak.eerst_geldig,
        )
        self.halfjaar = halfjaar
        self.bericht = bericht("statushouders.vg_ontbreekt", fout=self.bericht, halfjaar=str(halfjaar))
        self.args = (self.bericht.nl,)


# -- entities ----------------------------------------------------------------------------------


def _code_tuple(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


@frozen(kw_only=True)
class Herindeling:
    """A merger of whole gemeenten (gemeentelijke herindeling), for art. 30.

    From ``datum`` on, the gemeenten ``delen`` together form the gemeente ``gemeentecode``
    (``gemeentenaam``). For a half-year beginning on or after ``datum``, its iG is the sum of the
    CBS figures of the component parts on the reference date (art. 30). A boundary correction or
    a split (parts of gemeenten) is not modelled: supply adjusted inhabitants with
    :meth:`~asielketen.gebied.Register.met_inwoners_csv` instead.
    """

    datum: date
    """The date the merger takes effect (usually 1 January)."""
    gemeentecode: str = field(validator=check_code)
    """The code of the gemeente that results (a new code, or that of one of the parts)."""
    gemeentenaam: str = field(validator=check_naam)
    """The name of the gemeente that results."""
    delen: tuple[str, ...] = field(converter=_code_tuple)
    """The codes of the merging gemeenten (at least two, each once)."""

    @delen.validator
    def _check_delen(self, attribute: object, value: tuple[str, ...]) -> None:
        for code in value:
            if not isinstance(code, str) or not GM_RE.match(code):
                raise InvalidInputError("delen", code, bericht("statushouders.fout.gemeentecode"))
        if len(set(value)) != len(value) or len(value) < 2:
            raise InvalidInputError("delen", value, bericht("statushouders.fout.herindeling_twee"))


@frozen(kw_only=True)
class Taakstellingsregel:
    """One gemeente's line in the national table of taakstellingen."""

    gemeentecode: str = field(validator=check_code)
    """The CBS gemeentecode."""
    gemeentenaam: str = field(validator=check_naam)
    """The CBS name."""
    inwoners: int = field(validator=check_aantal)
    """iG: inhabitants on the reference date (after a herindeling: the sum of the parts)."""
    volgens_formule: int = field(validator=check_aantal)
    """The taakstelling that art. 29 lid 1 gives: ``ceil(vg × iG / iN)``."""
    taakstelling: int = field(validator=check_aantal)
    """The taakstelling that applies: the formula's, or as changed by a herverdeling (lid 2)."""
    delen: tuple[str, ...] = field(default=(), converter=_code_tuple)
    """After a herindeling: the codes of the component parts whose figures were summed (art. 30)."""

    @property
    def herverdeeld(self) -> int:
        """The change by herverdeling: ``taakstelling - volgens_formule`` (0 when unchanged)."""
        return self.taakstelling - self.volgens_formule


_NIEUW = object.__new__
_ZET = object.__setattr__
_SLOT = Taakstellingsregel.__dict__  # attrs' @frozen classes are slotted: one descriptor per field
_ZET_CODE = _SLOT["gemeentecode"].__set__
_ZET_NAAM = _SLOT["gemeentenaam"].__set__
_ZET_INWONERS = _SLOT["inwoners"].__set__
_ZET_FORMULE = _SLOT["volgens_formule"].__set__
_ZET_TAAKSTELLING = _SLOT["taakstelling"].__set__
_ZET_DELEN = _SLOT["delen"].__set__


def _regel(code: str, naam: str, ig: int, taakstelling: int, delen: tuple[str, ...]) -> Taakstellingsregel:
    """A row built from parts that are valid already, without re-running the field validators.

    Only :func:`taakstellingen` uses it, on the hot path of 342 rows: ``code`` and ``naam`` come
    from validated :class:`~asielketen.gebied.Gemeente` or :class:`Herindeling` objects, ``ig``
    from a validated ``Inwonertal`` (an int ≥ 0) and ``taakstelling`` is ``ceil(vg·iG/iN) ≥ 0``,
    computed right there. Rows and tables from users or JSON go through ``__init__`` and all its
    checks as usual (the tests rebuild the fast-path table with ``attrs.evolve`` to prove it
    passes them). Setting the slots directly makes a row about five times cheaper to build.
    """
    r: Taakstellingsregel = _NIEUW(Taakstellingsregel)
    _ZET_CODE(r, code)
    _ZET_NAAM(r, naam)
    _ZET_INWONERS(r, ig)
    _ZET_FORMULE(r, taakstelling)
    _ZET_TAAKSTELLING(r, taakstelling)
    _ZET_DELEN(r, delen)
    return r


T = TypeVar("T")


def _zonder_controle(cls: type[T], **velden: object) -> T:
    """An instance of the attrs class ``cls`` with exactly these field values, built without
    running its validators and ``__attrs_post_init__``.

    Only for values that are correct by construction (see :func:`taakstellingen`): the checks
    exist for data from users and JSON, which always go through ``__init__``. The names must be
    exactly the class's fields, so a field added later cannot be forgotten here.
    """
    namen = {a.name for a in attrs_fields(cls)}  # type: ignore[arg-type]
    if set(velden) != namen:  # pragma: no cover - a programming error, caught by the tests
        raise TypeError(f"{cls.__name__}: velden {sorted(set(velden) ^ namen)}")
    obj: T = _NIEUW(cls)
    for naam, waarde in velden.items():
        _ZET(obj, naam, waarde)
    return obj


def _regel_tuple(values: Iterable[Taakstellingsregel]) -> tuple[Taakstellingsregel, ...]:
    return tuple(values)


def _herindeling_tuple(values: Iterable[Herindeling]) -> tuple[Herindeling, ...]:
    return tuple(values)


def _str_tuple(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


@frozen(kw_only=True)
class Toewijzing:
    """One gemeente's new taakstelling in a :class:`Herverdeling`."""

    gemeentecode: str = field(validator=check_code)
    """The gemeente."""
    taakstelling: int = field(validator=check_aantal)
    """Its taakstelling after the herverdeling."""


def _toewijzing_tuple(values: Iterable[Toewijzing]) -> tuple[Toewijzing, ...]:
    return tuple(values)


@frozen(kw_only=True)
class Herverdeling:
    """A joint decision of two or more colleges to change their taakstellingen (art. 29 lid 2).

    Valid only if the sum over the gemeenten involved stays the same; :func:`herverdeel` checks
    that against a table of taakstellingen and names the gemeenten if it does not hold.

    >>> h = Herverdeling.van({"GM0363": 600, "GM0599": 561}, omschrijving="voorbeeld")
    >>> [t.gemeentecode for t in h.toewijzingen]
    ['GM0363', 'GM0599']
    """

    toewijzingen: tuple[Toewijzing, ...] = field(converter=_toewijzing_tuple)
    """The new taakstelling of each gemeente involved (two or more, each once)."""
    omschrijving: str = ""
    """What the decision is (e.g. the colleges' decision and its date), for the explanation."""

    @toewijzingen.validator
    def _check(self, attribute: object, value: tuple[Toewijzing, ...]) -> None:
        codes = [t.gemeentecode for t in value]
        if len(codes) < 2:
            raise InvalidInputError("toewijzingen", codes, bericht("statushouders.fout.herverdeling_twee"))
        dubbel = sorted({c for c in codes if codes.count(c) > 1})
        if dubbel:
            raise InvalidInputError("toewijzingen", dubbel, bericht("statushouders.fout.herverdeling_dubbel"))

    @classmethod
    def van(cls, nieuw: Mapping[str, int], *, omschrijving: str = "") -> Herverdeling:
        """Build from a mapping gemeentecode → new taakstelling."""
        return cls(
            toewijzingen=tuple(Toewijzing(gemeentecode=c, taakstelling=t) for c, t in nieuw.items()),
            omschrijving=omschrijving,
        )

    @property
    def gemeentecodes(self) -> tuple[str, ...]:
        """The codes of the gemeenten involved."""
        return tuple(t.gemeentecode for t in self.toewijzingen)


def _herverdeling_tuple(values: Iterable[Herverdeling]) -> tuple[Herverdeling, ...]:
    return tuple(values)


@frozen(kw_only=True)
class Taakstellingen:
    """The taakstellingen of all gemeenten for one half-year: a typed table with its totals.

    One record per gemeente (:class:`Taakstellingsregel`) plus the national figures once. The
    explanation of the whole lives in the :class:`~asielketen.explain.Uitkomst` around it; the
    explanation of one gemeente is built on request by :func:`uitleg_gemeente`.

    Invariants (checked on construction, so also for JSON read back): the gemeentecodes are
    unique, iN is the sum of iG, every ``volgens_formule`` is ``ceil(vg × iG / iN)``, and ``som``
    is the sum of the taakstellingen and of the formula's results (a herverdeling keeps the sum).
    """

    halfjaar: Halfjaar
    """The calendar half-year."""
    landelijk_aantal: int = field(validator=check_aantal)
    """vg: the national number of vergunninghouders to house in the half-year."""
    landelijk_bron: str
    """The id of the source of vg in the source registry."""
    peildatum_inwoners: date
    """The reference date of iG and iN (1 January of the preceding year)."""
    inwoners_nederland: int = field(validator=check_aantal)
    """iN: the inhabitants of the Netherlands on the reference date (the sum of iG)."""
    inwoners_bronnen: tuple[str, ...] = field(converter=_str_tuple)
    """The ids of the sources of the inhabitants (``gebruiker:…`` for a user's file)."""
    gemeenten: tuple[Taakstellingsregel, ...] = field(converter=_regel_tuple)
    """One record per gemeente, sorted by gemeentecode."""
    som: int = field(validator=check_som)
    """The sum of the taakstellingen (at least vg; more by less than the number of gemeenten)."""
    herindelingen: tuple[Herindeling, ...] = field(default=(), converter=_herindeling_tuple)
    """The herindelingen applied (art. 30)."""
    herverdelingen: tuple[Herverdeling, ...] = field(default=(), converter=_herverdeling_tuple)
    """The herverdelingen applied (art. 29 lid 2), in order."""

    def __attrs_post_init__(self) -> None:
        if self.peildatum_inwoners != peildatum_inwoners(self.halfjaar):
            raise InvalidInputError(
                "peildatum_inwoners",
                self.peildatum_inwoners,
                bericht(
                    "statushouders.fout.peildatum",
                    halfjaar=self.halfjaar,
                    peildatum=peildatum_inwoners(self.halfjaar),
                ),
            )
        vg, i_n = self.landelijk_aantal, self.inwoners_nederland
        codes: set[str] = set()
        som_inwoners = som_formule = som = 0
        verwacht = _kern(vg, [r.inwoners for r in self.gemeenten], i_n) if i_n else None
        for k, r in enumerate(self.gemeenten):
            codes.add(r.gemeentecode)
            som_inwoners += r.inwoners
            som_formule += r.volgens_formule
            som += r.taakstelling
            if verwacht is not None and r.volgens_formule != verwacht[k]:
                raise InvalidInputError(
                    f"{r.gemeentecode}.volgens_formule",
                    r.volgens_formule,
                    bericht(
                        "statushouders.fout.formule_regel",
                        verwacht=verwacht[k],
                        vg=vg,
                        ig=r.inwoners,
                        i_n=i_n,
                    ),
                )
        if len(codes) != len(self.gemeenten):
            raise InvalidInputError(
                "gemeenten", len(self.gemeenten), bericht("statushouders.fout.dubbele_code")
            )
        if som_inwoners != i_n or (i_n == 0 and vg > 0):
            raise InvalidInputError(
                "inwoners_nederland", i_n, bericht("statushouders.fout.in_som", som=som_inwoners)
            )
        if not som == som_formule == self.som:
            raise InvalidInputError(
                "som",
                self.som,
                bericht("statushouders.fout.som", som=som, som_formule=som_formule),
            )

    @property
    def overschot(self) -> int:
        """``som - vg``: what rounding up adds nationally (0 ≤ overschot < number of gemeenten)."""
        return self.som - self.landelijk_aantal

    @property
    def uiterste_bekendmaking(self) -> date:
        """The last day vg may be published in the Staatscourant (13 weeks before the half-year)."""
        return uiterste_bekendmaking(self.halfjaar)

    @cached_property
    def _index(self) -> dict[str, Taakstellingsregel]:
        return {r.gemeentecode: r for r in self.gemeenten}

    def regel(self, gemeente: str) -> Taakstellingsregel:
        """The record of a gemeente by code or (CBS) name; unknown names suggest close ones.

        For aliases ("Den Haag") use :func:`uitleg_gemeente`, which also consults the register.
        """
        if isinstance(gemeente, str):
            gevonden = self._index.get(gemeente.strip().upper())
            if gevonden is not None:
                return gevonden
            norm = normaliseer_naam(gemeente)
            for r in self.gemeenten:
                if normaliseer_naam(r.gemeentenaam) == norm:
                    return r
        namen = [r.gemeentenaam for r in self.gemeenten]
        close = difflib.get_close_matches(str(gemeente), namen, n=3, cutoff=0.6)
        raise UnknownNameError(
            "gemeente", gemeente, bericht("statushouders.soort.gemeente_in_taakstellingen"), close
        )


@frozen(kw_only=True)
class Taakstelling:
    """One gemeente's taakstelling for one half-year, with the figures of the formula."""

    halfjaar: Halfjaar
    """The calendar half-year."""
    gemeentecode: str = field(validator=check_code)
    """The CBS gemeentecode."""
    gemeentenaam: str = field(validator=check_naam)
    """The CBS name."""
    landelijk_aantal: int = field(validator=check_aantal)
    """vg."""
    inwoners: int = field(validator=check_aantal)
    """iG."""
    inwoners_nederland: int = field(validator=check_aantal)
    """iN."""
    peildatum_inwoners: date
    """The reference date of iG and iN."""
    volgens_formule: int = field(validator=check_aantal)
    """``ceil(vg × iG / iN)`` (art. 29 lid 1)."""
    taakstelling: int = field(validator=check_aantal)
    """The taakstelling that applies (after any herverdeling, art. 29 lid 2)."""

    def __attrs_post_init__(self) -> None:
        geen_inwoners = self.inwoners_nederland < 1 and self.landelijk_aantal > 0  # iN = 0 only with vg = 0
        if geen_inwoners or self.inwoners > self.inwoners_nederland:
            raise InvalidInputError(
                "inwoners", self.inwoners, bericht("statushouders.fout.ig_in", i_n=self.inwoners_nederland)
            )
        verwacht = taakstelling_formule(self.landelijk_aantal, self.inwoners, self.inwoners_nederland)
        if self.volgens_formule != verwacht:
            raise InvalidInputError(
                "volgens_formule",
                self.volgens_formule,
                bericht("statushouders.fout.formule", verwacht=verwacht),
            )
        if self.peildatum_inwoners != peildatum_inwoners(self.halfjaar):
            raise InvalidInputError(
                "peildatum_inwoners",
                self.peildatum_inwoners,
                bericht(
                    "statushouders.fout.peildatum",
                    halfjaar=self.halfjaar,
                    peildatum=peildatum_inwoners(self.halfjaar),
                ),
            )

    @property
    def uiterste_bekendmaking(self) -> date:
        """The last day vg may be published in the Staatscourant (13 weeks before the half-year)."""
        return uiterste_bekendmaking(self.halfjaar)


# -- rules -------------------------------------------------------------------------------------


def landelijk_aantal(halfjaar: Halfjaar | str) -> Uitkomst[int]:
    """The shipped national number vg for ``halfjaar``, with its source (status pers).

    Half-years without a shipped value raise :class:`LandelijkAantalOntbreektError` (a
    :class:`~asielketen.errors.ParameterNotValidError`) that says how to supply vg.

    >>> landelijk_aantal("2025-H2").waarde
    13000
    """
    h = als_halfjaar(halfjaar)
    try:
        g = parameter(BESTAND, P_LANDELIJK).geldigheid_op(h.begin)
    except ParameterNotValidError as exc:
        raise LandelijkAantalOntbreektError(h, exc) from None
    if g.periode != h.periode:  # a validity is one half-year; anything else is a data error
        raise DataUnavailableError(
            bericht(
                "statushouders.fout.vg_geen_halfjaar",
                bestand=BESTAND,
                periode=g.periode,
                parameter=P_LANDELIJK,
            ),
            veld=P_LANDELIJK,
            waarde=str(g.periode),
        )
    rd = Redenering()
    rd.gebruikt(parameterversie(BESTAND), bronnen_versie())
    zin = bericht("statushouders.stap.vg", halfjaar=h, vg=g.waarde)
    bronnen: list[Bron] = [g.bron]
    aanvankelijk = parameter(BESTAND, P_LANDELIJK_AANVANKELIJK)
    if any(a.periode.bevat(h.begin) for a in aanvankelijk.waarden):
        a = aanvankelijk.geldigheid_op(h.begin)
        zin = bericht("statushouders.stap.vg_aanvankelijk", halfjaar=h, vg=g.waarde, aanvankelijk=a.waarde)
        if a.bron != g.bron:
            bronnen.append(a.bron)
    rd.stap(zin, *bronnen, bron("huisvestingswet.art29.lid1"), vg=g.waarde, halfjaar=h)
    return rd.uitkomst(int(g.waarde))


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


def _pas_herindelingen_toe(
    r: Register,
    igs: list[int],
    herindelingen: tuple[Herindeling, ...],
    h: Halfjaar,
) -> tuple[list[tuple[str, str, int, tuple[str, ...]]], tuple[Herindeling, ...], tuple[Herindeling, ...]]:
    """Merge component parts (art. 30): rows (code, naam, iG, delen), applied and not-yet ones."""
    per_code = {g.code: (g, ig) for g, ig in zip(r.gemeenten, igs, strict=True)}
    toegepast = tuple(hi for hi in herindelingen if hi.datum <= h.begin)
    later = tuple(hi for hi in herindelingen if hi.datum > h.begin)
    opgegaan: dict[str, str] = {}
    for hi in toegepast:
        for deel in hi.delen:
            if deel not in per_code:
                raise UnknownNameError(
                    "herindeling.delen", deel, bericht("statushouders.soort.gemeente_in_register")
                )
            if deel in opgegaan:
                raise InvalidInputError(
                    "herindeling.delen",
                    deel,
                    bericht("statushouders.fout.al_opgegaan", gemeentecode=opgegaan[deel]),
                )
            opgegaan[deel] = hi.gemeentecode
    nieuwe = [hi.gemeentecode for hi in toegepast]
    for hi in toegepast:
        if nieuwe.count(hi.gemeentecode) > 1 or (
            hi.gemeentecode in per_code and hi.gemeentecode not in opgegaan
        ):
            raise InvalidInputError(
                "herindeling.gemeentecode", hi.gemeentecode, bericht("statushouders.fout.code_bezet")
            )
    uit: list[tuple[str, str, int, tuple[str, ...]]] = [
        (g.code, g.naam, ig, ()) for g, ig in zip(r.gemeenten, igs, strict=True) if g.code not in opgegaan
    ]
    for hi in toegepast:
        uit.append(
            (hi.gemeentecode, hi.gemeentenaam, sum(per_code[d][1] for d in hi.delen), tuple(sorted(hi.delen)))
        )
    uit.sort(key=lambda t: t[0])
    return uit, toegepast, later


def taakstellingen(
    halfjaar: Halfjaar | str,
    *,
    landelijk: int | None = None,
    reg: Register | None = None,
    herindelingen: Iterable[Herindeling] = (),
) -> Uitkomst[Taakstellingen]:
    """The taakstelling of every gemeente for ``halfjaar`` (Huisvestingswet 2014 art. 29 lid 1).

    ``landelijk`` replaces the shipped vg (a scenario, or a publication we do not ship; its
    source is then an assumption). ``reg`` supplies other inhabitants (e.g. 1 January 2025 for
    2026, via :meth:`~asielketen.gebied.Register.met_inwoners_csv`); without them a half-year
    whose reference date is not available is a :class:`~asielketen.errors.DataUnavailableError`
    naming the date needed. ``herindelingen`` merges gemeenten per art. 30.

    >>> u = taakstellingen("2025-H2")
    >>> u.waarde.regel("GM0363").taakstelling, u.waarde.som, len(u.waarde.gemeenten)
    (675, 13164, 342)
    """
    h = als_halfjaar(halfjaar)
    r = register() if reg is None else reg
    herindelingen = tuple(herindelingen)
    rd = Redenering()
    rd.gebruikt(*r.herkomst)
    if landelijk is None:
        vg_uitkomst = landelijk_aantal(h)
        rd.voeg_toe(vg_uitkomst)
        vg = vg_uitkomst.waarde
        vg_bron = vg_uitkomst.stappen[0].bronnen[0].id
    else:
        vg = aantal(landelijk, "landelijk")
        vg_bron = "aanname.statushouders.landelijk-scenario"
        rd.gebruikt(bronnen_versie())
        rd.stap(
            bericht("statushouders.stap.vg_gebruiker", halfjaar=h, vg=vg),
            bron(vg_bron),
            bron("huisvestingswet.art29.lid1"),
            vg=vg,
            halfjaar=h,
        )
    art29 = bron("huisvestingswet.art29.lid1")
    rd.stap(
        bericht("statushouders.stap.bekendmaking", begin=h.begin, uiterlijk=uiterste_bekendmaking(h)),
        art29,
        uiterste_bekendmaking=uiterste_bekendmaking(h),
    )
    peil = peildatum_inwoners(h)
    igs, inw_bronnen = _inwoners_op(r, peil, h)
    cbs: list[Bron] = [b for id in inw_bronnen for b in bron_of_niets(id)]
    rd.stap(
        bericht("statushouders.stap.peildatum_gebruiker", peildatum=peil, jaar=h.jaar)
        if len(cbs) < len(inw_bronnen)
        else bericht("statushouders.stap.peildatum", peildatum=peil, jaar=h.jaar),
        art29,
        *cbs,
        peildatum=peil,
    )
    regels_in: list[tuple[str, str, int, tuple[str, ...]]] | None = None
    toegepast: tuple[Herindeling, ...] = ()
    later: tuple[Herindeling, ...] = ()
    if herindelingen:
        regels_in, toegepast, later = _pas_herindelingen_toe(r, igs, herindelingen, h)
    art30 = bron("huisvestingswet.art30")
    for hi in toegepast:
        rd.stap(
            bericht(
                "statushouders.stap.herindeling",
                datum=hi.datum,
                delen=", ".join(hi.delen),
                gemeentenaam=hi.gemeentenaam,
                gemeentecode=hi.gemeentecode,
            ),
            art30,
        )
    for hi in later:
        rd.stap(
            bericht(
                "statushouders.stap.herindeling_later",
                gemeentenaam=hi.gemeentenaam,
                gemeentecode=hi.gemeentecode,
                datum=hi.datum,
                halfjaar=h,
            ),
            art30,
        )
    i_n = sum(igs)  # a herindeling sums its parts, so iN is the same
    if i_n == 0 and vg > 0:  # nobody to distribute over; a landelijk aantal of 0 is 0 everywhere
        raise InvalidInputError(
            "inwoners", 0, bericht("statushouders.fout.inwoners_nul_op", peildatum=peil, vg=vg)
        )
    rd.stap(
        bericht(
            "statushouders.stap.inwoners_nederland",
            peildatum=peil,
            i_n=i_n,
            aantal=len(igs) if regels_in is None else len(regels_in),
        ),
        *cbs,
        iN=i_n,
    )
    if regels_in is None:  # the hot path: one row per gemeente of the register
        aantallen = _kern(vg, igs, i_n)
        regels = [
            _regel(g.code, g.naam, ig, t, ()) for g, ig, t in zip(r.gemeenten, igs, aantallen, strict=True)
        ]
    else:
        aantallen = _kern(vg, (ig for _, _, ig, _ in regels_in), i_n)
        regels = [_regel(c, n, ig, t, d) for (c, n, ig, d), t in zip(regels_in, aantallen, strict=True)]
    som = sum([x.taakstelling for x in regels])
    rd.stap(
        bericht("statushouders.stap.formule"),
        art29,
        bron("huisvestingswet.art28"),
        vg=vg,
        iN=i_n,
    )
    rd.stap(
        bericht("statushouders.stap.som", som=som, overschot=som - vg, gemeenten=len(regels)),
        art29,
        som=som,
        overschot=som - vg,
    )
    return rd.uitkomst(
        _zonder_controle(
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
    )


def _zoek_regel(t: Taakstellingen, gemeente: str | Gemeente, reg: Register | None) -> Taakstellingsregel:
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
    vg, ig, i_n, h = t.landelijk_aantal, regel.inwoners, t.inwoners_nederland, t.halfjaar
    art29 = bron("huisvestingswet.art29.lid1")
    rd = Redenering()
    rd.gebruikt(*uitkomst.herkomst.datasets)
    rd.stap(
        bericht("statushouders.stap.gemeente_vg", halfjaar=h, vg=vg, uiterlijk=uiterste_bekendmaking(h)),
        bron(t.landelijk_bron),
        art29,
        vg=vg,
        halfjaar=h,
    )
    cbs = [b for id in t.inwoners_bronnen for b in bron_of_niets(id)]
    extra: list[Bron] = []
    if not regel.delen:
        zin = bericht(
            "statushouders.stap.gemeente_inwoners",
            gemeentenaam=regel.gemeentenaam,
            gemeentecode=regel.gemeentecode,
            peildatum=t.peildatum_inwoners,
            ig=ig,
            i_n=i_n,
        )
    else:
        zin = bericht(
            "statushouders.stap.gemeente_inwoners_delen",
            gemeentenaam=regel.gemeentenaam,
            gemeentecode=regel.gemeentecode,
            peildatum=t.peildatum_inwoners,
            ig=ig,
            delen=", ".join(regel.delen),
            i_n=i_n,
        )
        extra.append(bron("huisvestingswet.art30"))
    rd.stap(
        zin,
        *cbs,
        *extra,
        art29,
        peildatum=t.peildatum_inwoners,
        iG=ig,
        iN=i_n,
    )
    heel, rest = divmod(vg * ig, i_n) if i_n else (0, 0)
    rd.stap(
        bericht(
            "statushouders.stap.gemeente_formule",
            vg=vg,
            ig=ig,
            i_n=i_n,
            heel=heel,
            decimalen=f"{rest * 10000 // i_n:04d}",
            taakstelling=regel.volgens_formule,
        )
        if i_n
        else bericht("statushouders.stap.gemeente_formule_nul"),  # iN = 0 only with vg = 0
        art29,
        bron("huisvestingswet.art28"),
        vg=vg,
        iG=ig,
        iN=i_n,
        taakstelling=regel.volgens_formule,
    )
    for hv in t.herverdelingen:
        if regel.gemeentecode in hv.gemeentecodes:
            andere = [c for c in hv.gemeentecodes if c != regel.gemeentecode]
            rd.stap(
                bericht(
                    "statushouders.stap.gemeente_herverdeling",
                    andere=", ".join(andere),
                    omschrijving=letterlijk(f" ({hv.omschrijving})" if hv.omschrijving else ""),
                    taakstelling=regel.taakstelling,
                ),
                bron("huisvestingswet.art29.lid2"),
                taakstelling=regel.taakstelling,
            )
    return rd.uitkomst(
        Taakstelling(
            halfjaar=h,
            gemeentecode=regel.gemeentecode,
            gemeentenaam=regel.gemeentenaam,
            landelijk_aantal=vg,
            inwoners=ig,
            inwoners_nederland=i_n,
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
    reg: Register | None = None,
    herindelingen: Iterable[Herindeling] = (),
) -> Uitkomst[Taakstelling]:
    """The taakstelling of one gemeente (name, code or :class:`Gemeente`) for ``halfjaar``, explained.

    iN needs every gemeente, so this computes the national table and explains the one asked
    (see :func:`taakstellingen` for the arguments).

    >>> taakstelling_voor("Amsterdam", "2025-H2").waarde.taakstelling
    675
    """
    u = taakstellingen(halfjaar, landelijk=landelijk, reg=reg, herindelingen=herindelingen)
    return uitleg_gemeente(u, gemeente, reg=reg)


def taakstelling_op(
    gemeente: str | Gemeente,
    peildatum: date,
    *,
    landelijk: int | None = None,
    reg: Register | None = None,
) -> Uitkomst[Taakstelling]:
    """The taakstelling of ``gemeente`` for the half-year that contains ``peildatum``.

    >>> taakstelling_op("Het Hogeland", date(2025, 10, 6)).waarde.halfjaar
    Halfjaar(jaar=2025, helft=2)
    """
    peildatum = as_date(peildatum)
    return taakstelling_voor(gemeente, Halfjaar.bevattende(peildatum), landelijk=landelijk, reg=reg)


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
    if not isinstance(herverdeling, Herverdeling):
        raise InvalidInputError("herverdeling", herverdeling, bericht("statushouders.fout.herverdeling_type"))
    regels = {}
    for tw in herverdeling.toewijzingen:
        try:
            regels[tw.gemeentecode] = t._index[tw.gemeentecode]
        except KeyError:
            raise UnknownNameError(
                "herverdeling.gemeentecode",
                tw.gemeentecode,
                bericht("statushouders.soort.gemeente_in_taakstellingen"),
            ) from None
    oud = sum(r.taakstelling for r in regels.values())
    nieuw = sum(tw.taakstelling for tw in herverdeling.toewijzingen)
    namen = ", ".join(f"{r.gemeentenaam} ({r.gemeentecode})" for r in regels.values())
    if oud != nieuw:
        raise InvalidInputError(
            "herverdeling",
            list(regels),
            bericht("statushouders.fout.herverdeling_som", namen=namen, oud=oud, nieuw=nieuw),
        )
    nieuwe = {tw.gemeentecode: tw.taakstelling for tw in herverdeling.toewijzingen}
    gemeenten = tuple(
        evolve(r, taakstelling=nieuwe[r.gemeentecode]) if r.gemeentecode in nieuwe else r for r in t.gemeenten
    )
    rd = Redenering()
    rd.voeg_toe(uitkomst)
    rd.stap(
        bericht(
            "statushouders.stap.herverdeling",
            namen=namen,
            omschrijving=letterlijk(f" ({herverdeling.omschrijving})" if herverdeling.omschrijving else ""),
            oud=oud,
            som=t.som,
        ),
        bron("huisvestingswet.art29.lid2"),
        **{c: f"{regels[c].taakstelling} → {n}" for c, n in nieuwe.items()},
    )
    return rd.uitkomst(evolve(t, gemeenten=gemeenten, herverdelingen=(*t.herverdelingen, herverdeling)))
