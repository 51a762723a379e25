"""The Wolontariusze tab: list, search, filter, form dialog."""
