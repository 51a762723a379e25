"""Application infrastructure: where files live (platformdirs), the masked log, shipped resources.

May import: the top-level `coordinator_app` (its name and version) and third-party libraries;
no other package of the application, so that every one of them may use it.
"""
