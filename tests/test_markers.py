"""Marker lines of press releases and news stories (features.ReleaseMarkers)."""

from __future__ import annotations

import numpy as np
import pytest

from pagesift.batch import Segments
from pagesift.features import ReleaseMarkers

RELEASE, NEWS = 0, 4  # first column of each kind: self, page, above, below


def _columns(pages, reach=10.0):
    return ReleaseMarkers(reach=reach).transform(Segments.from_pages(pages))


@pytest.mark.parametrize("line", [
    "MEDIA RELEASE", "Joint media release 12 March 2021", "FOR IMMEDIATE RELEASE", "Embargoed until 00:01 GMT",
    "Media contact: Ailsa Brodie, media@harbourline.example", "Press enquiries", "Contact: Jo Bloggs 555 0100",
    "ENDS", "-ENDS-", "###", "- 30 -", "Notes to editors", "Authorised by J. Smith, Canberra"])
def test_release_marker_lines(line):
    out = _columns([["Menu", line, "A body line."]])
    assert out[1, RELEASE] == 1 and out[1, NEWS] == 0


@pytest.mark.parametrize("line", ["Source: Xinhua", "Reporting by Ann Lee; Editing by Tom Fox",
                                  "Jane Roe contributed to this report.", "By Lena Ostrova", "By Ann Lee and Tom Fox"])
def test_news_marker_lines(line):
    out = _columns([["Menu", line, "A body line."]])
    assert out[1, NEWS] == 1 and out[1, RELEASE] == 0


@pytest.mark.parametrize("line", [
    "The minister said the media release was wrong.", "About us", "About the author", "Contact us",
    "By the end of the year, prices rose.", "Press releases", "Sources say the deal is off.", "Friends",
    # a web address is a page's link, not an agency's credit
    "Source: www.digitalguide.example.com", "SOURCE: RENTALS.COM", "Source: https://example.org/x"])
def test_prose_and_menu_lines_are_not_markers(line):
    out = _columns([["Menu", line, "A body line."]])
    assert out[1, RELEASE] == 0 and out[1, NEWS] == 0


def test_about_counts_only_over_a_paragraph():
    paragraph = " ".join(["Acme makes tools for builders and has offices in nine countries."] * 2)
    assert _columns([["About Acme", paragraph]])[0, RELEASE] == 1
    assert _columns([["About Acme", "Careers"]])[0, RELEASE] == 0
    assert _columns([["Story.", "About Acme"], [paragraph]])[1, RELEASE] == 0  # the paragraph is another page's


def test_nearness_and_page_columns_stay_on_their_page():
    out = _columns([["Menu", "MEDIA RELEASE", "Body one.", "Body two.", "ENDS"], ["Another page.", "Its footer."]],
                   reach=2.0)
    # row 2 is 1 line below the header and 2 above "ENDS": 1/(1+1/2), 1/(1+2/2)
    assert out[2, RELEASE + 2] == pytest.approx(2 / 3) and out[2, RELEASE + 3] == pytest.approx(0.5)
    assert out[0, RELEASE + 2] == 0 and out[0, RELEASE + 3] > 0  # nothing above the first marker
    assert np.all(out[:5, RELEASE + 1] == 1)
    assert np.all(out[5:] == 0)  # the second page has no marker, whatever the first has


def test_a_pages_columns_do_not_depend_on_its_batch():
    page = ["Menu", "By Ann Lee", "Story line.", "Source: dpa", "Footer"]
    alone = _columns([page])
    together = _columns([["MEDIA RELEASE", "Body."], page, ["ENDS"]])
    assert np.array_equal(alone, together[2:7])
    assert ReleaseMarkers().transform(Segments.from_pages([])).shape == (0, 8)
    assert ReleaseMarkers(news=False).transform(Segments.from_pages([["By Ann Lee", "ENDS"]])).shape == (2, 4)


def test_a_model_with_markers_is_frozen_and_scores_as_the_pipeline(train_tsv):
    from pagesift.features import make_rows
    from pagesift.frozen import freeze
    from pagesift.io import read_labeled
    from pagesift.model import build_pipeline

    pages = list(read_labeled(str(train_tsv)))
    pipeline = build_pipeline(markers=True, max_iter=30).fit(make_rows([p.texts for p in pages]),
                                                             [label for p in pages for label in p.labels])
    assert "markers" in dict(pipeline.named_steps["features"].transformer_list)
    frozen = freeze(pipeline)
    batch = Segments.from_pages([p.texts for p in pages[:6]])
    assert frozen is not None and np.allclose(frozen.predict_proba(batch), pipeline.predict_proba(batch), atol=1e-10)


