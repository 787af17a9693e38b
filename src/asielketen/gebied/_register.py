"""The register (private; public in :mod:`asielketen.gebied`): every area, its lookups, and new
registers with other inhabitants or networks.

Lookups fold names (:mod:`._namen`) and build their indexes on first use; a name that fits no area
suggests the closest, a name that fits several lists them. The register is immutable and so are
its indexes: the shipped register of :func:`~asielketen.gebied.register` is shared by every caller.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
from typing import Any

from attrs import evolve, field

from .._klasse import frozen
from .._openbaar import publiceer_hier
from .._validation import geheel_getal
from ..errors import AmbiguousNameError, InvalidInputError, StructureError, UnknownNameError
from ..explain import DatasetVersie
from ..periods import as_date
from ..taal import Bericht, bericht
from ._gebieden import Alias, Gemeente, Inwonertal, Netwerk, Provincie, Veiligheidsregio
from ._invoer import lees_inwoners
from ._namen import kort, meervoud, normaliseer_naam, soort, suggesties

__all__ = ["Register"]

Gebied = Gemeente | Provincie | Veiligheidsregio
"""An area the register looks up by code or name."""

SOORTEN = ("gemeente", "provincie", "veiligheidsregio")
"""The kinds of area, as the lookups and their messages name them."""

# The register's fields are tuples whatever iterable is given (one converter per type: mypy's attrs
# plugin takes the type of ``__init__``'s parameter from the converter's annotation, and does not
# infer a generic converter's type variable from the field's type).


def _gemeenten_tuple(values: Iterable[Gemeente]) -> tuple[Gemeente, ...]:
    return tuple(values)


def _provincies_tuple(values: Iterable[Provincie]) -> tuple[Provincie, ...]:
    return tuple(values)


def _regios_tuple(values: Iterable[Veiligheidsregio]) -> tuple[Veiligheidsregio, ...]:
    return tuple(values)


def _netwerken_tuple(values: Iterable[Netwerk]) -> tuple[Netwerk, ...]:
    return tuple(values)


def _aliassen_tuple(values: Iterable[Alias]) -> tuple[Alias, ...]:
    return tuple(values)


def _herkomst_tuple(values: Iterable[DatasetVersie]) -> tuple[DatasetVersie, ...]:
    return tuple(values)


def _kind_of(item: Gebied) -> str:
    if isinstance(item, Gemeente):
        return "gemeente"
    if isinstance(item, Provincie):
        return "provincie"
    return "veiligheidsregio"


@frozen(kw_only=True)
class Register:
    """All gemeenten, provincies, veiligheidsregio's and netwerken, with lookups.

    Immutable: :meth:`met_inwoners` and :meth:`met_netwerk` return a new register. Its fields are
    tuples (a list given is made a tuple) of frozen records, so the shared register of
    :func:`register` cannot be changed by any caller.
    """

    gemeenten: tuple[Gemeente, ...] = field(converter=_gemeenten_tuple)
    """All gemeenten, sorted by code."""
    provincies: tuple[Provincie, ...] = field(converter=_provincies_tuple)
    """All provinces, sorted by code."""
    veiligheidsregios: tuple[Veiligheidsregio, ...] = field(converter=_regios_tuple)
    """All veiligheidsregio's, sorted by code."""
    netwerken: tuple[Netwerk, ...] = field(default=(), converter=_netwerken_tuple)
    """The known networks and their members."""
    aliassen: tuple[Alias, ...] = field(default=(), converter=_aliassen_tuple)
    """Common names that differ from the official ones."""
    herkomst: tuple[DatasetVersie, ...] = field(default=(), converter=_herkomst_tuple)
    """The data files (and user data) the register was built from."""

    def __attrs_post_init__(self) -> None:
        codes = {g.code for g in self.gemeenten}
        if len(codes) != len(self.gemeenten):
            raise InvalidInputError("gemeenten", len(self.gemeenten), bericht("gebied.dubbele_code"))
        pv = {p.code for p in self.provincies}
        vr = {v.code for v in self.veiligheidsregios}
        for g in self.gemeenten:
            if g.provinciecode not in pv:
                raise InvalidInputError(
                    f"{g.code}.provinciecode", g.provinciecode, bericht("gebied.onbekende_provincie")
                )
            if g.veiligheidsregiocode not in vr:
                raise InvalidInputError(
                    f"{g.code}.veiligheidsregiocode",
                    g.veiligheidsregiocode,
                    bericht("gebied.onbekende_veiligheidsregio"),
                )
        for n in self.netwerken:
            for code in n.leden:
                if code not in codes:
                    raise UnknownNameError(f"{n.naam}.leden", code, bericht("gebied.soort_gemeente"))

    # -- indexes (built on first lookup) ------------------------------------------------------

    # read-only: the register of ``register()`` is shared by every caller, and so are its indexes

    @cached_property
    def _by_code(self) -> Mapping[str, Gebied]:
        items: tuple[Gebied, ...] = (*self.gemeenten, *self.provincies, *self.veiligheidsregios)
        return MappingProxyType({item.code: item for item in items})

    @cached_property
    def _by_name(self) -> Mapping[str, Mapping[str, tuple[str, ...]]]:
        """Per kind, normalised name → codes (more than one code means ambiguous)."""
        index: dict[str, dict[str, list[str]]] = {kind: {} for kind in SOORTEN}

        def add(kind: str, name: str, code: str) -> None:
            codes = index[kind].setdefault(normaliseer_naam(name), [])
            if code not in codes:
                codes.append(code)

        items: tuple[tuple[Gebied, ...], ...] = (self.gemeenten, self.provincies, self.veiligheidsregios)
        for kind, of_kind in zip(SOORTEN, items, strict=True):
            official = {normaliseer_naam(i.naam) for i in of_kind}
            for i in of_kind:
                add(kind, i.naam, i.code)
            for i in of_kind:  # "Hengelo" for "Hengelo (O.)", unless that is someone's own name
                short = kort(i.naam)
                if short != i.naam and normaliseer_naam(short) not in official:
                    add(kind, short, i.code)
        for a in self.aliassen:
            item = self._by_code.get(a.code)
            if item is not None:
                add(_kind_of(item), a.alias, a.code)
        return MappingProxyType(
            {k: MappingProxyType({n: tuple(c) for n, c in v.items()}) for k, v in index.items()}
        )

    @cached_property
    def _gemeenten_per_provincie(self) -> Mapping[str, tuple[Gemeente, ...]]:
        per: dict[str, list[Gemeente]] = {p.code: [] for p in self.provincies}
        for g in self.gemeenten:
            per[g.provinciecode].append(g)
        return MappingProxyType({k: tuple(v) for k, v in per.items()})

    # -- lookups ------------------------------------------------------------------------------

    def _lookup(self, kind: str, naam_of_code: object, veld: str) -> Any:
        if not isinstance(naam_of_code, str) or not naam_of_code.strip():
            raise InvalidInputError(veld, naam_of_code, bericht("gebied.geef_naam", soort=kind))
        key = naam_of_code.strip()
        item = self._by_code.get(key.upper())
        if item is not None and _kind_of(item) == kind:
            return item
        names = self._by_name[kind]
        norm = normaliseer_naam(key)
        codes = names.get(norm)
        if codes is None:
            for other, other_names in self._by_name.items():
                if other != kind and norm in other_names:
                    found = self._by_code[other_names[norm][0]]
                    raise UnknownNameError(
                        veld,
                        naam_of_code,
                        bericht("gebied.andere_soort", soort=kind, gevonden=found, andere=other),
                    )
            namen = [self._by_code[names[c][0]].naam for c in suggesties(norm, names)]
            raise UnknownNameError(veld, naam_of_code, soort(kind), list(dict.fromkeys(namen)))
        if len(codes) > 1:
            raise AmbiguousNameError(
                veld, naam_of_code, meervoud(kind), [f"{self._by_code[c].naam} ({c})" for c in codes]
            )
        return self._by_code[codes[0]]

    def gemeente(self, naam_of_code: str) -> Gemeente:
        """Look up a gemeente by code (``GM0363``) or name (case-, accent-insensitive, aliases).

        Unknown names raise :class:`UnknownNameError` with the closest names; a name that fits
        several gemeenten (``"Bergen"``) raises :class:`AmbiguousNameError` listing them.
        """
        result: Gemeente = self._lookup("gemeente", naam_of_code, "gemeente")
        return result

    def provincie(self, naam_of_code: str) -> Provincie:
        """Look up a province by code (``PV21``) or name (``"Friesland"`` finds Fryslân)."""
        result: Provincie = self._lookup("provincie", naam_of_code, "provincie")
        return result

    def veiligheidsregio(self, naam_of_code: str) -> Veiligheidsregio:
        """Look up a veiligheidsregio by code (``VR13``) or name."""
        result: Veiligheidsregio = self._lookup("veiligheidsregio", naam_of_code, "veiligheidsregio")
        return result

    def provincie_van(self, gemeente: Gemeente) -> Provincie:
        """The province a gemeente lies in."""
        result: Provincie = self._by_code[gemeente.provinciecode]  # type: ignore[assignment]
        return result

    def veiligheidsregio_van(self, gemeente: Gemeente) -> Veiligheidsregio:
        """The veiligheidsregio a gemeente belongs to."""
        result: Veiligheidsregio = self._by_code[gemeente.veiligheidsregiocode]  # type: ignore[assignment]
        return result

    def gemeenten_in(self, provincie: Provincie | str) -> tuple[Gemeente, ...]:
        """The gemeenten of a province (given as object, code or name), sorted by code."""
        p = provincie if isinstance(provincie, Provincie) else self.provincie(provincie)
        return self._gemeenten_per_provincie[p.code]

    def netwerken_van(self, gemeente: Gemeente) -> tuple[Netwerk, ...]:
        """The networks a gemeente is a member of (possibly none)."""
        return tuple(n for n in self.netwerken if gemeente.code in n.leden)

    def netwerk(self, naam: str) -> Netwerk:
        """A network by name (``"G40"``); unknown names list the known networks."""
        for n in self.netwerken:
            if normaliseer_naam(n.naam) == normaliseer_naam(naam):
                return n
        raise UnknownNameError(
            "netwerk", naam, bericht("gebied.soort_netwerk"), [n.naam for n in self.netwerken]
        )

    # -- inhabitants --------------------------------------------------------------------------

    def inwoners_op(self, peildatum: date) -> dict[str, int]:
        """Inhabitants per gemeentecode on exactly ``peildatum`` (errors name what is missing)."""
        peildatum = as_date(peildatum)
        return {g.code: g.inwoners_op(peildatum).aantal for g in self.gemeenten}

    def totaal_inwoners(self, peildatum: date) -> int:
        """The national number of inhabitants on ``peildatum`` (sum over all gemeenten)."""
        peildatum = as_date(peildatum)
        return sum(self.inwoners_op(peildatum).values())

    def met_inwoners(
        self,
        peildatum: date,
        aantallen: Mapping[str, int],
        *,
        bron: str,
        versie: DatasetVersie | None = None,
    ) -> Register:
        """A register with inhabitants on ``peildatum`` added from ``aantallen`` (code → count).

        Every gemeente of the register must be given exactly once, with a count ≥ 0; unknown
        codes and missing gemeenten are a :class:`StructureError` listing them all. An existing
        figure on the same date is replaced.
        """
        peildatum = as_date(peildatum)
        fouten = self._fouten_in(aantallen)
        if fouten:
            raise StructureError("inwoners", peildatum.isoformat(), fouten)
        gemeenten = tuple(
            evolve(
                g,
                inwoners=[i for i in g.inwoners if i.peildatum != peildatum]
                + [Inwonertal(peildatum=peildatum, aantal=aantallen[g.code], bron=bron)],
            )
            for g in self.gemeenten
        )
        herkomst = self.herkomst if versie is None else (*self.herkomst, versie)
        return evolve(self, gemeenten=gemeenten, herkomst=herkomst)

    def _fouten_in(self, aantallen: Mapping[str, int]) -> list[Bericht]:
        """What is wrong with ``aantallen`` for this register: unknown codes, counts, missing ones."""
        fouten: list[Bericht] = []
        known = {g.code for g in self.gemeenten}
        for code, aantal in aantallen.items():
            if code not in known:
                fouten.append(bericht("gebied.onbekende_code", code=repr(code)))
            else:
                try:
                    geheel_getal("inwoners", aantal, reden=lambda: bericht("gebied.aantal"))
                except InvalidInputError as exc:
                    fouten.append(bericht("gebied.inwoners_geen_getal", code=code, fout=exc.bericht))
        missing = sorted(known - set(aantallen))
        if missing:
            fouten.append(
                bericht("gebied.ontbrekende_gemeenten", aantal=len(missing), codes=", ".join(missing[:10]))
            )
        return fouten

    def met_inwoners_csv(self, pad: str | Path, peildatum: date) -> Register:
        """A register with inhabitants on ``peildatum`` read from a CSV file.

        Columns: ``gemeentecode`` and ``inwoners`` (other columns are ignored). Bad rows are a
        :class:`StructureError` naming each row and value.
        """
        peildatum = as_date(peildatum)
        aantallen, versie = lees_inwoners(pad, peildatum)
        return self.met_inwoners(peildatum, aantallen, bron=f"gebruiker:{versie.naam}", versie=versie)

    def met_netwerk(self, netwerk: Netwerk) -> Register:
        """A register with ``netwerk`` added (replacing a network of the same name)."""
        rest = tuple(n for n in self.netwerken if n.naam != netwerk.naam)
        return evolve(self, netwerken=(*rest, netwerk))


publiceer_hier(globals())  # the package's public names defined here: asielketen.gebied.<name>
