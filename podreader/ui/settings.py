"""Every persisted setting, declared once with its default, in an INI file inside the data folder.

Settings live at :attr:`DataPaths.settings`, never in the platform's registry or ~/.config, so a
test, a portable install or a second ``--data-dir`` profile never touches the user's real config.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T", str, int, bool, float, QByteArray)


@dataclass(frozen=True, slots=True)
class Key(Generic[T]):
    name: str
    default: T


# -- window ---------------------------------------------------------------------------------
GEOMETRY = Key("window/geometry", QByteArray())
WINDOW_STATE = Key("window/state", QByteArray())
MAIN_SPLITTER = Key("window/main_splitter", QByteArray())
SIDE_SPLITTER = Key("window/side_splitter", QByteArray())
#: Object names of the docked panels whose place is in WINDOW_STATE, comma-separated.
PANELS = Key("window/panels", "")
VISIBLE_PANELS = Key("window/visible_panels", "")
# -- reading --------------------------------------------------------------------------------
LAST_EPISODE = Key("reader/last_episode", "")
MODE = Key("reader/mode", "side")
OTHER_TRACK = Key("reader/other_track", "")
FONT_SIZE = Key("reader/font_size", 0)  # 0 means the pane's own default
SERIF = Key("reader/serif", True)
SPONSORS_COLLAPSED = Key("reader/sponsors_collapsed", True)
HEADER_FOLDED = Key("reader/header_folded", True)
# -- looks and the episode list -------------------------------------------------------------
THEME = Key("view/theme", "system")
GROUPED = Key("library/grouped", False)
SORT = Key("library/sort", "date")
IMPORT_DIR = Key("import/last_dir", "")
SEARCH_HISTORY = Key("search/history", "")  # recent queries, newest first, one per line

#: Reading positions are one key per episode under this group: ``positions/<episode id>``.
POSITIONS = "positions"
#: How far each episode has been read, 0 to 1, one key per episode: ``progress/<episode id>``.
PROGRESS = "progress"


class Settings:
    """Typed access to the INI file; values of the wrong type fall back to the key's default."""

    def __init__(self, path: Path) -> None:
        self._qsettings = QSettings(str(path), QSettings.Format.IniFormat)

    def get(self, key: Key[T]) -> T:
        value = self._qsettings.value(key.name, key.default, type(key.default))
        return value if isinstance(value, type(key.default)) else key.default

    def set(self, key: Key[T], value: T) -> None:
        self._qsettings.setValue(key.name, value)

    def position(self, episode_id: str) -> int | None:
        value = self._qsettings.value(f"{POSITIONS}/{episode_id}", -1, int)
        return value if isinstance(value, int) and value >= 0 else None

    def set_position(self, episode_id: str, paragraph: int) -> None:
        self._qsettings.setValue(f"{POSITIONS}/{episode_id}", paragraph)

    def positions(self) -> dict[str, int]:
        """Every saved reading position: episode id -> paragraph."""
        self._qsettings.beginGroup(POSITIONS)
        try:
            keys = self._qsettings.childKeys()
        finally:
            self._qsettings.endGroup()
        found = {key: self.position(key) for key in keys}
        return {key: value for key, value in found.items() if value is not None}

    def forget_position(self, episode_id: str) -> None:
        self._qsettings.remove(f"{POSITIONS}/{episode_id}")
        self._qsettings.remove(f"{PROGRESS}/{episode_id}")

    def set_progress(self, episode_id: str, fraction: float) -> None:
        self._qsettings.setValue(f"{PROGRESS}/{episode_id}", round(min(max(fraction, 0.0), 1.0), 3))

    def progress_of(self, episode_id: str) -> float | None:
        value = self._qsettings.value(f"{PROGRESS}/{episode_id}", -1.0, float)
        return value if isinstance(value, float) and 0 <= value <= 1 else None

    def progress(self) -> dict[str, float]:
        """How far each episode read so far has been read, by episode id."""
        self._qsettings.beginGroup(PROGRESS)
        try:
            found = {k: self._qsettings.value(k, -1.0, float) for k in self._qsettings.childKeys()}
        finally:
            self._qsettings.endGroup()
        return {k: v for k, v in found.items() if isinstance(v, float) and 0 <= v <= 1}

    def sync(self) -> None:
        self._qsettings.sync()
