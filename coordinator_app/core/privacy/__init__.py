"""RODO toolkit: the data subject's rights, retention and accountability (issue 15).

- `access` / `access_queries`: everything linked to one person (a volunteer, their guardian or
  a client) for an access (art. 15) or portability (art. 20) answer;
- `requests` / `requests_queries` / `requests_service`: the register of data subjects' requests
  with the one-month deadline and its two-month extension (art. 12 ust. 3);
- `restriction` / `restriction_service`: restriction of processing (art. 18), which takes a
  person out of matching, lists, exports and batch printing;
- `anonymise` (what anonymisation erases and keeps: pure), `anonymise_service` (anonymising a
  volunteer or a client in the database, the anonymisation log, wiping the file's free pages);
- `retention` (retention periods and holds: pure), `retention_queries` (the holds of a person and
  the yearly "do przeglądu" list), `retention_service` (destroying vetting details);
- `accountability` (authorisations, confidentiality statements, image consents, the register of
  processing activities: data and rules), `accountability_service` (their reads and writes);
- `marking`: the "zawiera dane osobowe" mark of export files holding personal data.

May import: `db/`, `i18n/` and other `core` packages.
"""
