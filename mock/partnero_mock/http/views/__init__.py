"""Rendering of domain records into the JSON shapes of the documented replies."""
