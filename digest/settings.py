"""Settings in layers: defaults, then a config file (digest.toml), then the flags actually given."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

CONFIG_NAME = "digest.toml"
EDITS_NAME = "edits.toml"
FORMATS = ("md", "html", "json", "docx", "txt")
DEFAULT_FORMATS = ("md", "html", "json")
WEEK_RE = re.compile(r"^(\d{4})-W(\d{2})$")
MIN_YEAR, MAX_YEAR = 1900, 2999  # news dates; also keeps week arithmetic inside the calendar
MAX_FILE_MB_LIMIT = 4096


@dataclass(frozen=True)
class Settings:
    """Every option of a build, with its default."""

    inputs: tuple[str, ...] = ("seeds",)
    out: str = "out"
    formats: tuple[str, ...] = DEFAULT_FORMATS
    week: str | None = None  # YYYY-Www; None means the current ISO week
    title: str = "要闻摘编"
    sentences: int | None = 3
    max_chars: int | None = 120
    ratio: float | None = None
    keywords: int = 5
    engine: str = "textrank"
    categories: str | None = None  # a taxonomy TOML replacing the built-in one
    templates: str | None = None  # a folder whose templates override the built-in ones
    docx_template: str | None = None  # a reference .docx whose page setup and styles the Word file uses
    user_dict: str | None = None
    stopwords: str | None = None
    max_file_mb: float = 20.0
    strict: bool = False
    dedup: bool = True  # merge versions of one story from several inputs into one entry
    edits: str | None = None  # the editor's decisions (edits.toml beside digest.toml by default)
    sources: tuple[tuple[str, str], ...] = ()  # (folder or file, outlet name): who sent what, from [sources]
    jobs: int = 1

    def to_json(self) -> dict[str, Any]:
        """The options that shape the output (not how many processes made it)."""
        data = asdict(self)
        del data["jobs"]
        data["inputs"] = list(self.inputs)
        data["formats"] = list(self.formats)
        data["sources"] = {name: outlet for name, outlet in self.sources}
        return data


# Each key: (type check, message) used for the config file and the flags alike.
def _positive_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def _optional_positive_int(value) -> bool:
    return value is None or _positive_int(value)


_CHECKS: dict[str, tuple[Any, str]] = {
    "inputs": (lambda v: isinstance(v, (list, tuple)) and all(isinstance(x, str) for x in v), "a list of paths"),
    "out": (lambda v: isinstance(v, str) and v.strip() != "", "a folder path"),
    "formats": (lambda v: isinstance(v, (list, tuple)) and len(v) > 0 and all(x in FORMATS for x in v),
                "a list of " + ", ".join(FORMATS)),
    "week": (lambda v: v is None or (isinstance(v, str) and _valid_week(v)),
             f"an ISO week such as 2025-W14 (years {MIN_YEAR} to {MAX_YEAR})"),
    "title": (lambda v: isinstance(v, str) and v.strip() != "", "a non-empty string"),
    "sentences": (_optional_positive_int, "a whole number above 0"),
    "max_chars": (lambda v: v is None or (_positive_int(v) and v >= 10), "a whole number of at least 10"),
    "ratio": (lambda v: v is None or (isinstance(v, (int, float)) and not isinstance(v, bool) and 0 < v <= 1),
              "a number above 0 and at most 1"),
    "keywords": (lambda v: isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= 50, "a whole number from 0 to 50"),
    "engine": (lambda v: isinstance(v, str), "an engine name"),
    "categories": (lambda v: v is None or isinstance(v, str), "a path"),
    "templates": (lambda v: v is None or isinstance(v, str), "a path"),
    "docx_template": (lambda v: v is None or isinstance(v, str), "a path"),
    "user_dict": (lambda v: v is None or isinstance(v, str), "a path"),
    "stopwords": (lambda v: v is None or isinstance(v, str), "a path"),
    "max_file_mb": (lambda v: isinstance(v, (int, float)) and not isinstance(v, bool) and 0 < v <= MAX_FILE_MB_LIMIT,
                    f"a number above 0 and at most {MAX_FILE_MB_LIMIT}"),
    "strict": (lambda v: isinstance(v, bool), "true or false"),
    "dedup": (lambda v: isinstance(v, bool), "true or false"),
    "edits": (lambda v: v is None or isinstance(v, str), "a path"),
    "sources": (lambda v: isinstance(v, (dict, tuple)) and all(isinstance(k, str) and isinstance(x, str) and x.strip()
                                                               for k, x in (v.items() if isinstance(v, dict) else v)),
                "a table of folder = \"outlet name\""),
    "jobs": (_positive_int, "a whole number above 0"),
}


def _valid_week(value: str) -> bool:
    match = WEEK_RE.match(value)
    if not match or not MIN_YEAR <= int(match.group(1)) <= MAX_YEAR:
        return False
    try:
        dt.date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
    except ValueError:
        return False
    return True


def validate(values: dict[str, Any], origin: str) -> list[str]:
    """Every problem with the given keys and values, each naming the key."""
    from .summarize import ENGINES

    problems = []
    for key, value in values.items():
        if key not in _CHECKS:
            problems.append(f"unknown key {key!r}")
            continue
        check, expected = _CHECKS[key]
        if not check(value):
            problems.append(f"{key} = {value!r}: expected {expected}")
        elif key == "engine" and value not in ENGINES:
            problems.append(f"engine = {value!r}: expected one of {', '.join(ENGINES)}")
    return problems


def read_toml(path: Path, what: str) -> dict[str, Any]:
    """A TOML file the user wrote (`what`: config, edits), or a ConfigError naming why it cannot be read."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise ConfigError(str(path), [f"cannot read the {what} file ({exc.strerror or exc})"]) from None
    except UnicodeDecodeError:
        raise ConfigError(str(path), [f"{what} file is not UTF-8 text"]) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(str(path), [f"not valid TOML ({exc})"]) from None


