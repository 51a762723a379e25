"""The Przydziały tab: the assignments list; adding, editing and ending assignments, their
schedules, the waiting list with matching; an assignment's details.

Qt widgets over the `core.assignments` services; imports core, db, i18n and other ui packages.
"""
