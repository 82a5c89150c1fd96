"""The evaluation notebook runs end to end on fixtures, so it cannot rot."""

import re
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from conftest import labelled_pages, write_sites_jsonl

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "evaluate.ipynb"


def run_notebook(model, data, monkeypatch):
    monkeypatch.setenv("PAGESIFT_MODEL", str(model))
    monkeypatch.setenv("PAGESIFT_EVAL", str(data))
    monkeypatch.delenv("MPLBACKEND", raising=False)  # the kernel's inline backend makes the figures
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    outputs = "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []))
    images = [o for c in nb.cells for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
    return outputs, images


@pytest.mark.parametrize("sites", [1, 12])
def test_notebook_executes(tiny_model, test_tsv, tmp_path, monkeypatch, sites):
    data = test_tsv
    if sites > 1:  # pages of several sites: the intervals' figure too
        data = write_sites_jsonl(tmp_path / "pages.jsonl", labelled_pages(2 * sites, seed=7), sites)
    outputs, images = run_notebook(tiny_model, data, monkeypatch)
    assert "macro-F1" in outputs and "press_release:" in outputs
    # every fixture page opens its story with a headline
    pages = 2 * sites if sites > 1 else len(test_tsv.read_text(encoding="utf-8").strip().split("\n\n"))
    assert re.search(rf"real +\S+ +headlines kept \d+ of {pages}\n", outputs), outputs
    if sites == 1:
        assert "no intervals" in outputs
        assert len(images) >= 5  # confusion matrix, PR curves, per source, headlines, calibration
    else:
        assert "no intervals" not in outputs and f"of the {sites} sites" in outputs
        assert len(images) >= 6  # and the intervals
