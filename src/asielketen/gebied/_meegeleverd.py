"""The shipped register (private; public as :func:`asielketen.gebied.register`).

Built from four data files of :mod:`asielketen.data`, each checked against the manifest on first
read: ``gemeenten.csv`` (gemeenten, their province and veiligheidsregio, CBS inhabitants on 1
January 2024), ``inwoners_2025_01_01.csv`` (CBS inhabitants on 1 January 2025, a second dated
figure per gemeente: the input for the taakstellingen of 2026), ``netwerken_g4_g40.csv`` and
``aliassen.csv``. A malformed file names itself (:class:`~asielketen.errors.DataIntegrityError`),
never a ``KeyError``.
"""

from __future__ import annotations

from functools import cache

from attrs import evolve

from .. import data
from ._gebieden import Alias, Gemeente, Inwonertal, Netwerk, Provincie, Veiligheidsregio
from ._register import Register

__all__ = ["register"]


@cache
def register() -> Register:
    """The shipped register (loaded and checked against the manifest on first call)."""
    basis = _met_inwoners_2025(_basis())
    net_info = data.bestand("netwerken_g4_g40.csv")
    leden: dict[str, list[str]] = {}
    with data._inhoud("netwerken_g4_g40.csv"):
        bekend = {g.code for g in basis.gemeenten}
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
        herkomst=(
            data.bestand("gemeenten.csv").versie,
            data.bestand(_INWONERS_2025).versie,
            net_info.versie,
            data.bestand("aliassen.csv").versie,
        ),
    )


_INWONERS_2025 = "inwoners_2025_01_01.csv"


def _met_inwoners_2025(basis: Register) -> Register:
    """``basis`` with the CBS inhabitants on 1 January 2025 as a second dated figure per gemeente.

    The file must hold every gemeente of ``gemeenten.csv`` exactly once, under the same code and
    CBS name, with a count of ASCII digits; anything else names the file.
    """
    info = data.bestand(_INWONERS_2025)
    with data._inhoud(_INWONERS_2025):
        namen = {g.code: g.naam for g in basis.gemeenten}
        aantallen: dict[str, int] = {}
        for row in data.lees_csv(_INWONERS_2025):
            code, aantal = row["gemeentecode"], row["inwoners_2025_01_01"]
            if namen.get(code) != row["gemeentenaam"] or code in aantallen:
                raise KeyError(code)
            if not (aantal.isascii() and aantal.isdigit()):
                raise ValueError(f"{code}: {aantal!r}")
            aantallen[code] = int(aantal)
        # every gemeente exactly once (a StructureError naming the missing ones otherwise)
        return basis.met_inwoners(info.peildatum, aantallen, bron=info.bron or "")


def _basis() -> Register:
    """The gemeenten, provinces and veiligheidsregio's of ``gemeenten.csv``, sorted by code."""
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
        return Register(
            gemeenten=tuple(sorted(gemeenten, key=lambda g: g.code)),
            provincies=tuple(sorted(provincies.values(), key=lambda p: p.code)),
            veiligheidsregios=tuple(sorted(regios.values(), key=lambda v: v.code)),
        )
