"""Application infrastructure: where files live (platformdirs), the masked log, shipped resources."""
