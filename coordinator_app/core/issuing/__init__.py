"""Issuing printed documents. Qt-free; imports core, db and i18n, never output or ui.

- `catalog`: DocumentKind and the registry of what issuing knows about each kind (label,
  number pattern, fields, the assembler of its data);
- `assembly` and `agreement_data` / `termination_data` / `volunteer_data` / `thanks_data` /
  `work_data` (+ `common`, `grammar`): the data of each kind, gathered into a `snapshot`;
  `agreement_terms` (the costs and termination paragraphs), `annex_data` with
  `annex_changes` (each change of an annex naming its § and ustęp);
- `numbering`: document numbers from patterns; `templates` / `templating` / `defaults`: the
  editable wording; `organisation`: the organisation's data and letterhead (`letterhead` for
  pages that are not issued);
- `service`: preview, issue (number, register entry, snapshot), reprint, the register;
  `batch`: issuing many in one transaction.

How a document is laid out on paper is output's business (coordinator_app/output/documents).
"""
