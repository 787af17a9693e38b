"""Catalogue: the sentences of :mod:`asielketen.taal` itself."""

from __future__ import annotations

BERICHTEN: dict[str, tuple[str, str]] = {
    "taal.onbekend": ("onbekende taal; kies uit {talen}", "unknown language; choose from {talen}"),
    "taal.teksten": (
        "een bericht heeft precies {aantal} teksten nodig ({talen})",
        "a message needs exactly {aantal} texts ({talen})",
    ),
}
