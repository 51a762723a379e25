"""The command line: one module per sub-command (demo, backup, restore, check, print_document,
handover, report, and window for no sub-command), each with `NAME`, `add_parser(subparsers)`
and `run(args) -> int`; one error type, `errors.CliError`; `main.py` builds the parser from the
list of sub-command modules and turns every error into one sentence on stderr.

May import any package of the application: it is the top. Nothing but `coordinator_app.__main__`
imports it; within it, only `main.py` imports the sub-command modules, and they import only
`arguments`, `errors` and `shared` (tests/test_layering.py).
"""
