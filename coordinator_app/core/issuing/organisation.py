"""Organisation settings (domain §7.8): the letterhead and identifiers printed on documents,
the signatories, the NNW policy, the RODO clause, the logo and the numbering patterns."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from coordinator_app.core import validation as v
from coordinator_app.core.audit import record_changes, record_event
from coordinator_app.core.issuing.numbering import (
    DEFAULT_PATTERNS,
    pattern_error,
    pattern_for,
    set_pattern,
)
from coordinator_app.db.engine import Database
from coordinator_app.db.models import DocumentImage, Organisation, Setting, Staff
from coordinator_app.i18n import _
from coordinator_app.i18n.polish import short_date

ENTITY = "organisation"
MAX_LOGO_BYTES = 2 * 1024 * 1024
LOGO_TYPES = {"PNG": "image/png", "JPEG": "image/jpeg"}
GENITIVE_KEY = "organisation.full_name_genitive"
RETENTION_KEY = "organisation.gdpr_retention"
# how long volunteers' data are kept, as the RODO clause says it ("dane będą przechowywane …")
DEFAULT_RETENTION = (
    "przez okres wynikający z instrukcji kancelaryjnej i jednolitego rzeczowego wykazu akt administratora "
    "(przepisy o archiwizacji), a dane przetwarzane na podstawie zgody – do czasu jej wycofania"
)
ORGANISATION_KINDS = ("OPS", "GOPS", "MGOPS", "MOPS", "CUS")

TEXT_FIELDS: tuple[str, ...] = (
    "full_name",
    "short_name",
    "kind",
    "street",
    "house_number",
    "postal_code",
    "locality",
    "phone",
    "email",
    "website",
    "epuap",
    "nip",
    "regon",
    "krs",
    "gmina",
    "powiat",
    "voivodeship",
    "manager_name",
    "manager_position",
    "coordinator_name",
    "coordinator_phone",
    "coordinator_email",
    "dpo_name",
    "dpo_contact",
    "letterhead",
    "footer",
    "place_for_dates",
    "nnw_insurer",
    "nnw_policy",
    "oc_policy",
    "gdpr_clause",
    "jrwa_symbol",
)
DATE_FIELDS: tuple[str, ...] = ("nnw_valid_from", "nnw_valid_to")
MULTILINE = frozenset({"letterhead", "footer", "gdpr_clause"})


@dataclass
class OrganisationData:
    """Everything the settings dialog edits; `numbering` maps a document kind to its pattern."""

    full_name: str = ""
    short_name: str | None = None
    kind: str | None = None
    street: str | None = None
    house_number: str | None = None
    postal_code: str | None = None
    locality: str | None = None
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    epuap: str | None = None
    nip: str | None = None
    regon: str | None = None
    krs: str | None = None
    gmina: str | None = None
    powiat: str | None = None
    voivodeship: str | None = None
    manager_name: str | None = None
    manager_position: str | None = None
    coordinator_name: str | None = None
    coordinator_phone: str | None = None
    coordinator_email: str | None = None
    dpo_name: str | None = None
    dpo_contact: str | None = None
    letterhead: str | None = None
    footer: str | None = None
    place_for_dates: str | None = None
    nnw_insurer: str | None = None
    nnw_policy: str | None = None
    nnw_valid_from: dt.date | None = None
    nnw_valid_to: dt.date | None = None
    oc_policy: str | None = None
    gdpr_clause: str | None = None
    jrwa_symbol: str | None = None
    numbering: dict[str, str] = field(default_factory=dict)
    # "Gminnego Ośrodka Pomocy Społecznej w …": the name after "na rzecz"; kept in settings
    full_name_genitive: str | None = None
    # the retention sentence of the RODO clause; empty: DEFAULT_RETENTION (kept in settings)
    gdpr_retention: str | None = None
    logo_sha256: str | None = None  # read only here: set_logo / clear_logo change it


@dataclass(frozen=True)
class Signatory:
    """A staff member authorised to sign (the dictionary of staff, flag "signatory")."""

    id: int
    name: str
    position: str
    authorisation: str  # "upoważnienie nr 5/2025 z 8.01.2025", or ""


def _row(session: Session) -> Organisation:
    row = session.get(Organisation, 1)
    if row is None:  # the baseline migration inserts it; a damaged file might lack it
        row = Organisation(id=1, full_name="")
        session.add(row)
        session.flush()
    return row


def organisation_from_session(session: Session) -> OrganisationData:
    row = _row(session)
    data = OrganisationData(**{name: getattr(row, name) for name in (*TEXT_FIELDS, *DATE_FIELDS)})
    data.full_name = data.full_name or ""
    data.logo_sha256 = row.logo_sha256
    data.numbering = {kind: pattern_for(session, kind) for kind in DEFAULT_PATTERNS}
    data.full_name_genitive = session.scalar(select(Setting.value).where(Setting.key == GENITIVE_KEY))
    data.gdpr_retention = session.scalar(select(Setting.value).where(Setting.key == RETENTION_KEY))
    return data


def get_organisation(db: Database) -> OrganisationData:
    with db.session() as session:
        return organisation_from_session(session)


def signatories(db: Database) -> list[Signatory]:
    with db.session() as session:
        rows = session.scalars(
            select(Staff).where(Staff.is_signatory.is_(True), Staff.active.is_(True)).order_by(Staff.id)
        ).all()
        result = []
        for row in rows:
            authorisation = ""
            if row.authorisation_number:
                authorisation = f"upoważnienie nr {row.authorisation_number}"
                if row.authorisation_date:
                    authorisation += f" z {short_date(row.authorisation_date)}"
            result.append(
                Signatory(row.id, f"{row.first_name} {row.last_name}", row.position or "", authorisation)
            )
        return result


def _clean(value: str | None, multiline: bool) -> str | None:
    if value is None:
        return None
    if multiline:
        lines = [" ".join(line.split()) for line in value.replace("\r\n", "\n").split("\n")]
        text = "\n".join(lines).strip()
        return text or None
    return v.clean_text(value)


def validate_organisation(data: OrganisationData) -> OrganisationData:
    """A cleaned copy, or `ValidationErrors` naming every wrong field (required as in §7.8)."""
    out = dataclasses.replace(data, numbering=dict(data.numbering))
    for name in TEXT_FIELDS:
        setattr(out, name, _clean(getattr(out, name), name in MULTILINE))
    out.full_name = out.full_name or ""
    out.full_name_genitive = v.clean_text(out.full_name_genitive)
    out.gdpr_retention = v.clean_text(out.gdpr_retention)
    errors: list[v.FieldError] = []

    def check(func: Callable[[], Any]) -> Any:
        try:
            return func()
        except v.FieldError as error:
            errors.append(error)
            return None

    required = {
        "full_name": _("Full name"),
        "house_number": _("House number"),
        "locality": _("Locality"),
        "gmina": _("Gmina"),
        "powiat": _("Powiat"),
        "voivodeship": _("Voivodeship"),
        "manager_name": _("Head of the centre"),
        "manager_position": _("Position of the head"),
        "coordinator_name": _("Volunteer coordinator"),
        "dpo_contact": _("Contact to the data protection officer"),
        "place_for_dates": _("Place used in dates"),
    }
    for name, label in required.items():
        if not getattr(out, name):
            errors.append(v.FieldError(name, _("{field} is required.").format(field=label)))
    if out.kind and out.kind not in ORGANISATION_KINDS:
        errors.append(v.FieldError("kind", _("Choose the type of the centre from the list.")))
    code = check(lambda: v.postal_code(out.postal_code or "", "postal_code"))
    out.postal_code = code or out.postal_code
    out.nip = check(lambda: v.nip(out.nip or "")) or out.nip
    out.regon = check(lambda: v.regon(out.regon or "")) or out.regon
    if out.krs and not (out.krs.isdigit() and len(out.krs) == 10):
        errors.append(v.FieldError("krs", _("KRS number has 10 digits.")))
    for name, normalise in (
        ("phone", v.phone),
        ("coordinator_phone", v.phone),
        ("email", v.email),
        ("coordinator_email", v.email),
    ):
        try:
            setattr(out, name, normalise(getattr(out, name) or "", name) or None)
        except v.FieldError as error:
            errors.append(error)
    if bool(out.nnw_insurer) != bool(out.nnw_policy):
        missing = "nnw_insurer" if not out.nnw_insurer else "nnw_policy"
        errors.append(v.FieldError(missing, _("Give both the NNW insurer and the policy number.")))
    if out.nnw_valid_from and out.nnw_valid_to and out.nnw_valid_to < out.nnw_valid_from:
        errors.append(v.FieldError("nnw_valid_to", _("The policy cannot end before it starts.")))
    for kind in DEFAULT_PATTERNS:
        pattern = (out.numbering.get(kind) or DEFAULT_PATTERNS[kind]).strip()
        problem = pattern_error(pattern)
        if problem:
            errors.append(v.FieldError(f"numbering.{kind}", problem))
        out.numbering[kind] = pattern
    if errors:
        raise v.ValidationErrors(errors)
    return out


def update_organisation(db: Database, data: OrganisationData) -> OrganisationData:
    """Validate and save; every changed field goes to the audit log."""
    clean = validate_organisation(data)
    with db.session() as session:
        row = _row(session)
        names = (*TEXT_FIELDS, *DATE_FIELDS)
        before: dict[str, Any] = {name: getattr(row, name) for name in names}
        after: dict[str, Any] = {name: getattr(clean, name) for name in names}
        for name in names:
            setattr(row, name, getattr(clean, name))
        for name, key in (("full_name_genitive", GENITIVE_KEY), ("gdpr_retention", RETENTION_KEY)):
            before[name] = session.scalar(select(Setting.value).where(Setting.key == key))
            after[name] = getattr(clean, name)
            if after[name]:
                session.merge(Setting(key=key, value=after[name]))
            else:
                session.execute(delete(Setting).where(Setting.key == key))
        for kind, pattern in clean.numbering.items():
            before[f"numbering.{kind}"] = pattern_for(session, kind)
            after[f"numbering.{kind}"] = pattern
            set_pattern(session, kind, pattern)
        record_changes(session, ENTITY, 1, before, after)
        return organisation_from_session(session)


def logo_media_type(data: bytes) -> str:
    """`image/png` or `image/jpeg` for an image the PDF can print; FieldError otherwise."""
    from PIL import Image, UnidentifiedImageError

    if len(data) > MAX_LOGO_BYTES:
        raise v.FieldError("logo", _("The logo file is too big (at most 2 MB)."))
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.verify()
            kind = image.format or ""
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        raise v.FieldError("logo", _("The file is not a PNG or JPEG picture.")) from None
    if kind not in LOGO_TYPES:
        raise v.FieldError("logo", _("The file is not a PNG or JPEG picture."))
    return LOGO_TYPES[kind]


def set_logo(db: Database, data: bytes) -> str:
    """Store the logo (once per content) and make it the organisation's; returns its SHA-256."""
    media_type = logo_media_type(data)
    digest = hashlib.sha256(data).hexdigest()
    with db.session() as session:
        if session.get(DocumentImage, digest) is None:
            session.add(DocumentImage(sha256=digest, media_type=media_type, data=data))
        row = _row(session)
        record_changes(session, ENTITY, 1, {"logo_sha256": row.logo_sha256}, {"logo_sha256": digest})
        row.logo_sha256 = digest
    return digest


