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

import csv
import enum
import hashlib
import io
from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from pathlib import Path

from attrs import field, frozen

from ..apportion import grootste_overschot, sainte_lague
from ..bronregister import bron, bronnen_versie
from ..errors import InvalidInputError, StructureError, UnknownNameError
from ..explain import DatasetVersie, Redenering, Uitkomst
from ..gebied import Gemeente, Register, register
from ..periods import as_date
from ..sources import Bron
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
]


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
                raise InvalidInputError("scores", s.gemeentecode, "gemeente komt twee keer voor")
            seen.add(s.gemeentecode)
            if not isinstance(s.score, Decimal) or not s.score.is_finite() or s.score <= -1:
                raise InvalidInputError(
                    f"scores[{s.gemeentecode}]", s.score, "SES-WOA moet een getal > −1 zijn"
                )

    def als_dict(self) -> dict[str, Decimal]:
        """The scores by gemeentecode."""
        return {s.gemeentecode: s.score for s in self.scores}


def lees_ses_csv(pad: str | Path, *, peildatum: date, reg: Register | None = None) -> SesWoa:
    """Read SES-WOA scores from a CSV with columns ``gemeentecode`` and ``ses_woa``.

    (``ses_woa_totaalscore`` is accepted too, as in CBS exports.) Every bad row — unknown code,
    duplicate, non-number, score ≤ −1 — is reported at once in a :class:`StructureError`.
    ``peildatum`` is the reference date of the scores (CBS: 1 January of the verslagjaar); it is
    recorded with the file's sha256 in every result's provenance.
    """
    path = Path(pad)
    r = register() if reg is None else reg
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInputError("ses", str(path), f"bestand niet leesbaar ({exc})") from None
    reader = csv.DictReader(io.StringIO(text))
    kolommen = reader.fieldnames or []
    kolom = next((k for k in ("ses_woa", "ses_woa_totaalscore") if k in kolommen), None)
    if "gemeentecode" not in kolommen or kolom is None:
        raise StructureError(
            "ses", str(path), [f"kolommen 'gemeentecode' en 'ses_woa' vereist (gevonden: {kolommen})"]
        )
    bekend = {g.code for g in r.gemeenten}
    fouten: list[str] = []
    scores: dict[str, Decimal] = {}
    for nr, row in enumerate(reader, start=2):
        code = (row.get("gemeentecode") or "").strip()
        tekst = (row.get(kolom) or "").strip().replace(",", ".")
        if code not in bekend:
            fouten.append(f"rij {nr}: onbekende gemeentecode {code!r}")
            continue
        if code in scores:
            fouten.append(f"rij {nr}: gemeentecode {code} komt twee keer voor")
            continue
        try:
            score = Decimal(tekst)
        except InvalidOperation:
            fouten.append(f"rij {nr}: {kolom}={tekst!r} is geen getal")
            continue
        if not score.is_finite() or score <= -1:
            fouten.append(f"rij {nr}: {kolom}={tekst!r} moet groter zijn dan −1")
            continue
        scores[code] = score
    if fouten:
        raise StructureError("ses", str(path), fouten)
    versie = DatasetVersie(path.name, peildatum, hashlib.sha256(raw).hexdigest())
    return SesWoa(
        scores=[SesScore(c, s) for c, s in scores.items()], bron=f"gebruiker:{path.name}", versie=versie
    )


@frozen(kw_only=True)
class GemeenteVerdeling:
    """One gemeente's indicative number (Iv) and its exact quota."""

    gemeentecode: str
    """The gemeente."""
    gemeentenaam: str
    """Its CBS name."""
    provinciecode: str
    """Its province."""
    inwoners: int
    """iG: the inhabitants used."""
    ses_woa: Decimal | None
    """The SES-WOA score used (``None`` for the inhabitants-only key)."""
    quotum: Fraction
    """The exact share BO × Wf / TWf before rounding."""
    plaatsen: int
    """The indicative number of places (Iv), rounded by the method."""
    amv_quotum: Fraction | None = None
    """The exact amv share, when an amv need was given."""
    amv: int | None = None
    """The amv part of the places, when an amv need was given."""

    def __str__(self) -> str:
        amv = "" if self.amv is None else f", waarvan {self.amv} amv"
        return f"{self.gemeentenaam} ({self.gemeentecode}): {self.plaatsen} plaatsen{amv}"


