"""The facts: a household of nareizigers joining one referent, and how a reason names its members.

Who may join a statushouder (the *referent*) is the IND's rule (:class:`Relatie`); what the
gemeente decided on the household (dwelling, consent) travels with it (:class:`Huishouden`).
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from datetime import date
from typing import Any

from attrs import Attribute, field

from .._klasse import frozen
from .._openbaar import publiceer_hier
from .._validation import van_soort
from ..errors import InvalidInputError
from ..taal import Bericht, bericht
from ._gemeenschappelijk import (
    MAX_NAREIZIGERS,
    als_tuple,
    check_bool,
    check_enum,
    check_gemeentecode,
    check_optional_date,
    check_optional_name,
    check_soort,
)


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


@frozen(kw_only=True)
class Referent:
    """The statushouder whom the nareizigers join."""

    gehuisvest: bool = field(validator=check_bool)
    """True when the referent already has housing in a gemeente (required by the nareisactie)."""
    als_amv: bool = field(validator=check_bool)
    """True when the referent came to the Netherlands as an alleenstaande minderjarige (amv)."""
    gemeentecode: str | None = field(default=None, validator=check_gemeentecode)
    """The CBS code of the gemeente where the referent lives, if known (informative only)."""


@frozen(kw_only=True)
class Nareiziger:
    """One nareiziger: the relation to the referent, arrival, and the registrations present."""

    relatie: Relatie = field(validator=check_enum(Relatie))
    """The relation to the referent."""
    aankomst: date | None = field(validator=check_optional_date)
    """The date the nareiziger arrived at the referent's (in the gemeente); ``None``: not yet
    (e.g. still in an azc). VNG-2025-10-13 excludes those who arrived before 23 September 2025."""
    brp: bool = field(validator=check_bool)
    """Registered in the Basisregistratie Personen (BRP)."""
    bsn: bool = field(validator=check_bool)
    """Has a burgerservicenummer (BSN)."""
    mvv: bool = field(validator=check_bool)
    """Has a machtiging tot voorlopig verblijf (MVV)."""
    ind_melding: bool = field(validator=check_bool)
    """Has reported at the IND after arrival in the Netherlands (Zevenaar since 6 March 2023)."""
    naam: str | None = field(default=None, validator=check_optional_name)
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
        van_soort(
            f"{attribute.name}[{i}]", n, Nareiziger, reden=lambda: bericht("nareizigers.fout.geen_nareiziger")
        )


@frozen(kw_only=True)
class Huishouden:
    """A household of nareizigers joining one referent, with the gemeente's decisions on it."""

    referent: Referent = field(
        validator=check_soort(Referent, lambda: bericht("nareizigers.fout.geen_referent"))
    )
    """The referent."""
    nareizigers: tuple[Nareiziger, ...] = field(converter=als_tuple, validator=_check_nareizigers)
    """The nareizigers (1 to :data:`MAX_NAREIZIGERS`); their order never matters."""
    woning_goedgekeurd: bool = field(validator=check_bool)
    """True when the gemeente officially approved the referent's dwelling for them (COA)."""
    instemming_gemeente: bool = field(validator=check_bool)
    """True when the gemeente consented to placing them (needed in phase 2, VNG-2025-10-13)."""

    @property
    def aantal(self) -> int:
        """The number of nareizigers in the household."""
        return len(self.nareizigers)


def namen(leden: Sequence[Nareiziger]) -> tuple[str, ...]:
    """The labels of ``leden`` that have one, sorted (so the order of members never matters)."""
    return tuple(sorted(n.naam for n in leden if n.naam is not None))


def betrokkenen(leden: Sequence[Nareiziger], totaal: int, *, met_namen: bool = True) -> Bericht:
    """Who a sentence is about: "de nareiziger", "beide", "alle 4", "2 van de 4" (with names)."""
    k = len(leden)
    if totaal == 1:
        onderwerp = bericht("nareizigers.wie.de_nareiziger")
    elif k == totaal == 2:
        onderwerp = bericht("nareizigers.wie.beide")
    elif k == totaal:
        onderwerp = bericht("nareizigers.wie.alle", totaal=totaal)
    else:
        onderwerp = bericht("nareizigers.wie.deel", aantal=k, totaal=totaal)
    genoemd = namen(leden) if met_namen else ()
    if not genoemd:
        return onderwerp
    return bericht("nareizigers.wie.met_namen", wie=onderwerp, namen=", ".join(genoemd))


publiceer_hier(globals())  # the package's public names defined here: asielketen.nareizigers.<name>
