"""One rule for dates in the public API (issue 14): a ``datetime.date`` or an ISO ``YYYY-MM-DD`` text.

Every public function and method that takes a date (a parameter annotated ``date``, ``date | None``
or ``Iterable[date]``) is found by introspection of the ``__all__`` of every public module, so a new
one is covered without touching this file — and the test fails until :data:`CALLS` says how to call
it. For each date parameter:

- the ISO text and the ``date`` give equal results (or the same documented error);
- a text in another form, a number and a ``datetime`` give :class:`InvalidInputError` whose ``veld``
  names the parameter — never a ``TypeError`` or ``AttributeError`` from deep inside.

The same holds for the half-year parameters (a ``Halfjaar`` or its text ``"2025-H2"``), and a cycle
parameter takes a :class:`Cyclus` only, refusing anything else with an error naming it.
"""

from __future__ import annotations

import importlib
import inspect
import re
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from asielketen import (
    gebied,
    nareizigers,
    oekraine,
    opvang,
    profiel,
    spreidingswet,
    statushouders,
    strategies,
    sweep,
)
from asielketen.errors import AsielketenError, InvalidInputError
from asielketen.periods import Cyclus, Geldigheid, Halfjaar, Parameter, Periode
from asielketen.sources import Aanname

from .test_api import PUBLIC_MODULES

_DATE = re.compile(r"(?<![\w.])date\b")
"""``date`` in an annotation's text (not ``datetime``, not ``date`` as part of another name)."""


def _members() -> Iterator[tuple[str, Callable[..., Any]]]:
    """Every public function, and every public method of a public class, by qualified name."""
    seen: set[int] = set()
    for mod_name in PUBLIC_MODULES:
        mod = importlib.import_module(mod_name)
        for name in getattr(mod, "__all__", ()):
            obj = getattr(mod, name)
            members: list[tuple[str, Any]] = [(f"{mod_name}.{name}", obj)]
            if inspect.isclass(obj):
                members = [
                    (f"{mod_name}.{name}.{k}", v.__func__ if isinstance(v, classmethod | staticmethod) else v)
                    for k, v in vars(obj).items()
                    if not k.startswith("_")
                ]
            for member_name, member in members:
                if inspect.isfunction(member) and id(member) not in seen:
                    seen.add(id(member))
                    yield member_name, member


def _parameters(pattern: re.Pattern[str]) -> dict[str, tuple[str, ...]]:
    found: dict[str, tuple[str, ...]] = {}
    for name, fn in _members():
        params = tuple(
            p.name for p in inspect.signature(fn).parameters.values() if pattern.search(str(p.annotation))
        )
        if params:
            found[name] = params
    return found


DATE_PARAMETERS = _parameters(_DATE)
"""Qualified name → the names of its date parameters."""
HALFJAAR_PARAMETERS = _parameters(re.compile(r"\bHalfjaar\b"))
CYCLUS_PARAMETERS = _parameters(re.compile(r"\bCyclus\b"))


def _short(name: str) -> str:
    return name.split(".", 1)[1]  # without "asielketen."


def test_the_enumeration_finds_the_known_date_functions() -> None:
    names = {_short(n) for n in DATE_PARAMETERS}
    assert {
        "profiel.gemeenteprofiel",
        "spreidingswet.verdeel",
        "oekraine.oekraine_plichten",
        "opvang.overzicht",
        "nareizigers.beoordeel_nareis",
        "statushouders.taakstelling_op",
        "gebied.Register.inwoners_op",
        "periods.Parameter.op",
    } <= names
    assert len(DATE_PARAMETERS) >= 40
    assert DATE_PARAMETERS["asielketen.spreidingswet.verdeel"] == ("peildatum", "inwoners_peildatum")
    assert {_short(n) for n in HALFJAAR_PARAMETERS} >= {
        "statushouders.taakstellingen",
        "statushouders.taakstelling_voor",
    }
    assert {_short(n) for n in CYCLUS_PARAMETERS} >= {"spreidingswet.raming", "spreidingswet.termijnen"}


# --------------------------------------------------------------------------------------------
# How to call each one: the other arguments, valid
# --------------------------------------------------------------------------------------------

PEIL = date(2025, 10, 6)


