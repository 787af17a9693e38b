"""The indicative distribution per gemeente and the provincial opgave (Besluit art. 2.1, 2.2).

Besluit gemeentelijke taak mogelijk maken asielopvangvoorzieningen (BWBR0049310) art. 2.1 lid 3::

    (SES-WOA + 1) × iG / In = Wf          BO × Wf / TWf = Iv

each gemeente's Iv "rekenkundig afgerond op een geheel getal" (half up, see ADR 0002); the
provincial opgave is the sum of its gemeenten' rounded Iv (lid 2); the amv part uses the same
formula with BO = the national amv need (art. 2.2 lid 1). Because every gemeente is rounded on its
own, the national sum can differ from BO: :attr:`Spreiding.verschil` shows it.

Arithmetic is exact (integers and fractions; SES-WOA scores are ``Decimal``). Without SES-WOA scores
the distribution is by inhabitants only — clearly labelled as not the legal key (status aanname).
For scenarios that need parts summing exactly to BO, :class:`Methode` offers largest remainder and
Sainte-Laguë (:mod:`asielketen.apportion`).

>>> from datetime import date
>>> u = verdeel(96000, peildatum=date(2024, 1, 31))
>>> s = u.waarde
>>> s.sleutel.value, s.gemeente("Amsterdam").plaatsen, s.totaal, s.verschil
('inwoners', 4983, 96001, 1)
>>> sum(p.plaatsen for p in s.provincies) == s.totaal
True
"""

from __future__ import annotations

import contextlib
import enum
import math
import weakref
from bisect import bisect_right
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from functools import cached_property
from itertools import repeat
from operator import attrgetter
from pathlib import Path
from typing import Any, TypeVar

from attrs import field, frozen
from attrs import fields as attrs_fields

from .. import _bestanden
from .._validation import GROOTSTE_AANTAL, geheel_getal
from ..apportion import _hamilton_kern, _sainte_lague_kern
from ..bronregister import bron, bronnen_versie
from ..errors import InvalidInputError, StructureError, UnknownNameError
from ..explain import DatasetVersie, Redenering, Uitkomst
from ..gebied import Gemeente, Register, register
from ..periods import as_date
from ..serialization import converter
from ..sources import Bron
from ..taal import Bericht, bericht, letterlijk
from ._common import check_aantal
from .raming import Raming

__all__ = [
    "GemeenteVerdeling",
    "Methode",
    "ProvincieVerdeling",
    "SesScore",
    "SesWoa",
    "Sleutel",
    "Spreiding",
    "lees_ses_csv",
    "uitleg_gemeente",
    "verdeel",
    "verdeel_aantallen",
    "wegingsgewichten",
]

_T = TypeVar("_T")


class Methode(enum.Enum):
    """How the exact quotas become whole places."""

    WET = "wet"
    """Besluit art. 2.1 lid 3: every gemeente rounded on its own, half up; the sum may differ from BO."""
    HAMILTON = "hamilton"
    """Largest remainder (scenario): parts sum exactly to BO, each within floor/ceil of its quota."""
    SAINTE_LAGUE = "sainte-lague"
    """Sainte-Laguë divisor method (scenario): parts sum exactly to BO, house-monotone."""


class Sleutel(enum.Enum):
    """Which weights distribute the need."""

    WETTELIJK = "wettelijk"
    """The legal key: (SES-WOA + 1) × inhabitants (Besluit art. 2.1 lid 3)."""
    INWONERS = "inwoners"
    """Inhabitants only — an approximation, NOT the legal key (status aanname)."""


@frozen
class SesScore:
    """The CBS SES-WOA total score of one gemeente."""

    gemeentecode: str
    """The gemeente."""
    score: Decimal
    """The SES-WOA totaalscore (mean per private household; roughly −1 … +1)."""


def _ses_in_bereik(score: Decimal) -> bool:
    """Below 1000 with at most 20 digits: (score + 1) stays exact in the decimal context, and an
    exponent like ``1E+999999999`` (an overflow, or an integer of a billion digits) is refused."""
    _, cijfers, exponent = score.as_tuple()
    return score < 1000 and len(cijfers) <= 20 and isinstance(exponent, int) and exponent >= -20


def _score_tuple(values: Iterable[SesScore]) -> tuple[SesScore, ...]:
    return tuple(sorted(values, key=lambda s: s.gemeentecode))


@frozen(kw_only=True)
class SesWoa:
    """A set of SES-WOA scores supplied by the user (CBS data that asielketen does not ship)."""

    scores: tuple[SesScore, ...] = field(converter=_score_tuple)
    """One score per gemeente, sorted by code."""
    bron: str
    """Where the scores come from (e.g. ``"CBS 85900NED, verslagjaar 2022"`` or a file name)."""
    versie: DatasetVersie | None = None
    """The file's version (name, reference date, sha256) when loaded from a file."""

    @scores.validator
    def _check(self, _: object, value: tuple[SesScore, ...]) -> None:
        seen: set[str] = set()
        for s in value:
            if s.gemeentecode in seen:
                raise InvalidInputError(
                    "scores", s.gemeentecode, bericht("spreidingswet.verdeling.fout_ses_dubbel")
                )
            seen.add(s.gemeentecode)
            if not isinstance(s.score, Decimal) or not s.score.is_finite() or s.score <= -1:
                raise InvalidInputError(
                    f"scores[{s.gemeentecode}]", s.score, bericht("spreidingswet.verdeling.fout_ses_getal")
                )
            if not _ses_in_bereik(s.score):
                raise InvalidInputError(
                    f"scores[{s.gemeentecode}]", s.score, bericht("spreidingswet.verdeling.fout_ses_bereik")
                )

    def als_dict(self) -> dict[str, Decimal]:
        """The scores by gemeentecode."""
        return {s.gemeentecode: s.score for s in self.scores}

    @cached_property
    def _exact(self) -> tuple[dict[str, Decimal], dict[str, int], int]:
        """The scores by code; (SES-WOA + 1) × L as integers by code; their common denominator L.

        Computed once per (immutable) set of scores, so a sweep over needs reuses it.
        """
        factoren, noemer = _factoren([s.score for s in self.scores])
        codes = [s.gemeentecode for s in self.scores]
        return self.als_dict(), dict(zip(codes, factoren, strict=True)), noemer


