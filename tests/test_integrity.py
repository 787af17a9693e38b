"""Data integrity: every shipped file, tampered, truncated, malformed or missing, is a clear error.

For every file listed in ``data/manifest.json`` a copy of the data directory is made with that one
file damaged, the package is pointed at the copy (``asielketen.data._DIR``; the shipped files are
never touched) and every public API that reads the file is called: each must raise
:class:`DataIntegrityError` naming the file, or return exactly what it returns on intact data —
never another exception, never a different number.

Damage: one byte changed, truncated, replaced by malformed content, deleted. The malformed
content is also tried *with the manifest's sha256 updated to match* (as ``python -m
asielketen.data._build`` would after a careless edit): the readers themselves must then still
refuse it with a :class:`DataIntegrityError` naming the file.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
from collections.abc import Callable, Iterator, Mapping
from datetime import date
from decimal import Decimal
from functools import partial
from pathlib import Path

import pytest

from asielketen import data
from asielketen.errors import AsielketenError, DataIntegrityError

DATA_DIR = Path(data.__file__).parent
FILES = sorted(b.naam for b in data.bestanden())


def clear_caches() -> None:
    """Forget everything read from the data directory (every functools cache of the package)."""
    for name, module in list(sys.modules.items()):
        if name == "asielketen" or name.startswith("asielketen."):
            for value in list(vars(module).values()):
                clear = getattr(value, "cache_clear", None)
                if callable(clear) and getattr(value, "__module__", "").startswith("asielketen"):
                    clear()


def _probes() -> dict[str, Callable[[], object]]:
    """Calls of the public API that read shipped data, by name (each returns what to compare)."""
    from asielketen.bronregister import alle_bronnen
    from asielketen.gebied import register
    from asielketen.nareizigers import Huishouden, Nareiziger, Referent, Relatie, beoordeel_nareis
    from asielketen.oekraine import oekraine_plichten, vergoeding
    from asielketen.opvang import Nachttelling, dwangsom_ter_apel, referentiescenario
    from asielketen.parameters import laad_parameters
    from asielketen.periods import Cyclus, Periode
    from asielketen.profiel import gemeenteprofiel
    from asielketen.spreidingswet import raming, termijnen, verdeel, vergelijk_gepubliceerd
    from asielketen.statushouders import taakstellingen, vng_actie

    def huishouden() -> Huishouden:
        kind = Nareiziger(relatie=Relatie.KIND, aankomst=None, brp=True, bsn=True, mvv=True, ind_melding=True)
        return Huishouden(
            referent=Referent(gehuisvest=True, als_amv=False),
            nareizigers=[kind],
            woning_goedgekeurd=True,
            instemming_gemeente=False,
        )

    probes: dict[str, Callable[[], object]] = {
        "register": register,
        "alle_bronnen": alle_bronnen,
        "gemeenteprofiel": lambda: gemeenteprofiel("Utrecht", peildatum=date(2026, 6, 1)),
        "verdeel + vergelijk_gepubliceerd": lambda: vergelijk_gepubliceerd(
            verdeel(96_000, peildatum=date(2024, 1, 1)).waarde
        ),
        "raming + termijnen": lambda: (raming(Cyclus(2024)), termijnen(Cyclus(2024))),
        "taakstellingen": lambda: taakstellingen("2025-H2"),
        "vng_actie": lambda: vng_actie(peildatum=date(2026, 6, 1)),
        "beoordeel_nareis": lambda: beoordeel_nareis(huishouden(), date(2025, 11, 1)),
        "oekraine_plichten": lambda: oekraine_plichten("Utrecht", date(2026, 1, 1)),
        "vergoeding": lambda: vergoeding(10, Periode(date(2025, 1, 1), date(2025, 3, 1))),
        "dwangsom_ter_apel": lambda: dwangsom_ter_apel(
            [Nachttelling(datum=date(2025, 6, 1), personen=2100)], al_verbeurd=Decimal(0)
        ),
        "referentiescenario": referentiescenario,
    }
    for naam in FILES:
        if naam.endswith(".csv"):
            probes[f"data.lees_csv({naam})"] = partial(data.lees_csv, naam)
        else:
            probes[f"data.lees_json({naam})"] = partial(data.lees_json, naam)
            if isinstance(data.lees_json(naam), Mapping) and "parameters" in data.lees_json(naam):
                probes[f"laad_parameters({naam})"] = partial(laad_parameters, naam)
    return probes


PROBES = _probes()


def _run(probe: Callable[[], object]) -> str:
    return repr(probe())


def _attempt(probe: Callable[[], object]) -> tuple[str | None, AsielketenError | None]:
    """The probe's result, or the documented error it raised (anything else escapes)."""
    try:
        return _run(probe), None
    except AsielketenError as exc:
        return None, exc


