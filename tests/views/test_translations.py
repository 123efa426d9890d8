"""Every language has every message English has, with the same placeables and markup, and no
English left in (``python -m bot translations`` prints the same report)."""

from __future__ import annotations

import shutil
from pathlib import Path

from bot.__main__ import main as cli
from bot.views.catalogue import LOCALES_DIR
from bot.views.translations import check


def test_every_language_is_complete():
    reports = check()
    assert {r.lang for r in reports} >= {"de", "es", "fr"}
    problems = [line for report in reports for line in report.problems()]
    assert problems == [], "\n".join(problems[:40])


def test_the_command_says_so(capsys):
    assert cli(["translations"]) == 0
    out = capsys.readouterr().out
    for lang in ("de", "es", "fr"):
        assert f"{lang}: " in out and "complete" in out


def copy_of(tmp_path: Path) -> Path:
    shutil.copytree(LOCALES_DIR, tmp_path / "locales")
    return tmp_path / "locales"


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_missing_message_a_lost_placeable_broken_markup_and_english_left_in_are_found(
    tmp_path,
):
    locales = copy_of(tmp_path)
    de = locales / "de" / "messages.ftl"
    # A message deleted, a name dropped, a tag lost, an English sentence left in place.
    edit(de, "commands-help = ", "commands-hilfe = ")
    text = de.read_text(encoding="utf-8")
    line = next(x for x in text.splitlines() if x.startswith("settings-status_paused = "))
    edit(de, line, "settings-status_paused = pausiert")
    line = next(x for x in text.splitlines() if x.startswith("settings-quiet_saved = "))
    edit(de, line, "settings-quiet_saved = 🌙 Ruhezeiten: <b>{ $quiet }.")
    line = next(x for x in text.splitlines() if x.startswith("settings-resumed = "))
    edit(de, line, "settings-resumed = ▶️ Welcome back! Everything is on again.")
    [report] = [r for r in check(locales) if r.lang == "de"]
    assert report.missing == ["commands-help"]
    assert report.extra == ["commands-hilfe"]
    assert report.placeables == ["settings-status_paused"]
    assert report.markup == ["settings-quiet_saved"]
    assert report.untranslated == ["settings-resumed"]
    assert not report.complete
    others = [r for r in check(locales) if r.lang != "de"]
    assert all(r.complete for r in others)


def test_a_value_without_words_of_its_own_may_stay_as_in_english():
    [report] = [r for r in check() if r.lang == "es"]
    # "{ $text }", "❤️", "{ $name }: { $text }" are the same in every language.
    assert report.untranslated == []


def test_every_help_line_description_has_its_message():
    """A `what` added to content/resources.yaml needs its help-what-* message (its id is made
    from its first words), or it would stay English in every language."""
    from bot.content import HelpLine, resources
    from bot.views.catalogue import catalogue
    from bot.views.helplines import what_id

    found: list[str] = []

    def walk(obj: object) -> None:
        if isinstance(obj, HelpLine):
            if obj.what and not catalogue().has(what_id(obj.what)):
                found.append(f"{what_id(obj.what)} = {obj.what}")
        elif isinstance(obj, list | tuple):
            for item in obj:
                walk(item)
        elif isinstance(obj, dict):
            for item in obj.values():
                walk(item)
        elif hasattr(type(obj), "model_fields"):
            for name in type(obj).model_fields:
                walk(getattr(obj, name))

    data = resources()
    walk([data.countries, data.international, data.help])
    assert found == [], "add to content/locales/*/resources.ftl:\n" + "\n".join(found)


def test_help_lines_in_the_readers_language():
    from bot.content import HelpLine
    from bot.views import helplines

    line = HelpLine(
        name="988",
        phone="988",
        sms="Text 988",
        hours="24/7",
        what="Worldwide list of domestic-violence agencies and hotlines.",
    )
    assert helplines.hours("de", line) == "rund um die Uhr"
    assert helplines.sms("es", line) == "SMS al 988"
    assert helplines.what("fr", line).startswith("Liste mondiale")
    assert (
        helplines.sms("en", HelpLine(name="Line", phone="1", sms="Text HOME to 741741"))
        == "Text HOME to 741741"
    )
    assert (
        helplines.what("de", HelpLine(name="Line", phone="1", what="Something new."))
        == "Something new."
    )
