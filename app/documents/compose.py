"""One letter as both renderers draw it: its template filled with its fields.

The PDF and the DOCX renderer only lay out the parts built here, so the two formats
print the same words in the same order. Decisions about what appears (a block whose
condition field is empty, the unconfirmed-calendar note, the reprint mark, the stub)
are made here once.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.letters import LetterContent, MaterialLine, letter_fields, qr_payload, verification_code
from app.documents.templates import Block, LetterTemplate, StubPlacement, fill


@dataclass(frozen=True)
class TextPart:
    role: str  # addressee | paragraph | deadline | warning
    text: str
    indent: bool = True


@dataclass(frozen=True)
class FactsPart:
    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class MaterialsPart:
    heading: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    empty_text: str | None


@dataclass(frozen=True)
class NotesPart:
    heading: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class ApplicantSignaturePart:
    lines: tuple[str, ...]


@dataclass(frozen=True)
class SignaturePart:
    lines: tuple[str, ...]
    issuer: str
    date: str
    qr_payload: str
    qr_caption: str


@dataclass(frozen=True)
class ReceiptPart:
    text: str


Part = TextPart | FactsPart | MaterialsPart | NotesPart | ApplicantSignaturePart | SignaturePart | ReceiptPart


@dataclass(frozen=True)
class StubPart:
    placement: StubPlacement
    heading: str
    title: str
    number: str
    lines: tuple[str, ...]
    receipt: str
    cut_line: str


@dataclass(frozen=True)
class ComposedLetter:
    heading: str
    title: str
    number: str
    reprint_mark: str | None
    reprint_note: str | None
    parts: tuple[Part, ...]
    stub: StubPart | None
    author: str
    subject: str
    verification_code: str


def material_rows(materials: tuple[MaterialLine, ...]) -> tuple[tuple[str, ...], ...]:
    return tuple(
        (str(n), m.name, m.form_label, str(m.copies), m.requirement or "")
        for n, m in enumerate(materials, 1)
    )


def _block_parts(block: Block, content: LetterContent, values: dict[str, str], qr_caption: str) -> list[Part]:
    def entries() -> tuple[str, ...]:
        return tuple(fill(e.text, values) for e in block.items if e.shown(values))

    kind = block.type
    if kind in ("addressee", "paragraph", "deadline"):
        return [TextPart(kind, fill(block.text, values), indent=block.indent and kind != "addressee")]
    if kind == "facts":
        rows = tuple((fill(label, values), fill(value, values)) for label, value in block.rows)
        return [FactsPart(tuple(row for row in rows if row[1].strip()))]
    if kind == "materials":
        materials = content.materials_missing if block.which == "missing" else content.materials_received
        if not materials and block.empty_text is None:
            return []
        empty = fill(block.empty_text, values) if block.empty_text is not None else None
        return [MaterialsPart(fill(block.heading, values), block.columns, material_rows(materials), empty)]
    if kind == "notes":
        items = entries()
        if block.numbered:
            items = tuple(f"{n}．{text}" for n, text in enumerate(items, 1))
        return [NotesPart(fill(block.heading, values), items)]
    if kind == "applicant_signature":
        return [ApplicantSignaturePart(entries())]
    if kind == "signature":
        return [SignaturePart(entries(), fill(block.issuer, values), fill(block.date, values),
                              qr_payload(content), qr_caption)]
    return [ReceiptPart(fill(block.text, values))]


def compose(content: LetterContent, template: LetterTemplate, stub: StubPlacement | None = None) -> ComposedLetter:
    """The printed parts of ``content`` laid out by ``template``.

    ``stub`` overrides the template's (or the centre's) choice of a stub copy.
    """
    if content.kind is not template.kind:
        raise ValueError(f"模板 {template.source.name} 是「{template.kind.label}」的模板，不能用于「{content.kind.label}」")
    values = letter_fields(content)
    wording = template.wording
    caption = fill(wording.qr_caption, values)
    parts: list[Part] = []
    for block in template.blocks:
        if block.shown(values):
            parts.extend(_block_parts(block, content, values, caption))
    if not content.deadline_confirmed:
        warning = TextPart("warning", fill(template.unconfirmed_note, values), indent=False)
        at = next((i + 1 for i, p in enumerate(parts) if isinstance(p, TextPart) and p.role == "deadline"), None)
        if at is None:
            at = next((i for i, p in enumerate(parts) if isinstance(p, SignaturePart)), len(parts))
        parts.insert(at, warning)

    placement = stub or template.stub_placement
    stub_part = None
    if placement is not StubPlacement.NONE:
        stub_part = StubPart(
            placement=placement,
            heading=fill(wording.stub_heading, values),
            title=template.title,
            number=content.number,
            lines=tuple(fill(e.text, values) for e in template.stub_lines if e.shown(values)),
            receipt=fill(wording.stub_receipt, values),
            cut_line=fill(wording.cut_line, values),
        )
    return ComposedLetter(
        heading=fill(template.heading, values),
        title=template.title,
        number=content.number,
        reprint_mark=wording.reprint_mark if content.reprint else None,
        reprint_note=fill(wording.reprint_note, values) if content.reprint and content.reprint_of else None,
        parts=tuple(parts),
        stub=stub_part,
        author=content.centre.name,
        subject=content.item_name,
        verification_code=verification_code(content),
    )


def printed_texts(letter: ComposedLetter) -> list[str]:
    """Every string the letter prints, in order: what a reader of either format should find."""
    texts = [letter.heading, letter.title, letter.number]
    texts += [t for t in (letter.reprint_mark, letter.reprint_note) if t]
    for part in letter.parts:
        if isinstance(part, TextPart):
            texts.append(part.text)
        elif isinstance(part, FactsPart):
            texts += [cell for row in part.rows for cell in row]
        elif isinstance(part, MaterialsPart):
            texts.append(part.heading)
            texts += list(part.columns)
            texts += [cell for row in part.rows for cell in row]
            if not part.rows and part.empty_text:
                texts.append(part.empty_text)
        elif isinstance(part, NotesPart):
            texts += [part.heading, *part.items]
        elif isinstance(part, ApplicantSignaturePart):
            texts += list(part.lines)
        elif isinstance(part, SignaturePart):
            texts += [*part.lines, part.issuer, part.date, part.qr_caption]
        elif isinstance(part, ReceiptPart):
            texts.append(part.text)
    if letter.stub:
        stub = letter.stub
        texts += [stub.cut_line, stub.heading, stub.title, stub.number, *stub.lines, stub.receipt]
    return [t for t in texts if t and t.strip()]
