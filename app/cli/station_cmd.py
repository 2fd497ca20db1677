"""``init``, ``demo`` and ``officer`` commands."""

from __future__ import annotations

import argparse
import getpass
import sys

from app.cli.common import Context, positive_int
from app.services import demo as demo_service
from app.services import officers
from app.services.setup import initialise


def register(sub: argparse._SubParsersAction, command) -> None:
    p = command(sub, "init", help="初始化本站点：中心、窗口、首个管理员")
    p.add_argument("--centre", required=True, metavar="NAME", help="便民服务中心名称，如 某镇便民服务中心")
    p.add_argument("--window", required=True, metavar="NAME", help="窗口名称，如 社会事务窗口")
    p.add_argument("--admin", required=True, metavar="NAME", help="管理员用户名")
    p.add_argument("--admin-display", metavar="NAME", help="管理员姓名（默认同用户名）")
    p.add_argument("--short-name", metavar="NAME", help="文书编号所用简称（默认由中心名称推出，如 某镇）")
    p.add_argument("--station-code", metavar="CODE", default="01",
                   help="站点代码，印在每个受理编号和文书编号中（默认 01）；同一县内每个窗口须各不相同，如 01、02")
    p.add_argument("--address", default="", metavar="TEXT", help="中心办理地址（印在文书上；未填时文书拒绝打印）")
    p.add_argument("--phone", default="", metavar="PHONE", help="中心咨询电话，座机须带区号")
    p.add_argument("--hours", default="", metavar="TEXT", help="办公时间，如 周一至周五 8:30—12:00、14:30—17:30")
    p.set_defaults(handler=init)

    p = command(sub, "demo", help="载入示例事项清单和演示案件")
    p.add_argument("--cases", type=positive_int, default=200, metavar="N", help="案件数（默认 200）")
    p.add_argument("--seed", type=int, default=1, metavar="S", help="随机种子（默认 1）")
    p.set_defaults(handler=demo)

    off = command(sub, "officer", help="工作人员：添加、列出、改角色、重置密码、停用")
    off_sub = off.add_subparsers(title="officer 子命令", metavar="ACTION", required=True)
    p = command(off_sub, "add", help="添加工作人员（管理员操作）")
    p.add_argument("username", metavar="NAME")
    p.add_argument("--role", required=True, choices=[r.value for r in officers.Role])
    p.add_argument("--display-name", metavar="TEXT")
    p.set_defaults(handler=officer_add)
    p = command(off_sub, "list", help="列出工作人员")
    p.set_defaults(handler=officer_list)
    p = command(off_sub, "set-role", help="修改角色（管理员操作）")
    p.add_argument("username", metavar="NAME")
    p.add_argument("--role", required=True, choices=[r.value for r in officers.Role])
    p.set_defaults(handler=officer_set_role)
    p = command(off_sub, "reset-password", help="重置密码并解除锁定")
    p.add_argument("username", metavar="NAME")
    p.set_defaults(handler=officer_reset)
    p = command(off_sub, "deactivate", help="停用账号（管理员操作）")
    p.add_argument("username", metavar="NAME")
    p.set_defaults(handler=officer_deactivate)


def read_password(ctx: Context, from_stdin: bool, who: str) -> str:
    """A password to set: the next line of stdin, or typed twice at a terminal."""
    if from_stdin:
        return ctx.stdin_line("密码")
    if not sys.stdin.isatty():
        ctx.fail("没有终端可以输入密码；请使用 --password-stdin")
    first = getpass.getpass(f"{who}的密码：")
    second = getpass.getpass("再输入一次：")
    if first != second:
        ctx.fail("两次输入的密码不一致")
    return first


def init(ctx: Context, args: argparse.Namespace) -> int:
    if getattr(args, "database", None):
        _check_saved_url(ctx, args.database)
    if ctx.paths.holds_database():  # a zero-byte file holds nothing: initialise over it
        from app.services.workspace import Workspace

        ws = Workspace.open(ctx.paths, daily_backup=False, create=ctx.paths.on_server)
        try:
            station = ws.station
        finally:
            ws.close()
        if station is not None:
            _save_database_setting(ctx, getattr(args, "database", None))
            ctx.emit({"created": False, "station": station.uuid, "centre": station.centre_name},
                     f"数据目录 {ctx.paths.root} 已初始化（{station.centre_name} · {station.window_name}），未作任何改动")
            return 0
    password = read_password(ctx, ctx.password_stdin, f"管理员 {args.admin} ")
    result = initialise(ctx.paths, centre=args.centre, window=args.window, admin_username=args.admin,
                        admin_password=password, admin_display=args.admin_display, short_name=args.short_name,
                        station_code=args.station_code, address=args.address, phone=args.phone,
                        hours=args.hours)
    _save_database_setting(ctx, getattr(args, "database", None))
    if not result.created:
        ctx.emit({"created": False, "station": result.station_uuid}, f"数据目录 {ctx.paths.root} 已初始化，未作任何改动")
        return 0
    ctx.emit({"created": True, "station": result.station_uuid, "admin": args.admin},
             f"已初始化：{args.centre} · {args.window}；管理员 {args.admin}；数据目录 {ctx.paths.root}")
    return 0


