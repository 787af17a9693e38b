"""``asielketen statushouders``: the half-yearly taakstelling, or the VNG action, per gemeente.

``asielketen statushouders --halfjaar 2025-H2 [--landelijk N | --landelijk-versie bekendgemaakt|bijgesteld]
[--inwoners PAD] [--herindeling PAD] [--herverdeling PAD] [--gemeente X] [--format table|json|csv]``
prints the taakstelling of every gemeente (or of one, explained), after the herindelingen
(art. 30) and herverdelingen (art. 29 lid 2) of the files given;
``asielketen statushouders --vng-actie --peildatum D [--netwerken PAD] [--gemeente X]`` prints
the indicative extra places of the VNG action for the membership known: the national total over
the known members and how many gemeenten have an unknown network (P10 and K80 are incomplete).

Every output text and argument error comes from the message catalogue
(``asielketen.statushouders._berichten``), rendered in the language of ``--taal`` when it is
printed; the help texts are Dutch, like those of every subcommand.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..taal import Bericht, bericht
from ._common import aantal_arg, date_arg, write_bronnen, write_csv, write_json, write_table

if TYPE_CHECKING:  # pragma: no cover - annotations only; the rules load when the command runs
    from ..explain import Uitkomst
    from ..gebied import Register
    from ..statushouders import Herindeling, Herverdeling, Taakstellingen, Taakstellingsregel


def _halfjaar_arg(text: str) -> Any:
    from ..errors import AsielketenError
    from ..periods import Halfjaar

    try:
        return Halfjaar.parse(text)
    except AsielketenError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


_landelijk_arg = aantal_arg(
    "landelijk",
    meldingen={
        "geen": lambda tekst: bericht("statushouders.cli.landelijk", tekst=repr(tekst)),
        "te_klein": lambda tekst: bericht("statushouders.cli.landelijk", tekst=repr(tekst)),
    },
)


def add_parser(sub: Any) -> None:
    """Add the ``statushouders`` subcommand."""
    p = sub.add_parser(
        "statushouders",
        help=bericht("hulp.statushouders"),
        description=bericht("hulp.statushouders.omschrijving"),
    )
    p.add_argument("--halfjaar", type=_halfjaar_arg, help=bericht("hulp.statushouders.halfjaar"))
    p.add_argument("--landelijk", type=_landelijk_arg, help=bericht("hulp.statushouders.landelijk"))
    p.add_argument(
        "--landelijk-versie",
        choices=("bekendgemaakt", "bijgesteld"),
        default=None,
        help=bericht("hulp.statushouders.landelijk_versie"),
    )
    p.add_argument(
        "--inwoners",
        metavar="PAD",
        help=bericht("hulp.statushouders.inwoners"),
    )
    p.add_argument(
        "--herindeling",
        metavar="PAD",
        help=bericht("hulp.statushouders.herindeling"),
    )
    p.add_argument(
        "--herverdeling",
        metavar="PAD",
        help=bericht("hulp.statushouders.herverdeling"),
    )
    p.add_argument("--gemeente", help=bericht("hulp.statushouders.gemeente"))
    p.add_argument("--vng-actie", action="store_true", help=bericht("hulp.statushouders.vng_actie"))
    p.add_argument("--peildatum", type=date_arg, help=bericht("hulp.statushouders.peildatum"))
    p.add_argument("--netwerken", metavar="PAD", help=bericht("hulp.statushouders.netwerken"))
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the taakstellingen or the VNG action."""
    from ..errors import InvalidInputError

    if args.vng_actie:
        if args.peildatum is None:
            raise InvalidInputError("--peildatum", None, bericht("statushouders.cli.peildatum_nodig"))
        taakstelling = (args.halfjaar, args.landelijk, args.landelijk_versie, args.inwoners)
        if any(x is not None for x in (*taakstelling, args.herindeling, args.herverdeling)):
            raise InvalidInputError("--vng-actie", True, bericht("statushouders.cli.alleen_taakstelling"))
        return _vng_actie(args)
    if args.halfjaar is None:
        raise InvalidInputError("--halfjaar", None, bericht("statushouders.cli.halfjaar_nodig"))
    if args.peildatum is not None or args.netwerken is not None:
        raise InvalidInputError("--peildatum", args.peildatum, bericht("statushouders.cli.alleen_vng"))
    return _taakstelling(args)


