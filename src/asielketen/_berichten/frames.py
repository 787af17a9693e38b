"""Catalogue: the DataFrames of the ``pandas`` extra (:mod:`asielketen.frames`).

Column names are a stable API and the same in every language; these are the error reasons and the
few text cells the library writes itself. Domain words stay Dutch in English (gemeente, provincie,
peildatum, halfjaar as in ``Halfjaar``).
"""

from __future__ import annotations

BERICHTEN: dict[str, tuple[str, str]] = {
    # -- error reasons ----------------------------------------------------------------------------
    "frames.niveau": ("kies 'gemeente' of 'provincie'", "choose 'gemeente' or 'provincie'"),
    "frames.register": ("verwacht een Register", "expected a Register"),
    "frames.peildatum": (
        "een reeks peildata (elk een datetime.date of 'JJJJ-MM-DD')",
        "a collection of peildata (each a datetime.date or 'YYYY-MM-DD')",
    ),
    "frames.geen_inwoners": (
        "geen enkele gemeente heeft een inwonertal op {peildatum} (wel: {bekend}); "
        "lever het aan met Register.met_inwoners()",
        "no gemeente has a number of inhabitants on {peildatum} (figures exist for: {bekend}); "
        "supply it with Register.met_inwoners()",
    ),
    "frames.geen": ("geen", "none"),
    "frames.halfjaar_dubbel": ("elk halfjaar komt één keer voor", "each half-year may occur only once"),
    "frames.peildatum_dubbel": ("elke peildatum komt één keer voor", "each peildatum may occur only once"),
    # -- text cells -------------------------------------------------------------------------------
    "frames.nederland": ("Nederland", "Netherlands"),
}
