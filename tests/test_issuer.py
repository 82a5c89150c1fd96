"""IssuerFocus: how a page names organisations, read the same way for any issuer."""

import numpy as np

from pagesift.features import IssuerFocus, Segments

RELEASE = [
    "Home | Products | Contact",
    "Acme Corp today announced the launch of Acme Cloud, a new service from Acme Corp for small firms.",
    "The service starts at ten dollars a month, and Acme Corp will offer it in twelve countries this year.",
    "About Acme Corp: Acme Corp is a maker of widgets for firms in Europe and Asia since 1990.",
]
STORY = [
    "World",
    "Officials in Paris said on Monday that talks with Berlin and Rome would resume early next week.",
    "The minister told reporters that Germany and Italy had agreed, according to a spokesman in Madrid.",
]
NAMES = list(IssuerFocus.NAMES)


def _features(pages):
    return IssuerFocus().transform(Segments.from_pages(pages))


def test_a_release_keeps_naming_its_issuer_and_a_story_attributes():
    x = _features([RELEASE, STORY])
    release, story = x[1], x[5]
    focus, said = NAMES.index("page:name_focus"), NAMES.index("page:attributions_per_line")
    assert release[focus] > 2 * story[focus]
    assert story[said] > 0 and release[said] == 0
    names_top = NAMES.index("row:names_top")
    # the release's prose lines name Acme; the story names each place once: no focus
    assert x[1:4, names_top].tolist() == [1, 1, 1] and x[4:, names_top].tolist() == [0, 0, 0]
    assert x[0, names_top] == 0  # the menu is not prose


def test_every_row_of_a_page_gets_its_page_numbers_whatever_the_batch():
    alone = _features([STORY])
    together = _features([RELEASE, STORY, RELEASE])
    assert np.array_equal(alone, together[4:7])
    page_cols = [i for i, n in enumerate(NAMES) if n.startswith("page:")]
    assert (together[1:4, page_cols] == together[1, page_cols]).all()


def test_the_issuer_option_trains_and_names_its_columns(train_tsv):
    from pagesift.features import make_rows
    from pagesift.io import read_labeled
    from pagesift.model import feature_names
    from pagesift.training import fit_pages

    pages = list(read_labeled(str(train_tsv)))
    pipeline = fit_pages(pages, quiet=True, issuer_focus=True, max_iter=30)
    assert [n for n in feature_names(pipeline) if n.startswith("issuer:")] == [f"issuer:{n}" for n in NAMES]
    proba = pipeline.predict_proba(make_rows([pages[0].texts]))
    assert proba.shape == (len(pages[0].texts), 3) and np.allclose(proba.sum(axis=1), 1)
