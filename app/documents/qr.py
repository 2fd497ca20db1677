"""The QR code printed on each letter, for the PDF (vector) and the DOCX (PNG).

Error correction level M survives a fold or a smudge on a letter carried home; the
code is drawn as vector squares in the PDF so it scans at any printer resolution.
"""

from __future__ import annotations

import io
from functools import lru_cache

import segno
from reportlab.lib.colors import black
from reportlab.platypus import Flowable

QUIET_ZONE = 4  # modules of white border the QR standard asks for


def make_qr(payload: str) -> segno.QRCode:
    return segno.make(payload, error="m", micro=False, boost_error=False)


@lru_cache(maxsize=64)
def _modules(payload: str) -> tuple[tuple[bool, ...], ...]:
    return tuple(tuple(bool(module) for module in row) for row in make_qr(payload).matrix)


def qr_modules(payload: str) -> list[list[bool]]:
    """Dark (True) and light modules, row by row, without the quiet zone.

    Kept for the last few payloads: a letter is laid out more than once while its type
    is fitted to the page, with the same code each time."""
    return [list(row) for row in _modules(payload)]


def qr_png(payload: str, scale: int = 8) -> bytes:
    buffer = io.BytesIO()
    make_qr(payload).save(buffer, kind="png", scale=scale, border=QUIET_ZONE)
    return buffer.getvalue()


class QRCodeFlowable(Flowable):
    """A square QR code of ``size`` points, quiet zone included."""

    def __init__(self, payload: str, size: float) -> None:
        super().__init__()
        self.payload = payload
        self.size = size
        self.modules = qr_modules(payload)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        count = len(self.modules) + 2 * QUIET_ZONE
        unit = self.size / count
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(black)
        for r, row in enumerate(self.modules):
            y = self.size - (r + QUIET_ZONE + 1) * unit
            c = 0
            while c < len(row):
                if not row[c]:
                    c += 1
                    continue
                start = c
                while c < len(row) and row[c]:
                    c += 1
                # One rectangle per run of dark modules keeps the PDF small; the slight
                # overlap stops anti-aliased viewers from showing seams between rows.
                canvas.rect((start + QUIET_ZONE) * unit, y - 0.05, (c - start) * unit, unit + 0.1, stroke=0, fill=1)
        canvas.restoreState()
