"""The key of the distribution: the weighting factor Wf = (SES-WOA + 1) × iG / In (Besluit art. 2.1 lid 3).

The SES-WOA scores are CBS data that asielketen does not ship: the user supplies them
(:class:`SesWoa`, or a CSV through :func:`~asielketen.spreidingswet.lees_ses_csv`). Without them
the key is the inhabitants only (:attr:`Sleutel.INWONERS`, status aanname).

Weights are exact integers proportional to Wf: ``(SES-WOA + 1) × L × iG``, with ``L`` the common
denominator of the scores, so that every quotum ``BO × Wf / TWf`` is an exact fraction.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Iterable, Sequence
from decimal import Decimal
from functools import cached_property

from attrs import field

from .._klasse import frozen
from .._openbaar import publiceer_hier
from .._validation import GROOTSTE_AANTAL, geheel_getal
from ..errors import InvalidInputError
from ..explain import DatasetVersie
from ..taal import bericht

__all__ = ["GROOTSTE_GEWICHT", "SesScore", "SesWoa", "Sleutel", "wegingsgewichten"]


class Sleutel(enum.Enum):
    """Which weights distribute the need."""

    WETTELIJK = "wettelijk"
    """The legal key: (SES-WOA + 1) × inhabitants (Besluit art. 2.1 lid 3)."""
    INWONERS = "inwoners"
    """Inhabitants only — an approximation, NOT the legal key (status aanname)."""


@frozen
class SesScore:
    """The CBS SES-WOA total score of one gemeente."""

    gemeentecode: str
    """The gemeente."""
    score: Decimal
    """The SES-WOA totaalscore (mean per private household; roughly −1 … +1)."""


def ses_in_bereik(score: Decimal) -> bool:
    """Below 1000 with at most 20 digits: (score + 1) stays exact in the decimal context, and an
    exponent like ``1E+999999999`` (an overflow, or an integer of a billion digits) is refused."""
    _, cijfers, exponent = score.as_tuple()
    return score < 1000 and len(cijfers) <= 20 and isinstance(exponent, int) and exponent >= -20


def _score_tuple(values: Iterable[SesScore]) -> tuple[SesScore, ...]:
    return tuple(sorted(values, key=lambda s: s.gemeentecode))


@frozen(kw_only=True)
class SesWoa:
    """A set of SES-WOA scores supplied by the user (CBS data that asielketen does not ship)."""

    scores: tuple[SesScore, ...] = field(converter=_score_tuple)
    """One score per gemeente, sorted by code."""
    bron: str
    """Where the scores come from (e.g. ``"CBS 85900NED, verslagjaar 2022"`` or a file name)."""
    versie: DatasetVersie | None = None
    """The file's version (name, reference date, sha256) when loaded from a file."""
    overgeslagen: int = 0
    """Rows of other regions (Nederland, wijken, buurten) skipped when the file was read
    (:func:`lees_ses_csv`, a CBS StatLine export as downloaded)."""

    @scores.validator
    def _check(self, _: object, value: tuple[SesScore, ...]) -> None:
        seen: set[str] = set()
        for s in value:
            if s.gemeentecode in seen:
                raise InvalidInputError(
                    "scores", s.gemeentecode, bericht("spreidingswet.verdeling.fout_ses_dubbel")
                )
            seen.add(s.gemeentecode)
            if not isinstance(s.score, Decimal) or not s.score.is_finite() or s.score <= -1:
                raise InvalidInputError(
                    f"scores[{s.gemeentecode}]", s.score, bericht("spreidingswet.verdeling.fout_ses_getal")
                )
            if not ses_in_bereik(s.score):
                raise InvalidInputError(
                    f"scores[{s.gemeentecode}]", s.score, bericht("spreidingswet.verdeling.fout_ses_bereik")
                )

    def als_dict(self) -> dict[str, Decimal]:
        """The scores by gemeentecode."""
        return {s.gemeentecode: s.score for s in self.scores}

    @cached_property
    def _exact(self) -> tuple[dict[str, Decimal], dict[str, int], int]:
        """The scores by code; (SES-WOA + 1) × L as integers by code; their common denominator L.

        Computed once per (immutable) set of scores, so a sweep over needs reuses it.
        """
        factoren_, noemer = factoren([s.score for s in self.scores])
        codes = [s.gemeentecode for s in self.scores]
        return self.als_dict(), dict(zip(codes, factoren_, strict=True)), noemer


def factoren(scores: Sequence[Decimal]) -> tuple[list[int], int]:
    """(SES-WOA + 1) for each score as an integer over one common denominator L, and L (exact)."""
    ratios = [(s + 1).as_integer_ratio() for s in scores]
    noemer = math.lcm(*(d for _, d in ratios)) if ratios else 1
    return [n * (noemer // d) for n, d in ratios], noemer


GROOTSTE_GEWICHT = GROOTSTE_AANTAL * 10**24
"""The largest weight :func:`verdeel_aantallen` accepts (10^39).

Above any weight :func:`wegingsgewichten` can give: ``(SES-WOA + 1) × L × iG`` with a score below
1000 of at most 20 decimals (``L ≤ 10^20``) and ``iG ≤ GROOTSTE_AANTAL`` stays below 1.002 × 10^38.
"""


def gewichten_lijst(
    gewichten: Iterable[int], veld: str = "gewichten", maximum: int = GROOTSTE_AANTAL
) -> list[int]:
    """The weights as a list of ints from 0 to ``maximum`` (bools refused); errors name the first bad one."""
    lijst = list(gewichten)
    if set(map(type, lijst)) <= {int} and (not lijst or (min(lijst) >= 0 and max(lijst) <= maximum)):
        return lijst  # the common case, fast
    reden = bericht("spreidingswet.fout.geheel_getal")
    for i, w in enumerate(lijst):
        geheel_getal(f"{veld}[{i}]", w, maximum=maximum, reden=reden)
    return [int(w) for w in lijst]


def wegingsgewichten(inwoners: Sequence[int], ses: Sequence[Decimal] | None = None) -> tuple[int, ...]:
    """Integer weights proportional to Wf = (SES-WOA + 1) × iG / In, exactly as :func:`verdeel` uses them.

    Besluit art. 2.1 lid 3. Without ``ses``: the inhabitants themselves (the inhabitants-only
    key). With ``ses`` (one score per gemeente, same order): ``(SES-WOA + 1) × L × iG`` with ``L``
    the common denominator of the scores, so the weights are exact integers.

    >>> from decimal import Decimal
    >>> wegingsgewichten([1000, 2000, 500], [Decimal("0.1"), Decimal("-0.2"), Decimal("0")])
    (11000, 16000, 5000)
    """
    igs = gewichten_lijst(inwoners, "inwoners")
    if ses is None:
        return tuple(igs)
    scores = list(ses)
    if len(scores) != len(igs):
        raise InvalidInputError(
            "ses", len(scores), bericht("spreidingswet.verdeling.fout_ses_aantal", aantal=len(igs))
        )
    for i, s in enumerate(scores):
        if not isinstance(s, Decimal) or not s.is_finite() or s <= -1:
            raise InvalidInputError(f"ses[{i}]", s, bericht("spreidingswet.verdeling.fout_ses_decimal"))
    factoren_, _ = factoren(scores)
    return tuple(f * ig for f, ig in zip(factoren_, igs, strict=True))


publiceer_hier(globals())  # the package's public names defined here: asielketen.spreidingswet.<name>
