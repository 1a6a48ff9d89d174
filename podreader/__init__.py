"""podreader: an offline reader for saved PodQuest podcast transcript pages."""

__version__ = "0.1.0"

#: The reverse-DNS application id: the desktop file, the AppStream metainfo, the MIME package,
#: the icon name and the macOS bundle identifier all carry it (tests/test_packaging.py checks).
APP_ID = "io.github.podreader.PodReader"

#: The interface languages podreader ships (``--lang``); the first is the source language.
INTERFACE_LANGUAGES = ("en", "zh_CN", "zh_TW")
