# The one-way data flow: ../shared/corpora (raw, read in place) -> data/processed -> models.
# `make model` rebuilds the shipped default model from scratch.
PY ?= .venv/bin/python
CORPORA ?= ../shared/corpora
SEED ?= 0
MODEL := src/pagesift/models/default.joblib

.PHONY: setup data model card loso rescore benchmarks test

setup:
	python3 -m venv .venv && .venv/bin/pip install -q -e '.[test]'

data:
	$(PY) -m pagesift data build --corpora $(CORPORA) --out data/processed --seed $(SEED)

model: data
	$(PY) -m pagesift.release --corpora $(CORPORA) --processed data/processed --out $(MODEL) --seed $(SEED) \
		--loso-models data/interim/loso
	$(PY) -m pagesift.card $(MODEL) > models/MODEL_CARD.md

# The leave-one-source-out table of the shipped model's card, trained again (about an hour);
# each held-out model is kept in data/interim/loso for `make rescore`.
loso:
	$(PY) -m pagesift.release --corpora $(CORPORA) --processed data/processed --out $(MODEL) --seed $(SEED) \
		--loso-only --loso-models data/interim/loso
	$(PY) -m pagesift.card $(MODEL) > models/MODEL_CARD.md

# After a change to the rules after the weights (frozen.py): the card's held-out metrics and
# the leave-one-source-out table measured again with the same weights, in minutes.
rescore: data
	$(PY) -m pagesift.release --corpora $(CORPORA) --processed data/processed --out $(MODEL) --heldout-only
	$(PY) -m pagesift.release --corpora $(CORPORA) --processed data/processed --out $(MODEL) --seed $(SEED) \
		--loso-only --loso-models data/interim/loso --loso-reuse
	$(PY) -m pagesift.card $(MODEL) > models/MODEL_CARD.md

card:
	$(PY) -m pagesift.card $(MODEL) > models/MODEL_CARD.md

benchmarks:
	$(PY) benchmarks/accuracy.py
	$(PY) benchmarks/headlines.py
	$(PY) benchmarks/formats.py
	$(PY) benchmarks/throughput.py
	$(PY) benchmarks/many_pages.py

test:
	$(PY) -m pytest
