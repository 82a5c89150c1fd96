"""The model: its scikit-learn Pipeline, and safe saving and loading with its card.

scikit-learn is imported only where a pipeline is built, fitted or unpickled: pages
are scored by the model's frozen form (`pagesift.frozen`), so `classify predict` and
its worker processes start without it.
"""

from __future__ import annotations

import hashlib
import io as _io
import pickle
import platform
import sys
import warnings
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from .errors import ModelError
from .io import atomic_write
from .labels import LABELS

if TYPE_CHECKING:
    from sklearn.pipeline import Pipeline

    from .frozen import Chain

FORMAT = "pagesift-model"
FORMAT_VERSION = 1
DEFAULT_MODEL = "default.joblib"


def build_pipeline(seed: int = 0, C: float = 1.0, max_iter: int = 150, neighbour_scores: bool = True,
                   char_ngrams: bool = False, page_words: int = 0, page_scores: bool = False,
                   issuer_focus: bool = False, stacked: bool = True, runs: bool = True,
                   run_max: bool = False, min_sites: int = 5, site_folds: bool = True,
                   markers: bool = True, news_markers: bool = True, marker_near: int = 4, voice: bool = True,
                   voice_page: bool = True, source_folds: bool = False, cohesion: bool = False, n_jobs: int | None = None,
                   warm: bool = True, warm_iter: int | None = None, sparse_scaling: bool = True) -> Pipeline:
    """The whole model as one Pipeline: segments annotated once, features of each segment
    and its context, then a multinomial logistic regression.

    The switches are measured alternatives (benchmarks/RESULTS.md). Character n-grams of
    short lines cost a fifth of the labelling time and did not move test macro-F1 once
    training pages carried dates under their teasers as the reference page does, so they
    are off; page-level words help a little at 25% scale and need more than twice the
    training memory. The issuer-focus numbers (how a page names organisations) lift
    held-out corporate press releases (leave-one-source-out 0.66 -> 0.73) but cost 0.007
    test macro-F1, most of it boilerplate on general-web pages, so they are off.

    `stacked`: the classifier is a StackedClassifier (blocks.py): a second logistic
    regression reads the features plus the first one's scores of the lines around,
    fitted on out-of-fold scores (stacked sequential learning), and the two are averaged.
    Full scale: test macro-F1 0.873 -> 0.878, better on 9 of 11 test sources (L3S-GN1
    news pages 0.829 -> 0.856), for one more product when scoring and 2.2x the training
    time (12 min of the 15 allowed); `stacked=False` trains the single classifier.
    `warm`: the stacked classifier's base and final fits start from its fold models' mean
    weights, not from 0. The solver stops at `max_iter`, before it converges; from there
    the same 150 iterations end with a penalised loss 15% lower (20% scale). C = 2 had been
    chosen with the cold start, whose early stop regularised too; warm, C = 1 does best:
    full scale, test macro-F1 0.932 -> 0.934 and wrong lines 1,975 -> 1,911 (C = 2: 0.931;
    C = 0.5: 0.929), for the same training time (benchmarks/RESULTS.md, thirty-fourth round).
    `warm_iter` (None: `max_iter`): the warm-started fits' own budget. 100: test macro-F1
    0.926, wrong lines 2,184 (thirty-fifth round); not adopted.
    `sparse_scaling`: the dense feature blocks (structure, markers, the first stage's
    scores and its own shape columns) are scaled by features.SparseScaler, which centres
    only the columns nonzero on most lines. Centred, every flag and count was a stored
    number on every line: three quarters of what the solver multiplies at each
    iteration. The optimum is the same (a mean only moves the unpenalised intercept); the
    solver's path to it is not. Full scale: the classifier's fits 606 -> 432 s, the build
    875 -> 683 s, its memory 7.4 -> 6.1 GB (thirty-fifth round).
    `runs`: the stacked block also holds the mean scores of the line's run (the lines
    around it that the base model puts on the same side of boilerplate: a story's body,
    a teaser under "More news"), so a body line follows its body, not the teaser below.
    Full scale: test macro-F1 0.878 -> 0.880, leave-one-source-out up on 12 of 15
    sources (prwire 0.676 -> 0.696), the reference page's weakest margin 0.07 -> 0.34.
    `min_sites`: the segment's words (and the first stage's) keep only terms used on at
    least that many training sites, so that no weight goes to one issuer's names or one
    site's template: evidence that cannot carry over to a site never seen. Applied only
    when training data has 10 times as many sites (see TermCounts). Full scale: test
    macro-F1 unchanged (0.880 -> 0.881); leave-one-source-out prwire 0.696 -> 0.733,
    fakehealth_story 0.593 -> 0.655, au_parliament 0.729 -> 0.748, bbc 0.981 -> 0.968.
    `run_max`: the stacked block also holds the base model's highest scores over the run
    (a release's "Media contact" or "About X" lines speak for its whole body). Off: held-out
    press releases gained (leave-one-source-out au_parliament 0.796 -> 0.821, prwire 0.719
    -> 0.741), held-out news lost about as much, and test macro-F1 fell 0.903 -> 0.900.
    `site_folds`: the out-of-fold scores both stages learn the lines around from come from
    folds of whole sites (an outlet, an issuer), not of pages, so they are the scores of
    sites the fold's model never saw, as every page a user labels is. With page folds a
    release's out-of-fold scores came from a model that had read its issuer's other
    releases, and the final stage learned to trust genre scores that are that sure only
    for issuers seen. Full scale: test macro-F1 unchanged (0.901; paired interval over
    resampled sites -0.010..0.007); leave-one-source-out (seed 0, the card's) up on 9 of
    15 held-out sources and none down by more than 0.005, mean 0.841 -> 0.861; over three
    data seeds held-out news gains (health stories +0.06 to +0.12 at each) and the weak
    release sources are unchanged on the mean (benchmarks/RESULTS.md, fourteenth round).
    `markers`: for each line, whether it is, and how near it are, lines that only press
    releases carry ("MEDIA RELEASE", "Media contact:", "ENDS", "###", "About Acme" over a
    paragraph) and, with `news_markers`, lines that only news stories carry (a wire's
    credit, "Reporting by", a byline), anywhere on the page (features.ReleaseMarkers); a
    release's heading ("MEDIA RELEASE", "For immediate release") counts only for the lines
    under it (fifty-fourth round: a story over a teaser labelled "Press Release" read as
    chrome).
    A release's body reads like news line by line; its header and contact block say
    whose text it is, worded alike by issuers of every kind. Full scale: test macro-F1
    0.901 -> 0.911 (paired interval over resampled sites 0.003..0.023; news 0.855 ->
    0.880); leave-one-source-out (seed 0) au_parliament 0.826 -> 0.961, prwire 0.705 ->
    0.779, fakehealth_release 0.215 -> 0.289, fakehealth_story 0.747 -> 0.853, mean of 15
    0.861 -> 0.891; over three data seeds up in 16 of 21 paired draws on the seven
    weakest sources, mean +0.059 (benchmarks/RESULTS.md, fifteenth round). Bylines and
    credits are also what the training recipe adds to news pages (dataset.py), so part
    of the news side's gain on built pages is the recipe's; release markers alone gave
    most of it (au 0.946, fakehealth_story 0.828).
    `marker_near`: a release marker counts only within that many lines of a paragraph
    (site chrome's "Press releases" link or "Contact:" line is not one). `voice`: the same
    four columns for lines that speak as a release speaks of its issuer ("X today
    announced", "issued the following statement", "for more information, visit") and as
    a reporter speaks of others ("told Reuters", "declined to comment", "who was not
    involved in the study"), found anywhere in a line: on the training split the first
    is in 17-50% of each release source's bodies and 1-7% of each news source's, the
    second the other way round. Together, leave-one-source-out (seed 0): mean of 15
    0.891 -> 0.900, congress 0.860 -> 0.895, prwire 0.779 -> 0.825, au_parliament 0.961
    -> 0.949; test macro-F1 0.911 -> 0.913 (paired interval -0.003..0.007), lines of the
    other genre than their page's 0.771 -> 0.754 (benchmarks/RESULTS.md, sixteenth round).
    `source_folds`: the out-of-fold scores come from folds of whole sources (kinds of
    site and issuer): held-out releases gained and held-out news lost more; off.
    `cohesion`: how a line shares its words with the lines around it and the paragraphs
    near it, and whether its page repeats it (features.Cohesion), as linear features. Off
    (measured while paragraphs anywhere on the page counted):
    test macro-F1 0.9262 -> 0.9255, where the refiner's trees reading the same numbers
    (refine.Refiner(cohesion=True)) do better (benchmarks/RESULTS.md, twenty-ninth round).
    `n_jobs`: threads for the stacked classifier's fits (0: all cores); the model is the same.
    """
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import StandardScaler

    from .blocks import BlockLogisticRegression, BlockUnion, StackedClassifier
    from .features import (Annotate, Cohesion, IssuerFocus, NeighbourScores, NeighbourWords, PageScores, ReleaseMarkers,
                           SparseScaler, StructureFeatures)
    from .terms import TermCounts

    def scaler():
        return SparseScaler() if sparse_scaling else StandardScaler()

    features = BlockUnion([
        ("words", TermCounts(ngram_range=(1, 2), min_df=2, max_features=60000, min_groups=min_sites)),
        # character n-grams of short lines (dates, bylines, menu items, names)
        ("chars", TermCounts(analyzer="char", ngram_range=(2, 4), min_df=3, max_features=30000, max_chars=160)),
        ("context_words", NeighbourWords(window=2, max_features=15000, min_df=3, page=page_words)),
        ("structure", Pipeline([("shape", StructureFeatures(window=2, wide=6)), ("scale", scaler())])),
    ])
    if not char_ngrams:
        features.transformer_list = [t for t in features.transformer_list if t[0] != "chars"]
    if issuer_focus:
        features.transformer_list.append(
            ("issuer", Pipeline([("focus", IssuerFocus()), ("scale", scaler())])))
    if markers:
        features.transformer_list.append(
            ("markers", Pipeline([("lines", ReleaseMarkers(news=news_markers, near=marker_near, voice=voice,
                                                          voice_page=voice_page)),
                                  ("scale", scaler())])))
    if cohesion:
        features.transformer_list.append(
            ("cohesion", Pipeline([("lines", Cohesion()), ("scale", scaler())])))
    if page_scores:
        features.transformer_list.append(
            ("page", Pipeline([("scores", PageScores()), ("scale", scaler())])))
    if neighbour_scores:
        features.transformer_list.append(
            ("neighbours", Pipeline([("scores", NeighbourScores(window=2, wide=4, min_sites=min_sites,
                                                                     site_folds=site_folds,
                                                                     source_folds=source_folds, n_jobs=n_jobs,
                                                                     sparse_scaling=sparse_scaling)),
                                     ("scale", scaler())])))
    if stacked:
        classifier = StackedClassifier(C=C, max_iter=max_iter, random_state=seed, tol=1e-4, window=2, wide=4,
                                       runs=runs, run_max=run_max, n_jobs=n_jobs,
                                       site_folds=site_folds, source_folds=source_folds, warm=warm,
                                       warm_iter=warm_iter)
    else:
        classifier = BlockLogisticRegression(C=C, max_iter=max_iter, random_state=seed, tol=1e-4)
    return Pipeline([("segments", Annotate()), ("features", features), ("classifier", classifier)])


