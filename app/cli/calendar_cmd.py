"""``calendar`` commands: count working days, import and export years, show coverage."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.cli.common import Context, iso_date, positive_int
from app.domain.calendar import CalendarFileError
from app.services import calendar_files
from app.services.exports import write_export


def register(sub: argparse._SubParsersAction, command) -> None:
    cal = command(sub, "calendar", help="工作日日历：计算、导入、导出、查看")
    cal_sub = cal.add_subparsers(title="calendar 子命令", metavar="ACTION", required=True)

    p = command(cal_sub, "add-workdays", help="DATE 之后第 N 个工作日（DATE 当天不计）")
    p.add_argument("date", type=iso_date, metavar="DATE")
    p.add_argument("n", type=positive_int, metavar="N")
    p.set_defaults(handler=add_workdays)

    p = command(cal_sub, "workdays-between", help="(START, END] 之间的工作日数")
    p.add_argument("start", type=iso_date, metavar="START")
    p.add_argument("end", type=iso_date, metavar="END")
    p.set_defaults(handler=workdays_between)

    p = command(cal_sub, "import", help="导入某一年的节假日安排文件（JSON）")
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(handler=import_file)

    p = command(cal_sub, "export", help="把某一年的安排写成同样格式的文件")
    p.add_argument("year", type=int, metavar="YEAR")
    p.add_argument("--out", type=Path, metavar="FILE", help="输出文件（默认打印到屏幕）")
    p.set_defaults(handler=export_year)

    p = command(cal_sub, "status", help="已覆盖的年份及其来源")
    p.set_defaults(handler=status)


def _calendar(ctx: Context):
    try:
        return calendar_files.load_calendar(ctx.paths)
    except calendar_files.StoredCalendarError as exc:
        ctx.fail(str(exc))


def add_workdays(ctx: Context, args: argparse.Namespace) -> int:
    cal = _calendar(ctx)
    try:
        result = cal.add_workdays(args.date, args.n)
    except ValueError as exc:
        ctx.fail(str(exc))
    confirmed = cal.is_confirmed(args.date, result)
    ctx.emit(
        {"date": result.isoformat(), "confirmed": confirmed},
        result.isoformat() + ("" if confirmed else " unconfirmed"),
    )
    return 0


def workdays_between(ctx: Context, args: argparse.Namespace) -> int:
    cal = _calendar(ctx)
    try:
        count = cal.workdays_between(args.start, args.end)
    except ValueError as exc:
        ctx.fail(str(exc))
    confirmed = cal.is_confirmed(args.start, args.end)
    ctx.emit({"workdays": count, "confirmed": confirmed}, str(count) + ("" if confirmed else " unconfirmed"))
    return 0


def import_file(ctx: Context, args: argparse.Namespace) -> int:
    try:
        if _initialised(ctx):
            schedule = calendar_files.import_year_by(ctx.paths, args.file, ctx.actor())
        else:  # a folder being prepared before init: there is no station or officer yet
            schedule = calendar_files.import_year(ctx.paths, args.file)
    except CalendarFileError as exc:
        ctx.fail(f"日历文件 {args.file} 未导入：" + "；".join(exc.problems))
    except calendar_files.CalendarImportRefused as exc:
        ctx.fail(str(exc))
    except OSError as exc:
        ctx.fail(f"无法保存日历：{exc}")
    days = len(schedule.holiday_dates)
    ctx.emit(
        {"year": schedule.year, "source": schedule.source, "holidays": days, "workdays": len(schedule.workday_dates)},
        f"已导入 {schedule.year} 年日历：{days} 个放假日，{len(schedule.workday_dates)} 个调休上班日（{schedule.source}）",
    )
    return 0


def _initialised(ctx: Context) -> bool:
    return ctx.paths.holds_database()


def export_year(ctx: Context, args: argparse.Namespace) -> int:
    cal = _calendar(ctx)
    try:
        schedule = cal.export_year(args.year)
    except ValueError as exc:
        ctx.fail(str(exc))
    text = json.dumps(schedule.to_json(), ensure_ascii=False, indent=2) + "\n"
    if args.out:
        write_export(ctx.paths, args.out, text.encode("utf-8"))
        if not ctx.as_json:
            print(f"已写出 {args.year} 年日历：{args.out}")
    else:
        print(text, end="")
    return 0


def status(ctx: Context, args: argparse.Namespace) -> int:
    cal = _calendar(ctx)
    years = cal.covered_years
    origin_zh = {"package": "内置", "imported": "导入"}
    ctx.emit(
        [{"year": y.year, "origin": y.origin, "source": y.source} for y in years],
        "\n".join(f"{y.year}  {origin_zh.get(y.origin, y.origin)}  {y.source}" for y in years)
        + "\n其他年份仅按周末计算，结果标记为“未确认”。",
    )
    return 0
