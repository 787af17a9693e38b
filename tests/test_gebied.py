"""The register: literal facts of the CBS data, lookups, aliases, inhabitants by date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asielketen import strategies as aks
from asielketen.data import lees_csv
from asielketen.errors import (
    AmbiguousNameError,
    DataUnavailableError,
    InvalidInputError,
    StructureError,
    UnknownNameError,
)
from asielketen.gebied import Gemeente, Netwerk, Register, normaliseer_naam, register
from asielketen.serialization import from_json, to_json

JAN_2024 = date(2024, 1, 1)
JAN_2025 = date(2025, 1, 1)


def test_literal_counts_and_national_total() -> None:
    r = register()
    assert len(r.gemeenten) == 342
    assert len(r.provincies) == 12
    assert len(r.veiligheidsregios) == 25
    assert [v.code for v in r.veiligheidsregios] == [f"VR{i:02d}" for i in range(1, 26)]
    assert r.totaal_inwoners(JAN_2024) == 17_942_942
    assert r.totaal_inwoners(JAN_2025) == 18_044_027  # data/README.md: the national population on 1 Jan 2025


def test_the_shipped_register_has_two_dated_figures_per_gemeente() -> None:
    """Inhabitants on 1 Jan 2024 (85755NED) and on 1 Jan 2025 (03759NED), each with its own source."""
    r = register()
    assert {g.peildata for g in r.gemeenten} == {(JAN_2024, JAN_2025)}
    g = r.gemeente("Het Hogeland")
    assert [(i.peildatum, i.aantal, i.bron) for i in g.inwoners] == [
        (JAN_2024, 48_224, "CBS-85755NED-2024"),
        (JAN_2025, 48_178, "CBS-03759NED-2025"),
    ]
    assert g.meest_recente_inwoners(date(2024, 12, 31)).aantal == 48_224
    assert g.meest_recente_inwoners(date(2026, 6, 1)).aantal == 48_178
    assert r.gemeente("Amsterdam").inwoners_op(JAN_2025).aantal == 934_526
    assert r.gemeente("Schiermonnikoog").inwoners_op(JAN_2025).aantal == 971
    assert [d.naam for d in r.herkomst] == [
        "gemeenten.csv",
        "inwoners_2025_01_01.csv",
        "netwerken_g4_g40.csv",
        "netwerken_m50_p10_k80_r8.csv",
        "netwerken_volledigheid.csv",
        "aliassen.csv",
    ]


@pytest.mark.parametrize(
    ("vervang", "wat"),
    [
        ((b"GM0363,Amsterdam,934526", b"GM0363,Amsterdan,934526"), "a CBS name that differs"),
        ((b"GM0363,Amsterdam,934526", b"GM9999,Amsterdam,934526"), "an unknown code"),
        ((b"GM0363,Amsterdam,934526", b"GM0014,Groningen,934526"), "a code twice"),
        ((b"GM0363,Amsterdam,934526", b"GM0363,Amsterdam, 934526"), "a count that is not digits"),
        ((b"inwoners_2025_01_01", b"inwoners"), "a missing column"),
    ],
)
def test_a_malformed_2025_file_names_itself(
    monkeypatch: pytest.MonkeyPatch, vervang: tuple[bytes, bytes], wat: str
) -> None:
    """Every defect of ``inwoners_2025_01_01.csv`` (even one that matched its manifest) names the file."""
    from asielketen import data
    from asielketen.errors import DataIntegrityError
    from asielketen.gebied import _meegeleverd

    echt = data.lees_bytes
    ruw = echt("inwoners_2025_01_01.csv").replace(*vervang)
    assert ruw != echt("inwoners_2025_01_01.csv"), wat
    monkeypatch.setattr(
        data, "lees_bytes", lambda naam: ruw if naam == "inwoners_2025_01_01.csv" else echt(naam)
    )
    with pytest.raises(DataIntegrityError) as exc:
        _meegeleverd._basis()
    assert exc.value.waarde == "inwoners_2025_01_01.csv", wat


@pytest.mark.parametrize(
    ("naam", "code", "inwoners", "provincie"),
    [
        ("Amsterdam", "GM0363", 931_298, "PV27"),
        ("Rotterdam", "GM0599", 670_610, "PV28"),
        ("Het Hogeland", "GM1966", 48_224, "PV20"),
    ],
)
def test_named_gemeenten(naam: str, code: str, inwoners: int, provincie: str) -> None:
    g = register().gemeente(naam)
    assert (g.code, g.inwoners_op(JAN_2024).aantal, g.provinciecode) == (code, inwoners, provincie)


def test_spellings_of_the_data() -> None:
    r = register()
    assert r.provincie("PV21").naam == "Fryslân"
    assert r.gemeente("GM0518").naam == "'s-Gravenhage"


def test_provinces_sum_to_provincies_csv() -> None:
    r = register()
    for row in lees_csv("provincies.csv"):
        gemeenten = r.gemeenten_in(row["provinciecode"])
        assert len(gemeenten) == int(row["aantal_gemeenten"])
        assert sum(g.inwoners_op(JAN_2024).aantal for g in gemeenten) == int(row["inwoners_2024_01_01"])


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Den Haag", "GM0518"),
        ("den haag", "GM0518"),
        ("'s-Gravenhage", "GM0518"),
        ("s gravenhage", "GM0518"),
        ("Den Bosch", "GM0796"),
        ("Hengelo", "GM0164"),
        ("hengelo (o.)", "GM0164"),
        ("Sudwest Fryslan", "GM1900"),
        ("gm0363", "GM0363"),
        (" Het  Hogeland ", "GM1966"),
    ],
)
def test_lookup_with_aliases_case_and_accents(typed: str, code: str) -> None:
    assert register().gemeente(typed).code == code


@pytest.mark.parametrize(("typed", "code"), [("Friesland", "PV21"), ("fryslan", "PV21"), ("pv28", "PV28")])
def test_province_lookup(typed: str, code: str) -> None:
    assert register().provincie(typed).code == code


def test_ambiguous_name_lists_candidates() -> None:
    with pytest.raises(AmbiguousNameError) as exc:
        register().gemeente("Bergen")
    assert set(exc.value.suggesties) == {"Bergen (NH.) (GM0373)", "Bergen (L.) (GM0893)"}


@pytest.mark.parametrize(
    ("typed", "suggested"), [("Amsterdm", "Amsterdam"), ("Nuenen", "Nuenen, Gerwen en Nederwetten")]
)
def test_unknown_name_suggests_closest(typed: str, suggested: str) -> None:
    with pytest.raises(UnknownNameError) as exc:
        register().gemeente(typed)
    assert suggested in exc.value.suggesties
    assert exc.value.veld == "gemeente" and exc.value.waarde == typed


def test_a_province_code_is_not_a_gemeente() -> None:
    with pytest.raises(UnknownNameError):
        register().gemeente("PV20")


def test_a_province_name_asked_as_gemeente_says_what_it_is() -> None:
    with pytest.raises(UnknownNameError, match=r"Fryslân \(PV21\) is een provincie"):
        register().gemeente("Friesland")


@pytest.mark.parametrize("bad", ["", "   ", None, 363])
def test_empty_or_non_text_lookup(bad: object) -> None:
    with pytest.raises(InvalidInputError):
        register().gemeente(bad)  # type: ignore[arg-type]


@given(aks.gemeenten(), st.sampled_from([str.upper, str.lower, str.title, lambda s: s]))
def test_every_gemeente_is_found_by_code_and_name(g: Gemeente, case: object) -> None:
    r = register()
    assert r.gemeente(g.code) == g
    assert r.gemeente(case(g.naam)) == g  # type: ignore[operator]
    assert r.gemeente(normaliseer_naam(g.naam)) == g
    assert g in r.gemeenten_in(r.provincie_van(g))


def test_inhabitants_on_a_date_not_shipped_is_a_clear_error() -> None:
    with pytest.raises(DataUnavailableError) as exc:
        register().gemeente("Utrecht").inwoners_op(date(2026, 1, 1))
    assert "2026-01-01" in str(exc.value) and "2024-01-01, 2025-01-01" in str(exc.value)
    assert "met_inwoners" in str(exc.value)


def test_user_inhabitants_can_be_added(tmp_path: Path) -> None:
    r = register()
    jan_2026 = date(2026, 1, 1)
    counts = {g.code: g.inwoners_op(JAN_2024).aantal + 1 for g in r.gemeenten}
    r2 = r.met_inwoners(jan_2026, counts, bron="gebruiker:test")
    assert r2.totaal_inwoners(jan_2026) == 17_942_942 + 342
    assert r2.totaal_inwoners(JAN_2024) == 17_942_942
    assert r2.totaal_inwoners(JAN_2025) == 18_044_027
    assert r.gemeente("Utrecht").peildata == (JAN_2024, JAN_2025)  # the original is unchanged

    path = tmp_path / "inwoners_2025.csv"
    path.write_text("gemeentecode,inwoners\n" + "".join(f"{c},{n}\n" for c, n in counts.items()))
    r3 = r.met_inwoners_csv(path, JAN_2025)  # a figure on a shipped date is replaced
    assert r3.gemeente("GM0363").inwoners_op(JAN_2025).aantal == 931_299
    assert r3.gemeente("GM0363").inwoners_op(JAN_2025).bron == "gebruiker:inwoners_2025.csv"
    assert r3.totaal_inwoners(JAN_2025) == 17_942_942 + 342
    assert r3.herkomst[-1].naam == "inwoners_2025.csv"


def test_bad_user_inhabitants_file_names_rows(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("gemeentecode,inwoners\nGM0363,-5\nGM0363,10\nGM9999,1\n")
    with pytest.raises(StructureError) as exc:
        register().met_inwoners_csv(path, date(2025, 1, 1))
    fouten = " | ".join(exc.value.fouten)
    assert "rij 2: inwoners='-5'" in fouten


def test_bad_user_inhabitants_mapping_lists_all_problems() -> None:
    with pytest.raises(StructureError) as exc:
        register().met_inwoners(date(2025, 1, 1), {"GM9999": 1, "GM0363": -1}, bron="x")
    fouten = " | ".join(exc.value.fouten)
    assert "GM9999" in fouten and "GM0363" in fouten and "ontbrekende gemeenten (341)" in fouten


def test_networks_g4_g40_and_user_networks() -> None:
    r = register()
    assert len(r.netwerk("G4").leden) == 4
    assert len(r.netwerk("g40").leden) == 41
    assert [n.naam for n in r.netwerken_van(r.gemeente("Zwolle"))] == ["G40"]
    assert [n.naam for n in r.netwerken_van(r.gemeente("Het Hogeland"))] == ["P10"]
    assert r.netwerken_van(r.gemeente("Schiermonnikoog")) == ()
    r2 = r.met_netwerk(Netwerk(naam="K80", leden=["GM1966"], bron="gebruiker:k80"))
    assert [n.naam for n in r2.netwerken_van(r2.gemeente("Het Hogeland"))] == ["P10", "K80"]
    assert r2.netwerk("K80").volledig and r2.netwerk("K80").verwacht is None  # the defaults
    with pytest.raises(UnknownNameError):
        r.met_netwerk(Netwerk(naam="K80", leden=["GM9999"], bron="x"))


def test_shipped_networks_m50_r8_p10_k80_with_their_completeness() -> None:
    """Issue 19: M50 (61) and R8 (8) complete, P10 (28 of 31-32) and K80 (11 of ~64) incomplete,
    each citing its own registered press source; the overlaps of DOMAIN.md §8."""
    r = register()
    per = {n.naam: n for n in r.netwerken}
    assert [n.naam for n in r.netwerken] == ["G4", "G40", "M50", "R8", "P10", "K80"]
    assert {k: (len(n.leden), n.volledig, n.verwacht) for k, n in per.items() if k not in ("G4", "G40")} == {
        "M50": (61, True, None),
        "R8": (8, True, None),
        "P10": (28, False, "31-32"),
        "K80": (11, False, "circa 64"),
    }
    assert {k: n.bron for k, n in per.items()} == {
        "G4": "fy-wikipedia-gruttestedebelied",
        "G40": "fy-wikipedia-gruttestedebelied",
        "M50": "pers.m50-leden-2023-04",
        "R8": "pers.vng-magazine-2022-07-regiogemeenten",
        "P10": "pers.p10-toetredingen",
        "K80": "pers.k80-kerngroep",
    }
    for naam, netwerken in [
        ("Meierijstad", ["M50", "R8"]),
        ("Peel en Maas", ["M50", "P10"]),
        ("Westerkwartier", ["R8", "P10"]),
    ]:
        assert [n.naam for n in r.netwerken_van(r.gemeente(naam))] == netwerken
    g4_g40 = set(per["G4"].leden) | set(per["G40"].leden)
    assert not g4_g40 & {c for k in ("M50", "R8", "P10", "K80") for c in per[k].leden}  # no G40 overlap


def test_old_network_json_without_completeness_still_reads() -> None:
    n = from_json('{"naam": "P10", "leden": ["GM1966"], "bron": "x"}', Netwerk)
    assert (n.volledig, n.verwacht) == (True, None)
    with pytest.raises(InvalidInputError):
        Netwerk(naam="P10", leden=[], bron="x", volledig="nee")  # type: ignore[arg-type]


@given(aks.gemeente_objecten())
def test_gemeente_round_trips(g: Gemeente) -> None:
    assert from_json(to_json(g), Gemeente) == g


@given(aks.netwerken())
def test_netwerk_round_trips(n: Netwerk) -> None:
    assert from_json(to_json(n), Netwerk) == n


def test_register_round_trips() -> None:
    r = register()
    assert from_json(to_json(r), Register) == r


def _normaliseer_zoals_voorheen(naam: str) -> str:
    """normaliseer_naam as it was before issue 18 (NFKD, regular expressions), to compare with."""
    import re
    import unicodedata

    text = unicodedata.normalize("NFKD", naam)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"['’‘`´.]", "", text)
    text = re.sub(r"[-‐‑–—_/]", " ", text)
    return " ".join(text.split())


@given(
    st.text(alphabet=st.sampled_from("aAzZ éÉâÂñßﬁ'’‘`´.-‐‑–—_/()1\t\nİı"), max_size=30)
    | st.text(max_size=30)
)
def test_name_folding_as_before(naam: str) -> None:
    from asielketen.gebied import normaliseer_naam

    assert normaliseer_naam(naam) == _normaliseer_zoals_voorheen(naam)


@pytest.mark.parametrize("code", ["GM0363\n", "GM0363\r\n", " GM0363", "gm0363"])
def test_a_code_with_a_trailing_newline_is_refused(code: str) -> None:
    """The form of a code is the whole text: ``$`` once let a final newline through (issue 18)."""
    from asielketen.errors import InvalidInputError
    from asielketen.gebied import Gemeente

    with pytest.raises(InvalidInputError) as exc:
        Gemeente(code=code, naam="Amsterdam", provinciecode="PV27", veiligheidsregiocode="VR13")
    assert exc.value.veld == "code"


def test_a_2025_file_without_a_gemeente_names_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    """A careless edit drops a gemeente and the manifest follows (its row count): the error names
    the file, as for every other malformed shipped file, and lists what is missing."""
    import attrs

    from asielketen import data
    from asielketen.errors import DataIntegrityError
    from asielketen.gebied import _meegeleverd

    echt_bytes, echt_bestand = data.lees_bytes, data.bestand
    regels = echt_bytes("inwoners_2025_01_01.csv").splitlines(True)
    ruw = b"".join(r for r in regels if not r.startswith(b"GM0363,"))
    monkeypatch.setattr(
        data, "lees_bytes", lambda naam: ruw if naam == "inwoners_2025_01_01.csv" else echt_bytes(naam)
    )
    monkeypatch.setattr(
        data,
        "bestand",
        lambda naam: attrs.evolve(echt_bestand(naam), rijen=len(regels) - 2)
        if naam == "inwoners_2025_01_01.csv"
        else echt_bestand(naam),
    )
    with pytest.raises(DataIntegrityError) as exc:
        _meegeleverd._basis()
    assert exc.value.waarde == "inwoners_2025_01_01.csv"
    assert "GM0363" in str(exc.value)