def read_config(path: Path) -> dict[str, Any]:
    """The keys of a digest.toml (flag names with `-` or `_`), validated in one pass."""
    data = read_toml(path, "config")
    values = {key.replace("-", "_"): value for key, value in data.items()}
    if "format" in values and "formats" not in values:
        values["formats"] = values.pop("format")
    if isinstance(values.get("formats"), str):
        values["formats"] = [values["formats"]]
    if isinstance(values.get("inputs"), str):
        values["inputs"] = [values["inputs"]]
    problems = validate(values, str(path))
    if problems:
        raise ConfigError(str(path), problems)
    # Paths in a config file are relative to the file, as users expect.
    base = path.resolve().parent
    for key in ("out", "categories", "templates", "docx_template", "user_dict", "stopwords", "edits"):
        if isinstance(values.get(key), str) and not Path(values[key]).is_absolute():
            values[key] = str(base / values[key])
    if "inputs" in values:
        values["inputs"] = [x if Path(x).is_absolute() else str(base / x) for x in values["inputs"]]
    if "sources" in values:
        values["sources"] = tuple((str((base / folder).resolve()), name.strip()) for folder, name in values["sources"].items())
    return values


def outlet_for(path: Path, sources: tuple[tuple[str, str], ...]) -> str | None:
    """The outlet the config names for a file: the `[sources]` entry of its nearest folder."""
    resolved = path.resolve()
    best = None
    for folder, name in sources:
        root = Path(folder)
        if (resolved == root or root in resolved.parents) and (best is None or len(folder) > len(best[0])):
            best = (folder, name)
    return best[1] if best else None


def build_settings(flags: dict[str, Any], config: Path | None = None, cwd: Path | None = None) -> Settings:
    """Defaults, then the config file (explicit or ./digest.toml), then the flags that were given (not None)."""
    values: dict[str, Any] = {}
    if config is None:
        candidate = (cwd or Path.cwd()) / CONFIG_NAME
        if candidate.is_file():
            config = candidate
    if config is not None:
        values.update(read_config(config))
    given = {key: value for key, value in flags.items() if value is not None}
    for key in ("inputs", "formats"):
        if key in given and isinstance(given[key], (list, tuple)) and not given[key]:
            del given[key]  # an empty list from the CLI means "not given"
    problems = validate(given, "command line")
    if problems:
        raise ConfigError("command line", problems)
    values.update(given)
    for key in ("inputs", "formats"):
        if key in values:
            values[key] = tuple(dict.fromkeys(values[key]))
    missing = [f"{key} = {values[key]!r}: no such {kind}" for key, kind, exists in (
        ("templates", "folder", Path.is_dir), ("docx_template", "file", Path.is_file), ("edits", "file", Path.is_file),
        ("categories", "file", Path.is_file), ("user_dict", "file", Path.is_file), ("stopwords", "file", Path.is_file))
        if values.get(key) is not None and not exists(Path(values[key]))]
    if missing:
        raise ConfigError("settings", missing)
    if values.get("edits") is None:
        # The editor's decisions live beside the config file (or in the working folder without one).
        candidate = (config.resolve().parent if config is not None else (cwd or Path.cwd())) / EDITS_NAME
        if candidate.is_file():
            values["edits"] = str(candidate)
    return replace(Settings(), **{key: value for key, value in values.items() if key in {f.name for f in fields(Settings)}})


def week_bounds(week: str | None, today: dt.date) -> tuple[str, dt.date, dt.date]:
    """The ISO week label and its Monday and Sunday; `today`'s week when none is given."""
    if week is None:
        year, number, _ = today.isocalendar()
    else:
        match = WEEK_RE.match(week)
        year, number = int(match.group(1)), int(match.group(2))
    monday = dt.date.fromisocalendar(year, number, 1)
    return f"{year}-W{number:02d}", monday, monday + dt.timedelta(days=6)