def library_versions() -> dict[str, str]:
    import joblib
    import scipy
    import sklearn

    from . import __version__

    # scipy's L-BFGS fits the linear stages: another scipy, other weights from the same data
    # (forty-eighth round: a new environment retrained the model to other weights)
    return {
        "pagesift": __version__,
        "python": platform.python_version(),
        "scikit-learn": sklearn.__version__,
        "numpy": np.__version__,
        "scipy": scipy.__version__,
        "joblib": joblib.__version__,
    }


class Model:
    """A loaded model: its card, and what scores pages.

    A model file holds the scikit-learn Pipeline and, where every step has one, its
    frozen form (`pagesift.frozen`), which scores the same without importing
    scikit-learn. Pages are scored by the frozen form when there is one; the
    Pipeline is unpickled only when asked for (`.pipeline`)."""

    def __init__(self, pipeline=None, card: dict | None = None, path: str | None = None, scorer=None,
                 payload: bytes | None = None):
        self.card, self.path, self.scorer = card if card is not None else {}, path, scorer
        self._pipeline, self._payload = pipeline, payload

    @property
    def pipeline(self) -> "Pipeline":
        if self._pipeline is None:
            if self._payload is None:  # a model handed over as its frozen form only
                record = verify_model(self.path)
                self.card, self._payload = record["card"], record["payload"]
            self._pipeline = _unpickle_pipeline(self._payload, Path(self.path or "model"), self.card)
        return self._pipeline

    @property
    def labels(self) -> list[str]:
        return [str(c) for c in self._scoring().classes_]

    def _scoring(self):
        return self.scorer if self.scorer is not None else self.pipeline

    def predict_proba(self, rows) -> np.ndarray:
        """Scores in LABELS order, whatever order the classifier keeps them in. `rows`: a
        list of (page, text) rows, read as predict_pages reads pages, or Segments, scored
        line by line as they are."""
        from .batch import Segments, page_bounds

        if not isinstance(rows, Segments):
            start, _ = page_bounds(rows)
            firsts = np.flatnonzero(start == np.arange(len(rows))).tolist() + [len(rows)]
            return self.predict_pages([[row[1] for row in rows[a:b]] for a, b in zip(firsts, firsts[1:])])
        proba = self._scoring().predict_proba(rows)
        order = [self.labels.index(label) for label in LABELS]
        return proba[:, order]

    def predict_pages(self, pages, blank_before=None) -> np.ndarray:
        """Scores in LABELS order of every line of `pages` (lists of line texts). A
        hard-wrapped page is scored as the paragraphs its lines were cut from, each line
        with its paragraph's scores (segment.unwrap; `blank_before`, per page and line,
        whether a blank line came before it, keeps a paragraph's end from its next one)."""
        from .batch import Segments
        from .segment import unwrap

        blocks, index, at = [], [], 0
        for k, page in enumerate(pages):
            texts, of_line = unwrap(page, None if blank_before is None else blank_before[k])
            blocks.append(texts)
            index.extend(at + i for i in of_line)
            at += len(texts)
        if not at:  # no lines: nothing to score (the steps need at least one row)
            return np.zeros((0, len(LABELS)))
        proba = self.predict_proba(Segments.from_pages(blocks))
        return proba if at == len(index) else proba[np.asarray(index, dtype=np.int64)]