def _locatie() -> opvang.Locatie:
    ov = opvang.Bestuursovereenkomst(periode=Periode(date(2024, 1, 1), None), capaciteit=400)
    return opvang.Locatie(
        id="L1", naam="azc L1", soort=opvang.Locatiesoort.AZC, gemeentecode="GM0363", overeenkomsten=[ov]
    )


def _scenario() -> opvang.Scenario:
    return opvang.Scenario(
        naam="s", behoefte=[opvang.Behoefte(vanaf=date(2025, 1, 1), plaatsen=1000)], locaties=[_locatie()]
    )


def _huishouden() -> nareizigers.Huishouden:
    nareiziger = nareizigers.Nareiziger(
        relatie=nareizigers.Relatie.KIND, aankomst=None, brp=True, bsn=True, mvv=True, ind_melding=True
    )
    return nareizigers.Huishouden(
        referent=nareizigers.Referent(gehuisvest=True, als_amv=False),
        nareizigers=[nareiziger],
        woning_goedgekeurd=True,
        instemming_gemeente=True,
    )


def _parameter() -> Parameter[int]:
    bron = Aanname(id="datums", omschrijving="datums")
    return Parameter(
        naam="p", waarden=[Geldigheid(periode=Periode(date(2020, 1, 1), None), waarde=1, bron=bron)]
    )


