"""``asielketen gemeente NAAM [--peildatum D] [--format table|json]``: a gemeente's profile."""

from __future__ import annotations

import argparse
from typing import Any

from ._common import date_arg, write_bronnen, write_json


def add_parser(sub: Any) -> None:
    """Add the ``gemeente`` subcommand."""
    p = sub.add_parser("gemeente", help="profiel van een gemeente (naam of code)")
    p.add_argument("naam", help="gemeentenaam of -code, bijv. 'Het Hogeland' of GM1966")
    p.add_argument("--peildatum", type=date_arg, default=None, help="JJJJ-MM-DD")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the profile."""
    from ..explain import Uitkomst
    from ..profiel import Gemeenteprofiel, gemeenteprofiel
    from ..serialization import unstructure

    uitkomst = gemeenteprofiel(args.naam, peildatum=args.peildatum)
    if args.format == "json":
        write_json(unstructure(uitkomst, Uitkomst[Gemeenteprofiel]))
        return 0
    p = uitkomst.waarde
    rows = [
        ("gemeente", f"{p.gemeente.naam} ({p.gemeente.code})"),
        ("provincie", f"{p.provincie.naam} ({p.provincie.code})"),
        ("veiligheidsregio", f"{p.veiligheidsregio.naam} ({p.veiligheidsregio.code})"),
        ("inwoners", f"{p.inwoners.aantal} (peildatum {p.inwoners.peildatum.isoformat()})"),
        ("netwerken", ", ".join(p.netwerken) or "geen bekend netwerk"),
    ]
    if p.spreiding is not None:
        rows.append(
            ("spreidingswet", f"{p.spreiding.plaatsen} plaatsen (indicatief, naar inwoners; benadering)")
        )
    if p.peildatum is not None:
        rows.append(
            (
                "taakstelling",
                "onbekend (zie bronnen)"
                if p.taakstelling is None
                else f"{p.taakstelling.taakstelling} statushouders in {p.taakstelling.halfjaar}",
            )
        )
        actie = p.vng_actie
        if actie is None:
            tekst = "niet van toepassing op deze datum"
        elif actie.plekken is None:
            tekst = "geen netwerk bekend; zie de referentieaantallen in de uitleg"
        else:
            tekst = f"≈ {actie.plekken} extra plekken ({actie.netwerk})"
        rows.append(("vng-actie", tekst))
        if p.oekraine is not None:
            rows.append(("oekraïne individueel", p.oekraine.individueel.waarde.samenvatting))
            rows.append(("oekraïne collectief", p.oekraine.collectief.waarde.samenvatting))
    width = max(len(k) for k, _ in rows)
    for key, value in rows:
        print(f"{key:<{width}}  {value}")
    write_bronnen(uitkomst.bronnen, onzeker=uitkomst.onzeker)
    return 0
