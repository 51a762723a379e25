"""The Przydziały tab: the assignments list (read-only for now) and an assignment's details."""
