"""Which sponsor reads are folded: every one while folding is on, but those the reader opened."""

from __future__ import annotations

from podreader.ui.transcript.passages import ReadingRow, sponsor_runs


class SponsorFolds:
    """Folding on or off (*View → Fold Sponsor Reads*) and the reads opened since."""

    def __init__(self) -> None:
        self.on = False
        self._opened: set[int] = set()  # rows of the reads the reader clicked open

    def set_on(self, on: bool) -> None:
        self.on = on
        self._opened.clear()

    def reset(self) -> None:
        """Another episode or track: every read folded again."""
        self._opened.clear()

    def folded(self, rows: list[ReadingRow]) -> set[int]:
        if not self.on:
            return set()
        return {r.number for r in rows if r.sponsor and r.number not in self._opened}

    def opened(self, rows: list[ReadingRow]) -> list[int]:
        """First rows of the reads opened while folding is on (they carry a label to fold)."""
        if not self.on:
            return []
        return [run.start for run in sponsor_runs(rows) if run.start in self._opened]

    def set_open(self, rows: list[ReadingRow], row: int, open_: bool) -> None:
        """Open (or fold again) the sponsor read holding ``row``."""
        for run in sponsor_runs(rows):
            if row in run:
                if open_:
                    self._opened.update(run)
                else:
                    self._opened.difference_update(run)