def _herindeling_regels(t: Taakstellingen, gegeven: Sequence[Herindeling]) -> list[Bericht]:
    """One line per herindeling of the file: applied to the half-year (art. 30), or only later."""
    regels = []
    for hi in gegeven:
        namen = {"gemeentecode": hi.gemeentecode, "gemeentenaam": hi.gemeentenaam, "datum": hi.datum}
        if hi in t.herindelingen:
            regels.append(bericht("statushouders.cli.herindeling", **namen, delen=" + ".join(hi.delen)))
        else:
            regels.append(bericht("statushouders.cli.herindeling_later", **namen, halfjaar=t.halfjaar))
    return regels


def _herverdeling_regel(voor: Taakstellingen, na: Taakstellingen, hv: Herverdeling) -> Bericht:
    """The line of one herverdeling (art. 29 lid 2): each gemeente's taakstelling before → after."""
    from ..statushouders._herverdeling import omschrijving

    wijzigingen = ", ".join(
        f"{c} {voor.regel(c).taakstelling} → {na.regel(c).taakstelling}" for c in hv.gemeentecodes
    )
    return bericht("statushouders.cli.herverdeling", omschrijving=omschrijving(hv), wijzigingen=wijzigingen)


def _extra_cellen(r: Taakstellingsregel, extra: Sequence[str]) -> tuple[object, ...]:
    """The cells of the extra columns of a row: what art. 29 lid 1 gives, the component parts."""
    return tuple(r.volgens_formule if k == "volgens_formule" else " ".join(r.delen) for k in extra)


def _bestanden(
    args: argparse.Namespace, reg: Register
) -> tuple[Register, tuple[Herindeling, ...], tuple[Herverdeling, ...]]:
    """The herindeling and herverdeling files of the command line, read; each file's version joins
    the register's provenance, so every result names it."""
    from attrs import evolve

    from ..statushouders._invoer import lees_herindelingen, lees_herverdelingen

    begin = args.halfjaar.begin
    herindelingen: tuple[Herindeling, ...] = ()
    herverdelingen: tuple[Herverdeling, ...] = ()
    if args.herindeling is not None:
        herindelingen, versie = lees_herindelingen(args.herindeling, peildatum=begin, reg=reg)
        reg = evolve(reg, herkomst=(*reg.herkomst, versie))
    if args.herverdeling is not None:
        herverdelingen, versie = lees_herverdelingen(args.herverdeling, peildatum=begin)
        reg = evolve(reg, herkomst=(*reg.herkomst, versie))
    return reg, herindelingen, herverdelingen


def _een_gemeente(
    args: argparse.Namespace, u: Uitkomst[Taakstellingen], reg: Register, extra: Sequence[str]
) -> None:
    """Print one gemeente's taakstelling, explained (table), as JSON or as one CSV row."""
    from ..explain import Uitkomst
    from ..serialization import unstructure
    from ..statushouders import Taakstelling, uitleg_gemeente

    ug = uitleg_gemeente(u, args.gemeente, reg=reg)
    g = ug.waarde
    if args.format == "json":
        write_json(unstructure(ug, Uitkomst[Taakstelling]))
    elif args.format == "csv":
        cellen = _extra_cellen(u.waarde.regel(g.gemeentecode), extra)
        write_csv(
            ("halfjaar", "gemeentecode", "gemeentenaam", "inwoners", *extra, "taakstelling"),
            [(str(g.halfjaar), g.gemeentecode, g.gemeentenaam, g.inwoners, *cellen, g.taakstelling)],
        )
    else:
        waarde = bericht(
            "statushouders.cli.waarde_taakstelling",
            gemeentenaam=g.gemeentenaam,
            halfjaar=g.halfjaar,
            taakstelling=g.taakstelling,
        )
        print(ug.uitleg(waarde_tekst=str(waarde)))


