"""Nareizigers: may a household of nareizigers move in with the referent under the nareisactie?

A *nareiziger* is a family member who joins a statushouder, the *referent*: the spouse or partner,
a (foster) child, and the parents only when the referent came as an alleenstaande minderjarige
(IND). The *nareisactie*, announced on 23 September 2025 (Kamerbrief; Rijksoverheid news "Minister
Keijzer neemt maatregelen om bezetting in Ter Apel onder de 2000 mensen te krijgen"), moves
nareizigers whose referent is already housed straight in with the referent. Per the VNG ledenbrief
of 13 October 2025 (U20250645): households of **one to two** nareizigers first; **three to four**
only "op een later moment" and with the gemeente's consent; those who arrived before 23 September
2025 are not part of it. To move in, the COA requires an approved dwelling, BRP registration, a
BSN and an MVV.

:func:`beoordeel_nareis` checks a :class:`Huishouden` at a peildatum and returns a typed
:class:`Nareisuitkomst` with **every** reason (:class:`Reden`), each with its sources and what
would change it. The outcomes are ordered (ADR 0004)::

    BUITEN_ACTIE < NOG_NIET < BINNEN_ACTIE_MET_INSTEMMING < BINNEN_ACTIE

and the rule is monotone: a larger household, a missing registration, a closed phase or a missing
consent never make the outcome better.

>>> from datetime import date
>>> gezin = Huishouden(
...     referent=Referent(gehuisvest=True, als_amv=False),
...     nareizigers=[Nareiziger(relatie=Relatie.ECHTGENOOT, aankomst=None,
...                             brp=True, bsn=True, mvv=True, ind_melding=True)],
...     woning_goedgekeurd=True, instemming_gemeente=False)
>>> beoordeel_nareis(gezin, date(2025, 10, 20)).waarde.uitkomst
<Nareisuitkomst.BINNEN_ACTIE: 'binnen_actie'>
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any, TypeVar

from attrs import Attribute, field, frozen

from ._validation import geheel_getal
from .bronregister import bron, bronnen_versie
from .errors import DataIntegrityError, InvalidInputError
from .explain import Redenering, Uitkomst
from .gebied import Gemeente
from .parameters import parameter, parameterversie
from .periods import Geldigheid, as_date
from .sources import Bron
from .taal import Bericht, als_bericht, bericht, letterlijk, samengevoegd

__all__ = [
    "MAX_NAREIZIGERS",
    "Huishouden",
    "Nareisactiestand",
    "Nareisbeoordeling",
    "Nareisuitkomst",
    "Nareiziger",
    "Reden",
    "Redencode",
    "Referent",
    "Relatie",
    "Route",
    "Woninglezing",
    "beoordeel_nareis",
    "nareisactie_op",
]

BESTAND = "nareizigers.json"
"""The shipped parameter file of this module."""

MAX_NAREIZIGERS = 50
"""Input sanity bound (not policy): more nareizigers in one household is refused as absurd input."""

E = TypeVar("E", bound=enum.Enum)


# --------------------------------------------------------------------------------------------
# Enumerations
# --------------------------------------------------------------------------------------------


class Nareisuitkomst(enum.Enum):
    """The outcome of the check, ordered from worst to best (ADR 0004).

    * ``BUITEN_ACTIE`` — not in scope of the nareisactie (regular route);
    * ``NOG_NIET`` — not yet: the household can fall under the action, but something that can
      still change is missing (phase 2 not open, the gemeente's consent, a registration, the
      approved dwelling);
    * ``BINNEN_ACTIE_MET_INSTEMMING`` — in scope through phase 2, with the gemeente's consent;
    * ``BINNEN_ACTIE`` — in scope (phase 1) and may move in with the referent.

    Comparison follows that order: ``Nareisuitkomst.NOG_NIET < Nareisuitkomst.BINNEN_ACTIE``.
    """

    BINNEN_ACTIE = "binnen_actie"
    BINNEN_ACTIE_MET_INSTEMMING = "binnen_actie_met_instemming"
    NOG_NIET = "nog_niet"
    BUITEN_ACTIE = "buiten_actie"

    @property
    def rang(self) -> int:
        """The position in the order: 0 (``BUITEN_ACTIE``) to 3 (``BINNEN_ACTIE``)."""
        return _RANG[self]

    @property
    def omschrijving(self) -> Bericht:
        """A short label, in every language (``str()`` gives the current language)."""
        return _OMSCHRIJVING[self]()

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Nareisuitkomst):
            return NotImplemented
        return self.rang < other.rang

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Nareisuitkomst):
            return NotImplemented
        return self.rang <= other.rang

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Nareisuitkomst):
            return NotImplemented
        return self.rang > other.rang

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Nareisuitkomst):
            return NotImplemented
        return self.rang >= other.rang


_RANG = {
    Nareisuitkomst.BUITEN_ACTIE: 0,
    Nareisuitkomst.NOG_NIET: 1,
    Nareisuitkomst.BINNEN_ACTIE_MET_INSTEMMING: 2,
    Nareisuitkomst.BINNEN_ACTIE: 3,
}
_OMSCHRIJVING: dict[Nareisuitkomst, Callable[[], Bericht]] = {
    Nareisuitkomst.BUITEN_ACTIE: lambda: bericht("nareizigers.uitkomst.buiten_actie"),
    Nareisuitkomst.NOG_NIET: lambda: bericht("nareizigers.uitkomst.nog_niet"),
    Nareisuitkomst.BINNEN_ACTIE_MET_INSTEMMING: lambda: bericht(
        "nareizigers.uitkomst.binnen_actie_met_instemming"
    ),
    Nareisuitkomst.BINNEN_ACTIE: lambda: bericht("nareizigers.uitkomst.binnen_actie"),
}


class Relatie(enum.Enum):
    """The relation of a nareiziger to the referent (IND)."""

    ECHTGENOOT = "echtgenoot"
    PARTNER = "partner"
    KIND = "kind"
    PLEEGKIND = "pleegkind"
    OUDER = "ouder"
    """Only a nareis relation when the referent came as an alleenstaande minderjarige."""
    ANDERS = "anders"
    """Any other relation (brother, aunt, …): never a nareis relation."""


class Route(enum.Enum):
    """Which part of the nareisactie the household's size points to."""

    FASE1 = "fase1"
    FASE2 = "fase2"
    BUITEN_ACTIE = "buiten_actie"


