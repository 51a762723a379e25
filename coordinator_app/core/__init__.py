"""Qt-free domain logic: types, rules, validation and the services the UI calls.

One package per subject (volunteers, clients, agreements, assignments, hours, trainings,
vetting, matching, dictionaries), each with data / validate / queries (reads) / service
(writes); `issuing` (numbering, templates, snapshots, the issuing service) and `reports`
(figures); shared modules: `calendar`, `settings`, `enums`, `options`, `rules`, `text`,
`validation`, `audit`.

May import: `db/`, `i18n/` and one another. Never: `storage/`, `cli/`, `output/`, `ui/`,
`demo/`, nor PySide6 (tests/test_layering.py).
"""
