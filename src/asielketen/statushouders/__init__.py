"""Statushouders: the half-yearly taakstelling, its backlog, voorrang and the VNG action.

Encodes DOMAIN.md §2 and the Huisvestingswet 2014 (BWBR0035303). Each article or letter, the
function that encodes it, and the private module that holds it:

* **art. 29 lid 1** — the taakstelling ``ceil(vg × iG / iN)`` in exact integer arithmetic
  (:func:`taakstelling_formule`), with vg published at least 13 weeks before the half-year
  (onder a: :func:`uiterste_bekendmaking`) and iG and iN the CBS inhabitants on 1 January of the
  year before (onder b and c: :func:`peildatum_inwoners`) — ``_formule``; vg as published, or as
  adjusted later on request (:func:`landelijk_aantal`, :class:`LandelijkeVersie`, ADR 0009) —
  ``_landelijk``; for every gemeente, explained (:func:`taakstellingen`; one gemeente:
  :func:`taakstelling_voor`, :func:`taakstelling_op`, :func:`uitleg_gemeente`) — ``_taakstelling``;
  the national table and its invariants (:class:`Taakstellingen`, :class:`Taakstellingsregel`,
  :class:`Taakstelling`) — ``_tabel``; only the numbers, for sweeps (:func:`taakstelling_aantallen`)
  — ``_records``;
* **art. 29 lid 2** — herverdeling: colleges may move taakstelling between them if the sum stays
  the same (:class:`Herverdeling`, :class:`Toewijzing` — ``_herverdeling``; applied to a national
  result by :func:`herverdeel` — ``_taakstelling``);
* **art. 30** — after a herindeling, iG is the sum of the component parts (:class:`Herindeling`)
  — ``_herindeling``;
* **the text cited** — every explanation cites arts. 28–30 in the version in force when its
  half-year begins — ``_wettekst``;
* **art. 28** and the backlog — the achterstand or voorsprong carried over half-years
  (:func:`achterstandsverloop`); whether nareizigers count is an assumption
  (:func:`nareizigers_tellen_mee`) — ``_achterstand``;
* **bill 36 831** — the ban on voorrang as an effective-dated rule, off until a scenario sets a
  date (:func:`voorrangsregel`, :func:`voorrangsverbod`) — ``_voorrang``;
* **VNG letter of 28 May 2026** "versneld huisvesten" — indicative extra places by network
  (:func:`vng_actie_voor`, :func:`vng_actie`, :func:`vng_actie_aantallen`, :func:`netwerknamen`)
  — ``_vng_actie``; membership from a user's file (:func:`met_netwerken_csv`) — ``_invoer``
  (which also reads the command line's herverdeling and herindeling files).

The national numbers vg, the action's numbers and the open choices are shipped in
``data/statushouders.json`` with their sources and statuses. Every explanation step and error
message comes from this domain's sentences (``asielketen.statushouders._berichten``): Dutch by
default, English with ``uitleg(taal="en")``, ``error.tekst("en")`` or :func:`asielketen.taal.in_taal`.

>>> from datetime import date
>>> u = taakstelling_voor("Het Hogeland", "2025-H2")
>>> u.waarde.taakstelling, u.waarde.inwoners, u.waarde.inwoners_nederland
(35, 48224, 17942942)
>>> u.onzeker          # vg for 2025-H2 rests on a press source
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._openbaar import lui as _lui

if TYPE_CHECKING:
    from ._achterstand import (
        Achterstandsverloop,
        Halfjaarsaldo,
        Nareizigersstand,
        Realisatie,
        achterstandsverloop,
        nareizigers_tellen_mee,
    )
    from ._formule import peildatum_inwoners, taakstelling_formule, uiterste_bekendmaking
    from ._herindeling import Herindeling
    from ._herverdeling import Herverdeling, Toewijzing
    from ._invoer import met_netwerken_csv
    from ._landelijk import LandelijkAantalOntbreektError, LandelijkeVersie, landelijk_aantal
    from ._records import taakstelling_aantallen
    from ._taakstelling import herverdeel, taakstelling_op, taakstelling_voor, taakstellingen, uitleg_gemeente
    from ._tabel import Taakstelling, Taakstellingen, Taakstellingsregel
    from ._vng_actie import (
        NetwerkAantal,
        VngActie,
        VngActieLandelijk,
        VngActieRegel,
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
    "LandelijkeVersie",
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

_NAMEN: dict[str, str] = {
    "Achterstandsverloop": "_achterstand",
    "Halfjaarsaldo": "_achterstand",
    "Herindeling": "_herindeling",
    "Herverdeling": "_herverdeling",
    "LandelijkAantalOntbreektError": "_landelijk",
    "LandelijkeVersie": "_landelijk",
    "Nareizigersstand": "_achterstand",
    "NetwerkAantal": "_vng_actie",
    "Realisatie": "_achterstand",
    "Taakstelling": "_tabel",
    "Taakstellingen": "_tabel",
    "Taakstellingsregel": "_tabel",
    "Toewijzing": "_herverdeling",
    "VngActie": "_vng_actie",
    "VngActieLandelijk": "_vng_actie",
    "VngActieRegel": "_vng_actie",
    "Voorrangsstand": "_voorrang",
    "achterstandsverloop": "_achterstand",
    "herverdeel": "_taakstelling",
    "landelijk_aantal": "_landelijk",
    "met_netwerken_csv": "_invoer",
    "nareizigers_tellen_mee": "_achterstand",
    "netwerknamen": "_vng_actie",
    "peildatum_inwoners": "_formule",
    "taakstelling_aantallen": "_records",
    "taakstelling_formule": "_formule",
    "taakstelling_op": "_taakstelling",
    "taakstelling_voor": "_taakstelling",
    "taakstellingen": "_taakstelling",
    "uiterste_bekendmaking": "_formule",
    "uitleg_gemeente": "_taakstelling",
    "vng_actie": "_vng_actie",
    "vng_actie_aantallen": "_vng_actie",
    "vng_actie_voor": "_vng_actie",
    "voorrangsregel": "_voorrang",
    "voorrangsverbod": "_voorrang",
}
"""Each public name → the private module that defines it, imported on first use (PEP 562, ADR 0007)."""

if not TYPE_CHECKING:  # type checkers read the names above, and refuse a misspelt one
    __getattr__, __dir__ = _lui(globals(), _NAMEN)
