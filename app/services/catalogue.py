"""The catalogue in the database: versioned items.

Importing an item whose content differs from its current version makes a new version;
the old one stays, so a case keeps showing (and printing) the rules it was accepted
under. Import is all or nothing: one invalid row and nothing changes.
"""

from __future__ import annotations

import json
import uuid as uuidlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.domain.catalogue import CatalogueError, ServiceItem, validate_catalogue
from app.domain.lifecycle import ItemRules
from app.domain.refusal import Problem
from app.paths import resources_dir
from app.services.catalogue_files import read_catalogue_file
from app.services.officers import Actor
from app.services.workspace import Workspace
from app.store.models import ItemVersion
from app.store.stations import own_station_uuids

SHIPPED_CATALOGUE = "catalogue/township.json"


class CatalogueRefused(ValueError):
    """The file or the change was refused; ``problems`` lists every reason."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass(frozen=True)
class ImportSummary:
    added: list[str]
    updated: list[str]
    unchanged: list[str]


@dataclass(frozen=True)
class StoredItem:
    item: ServiceItem
    version: int
    version_uuid: str

    def rules(self) -> ItemRules:
        d = self.item.to_dict()
        d["version"], d["version_uuid"] = self.version, self.version_uuid
        return ItemRules.from_dict(d)

    def to_json(self) -> dict:
        d = self.item.to_dict()
        d["version"] = self.version
        return d


def _stored(row: ItemVersion) -> StoredItem:
    return StoredItem(ServiceItem.from_dict(json.loads(row.content)), row.version, row.uuid)


def store_items(session: Session, items: list[ServiceItem], by: str, now) -> ImportSummary:
    added, updated, unchanged = [], [], []
    own = own_station_uuids(session)  # versions are numbered by the station that makes them
    for item in items:
        current = session.scalar(select(ItemVersion).where(ItemVersion.code == item.code, ItemVersion.is_current.is_(True)))
        digest = item.content_hash()
        if current is not None and current.content_hash == digest:
            unchanged.append(item.code)
            continue
        version = (session.scalar(select(func.max(ItemVersion.version)).where(
            ItemVersion.code == item.code, or_(ItemVersion.station_uuid.in_(own), ItemVersion.station_uuid.is_(None)))
        ) or 0) + 1
        if current is not None:
            current.is_current = False
            updated.append(item.code)
        else:
            added.append(item.code)
        session.add(ItemVersion(
            uuid=str(uuidlib.uuid4()), station_uuid=own[0] if own else None, code=item.code, version=version,
            name=item.name,
            content=json.dumps(item.to_dict(), ensure_ascii=False, sort_keys=True), content_hash=digest,
            is_current=True, created_at=now.replace(tzinfo=None), created_by=by,
        ))
    session.flush()
    return ImportSummary(added, updated, unchanged)


def import_items(ws: Workspace, actor: Actor, items: list[ServiceItem]) -> ImportSummary:
    if not actor.is_admin:
        raise CatalogueRefused([Problem("只有管理员可以修改事项清单", "catalogue_admin_only")])
    with ws.write() as s:
        return store_items(s, items, actor.username, ws.clock.now())


def read_file(path: Path) -> list[ServiceItem]:
    result = read_catalogue_file(Path(path))
    if result.problems:
        raise CatalogueRefused([Problem(str(p), p.code, **p.params) for p in result.problems])
    return list(result.items)


def import_file(ws: Workspace, actor: Actor, path: Path) -> ImportSummary:
    return import_items(ws, actor, read_file(path))


def save_item(ws: Workspace, actor: Actor, raw: dict) -> ImportSummary:
    """An edit from the administration window: validated like an import of one item."""
    items, problems = validate_catalogue([raw])
    if problems:
        raise CatalogueRefused([Problem(str(p), p.code, **p.params) for p in problems])
    return import_items(ws, actor, items)


def shipped_items() -> list[ServiceItem]:
    return read_file(resources_dir() / SHIPPED_CATALOGUE)


def ensure_shipped_catalogue(ws: Workspace, by: str = "system") -> ImportSummary | None:
    """Load the sample catalogue into an empty catalogue; leave a non-empty one alone."""
    with ws.write() as s:
        if s.scalar(select(func.count()).select_from(ItemVersion)):
            return None
        return store_items(s, shipped_items(), by, ws.clock.now())


def current_items(ws: Workspace) -> list[StoredItem]:
    with ws.read() as s:
        rows = s.scalars(select(ItemVersion).where(ItemVersion.is_current.is_(True)).order_by(ItemVersion.code))
        return [_stored(r) for r in rows]


def current_item(session: Session, code: str) -> StoredItem:
    row = session.scalar(select(ItemVersion).where(ItemVersion.code == code, ItemVersion.is_current.is_(True)))
    if row is None:
        known = session.scalars(select(ItemVersion.code).where(ItemVersion.is_current.is_(True)).limit(8)).all()
        hint = f"（例如：{', '.join(known)}）" if known else "（事项清单为空，请先导入）"
        raise CatalogueRefused([Problem(f"事项清单中没有编码为“{code}”的事项{hint}", "no_such_item", code=code,
                                        known=tuple(known))])
    return _stored(row)


def item_versions(ws: Workspace, code: str) -> list[StoredItem]:
    with ws.read() as s:
        own = own_station_uuids(s)
        rows = s.scalars(select(ItemVersion).where(
            ItemVersion.code == code, or_(ItemVersion.station_uuid.in_(own), ItemVersion.station_uuid.is_(None))
        ).order_by(ItemVersion.version))
        return [_stored(r) for r in rows]


def export_items(ws: Workspace) -> list[ServiceItem]:
    return [s.item for s in current_items(ws)]


__all__ = ["CatalogueError", "CatalogueRefused", "ImportSummary", "StoredItem"]
