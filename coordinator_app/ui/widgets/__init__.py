"""Widgets and models shared by the tabs: the form-dialog base (`form_dialog`), form building
blocks (`forms`, `paged_form`, `binding`), list tabs (`list_tab`, `record_table`,
`search_proxy`, `tables`), the details window, the print button, saving outside a form
dialog (`saving`) and change notices between tabs (`changes`).

Imports core, db, i18n, ui.style and ui.tasks; never a tab's package.
"""
