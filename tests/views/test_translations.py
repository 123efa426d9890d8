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
