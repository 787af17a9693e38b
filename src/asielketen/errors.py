"""The exception hierarchy of asielketen.

Every error the library raises on purpose derives from :class:`AsielketenError`. Errors about
input name the offending field and value (``veld`` and ``waarde``), so a tool can point its user at
what to fix::

    AsielketenError
    ├── InvalidInputError (also a ValueError)      bad input: a value, a date, an identifier
    │   ├── InvalidSourceError                      an ECLI, BWB id or source field that is not valid
    │   ├── InvalidPeriodError                      a period that ends before it starts, a bad half-year
    │   ├── UnknownNameError (also a LookupError)   a gemeente, province, source … that does not exist
    │   │   └── AmbiguousNameError                  a name that fits more than one entity
    │   └── StructureError                          user JSON/CSV that does not fit, all bad fields at once
    ├── ParameterNotValidError (also a LookupError) an effective-dated parameter asked outside its validity
    ├── DataUnavailableError (also a LookupError)   reference data the rule needs is not there (a date)
    └── DataIntegrityError                          a shipped data file does not match its manifest

The CLI turns any of these into one line on stderr and exit status 2.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

__all__ = [
    "AmbiguousNameError",
    "AsielketenError",
    "DataIntegrityError",
    "DataUnavailableError",
    "InvalidInputError",
    "InvalidPeriodError",
    "InvalidSourceError",
    "ParameterNotValidError",
    "StructureError",
    "UnknownNameError",
]


class AsielketenError(Exception):
    """Base class of every error asielketen raises on purpose.

    ``veld`` names the field (argument, column, JSON path) at fault and ``waarde`` holds the value
    that was given; both may be ``None`` when the error is not about one field.
    """

    def __init__(self, message: str, *, veld: str | None = None, waarde: object = None) -> None:
        super().__init__(message)
        self.message = message
        self.veld = veld
        self.waarde = waarde

    def __str__(self) -> str:
        return self.message


class InvalidInputError(AsielketenError, ValueError):
    """A value given to the library is not valid; the message names the field and the value."""

    def __init__(self, veld: str, waarde: object, reden: str) -> None:
        super().__init__(f"{veld}={waarde!r}: {reden}", veld=veld, waarde=waarde)
        self.reden = reden


class InvalidSourceError(InvalidInputError):
    """A source (`Bron`) field is not valid: an ECLI, BWB id, kenmerk, URL or date."""


class InvalidPeriodError(InvalidInputError):
    """A period, half-year or cycle is not valid (e.g. it ends before it starts)."""


class UnknownNameError(InvalidInputError, LookupError):
    """A name or code does not denote any known entity; ``suggesties`` holds the closest names."""

    def __init__(self, veld: str, waarde: object, soort: str, suggesties: Sequence[str] = ()) -> None:
        self.suggesties = tuple(suggesties)
        reden = f"onbekende {soort}"
        if self.suggesties:
            reden += "; bedoelt u " + " of ".join(repr(s) for s in self.suggesties) + "?"
        super().__init__(veld, waarde, reden)


class AmbiguousNameError(UnknownNameError):
    """A name fits more than one entity; ``suggesties`` lists the candidates to choose from."""

    def __init__(self, veld: str, waarde: object, soort: str, kandidaten: Sequence[str]) -> None:
        self.suggesties = tuple(kandidaten)
        InvalidInputError.__init__(
            self,
            veld,
            waarde,
            f"meerdere {soort} passen: " + ", ".join(repr(k) for k in self.suggesties),
        )


class StructureError(InvalidInputError):
    """User data (JSON, CSV) does not fit the expected structure.

    ``fouten`` lists every problem found, each naming its path and value, so that all bad fields
    are reported at once (cattrs' ``ClassValidationError`` is wrapped into this).
    """

    def __init__(self, veld: str, waarde: object, fouten: Sequence[str]) -> None:
        self.fouten = tuple(fouten)
        super().__init__(veld, _short(waarde), "; ".join(self.fouten) or "ongeldige structuur")


class ParameterNotValidError(AsielketenError, LookupError):
    """An effective-dated parameter has no value at the date asked.

    Names the parameter, the date asked and the last date on which it was valid (or the first on
    which it will be, when the date lies before every validity).
    """

    def __init__(
        self,
        parameter: str,
        peildatum: date,
        *,
        laatst_geldig: date | None,
        eerst_geldig: date | None = None,
    ) -> None:
        if laatst_geldig is not None:
            uitleg = f"laatst geldig op {laatst_geldig.isoformat()}"
        elif eerst_geldig is not None:
            uitleg = f"pas geldig vanaf {eerst_geldig.isoformat()}"
        else:
            uitleg = "geen enkele waarde bekend"
        super().__init__(
            f"parameter {parameter!r} heeft geen waarde op {peildatum.isoformat()} ({uitleg})",
            veld=parameter,
            waarde=peildatum,
        )
        self.parameter = parameter
        self.peildatum = peildatum
        self.laatst_geldig = laatst_geldig
        self.eerst_geldig = eerst_geldig


class DataUnavailableError(AsielketenError, LookupError):
    """Reference data a rule needs is not available, e.g. inhabitants on a required date.

    The message says which data is needed and how to supply it.
    """


class DataIntegrityError(AsielketenError):
    """A shipped data file is missing, truncated, malformed or does not match its manifest."""


def _short(value: object, limit: int = 80) -> object:
    text = repr(value)
    if len(text) <= limit:
        return value
    return text[: limit - 3] + "..."
