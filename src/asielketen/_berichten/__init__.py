"""The message catalogue: every sentence asielketen writes, in Dutch and English.

One catalogue module per part of the library, each with a ``BERICHTEN`` dict mapping a key to its
``(nl, en)`` templates (``str.format`` placeholders, the same names in both). A domain package keeps
its sentences next to its rules, in ``asielketen/<domein>/_berichten.py``; the other parts keep
theirs here, in ``asielketen/_berichten/<deel>.py``. Keys start with the part's name
(``oekraine.…``, ``algemeen.…``), so they never collide and the key alone says where its sentence
lives; the tests check that every key is used, exists in every language with the same
placeholders, and is unique.

A part's sentences are loaded on the first :func:`asielketen.taal.bericht` call that needs one of
them (:func:`berichten_van`), never at import of ``asielketen``: a command that uses one domain
loads only that domain's sentences.
"""

from __future__ import annotations

import importlib
import os
from functools import cache

__all__ = ["DOMEINEN", "alle_berichten", "berichten_van", "modules"]

_HIER = os.path.dirname(os.path.realpath(__file__))  # os.path, not pathlib: cheap to import

DOMEINEN = ("nareizigers", "oekraine", "opvang", "spreidingswet", "statushouders")
"""The domain packages; each may keep its sentences in its own ``_berichten`` module."""


def _module(deel: str) -> str:
    """The module that holds the sentences of ``deel``."""
    if deel in DOMEINEN and os.path.isfile(os.path.join(_HIER, os.pardir, deel, "_berichten.py")):
        return f"asielketen.{deel}._berichten"
    return f"{__name__}.{deel}"


@cache
def modules() -> tuple[str, ...]:
    """The names of every part with sentences, sorted."""
    hier = {
        naam.removesuffix(".py")
        for naam in os.listdir(_HIER)
        if naam.endswith(".py") and not naam.startswith("_")
    }
    return tuple(sorted(hier | set(DOMEINEN)))


def berichten_van(deel: str) -> dict[str, tuple[str, ...]]:
    """The sentences of one part (``"oekraine"``, ``"algemeen"``): key → templates (``nl``, ``en``).

    A key outside the part, and a part without sentences, are programming errors (``LookupError``).
    """
    if deel not in modules():  # only the package's own parts: a key never names another module
        raise LookupError(f"catalogus: geen berichten voor {deel!r}")
    module = importlib.import_module(_module(deel))
    berichten: dict[str, tuple[str, ...]] = module.BERICHTEN
    for sleutel in berichten:
        if not sleutel.startswith(deel + "."):
            raise LookupError(f"catalogus {deel}: sleutel {sleutel!r} niet in {deel!r}")
    return berichten


def alle_berichten() -> dict[str, tuple[str, ...]]:
    """Every key of every part → its templates (``nl``, ``en``)."""
    alles: dict[str, tuple[str, ...]] = {}
    for deel in modules():
        for sleutel, sjablonen in berichten_van(deel).items():
            if sleutel in alles:
                raise LookupError(f"catalogus {deel}: sleutel {sleutel!r} dubbel")
            alles[sleutel] = sjablonen
    return alles
