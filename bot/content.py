"""What the bot works with, loaded from ``content/``: which acts exist, the bank of daily
questions, the structure of the weekly check-in, the insight thresholds, the safety rules and the
sources of help.

Every file is checked at start-up; a mistake names the file and the entry. The words of the
acts, daily questions, check-in questions, agenda and tips are in the Fluent catalogue
(``content/locales/``, loaded by ``bot.views.catalogue``), by id, in each language.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

CONTENT_DIR = Path(__file__).resolve().parent.parent / "content"
DEFAULT_LANGUAGE = "en"
# The languages a person can choose: one folder each in content/locales/ (English first).
LANGUAGES = tuple(
    sorted(
        (p.name for p in (CONTENT_DIR / "locales").iterdir() if p.is_dir()),
        key=lambda lang: (lang != DEFAULT_LANGUAGE, lang),
    )
)


ContentModel = TypeVar("ContentModel", bound=BaseModel)


class ContentError(ValueError):
    """A content file is malformed; the message names the file and the entry."""


def load_yaml(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as fh:
            return yaml.safe_load(fh)
    except FileNotFoundError as exc:
        raise ContentError(f"{path}: file is missing") from exc
    except yaml.YAMLError as exc:
        raise ContentError(f"{path}: not valid YAML: {exc}") from exc


# -- small daily acts ---------------------------------------------------------------------------


class ActCategory(BaseModel):
    """A kind of act; its name is ``act-category-<id>`` in the catalogue."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9-]{1,30}$")
    emoji: str = Field(min_length=1, max_length=8)


class Act(BaseModel):
    """One small act; its words are ``act-<id>`` in the catalogue."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9-]{1,40}$")
    category: str
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

    def pools(self, long_distance: bool) -> dict[str, list[Act]]:
        """``eligible(long_distance)`` by category, each in catalogue order (built once)."""
        if not hasattr(self, "_pools"):
            self._pools: dict[bool, dict[str, list[Act]]] = {}
            for apart in (False, True):
                pools: dict[str, list[Act]] = {}
                for act in self.eligible(apart):
                    pools.setdefault(act.category, []).append(act)
                self._pools[apart] = pools
        return self._pools[long_distance]


def _entry_error(path: Path, where: str, exc: ValidationError) -> ContentError:
    problems = "; ".join(
        f"{'.'.join(str(p) for p in err['loc']) or 'entry'}: {err['msg']}" for err in exc.errors()
    )
    return ContentError(f"{path}: {where}: {problems}")


Category = TypeVar("Category", "ActCategory", "QuestionCategory")
Entry = TypeVar("Entry", "Act", "Question")


def _load_entries(
    path: Path,
    key: str,
    category_model: type[Category],
    entry_model: type[Entry],
    *,
    prefixed: bool = False,
) -> tuple[list[Category], list[Entry]]:
    """The ``categories`` and ``key`` lists of ``path``, each entry validated, ids unique, every
    entry in a known category (``prefixed``: its id starts with it) and no category empty."""
    data = load_yaml(path)
    if (
        not isinstance(data, Mapping)
        or not isinstance(data.get("categories"), list)
        or not isinstance(data.get(key), list)
    ):
        raise ContentError(f"{path}: expected 'categories' and '{key}' lists")
    categories: list[Category] = []
    for index, raw in enumerate(data["categories"]):
        try:
            categories.append(category_model.model_validate(raw))
        except ValidationError as exc:
            raise _entry_error(path, f"categories[{index}]", exc) from exc
    known = {c.id for c in categories}
    if len(known) != len(categories):
        raise ContentError(f"{path}: a category id is listed twice")
    entries: list[Entry] = []
    seen: set[str] = set()
    for index, raw in enumerate(data[key]):
        where = f"{key}[{index}]" + (f" (id {raw.get('id')!r})" if isinstance(raw, Mapping) else "")
        try:
            entry = entry_model.model_validate(raw)
        except ValidationError as exc:
            raise _entry_error(path, where, exc) from exc
        if entry.category not in known:
            raise ContentError(f"{path}: {where}: unknown category {entry.category!r}")
        if prefixed and entry.id.rpartition("-")[0] != entry.category:
            raise ContentError(f"{path}: {where}: the id must start with its category")
        if entry.id in seen:
            raise ContentError(f"{path}: {where}: the id is used twice")
        seen.add(entry.id)
        entries.append(entry)
    empty = [c.id for c in categories if not any(e.category == c.id for e in entries)]
    if empty:
        raise ContentError(f"{path}: categories without {key}: {', '.join(empty)}")
    return categories, entries


def load_acts(path: Path | None = None) -> ActCatalog:
    path = path or CONTENT_DIR / "acts.yaml"
    return ActCatalog(*_load_entries(path, "acts", ActCategory, Act))


@cache
def acts() -> ActCatalog:
    return load_acts()


# -- daily questions ----------------------------------------------------------------------------


class QuestionCategory(BaseModel):
    """A kind of daily question; its name is ``question-category-<id>`` in the catalogue."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9]{1,20}$")
    emoji: str = Field(min_length=1, max_length=8)
    opt_in: bool = False  # only for couples who turned it on (intimacy)


