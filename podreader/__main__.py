import multiprocessing

from podreader.cli import main

if __name__ == "__main__":
    # A frozen (PyInstaller) build starts import workers by running itself again; this lets
    # such a child do its work instead of opening another window.
    multiprocessing.freeze_support()
    raise SystemExit(main())
