"""The print preview of a letter, and the one way its PDF reaches a printer.

A letter exists once, as the PDF its renderer made. The preview, the printer and the
"save as PDF" button all use those same bytes: the preview and the printer draw the
pages QtPdf renders from them, and saving writes them unchanged. So what the officer
looked at is what the applicant takes home.

Pages are drawn full page, at their true size on A4 (the letter carries its own
margins), scaled down only when the printer holds other paper. They are rendered in
horizontal bands, so a 600 dpi page never needs one huge image; the preview asks for
less detail than the printer, since it only has to be read on screen.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Callable

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QObject,
    QRect,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintEngine,
    QPainter,
    QPdfWriter,
)
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import USER_ERRORS
from app.store.atomic import atomic_write_bytes
from app.ui.refusal_words import refusal_text

translate = QCoreApplication.translate

# What office laser printers print at; a 1200 dpi driver gets the pages scaled up by Qt.
PRINT_DPI_LIMIT = 600
# Sharp on screen up to about twice the page's true size.
PREVIEW_DPI = 200
# Rows of pixels rendered at a time: about 10 MB at 600 dpi across A4.
BAND_ROWS = 512

# Characters Windows does not allow in a file name.
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


class PrintFailed(Exception):
    """The printer or the PDF could not be used; the message is for the officer."""


def file_stem(number: str) -> str:
    """A file name (without suffix) from a document number, safe on every system."""
    stem = _UNSAFE.sub("_", number).strip(" .")
    return stem or "letter"


def new_letter_printer() -> QPrinter:
    """The printer a window keeps for its letters: A4 portrait, full page, one copy, grey.

    Letters are black and grey; grey scale keeps a colour printer from mixing its black
    out of three inks, and sends a third of the data to the print queue.
    """
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setColorMode(QPrinter.ColorMode.GrayScale)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setCopyCount(1)
    return printer


def open_pdf(data: bytes, parent: QObject | None = None) -> QPdfDocument:
    """The PDF loaded for rendering; the buffer it reads from lives as long as it does."""
    document = QPdfDocument(parent)
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        raise PrintFailed(translate("PrintPreview", "The letter's PDF could not be read for printing."))
    return document


def is_preview(painter: QPainter) -> bool:
    """Whether the painter records a preview rather than making a real print job."""
    engine = painter.paintEngine()
    return engine is not None and engine.type() == QPaintEngine.Type.Picture


def _target(page_points: QRectF, paper: QRectF) -> QRectF:
    """Where a page goes on the paper: true size if it fits, else scaled down; centred."""
    scale = min(1.0, paper.width() / page_points.width(), paper.height() / page_points.height())
    width, height = page_points.width() * scale, page_points.height() * scale
    return QRectF(paper.x() + (paper.width() - width) / 2, paper.y() + (paper.height() - height) / 2, width, height)


def paint_pdf_pages(document: QPdfDocument, painter: QPainter, printer: QPrinter, *,
                    new_page_first: bool = False, dpi: int | None = None) -> int:
    """Draw every page of the PDF into an active painter on the printer; returns the page count.

    ``new_page_first`` starts a fresh sheet before the first page, for a job that
    already holds other letters.
    """
    device_dpi = printer.resolution()
    if dpi is None:
        dpi = min(device_dpi, PREVIEW_DPI if is_preview(painter) else PRINT_DPI_LIMIT)
    paper_px = printer.paperRect(QPrinter.Unit.DevicePixel)
    # With a full-page printer the painter's origin is the paper's corner.
    paper = QRectF(0, 0, paper_px.width(), paper_px.height())
    points_to_device = device_dpi / 72.0
    # Qt's PDF writer (which also feeds the print queue on Linux) would otherwise store the
    # pages as JPEG, blurring the edges of the characters.
    painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
    # The preview shows the pages smaller than rendered: scaled smoothly, thin strokes survive.
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    for index in range(document.pageCount()):
        if index > 0 or new_page_first:
            if not printer.newPage():
                raise PrintFailed(translate("PrintPreview", "The printer refused a new page."))
        size = document.pagePointSize(index)
        target = _target(QRectF(0, 0, size.width() * points_to_device, size.height() * points_to_device), paper)
        image_size = QSize(max(1, round(target.width() * dpi / device_dpi)),
                           max(1, round(target.height() * dpi / device_dpi)))
        _paint_bands(document, index, painter, target, image_size)
    return document.pageCount()


def _paint_bands(document: QPdfDocument, index: int, painter: QPainter, target: QRectF, image_size: QSize) -> None:
    scale_y = target.height() / image_size.height()
    extra = clip_overhang()
    for top in range(0, image_size.height(), BAND_ROWS):
        rows = min(BAND_ROWS, image_size.height() - top)
        options = QPdfDocumentRenderOptions()
        options.setScaledSize(image_size)
        options.setScaledClipRect(QRect(0, top, image_size.width() + extra, rows + extra))
        band = document.render(index, QSize(image_size.width(), rows), options)
        if band.isNull():
            raise PrintFailed(translate("PrintPreview", "Page %1 of the letter could not be rendered.")
                              .replace("%1", str(index + 1)))
        painter.drawImage(QRectF(target.x(), target.y() + top * scale_y, target.width(), rows * scale_y),
                          _on_white(band))


def _on_white(band: QImage) -> QImage:
    """The band on white paper: QtPdf leaves the paper transparent."""
    opaque = QImage(band.size(), QImage.Format.Format_RGB32)
    opaque.fill(QColor("white"))
    composer = QPainter(opaque)
    composer.drawImage(0, 0, band)
    composer.end()
    return opaque


@functools.cache
def clip_overhang() -> int:
    """How many pixels to add to a clip rectangle so that QtPdf renders it at the asked scale.

    QtPdf 6 scales a clipped render by ``(right - left) / width``, and ``QRect.right()``
    is one pixel short of the edge, so each band would come out slightly shrunk and the
    page would drift downwards band by band. Measured once on a drawn page (its lower
    half black) rather than assumed, so a QtPdf that scales correctly is not over-corrected.
    """
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(72)
    writer.setPageSize(QPageSize(QSizeF(100, 100), QPageSize.Unit.Point))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    painter = QPainter(writer)
    painter.fillRect(QRectF(0, 50, 100, 50), QColor("black"))
    painter.end()
    document = open_pdf(bytes(buffer.data()))
    try:
        for extra in (1, 0):
            options = QPdfDocumentRenderOptions()
            options.setScaledSize(QSize(20, 1000))
            options.setScaledClipRect(QRect(0, 400, 20 + extra, 200 + extra))
            band = document.render(0, QSize(20, 200), options)
            edge = next((y for y in range(band.height()) if band.pixelColor(10, y).alpha() > 127), None)
            if edge == 100:
                return extra
        return 0
    finally:
        document.close()


def print_pdf_to_printer(pdf_bytes: bytes, printer: QPrinter) -> int:
    """One print job of the whole PDF on ``printer``; returns the number of pages printed.

    The printer may be a real one or a QPrinter writing a PDF file: this is the path a
    letter takes from the preview's Print button, without the dialogs around it.
    """
    document = open_pdf(pdf_bytes)
    try:
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintFailed(printer_problem(printer))
        try:
            return paint_pdf_pages(document, painter, printer)
        finally:
            painter.end()
    finally:
        document.close()
        document.deleteLater()


def printer_problem(printer: QPrinter) -> str:
    """What to tell the officer when a print job cannot start."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        return translate("PrintPreview", "Could not write the file %1.").replace("%1", printer.outputFileName())
    name = printer.printerName() or translate("PrintPreview", "the default printer")
    return translate("PrintPreview", "Printing could not start on %1. Check that the printer is switched on "
                                     "and connected, then try again.").replace("%1", name)


