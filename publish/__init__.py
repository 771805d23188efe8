"""Publishing the spec for other languages: bundles, HTML reference, TypeScript proof, spec diffs."""
