"""Scenario sweeps (issue 18): the numbers of the full rules, on any executor, streamed in flat memory.

- ``verdeel_reeks`` equals ``spreidingswet.verdeel`` scenario by scenario (its records' ``plaatsen``,
  its sources), for every method, with and without SES-WOA scores, a key per scenario, another
  register; ``taakstelling_reeks`` equals ``statushouders.taakstellingen``'s ``volgens_formule`` —
  Hypothesis on random scenarios;
- identical results with a ``ThreadPoolExecutor`` and a ``ProcessPoolExecutor`` (the Dask cluster:
  ``tests/test_sweep_dask.py``); chunks in flight are bounded, rows come in order, a bad scenario is
  raised after the rows before it, closing a stream stops it;
- a stream's memory does not grow with the number of scenarios (tracemalloc);
- every input is checked, errors naming the field (``behoeften[i]``, ``ses``, ``methode`` …);
- ``Reeks`` round-trips through JSON, is checked when read, and becomes a DataFrame;
- ``import asielketen.sweep`` imports neither pandas nor dask; the docs' DataFrame block runs.
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
import tracemalloc
import types
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asielketen.errors import DataUnavailableError, InvalidInputError, StructureError
from asielketen.explain import DatasetVersie
from asielketen.gebied import Register, register
from asielketen.periods import Halfjaar
from asielketen.serialization import from_json, to_json, unstructure
from asielketen.sources import Status
from asielketen.spreidingswet import Methode, SesScore, SesWoa, Sleutel, verdeel
from asielketen.statushouders import taakstellingen
from asielketen.sweep import (
    Reeks,
    Regel,
    Rij,
    Stroom,
    Voortgangsbalk,
    taakstelling_reeks,
    taakstelling_stroom,
    verdeel_reeks,
    verdeel_stroom,
)
from asielketen.taal import in_taal

ROOT = Path(__file__).resolve().parent.parent
CODES = tuple(g.code for g in register().gemeenten)
GROOT = 10**15
P2024 = date(2024, 1, 31)
P2026 = date(2026, 2, 1)


def _ses(getallen: list[int], decimalen: int = 3, bron: str = "test") -> SesWoa:
    return SesWoa(
        scores=[SesScore(c, Decimal(x).scaleb(-decimalen)) for c, x in zip(CODES, getallen, strict=True)],
        bron=bron,
    )


@st.composite
def ses_woa(draw: st.DrawFn) -> SesWoa:
    """Random SES-WOA scores (−0.999 … +2.000, with 0 to 4 decimals) for every gemeente."""
    decimalen = draw(st.integers(0, 4))
    laag = -(10**decimalen) + 1
    getallen = draw(st.lists(st.integers(laag, 2 * 10**decimalen), min_size=len(CODES), max_size=len(CODES)))
    return _ses(getallen, decimalen, bron=f"hypothesis {draw(st.integers(0, 99))}")


behoefte = st.one_of(st.integers(0, 300_000), st.integers(0, GROOT))
peildata = st.sampled_from([None, date(2024, 1, 31), date(2024, 6, 1), date(2025, 1, 1), "2025-03-01"])
HALFJAREN = ["2025-H1", "2025-H2", "2026-H1", "2026-H2"]


def _plaatsen(bo: int, **kwargs: Any) -> tuple[tuple[int, ...], Any]:
    u = verdeel(bo, **kwargs)
    return tuple(g.plaatsen for g in u.waarde.gemeenten), u


# -- the numbers of the full rules --------------------------------------------------------------


@given(
    behoeften=st.lists(behoefte, max_size=3),
    methode=st.sampled_from(list(Methode)),
    ses=st.none() | ses_woa(),
    peildatum=peildata,
)
def test_verdeel_reeks_is_verdeel_scenario_by_scenario(
    behoeften: list[int], methode: Methode, ses: SesWoa | None, peildatum: Any
) -> None:
    r = verdeel_reeks(iter(behoeften), ses=ses, methode=methode.value, peildatum=peildatum)
    assert r.scenarios == tuple(behoeften)
    assert r.gemeentecodes == CODES
    assert r.methode is methode
    assert r.sleutel is (Sleutel.INWONERS if ses is None else Sleutel.WETTELIJK)
    assert r.ses_bronnen == (() if ses is None else (ses.bron,))
    for bo, rij in zip(behoeften, r.plaatsen, strict=True):
        datum = r.inwoners_peildatum if peildatum is None else peildatum
        plaatsen, u = _plaatsen(bo, peildatum=datum, ses=ses, methode=methode)
        assert rij == plaatsen
        assert r.bronnen == u.bronnen
        assert r.herkomst == u.herkomst
        assert r.inwoners_peildatum == u.waarde.inwoners_peildatum
        assert r.onzeker_door == u.onzeker_door


@given(
    paren=st.lists(st.tuples(behoefte, ses_woa()), max_size=3),
    methode=st.sampled_from(list(Methode)),
    als_generator=st.booleans(),
)
def test_a_key_per_scenario_is_verdeel_with_that_key(
    paren: list[tuple[int, SesWoa]], methode: Methode, als_generator: bool
) -> None:
    behoeften = [bo for bo, _ in paren]
    sleutels = [s for _, s in paren]
    ses = (s for s in sleutels) if als_generator else sleutels
    r = verdeel_reeks(behoeften, ses=ses, methode=methode, peildatum=date(2024, 1, 31))
    assert r.sleutel is Sleutel.WETTELIJK
    assert r.ses_bronnen == tuple(s.bron for s in sleutels)
    for bo, s, rij in zip(behoeften, sleutels, r.plaatsen, strict=True):
        plaatsen, u = _plaatsen(bo, peildatum=date(2024, 1, 31), ses=s, methode=methode)
        assert rij == plaatsen
        assert r.bronnen == u.bronnen


@given(
    landelijk=st.lists(st.one_of(st.integers(0, 40_000), st.integers(0, GROOT)), max_size=3),
    halfjaar=st.sampled_from(HALFJAREN),
)
def test_taakstelling_reeks_is_taakstellingen_scenario_by_scenario(
    landelijk: list[int], halfjaar: str
) -> None:
    r = taakstelling_reeks(landelijk, halfjaar=halfjaar)
    assert r.halfjaar == Halfjaar.parse(halfjaar)
    assert r.scenarios == tuple(landelijk)
    assert r.gemeentecodes == CODES
    for vg, rij in zip(landelijk, r.plaatsen, strict=True):
        u = taakstellingen(halfjaar, landelijk=vg)
        assert rij == tuple(x.volgens_formule for x in u.waarde.gemeenten)
        assert r.bronnen == u.bronnen
        assert r.herkomst == u.herkomst
        assert r.inwoners_peildatum == u.waarde.peildatum_inwoners
        assert r.onzeker_door == u.onzeker_door


@st.composite
def registers(draw: st.DrawFn) -> Register:
    """The register with random inhabitants on 1 January 2026 (some 0, or all 0)."""
    if draw(st.booleans()):
        aantallen = draw(st.lists(st.integers(0, 1_000_000), min_size=len(CODES), max_size=len(CODES)))
    else:
        aantallen = [0] * len(CODES)
    aantal = dict(zip(CODES, aantallen, strict=True))
    return register().met_inwoners(date(2026, 1, 1), aantal, bron="gebruiker:test")


def _uitkomst(f: Any) -> tuple[str, Any]:
    try:
        return "ok", f()
    except InvalidInputError as fout:
        return "fout", (type(fout), fout.veld, str(fout))


@given(reg=registers(), getallen=st.lists(st.integers(0, 50_000), min_size=1, max_size=2))
def test_another_register_gives_the_full_rules_numbers_or_their_error(
    reg: Register, getallen: list[int]
) -> None:
    def taak(vg: int) -> tuple[int, ...]:
        return tuple(
            x.volgens_formule for x in taakstellingen("2027-H1", landelijk=vg, reg=reg).waarde.gemeenten
        )

    t = _uitkomst(lambda: taakstelling_reeks(getallen, halfjaar="2027-H1", reg=reg).plaatsen)
    vol = _uitkomst(lambda: tuple(taak(vg) for vg in getallen))
    assert t == vol
    v = _uitkomst(lambda: verdeel_reeks(getallen, peildatum=P2026, reg=reg).plaatsen)
    vol = _uitkomst(lambda: tuple(_plaatsen(bo, peildatum=date(2026, 2, 1), reg=reg)[0] for bo in getallen))
    assert v == vol


def test_the_default_date_is_the_most_recent_inhabitants_and_is_recorded() -> None:
    r = verdeel_reeks([96_000])
    assert r.inwoners_peildatum == date(2025, 1, 1)
    assert r == verdeel_reeks(r.scenarios, peildatum=r.inwoners_peildatum)
    later = register().met_inwoners(date(2026, 1, 1), dict.fromkeys(CODES, 1000), bron="gebruiker:test")
    assert verdeel_reeks([96_000], reg=later).inwoners_peildatum == date(2026, 1, 1)
    with pytest.raises(DataUnavailableError):
        verdeel_reeks([96_000], peildatum=date(2020, 1, 1))  # no inhabitants before: the rule's error


def test_a_need_over_nobody_is_the_rules_error() -> None:
    leeg = register().met_inwoners(date(2026, 1, 1), dict.fromkeys(CODES, 0), bron="gebruiker:leeg")
    assert verdeel_reeks([0, 0], peildatum=P2026, reg=leeg).plaatsen == ((0,) * len(CODES),) * 2
    with pytest.raises(InvalidInputError) as vol:
        verdeel(5, peildatum=P2026, reg=leeg)
    with pytest.raises(InvalidInputError) as sweep:
        verdeel_reeks([0, 5], peildatum=P2026, reg=leeg)
    assert (sweep.value.veld, str(sweep.value)) == (vol.value.veld, str(vol.value))
    with pytest.raises(InvalidInputError) as sweep:
        verdeel_reeks([5], ses=[_ses([0] * len(CODES))], peildatum=P2026, reg=leeg)
    assert (sweep.value.veld, str(sweep.value)) == (vol.value.veld, str(vol.value))


# -- executors ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def processen() -> Iterator[ProcessPoolExecutor]:
    with ProcessPoolExecutor(max_workers=2) as pool:
        yield pool


SCENARIOS = [0, 1, 96_000, 3, 200_000, GROOT, 17, 50_000, 123_456, 7, 8, 9, 10, 11, 12_345, 99_999, 2]


def _verdelingen(**kwargs: Any) -> list[Reeks]:
    """Every kind of sweep on :data:`SCENARIOS` (the Dask test runs them as well)."""
    n = len(CODES)
    return [
        verdeel_reeks(SCENARIOS, peildatum=P2024, **kwargs),
        verdeel_reeks(
            SCENARIOS, ses=_ses([(7 * i) % 900 - 400 for i in range(n)]), methode="hamilton", **kwargs
        ),
        verdeel_reeks(
            iter(SCENARIOS),
            ses=(_ses([(i * j) % 1500 - 600 for j in range(n)], bron=str(i)) for i in range(len(SCENARIOS))),
            methode=Methode.SAINTE_LAGUE,
            **kwargs,
        ),
        taakstelling_reeks((x % 40_000 for x in SCENARIOS), halfjaar="2025-H2", **kwargs),
    ]


@pytest.mark.parametrize("soort", ["threads", "processes"])
def test_an_executor_gives_identical_results(soort: str, processen: ProcessPoolExecutor) -> None:
    verwacht = _verdelingen()
    with ThreadPoolExecutor(max_workers=3) as threads:
        executor = threads if soort == "threads" else processen
        for blok, gelijktijdig in [(None, None), (1, 1), (4, 2), (5, None)]:
            assert _verdelingen(executor=executor, blok=blok, gelijktijdig=gelijktijdig) == verwacht


def test_chunks_in_flight_are_bounded_and_rows_come_in_order() -> None:
    gelezen = 0

    def behoeften() -> Iterator[int]:
        nonlocal gelezen
        for i in range(10_000):
            gelezen += 1
            yield i

    with ThreadPoolExecutor(max_workers=2) as pool:
        stroom = verdeel_stroom(behoeften(), peildatum=P2024, executor=pool, blok=10, gelijktijdig=3)
        for i, rij in enumerate(stroom):
            assert rij.scenario == i
            assert gelezen <= i + 1 + 3 * 10  # the scenarios of at most 3 chunks are read ahead
            if i == 250:
                break
        stroom.close()
        assert gelezen <= 251 + 30
        assert next(stroom, None) is None


@pytest.mark.parametrize("parallel", [False, True])
def test_a_bad_scenario_is_raised_after_the_rows_before_it(parallel: bool) -> None:
    with ThreadPoolExecutor(max_workers=2) as pool:
        stroom = verdeel_stroom(
            [1, 2, 3, 4, 5, -1, 6], peildatum=P2024, executor=pool if parallel else None, blok=2
        )
        rijen = [next(stroom).scenario for _ in range(5)]
        assert rijen == [1, 2, 3, 4, 5]
        with pytest.raises(InvalidInputError) as info:
            next(stroom)
        assert (info.value.veld, info.value.waarde) == ("behoeften[5]", -1)


def test_a_stream_says_what_it_computes_and_becomes_a_reeks_once() -> None:
    s = taakstelling_stroom([13_000, 14_000], halfjaar="2025-H2")
    assert isinstance(s, Stroom)
    assert s.regel is Regel.TAAKSTELLINGEN and s.halfjaar == Halfjaar(2025, 2)
    assert s.gemeentecodes == CODES and s.inwoners_peildatum == date(2024, 1, 1)
    assert s.methode is None and s.sleutel is None and s.onzeker_door == (Status.AANNAME,)
    assert s.bronnen == taakstellingen("2025-H2", landelijk=13_000).bronnen
    eerste = next(s)
    assert isinstance(eerste, Rij) and eerste.scenario == 13_000
    with pytest.raises(InvalidInputError) as info:
        s.reeks()
    assert info.value.veld == "stroom"
    r = verdeel_stroom([1, 2], peildatum=P2024)
    assert r.reeks().scenarios == (1, 2)
    with pytest.raises(InvalidInputError):
        r.reeks()  # read already
    with verdeel_stroom(range(10**9), peildatum=P2024) as lang:
        assert next(lang).scenario == 0
    assert next(lang, None) is None


def test_a_key_per_scenario_adds_its_files_to_the_herkomst() -> None:
    versie = DatasetVersie("ses.csv", date(2023, 1, 1), "ab" * 32)
    met = SesWoa(scores=_ses([0] * len(CODES)).scores, bron="bestand", versie=versie)
    zonder = _ses([1] * len(CODES), bron="trekking")
    r = verdeel_reeks([1, 2, 3], ses=[zonder, met, zonder], peildatum=P2024)
    assert versie in r.herkomst.datasets
    assert r.ses_bronnen == ("trekking", "bestand", "trekking")
    s = verdeel_stroom([1, 2], ses=[zonder, met], peildatum=P2024)
    assert versie not in s.herkomst.datasets
    list(s)
    assert versie in s.herkomst.datasets


# -- flat memory ----------------------------------------------------------------------------------


def _piek(n: int) -> int:
    tracemalloc.start()
    try:
        for _ in verdeel_stroom((90_000 + i % 1000 for i in range(n)), peildatum=P2024, blok=50):
            pass
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_streamed_sweep_keeps_its_memory_flat() -> None:
    _piek(100)  # warm: caches of the rule, the register's columns
    klein, groot = _piek(300), _piek(3_000)
    assert groot <= 1.2 * klein, (klein, groot)


# -- input checks -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("aanroep", "veld"),
    [
        (lambda: verdeel_reeks([1, True]), "behoeften[1]"),
        (lambda: verdeel_reeks(96_000), "behoeften"),  # type: ignore[arg-type]
        (lambda: verdeel_reeks("96000"), "behoeften"),  # type: ignore[arg-type]
        (lambda: taakstelling_reeks(13_000, halfjaar="2025-H2"), "landelijke_aantallen"),  # type: ignore[arg-type]
        (lambda: verdeel_reeks([1, 2.0]), "behoeften[1]"),  # type: ignore[list-item]
        (lambda: verdeel_reeks(x for x in [5, -1]), "behoeften[1]"),
        (lambda: verdeel_reeks([GROOT + 1]), "behoeften[0]"),
        (lambda: verdeel_reeks(["96000"]), "behoeften[0]"),  # type: ignore[list-item]
        (lambda: taakstelling_reeks([1, -1], halfjaar="2025-H2"), "landelijke_aantallen[1]"),
        (lambda: taakstelling_reeks([None], halfjaar="2025-H2"), "landelijke_aantallen[0]"),  # type: ignore[list-item]
        (lambda: verdeel_reeks([1], methode="grootste"), "methode"),
        (lambda: verdeel_reeks([1], methode=None), "methode"),  # type: ignore[arg-type]
        (lambda: verdeel_reeks([1], ses="scores"), "ses"),  # type: ignore[arg-type]
        (lambda: verdeel_reeks([1], ses=5), "ses"),  # type: ignore[arg-type]
        (lambda: verdeel_reeks([1, 2], ses=[_ses([0] * len(CODES)), "x"]), "ses[1]"),  # type: ignore[list-item]
        (lambda: verdeel_reeks([1, 2], ses=[_ses([0] * len(CODES))]), "ses"),
        (lambda: verdeel_reeks([1], ses=[_ses([0] * len(CODES))] * 2), "ses"),
        (lambda: verdeel_reeks((x for x in [1, 2]), ses=(s for s in [_ses([0] * len(CODES))])), "ses"),
        (lambda: verdeel_reeks((x for x in [1]), ses=(s for s in [_ses([0] * len(CODES))] * 3)), "ses"),
        (lambda: verdeel_reeks([1], ses=[]), "ses"),
        (lambda: verdeel_reeks([1], executor="pool"), "executor"),  # type: ignore[arg-type]
        (lambda: verdeel_reeks([1], blok=0), "blok"),
        (lambda: verdeel_reeks([1], gelijktijdig=-1), "gelijktijdig"),
        (lambda: verdeel_reeks([1], voortgang=3), "voortgang"),  # type: ignore[arg-type]
        (lambda: verdeel_reeks([1], reg="register"), "reg"),  # type: ignore[arg-type]
        (lambda: verdeel_reeks([1], peildatum="31-01-2024"), "peildatum"),  # type: ignore[arg-type]
        (lambda: verdeel_stroom([1], peildatum=20240131), "peildatum"),  # type: ignore[arg-type]
        (lambda: taakstelling_reeks([1], halfjaar="2025-H3"), "halfjaar"),
        (lambda: taakstelling_stroom([1], halfjaar=2025), "halfjaar"),  # type: ignore[arg-type]
    ],
)
def test_every_input_is_checked_naming_it(aanroep: Any, veld: str) -> None:
    with pytest.raises(InvalidInputError) as info:
        aanroep()
    assert info.value.veld == veld, str(info.value)
    with in_taal("en"):
        assert str(info.value).strip()


def test_a_refused_need_names_its_value_and_the_rules_reason() -> None:
    with pytest.raises(InvalidInputError) as sweep:
        verdeel_reeks([96_000, -5])
    with pytest.raises(InvalidInputError) as vol:
        verdeel(-5, peildatum=P2024)
    assert sweep.value.waarde == -5
    assert sweep.value.reden == vol.value.reden


def test_scores_missing_a_gemeente_are_named() -> None:
    deel = SesWoa(scores=_ses([0] * len(CODES)).scores[1:], bron="half")
    gevallen: list[tuple[SesWoa | list[SesWoa], str]] = [
        (deel, "ses"),
        ([deel], "ses[0]"),
        ([_ses([0] * len(CODES)), deel], "ses[1]"),
    ]
    for ses, veld in gevallen:
        with pytest.raises(StructureError) as info:
            verdeel_reeks([1, 2][: 1 if isinstance(ses, SesWoa) else len(ses)], ses=ses)
        assert info.value.veld == veld


def test_a_sized_mismatch_is_refused_on_the_call_a_generators_when_read() -> None:
    een = _ses([0] * len(CODES))
    with pytest.raises(InvalidInputError) as info:
        verdeel_stroom([1, 2, 3], ses=[een, een])
    assert info.value.waarde == 2
    stroom = verdeel_stroom(iter([1, 2, 3]), ses=iter([een, een]), peildatum=P2024)
    assert [next(stroom).scenario, next(stroom).scenario] == [1, 2]
    with pytest.raises(InvalidInputError) as info:
        next(stroom)
    assert info.value.veld == "ses"


def test_an_empty_sweep() -> None:
    for r in (
        verdeel_reeks([]),
        verdeel_reeks([], ses=[]),
        verdeel_reeks(iter([]), ses=_ses([0] * len(CODES))),
        taakstelling_reeks([], halfjaar="2025-H2"),
    ):
        assert len(r) == 0 and r.plaatsen == () and r.gemeentecodes == CODES
        assert from_json(to_json(r), Reeks) == r
    assert verdeel_reeks([], ses=[]).sleutel is Sleutel.WETTELIJK


# -- the Reeks: JSON, checks, frame --------------------------------------------------------------


def test_a_reeks_round_trips_through_json() -> None:
    for r in _verdelingen():
        tekst = to_json(r)
        assert from_json(tekst, Reeks) == r
        data = unstructure(r)
        assert data["onzeker_door"] == [s.value for s in r.onzeker_door]
        assert data["regel"] == r.regel.value


def _json(r: Reeks, **wijzig: Any) -> dict[str, Any]:
    data: dict[str, Any] = unstructure(r)
    data.update(wijzig)
    return data


def test_a_reeks_read_from_json_is_checked() -> None:
    import json

    r = verdeel_reeks([1, 2], peildatum=P2024)
    t = taakstelling_reeks([1], halfjaar="2025-H2")
    fout = [
        _json(r, plaatsen=r.plaatsen[:1]),
        _json(r, plaatsen=[r.plaatsen[0], r.plaatsen[1][:-1]]),
        _json(r, plaatsen=[r.plaatsen[0], (-1, *r.plaatsen[1][1:])]),
        _json(r, scenarios=[1, -2]),
        _json(r, halfjaar="2025-H2"),
        _json(r, methode=None),
        _json(r, ses_bronnen=["x"]),
        _json(t, methode="wet"),
        _json(t, halfjaar=None),
        _json(r, onbekend=1),
    ]
    for data in fout:
        with pytest.raises(InvalidInputError):
            from_json(json.dumps(data), Reeks)
    onzeker = _json(r, onzeker_door=[])
    assert from_json(json.dumps(onzeker), Reeks).onzeker_door == (Status.AANNAME,)  # derived, not read


def test_a_reeks_built_by_hand_is_checked() -> None:
    r = Reeks(
        regel=Regel.TAAKSTELLINGEN,
        gemeentecodes=["GM1", "GM2"],
        scenarios=[3],
        plaatsen=[[1, 2]],
        inwoners_peildatum=date(2024, 1, 1),
        halfjaar=Halfjaar(2025, 2),
    )
    assert r.plaatsen == ((1, 2),) and r.totalen == (3,) and r.kolom("GM2") == (2,)
    assert r.onzeker_door == ()
    with pytest.raises(InvalidInputError) as info:
        Reeks(
            regel=Regel.TAAKSTELLINGEN,
            gemeentecodes=["GM1"],
            scenarios=[3],
            plaatsen=[[True]],
            inwoners_peildatum=date(2024, 1, 1),
            halfjaar=Halfjaar(2025, 2),
        )
    assert info.value.veld == "plaatsen[0][0]"


def test_a_column_by_name_or_code() -> None:
    r = taakstelling_reeks([13_000, 14_000], halfjaar="2025-H2")
    assert r.kolom("Het Hogeland") == r.kolom("GM1966") == (35, 38)
    with pytest.raises(InvalidInputError):
        r.kolom("Nergenshuizen")
    klein = Reeks(
        regel=Regel.TAAKSTELLINGEN,
        gemeentecodes=["GM0363"],
        scenarios=[1],
        plaatsen=[[1]],
        inwoners_peildatum=date(2024, 1, 1),
        halfjaar=Halfjaar(2025, 2),
    )
    with pytest.raises(InvalidInputError):
        klein.kolom("Het Hogeland")  # a gemeente, but not in this reeks


def test_text_and_repr_are_short() -> None:
    r = verdeel_reeks(range(1000), peildatum=P2024)
    assert len(repr(r)) < 300 and "scenarios=1000" in repr(r)
    with in_taal("en"):
        assert str(r).startswith("1000 scenarios of spreidingswet.verdeel over 342 gemeenten")
    assert "2025-H2" in str(taakstelling_reeks([1], halfjaar="2025-H2"))


def test_to_frame() -> None:
    pytest.importorskip("pandas")
    r = verdeel_reeks([96_000, 50_000], peildatum=P2024)
    df = r.to_frame()
    assert df.shape == (2, 1 + len(CODES))
    assert list(df.columns) == ["behoefte", *CODES]
    assert df.index.name == "scenario" and list(df.index) == [0, 1]
    assert {str(t) for t in df.dtypes} == {"Int64"}
    assert tuple(int(x) for x in df.iloc[1, 1:]) == r.plaatsen[1]
    assert df.attrs["bronnen"]["aanname.spreidingswet.afronding-half"] == "aanname"
    assert df.attrs["reeks"]["inwoners_peildatum"] == "2024-01-01"
    assert df.attrs["herkomst"]["datasets"]
    t = taakstelling_reeks([], halfjaar="2025-H2").to_frame()
    assert t.shape == (0, 1 + len(CODES)) and t.columns[0] == "landelijk_aantal"


def _blok(naam: str) -> str:
    tekst = (ROOT / "docs" / "sweep.md").read_text(encoding="utf-8")
    m = re.search(rf"<!-- {naam}:[^>]*-->\n```python\n(.*?)```", tekst, re.DOTALL)
    assert m is not None, naam
    return m.group(1)


def test_the_docs_frame_block_runs() -> None:
    pytest.importorskip("pandas")
    ns: dict[str, Any] = {}
    uit = io.StringIO()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(sys, "stdout", uit)
        exec(_blok("frame-voorbeeld"), ns)  # the page's code, as written
    regels = [r.rstrip() for r in uit.getvalue().splitlines()]
    verwacht = [r[2:].rstrip() for r in _blok("frame-voorbeeld").splitlines() if r.startswith("# ")]
    assert regels == verwacht
    assert ns["spreiding"].shape == (8, 3)


def test_without_pandas_to_frame_names_the_extra() -> None:
    code = (
        "import sys\n"
        "sys.modules['pandas'] = None\n"
        "from asielketen.errors import MissingExtraError\n"
        "from asielketen.sweep import taakstelling_reeks\n"
        "r = taakstelling_reeks([1], halfjaar='2025-H2')\n"
        "try:\n"
        "    r.to_frame()\n"
        "except MissingExtraError as e:\n"
        "    print(e.extra)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "pandas"


def test_import_is_light_and_not_in_the_top_level() -> None:
    code = (
        "import sys\n"
        "import asielketen\n"
        "from asielketen import *\n"
        "assert 'asielketen.sweep' not in sys.modules\n"
        "import asielketen.sweep\n"
        "zwaar = ('pandas', 'dask', 'distributed', 'IPython')\n"
        "zwaar = [m for m in sys.modules if m.split('.')[0] in zwaar]\n"
        "assert zwaar == [], zwaar\n"
        "assert 'sweep' not in asielketen.__all__\n"
        "print('ok')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"


# -- progress -------------------------------------------------------------------------------------


def test_progress_is_reported_after_each_chunk() -> None:
    gemeld: list[int] = []
    taakstelling_reeks(range(25), halfjaar="2025-H2", blok=10, voortgang=gemeld.append)
    assert gemeld == [10, 20, 25]
    gemeld.clear()
    with ThreadPoolExecutor(max_workers=2) as pool:
        verdeel_reeks(range(25), peildatum=P2024, executor=pool, blok=10, voortgang=gemeld.append)
    assert gemeld == [10, 20, 25]


def test_the_progress_bar_as_text() -> None:
    uit = io.StringIO()
    balk = Voortgangsbalk(totaal=25, uitvoer=uit)
    taakstelling_reeks(range(25), halfjaar="2025-H2", blok=10, voortgang=balk)
    assert uit.getvalue().endswith("\r[##############################] 25 van 25 scenario's\n")
    with in_taal("en"):
        assert Voortgangsbalk().tekst(7) == "7 scenarios"
        assert balk.tekst(7) == "7 of 25 scenarios"
    with pytest.raises(InvalidInputError):
        Voortgangsbalk(totaal=-1)


def test_the_progress_bar_in_a_notebook(monkeypatch: pytest.MonkeyPatch) -> None:
    getoond: list[tuple[str, str]] = []

    class Handle:
        def update(self, html: str) -> None:
            getoond.append(("update", html))

    def display(html: str, display_id: bool) -> Handle:
        getoond.append(("display", html))
        return Handle()

    shell = types.SimpleNamespace(config={"IPKernelApp": {}})
    ipython = types.ModuleType("IPython")
    ipython.get_ipython = lambda: shell  # type: ignore[attr-defined]
    scherm = types.ModuleType("IPython.display")
    scherm.HTML = lambda s: s  # type: ignore[attr-defined]
    scherm.display = display  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "IPython", ipython)
    monkeypatch.setitem(sys.modules, "IPython.display", scherm)
    balk = Voortgangsbalk(totaal=20)
    balk(5)
    balk(10)  # within 0.2 s: not drawn
    balk(20)  # the last: always drawn
    assert [s for s, _ in getoond] == ["display", "update"]
    assert getoond[-1][1].startswith('<progress value="20" max="20"></progress>')
