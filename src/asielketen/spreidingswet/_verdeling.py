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

The rounding is in :mod:`._afronding`, the steps in :func:`verdeel`; how the 342 records are
built fast is in :mod:`._records`.

>>> from datetime import date
>>> u = verdeel(96000, peildatum=date(2024, 1, 31))
>>> s = u.waarde
>>> s.sleutel.value, s.gemeente("Amsterdam").plaatsen, s.totaal, s.verschil
('inwoners', 4983, 96001, 1)
>>> sum(p.plaatsen for p in s.provincies) == s.totaal
True
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from fractions import Fraction

import attrs
from attrs import field

from .._klasse import frozen
from .._openbaar import publiceer_hier
from .._records import zonder_controle
from ..bronregister import bron, bronnen_versie
from ..errors import InvalidInputError, StructureError, UnknownNameError
from ..explain import Redenering, Uitkomst
from ..gebied import Register, register
from ..periods import as_date
from ..taal import bericht
from ._afronding import Methode, afronden, methode_bron
from ._gemeenschappelijk import check_aantal, check_optioneel_aantal, check_quotum
from ._gepubliceerd import Vergelijking, gepubliceerde_cyclus, vergelijk
from ._grootheden import behoefte_en_amv, inwoners, peildatum_inwoners
from ._kolommen import Kolommen, kolommen
from ._raming import Raming
from ._records import GemeenteVerdeling, gemeenteverdelingen
from ._sleutel import SesWoa, Sleutel

__all__ = [
    "ProvincieVerdeling",
    "Spreiding",
    "uitleg_gemeente",
    "verdeel",
]


@frozen(kw_only=True)
class ProvincieVerdeling:
    """A province's opgave: the sum of its gemeenten' numbers (Besluit art. 2.1 lid 2)."""

    provinciecode: str
    """The province."""
    provincienaam: str
    """Its name."""
    plaatsen: int
    """The provincial opgave: Σ Iv of its gemeenten."""
    quotum: Fraction = field(validator=check_quotum)
    """The exact sum of its gemeenten' quotas (what the province would get without rounding)."""
    amv: int | None = field(default=None, validator=check_optioneel_aantal)
    """The provincial amv opgave, when an amv need was given."""


@frozen(kw_only=True)
class Spreiding:
    """A national distribution: per gemeente, per province, the national sum and its difference."""

    behoefte: int = field(validator=check_aantal)
    """BO: the national need distributed."""
    amv_behoefte: int | None = field(validator=check_optioneel_aantal)
    """The national amv need distributed (``None``: not distributed)."""
    methode: Methode
    """How quotas became whole places."""
    sleutel: Sleutel
    """The weights used (legal key or inhabitants only)."""
    inwoners_peildatum: date
    """The reference date of the inhabitants figures used."""
    inwoners_nederland: int = field(validator=check_aantal)
    """In: the national number of inhabitants used."""
    twf: Fraction = field(validator=check_quotum)
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
    scenario: bool = False
    """True when the need (BO or the amv part) is the user's number, not the published raming of a
    cycle (a gebruikersscenario, ``aanname.spreidingswet.scenario``)."""
    inwoners_bron: str | None = None
    """The source of the inhabitants used: a source id (``CBS-…``), or ``gebruiker:<file>`` for a
    user's own figures (not CBS figures shipped with the library); ``None`` when not recorded."""
    gepubliceerd: tuple[Vergelijking, ...] = ()
    """The published figures (status pers) of the cycle whose published need is :attr:`behoefte`,
    each beside its computed number and the difference (``verdeel(…, gepubliceerd=True)``,
    :func:`vergelijk_gepubliceerd`); empty when not asked, or when none belongs to this need (a
    user's scenario of another need). Absent from older JSON, which reads as empty."""

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


# -- the rule -------------------------------------------------------------------------------------


