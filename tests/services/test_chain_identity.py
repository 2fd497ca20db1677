"""After a restore a station never reuses a sequence number or a case number it has issued."""

from __future__ import annotations

from sqlalchemy import select
from stations_helpers import ADMIN_PASSWORD, intake, numbers, send

from app.cli import main
from app.cli.common import ENV_PASSWORD
from app.paths import DataPaths
from app.services.maintenance import audit, make_backup, projection_digest
from app.services.workspace import Workspace
from app.store.models import Event, Station


def test_a_restored_station_writes_on_a_new_chain_and_its_lost_tail_comes_back(county, capsys, monkeypatch):
    w1, w2 = county["window1"], county["window2"]
    first = intake(w1)
    saved = make_backup(w1)
    lost = intake(w1)  # issued after the backup, and handed to window 2
    send(w1, w2)
    old_uuid = w1.station.uuid
    folder = w1.paths.root
    w1.close()

    monkeypatch.setenv(ENV_PASSWORD, ADMIN_PASSWORD)  # the administrator signs in against the backup
    code = main(["--data-dir", str(folder), "--officer", "admin", "admin", "restore", str(saved)])
    out, err = capsys.readouterr()
    assert code == 0 and "新的事件链" in out and "Traceback" not in err

    w1 = county["window1"] = Workspace.open(DataPaths(folder), daily_backup=False)
    assert w1.station.uuid != old_uuid and w1.station.code == "01"
    after = intake(w1)
    assert after.state.number not in (first.state.number, lost.state.number)
    assert after.state.number == "白沙镇便民受字〔2026〕第01-0003号"  # gapless: 0002 was issued before the restore
    with w1.read() as s:
        new_chain = [e.seq for e in s.scalars(select(Event).where(Event.station_uuid == w1.station.uuid))]
        old = s.get(Station, old_uuid)
        current = s.get(Station, w1.station.uuid)
    assert new_chain == [1, 2] and not old.is_local and current.previous_uuid == old_uuid
    assert audit(w1).problems == []

    send(w1, w2)  # window 2 takes the new chain: no sequence number of the old one is reused
    send(w2, w1)  # and window 1 gets back what it issued after the backup
    assert numbers(w1) == numbers(w2) == sorted([first.state.number, lost.state.number, after.state.number])
    assert audit(w1).problems == [] and audit(w2).problems == []
    assert projection_digest(w1) == projection_digest(w2)
    assert w1.clock_problem() is None
