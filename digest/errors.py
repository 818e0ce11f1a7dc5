"""The library's own exceptions; the CLI maps them to clean exits."""
from __future__ import annotations

import os


def printable_path(path) -> str:
    """A path as text that can always be printed and written: undecodable bytes of a file name become U+FFFD."""
    return os.fsencode(str(path)).decode("utf-8", errors="replace")


class DigestError(Exception):
    """Base class for every error the library reports to users."""


class InputError(DigestError):
    """One input file cannot be used; the build skips it and goes on."""

    def __init__(self, path: str, reason: str):
        path = printable_path(path)
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ConfigError(DigestError):
    """Settings, a config file or a taxonomy are invalid; `problems` lists every one."""

    def __init__(self, source: str, problems: list[str]):
        self.source = source
        self.problems = list(problems)
        super().__init__(f"{source}: " + "; ".join(self.problems))


class NothingToBuild(DigestError):
    """No input could be read at all."""


class TemplateProblem(DigestError):
    """A template cannot be rendered: names the template file and line."""
