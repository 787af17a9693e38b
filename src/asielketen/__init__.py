"""asielketen — typed, sourced rules and reference data for the Dutch asylum reception chain.

Every rule returns an :class:`Uitkomst`: the value, the steps that explain it and the sources
(law article, ECLI, letter) each step rests on, with their status. Reference data (the 342
gemeenten with CBS inhabitants) is loaded on first use, never at import.

>>> import asielketen
>>> asielketen.register().gemeente("Den Haag").code
'GM0518'

The names below are imported lazily (PEP 562), so ``import asielketen`` stays fast.

``__all__`` is curated: grouped by domain, sorted within each group. A new top-level name goes in
three places — ``__all__``, ``_LAZY`` (name → module, in ``asielketen/_lazy.py``) and the
``TYPE_CHECKING`` imports — and ``tests/test_api.py`` checks that they agree. A domain whose names
clash with another's stays module-only (``asielketen.spreidingswet.Realisatie`` vs
``asielketen.statushouders.Realisatie``).
"""

from __future__ import annotations

import importlib

from ._lazy import _LAZY
from ._version import __version__

# Not ``from typing import TYPE_CHECKING``: importing typing (and re, enum) costs ~10 ms, during
# which a Ctrl-C of the command would still be a traceback (see asielketen._start). Type checkers
# treat a name TYPE_CHECKING as true wherever it comes from.
TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs
    from typing import Any

    from ._validation import GROOTSTE_AANTAL
    from .bronregister import alle_bronnen, bron
    from .errors import (
        AmbiguousNameError,
        AsielketenError,
        DataIntegrityError,
        DataUnavailableError,
        InvalidInputError,
        InvalidPeriodError,
        InvalidSourceError,
        MissingExtraError,
        ParameterNotValidError,
        StructureError,
        UnknownNameError,
    )
    from .explain import DatasetVersie, Herkomst, Invoer, Redenering, Stap, Uitkomst
    from .gebied import (
        Gemeente,
        Inwonertal,
        Netwerk,
        Provincie,
        Register,
        Veiligheidsregio,
        register,
    )
    from .nareizigers import (
        Huishouden,
        Nareisactiestand,
        Nareisbeoordeling,
        Nareisuitkomst,
        Nareiziger,
        Reden,
        Redencode,
        Referent,
        Relatie,
        Woninglezing,
        beoordeel_nareis,
        nareisactie_op,
    )
    from .oekraine import (
        CollectievePlicht,
        IndividuelePlicht,
        Oekraineplichten,
        Opvangverzoek,
        Plichtuitkomst,
        Vergoeding,
        Verplichtingsoort,
        collectieve_plicht,
        individuele_plicht,
        oekraine_plichten,
        vergoeding,
    )
    from .opvang import (
        Bestuursovereenkomst,
        Bezetting,
        Locatie,
        Locatiesoort,
        Opvangoverzicht,
        Scenario,
        dwangsom_ter_apel,
        opvang_gemeente,
        referentiescenario,
        tekortverloop,
    )
    from .periods import Cyclus, Geldigheid, Halfjaar, Parameter, Periode
    from .profiel import Gemeenteprofiel, gemeenteprofiel
    from .serialization import converter, from_json, structure, to_json, unstructure
    from .sources import (
        Aanname,
        Brief,
        Bron,
        Kamerstuk,
        Persbron,
        Publicatie,
        Statistiek,
        Status,
        Uitspraak,
        Wetsartikel,
    )
    from .spreidingswet import (
        AangebodenPlaatsen,
        Aftrek,
        DuurzameLocatie,
        Escalatiefeiten,
        Escalatiestand,
        Fase,
        GemeenteVerdeling,
        Methode,
        ProvincieVerdeling,
        Raming,
        Spreiding,
        Stand,
        Termijnen,
        Trede,
        Uitkering75,
        UitkeringDuurzaam,
        Uitruil,
        Verdeelbesluit,
        Vergelijking,
        aftrek_duurzaam,
        cyclus_op,
        stand,
        termijnen,
        uitkering_75,
        uitkering_duurzaam,
        verdeel,
        vergelijk_gepubliceerd,
    )
    from .spreidingswet._escalatie import escalatie  # from the defining module: the function (the
    from .spreidingswet._raming import raming  # former submodules of these names are deprecated)
    from .statushouders import (
        Taakstelling,
        Taakstellingen,
        VngActie,
        taakstelling_op,
        taakstelling_voor,
        taakstellingen,
        vng_actie,
        vng_actie_voor,
    )
    from .taal import Bericht, Taal, bericht, huidige_taal, in_taal


