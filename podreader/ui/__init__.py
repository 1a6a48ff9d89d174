"""Everything that knows Qt: main window, models, views, workers, icons, theme."""
