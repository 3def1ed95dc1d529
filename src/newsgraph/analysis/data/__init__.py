"""Data files of the analysis layer: the outlets table."""
