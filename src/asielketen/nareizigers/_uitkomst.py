"""The outcome and its reasons (ADR 0004): an ordered outcome, reasons that cap it, and the
check that gathers them.

The outcomes are ordered ``BUITEN_ACTIE < NOG_NIET < BINNEN_ACTIE_MET_INSTEMMING < BINNEN_ACTIE``;
each :class:`Reden` says the best outcome possible while it holds (``hoogstens``), so the outcome
is the smallest of the household's route and every reason's cap, and no reason is silently dropped.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from typing import Any

from attrs import Attribute, field

from .._klasse import frozen
from .._openbaar import publiceer_hier
from .._taalkern import optioneel_bericht
from .._validation import van_soort
from ..explain import Redenering
from ..sources import Bron
from ..taal import Bericht, als_bericht, bericht
from ._gemeenschappelijk import als_tuple, check_count, check_enum
from ._huishouden import Nareiziger, namen


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


CODE_VOLGORDE = {c: i for i, c in enumerate(Redencode)}
"""The position of each kind of reason in an outcome's list."""


def _check_optional_uitkomst(_: object, attribute: Attribute[Any], value: object) -> None:
    if value is not None:
        van_soort(
            attribute.name, value, Nareisuitkomst, reden=lambda: bericht("nareizigers.fout.uitkomst_of_none")
        )


@frozen(kw_only=True)
class Reden:
    """One reason in an outcome: what is the case, how far it caps the outcome, and its sources."""

    code: Redencode = field(validator=check_enum(Redencode))
    """The kind of reason."""
    zin: Bericht = field(converter=als_bericht)
    """What is the case, in every language (``str(zin)``: the current language, Dutch by default)."""
    hoogstens: Nareisuitkomst | None = field(validator=_check_optional_uitkomst)
    """The best outcome possible while this reason holds; ``None``: reported, does not block."""
    bronnen: tuple[Bron, ...] = field(converter=als_tuple)
    """The sources the reason rests on."""
    wat_verandert: Bericht | None = field(default=None, converter=optioneel_bericht)
    """What would lift this reason (in every language); ``None`` when nothing within the action would."""
    aantal: int = field(default=0, validator=check_count)
    """How many nareizigers it concerns; 0 when it concerns the household as a whole."""
    namen: tuple[str, ...] = field(default=(), converter=als_tuple)
    """The labels of the nareizigers it concerns, sorted (only those given a ``naam``)."""

    @property
    def blokkeert(self) -> bool:
        """True when this reason caps the outcome (``hoogstens`` is set)."""
        return self.hoogstens is not None


class Toetsing:
    """One check of a household in progress: its reasoning, its members and the reasons found.

    Each legal matter adds a step (:attr:`rd`) when its condition is met, or a reason
    (:meth:`reden`) when it is not; a reason is a step too, with the same sentence and sources.
    """

    __slots__ = ("leden", "rd", "redenen")

    def __init__(self, rd: Redenering, leden: Sequence[Nareiziger]) -> None:
        self.rd = rd
        self.leden = tuple(leden)
        self.redenen: list[Reden] = []

    @property
    def totaal(self) -> int:
        """The number of nareizigers in the household."""
        return len(self.leden)

    def reden(
        self,
        code: Redencode,
        zin: Bericht,
        hoogstens: Nareisuitkomst | None,
        bronnen: Sequence[Bron],
        wat_verandert: Bericht | None,
        betrokken: Sequence[Nareiziger] = (),
    ) -> None:
        """Record a reason (and its step) about the household, or about the members ``betrokken``."""
        self.redenen.append(
            Reden(
                code=code,
                zin=zin,
                hoogstens=hoogstens,
                bronnen=tuple(bronnen),
                wat_verandert=wat_verandert,
                aantal=len(betrokken),
                namen=namen(betrokken),
            )
        )
        self.rd.stap(zin, *bronnen)

    def geordende_redenen(self) -> tuple[Reden, ...]:
        """The reasons found, in the order of :class:`Redencode` (stable within a kind)."""
        return tuple(sorted(self.redenen, key=lambda x: CODE_VOLGORDE[x.code]))


publiceer_hier(globals())  # the package's public names defined here: asielketen.nareizigers.<name>
