# Rekindle: `make run` starts the bot, `make test` runs the tests. Both set everything up first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test migrate lint bench demo clean train-safety eval-safety

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Rekindle needs Python 3.11 or newer (set PYTHON=python3.12 for example).")'
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@rm -f $(VENV)/.installed-*
	@touch $@

## run: set up, apply database migrations and start the bot (needs TELEGRAM_BOT_TOKEN)
run: $(STAMP)
	$(BIN)/python -m bot run

## migrate: apply database migrations only
migrate: $(STAMP)
	$(BIN)/python -m bot migrate

## test: set up and run the whole test suite (offline: a fake Telegram, no network)
test: $(STAMP)
	$(BIN)/python -m pytest

## demo: a month of Rekindle against a fake Telegram, printed (DEMO_FILE=demo.txt to keep it)
demo: $(STAMP)
	$(BIN)/python -m bot demo $(if $(DEMO_FILE),--transcript $(DEMO_FILE))

## bench: the benchmarks (figures, not tests); PostgreSQL too when BENCH_POSTGRES_URL is set
bench: $(STAMP)
	cd bench && ../$(BIN)/python enrolment.py
	cd bench && ../$(BIN)/python dispatch.py
	cd bench && ../$(BIN)/python updates.py
	cd bench && ../$(BIN)/python safety.py

## train-safety: fit the safety screen's head on content/safety/corpus/train (cross-validated)
train-safety: $(STAMP)
	$(BIN)/python -m bot.services.safety.training

## eval-safety: measure the safety screen on the frozen test split (and the rules alone)
eval-safety: $(STAMP)
	$(BIN)/python -m bot.services.safety.evaluation
	$(BIN)/python -m bot.services.safety.evaluation --rules-only

lint: $(STAMP)
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build *.egg-info
