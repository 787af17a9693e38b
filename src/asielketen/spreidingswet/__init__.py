"""The Spreidingswet (BWBR0049307) and its Besluit (BWBR0049310): from national need to realisation.

Article by article, the function that encodes it (every rule returns an
:class:`~asielketen.explain.Uitkomst` whose steps cite the article):

* **the cycle** — art. 2 lid 1, art. 4 lid 2, art. 5 lid 1, art. 6, art. 7 lid 1 onder a: the
  raming of the national need and the deadlines of a two-year cycle: :func:`raming`,
  :func:`termijnen`, :func:`cyclus_op`;
* **the formula** — Besluit art. 2.1 lid 3: ``Wf = (SES-WOA + 1) × iG / In`` and
  ``Iv = BO × Wf / TWf``, each gemeente rounded on its own: :func:`verdeel`, explained per gemeente
  by :func:`uitleg_gemeente`; the weights :func:`wegingsgewichten` (SES-WOA scores
  :class:`SesWoa`, read by :func:`lees_ses_csv`); only the numbers, for sweeps:
  :func:`verdeel_aantallen`; exact methods for scenarios: :class:`Methode`;
* **the provincial opgave** — Besluit art. 2.1 lid 2: :class:`ProvincieVerdeling`; **the amv
  part** — Besluit art. 2.2 lid 1: ``verdeel(…, amv=…)``;
* **verdeelbesluit and realisation** — art. 5, art. 6: :class:`Verdeelbesluit`, :class:`Realisatie`,
  :class:`Uitruil` and :func:`stand`; read from files by :func:`lees_verdeelbesluiten` and
  :func:`lees_realisaties`;
* **durable places** — art. 2 lid 3, Besluit art. 3.1: :func:`aftrek_duurzaam`;
* **the uitkeringen** — art. 9 lid 3 (75 % of the province's number): :func:`uitkering_75`;
  art. 9 lid 2 onder b, art. 13 lid 3, Besluit art. 3.2 (durable places): :func:`uitkering_duurzaam`;
* **when a gemeente is late** — art. 7, art. 8, Gemeentewet art. 124, 124a: :func:`escalatie`;
* **the published figures** of cycle 1 (status pers) next to a computed distribution:
  :func:`vergelijk_gepubliceerd`.

Every name is imported from this package; the modules inside are private, one legal matter each
(``_cyclus``, ``_raming``, ``_sleutel``, ``_afronding``, ``_verdeling``, ``_realisatie``, ``_aftrek``,
``_uitkering``, ``_uitkering_duurzaam``, ``_escalatie``, ``_vergelijking`` with its record in
``_gepubliceerd``), with the user files in
``_invoer``, the speed machinery in ``_records`` and ``_kolommen`` and the sentences in
``_berichten``. The former public modules (``asielketen.spreidingswet.verdeling``, ``.raming``,
``.realisatie``, ``.uitkering``, ``.escalatie``, ``.vergelijking``) still work, with a
``DeprecationWarning``; ``spreidingswet.raming`` and ``spreidingswet.escalatie`` are the functions.

>>> from datetime import date
>>> from asielketen.periods import Cyclus
>>> s = verdeel(raming(Cyclus(2024)), peildatum=date(2024, 1, 31)).waarde
>>> s.totaal, s.verschil, s.provincie("Groningen").plaatsen
(96001, 1, 3217)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._openbaar import laad as _laad
from ._verouderd import installeer as _installeer
from ._verouderd import oude_module as _oude_module

if TYPE_CHECKING:
    from ._afronding import Methode, verdeel_aantallen
    from ._aftrek import Aftrek, DuurzameLocatie, aftrek_duurzaam
    from ._cyclus import cyclus_op
    from ._escalatie import Escalatiefeiten, Escalatiestand, Trede, escalatie
    from ._invoer import lees_realisaties, lees_ses_csv, lees_verdeelbesluiten
    from ._raming import Raming, Termijnen, raming, termijnen
    from ._realisatie import (
        Realisatie,
        Stand,
        StandGemeente,
        StandProvincie,
        Toewijzing,
        Uitruil,
        Verdeelbesluit,
        stand,
    )
    from ._records import GemeenteVerdeling
    from ._sleutel import SesScore, SesWoa, Sleutel, wegingsgewichten
    from ._uitkering import Aandeel, Uitkering75, uitkering_75
    from ._uitkering_duurzaam import AangebodenPlaatsen, Fase, UitkeringDuurzaam, uitkering_duurzaam
    from ._verdeling import ProvincieVerdeling, Spreiding, uitleg_gemeente, verdeel
    from ._vergelijking import Vergelijking, vergelijk_gepubliceerd

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

_NAMEN: dict[str, str] = {
    "Aandeel": "_uitkering",
    "AangebodenPlaatsen": "_uitkering_duurzaam",
    "Aftrek": "_aftrek",
    "DuurzameLocatie": "_aftrek",
    "Escalatiefeiten": "_escalatie",
    "Escalatiestand": "_escalatie",
    "Fase": "_uitkering_duurzaam",
    "GemeenteVerdeling": "_records",
    "Methode": "_afronding",
    "ProvincieVerdeling": "_verdeling",
    "Raming": "_raming",
    "Realisatie": "_realisatie",
    "SesScore": "_sleutel",
    "SesWoa": "_sleutel",
    "Sleutel": "_sleutel",
    "Spreiding": "_verdeling",
    "Stand": "_realisatie",
    "StandGemeente": "_realisatie",
    "StandProvincie": "_realisatie",
    "Termijnen": "_raming",
    "Toewijzing": "_realisatie",
    "Trede": "_escalatie",
    "Uitkering75": "_uitkering",
    "UitkeringDuurzaam": "_uitkering_duurzaam",
    "Uitruil": "_realisatie",
    "Verdeelbesluit": "_realisatie",
    "Vergelijking": "_vergelijking",
    "aftrek_duurzaam": "_aftrek",
    "cyclus_op": "_cyclus",
    "escalatie": "_escalatie",
    "lees_realisaties": "_invoer",
    "lees_ses_csv": "_invoer",
    "lees_verdeelbesluiten": "_invoer",
    "raming": "_raming",
    "stand": "_realisatie",
    "termijnen": "_raming",
    "uitkering_75": "_uitkering",
    "uitkering_duurzaam": "_uitkering_duurzaam",
    "uitleg_gemeente": "_verdeling",
    "verdeel": "_verdeling",
    "verdeel_aantallen": "_afronding",
    "vergelijk_gepubliceerd": "_vergelijking",
    "wegingsgewichten": "_sleutel",
}
"""Each public name → the private module that defines it, imported on first use (PEP 562, ADR 0007)."""


# the former public modules (deprecated): in sys.modules, and as attributes through __getattr__
_installeer()


def __getattr__(naam: str) -> Any:
    """A public name, from its private module on first use; ``spreidingswet.verdeling`` and the other
    former modules, with a ``DeprecationWarning``."""
    if naam in _NAMEN:
        return _laad(globals(), _NAMEN, naam)
    return _oude_module(naam)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_NAMEN))
