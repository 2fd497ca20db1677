"""Realistic letter contents built by hand, one per kind, for tests and the sample pages.

Run as a script to redraw the sample pages in ``docs/letters``:
``PYTHONPATH=. .venv/bin/python tests/documents/letter_samples.py docs/letters``
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tempfile
from pathlib import Path

from app.domain.deadlines import Unit
from app.domain.letters import ApplicantInfo, CentreInfo, LetterContent, LetterKind, MaterialLine, document_number

RARE_NAME = "𠮷䶮堃喆"
"""An applicant name of characters many fonts lack (𠮷 is in CJK Extension B, 䶮 in Extension A)."""

CENTRE = CentreInfo(
    name="青石县白沙镇便民服务中心",
    short_name="白沙便民",
    window="社会事务综合窗口（3号窗口）",
    address="青石县白沙镇人民路18号便民服务中心一楼",
    phone="0577-62881234",
    seal_text="青石县白沙镇便民服务中心",
    hours="周一至周五 8:30—12:00、14:30—17:30",
)

PERSON = ApplicantInfo(name=RARE_NAME, kind="person", id_number="33032419850612102X", phone="13812345678")
ENTERPRISE = ApplicantInfo(
    name="青石县白沙镇堃喆农产品专业合作社", kind="enterprise", id_number="93330324MA2H7K3L56",
    legal_rep="张𠮷", phone="0577-62880000",
)

RECEIVED = (
    MaterialLine("M01", "最低生活保障申请书", "原件", 1, "申请人本人签名并按手印"),
    MaterialLine("M02", "居民户口簿", "原件和复印件", 1, "户主页及全部家庭成员页，原件核验后退还"),
    MaterialLine("M03", "家庭经济状况核对授权书", "原件", 1, "共同生活家庭成员均须签字"),
)
MISSING = (
    MaterialLine("M04", "申请人及共同生活家庭成员身份证", "复印件", 1, "正反面复印在同一页A4纸上，须清晰可辨"),
    MaterialLine("M05", "家庭成员收入证明", "原件", 1, "由工作单位出具并加盖公章；无固定工作的由村（居）委会出具"),
    MaterialLine("M06", "一寸免冠彩色照片", "原件", 2, "近六个月内拍摄，白底"),
    MaterialLine("M07", "本人银行账户（社保卡）复印件", "复印件", 1, "须为本人名下、可正常使用的账户"),
)

ISSUE = dt.date(2026, 11, 20)
SERIALS = {kind: n for n, kind in enumerate(LetterKind, 1)}
ABBREVIATIONS = {
    LetterKind.ONE_TIME_NOTICE: "补", LetterKind.TOLERANT_ACCEPTANCE: "容", LetterKind.COMMITMENT: "诺",
    LetterKind.ACCEPTANCE: "受", LetterKind.REFUSAL: "不受", LetterKind.REMINDER: "催",
    LetterKind.TERMINATION: "终", LetterKind.EXTENSION_NOTICE: "延",
}


def sample_content(kind: LetterKind, **changes: object) -> LetterContent:
    """A complete, plausible letter of ``kind`` for a subsistence-allowance case."""
    fields: dict[str, object] = dict(
        kind=kind,
        number=document_number(CENTRE.short_name, ABBREVIATIONS[kind], 2026, SERIALS[kind] + 36),
        case_number="〔2026〕白沙便民第0137号",
        issue_date=ISSUE,
        centre=CENTRE,
        applicant=ENTERPRISE if kind is LetterKind.COMMITMENT else PERSON,
        item_code="330324-MZ-0012",
        item_name="最低生活保障审核确认",
        item_version="2026.1",
        received_date=dt.date(2026, 11, 18),
        materials_received=RECEIVED,
        materials_missing=MISSING,
        supply_deadline=dt.date(2026, 12, 3),
        supply_days=9,
        supply_unit=Unit.WORKING,
        completion_deadline=dt.date(2026, 12, 11),
        promised_days=15,
        deadline_confirmed=True,
        officer_name="林晓燕",
        legal_basis="《最低生活保障审核确认办法》（民发〔2021〕57号）第十条",
    )
    no_supply = dict(materials_missing=(), supply_deadline=None, supply_days=None)
    no_completion = dict(completion_deadline=None, promised_days=None)
    if kind is LetterKind.ONE_TIME_NOTICE:
        fields.update(no_completion)
    if kind is LetterKind.ACCEPTANCE:
        fields.update(**no_supply, materials_received=RECEIVED + MISSING)
    if kind is LetterKind.REFUSAL:
        fields.update(**no_supply, **no_completion,
                      reason="申请人户籍不在本镇辖区，且未提供在本镇连续居住满一年的居住证明。依据有关规定，"
                             "应向户籍所在地乡镇（街道）提出申请。")
    if kind is LetterKind.TERMINATION:
        fields.update(**no_completion,
                      reason="申请人未在承诺期限（2026年12月3日）内补齐容缺材料，经电话催告后仍未补交。")
    if kind is LetterKind.EXTENSION_NOTICE:
        fields.update(**no_supply, materials_received=RECEIVED + MISSING, completion_deadline=dt.date(2026, 12, 25),
                      reason="申请人家庭财产状况须会同县民政局入户核查", extension_days=10, approver="李主任")
    fields.update(changes)
    return LetterContent(**fields)  # type: ignore[arg-type]


def render_pngs(folder: Path) -> list[Path]:
    """Render every kind with the shipped fonts; save its pages side by side as one PNG."""
    from PIL import Image

    from app.documents.fonts import shipped_only
    from app.documents.pdf import render_pdf
    from app.documents.templates import load_all_templates

    templates = load_all_templates()
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        for kind in LetterKind:
            pdf = Path(tmp) / f"{kind.value}.pdf"
            pdf.write_bytes(render_pdf(sample_content(kind), templates[kind], fonts=shipped_only()))
            subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(Path(tmp) / kind.value)], check=True)
            pages = [Image.open(p) for p in sorted(Path(tmp).glob(f"{kind.value}-*.png"))]
            gap = 12
            sheet = Image.new("RGB", (sum(p.width for p in pages) + gap * (len(pages) - 1), pages[0].height), "#888")
            x = 0
            for page in pages:
                sheet.paste(page, (x, 0))
                x += page.width + gap
            target = folder / f"{kind.value}.png"
            sheet.save(target, optimize=True)
            written.append(target)
    return written


if __name__ == "__main__":
    for path in render_pngs(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/letters")):
        print(path)