def _taakstelling(args: argparse.Namespace) -> int:
    from ..explain import Uitkomst
    from ..gebied import register
    from ..serialization import unstructure
    from ..statushouders import Taakstellingen, herverdeel, peildatum_inwoners, taakstellingen

    reg = register()
    if args.inwoners is not None:
        reg = reg.met_inwoners_csv(args.inwoners, peildatum_inwoners(args.halfjaar))
    reg, herindelingen, herverdelingen = _bestanden(args, reg)
    u = taakstellingen(
        args.halfjaar,
        landelijk=args.landelijk,
        landelijk_versie=args.landelijk_versie,
        reg=reg,
        herindelingen=herindelingen,
    )
    regels = _herindeling_regels(u.waarde, herindelingen)
    for hv in herverdelingen:  # art. 29 lid 2, in the file's order
        voor = u.waarde
        u = herverdeel(u, hv)
        regels.append(_herverdeling_regel(voor, u.waarde, hv))
    t = u.waarde
    extra = (("volgens_formule",) if herverdelingen else ()) + (("delen",) if herindelingen else ())
    if args.gemeente is not None:
        _een_gemeente(args, u, reg, extra)
        return 0
    if args.format == "json":
        write_json(unstructure(u, Uitkomst[Taakstellingen]))
        return 0
    kolommen = ("gemeentecode", "gemeentenaam", "inwoners", *extra, "taakstelling")
    rijen = [
        (r.gemeentecode, r.gemeentenaam, r.inwoners, *_extra_cellen(r, extra), r.taakstelling)
        for r in t.gemeenten
    ]
    if args.format == "csv":
        write_csv(kolommen, rijen)
        return 0
    print(bericht("statushouders.cli.kop_taakstelling", halfjaar=t.halfjaar))
    print(bericht("statushouders.cli.landelijk_aantal", vg=t.landelijk_aantal))
    print(
        bericht(
            "statushouders.cli.inwoners_nederland", peildatum=t.peildatum_inwoners, i_n=t.inwoners_nederland
        )
    )
    print(bericht("statushouders.cli.som", som=t.som, overschot=t.overschot))
    for zin in regels:
        print(zin)
    print()
    write_table(kolommen, rijen)
    write_bronnen(u.bronnen, onzeker=u.onzeker)
    return 0


def _vng_actie(args: argparse.Namespace) -> int:
    from ..explain import Uitkomst
    from ..gebied import register
    from ..serialization import unstructure
    from ..statushouders import VngActie, VngActieLandelijk, met_netwerken_csv, vng_actie, vng_actie_voor

    reg = register()
    if args.netwerken is not None:
        reg = met_netwerken_csv(args.netwerken, peildatum=args.peildatum, reg=reg)
    if args.gemeente is not None:
        ug = vng_actie_voor(args.gemeente, peildatum=args.peildatum, reg=reg)
        a = ug.waarde
        if args.format == "json":
            write_json(unstructure(ug, Uitkomst[VngActie]))
        elif args.format == "csv":
            write_csv(
                ("gemeentecode", "gemeentenaam", "netwerk", "plekken"),
                [(a.gemeentecode, a.gemeentenaam, a.netwerk or "", "" if a.plekken is None else a.plekken)],
            )
        else:
            if a.lidmaatschap_onbekend:
                tekst = bericht("statushouders.cli.vng_onbekend", netwerken=", ".join(a.onbekend_in))
            elif a.plekken is None:
                tekst = bericht("statushouders.cli.vng_geen_netwerk")
            else:
                tekst = bericht("statushouders.cli.vng_circa", plekken=a.plekken, netwerk=a.netwerk)
            waarde = bericht("statushouders.cli.waarde_vng", gemeentenaam=a.gemeentenaam, tekst=tekst)
            print(ug.uitleg(waarde_tekst=str(waarde)))
        return 0
    u = vng_actie(peildatum=args.peildatum, reg=reg)
    v = u.waarde
    if args.format == "json":
        write_json(unstructure(u, Uitkomst[VngActieLandelijk]))
        return 0
    rijen = [
        (r.gemeentecode, r.gemeentenaam, ", ".join(r.netwerken), "" if r.plekken is None else r.plekken)
        for r in v.gemeenten
    ]
    if args.format == "csv":
        write_csv(("gemeentecode", "gemeentenaam", "netwerken", "plekken"), rijen)
        return 0
    print(bericht("statushouders.cli.kop_vng", peildatum=v.peildatum))
    if v.lidmaatschap_onbekend:  # the total is over the known members only: say how many are unknown
        totaal = bericht(
            "statushouders.cli.vng_totaal_bekend",
            totaal=v.totaal,
            met=len(v.gemeenten) - v.zonder_netwerk,
            onbekend=v.lidmaatschap_onbekend,
            netwerken=", ".join(v.onvolledige_ledenlijsten),
        )
    else:
        totaal = bericht("statushouders.cli.vng_totaal", totaal=v.totaal, zonder=v.zonder_netwerk)
    print(totaal)
    print()
    write_table(("gemeentecode", "gemeentenaam", "netwerken", "plekken"), rijen)
    write_bronnen(u.bronnen, onzeker=u.onzeker)
    return 0