@pytest.fixture(scope="module")
def baseline() -> dict[str, tuple[str, frozenset[str]]]:
    """Every probe on intact data: its result, and which data files it reads."""
    result: dict[str, tuple[str, frozenset[str]]] = {}
    original = data._raw
    for naam, probe in PROBES.items():
        read: set[str] = set()

        def logging_raw(bestand: str, read: set[str] = read) -> bytes:
            read.add(bestand)
            return original(bestand)

        clear_caches()
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(data, "_raw", logging_raw)
            result[naam] = (_run(probe), frozenset(read))
    clear_caches()
    return result


def test_every_shipped_file_is_read_by_some_public_api(
    baseline: dict[str, tuple[str, frozenset[str]]],
) -> None:
    shipped = {
        p.name for p in DATA_DIR.iterdir() if p.suffix in (".csv", ".json") and p.name != "manifest.json"
    }
    assert shipped == set(FILES)
    read = set().union(*(r for _, r in baseline.values()))
    assert set(FILES) <= read
    domain = set().union(*(r for naam, (_, r) in baseline.items() if not naam.startswith("data.")))
    # every file except the CBS province totals (a derived, documentation-only table) feeds a rule
    assert set(FILES) - domain <= {"provincies.csv"}, set(FILES) - domain


def _one_byte(content: bytes) -> bytes:
    """Change one digit (or else one letter) near the middle: the file still looks plausible."""
    middle = len(content) // 2
    for i in list(range(middle, len(content))) + list(range(middle)):
        c = content[i : i + 1]
        if c.isdigit():
            return content[:i] + (b"7" if c != b"7" else b"8") + content[i + 1 :]
    return content[:middle] + (b"x" if content[middle : middle + 1] != b"x" else b"y") + content[middle + 1 :]


def _malformed(naam: str, content: bytes, rijen: int | None) -> list[tuple[str, bytes]]:
    """Malformed replacements of a file: wrong structure, with as many rows as the manifest says."""
    if naam.endswith(".json"):
        deep = b"[" * 100_000 + b"]" * 100_000
        return [
            ("not JSON", b"{'no': json"),
            ("a list", b"[]"),
            ("empty object", b"{}"),
            ("wrong shape", json.dumps({"schema": 1, "parameters": [], "bronnen": {}}).encode()),
            ("huge integer", b"1" * 5000),
            ("deeply nested", deep),
            ("not UTF-8", b"\xff\xfe\x00{"),
        ]
    lines = content.decode("utf-8").splitlines()
    header, rows = lines[0], lines[1:]
    n = rijen if rijen is not None else len(rows)
    cells = header.split(",")
    return [
        ("binary", b"\xff\xfe\x00\x00garbage"),
        ("other columns", ("x,y\n" + "1,2\n" * n).encode()),
        ("empty cells", (header + "\n" + ("," * (len(cells) - 1) + "\n") * n).encode()),
        ("short rows", (header + "\n" + "a\n" * n).encode()),
        ("text in every cell", (header + "\n" + (",".join(["abc"] * len(cells)) + "\n") * n).encode()),
        ("huge field", (header + "\n" + ("9" * 200_000 + "," * (len(cells) - 1) + "\n") * n).encode()),
    ]


