"""Speed machinery of the distribution: the gemeente records and their JSON.

A national distribution builds 342 records; building them is most of its cost. What makes that
fast lives here (and in :mod:`._kolommen`), away from the rule in :mod:`._verdeling`:

* :class:`GemeenteVerdeling` keeps its values in one tuple (``_Rij``, read by named positions), the
  exact quota as numerators over one denominator shared by every record, not nine fields and two
  Fractions;
* :func:`gemeenteverdelingen` makes and fills a distribution's records with ``map`` (no Python call
  per record); the result, whose totals are right by construction, is built without re-checks by
  :func:`asielketen._records.zonder_controle` (shared with statushouders);
* the record's JSON is declared on the class (``__json_vorm__``): the shape
  :class:`_GemeenteVerdelingJson`, the plain conversions, and a writer and a reader that skip the
  Fractions for the JSON we write ourselves.

``tests/test_fast_paths.py`` checks with Hypothesis that each fast path equals the plain one:
records built here equal records built by the constructor from ``Fraction(BO × w, Σ w)``, and the
fast JSON equals the converter's JSON of the shape, both ways.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction
from itertools import repeat
from typing import Any, ClassVar, Final

from attrs import field
from attrs import fields as attrs_fields

from .._klasse import frozen
from .._openbaar import publiceer_hier
from .._validation import GROOTSTE_AANTAL
from ..serialization import JsonVorm, converter
from ..taal import bericht
from ._gemeenschappelijk import (
    aantal,
    check_aantal,
    check_optioneel_aantal,
    check_optioneel_quotum,
    check_quotum,
    exact_getal,
)
from ._kolommen import Kolommen

__all__ = ["GemeenteVerdeling", "gemeenteverdelingen"]


_Rij = tuple[str, str, str, int, "Decimal | None", int, "int | None", int, int, "int | None", int]
"""A record's values, read by the positions below (a plain tuple: the zip of the distribution's
columns, with no copy per record). The exact shares are ``quotum = BEHOEFTE × GEWICHT / NOEMER``
and ``amv_quotum = AMV_BEHOEFTE × GEWICHT / NOEMER`` (``AMV_BEHOEFTE`` None without amv). In a
national distribution ``GEWICHT`` is the gemeente's weight and the other three are shared by all
records; a record built from fractions has ``GEWICHT = 1``."""

CODE: Final = 0
NAAM: Final = 1
PROVINCIE: Final = 2
INWONERS: Final = 3
SES_WOA: Final = 4
PLAATSEN: Final = 5
AMV: Final = 6
GEWICHT: Final = 7
BEHOEFTE: Final = 8
AMV_BEHOEFTE: Final = 9
NOEMER: Final = 10


def _kanoniek(rij: _Rij) -> tuple[object, ...]:
    """The values with the shares in lowest terms over their least common denominator.

    Equal records have equal keys, however their shares were written (``6/8`` or ``3/4``).
    """
    teller = rij[BEHOEFTE] * rij[GEWICHT]
    amv_teller = None if rij[AMV_BEHOEFTE] is None else rij[AMV_BEHOEFTE] * rij[GEWICHT]
    noemer = rij[NOEMER]
    d = math.gcd(teller, noemer) if amv_teller is None else math.gcd(teller, amv_teller, noemer)
    return (*rij[:GEWICHT], teller // d, None if amv_teller is None else amv_teller // d, noemer // d)


@frozen(kw_only=True)
class _GemeenteVerdelingJson:
    """The JSON shape of :class:`GemeenteVerdeling` (its public fields, in this order)."""

    gemeentecode: str
    gemeentenaam: str
    provinciecode: str
    inwoners: int = field(validator=check_aantal)
    ses_woa: Decimal | None
    quotum: Fraction = field(validator=check_quotum)
    plaatsen: int = field(validator=check_aantal)
    amv_quotum: Fraction | None = field(default=None, validator=check_optioneel_quotum)
    amv: int | None = field(default=None, validator=check_optioneel_aantal)


_VELDEN = tuple(a.name for a in attrs_fields(_GemeenteVerdelingJson))
"""The public fields of a record, in the order of its constructor, repr and JSON (those of its shape)."""


def _naar_vorm(g: GemeenteVerdeling) -> _GemeenteVerdelingJson:
    """The plain way to JSON: the record as its shape."""
    return _GemeenteVerdelingJson(**{n: getattr(g, n) for n in _VELDEN})


def _uit_vorm(j: _GemeenteVerdelingJson) -> GemeenteVerdeling:
    """The plain way from JSON: the record from its (checked) shape, through the constructor."""
    return GemeenteVerdeling(**{n: getattr(j, n) for n in _VELDEN})


def _breuk(teller: int, noemer: int) -> str:
    """``str(Fraction(teller, noemer))`` without building the Fraction (noemer > 0)."""
    d = math.gcd(teller, noemer)
    return str(teller // d) if noemer == d else f"{teller // d}/{noemer // d}"


def _schrijf(g: GemeenteVerdeling) -> dict[str, Any]:
    """The JSON of the shape, straight from the stored values (no Fraction per record)."""
    r = g._rij
    return {
        "gemeentecode": r[CODE],
        "gemeentenaam": r[NAAM],
        "provinciecode": r[PROVINCIE],
        "inwoners": r[INWONERS],
        "ses_woa": None if r[SES_WOA] is None else converter.unstructure(r[SES_WOA], Decimal),
        "quotum": _breuk(r[BEHOEFTE] * r[GEWICHT], r[NOEMER]),
        "plaatsen": r[PLAATSEN],
        "amv_quotum": None if r[AMV_BEHOEFTE] is None else _breuk(r[AMV_BEHOEFTE] * r[GEWICHT], r[NOEMER]),
        "amv": r[AMV],
    }


_SLEUTELS = frozenset(_VELDEN)


def _breuk_uit_tekst(waarde: object) -> tuple[int, int] | None:
    """``(teller, noemer)`` of a plain ``"a/b"`` or ``"a"`` (ASCII digits, b > 0); else ``None``."""
    if type(waarde) is not str:
        return None
    teller, streep, noemer = waarde.partition("/")
    if not (teller.isdigit() and teller.isascii()):
        return None
    if not streep:
        return int(teller), 1
    if not (noemer.isdigit() and noemer.isascii()) or int(noemer) == 0:
        return None
    return int(teller), int(noemer)


def _een_noemer(q: tuple[int, int], a: tuple[int, int] | None) -> tuple[int, int | None, int]:
    """Two shares ``teller/noemer`` over their least common denominator: ``(q', a', noemer)``."""
    if a is None:
        return q[0], None, q[1]
    noemer = math.lcm(q[1], a[1])
    return q[0] * (noemer // q[1]), a[0] * (noemer // a[1]), noemer


def _lees(data: Any) -> GemeenteVerdeling | None:
    """The common case of JSON we wrote ourselves, read without Fractions; ``None``: anything else
    (the full path then checks it, and names what is wrong)."""
    if type(data) is not dict or data.keys() != _SLEUTELS:
        return None
    code, naam, pv, ses = data["gemeentecode"], data["gemeentenaam"], data["provinciecode"], data["ses_woa"]
    if not (type(code) is str and type(naam) is str and type(pv) is str):
        return None
    inwoners, plaatsen, amv = data["inwoners"], data["plaatsen"], data["amv"]
    if not (type(inwoners) is int and type(plaatsen) is int and (amv is None or type(amv) is int)):
        return None
    if not (0 <= inwoners <= GROOTSTE_AANTAL and 0 <= plaatsen <= GROOTSTE_AANTAL):
        return None  # the constructor names the bad value
    if amv is not None and not 0 <= amv <= GROOTSTE_AANTAL:
        return None
    if ses is not None and type(ses) is not str:
        return None
    q = _breuk_uit_tekst(data["quotum"])
    a = None if data["amv_quotum"] is None else _breuk_uit_tekst(data["amv_quotum"])
    if q is None or (a is None and data["amv_quotum"] is not None):
        return None
    if q[0] > GROOTSTE_AANTAL * q[1] or (a is not None and a[0] > GROOTSTE_AANTAL * a[1]):
        return None  # a share above GROOTSTE_AANTAL: the constructor names it
    ses_woa = None if ses is None else converter.structure(ses, Decimal)
    velden = (code, naam, pv, inwoners, ses_woa, plaatsen, amv)
    return _record((*velden, 1, *_een_noemer(q, a)))


@frozen(init=False, repr=False)
class GemeenteVerdeling:
    """One gemeente's indicative number (Iv) and its exact quota.

    Built 342 times per national distribution, so it keeps its values in one tuple, with the
    exact quota as integer numerators over one denominator (in a national distribution the sum of
    all weights, shared by every gemeente); the attributes below read from it, :attr:`quotum` and
    :attr:`amv_quotum` as ``Fraction``. The constructor, ``repr``, equality and JSON are those of a
    record with these nine fields (the JSON shape is ``_GemeenteVerdelingJson``);
    ``attrs.evolve`` does not apply: build a new record with the constructor.
    """

    _rij: _Rij = field(eq=_kanoniek)

    __json_vorm__: ClassVar[JsonVorm] = JsonVorm(
        vorm=_GemeenteVerdelingJson, naar_vorm=_naar_vorm, uit_vorm=_uit_vorm, schrijf=_schrijf, lees=_lees
    )

    def __init__(
        self,
        *,
        gemeentecode: str,
        gemeentenaam: str,
        provinciecode: str,
        inwoners: int,
        ses_woa: Decimal | None,
        quotum: Fraction,
        plaatsen: int,
        amv_quotum: Fraction | None = None,
        amv: int | None = None,
    ) -> None:
        for veld, waarde in (("inwoners", inwoners), ("plaatsen", plaatsen)):
            aantal(veld, waarde)
        if amv is not None:
            aantal("amv", amv)
        q = exact_getal("quotum", quotum)
        a = None if amv_quotum is None else exact_getal("amv_quotum", amv_quotum)
        teller, amv_teller, noemer = _een_noemer(
            (q.numerator, q.denominator), None if a is None else (a.numerator, a.denominator)
        )
        # the positions of _Rij: the values, weight 1, the shares over their common denominator
        self.__attrs_init__(
            (
                gemeentecode,
                gemeentenaam,
                provinciecode,
                inwoners,
                ses_woa,
                plaatsen,
                amv,
                1,
                teller,
                amv_teller,
                noemer,
            )
        )

    @property
    def gemeentecode(self) -> str:
        """The gemeente."""
        return self._rij[CODE]

    @property
    def gemeentenaam(self) -> str:
        """Its CBS name."""
        return self._rij[NAAM]

    @property
    def provinciecode(self) -> str:
        """Its province."""
        return self._rij[PROVINCIE]

    @property
    def inwoners(self) -> int:
        """iG: the inhabitants used."""
        return self._rij[INWONERS]

    @property
    def ses_woa(self) -> Decimal | None:
        """The SES-WOA score used (``None`` for the inhabitants-only key)."""
        return self._rij[SES_WOA]

    @property
    def plaatsen(self) -> int:
        """The indicative number of places (Iv), rounded by the method."""
        return self._rij[PLAATSEN]

    @property
    def amv(self) -> int | None:
        """The amv part of the places, when an amv need was given."""
        return self._rij[AMV]

    @property
    def quotum(self) -> Fraction:
        """The exact share BO × Wf / TWf before rounding."""
        r = self._rij
        return Fraction(r[BEHOEFTE] * r[GEWICHT], r[NOEMER])

    @property
    def amv_quotum(self) -> Fraction | None:
        """The exact amv share, when an amv need was given."""
        r = self._rij
        return None if r[AMV_BEHOEFTE] is None else Fraction(r[AMV_BEHOEFTE] * r[GEWICHT], r[NOEMER])

    def __repr__(self) -> str:
        return f"GemeenteVerdeling({', '.join(f'{n}={getattr(self, n)!r}' for n in _VELDEN)})"

    def __str__(self) -> str:
        if self.amv is None:
            return bericht(
                "spreidingswet.verdeling.gemeente",
                naam=self.gemeentenaam,
                code=self.gemeentecode,
                plaatsen=self.plaatsen,
            ).tekst()
        return bericht(
            "spreidingswet.verdeling.gemeente_amv",
            naam=self.gemeentenaam,
            code=self.gemeentecode,
            plaatsen=self.plaatsen,
            amv=self.amv,
        ).tekst()


_NIEUW = object.__new__
_ZET_RIJ = GemeenteVerdeling.__dict__["_rij"].__set__  # attrs' @frozen classes are slotted


def _record(rij: _Rij) -> GemeenteVerdeling:
    """A record from values that are valid already, without the constructor's conversions."""
    r: GemeenteVerdeling = _NIEUW(GemeenteVerdeling)
    _ZET_RIJ(r, rij)
    return r


