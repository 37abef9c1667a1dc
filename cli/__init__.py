"""The command line: a contract that scripts rely on (README, "Opdrachtregel").

Above the domain (``vergadering``), beside the GUI (``ui``): one module per command
(:mod:`cli.demo`, :mod:`cli.import_clients`, :mod:`cli.overdue`, :mod:`cli.minutes`), the
options in :mod:`cli.parser`, the dispatch and its exit status in :mod:`cli.run`, opening
the database in :mod:`cli.database` and writing the results in :mod:`cli.output`.

Exit status: 0 done, 1 the database cannot be used, 2 the input needs fixing (nothing
changed). The Dutch words for the domain's problems come from ``ui.messages``, which
loads no Qt; PySide6 is loaded only to write a PDF (``minutes --format pdf``).
"""
