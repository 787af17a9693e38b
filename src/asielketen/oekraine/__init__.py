"""Opvang ontheemden uit Oekraïne: two duties side by side, and the financing.

The VNG put it in one sentence (letter of 22 September 2025): the opvang of Oekraïners is "een
inspanningsverplichting als het gaat om de aantallen per gemeente, en tegelijk een ongelimiteerde
plicht op basis van de Tijdelijke wet opvang Oekraïne". This package encodes both halves:

* :func:`individuele_plicht` — the **resultaatsverplichting** toward each ontheemde who asks: the
  college provides opvang (Twoo art. 2 lid 1); a full location does not lift that duty but makes the
  college find an alternative (Rechtbank Noord-Nederland 6 October 2025, ECLI:NL:RBNNE:2025:4074,
  Het Hogeland). Only the exclusion grounds of the Regeling opvang ontheemden Oekraïne art. 4 give
  "no duty"; alleenstaande minderjarigen (art. 2) and requests outside the regime are outside the
  municipal task and say so. Whether there is room is weighed on the gemeente's **own** opvang only
  (never a veiligheidsregio's numbers); unknown, no free place is claimed (ADR 0010).
* :func:`collectieve_plicht` — the **inspanningsverplichting** for the number of places the minister
  asks of a gemeente or veiligheidsregio: the shortfall, which is not by itself unlawful and gives
  no individual a claim.
* :func:`vergoeding` — the Bekostigingsregeling (BWBR0046732) art. 3: the normbedrag per realised
  place per day and the amount per person per month for particuliere opvang, split exactly at every
  change of amount, minus — from the lid 1 total only — the gemeente's receipts of eigen bijdragen
  and catering contributions (art. 3 lid 7; RooO artt. 7 lid 4 and 8) or, only when asked, an
  assumed maximum (:class:`Aftreklezing`); money in whole cents (ADR 0010).
* :func:`oekraine_plichten` — both duties for one gemeente at a peildatum (for the gemeente profile).

Where each rule lives — one legal matter per private module:

* the regime (Wvb artt. 2c and 4; Twoo art. 2 lid 1 and art. 10; temporary protection):
  :func:`regime_op`, :class:`Regime` — ``_regime``;
* the request (Twoo art. 1; RooO art. 2 and art. 4 lid 1): :class:`Opvangverzoek`,
  :class:`Capaciteit`, :class:`Uitsluitingsgrond` — ``_verzoek``;
* the resultaatsverplichting (Twoo art. 2 lid 1; ECLI:NL:RBNNE:2025:4074; RooO art. 3):
  :func:`individuele_plicht`, :class:`IndividuelePlicht`, :class:`Plichtuitkomst`,
  :class:`Alternatief` — ``_individueel``;
* the prioritering scenario (not law: ``aanname.oekraine.prioritering-scenario``): the
  ``prioritering_vanaf`` of :func:`individuele_plicht` — ``_prioritering``;
* the inspanningsverplichting (VNG-2025-09-22): :func:`collectieve_plicht`,
  :class:`CollectievePlicht`, :class:`Gebiedsniveau` — ``_collectief``;
* both duties for one gemeente, each with its own numbers (``eigen`` for the individual duty):
  :func:`oekraine_plichten`, :class:`Oekraineplichten` — ``_plichten``;
* the normbedragen (BooO art. 3 lid 1 and lid 4): :class:`Dagdeel`, :class:`Maanddeel` —
  ``_normbedragen``;
* the deduction (BooO art. 3 lid 7; RooO art. 7 lid 4, art. 8, art. 2b): :class:`Aftreklezing` —
  ``_aftrek``;
* the compensation (BooO art. 3): :func:`vergoeding`, :class:`Vergoeding` — ``_vergoeding``;
* what they share (the parameter file, the kind of duty): :class:`Verplichtingsoort` —
  ``_gemeenschappelijk``.

The parameters (dates, amounts, the court's term) are shipped in ``data/oekraine.json`` with their
sources; every sentence comes from the message catalogue (``asielketen.oekraine._berichten``).

>>> from datetime import date
>>> from asielketen.periods import Periode
>>> u = individuele_plicht(Opvangverzoek(), date(2025, 11, 1), capaciteit=Capaciteit(plaatsen=40, bezet=40))
>>> u.waarde.uitkomst, u.waarde.plicht, u.waarde.soort.value
(<Plichtuitkomst.ALTERNATIEF: 'alternatief'>, True, 'resultaatsverplichting')
>>> [a.value for a in u.waarde.alternatieven]  # doctest: +NORMALIZE_WHITESPACE
['tijdelijke_alternatieve_voorziening', 'andere_gemeente', 'particuliere_opvang_met_vergoeding',
 'geld_om_opvang_te_regelen']
>>> v = vergoeding(10, Periode(date(2024, 12, 1), date(2025, 2, 1))).waarde
>>> [(str(d.periode), d.normbedrag, d.bedrag) for d in v.dagdelen]  # doctest: +NORMALIZE_WHITESPACE
[('[2024-12-01, 2025-01-01)', Decimal('61'), Decimal('18910')),
 ('[2025-01-01, 2025-02-01)', Decimal('44'), Decimal('13640'))]
>>> v.totaal
Decimal('32550')
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._openbaar import lui as _lui

if TYPE_CHECKING:
    from ._aftrek import Aftreklezing
    from ._collectief import CollectievePlicht, Gebiedsniveau, collectieve_plicht
    from ._gemeenschappelijk import BESTAND as BESTAND
    from ._gemeenschappelijk import MAX_AANTAL as MAX_AANTAL
    from ._gemeenschappelijk import Verplichtingsoort
    from ._individueel import Alternatief, IndividuelePlicht, Plichtuitkomst, individuele_plicht
    from ._normbedragen import Dagdeel, Maanddeel
    from ._plichten import Oekraineplichten, oekraine_plichten
    from ._regime import Regime, regime_op
    from ._vergoeding import Vergoeding, vergoeding
    from ._verzoek import Capaciteit, Opvangverzoek, Uitsluitingsgrond

__all__ = [
    "Aftreklezing",
    "Alternatief",
    "Capaciteit",
    "CollectievePlicht",
    "Dagdeel",
    "Gebiedsniveau",
    "IndividuelePlicht",
    "Maanddeel",
    "Oekraineplichten",
    "Opvangverzoek",
    "Plichtuitkomst",
    "Regime",
    "Uitsluitingsgrond",
    "Vergoeding",
    "Verplichtingsoort",
    "collectieve_plicht",
    "individuele_plicht",
    "oekraine_plichten",
    "regime_op",
    "vergoeding",
]

_NAMEN: dict[str, str] = {
    "BESTAND": "_gemeenschappelijk",  # documented constants, not in __all__
    "MAX_AANTAL": "_gemeenschappelijk",
    "Aftreklezing": "_aftrek",
    "Alternatief": "_individueel",
    "Capaciteit": "_verzoek",
    "CollectievePlicht": "_collectief",
    "Dagdeel": "_normbedragen",
    "Gebiedsniveau": "_collectief",
    "IndividuelePlicht": "_individueel",
    "Maanddeel": "_normbedragen",
    "Oekraineplichten": "_plichten",
    "Opvangverzoek": "_verzoek",
    "Plichtuitkomst": "_individueel",
    "Regime": "_regime",
    "Uitsluitingsgrond": "_verzoek",
    "Vergoeding": "_vergoeding",
    "Verplichtingsoort": "_gemeenschappelijk",
    "collectieve_plicht": "_collectief",
    "individuele_plicht": "_individueel",
    "oekraine_plichten": "_plichten",
    "regime_op": "_regime",
    "vergoeding": "_vergoeding",
}
"""Each public name → the private module that defines it, imported on first use (PEP 562, ADR 0007)."""

if not TYPE_CHECKING:  # type checkers read the names above, and refuse a misspelt one
    __getattr__, __dir__ = _lui(globals(), _NAMEN)
