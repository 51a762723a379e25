"""Issuing printed documents: numbering, templates, data assembly and the issued-documents
register. Qt-free; the PDF builders live in coordinator_app/output/documents/."""