def _gewichten(
    rd: Redenering, k: Kolommen, igs: Sequence[int], ses: SesWoa | None
) -> tuple[Sleutel, list[int], int, list[Decimal] | None]:
    """The key: integer weights ∝ Wf = (SES-WOA + 1) × iG by gemeente, their scale L (the
    common denominator of the scores) and the scores used; without scores, the inhabitants."""
    if ses is None:
        rd.stap("spreidingswet.verdeling.inwonerssleutel", bron("aanname.spreidingswet.inwonerssleutel"))
        return Sleutel.INWONERS, list(igs), 1, None
    scores, factoren, schaal = ses._exact
    ontbreekt = sorted(c for c in k.codes if c not in factoren)
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
    if ses.overgeslagen:  # a StatLine export also holds Nederland, wijken and buurten
        rd.stap(
            bericht("spreidingswet.verdeling.ses_overgeslagen", aantal=ses.overgeslagen, bron=ses.bron),
            bron("besluit-spreidingswet.art2.1.lid3"),
        )
    # integer weights ∝ Wf: (SES-WOA + 1) × L × iG (see wegingsgewichten)
    gewichten = [f * ig for f, ig in zip(map(factoren.__getitem__, k.codes), igs, strict=True)]
    return Sleutel.WETTELIJK, gewichten, schaal, list(map(scores.__getitem__, k.codes))


def _provincies(
    r: Register,
    k: Kolommen,
    bo: int,
    amv: int | None,
    plaatsen: list[int],
    amv_plaatsen: list[int] | None,
    gewichten: list[int],
) -> tuple[ProvincieVerdeling, ...]:
    """Each province's opgave: the sums of its gemeenten' places, quota and amv (art. 2.1 lid 2)."""
    noemer = sum(gewichten) or 1
    amv_kolom = plaatsen if amv_plaatsen is None else amv_plaatsen
    sommen = {p.code: k.sommen(p.code, plaatsen, gewichten, amv_kolom) for p in r.provincies}
    return tuple(
        ProvincieVerdeling(
            provinciecode=p.code,
            provincienaam=p.naam,
            plaatsen=sommen[p.code][0],
            quotum=Fraction(bo * sommen[p.code][1], noemer),
            amv=None if amv is None else sommen[p.code][2],
        )
        for p in r.provincies
    )


def _totaal_stap(rd: Redenering, totaal: int, bo: int) -> None:
    """The national sum and its difference from BO (each gemeente was rounded on its own)."""
    verschil = totaal - bo
    if verschil == 0:
        rd.stap(
            "spreidingswet.verdeling.totaal_gelijk", bron("besluit-spreidingswet.art2.1.lid2"), totaal=totaal
        )
        return
    rd.stap(
        bericht("spreidingswet.verdeling.totaal_meer", totaal=totaal, verschil=verschil, bo=bo)
        if verschil > 0
        else bericht("spreidingswet.verdeling.totaal_minder", totaal=totaal, verschil=-verschil, bo=bo),
        bron("besluit-spreidingswet.art2.1.lid2"),
        totaal=totaal,
        verschil=verschil,
    )


