"""Back and forward through places read: a jump (search hit, bookmark, chapter) is a step."""

from __future__ import annotations

from dataclasses import dataclass

LIMIT = 100


@dataclass(frozen=True, slots=True)
class Place:
    episode_id: str
    paragraph: int


class History:
    """Browser-style history: :meth:`leave` records where a jump starts from."""

    def __init__(self) -> None:
        self._back: list[Place] = []
        self._forward: list[Place] = []

    def leave(self, place: Place) -> None:
        """Record ``place`` before jumping away from it; a new jump clears the forward steps."""
        if not self._back or self._back[-1] != place:
            self._back.append(place)
            del self._back[:-LIMIT]
        self._forward.clear()

    def back(self, here: Place | None) -> Place | None:
        """Where Back goes from ``here`` (which Forward will then return to)."""
        return self._step(self._back, self._forward, here)

    def forward(self, here: Place | None) -> Place | None:
        return self._step(self._forward, self._back, here)

    @staticmethod
    def _step(source: list[Place], other: list[Place], here: Place | None) -> Place | None:
        """The last place of ``source``, leaving ``here`` on ``other`` to come back to."""
        if not source:
            return None
        if here is not None:
            other.append(here)
        return source.pop()

    def can_go_back(self) -> bool:
        return bool(self._back)

    def can_go_forward(self) -> bool:
        return bool(self._forward)

    def forget(self, episode_id: str) -> None:
        """Drop the places in an episode that no longer exists."""
        self._back = [p for p in self._back if p.episode_id != episode_id]
        self._forward = [p for p in self._forward if p.episode_id != episode_id]
