"""The Szkolenia tab: the training sessions list (read-only for now) and a session's details."""