def _print_action(toolbar: QToolBar) -> QAction:
    """The dialog's own Print action (it asks for the printer, prints, then accepts)."""
    actions = [a for a in toolbar.actions() if not a.isSeparator()]
    context, text = "QPrintPreviewDialog", "Print"  # Qt's own words, translated by Qt's catalogue
    wanted = translate(context, text)
    return next((a for a in actions if a.text() == wanted), actions[-1])


Recorder = Callable[[str], bool]
"""Asked before a letter counts as given out ("paper", "pdf" or "docx"); False stops it."""


class PrintPreview(QPrintPreviewDialog):
    """The letter as it will be printed, with Print, Save as PDF… and Save as DOCX….

    The dialog is accepted when the letter was sent to a printer. Each real output (a
    print job, a saved file) first asks ``record`` whether it may stand; the preview
    itself asks nothing.
    """

    saved = Signal(str, str)  # format ("pdf" or "docx"), path

    def __init__(self, pdf: bytes, printer: QPrinter, parent: QWidget | None = None, *, title: str = "",
                 suggested_name: str = "letter", folder: Path | None = None,
                 docx: Callable[[], bytes] | None = None, record: Recorder | None = None,
                 notes: list[str] | None = None, check_path: Callable[[Path], Path] | None = None) -> None:
        super().__init__(printer, parent)
        self._check_path = check_path
        self.setObjectName("printPreview")
        self.pdf = pdf
        self.folder = folder or Path.home()
        self._suggested = suggested_name
        self._docx = docx
        self._record = record
        self.pages_printed = 0
        self.document = open_pdf(pdf, self)
        self.paintRequested.connect(self._paint)
        self.setWindowTitle(title or self.tr("Print preview"))

        self.preview_widget: QPrintPreviewWidget = self.findChild(QPrintPreviewWidget)
        self.toolbar: QToolBar = self.findChild(QToolBar)
        self.print_action = _print_action(self.toolbar)
        # A letter is A4 portrait: turning it would only print it wrongly.
        for action in self._turning_actions():
            action.setVisible(False)
        self.toolbar.addSeparator()
        self.save_pdf_action = self.toolbar.addAction(self.tr("Save as &PDF…"), self.save_pdf)
        self.save_pdf_action.setObjectName("savePdf")
        self.save_docx_action = self.toolbar.addAction(self.tr("Save as &DOCX…"), self.save_docx)
        self.save_docx_action.setObjectName("saveDocx")
        self.save_docx_action.setEnabled(docx is not None)
        for action, style in ((self.print_action, Qt.ToolButtonStyle.ToolButtonTextBesideIcon),
                              (self.save_pdf_action, Qt.ToolButtonStyle.ToolButtonTextOnly),
                              (self.save_docx_action, Qt.ToolButtonStyle.ToolButtonTextOnly)):
            button = self.toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(style)
        self.print_action.setToolTip(self.tr("Print on paper (Ctrl+P)"))
        self.print_action.setShortcut("Ctrl+P")

        self.notes = QLabel("\n".join(notes or []), self)
        self.notes.setObjectName("previewNotes")
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("background: #fff3cd; color: #7a4d00; padding: 6px 10px;")
        self.notes.setVisible(bool(notes))
        # The dialog holds a main window with the toolbar; the notes go between it and the pages.
        frame = self.findChild(QMainWindow)
        pages = frame.takeCentralWidget()
        centre = QWidget(frame)
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.notes)
        column.addWidget(pages)
        frame.setCentralWidget(centre)
        self.status_bar = frame.statusBar()
        # Read at the width of the page, as on paper; Fit page is one click away.
        fit_width = self.findChild(QAction, "fitWidthAction")
        if fit_width is not None:
            fit_width.trigger()
        else:
            self.preview_widget.fitToWidth()
        self._fit_to_screen()
        self.preview_widget.setFocus()

    def _turning_actions(self) -> list[QAction]:
        """The toolbar's Portrait and Landscape buttons."""
        names = {translate(context, text) for context, text in
                 (("QPrintPreviewDialog", "Portrait"), ("QPrintPreviewDialog", "Landscape"))}
        return [a for a in self.toolbar.actions() if a.text() in names]

    def _fit_to_screen(self) -> None:
        screen = self.screen() if self.screen() is not None else QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800)
        self.resize(min(980, int(room.width() * 0.9)), min(1040, int(room.height() * 0.92)))

    # -- printing ------------------------------------------------------------------------

    def _paint(self, printer: QPrinter) -> None:
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Not printed"), printer_problem(printer))
            return
        real = not is_preview(painter)
        if real:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if real and self._record is not None and not self._record("paper"):
                printer.abort()
                return
            pages = paint_pdf_pages(self.document, painter, printer)
            if real:
                self.pages_printed += pages
        except PrintFailed as exc:
            printer.abort()
            QMessageBox.warning(self, self.tr("Not printed"), refusal_text(exc))
        finally:
            painter.end()
            if real:
                QGuiApplication.restoreOverrideCursor()

    def print_to(self, printer: QPrinter) -> int:
        """The Print button's job on the given printer, without asking which; returns pages printed."""
        before = self.pages_printed
        self._paint(printer)
        return self.pages_printed - before

    # -- saving --------------------------------------------------------------------------

    def save_pdf(self) -> Path | None:
        return self._save("pdf", self.tr("Save the letter as PDF"), self.tr("PDF documents (*.pdf)"), lambda: self.pdf)

    def save_docx(self) -> Path | None:
        if self._docx is None:
            return None
        return self._save("docx", self.tr("Save the letter as DOCX"), self.tr("Word documents (*.docx)"), self._docx)

    def _save(self, fmt: str, caption: str, filters: str, content: Callable[[], bytes]) -> Path | None:
        start = str(self.folder / f"{self._suggested}.{fmt}")
        chosen, _filter = QFileDialog.getSaveFileName(self, caption, start, filters)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        try:
            if self._check_path is not None:
                path = self._check_path(path)
            atomic_write_bytes(path, content())
        except USER_ERRORS as exc:
            QMessageBox.warning(self, self.tr("Not saved"), refusal_text(exc))
            return None
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), self.tr("Could not write the file %1: %2")
                                .replace("%1", str(path)).replace("%2", exc.strerror or str(exc)))
            return None
        if self._record is not None and not self._record(fmt):
            path.unlink(missing_ok=True)
            return None
        self.folder = path.parent
        self.status_bar.showMessage(self.tr("Saved as %1").replace("%1", str(path)))
        self.saved.emit(fmt, str(path))
        return path
