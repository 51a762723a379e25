"""Entry point for `coordinator-app` and `python -m coordinator_app`."""

from __future__ import annotations

import sys


def main() -> int:
    from coordinator_app.cli.main import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
