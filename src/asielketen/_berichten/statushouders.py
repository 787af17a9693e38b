"""Catalogue: the statushouders taakstelling, backlog, VNG action and voorrang."""

from __future__ import annotations

BERICHTEN: dict[str, tuple[str, str]] = {
    "statushouders.vg_ontbreekt": (
        "{fout}; er is geen landelijk aantal vergunninghouders (vg) voor {halfjaar} meegeleverd: "
        "geef het zelf op met landelijk=N (opdrachtregel: --landelijk N)",
        "{fout}; no national number of permit holders (vg) for {halfjaar} is shipped: "
        "give it yourself with landelijk=N (command line: --landelijk N)",
    ),
}
