"""The shipped register (private; public as :func:`asielketen.gebied.register`).

Built from four data files of :mod:`asielketen.data`, each checked against the manifest on first
read: ``gemeenten.csv`` (gemeenten, their province and veiligheidsregio, CBS inhabitants on 1
January 2024), ``inwoners_2025_01_01.csv`` (CBS inhabitants on 1 January 2025, a second dated
figure per gemeente: the input for the taakstellingen of 2026), ``netwerken_g4_g40.csv``,
``netwerken_m50_p10_k80_r8.csv`` (with ``netwerken_volledigheid.csv``: which lists are complete,
how many members are known and expected, and each list's source) and ``aliassen.csv``. A
malformed file names itself (:class:`~asielketen.errors.DataIntegrityError`), never a ``KeyError``.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from attrs import evolve

from .. import data
from .._openbaar import publiceer_hier
from ..errors import DataIntegrityError
from ._gebieden import Alias, Gemeente, Inwonertal, Netwerk, Provincie, Veiligheidsregio
from ._register import Register

__all__ = ["register"]


@cache
def register() -> Register:
    """The shipped register (loaded and checked against the manifest on first call)."""
    basis = _basis()
    net_info = data.bestand("netwerken_g4_g40.csv")
    volledigheid = _volledigheid()
    netwerken = (
        *_netwerken(basis, "netwerken_g4_g40.csv", volledigheid),
        *_netwerken(basis, _NETWERKEN_OVERIG, volledigheid),
    )
    with data._inhoud("aliassen.csv"):
        aliassen = tuple(Alias(row["alias"], row["code"]) for row in data.lees_csv("aliassen.csv"))
        for a in aliassen:
            if a.code not in basis._by_code or not a.alias.strip():
                raise KeyError(a.code)
    return evolve(
        basis,
        netwerken=netwerken,
        aliassen=aliassen,
        herkomst=(
            data.bestand("gemeenten.csv").versie,
            data.bestand(_INWONERS_2025).versie,
            net_info.versie,
            data.bestand(_NETWERKEN_OVERIG).versie,
            data.bestand(_VOLLEDIGHEID).versie,
            data.bestand("aliassen.csv").versie,
        ),
    )


_INWONERS_2025 = "inwoners_2025_01_01.csv"
_NETWERKEN_OVERIG = "netwerken_m50_p10_k80_r8.csv"
_VOLLEDIGHEID = "netwerken_volledigheid.csv"


def _volledigheid() -> dict[str, tuple[bool, str | None, str]]:
    """Per network of ``netwerken_volledigheid.csv``: (complete?, members expected if incomplete,
    source id). ``volledig`` is ``ja`` or ``nee``; the ``bekend`` count must match the list."""
    with data._inhoud(_VOLLEDIGHEID):
        uit: dict[str, tuple[bool, str | None, str]] = {}
        for row in data.lees_csv(_VOLLEDIGHEID):
            if row["volledig"] not in ("ja", "nee") or row["netwerk"] in uit or not row["bron"]:
                raise ValueError(f"{row['netwerk']}: {row['volledig']!r}")
            volledig = row["volledig"] == "ja"
            uit[row["netwerk"]] = (volledig, None if volledig else row["verwacht"], row["bron"])
        return uit


def _netwerken(
    basis: Register, naam: str, volledigheid: dict[str, tuple[bool, str | None, str]]
) -> tuple[Netwerk, ...]:
    """The networks of one shipped membership file; every network must have its completeness row,
    with the number of members it lists (a malformed file names itself)."""
    with data._inhoud(naam):
        bekend = {g.code: g.naam for g in basis.gemeenten}
        leden: dict[str, list[str]] = {}
        for row in data.lees_csv(naam):
            code = row["gemeentecode"]
            if code not in bekend or bekend[code] != row["gemeentenaam"]:
                raise KeyError(code)
            leden.setdefault(row["netwerk"], []).append(code)
        with data._inhoud(_VOLLEDIGHEID):
            aantallen = {r["netwerk"]: r["bekend"] for r in data.lees_csv(_VOLLEDIGHEID)}
            for n, codes in leden.items():
                if aantallen[n] != str(len(set(codes))):
                    raise ValueError(f"{n}: {aantallen[n]} != {len(codes)}")
        return tuple(
            Netwerk(
                naam=n,
                leden=c,
                bron=volledigheid[n][2],
                volledig=volledigheid[n][0],
                verwacht=volledigheid[n][1],
            )
            for n, c in leden.items()
        )


def _inwoners_2025(namen: Mapping[str, str]) -> dict[str, int]:
    """The CBS inhabitants on 1 January 2025 per gemeentecode, for the gemeenten ``namen`` (code → name).

    The file must hold every gemeente of ``gemeenten.csv`` exactly once, under the same code and
    CBS name, with a count of ASCII digits; anything else names the file. (Completeness is
    checked by the caller, with :meth:`Register.met_inwoners`' own message.)
    """
    with data._inhoud(_INWONERS_2025):
        aantallen: dict[str, int] = {}
        for row in data.lees_csv(_INWONERS_2025):
            code, aantal = row["gemeentecode"], row["inwoners_2025_01_01"]
            if namen.get(code) != row["gemeentenaam"] or code in aantallen:
                raise KeyError(code)
            if not (aantal.isascii() and aantal.isdigit()):
                raise ValueError(f"{code}: {aantal!r}")
            aantallen[code] = int(aantal)
        return aantallen


def _basis() -> Register:
    """The gemeenten, provinces and veiligheidsregio's of ``gemeenten.csv``, sorted by code, each
    gemeente with its inhabitants on 1 January 2024 and 1 January 2025.

    Each gemeente is made once, with both figures (issue 18: the register is the first thing most
    commands load). The 2025 file must give every gemeente: if it does not, the register of 2024
    asks :meth:`Register.met_inwoners` for it, which names what is missing or unknown.
    """
    gem_info = data.bestand("gemeenten.csv")
    info_2025 = data.bestand(_INWONERS_2025)
    provincies: dict[str, Provincie] = {}
    regios: dict[str, Veiligheidsregio] = {}
    with data._inhoud("gemeenten.csv"):  # a malformed file names itself, never a KeyError
        rijen = data.lees_csv("gemeenten.csv")
        namen = {row["gemeentecode"]: row["gemeentenaam"] for row in rijen}
    try:
        aantallen_2025, fout_2025 = _inwoners_2025(namen), None
    except DataIntegrityError as exc:  # raised after gemeenten.csv's own checks: that file first
        aantallen_2025, fout_2025 = {}, exc
    volledig = aantallen_2025.keys() == namen.keys()
    with data._inhoud("gemeenten.csv"):
        gemeenten: list[Gemeente] = []
        for row in rijen:
            provincies.setdefault(
                row["provinciecode"], Provincie(code=row["provinciecode"], naam=row["provincienaam"])
            )
            regios.setdefault(
                row["veiligheidsregiocode"],
                Veiligheidsregio(code=row["veiligheidsregiocode"], naam=row["veiligheidsregionaam"]),
            )
            code = row["gemeentecode"]
            inwoners = [
                Inwonertal(
                    peildatum=gem_info.peildatum,
                    aantal=int(row["inwoners_2024_01_01"]),
                    bron=gem_info.bron or "",
                )
            ]
            if volledig:
                inwoners.append(
                    Inwonertal(
                        peildatum=info_2025.peildatum, aantal=aantallen_2025[code], bron=info_2025.bron or ""
                    )
                )
            gemeenten.append(
                Gemeente(
                    code=code,
                    naam=row["gemeentenaam"],
                    provinciecode=row["provinciecode"],
                    veiligheidsregiocode=row["veiligheidsregiocode"],
                    stedelijkheid=int(row["stedelijkheid"]),
                    inwoners=inwoners,
                )
            )
        basis = Register(
            gemeenten=tuple(sorted(gemeenten, key=lambda g: g.code)),
            provincies=tuple(sorted(provincies.values(), key=lambda p: p.code)),
            veiligheidsregios=tuple(sorted(regios.values(), key=lambda v: v.code)),
        )
    if fout_2025 is not None:
        raise fout_2025
    if not volledig:  # the gemeenten missing or unknown, named, as an error of the 2025 file
        with data._inhoud(_INWONERS_2025):
            return basis.met_inwoners(info_2025.peildatum, aantallen_2025, bron=info_2025.bron or "")
    return basis


publiceer_hier(globals())  # the package's public names defined here: asielketen.gebied.<name>