def _file(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


Call = tuple[Callable[..., Any], dict[str, Any]]
"""The callable (bound, for a method) and its other arguments."""

CALLS: dict[str, Callable[[Path], Call]] = {
    "sweep.verdeel_reeks": lambda _: (sweep.verdeel_reeks, {"behoeften": [96_000]}),
    "sweep.verdeel_stroom": lambda _: (_verdeel_stroom, {"behoeften": [96_000]}),
    "periods.Halfjaar.bevattende": lambda _: (Halfjaar.bevattende, {}),
    "periods.Parameter.geldigheid_op": lambda _: (_parameter().geldigheid_op, {}),
    "periods.Parameter.op": lambda _: (_parameter().op, {}),
    "periods.Periode.bevat": lambda _: (Periode(date(2025, 1, 1), None).bevat, {}),
    "gebied.Gemeente.inwoners_op": lambda _: (gebied.register().gemeente("Utrecht").inwoners_op, {}),
    "gebied.Gemeente.meest_recente_inwoners": lambda _: (
        gebied.register().gemeente("Utrecht").meest_recente_inwoners,
        {},
    ),
    "gebied.Register.inwoners_op": lambda _: (gebied.register().inwoners_op, {}),
    "gebied.Register.totaal_inwoners": lambda _: (gebied.register().totaal_inwoners, {}),
    "gebied.Register.met_inwoners": lambda _: (
        gebied.register().met_inwoners,
        {"aantallen": {g.code: 1000 for g in gebied.register().gemeenten}, "bron": "test"},
    ),
    "gebied.Register.met_inwoners_csv": lambda tmp: (
        gebied.register().met_inwoners_csv,
        {
            "pad": _file(
                tmp,
                "inwoners.csv",
                "gemeentecode,inwoners\n" + "".join(f"{g.code},1000\n" for g in gebied.register().gemeenten),
            )
        },
    ),
    "profiel.gemeenteprofiel": lambda _: (profiel.gemeenteprofiel, {"naam_of_code": "Zwolle"}),
    "spreidingswet.aftrek_duurzaam": lambda _: (
        spreidingswet.aftrek_duurzaam,
        {
            "provinciecode": "PV27",
            "opgave": 100,
            "locaties": [
                spreidingswet.DuurzameLocatie(
                    gemeentecode="GM0363", plaatsen=150, beschikbaar=Periode(date(2025, 1, 1))
                )
            ],
        },
    ),
    "spreidingswet.cyclus_op": lambda _: (spreidingswet.cyclus_op, {}),
    "spreidingswet.escalatie": lambda _: (
        spreidingswet.escalatie,
        {"feiten": spreidingswet.Escalatiefeiten(locatie_uiterlijk=date(2025, 7, 1))},
    ),
    "spreidingswet.lees_ses_csv": lambda tmp: (
        spreidingswet.lees_ses_csv,
        {"pad": _file(tmp, "ses.csv", "gemeentecode,ses_woa\nGM0363,0.1\n")},
    ),
    "spreidingswet.stand": lambda _: (spreidingswet.stand, {"verdeelbesluiten": [], "realisaties": []}),
    "spreidingswet.termijnen": lambda _: (spreidingswet.termijnen, {"cyclus": Cyclus(2024)}),
    "spreidingswet.uitkering_75": lambda _: (
        spreidingswet.uitkering_75,
        {
            "provinciecode": "PV27",
            "cyclus": Cyclus(2024),
            "opgave": 100,
            "geboden": {"GM0363": 80},
            "voldaan": ["GM0363"],
        },
    ),
    "spreidingswet.uitkering_duurzaam": lambda _: (
        spreidingswet.uitkering_duurzaam,
        {
            "aangeboden": [
                spreidingswet.AangebodenPlaatsen(plaatsen=120, duurzaam=True, fase=f)
                for f in spreidingswet.Fase
            ],
            "drempel": 100,
        },
    ),
    "spreidingswet.verdeel": lambda _: (spreidingswet.verdeel, {"behoefte": 1000}),
    "nareizigers.beoordeel_nareis": lambda _: (nareizigers.beoordeel_nareis, {"huishouden": _huishouden()}),
    "nareizigers.nareisactie_op": lambda _: (nareizigers.nareisactie_op, {}),
    "nareizigers.hotelplaatsing": lambda _: (nareizigers.hotelplaatsing, {}),
    "statushouders.met_netwerken_csv": lambda tmp: (
        statushouders.met_netwerken_csv,
        {"pad": _file(tmp, "netwerken.csv", "netwerk,gemeentecode\nM50,GM0014\n")},
    ),
    "statushouders.taakstelling_op": lambda _: (statushouders.taakstelling_op, {"gemeente": "Utrecht"}),
    "statushouders.vng_actie": lambda _: (statushouders.vng_actie, {}),
    "statushouders.vng_actie_aantallen": lambda _: (statushouders.vng_actie_aantallen, {}),
    "statushouders.vng_actie_voor": lambda _: (statushouders.vng_actie_voor, {"gemeente": "Utrecht"}),
    "statushouders.voorrangsregel": lambda _: (statushouders.voorrangsregel, {}),
    "statushouders.voorrangsverbod": lambda _: (statushouders.voorrangsverbod, {}),
    "opvang.Locatie.overeenkomst_op": lambda _: (_locatie().overeenkomst_op, {}),
    "opvang.Locatie.capaciteit_op": lambda _: (_locatie().capaciteit_op, {}),
    "opvang.Locatie.beschikbaar_op": lambda _: (_locatie().beschikbaar_op, {}),
    "opvang.Locatie.beeindigd_op": lambda _: (_locatie().beeindigd_op, {}),
    "opvang.Locatie.duurzaam_op": lambda _: (_locatie().duurzaam_op, {"min_jaren": 1}),
    "opvang.Scenario.behoefte_op": lambda _: (_scenario().behoefte_op, {}),
    "opvang.duurzame_locaties": lambda _: (opvang.duurzame_locaties, {"locaties": [_locatie()]}),
    "opvang.opvang_gemeente": lambda _: (
        opvang.opvang_gemeente,
        {"gemeente": "GM0363", "locaties": [_locatie()]},
    ),
    "opvang.overzicht": lambda _: (opvang.overzicht, {"locaties": [_locatie()]}),
    "opvang.realisaties": lambda _: (opvang.realisaties, {"locaties": [_locatie()]}),
    "opvang.tekort_op": lambda _: (opvang.tekort_op, {"scenario": _scenario()}),
    "strategies.datums": lambda _: (strategies.datums, {}),
    "oekraine.collectieve_plicht": lambda _: (
        oekraine.collectieve_plicht,
        {"gebied": gebied.register().gemeente("Utrecht"), "gevraagd": 10},
    ),
    "oekraine.individuele_plicht": lambda _: (
        oekraine.individuele_plicht,
        {"verzoek": oekraine.Opvangverzoek()},
    ),
    "oekraine.oekraine_plichten": lambda _: (oekraine.oekraine_plichten, {"naam_of_code": "Utrecht"}),
    "oekraine.regime_op": lambda _: (oekraine.regime_op, {}),
    "frames.register_frame": lambda _: (_register_frame, {}),
}
"""How to call each public date-taking function: the other arguments, all valid."""

DATES: dict[str, dict[str, date]] = {
    "gebied.Register.met_inwoners": {"peildatum": date(2025, 1, 1)},
    "gebied.Register.met_inwoners_csv": {"peildatum": date(2025, 1, 1)},
    "spreidingswet.aftrek_duurzaam": {"raming_datum": date(2024, 1, 31)},
    "nareizigers.hotelplaatsing": {  # the hotel route exists from 2025-12-19; placed before the peildatum
        "peildatum": date(2026, 3, 2),
        "geplaatst_op": date(2026, 1, 5),
    },
    "spreidingswet.termijnen": {
        "verdeelbesluit_bekendgemaakt": date(2024, 10, 1),
        "langere_termijn": date(2025, 9, 1),
    },
    "strategies.datums": {"min_value": date(2025, 1, 1), "max_value": date(2025, 12, 31)},
}
"""A valid value of a date parameter where :data:`PEIL` does not fit."""


def _verdeel_stroom(**kwargs: Any) -> Any:
    return sweep.verdeel_stroom(**kwargs).reeks()  # a stream compared by its rows


def _taakstelling_stroom(**kwargs: Any) -> Any:
    return sweep.taakstelling_stroom(**kwargs).reeks()


def _register_frame(**kwargs: Any) -> Any:
    pytest.importorskip("pandas")
    from asielketen import frames

    return frames.register_frame(**kwargs)


def _value(name: str, param: str) -> date:
    return DATES.get(name, {}).get(param, PEIL)


def _argument(param: str, value: object) -> object:
    """``value`` as the parameter wants it: in a list for a collection of dates."""
    return [value] if param == "peildata" else value


def _outcome(call: Callable[[], Any]) -> tuple[str, Any]:
    """``("ok", comparable result)`` or ``("error", (class, message))`` for a documented error."""
    try:
        result = call()
    except AsielketenError as exc:
        return "error", (type(exc), str(exc))
    if hasattr(result, "equals"):  # a DataFrame
        return "ok", result.to_dict()
    if type(result).__module__.startswith("hypothesis"):
        return "ok", repr(result)
    return "ok", result


def _cases(test: str) -> list[Any]:
    cases = []
    for name, params in DATE_PARAMETERS.items():
        cases += [pytest.param(name, param, id=f"{_short(name)}({param})") for param in params]
    return cases


def test_every_date_function_is_in_the_table() -> None:
    missing = sorted(_short(n) for n in DATE_PARAMETERS if _short(n) not in CALLS)
    assert not missing, f"add these to CALLS in tests/test_datums.py: {missing}"
    stale = sorted(set(CALLS) - {_short(n) for n in DATE_PARAMETERS})
    assert not stale, f"no longer public date functions: {stale}"


def _call(tmp_path: Path, name: str, param: str, value: object) -> Callable[[], Any]:
    """``name`` called with ``value`` for ``param`` and valid values for everything else."""
    short = _short(name)
    if short not in CALLS:
        pytest.fail(f"{short} is not in CALLS")
    fn, kwargs = CALLS[short](tmp_path)
    args = dict(kwargs)
    required = {
        p.name for p in inspect.signature(fn).parameters.values() if p.default is inspect.Parameter.empty
    }
    for other in DATE_PARAMETERS[name]:
        if other != param and (other in required or other in DATES.get(short, {})):
            args[other] = _argument(other, _value(short, other))
    args[param] = _argument(param, value)
    return lambda: fn(**args)


@pytest.mark.parametrize(("name", "param"), _cases("iso"))
def test_an_iso_text_is_the_same_date(tmp_path: Path, name: str, param: str) -> None:
    dag = _value(_short(name), param)
    as_date = _outcome(_call(tmp_path, name, param, dag))
    as_text = _outcome(_call(tmp_path, name, param, dag.isoformat()))
    assert as_text == as_date
    padded = _outcome(_call(tmp_path, name, param, f" {dag.isoformat()} "))
    assert padded == as_date


GARBAGE: list[object] = [
    "31-12-2025",
    "2025-02-30",
    "",
    20251231,
    datetime(2025, 12, 31, 12, 0),
    2025.5,
    ["2025-01-01"],
]


@pytest.mark.parametrize("garbage", GARBAGE, ids=repr)
@pytest.mark.parametrize(("name", "param"), _cases("garbage"))
def test_anything_else_is_refused_naming_the_parameter(
    tmp_path: Path, name: str, param: str, garbage: object
) -> None:
    with pytest.raises(InvalidInputError) as info:
        _call(tmp_path, name, param, garbage)()
    assert info.value.veld == param, str(info.value)
    assert str(info.value).strip()


def test_the_issue_example() -> None:
    tekst = profiel.gemeenteprofiel("Zwolle", peildatum="2025-10-06")  # type: ignore[arg-type]
    datum = profiel.gemeenteprofiel("Zwolle", peildatum=date(2025, 10, 6))
    assert tekst == datum
    with pytest.raises(InvalidInputError) as info:
        profiel.gemeenteprofiel("Zwolle", peildatum="06-10-2025")  # type: ignore[arg-type]
    assert info.value.veld == "peildatum"


# --------------------------------------------------------------------------------------------
# Half-years and cycles
# --------------------------------------------------------------------------------------------

HALFJAAR_CALLS: dict[str, Call] = {
    "sweep.taakstelling_reeks": (sweep.taakstelling_reeks, {"landelijke_aantallen": [13_000]}),
    "sweep.taakstelling_stroom": (_taakstelling_stroom, {"landelijke_aantallen": [13_000]}),
    "statushouders.landelijk_aantal": (statushouders.landelijk_aantal, {}),
    "statushouders.nareizigers_tellen_mee": (statushouders.nareizigers_tellen_mee, {}),
    "statushouders.peildatum_inwoners": (statushouders.peildatum_inwoners, {}),
    "statushouders.taakstelling_voor": (statushouders.taakstelling_voor, {"gemeente": "Utrecht"}),
    "statushouders.taakstellingen": (statushouders.taakstellingen, {}),
    "statushouders.uiterste_bekendmaking": (statushouders.uiterste_bekendmaking, {}),
}
"""How to call each public function with a half-year parameter."""


def test_every_half_year_function_is_in_the_table() -> None:
    assert {_short(n) for n in HALFJAAR_PARAMETERS} == set(HALFJAAR_CALLS)
    assert all(p == ("halfjaar",) for p in HALFJAAR_PARAMETERS.values())


@pytest.mark.parametrize("name", sorted(HALFJAAR_CALLS))
def test_a_half_year_or_its_text(name: str) -> None:
    fn, kwargs = HALFJAAR_CALLS[name]
    assert _outcome(lambda: fn(halfjaar="2025-H2", **kwargs)) == _outcome(
        lambda: fn(halfjaar=Halfjaar(2025, 2), **kwargs)
    )
    for garbage in ("2025-H3", "H2 2025", "", 2025, date(2025, 7, 1), Cyclus(2024)):
        with pytest.raises(InvalidInputError) as info:
            fn(halfjaar=garbage, **kwargs)
        assert info.value.veld == "halfjaar", str(info.value)


CYCLUS_CALLS: dict[str, Call] = {
    "spreidingswet.raming": (spreidingswet.raming, {}),
    "spreidingswet.termijnen": (spreidingswet.termijnen, {}),
    "spreidingswet.uitkering_75": (
        spreidingswet.uitkering_75,
        {
            "provinciecode": "PV27",
            "opgave": 100,
            "geboden": {"GM0363": 80},
            "voldaan": ["GM0363"],
            "peildatum": PEIL,
        },
    ),
}
"""How to call each public function with a cycle parameter."""


def test_every_cycle_function_is_in_the_table() -> None:
    assert {_short(n) for n in CYCLUS_PARAMETERS} == set(CYCLUS_CALLS)


@pytest.mark.parametrize("name", sorted(CYCLUS_CALLS))
def test_a_cycle_is_a_cyclus(name: str) -> None:
    """A cycle has no text form: a ``Cyclus`` only, and anything else is refused naming it."""
    fn, kwargs = CYCLUS_CALLS[name]
    assert _outcome(lambda: fn(cyclus=Cyclus(2024), **kwargs))[0] == "ok"
    for garbage in (2024, "2024", "cyclus 2024", Halfjaar(2024, 1), None):
        with pytest.raises(InvalidInputError) as info:
            fn(cyclus=garbage, **kwargs)
        assert info.value.veld == "cyclus", str(info.value)
