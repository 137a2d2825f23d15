"""``python -m jixiao``: the ``jixiao`` command (see :mod:`jixiao.cli`)."""

import sys

from jixiao.cli import main

sys.exit(main())