__all__ = [  # noqa: RUF022 - grouped by domain, sorted within each group (tests/test_api.py)
    "__version__",
    # errors and the bound on counts
    "GROOTSTE_AANTAL",
    "AmbiguousNameError",
    "AsielketenError",
    "DataIntegrityError",
    "DataUnavailableError",
    "InvalidInputError",
    "InvalidPeriodError",
    "InvalidSourceError",
    "MissingExtraError",
    "ParameterNotValidError",
    "StructureError",
    "UnknownNameError",
    # sources and the source registry
    "Aanname",
    "Brief",
    "Bron",
    "Kamerstuk",
    "Persbron",
    "Publicatie",
    "Statistiek",
    "Status",
    "Uitspraak",
    "Wetsartikel",
    "alle_bronnen",
    "bron",
    # time: periods, half-years, cycles, effective-dated parameters
    "Cyclus",
    "Geldigheid",
    "Halfjaar",
    "Parameter",
    "Periode",
    # explanations: every rule returns an Uitkomst
    "DatasetVersie",
    "Herkomst",
    "Invoer",
    "Redenering",
    "Stap",
    "Uitkomst",
    # languages: Dutch by default, English on request
    "Bericht",
    "Taal",
    "bericht",
    "huidige_taal",
    "in_taal",
    # geography and the gemeente profile
    "Gemeente",
    "Gemeenteprofiel",
    "Inwonertal",
    "Netwerk",
    "Provincie",
    "Register",
    "Veiligheidsregio",
    "gemeenteprofiel",
    "register",
    # spreidingswet
    "AangebodenPlaatsen",
    "Aftrek",
    "DuurzameLocatie",
    "Escalatiefeiten",
    "Escalatiestand",
    "Fase",
    "GemeenteVerdeling",
    "Methode",
    "ProvincieVerdeling",
    "Raming",
    "Spreiding",
    "Stand",
    "Termijnen",
    "Trede",
    "Uitkering75",
    "UitkeringDuurzaam",
    "Uitruil",
    "Verdeelbesluit",
    "Vergelijking",
    "aftrek_duurzaam",
    "cyclus_op",
    "escalatie",
    "raming",
    "stand",
    "termijnen",
    "uitkering_75",
    "uitkering_duurzaam",
    "verdeel",
    "vergelijk_gepubliceerd",
    # statushouders
    "Taakstelling",
    "Taakstellingen",
    "VngActie",
    "taakstelling_op",
    "taakstelling_voor",
    "taakstellingen",
    "vng_actie",
    "vng_actie_voor",
    # nareizigers
    "Huishouden",
    "Nareisactiestand",
    "Nareisbeoordeling",
    "Nareisuitkomst",
    "Nareiziger",
    "Reden",
    "Redencode",
    "Referent",
    "Relatie",
    "Woninglezing",
    "beoordeel_nareis",
    "nareisactie_op",
    # opvang
    "Bestuursovereenkomst",
    "Bezetting",
    "Locatie",
    "Locatiesoort",
    "Opvangoverzicht",
    "Scenario",
    "dwangsom_ter_apel",
    "opvang_gemeente",
    "referentiescenario",
    "tekortverloop",
    # oekraine
    "CollectievePlicht",
    "IndividuelePlicht",
    "Oekraineplichten",
    "Opvangverzoek",
    "Plichtuitkomst",
    "Vergoeding",
    "Verplichtingsoort",
    "collectieve_plicht",
    "individuele_plicht",
    "oekraine_plichten",
    "vergoeding",
    # serialisation (JSON)
    "converter",
    "from_json",
    "structure",
    "to_json",
    "unstructure",
]
"""The public names, curated: each also in ``_LAZY`` and the ``TYPE_CHECKING`` imports above."""


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'asielketen' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
