"""``asielketen spreiding --behoefte N [--amv N] [--ses PATH --ses-peildatum D] [--methode …]``.

Prints the distribution of a national need per gemeente and per province, the national sum and its
difference from the need, the key used and the sources. When the need is the published need of a
cycle (96,000: cycle 2024; 88,000: cycle 2026), the published figures of that cycle (status pers)
stand beside the computed ones: columns ``gepubliceerd`` and ``verschil`` (computed − published) in
the table and in ``--format csv``, only then; ``gepubliceerd`` in the JSON. A need of any other
number (a user's scenario) shows none: no published figure belongs to it. What it prints comes
from the message catalogue (``asielketen/spreidingswet/_berichten.py``), in the language of
``--taal``; help texts stay Dutch.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .._validation import Soort
from ..taal import Bericht, bericht
from ._common import aantal_arg, date_arg, write_csv, write_json, write_table

if TYPE_CHECKING:  # the domain is imported when the command runs, not when the parser is built
    from ..explain import Uitkomst
    from ..spreidingswet import GemeenteVerdeling, Spreiding, Vergelijking

_MELDINGEN: dict[Soort, Callable[[str], Bericht]] = {
    "geen": lambda tekst: bericht("spreidingswet.cli.geen_geheel_getal", tekst=repr(tekst)),
    "te_klein": lambda tekst: bericht("spreidingswet.cli.negatief", waarde=tekst),
}


def add_parser(sub: Any) -> None:
    """Add the ``spreiding`` subcommand."""
    p = sub.add_parser("spreiding", help=bericht("hulp.spreiding"))
    p.add_argument(
        "--behoefte",
        type=aantal_arg("behoefte", meldingen=_MELDINGEN),
        required=True,
        help=bericht("hulp.spreiding.behoefte"),
    )
    p.add_argument(
        "--amv",
        type=aantal_arg("amv", meldingen=_MELDINGEN),
        default=None,
        help=bericht("hulp.spreiding.amv"),
    )
    p.add_argument("--ses", default=None, help=bericht("hulp.spreiding.ses"))
    p.add_argument(
        "--ses-peildatum", type=date_arg, default=None, help=bericht("hulp.spreiding.ses_peildatum")
    )
    p.add_argument(
        "--methode",
        choices=("wet", "hamilton", "sainte-lague"),
        default="wet",
        help=bericht("hulp.spreiding.methode"),
    )
    p.add_argument(
        "--peildatum",
        type=date_arg,
        default=None,
        help=bericht("hulp.spreiding.peildatum"),
    )
    p.add_argument("--inwoners", default=None, help=bericht("hulp.spreiding.inwoners"))
    p.add_argument(
        "--inwoners-peildatum", type=date_arg, default=None, help=bericht("hulp.spreiding.inwoners_peildatum")
    )
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Compute and print the distribution."""
    from ..errors import InvalidInputError
    from ..explain import Uitkomst
    from ..gebied import register
    from ..serialization import unstructure
    from ..spreidingswet import Methode, Spreiding, lees_ses_csv, verdeel

    reg = register()
    if args.inwoners is not None:
        if args.inwoners_peildatum is None:
            raise InvalidInputError(
                "--inwoners-peildatum", None, bericht("spreidingswet.cli.inwoners_peildatum")
            )
        reg = reg.met_inwoners_csv(args.inwoners, args.inwoners_peildatum)
    peildatum = args.peildatum or max(d for g in reg.gemeenten for d in g.peildata)
    ses = None
    if args.ses is not None:
        if args.ses_peildatum is None:
            raise InvalidInputError("--ses-peildatum", None, bericht("spreidingswet.cli.ses_peildatum"))
        ses = lees_ses_csv(args.ses, peildatum=args.ses_peildatum, reg=reg)
    uitkomst = verdeel(
        args.behoefte,
        peildatum=peildatum,
        amv=args.amv,
        ses=ses,
        methode=Methode(args.methode),
        reg=reg,
        gepubliceerd=True,
    )
    if args.format == "json":
        write_json(unstructure(uitkomst, Uitkomst[Spreiding]))
        return 0
    gepubliceerd = {v.code: v for v in uitkomst.waarde.gepubliceerd}
    kolommen = _KOLOMMEN + _GEPUBLICEERD if gepubliceerd else _KOLOMMEN
    rijen = [_rij(g, gepubliceerd) for g in uitkomst.waarde.gemeenten]
    if args.format == "csv":
        write_csv(kolommen, rijen)
        return 0
    write_table(kolommen, rijen)
    print()
    _samenvatting(uitkomst, gepubliceerd)
    return 0


