"""Persistence only: the SQLAlchemy 2 models, the engine and its sessions, the Alembic
migrations (`migrate.py`: head revision, upgrade) and the storage of settings
(`settings_store.py`; the settings themselves are declared in `core.settings`).

Checking a file before it is opened, backups and restores are `storage/`'s.
May import: `i18n/`. Never: `storage/`, `cli/`, `output/`, `ui/`, `demo/` (tests/test_layering.py).
"""
