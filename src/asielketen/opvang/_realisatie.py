"""The bridge to the Spreidingswet: realised places (art. 6) and durable places (art. 2 lid 3).

* :func:`realisaties` — the places realised per gemeente at a peildatum, as
  :class:`asielketen.spreidingswet.Realisatie` records for :func:`asielketen.spreidingswet.stand`;
  which kinds of location count is an aanname (:data:`~asielketen.opvang.REALISATIE_SOORTEN`);
  Oekraïne opvang (``oekraine-overlast``) never counts, even when asked: it is not asylum opvang;
* :func:`duurzame_locaties` — the locations with their uninterrupted availability, as
  :class:`asielketen.spreidingswet.DuurzameLocatie` records for
  :func:`asielketen.spreidingswet.aftrek_duurzaam`;
* the durable places a gemeente has in the overview (:func:`~asielketen.opvang.overzicht`):
  available for at least five years (Besluit art. 1.1) and, per gemeente, at least 100 regular or
  16 special places (Besluit art. 3.1), read from the shipped parameters.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, NamedTuple

from .._openbaar import publiceer_hier
from ..bronregister import bron, bronnen_versie
from ..explain import Redenering, Uitkomst
from ..gebied import Register, register
from ..parameters import parameter
from ..periods import Geldigheid, as_date
from ..spreidingswet import DuurzameLocatie, Realisatie
from ..taal import bericht
from ._locatie import BESTAND, Locatie, Locatiesoort, _controleer, _soorten

_BRON_DUURZAAM = "aanname.opvang.duurzaam-overeenkomst"
"""Aanname: a location's durability follows from its bestuursovereenkomsten."""
_BRON_REALISATIE = "aanname.opvang.realisatie-soorten"
"""Aanname: which kinds of location count as realised places."""


def realisaties(
    locaties: Sequence[Locatie],
    peildatum: date,
    *,
    soorten: Iterable[Locatiesoort] | None = None,
    reg: Register | None = None,
) -> Uitkomst[tuple[Realisatie, ...]]:
    """The places realised per gemeente at ``peildatum``, as Spreidingswet :class:`Realisatie` records.

    One record per gemeente that has a location of a counting kind; its places are the capacity of
    the agreements in force (0 when none applies). Feed them to :func:`asielketen.spreidingswet.stand`.
    """
    peildatum = as_date(peildatum)
    r = register() if reg is None else reg
    telt, nooit = _soorten(soorten)
    _controleer(locaties, (), r)
    rd = Redenering()
    rd.gebruikt(*r.herkomst, bronnen_versie())
    _stap_nooit(rd, nooit)
    som: dict[str, int] = {}
    for loc in locaties:
        if loc.soort in telt:
            som[loc.gemeentecode] = som.get(loc.gemeentecode, 0) + loc.capaciteit_op(peildatum)
    result = tuple(
        Realisatie(gemeentecode=code, peildatum=peildatum, plaatsen=som[code]) for code in sorted(som)
    )
    rd.stap(
        bericht(
            "opvang.stap.realisaties",
            peildatum=peildatum,
            soorten=", ".join(sorted(s.value for s in telt)),
            gemeenten=len(result),
            plaatsen=sum(som.values()),
        ),
        bron("spreidingswet.art6"),
        bron(_BRON_REALISATIE),
    )
    return rd.uitkomst(result)


def duurzame_locaties(
    locaties: Sequence[Locatie],
    peildatum: date,
    *,
    soorten: Iterable[Locatiesoort] | None = None,
    reg: Register | None = None,
) -> Uitkomst[tuple[DuurzameLocatie, ...]]:
    """Locations in an agreement on ``peildatum`` as Spreidingswet :class:`DuurzameLocatie` records.

    ``beschikbaar`` is the uninterrupted availability from the agreements; feed the records to
    :func:`asielketen.spreidingswet.aftrek_duurzaam`, which applies art. 2 lid 3 (five years from the
    raming, within twelve months) and the minimum size of Besluit art. 3.1.
    """
    peildatum = as_date(peildatum)
    r = register() if reg is None else reg
    telt, nooit = _soorten(soorten)
    _controleer(locaties, (), r)
    rd = Redenering()
    rd.gebruikt(bronnen_versie())
    _stap_nooit(rd, nooit)
    result: list[DuurzameLocatie] = []
    for loc in sorted(locaties, key=lambda x: (x.gemeentecode, x.id)):
        beschikbaar = loc.beschikbaar_op(peildatum)
        if beschikbaar is None or loc.soort not in telt:
            continue
        result.append(
            DuurzameLocatie(
                gemeentecode=loc.gemeentecode,
                plaatsen=loc.capaciteit_op(peildatum),
                beschikbaar=beschikbaar,
                bijzonder=loc.soort.bijzonder,
            )
        )
    rd.stap("opvang.stap.beschikbaarheid", bron("spreidingswet.art2.lid3"), bron(_BRON_DUURZAAM))
    return rd.uitkomst(tuple(result))


