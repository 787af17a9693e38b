"""Statushouders: the half-yearly taakstelling, its backlog, voorrang and the VNG action.

Encodes DOMAIN.md §2 and the Huisvestingswet 2014 (BWBR0035303):

* **taakstelling** (art. 29 lid 1): ``ceil(vg × iG / iN)`` in exact integer arithmetic, with iG
  and iN the CBS inhabitants on 1 January of the year before the half-year
  (:func:`taakstellingen` for all gemeenten, :func:`taakstelling_voor` for one, explained);
  after a herindeling the figures of the component parts (art. 30, :class:`Herindeling`);
* **herverdeling** (art. 29 lid 2): colleges may move taakstelling between them if the sum stays
  the same (:func:`herverdeel`);
* **backlog**: the achterstand or voorsprong carried over half-years (:func:`achterstandsverloop`);
  whether nareizigers count is an assumption (:func:`nareizigers_tellen_mee`);
* **voorrang**: the ban of bill 36 831 as an effective-dated rule, off until a scenario sets a
  date (:func:`voorrangsverbod`);
* **VNG action** "versneld huisvesten" (letter of 28 May 2026): indicative extra places by
  network (:func:`vng_actie_voor`, :func:`vng_actie`; membership from :func:`met_netwerken_csv`).

The national numbers vg, the action's numbers and the open choices are shipped in
``data/statushouders.json`` with their sources and statuses. Every explanation step and error
message comes from the message catalogue (``asielketen._berichten.statushouders``): Dutch by
default, English with ``uitleg(taal="en")``, ``error.tekst("en")`` or :func:`asielketen.taal.in_taal`.

>>> from datetime import date
>>> u = taakstelling_voor("Het Hogeland", "2025-H2")
>>> u.waarde.taakstelling, u.waarde.inwoners, u.waarde.inwoners_nederland
(35, 48224, 17942942)
>>> u.onzeker          # vg for 2025-H2 rests on a press source
True
"""

from __future__ import annotations

from ._achterstand import (
    Achterstandsverloop,
    Halfjaarsaldo,
    Nareizigersstand,
    Realisatie,
    achterstandsverloop,
    nareizigers_tellen_mee,
)
from ._taakstelling import (
    Herindeling,
    Herverdeling,
    LandelijkAantalOntbreektError,
    Taakstelling,
    Taakstellingen,
    Taakstellingsregel,
    Toewijzing,
    herverdeel,
    landelijk_aantal,
    peildatum_inwoners,
    taakstelling_aantallen,
    taakstelling_formule,
    taakstelling_op,
    taakstelling_voor,
    taakstellingen,
    uiterste_bekendmaking,
    uitleg_gemeente,
)
from ._vng_actie import (
    NetwerkAantal,
    VngActie,
    VngActieLandelijk,
    VngActieRegel,
    met_netwerken_csv,
    netwerknamen,
    vng_actie,
    vng_actie_aantallen,
    vng_actie_voor,
)
from ._voorrang import Voorrangsstand, voorrangsregel, voorrangsverbod

__all__ = [
    "Achterstandsverloop",
    "Halfjaarsaldo",
    "Herindeling",
    "Herverdeling",
    "LandelijkAantalOntbreektError",
    "Nareizigersstand",
    "NetwerkAantal",
    "Realisatie",
    "Taakstelling",
    "Taakstellingen",
    "Taakstellingsregel",
    "Toewijzing",
    "VngActie",
    "VngActieLandelijk",
    "VngActieRegel",
    "Voorrangsstand",
    "achterstandsverloop",
    "herverdeel",
    "landelijk_aantal",
    "met_netwerken_csv",
    "nareizigers_tellen_mee",
    "netwerknamen",
    "peildatum_inwoners",
    "taakstelling_aantallen",
    "taakstelling_formule",
    "taakstelling_op",
    "taakstelling_voor",
    "taakstellingen",
    "uiterste_bekendmaking",
    "uitleg_gemeente",
    "vng_actie",
    "vng_actie_aantallen",
    "vng_actie_voor",
    "voorrangsregel",
    "voorrangsverbod",
]