class Question(BaseModel):
    """One daily question; its words are ``question-<id>`` (``.solo``: the reflection wording)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9]{1,20}-[0-9]{3}$")
    category: str
    together: bool = False  # assumes the couple shares a home: never for long-distance couples
    deep: bool = False  # a heavier question: never two deep days in a row


class QuestionBank:
    """The daily questions from ``content/questions.yaml``, checked as a whole."""

    def __init__(self, categories: list[QuestionCategory], questions: list[Question]) -> None:
        self.categories = {c.id: c for c in categories}
        self.questions = {q.id: q for q in questions}
        self._eligible: dict[tuple[bool, frozenset[str]], list[Question]] = {}
        self.by_category: dict[str, list[Question]] = {c.id: [] for c in categories}
        for question in questions:
            self.by_category[question.category].append(question)

    def get(self, question_id: str) -> Question | None:
        return self.questions.get(question_id)

    def eligible(self, *, long_distance: bool, opted_in: frozenset[str]) -> list[Question]:
        """The questions a couple may get: no ``together`` ones for partners living apart, and
        an opt-in category (intimacy) only when the couple turned it on."""
        key = (long_distance, opted_in)
        found = self._eligible.get(key)
        if found is None:
            found = self._eligible[key] = [
                q
                for q in self.questions.values()
                if not (long_distance and q.together)
                and (not self.categories[q.category].opt_in or q.category in opted_in)
            ]
        return found

    def message_ids(self) -> list[str]:
        """Every catalogue message the bank needs, in every language."""
        found = [f"question-category-{c}" for c in self.categories]
        for question in self.questions:
            found += [f"question-{question}", f"question-{question}.solo"]
        return found


def load_questions(path: Path | None = None) -> QuestionBank:
    path = path or CONTENT_DIR / "questions.yaml"
    categories, questions = _load_entries(
        path, "questions", QuestionCategory, Question, prefixed=True
    )
    if not any(c.opt_in is False for c in categories):
        raise ContentError(f"{path}: every category is opt-in: nobody would get a question")
    return QuestionBank(categories, questions)


@cache
def questions() -> QuestionBank:
    return load_questions()


def load_file(model: type[ContentModel], filename: str, path: Path | None = None) -> ContentModel:
    """Read and validate one content file; errors name the file and the bad entry."""
    path = path or CONTENT_DIR / filename
    try:
        return model.model_validate(load_yaml(path))
    except ValidationError as exc:
        raise _entry_error(path, filename, exc) from exc


# -- the weekly check-in ------------------------------------------------------------------------


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ScaleQuestion(_Strict):
    """A pulse question (words: ``checkin-pulse-<id>``, its ends ``.low`` and ``.high``)."""

    id: str
    max: int = Field(ge=3, le=10)


class AgendaStep(_Strict):
    """A step of the talk (words: ``checkin-agenda-<id>`` or ``checkin-solo-agenda-<id>``)."""

    id: str
    minutes: int = Field(ge=1, le=30)


PULSE_IDS = ("happiness", "warmth", "rewarding", "satisfied")
PATTERN_IDS = ("criticised", "disrespected", "defensive", "shut_out")
WRITTEN_IDS = ("went_well", "hard", "improve")


PATTERN_SCALE = 4  # "not at all" (0) to "very often" (3): checkin-patterns-scale-<n>


class CheckinContent(_Strict):
    pulse: list[ScaleQuestion]
    patterns: list[str]
    written: list[str]
    topics: list[str] = Field(min_length=2)
    agenda: list[AgendaStep]
    solo_agenda: list[AgendaStep]

    @model_validator(mode="after")
    def _matches_the_tables(self) -> CheckinContent:
        if tuple(q.id for q in self.pulse) != PULSE_IDS:
            raise ValueError(f"pulse ids must be {PULSE_IDS}")
        if [q.max for q in self.pulse] != [6, 5, 5, 5]:
            raise ValueError("the pulse scales are 0-6 then three 0-5 (the CSI-4 structure)")
        if tuple(self.patterns) != PATTERN_IDS:
            raise ValueError(f"pattern ids must be {PATTERN_IDS}")
        if tuple(self.written) != WRITTEN_IDS:
            raise ValueError(f"written ids must be {WRITTEN_IDS}")
        for name, steps in (("agenda", self.agenda), ("solo_agenda", self.solo_agenda)):
            if sum(s.minutes for s in steps) != 30:
                raise ValueError(f"{name} minutes must add up to 30")
            if [s.id for s in steps][-2:] != ["loved", "next_week"]:
                raise ValueError(f"{name} must end with the 'loved' and 'next_week' steps")
        if any(not re.fullmatch(r"[a-z][a-z0-9_]{0,15}", k) for k in self.topics):
            raise ValueError("topic ids are lowercase words of at most 16 characters")
        if len(set(self.topics)) != len(self.topics):
            raise ValueError("a topic id is listed twice")
        return self

    def agenda_for(self, solo: bool) -> list[AgendaStep]:
        return self.solo_agenda if solo else self.agenda


@cache
def checkin() -> CheckinContent:
    return load_file(CheckinContent, "checkin.yaml")


def load_all() -> None:
    """Load and validate every content file now (called at start-up; the catalogue of words is
    checked against them by ``bot.views.catalogue``)."""
    acts()
    questions()
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
    """The thresholds; each signal's skill tip is ``tip-<signal>`` in the catalogue."""

    thresholds: Thresholds


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
    stop: list[HelpLine] = Field(default_factory=list)  # help to stop hurting a partner
    therapy: list[HelpLine] = Field(default_factory=list)


class InternationalHelp(_Strict):
    crisis: list[HelpLine] = Field(min_length=1)
    abuse: list[HelpLine] = Field(min_length=1)
    stop: list[HelpLine] = Field(default_factory=list)  # empty: the bot shows the crisis lines


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
