"""The command line: the parser, one module per sub-command, one error type."""