def _damages(naam: str) -> Iterator[tuple[str, bytes | None, bool]]:
    """(what, new content or None to delete, rehash the manifest) for one file."""
    content = (DATA_DIR / naam).read_bytes()
    yield "one byte changed", _one_byte(content), False
    yield "truncated", content[: len(content) // 2], False
    yield "emptied", b"", False
    yield "deleted", None, False
    for what, malformed in _malformed(naam, content, data.bestand(naam).rijen):
        yield f"malformed ({what})", malformed, False
        yield f"malformed ({what}), manifest updated to match", malformed, True
    yield "truncated, manifest updated to match", content[: len(content) // 2], True


CASES = [(naam, what, new, rehash) for naam in FILES for what, new, rehash in _damages(naam)]


@pytest.fixture
def data_copy(tmp_path: Path) -> Iterator[Path]:
    """A copy of the data directory that the package reads instead of the shipped one."""
    copy = tmp_path / "data"
    copy.mkdir()
    for naam in ["manifest.json", *FILES]:
        shutil.copyfile(DATA_DIR / naam, copy / naam)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(data, "_DIR", str(copy))
        clear_caches()
        yield copy
    clear_caches()


def _damage(copy: Path, naam: str, new: bytes | None, rehash: bool) -> None:
    if new is None:
        (copy / naam).unlink()
        return
    (copy / naam).write_bytes(new)
    if rehash:
        manifest = json.loads((copy / "manifest.json").read_text(encoding="utf-8"))
        manifest["bestanden"][naam]["sha256"] = hashlib.sha256(new).hexdigest()
        (copy / "manifest.json").write_text(
            json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8"
        )


@pytest.mark.parametrize(("naam", "what", "new", "rehash"), CASES, ids=[f"{c[0]}: {c[1]}" for c in CASES])
def test_damaged_file_is_a_clear_error_never_a_wrong_number(
    naam: str,
    what: str,
    new: bytes | None,
    rehash: bool,
    data_copy: Path,
    baseline: dict[str, tuple[str, frozenset[str]]],
) -> None:
    _damage(data_copy, naam, new, rehash)
    refused = []
    domain_reads = False
    for probe_naam, probe in PROBES.items():
        expected, reads = baseline[probe_naam]
        if naam not in reads:
            continue  # this API does not read the damaged file
        raw_reader = probe_naam.startswith("data.")
        domain_reads = domain_reads or not raw_reader
        clear_caches()
        got, err = _attempt(probe)
        if err is not None:
            assert isinstance(err, DataIntegrityError), f"{probe_naam}: {type(err).__name__}: {err}"
            assert naam in str(err), f"{probe_naam}: {err}"
            refused.append(probe_naam)
            continue
        if rehash and raw_reader:
            continue  # the raw readers return what a consistent file holds; its readers must refuse it
        assert got == expected, f"{probe_naam}: a different result from a damaged {naam} ({what})"
    if rehash and not domain_reads:
        return  # a file no rule interprets (provincies.csv) can only be checked by its sha256
    assert refused, f"no API refused {naam} ({what})"


@pytest.mark.parametrize(
    "content",
    [b"", b"{", b"[]", b'{"schema": 1}', b'{"bestanden": []}', b'{"bestanden": {"x.csv": {}}}', b"\xff"],
    ids=["empty", "not JSON", "a list", "no bestanden", "bestanden a list", "entry incomplete", "not UTF-8"],
)
def test_damaged_manifest_is_a_clear_error(content: bytes, data_copy: Path) -> None:
    (data_copy / "manifest.json").write_bytes(content)
    for probe_naam in ("register", "alle_bronnen"):
        clear_caches()
        with pytest.raises(DataIntegrityError, match=r"manifest\.json"):
            PROBES[probe_naam]()


def test_missing_manifest_is_a_clear_error(data_copy: Path) -> None:
    (data_copy / "manifest.json").unlink()
    with pytest.raises(DataIntegrityError, match=r"manifest\.json"):
        data.bestanden()


def test_the_copy_is_used_and_the_shipped_files_are_untouched(
    data_copy: Path, baseline: dict[str, tuple[str, frozenset[str]]]
) -> None:
    before = {naam: hashlib.sha256((DATA_DIR / naam).read_bytes()).hexdigest() for naam in FILES}
    assert str(data_copy) == data._DIR
    assert _run(PROBES["register"]) == baseline["register"][0]  # an intact copy gives the same
    (data_copy / "gemeenten.csv").write_bytes(b"")
    clear_caches()
    with pytest.raises(DataIntegrityError, match=r"gemeenten\.csv"):
        PROBES["register"]()
    assert before == {naam: hashlib.sha256((DATA_DIR / naam).read_bytes()).hexdigest() for naam in FILES}
