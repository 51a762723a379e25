"""Summaries for management, written from data core has gathered (core.reports, core.trainings):
the monthly summary as PDF, XLSX, CSV or HTML (one model, `monthly_model`, several writers),
the annual summary laid out in the same model (`annual_model`; `annual_actions` is the actions,
partners and coalition section both print) and a training's attendance workbook. Qt-free; may
import core, i18n, output.pdf, ReportLab and openpyxl, never a database session."""
