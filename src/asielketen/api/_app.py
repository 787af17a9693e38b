"""The Starlette application (extra ``api``): each request runs its command in-process.

A request becomes an argv (:func:`argv_van`), runs through :func:`asielketen.cli.uitvoeren` in a
worker thread, and its stdout is the response body; a refusal becomes problem details (RFC 9457).
Nothing is kept between requests: uploaded files live in a temporary folder for one request.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import AsyncGenerator, Mapping, Sequence
from importlib import resources
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException, MultiPartParser
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from .._validation import kort
from ..cli import uitvoeren
from ..errors import (
    AsielketenError,
    DataUnavailableError,
    InvalidInputError,
    ParameterNotValidError,
    UnknownNameError,
)
from ..taal import TALEN, Bericht, Taal, bericht, in_taal
from ._eindpunten import GROOTSTE_VERZOEK, Eindpunt, eindpunt
from ._openapi import openapi_document

PROBLEEM_TYPE = "application/problem+json"


class ProbleemError(Exception):
    """A refusal the API answers with problem details."""

    def __init__(
        self,
        status: int,
        soort: str,
        titel: Bericht,
        detail: Bericht | str,
        veld: str | None = None,
        waarde: object = None,
    ) -> None:
        super().__init__(str(detail))
        self.status, self.soort, self.titel, self.detail = status, soort, titel, detail
        self.veld, self.waarde = veld, waarde

    def antwoord(self, taal: Taal) -> Response:
        """The problem details as a response, in ``taal``."""
        with in_taal(taal):
            inhoud = {
                "type": f"urn:asielketen:probleem:{self.soort}",
                "title": self.titel.tekst(),
                "status": self.status,
                "detail": self.detail if isinstance(self.detail, str) else self.detail.tekst(),
                "veld": self.veld,
                "waarde": _json_waarde(self.waarde),
            }
        return JSONResponse(inhoud, status_code=self.status, media_type=PROBLEEM_TYPE)


def _json_waarde(waarde: object) -> object:
    if waarde is None or isinstance(waarde, bool | int | float):
        return waarde
    return kort(str(waarde))


def _verzoek(detail: Bericht | str, veld: str | None = None, waarde: object = None) -> ProbleemError:
    return ProbleemError(400, "ongeldig-verzoek", bericht("api.titel.ongeldig_verzoek"), detail, veld, waarde)


def taal_van(request: Request) -> Taal:
    """``?taal=`` if valid, else the first of nl/en in ``Accept-Language`` (by q), else ``nl``."""
    gevraagd = request.query_params.get("taal")
    if gevraagd in TALEN:
        return "en" if gevraagd == "en" else "nl"
    keuzes: list[tuple[float, int, Taal]] = []
    for i, deel in enumerate(request.headers.get("accept-language", "").split(",")):
        code, _, rest = deel.strip().partition(";")
        q = 1.0
        m = re.search(r"q=([0-9.]+)", rest)
        if m:
            try:
                q = float(m.group(1))
            except ValueError:
                q = 0.0
        basis = code.strip().lower().split("-")[0]
        if basis in TALEN and q > 0:
            keuzes.append((-q, i, "en" if basis == "en" else "nl"))
    return min(keuzes)[2] if keuzes else "nl"


def argv_van(
    e: Eindpunt, query: Sequence[tuple[str, str]], bestanden: Mapping[str, list[str]], taal: Taal
) -> list[str]:
    """The command line of a request: options as ``--naam=waarde``, positionals after ``--``.

    Refuses an unknown parameter, one given twice, a flag that is not ``true``/``false``, a file in
    the query and a missing required parameter, each naming the parameter (:class:`ProbleemError`).
    """
    waarden: dict[str, list[str]] = {}
    for naam, waarde in query:
        if naam == "taal":
            if waarde not in TALEN:
                raise ProbleemError(
                    400,
                    "ongeldige-invoer",
                    bericht("api.titel.ongeldige_invoer"),
                    bericht("taal.onbekend", talen=", ".join(TALEN)),
                    "taal",
                    waarde,
                )
            continue
        if naam == "format" and waarde == "json":
            continue
        o = e.optie(naam)
        if o is None:
            bekend = ", ".join(x.naam for x in e.opties if x.soort != "bestand") or "-"
            raise _verzoek(bericht("api.onbekende_parameter", bekend=bekend), naam, waarde)
        if o.soort == "bestand":
            raise _verzoek(bericht("api.bestand_in_query"), naam, waarde)
        if naam in waarden and o.soort != "lijst":
            raise _verzoek(bericht("api.dubbel"), naam, waarde)
        waarden.setdefault(naam, []).append(waarde)
    argv = list(e.opdracht)
    posities: list[str] = []
    for o in e.opties:
        if o.soort == "bestand":
            paden = bestanden.get(o.naam, [])
            if not paden and o.verplicht:
                raise _verzoek(bericht("api.bestand_ontbreekt", naam=o.naam), o.naam)
            if o.optie is None:  # a positional file argument (toets PAD…)
                posities += paden
            else:
                argv += [f"{o.optie}={p}" for p in paden]
            continue
        gegeven = waarden.get(o.naam, [])
        if not gegeven:
            if o.verplicht:
                raise _verzoek(bericht("api.ontbreekt"), o.naam)
            continue
        if o.soort == "vlag":
            w = gegeven[0].strip().lower()
            if w not in ("true", "false"):
                raise _verzoek(bericht("api.vlag"), o.naam, gegeven[0])
            if w == "true":
                argv.append(str(o.optie))
        elif o.soort == "positie":
            posities += gegeven
        else:
            argv += [f"{o.optie}={w}" for w in gegeven]
    return [*argv, "--format", "json", "--taal", taal, *(["--", *posities] if posities else [])]


def _draai(
    query: Sequence[tuple[str, str]], uploads: Mapping[str, list[tuple[str, bytes]]], e: Eindpunt, taal: Taal
) -> Response:
    """Run one request's command (in a worker thread): the JSON, or the problem it was refused with.

    Uploaded files are written to a temporary folder (one sub-folder per file, under the file's own
    name, so the result names it as the command line would) that is removed afterwards.
    """
    with tempfile.TemporaryDirectory(prefix="asielketen-api-") as map_:
        bestanden: dict[str, list[str]] = {}
        verberg: list[str] = []
        for naam, delen in uploads.items():
            for i, (bestandsnaam, inhoud) in enumerate(delen):
                sub = os.path.join(map_, f"{naam}-{i}")
                os.mkdir(sub)
                verberg.append(sub + os.sep)
                pad = os.path.join(sub, bestandsnaam)
                with open(pad, "wb") as f:
                    f.write(inhoud)
                bestanden.setdefault(naam, []).append(pad)
        argv = argv_van(e, query, bestanden, taal)
        u = uitvoeren(argv)

        def schoon(tekst: str) -> str:
            """``tekst`` without the server's temporary folders: a file is named as it was sent."""
            for v in verberg:
                tekst = tekst.replace(v, "").replace(json.dumps(v)[1:-1], "")
            return tekst

        if u.status == 0 or (u.status == 1 and u.fout is None and u.uitvoer.strip()):
            # 1: a command that reports a negative outcome in its JSON (toets: a case failed)
            return Response(
                schoon(u.uitvoer).encode("utf-8"),
                media_type="application/json",
                headers={"X-Asielketen-Status": str(u.status)},
            )

        with in_taal(taal):
            if u.fout is not None:
                fout = u.fout
                raise _probleem_van(
                    fout, schoon(str(fout)), schoon(str(fout.waarde)) if fout.waarde is not None else None
                )
        regel = schoon(u.melding.strip().splitlines()[-1] if u.melding.strip() else "")
        detail = regel.split(": ", 2)[-1] if regel.startswith("asielketen: ") else regel
        veld = _veld_in(detail, e)
        if veld is None:
            raise _verzoek(detail)
        gegeven = [w for n, w in query if n == veld]
        raise ProbleemError(
            400,
            "ongeldige-invoer",
            bericht("api.titel.ongeldige_invoer"),
            detail,
            veld,
            gegeven[-1] if gegeven else None,
        )


