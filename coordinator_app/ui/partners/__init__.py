"""The Partnerzy tab: the local partners list; adding and editing a partner with its contact
persons; a partner's details (its volunteers, actions and share of hours); printing the
cooperation agreement.

Qt widgets over the `core.partners` services; imports core, db, i18n and other ui packages.
"""
