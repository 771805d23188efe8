"""Read-only look-ups over a program's books, one module per resource. Nothing here changes a
record, so every rule module may use any of them without an import circle."""
