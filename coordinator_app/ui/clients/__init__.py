"""The Podopieczni tab: the clients list (read-only for now) and a client's details."""
