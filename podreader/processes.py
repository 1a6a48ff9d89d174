"""Worker processes for long work (importing, indexing), started safely from any program.

Workers are spawned, never forked: the window's process runs Qt threads, and a forked child
inherits their locks in whatever state they were. Each worker ends by itself when the process
that started it is gone (killed), instead of lingering.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any

#: The start method for every worker process, and for the shared values they are given.
context = multiprocessing.get_context("spawn")


def worker_pool(
    workers: int, initializer: Callable[..., None] | None = None, initargs: tuple[Any, ...] = ()
) -> ProcessPoolExecutor:
    """A pool of ``workers`` spawned processes; ``initializer(*initargs)`` runs in each."""
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_start_worker,
        initargs=(os.getpid(), initializer, initargs),
    )


def _start_worker(
    parent: int, initializer: Callable[..., None] | None, initargs: tuple[Any, ...]
) -> None:
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, daemon=True).start()
    if initializer is not None:
        initializer(*initargs)
