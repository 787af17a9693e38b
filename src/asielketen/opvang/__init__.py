"""Opvang capacity: locations, bestuursovereenkomsten, occupancy, Ter Apel and shortage scenarios.

A :class:`Locatie` is a reception location of a :class:`Locatiesoort` in a gemeente; its capacity
and term are fixed by one or more :class:`Bestuursovereenkomst` en between the COA and the gemeente
(DOMAIN.md §5). Outside every agreement a location contributes nothing. From the locations the
library derives, at a peildatum:

* :func:`overzicht` — capacity, occupancy, places short (people above the agreement) and free places
  per location, gemeente, province and nationally; placing above an agreement is always flagged,
  with the minister's condition "als dit beheersbaar en veilig kan" (AenM-2026-03-26) as source and
  the user's word on it as input (``beheersbaar_en_veilig``, unknown by default); a location still
  used after its agreement ended is flagged too (``langer_open``: "noodgedwongen langer open"),
  never refused;
* :func:`toets_bezetting` — every occupancy count against the agreement in force on its date, or
  flagged as after its end (``na_overeenkomst``);
* :func:`realisaties` and :func:`duurzame_locaties` — the realised places per gemeente
  (:class:`asielketen.spreidingswet.Realisatie`) and the durable places (Besluit art. 1.1, 3.1) for
  the Spreidingswet;
* :func:`dwangsom_ter_apel` — the dwangsom owed over a series of nightly counts in Ter Apel
  (above 2,000: €50,000 per night, at most €5 million; status pers);
* :func:`tekortverloop` — the shortage of a :class:`Scenario` (a dated series of need, with
  locations opening and agreements ending) over time and per province; :func:`referentiescenario`
  ships the minister's figures of 26 March 2026 (4,500 short term, 7,900 by the end of summer).

Where each source is encoded:

* **DOMAIN.md §5** (locations and their agreements): :class:`Locatie`, :class:`Bestuursovereenkomst`,
  :class:`Locatiesoort` (each kind with the source that names it);
* **VNG-2026-05-28** ("kleinschalige opvanglocaties", no threshold given): :attr:`Locatie.kleinschalig`,
  a mark the user sets (``aanname.opvang.kleinschalig``), reported by :func:`overzicht`;
* **VNG-2025-09-22** ("de al lang beloofde aanpak van overlastgevende Oekraïners"):
  ``Locatiesoort.OEKRAINE_OVERLAST`` — Oekraïne opvang, never counted for the Spreidingswet;
* **AenM-2026-03-26** (placing above bestuursovereenkomsten "als dit beheersbaar en veilig kan";
  locations "noodgedwongen langer open"): :func:`toets_bezetting`, the ``signaleringen`` and
  ``langer_open`` of :func:`overzicht`; its shortage figures: :func:`referentiescenario`;
* **Spreidingswet art. 6** (realised places): :func:`realisaties` and the ``realisatie`` of
  :func:`overzicht`, kinds per :data:`REALISATIE_SOORTEN` (an aanname);
* **Spreidingswet art. 2 lid 3, Besluit art. 1.1 and 3.1** (durable places, five years, at least 100
  or 16 places per gemeente): :func:`duurzame_locaties`, :meth:`Locatie.duurzaam_op` and the
  ``duurzaam`` of :func:`overzicht`;
* **dwangsom Ter Apel** (press, 30 October 2024): :func:`dwangsom_ter_apel`;
* **shortage per area** (an aanname; ADR 0006 for place-days): :func:`tekort_op`,
  :func:`tekortverloop`.

All functions are pure: same inputs, same result; no clock. User data is read with
:func:`lees_locaties`, :func:`lees_bezetting` and :func:`lees_nachten`, which report every bad row
at once in a :class:`~asielketen.errors.StructureError` (a count after the end of its location's
agreement is not a bad row: it is flagged by the rules).

>>> from datetime import date
>>> from asielketen.periods import Periode
>>> azc = Locatie(id="azc-1", naam="azc Voorbeeld", soort=Locatiesoort.AZC, gemeentecode="GM0363",
...               overeenkomsten=[Bestuursovereenkomst(periode=Periode(date(2024, 1, 1), date(2034, 1, 1)),
...                                                    capaciteit=400)])
>>> o = overzicht([azc], date(2026, 4, 1),
...               bezettingen=[Bezetting(locatie_id="azc-1", datum=date(2026, 4, 1), personen=430)]).waarde
>>> o.capaciteit, o.bezetting, o.tekort, o.gemeenten[0].duurzaam
(400, 430, 30, 400)
>>> o.signaleringen[0].boven
30
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._openbaar import lui as _lui

if TYPE_CHECKING:
    from ._bezetting import Bezettingstoets, toets_bezetting
    from ._dwangsom import Dwangsom, DwangsomNacht, Nachttelling, dwangsom_ter_apel
    from ._invoer import lees_bezetting, lees_locaties, lees_nachten
    from ._locatie import BESTAND, REALISATIE_SOORTEN, Bestuursovereenkomst, Bezetting, Locatie, Locatiesoort
    from ._overzicht import (
        GemeenteOpvang,
        Opvangoverzicht,
        ProvincieOpvang,
        opvang_gemeente,
        overzicht,
    )
    from ._realisatie import duurzame_locaties, realisaties
    from ._stand import LocatieStand
    from ._tekort import (
        LANDELIJK,
        Behoefte,
        GebiedTekort,
        Scenario,
        Tekortpunt,
        Tekortverloop,
        referentiescenario,
        tekort_op,
        tekortverloop,
    )

__all__ = [
    "BESTAND",
    "LANDELIJK",
    "REALISATIE_SOORTEN",
    "Behoefte",
    "Bestuursovereenkomst",
    "Bezetting",
    "Bezettingstoets",
    "Dwangsom",
    "DwangsomNacht",
    "GebiedTekort",
    "GemeenteOpvang",
    "Locatie",
    "LocatieStand",
    "Locatiesoort",
    "Nachttelling",
    "Opvangoverzicht",
    "ProvincieOpvang",
    "Scenario",
    "Tekortpunt",
    "Tekortverloop",
    "duurzame_locaties",
    "dwangsom_ter_apel",
    "lees_bezetting",
    "lees_locaties",
    "lees_nachten",
    "opvang_gemeente",
    "overzicht",
    "realisaties",
    "referentiescenario",
    "tekort_op",
    "tekortverloop",
    "toets_bezetting",
]

_NAMEN: dict[str, str] = {
    "BESTAND": "_locatie",
    "Behoefte": "_tekort",
    "Bestuursovereenkomst": "_locatie",
    "Bezetting": "_locatie",
    "Bezettingstoets": "_bezetting",
    "Dwangsom": "_dwangsom",
    "DwangsomNacht": "_dwangsom",
    "GebiedTekort": "_tekort",
    "GemeenteOpvang": "_overzicht",
    "LANDELIJK": "_tekort",
    "Locatie": "_locatie",
    "LocatieStand": "_stand",
    "Locatiesoort": "_locatie",
    "Nachttelling": "_dwangsom",
    "Opvangoverzicht": "_overzicht",
    "ProvincieOpvang": "_overzicht",
    "REALISATIE_SOORTEN": "_locatie",
    "Scenario": "_tekort",
    "Tekortpunt": "_tekort",
    "Tekortverloop": "_tekort",
    "duurzame_locaties": "_realisatie",
    "dwangsom_ter_apel": "_dwangsom",
    "lees_bezetting": "_invoer",
    "lees_locaties": "_invoer",
    "lees_nachten": "_invoer",
    "opvang_gemeente": "_overzicht",
    "overzicht": "_overzicht",
    "realisaties": "_realisatie",
    "referentiescenario": "_tekort",
    "tekort_op": "_tekort",
    "tekortverloop": "_tekort",
    "toets_bezetting": "_bezetting",
}
"""Each public name → the private module that defines it, imported on first use (PEP 562, ADR 0007)."""

if not TYPE_CHECKING:  # type checkers read the names above, and refuse a misspelt one
    __getattr__, __dir__ = _lui(globals(), _NAMEN)
