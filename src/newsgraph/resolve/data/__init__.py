"""Data files of the resolver: transliteration rules."""
