"""The Alembic migrations: `env.py` (run by Alembic), `script.py.mako` and one module per
revision in `versions/`; `db/migrate.py` runs them. May import db (engine, models) and Alembic."""
