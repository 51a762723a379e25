"""Versioned document wording: the current version of a kind, any stored version, a new version
from the template editor, and the shipped defaults as version 1.

A version is never changed: saving adds version n + 1. The shipped default of a kind is stored
as version 1 the first time the kind is issued or edited, so every version an issued document
names is in the database and a reprint uses exactly that wording.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator_app.core.audit import current_actor, record_event
from coordinator_app.core.issuing.catalog import DEFAULT_TEMPLATES, spec
from coordinator_app.core.issuing.defaults.shipped import SHIPPED, fingerprint
from coordinator_app.core.issuing.templating import problems
from coordinator_app.core.validation import FieldError, ValidationErrors
from coordinator_app.db.engine import Database
from coordinator_app.db.models import DocumentTemplate
from coordinator_app.i18n import _

ENTITY = "document_template"
MAX_BLOCK_LENGTH = 20_000


@dataclass(frozen=True)
class TemplateVersion:
    kind: str
    version: int
    body: dict[str, str]
    note: str | None = None
    created_at: dt.datetime | None = None
    created_by: str | None = None
    stored: bool = True


def default_body(kind: str) -> dict[str, str]:
    spec(kind)
    return dict(DEFAULT_TEMPLATES[kind])


def _complete(kind: str, body: dict[str, str]) -> dict[str, str]:
    """The blocks of the kind in their order; a block missing from `body` (one added by a newer
    version of the application) takes its default text. Used for a stored version as it was."""
    defaults = DEFAULT_TEMPLATES[kind]
    return {key: body.get(key, text) for key, text in defaults.items()}


def _brought_up_to_date(kind: str, body: dict[str, str]) -> dict[str, str]:
    """The wording to issue with from now on: `_complete`, and a block the OPS never edited (its
    text is still exactly what an earlier version shipped, defaults/shipped.py) takes today's
    default, so a corrected default reaches databases that issued documents before the
    correction. A block the OPS wrote itself is kept as it is; a stored version itself is never
    changed (reprints use it as it was)."""
    shipped = SHIPPED.get(kind, {})
    completed = _complete(kind, body)
    for key, default in DEFAULT_TEMPLATES[kind].items():
        text = completed[key]
        if text != default and fingerprint(text) in shipped.get(key, ()):
            completed[key] = default
    return completed


def _from_row(row: DocumentTemplate) -> TemplateVersion:
    return TemplateVersion(
        kind=row.kind,
        version=row.version,
        body=json.loads(row.body),
        note=row.note,
        created_at=row.created_at,
        created_by=row.created_by,
    )


def _latest_row(session: Session, kind: str) -> DocumentTemplate | None:
    return session.scalars(
        select(DocumentTemplate)
        .where(DocumentTemplate.kind == kind)
        .order_by(DocumentTemplate.version.desc())
        .limit(1)
    ).first()


def current_template(session: Session, kind: str) -> TemplateVersion:
    """The wording in force: the newest stored version, else the shipped default (version 1)."""
    spec(kind)
    row = _latest_row(session, kind)
    if row is None:
        return TemplateVersion(kind, 1, default_body(kind), note=None, stored=False)
    return _from_row(row)


def _insert(session: Session, kind: str, body: dict[str, str], note: str | None) -> TemplateVersion:
    highest = session.scalar(select(func.max(DocumentTemplate.version)).where(DocumentTemplate.kind == kind))
    row = DocumentTemplate(
        kind=kind,
        version=(highest or 0) + 1,
        body=json.dumps(body, ensure_ascii=False),
        note=note,
        created_by=current_actor(),
    )
    session.add(row)
    session.flush()
    record_event(session, ENTITY, row.id, "create", f"{kind} v{row.version}")
    return _from_row(row)


def template_for_issue(session: Session, kind: str) -> TemplateVersion:
    """The current version, stored (the default becomes version 1) and complete (a block that a
    newer application added is written into a new version first), within the caller's
    transaction: the version an issued document names is always in the database."""
    row = _latest_row(session, kind)
    if row is None:
        return _insert(session, kind, default_body(kind), _DEFAULT_NOTE)
    current = _from_row(row)
    complete = _brought_up_to_date(kind, current.body)
    if complete != current.body:
        return _insert(session, kind, complete, _COMPLETED_NOTE)
    return current


_DEFAULT_NOTE = "treść domyślna"
_COMPLETED_NOTE = "uzupełniono o nowe klauzule i poprawioną treść domyślną"


def template_version(session: Session, kind: str, version: int) -> TemplateVersion:
    """A given version; the shipped default for version 1 when nothing was ever stored."""
    row = session.scalars(
        select(DocumentTemplate).where(DocumentTemplate.kind == kind, DocumentTemplate.version == version)
    ).first()
    if row is not None:
        found = _from_row(row)
        return TemplateVersion(
            found.kind,
            found.version,
            _complete(kind, found.body),
            found.note,
            found.created_at,
            found.created_by,
        )
    if version == 1:
        return TemplateVersion(kind, 1, default_body(kind), stored=False)
    raise LookupError(
        _("Version {version} of the wording of this document does not exist.").format(version=version)
    )


def history(db: Database, kind: str) -> list[TemplateVersion]:
    """Every stored version of a kind, newest first (the default alone when none is stored)."""
    with db.session() as session:
        rows = session.scalars(
            select(DocumentTemplate)
            .where(DocumentTemplate.kind == kind)
            .order_by(DocumentTemplate.version.desc())
        ).all()
        if not rows:
            return [current_template(session, kind)]
        return [_from_row(row) for row in rows]


def load_current(db: Database, kind: str) -> TemplateVersion:
    with db.session() as session:
        current = current_template(session, kind)
        return TemplateVersion(
            current.kind,
            current.version,
            _brought_up_to_date(kind, current.body),
            current.note,
            current.created_at,
            current.created_by,
            current.stored,
        )


def validate_body(kind: str, body: dict[str, str]) -> dict[str, str]:
    """The blocks checked one by one: known fields and conditions, paired braces, a length
    limit, no block left empty. Raises `ValidationErrors` with the block key as the field."""
    kind_spec = spec(kind)
    errors: list[FieldError] = []
    clean: dict[str, str] = {}
    for key in kind_spec.blocks:
        text = (body.get(key) or "").replace("\r\n", "\n").strip()
        if not text:
            errors.append(FieldError(key, _("This text cannot be empty.")))
            continue
        if len(text) > MAX_BLOCK_LENGTH:
            errors.append(
                FieldError(
                    key, _("This text is too long (at most {n} characters).").format(n=MAX_BLOCK_LENGTH)
                )
            )
            continue
        found = problems(text, kind_spec.fields, kind_spec.flags)
        if found:
            errors.append(FieldError(key, "; ".join(found)))
        clean[key] = text
    if errors:
        raise ValidationErrors(errors)
    return clean


def save_template(db: Database, kind: str, body: dict[str, str], note: str | None = None) -> TemplateVersion:
    """Store edited wording as a new version (nothing is stored when nothing changed)."""
    clean = validate_body(kind, body)
    note = " ".join((note or "").split())[:300] or None
    with db.session() as session:
        row = _latest_row(session, kind)
        if row is None:
            if clean == default_body(kind):
                return current_template(session, kind)
            _insert(session, kind, default_body(kind), _DEFAULT_NOTE)
        elif _brought_up_to_date(kind, json.loads(row.body)) == clean:
            return _from_row(row)
        return _insert(session, kind, clean, note)


def restore_default(db: Database, kind: str) -> TemplateVersion:
    """The shipped wording again, as a new version (older versions stay for reprints)."""
    return save_template(db, kind, default_body(kind), "przywrócono treść domyślną")
