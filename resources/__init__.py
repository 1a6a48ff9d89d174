"""Data shipped with podreader: icons, stylesheets and sample episodes."""
