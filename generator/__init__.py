"""The generation pipeline: source spec -> program views -> generated client package."""
