#!/bin/sh
# Koordynator Wolontariatu: the program in its private environment.
exec /opt/koordynator-wolontariatu/venv/bin/coordinator-app "$@"
