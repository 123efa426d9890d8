"""Persistence: the engine and sessions (db), the tables (models) and Alembic migrations."""
