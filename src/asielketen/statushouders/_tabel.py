"""The records of the taakstelling: the national table, its rows and one gemeente's taakstelling.

:class:`Taakstellingen` is the national table of one half-year (one :class:`Taakstellingsregel`
per gemeente, the national figures once) with an index by gemeentecode; :class:`Taakstelling` is
one gemeente's taakstelling with the figures of the formula. Both check the law's invariants on
construction — so also for JSON read back — against the one formula of art. 29 lid 1
(:func:`~._formule.kern`).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from datetime import date
from functools import cached_property

from attrs import field

from .._klasse import frozen
from .._openbaar import publiceer_hier
from .._validation import tekst_tuple
from ..errors import InvalidInputError, UnknownNameError
from ..gebied import normaliseer_naam
from ..periods import Halfjaar
from ..taal import bericht
from ._formule import kern, peildatum_inwoners, taakstelling_formule, uiterste_bekendmaking
from ._gemeenschappelijk import check_aantal, check_code, check_naam, check_som
from ._herindeling import Herindeling
from ._herverdeling import Herverdeling

__all__ = ["Taakstelling", "Taakstellingen", "Taakstellingsregel"]


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
    delen: tuple[str, ...] = field(default=(), converter=tekst_tuple)
    """After a herindeling: the codes of the component parts whose figures were summed (art. 30)."""

    @property
    def herverdeeld(self) -> int:
        """The change by herverdeling: ``taakstelling - volgens_formule`` (0 when unchanged)."""
        return self.taakstelling - self.volgens_formule


def _regel_tuple(values: Iterable[Taakstellingsregel]) -> tuple[Taakstellingsregel, ...]:
    return tuple(values)


def _herindeling_tuple(values: Iterable[Herindeling]) -> tuple[Herindeling, ...]:
    return tuple(values)


def _herverdeling_tuple(values: Iterable[Herverdeling]) -> tuple[Herverdeling, ...]:
    return tuple(values)


def _check_peildatum(halfjaar: Halfjaar, peildatum: date) -> None:
    """The reference date of iG and iN is the one art. 29 lid 1 gives for the half-year."""
    verwacht = peildatum_inwoners(halfjaar)
    if peildatum != verwacht:
        raise InvalidInputError(
            "peildatum_inwoners",
            peildatum,
            bericht("statushouders.fout.peildatum", halfjaar=halfjaar, peildatum=verwacht),
        )


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
    inwoners_bronnen: tuple[str, ...] = field(converter=tekst_tuple)
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
        _check_peildatum(self.halfjaar, self.peildatum_inwoners)
        vg, i_n = self.landelijk_aantal, self.inwoners_nederland
        verwacht = kern(vg, [r.inwoners for r in self.gemeenten], i_n) if i_n else None
        for k, r in enumerate(self.gemeenten):
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
        if len({r.gemeentecode for r in self.gemeenten}) != len(self.gemeenten):
            raise InvalidInputError(
                "gemeenten", len(self.gemeenten), bericht("statushouders.fout.dubbele_code")
            )
        som_inwoners = sum(r.inwoners for r in self.gemeenten)
        if som_inwoners != i_n or (i_n == 0 and vg > 0):
            raise InvalidInputError(
                "inwoners_nederland", i_n, bericht("statushouders.fout.in_som", som=som_inwoners)
            )
        som = sum(r.taakstelling for r in self.gemeenten)
        som_formule = sum(r.volgens_formule for r in self.gemeenten)
        if not som == som_formule == self.som:
            raise InvalidInputError(
                "som", self.som, bericht("statushouders.fout.som", som=som, som_formule=som_formule)
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
        _check_peildatum(self.halfjaar, self.peildatum_inwoners)

    @property
    def uiterste_bekendmaking(self) -> date:
        """The last day vg may be published in the Staatscourant (13 weeks before the half-year)."""
        return uiterste_bekendmaking(self.halfjaar)


publiceer_hier(globals())  # the package's public names defined here: asielketen.statushouders.<name>
