"""Printed documents built with ReportLab. Qt-free."""
