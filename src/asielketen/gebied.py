"""Geography: gemeenten, provincies, veiligheidsregio's, netwerken, and the register to look them up.

The shipped register holds all 342 gemeenten (municipal layout 2024, identical to 2025) with CBS
inhabitants on 1 January 2024. It is loaded on first use of :func:`register`, never at import.

>>> r = register()
>>> g = r.gemeente("het hogeland")
>>> g.code, g.naam, r.provincie_van(g).naam
('GM1966', 'Het Hogeland', 'Groningen')
>>> r.gemeente("Den Haag").naam
"'s-Gravenhage"
>>> r.gemeente("GM0363").inwoners_op(date(2024, 1, 1)).aantal
931298
>>> r.provincie("Friesland").naam
'Fryslân'
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from functools import cache, cached_property
from pathlib import Path
from types import MappingProxyType
from typing import Any

from attrs import Attribute, evolve, field, frozen

from . import _bestanden, data
from ._validation import geheel_getal
from .errors import (
    AmbiguousNameError,
    DataUnavailableError,
    InvalidInputError,
    StructureError,
    UnknownNameError,
)
from .explain import DatasetVersie
from .periods import as_date
from .taal import Bericht, bericht, letterlijk

__all__ = [
    "Alias",
    "Gemeente",
    "Inwonertal",
    "Netwerk",
    "Provincie",
    "Register",
    "Veiligheidsregio",
    "normaliseer_naam",
    "register",
]

_GM_RE = re.compile(r"^GM[0-9]{4}$")
_PV_RE = re.compile(r"^PV[0-9]{2}$")
_VR_RE = re.compile(r"^VR[0-9]{2}$")
_PAREN_RE = re.compile(r"\s*\([^)]*\)\s*$")


def normaliseer_naam(naam: str) -> str:
    """Fold a name for lookup: case, accents, apostrophes, hyphens, dots and spacing.

    >>> normaliseer_naam("  's-Gravenhage ") == normaliseer_naam("S GRAVENHAGE")
    True
    >>> normaliseer_naam("Súdwest-Fryslân")
    'sudwest fryslan'
    """
    text = unicodedata.normalize("NFKD", naam)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"['’‘`´.]", "", text)
    text = re.sub(r"[-‐‑–—_/]", " ", text)
    return " ".join(text.split())


def _code_check(pattern: re.Pattern[str], reden: Callable[[], Bericht]) -> Any:
    # ``reden`` is called only on an error: the catalogue is never loaded at import
    def check(_: object, attribute: Attribute[str], value: str) -> None:
        if not isinstance(value, str) or not pattern.match(value):
            raise InvalidInputError(attribute.name, value, reden())

    return check


def _gemeentecode() -> Bericht:
    return bericht("gebied.gemeentecode")


def _provinciecode() -> Bericht:
    return bericht("gebied.provinciecode")


def _veiligheidsregiocode() -> Bericht:
    return bericht("gebied.veiligheidsregiocode")


def _check_name(_: object, attribute: Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidInputError(attribute.name, value, bericht("gebied.naam_leeg"))


def _check_count(_: object, attribute: Attribute[int], value: int) -> None:
    geheel_getal(attribute.name, value, reden=bericht("gebied.aantal"))


def _beschikbaar(data: Iterable[date]) -> Bericht:
    """The dates available, or ``geen``/``none``."""
    tekst = ", ".join(d.isoformat() for d in data)
    return letterlijk(tekst) if tekst else bericht("gebied.geen")


@frozen(kw_only=True)
class Inwonertal:
    """The number of inhabitants on a reference date, with the id of its source."""

    peildatum: date
    """The reference date (CBS counts on 1 January)."""
    aantal: int = field(validator=_check_count)
    """The number of inhabitants."""
    bron: str
    """The id of the source in the source registry (or a user's label for own data)."""


def _sorted_counts(values: Iterable[Inwonertal]) -> tuple[Inwonertal, ...]:
    return tuple(sorted(values, key=lambda i: i.peildatum))


@frozen(kw_only=True)
class Gemeente:
    """A gemeente (municipality), identified by its CBS code (``GM0363``)."""

    code: str = field(validator=_code_check(_GM_RE, _gemeentecode))
    """The CBS gemeentecode, e.g. ``"GM0363"``."""
    naam: str = field(validator=_check_name)
    """The CBS name, e.g. ``"'s-Gravenhage"``."""
    provinciecode: str = field(validator=_code_check(_PV_RE, _provinciecode))
    """The province's CBS code, e.g. ``"PV27"``."""
    veiligheidsregiocode: str = field(validator=_code_check(_VR_RE, _veiligheidsregiocode))
    """The veiligheidsregio's code, e.g. ``"VR13"``."""
    stedelijkheid: int | None = field(default=None)
    """CBS urbanity class: 1 (zeer sterk stedelijk) … 5 (niet stedelijk)."""
    inwoners: tuple[Inwonertal, ...] = field(default=(), converter=_sorted_counts)
    """Inhabitants at the reference dates known, sorted by date."""

    @stedelijkheid.validator
    def _check_sted(self, attribute: Attribute[int | None], value: int | None) -> None:
        if value is not None and (value not in (1, 2, 3, 4, 5) or isinstance(value, bool)):
            raise InvalidInputError(attribute.name, value, bericht("gebied.stedelijkheid"))

    @property
    def peildata(self) -> tuple[date, ...]:
        """The reference dates for which inhabitants are known."""
        return tuple(i.peildatum for i in self.inwoners)

    def inwoners_op(self, peildatum: date) -> Inwonertal:
        """The inhabitants on exactly ``peildatum`` (the date a law prescribes).

        Raises :class:`DataUnavailableError` naming the date needed, the dates available and how
        to supply other figures — never a silent use of another date.
        """
        peildatum = as_date(peildatum)
        for i in self.inwoners:
            if i.peildatum == peildatum:
                return i
        raise DataUnavailableError(
            bericht(
                "gebied.inwoners_niet_beschikbaar",
                naam=self.naam,
                code=self.code,
                peildatum=peildatum,
                beschikbaar=_beschikbaar(self.peildata),
            ),
            veld="peildatum",
            waarde=peildatum,
        )

    def meest_recente_inwoners(self, op: date) -> Inwonertal:
        """The most recent inhabitants figure with a reference date on or before ``op``."""
        op = as_date(op, "op")
        eerder = [i for i in self.inwoners if i.peildatum <= op]
        if not eerder:
            raise DataUnavailableError(
                bericht(
                    "gebied.inwoners_niet_eerder",
                    naam=self.naam,
                    code=self.code,
                    op=op,
                    beschikbaar=_beschikbaar(self.peildata),
                ),
                veld="peildatum",
                waarde=op,
            )
        return eerder[-1]

    def __str__(self) -> str:
        return f"{self.naam} ({self.code})"


@frozen(kw_only=True)
class Provincie:
    """A province, identified by its CBS code (``PV20`` … ``PV31``)."""

    code: str = field(validator=_code_check(_PV_RE, _provinciecode))
    """The CBS provinciecode."""
    naam: str = field(validator=_check_name)
    """The CBS name, e.g. ``"Fryslân"``."""

    def __str__(self) -> str:
        return f"{self.naam} ({self.code})"


@frozen(kw_only=True)
class Veiligheidsregio:
    """A veiligheidsregio (safety region), ``VR01`` … ``VR25``."""

    code: str = field(validator=_code_check(_VR_RE, _veiligheidsregiocode))
    """The code."""
    naam: str = field(validator=_check_name)
    """The name, e.g. ``"Haaglanden"``."""

    def __str__(self) -> str:
        return f"{self.naam} ({self.code})"


def _sorted_codes(codes: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(codes)))


