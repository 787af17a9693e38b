"""The Spreidingswet (BWBR0049307) and its Besluit (BWBR0049310): from national need to realisation.

* :mod:`.raming` — the two-year cycle, the raming and the deadlines (art. 2, 4–7);
* :mod:`.verdeling` — the legal formula per gemeente and the provincial opgave (Besluit art. 2.1,
  2.2), and exact apportionment for scenarios;
* :mod:`.realisatie` — verdeelbesluiten, realised places, shortfall, uitruil and the deduction of
  durable places (art. 2 lid 3, art. 5, 6; Besluit art. 3.1);
* :mod:`.uitkering` — the specifieke uitkeringen (art. 9, 13; Besluit art. 3.2);
* :mod:`.escalatie` — what comes next when a gemeente is late (art. 7, 8; Gemeentewet art. 124, 124a);
* :mod:`.vergelijking` — comparison with the published cycle-1 figures (status pers).
"""

from __future__ import annotations

from .escalatie import Escalatiefeiten, Escalatiestand, Trede, escalatie
from .raming import Raming, Termijnen, cyclus_op, raming, termijnen
from .realisatie import (
    Aftrek,
    DuurzameLocatie,
    Realisatie,
    Stand,
    StandGemeente,
    StandProvincie,
    Toewijzing,
    Uitruil,
    Verdeelbesluit,
    aftrek_duurzaam,
    lees_realisaties,
    lees_verdeelbesluiten,
    stand,
)
from .uitkering import (
    Aandeel,
    AangebodenPlaatsen,
    Fase,
    Uitkering75,
    UitkeringDuurzaam,
    uitkering_75,
    uitkering_duurzaam,
)
from .verdeling import (
    GemeenteVerdeling,
    Methode,
    ProvincieVerdeling,
    SesScore,
    SesWoa,
    Sleutel,
    Spreiding,
    lees_ses_csv,
    uitleg_gemeente,
    verdeel,
    verdeel_aantallen,
    wegingsgewichten,
)
from .vergelijking import Vergelijking, vergelijk_gepubliceerd

__all__ = [
    "Aandeel",
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
    "Realisatie",
    "SesScore",
    "SesWoa",
    "Sleutel",
    "Spreiding",
    "Stand",
    "StandGemeente",
    "StandProvincie",
    "Termijnen",
    "Toewijzing",
    "Trede",
    "Uitkering75",
    "UitkeringDuurzaam",
    "Uitruil",
    "Verdeelbesluit",
    "Vergelijking",
    "aftrek_duurzaam",
    "cyclus_op",
    "escalatie",
    "lees_realisaties",
    "lees_ses_csv",
    "lees_verdeelbesluiten",
    "raming",
    "stand",
    "termijnen",
    "uitkering_75",
    "uitkering_duurzaam",
    "uitleg_gemeente",
    "verdeel",
    "verdeel_aantallen",
    "vergelijk_gepubliceerd",
    "wegingsgewichten",
]
