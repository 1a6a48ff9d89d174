"""Every icon file the installers need, drawn from the one source, resources/icons/podreader.svg.

    python packaging/icons.py OUT_DIR

writes into OUT_DIR:

- ``podreader.png`` (512 px), ``podreader.ico`` (Windows, 16-256 px) and ``podreader.icns``
  (macOS, 16-1024 px) for the PyInstaller spec;
- ``hicolor/NxN/apps/<APP_ID>.png`` for every size the freedesktop icon theme lists here, and
  ``hicolor/scalable/apps/<APP_ID>.svg``, ready to copy into ``share/icons/``.

Qt draws the SVG (it is what the window uses, so the icons look the same); Pillow writes the
.ico and .icns containers. Nothing is committed: the files are made by packaging/build.py.
"""

from __future__ import annotations

import io
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "podreader.svg"

#: The hicolor sizes desktop environments look up for application icons.
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 96, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZE = 1024  # Pillow writes the .icns' smaller sizes from this one


def _render(sizes: set[int]) -> dict[int, bytes]:
    """PNG bytes of the source icon at each size, drawn by Qt's SVG renderer."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"icons: {SOURCE} is not an SVG Qt can draw; check the file.")
    rendered: dict[int, bytes] = {}
    for size in sorted(sizes):
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; str works
        rendered[size] = bytes(buffer.data().data())
    return rendered


def make_icons(out: Path, app_id: str) -> list[Path]:
    """Write the icon set into ``out``; the files written."""
    from PIL import Image

    sizes = {*HICOLOR_SIZES, *ICO_SIZES, ICNS_SIZE}
    pngs = _render(sizes)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for size in HICOLOR_SIZES:
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{app_id}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
        written.append(target)
    scalable = out / "hicolor" / "scalable" / "apps" / f"{app_id}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    written.append(scalable)

    png = out / "podreader.png"
    png.write_bytes(pngs[512])
    largest = Image.open(io.BytesIO(pngs[max(ICO_SIZES)]))
    ico = out / "podreader.ico"
    # Pillow stores each size from its own rendering rather than scaling the largest one.
    largest.save(
        ico,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[Image.open(io.BytesIO(pngs[s])) for s in ICO_SIZES],
    )
    icns = out / "podreader.icns"
    Image.open(io.BytesIO(pngs[ICNS_SIZE])).save(icns, format="ICNS")
    written += [png, ico, icns]
    return written


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python packaging/icons.py OUT_DIR", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))
    from podreader import APP_ID

    for path in make_icons(Path(argv[0]), APP_ID):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
