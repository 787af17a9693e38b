"""``python -m asielketen`` runs the command line (see :mod:`asielketen.cli`)."""

import sys

from .cli import main

sys.exit(main())
