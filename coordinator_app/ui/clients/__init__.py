"""The Podopieczni tab: the clients list; adding and editing clients and their needs; a client's
details.

Qt widgets over the `core.clients` services; imports core, db, i18n and other ui packages.
"""