class Woninglezing(enum.Enum):
    """How an unapproved dwelling is weighed (ADR 0004).

    * ``COA_VOORWAARDE`` — the COA's condition: without an approved dwelling, no moving in (blocks);
    * ``PERSLEZING`` — the press reading of the action: people move in even when the dwelling is not
      yet suitable; a missing approval is reported but does not block (status aanname/pers).
    """

    COA_VOORWAARDE = "coa_voorwaarde"
    PERSLEZING = "perslezing"


class Redencode(enum.Enum):
    """The kinds of reasons, in the order in which an outcome lists them."""

    HUISHOUDEN_TE_GROOT = "huishouden_te_groot"
    RELATIE_GEEN_NAREIS = "relatie_geen_nareis"
    AANGEKOMEN_VOOR_ACTIE = "aangekomen_voor_actie"
    REFERENT_NIET_GEHUISVEST = "referent_niet_gehuisvest"
    FASE2_NIET_OPEN = "fase2_niet_open"
    GEEN_INSTEMMING_GEMEENTE = "geen_instemming_gemeente"
    WONING_NIET_GOEDGEKEURD = "woning_niet_goedgekeurd"
    GEEN_BRP = "geen_brp"
    GEEN_BSN = "geen_bsn"
    GEEN_MVV = "geen_mvv"
    GEEN_IND_MELDING = "geen_ind_melding"


_CODE_VOLGORDE = {c: i for i, c in enumerate(Redencode)}


# --------------------------------------------------------------------------------------------
# Validators
# --------------------------------------------------------------------------------------------


def _check_bool(_: object, attribute: Attribute[Any], value: object) -> None:
    if not isinstance(value, bool):
        raise InvalidInputError(attribute.name, value, bericht("nareizigers.fout.ja_nee"))


def _check_enum(cls: type[E]) -> Callable[[object, Attribute[Any], object], None]:
    def check(_: object, attribute: Attribute[Any], value: object) -> None:
        if not isinstance(value, cls):
            raise InvalidInputError(
                attribute.name,
                value,
                bericht("nareizigers.fout.een_van", waarden=", ".join(repr(m.value) for m in cls)),
            )

    return check


def _check_optional_date(_: object, attribute: Attribute[Any], value: object) -> None:
    if value is not None and (not isinstance(value, date) or isinstance(value, datetime)):
        raise InvalidInputError(attribute.name, value, bericht("nareizigers.fout.datum_of_none"))


def _check_optional_name(_: object, attribute: Attribute[Any], value: object) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise InvalidInputError(attribute.name, value, bericht("nareizigers.fout.naam_of_none"))


_GM_RE = re.compile(r"^GM[0-9]{4}$")


def _check_gemeentecode(_: object, attribute: Attribute[Any], value: object) -> None:
    if value is not None and (not isinstance(value, str) or not _GM_RE.match(value)):
        raise InvalidInputError(attribute.name, value, bericht("nareizigers.fout.gemeentecode"))


def _check_count(_: object, attribute: Attribute[Any], value: object) -> None:
    geheel_getal(attribute.name, value, reden=bericht("nareizigers.fout.aantal"))


