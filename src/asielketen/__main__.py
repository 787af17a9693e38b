"""``python -m asielketen`` runs the command line (see :mod:`asielketen.cli`)."""

import sys

from ._start import main

sys.exit(main())
