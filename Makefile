# Rekindle: `make run` starts the bot, `make test` runs the tests. Both set everything up first,
# with the tested versions in constraints.txt (`make lock` regenerates it; see bot/devtools/lock.py).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
LOCK   := constraints.txt
PIP    := $(BIN)/python -m pip --disable-pip-version-check
SUM    := $(shell cat pyproject.toml $(LOCK) 2>/dev/null | cksum | cut -d' ' -f1)
# What is installed: the bot alone (run), or the bot and its test tools (dev).
RUN_STAMP := $(VENV)/.installed-run-$(SUM)
DEV_STAMP := $(VENV)/.installed-dev-$(SUM)

.PHONY: run install test migrate doctor translations lint bench bench-profile crash-bench demo lock places train-safety tune-safety eval-safety clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Rekindle needs Python 3.11 or newer (set PYTHON=python3.12 for example).")'
	$(PYTHON) -m venv $(VENV)

$(RUN_STAMP): pyproject.toml $(LOCK) | $(BIN)/python
	$(PIP) install --quiet -c $(LOCK) pip
	$(BIN)/python bot/devtools/lock.py check
	$(PIP) install --quiet -c $(LOCK) -e .
	@rm -f $(VENV)/.installed-run-*
	@touch $@

$(DEV_STAMP): $(RUN_STAMP)
	$(BIN)/python bot/devtools/lock.py check dev
	$(PIP) install --quiet -c $(LOCK) -e '.[dev]'
	@rm -f $(VENV)/.installed-dev-*
	@touch $@

## install: set up .venv with the bot alone (no test tools), at the tested versions
install: $(RUN_STAMP)

## run: set up, apply database migrations and start the bot (needs TELEGRAM_BOT_TOKEN)
run: $(RUN_STAMP)
	$(BIN)/python -m bot run

## migrate: apply database migrations only (the release step when several machines share one)
migrate: $(RUN_STAMP)
	$(BIN)/python -m bot migrate

## doctor: check the token, database, files, webhook, content and time zones
doctor: $(RUN_STAMP)
	$(BIN)/python -m bot doctor

## translations: is every language complete? (missing messages, placeables, English left in)
translations: $(RUN_STAMP)
	$(BIN)/python -m bot translations

## test: set up and run the whole test suite (offline: a fake Telegram, no network)
test: $(DEV_STAMP)
	$(BIN)/python -m pytest

## demo: a month of Rekindle against a fake Telegram, printed (DEMO_FILE=demo.txt to keep it;
## LANG=de, es or fr to play it in that language)
demo: $(RUN_STAMP)
	$(BIN)/python -m bot demo $(if $(DEMO_FILE),--transcript $(DEMO_FILE)) $(if $(filter de es fr en,$(LANG)),--lang $(LANG))

## bench: the benchmarks (figures, not tests); PostgreSQL too when BENCH_POSTGRES_URL is set
bench: $(RUN_STAMP)
	cd bench && ../$(BIN)/python enrolment.py
	cd bench && ../$(BIN)/python dispatch.py
	cd bench && ../$(BIN)/python updates.py
	cd bench && ../$(BIN)/python places.py
	cd bench && ../$(BIN)/python looplag.py
	cd bench && ../$(BIN)/python crash.py --people 600 --kills 8
	cd bench && ../$(BIN)/python plans.py
	cd bench && ../$(BIN)/python safety.py
	cd bench && ../$(BIN)/python roles.py --runs 1

## train-safety: fit the safety screen's head on content/safety/corpus/train (cross-validated)
train-safety: $(DEV_STAMP)
	$(BIN)/python -m bot.services.safety.training

## tune-safety: fine-tune the screen's encoder on train/extra-* (installs torch; ~35 min on two
## cores), writing content/safety/encoder.npz, then fit the head on it (make train-safety)
tune-safety: $(DEV_STAMP)
	$(PIP) install --quiet -c $(LOCK) -e '.[dev,tune]'
	$(BIN)/python -m bot.services.safety.tuning
	$(BIN)/python -m bot.services.safety.training

## eval-safety: measure the safety screen on the frozen test split (and the rules alone)
eval-safety: $(DEV_STAMP)
	$(BIN)/python -m bot.services.safety.evaluation
	$(BIN)/python -m bot.services.safety.evaluation --rules-only

## bench-profile: where the check-in evening's time goes: statements and thread hand-offs per
## update, and a py-spy profile split by package (installs py-spy into .venv)
bench-profile: $(DEV_STAMP)
	$(PIP) install --quiet -c $(LOCK) -e '.[dev,profile]'
	cd bench && ../$(BIN)/python updates.py --count
	cd bench && ../$(BIN)/python cpu.py

## crash-bench: SIGKILL the real bot 20 times while it sends 1,500 acts (CRASH_ARGS=... to change)
crash-bench: $(RUN_STAMP)
	cd bench && ../$(BIN)/python crash.py $(or $(CRASH_ARGS),--people 1500 --kills 20 --seed 1)

## places: regenerate bot/services/data/places.tsv.gz (towns and countries) from GeoNames and CLDR
places: $(DEV_STAMP)
	$(PIP) install --quiet -c $(LOCK) -e '.[dev,build]'
	$(BIN)/python -m bot.services.places_build

lint: $(DEV_STAMP)
	$(BIN)/ruff check .

## lock: rewrite constraints.txt from .venv, keeping existing pins and adding new packages
## (UPGRADE=1: re-resolve everything to the newest versions pyproject.toml allows); then test
lock: | $(BIN)/python
ifeq ($(UPGRADE),1)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet --upgrade --upgrade-strategy eager -e '.[dev]'
else
	$(PIP) install --quiet $(if $(wildcard $(LOCK)),-c $(LOCK)) -e '.[dev]'
endif
	$(BIN)/python bot/devtools/lock.py write

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build *.egg-info
