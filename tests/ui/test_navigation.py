from __future__ import annotations

from podreader.ui.navigation import History, Place


def test_back_and_forward_walk_the_jumps() -> None:
    history = History()
    a, b, c = Place("a", 1), Place("b", 5), Place("c", 9)
    history.leave(a)
    history.leave(b)
    assert history.back(c) == b
    assert history.back(b) == a
    assert not history.can_go_back()
    assert history.forward(a) == b
    assert history.forward(b) == c
    history.leave(c)
    assert not history.can_go_forward()


def test_forget_drops_places_of_a_deleted_episode() -> None:
    history = History()
    history.leave(Place("gone", 1))
    history.leave(Place("kept", 2))
    history.forget("gone")
    assert history.back(None) == Place("kept", 2)
    assert history.back(None) is None
