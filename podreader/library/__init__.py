"""The SQLite library (source of truth), the import pipeline, bookmarks and export."""
