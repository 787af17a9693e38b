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
    ├── DataIntegrityError                          a shipped data file does not match its manifest
    └── MissingExtraError (also an ImportError)     an optional extra (pandas, plot) is not installed

The CLI turns any of these into one line on stderr and exit status 2.

Every count a rule or a CLI option takes (a need, inhabitants, places, persons …) is a whole number
from 0 to ``asielketen.GROOTSTE_AANTAL`` (10^15, far above any real count); a larger one, or a text
of thousands of digits, is an :class:`InvalidInputError` before any arithmetic. A message never
writes out a huge number: it shows ``<getal van N cijfers>`` / ``<number of N digits>``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

# The base and InvalidInputError are defined with the message machinery, which raises them (a
# Bericht refuses a bad language); they are public here, and their __module__ says so.
from ._taalkern import (
    AsielketenError,
    Bericht,
    InvalidInputError,
    als_bericht,
    bericht,
    letterlijk,
    samengevoegd,
    weergave,
)

__all__ = [
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
]


GETOONDE_FOUTEN = 20
"""How many problems a :class:`StructureError` keeps and shows; the rest are counted."""


class InvalidSourceError(InvalidInputError):
    """A source (`Bron`) field is not valid: an ECLI, BWB id, kenmerk, URL or date."""


class InvalidPeriodError(InvalidInputError):
    """A period, half-year or cycle is not valid (e.g. it ends before it starts)."""


class UnknownNameError(InvalidInputError, LookupError):
    """A name or code does not denote any known entity; ``suggesties`` holds the closest names."""

    def __init__(self, veld: str, waarde: object, soort: Bericht, suggesties: Sequence[str] = ()) -> None:
        self.suggesties = tuple(suggesties)
        if self.suggesties:
            reden = bericht(
                "fout.onbekend_suggestie", soort=soort, suggesties=_of(repr(s) for s in self.suggesties)
            )
        else:
            reden = bericht("fout.onbekend", soort=soort)
        super().__init__(veld, waarde, reden)


class AmbiguousNameError(UnknownNameError):
    """A name fits more than one entity; ``suggesties`` lists the candidates to choose from."""

    def __init__(self, veld: str, waarde: object, soort: Bericht, kandidaten: Sequence[str]) -> None:
        self.suggesties = tuple(kandidaten)
        InvalidInputError.__init__(
            self,
            veld,
            waarde,
            bericht("fout.meerdere", soort=soort, kandidaten=", ".join(repr(k) for k in self.suggesties)),
        )


class StructureError(InvalidInputError):
    """User data (JSON, CSV) does not fit the expected structure.

    ``fouten`` lists the problems found, each naming its path and value, so that all bad fields
    are reported at once (cattrs' ``ClassValidationError`` is wrapped into this). At most
    :data:`GETOONDE_FOUTEN` are kept and shown; ``weggelaten`` counts the others (the message ends
    with "en nog N fouten"), so a file with a million bad rows gives a short line.
    """

    def __init__(self, veld: str, waarde: object, fouten: Sequence[Bericht], *, weggelaten: int = 0) -> None:
        berichten = tuple(als_bericht(f) for f in fouten[:GETOONDE_FOUTEN])
        self.fout_berichten = berichten
        self.weggelaten = weggelaten + max(0, len(fouten) - GETOONDE_FOUTEN)
        """How many further problems were found but not kept."""
        delen = list(berichten)
        if self.weggelaten:
            delen.append(bericht("bestanden.meer_fouten", aantal=self.weggelaten))
        super().__init__(
            veld,
            _short(waarde),
            _samen(delen) if delen else bericht("fout.ongeldige_structuur"),
        )

    @property
    def fouten(self) -> tuple[str, ...]:
        """Every problem found, each naming its path and value, in the current language."""
        return tuple(f.tekst() for f in self.fout_berichten)


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
            uitleg = bericht("fout.parameter_laatst", datum=laatst_geldig)
        elif eerst_geldig is not None:
            uitleg = bericht("fout.parameter_eerst", datum=eerst_geldig)
        else:
            uitleg = bericht("fout.parameter_geen")
        super().__init__(
            bericht("fout.parameter", parameter=repr(parameter), peildatum=peildatum, uitleg=uitleg),
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


class MissingExtraError(AsielketenError, ImportError):
    """A function needs an optional extra whose package is not installed.

    ``extra`` names the extra (``"pandas"``, ``"plot"``) and ``pakket`` the package that could not
    be imported; the message says how to install it (``pip install 'asielketen[pandas]'``). The core
    never needs an extra: only the functions of :mod:`asielketen.frames` and :mod:`asielketen.plot`
    raise this.
    """

    def __init__(self, extra: str, pakket: str) -> None:
        super().__init__(bericht("extra.ontbreekt", pakket=pakket, extra=extra), veld="extra", waarde=extra)
        self.extra = extra
        self.pakket = pakket


def _short(value: object, limit: int = 80) -> object:
    text = weergave(value)
    if not isinstance(text, str) or len(text) <= limit:
        return value
    return text[: limit - 3] + "..."


def _of(items: Iterable[str]) -> Bericht:
    """``'a' of 'b'`` / ``'a' or 'b'``: alternatives joined in every language."""
    return samengevoegd(items, bericht("fout.of"))


def _samen(fouten: Sequence[Bericht]) -> Bericht:
    return samengevoegd(fouten, letterlijk("; "))
