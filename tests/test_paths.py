from __future__ import annotations

from pathlib import Path

import pytest

from podreader.paths import ENV_VAR, data_paths, default_data_dir, resolve_data_dir


def test_explicit_beats_environment_beats_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "env"))
    assert resolve_data_dir(tmp_path / "cli") == (tmp_path / "cli").resolve()
    assert resolve_data_dir(None) == (tmp_path / "env").resolve()
    monkeypatch.delenv(ENV_VAR)
    assert resolve_data_dir(None) == default_data_dir()
    assert "podreader" in str(default_data_dir())


def test_layout_lives_under_one_root(tmp_path: Path) -> None:
    paths = data_paths(tmp_path).ensure()
    for place in (paths.library, paths.sources, paths.index, paths.settings):
        assert tmp_path.resolve() in place.parents
    assert paths.sources.is_dir()


def test_tests_never_see_the_real_user_folder() -> None:
    assert resolve_data_dir(None) != default_data_dir()
