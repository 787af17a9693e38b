"""``asielketen gemeente NAAM [--peildatum D [--landelijk N]] [--format table|json] [--uitleg]``: a
gemeente's profile. ``--landelijk N`` is the national number vg of the half-year containing the
peildatum (Huisvestingswet 2014 art. 29), for half-years without a shipped vg or as a scenario."""

from __future__ import annotations

import argparse
from typing import Any

from ..taal import Bericht, bericht
from ._common import aantal_arg, date_arg, write_bronnen, write_json

_landelijk_arg = aantal_arg(
    "landelijk",
    meldingen={
        "geen": lambda tekst: bericht("statushouders.cli.landelijk", tekst=repr(tekst)),
        "te_klein": lambda tekst: bericht("statushouders.cli.landelijk", tekst=repr(tekst)),
    },
)


def add_parser(sub: Any) -> None:
    """Add the ``gemeente`` subcommand."""
    p = sub.add_parser("gemeente", help="profiel van een gemeente (naam of code)")
    p.add_argument("naam", help="gemeentenaam of -code, bijv. 'Het Hogeland' of GM1966")
    p.add_argument("--peildatum", type=date_arg, default=None, help="JJJJ-MM-DD")
    p.add_argument(
        "--landelijk",
        type=_landelijk_arg,
        default=None,
        help="landelijk aantal vergunninghouders (vg) voor het halfjaar van de peildatum "
        "(als er geen is meegeleverd, of als scenario)",
    )
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument(
        "--uitleg", action="store_true", help="toon de redenering stap voor stap (met bronnen) na de tabel"
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the profile."""
    from ..explain import Uitkomst
    from ..profiel import Gemeenteprofiel, gemeenteprofiel
    from ..serialization import unstructure

    uitkomst = gemeenteprofiel(args.naam, peildatum=args.peildatum, landelijk=args.landelijk)
    if args.format == "json":
        write_json(unstructure(uitkomst, Uitkomst[Gemeenteprofiel]))
        return 0
    p = uitkomst.waarde
    rows: list[tuple[Bericht, Bericht | str]] = [
        (bericht("cli.gemeente"), f"{p.gemeente.naam} ({p.gemeente.code})"),
        (bericht("cli.provincie"), f"{p.provincie.naam} ({p.provincie.code})"),
        (bericht("cli.veiligheidsregio"), f"{p.veiligheidsregio.naam} ({p.veiligheidsregio.code})"),
        (
            bericht("cli.inwoners"),
            bericht("cli.inwoners_waarde", aantal=p.inwoners.aantal, peildatum=p.inwoners.peildatum),
        ),
        (bericht("cli.netwerken"), ", ".join(p.netwerken) or bericht("cli.geen_netwerk")),
    ]
    if p.spreiding is not None:
        rows.append(
            (bericht("cli.spreidingswet"), bericht("cli.spreiding_waarde", plaatsen=p.spreiding.plaatsen))
        )
    elif p.spreiding_ontbreekt is not None:  # no number: say why (before the law, no need known …)
        rows.append(
            (bericht("cli.spreidingswet"), bericht("cli.spreiding_geen", reden=p.spreiding_ontbreekt))
        )
    if p.peildatum is not None:
        if p.taakstelling is not None:
            taak = bericht(
                "cli.taakstelling_waarde",
                taakstelling=p.taakstelling.taakstelling,
                halfjaar=p.taakstelling.halfjaar,
            )
        elif p.taakstelling_ontbreekt is not None:  # say exactly which number is missing
            taak = bericht("cli.taakstelling_ontbreekt", wat=p.taakstelling_ontbreekt)
        else:
            taak = bericht("cli.taakstelling_onbekend")
        rows.append((bericht("cli.taakstelling"), taak))
        actie = p.vng_actie
        if actie is None:
            tekst = bericht("cli.vng_actie_nvt")
        elif actie.plekken is None:
            tekst = bericht("cli.vng_actie_geen_netwerk")
        else:
            tekst = bericht("cli.vng_actie_plekken", plekken=actie.plekken, netwerk=actie.netwerk)
        rows.append((bericht("cli.vng_actie"), tekst))
        if p.oekraine is not None:
            rows.append((bericht("cli.oekraine_individueel"), p.oekraine.individueel.waarde.samenvatting))
            rows.append((bericht("cli.oekraine_collectief"), p.oekraine.collectief.waarde.samenvatting))
    regels = [(str(k), str(v)) for k, v in rows]  # rendered now, in the current language
    width = max(len(k) for k, _ in regels)
    for key, value in regels:
        print(f"{key:<{width}}  {value}")
    if args.uitleg:
        print()
        print(uitkomst.uitleg(waarde_tekst=str(bericht("cli.profiel_van", gemeente=p.gemeente))))
        return 0
    write_bronnen(uitkomst.bronnen, onzeker=uitkomst.onzeker)
    return 0
