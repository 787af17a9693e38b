"""The gemeente profile: each rule's part at a peildatum, with its reasoning, or why it is missing."""

from __future__ import annotations

from datetime import date

import pytest

from asielketen.errors import InvalidInputError
from asielketen.explain import Uitkomst
from asielketen.profiel import Gemeenteprofiel, gemeenteprofiel
from asielketen.serialization import from_json, to_json

from .conftest import run_cli


def test_without_peildatum_only_the_facts() -> None:
    p = gemeenteprofiel("Het Hogeland").waarde
    assert (p.spreiding, p.taakstelling, p.vng_actie, p.oekraine) == (None, None, None, None)
    assert p.taakstelling_ontbreekt is None
    # the most recent figure shipped: CBS inhabitants on 1 January 2025
    assert (p.inwoners.peildatum, p.inwoners.aantal, p.inwoners.bron) == (
        date(2025, 1, 1),
        48_178,
        "CBS-03759NED-2025",
    )


def test_profile_in_2025_h2() -> None:
    u = gemeenteprofiel("Het Hogeland", peildatum=date(2025, 10, 6))
    p = u.waarde
    assert p.spreiding is not None and p.spreiding.plaatsen == 258
    assert p.taakstelling is not None and p.taakstelling.taakstelling == 35  # ⌈13000 × 48224 / 17942942⌉
    assert p.vng_actie is None  # the action dates from 28 May 2026
    assert p.oekraine is not None and p.oekraine.individueel.waarde.soort.value == "resultaatsverplichting"
    assert p.oekraine.collectief.waarde.soort.value == "inspanningsverplichting"
    ids = {b.id for b in u.bronnen}
    assert {"ECLI:NL:RBNNE:2025:4074", "besluit-spreidingswet.art2.1.lid3"} <= ids
    assert any(i.startswith("huisvestingswet.art29.lid1") for i in ids)  # the text in force for 2025-H2
    assert {"spreidingswet.json", "statushouders.json", "oekraine.json"} <= {
        d.naam for d in u.herkomst.datasets
    }


def test_missing_figures_are_said_not_hidden() -> None:
    u = gemeenteprofiel("Utrecht", peildatum=date(2026, 6, 30))
    p = u.waarde
    assert p.taakstelling is None  # no national number for 2026 is shipped
    assert any("Voor de taakstelling ontbreekt een gegeven" in s.zin for s in u.stappen)
    assert p.vng_actie is not None and p.vng_actie.plekken == 30  # G4
    # exactly the number that is missing: vg of 2026-H1; the inhabitants on 1 Jan 2025 are shipped
    assert p.taakstelling_ontbreekt is not None
    assert p.taakstelling_ontbreekt.nl == (
        "het landelijk aantal vergunninghouders (vg) voor 2026-H1 "
        "(geef het op met landelijk=N; opdrachtregel: --landelijk N)"
    )
    assert "2026-H1" in p.taakstelling_ontbreekt.en and "--landelijk N" in p.taakstelling_ontbreekt.en


def test_2026_taakstelling_from_shipped_data_once_vg_is_given() -> None:
    """Huisvestingswet 2014 art. 29 lid 1 onder b en c: 2026 half-years use the inhabitants on
    1 January 2025, now shipped: ⌈12000 × 48178 / 18044027⌉ = ⌈32.04…⌉ = 33."""
    u = gemeenteprofiel("Het Hogeland", peildatum=date(2026, 6, 1), landelijk=12_000)
    t = u.waarde.taakstelling
    assert t is not None and u.waarde.taakstelling_ontbreekt is None
    assert (t.taakstelling, t.landelijk_aantal, t.inwoners, t.inwoners_nederland) == (
        33,
        12_000,
        48_178,
        18_044_027,
    )
    assert t.peildatum_inwoners == date(2025, 1, 1)
    ids = {b.id for b in u.bronnen}
    assert {"CBS-03759NED-2025", "aanname.statushouders.landelijk-scenario"} <= ids
    assert any(i.startswith("huisvestingswet.art29.lid1") for i in ids)
    assert "inwoners_2025_01_01.csv" in {d.naam for d in u.herkomst.datasets}
    assert u.onzeker  # the national number is the user's (an assumption)


def test_a_shipped_vg_can_be_replaced_by_a_scenario() -> None:
    gegeven = gemeenteprofiel(
        "Het Hogeland", peildatum=date(2025, 10, 6), landelijk=26_000
    ).waarde.taakstelling
    assert gegeven is not None and gegeven.taakstelling == 70  # ⌈26000 × 48224 / 17942942⌉ = ⌈69.88…⌉


def test_every_missing_number_is_named() -> None:
    """2027-H1: neither vg nor the inhabitants on 1 January 2026 are shipped: both are named."""
    p = gemeenteprofiel("Het Hogeland", peildatum=date(2027, 3, 1)).waarde
    assert p.taakstelling is None and p.taakstelling_ontbreekt is not None
    assert "vg) voor 2027-H1" in p.taakstelling_ontbreekt.nl
    assert "de inwonertallen (CBS) op 2026-01-01" in p.taakstelling_ontbreekt.nl
    met_vg = gemeenteprofiel("Het Hogeland", peildatum=date(2027, 3, 1), landelijk=9_000).waarde
    assert met_vg.taakstelling_ontbreekt is not None
    assert met_vg.taakstelling_ontbreekt.nl.startswith("de inwonertallen (CBS) op 2026-01-01")
    assert "vg" not in met_vg.taakstelling_ontbreekt.nl


