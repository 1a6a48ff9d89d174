import multiprocessing
import sys
from pathlib import Path

from podreader.cli import main


def bundle_arguments(argv: list[str], *, frozen_macos: bool) -> list[str]:
    """The arguments as the command line means them. Finder hands files opened with the macOS
    app to it as bare arguments (PyInstaller's argv emulation, see packaging/pyinstaller/):
    those mean ``podreader open FILE…``."""
    if frozen_macos and argv and all(Path(arg).exists() for arg in argv):
        return ["open", *argv]
    return argv


if __name__ == "__main__":
    # A frozen (PyInstaller) build starts import workers by running itself again; this lets
    # such a child do its work instead of opening another window.
    multiprocessing.freeze_support()
    frozen_macos = bool(getattr(sys, "frozen", False)) and sys.platform == "darwin"
    raise SystemExit(main(bundle_arguments(sys.argv[1:], frozen_macos=frozen_macos)))