def new_card(**fields) -> dict:
    card = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "labels": list(LABELS),
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "versions": library_versions(),
    }
    card.update(fields)
    return card


def save_model(pipeline: Pipeline, card: dict, path: str | Path) -> str:
    """Write the model atomically; returns the file's sha256."""
    from .frozen import freeze

    payload = pickle.dumps(pipeline, protocol=pickle.HIGHEST_PROTOCOL)
    record = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "card": card,
        "payload_sha256": hashlib.sha256(payload).hexdigest(),
        "payload": payload,
    }
    scorer = freeze(pipeline)
    if scorer is not None:  # optional: readers without it score with the Pipeline
        record["scorer"] = pickle.dumps(scorer, protocol=pickle.HIGHEST_PROTOCOL)
        record["scorer_sha256"] = hashlib.sha256(record["scorer"]).hexdigest()
    import joblib

    atomic_write(path, lambda tmp: joblib.dump(record, tmp, compress=("zlib", 6)))
    return file_sha256(path)


def file_sha256(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def default_model_path() -> Path:
    return Path(str(resources.files("pagesift") / "models" / DEFAULT_MODEL))


def _read_record(path: Path) -> dict:
    import joblib  # here: a worker that is handed its model does not need it

    if not path.exists():
        raise ModelError(f"{path}: no such model file")
    if path.is_dir():
        raise ModelError(f"{path}: is a directory, not a model file")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            record = joblib.load(path)
    except Exception as exc:  # joblib raises many kinds on foreign or cut files
        raise ModelError(f"{path}: not a readable pagesift model ({type(exc).__name__})") from None
    if not isinstance(record, dict) or record.get("format") != FORMAT:
        raise ModelError(f"{path}: not a pagesift model file")
    if record.get("format_version") != FORMAT_VERSION:
        raise ModelError(
            f"{path}: model format version {record.get('format_version')!r} is not supported "
            f"(this pagesift reads version {FORMAT_VERSION})"
        )
    return record


def load_card(path: str | Path | None = None) -> dict:
    """Read only the model card (fast: the pipeline is not unpickled)."""
    path = Path(path) if path else default_model_path()
    record = _read_record(path)
    card = dict(record["card"])
    card["file"] = {"path": str(path), "sha256": file_sha256(path), "bytes": path.stat().st_size,
                    "frozen": "scorer" in record}
    return card


def as_model(model: "Model | str | Path | None") -> "Model":
    """A Model as is; a path (or None, the default model) loaded."""
    return model if isinstance(model, Model) else load_model(model)


def verify_model(path: str | Path | None = None) -> dict:
    """Check a model file (format, version, checksum) without unpickling it; returns its record."""
    path = Path(path) if path else default_model_path()
    record = _read_record(path)
    for key in ("payload", "scorer") if "scorer" in record else ("payload",):
        payload = record.get(key)
        if not isinstance(payload, bytes) or hashlib.sha256(payload).hexdigest() != record.get(f"{key}_sha256"):
            raise ModelError(f"{path}: model file is damaged (checksum mismatch)")
    return record


def load_model(path: str | Path | None = None) -> Model:
    """Load and check a model file. Model files are pickles: load only files you trust."""
    path = Path(path) if path else default_model_path()
    record = verify_model(path)
    if "scorer" not in record:
        pipeline = _unpickle_pipeline(record["payload"], path, record["card"])
        return Model(card=record["card"], path=str(path), pipeline=pipeline)
    return Model(card=record["card"], path=str(path), scorer=unpickle_scorer(record["scorer"], path),
                 payload=record["payload"])


def unpickle_scorer(payload: bytes, path: str | Path | None) -> "Chain":
    """A model's frozen form from its (verified) bytes, as stored under "scorer"."""
    from .frozen import Chain

    path = Path(path) if path else default_model_path()
    scorer = _unpickle(payload, path)
    if not isinstance(scorer, Chain) or sorted(map(str, getattr(scorer, "classes_", []))) != sorted(LABELS):
        raise ModelError(f"{path}: file does not hold a fitted pagesift model")
    return scorer


def _unpickle(payload: bytes, path: Path):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return pickle.load(_io.BytesIO(payload))
    except Exception as exc:
        raise ModelError(f"{path}: cannot load the model ({type(exc).__name__}: {exc})") from None


def _unpickle_pipeline(payload: bytes, path: Path, card: dict) -> "Pipeline":
    import sklearn
    from sklearn.pipeline import Pipeline

    trained_with = card.get("versions", {}).get("scikit-learn")
    if trained_with and trained_with != sklearn.__version__:
        print(
            f"warning: {path.name} was trained with scikit-learn {trained_with}, "
            f"this is {sklearn.__version__}; scores may differ",
            file=sys.stderr,
        )
    pipeline = _unpickle(payload, path)
    if not isinstance(pipeline, Pipeline) or sorted(map(str, getattr(pipeline, "classes_", []))) != sorted(LABELS):
        raise ModelError(f"{path}: file does not hold a fitted pagesift pipeline")
    return pipeline


def feature_names(pipeline: Pipeline) -> list[str]:
    """Names of the classifier's input columns, prefixed with their feature block."""
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import StandardScaler

    names: list[str] = []
    for block, sub in pipeline.named_steps["features"].transformer_list:
        steps = sub.steps if isinstance(sub, Pipeline) else [("", sub)]
        namer = next(s for _, s in reversed(steps) if hasattr(s, "get_feature_names_out") and not isinstance(s, StandardScaler))
        names += [f"{block}:{n}" for n in namer.get_feature_names_out()]
    classifier = pipeline.named_steps["classifier"]
    if hasattr(classifier, "stacked_feature_names"):
        names += classifier.stacked_feature_names()
    return names
