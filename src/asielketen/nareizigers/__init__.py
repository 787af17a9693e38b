"""Nareizigers: may a household of nareizigers move in with the referent under the nareisactie?

A *nareiziger* is a family member who joins a statushouder, the *referent*: the spouse or partner,
a (foster) child, and the parents only when the referent came as an alleenstaande minderjarige
(IND). The *nareisactie*, announced on 23 September 2025 (Kamerbrief; Rijksoverheid news "Minister
Keijzer neemt maatregelen om bezetting in Ter Apel onder de 2000 mensen te krijgen"), moves
nareizigers whose referent is already housed straight in with the referent. Per the VNG ledenbrief
of 13 October 2025 (U20250645): households of **one to two** nareizigers first; **three to four**
only "op een later moment" and with the gemeente's consent; those who arrived before 23 September
2025 are not part of it. To move in, the COA requires an approved dwelling, BRP registration, a
BSN and an MVV.

:func:`beoordeel_nareis` checks a :class:`Huishouden` at a peildatum and returns a typed
:class:`Nareisuitkomst` with **every** reason (:class:`Reden`), each with its sources and what
would change it. The outcomes are ordered (ADR 0004)::

    BUITEN_ACTIE < NOG_NIET < BINNEN_ACTIE_MET_INSTEMMING < BINNEN_ACTIE

and the rule is monotone: a larger household, a missing registration, a closed phase or a missing
consent never make the outcome better.

Where each source's rule is encoded (every module is private; import from here):

* Kamerbrief and Rijksoverheid news of 23 September 2025 — the action, its announcement date, and
  "arrived before it: not part of it" (VNG-2025-10-13): ``_nareisactie`` (the first step,
  :class:`Redencode` ``AANGEKOMEN_VOOR_ACTIE``), and :func:`nareisactie_op` for the action's
  state on a day (:class:`Nareisactiestand`);
* VNG ledenbrief 13 October 2025 (U20250645), household sizes one to two, three to four, five or
  more: ``_omvang`` (:class:`Route`, ``HUISHOUDEN_TE_GROOT``);
* the same letter, phase 2 "op een later moment" (its opening date an assumption the user may
  give, ``fase2_vanaf``): ``_fase`` (``FASE2_NIET_OPEN``);
* the same letter, phase 2 "na toestemming van de gemeente": ``_instemming``
  (``GEEN_INSTEMMING_GEMEENTE``);
* IND, nareis — who may join a referent: ``_relatie`` (:class:`Relatie`, ``RELATIE_GEEN_NAREIS``);
* Kamerbrief — the referent already housed; COA — an approved dwelling, and the press reading of
  an unapproved one (ADR 0004, :class:`Woninglezing`): ``_woning`` (``REFERENT_NIET_GEHUISVEST``,
  ``WONING_NIET_GOEDGEKEURD``);
* COA and IND — BRP, BSN, mvv and the report at the IND (Zevenaar since 6 March 2023):
  ``_registratie`` (``GEEN_BRP``, ``GEEN_BSN``, ``GEEN_MVV``, ``GEEN_IND_MELDING``);
* the same letter, the ministry's original plan of "kleine gezinnen (één à twee personen) die
  tijdelijk bij de referent konden verblijven": ``_verblijf`` (the step on the stay and
  :attr:`Nareisbeoordeling.verblijf_tijdelijk`: phase 1 is temporary; for phase 2 the letter does
  not say);
* press (ANP and Hart van Nederland, 19 December 2025; status pers) — since that day the COA places
  nareizigers still in the opvang in a hotel in the gemeente of destination, for at most six
  months, gemeenten behind on their taakstelling first: ``_hotel`` (:func:`hotelplaatsing`,
  :class:`Hotelplaatsing`, and :attr:`Nareisbeoordeling.hotel` beside the outcome; whether a
  gemeente is behind is an input, unknown by default);
* ADR 0004 — the ordered outcome and the reasons that cap it: ``_uitkomst``
  (:class:`Nareisuitkomst`, :class:`Reden`); the conclusion and what would change it:
  ``_beoordeling`` (:func:`beoordeel_nareis`, :class:`Nareisbeoordeling`).

The facts are in ``_huishouden`` (:class:`Huishouden`, :class:`Referent`, :class:`Nareiziger`),
the shipped parameters (``nareizigers.json``) in ``_parameters``, the sentences in ``_berichten``.

>>> from datetime import date
>>> gezin = Huishouden(
...     referent=Referent(gehuisvest=True, als_amv=False),
...     nareizigers=[Nareiziger(relatie=Relatie.ECHTGENOOT, aankomst=None,
...                             brp=True, bsn=True, mvv=True, ind_melding=True)],
...     woning_goedgekeurd=True, instemming_gemeente=False)
>>> beoordeel_nareis(gezin, date(2025, 10, 20)).waarde.uitkomst
<Nareisuitkomst.BINNEN_ACTIE: 'binnen_actie'>
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._openbaar import lui as _lui

if TYPE_CHECKING:
    from ._beoordeling import Nareisbeoordeling, beoordeel_nareis
    from ._gemeenschappelijk import MAX_NAREIZIGERS
    from ._hotel import Hotelplaatsing, hotelplaatsing
    from ._huishouden import Huishouden, Nareiziger, Referent, Relatie
    from ._nareisactie import Nareisactiestand, nareisactie_op
    from ._omvang import Route
    from ._uitkomst import Nareisuitkomst, Reden, Redencode
    from ._woning import Woninglezing

__all__ = [
    "MAX_NAREIZIGERS",
    "Hotelplaatsing",
    "Huishouden",
    "Nareisactiestand",
    "Nareisbeoordeling",
    "Nareisuitkomst",
    "Nareiziger",
    "Reden",
    "Redencode",
    "Referent",
    "Relatie",
    "Route",
    "Woninglezing",
    "beoordeel_nareis",
    "hotelplaatsing",
    "nareisactie_op",
]

_NAMEN: dict[str, str] = {
    "Hotelplaatsing": "_hotel",
    "Huishouden": "_huishouden",
    "MAX_NAREIZIGERS": "_gemeenschappelijk",
    "Nareisactiestand": "_nareisactie",
    "Nareisbeoordeling": "_beoordeling",
    "Nareisuitkomst": "_uitkomst",
    "Nareiziger": "_huishouden",
    "Reden": "_uitkomst",
    "Redencode": "_uitkomst",
    "Referent": "_huishouden",
    "Relatie": "_huishouden",
    "Route": "_omvang",
    "Woninglezing": "_woning",
    "beoordeel_nareis": "_beoordeling",
    "hotelplaatsing": "_hotel",
    "nareisactie_op": "_nareisactie",
}
"""Each public name → the private module that defines it, imported on first use (PEP 562, ADR 0007)."""

if not TYPE_CHECKING:  # type checkers read the names above, and refuse a misspelt one
    __getattr__, __dir__ = _lui(globals(), _NAMEN)
