"""Searches for the search panel, one at a time, off the GUI thread.

Each search is a :func:`~podreader.ui.workers.run_task` job, like imports and index updates. The
engine is used by one thread at a time, so a query typed while a search runs waits, and only
the newest waiting query is kept: the results of a query already replaced are never computed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from podreader.search.engine import SearchEngine, SearchOptions, SearchResults
from podreader.ui.workers import Job, run_task

FAILED = "The search failed ({error}); try again."


class SearchRunner(QObject):
    """Signal: ``done(generation, results)`` with the :class:`SearchResults` of each search
    run (a failure is a result whose notice says so)."""

    done = Signal(int, object)

    def __init__(self, engine: SearchEngine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._job: Job | None = None
        self._waiting: tuple[int, str, SearchOptions] | None = None

    def search(self, generation: int, text: str, options: SearchOptions) -> None:
        """Search now, or after the running search (replacing any query waiting for it)."""
        self._waiting = (generation, text, options)
        if self._job is None:
            self._next()

    def discard(self) -> None:
        """Forget the waiting query (the running one still ends with ``done``)."""
        self._waiting = None

    def shutdown(self) -> None:
        """Wait for a running search; call before the engine closes."""
        self._waiting = None
        if self._job is not None:
            self._job.wait()

    def _next(self) -> None:
        if self._waiting is None:
            return
        generation, text, options = self._waiting
        self._waiting = None
        engine = self._engine

        def answered(results: object) -> None:
            self._job = None
            self.done.emit(generation, results)
            self._next()

        def failed(message: str) -> None:
            answered(SearchResults(text, 0, False, [], message))

        self._job = run_task(
            lambda: engine.search(text, options),
            answered,
            failed,
            unexpected=FAILED,
            parent=self,
            name="podreader-search",
        )
