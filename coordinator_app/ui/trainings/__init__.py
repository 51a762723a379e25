"""The Szkolenia tab: the training sessions list; adding, editing and deleting sessions, their
attendance and sign-in sheets, the readiness rules and the training programmes; a session's details.

Qt widgets over the `core.trainings` services; imports core, db, i18n and other ui packages.
"""
