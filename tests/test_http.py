"""The HTTP API (extra ``api``) through Starlette's test client.

Every endpoint answers with the same bytes as ``asielketen … --format json`` run in-process; bad
input is problem details (RFC 9457) in the language asked, with ``veld`` and ``waarde``; the
OpenAPI document validates and each answer validates against its response schema; the body size
limit holds; ``/docs`` is served by the app itself and loads nothing from elsewhere.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("starlette")
pytest.importorskip("multipart")

from starlette.testclient import TestClient

from asielketen.api import GROOTSTE_VERZOEK, maak_app, openapi_document
from asielketen.api._eindpunten import eindpunten
from asielketen.api._openapi import ANTWOORDEN
from asielketen.cli import main, uitvoeren

from .test_determinism import write_files


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(maak_app(), raise_server_exceptions=False)


@pytest.fixture(scope="module")
def map_(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("http")
    write_files(folder)
    return folder


def _cli(argv: list[str]) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:
            code = int(exc.code or 0)
    return code, out.getvalue()


# (path, query, files) and the equivalent command line (files: @name of write_files)
GEVALLEN: list[tuple[str, dict[str, Any], dict[str, str], list[str]]] = [
    (
        "/v1/gemeente",
        {"naam": "Het Hogeland", "peildatum": "2026-06-01"},
        {},
        ["gemeente", "Het Hogeland", "--peildatum", "2026-06-01"],
    ),
    (
        "/v1/spreiding",
        {"behoefte": "20000", "amv": "1500"},
        {},
        ["spreiding", "--behoefte", "20000", "--amv", "1500"],
    ),
    (
        "/v1/spreiding",
        {"behoefte": "12345", "ses-peildatum": "2023-01-01", "methode": "sainte-lague"},
        {"ses": "ses.csv"},
        [
            "spreiding",
            "--behoefte",
            "12345",
            "--ses",
            "@ses.csv",
            "--ses-peildatum",
            "2023-01-01",
            "--methode",
            "sainte-lague",
        ],
    ),
    ("/v1/bronnen", {}, {}, ["bronnen"]),
    (
        "/v1/nareizigers",
        {"personen": "4", "peildatum": "2025-11-01", "zonder-mvv": "true", "zonder-bsn": "false"},
        {},
        ["nareizigers", "--personen", "4", "--peildatum", "2025-11-01", "--zonder-mvv"],
    ),
    (
        "/v1/statushouders",
        {"halfjaar": "2025-H2", "gemeente": "Amsterdam"},
        {},
        ["statushouders", "--halfjaar", "2025-H2", "--gemeente", "Amsterdam"],
    ),
    ("/v1/statushouders", {"halfjaar": "2025-H2"}, {}, ["statushouders", "--halfjaar", "2025-H2"]),
    (
        "/v1/statushouders",
        {"halfjaar": "2026-H1", "landelijk": "10000", "gemeente": "Utrecht"},
        {"inwoners": "inwoners.csv"},
        [
            "statushouders",
            "--halfjaar",
            "2026-H1",
            "--landelijk",
            "10000",
            "--inwoners",
            "@inwoners.csv",
            "--gemeente",
            "Utrecht",
        ],
    ),
    (
        "/v1/statushouders",
        {"vng-actie": "true", "peildatum": "2026-06-01"},
        {"netwerken": "netwerken.csv"},
        ["statushouders", "--vng-actie", "--peildatum", "2026-06-01", "--netwerken", "@netwerken.csv"],
    ),
    (
        "/v1/opvang/overzicht",
        {"peildatum": "2025-06-30"},
        {"locaties": "locaties.csv", "bezetting": "bezetting.csv"},
        [
            "opvang",
            "overzicht",
            "--locaties",
            "@locaties.csv",
            "--bezetting",
            "@bezetting.csv",
            "--peildatum",
            "2025-06-30",
        ],
    ),
    (
        "/v1/opvang/dwangsom",
        {"al-verbeurd": "100000"},
        {"nachten": "nachten.csv"},
        ["opvang", "dwangsom", "--nachten", "@nachten.csv", "--al-verbeurd", "100000"],
    ),
    (
        "/v1/oekraine/plicht",
        {"gemeente": "Het Hogeland", "peildatum": "2025-10-06", "kwetsbaar": "true"},
        {},
        ["oekraine", "plicht", "--gemeente", "Het Hogeland", "--peildatum", "2025-10-06", "--kwetsbaar"],
    ),
    (
        "/v1/oekraine/vergoeding",
        {"plaatsen": "40", "van": "2025-10-01", "tot": "2026-01-01", "huishouden": ["2", "1"]},
        {},
        [
            "oekraine",
            "vergoeding",
            "--plaatsen",
            "40",
            "--van",
            "2025-10-01",
            "--tot",
            "2026-01-01",
            "--huishouden",
            "2",
            "--huishouden",
            "1",
        ],
    ),
    ("/v1/schema", {}, {}, ["schema"]),
    ("/v1/schema", {"naam": "Uitkomst[Taakstelling]"}, {}, ["schema", "Uitkomst[Taakstelling]"]),
]


def test_every_endpoint_has_a_case_and_a_response_schema() -> None:
    paden = {e.pad for e in eindpunten()}
    assert paden == {g[0] for g in GEVALLEN} | {"/v1/toets"}
    assert {e.opdracht for e in eindpunten()} == set(ANTWOORDEN)
    assert "/v1/serve" not in paden


@pytest.mark.parametrize("nr", range(len(GEVALLEN)), ids=[f"{g[0]} {g[1]}" for g in GEVALLEN])
def test_same_json_as_the_command_line(nr: int, client: TestClient, map_: Path) -> None:
    pad, query, bestanden, argv = GEVALLEN[nr]
    code, verwacht = _cli(
        [str(map_ / a[1:]) if a.startswith("@") else a for a in argv] + ["--format", "json"]
    )
    assert code == 0
    if bestanden:
        files = {n: (b, (map_ / b).read_bytes()) for n, b in bestanden.items()}
        r = client.post(pad, params=query, files=files)
    else:
        r = client.get(pad, params=query)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == "application/json"
    assert r.text == verwacht  # byte for byte


def test_single_file_as_the_body(client: TestClient, map_: Path) -> None:
    code, verwacht = _cli(["opvang", "dwangsom", "--nachten", str(map_ / "nachten.csv"), "--format", "json"])
    assert code == 0
    r = client.post(
        "/v1/opvang/dwangsom",
        content=(map_ / "nachten.csv").read_bytes(),
        headers={"content-type": "text/csv"},
    )
    assert r.status_code == 200 and r.text == verwacht
    rijen = [{"datum": f"2025-06-{d:02d}", "personen": 1900 + 25 * d} for d in range(1, 29)]
    (map_ / "nachten.json").write_text(json.dumps(rijen))
    code, verwacht = _cli(["opvang", "dwangsom", "--nachten", str(map_ / "nachten.json"), "--format", "json"])
    r = client.post("/v1/opvang/dwangsom", json=rijen)
    assert code == 0 and r.status_code == 200 and r.text == verwacht


def test_scenario_files_as_the_body(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    scenarios = Path(__file__).resolve().parent.parent / "examples" / "scenarios"
    if not (scenarios / "gemeente.toml").is_file():  # pragma: no cover - item 2 not there yet
        pytest.skip("no examples/scenarios/gemeente.toml")
    monkeypatch.chdir(scenarios)  # the command line names the file as given: gemeente.toml
    code, verwacht = _cli(["toets", "gemeente.toml", "--format", "json"])
    inhoud = (scenarios / "gemeente.toml").read_bytes()
    r = client.post("/v1/toets", files={"paden": ("gemeente.toml", inhoud)})
    assert r.status_code == 200, r.text
    assert (r.text, r.headers["x-asielketen-status"]) == (verwacht, str(code))
    r = client.post("/v1/toets", content=inhoud, headers={"content-type": "application/toml"})
    assert r.status_code == 200 and r.text == verwacht.replace('"gemeente.toml"', '"paden.toml"')


def test_responses_validate_against_their_schema(client: TestClient, map_: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    doc = openapi_document()
    for pad, query, bestanden, _ in GEVALLEN:
        if bestanden:
            r = client.post(
                pad, params=query, files={n: (b, (map_ / b).read_bytes()) for n, b in bestanden.items()}
            )
        else:
            r = client.get(pad, params=query)
        schema = doc["paths"][pad]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        geheel = {**schema, "components": doc["components"]}
        jsonschema.Draft202012Validator(geheel, format_checker=jsonschema.FormatChecker()).validate(r.json())


def _probleem(r: Any, status: int) -> dict[str, Any]:
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == "application/problem+json"
    body: dict[str, Any] = r.json()
    assert {"type", "title", "status", "detail", "veld", "waarde"} <= set(body)
    assert body["status"] == status
    assert "Traceback" not in r.text
    return body


@pytest.mark.parametrize(
    ("pad", "query", "status", "veld", "waarde", "nl", "en"),
    [
        (
            "/v1/gemeente",
            {"naam": "Nergenshuizen", "peildatum": "2025-10-06"},
            404,
            "gemeente",
            "Nergenshuizen",
            "onbekende gemeente",
            "unknown gemeente",
        ),
        ("/v1/spreiding", {"behoefte": "-5"}, 400, "behoefte", "-5", "negatief", "negative"),
        ("/v1/statushouders", {"halfjaar": "2025-H9"}, 400, "halfjaar", "2025-H9", "JJJJ-H1", "YYYY-H1"),
        (
            "/v1/spreiding",
            {"behoefte": "5", "onzin": "1"},
            400,
            "onzin",
            "1",
            "onbekende parameter",
            "unknown parameter",
        ),
        ("/v1/gemeente", {"naam": "Utrecht"}, 400, "peildatum", None, "ontbreekt", "missing"),
        (
            "/v1/nareizigers",
            {"personen": "1", "peildatum": "2025-11-01", "zonder-mvv": "ja"},
            400,
            "zonder-mvv",
            "ja",
            "true of false",
            "true or false",
        ),
        ("/v1/statushouders", {"inwoners": "x.csv"}, 400, "inwoners", "x.csv", "POST", "POST"),
        ("/v1/opvang/dwangsom", {}, 400, "nachten", None, "POST", "POST"),
        ("/v1/spreiding", {"behoefte": "5", "taal": "fr"}, 400, "taal", "fr", "taal", "language"),
    ],
)
def test_bad_input_is_problem_details_in_the_language_asked(
    client: TestClient,
    pad: str,
    query: dict[str, str],
    status: int,
    veld: str,
    waarde: str | None,
    nl: str,
    en: str,
) -> None:
    body = _probleem(client.get(pad, params=query), status)
    assert (body["veld"], body["waarde"]) == (veld, waarde)
    if query.get("taal") != "fr":
        assert nl in body["detail"], body
    en_body = (
        _probleem(client.get(pad, params={**query, "taal": "en"}), status) if "taal" not in query else body
    )
    if "taal" not in query:
        assert en in en_body["detail"], en_body
        header = _probleem(
            client.get(pad, params=query, headers={"Accept-Language": "en-GB,nl;q=0.5"}), status
        )
        assert header["detail"] == en_body["detail"]
        assert header["title"] != body["title"] or header["title"] == en_body["title"]


def test_bad_file_names_the_file_not_the_server_folder(client: TestClient) -> None:
    r = client.post("/v1/opvang/dwangsom", files={"nachten": ("mijn.csv", b"datum,persen\n2025-06-01,1\n")})
    body = _probleem(r, 400)
    assert (body["veld"], body["waarde"]) == ("nachten", "mijn.csv")
    assert "asielketen-api-" not in r.text and "/tmp" not in r.text


def test_other_refusals(client: TestClient) -> None:
    _probleem(client.get("/v1/bestaat-niet"), 404)
    _probleem(client.get("/nergens"), 404)
    _probleem(client.post("/v1/bronnen"), 405)
    _probleem(client.post("/openapi.json"), 405)
    _probleem(client.post("/v1/statushouders?halfjaar=2025-H2", content=b"x"), 400)  # several file options
    body = _probleem(client.get("/v1/schema/Periodes", params={"taal": "en"}), 404)
    assert "Periode" in body["detail"] and body["title"] == "Unknown name"


def test_body_size_limit(client: TestClient) -> None:
    groot = b"datum,personen\n" + b"2025-06-01,1\n" * (GROOTSTE_VERZOEK // 13 + 1)
    assert len(groot) > GROOTSTE_VERZOEK
    body = _probleem(client.post("/v1/opvang/dwangsom", content=groot), 413)
    assert str(GROOTSTE_VERZOEK) in body["detail"]
    r = client.post("/v1/opvang/dwangsom", files={"nachten": ("n.csv", groot)})
    _probleem(r, 413)


def test_unexpected_failure_is_a_500_without_internals(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    import asielketen.api._app as app_module

    def stuk(*args: object) -> object:
        raise RuntimeError("geheim /srv/intern")

    monkeypatch.setattr(app_module, "uitvoeren", stuk)
    r = client.get("/v1/bronnen", params={"taal": "en"})
    body = _probleem(r, 500)
    assert "geheim" not in r.text and "RuntimeError" not in r.text
    assert body["title"] == "Server error"


def test_schema_endpoint_and_openapi(client: TestClient) -> None:
    code, verwacht = _cli(["schema", "Uitkomst[Dwangsom]"])
    r = client.get("/v1/schema/Uitkomst[Dwangsom]")
    assert code == 0 and r.status_code == 200 and r.text == verwacht
    doc = client.get("/openapi.json").json()
    assert doc == json.loads(json.dumps(openapi_document()))
    assert doc["openapi"] == "3.1.0"
    ops = {(p, m) for p, item in doc["paths"].items() for m in item}
    assert ("/v1/oekraine/plicht", "get") in ops and ("/v1/opvang/dwangsom", "post") in ops
    namen = {p["name"] for p in doc["paths"]["/v1/statushouders"]["get"]["parameters"]}
    assert {"halfjaar", "gemeente", "vng-actie", "taal"} <= namen and "inwoners" not in namen
    assert "$defs" not in json.dumps(doc)  # every reference points into components


def test_openapi_document_validates() -> None:
    validator = pytest.importorskip("openapi_spec_validator")
    validator.validate(openapi_document())


def test_docs_page_is_self_contained(client: TestClient) -> None:
    r = client.get("/docs")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "/openapi.json" in r.text
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", r.text)  # nothing from elsewhere


def test_concurrent_requests_keep_their_own_output(client: TestClient) -> None:
    antwoorden: dict[str, list[str]] = {"Amsterdam": [], "Utrecht": []}

    def vraag(gemeente: str) -> None:
        for _ in range(5):
            r = client.get("/v1/statushouders", params={"halfjaar": "2025-H2", "gemeente": gemeente})
            antwoorden[gemeente].append(r.text)

    draden = [threading.Thread(target=vraag, args=(g,)) for g in antwoorden for _ in range(2)]
    for d in draden:
        d.start()
    for d in draden:
        d.join()
    for gemeente, teksten in antwoorden.items():
        assert len(set(teksten)) == 1 and gemeente in teksten[0]


def test_uitvoeren_leaves_other_output_alone(capsys: pytest.CaptureFixture[str]) -> None:
    u = uitvoeren(["bronnen", "--format", "json"])
    print("buiten")
    sys.stdout.flush()
    assert u.status == 0 and u.uitvoer.startswith("[")
    assert capsys.readouterr().out == "buiten\n"


def test_import_asielketen_does_not_import_the_framework() -> None:
    import subprocess

    code = "import sys, asielketen, asielketen.api, asielketen.cli; print('starlette' in sys.modules)"
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert r.stdout.strip() == "False"


def test_serve_command_builds_the_app_and_checks_the_port() -> None:
    # the real server is stubbed for every test (conftest); CI runs `asielketen serve` for real
    assert _cli(["serve", "--port", "0"]) == (0, "")
    code, _ = _cli(["serve", "--port", "70000"])
    assert code == 2