@frozen(kw_only=True)
class ProvincieVerdeling:
    """A province's opgave: the sum of its gemeenten' numbers (Besluit art. 2.1 lid 2)."""

    provinciecode: str
    """The province."""
    provincienaam: str
    """Its name."""
    plaatsen: int
    """The provincial opgave: Σ Iv of its gemeenten."""
    quotum: Fraction
    """The exact sum of its gemeenten' quotas (what the province would get without rounding)."""
    amv: int | None = None
    """The provincial amv opgave, when an amv need was given."""


@frozen(kw_only=True)
class Spreiding:
    """A national distribution: per gemeente, per province, the national sum and its difference."""

    behoefte: int
    """BO: the national need distributed."""
    amv_behoefte: int | None
    """The national amv need distributed (``None``: not distributed)."""
    methode: Methode
    """How quotas became whole places."""
    sleutel: Sleutel
    """The weights used (legal key or inhabitants only)."""
    inwoners_peildatum: date
    """The reference date of the inhabitants figures used."""
    inwoners_nederland: int
    """In: the national number of inhabitants used."""
    twf: Fraction
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
        return (
            f"verdeling van {self.behoefte} plaatsen (methode {self.methode.value}, sleutel "
            f"{self.sleutel.value}): landelijk totaal {self.totaal}, verschil {self.verschil:+d}"
        )

    def __attrs_post_init__(self) -> None:
        totaal = sum(g.plaatsen for g in self.gemeenten)
        if totaal != self.totaal or self.verschil != totaal - self.behoefte:
            raise InvalidInputError(
                "totaal", self.totaal, f"past niet bij de som van de gemeenten ({totaal})"
            )
        if sum(p.plaatsen for p in self.provincies) != totaal:
            raise InvalidInputError(
                "provincies", "som", "de provinciale opgaven tellen niet op tot het totaal"
            )

    def gemeente(self, naam_of_code: str, reg: Register | None = None) -> GemeenteVerdeling:
        """The record of one gemeente (by code or name, as :meth:`Register.gemeente`)."""
        code = (register() if reg is None else reg).gemeente(naam_of_code).code
        for g in self.gemeenten:
            if g.gemeentecode == code:
                return g
        raise UnknownNameError("gemeente", naam_of_code, "gemeente in deze verdeling")

    def provincie(self, naam_of_code: str, reg: Register | None = None) -> ProvincieVerdeling:
        """The record of one province (by code or name)."""
        code = (register() if reg is None else reg).provincie(naam_of_code).code
        for p in self.provincies:
            if p.provinciecode == code:
                return p
        raise UnknownNameError("provincie", naam_of_code, "provincie in deze verdeling")


def _weights(
    gemeenten: tuple[Gemeente, ...], inwoners: Mapping[str, int], ses: Mapping[str, Decimal] | None
) -> tuple[dict[str, int], int]:
    """Integer weights proportional to Wf, and the scale they were multiplied by."""
    if ses is None:
        return {g.code: inwoners[g.code] for g in gemeenten}, 1
    places = max((max(0, -int(s.as_tuple().exponent)) for s in ses.values()), default=0)
    scale = 10**places
    return {g.code: int((ses[g.code] + 1) * scale) * inwoners[g.code] for g in gemeenten}, scale


