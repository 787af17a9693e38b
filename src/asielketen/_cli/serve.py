"""``asielketen serve [--host 127.0.0.1] [--port 8000]``: the HTTP API (extra ``api``).

Starts :func:`asielketen.api.serveer` (Starlette on uvicorn) until Ctrl-C. Without the extra the
command refuses with one line naming it (``pip install 'asielketen[api]'``), status 2.
"""

from __future__ import annotations

import argparse
from typing import Any

from ..taal import bericht
from ._common import aantal_arg


def add_parser(sub: Any) -> None:
    """Add the ``serve`` subcommand."""
    p = sub.add_parser(
        "serve",
        help=bericht("hulp.serve"),
        description=bericht("hulp.serve.omschrijving"),
    )
    p.add_argument("--host", default="127.0.0.1", help=bericht("hulp.serve.host"))
    p.add_argument(
        "--port",
        type=aantal_arg("port", minimum=0, maximum=65535),
        default=8000,
        help=bericht("hulp.serve.port"),
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Serve until interrupted."""
    from ..api import serveer

    serveer(host=args.host, port=args.port)
    return 0