def gemeenteverdelingen(
    k: Kolommen,
    inwoners: Sequence[int],
    ses: Sequence[Decimal] | None,
    plaatsen: Sequence[int],
    amv_plaatsen: Sequence[int] | None,
    gewichten: Sequence[int],
    behoefte: int,
    amv_behoefte: int | None,
) -> tuple[GemeenteVerdeling, ...]:
    """The records of a national distribution over the gemeenten of ``k``, in its order.

    Gemeente ``i`` gets ``plaatsen[i]`` (``amv_plaatsen[i]``) and the exact shares
    ``behoefte × gewichten[i] / Σ gewichten`` (``amv_behoefte × …``), kept as numerators over the
    shared denominator (1 when every weight is 0). The values are valid by construction (the
    gemeenten from a validated register, the numbers from the rule), so no constructor runs: the
    records are made and filled by ``map``, without a Python call per record.
    """
    n = len(k.codes)
    rijen = zip(
        k.codes,
        k.namen,
        k.pvs,
        inwoners,
        repeat(None, n) if ses is None else ses,
        plaatsen,
        repeat(None, n) if amv_plaatsen is None else amv_plaatsen,
        gewichten,
        repeat(behoefte, n),
        repeat(amv_behoefte, n),
        repeat(sum(gewichten) or 1, n),
        strict=True,
    )
    records: list[GemeenteVerdeling] = list(map(_NIEUW, repeat(GemeenteVerdeling, n)))
    deque(map(_ZET_RIJ, records, rijen), maxlen=0)
    if next(rijen, None) is not None or (n and not hasattr(records[-1], "_rij")):  # pragma: no cover
        raise ValueError(f"niet precies {n} rijen")  # a programming error: one row per gemeente
    return tuple(records)


publiceer_hier(globals())  # the package's public names defined here: asielketen.spreidingswet.<name>