def test_with_near_a_release_marker_counts_only_beside_a_paragraph():
    paragraph = "The council said on Monday that it would open three new libraries in the north of the city next year."
    menu = ["Home", "Contact:", "News", "Press releases", "Events", "Jobs"]
    footer = ["Privacy", "Contact: newsdesk@example.org", "Terms"]
    release = ["MEDIA RELEASE", "Council opens libraries", "12 March 2021", paragraph, paragraph, "ENDS",
               "Media contact: Jo Bloggs 555 0100"]

    def marked(near):
        seg = Segments.from_pages([menu + [paragraph] * 6 + footer + ["Legal", "Cookies", "Sitemap"], release])
        return ReleaseMarkers(near=near).transform(seg)[:, RELEASE]

    before, after = marked(0), marked(4)
    n = len(menu) + 6 + len(footer) + 3
    assert before[1] == 1 and after[1] == 0   # the menu's "Contact:", five lines above the story
    assert before[n - 5] == 1 and after[n - 5] == 1   # the footer's, two lines under it: still counted
    assert list(after[n:]) == [1, 0, 0, 0, 0, 1, 1]   # the release's header, "ENDS" and contact, all near its body
    assert ReleaseMarkers().get_params()["near"] == 0   # the estimator's default; build_pipeline asks for 4


def test_markers_saved_before_near_and_voice_existed_load_with_their_defaults():
    import pickle

    from sklearn.base import clone

    est = ReleaseMarkers()
    del est.near, est.voice   # as pickled by the fifteenth round's version
    loaded = pickle.loads(pickle.dumps(est))
    assert loaded.get_params()["near"] == 0 and clone(loaded).voice is False
    seg = Segments.from_pages([["Home", "Contact:", "A line."]])
    assert np.array_equal(loaded.transform(seg), ReleaseMarkers().transform(seg))


VOICE_RELEASE, VOICE_NEWS = 8, 12  # with voice=True: the two voice kinds' first columns


@pytest.mark.parametrize("line", [
    "Harbourline Ltd today announced a new ferry route.", "We are pleased to announce our new chair.",
    "Senator Jo Bloggs issued the following statement:", "For more information, visit harbourline.example.",
    "The study was funded by the Wellcome Trust.", "Harbourline (NASDAQ: HBL) opened an office."])
def test_release_voice_lines(line):
    out = ReleaseMarkers(voice=True).transform(Segments.from_pages([["Menu", line]]))
    assert out[1, VOICE_RELEASE] == 1 and out[1, VOICE_NEWS] == 0


@pytest.mark.parametrize("line", [
    "A spokesman for the ministry declined to comment.", "\"It is early,\" said Dr. Lee, who was not involved.",
    "The firm did not respond to a request for comment.", "Ms. Roe told Reuters the talks had stalled.",
    "The company said in a statement that it would appeal."])
def test_news_voice_lines(line):
    out = ReleaseMarkers(voice=True).transform(Segments.from_pages([["Menu", line]]))
    assert out[1, VOICE_NEWS] == 1 and out[1, VOICE_RELEASE] == 0


@pytest.mark.parametrize("line", ["The nasdaq: a market of its own.", "She told them to wait.",
                                  "The council announced a plan.", "Visit us for more."])
def test_voice_needs_its_phrase(line):
    out = ReleaseMarkers(voice=True).transform(Segments.from_pages([["Menu", line]]))
    assert out[1, VOICE_RELEASE] == 0 and out[1, VOICE_NEWS] == 0


def test_voice_adds_its_columns_after_the_markers():
    seg = Segments.from_pages([["MEDIA RELEASE", "Acme today announced a merger.", "ENDS"]])
    plain, voiced = ReleaseMarkers().transform(seg), ReleaseMarkers(voice=True).transform(seg)
    assert voiced.shape == (3, 16) and np.array_equal(voiced[:, :8], plain)
    assert voiced[:, VOICE_RELEASE + 1].tolist() == [1, 1, 1]   # the page has it
    assert voiced[0, VOICE_RELEASE + 3] > 0 and voiced[2, VOICE_RELEASE + 2] > 0   # near it above and below


def test_voice_page_column_can_be_left_out():
    seg = Segments.from_pages([["MEDIA RELEASE", "Acme today announced a merger.", "Menu", "Footer"]])
    full, pageless = (ReleaseMarkers(voice=True, voice_page=p).transform(seg) for p in (True, False))
    assert full[:, VOICE_RELEASE + 1].tolist() == [1, 1, 1, 1] and not pageless[:, VOICE_RELEASE + 1].any()
    same = [c for c in range(16) if c not in (VOICE_RELEASE + 1, VOICE_NEWS + 1)]
    assert np.array_equal(full[:, same], pageless[:, same])   # markers' page columns and nearness stay


def test_a_release_heading_is_a_marker_for_the_lines_under_it_only():
    story = "The port's expansion has won final planning approval, clearing the way for a new terminal."
    lead = "Harbourside Credit Union has appointed Janine Ko as its new chief executive, from February."
    for heading in ("Press Release", "PRESS RELEASE: Acme opens a plant", "For immediate release"):
        out = _columns([[story, story, "Business Headlines", heading, lead]])
        assert out[3, RELEASE] == 1  # still a marker, and for the lines under it
        assert out[4, RELEASE + 2] > 0
        assert np.all(out[:3, RELEASE + 3] == 0), heading  # not for the story over it
    out = _columns([[story, story, "ENDS", lead]])  # a footer still speaks for the body over it
    assert out[0, RELEASE + 3] > 0 and out[1, RELEASE + 3] > 0
