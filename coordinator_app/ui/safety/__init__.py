"""Data safety in the window: backups, restore, handover, integrity at start-up.

`controller` (the menu actions and the start-up check), `banner`, `passphrase_dialog`, over
`storage`; imports core, db, i18n, storage and ui (main window, style, tasks).
"""
