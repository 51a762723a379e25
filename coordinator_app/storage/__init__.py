"""The database file's safety: backup, restore, archive, handover, integrity, start-up checks."""