def _round(methode: Methode, totaal: int, gewichten: dict[str, int]) -> dict[str, int]:
    if methode is Methode.WET:
        som = sum(gewichten.values())
        if som == 0:
            raise InvalidInputError("gewichten", "alle 0", "niets om naar te verdelen")
        # half up: floor(q + 1/2) with q = totaal·w/som
        return {k: (2 * totaal * w + som) // (2 * som) for k, w in gewichten.items()}
    if methode is Methode.HAMILTON:
        return grootste_overschot(totaal, gewichten)
    return sainte_lague(totaal, gewichten)


def _method_source(methode: Methode) -> tuple[str, Bron]:
    if methode is Methode.WET:
        return (
            "Elke gemeente wordt afzonderlijk rekenkundig afgerond op een geheel getal "
            "(een exacte helft naar boven).",
            bron("aanname.spreidingswet.afronding-half"),
        )
    naam = "grootste overschot" if methode is Methode.HAMILTON else "Sainte-Laguë"
    return (
        f"Scenario: de quota worden met de methode {naam} afgerond, zodat de som precies BO is. "
        "Dit is niet de afronding van de wet.",
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
    """
    peildatum = as_date(peildatum)
    r = register() if reg is None else reg
    rd = Redenering()
    rd.gebruikt(*r.herkomst, bronnen_versie())
    if isinstance(behoefte, Uitkomst):
        rd.voeg_toe(behoefte)
        raming_ = behoefte.waarde
        bo = raming_.behoefte
        amv = raming_.amv if amv is None else amv
    else:
        bo = behoefte
        if not isinstance(bo, int) or isinstance(bo, bool) or bo < 0:
            raise InvalidInputError("behoefte", behoefte, "de landelijke behoefte is een geheel getal ≥ 0")
        rd.stap(
            f"De landelijke behoefte (BO) is {bo} opvangplaatsen.",
            bron("besluit-spreidingswet.art2.1.lid3"),
            BO=bo,
        )
    if amv is not None and (not isinstance(amv, int) or isinstance(amv, bool) or not 0 <= amv <= bo):
        raise InvalidInputError("amv", amv, f"het amv-deel is een geheel getal tussen 0 en BO ({bo})")

    # inhabitants: the most recent CBS figures at the raming (or the date the user names)
    gemeenten = r.gemeenten
    gekozen = inwoners_peildatum is None
    if inwoners_peildatum is None:
        eerder = {d for g in gemeenten for d in g.peildata if d <= peildatum}
        if not eerder:  # raises a DataUnavailableError naming the dates there are
            gemeenten[0].meest_recente_inwoners(peildatum)
        inwoners_peildatum = max(eerder)
    inwoners = r.inwoners_op(inwoners_peildatum)
    nederland = sum(inwoners.values())
    inw_bron = gemeenten[0].inwoners_op(inwoners_peildatum).bron
    rd.stap(
        f"iG en In zijn de inwonertallen volgens het CBS op {inwoners_peildatum.isoformat()}, de meest "
        f"recente vóór of op {peildatum.isoformat()}; In = {nederland}.",
        bron("besluit-spreidingswet.art2.1.lid3"),
        *([bron(inw_bron)] if not inw_bron.startswith("gebruiker:") else []),
        *([bron("aanname.spreidingswet.inwoners-peildatum")] if gekozen else []),
        inwoners_peildatum=inwoners_peildatum,
        In=nederland,
    )

    scores: dict[str, Decimal] | None = None
    if ses is None:
        sleutel = Sleutel.INWONERS
        rd.stap(
            "Zonder SES-WOA-scores wordt alleen naar inwoners verdeeld (Wf = iG / In). "
            "Dit is NIET de wettelijke sleutel, maar een benadering.",
            bron("aanname.spreidingswet.inwonerssleutel"),
        )
    else:
        sleutel = Sleutel.WETTELIJK
        scores = ses.als_dict()
        ontbreekt = sorted(g.code for g in gemeenten if g.code not in scores)
        if ontbreekt:
            raise StructureError(
                "ses",
                ses.bron,
                [f"geen SES-WOA-score voor {len(ontbreekt)} gemeenten: {', '.join(ontbreekt[:10])}"],
            )
        if ses.versie is not None:
            rd.gebruikt(ses.versie)
        rd.stap(
            f"De wegingsfactor is Wf = (SES-WOA + 1) × iG / In, met SES-WOA-scores uit {ses.bron}.",
            bron("besluit-spreidingswet.art2.1.lid3"),
            bron("spreidingswet.art3"),
        )

    gewichten, scale = _weights(gemeenten, inwoners, scores)
    som = sum(gewichten.values())
    twf = Fraction(som, scale * nederland)
    rd.stap(
        "Iv = BO × Wf / TWf; TWf is de som van alle wegingsfactoren.",
        bron("besluit-spreidingswet.art2.1.lid3"),
        TWf=f"{float(twf):.6f}",
    )
    zin, methode_bron = _method_source(methode)
    rd.stap(zin, methode_bron, methode=methode.value)

    plaatsen = _round(methode, bo, gewichten)
    amv_plaatsen = _round(methode, amv, gewichten) if amv is not None else None
    if amv is not None:
        rd.stap(
            f"Het amv-deel ({amv}) wordt met dezelfde formule verdeeld, met BO = {amv}.",
            bron("besluit-spreidingswet.art2.2.lid1"),
            amv=amv,
        )

    records = tuple(
        GemeenteVerdeling(
            gemeentecode=g.code,
            gemeentenaam=g.naam,
            provinciecode=g.provinciecode,
            inwoners=inwoners[g.code],
            ses_woa=None if scores is None else scores[g.code],
            quotum=Fraction(bo * gewichten[g.code], som),
            plaatsen=plaatsen[g.code],
            amv_quotum=None if amv is None else Fraction(amv * gewichten[g.code], som),
            amv=None if amv_plaatsen is None else amv_plaatsen[g.code],
        )
        for g in gemeenten
    )
    per_provincie: dict[str, list[int]] = {p.code: [0, 0, 0] for p in r.provincies}  # places, weight, amv
    for g in gemeenten:
        acc = per_provincie[g.provinciecode]
        acc[0] += plaatsen[g.code]
        acc[1] += gewichten[g.code]
        acc[2] += 0 if amv_plaatsen is None else amv_plaatsen[g.code]
    provincies = tuple(
        ProvincieVerdeling(
            provinciecode=p.code,
            provincienaam=p.naam,
            plaatsen=per_provincie[p.code][0],
            quotum=Fraction(bo * per_provincie[p.code][1], som),
            amv=None if amv is None else per_provincie[p.code][2],
        )
        for p in r.provincies
    )
    rd.stap(
        "De provinciale opvangopgave is de som van de indicatieve verdelingen van haar gemeenten.",
        bron("besluit-spreidingswet.art2.1.lid2"),
    )
    totaal = sum(plaatsen.values())
    verschil = totaal - bo
    if verschil == 0:
        rd.stap(
            f"Het landelijke totaal is {totaal}, gelijk aan BO.",
            bron("besluit-spreidingswet.art2.1.lid2"),
            totaal=totaal,
        )
    else:
        richting = "meer" if verschil > 0 else "minder"
        rd.stap(
            f"Het landelijke totaal is {totaal}: {abs(verschil)} {richting} dan BO ({bo}), doordat elke "
            "gemeente afzonderlijk is afgerond.",
            bron("besluit-spreidingswet.art2.1.lid2"),
            totaal=totaal,
            verschil=verschil,
        )
    amv_totaal = None if amv_plaatsen is None else sum(amv_plaatsen.values())
    return rd.uitkomst(
        Spreiding(
            behoefte=bo,
            amv_behoefte=amv,
            methode=methode,
            sleutel=sleutel,
            inwoners_peildatum=inwoners_peildatum,
            inwoners_nederland=nederland,
            twf=twf,
            gemeenten=records,
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
    wf = (Fraction(ses) + 1) * Fraction(g.inwoners, s.inwoners_nederland)
    rd.stap(
        f"Wegingsfactor van {g.gemeentenaam}: Wf = (SES-WOA + 1) × iG / In"
        + (" (SES-WOA niet gebruikt: alleen inwoners)." if g.ses_woa is None else "."),
        besluit,
        **{"SES-WOA": "—" if g.ses_woa is None else g.ses_woa, "iG": g.inwoners, "In": s.inwoners_nederland},
        Wf=f"{float(wf):.8f}",
    )
    rd.stap(
        "Iv = BO × Wf / TWf.",
        besluit,
        BO=s.behoefte,
        TWf=f"{float(s.twf):.8f}",
        Iv=f"{float(g.quotum):.4f}",
    )
    zin, methode_bron = _method_source(s.methode)
    rd.stap(f"{zin} {g.gemeentenaam} krijgt {g.plaatsen} plaatsen.", methode_bron, plaatsen=g.plaatsen)
    if g.amv is not None:
        rd.stap(
            f"Daarvan zijn {g.amv} plaatsen voor amv (quotum {float(g.amv_quotum or 0):.4f}).",
            bron("besluit-spreidingswet.art2.2.lid1"),
            amv=g.amv,
        )
    return rd.uitkomst(g)
