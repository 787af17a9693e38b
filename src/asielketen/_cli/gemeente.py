"""``asielketen gemeente NAAM [--peildatum D [--landelijk N]] [--format table|json|csv] [--uitleg]``: a
gemeente's profile. ``--landelijk N`` is the national number vg of the half-year containing the
peildatum (Huisvestingswet 2014 art. 29), for half-years without a shipped vg or as a scenario.

Without ``--peildatum`` the profile is evaluated at today's date (``$ASIELKETEN_VANDAAG`` when set,
for tests and reproducible runs), and the table says so; the library keeps requiring a date.
``--invoer PAD.csv`` evaluates one gemeente per row (columns ``gemeente``, ``peildatum``,
``landelijk``) and prints one row (or JSON object) per case, in the file's order."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from ..taal import Bericht, bericht
from ._common import (
    aantal_arg,
    bronnen_cel,
    csv_cel,
    date_arg,
    invoer_arg,
    lees_gevallen,
    rij_parser,
    vandaag,
    vereist,
    write_bronnen,
    write_csv,
    write_json,
    write_table,
)

if TYPE_CHECKING:
    from ..explain import Uitkomst
    from ..profiel import Gemeenteprofiel

_landelijk_arg = aantal_arg(
    "landelijk",
    meldingen={
        "geen": lambda tekst: bericht("statushouders.cli.landelijk", tekst=repr(tekst)),
        "te_klein": lambda tekst: bericht("statushouders.cli.landelijk", tekst=repr(tekst)),
    },
)


def add_parser(sub: Any) -> None:
    """Add the ``gemeente`` subcommand."""
    p = sub.add_parser("gemeente", help=bericht("hulp.gemeente"))
    p.add_argument("naam", nargs="?", default=None, help=bericht("hulp.gemeente.naam"))
    p.add_argument(
        "--peildatum",
        type=date_arg,
        default=None,
        help=bericht("hulp.gemeente.peildatum"),
    )
    p.add_argument(
        "--landelijk",
        type=_landelijk_arg,
        default=None,
        help=bericht("hulp.gemeente.landelijk"),
    )
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.add_argument("--uitleg", action="store_true", help=bericht("hulp.gemeente.uitleg"))
    invoer_arg(p)
    p.set_defaults(func=run)


def _evalueer(args: argparse.Namespace) -> Uitkomst[Gemeenteprofiel]:
    """The profile of one case (today when no peildatum is given)."""
    from ..profiel import gemeenteprofiel

    peildatum = vandaag() if args.peildatum is None else args.peildatum
    return gemeenteprofiel(args.naam, peildatum=peildatum, landelijk=args.landelijk)


def run(args: argparse.Namespace) -> int:
    """Print the profile (or one row per case of ``--invoer``)."""
    from ..explain import Uitkomst
    from ..profiel import Gemeenteprofiel
    from ..serialization import unstructure

    if args.invoer is not None:
        uitkomsten = lees_gevallen(
            args,
            rij_parser(add_parser, "gemeente"),
            _evalueer,
            verplicht=("naam",),
            positioneel={"naam": "gemeente"},
        )
        if args.format == "json":
            write_json([unstructure(u, Uitkomst[Gemeenteprofiel]) for u in uitkomsten])
        else:
            (write_csv if args.format == "csv" else write_table)(KOLOMMEN, [_rij(u) for u in uitkomsten])
        return 0
    vereist(args, ("naam",))
    uitkomst = _evalueer(args)
    if args.format == "json":
        write_json(unstructure(uitkomst, Uitkomst[Gemeenteprofiel]))
        return 0
    if args.format == "csv":
        write_csv(KOLOMMEN, [_rij(uitkomst)])
        return 0
    if args.peildatum is None:
        print(bericht("cli.peildatum_vandaag", peildatum=uitkomst.waarde.peildatum))
        print()
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
        rows.append((bericht("cli.spreidingswet"), _spreiding_waarde(p)))
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
        elif actie.lidmaatschap_onbekend:  # on no list while P10/K80 are incomplete: unknown, not "none"
            tekst = bericht("cli.vng_actie_onbekend", netwerken=", ".join(actie.onbekend_in))
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


def _spreiding_waarde(p: Gemeenteprofiel) -> Bericht:
    """The Spreidingswet row: the computed number and, where one is published for the gemeente in
    the same cycle, the published number, the difference computed − published and its source."""
    from ..bronregister import bron

    assert p.spreiding is not None
    berekend = bericht("cli.spreiding_waarde", plaatsen=p.spreiding.plaatsen)
    v = p.spreiding_gepubliceerd
    if v is None:
        return berekend
    return bericht(
        "spreidingswet.profiel.gemeente_rij",
        berekend=berekend,
        gepubliceerd=v.gepubliceerd,
        cyclus="?" if v.cyclus is None else v.cyclus.omschrijving,
        verschil=f"{v.verschil:+d}",
        bron=bron(v.bron_id).tekst(),
    )


KOLOMMEN = (
    "gemeentecode",
    "gemeentenaam",
    "peildatum",
    "provinciecode",
    "veiligheidsregiocode",
    "inwoners",
    "inwoners_peildatum",
    "netwerken",
    "spreiding_plaatsen",
    "spreiding_gepubliceerd",
    "spreiding_verschil",
    "taakstelling",
    "taakstelling_halfjaar",
    "taakstelling_ontbreekt",
    "vng_actie_plekken",
    "vng_actie_netwerk",
    "oekraine_individueel",
    "oekraine_tekort",
    "bronnen",
    "onzeker",
)
"""The columns of ``--format csv`` (and of the batch table): one row per gemeente and date."""


def _rij(uitkomst: Uitkomst[Gemeenteprofiel]) -> list[str]:
    """One CSV row of a profile (:data:`KOLOMMEN`)."""
    p = uitkomst.waarde
    taak = p.taakstelling
    actie = p.vng_actie
    oek = p.oekraine
    waarden: tuple[object, ...] = (
        p.gemeente.code,
        p.gemeente.naam,
        p.peildatum,
        p.provincie.code,
        p.veiligheidsregio.code,
        p.inwoners.aantal,
        p.inwoners.peildatum,
        ";".join(p.netwerken),
        None if p.spreiding is None else p.spreiding.plaatsen,
        None if p.spreiding_gepubliceerd is None else p.spreiding_gepubliceerd.gepubliceerd,
        None if p.spreiding_gepubliceerd is None else p.spreiding_gepubliceerd.verschil,
        None if taak is None else taak.taakstelling,
        None if taak is None else taak.halfjaar,
        p.taakstelling_ontbreekt,
        None if actie is None else actie.plekken,
        None if actie is None else actie.netwerk,
        None if oek is None else oek.individueel.waarde.uitkomst,
        None if oek is None else oek.collectief.waarde.tekort,
        bronnen_cel(uitkomst.bronnen),
        uitkomst.onzeker,
    )
    return [csv_cel(w) for w in waarden]
