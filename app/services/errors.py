"""The kinds of failure a user can cause or fix, as opposed to programming errors.

Every front end (the window, the command line) shows these as a plain message and keeps
running; anything else is a bug and goes to the crash log.
"""

from app.domain.calendar import CalendarFileError
from app.domain.catalogue import CatalogueError
from app.domain.letters import LetterContentError
from app.domain.lifecycle import RuleViolation
from app.services.calendar_files import StoredCalendarError
from app.services.cases import CaseRefused
from app.services.catalogue import CatalogueRefused
from app.services.catalogue_files import CatalogueWriteError
from app.services.maintenance import RestoreRefused
from app.services.officers import OfficerError
from app.services.queries import QueryError
from app.services.settings import SettingsError
from app.services.setup import SetupError
from app.services.workspace import ClockSetBack, DateOutsideCalendar
from app.store.database import DatabaseProblem

USER_ERRORS: tuple[type[BaseException], ...] = (
    CalendarFileError,
    CatalogueError,
    CatalogueRefused,
    CatalogueWriteError,
    CaseRefused,
    ClockSetBack,
    DatabaseProblem,
    DateOutsideCalendar,
    LetterContentError,
    OfficerError,
    QueryError,
    RestoreRefused,
    RuleViolation,
    SettingsError,
    SetupError,
    StoredCalendarError,
)
