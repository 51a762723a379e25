"""The vetting (weryfikacja) window and the short status shown in the volunteer view."""
