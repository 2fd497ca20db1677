"""``--lang en``: the window speaks English, the data stays as typed, the letters Chinese.

The rule checked: every text a visible widget shows (labels, buttons, group and tab
titles, fields and their placeholders, every cell and heading of a visible table, menu
entries) contains no CJK character once the data is taken out of it. Data is what the
officer or the catalogue wrote: the applicant's name, officers' names, item and material
names, case numbers and the centre's name. Letters are not shown in the window; their
names in the print menu are interface words and must be English too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTabBar,
    QWidget,
)

from app.domain import identifiers
from app.domain.letters import LetterKind
from app.domain.lifecycle import Decision, IntakeFacts, decision_options
from app.services import catalogue, cases
from app.ui.case_view import CaseViewDialog
from app.ui.domain_words import decision_reason, id_message, letter_name, ui_date
from app.ui.intake import APPLICANT_PAGE, DECISION_PAGE, MATERIALS_PAGE, IntakeDialog
from intake_fixtures import GOOD_ID, PHONE, TODAY, build_template, log_case, open_desk

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CJK = re.compile("[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\U00020000-\U0003ffff]")


@pytest.fixture(scope="module")
def desk_template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("english") / "template")


@pytest.fixture
def desk(desk_template, tmp_path):
    desk = open_desk(desk_template, tmp_path / "data")
    yield desk
    desk.ws.close()


def shown_texts(widget: QWidget) -> Iterable[str]:
    """Every text a visible widget of ``widget`` (itself included) shows."""
    yield widget.windowTitle()
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisible():
            continue
        if isinstance(child, QLabel):
            yield child.text()
        elif isinstance(child, QAbstractButton):
            yield child.text()
        elif isinstance(child, QGroupBox):
            yield child.title()
        elif isinstance(child, QLineEdit):
            yield child.text()
            yield child.placeholderText()
        elif isinstance(child, QTabBar):
            yield from (child.tabText(i) for i in range(child.count()))
        elif isinstance(child, QAbstractItemView) and child.model() is not None:
            model = child.model()
            for column in range(model.columnCount()):
                yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                for row in range(model.rowCount()):
                    yield str(model.index(row, column).data() or "")


def non_english(texts: Iterable[str], data: list[str]) -> list[str]:
    found = []
    for text in texts:
        rest = text
        for word in data:
            rest = rest.replace(word, "")
        if CJK.search(rest):
            found.append(text)
    return found


def type_chinese(widget: QWidget, text: str) -> None:
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_intake_case_view_and_print_menu_speak_english(qtbot, desk, english, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Discard)
    earlier = log_case(desk, name="张三")  # an open case of the same applicant and item: the duplicate warning
    item = cases.get_case(desk.ws, earlier.state.uuid, TODAY).state.item
    data = ["张三", earlier.state.number, item["name"], "某镇便民服务中心", "王芳", "李主任", "管理员",
            *[m.name for m in earlier.state.materials.values()]]
    data.sort(key=len, reverse=True)

    dialog = IntakeDialog(desk.ws, desk.officer, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.picker.search, "MZ-001")
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)
    assert dialog.stack.currentIndex() == APPLICANT_PAGE
    type_chinese(dialog.name_edit, "张三")
    qtbot.keyClicks(dialog.id_edit, GOOD_ID[:-1] + ("0" if GOOD_ID[-1] != "0" else "1"))  # a wrong check digit
    qtbot.keyClicks(dialog.phone_edit, "1380013")  # too short
    assert non_english(shown_texts(dialog), data) == []
    assert "check digit" in dialog.id_status.text()
    assert "11 digits" in dialog.phone_status.text()

    dialog.id_edit.setText(GOOD_ID)
    dialog.phone_edit.setText(PHONE)
    assert "born 31 Dec 1949, female" in dialog.id_status.text()
    qtbot.keyClick(dialog.phone_edit, Qt.Key.Key_Return)
    assert dialog.stack.currentIndex() == MATERIALS_PAGE
    assert non_english(shown_texts(dialog), data) == []
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == DECISION_PAGE
    texts = list(shown_texts(dialog))
    assert non_english(texts, data) == []
    assert any("already has an open case" in t for t in texts)
    assert any(t.startswith("Not possible: core materials missing") for t in texts)
    assert "One-time notice" in dialog.print_check.text()

    dialog.duplicate_reason.setText("second application")
    created = []
    dialog.case_created.connect(created.append)
    qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
    assert created

    view = CaseViewDialog(desk.ws, desk.officer, earlier.state.uuid, TODAY)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    for tab in range(view.tabs.count()):
        view.tabs.setCurrentIndex(tab)
        assert non_english(shown_texts(view), data) == [], f"tab {tab}"
    assert view.countdown_dates["supply"].text().endswith("2026")
    menu: QMenu = view.print_menu
    entries = [action.text() for action in menu.actions()]
    assert entries and non_english(entries, data) == []
    assert "Tolerant acceptance notice" in entries


def test_every_identifier_refusal_has_english_words(english):
    samples = ["", "110105491231002", "1101051949", "11010519491231002A", GOOD_ID[:-1] + "0",
               "110105194902301239", "110105209912310021", "110105189912310021"]
    checks = [identifiers.check_resident_id(s, today=TODAY) for s in samples]
    checks += [identifiers.check_uscc(s) for s in ("", "9133", "A1330106MA2B3C4D0X", "91330106MA2B3C4D0I",
                                                   "91330106MA2B3C4D09")]
    checks += [identifiers.check_phone(s) for s in ("", "138-0013-800a", "13800138000转12", "12800138000",
                                                    "1380013800", "8888666", "123456", "0571", "0571-8888-66-1-1",
                                                    "0571-", "0091-88886666", "0571-888866", "0571-08888666")]
    checks.append(identifiers.check_resident_id("990105194912310021"[:17] + "X", today=TODAY))
    refused = [c for c in checks if not c.ok or c.warning]
    assert len({c.code for c in refused}) >= 20
    for check in refused:
        words = id_message(check)
        assert words and not CJK.search(words), (check.code, check.error, words)


def test_every_decision_reason_has_english_words(english, desk):
    rules = next(i for i in catalogue.current_items(desk.ws) if i.item.code == "MZ-001").rules()
    codes = [m["code"] for m in rules.materials]
    for received, signed, broke in [(codes, False, False), (codes[:3], True, False), ((), False, False),
                                    (codes[:-2], False, False), (codes[:-2], True, True)]:
        facts = IntakeFacts(item=rules, received=frozenset(received), missing=frozenset(set(codes) - set(received)),
                            commitment_signed=signed, applicant_broke_promise=broke)
        for option in decision_options(facts):
            words = decision_reason(option)
            rest = words
            for m in rules.materials:
                rest = rest.replace(m["name"], "")
            assert option.code and not CJK.search(rest), (option.code, option.reason, words)


def test_the_chinese_interface_keeps_the_domain_s_own_words(chinese):
    check = identifiers.check_resident_id(GOOD_ID[:-1] + "0", today=TODAY)
    assert id_message(check) == check.error
    assert letter_name(LetterKind.ACCEPTANCE) == "受理通知书"
    assert ui_date(TODAY) == "2026年11月20日"


def test_dates_and_letter_names_in_english(english):
    assert ui_date(TODAY) == "20 Nov 2026"
    assert [letter_name(k) for k in LetterKind] == [
        "One-time notice", "Tolerant acceptance notice", "Commitment letter", "Acceptance notice", "Refusal notice",
        "Reminder to supply", "Termination notice", "Extension notice"]
    assert Decision.TOLERANT  # the decision words come from decision_text, tested with the intake


def _tooltips(widget: QWidget) -> list[str]:
    return [b.toolTip() for b in widget.findChildren(QAbstractButton) if b.isVisible() and b.toolTip()]


def test_disabled_buttons_say_why_in_english(qtbot, desk, english):
    """A disabled action's tooltip is the domain's reason: English in the English window."""
    from people import id_for

    awaiting = log_case(desk, received=("01", "02", "03"), decision=Decision.NOTICE, commitment=False,
                        name="李四", id_number=id_for("李四"))
    tolerant = log_case(desk, name="王五", id_number=id_for("王五"))
    done = log_case(desk, received=("01", "02", "03", "04", "05", "06", "07"), decision=Decision.ACCEPT,
                    name="赵六", id_number=id_for("赵六"))
    cases.complete(desk.ws, desk.officer, done.state.uuid, "approved", TODAY)
    cases.rate(desk.ws, desk.officer, done.state.uuid, "satisfied", "", TODAY)
    seen = []
    for case, actor in ((awaiting, desk.officer), (tolerant, desk.officer), (tolerant, desk.supervisor),
                        (done, desk.officer)):
        state = cases.get_case(desk.ws, case.state.uuid, TODAY).state
        data = sorted([state.applicant["name"], state.number, state.item["name"],
                       *[m.name for m in state.materials.values()]], key=len, reverse=True)
        view = CaseViewDialog(desk.ws, actor, case.state.uuid, TODAY)
        qtbot.addWidget(view)
        view.show()
        qtbot.waitExposed(view)
        tips = _tooltips(view)
        assert non_english(tips, data) == [], case.state.number
        assert non_english(shown_texts(view), data) == []
        seen += tips
        view.close()
    assert any("not accepted yet" in t for t in seen)           # 办结 of a case awaiting materials
    assert any("approved by a supervisor" in t for t in seen)   # 延期 by a window officer
    assert any("reopen a case" in t for t in seen)              # 重新办理 by a window officer
    assert any(t.startswith("rated: satisfied") or "satisfied" in t for t in shown_texts_of_done(qtbot, desk, done))


def shown_texts_of_done(qtbot, desk, done) -> list[str]:
    view = CaseViewDialog(desk.ws, desk.supervisor, done.state.uuid, TODAY)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.tabs.setCurrentIndex(1)
    return list(shown_texts(view))


def test_a_refused_action_says_why_in_english(qtbot, desk, english, monkeypatch):
    """A refusal that reaches a message box (a service refusing what the rules forbid) is English."""
    from app.ui.refusal_words import refusal_text

    case = log_case(desk, received=("01", "02", "03"), decision=Decision.NOTICE, commitment=False)
    with pytest.raises(cases.CaseRefused) as refused:
        cases.complete(desk.ws, desk.officer, case.state.uuid, "approved", TODAY)
    words = refusal_text(refused.value)
    assert words.startswith("The case is awaiting materials") and not CJK.search(words)

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append((title, text)))
    view = CaseViewDialog(desk.ws, desk.supervisor, case.state.uuid, TODAY)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view._run(lambda: cases.complete(desk.ws, desk.supervisor, case.state.uuid, "approved", TODAY))
    qtbot.waitUntil(lambda: bool(shown))
    assert shown[0][0] == "Not done" and shown[0][1] == words


def test_rating_steps_and_conflict_kinds_in_english(english):
    from app.domain.merge import ConflictKind
    from app.domain.rating import LEVELS, STEPS
    from app.ui.refusal_words import conflict_kind_word, rating_word, step_word

    words = [rating_word(code) for code in [*LEVELS, "declined", "not_rated"]]
    words += [step_word(step) for step in STEPS] + [conflict_kind_word(kind) for kind in ConflictKind]
    assert all(w and not CJK.search(w) for w in words), words
    assert rating_word("basic") == "fairly satisfied"


def test_the_chinese_interface_shows_the_rule_s_own_sentence(chinese):
    from app.domain.lifecycle import RuleViolation
    from app.domain.rating import LEVELS
    from app.ui.refusal_words import rating_word, refusal_text

    refusal = RuleViolation("延期须由主管或管理员批准", "extend_supervisor")
    assert refusal_text(refusal) == "延期须由主管或管理员批准"
    assert [rating_word(c) for c in LEVELS] == list(LEVELS.values())