def verdeel(
    behoefte: int | Uitkomst[Raming],
    *,
    peildatum: date | None = None,
    amv: int | None = None,
    ses: SesWoa | None = None,
    methode: Methode = Methode.WET,
    inwoners_peildatum: date | None = None,
    reg: Register | None = None,
    gepubliceerd: bool = False,
) -> Uitkomst[Spreiding]:
    """Distribute ``behoefte`` (BO, or a :func:`raming` result) over all gemeenten.

    A :func:`raming` result is a cycle's need: its distribution uses the inhabitants of that cycle's
    raming — the most recent CBS figures on or before the raming's date (:attr:`Raming.datum`,
    Besluit art. 2.1 lid 3 onder c) — whatever ``peildatum`` is asked, so a cycle's numbers do not
    change with the date they are asked on. A number is the user's own need (a gebruikersscenario,
    labelled as such): ``peildatum`` is then required and is the date of that scenario's raming,
    whose most recent figures on or before it are used. ``inwoners_peildatum`` names another date
    in either case. With ``ses`` the legal key is used; without it, inhabitants only (labelled as
    an assumption). ``amv`` distributes the amv need with the same key (Besluit art. 2.2 lid 1); given
    here, it is the user's number (a scenario) and replaces the raming's.
    Needs are whole numbers from 0 to ``GROOTSTE_AANTAL``. Inhabitants that sum to 0 leave nobody
    to distribute over: an :class:`~asielketen.errors.InvalidInputError` naming ``inwoners``,
    unless the need is 0 (then 0 everywhere). With ``gepubliceerd=True`` the published figures of
    the cycle whose published need is BO are set beside the computed numbers
    (:attr:`Spreiding.gepubliceerd`, a step citing their press sources); a need that is no cycle's
    published need has none.
    """
    peildatum = None if peildatum is None else as_date(peildatum)
    if inwoners_peildatum is not None:
        inwoners_peildatum = as_date(inwoners_peildatum, "inwoners_peildatum")
    r = register() if reg is None else reg
    rd = Redenering()
    rd.gebruikt(*r.herkomst, bronnen_versie())
    bo, amv, scenario = behoefte_en_amv(rd, behoefte, amv)
    datum = peildatum_inwoners(rd, behoefte, peildatum)
    k = kolommen(r)  # the gemeenten by gemeentecode
    inwoners_peildatum, igs, inwoners_bron = inwoners(rd, k, datum, inwoners_peildatum)
    nederland = sum(igs)
    sleutel, gewichten, schaal, scores = _gewichten(rd, k, igs, ses)
    som = sum(gewichten)
    if som == 0 and bo > 0:  # no inhabitants at all: the key iG / In does not exist
        raise InvalidInputError(
            "inwoners",
            nederland,
            bericht("spreidingswet.verdeling.fout_inwoners_nul", peildatum=inwoners_peildatum, behoefte=bo),
        )
    # TWf = Σ Wf = Σ weights / (L × In); a need of 0 over no inhabitants is 0 everywhere (TWf 0)
    twf = Fraction(som, schaal * nederland) if nederland else Fraction(0)
    rd.stap(
        bericht("spreidingswet.verdeling.formule"),  # the sentence names no figure: not the key form
        bron("besluit-spreidingswet.art2.1.lid3"),
        TWf=f"{float(twf):.6f}",
    )
    zin, bron_methode = methode_bron(methode)
    rd.stap(zin, bron_methode, methode=methode.value)

    # Iv = BO × Wf / TWf per gemeente, rounded (art. 2.1 lid 3); the amv part alike (art. 2.2 lid 1)
    plaatsen = afronden(methode, bo, gewichten, som)
    amv_plaatsen = None if amv is None else afronden(methode, amv, gewichten, som)
    if amv is not None:
        rd.stap("spreidingswet.verdeling.amv", bron("besluit-spreidingswet.art2.2.lid1"), amv=amv)
    gemeenten = gemeenteverdelingen(k, igs, scores, plaatsen, amv_plaatsen, gewichten, bo, amv)
    provincies = _provincies(r, k, bo, amv, plaatsen, amv_plaatsen, gewichten)
    rd.stap("spreidingswet.verdeling.provinciaal", bron("besluit-spreidingswet.art2.1.lid2"))
    totaal = sum(plaatsen)
    _totaal_stap(rd, totaal, bo)
    amv_totaal = None if amv_plaatsen is None else sum(amv_plaatsen)
    spreiding = zonder_controle(  # the totals are right by construction: no second pass over the records
        Spreiding,
        behoefte=bo,
        amv_behoefte=amv,
        methode=methode,
        sleutel=sleutel,
        inwoners_peildatum=inwoners_peildatum,
        inwoners_nederland=nederland,
        twf=twf,
        gemeenten=gemeenten,
        provincies=provincies,
        totaal=totaal,
        verschil=totaal - bo,
        amv_totaal=amv_totaal,
        amv_verschil=None if amv_totaal is None or amv is None else amv_totaal - amv,
        scenario=scenario,
        inwoners_bron=inwoners_bron,
        gepubliceerd=(),
    )
    if gepubliceerd and gepubliceerde_cyclus(bo) is not None:  # this need's cycle's published figures
        vergelijking = vergelijk(
            bo,
            methode,
            sleutel,
            {g.gemeentecode: (g.plaatsen, g.amv) for g in gemeenten},
            {p.provinciecode: (p.plaatsen, p.amv) for p in provincies},
        )
        rd.voeg_toe(vergelijking)
        spreiding = zonder_controle(
            Spreiding, **{**attrs.asdict(spreiding, recurse=False), "gepubliceerd": vergelijking.waarde}
        )
    return rd.uitkomst(spreiding)


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
    zin, bron_methode = methode_bron(s.methode)
    rd.stap(
        bericht(
            "spreidingswet.verdeling.gemeente_krijgt",
            methode=zin,
            gemeente=g.gemeentenaam,
            plaatsen=g.plaatsen,
        ),
        bron_methode,
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


publiceer_hier(globals())  # the package's public names defined here: asielketen.spreidingswet.<name>