def _veld_in(detail: str, e: Eindpunt) -> str | None:
    for m in re.finditer(r"--([a-z0-9][a-z0-9-]*)", detail):
        if e.optie(m.group(1)) is not None:
            return m.group(1)
    return None


def _probleem_van(fout: AsielketenError, detail: str, waarde: object) -> ProbleemError:
    if isinstance(fout, UnknownNameError):
        return ProbleemError(
            404, "onbekende-naam", bericht("api.titel.onbekende_naam"), detail, fout.veld, waarde
        )
    if isinstance(fout, InvalidInputError):
        return ProbleemError(
            400, "ongeldige-invoer", bericht("api.titel.ongeldige_invoer"), detail, fout.veld, waarde
        )
    if isinstance(fout, DataUnavailableError | ParameterNotValidError):
        return ProbleemError(
            422, "geen-gegevens", bericht("api.titel.geen_gegevens"), detail, fout.veld, waarde
        )
    return ProbleemError(500, "serverfout", bericht("api.titel.serverfout"), detail, fout.veld, waarde)


async def _begrensd(request: Request) -> AsyncGenerator[bytes, None]:
    """The request body, refused (413) once it passes :data:`GROOTSTE_VERZOEK`."""
    lengte = request.headers.get("content-length", "")
    if lengte.isdigit() and int(lengte) > GROOTSTE_VERZOEK:
        raise _te_groot()
    gelezen = 0
    async for stuk in request.stream():
        gelezen += len(stuk)
        if gelezen > GROOTSTE_VERZOEK:
            raise _te_groot()
        yield stuk


