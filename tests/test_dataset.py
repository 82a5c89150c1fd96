"""The data build on small corpora written here: site-disjoint splits, determinism, content kept."""

import gzip
import json
import random

import pytest

from conftest import CORPORA, needs_shared, news_story, press_release
from pagesift.dataset import build, split_of
from pagesift.io import read_corpus


def write_corpus(folder, name, records):
    with gzip.open(folder / f"{name}.jsonl.gz", "wt", encoding="utf-8") as handle:
        for r in records:
            handle.write(json.dumps(r) + "\n")


@pytest.fixture(scope="module")
def corpora(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpora")
    rng = random.Random(5)
    menu = ["Home", "World", "Business", "Contact", "Privacy policy", "Log in"]
    pages, docs, content = [], [], []
    for i in range(60):
        segs = [{"text": m, "label": "boilerplate"} for m in menu]
        segs += [{"text": t, "label": "news"} for t in news_story(rng)]
        segs += [{"text": f"© 20{i % 20:02d} Site {i}", "label": "boilerplate"}]
        pages.append({"id": f"fakenews/{i}", "source": "fakenews", "kind": "page", "site": f"site{i % 20}.example",
                      "segments": segs})
        docs.append({"id": f"fakepr/{i}", "source": "fakepr", "kind": "document", "site": f"issuer{i % 15}",
                     "segments": [{"text": t, "label": "press_release"} for t in press_release(rng)]})
        content.append({"id": f"fakeweb/{i}", "source": "fakeweb", "kind": "page", "site": f"web{i}.example",
                        "segments": [{"text": "Menu", "label": "boilerplate"},
                                     {"text": f"How to repair bicycle number {i} at home with simple tools.", "label": "content"}]})
    write_corpus(folder, "fakenews", pages)
    write_corpus(folder, "fakepr", docs)
    write_corpus(folder, "fakeweb", content)
    return folder


def test_build_splits_by_site_and_is_deterministic(corpora, tmp_path):
    summary = build(str(corpora), str(tmp_path / "a"), seed=3)
    build(str(corpora), str(tmp_path / "b"), seed=3)
    for split in ("train", "validation", "test"):
        assert (tmp_path / "a" / f"{split}.jsonl.gz").read_bytes() == (tmp_path / "b" / f"{split}.jsonl.gz").read_bytes()
    sites = {}
    for split in ("train", "validation", "test"):
        for page in read_corpus(str(tmp_path / "a" / f"{split}.jsonl.gz")):
            key = (page.source, page.site)
            assert sites.setdefault(key, split) == split, f"{key} in two splits"
            assert split_of(f"{page.source}::{page.site}", 3) == split
    assert summary["splits"]["train"]["pages"] > summary["splits"]["test"]["pages"] > 0


def test_documents_become_pages_and_content_stays_content(corpora, tmp_path):
    build(str(corpora), str(tmp_path), seed=0)
    pages = [p for s in ("train", "validation", "test") for p in read_corpus(str(tmp_path / f"{s}.jsonl.gz"))]
    made = [p for p in pages if p.source == "fakepr"]
    assert made and all(p.kind == "page" and p.meta.get("synthetic") for p in made)
    assert any("boilerplate" in p.labels and "press_release" in p.labels for p in made)
    web = [p for p in pages if p.source == "fakeweb"]
    assert web and all(p.labels == ["boilerplate", "content"] for p in web)


def test_missing_corpora_folder_is_an_error(tmp_path):
    from pagesift.errors import DataError

    with pytest.raises(DataError, match="not found"):
        build(str(tmp_path / "nope"), str(tmp_path / "out"))


@needs_shared(CORPORA)
def test_shared_corpora_read_in_place():
    first = next(read_corpus(str(CORPORA / "l3s_gn1.jsonl.gz")))
    assert first.kind == "page" and set(first.labels) <= {"news", "boilerplate"}


def test_teasers_list_a_release_by_its_own_title_not_its_letterhead():
    from pagesift.dataset import PageMaker, Chrome, _title_and_lead
    from pagesift.io import LabeledPage

    rng = random.Random(2)
    head = ["MEDIA RELEASE", "THE HON JANE EXAMPLE MP Minister for Harbours"]
    docs = []
    for i in range(4):
        body = [f"Harbour dredging contract {i} awarded to local firm",
                f"The Minister today announced that contract {i} for dredging the harbour has been awarded."]
        texts = head + body
        docs.append(LabeledPage(source="fakepr", id=f"d{i}", site="example-jane", kind="document",
                                texts=texts, labels=["press_release"] * len(texts)))
    # a one-off issuer with the same lines: nothing of its is letterhead, its first line stays its headline
    solo = list(docs[-1].texts)
    docs.append(LabeledPage(source="fakepr", id="solo", site="solo", kind="document", texts=solo,
                            labels=["press_release"] * len(solo)))
    maker = PageMaker(Chrome(), docs, rng)
    assert _title_and_lead(docs[0], maker.letterhead) == tuple(docs[0].texts[2:4])
    assert _title_and_lead(docs[-1], maker.letterhead)[0] == "MEDIA RELEASE"
    listed = [t for _ in range(40) for t, _ in maker._teaser_block(docs[-1])]
    assert any(t.startswith("Harbour dredging contract") for t in listed)
    assert not set(head) & set(listed)


def test_chrome_under_a_headline_comes_from_article_pages_and_goes_under_built_titles(monkeypatch):
    from pagesift import dataset
    from pagesift.dataset import PageMaker, Chrome
    from pagesift.io import LabeledPage

    def page(labels, word):
        return LabeledPage(source="x", id=word, site=word, kind="page", labels=labels,
                           texts=[f"{word} line {i}" for i in range(len(labels))])

    chrome = Chrome()
    # an article page: menu, headline, share bar (two lines), story, footer
    chrome.add(page(["boilerplate", "news", "boilerplate", "boilerplate", "news", "news", "boilerplate"], "article"))
    # a general-web page's lines between its first two content lines are not a headline's chrome
    chrome.add(page(["boilerplate", "content", "boilerplate", "content"], "web"))
    # an article page whose story runs on under its headline gives nothing
    chrome.add(page(["boilerplate", "news", "news", "boilerplate"], "plain"))
    chrome.dedupe()
    assert chrome.under_title == [["article line 2", "article line 3"]]

    rng = random.Random(0)
    story = ["Harbour reopens after storm", "The harbour reopened on Monday after a week of repairs, officials said.",
             "Ferries will run on the normal timetable from Tuesday."]
    doc = LabeledPage(source="wire", id="d1", site="wire", kind="document", texts=story, labels=["news"] * 3)
    monkeypatch.setattr(dataset, "UNDER_TITLE", 1.0)
    built = PageMaker(chrome, [doc], rng).page(doc)
    at = built.texts.index(story[0])
    assert built.texts[at + 1 : at + 3] == ["article line 2", "article line 3"]
    assert built.labels[at : at + 3] == ["news", "boilerplate", "boilerplate"]
    monkeypatch.setattr(dataset, "UNDER_TITLE", 0.0)
    built = PageMaker(chrome, [doc], random.Random(0)).page(doc)
    at = built.texts.index(story[0])
    assert built.texts[at + 1] != "article line 2" and built.labels[at + 1] == "news"


def test_in_body_links_go_between_paragraphs_as_boilerplate_and_leave_the_rest_as_it_was(monkeypatch):
    from pagesift import dataset
    from pagesift.dataset import PageMaker, Chrome, is_in_body_link
    from pagesift.io import LabeledPage

    docs = []
    for i in range(6):
        texts = [f"Harbour story number {i} makes the news", "The harbour reopened on Monday, officials said."] + \
                [f"Paragraph {k} of story {i} says what happened next at the harbour." for k in range(12)]
        docs.append(LabeledPage(source="wire", id=f"d{i}", site="wire", kind="document", texts=texts,
                                labels=["news"] * len(texts)))

    def built(share):
        monkeypatch.setattr(dataset, "IN_BODY_LINK_PAGES", share)
        maker = PageMaker(Chrome(), docs, random.Random(0), stream_seed="s")
        return [maker.page(d) for d in docs]

    plain, linked = built(0.0), built(1.0)
    links = 0
    for doc, a, b in zip(docs, plain, linked):
        extra = [(i, t, l) for i, (t, l) in enumerate(zip(b.texts, b.labels)) if t not in a.texts]
        links += len(extra)
        for i, text, label in extra:
            assert is_in_body_link(text) and label == "boilerplate", text
            # between two of the story's paragraphs, with another story's headline
            assert b.texts[i - 1].startswith("Paragraph") and b.texts[i + 1].startswith("Paragraph"), text
            assert "story number" in text and not text.endswith(doc.texts[0])  # another story's headline
        kept = [(t, l) for t, l in zip(b.texts, b.labels) if t in a.texts]
        assert kept == list(zip(a.texts, a.labels))  # every other line as it was built before
    assert links > 0
    assert is_in_body_link("Also Read | Housing audit finds unpaid repairs") and is_in_body_link("READ MORE: A b c")
    assert not is_in_body_link("More than twenty people were hurt, police said.")


def test_a_live_page_times_its_entries_newest_first_and_leaves_the_story_as_it_was(monkeypatch):
    from pagesift import dataset
    from pagesift.dataset import PageMaker, Chrome
    from pagesift.io import LabeledPage

    story = ["Storm closes roads across the county"] + \
            [f"Update {k}: crews cleared another road as the storm moved north, police said." for k in range(20)]
    docs = [LabeledPage(source="wire", id=f"d{i}", site="wire", kind="document", texts=story,
                        labels=[label] * len(story)) for i, label in enumerate(["news", "press_release"])]

    def built(share):
        monkeypatch.setattr(dataset, "LIVE_PAGES", share)
        monkeypatch.setattr(dataset, "IN_BODY_LINK_PAGES", 0.0)
        monkeypatch.setattr(dataset, "_clock", lambda style, minute: f"at minute {minute}")
        maker = PageMaker(Chrome(), docs, random.Random(0), stream_seed="s")
        return [maker.page(d) for d in docs]

    (plain, plain_pr), (live, live_pr) = built(0.0), built(1.0)
    assert live_pr.texts == plain_pr.texts  # a release is never a live page
    kept = [(t, l) for t, l in zip(live.texts, live.labels) if t in plain.texts]
    assert kept == list(zip(plain.texts, plain.labels))
    added = [(i, t, l) for i, (t, l) in enumerate(zip(live.texts, live.labels)) if t not in plain.texts]
    clocks = [(i, t) for i, t, l in added if t.startswith("at minute") or t.endswith("min ago")]
    assert all(l == "boilerplate" for _, t, l in added)  # times, the flag and share lines
    # the first entry has its time, and a time always sits right over an entry
    assert live.texts[clocks[0][0] + 1] == story[1]
    assert all(live.texts[i + 1].startswith("Update") for i, _ in clocks)
    minutes = [int(t.split()[-1]) for _, t in clocks if t.startswith("at minute")]
    assert len(minutes) >= 2 and all(a > b for a, b in zip(minutes, minutes[1:]))  # newest first


def test_clock_styles():
    from pagesift.dataset import _clock, CLOCK_STYLES

    assert _clock(0, 15 * 60 + 4) == "15:04" and _clock(2, 15 * 60 + 4) == "3:04 PM" and _clock(3, 9 * 60) == "9.00am"
    assert _clock(0, 24 * 60 + 5) == "00:05" and _clock(6, 12 * 60 + 30) == "12:30 p.m. ET"
    assert all(any(ch.isdigit() for ch in _clock(s, 600)) for s in range(CLOCK_STYLES))