def _tuple(values: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(values)


def _optioneel_bericht(tekst: Bericht | str | None) -> Bericht | None:
    return None if tekst is None else als_bericht(tekst)


def _berichten(teksten: Iterable[Bericht | str]) -> tuple[Bericht, ...]:
    return tuple(als_bericht(t) for t in teksten)


# --------------------------------------------------------------------------------------------
# Entities
# --------------------------------------------------------------------------------------------


@frozen(kw_only=True)
class Referent:
    """The statushouder whom the nareizigers join."""

    gehuisvest: bool = field(validator=_check_bool)
    """True when the referent already has housing in a gemeente (required by the nareisactie)."""
    als_amv: bool = field(validator=_check_bool)
    """True when the referent came to the Netherlands as an alleenstaande minderjarige (amv)."""
    gemeentecode: str | None = field(default=None, validator=_check_gemeentecode)
    """The CBS code of the gemeente where the referent lives, if known (informative only)."""


@frozen(kw_only=True)
class Nareiziger:
    """One nareiziger: the relation to the referent, arrival, and the registrations present."""

    relatie: Relatie = field(validator=_check_enum(Relatie))
    """The relation to the referent."""
    aankomst: date | None = field(validator=_check_optional_date)
    """The date the nareiziger arrived at the referent's (in the gemeente); ``None``: not yet
    (e.g. still in an azc). VNG-2025-10-13 excludes those who arrived before 23 September 2025."""
    brp: bool = field(validator=_check_bool)
    """Registered in the Basisregistratie Personen (BRP)."""
    bsn: bool = field(validator=_check_bool)
    """Has a burgerservicenummer (BSN)."""
    mvv: bool = field(validator=_check_bool)
    """Has a machtiging tot voorlopig verblijf (MVV)."""
    ind_melding: bool = field(validator=_check_bool)
    """Has reported at the IND after arrival in the Netherlands (Zevenaar since 6 March 2023)."""
    naam: str | None = field(default=None, validator=_check_optional_name)
    """An optional label, used in the reasons (sorted, so the order of members never matters)."""


def _check_nareizigers(_: object, attribute: Attribute[Any], value: tuple[Any, ...]) -> None:
    if not value:
        raise InvalidInputError(attribute.name, value, bericht("nareizigers.fout.leeg_huishouden"))
    if len(value) > MAX_NAREIZIGERS:
        raise InvalidInputError(
            attribute.name,
            f"{len(value)} nareizigers",
            bericht("nareizigers.fout.te_veel", maximum=MAX_NAREIZIGERS),
        )
    for i, n in enumerate(value):
        if not isinstance(n, Nareiziger):
            raise InvalidInputError(f"{attribute.name}[{i}]", n, bericht("nareizigers.fout.geen_nareiziger"))


@frozen(kw_only=True)
class Huishouden:
    """A household of nareizigers joining one referent, with the gemeente's decisions on it."""

    referent: Referent = field()
    """The referent."""
    nareizigers: tuple[Nareiziger, ...] = field(converter=_tuple, validator=_check_nareizigers)
    """The nareizigers (1 to :data:`MAX_NAREIZIGERS`); their order never matters."""
    woning_goedgekeurd: bool = field(validator=_check_bool)
    """True when the gemeente officially approved the referent's dwelling for them (COA)."""
    instemming_gemeente: bool = field(validator=_check_bool)
    """True when the gemeente consented to placing them (needed in phase 2, VNG-2025-10-13)."""

    @referent.validator
    def _check_referent(self, attribute: Attribute[Any], value: object) -> None:
        if not isinstance(value, Referent):
            raise InvalidInputError(attribute.name, value, bericht("nareizigers.fout.geen_referent"))

    @property
    def aantal(self) -> int:
        """The number of nareizigers in the household."""
        return len(self.nareizigers)


# --------------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------------


def _check_optional_uitkomst(_: object, attribute: Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, Nareisuitkomst):
        raise InvalidInputError(attribute.name, value, bericht("nareizigers.fout.uitkomst_of_none"))


@frozen(kw_only=True)
class Reden:
    """One reason in an outcome: what is the case, how far it caps the outcome, and its sources."""

    code: Redencode = field(validator=_check_enum(Redencode))
    """The kind of reason."""
    zin: Bericht = field(converter=als_bericht)
    """What is the case, in every language (``str(zin)``: the current language, Dutch by default)."""
    hoogstens: Nareisuitkomst | None = field(validator=_check_optional_uitkomst)
    """The best outcome possible while this reason holds; ``None``: reported, does not block."""
    bronnen: tuple[Bron, ...] = field(converter=_tuple)
    """The sources the reason rests on."""
    wat_verandert: Bericht | None = field(default=None, converter=_optioneel_bericht)
    """What would lift this reason (in every language); ``None`` when nothing within the action would."""
    aantal: int = field(default=0, validator=_check_count)
    """How many nareizigers it concerns; 0 when it concerns the household as a whole."""
    namen: tuple[str, ...] = field(default=(), converter=_tuple)
    """The labels of the nareizigers it concerns, sorted (only those given a ``naam``)."""

    @property
    def blokkeert(self) -> bool:
        """True when this reason caps the outcome (``hoogstens`` is set)."""
        return self.hoogstens is not None


@frozen(kw_only=True)
class Nareisbeoordeling:
    """The result of :func:`beoordeel_nareis` for one household at a peildatum."""

    peildatum: date
    """The reference date of the check."""
    uitkomst: Nareisuitkomst = field(validator=_check_enum(Nareisuitkomst))
    """The outcome."""
    aantal_nareizigers: int = field(validator=_check_count)
    """The household's number of nareizigers."""
    route: Route = field(validator=_check_enum(Route))
    """The part of the action the household's size points to."""
    fase2_open: bool = field(validator=_check_bool)
    """True when phase 2 was open on the peildatum (a user-given opening date)."""
    woninglezing: Woninglezing = field(validator=_check_enum(Woninglezing))
    """The reading applied to an unapproved dwelling."""
    redenen: tuple[Reden, ...] = field(default=(), converter=_tuple)
    """Every reason found, blocking or not, in the order of :class:`Redencode`."""
    wat_verandert: tuple[Bericht, ...] = field(default=(), converter=_berichten)
    """What would improve the outcome (phrases in every language); empty when in scope, or when
    nothing within the action would help."""

    @property
    def blokkerende_redenen(self) -> tuple[Reden, ...]:
        """The reasons that cap the outcome."""
        return tuple(r for r in self.redenen if r.blokkeert)

    @property
    def verandering(self) -> Bericht:
        """One sentence, in every language: what would change the outcome."""
        if self.uitkomst is Nareisuitkomst.BINNEN_ACTIE:
            return bericht("nareizigers.verandering.niets")
        if not self.wat_verandert:
            return bericht("nareizigers.verandering.geen")
        return bericht("nareizigers.verandering.wat", wat=samengevoegd(self.wat_verandert, letterlijk("; ")))


@frozen(kw_only=True)
class Nareisactiestand:
    """The state of the nareisactie at a peildatum (for a gemeente's profile)."""

    peildatum: date
    """The reference date."""
    aankondiging: date
    """The date the action was announced (Kamerbrief); earlier arrivals are not part of it."""
    fase1_min: int = field(validator=_check_count)
    """Smallest household in phase 1."""
    fase1_max: int = field(validator=_check_count)
    """Largest household in phase 1."""
    fase2_min: int = field(validator=_check_count)
    """Smallest household in phase 2."""
    fase2_max: int = field(validator=_check_count)
    """Largest household in phase 2."""
    buiten_actie_vanaf: int = field(validator=_check_count)
    """From this household size on, not in scope (regular route)."""
    fase2_vanaf: date | None = field(validator=_check_optional_date)
    """The opening date of phase 2 as given by the user; ``None``: unknown (closed)."""
    fase2_open: bool = field(validator=_check_bool)
    """True when phase 2 is open on the peildatum."""
    woninglezing: Woninglezing = field(validator=_check_enum(Woninglezing))
    """The reading of an unapproved dwelling that applies."""
    gemeentecode: str | None = field(default=None, validator=_check_gemeentecode)
    """The gemeente the state was asked for, if any."""


# --------------------------------------------------------------------------------------------
# Parameters
# --------------------------------------------------------------------------------------------


@frozen(kw_only=True)
class _Regels:
    peildatum: date
    aankondiging: Geldigheid[date]
    fase1_min: Geldigheid[int]
    fase1_max: Geldigheid[int]
    fase2_min: Geldigheid[int]
    fase2_max: Geldigheid[int]
    buiten_actie_vanaf: Geldigheid[int]
    woning_blokkeert: Geldigheid[bool]


def _regels(peildatum: date) -> _Regels:
    def g(naam: str) -> Geldigheid[Any]:
        return parameter(BESTAND, f"nareizigers.{naam}").geldigheid_op(peildatum)

    r = _Regels(
        peildatum=peildatum,
        aankondiging=g("actie.aankondiging"),
        fase1_min=g("fase1.min"),
        fase1_max=g("fase1.max"),
        fase2_min=g("fase2.min"),
        fase2_max=g("fase2.max"),
        buiten_actie_vanaf=g("buiten_actie_vanaf"),
        woning_blokkeert=g("woning_niet_goedgekeurd_blokkeert"),
    )
    grenzen = (
        r.fase1_min.waarde,
        r.fase1_max.waarde,
        r.fase2_min.waarde,
        r.fase2_max.waarde,
        r.buiten_actie_vanaf.waarde,
    )
    f1min, f1max, f2min, f2max, buiten = grenzen
    if not (f1min == 1 and f1min <= f1max and f1max + 1 == f2min and f2min <= f2max and f2max + 1 == buiten):
        raise DataIntegrityError(
            bericht(
                "nareizigers.fout.grenzen",
                bestand=BESTAND,
                peildatum=peildatum,
                f1min=f1min,
                f1max=f1max,
                f2min=f2min,
                f2max=f2max,
                buiten=buiten,
            ),
            veld="bestand",
            waarde=BESTAND,
        )
    return r


def _check_fase2_vanaf(fase2_vanaf: object, aankondiging: date) -> date | None:
    if fase2_vanaf is None:
        return None
    d = as_date(fase2_vanaf, "fase2_vanaf")
    if d < aankondiging:
        raise InvalidInputError(
            "fase2_vanaf",
            d.isoformat(),
            bericht("nareizigers.fout.fase2_voor_aankondiging", aankondiging=aankondiging),
        )
    return d


def _lezing(woning_blokkeert: object, r: _Regels) -> tuple[Woninglezing, tuple[Bron, ...]]:
    if woning_blokkeert is None:
        blokkeert = r.woning_blokkeert.waarde
    elif isinstance(woning_blokkeert, bool):
        blokkeert = woning_blokkeert
    else:
        raise InvalidInputError(
            "woning_blokkeert", woning_blokkeert, bericht("nareizigers.fout.woning_blokkeert")
        )
    if blokkeert:
        return Woninglezing.COA_VOORWAARDE, (bron("COA-uitstromen-referent"),)
    return Woninglezing.PERSLEZING, (bron("aanname.nareisactie.woning-perslezing"), bron("VNG-2025-10-13"))


# --------------------------------------------------------------------------------------------
# The rule
# --------------------------------------------------------------------------------------------


def _hoofdletter(tekst: Bericht) -> Bericht:
    """``tekst`` with its first letter capitalised, in every language."""
    return Bericht(tekst.sleutel, tuple(t[:1].upper() + t[1:] for t in tekst.teksten))


def _betrokkenen(leden: Sequence[Nareiziger], totaal: int, *, namen: bool = True) -> Bericht:
    k = len(leden)
    if totaal == 1:
        onderwerp = bericht("nareizigers.wie.de_nareiziger")
    elif k == totaal == 2:
        onderwerp = bericht("nareizigers.wie.beide")
    elif k == totaal:
        onderwerp = bericht("nareizigers.wie.alle", totaal=totaal)
    else:
        onderwerp = bericht("nareizigers.wie.deel", aantal=k, totaal=totaal)
    genoemd = _namen(leden) if namen else ()
    if not genoemd:
        return onderwerp
    return bericht("nareizigers.wie.met_namen", wie=onderwerp, namen=", ".join(genoemd))


def _namen(leden: Sequence[Nareiziger]) -> tuple[str, ...]:
    return tuple(sorted(n.naam for n in leden if n.naam is not None))


def _is_nareisrelatie(relatie: Relatie, referent: Referent) -> bool:
    if relatie is Relatie.OUDER:
        return referent.als_amv
    return relatie is not Relatie.ANDERS


_BRONNEN_REGISTRATIE: Mapping[Redencode, tuple[str, ...]] = {
    Redencode.GEEN_BRP: ("COA-uitstromen-referent", "VNG-2025-10-13"),
    Redencode.GEEN_BSN: ("COA-uitstromen-referent", "VNG-2025-10-13"),
    Redencode.GEEN_MVV: ("COA-uitstromen-referent", "IND-nareis"),
    Redencode.GEEN_IND_MELDING: ("IND-nareis", "IND-2023-03-06-zevenaar", "VNG-2025-10-13"),
}


@frozen
class _Registratie:
    """One registration the COA or the IND requires: its attribute and its three sentences."""

    code: Redencode
    attribuut: str
    ontbreekt: Callable[[Bericht], Bericht]
    """The reason when it is missing, for the members concerned."""
    wat: Callable[[], Bericht]
    """What would lift the reason."""
    aanwezig: Callable[[Bericht], Bericht]
    """The step when every member has it."""


_REGISTRATIES: tuple[_Registratie, ...] = (
    _Registratie(
        Redencode.GEEN_BRP,
        "brp",
        lambda wie: bericht("nareizigers.reden.geen_brp", wie=wie),
        lambda: bericht("nareizigers.wat.brp"),
        lambda wie: bericht("nareizigers.stap.brp", wie=wie),
    ),
    _Registratie(
        Redencode.GEEN_BSN,
        "bsn",
        lambda wie: bericht("nareizigers.reden.geen_bsn", wie=wie),
        lambda: bericht("nareizigers.wat.bsn"),
        lambda wie: bericht("nareizigers.stap.bsn", wie=wie),
    ),
    _Registratie(
        Redencode.GEEN_MVV,
        "mvv",
        lambda wie: bericht("nareizigers.reden.geen_mvv", wie=wie),
        lambda: bericht("nareizigers.wat.mvv"),
        lambda wie: bericht("nareizigers.stap.mvv", wie=wie),
    ),
    _Registratie(
        Redencode.GEEN_IND_MELDING,
        "ind_melding",
        lambda wie: bericht("nareizigers.reden.geen_ind_melding", wie=wie),
        lambda: bericht("nareizigers.wat.ind_melding"),
        lambda wie: bericht("nareizigers.stap.ind_melding", wie=wie),
    ),
)


def beoordeel_nareis(
    huishouden: Huishouden,
    peildatum: date,
    *,
    fase2_vanaf: date | None = None,
    woning_blokkeert: bool | None = None,
) -> Uitkomst[Nareisbeoordeling]:
    """Check whether a household falls under the nareisactie on ``peildatum`` and may move in.

    ``fase2_vanaf`` is the opening date of phase 2 (households of three to four, with the
    gemeente's consent); it is not known, so it is unset by default and phase 2 is then closed.
    ``woning_blokkeert`` chooses the reading of an unapproved dwelling: ``None`` takes the shipped
    default (the COA condition: it blocks), ``False`` applies the press reading (reported, not
    blocking). Every reason found is listed, each with its sources and what would change it.

    Raises :class:`~asielketen.errors.InvalidInputError` for an arrival after the peildatum or a
    phase-2 date before the announcement, and :class:`~asielketen.errors.ParameterNotValidError`
    for a peildatum before the announcement (23 September 2025): the action did not exist yet.
    """
    if not isinstance(huishouden, Huishouden):
        raise InvalidInputError("huishouden", huishouden, bericht("nareizigers.fout.geen_huishouden"))
    peildatum = as_date(peildatum)
    r = _regels(peildatum)
    aankondiging = r.aankondiging.waarde
    fase2_datum = _check_fase2_vanaf(fase2_vanaf, aankondiging)
    lezing, lezing_bronnen = _lezing(woning_blokkeert, r)
    leden = huishouden.nareizigers
    for i, n in enumerate(leden):
        if n.aankomst is not None and n.aankomst > peildatum:
            raise InvalidInputError(
                f"nareizigers[{i}].aankomst",
                n.aankomst.isoformat(),
                bericht("nareizigers.fout.aankomst_na_peildatum", peildatum=peildatum),
            )

    totaal = len(leden)
    vng = bron("VNG-2025-10-13")
    kamerbrief = bron("Kamerbrief-2025-09-23-nareisactie")
    nieuws = bron("Rijksoverheid-2025-09-23-ter-apel")
    fase2_aanname = bron("aanname.nareisactie.fase2-opening")
    rd = Redenering()
    rd.gebruikt(parameterversie(BESTAND), bronnen_versie())
    redenen: list[Reden] = []

    def reden(
        code: Redencode,
        zin: Bericht,
        hoogstens: Nareisuitkomst | None,
        bronnen: Sequence[Bron],
        wat_verandert: Bericht | None,
        betrokken: Sequence[Nareiziger] = (),
    ) -> None:
        redenen.append(
            Reden(
                code=code,
                zin=zin,
                hoogstens=hoogstens,
                bronnen=tuple(bronnen),
                wat_verandert=wat_verandert,
                aantal=len(betrokken),
                namen=_namen(betrokken),
            )
        )
        rd.stap(zin, *bronnen)

    # 1. The action and its date.
    rd.stap(
        bericht("nareizigers.stap.aankondiging", aankondiging=aankondiging),
        r.aankondiging.bron,
        kamerbrief,
        nieuws,
        peildatum=peildatum,
        aankondiging=aankondiging,
    )

    # 2. Household size: which phase.
    f1 = (r.fase1_min.waarde, r.fase1_max.waarde)
    f2 = (r.fase2_min.waarde, r.fase2_max.waarde)
    buiten = r.buiten_actie_vanaf.waarde
    fase2_open = fase2_datum is not None and peildatum >= fase2_datum
    if totaal <= f1[1]:
        route = Route.FASE1
        basis = Nareisuitkomst.BINNEN_ACTIE
        rd.stap(
            bericht("nareizigers.stap.fase1", aantal=totaal, minimum=f1[0], maximum=f1[1]),
            r.fase1_max.bron,
            aantal=totaal,
        )
    elif totaal <= f2[1]:
        route = Route.FASE2
        basis = Nareisuitkomst.BINNEN_ACTIE_MET_INSTEMMING
        rd.stap(
            bericht("nareizigers.stap.fase2", aantal=totaal, minimum=f2[0], maximum=f2[1]),
            r.fase2_max.bron,
            aantal=totaal,
        )
        if fase2_open:
            assert fase2_datum is not None
            rd.stap(
                bericht("nareizigers.stap.fase2_open", datum=fase2_datum),
                fase2_aanname,
                fase2_vanaf=fase2_datum,
            )
        elif fase2_datum is None:
            reden(
                Redencode.FASE2_NIET_OPEN,
                bericht("nareizigers.reden.fase2_onbekend"),
                Nareisuitkomst.NOG_NIET,
                [vng, fase2_aanname],
                bericht("nareizigers.wat.fase2"),
            )
        else:
            reden(
                Redencode.FASE2_NIET_OPEN,
                bericht("nareizigers.reden.fase2_later", datum=fase2_datum),
                Nareisuitkomst.NOG_NIET,
                [vng, fase2_aanname],
                bericht("nareizigers.wat.fase2_op", datum=fase2_datum),
            )
        if huishouden.instemming_gemeente:
            rd.stap(bericht("nareizigers.stap.instemming"), vng, instemming_gemeente=True)
        else:
            reden(
                Redencode.GEEN_INSTEMMING_GEMEENTE,
                bericht("nareizigers.reden.geen_instemming"),
                Nareisuitkomst.NOG_NIET,
                [vng],
                bericht("nareizigers.wat.instemming"),
            )
    else:
        route = Route.BUITEN_ACTIE
        basis = Nareisuitkomst.BINNEN_ACTIE
        reden(
            Redencode.HUISHOUDEN_TE_GROOT,
            bericht(
                "nareizigers.reden.te_groot",
                aantal=totaal,
                buiten=buiten,
                f1min=f1[0],
                f1max=f1[1],
                f2min=f2[0],
                f2max=f2[1],
            ),
            Nareisuitkomst.BUITEN_ACTIE,
            [r.buiten_actie_vanaf.bron],
            None,
        )

    # 3. Relation to the referent.
    ind_nareis = bron("IND-nareis")
    geen_relatie = [n for n in leden if not _is_nareisrelatie(n.relatie, huishouden.referent)]
    if geen_relatie:
        soorten = sorted({n.relatie.value for n in geen_relatie})
        amv = bericht("nareizigers.amv.ja") if huishouden.referent.als_amv else bericht("nareizigers.amv.nee")
        reden(
            Redencode.RELATIE_GEEN_NAREIS,
            bericht(
                "nareizigers.reden.relatie",
                wie=_betrokkenen(geen_relatie, totaal),
                soorten=", ".join(soorten),
                amv=amv,
            ),
            Nareisuitkomst.BUITEN_ACTIE,
            [ind_nareis],
            None,
            geen_relatie,
        )
    else:
        rd.stap(
            bericht("nareizigers.stap.relatie", wie=_betrokkenen(leden, totaal, namen=False)),
            ind_nareis,
        )

    # 4. Arrival before the announcement.
    te_vroeg = [n for n in leden if n.aankomst is not None and n.aankomst < aankondiging]
    if te_vroeg:
        reden(
            Redencode.AANGEKOMEN_VOOR_ACTIE,
            bericht(
                "nareizigers.reden.te_vroeg",
                wie=_hoofdletter(_betrokkenen(te_vroeg, totaal)),
                aankondiging=aankondiging,
            ),
            Nareisuitkomst.BUITEN_ACTIE,
            [r.aankondiging.bron],
            None,
            te_vroeg,
        )
    else:
        rd.stap(
            bericht("nareizigers.stap.niet_te_vroeg", aankondiging=aankondiging),
            r.aankondiging.bron,
        )

    # 5. The referent must already be housed.
    if huishouden.referent.gehuisvest:
        rd.stap(bericht("nareizigers.stap.gehuisvest"), nieuws, kamerbrief)
    else:
        reden(
            Redencode.REFERENT_NIET_GEHUISVEST,
            bericht("nareizigers.reden.niet_gehuisvest"),
            Nareisuitkomst.BUITEN_ACTIE,
            [nieuws, kamerbrief],
            bericht("nareizigers.wat.gehuisvest"),
        )

    # 6. The dwelling and the reading applied.
    if huishouden.woning_goedgekeurd:
        rd.stap(
            bericht("nareizigers.stap.woning", lezing=lezing),
            *lezing_bronnen,
        )
    elif lezing is Woninglezing.COA_VOORWAARDE:
        reden(
            Redencode.WONING_NIET_GOEDGEKEURD,
            bericht("nareizigers.reden.woning_coa"),
            Nareisuitkomst.NOG_NIET,
            lezing_bronnen,
            bericht("nareizigers.wat.woning"),
        )
    else:
        reden(
            Redencode.WONING_NIET_GOEDGEKEURD,
            bericht("nareizigers.reden.woning_pers"),
            None,
            lezing_bronnen,
            bericht("nareizigers.wat.woning"),
        )

    # 7. Registrations: each missing one is a reason, never silently ignored.
    for reg in _REGISTRATIES:
        zonder = [n for n in leden if not getattr(n, reg.attribuut)]
        bronnen = [bron(b) for b in _BRONNEN_REGISTRATIE[reg.code]]
        if zonder:
            reden(
                reg.code,
                reg.ontbreekt(_hoofdletter(_betrokkenen(zonder, totaal))),
                Nareisuitkomst.NOG_NIET,
                bronnen,
                reg.wat(),
                zonder,
            )
        else:
            rd.stap(reg.aanwezig(_hoofdletter(_betrokkenen(leden, totaal, namen=False))), *bronnen)

    # 8. Conclusion.
    redenen.sort(key=lambda x: _CODE_VOLGORDE[x.code])
    uitkomst = min([basis, *(x.hoogstens for x in redenen if x.hoogstens is not None)])
    beoordeling = Nareisbeoordeling(
        peildatum=peildatum,
        uitkomst=uitkomst,
        aantal_nareizigers=totaal,
        route=route,
        fase2_open=fase2_open,
        woninglezing=lezing,
        redenen=tuple(redenen),
        wat_verandert=_wat_verandert(uitkomst, redenen),
    )
    rd.stap(
        bericht(
            "nareizigers.stap.conclusie",
            omschrijving=uitkomst.omschrijving,
            aantal=len(beoordeling.blokkerende_redenen),
            verandering=beoordeling.verandering,
        ),
        vng,
        uitkomst=uitkomst.value,
    )
    return rd.uitkomst(beoordeling)


def _wat_verandert(uitkomst: Nareisuitkomst, redenen: Sequence[Reden]) -> tuple[Bericht, ...]:
    if uitkomst is Nareisuitkomst.BINNEN_ACTIE:
        return ()
    blokkerend = [x for x in redenen if x.blokkeert]
    if any(x.wat_verandert is None for x in blokkerend):
        return ()  # a structural reason: nothing within the action lifts it
    codes = {x.code for x in blokkerend}
    result: list[Bericht] = []
    for x in blokkerend:
        assert x.wat_verandert is not None
        if x.code is Redencode.GEEN_INSTEMMING_GEMEENTE and Redencode.FASE2_NIET_OPEN in codes:
            continue  # merged into the phase-2 phrase below
        if x.code is Redencode.FASE2_NIET_OPEN and Redencode.GEEN_INSTEMMING_GEMEENTE in codes:
            result.append(bericht("nareizigers.wat.instemming_en", wanneer=x.wat_verandert))
        else:
            result.append(x.wat_verandert)
    return tuple(result)


def nareisactie_op(
    peildatum: date,
    *,
    fase2_vanaf: date | None = None,
    woning_blokkeert: bool | None = None,
    gemeente: Gemeente | None = None,
) -> Uitkomst[Nareisactiestand]:
    """The state of the nareisactie on ``peildatum`` — what a gemeente's profile shows.

    Which household sizes are in scope, whether phase 2 is open (``fase2_vanaf``, unset by
    default: closed), and which reading of an unapproved dwelling applies. ``gemeente`` only names
    the gemeente in the explanation; the rules are the same for every gemeente.
    """
    peildatum = as_date(peildatum)
    if gemeente is not None and not isinstance(gemeente, Gemeente):
        raise InvalidInputError("gemeente", gemeente, bericht("nareizigers.fout.gemeente_of_none"))
    r = _regels(peildatum)
    aankondiging = r.aankondiging.waarde
    fase2_datum = _check_fase2_vanaf(fase2_vanaf, aankondiging)
    lezing, lezing_bronnen = _lezing(woning_blokkeert, r)
    fase2_open = fase2_datum is not None and peildatum >= fase2_datum
    wie = (
        bericht("nareizigers.stand.college", gemeente=gemeente.naam)
        if gemeente is not None
        else bericht("nareizigers.stand.gemeente")
    )

    rd = Redenering()
    rd.gebruikt(parameterversie(BESTAND), bronnen_versie())
    rd.stap(
        bericht("nareizigers.stand.aankondiging", aankondiging=aankondiging),
        r.aankondiging.bron,
        bron("Kamerbrief-2025-09-23-nareisactie"),
        bron("Rijksoverheid-2025-09-23-ter-apel"),
        peildatum=peildatum,
    )
    rd.stap(
        bericht("nareizigers.stand.fase1", minimum=r.fase1_min.waarde, maximum=r.fase1_max.waarde),
        r.fase1_max.bron,
    )
    if fase2_open:
        assert fase2_datum is not None
        fase2_zin = bericht("nareizigers.stand.fase2_open", datum=fase2_datum)
    elif fase2_datum is not None:
        fase2_zin = bericht("nareizigers.stand.fase2_later", datum=fase2_datum)
    else:
        fase2_zin = bericht("nareizigers.stand.fase2_onbekend")
    rd.stap(
        bericht(
            "nareizigers.stand.fase2",
            minimum=r.fase2_min.waarde,
            maximum=r.fase2_max.waarde,
            wie=wie,
            stand=fase2_zin,
        ),
        r.fase2_max.bron,
        bron("aanname.nareisactie.fase2-opening"),
        fase2_vanaf=fase2_datum.isoformat() if fase2_datum else "onbekend",
    )
    rd.stap(
        bericht("nareizigers.stand.buiten", buiten=r.buiten_actie_vanaf.waarde),
        r.buiten_actie_vanaf.bron,
    )
    rd.stap(bericht("nareizigers.stand.woning", lezing=lezing), *lezing_bronnen)
    return rd.uitkomst(
        Nareisactiestand(
            peildatum=peildatum,
            aankondiging=aankondiging,
            fase1_min=r.fase1_min.waarde,
            fase1_max=r.fase1_max.waarde,
            fase2_min=r.fase2_min.waarde,
            fase2_max=r.fase2_max.waarde,
            buiten_actie_vanaf=r.buiten_actie_vanaf.waarde,
            fase2_vanaf=fase2_datum,
            fase2_open=fase2_open,
            woninglezing=lezing,
            gemeentecode=gemeente.code if gemeente is not None else None,
        )
    )
