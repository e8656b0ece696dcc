"""`python -m assistant` runs the `assistant` command."""

import sys

from entry.cli import main

sys.exit(main())