def _factoren(scores: Sequence[Decimal]) -> tuple[list[int], int]:
    """(SES-WOA + 1) for each score as an integer over one common denominator L, and L (exact)."""
    ratios = [(s + 1).as_integer_ratio() for s in scores]
    noemer = math.lcm(*(d for _, d in ratios)) if ratios else 1
    return [n * (noemer // d) for n, d in ratios], noemer


def lees_ses_csv(pad: str | Path, *, peildatum: date, reg: Register | None = None) -> SesWoa:
    """Read SES-WOA scores from a CSV with columns ``gemeentecode`` and ``ses_woa``.

    (``ses_woa_totaalscore`` is accepted too, as in CBS exports.) Every bad row — unknown code,
    duplicate, non-number, score ≤ −1 — is reported at once in a :class:`StructureError`.
    ``peildatum`` is the reference date of the scores (CBS: 1 January of the verslagjaar); it is
    recorded with the file's sha256 in every result's provenance.
    """
    peildatum = as_date(peildatum)
    r = register() if reg is None else reg
    bestand = _bestanden.lees(pad, "ses")
    tabel = bestand.csv("ses", ("gemeentecode",), optioneel=_SES_KOLOMMEN)
    kolom = next((k for k in _SES_KOLOMMEN if k in tabel.kolommen), None)
    if kolom is None:
        gevonden = _bestanden.kolomlijst(tabel.kolommen)
        raise bestand.fout("ses", bericht("spreidingswet.lees.ses_kolommen", gevonden=gevonden))
    bekend = {g.code for g in r.gemeenten}
    fouten = _bestanden.Fouten("ses", bestand.pad)
    scores: dict[str, Decimal] = {}
    for nr, row in tabel.rijen(fouten):
        code = row["gemeentecode"]
        tekst = row[kolom].replace(",", ".")
        if code not in bekend:
            fouten.voeg(
                bericht("spreidingswet.lees.onbekende_gemeentecode", rij=nr, code=_bestanden.cel(code))
            )
            continue
        if code in scores:
            fouten.voeg(bericht("spreidingswet.lees.gemeente_dubbel", rij=nr, code=code))
            continue
        score = _ses_cel(tekst, nr, kolom)
        if isinstance(score, Bericht):
            fouten.voeg(score)
            continue
        scores[code] = score
    fouten.controleer()
    versie = DatasetVersie(bestand.naam, peildatum, bestand.sha256)
    return SesWoa(
        scores=[SesScore(c, s) for c, s in scores.items()], bron=f"gebruiker:{bestand.naam}", versie=versie
    )


_SES_KOLOMMEN = ("ses_woa", "ses_woa_totaalscore")


def _ses_cel(tekst: str, nr: int, kolom: str) -> Decimal | Bericht:
    """A SES-WOA cell as a score, or what is wrong with it."""
    waarde = _bestanden.cel(tekst)
    score = None
    if len(tekst) <= 40:  # no real score has more than a few decimals; Decimal() of a huge text is slow
        with contextlib.suppress(InvalidOperation):
            score = Decimal(tekst)
    if score is None:
        return bericht("spreidingswet.lees.geen_getal", rij=nr, kolom=kolom, waarde=waarde)
    if not score.is_finite() or score <= -1:
        return bericht("spreidingswet.lees.te_laag", rij=nr, kolom=kolom, waarde=waarde)
    if not _ses_in_bereik(score):
        return bericht("spreidingswet.lees.ses_bereik", rij=nr, kolom=kolom, waarde=waarde)
    return score


_Rij = tuple[str, str, str, int, "Decimal | None", int, "int | None", int, int, "int | None", int]
"""A record's values: code, name, province, iG, SES-WOA, places, amv, then the exact shares as
``w, bo, amv_bo, som``: quotum = bo × w / som and amv_quotum = amv_bo × w / som (``amv_bo`` None
without amv). In a national distribution ``w`` is the gemeente's weight and the other three are
shared by all records; a record built from fractions has ``w = 1``."""


def _kanoniek(rij: _Rij) -> tuple[object, ...]:
    """The values with the shares in lowest terms over their least common denominator.

    Equal records have equal keys, however their shares were written (``6/8`` or ``3/4``).
    """
    w, bo, amv_bo, noemer = rij[7], rij[8], rij[9], rij[10]
    teller, amv_teller = bo * w, None if amv_bo is None else amv_bo * w
    d = math.gcd(teller, noemer) if amv_teller is None else math.gcd(teller, amv_teller, noemer)
    return (*rij[:7], teller // d, None if amv_teller is None else amv_teller // d, noemer // d)


def _exact_getal(veld: str, waarde: object) -> Fraction:
    """An exact share from 0 to ``GROOTSTE_AANTAL`` (a quotum never exceeds its need), as a Fraction.

    The bound keeps ``float(quotum)`` (tables, frames, explanations) finite.
    """
    if isinstance(waarde, Fraction):
        q = waarde
    elif isinstance(waarde, int) and not isinstance(waarde, bool):
        q = Fraction(waarde)
    else:
        raise InvalidInputError(veld, waarde, bericht("spreidingswet.verdeling.fout_exact"))
    if not 0 <= q <= GROOTSTE_AANTAL:
        raise InvalidInputError(
            veld, waarde, bericht("spreidingswet.verdeling.fout_quotum", maximum=GROOTSTE_AANTAL)
        )
    return q


def _check_quotum(_: object, attribute: Any, value: Fraction) -> None:
    """attrs validator: an exact share from 0 to ``GROOTSTE_AANTAL`` (see :func:`_exact_getal`)."""
    _exact_getal(attribute.name, value)


def _check_optioneel_quotum(inst: object, attribute: Any, value: Fraction | None) -> None:
    """attrs validator: ``None`` or an exact share from 0 to ``GROOTSTE_AANTAL``."""
    if value is not None:
        _exact_getal(attribute.name, value)


def _check_optioneel_aantal(inst: object, attribute: Any, value: int | None) -> None:
    """attrs validator: ``None`` or a whole number from 0 to ``GROOTSTE_AANTAL``."""
    if value is not None:
        check_aantal(inst, attribute, value)


_VELDEN = (
    "gemeentecode",
    "gemeentenaam",
    "provinciecode",
    "inwoners",
    "ses_woa",
    "quotum",
    "plaatsen",
    "amv_quotum",
    "amv",
)


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
            geheel_getal(veld, waarde, reden=bericht("spreidingswet.fout.aantal"))
        if amv is not None:
            geheel_getal("amv", amv, reden=bericht("spreidingswet.fout.aantal"))
        q = _exact_getal("quotum", quotum)
        amv_teller: int | None = None
        teller, noemer = q.numerator, q.denominator
        if amv_quotum is not None:
            a = _exact_getal("amv_quotum", amv_quotum)
            noemer = math.lcm(q.denominator, a.denominator)
            teller, amv_teller = teller * (noemer // q.denominator), a.numerator * (noemer // a.denominator)
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
        return self._rij[0]

    @property
    def gemeentenaam(self) -> str:
        """Its CBS name."""
        return self._rij[1]

    @property
    def provinciecode(self) -> str:
        """Its province."""
        return self._rij[2]

    @property
    def inwoners(self) -> int:
        """iG: the inhabitants used."""
        return self._rij[3]

    @property
    def ses_woa(self) -> Decimal | None:
        """The SES-WOA score used (``None`` for the inhabitants-only key)."""
        return self._rij[4]

    @property
    def plaatsen(self) -> int:
        """The indicative number of places (Iv), rounded by the method."""
        return self._rij[5]

    @property
    def amv(self) -> int | None:
        """The amv part of the places, when an amv need was given."""
        return self._rij[6]

    @property
    def quotum(self) -> Fraction:
        """The exact share BO × Wf / TWf before rounding."""
        rij = self._rij
        return Fraction(rij[8] * rij[7], rij[10])

    @property
    def amv_quotum(self) -> Fraction | None:
        """The exact amv share, when an amv need was given."""
        rij = self._rij
        return None if rij[9] is None else Fraction(rij[9] * rij[7], rij[10])

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


@frozen(kw_only=True)
class _GemeenteVerdelingJson:
    """The JSON shape of :class:`GemeenteVerdeling` (its public fields, in this order)."""

    gemeentecode: str
    gemeentenaam: str
    provinciecode: str
    inwoners: int = field(validator=check_aantal)
    ses_woa: Decimal | None
    quotum: Fraction = field(validator=_check_quotum)
    plaatsen: int = field(validator=check_aantal)
    amv_quotum: Fraction | None = field(default=None, validator=_check_optioneel_quotum)
    amv: int | None = field(default=None, validator=_check_optioneel_aantal)


def _breuk(teller: int, noemer: int) -> str:
    """``str(Fraction(teller, noemer))`` without building the Fraction (noemer > 0)."""
    d = math.gcd(teller, noemer)
    return str(teller // d) if noemer == d else f"{teller // d}/{noemer // d}"


def _gemeenteverdeling_naar_json(g: GemeenteVerdeling) -> dict[str, Any]:
    """The JSON shape of :class:`_GemeenteVerdelingJson`, straight from the stored values.

    The tests check it equals the converter's generated function for that shape.
    """
    code, naam, pv, ig, ses, plaatsen, amv, w, bo, amv_bo, noemer = g._rij
    return {
        "gemeentecode": code,
        "gemeentenaam": naam,
        "provinciecode": pv,
        "inwoners": ig,
        "ses_woa": None if ses is None else converter.unstructure(ses, Decimal),
        "quotum": _breuk(bo * w, noemer),
        "plaatsen": plaatsen,
        "amv_quotum": None if amv_bo is None else _breuk(amv_bo * w, noemer),
        "amv": amv,
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


def _gemeenteverdeling_snel(data: Any) -> GemeenteVerdeling | None:
    """The common case of JSON we wrote ourselves, read without Fractions; ``None``: anything else."""
    if type(data) is not dict or data.keys() != _SLEUTELS:
        return None
    code, naam, pv = data["gemeentecode"], data["gemeentenaam"], data["provinciecode"]
    inwoners, plaatsen, amv, ses = data["inwoners"], data["plaatsen"], data["amv"], data["ses_woa"]
    if not (type(code) is str and type(naam) is str and type(pv) is str):
        return None
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
    if a is None:
        teller, amv_teller, noemer = q[0], None, q[1]
    else:
        noemer = math.lcm(q[1], a[1])
        teller, amv_teller = q[0] * (noemer // q[1]), a[0] * (noemer // a[1])
    ses_woa = None if ses is None else converter.structure(ses, Decimal)
    return _record((code, naam, pv, inwoners, ses_woa, plaatsen, amv, 1, teller, amv_teller, noemer))


def _gemeenteverdeling_uit_json(data: Any, _: type) -> GemeenteVerdeling:
    """Structure a record: the fast path for our own JSON, else the converter's full checks."""
    try:
        snel = _gemeenteverdeling_snel(data)
    except Exception:  # e.g. a bad SES-WOA text or a huge number: the full path reports it
        snel = None
    if snel is not None:
        return snel
    j = converter.structure(data, _GemeenteVerdelingJson)
    return GemeenteVerdeling(**{n: getattr(j, n) for n in _VELDEN})


converter.register_unstructure_hook(GemeenteVerdeling, _gemeenteverdeling_naar_json)
converter.register_structure_hook(GemeenteVerdeling, _gemeenteverdeling_uit_json)

_NIEUW = object.__new__
_ZET_RIJ = GemeenteVerdeling.__dict__["_rij"].__set__  # attrs' @frozen classes are slotted


def _records(rijen: Iterator[_Rij], n: int) -> list[GemeenteVerdeling]:
    """``n`` records from exactly ``n`` value tuples (as :func:`_record`), made and filled by ``map``.

    No Python call per record: the 342 records of a national distribution are most of its cost.
    """
    records: list[GemeenteVerdeling] = list(map(_NIEUW, repeat(GemeenteVerdeling, n)))
    deque(map(_ZET_RIJ, records, rijen), maxlen=0)
    if next(rijen, None) is not None or (n and not hasattr(records[-1], "_rij")):  # pragma: no cover
        raise ValueError(f"niet precies {n} rijen")  # a programming error: one row per gemeente
    return records


def _record(rij: _Rij) -> GemeenteVerdeling:
    """A record from values that are valid already, without the constructor's conversions.

    For :func:`verdeel`'s 342 records (the gemeente from a validated register, the numbers from the
    shared arithmetic right there, the shares over the shared denominator Σ weights, no
    ``Fraction`` per record) and for JSON the fast path has checked. The tests check that such a
    record equals one built with the constructor.
    """
    r: GemeenteVerdeling = _NIEUW(GemeenteVerdeling)
    _ZET_RIJ(r, rij)
    return r


@frozen(kw_only=True)
class ProvincieVerdeling:
    """A province's opgave: the sum of its gemeenten' numbers (Besluit art. 2.1 lid 2)."""

    provinciecode: str
    """The province."""
    provincienaam: str
    """Its name."""
    plaatsen: int
    """The provincial opgave: Σ Iv of its gemeenten."""
    quotum: Fraction = field(validator=_check_quotum)
    """The exact sum of its gemeenten' quotas (what the province would get without rounding)."""
    amv: int | None = field(default=None, validator=_check_optioneel_aantal)
    """The provincial amv opgave, when an amv need was given."""


@frozen(kw_only=True)
class Spreiding:
    """A national distribution: per gemeente, per province, the national sum and its difference."""

    behoefte: int = field(validator=check_aantal)
    """BO: the national need distributed."""
    amv_behoefte: int | None = field(validator=_check_optioneel_aantal)
    """The national amv need distributed (``None``: not distributed)."""
    methode: Methode
    """How quotas became whole places."""
    sleutel: Sleutel
    """The weights used (legal key or inhabitants only)."""
    inwoners_peildatum: date
    """The reference date of the inhabitants figures used."""
    inwoners_nederland: int = field(validator=check_aantal)
    """In: the national number of inhabitants used."""
    twf: Fraction = field(validator=_check_quotum)
    """TWf: the sum of all weighting factors Wf."""
    gemeenten: tuple[GemeenteVerdeling, ...]
    """Every gemeente, sorted by code."""
    provincies: tuple[ProvincieVerdeling, ...]
    """Every province, sorted by code."""
    totaal: int
    """The national sum of the gemeenten' numbers."""
    verschil: int
    """``totaal − behoefte``: the rounding difference (0 for the exact methods)."""
    amv_totaal: int | None = None
    """The national sum of the amv parts."""
    amv_verschil: int | None = None
    """``amv_totaal − amv_behoefte``."""

    def __str__(self) -> str:
        return bericht(
            "spreidingswet.verdeling.omschrijving",
            behoefte=self.behoefte,
            methode=self.methode,
            sleutel=self.sleutel,
            totaal=self.totaal,
            verschil=f"{self.verschil:+d}",
        ).tekst()

    def __attrs_post_init__(self) -> None:
        totaal = sum(g.plaatsen for g in self.gemeenten)
        if totaal != self.totaal or self.verschil != totaal - self.behoefte:
            raise InvalidInputError(
                "totaal", self.totaal, bericht("spreidingswet.verdeling.fout_totaal", totaal=totaal)
            )
        if sum(p.plaatsen for p in self.provincies) != totaal:
            raise InvalidInputError("provincies", "som", bericht("spreidingswet.verdeling.fout_provincies"))

    def gemeente(self, naam_of_code: str, reg: Register | None = None) -> GemeenteVerdeling:
        """The record of one gemeente (by code or name, as :meth:`Register.gemeente`)."""
        code = (register() if reg is None else reg).gemeente(naam_of_code).code
        for g in self.gemeenten:
            if g.gemeentecode == code:
                return g
        raise UnknownNameError("gemeente", naam_of_code, bericht("spreidingswet.verdeling.soort_gemeente"))

    def provincie(self, naam_of_code: str, reg: Register | None = None) -> ProvincieVerdeling:
        """The record of one province (by code or name)."""
        code = (register() if reg is None else reg).provincie(naam_of_code).code
        for p in self.provincies:
            if p.provinciecode == code:
                return p
        raise UnknownNameError("provincie", naam_of_code, bericht("spreidingswet.verdeling.soort_provincie"))


def _afronden(methode: Methode, totaal: int, gewichten: Sequence[int], som: int) -> list[int]:
    """Whole places for checked weights (``som = Σ gewichten``), by position: THE arithmetic of the rule.

    :func:`verdeel` and :func:`verdeel_aantallen` both call this one function. ``WET``: every part
    ``floor(totaal·w/som + 1/2)`` (half up, ADR 0002); the scenario methods use the kernels of
    :mod:`asielketen.apportion` (ties: larger weight, then earlier position = smaller gemeentecode).
    """
    if som == 0:  # nothing to distribute by: only a need of 0 can be distributed (0 everywhere)
        if totaal > 0:
            raise InvalidInputError(
                "gewichten", "alle 0", bericht("spreidingswet.verdeling.fout_gewicht_nul", totaal=totaal)
            )
        return [0] * len(gewichten)
    if methode is Methode.WET:
        # half up: floor(q + 1/2) with q = totaal·w/som
        t2, s2 = 2 * totaal, 2 * som
        return [(t2 * w + som) // s2 for w in gewichten]
    kern = _hamilton_kern if methode is Methode.HAMILTON else _sainte_lague_kern
    return kern(totaal, gewichten, som)


GROOTSTE_GEWICHT = GROOTSTE_AANTAL * 10**24
"""The largest weight :func:`verdeel_aantallen` accepts (10^39).

Above any weight :func:`wegingsgewichten` can give: ``(SES-WOA + 1) × L × iG`` with a score below
1000 of at most 20 decimals (``L ≤ 10^20``) and ``iG ≤ GROOTSTE_AANTAL`` stays below 1.002 × 10^38.
"""


def _aantal(waarde: object, veld: str, maximum: int = GROOTSTE_AANTAL) -> int:
    return geheel_getal(veld, waarde, maximum=maximum, reden=bericht("spreidingswet.fout.geheel_getal"))


def _gewichten_lijst(
    gewichten: Iterable[int], veld: str = "gewichten", maximum: int = GROOTSTE_AANTAL
) -> list[int]:
    """The weights as a list of ints from 0 to ``maximum`` (bools refused); errors name the first bad one."""
    lijst = list(gewichten)
    if set(map(type, lijst)) <= {int} and (not lijst or (min(lijst) >= 0 and max(lijst) <= maximum)):
        return lijst  # the common case, fast
    for i, w in enumerate(lijst):
        _aantal(w, f"{veld}[{i}]", maximum)
    return [int(w) for w in lijst]


def verdeel_aantallen(
    behoefte: int, gewichten: Sequence[int], *, methode: Methode = Methode.WET
) -> tuple[int, ...]:
    """Only the numbers: ``behoefte`` over integer weights proportional to Wf, in the order given.

    The fast path for sweeping thousands of scenarios: the same arithmetic as :func:`verdeel` (one
    shared function), without register, result objects or explanation. With the weights of the
    gemeenten in the register's order (by gemeentecode) — their inhabitants for the inhabitants
    key, :func:`wegingsgewichten` for the legal key — the numbers are exactly the ``plaatsen`` of
    :func:`verdeel`'s records. Ties of the scenario methods go to the larger weight, then to the
    earlier position.

    >>> verdeel_aantallen(3, [10, 10])                      # 1.5 and 1.5, each rounded half up
    (2, 2)
    >>> verdeel_aantallen(3, [10, 10], methode=Methode.HAMILTON)
    (2, 1)
    """
    bo = _aantal(behoefte, "behoefte")
    lijst = _gewichten_lijst(gewichten, maximum=GROOTSTE_GEWICHT)
    return tuple(_afronden(methode, bo, lijst, sum(lijst)))


def wegingsgewichten(inwoners: Sequence[int], ses: Sequence[Decimal] | None = None) -> tuple[int, ...]:
    """Integer weights proportional to Wf = (SES-WOA + 1) × iG / In, exactly as :func:`verdeel` uses them.

    Besluit art. 2.1 lid 3. Without ``ses``: the inhabitants themselves (the inhabitants-only
    key). With ``ses`` (one score per gemeente, same order): ``(SES-WOA + 1) × L × iG`` with ``L``
    the common denominator of the scores, so the weights are exact integers.

    >>> wegingsgewichten([1000, 2000, 500], [Decimal("0.1"), Decimal("-0.2"), Decimal("0")])
    (11000, 16000, 5000)
    """
    igs = _gewichten_lijst(inwoners, "inwoners")
    if ses is None:
        return tuple(igs)
    scores = list(ses)
    if len(scores) != len(igs):
        raise InvalidInputError(
            "ses", len(scores), bericht("spreidingswet.verdeling.fout_ses_aantal", aantal=len(igs))
        )
    for i, s in enumerate(scores):
        if not isinstance(s, Decimal) or not s.is_finite() or s <= -1:
            raise InvalidInputError(f"ses[{i}]", s, bericht("spreidingswet.verdeling.fout_ses_decimal"))
    factoren, _ = _factoren(scores)
    return tuple(f * ig for f, ig in zip(factoren, igs, strict=True))


def _inwoners(gemeenten: Sequence[Gemeente], peildatum: date) -> tuple[list[int], bool]:
    """iG of every gemeente on exactly ``peildatum``, in order, and whether the order is by code.

    A missing figure is a clear error naming the gemeente and the date.
    """
    uit: list[int] = []
    voeg_toe = uit.append
    vorige = ""
    gesorteerd = True
    for g in gemeenten:
        code = g.code
        if code <= vorige:
            gesorteerd = False
        vorige = code
        inw = g.inwoners  # sorted by date: the usual case is the last figure
        if inw and inw[-1].peildatum == peildatum:
            voeg_toe(inw[-1].aantal)
            continue
        for i in inw:
            if i.peildatum == peildatum:
                voeg_toe(i.aantal)
                break
        else:
            g.inwoners_op(peildatum)  # raises the DataUnavailableError naming gemeente and date
    return uit, gesorteerd


_CODE = attrgetter("code")
_NAAM = attrgetter("naam")
_PROVINCIE = attrgetter("provinciecode")


class _Kolommen:
    """A register's gemeenten as columns, by gemeentecode: what every :func:`verdeel` reads.

    Derived once per (immutable) register and kept while the register lives (see
    :func:`_kolommen`), as the register keeps its lookup indexes; the inhabitants per reference
    date are added on first use.
    """

    __slots__ = ("codes", "datums", "gemeenten", "inwoners", "namen", "posities", "pvs")

    def __init__(self, r: Register) -> None:
        gemeenten = r.gemeenten
        codes = list(map(_CODE, gemeenten))
        if codes != sorted(codes):  # records by gemeentecode; the scenario methods' ties follow it
            gemeenten = tuple(sorted(gemeenten, key=_CODE))
            codes = list(map(_CODE, gemeenten))
        self.gemeenten: tuple[Gemeente, ...] = gemeenten
        self.codes: tuple[str, ...] = tuple(codes)
        self.namen: tuple[str, ...] = tuple(map(_NAAM, gemeenten))
        self.pvs: tuple[str, ...] = tuple(map(_PROVINCIE, gemeenten))
        posities: dict[str, list[int]] = {}
        for i, pv in enumerate(self.pvs):
            posities.setdefault(pv, []).append(i)
        self.posities: dict[str, tuple[int, ...]] = {pv: tuple(p) for pv, p in posities.items()}
        self.datums: tuple[date, ...] = tuple(sorted({i.peildatum for g in gemeenten for i in g.inwoners}))
        self.inwoners: dict[date, tuple[int, ...]] = {}

    def inwoners_op(self, peildatum: date) -> tuple[int, ...]:
        """iG of every gemeente on exactly ``peildatum`` (a missing figure is a clear error)."""
        igs = self.inwoners.get(peildatum)
        if igs is None:
            igs = self.inwoners[peildatum] = tuple(_inwoners(self.gemeenten, peildatum)[0])
        return igs

    def sommen(self, pv: str, *kolommen: Sequence[int]) -> tuple[int, ...]:
        """The sum of each column over the gemeenten of province ``pv``."""
        posities = self.posities.get(pv, ())
        return tuple(sum(map(k.__getitem__, posities)) for k in kolommen)


_KOLOMMEN: dict[int, tuple[weakref.ref[Register], _Kolommen]] = {}


def _kolommen(r: Register) -> _Kolommen:
    """The columns of register ``r``, derived on first use and forgotten with the register."""
    bekend = _KOLOMMEN.get(id(r))
    if bekend is not None and bekend[0]() is r:
        return bekend[1]
    k = _Kolommen(r)
    sleutel = id(r)
    _KOLOMMEN[sleutel] = (weakref.ref(r, lambda _: _KOLOMMEN.pop(sleutel, None)), k)
    return k


_ZET = object.__setattr__


def _zonder_controle(cls: type[_T], **velden: object) -> _T:
    """An instance of the attrs class ``cls`` with exactly these field values, without running
    ``__attrs_post_init__``: only for values correct by construction (:func:`verdeel`'s own
    result; JSON and users go through ``__init__``). The names must be exactly the fields.
    """
    namen = {a.name for a in attrs_fields(cls)}  # type: ignore[arg-type]
    if set(velden) != namen:  # pragma: no cover - a programming error, caught by the tests
        raise TypeError(f"{cls.__name__}: velden {sorted(set(velden) ^ namen)}")
    obj: _T = _NIEUW(cls)
    for naam, waarde in velden.items():
        _ZET(obj, naam, waarde)
    return obj


def _method_source(methode: Methode) -> tuple[Bericht, Bron]:
    if methode is Methode.WET:
        return (
            bericht("spreidingswet.verdeling.methode_wet"),
            bron("aanname.spreidingswet.afronding-half"),
        )
    naam = (
        bericht("spreidingswet.verdeling.grootste_overschot")
        if methode is Methode.HAMILTON
        else letterlijk("Sainte-Laguë")
    )
    return (
        bericht("spreidingswet.verdeling.methode_scenario", naam=naam),
        bron("aanname.spreidingswet.scenariomethode"),
    )


def verdeel(
    behoefte: int | Uitkomst[Raming],
    *,
    peildatum: date,
    amv: int | None = None,
    ses: SesWoa | None = None,
    methode: Methode = Methode.WET,
    inwoners_peildatum: date | None = None,
    reg: Register | None = None,
) -> Uitkomst[Spreiding]:
    """Distribute ``behoefte`` (BO, or a :func:`raming` result) over all gemeenten.

    ``peildatum`` is the date of the raming: the inhabitants used are the most recent CBS figures
    dated on or before it (Besluit art. 2.1 lid 3 onder c), unless ``inwoners_peildatum`` names
    another date. With ``ses`` the legal key is used; without it, inhabitants only (labelled as an
    assumption). ``amv`` distributes the amv need with the same key (Besluit art. 2.2 lid 1).
    Needs are whole numbers from 0 to ``GROOTSTE_AANTAL``. Inhabitants that sum to 0 leave nobody
    to distribute over: an :class:`~asielketen.errors.InvalidInputError` naming ``inwoners``,
    unless the need is 0 (then 0 everywhere).
    """
    peildatum = as_date(peildatum)
    if inwoners_peildatum is not None:
        inwoners_peildatum = as_date(inwoners_peildatum, "inwoners_peildatum")
    r = register() if reg is None else reg
    rd = Redenering()
    rd.gebruikt(*r.herkomst, bronnen_versie())
    if isinstance(behoefte, Uitkomst):
        rd.voeg_toe(behoefte)
        raming_ = behoefte.waarde
        bo = raming_.behoefte
        amv = raming_.amv if amv is None else amv
    else:
        bo = geheel_getal("behoefte", behoefte, reden=bericht("spreidingswet.verdeling.fout_behoefte"))
        rd.stap(
            bericht("spreidingswet.behoefte", behoefte=bo),
            bron("besluit-spreidingswet.art2.1.lid3"),
            BO=bo,
        )
    if amv is not None:
        reden = bericht("spreidingswet.verdeling.fout_amv", bo=bo)
        if geheel_getal("amv", amv, reden=reden) > bo:
            raise InvalidInputError("amv", amv, reden)

    # inhabitants: the most recent CBS figures at the raming (or the date the user names)
    k = _kolommen(r)
    gemeenten = k.gemeenten  # by gemeentecode
    gekozen = inwoners_peildatum is None
    if inwoners_peildatum is None:
        eerder = k.datums[: bisect_right(k.datums, peildatum)]
        if not eerder:  # raises a DataUnavailableError naming the dates there are
            gemeenten[0].meest_recente_inwoners(peildatum)
        inwoners_peildatum = eerder[-1]
    igs = k.inwoners_op(inwoners_peildatum)
    nederland = sum(igs)
    inw_bron = gemeenten[0].inwoners_op(inwoners_peildatum).bron
    rd.stap(
        bericht(
            "spreidingswet.verdeling.inwoners",
            inwoners_peildatum=inwoners_peildatum,
            peildatum=peildatum,
            nederland=nederland,
        ),
        bron("besluit-spreidingswet.art2.1.lid3"),
        *([bron(inw_bron)] if not inw_bron.startswith("gebruiker:") else []),
        *([bron("aanname.spreidingswet.inwoners-peildatum")] if gekozen else []),
        inwoners_peildatum=inwoners_peildatum,
        In=nederland,
    )

    scores: dict[str, Decimal] | None = None
    if ses is None:
        sleutel = Sleutel.INWONERS
        gewichten, schaal = list(igs), 1
        rd.stap(
            bericht("spreidingswet.verdeling.inwonerssleutel"),
            bron("aanname.spreidingswet.inwonerssleutel"),
        )
    else:
        sleutel = Sleutel.WETTELIJK
        scores, factoren, schaal = ses._exact
        ontbreekt = sorted(g.code for g in gemeenten if g.code not in factoren)
        if ontbreekt:
            raise StructureError(
                "ses",
                ses.bron,
                [
                    bericht(
                        "spreidingswet.verdeling.fout_ses_ontbreekt",
                        aantal=len(ontbreekt),
                        codes=", ".join(ontbreekt[:10]),
                    )
                ],
            )
        if ses.versie is not None:
            rd.gebruikt(ses.versie)
        rd.stap(
            bericht("spreidingswet.verdeling.wegingsfactor", bron=ses.bron),
            bron("besluit-spreidingswet.art2.1.lid3"),
            bron("spreidingswet.art3"),
        )
        # integer weights ∝ Wf: (SES-WOA + 1) × L × iG (see wegingsgewichten)
        gewichten = [f * ig for f, ig in zip(map(factoren.__getitem__, k.codes), igs, strict=True)]

    som = sum(gewichten)
    if som == 0 and bo > 0:  # no inhabitants at all: the key iG / In does not exist
        raise InvalidInputError(
            "inwoners",
            nederland,
            bericht("spreidingswet.verdeling.fout_inwoners_nul", peildatum=inwoners_peildatum, behoefte=bo),
        )
    # a need of 0 over no inhabitants is 0 everywhere: every share 0/1, and Σ Wf taken as 0
    twf = Fraction(som, schaal * nederland) if nederland else Fraction(0)
    noemer = som or 1
    rd.stap(
        bericht("spreidingswet.verdeling.formule"),
        bron("besluit-spreidingswet.art2.1.lid3"),
        TWf=f"{float(twf):.6f}",
    )
    zin, methode_bron = _method_source(methode)
    rd.stap(zin, methode_bron, methode=methode.value)

    plaatsen = _afronden(methode, bo, gewichten, som)
    amv_plaatsen = None if amv is None else _afronden(methode, amv, gewichten, som)
    if amv is not None:
        rd.stap(
            bericht("spreidingswet.verdeling.amv", amv=amv),
            bron("besluit-spreidingswet.art2.2.lid1"),
            amv=amv,
        )

    # the records: their values in one tuple each, the exact shares as numerators over som (no
    # per-record Fraction); then the provincial sums of places, weights and amv
    n = len(gemeenten)
    rijen = zip(
        k.codes,
        k.namen,
        k.pvs,
        igs,
        repeat(None, n) if scores is None else list(map(scores.__getitem__, k.codes)),
        plaatsen,
        repeat(None, n) if amv_plaatsen is None else amv_plaatsen,
        gewichten,
        repeat(bo, n),
        repeat(amv, n),
        repeat(noemer, n),
        strict=True,
    )
    records = _records(rijen, n)
    amv_kolom = plaatsen if amv_plaatsen is None else amv_plaatsen
    per_provincie = {p.code: k.sommen(p.code, plaatsen, gewichten, amv_kolom) for p in r.provincies}
    provincies = tuple(
        ProvincieVerdeling(
            provinciecode=p.code,
            provincienaam=p.naam,
            plaatsen=per_provincie[p.code][0],
            quotum=Fraction(bo * per_provincie[p.code][1], noemer),
            amv=None if amv is None else per_provincie[p.code][2],
        )
        for p in r.provincies
    )
    rd.stap(
        bericht("spreidingswet.verdeling.provinciaal"),
        bron("besluit-spreidingswet.art2.1.lid2"),
    )
    totaal = sum(plaatsen)
    verschil = totaal - bo
    if verschil == 0:
        rd.stap(
            bericht("spreidingswet.verdeling.totaal_gelijk", totaal=totaal),
            bron("besluit-spreidingswet.art2.1.lid2"),
            totaal=totaal,
        )
    else:
        rd.stap(
            bericht("spreidingswet.verdeling.totaal_meer", totaal=totaal, verschil=verschil, bo=bo)
            if verschil > 0
            else bericht("spreidingswet.verdeling.totaal_minder", totaal=totaal, verschil=-verschil, bo=bo),
            bron("besluit-spreidingswet.art2.1.lid2"),
            totaal=totaal,
            verschil=verschil,
        )
    amv_totaal = None if amv_plaatsen is None else sum(amv_plaatsen)
    return rd.uitkomst(
        _zonder_controle(  # the totals are right by construction: no second pass over the records
            Spreiding,
            behoefte=bo,
            amv_behoefte=amv,
            methode=methode,
            sleutel=sleutel,
            inwoners_peildatum=inwoners_peildatum,
            inwoners_nederland=nederland,
            twf=twf,
            gemeenten=tuple(records),
            provincies=provincies,
            totaal=totaal,
            verschil=verschil,
            amv_totaal=amv_totaal,
            amv_verschil=None if amv_totaal is None or amv is None else amv_totaal - amv,
        )
    )


def uitleg_gemeente(
    uitkomst: Uitkomst[Spreiding], naam_of_code: str, *, reg: Register | None = None
) -> Uitkomst[GemeenteVerdeling]:
    """Explain one gemeente's number in a national distribution, with its own figures."""
    s = uitkomst.waarde
    g = s.gemeente(naam_of_code, reg)
    rd = Redenering()
    rd.gebruikt(*uitkomst.herkomst.datasets)
    besluit = bron("besluit-spreidingswet.art2.1.lid3")
    ses = Decimal(0) if g.ses_woa is None else g.ses_woa
    wf = (Fraction(ses) + 1) * Fraction(g.inwoners, s.inwoners_nederland or 1)  # no inhabitants: 0
    rd.stap(
        bericht("spreidingswet.verdeling.wf_gemeente_zonder_ses", gemeente=g.gemeentenaam)
        if g.ses_woa is None
        else bericht("spreidingswet.verdeling.wf_gemeente", gemeente=g.gemeentenaam),
        besluit,
        **{"SES-WOA": "—" if g.ses_woa is None else g.ses_woa, "iG": g.inwoners, "In": s.inwoners_nederland},
        Wf=f"{float(wf):.8f}",
    )
    rd.stap(
        bericht("spreidingswet.verdeling.iv"),
        besluit,
        BO=s.behoefte,
        TWf=f"{float(s.twf):.8f}",
        Iv=f"{float(g.quotum):.4f}",
    )
    zin, methode_bron = _method_source(s.methode)
    rd.stap(
        bericht(
            "spreidingswet.verdeling.gemeente_krijgt",
            methode=zin,
            gemeente=g.gemeentenaam,
            plaatsen=g.plaatsen,
        ),
        methode_bron,
        plaatsen=g.plaatsen,
    )
    if g.amv is not None:
        rd.stap(
            bericht(
                "spreidingswet.verdeling.gemeente_amv_stap",
                amv=g.amv,
                quotum=f"{float(g.amv_quotum or 0):.4f}",
            ),
            bron("besluit-spreidingswet.art2.2.lid1"),
            amv=g.amv,
        )
    return rd.uitkomst(g)
