"""Topics of training pages, to even out news and press release within each one.

Held out of training, health journalism read as press release: most health pages the
model had seen were releases, so the words of the subject (a drug, a trial, a journal)
spoke for the genre. Pages are grouped by subject (k-means over the words both genres
use), and within each group the lines of news pages and of press-release pages are
weighted towards equal totals, so that a subject's words carry less of the genre and the
way a text speaks of its subject carries more.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .io import LabeledPage
from .labels import NEWS, PRESS_RELEASE

TOPICS = 40
# a group's genre with few lines is raised at most this many times (and the other lowered
# as much): a subject only one genre writes about cannot be evened out, only softened
CAP = 4.0
# a subject word: used on at least this many pages of each genre
MIN_PAGES = 5


def page_genres(pages: Sequence[LabeledPage]) -> list[str | None]:
    """Each page's own genre: the more frequent of news and press release on it (None: neither)."""
    out = []
    for page in pages:
        news, pr = page.labels.count(NEWS), page.labels.count(PRESS_RELEASE)
        out.append(None if news == pr == 0 else NEWS if news >= pr else PRESS_RELEASE)
    return out


def topic_of(pages: Sequence[LabeledPage], topics: int = TOPICS, seed: int = 0) -> np.ndarray:
    """Each page's subject group (-1: a page with no genre). Words count only if pages of
    both genres use them, so that groups are subjects, not one issuer's or one genre's wording."""
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer

    genres = page_genres(pages)
    idx = [i for i, g in enumerate(genres) if g]
    out = np.full(len(pages), -1, dtype=np.int64)
    if len(idx) < topics:
        return out
    texts = [" ".join(t for t, label in zip(pages[i].texts, pages[i].labels) if label == genres[i]) for i in idx]
    counts = CountVectorizer(stop_words="english", min_df=MIN_PAGES, max_df=0.2, binary=True).fit_transform(texts)
    is_news = np.array([genres[i] == NEWS for i in idx])
    shared = ((np.asarray(counts[is_news].sum(0)).ravel() >= MIN_PAGES)
              & (np.asarray(counts[~is_news].sum(0)).ravel() >= MIN_PAGES))
    X = TfidfTransformer(sublinear_tf=True).fit_transform(counts[:, np.where(shared)[0]])
    km = MiniBatchKMeans(n_clusters=topics, random_state=seed, n_init=3, batch_size=4096)
    out[idx] = km.fit_predict(X)
    return out


def topic_weights(pages: Sequence[LabeledPage], strength: float, topics: int = TOPICS, seed: int = 0,
                  base: np.ndarray | None = None, topic: np.ndarray | None = None) -> np.ndarray:
    """Per-row multipliers: within each subject group, the lines of a page's own genre are
    weighted so that the news and press-release totals move towards equal by `strength`
    (0: unchanged, 1: equal, each within CAP); other rows, and groups of one genre, 1.
    `base`: the rows' weights so far; `topic`: topic_of(pages, topics, seed) if already known."""
    rows = sum(len(p.labels) for p in pages)
    base = np.ones(rows) if base is None else base
    mult = np.ones(rows)
    if not strength:
        return mult
    genres = page_genres(pages)
    topic = topic_of(pages, topics, seed) if topic is None else topic
    starts = np.cumsum([0] + [len(p.labels) for p in pages])
    own = [np.where(np.asarray(p.labels) == g)[0] + starts[i] if g else np.zeros(0, dtype=np.int64)
           for i, (p, g) in enumerate(zip(pages, genres))]
    mass: dict[tuple[int, str], float] = {}
    for i, g in enumerate(genres):
        if g and topic[i] >= 0:
            mass[topic[i], g] = mass.get((topic[i], g), 0.0) + base[own[i]].sum()
    for i, g in enumerate(genres):
        if not g or topic[i] < 0:
            continue
        other = mass.get((topic[i], NEWS if g == PRESS_RELEASE else PRESS_RELEASE), 0.0)
        if not other:
            continue  # a subject only one genre writes about: nothing to even out
        both = other + mass[topic[i], g]
        factor = (both / 2 / mass[topic[i], g]) ** strength
        mult[own[i]] = np.clip(factor, 1 / CAP, CAP)
    return mult
