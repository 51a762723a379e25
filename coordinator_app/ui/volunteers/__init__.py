"""The Wolontariusze tab: list, search, filter, form dialog.

`tab` and `table` (the list), `dialog` and `form` with its `training_page` and
`assignments_page`; Qt widgets over the `core.volunteers` services; imports core, db, i18n and
other ui packages.
"""
