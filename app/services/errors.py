"""The kinds of failure a user can cause or fix, as opposed to programming errors.

Every front end (the window, the command line) shows these as a plain message and keeps
running; anything else is a bug and goes to the crash log.
"""

from app.domain.calendar import CalendarFileError
from app.domain.catalogue import CatalogueError
from app.domain.letters import LetterContentError
from app.domain.lifecycle import RuleViolation
from app.domain.text import TextRefused
from app.services.calendar_files import CalendarImportRefused, StoredCalendarError
from app.services.cases import CaseRefused
from app.services.catalogue import CatalogueRefused
from app.services.catalogue_files import CatalogueWriteError
from app.services.exports import OutputRefused
from app.services.ledger import LedgerRefused
from app.services.officers import OfficerError
from app.services.queries import QueryError
from app.services.recovery import RestoreRefused
from app.services.settings import SettingsError
from app.services.setup import SetupError
from app.services.workspace import ClockAhead, ClockSetBack, DateOutsideCalendar
from app.store.backup import BackupRefused
from app.services.sync_export import ExportCancelled, NothingToExport
from app.services.sync_keys import KeyProblem
from app.store.database import DatabaseProblem
from app.sync.encryption import EncryptionProblem
from app.sync.package import PackageProblem
from app.sync.signing import SignatureProblem

USER_ERRORS: tuple[type[BaseException], ...] = (
    BackupRefused,
    CalendarFileError,
    CalendarImportRefused,
    CatalogueError,
    CatalogueRefused,
    CatalogueWriteError,
    CaseRefused,
    ClockAhead,
    ClockSetBack,
    DatabaseProblem,
    DateOutsideCalendar,
    EncryptionProblem,
    ExportCancelled,
    KeyProblem,
    LedgerRefused,
    LetterContentError,
    NothingToExport,
    OfficerError,
    OutputRefused,
    PackageProblem,
    QueryError,
    RestoreRefused,
    RuleViolation,
    SettingsError,
    SignatureProblem,
    SetupError,
    StoredCalendarError,
    TextRefused,
)
