"""PySide6 widgets and Qt models: thin adapters over the ``vergadering`` domain."""