# -- durable places in the overview --------------------------------------------------------------


class _Duurzaamheid(NamedTuple):
    """The durability rule in force: minimum years of availability, minimum places per gemeente."""

    jaren: Geldigheid[Any]
    """Years of availability left (Besluit art. 1.1)."""
    regulier: Geldigheid[Any]
    """Minimum regular places per gemeente (Besluit art. 3.1 lid 1)."""
    bijzonder: Geldigheid[Any]
    """Minimum places van bijzondere aard per gemeente (Besluit art. 3.1 lid 2)."""


def _duurzaamheid(peildatum: date) -> _Duurzaamheid:
    """The durability rule on ``peildatum``, read from the shipped parameters."""
    return _Duurzaamheid(
        jaren=parameter(BESTAND, "opvang.duurzaam.min_jaren").geldigheid_op(peildatum),
        regulier=parameter(BESTAND, "opvang.duurzaam.min_plaatsen_regulier").geldigheid_op(peildatum),
        bijzonder=parameter(BESTAND, "opvang.duurzaam.min_plaatsen_bijzonder").geldigheid_op(peildatum),
    )


def _stap_duurzaamheid(rd: Redenering, regel: _Duurzaamheid, peildatum: date) -> None:
    """The step that states the durability rule with its sources."""
    rd.stap(
        bericht(
            "opvang.stap.duurzaam",
            peildatum=peildatum,
            jaren=regel.jaren.waarde,
            regulier=regel.regulier.waarde,
            bijzonder=regel.bijzonder.waarde,
        ),
        regel.jaren.bron,
        regel.regulier.bron,
        regel.bijzonder.bron,
        bron(_BRON_DUURZAAM),
    )


def _duurzaam_per_gemeente(
    duurzame: Iterable[tuple[str, Locatiesoort, int]], regel: _Duurzaamheid
) -> dict[str, int]:
    """The durable places per gemeente that meet the minimum size (Besluit art. 3.1).

    ``duurzame`` are ``(gemeentecode, soort, capaciteit)`` of the durable locations of a counting
    kind; regular places and places van bijzondere aard are summed apart, and each sum counts only
    when it reaches its own minimum.
    """
    minimum = {False: int(regel.regulier.waarde), True: int(regel.bijzonder.waarde)}
    som: dict[tuple[str, bool], int] = {}
    for code, soort, capaciteit in duurzame:
        key = (code, soort.bijzonder)
        som[key] = som.get(key, 0) + capaciteit
    result: dict[str, int] = {}
    for (code, bijzonder), plaatsen in som.items():
        if plaatsen >= minimum[bijzonder]:
            result[code] = result.get(code, 0) + plaatsen
    return result


def _stap_realisatie_soorten(rd: Redenering, telt: frozenset[Locatiesoort]) -> None:
    """The step that names the kinds counted as realised (Spreidingswet art. 6, an aanname)."""
    rd.stap(
        bericht("opvang.stap.realisatie_soorten", soorten=", ".join(sorted(s.value for s in telt))),
        bron("spreidingswet.art6"),
        bron(_BRON_REALISATIE),
    )


def _stap_nooit(rd: Redenering, nooit: frozenset[Locatiesoort]) -> None:
    """The step for kinds asked to count that never do (Oekraïne opvang); none when none was asked."""
    if nooit:
        rd.stap(
            bericht("opvang.stap.nooit_realisatie", soorten=", ".join(sorted(s.value for s in nooit))),
            *(s.bron for s in sorted(nooit, key=lambda x: x.value)),
            bron("spreidingswet.art6"),
        )


publiceer_hier(globals())  # the package's public names defined here: asielketen.opvang.<name>
