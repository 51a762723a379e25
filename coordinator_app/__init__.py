"""Koordynator Wolontariatu: the volunteer coordinator's desktop application."""

__version__ = "0.1.0"
APP_NAME = "Koordynator Wolontariatu"
APP_ID = "koordynator-wolontariatu"
