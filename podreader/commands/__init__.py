"""One module per ``podreader`` subcommand: ``add_arguments(parser)`` and ``run(args) -> int``."""