def test_a_national_number_needs_a_peildatum_and_is_a_count() -> None:
    with pytest.raises(InvalidInputError) as exc:
        gemeenteprofiel("Het Hogeland", landelijk=12_000)
    assert exc.value.veld == "landelijk" and "peildatum" in str(exc.value)
    with pytest.raises(InvalidInputError) as exc:
        gemeenteprofiel("Het Hogeland", peildatum=date(2026, 6, 1), landelijk=-1)
    assert exc.value.veld == "landelijk"


def test_cli_gemeente_with_and_without_national_number(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run_cli(
        capsys, "gemeente", "Het Hogeland", "--peildatum", "2026-06-01", "--landelijk", "12000"
    )
    assert code == 0 and err == ""
    assert "taakstelling          33 statushouders in 2026-H1" in out
    assert "48178 (peildatum 2025-01-01)" in out and "CBS 03759NED" in out
    code, out, _ = run_cli(capsys, "gemeente", "Het Hogeland", "--peildatum", "2026-06-01")
    assert code == 0
    assert (
        "taakstelling          onbekend: ontbreekt het landelijk aantal vergunninghouders (vg) voor 2026-H1 "
        "(geef het op met landelijk=N; opdrachtregel: --landelijk N)"
    ) in out
    code, out, _ = run_cli(capsys, "gemeente", "Het Hogeland", "--peildatum", "2026-06-01", "--taal", "en")
    assert "unknown: missing the national number of vergunninghouders (vg) for 2026-H1" in out
    # without --peildatum the command line evaluates at today's date (here fixed) and says so
    monkeypatch.setenv("ASIELKETEN_VANDAAG", "2026-06-01")
    code, out, err = run_cli(capsys, "gemeente", "Het Hogeland", "--landelijk", "12000")
    assert code == 0 and err == "" and "2026-06-01 (vandaag" in out
    assert "taakstelling          33 statushouders in 2026-H1" in out
    code, _, err = run_cli(
        capsys, "gemeente", "Het Hogeland", "--peildatum", "2026-06-01", "--landelijk", "x"
    )
    assert code == 2 and "landelijk='x'" in err


def test_profile_round_trips() -> None:
    u = gemeenteprofiel("Amsterdam", peildatum=date(2026, 6, 30))
    assert u.waarde.taakstelling_ontbreekt is not None
    assert from_json(to_json(u), Uitkomst[Gemeenteprofiel]) == u
    met = gemeenteprofiel("Amsterdam", peildatum=date(2026, 6, 30), landelijk=11_000)
    assert from_json(to_json(met), Uitkomst[Gemeenteprofiel]) == met


def test_profile_shows_the_published_figure_beside_the_computed_one(
    capsys: pytest.CaptureFixture[str],
) -> None:
    u = gemeenteprofiel("Enschede", peildatum=date(2024, 6, 1))
    p = u.waarde
    assert p.spreiding is not None and p.spreiding.plaatsen == 865
    v = p.spreiding_gepubliceerd
    assert v is not None and (v.gepubliceerd, v.verschil, v.status.value) == (638, 227, "pers")
    ids = [b.id for b in u.bronnen]
    assert "pers.gemeente-nu-2024-01-spreidingswet" in ids
    assert "pers.kleurdekamer-2024-02-spreidingswet" not in ids  # only its own figure's source
    assert from_json(to_json(u), Uitkomst[Gemeenteprofiel]) == u
    _, out, _ = run_cli(capsys, "gemeente", "Enschede", "--peildatum", "2024-06-01")
    rij = next(r for r in out.splitlines() if r.startswith("spreidingswet"))
    assert "865 plaatsen" in rij and "gepubliceerd 638 in cyclus 2024" in rij and "verschil +227" in rij
    assert "gemeente.nu, 2024-01" in rij and "[pers]" in rij
    _, out, _ = run_cli(capsys, "gemeente", "Enschede", "--peildatum", "2024-06-01", "--format", "csv")
    kop, waarden = out.splitlines()[:2]
    rij_ = dict(zip(kop.split(","), waarden.split(","), strict=False))
    assert (rij_["spreiding_plaatsen"], rij_["spreiding_gepubliceerd"], rij_["spreiding_verschil"]) == (
        "865",
        "638",
        "227",
    )


def test_profile_without_a_published_figure() -> None:
    p = gemeenteprofiel("Het Hogeland", peildatum=date(2025, 6, 1)).waarde
    assert p.spreiding is not None and p.spreiding_gepubliceerd is None
    assert (
        gemeenteprofiel("Alphen aan den Rijn", peildatum=date(2026, 6, 1)).waarde.spreiding_gepubliceerd
        is None
    )
    alphen = gemeenteprofiel("Alphen aan den Rijn", peildatum=date(2027, 6, 1)).waarde  # cycle 2026
    assert alphen.spreiding_gepubliceerd is not None and alphen.spreiding_gepubliceerd.gepubliceerd == 628
