"""RODO toolkit: the data subject's rights, retention and accountability (issue 15).

- `access` / `access_queries`: everything linked to one person (a volunteer, their guardian or
  a client) for an access (art. 15) or portability (art. 20) answer;
- `requests` / `requests_queries` / `requests_service`: the register of data subjects' requests
  with the one-month deadline and its two-month extension (art. 12 ust. 3);
- `restriction` / `restriction_service`: restriction of processing (art. 18), which takes a
  person out of matching, lists, exports and batch printing.

May import: `db/`, `i18n/` and other `core` packages.
"""