def _te_groot() -> ProbleemError:
    return ProbleemError(
        413, "te-groot", bericht("api.titel.te_groot"), bericht("api.te_groot", grens=GROOTSTE_VERZOEK)
    )


def _bestandsnaam(naam: str, gegeven: str | None, json_body: bool, extensie: str = ".csv") -> str:
    """The name an uploaded file is written under: its own (without folders), else the option's."""
    basis = os.path.basename((gegeven or "").replace("\\", "/")).strip()
    basis = re.sub(r"[\x00-\x1f/]", "_", basis)
    if not basis or basis in (".", ".."):
        basis = f"{naam}.json" if json_body else f"{naam}{extensie}"
    elif json_body and not basis.lower().endswith(".json"):
        basis += ".json"
    return basis[:200]


async def _uploads(request: Request, e: Eindpunt) -> dict[str, list[tuple[str, bytes]]]:
    """The files of a POST: multipart parts named after their option, or the one file as the body."""
    soort = request.headers.get("content-type", "")
    bekend = {o.naam: o for o in e.bestanden}
    uploads: dict[str, list[tuple[str, bytes]]] = {}
    if soort.startswith("multipart/form-data"):
        parser = MultiPartParser(
            request.headers, _begrensd(request), max_files=64, max_fields=64, max_part_size=GROOTSTE_VERZOEK
        )
        try:
            formulier = await parser.parse()
        except MultiPartException as exc:
            raise _verzoek(bericht("api.multipart", reden=str(exc))) from None
        try:
            for naam, deel in formulier.multi_items():
                o = bekend.get(naam)
                if o is None:
                    namen = ", ".join(bekend) or "-"
                    raise _verzoek(bericht("api.onbekende_parameter", bekend=namen), naam)
                if naam in uploads and not o.meervoud:
                    raise _verzoek(bericht("api.dubbel"), naam)
                if isinstance(deel, UploadFile):
                    inhoud = await deel.read()
                    json_body = (deel.content_type or "").startswith("application/json")
                    bestandsnaam = _bestandsnaam(naam, deel.filename, json_body)
                else:
                    inhoud, bestandsnaam = deel.encode("utf-8"), _bestandsnaam(naam, None, False, o.extensie)
                uploads.setdefault(naam, []).append((bestandsnaam, inhoud))
        finally:
            await formulier.close()
        return uploads
    if len(e.bestanden) != 1:
        namen = ", ".join(bekend)
        raise _verzoek(bericht("api.meerdere_bestanden", namen=namen))
    inhoud = b"".join([stuk async for stuk in _begrensd(request)])
    enig = e.bestanden[0]
    json_body = soort.split(";")[0].strip().lower() in ("application/json", "text/json")
    return {enig.naam: [(_bestandsnaam(enig.naam, None, json_body, enig.extensie), inhoud)]}


