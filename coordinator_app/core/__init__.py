"""Qt-free domain logic: types, rules, validation and the services the UI calls."""
