"""A refusal worded twice: in Chinese for the officer, and as a code with the values it
names, from which a window in another language words the same reason.

The Chinese sentence stays the message (the command line, the logs and the Chinese
window show it unchanged); the code never replaces it. A refusal raised without a code
is shown in Chinese everywhere, which is what an untranslated reason should do rather
than vanish.
"""

from __future__ import annotations

from typing import Any


class Worded(Exception):
    """Base of the refusals that carry a code: ``code`` and ``params`` name the reason."""

    def __init__(self, message: str = "", code: str = "", /, **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.params = params

    def __reduce__(self):  # keep the code (and any problems) when the refusal crosses a process boundary
        return (_rebuild, (type(self), str(self), self.code, self.params), dict(self.__dict__))


def _rebuild(cls: type[Worded], message: str, code: str, params: dict[str, Any]) -> Worded:
    exc = cls.__new__(cls)
    Exception.__init__(exc, message)
    exc.code, exc.params = code, params
    return exc


def reworded(exc: BaseException, cls: type[Worded]) -> Worded:
    """The same refusal as another kind (a rule's refusal raised by a service)."""
    return cls(str(exc), getattr(exc, "code", ""), **getattr(exc, "params", {}))


class Problem(str):
    """One of several reasons a file or a form is refused: still the plain Chinese sentence
    (joined, searched and printed as before), with the code and values to word it again."""

    code: str
    params: dict[str, Any]

    def __new__(cls, message: str, code: str = "", /, **params: Any) -> "Problem":
        problem = super().__new__(cls, message)
        problem.code, problem.params = code, params
        return problem

    def __reduce__(self):
        return (_problem, (str(self), self.code, self.params))


def _problem(message: str, code: str, params: dict[str, Any]) -> Problem:
    return Problem(message, code, **params)


def as_problem(refusal: BaseException) -> Problem:
    """A coded refusal as one problem of a list."""
    return Problem(str(refusal), getattr(refusal, "code", ""), **getattr(refusal, "params", {}))
