"""The Akcje tab (one-off actions): the list, the action form with its shifts and partners, the
action window (shifts, sign-ups, printing, attendance, hours, summary), the quick registration
of a new one-off volunteer and the attendance dialog. May import core, output, db, i18n, ui."""
