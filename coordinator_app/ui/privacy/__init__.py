"""RODO windows (issue 15): the yearly retention review with one-click anonymisation
(`retention_window`), the accountability records (`accountability_window`) and the RODO menu
entries (`menu_r2`).

May import: `core/` (privacy), `i18n/`, `ui/` widgets.
"""
