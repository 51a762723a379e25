"""Summaries for management: aggregate queries and PDF/XLSX/CSV writers. Qt-free."""
