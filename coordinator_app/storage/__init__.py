"""The database file's safety: opening a file safely (`opening.py`: the checks, the backup
before an upgrade, `DatabaseOpenError`), the start-up check, backups and their rotation,
restore, encrypted archives, handover, the read-only integrity check, the schema a file from
elsewhere must have (`schema.py`: nothing of anyone else), and the lines that summarise a file;
the private staging folder beside the database for decrypted work files (`staging.py`) and the
journal that makes a replacement of the file whole (`swap.py`), both recovered at every start
(`recovery.recover_at_start`).

May import: `db/` (engine, migrations, settings storage), `core.settings` (declarations),
`app/`, `i18n/`. Never: `ui/`, `cli/`, `output/`, `demo/` (tests/test_layering.py).
"""
