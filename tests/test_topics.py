"""Subject groups of training pages and the weights that even out the genres within them."""

import numpy as np
import pytest

from pagesift.io import LabeledPage
from pagesift.topics import topic_of, topic_weights

SUBJECTS = {
    "health": "vaccine trial patients clinic dose",
    "sport": "match goal striker league coach",
    "ports": "harbour ferry cargo terminal dock",
    "farms": "harvest wheat cattle tractor barn",
    "space": "rocket orbit satellite launch astronaut",
    "money": "bank interest lending inflation bonds",
}


def _page(subject: str, genre: str, i: int) -> LabeledPage:
    words = SUBJECTS[subject].split()
    # each page uses four of its subject's five words, and words of its genre
    body = " ".join(words[:i % 5] + words[i % 5 + 1:])
    voice = "reporters asked officials" if genre == "news" else "company proudly announces"
    texts = ["Menu", f"{body} {voice} item{i}.", f"More {body} {i}.", "Footer"]
    return LabeledPage("src", f"{subject}/{genre}/{i}", f"{subject}-{genre}-{i % 3}", "document", texts,
                       ["boilerplate", genre, genre, "boilerplate"])


def test_pages_of_one_subject_share_a_group_whatever_their_genre():
    pages = [_page(s, g, i) for s in SUBJECTS for g in ("news", "press_release") for i in range(6)]
    pages.append(LabeledPage("src", "menu", "menu", "page", ["Home", "About"], ["boilerplate"] * 2))
    topic = topic_of(pages, topics=len(SUBJECTS), seed=0)
    assert topic[-1] == -1  # no genre on the page: no subject
    by_subject = {s: {topic[i] for i, p in enumerate(pages[:-1]) if p.id.startswith(s + "/")} for s in SUBJECTS}
    assert all(len(groups) == 1 for groups in by_subject.values())
    assert len({next(iter(g)) for g in by_subject.values()}) == len(SUBJECTS)
    # too few pages for the groups asked: no groups, rather than groups of noise
    assert (topic_of(pages[:3], topics=len(SUBJECTS)) == -1).all()


def test_weights_even_out_the_genres_within_a_subject():
    pages = [_page("health", "news", 0)] + [_page("health", "press_release", i) for i in range(3)] \
        + [_page("sport", "press_release", i) for i in range(2)]
    topic = np.array([0, 0, 0, 0, 1, 1])
    mult = topic_weights(pages, 1.0, topic=topic)
    rows = np.arange(4 * len(pages)).reshape(len(pages), 4)  # four lines a page
    # one news page against three releases on health: totals 2 and 2 instead of 1 and 3
    assert np.allclose(mult[rows[0, 1:3]], 2.0) and np.allclose(mult[rows[1:4, 1:3]], 2 / 3)
    assert mult[rows[0, 1:3]].sum() == pytest.approx(mult[rows[1:4, 1:3]].sum())
    # boilerplate rows and a subject only one genre writes about are left alone
    assert np.allclose(mult[rows[:, [0, 3]]], 1.0) and np.allclose(mult[rows[4:]], 1.0)
    # half the strength: the square root of the same factors
    assert np.allclose(topic_weights(pages, 0.5, topic=topic)[rows[0, 1]], np.sqrt(2.0))
    assert np.allclose(topic_weights(pages, 0.0, topic=topic), 1.0)


def test_weights_are_capped():
    from pagesift.topics import CAP

    pages = [_page("health", "news", 0)] + [_page("health", "press_release", i) for i in range(40)]
    mult = topic_weights(pages, 1.0, topic=np.zeros(len(pages), dtype=int))
    assert mult.max() == pytest.approx(CAP)  # 41 / 2 = 20.5 would be asked
    assert mult[5] == pytest.approx(41 / 2 / 40)


def test_sample_weights_take_the_subject_weights():
    from pagesift.training import sample_weights

    pages = [_page("health", "news", 0)] + [_page("health", "press_release", i) for i in range(3)]
    topic = np.zeros(len(pages), dtype=int)
    _, plain = sample_weights(pages, balance=0.0)
    _, even = sample_weights(pages, balance=0.0, topic_balance=1.0, topic=topic)
    ratio = (even / plain) / (even / plain)[0]  # the normalisation is shared by every row
    assert np.allclose(ratio[1:3], 2.0) and np.allclose(ratio[5:7], 2 / 3) and ratio[3] == pytest.approx(1.0)


def test_the_first_stage_learns_from_the_row_weights():
    from pagesift.batch import Segments
    from pagesift.features import NeighbourScores
    from pagesift.labels import LABELS

    pages = [_page(s, g, i) for s in ("health", "sport") for g in ("news", "press_release") for i in range(4)]
    gold = [label for p in pages for label in p.labels]

    def first_stage(weights):
        seg = Segments.from_pages([p.texts for p in pages])
        seg.weights = weights
        return NeighbourScores(folds=2).fit(seg, gold).base_.named_steps["classifier"]

    plain, ones = first_stage(None), first_stage(np.ones(len(gold)))
    assert np.allclose(plain.coef_, ones.coef_) and np.allclose(plain.intercept_, ones.intercept_)
    heavier = first_stage(np.where(np.asarray(gold) == "news", 5.0, 1.0))
    news, pr = LABELS.index("news"), LABELS.index("press_release")
    # news lines weigh more: the news class's intercept rises against the releases'
    assert heavier.intercept_[news] - heavier.intercept_[pr] > plain.intercept_[news] - plain.intercept_[pr] + 0.02
