"""podreader: an offline reader for saved PodQuest podcast transcript pages."""

__version__ = "0.1.0"