_KOLOMMEN = (
    "gemeentecode",
    "gemeentenaam",
    "provinciecode",
    "inwoners",
    "ses_woa",
    "quotum",
    "plaatsen",
    "amv",
)
"""The columns of the table and of ``--format csv``: one row per gemeente."""

_GEPUBLICEERD = ("gepubliceerd", "verschil")
"""The columns added when the need's cycle has published figures: the published number and
computed − published (empty for a gemeente or province without one)."""


def _naast(code: str, gepubliceerd: dict[str, Vergelijking]) -> tuple[object, ...]:
    """The published cells of a row: none without published figures, empty ones for ``code``
    without its own."""
    if not gepubliceerd:
        return ()
    v = gepubliceerd.get(code)
    return ("", "") if v is None else (v.gepubliceerd, f"{v.verschil:+d}")


def _rij(g: GemeenteVerdeling, gepubliceerd: dict[str, Vergelijking]) -> tuple[object, ...]:
    """A gemeente's row: the quotum to four decimals, empty cells for no SES-WOA and no amv, and
    the published number and the difference when the need's cycle has published figures."""
    return (
        g.gemeentecode,
        g.gemeentenaam,
        g.provinciecode,
        g.inwoners,
        "" if g.ses_woa is None else g.ses_woa,
        f"{float(g.quotum):.4f}",
        g.plaatsen,
        "" if g.amv is None else g.amv,
        *_naast(g.gemeentecode, gepubliceerd),
    )


def _samenvatting(uitkomst: Uitkomst[Spreiding], gepubliceerd: dict[str, Vergelijking]) -> None:
    """The provinces' opgave, the national sums, the key and the sources (the table format)."""
    s = uitkomst.waarde
    write_table(
        ("provinciecode", "provincie", "opgave", "amv", *(_GEPUBLICEERD if gepubliceerd else ())),
        (
            (
                p.provinciecode,
                p.provincienaam,
                p.plaatsen,
                "" if p.amv is None else p.amv,
                *_naast(p.provinciecode, gepubliceerd),
            )
            for p in s.provincies
        ),
    )
    print()
    print(
        bericht("spreidingswet.cli.behoefte_scenario", behoefte=s.behoefte)  # the user's own number
        if s.scenario
        else bericht("spreidingswet.cli.behoefte", behoefte=s.behoefte)
    )
    print(bericht("spreidingswet.cli.som", totaal=s.totaal, verschil=f"{s.verschil:+d}"))
    if s.amv_behoefte is not None:
        print(
            bericht(
                "spreidingswet.cli.amv",
                behoefte=s.amv_behoefte,
                totaal=s.amv_totaal,
                verschil=f"{s.amv_verschil:+d}",
            )
        )
    print(bericht("spreidingswet.cli.sleutel", sleutel=s.sleutel, methode=s.methode))
    if s.inwoners_bron is not None and s.inwoners_bron.startswith("gebruiker:"):  # the user's file: not CBS
        inwoners = bericht(
            "spreidingswet.cli.inwoners_gebruiker",
            bestand=s.inwoners_bron.removeprefix("gebruiker:"),
            peildatum=s.inwoners_peildatum,
            nederland=s.inwoners_nederland,
        )
    else:
        inwoners = bericht(
            "spreidingswet.cli.inwoners", peildatum=s.inwoners_peildatum, nederland=s.inwoners_nederland
        )
    print(inwoners)
    if gepubliceerd:  # whose figures they are: the cycle, how many, their status
        v = next(iter(gepubliceerd.values()))
        print(
            bericht(
                "spreidingswet.cli.gepubliceerd",
                cyclus="?" if v.cyclus is None else v.cyclus.omschrijving,
                gemeenten=sum(x.niveau == "gemeente" for x in gepubliceerd.values()),
                provincies=sum(x.niveau == "provincie" for x in gepubliceerd.values()),
                status=v.status.value,
            )
        )
    if uitkomst.onzeker:
        print(bericht("spreidingswet.cli.onzeker"))
    print(bericht("spreidingswet.cli.bronnen"))
    for b in uitkomst.bronnen:
        print(f"  {b.tekst()}")
