"""Data safety in the window: backups, restore, handover, integrity at start-up."""
