"""Writes notebooks/evaluate.ipynb (outputs stripped: they would quote corpus text). Run from the repository root."""
import nbformat as nbf
nb = nbf.v4.new_notebook()
cells = []
md = lambda s: cells.append(nbf.v4.new_markdown_cell(s))
code = lambda s: cells.append(nbf.v4.new_code_cell(s))
md("""# Evaluating a pagesift model

Loads a model and a labelled evaluation set and shows how the model does: per-class metrics,
the confusion matrix, precision-recall curves, results per source, calibration, the heaviest
features per label and the worst mistakes in their page context.

Set `PAGESIFT_MODEL` (default: the shipped model) and `PAGESIFT_EVAL` (default: the
site-grouped test split `data/processed/test.jsonl.gz` when built, else the example page)
to evaluate something else. The test suite runs this notebook on a small fixture.""")
code("""import os
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
from sklearn.metrics import precision_recall_curve, average_precision_score

from pagesift.evaluation import score, score_pages
from pagesift.features import make_rows
from pagesift.io import read_labeled_many
from pagesift.labels import LABELS, CONTENT
from pagesift.model import feature_names, load_model
from pagesift.output import print_report

root = Path.cwd().parent if Path.cwd().name == "notebooks" else Path.cwd()
model_path = os.environ.get("PAGESIFT_MODEL") or None
default_eval = root / "data/processed/test.jsonl.gz"
eval_path = os.environ.get("PAGESIFT_EVAL") or str(default_eval if default_eval.exists() else root / "data/examples/page.labels.tsv")
model = load_model(model_path)
pages = read_labeled_many([eval_path])
rows = make_rows([p.texts for p in pages])
gold = np.array([l for p in pages for l in p.labels], dtype=object)
proba = model.predict_proba(rows)
pred = np.array([LABELS[k] for k in proba.argmax(1)], dtype=object)
print(f"model: {model.path}\\ndata: {eval_path}: {len(pages)} pages, {len(rows)} segments")""")
md("## Per-class metrics")
code("""report = score_pages(model, pages)
print_report(report)""")
md("## Confusion matrix")
code("""cm = np.array(report["confusion"]["matrix"])
fig, ax = plt.subplots(figsize=(5, 4))
im = ax.imshow(cm / np.maximum(cm.sum(1, keepdims=True), 1), cmap="Blues", vmin=0, vmax=1)
ax.set_xticks(range(3), LABELS, rotation=20); ax.set_yticks(range(3), LABELS)
ax.set_xlabel("predicted"); ax.set_ylabel("gold")
for i in range(3):
    for j in range(3):
        share = cm[i, j] / max(cm[i].sum(), 1)
        ax.text(j, i, cm[i, j], ha="center", va="center", color="white" if share > 0.5 else "black")
fig.colorbar(im, label="share of gold row"); plt.tight_layout(); plt.show()""")
md("## Precision-recall curves per label")
code("""known = gold != CONTENT
fig, ax = plt.subplots(figsize=(5, 4))
for k, label in enumerate(LABELS):
    y = gold[known] == label
    if y.any():
        p, r, _ = precision_recall_curve(y, proba[known, k])
        ax.plot(r, p, label=f"{label} (AP {average_precision_score(y, proba[known, k]):.3f})")
ax.set_xlabel("recall"); ax.set_ylabel("precision"); ax.legend(); plt.tight_layout(); plt.show()""")
md("## Results per source")
code("""by_source = report.get("by_source") or {pages[0].source: report}
names = sorted(by_source)
f1 = [by_source[s].get("macro_f1", np.nan) for s in names]
acc = [by_source[s].get("accuracy", np.nan) for s in names]
for s, f, a in zip(names, f1, acc):
    print(f"{s:<28} macro-F1 {f:.3f}  accuracy {a:.3f}  segments {by_source[s]['segments']}")
fig, ax = plt.subplots(figsize=(6, 0.35 * len(names) + 1))
ax.barh(names, acc); ax.set_xlim(0, 1); ax.set_xlabel("accuracy"); plt.tight_layout(); plt.show()""")
md("## Calibration\\n\\nTop-label reliability: when the model says 0.9, is it right 90% of the time? ECE is the weighted gap.")
code("""conf = proba[known].max(1); right = pred[known] == gold[known]
edges = np.linspace(0, 1, 11); which = np.clip(np.digitize(conf, edges[1:-1]), 0, 9)
xs = [conf[which == b].mean() for b in range(10) if (which == b).any()]
ys = [right[which == b].mean() for b in range(10) if (which == b).any()]
fig, ax = plt.subplots(figsize=(4, 4))
ax.plot([0, 1], [0, 1], "--", color="grey"); ax.plot(xs, ys, "o-")
ax.set_xlabel("confidence"); ax.set_ylabel("accuracy"); ax.set_title(f"ECE {report['ece']:.3f}")
plt.tight_layout(); plt.show()""")
md("## Heaviest features per label")
code("""clf = model.pipeline.named_steps["classifier"]
names_out = np.array(feature_names(model.pipeline))
for label in LABELS:
    k = list(clf.classes_).index(label)
    top = np.argsort(clf.coef_[k])[::-1][:15]
    print(f"{label}: " + ", ".join(f"{names_out[i]} ({clf.coef_[k, i]:.2f})" for i in top))""")
md("## Worst mistakes, in their page context\\n\\nThe wrong predictions the model was surest of, with the lines around them.")
code("""texts = [r[1] for r in rows]
page_of = np.array([r[0] for r in rows])
wrong = np.where(known & (pred != gold))[0]
worst = wrong[np.argsort(-proba[wrong].max(1))][:8]
for i in worst:
    print(f"--- {pages[page_of[i]].source} / {pages[page_of[i]].id}: gold {gold[i]}, predicted {pred[i]} ({proba[i].max():.2f})")
    for j in range(max(0, i - 2), min(len(rows), i + 3)):
        if page_of[j] == page_of[i]:
            print(("  >> " if j == i else "     ") + f"[{gold[j]}] {texts[j][:110]}")
if not len(worst):
    print("no mistakes")""")
nb.cells = cells
nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
nbf.write(nb, "notebooks/evaluate.ipynb")
