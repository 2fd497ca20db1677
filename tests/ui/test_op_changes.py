"""One signal says what a piece of work changed; each view shows it again, and only then."""

from __future__ import annotations

import pytest

from app.domain.letters import LetterKind
from app.services import cases, letters
from app.ui.case_view import CaseViewDialog
from app.ui.printing import LetterPrinter
from app.ui.worker import SyncWorker
from intake_fixtures import OTHER_ID, TODAY, build_template, log_case, open_desk

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(scope="session")
def desk_template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("op-changes") / "template")


@pytest.fixture
def desk(desk_template, tmp_path):
    desk = open_desk(desk_template, tmp_path / "data")
    yield desk
    desk.ws.close()


class CountingWorker(SyncWorker):
    """Runs at once, and keeps every task it was given: what went through the worker."""

    def __init__(self) -> None:
        super().__init__()
        self.tasks = 0

    def submit(self, task, on_done=None, on_error=None) -> None:
        self.tasks += 1
        super().submit(task, on_done, on_error)


def history(view: CaseViewDialog) -> list[str]:
    model = view.events_model
    return [model.index(row, 3).data() for row in range(model.rowCount())]


def test_work_on_the_case_done_elsewhere_shows_in_its_open_view(qtbot, desk):
    """A note added through the window's worker by another dialog appears without a manual reload."""
    worker = SyncWorker()
    case = log_case(desk)
    view = CaseViewDialog(desk.ws, desk.officer, case.state.uuid, TODAY, worker=worker)
    qtbot.addWidget(view)
    assert not any("补交时间另约" in text for text in history(view))
    worker.submit(lambda: cases.add_note(desk.ws, desk.officer, case.state.uuid, "补交时间另约", TODAY))
    assert any("补交时间另约" in text for text in history(view))


def test_work_on_another_case_leaves_the_view_alone(qtbot, desk, monkeypatch):
    worker = SyncWorker()
    case = log_case(desk)
    other = log_case(desk, id_number=OTHER_ID, name="李四")
    view = CaseViewDialog(desk.ws, desk.officer, case.state.uuid, TODAY, worker=worker)
    qtbot.addWidget(view)
    reloads: list[str] = []
    monkeypatch.setattr(view, "reload", lambda: reloads.append("reload"))
    worker.submit(lambda: cases.add_note(desk.ws, desk.officer, other.state.uuid, "另一件", TODAY))
    assert reloads == []
    worker.submit(lambda: cases.get_case(desk.ws, case.state.uuid, TODAY))  # reading changes nothing
    assert reloads == []


def test_a_refused_action_reloads_nothing(qtbot, desk, monkeypatch):
    worker = SyncWorker()
    case = log_case(desk)
    view = CaseViewDialog(desk.ws, desk.officer, case.state.uuid, TODAY, worker=worker)
    qtbot.addWidget(view)
    reloads: list[str] = []
    monkeypatch.setattr(view, "reload", lambda: reloads.append("reload"))
    refused: list[BaseException] = []
    worker.submit(lambda: cases.add_note(desk.ws, desk.officer, case.state.uuid, "", TODAY), None, refused.append)
    assert refused and reloads == []


def test_printing_runs_on_the_worker_and_the_print_shows_in_the_case_view(qtbot, desk, monkeypatch):
    """Preparing, rendering and recording a letter are service calls: none runs on the GUI thread."""
    worker = CountingWorker()
    case = log_case(desk)
    view = CaseViewDialog(desk.ws, desk.officer, case.state.uuid, TODAY, worker=worker)
    qtbot.addWidget(view)
    before = worker.tasks
    printer = LetterPrinter(desk.ws, view, worker=worker)
    # the preview's own dialog is replaced by "save as PDF at once": the recording is what matters
    monkeypatch.setattr(LetterPrinter, "_show", lambda self, actor, job, today: self._record(actor, job, "pdf", today))
    calls: list[str] = []
    real_prepare = letters.prepare
    monkeypatch.setattr(letters, "prepare", lambda *a, **kw: calls.append("prepare") or real_prepare(*a, **kw))

    given = printer.print_letters(desk.officer, case.state.uuid, [LetterKind.COMMITMENT], TODAY)

    assert given == [LetterKind.COMMITMENT] and calls == ["prepare"]
    # prepare, render and record each went through the worker, and the view read the case again
    assert worker.tasks - before >= 4
    assert view.letters_model.rowCount() == 1