def clear_logo(db: Database) -> None:
    """No logo on documents issued from now on (issued ones keep theirs)."""
    with db.session() as session:
        row = _row(session)
        if row.logo_sha256:
            record_event(session, ENTITY, 1, "update", "logo removed")
            record_changes(session, ENTITY, 1, {"logo_sha256": row.logo_sha256}, {"logo_sha256": None})
            row.logo_sha256 = None


def image_bytes(session: Session, sha256: str | None) -> bytes | None:
    if not sha256:
        return None
    image = session.get(DocumentImage, sha256)
    return image.data if image is not None else None


def load_logo(db: Database, sha256: str | None) -> bytes | None:
    with db.session() as session:
        return image_bytes(session, sha256)


# The first words of the usual names of welfare centres in the genitive ("na rzecz …").
_GENITIVE_WORDS = {
    "Gminny": "Gminnego",
    "Miejski": "Miejskiego",
    "Miejsko-Gminny": "Miejsko-Gminnego",
    "Powiatowy": "Powiatowego",
    "Ośrodek": "Ośrodka",
    "Miejski Ośrodek": "Miejskiego Ośrodka",
}


def genitive_name(org: OrganisationData) -> str:
    """The name after "na rzecz": the form set in the settings, else a guess for the usual
    names ("Gminny Ośrodek Pomocy Społecznej w X" -> "Gminnego Ośrodka …"); a name it cannot
    decline ("Centrum Usług Społecznych") stays as it is."""
    if org.full_name_genitive:
        return org.full_name_genitive
    words = org.full_name.split(" ")
    changed = 0
    for index, word in enumerate(words[:2]):
        if word in _GENITIVE_WORDS:
            words[index] = _GENITIVE_WORDS[word]
            changed += 1
        else:
            break
    return " ".join(words) if changed else org.full_name
