"""``catalogue`` commands: list, import (JSON or XLSX), export."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import Context
from app.services import catalogue as catalogue_service
from app.services.exports import check_output_path
from app.services.catalogue_files import write_catalogue_json, write_catalogue_xlsx


def register(sub: argparse._SubParsersAction, command) -> None:
    cat = command(sub, "catalogue", help="事项清单：列出、导入、导出")
    cat_sub = cat.add_subparsers(title="catalogue 子命令", metavar="ACTION", required=True)
    p = command(cat_sub, "list", help="列出现行事项及其材料")
    p.set_defaults(handler=list_items)
    p = command(cat_sub, "import", help="从 JSON 或 XLSX 导入（全部有效才导入）")
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(handler=import_items)
    p = command(cat_sub, "export", help="导出为 JSON 或 XLSX（按扩展名）")
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(handler=export_items)


def list_items(ctx: Context, args: argparse.Namespace) -> int:
    stored = catalogue_service.current_items(ctx.workspace())
    records = [s.to_json() for s in stored]
    lines = []
    for s in stored:
        item = s.item
        tol = f"可容缺（补正 {item.default_supply_days} 个工作日）" if item.tolerant_allowed else "不适用容缺"
        lines.append(f"{item.code}  {item.name}  承诺 {item.promised_days} 个工作日  {tol}  第 {s.version} 版")
        for m in item.materials:
            flag = "可容缺" if m.tolerable else ("必要" if m.required else "非必要")
            lines.append(f"    {m.code}  {m.name}（{m.form.label}，{m.copies} 份，{flag}）")
    ctx.emit(records, "\n".join(lines) if lines else "事项清单为空")
    return 0


def import_items(ctx: Context, args: argparse.Namespace) -> int:
    summary = catalogue_service.import_file(ctx.workspace(), ctx.actor(), args.file)
    ctx.emit(
        {"added": summary.added, "updated": summary.updated, "unchanged": summary.unchanged},
        f"已导入：新增 {len(summary.added)} 项，更新 {len(summary.updated)} 项（生成新版本），未变 {len(summary.unchanged)} 项",
    )
    return 0


def export_items(ctx: Context, args: argparse.Namespace) -> int:
    check_output_path(ctx.paths, args.file)
    items = catalogue_service.export_items(ctx.workspace())
    suffix = args.file.suffix.lower()
    if suffix == ".json":
        write_catalogue_json(items, args.file)
    elif suffix == ".xlsx":
        write_catalogue_xlsx(items, args.file)
    else:
        ctx.fail(f"不支持的导出格式“{suffix or '无扩展名'}”，请用 .json 或 .xlsx")
    ctx.emit({"file": str(args.file), "items": len(items)}, f"已导出 {len(items)} 项到 {args.file}")
    return 0
