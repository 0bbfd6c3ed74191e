"""Demo content of the intranet, one module per feature (see seed_demo)."""