def _check_saved_url(ctx: Context, url: str) -> None:
    """The URL ``init`` will keep in the data folder: a server the program can use, no password."""
    from app.store.server import BadDatabaseUrl, parse_url

    try:
        parsed = parse_url(url)
    except BadDatabaseUrl as exc:
        ctx.fail(str(exc))
    if parsed.password:
        ctx.fail("init 会把数据库地址保存在数据目录中，地址里不能带密码：请把密码写入 ~/.pgpass（或 PGPASSFILE 指定的文件，"
                 "权限 0600），地址写成 postgresql+psycopg://用户@主机/库名（docs/hub.md）")


def _save_database_setting(ctx: Context, url: str | None) -> None:
    """After ``init --database URL``: later runs (and the desktop program) use the same server."""
    if not url:
        return
    from app.store.atomic import atomic_write_text
    from app.store.server import parse_url

    atomic_write_text(ctx.paths.database_setting,
                      "# 本站点的数据库（PostgreSQL 服务器）；密码在 ~/.pgpass，见 docs/hub.md\n"
                      + parse_url(url).render_as_string(hide_password=True) + "\n")


def demo(ctx: Context, args: argparse.Namespace) -> int:
    ws = ctx.workspace()
    actor = ctx.actor()
    today = ctx.day()
    shown = {"last": 0}

    def progress(done: int, total: int) -> bool:
        if not ctx.as_json and sys.stderr.isatty() and done - shown["last"] >= max(1, total // 20):
            print(f"\r已生成 {done}/{total}", end="", file=sys.stderr)
            shown["last"] = done
        return True

    result = demo_service.generate(ws, actor, args.cases, args.seed, today, progress)
    if not ctx.as_json and sys.stderr.isatty():
        print(file=sys.stderr)
    ctx.emit({"cases": result.cases, "events": result.events},
             f"已生成 {result.cases} 件演示案件（{result.events} 条事件）")
    return 0


def officer_add(ctx: Context, args: argparse.Namespace) -> int:
    actor = ctx.actor()
    password = read_password(ctx, ctx.password_stdin, f"{args.username} ")
    added = officers.add_officer(ctx.workspace(), actor, args.username, args.display_name or args.username,
                                 officers.Role(args.role), password)
    ctx.emit({"username": added.username, "role": added.role.value},
             f"已添加工作人员 {added.username}（{added.role.label}）")
    return 0


def officer_list(ctx: Context, args: argparse.Namespace) -> int:
    rows = officers.list_officers(ctx.workspace())
    labels = {r.value: r.label for r in officers.Role}
    ctx.emit(rows, "\n".join(
        f"{r['username']:<16}{r['display_name']:<12}{labels[r['role']]:<8}"
        f"{'' if r['active'] else '已停用'}{' 已锁定' if r['locked'] else ''}" for r in rows))
    return 0


def officer_set_role(ctx: Context, args: argparse.Namespace) -> int:
    officers.set_role(ctx.workspace(), ctx.actor(), args.username, officers.Role(args.role))
    ctx.emit({"username": args.username, "role": args.role}, f"{args.username} 的角色已改为 {officers.Role(args.role).label}")
    return 0


def officer_reset(ctx: Context, args: argparse.Namespace) -> int:
    actor = ctx.actor()
    password = read_password(ctx, ctx.password_stdin, f"{args.username} 的新")
    officers.reset_password(ctx.workspace(), actor, args.username, password)
    ctx.emit({"username": args.username}, f"已重置 {args.username} 的密码并解除锁定")
    return 0


def officer_deactivate(ctx: Context, args: argparse.Namespace) -> int:
    officers.set_active(ctx.workspace(), ctx.actor(), args.username, False)
    ctx.emit({"username": args.username, "active": False}, f"已停用 {args.username}")
    return 0
