"""Route handlers, one module per resource; each module's ``register`` adds its routes."""
