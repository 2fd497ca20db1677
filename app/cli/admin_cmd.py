"""``audit`` and ``admin`` commands: chain verification, rebuild, backups, integrity."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import Context, positive_int
from app.services import maintenance, recovery
from app.store import backup
from app.store.database import BackupOnServer


def register(sub: argparse._SubParsersAction, command) -> None:
    aud = command(sub, "audit", help="审计：核验事件链")
    aud_sub = aud.add_subparsers(title="audit 子命令", metavar="ACTION", required=True)
    p = command(aud_sub, "verify", help="核验每条事件未被改动、删除或调换顺序")
    p.set_defaults(handler=verify)

    adm = command(sub, "admin", help="维护：重建、备份、恢复、检查")
    adm_sub = adm.add_subparsers(title="admin 子命令", metavar="ACTION", required=True)
    p = command(adm_sub, "rebuild", help="由事件重建案件状态表")
    p.add_argument("--jobs", type=positive_int, metavar="N",
                   help="同时折算事件的进程数（默认按案件量和处理器数自定；1 为只用本进程）")
    p.set_defaults(handler=rebuild)
    p = command(adm_sub, "backup", help="立即备份数据库")
    p.set_defaults(handler=make_backup)
    p = command(adm_sub, "backups", help="列出备份")
    p.set_defaults(handler=list_backups)
    p = command(adm_sub, "restore", help="从备份恢复（当前数据库先另存为备份）")
    p.add_argument("file", type=Path, metavar="BACKUP")
    p.set_defaults(handler=restore)
    p = command(adm_sub, "check", help="完整性检查：数据库文件，以及案件表与事件重建结果是否一致")
    p.set_defaults(handler=check)
    p = command(adm_sub, "confirm-clock", help="管理员确认电脑时间无误（先前的记录时间超前时）")
    p.set_defaults(handler=confirm_clock)


def verify(ctx: Context, args: argparse.Namespace) -> int:
    result = maintenance.audit(ctx.workspace())
    record = {"events": result.events, "ok": not result.problems, "key_fingerprint": result.fingerprint,
              "problems": [{"station": p.station_uuid, "seq": p.seq, "event": p.event_uuid, "problem": p.problem}
                           for p in result.problems]}
    if result.problems:
        text = "\n".join(_problem_line(p) for p in result.problems)
        ctx.emit(record, text)
        if ctx.as_json:
            return 1
        ctx.fail(f"事件链已被破坏：发现 {len(result.problems)} 处问题（共核验 {result.events} 条事件）")
    ctx.emit(record, f"事件链完好：共核验 {result.events} 条事件；封印有效（本站密钥指纹 {result.fingerprint}）")
    return 0


def _problem_line(p) -> str:
    if p.seq:
        return f"站点 {p.station_uuid[:8]} 第 {p.seq} 号事件：{p.problem}"
    return p.problem


def rebuild(ctx: Context, args: argparse.Namespace) -> int:
    ws = ctx.workspace()
    before = maintenance.projection_digest(ws)
    done = maintenance.rebuild(ws, ctx.actor(), jobs=args.jobs)
    after = maintenance.projection_digest(ws)
    shared = f"（{done.workers} 个工作进程分担）" if done.workers else ""
    ctx.emit({"cases": done.cases, "workers": done.workers, "unchanged": before == after},
             f"已由事件重建 {done.cases} 件案件{shared}" + ("，结果与重建前一致" if before == after else "，案件状态已按事件更正"))
    return 0


def make_backup(ctx: Context, args: argparse.Namespace) -> int:
    path = maintenance.make_backup(ctx.workspace())
    ctx.emit({"file": str(path)}, f"已备份到 {path}")
    return 0


def list_backups(ctx: Context, args: argparse.Namespace) -> int:
    if ctx.paths.on_server:
        raise BackupOnServer(ctx.paths.database_url)
    files = backup.list_backups(ctx.paths.backups)
    ctx.emit([{"file": str(f), "size": f.stat().st_size} for f in files],
             "\n".join(f"{f.name}  {f.stat().st_size // 1024} KB" for f in files) or "还没有备份")
    return 0


def restore(ctx: Context, args: argparse.Namespace) -> int:
    """Needs nothing from the live database: the administrator signs in against the backup."""
    if ctx.paths.on_server:
        raise BackupOnServer(ctx.paths.database_url)
    report = recovery.inspect_backup(args.file)
    if report.problems:
        raise recovery.RestoreRefused(report.problems)
    username, password = ctx.credentials()
    ctx.close()  # release the database before replacing it
    done = recovery.restore_and_continue(ctx.paths, args.file, username, password)
    ctx.emit({"restored": str(args.file), "events": report.events, "cases": report.cases,
              "previous_saved_as": str(done.result.previous) if done.result.previous else None,
              "kept_aside": str(done.result.kept_aside) if done.result.kept_aside else None,
              "new_chain": done.new_chain.station_uuid if done.new_chain else None},
             done.summary())
    return 0


def check(ctx: Context, args: argparse.Namespace) -> int:
    problems = maintenance.check_database(ctx.workspace())
    if problems:
        ctx.emit({"ok": False, "problems": problems}, "\n".join(problems))
        if ctx.as_json:
            return 1
        ctx.fail(f"数据库完整性检查未通过：发现 {len(problems)} 处问题（可用 admin rebuild 由事件重建案件表）")
    ctx.emit({"ok": True}, "数据库完整性检查通过：案件表与事件一致")
    return 0


def confirm_clock(ctx: Context, args: argparse.Namespace) -> int:
    ws = ctx.workspace()
    ws.confirm_clock(ctx.actor())
    now = ws.clock.now().astimezone()
    ctx.emit({"confirmed": now.isoformat(timespec="seconds")},
             f"已确认电脑时间 {now:%Y-%m-%d %H:%M} 无误；此前超前的记录时间不再作为当前时间的依据")
    return 0
