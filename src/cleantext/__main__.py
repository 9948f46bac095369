"""`python -m cleantext`: the same as the `cleantext` command."""

from .cli import main

raise SystemExit(main())