@frozen(kw_only=True)
class Netwerk:
    """A voluntary network of gemeenten (G4, G40, M50, R8, P10, K80) and its members.

    Networks overlap and do not cover all gemeenten. The shipped register holds G4 and G40;
    users add others with :meth:`Register.met_netwerk`.
    """

    naam: str = field(validator=_check_name)
    """The network's name, e.g. ``"G40"``."""
    leden: tuple[str, ...] = field(converter=_sorted_codes)
    """The gemeentecodes of its members, sorted."""
    bron: str
    """The id of the source of the membership list."""

    @leden.validator
    def _check_leden(self, attribute: Attribute[tuple[str, ...]], value: tuple[str, ...]) -> None:
        for code in value:
            if not isinstance(code, str) or not _GM_RE.match(code):
                raise InvalidInputError(f"{self.naam}.leden", code, bericht("gebied.lid_code"))


@frozen
class Alias:
    """A common name that users type for an entity whose official name differs."""

    alias: str
    """The common name, e.g. ``"Den Haag"``."""
    code: str
    """The code it denotes, e.g. ``"GM0518"``."""


# The register's fields are tuples whatever iterable is given (one converter per type: mypy's attrs
# plugin takes the type of ``__init__``'s parameter from the converter's annotation).


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
    def _by_code(self) -> Mapping[str, Gemeente | Provincie | Veiligheidsregio]:
        index: dict[str, Gemeente | Provincie | Veiligheidsregio] = {}
        items: tuple[Gemeente | Provincie | Veiligheidsregio, ...] = (
            *self.gemeenten,
            *self.provincies,
            *self.veiligheidsregios,
        )
        for item in items:
            index[item.code] = item
        return MappingProxyType(index)

    @cached_property
    def _by_name(self) -> Mapping[str, Mapping[str, tuple[str, ...]]]:
        """Per kind, normalised name → codes (more than one code means ambiguous)."""
        index: dict[str, dict[str, list[str]]] = {
            "gemeente": {},
            "provincie": {},
            "veiligheidsregio": {},
        }

        def add(kind: str, name: str, code: str) -> None:
            codes = index[kind].setdefault(normaliseer_naam(name), [])
            if code not in codes:
                codes.append(code)

        for kind, items in (
            ("gemeente", self.gemeenten),
            ("provincie", self.provincies),
            ("veiligheidsregio", self.veiligheidsregios),
        ):
            official = {normaliseer_naam(i.naam) for i in items}
            for i in items:
                add(kind, i.naam, i.code)
            for i in items:  # "Hengelo" for "Hengelo (O.)", unless that is someone's own name
                short = _PAREN_RE.sub("", i.naam)
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
        codes = names.get(normaliseer_naam(key))
        if codes is None:
            for other, other_names in self._by_name.items():
                if other != kind and normaliseer_naam(key) in other_names:
                    found = self._by_code[other_names[normaliseer_naam(key)][0]]
                    raise UnknownNameError(
                        veld,
                        naam_of_code,
                        bericht("gebied.andere_soort", soort=kind, gevonden=found, andere=other),
                    )
            norm = normaliseer_naam(key)
            starts = re.compile(re.escape(norm) + r"\b")
            prefixed = [n for n in names if n != norm and starts.match(n)][:3]
            close = prefixed + difflib.get_close_matches(norm, list(names), n=3, cutoff=0.6)
            suggestions = [self._by_code[names[c][0]].naam for c in close]
            raise UnknownNameError(veld, naam_of_code, _soort(kind), list(dict.fromkeys(suggestions)))
        if len(codes) > 1:
            raise AmbiguousNameError(
                veld, naam_of_code, _meervoud(kind), [f"{self._by_code[c].naam} ({c})" for c in codes]
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
        fouten: list[Bericht] = []
        known = {g.code for g in self.gemeenten}
        for code, aantal in aantallen.items():
            if code not in known:
                fouten.append(bericht("gebied.onbekende_code", code=repr(code)))
            else:
                try:
                    geheel_getal("inwoners", aantal, reden=bericht("gebied.aantal"))
                except InvalidInputError as exc:
                    fouten.append(bericht("gebied.inwoners_geen_getal", code=code, fout=exc.bericht))
        missing = sorted(known - set(aantallen))
        if missing:
            fouten.append(
                bericht("gebied.ontbrekende_gemeenten", aantal=len(missing), codes=", ".join(missing[:10]))
            )
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

    def met_inwoners_csv(self, pad: str | Path, peildatum: date) -> Register:
        """A register with inhabitants on ``peildatum`` read from a CSV file.

        Columns: ``gemeentecode`` and ``inwoners`` (other columns are ignored). Bad rows are a
        :class:`StructureError` naming each row and value.
        """
        peildatum = as_date(peildatum)
        bestand = _bestanden.lees(pad, "inwoners")
        aantallen = _lees_aantallen(bestand)
        versie = DatasetVersie(bestand.naam, peildatum, bestand.sha256)
        return self.met_inwoners(peildatum, aantallen, bron=f"gebruiker:{bestand.naam}", versie=versie)

    def met_netwerk(self, netwerk: Netwerk) -> Register:
        """A register with ``netwerk`` added (replacing a network of the same name)."""
        rest = tuple(n for n in self.netwerken if n.naam != netwerk.naam)
        return evolve(self, netwerken=(*rest, netwerk))


def _soort(kind: str) -> Bericht:
    """The kind of entity, as an error names it (``gemeente``)."""
    if kind == "gemeente":
        return bericht("gebied.soort_gemeente")
    if kind == "provincie":
        return bericht("gebied.soort_provincie")
    return bericht("gebied.soort_veiligheidsregio")


def _meervoud(kind: str) -> Bericht:
    """The kind for "more than one … fits" (Dutch plural ``gemeenten``, English ``gemeente``)."""
    if kind == "gemeente":
        return bericht("gebied.meervoud_gemeente")
    if kind == "provincie":
        return bericht("gebied.meervoud_provincie")
    return bericht("gebied.meervoud_veiligheidsregio")


def _kind_of(item: Gemeente | Provincie | Veiligheidsregio) -> str:
    if isinstance(item, Gemeente):
        return "gemeente"
    if isinstance(item, Provincie):
        return "provincie"
    return "veiligheidsregio"


def _lees_aantallen(bestand: _bestanden.Bestand) -> dict[str, int]:
    """``gemeentecode → inwoners`` from an inhabitants CSV; every bad row in one StructureError."""
    fouten = _bestanden.Fouten("inwoners", bestand.pad)
    aantallen: dict[str, int] = {}
    for nr, row in bestand.csv("inwoners", ("gemeentecode", "inwoners")).rijen(fouten):
        code = row["gemeentecode"]
        if code in aantallen:
            fouten.voeg(bericht("gebied.rij_dubbel", nr=nr, code=_bestanden.cel(code)))
            continue
        aantal = _bestanden.geheel_getal(row, "inwoners", nr, fouten)
        if aantal is not None:
            aantallen[code] = aantal
    fouten.controleer()
    return aantallen


@cache
def register() -> Register:
    """The shipped register (loaded and checked against the manifest on first call)."""
    gem_info = data.bestand("gemeenten.csv")
    gemeenten: list[Gemeente] = []
    provincies: dict[str, Provincie] = {}
    regios: dict[str, Veiligheidsregio] = {}
    with data._inhoud("gemeenten.csv"):  # a malformed file names itself, never a KeyError
        for row in data.lees_csv("gemeenten.csv"):
            provincies.setdefault(
                row["provinciecode"], Provincie(code=row["provinciecode"], naam=row["provincienaam"])
            )
            regios.setdefault(
                row["veiligheidsregiocode"],
                Veiligheidsregio(code=row["veiligheidsregiocode"], naam=row["veiligheidsregionaam"]),
            )
            gemeenten.append(
                Gemeente(
                    code=row["gemeentecode"],
                    naam=row["gemeentenaam"],
                    provinciecode=row["provinciecode"],
                    veiligheidsregiocode=row["veiligheidsregiocode"],
                    stedelijkheid=int(row["stedelijkheid"]),
                    inwoners=(
                        Inwonertal(
                            peildatum=gem_info.peildatum,
                            aantal=int(row["inwoners_2024_01_01"]),
                            bron=gem_info.bron or "",
                        ),
                    ),
                )
            )
        basis = Register(
            gemeenten=tuple(sorted(gemeenten, key=lambda g: g.code)),
            provincies=tuple(sorted(provincies.values(), key=lambda p: p.code)),
            veiligheidsregios=tuple(sorted(regios.values(), key=lambda v: v.code)),
        )
    net_info = data.bestand("netwerken_g4_g40.csv")
    leden: dict[str, list[str]] = {}
    with data._inhoud("netwerken_g4_g40.csv"):
        bekend = {g.code for g in gemeenten}
        for row in data.lees_csv("netwerken_g4_g40.csv"):
            if row["gemeentecode"] not in bekend:
                raise KeyError(row["gemeentecode"])
            leden.setdefault(row["netwerk"], []).append(row["gemeentecode"])
        netwerken = tuple(Netwerk(naam=n, leden=c, bron=net_info.bron or "") for n, c in leden.items())
    with data._inhoud("aliassen.csv"):
        aliassen = tuple(Alias(row["alias"], row["code"]) for row in data.lees_csv("aliassen.csv"))
        for a in aliassen:
            if a.code not in basis._by_code or not a.alias.strip():
                raise KeyError(a.code)
    return evolve(
        basis,
        netwerken=netwerken,
        aliassen=aliassen,
        herkomst=(gem_info.versie, net_info.versie, data.bestand("aliassen.csv").versie),
    )
