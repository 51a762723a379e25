"""The manual in the application: the help window (`window`) and which section each window
opens at (`sections`). The manual itself is resources/help/index.html with its pictures.

Imports app (the manual's folder), i18n and ui.widgets.
"""
