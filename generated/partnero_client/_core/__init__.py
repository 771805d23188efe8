"""Runtime shared by every program's client: configuration, transport, retries, errors, pages.

Written once here and copied into the generated package by the generator, so each program view's
generated code stays thin and regenerating never loses it.
"""
