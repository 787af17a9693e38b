"""Papers and other sources (private; public in :mod:`asielketen.sources`): a letter
(:class:`Brief`, status ``brief``), a parliamentary paper (:class:`Kamerstuk`, ``officieel``), a press
source or official web page (:class:`Persbron`, ``pers`` or ``officieel``), a statistics table
(:class:`Statistiek`, ``officieel``) and an assumption of ours (:class:`Aanname`, ``aanname``).
"""

from __future__ import annotations

import re
from datetime import date

from attrs import Attribute, field

from .._klasse import frozen
from ..errors import InvalidSourceError
from ..taal import Bericht, bericht, letterlijk
from ._velden import (
    BronBasis,
    Status,
    bron_tekst,
    check_date,
    check_optional_text,
    check_status,
    check_text,
    check_url,
)

__all__ = ["Aanname", "Brief", "Kamerstuk", "Persbron", "Statistiek"]

_PARTIAL_DATE_RE = re.compile(r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?\Z")


@frozen(kw_only=True)
class Brief(BronBasis):
    """A letter: sender, addressee, date and kenmerk (reference), as printed on it."""

    afzender: str = field(validator=check_text)
    """Who sent it, e.g. ``"VNG"``."""
    geadresseerde: str = field(validator=check_text)
    """To whom, e.g. ``"leden (gemeenten)"``."""
    datum: date = field(validator=check_date)
    """The date printed on the letter."""
    titel: str = field(validator=check_text)
    """The subject line."""
    kenmerk: str | None = field(default=None, validator=check_optional_text)
    """The kenmerk as printed (``None`` when the letter prints none)."""
    url: str | None = field(default=None, validator=check_url)
    """Where it can be read, if public."""
    status: Status = field(default=Status.BRIEF, validator=check_status)

    @property
    def citatie_bericht(self) -> Bericht:
        """E.g. ``Brief VNG aan leden, 2025-10-13, kenmerk U20250645: …``."""
        return bericht(
            "bronnen.citatie_brief",
            afzender=self.afzender,
            geadresseerde=self.geadresseerde,
            datum=self.datum,
            kenmerk=(
                bericht("bronnen.kenmerk", kenmerk=self.kenmerk)
                if self.kenmerk
                else bericht("bronnen.zonder_kenmerk")
            ),
            titel=self.titel,
        )


@frozen(kw_only=True)
class Kamerstuk(BronBasis):
    """A parliamentary paper: a Kamerstuk (dossier and ondernummer), a Kamerbrief or an answer to
    Kamervragen. Status ``officieel``; one not read itself takes the status of the text it is known
    through."""

    titel: str = field(validator=check_text)
    """The title or subject."""
    datum: date = field(validator=check_date)
    """The date of the paper."""
    dossier: str | None = field(default=None, validator=check_optional_text)
    """The dossier number, e.g. ``"36 333"``."""
    ondernummer: str | None = field(default=None, validator=check_optional_text)
    """The number within the dossier, where known."""
    documentnummer: str | None = field(default=None, validator=check_optional_text)
    """The Tweede Kamer document number, e.g. ``"2026D05614"``."""
    afzender: str | None = field(default=None, validator=check_optional_text)
    """The minister or body that sent it, where relevant."""
    url: str | None = field(default=None, validator=check_url)
    """Where it can be read, if known."""
    status: Status = field(default=Status.OFFICIEEL, validator=check_status)

    @property
    def citatie_bericht(self) -> Bericht:
        """E.g. ``Kamerstuk 36 333 nr. 5, 2024-01-30: …`` (a citation form, the same in every language)."""
        delen = ["Kamerstuk"]
        if self.dossier:
            delen.append(self.dossier)
            if self.ondernummer:
                delen.append(f"nr. {self.ondernummer}")
        if self.documentnummer:
            delen.append(f"({self.documentnummer})")
        return letterlijk(" ".join(delen) + f", {self.datum.isoformat()}: {self.titel}")


@frozen(kw_only=True)
class Persbron(BronBasis):
    """A press or other secondary source (status ``pers``), or an official web page or news item of
    the Rijksoverheid, IND or COA (status ``officieel``). Its date may be partial (``"2024"``,
    ``"2024-01"``)."""

    titel: str = field(validator=check_text)
    """The headline or page title."""
    datum: str = field()
    """ISO date, possibly partial: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
    url: str | None = field(default=None, validator=check_url)
    """Where it was read."""
    medium: str | None = field(default=None, validator=check_optional_text)
    """The outlet, e.g. ``"gemeente.nu"``."""
    status: Status = field(default=Status.PERS, validator=check_status)

    @datum.validator
    def _check_datum(self, attribute: Attribute[str], value: str) -> None:
        bron_tekst(attribute.name, value, lambda: bericht("bronnen.persdatum"), _PARTIAL_DATE_RE)
        parts = [int(p) for p in value.split("-")]
        try:
            date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
        except ValueError as exc:
            raise InvalidSourceError(
                attribute.name, value, bericht("bronnen.persdatum_bestaat", reden=exc)
            ) from None

    @property
    def citatie_bericht(self) -> Bericht:
        """E.g. ``gemeente.nu, 2024-01: Aantal opvangplekken spreidingswet bekend``."""
        medium = f"{self.medium}, " if self.medium else ""
        return letterlijk(f"{medium}{self.datum}: {self.titel}")


@frozen(kw_only=True)
class Statistiek(BronBasis):
    """An official statistics table, e.g. a CBS StatLine table, at a reference date (status
    ``officieel``: statistics are never ``wettekst``)."""

    instantie: str = field(validator=check_text)
    """Who publishes it, e.g. ``"CBS"``."""
    tabel: str = field(validator=check_text)
    """The table id, e.g. ``"85755NED"``."""
    titel: str = field(validator=check_text)
    """What the table holds."""
    peildatum: date = field(validator=check_date)
    """The reference date of the figures used (e.g. 1 January 2024 for inhabitants)."""
    licentie: str | None = field(default=None, validator=check_optional_text)
    """The licence and required credit, e.g. ``"CC BY 4.0 (Bron: CBS)"``."""
    url: str | None = field(default=None, validator=check_url)
    """Where the table can be read, if known."""
    status: Status = field(default=Status.OFFICIEEL, validator=check_status)

    @property
    def citatie_bericht(self) -> Bericht:
        """E.g. ``CBS 85755NED (peildatum 2024-01-01): Gebieden in Nederland 2024``."""
        return bericht(
            "bronnen.citatie_statistiek",
            instantie=self.instantie,
            tabel=self.tabel,
            peildatum=self.peildatum,
            titel=self.titel,
        )


@frozen(kw_only=True)
class Aanname(BronBasis):
    """An assumption of ours ([O] in DOMAIN.md, status ``aanname``): our reading, an inference from a
    source (which the description cites), or a default where no source decides."""

    omschrijving: str = field(validator=check_text)
    """What is assumed and why; what a user should check or override."""
    status: Status = field(default=Status.AANNAME, validator=check_status)

    @property
    def citatie_bericht(self) -> Bericht:
        """E.g. ``Aanname: …`` (English: ``Assumption: …``; the description stays as written)."""
        return bericht("bronnen.citatie_aanname", omschrijving=self.omschrijving)
