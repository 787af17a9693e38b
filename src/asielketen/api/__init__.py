"""The HTTP API: every command of ``asielketen`` as an endpoint (extra ``api``).

``pip install 'asielketen[api]'`` and ``asielketen serve [--host 127.0.0.1] [--port 8000]`` start
it (Starlette on uvicorn; see ``docs/api.md`` and ADR 0011). What it offers:

* ``GET /v1/<opdracht>`` for every subcommand (``/v1/statushouders``, ``/v1/oekraine/plicht``,
  ``/v1/opvang/dwangsom`` …): the query parameters are the command's long options without the
  dashes (``?halfjaar=2025-H2&gemeente=Amsterdam``), a flag is ``true`` or ``false``, a positional
  argument goes by its name (``/v1/gemeente?naam=Utrecht&peildatum=2025-10-06``). The body is the
  same JSON as ``asielketen … --format json``, byte for byte.
* ``POST`` to the same path for the options that take a file: ``multipart/form-data`` with one part
  per option, named after it (``inwoners``, ``herindeling``); a part's file name ending in
  ``.json`` (or its ``Content-Type: application/json``) makes it JSON, else CSV. An endpoint with a
  single file option also takes the file itself as the body (``Content-Type: application/json``
  for JSON, anything else CSV). Bodies larger than :data:`GROOTSTE_VERZOEK` (16 MiB) are refused
  with 413 — the file reader's own bound (128 MiB) is larger, so this one decides.
* ``GET /v1/schema/<naam>``: the JSON Schema of an entity or result; ``GET /openapi.json``: the
  OpenAPI 3.1 document built from those schemas and the command line's options; ``GET /docs``: a
  page to try every operation, served by the app itself (it works offline).
* Bad input is a 4xx answer in ``application/problem+json`` (RFC 9457) with ``type``, ``title``,
  ``status``, ``detail`` — the message in the language asked (``?taal=en`` or
  ``Accept-Language: en``; default Dutch) — and the error's ``veld`` and ``waarde``. An unexpected
  failure is a 500 problem without internals, never a traceback.
* No state between requests: each runs its command in-process in a worker thread (the language is
  passed to it explicitly), and uploaded files are deleted after it.

Unlike the command line, the API never evaluates at "today": ``/v1/gemeente`` requires
``peildatum``.

Nothing here imports the web framework until :func:`maak_app` or :func:`serveer` is called;
``import asielketen`` never imports it. Without the extra those raise
:class:`~asielketen.errors.MissingExtraError`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._eindpunten import GROOTSTE_VERZOEK

if TYPE_CHECKING:
    from starlette.applications import Starlette

__all__ = ["GROOTSTE_VERZOEK", "maak_app", "openapi_document", "serveer"]


def _framework() -> None:
    from ..errors import MissingExtraError

    try:
        import starlette  # noqa: F401
    except ImportError:
        raise MissingExtraError("api", "starlette") from None
    try:
        import uvicorn  # noqa: F401
    except ImportError:
        raise MissingExtraError("api", "uvicorn") from None


def maak_app() -> Starlette:
    """The ASGI application (Starlette): mount it in a server of your own, or test it.

    >>> from starlette.testclient import TestClient  # doctest: +SKIP
    >>> TestClient(maak_app()).get("/v1/bronnen").status_code  # doctest: +SKIP
    200
    """
    _framework()
    from ._app import maak_app as maak

    return maak()


def openapi_document() -> dict[str, Any]:
    """The OpenAPI 3.1 document the API serves at ``/openapi.json`` (needs no framework).

    >>> doc = openapi_document()
    >>> doc["openapi"], "/v1/statushouders" in doc["paths"]
    ('3.1.0', True)
    """
    from ._openapi import openapi_document as bouw

    return bouw()


def serveer(host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the API with uvicorn on ``host``:``port`` until interrupted (``asielketen serve``)."""
    _framework()
    _start_server(maak_app(), host, port)


def _start_server(app: Any, host: str, port: int) -> None:
    """Run ``app`` under uvicorn (the tests replace this: no test starts a real server in-process)."""
    import uvicorn

    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)
