"""RODO toolkit (issue 15): the data subject's rights, retention and accountability.

`anonymise` (what anonymisation erases and keeps: pure), `anonymise_service` (anonymising a
volunteer or a client in the database, the anonymisation log, wiping the file's free pages);
`retention` (retention periods and holds: pure), `retention_queries` (the holds of a person and
the yearly "do przeglądu" list), `retention_service` (destroying vetting details);
`accountability` (authorisations, confidentiality statements, image consents, the register of
processing activities: data and rules), `accountability_service` (their reads and writes).
May import core, db and i18n.
"""
