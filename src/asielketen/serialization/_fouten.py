"""What is wrong with a document, in every language (private; see :mod:`asielketen.serialization`).

cattrs reports a bad document as a tree of exceptions with paths; :func:`fouten` turns it into one
catalogue sentence per problem, ``<what is wrong> @ <path>``, so that
:class:`~asielketen.errors.StructureError` names every bad field at once.
"""

from __future__ import annotations

import re

from cattrs.errors import BaseValidationError, ForbiddenExtraKeysError
from cattrs.v import transform_error

from ..errors import AsielketenError
from ..taal import Bericht, bericht, letterlijk
from ._waarden import CatalogusError

__all__ = ["format_exception", "fouten"]


def format_exception(exc: BaseException, type_: type | None) -> Bericht:
    """What is wrong with one value, in every language (without its path)."""
    if isinstance(exc, AsielketenError):
        return exc.bericht
    if isinstance(exc, KeyError):
        return bericht("serialisatie.veld_ontbreekt")
    if isinstance(exc, ForbiddenExtraKeysError):
        return bericht("serialisatie.extra_velden", velden=", ".join(sorted(exc.extra_fields)))
    reden: object = exc.reden if isinstance(exc, CatalogusError) else str(exc)
    if type_ is None:
        return bericht("serialisatie.ongeldig", reden=reden)
    name = getattr(type_, "__name__", None) or str(type_)
    return bericht("serialisatie.ongeldig_voor", type=name, reden=reden)


_MERK_RE = re.compile(r"\A\x00([0-9]+)\x00 @ (.*)\Z", re.DOTALL)


def fouten(exc: BaseValidationError) -> list[Bericht]:
    """Every problem of a cattrs validation error, each ``<what is wrong> @ <path>``, per language.

    cattrs' ``transform_error`` builds the paths; each description is first a marker, then
    replaced by the catalogue sentence, so a path is never rendered twice or translated.
    """
    berichten: list[Bericht] = []

    def merk(e: BaseException, type_: type | None) -> str:
        berichten.append(format_exception(e, type_))
        return f"\x00{len(berichten) - 1}\x00"

    gevonden: list[Bericht] = []
    for regel in transform_error(exc, format_exception=merk):
        m = _MERK_RE.match(regel)
        if m is None:  # pragma: no cover - transform_error always writes "<description> @ <path>"
            gevonden.append(letterlijk(regel))
        else:
            gevonden.append(bericht("serialisatie.op_pad", fout=berichten[int(m.group(1))], pad=m.group(2)))
    return gevonden
