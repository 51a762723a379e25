"""One Alembic revision per module, in order (0001, 0002, …). Each writes its schema with
Alembic and SQLAlchemy alone, never the application's models (they change later)."""
