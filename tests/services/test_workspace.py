"""The daily backup and integrity check that the desktop program runs after start-up."""

import pytest

from app.store import backup


@pytest.mark.sqlite_only("daily backups are of the SQLite file")
def test_daily_maintenance_backs_up_once_a_day_and_checks_the_file(workspace):
    made, problems = workspace.daily_maintenance()
    assert made is not None and made.exists() and made.name.startswith("daily-")
    assert problems == []
    assert backup.file_problems(made) == []
    again, problems = workspace.daily_maintenance()
    assert again is None and problems == []
    assert len([p for p in backup.list_backups(workspace.paths.backups) if p.name.startswith("daily-")]) == 1
