"""The words the bot says, loaded from ``content/``.

Messages are Telegram HTML. Every value interpolated into a message is HTML-escaped unless it
is wrapped in ``Safe`` (for text we built ourselves), so user input can never inject markup.
"""

from __future__ import annotations

import html
import string
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

CONTENT_DIR = Path(__file__).resolve().parent.parent / "content"
DEFAULT_LANGUAGE = "en"


class ContentError(ValueError):
    """A content file is malformed; the message names the file and the entry."""


class Safe(str):
    """A string that is already valid Telegram HTML and must not be escaped again."""


def escape(value: object) -> str:
    if isinstance(value, Safe):
        return str(value)
    return html.escape(str(value), quote=False)


def load_yaml(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as fh:
            return yaml.safe_load(fh)
    except FileNotFoundError as exc:
        raise ContentError(f"{path}: file is missing") from exc
    except yaml.YAMLError as exc:
        raise ContentError(f"{path}: not valid YAML: {exc}") from exc


def _flatten(tree: Mapping[str, Any], prefix: str = "") -> dict[str, str]:
    flat: dict[str, str] = {}
    for key, value in tree.items():
        if not isinstance(key, str):
            # YAML reads unquoted on/off/yes/no keys as booleans.
            raise ContentError(f"message key {prefix}{key!r} is not text: quote it in the YAML")
        full = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(_flatten(value, full + "."))
        elif isinstance(value, str):
            flat[full] = value.rstrip("\n")
        else:
            raise ContentError(f"message {full!r} must be text, got {type(value).__name__}")
    return flat


class Messages:
    """All message templates of one language, with English as the fallback."""

    def __init__(self, catalogs: Mapping[str, Mapping[str, str]]) -> None:
        self._catalogs = catalogs

    @property
    def languages(self) -> list[str]:
        return sorted(self._catalogs)

    def has(self, key: str) -> bool:
        return key in self._catalogs[DEFAULT_LANGUAGE]

    def keys(self) -> set[str]:
        return set(self._catalogs[DEFAULT_LANGUAGE])

    def template(self, key: str, lang: str | None = None) -> str:
        catalog = self._catalogs.get(lang or DEFAULT_LANGUAGE) or {}
        template = catalog.get(key) or self._catalogs[DEFAULT_LANGUAGE].get(key)
        if template is None:
            raise KeyError(f"no message {key!r} in content/messages")
        return template

    def t(self, key: str, lang: str | None = None, /, **values: object) -> Safe:
        """The message ``key`` with ``values`` escaped and filled in."""
        return Safe(self.template(key, lang).format_map({k: escape(v) for k, v in values.items()}))

    def plain(self, key: str, lang: str | None = None, /, **values: object) -> str:
        """A message used as a button label or a toast: plain text, values not escaped."""
        template = self.template(key, lang)
        return template.format_map(values) if values else template


def _check_placeholders(
    lang: str, catalog: Mapping[str, str], reference: Mapping[str, str]
) -> None:
    for key, template in catalog.items():
        try:
            fields = {f for _, f, _, _ in string.Formatter().parse(template) if f}
        except ValueError as exc:
            raise ContentError(f"messages/{lang}.yaml: {key}: {exc}") from exc
        if lang != DEFAULT_LANGUAGE and key in reference:
            ref_fields = {f for _, f, _, _ in string.Formatter().parse(reference[key]) if f}
            if fields - ref_fields:
                raise ContentError(
                    f"messages/{lang}.yaml: {key} uses {sorted(fields - ref_fields)} "
                    f"which the English text does not provide"
                )


def load_messages(directory: Path | None = None) -> Messages:
    directory = directory or CONTENT_DIR / "messages"
    catalogs: dict[str, dict[str, str]] = {}
    for path in sorted(directory.glob("*.yaml")):
        data = load_yaml(path)
        if not isinstance(data, Mapping):
            raise ContentError(f"{path}: expected a mapping of message keys")
        catalogs[path.stem] = _flatten(data)
    if DEFAULT_LANGUAGE not in catalogs:
        raise ContentError(f"{directory}: {DEFAULT_LANGUAGE}.yaml is missing")
    for lang, catalog in catalogs.items():
        _check_placeholders(lang, catalog, catalogs[DEFAULT_LANGUAGE])
    return Messages(catalogs)


@cache
def messages() -> Messages:
    return load_messages()


def t(key: str, lang: str | None = None, /, **values: object) -> Safe:
    """Shortcut for ``messages().t``: the one way code turns a message key into text."""
    return messages().t(key, lang, **values)


def label(key: str, lang: str | None = None, /, **values: object) -> str:
    """A button label or toast (plain text, Telegram does not parse it)."""
    return messages().plain(key, lang, **values)


# -- small daily acts ---------------------------------------------------------------------------


class ActCategory(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9-]{1,30}$")
    name: str = Field(min_length=1, max_length=60)
    emoji: str = Field(min_length=1, max_length=8)


class Act(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9-]{1,40}$")
    category: str
    text: str = Field(min_length=10, max_length=300)
    together: bool = False  # needs both in the same place: never for long-distance couples
    distance: bool = False  # works well at a distance
    quick: bool = False  # under five minutes

    @model_validator(mode="after")
    def _together_or_distance(self) -> Act:
        if self.together and self.distance:
            raise ValueError("an act cannot both need being together and work at a distance")
        return self


class ActCatalog:
    """The acts from ``content/acts.yaml``, checked as a whole."""

    def __init__(self, categories: list[ActCategory], acts: list[Act]) -> None:
        self.categories = {c.id: c for c in categories}
        self.acts = {a.id: a for a in acts}
        self.by_category: dict[str, list[Act]] = {c.id: [] for c in categories}
        for act in acts:
            self.by_category[act.category].append(act)

    def get(self, act_id: str) -> Act | None:
        return self.acts.get(act_id)

    def eligible(self, long_distance: bool) -> list[Act]:
        """Every act, or for partners living apart those that do not need being together."""
        if not hasattr(self, "_apart"):
            self._apart = [a for a in self.acts.values() if not a.together]
            self._all = list(self.acts.values())
        return self._apart if long_distance else self._all


def _entry_error(path: Path, where: str, exc: ValidationError) -> ContentError:
    problems = "; ".join(
        f"{'.'.join(str(p) for p in err['loc']) or 'entry'}: {err['msg']}" for err in exc.errors()
    )
    return ContentError(f"{path}: {where}: {problems}")


def load_acts(path: Path | None = None) -> ActCatalog:
    path = path or CONTENT_DIR / "acts.yaml"
    data = load_yaml(path)
    if (
        not isinstance(data, Mapping)
        or not isinstance(data.get("categories"), list)
        or not (isinstance(data.get("acts"), list))
    ):
        raise ContentError(f"{path}: expected 'categories' and 'acts' lists")
    categories: list[ActCategory] = []
    for index, raw in enumerate(data["categories"]):
        try:
            categories.append(ActCategory.model_validate(raw))
        except ValidationError as exc:
            raise _entry_error(path, f"categories[{index}]", exc) from exc
    known = {c.id for c in categories}
    if len(known) != len(categories):
        raise ContentError(f"{path}: a category id is listed twice")
    acts: list[Act] = []
    seen: set[str] = set()
    for index, raw in enumerate(data["acts"]):
        where = f"acts[{index}]" + (f" (id {raw.get('id')!r})" if isinstance(raw, Mapping) else "")
        try:
            act = Act.model_validate(raw)
        except ValidationError as exc:
            raise _entry_error(path, where, exc) from exc
        if act.category not in known:
            raise ContentError(f"{path}: {where}: unknown category {act.category!r}")
        if act.id in seen:
            raise ContentError(f"{path}: {where}: the id is used twice")
        seen.add(act.id)
        acts.append(act)
    empty = [c.id for c in categories if not any(a.category == c.id for a in acts)]
    if empty:
        raise ContentError(f"{path}: categories without acts: {', '.join(empty)}")
    return ActCatalog(categories, acts)


@cache
def acts() -> ActCatalog:
    return load_acts()


ContentModel = TypeVar("ContentModel", bound=BaseModel)


def load_file(model: type[ContentModel], filename: str, path: Path | None = None) -> ContentModel:
    """Read and validate one content file; errors name the file and the bad entry."""
    path = path or CONTENT_DIR / filename
    try:
        return model.model_validate(load_yaml(path))
    except ValidationError as exc:
        raise _entry_error(path, filename, exc) from exc


# -- the weekly check-in ------------------------------------------------------------------------


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class ScaleQuestion(_Strict):
    id: str
    text: str = Field(min_length=5)
    low: str
    high: str
    max: int = Field(ge=3, le=10)


class PatternItem(_Strict):
    id: str
    text: str = Field(min_length=3)


class Patterns(_Strict):
    intro: str
    scale: list[str] = Field(min_length=4, max_length=4)
    items: list[PatternItem] = Field(min_length=4, max_length=4)


class WrittenQuestion(_Strict):
    id: str
    text: str = Field(min_length=5)


class AgendaStep(_Strict):
    id: str
    minutes: int = Field(ge=1, le=30)
    text: str = Field(min_length=10)


PULSE_IDS = ("happiness", "warmth", "rewarding", "satisfied")
PATTERN_IDS = ("criticised", "disrespected", "defensive", "shut_out")
WRITTEN_IDS = ("went_well", "hard", "improve")


class CheckinContent(_Strict):
    pulse: list[ScaleQuestion]
    patterns: Patterns
    written: list[WrittenQuestion]
    topics: dict[str, str] = Field(min_length=2)
    agenda: list[AgendaStep]
    solo_agenda: list[AgendaStep]
    break_: str = Field(alias="break", min_length=10)

    @model_validator(mode="after")
    def _matches_the_tables(self) -> CheckinContent:
        if tuple(q.id for q in self.pulse) != PULSE_IDS:
            raise ValueError(f"pulse ids must be {PULSE_IDS}")
        if [q.max for q in self.pulse] != [6, 5, 5, 5]:
            raise ValueError("the pulse scales are 0-6 then three 0-5 (the CSI-4 structure)")
        if tuple(i.id for i in self.patterns.items) != PATTERN_IDS:
            raise ValueError(f"pattern ids must be {PATTERN_IDS}")
        if tuple(q.id for q in self.written) != WRITTEN_IDS:
            raise ValueError(f"written ids must be {WRITTEN_IDS}")
        for name, steps in (("agenda", self.agenda), ("solo_agenda", self.solo_agenda)):
            if sum(s.minutes for s in steps) != 30:
                raise ValueError(f"{name} minutes must add up to 30")
            if [s.id for s in steps][-2:] != ["loved", "next_week"]:
                raise ValueError(f"{name} must end with the 'loved' and 'next_week' steps")
        if any(len(k) > 16 for k in self.topics):
            raise ValueError("topic ids are at most 16 characters")
        return self

    def agenda_for(self, solo: bool) -> list[AgendaStep]:
        return self.solo_agenda if solo else self.agenda


@cache
def checkin() -> CheckinContent:
    return load_file(CheckinContent, "checkin.yaml")


def load_all() -> None:
    """Load and validate every content file now (called at start-up)."""
    messages()
    acts()
    checkin()
    insights()
    for lang in safety_languages():
        safety(lang)
    resources()


# -- insights -----------------------------------------------------------------------------------


class Thresholds(_Strict):
    baseline_weeks: int = Field(ge=1)
    low_pulse: float
    drop_points: float = Field(gt=0)
    conflict_item: int = Field(ge=0, le=3)
    conflict_sum: int = Field(ge=0, le=12)
    promise_rate: float = Field(ge=0, le=1)
    promise_min: int = Field(ge=1)
    disengaged_weeks: int = Field(ge=1)
    window_weeks: int = Field(ge=2)
    tier2_low_weeks: int = Field(ge=1)
    tier2_drop_run: int = Field(ge=1)
    tier2_conflict_weeks: int = Field(ge=1)
    tier2_topic_weeks: int = Field(ge=2)
    tier3_after_weeks: int = Field(ge=1)
    tier3_both_low_weeks: int = Field(ge=1)
    min_days_between: int = Field(ge=0)
    not_now_days: int = Field(ge=0)
    retention_weeks: int = Field(ge=1)


SIGNALS = ("low", "drop", "conflict", "topic", "promises", "disengaged")


class InsightsContent(_Strict):
    thresholds: Thresholds
    tips: dict[str, str]

    @model_validator(mode="after")
    def _a_tip_for_every_signal(self) -> InsightsContent:
        missing = [s for s in SIGNALS if s not in self.tips]
        if missing:
            raise ValueError(f"tips missing for: {', '.join(missing)}")
        return self


@cache
def insights() -> InsightsContent:
    return load_file(InsightsContent, "insights.yaml")


# -- safety and resources -----------------------------------------------------------------------


SAFETY_CATEGORIES = (
    "violence",
    "strangulation",
    "weapons",
    "threats",
    "fear",
    "control_money",
    "control_documents",
    "control_monitoring",
    "control_isolation",
    "sexual_coercion",
    "reproductive_coercion",
    "self_harm",
    "suicidal",
)
SELF_HARM_CATEGORIES = frozenset({"self_harm", "suicidal"})


class SafetyCategory(_Strict):
    """A group of phrases that signal one category of danger (content/safety/rules/<lang>.yaml)."""

    category: str | None = None  # the corpus category; the group's own name when omitted
    writer: bool = False  # the writer hurts, threatens or controls the partner
    level: str = Field(default="alert", pattern=r"^(alert|check)$")
    immediate: bool = False  # this group always means danger right now
    phrases: list[str] = Field(min_length=1)


class SafetyContent(_Strict):
    partner_words: list[str] = Field(min_length=1)
    negations: list[str] = Field(min_length=1)
    fillers: list[str]
    idioms: list[str] = Field(default_factory=list)
    categories: dict[str, SafetyCategory] = Field(min_length=1)
    immediate: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _known_categories(self) -> SafetyContent:
        for name, group in self.categories.items():
            category = group.category or name
            if category not in SAFETY_CATEGORIES:
                raise ValueError(f"{name}: unknown category {category!r}")
        return self

    def category_of(self, group: str) -> str:
        return self.categories[group].category or group


SAFETY_RULES_DIR = "safety/rules"


def safety_languages() -> list[str]:
    """The languages that have phrase rules (content/safety/rules/<lang>.yaml)."""
    return sorted(p.stem for p in (CONTENT_DIR / SAFETY_RULES_DIR).glob("*.yaml"))


@cache
def safety(lang: str = DEFAULT_LANGUAGE) -> SafetyContent:
    return load_file(SafetyContent, f"{SAFETY_RULES_DIR}/{lang}.yaml")


class HelpLine(_Strict):
    name: str = Field(min_length=2)
    phone: str | None = None
    sms: str | None = None
    url: str | None = None
    hours: str | None = None
    what: str | None = None
    countries: list[str] = Field(default_factory=list)  # empty: everywhere

    @model_validator(mode="after")
    def _reachable(self) -> HelpLine:
        if not (self.phone or self.url):
            raise ValueError(f"{self.name}: needs a phone number or a web address")
        return self


class CountryHelp(_Strict):
    name: str
    emergency: str = Field(pattern=r"^[0-9 ]{2,8}$")
    crisis: list[HelpLine] = Field(min_length=1)
    abuse: list[HelpLine] = Field(min_length=1)
    therapy: list[HelpLine] = Field(default_factory=list)


class InternationalHelp(_Strict):
    crisis: list[HelpLine] = Field(min_length=1)
    abuse: list[HelpLine] = Field(min_length=1)


class HelpDirectories(_Strict):
    programmes: list[HelpLine] = Field(min_length=1)
    coaches: list[HelpLine] = Field(min_length=1)
    therapy: list[HelpLine] = Field(min_length=1)
    individual: list[HelpLine] = Field(min_length=1)


class ResourcesContent(_Strict):
    countries: dict[str, CountryHelp] = Field(min_length=1)
    international: InternationalHelp
    help: HelpDirectories

    @model_validator(mode="after")
    def _country_codes(self) -> ResourcesContent:
        bad = [code for code in self.countries if not (len(code) == 2 and code.isupper())]
        if bad:
            raise ValueError(f"country keys must be ISO codes like 'US': {bad}")
        return self


@cache
def resources() -> ResourcesContent:
    return load_file(ResourcesContent, "resources.yaml")
