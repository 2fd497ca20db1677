"""``audit`` and ``admin`` commands: chain verification, rebuild, backups, integrity."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import Context
from app.services import maintenance
from app.store import backup


def register(sub: argparse._SubParsersAction, command) -> None:
    aud = command(sub, "audit", help="审计：核验事件链")
    aud_sub = aud.add_subparsers(title="audit 子命令", metavar="ACTION", required=True)
    p = command(aud_sub, "verify", help="核验每条事件未被改动、删除或调换顺序")
    p.set_defaults(handler=verify)

    adm = command(sub, "admin", help="维护：重建、备份、恢复、检查")
    adm_sub = adm.add_subparsers(title="admin 子命令", metavar="ACTION", required=True)
    p = command(adm_sub, "rebuild", help="由事件重建案件状态表")
    p.set_defaults(handler=rebuild)
    p = command(adm_sub, "backup", help="立即备份数据库")
    p.set_defaults(handler=make_backup)
    p = command(adm_sub, "backups", help="列出备份")
    p.set_defaults(handler=list_backups)
    p = command(adm_sub, "restore", help="从备份恢复（当前数据库先另存为备份）")
    p.add_argument("file", type=Path, metavar="BACKUP")
    p.set_defaults(handler=restore)
    p = command(adm_sub, "check", help="完整性检查")
    p.set_defaults(handler=check)


def verify(ctx: Context, args: argparse.Namespace) -> int:
    result = maintenance.audit(ctx.workspace())
    record = {"events": result.events, "ok": not result.problems,
              "problems": [{"station": p.station_uuid, "seq": p.seq, "event": p.event_uuid, "problem": p.problem}
                           for p in result.problems]}
    if result.problems:
        text = "\n".join(f"站点 {p.station_uuid[:8]} 第 {p.seq} 号事件：{p.problem}" for p in result.problems)
        ctx.emit(record, text)
        if ctx.as_json:
            return 1
        ctx.fail(f"事件链已被破坏：发现 {len(result.problems)} 处问题（共核验 {result.events} 条事件）")
    ctx.emit(record, f"事件链完好：共核验 {result.events} 条事件")
    return 0


def rebuild(ctx: Context, args: argparse.Namespace) -> int:
    ws = ctx.workspace()
    before = maintenance.projection_digest(ws)
    count = maintenance.rebuild(ws)
    after = maintenance.projection_digest(ws)
    ctx.emit({"cases": count, "unchanged": before == after},
             f"已由事件重建 {count} 件案件" + ("，结果与重建前一致" if before == after else "，案件状态已按事件更正"))
    return 0


def make_backup(ctx: Context, args: argparse.Namespace) -> int:
    path = maintenance.make_backup(ctx.workspace())
    ctx.emit({"file": str(path)}, f"已备份到 {path}")
    return 0


def list_backups(ctx: Context, args: argparse.Namespace) -> int:
    files = backup.list_backups(ctx.paths.backups)
    ctx.emit([{"file": str(f), "size": f.stat().st_size} for f in files],
             "\n".join(f"{f.name}  {f.stat().st_size // 1024} KB" for f in files) or "还没有备份")
    return 0


def restore(ctx: Context, args: argparse.Namespace) -> int:
    actor = ctx.actor()
    try:
        saved = maintenance.restore(ctx.workspace(), actor, args.file)
    except maintenance.RestoreRefused as exc:
        ctx.fail(str(exc))
    ctx.emit({"restored": str(args.file), "previous_saved_as": str(saved) if saved else None},
             f"已从 {args.file.name} 恢复；恢复前的数据库已另存为 {saved.name if saved else '（无）'}")
    return 0


def check(ctx: Context, args: argparse.Namespace) -> int:
    problems = maintenance.check_database(ctx.workspace())
    if problems:
        ctx.fail("数据库完整性检查未通过：" + "；".join(problems[:5]))
    ctx.emit({"ok": True}, "数据库完整性检查通过")
    return 0