async def _opdracht(request: Request) -> Response:
    taal = taal_van(request)
    try:
        e = eindpunt(request.url.path)
        if e is None:
            raise ProbleemError(
                404, "niet-gevonden", bericht("api.titel.niet_gevonden"), bericht("api.geen_pad")
            )
        methoden = ("GET", "POST") if e.bestanden else ("GET",)
        if request.method not in methoden:
            detail = (
                bericht("api.geen_bestanden")
                if request.method == "POST"
                else bericht("api.methode", methode=request.method, toegestaan=", ".join(methoden))
            )
            raise ProbleemError(405, "methode", bericht("api.titel.methode"), detail)
        query = list(request.query_params.multi_items())
        uploads = await _uploads(request, e) if request.method == "POST" else {}
        antwoord: Response = await run_in_threadpool(_draai, query, uploads, e, taal)
        return antwoord
    except ProbleemError as p:
        return p.antwoord(taal)


async def _schema(request: Request) -> Response:
    taal = taal_van(request)
    naam = request.path_params["naam"]
    u = await run_in_threadpool(uitvoeren, ["schema", "--format", "json", "--taal", taal, "--", naam])
    if u.status == 0:
        return Response(u.uitvoer.encode("utf-8"), media_type="application/json")
    if u.fout is None:  # pragma: no cover - the schema command refuses only unknown names
        return _verzoek(u.melding.strip()).antwoord(taal)
    with in_taal(taal):
        return _probleem_van(u.fout, str(u.fout), u.fout.waarde).antwoord(taal)


_OPENAPI: list[bytes] = []


async def _openapi(request: Request) -> Response:
    if not _OPENAPI:  # built once per process: the same document for every request
        document = await run_in_threadpool(openapi_document)
        _OPENAPI.append(json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8"))
    return Response(_OPENAPI[0], media_type="application/json")


async def _docs(request: Request) -> Response:
    html = resources.files(__package__ or "asielketen.api").joinpath("docs.html").read_text(encoding="utf-8")
    return HTMLResponse(html)


async def _http_fout(request: Request, exc: Exception) -> Response:
    taal = taal_van(request)
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    if status == 404:
        return ProbleemError(
            404, "niet-gevonden", bericht("api.titel.niet_gevonden"), bericht("api.geen_pad")
        ).antwoord(taal)
    if status == 405:
        return ProbleemError(
            405,
            "methode",
            bericht("api.titel.methode"),
            bericht("api.methode", methode=request.method, toegestaan="GET"),
        ).antwoord(taal)
    return _serverfout(taal)


async def _onverwacht(request: Request, exc: Exception) -> Response:
    return _serverfout(taal_van(request))


def _serverfout(taal: Taal) -> Response:
    """A 500 without internals: no traceback, no message of the exception."""
    return ProbleemError(
        500, "serverfout", bericht("api.titel.serverfout"), bericht("api.serverfout")
    ).antwoord(taal)


def maak_app() -> Starlette:
    """The ASGI application (see :mod:`asielketen.api`)."""
    routes = [
        Route("/openapi.json", _openapi, methods=["GET"]),
        Route("/docs", _docs, methods=["GET"]),
        Route("/v1/schema/{naam:path}", _schema, methods=["GET"]),
        Route("/v1/{pad:path}", _opdracht, methods=["GET", "POST", "PUT", "PATCH", "DELETE"]),
    ]
    handlers: dict[Any, Any] = {HTTPException: _http_fout, Exception: _onverwacht}
    return Starlette(routes=routes, exception_handlers=handlers)
