"""The default model shipped inside the package."""

import pytest

from conftest import ROOT, SEED_LABELS, SEED_PAGE, needs_shared
from pagesift.model import default_model_path, load_card, load_model
from pagesift.labelling import predict


@pytest.fixture(scope="module")
def default():
    return load_model()


def test_default_model_ships_with_a_card():
    assert default_model_path().exists()
    card = load_card()
    assert card["heldout"]["metrics"]["macro_f1"] > 0
    assert default_model_path().stat().st_size < 15 * 1024 * 1024


def test_default_model_has_its_refiner(default):
    # fitted on the validation split (refine.py); the frozen form that scores carries it
    assert default.card["parameters"]["refiner"] is True and default.card["refiner"]["trees"] > 0
    assert default.scorer.steps[-1][1].refiner_ is not None
    assert default.scorer.steps[-1][1].refiner_.menus is True  # frozen.menu_lines, forty-fifth round
    # frozen.masthead_lines, host_note_lines and signoff_lines, forty-sixth round
    assert default.scorer.steps[-1][1].refiner_.mastheads is True
    assert default.scorer.steps[-1][1].refiner_.notes is True
    assert default.scorer.steps[-1][1].refiner_.signoffs is True
    assert default.scorer.steps[-1][1].refiner_.contacts is True  # frozen.contact_lines
    # frozen.house_lines, tag_lines, byline_lines, voiced_lines, end_mark_lines, appositive_lines
    # and _follow_paragraphs, forty-seventh round
    refiner = default.scorer.steps[-1][1].refiner_
    assert all(getattr(refiner, name) is True
               for name in ("appeals", "tags", "bylines", "voiced", "end_marks", "appositives", "follow"))
    assert refiner.credits is True  # frozen.credit_lines, forty-eighth round


def test_default_pipeline_supports_get_params_repr_and_clone(default):
    """get_params, repr and clone work on the shipped model, with the shipped settings (a
    model pickled before a parameter existed: test_stacked.py)."""
    from sklearn.base import clone

    params = default.pipeline.get_params()
    assert params["classifier__runs"] is True and params["classifier__run_max"] is False
    assert "StackedClassifier(" in repr(default.pipeline)
    assert clone(default.pipeline).named_steps["classifier"].get_params() == default.pipeline.named_steps[
        "classifier"].get_params()


@needs_shared(SEED_PAGE)
def test_seed_page_is_labelled_exactly(default):
    expected = [line.split("\t", 1) for line in SEED_LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]
    (result,) = list(predict([str(SEED_PAGE)], model=default))
    assert [s.text for s in result.segments] == [text for _, text in expected]
    wrong = [(text[:50], want, got) for (want, text), got in zip(expected, result.labels) if want != got]
    assert wrong == []


def test_own_example_page(default, example_page):
    expected = [line.split("\t", 1) for line in example_page.with_suffix(".labels.tsv").read_text().splitlines()]
    (result,) = list(predict([str(example_page)], model=default))
    got = dict(zip([s.text for s in result.segments], result.labels))
    # the article body and the press-release teaser are the parts that matter most
    body = [(t, l) for l, t in expected if l in ("news", "press_release")]
    accuracy = sum(got[t] == l for t, l in body) / len(body)
    assert accuracy >= 0.9, [(t[:40], l, got[t]) for t, l in body if got[t] != l]


def _labelled_example(name: str, model):
    path = ROOT / "data" / "examples" / (name if "." in name else f"{name}.txt")
    expected = [line.split("\t", 1) for line in path.with_suffix(".labels.tsv").read_text(encoding="utf-8").splitlines()]
    (result,) = list(predict([str(path)], model=model))
    assert [s.text for s in result.segments] == [text for _, text in expected]
    return [(label, text, got) for (label, text), got in zip(expected, result.labels)]


def _assert_all(rows, want: str, count: int, skip: tuple[str, ...] = ()) -> None:
    """`count` rows have the gold label `want` (those starting with `skip` left out), and
    the model gives each of them that label."""
    lines = [(text[:40], got) for gold, text, got in rows if gold == want and not text.startswith(skip)]
    assert len(lines) == count and all(got == want for _, got in lines), lines


@pytest.mark.parametrize("name", ["newsroom", "comments", "health", "university", "company",
                                  "market", "hospital", "agency", "trade", "ngo", "blog", "business",
                                  "lawfirm", "india", "syndicated", "pressroom", "qa", "churn", "govuk",
                                  "sciencenews", "sports", "govnews", "layoffs", "nigeria", "nzgov",
                                  "opinionated", "pdfrel", "wam", "league", "association", "verbatim", "jcn",
                                  "ukpaper", "factbox", "party", "aggregator", "africa", "ukcharity", "briefs",
                                  "bwire", "globe", "dawn", "inquirer", "nickel", "beavers", "ir", "club"])
def test_other_layouts(default, name):
    """A company newsroom's release (About, media contact, cookie notice), a local news
    story with a news teaser, reader comments and "Most read", a magazine's health story
    on a drug trial, a university's release on a study (the pair that held-out health
    stories and releases confuse) and a company's release on its own newsroom with no
    contact and no "About"; since the forty-third round a regional paper's business story
    (a ticker, an advertisement, a "READ MORE:" link and a photo caption inside), a
    hospital's release on its newsroom, a state agency's release ("NEWS RELEASE", "###")
    and a trade publication's story on a company's release ("according to a press
    release"), and a nonprofit's statement on its own site; since the forty-fourth round a
    start-up's funding post on its blog ("Today we're announcing"), a paper's story on a
    company's job cuts that quotes its statement, a law firm's investor alert on a finance
    portal (a ticker line over it), an Indian paper's agency story ("New Delhi, Dec 3 (PTI)"),
    an AP story on a TV station's site, a company's list of its releases (every line a
    teaser), a newspaper's interview (questions and answers) and a credit union's release
    that a paper ran as a "Staff report", and a ministry's release on a government portal
    ("From: Department for Transport", "Published 3 March 2026"), and three news stories
    that speak of an organisation's news as reporters do (a study, a game, a health
    department's warning); since the forty-fifth round a paper's story on job cuts that
    quotes the company's statement, a Nigerian paper's flood story ("READ ALSO:" inside), a
    New Zealand minister's release, a partisan site's story ("We reported last month"), a
    water authority's release as its PDF reads ("Page 1 of 2", "-30-"), a Gulf news agency's
    story, a sports league's news of an expansion team, a trade association's survey, a
    paper's story that prints a police release word for word, an Asian newswire's release,
    a British local paper's story with a newsletter box inside, a council story with a
    bulleted list, a party's policy call, two pages laid out as the reference page is (a
    wire's story, then "More news" or "Related" with a release's teaser and a story's), a
    British charity's release ("ENDS", "Notes to editors") and a paper's news briefs;
    since the forty-sixth round two releases on newswires' sites, Pakistani and Philippine
    papers' stories, an agency's story, a paper's with a standfirst, a company's release on
    its investor site and a football club's statement: written for this project, sites and
    issuers no training page has."""
    rows = _labelled_example(name, default)
    wrong = [(text[:40], want, got) for want, text, got in rows if want != got]
    assert len(wrong) <= len(rows) // 10, wrong


SIGNED_OFF = ("Enditem", "(END)", "--IANS", "sd/pgh", "bur-ap/jm", "PTI KSU RHL", "Analysts had expected", "(ANI)")
HOST_NOTES = ("(This story has not been edited", "(Disclaimer: The above press release", "This press release was",
              "This report is auto-generated", "(This is an unedited")


def test_an_indian_agencys_feed_of_paid_releases(default):
    """The reference page's kind of site: a release the agency's feed carries
    ("Pune (Maharashtra) [India], November 28 (ANI/NewsVoir):") with the site's note under
    it, then "More news" with a story's teaser ("(ANI):") and a paid release's ("(ANI/PNN):").
    Before the forty-sixth round the release's teaser read as news (0.96-0.97) and the
    story's headline as press release (0.53): neither dateline was a marker."""
    rows = _labelled_example("anipr", default)
    wrong = [(text[:40], want, got) for want, text, got in rows if want != got]
    assert not wrong, wrong


def test_the_reference_pages_layout_with_two_paid_releases_under_a_story(default):
    """`seedlike.txt`: a wire's story, then "More news" with two releases' teasers in the
    form the reference page's has ("Bengaluru (Karnataka) [India], May 28: Brightpath
    Analytics, a provider of ..., has been named a leader"). The story and the chrome are
    asserted; the teasers read as news (0.66-0.93), a known weak spot (README): no marker,
    and their words are a story's, until the forty-seventh round for the first (below).
    Their dateline's form is no marker either: a site that leaves the agency out of its
    datelines prints the agency's own stories that way too."""
    rows = _labelled_example("seedlike", default)
    _assert_all(rows, "news", 7)
    _assert_all(rows, "boilerplate", 2)
    # since the forty-seventh round the first teaser's lead, "Brightpath Analytics, a provider
    # of demand forecasting software for retailers,", is an issuer's praise of itself
    # (frozen.appositive_lines): its headline, lead and date read as the release
    assert [got for _, text, got in rows[9:12]] == ["press_release"] * 3


@pytest.mark.parametrize("name", ["xinhuafeed", "yonhap", "ians", "afp", "pti", "deskfeed", "storyfeed"])
def test_wire_copy_as_a_syndicating_site_prints_it(default, name):
    """Agencies' stories as sites that run their feeds print them, with the wire's mark at
    the end (Xinhua's "Enditem", Yonhap's "(END)", "--IANS" over a desk's initials, AFP's
    "bur-ap/jm", "PTI KSU RHL", "(ANI)") and the site's note that it did not edit the story
    or the release teased under it ("auto-generated from a syndicated feed", "The above press
    release has been provided by NewsVoir"). Forty-sixth round: the marks read as
    boilerplate (0.58-0.97; a last paragraph ending in "Enditem" too, 0.60) and a release's
    note as the release (0.58). Written for this project."""
    rows = _labelled_example(name, default)
    marks = [(text, got) for _, text, got in rows if text.startswith(SIGNED_OFF)]
    notes = [(text[:40], got) for _, text, got in rows if text.startswith(HOST_NOTES)]
    assert all(got == "news" for _, got in marks), marks
    assert all(got == "boilerplate" for _, got in notes), notes
    assert len(marks) + len(notes) >= 1
    wrong = [(text[:40], want, got) for want, text, got in rows if want != got]
    assert len(wrong) <= 1, wrong


@pytest.mark.parametrize("name, masthead", [("county", 2), ("mpstatement", 2), ("unagency", 1), ("embassy", 1)])
def test_an_issuers_masthead_over_its_menu(default, name, masthead):
    """A county health department's, a member of Congress's, a UN agency's and an
    embassy's site: the site's name and tagline over its menu read as the release under
    them (0.64-0.95; the embassy's 0.44 against 0.30) until the forty-sixth round's
    masthead rule (frozen.masthead_lines). The release's lines are asserted too, but the
    embassy's signature ("Embassy of the Republic of Veloria" over "Canberra", which reads
    as boilerplate) and its lines of fewer than five words."""
    rows = _labelled_example(name, default)
    menu = next(k for k, (_, text, _) in enumerate(rows) if " | " in text)
    assert menu == masthead and all(got == "boilerplate" for _, _, got in rows[:menu]), rows[:menu]
    signature = ("Embassy of the Republic of Veloria", "Canberra")
    release = [(text[:40], got) for want, text, got in rows
               if want == "press_release" and len(text.split()) >= 5 and text not in signature]
    assert len(release) >= 5 and all(got == "press_release" for _, got in release), release


@pytest.mark.parametrize("name, block", [("canada", ("Contacts", "Media Relations", "Fisheries and Oceans Canada",
                                                    "613-555-0142")),
                                         ("highlights", ("Dana Whitlock", "ir@corvanetx.com")),
                                         ("bwire", ("Contacts", "Investor Relations: Tom Hale, 612-555-0110",
                                                    "Media: Ana Ruiz, media@halvardfoods.example")),
                                         ("wire.html", ("Oona Brisk",))])
def test_a_releases_contact_block_is_the_releases(default, name, block):
    """A release's contact block ("Contacts" over "Media Relations", the office and a
    phone number; an investor contact's name and e-mail) read as chrome (0.58-0.97) until
    the forty-sixth round's rule (frozen.contact_lines): a contact heading under a kept
    paragraph and the name, office, phone and e-mail lines right under it are kept, and
    the run shift gives them the release's genre."""
    rows = _labelled_example(name, default)
    lines = [(text[:40], got) for want, text, got in rows if text in block]
    assert len(lines) == len(block) and all(got == "press_release" for _, got in lines), lines


def test_a_governors_release_with_no_marker_but_its_opening(default):
    """A governor's release on the state's site (data/examples/governor.txt): "FRANKFORT —
    Governor Miriam Hale today announced", no contact, no "About", no copyright line. Its
    last paragraphs read as news (0.61-0.65) until a dateline in capitals over "today
    announced" counted as a release's opening (frozen._ANNOUNCED, forty-sixth round). Its
    last line, a pointer to the list of awards, reads as boilerplate and is not asserted."""
    rows = _labelled_example("governor", default)
    _assert_all(rows, "press_release", 6, skip=("A full list",))
    _assert_all(rows, "boilerplate", 6)


def test_a_release_on_its_issuers_own_site_needs_no_contact_block(default):
    """Without its press office's lines, the university's release is still one: the
    site's copyright line names the university its prose names (frozen.own_site_lines).
    Before the fortieth round every line of its body read as news (0.84-0.95)."""
    from pagesift.labelling import predict_text

    path = ROOT / "data" / "examples" / "university.labels.tsv"
    rows = [line.split("\t", 1) for line in path.read_text(encoding="utf-8").splitlines()]
    contact = ("Media contact", "Ella Brandt", "press@")
    rows = [(label, text) for label, text in rows if not text.startswith(contact)]
    result = predict_text("\n".join(text for _, text in rows), default)
    body = [got for (want, _), got in zip(rows, result.labels) if want == "press_release"]
    assert len(body) == 7 and body == ["press_release"] * 7, body
    chrome = [got for (want, _), got in zip(rows, result.labels) if want == "boilerplate"]
    assert chrome == ["boilerplate"] * len(chrome), chrome


def test_a_tv_stations_story_is_not_its_own_release(default):
    """A local TV station's crime story (data/examples/station.txt): its copyright line
    gives the station's call sign, and its app promo names it. Before the forty-third
    round that made the promo a release marker (prose naming the site's owner) and every
    line of the story read as press release (0.96-0.99)."""
    rows = _labelled_example("station", default)
    story = [(text[:40], got) for want, text, got in rows if want == "news" and len(text.split()) >= 12]
    assert len(story) == 7 and all(got == "news" for _, got in story), story
    wrong = [(text[:40], want, got) for want, text, got in rows if want != got]
    assert len(wrong) <= len(rows) // 10, wrong
    # its "RELATED:" and "READ MORE:" links between paragraphs are links (forty-third round:
    # built pages have them; before, press release and news)
    links = [got for _, text, got in rows if text.startswith(("RELATED:", "READ MORE:"))]
    assert links == ["boilerplate", "boilerplate"], links


def test_a_newspapers_story_with_links_and_an_advertisement_inside(default):
    """A paper's politics story (data/examples/paper.txt): headline, subheading, byline and
    date over "Listen to this article", an advertisement's line and an "Also Read |" link
    between its paragraphs, the reporter's box and comments under it. The byline and the
    date read as boilerplate, and the reporter's box (boilerplate here) as news."""
    rows = _labelled_example("paper", default)
    story = [(text[:40], got) for want, text, got in rows if want == "news" and len(text.split()) >= 12]
    assert len(story) == 8 and all(got == "news" for _, got in story), story
    inside = [got for _, text, got in rows if text.startswith(("Also Read |", "Story continues below"))]
    assert inside == ["boilerplate", "boilerplate"], inside
    wrong = [(text[:40], want, got) for want, text, got in rows if want != got]
    assert len(wrong) <= 3, wrong


def test_a_release_a_news_site_runs_as_submitted(default):
    """A bank's release on a local paper's community page, "Submitted by" the bank
    (data/examples/submitted.txt): churnalism at its plainest. Its body read as news
    (0.53-0.70) until a page's credit for the text gave the owner that its prose names
    (forty-third round, frozen.own_site_lines)."""
    rows = _labelled_example("submitted", default)
    release = [(text[:40], got) for want, text, got in rows if want == "press_release"]
    assert len(release) == 7 and all(got == "press_release" for _, got in release), release
    chrome = [(text[:40], got) for want, text, got in rows if want == "boilerplate"]
    assert len(chrome) == 13 and sum(got != "boilerplate" for _, got in chrome) <= 1, chrome


def test_a_news_site_without_an_outlet_word_in_its_name(default):
    """A national news site whose copyright line gives a plain name ("© 2026 Quillfeather
    Limited", data/examples/outletname.txt) and whose story names it as reporters do
    ("Figures obtained by Quillfeather", "Quillfeather has contacted the transport agency
    for comment"). Without the story's byline, which weighed against it, that made the site's
    name a release marker, and every line of the story read as press release (0.56-0.94),
    until a page that speaks of its owner so counts it an outlet (forty-fourth round)."""
    from pagesift.labelling import predict_text

    rows = _labelled_example("outletname", default)
    wrong = [(text[:40], want, got) for want, text, got in rows if want != got]
    assert wrong == [], wrong
    rows = [(want, text) for want, text, _ in rows if not text.startswith("By ")]
    result = predict_text("\n".join(text for _, text in rows), default)
    story = [got for (want, _), got in zip(rows, result.labels) if want == "news"]
    assert len(story) == 7 and story == ["news"] * 7, story


def test_a_student_papers_story_on_its_universitys_site(default):
    """A student paper's story on the university's site (data/examples/student.txt), "©
    2026 Westmoor University" at its foot and "Westmoor University will raise tuition" in
    its prose. With its byline (a news marker) it was right; without it every line read as
    press release, until a masthead or footer line that says the site is a newspaper
    ("Student newspaper of Westmoor University") made the copyright line's owner the
    paper's publisher (forty-fourth round). The footer's "The Lantern is published by
    students of Westmoor University" reads as news."""
    from pagesift.labelling import predict_text

    rows = _labelled_example("student", default)
    _assert_all(rows, "news", 8)
    rows = [(want, text) for want, text, _ in rows if not text.startswith("By ")]
    result = predict_text("\n".join(text for _, text in rows), default)
    story = [got for (want, _), got in zip(rows, result.labels) if want == "news"]
    assert story == ["news"] * 7, story


def test_a_librarys_post_on_a_community_news_platform(default):
    """A library's own post on a local news platform's community page, "By Millbrook Public
    Library, Neighbor" under the title (data/examples/localpr.txt). It reads as local news,
    and every line of it did (0.51-0.97) until a byline naming an organisation counted as
    a credit for the text, so that prose naming the library is its own (frozen._ORG_BYLINE,
    forty-fourth round)."""
    rows = _labelled_example("localpr", default)
    _assert_all(rows, "press_release", 9)
    _assert_all(rows, "boilerplate", 9)
    # a reporter's byline gives no owner: the same story under one reads as news
    from pagesift.labelling import predict_text

    texts = [text for _, text, _ in rows]
    texts[texts.index("By Millbrook Public Library, Neighbor")] = "By Dana Ortiz, Townline Staff"
    story = predict_text("\n".join(texts), default).labels
    assert [got for (want, _, _), got in zip(rows, story) if want == "press_release"].count("news") >= 7, story


def test_a_police_release_on_its_towns_site(default):
    """A police department's release on its town's site (data/examples/police.txt), "©
    2026 City of Brannock" at its foot: an arrest, told as a crime story is. Its every line
    read as news (0.51-0.63) until prose naming the town's offices ("The Brannock Police
    Department has arrested") counted as the owner's (forty-third round)."""
    rows = _labelled_example("police", default)
    release = [(text[:40], got) for want, text, got in rows if want == "press_release"]
    assert len(release) == 8 and sum(got == "press_release" for _, got in release) >= 7, release
    assert all(got != "news" for _, got in release), release
    chrome = [(text[:40], got) for want, text, got in rows if want == "boilerplate"]
    assert len(chrome) == 13 and all(got == "boilerplate" for _, got in chrome), chrome


def test_a_university_release_reposted_by_a_science_news_site(default):
    """A science news site's page that is a university's release, reposted
    (data/examples/sciencesite.txt): "Source: University of Westmoor" under the date,
    "Materials provided by University of Westmoor" under the text. Every line of it read
    as news (0.97-1.00), the "Source:" line a news agency's credit, until the credit for
    the text gave the owner its prose names and a "Source:" line naming that owner stopped
    counting as a news marker (forty-third round)."""
    rows = _labelled_example("sciencesite", default)
    _assert_all(rows, "press_release", 9, skip=("Story Source:",))
    _assert_all(rows, "boilerplate", 14)


def test_an_earnings_release_keeps_its_text_not_its_tables(default):
    """A company's quarterly results on its investor site (data/examples/earnings.txt):
    highlights, quote, call details, forward-looking statements, then a table of results
    (a row a line, cells split by "|") and the investor contact. Every line of text is
    right; the table's rows and the contact under them read as boilerplate (README, known
    weak spots: the corpora hold no release with a table). Its title, under the site's
    "Press Release" label, reads as chrome since the fifty-fourth round (0.49 boilerplate to
    0.45 release; it was 0.45 to 0.49 the other way before the label stopped counting as a
    release marker for the menu over it: RESULTS.md)."""
    rows = _labelled_example("earnings", default)
    text = [(t[:40], got) for want, t, got in rows if want == "press_release" and len(t.split()) >= 12]
    assert len(text) == 6 and all(got == "press_release" for _, got in text), text
    assert rows[7][1].startswith("Corvane Systems Reports")  # the title, left out below
    head = [(t[:40], got) for want, t, got in rows[8:17] if want == "press_release"]
    assert len(head) == 9 and all(got == "press_release" for _, got in head), head
    chrome = [(t[:40], got) for want, t, got in rows if want == "boilerplate"]
    assert len(chrome) == 11 and all(got == "boilerplate" for _, got in chrome), chrome


def test_a_live_page_keeps_every_entry_and_its_time(default):
    """A news site's live page on a storm (data/examples/liveblog.txt): "Key points" under
    the headline, then entries newest first, each under its time ("16:42", boilerplate as
    the corpora's real pages mostly label a line that is a time), some with "Share" under
    them. Before the forty-third round's live pages in training, the last entry read as
    boilerplate (0.52)."""
    rows = _labelled_example("liveblog", default)
    # (not the headline over "Key points": boilerplate, 0.94 before and after)
    entries = [(text[:40], got) for want, text, got in rows[8:] if want == "news" and len(text.split()) >= 8]
    assert len(entries) == 7 and all(got == "news" for _, got in entries), entries
    times = [got for want, text, got in rows if want == "boilerplate" and text[:2].isdigit() and text[2] == ":"]
    assert len(times) == 5 and times.count("boilerplate") >= 4, times
    chrome = [(text[:40], got) for want, text, got in rows[:7] + rows[-8:] if want == "boilerplate"]
    assert len(chrome) == 14 and all(got == "boilerplate" for _, got in chrome), chrome


def test_a_sports_clubs_signing_on_its_own_site(default):
    """A football club announces a signing on its own site (data/examples/team.txt), "©
    Ashcombe Rovers Football Club 2026" at its foot. A transfer told with quotes reads as
    sports news: every line of it was news (0.85-0.98) until a club's "Football Club" or
    "FC" was left off its name as a company's "Ltd" is (frozen._OWNER_TAIL), so that "Ashcombe
    Rovers are delighted to announce" names the site's owner (forty-fourth round)."""
    rows = _labelled_example("team", default)
    _assert_all(rows, "press_release", 8)
    _assert_all(rows, "boilerplate", 16)


def test_an_issuer_pleased_to_announce_is_a_release_without_its_site(default):
    """The club's signing without the copyright line that names the club (a fan site's
    copy, say): "Ashcombe Rovers are delighted to announce" alone, outside a quote, opens a
    release (frozen._PLEASED, forty-fourth round). Before, its body read as news, 15 of 23
    lines right."""
    from pagesift.labelling import predict_text

    path = ROOT / "data" / "examples" / "team.labels.tsv"
    rows = [line.split("\t", 1) for line in path.read_text(encoding="utf-8").splitlines()]
    rows = [(label, text) for label, text in rows if not text.startswith("©")]
    result = predict_text("\n".join(text for _, text in rows), default)
    release = [got for (want, _), got in zip(rows, result.labels) if want == "press_release"]
    assert release == ["press_release"] * 8, release
    # a story that quotes the same words from the club's statement stays news
    story = ["Ashcombe Rovers have signed defender Tomas Ekdahl from Vallby IF on a three-year deal, the club said on Monday.",
             '"We are delighted to announce the signing of Tomas," the club said in a statement on its website.',
             "Ekdahl, 24, captained Vallby to a third-place finish last season, their best in a decade."]
    quoted = predict_text("\n".join(["Sports", *story, "More football"]), default)
    assert quoted.labels[1:4] == ["news"] * 3, quoted.labels


def test_a_military_units_release_written_as_a_story(default):
    """An air base's story on its own site (data/examples/military.txt), "By Staff Sgt.
    Dana Ruiz, 412th Airlift Wing Public Affairs": a unit's release, told as a news story
    is, with a dateline and a commander's quote. Its body read as news (0.58-0.91) until a
    byline crediting a press office counted as a release marker (frozen._OFFICE_BYLINE,
    forty-fourth round). The "Tags:" line under it reads as press release."""
    rows = _labelled_example("military", default)
    _assert_all(rows, "press_release", 9)
    _assert_all(rows, "boilerplate", 7, skip=("Tags:",))


def test_a_release_dated_day_first(default):
    """A European company's release on its own newsroom with no contact block and no
    copyright line (data/examples/eupr.txt), dated as European and Asian issuers date
    ("Rotterdam, 14 September 2026 –"). Its body read as news (0.55-0.93) until a dateline
    with the day before the month counted as a release's (frozen._DATED, forty-fourth round)."""
    _assert_all(_labelled_example("eupr", default), "press_release", 5)


def test_a_reporters_bio_under_a_story_speaks_for_it(default):
    """A health story on a study reads much as the institute's release would, and its
    "was funded by" line as a release's (0.61-0.64 press release). The reporter's line under
    it ("X is a health reporter for The Harbour Post", "X covers Y for Z") is a news credit
    (frozen._NEWS_CREDIT, forty-fourth round): on the corpora 38 such lines, none on a
    release. Held out of training at a tenth of the corpora, health stories' lines were
    right 0.894 of the time before, 0.902 after."""
    from pagesift.labelling import predict_text

    story = ["Health",
             "New blood test spots pancreatic cancer earlier, study finds",
             "A blood test that looks for traces of tumour DNA found pancreatic cancer at an early stage in two of "
             "three patients, according to research published in the journal Cancer Discovery.",
             "Researchers at the Ostrava Institute of Oncology tested blood samples from 1,120 people, including 310 "
             "with pancreatic cancer, and found that the test correctly identified 68% of cancers at stages one and two.",
             "Pancreatic cancer is one of the deadliest cancers because it rarely causes symptoms until it has "
             "spread. Only about one in ten patients is alive five years after diagnosis.",
             '"Finding these cancers earlier is the only way we will change survival," said Dr. Lena Markovic, the '
             "study's senior author and a professor of oncology at the institute.",
             "The team now plans a larger trial in people with a high risk of the disease, such as those with a "
             "family history or newly diagnosed diabetes.",
             "The research was funded by the European Research Council."]
    bio = "Nadia Voss is a health reporter for The Harbour Post. She can be reached at nvoss@harbourpost.example."
    tail = ["More health news", "Flu shots: who should get one this fall"]
    without = predict_text("\n".join(story + tail), default)
    assert without.labels[7] == "press_release", without.labels
    result = predict_text("\n".join(story + [bio] + tail), default)
    assert result.labels[1:9] == ["news"] * 8, result.labels
    assert result.labels[-2] == "boilerplate", result.labels  # (the teaser under it goes either way)


def test_a_universitys_story_by_its_communications_office(default):
    """A university's story on its own news site, "By Callum Reyes, University
    Communications" (data/examples/uninews.txt), with no copyright line and no contact:
    its body read as news (0.63-0.98) until a byline crediting a press office counted as a
    release marker (frozen._OFFICE_BYLINE, forty-fourth round). The site's section name
    over it ("Westbrook Today") reads as news."""
    rows = _labelled_example("uninews", default)
    _assert_all(rows, "press_release", 8)
    _assert_all(rows, "boilerplate", 5, skip=("Westbrook Today",))
    assert [got for _, text, got in rows if text.startswith("Westbrook Today is produced")] == ["boilerplate"]


@pytest.mark.parametrize("name", ["recall", "eureka", "indiapr", "blotter", "charity", "tech", "canada",
                                  "highlights", "tweets"])
def test_bodies_on_pages_whose_chrome_goes_either_way(default, name):
    """Pages whose every paragraph is asserted and whose short lines are not (forty-fourth
    round): a company's recall notice on a food-safety office's site (its summary's "Company
    Name:" lines read as press release), a university's release on a science wire (the
    journal's name and the contact under the wire's disclaimer read as boilerplate), a
    company's release on an Indian paper's business page (the paper's disclaimer, which
    says "press release", read as one until the forty-sixth round), a paper's police log,
    a tech site's story on a phone's launch (the writer's name alone reads as boilerplate, a "Deals:" link as
    news), and a charity's story on
    its own site, where one paragraph ("... is funded by ... donations from people like
    you") and the headline read as news; since the forty-fifth round a government of Canada
    release (its "Quotes", "Quick facts" and "Contacts" headings and the contact's lines read
    as boilerplate), a biotech's results release (a bulleted highlight and the investor
    contact's name and address read as boilerplate) and a storm story with an embedded post
    (the "Support local journalism" line inside reads as news)."""
    rows = _labelled_example(name, default)
    body = [(text[:40], want, got) for want, text, got in rows if want != "boilerplate" and len(text.split()) >= 12]
    assert len(body) >= 4
    wrong = [row for row in body if row[1] != row[2]]
    assert len(wrong) <= (1 if name == "charity" else 0), wrong


def test_a_members_statement_under_a_menu_of_issue_words(default):
    """A member of Congress's statement on her own site (data/examples/mpstatement.txt): the
    menu ("Home | About | Services | Legislation | Media | Contact") and the "Press Releases"
    heading under it read as the release below them until a menu's line and a newsroom
    section's name were set to boilerplate (frozen.menu_lines, forty-fifth round). The tagline
    over the menu ("Representing New Mexico's 4th District") still reads as the release."""
    rows = _labelled_example("mpstatement", default)
    _assert_all(rows, "press_release", 7)
    _assert_all(rows, "boilerplate", 8, skip=("Representing",))


def test_a_nonprofit_newsrooms_appeal_is_not_its_release(default):
    """A nonprofit newsroom's story (data/examples/republish.txt) with its "Republish this
    story" box and appeal under it ("Ridgeline Report is a nonprofit newsroom funded by
    readers like you"): the appeal named the site's owner, so the run under the story read as
    the owner's release, until a page crediting its reporter to its owner ("covers the
    environment for Ridgeline Report") or calling it a newsroom was taken for an outlet's
    (forty-fifth round). The appeal's two paragraphs then read as news, until an outlet's word
    to its readers about itself was taken for chrome (frozen.house_lines, forty-seventh
    round): now every line is right."""
    rows = _labelled_example("republish", default)
    _assert_all(rows, "news", 8)
    assert [(text[:40], want, got) for want, text, got in rows if want != got] == []


def test_an_embassys_release_names_its_country_not_the_embassy(default):
    """An embassy's release on its own site (data/examples/embassy.txt): "© 2026 Embassy of
    the Republic of Veloria" gives the owner, whose prose names "the Republic of Veloria".
    Without a marker one paragraph read as news (0.56 against 0.42) and two as press release
    by 0.51 against 0.46, until prose naming the country counted as the owner's
    (frozen._MISSION, forty-fifth round).
    The signature under it (the embassy's name, the city) reads as boilerplate."""
    rows = _labelled_example("embassy", default)
    signature = {"Embassy of the Republic of Veloria", "Canberra"}
    _assert_all([row for row in rows if row[1] not in signature], "press_release", 6)
    _assert_all(rows, "boilerplate", 6)


def test_a_release_on_a_government_site_without_a_copyright_line(default):
    """A county office's release, its name over the menu and over its address at the foot
    (frozen.masthead_owner): every line of the release is one. The lines over the menu are
    not asserted: the masthead's read as press release (README, known weak spots)."""
    rows = _labelled_example("county", default)
    release = [(text[:40], got) for want, text, got in rows if want == "press_release"]
    assert len(release) == 7 and all(got == "press_release" for _, got in release), release
    chrome = [(text[:40], got) for want, text, got in rows[3:] if want == "boilerplate"]
    assert len(chrome) == 6 and all(got == "boilerplate" for _, got in chrome), chrome


def test_a_page_scraped_as_markdown(default):
    """A news site's page as Firecrawl or Jina Reader write it: menus as link lists, the
    headline a "#" heading, links inside the story, teasers as "### [title](url)". Before
    markdown pages were read as plain text (markdown.py), the menu, the photo and the share
    bar read as news, the news teaser and the headline-only teaser as press release: 16
    of 29 lines right."""
    rows = _labelled_example("markdown.md", default)
    story = [(text[:40], got) for want, text, got in rows[:16] if want == "news"]
    assert len(story) == 7 and all(got == "news" for _, got in story), story
    release = [(text[:40], got) for want, text, got in rows if want == "press_release"]
    assert len(release) == 3 and all(got == "press_release" for _, got in release), release
    # the rest as for the other layouts; the news teaser's date (between it and the release's
    # teaser) and the story's "Related:" link are the lines that go either way
    wrong = [(text[:40], want, got) for want, text, got in rows if want != got]
    assert len(wrong) <= len(rows) // 10, wrong


@pytest.mark.parametrize("name", ["page", "markdown.md"])
def test_a_page_hard_wrapped_at_78_columns_is_labelled_as_unwrapped(default, tmp_path, name):
    """As html2text, lynx or w3m write a page: each paragraph cut into lines of at most 78
    characters, a blank line between paragraphs. Each piece gets its paragraph's label.
    Before pages were unwrapped (segment.unwrap), 27 of this page's 36 wrapped lines were
    right, and 34 of the markdown page's 53."""
    import textwrap

    rows = _labelled_example(name, default)
    wrapped, want = [], []
    for label, text, got in rows:
        for piece in textwrap.wrap(text, 78):
            wrapped.append(piece)
            want.append(got)  # what the unwrapped page gets, line for line
        wrapped.append("")
    path = tmp_path / "wrapped.txt"
    path.write_text("\n".join(wrapped), encoding="utf-8")
    (result,) = list(predict([str(path)], model=default))
    assert len(result.labels) == len(want) > len(rows) + 10
    assert result.labels == want


@pytest.mark.parametrize("name,width,blank", [("r64sportsfedresults", 78, False), ("unioncall", 78, False),
                                               ("r65seedcouncil", 78, False), ("unioncall", 100, True),
                                               ("r64slashdate", 100, True), ("r65missionstatement", 100, True)])
def test_a_short_page_wrapped_is_labelled_as_unwrapped(default, tmp_path, name, width, blank):
    """A short page (ten to fourteen lines) wrapped at 78 columns with no blank line, or at
    100 with blank lines (one or two paragraphs long enough to be cut) has too few cut lines
    for the wrapping to show by count; read line by line, every line of these pages was
    chrome but the menus' (sixty-sixth round: segment.WRAP_MIN_GOES_ON, one cut going on in
    lower case on a page parted by blank lines)."""
    import textwrap

    rows = _labelled_example(name, default)
    wrapped, want = [], []
    for label, text, got in rows:
        for piece in textwrap.wrap(text, width):
            wrapped.append(piece)
            want.append(got)
        wrapped += [""] if blank else []
    path = tmp_path / "wrapped.txt"
    path.write_text("\n".join(wrapped), encoding="utf-8")
    (result,) = list(predict([str(path)], model=default))
    assert len(result.labels) == len(want) > len(rows)
    assert result.labels == want


@pytest.mark.parametrize("name", ["military", "r58hospitalpr", "r61churchpr", "checkwpchurch"])
def test_a_page_split_into_sentences_at_every_full_stop_is_labelled_as_written(default, tmp_path, name):
    """A sentence per line, split at every full stop as a simple splitter does: a name is cut
    from its title ("By Staff Sgt." / "Dana Ruiz, ...", "pastor of St." / "Brendan Parish").
    Read as written, each of these pages' every line is right; before the sixty-sixth round
    (segment.title_cuts) their releases read as news or chrome in this form, 8 to 12 lines a
    page."""
    import re

    rows = _labelled_example(name, default)
    lines, want = [], []
    for label, text, got in rows:
        for piece in re.split(r"(?<=[.!?])\s+(?=[\"“A-Z])", text):
            lines.append(piece)
            want.append(got)
    assert len(lines) >= len(rows) + 3 and [label for label, _, _ in rows] == [got for _, _, got in rows]
    path = tmp_path / "sentences.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    (result,) = list(predict([str(path)], model=default))
    assert result.labels == want


@pytest.mark.parametrize("name", ["ngoreport", "r64bloodbank", "r65bincollection"])
def test_a_lynx_dump_with_a_linked_date_is_labelled_as_written(default, tmp_path, name):
    """lynx's numbers on the masthead, the date and the footer's links: the numbers are
    dropped, and the issuer's notice is labelled as the page as written is. Before the
    sixty-sixth round the linked date ("[4]2 December 2026") did not count as a link, the
    page was not read as lynx's, and the notice read as news, every line."""
    rows = _labelled_example(name, default)
    path = tmp_path / "lynx.txt"
    path.write_text("\n".join(f"[{k + 1}]{text}" if len(text.split()) <= 6 else text
                              for k, (_, text, _) in enumerate(rows)), encoding="utf-8")
    (result,) = list(predict([str(path)], model=default))
    assert result.labels == [got for _, _, got in rows]
    assert sum(got == "press_release" for got in result.labels) >= 4


@needs_shared(SEED_PAGE)
def test_the_seed_page_hard_wrapped_is_labelled_exactly(default):
    """Before pages were unwrapped, 13 of the wrapped seed page's 39 lines were right: the
    story's first paragraphs and the release teaser read as boilerplate."""
    import textwrap

    from pagesift.labelling import predict_text

    expected = [line.split("\t", 1) for line in SEED_LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]
    wrapped = [(label, piece) for label, text in expected for piece in textwrap.wrap(text, 78) + [""]]
    result = predict_text("\n".join(piece for _, piece in wrapped), default)
    want = [label for label, piece in wrapped if piece]
    assert len(want) == 39 and result.labels == want


def test_a_sponsored_release_with_its_writers_byline(default):
    """A token's release from a distribution service, carried by a crypto news site under
    a byline. The byline (a news marker) and the service's dateline (a release marker)
    cancelled in the run, and the body read as news: 8 of 15 lines right before the
    forty-first round's rule (frozen.shift_runs, `wire_lead`). The site's disclaimer under
    it read as part of the release (as on the portal page, 0.93) until the forty-sixth
    round's host notes (frozen.host_note_lines)."""
    rows = _labelled_example("sponsored", default)
    _assert_all(rows, "press_release", 8)
    _assert_all(rows, "boilerplate", 7)


def test_press_release_carried_by_a_news_portal(default):
    """The churnalism case: a wire's press release as a business portal's article. Its
    news teasers below are a known weak spot (README) and are not asserted here."""
    rows = _labelled_example("portal", default)
    release = [(text[:40], got) for want, text, got in rows if want == "press_release"]
    assert len(release) == 8 and all(got == "press_release" for _, got in release), release
    # the distributor's disclaimer under it ("This press release was distributed by...")
    # read as part of the release (0.98) until the forty-sixth round's host notes; the menu
    # line over the release ("Markets | ... | Press Releases"), whose words the release's
    # paragraphs share, until the forty-fifth round's menus (frozen.menu_lines). Every chrome
    # line is asserted.
    chrome = [got for want, text, got in rows if want == "boilerplate"]
    assert len(chrome) == 7 and chrome.count("boilerplate") == len(chrome)


def test_pages_score_the_same_alone_and_together(default):
    """With the refiner too: its trees read only the page's own lines."""
    import numpy as np

    from pagesift.labelling import PageInput, label_batch

    names = ["page", "newsroom", "comments", "portal"]
    texts = [(ROOT / "data" / "examples" / f"{n}.txt").read_text(encoding="utf-8") for n in names]
    together = label_batch(default, [PageInput(n, t) for n, t in zip(names, texts)])
    for i, (name, text) in enumerate(zip(names, texts)):
        alone = label_batch(default, [PageInput(name, text)])[0]
        assert np.array_equal(alone.scores, together[i].scores)


def test_a_page_saved_as_html(default):
    """A news site's page as a browser saves it (data/examples/article.html): a head, a menu
    as a list, the story with a byline and a photo, "More news" with a news teaser over a
    release's teaser (no dates), a newsletter form, a footer, a cookie bar, and what no
    reader sees (a hidden menu, a paywall box, a template, scripts). Until the
    forty-second round such pages were refused; then the news teaser read as press release
    with the release's teaser below it, until runs ended between teasers with no date
    (Refiner(headlines=True))."""
    rows = _labelled_example("article.html", default)
    story = [(text[:40], got) for want, text, got in rows if want == "news" and not text.startswith("By ")]
    assert len(story) == 8 and all(got == "news" for _, got in story), story
    release = [(text[:40], got) for want, text, got in rows if want == "press_release"]
    assert len(release) == 2 and all(got == "press_release" for _, got in release), release
    chrome = [(text[:40], got) for want, text, got in rows if want == "boilerplate"]
    assert len(chrome) == 19 and all(got == "boilerplate" for _, got in chrome), chrome
    # not asserted: the byline and date on one line, which the corpora's pages label
    # boilerplate as often as news (README, known weak spots)


def test_a_release_on_a_councils_own_site_saved_as_html(default):
    """A city council's media release as a browser saves it (data/examples/council.html):
    its "Media release" kicker, title, date, body with a bulleted list of highlights, and
    media contact, under a site's menu and beside "Related media releases". The list's
    items are the release's lines, though each is a short line of its own: the
    forty-second round's model had all four, the forty-third's reads the last as
    boilerplate (0.58 against 0.38), so one may be lost; every other line of the release
    must be right."""
    rows = _labelled_example("council.html", default)
    release = [(text[:40], got) for want, text, got in rows if want == "press_release"]
    wrong = [text for text, got in release if got != "press_release"]
    assert len(release) == 16 and len(wrong) <= 1, release
    items = [text[:40] for want, text, _ in rows[rows.index(next(r for r in rows if r[1] == "Highlights of the budget")) + 1:]
             if want == "press_release"][:4]
    assert all(text in items for text in wrong), wrong
    chrome = [(text[:40], got) for want, text, got in rows if want == "boilerplate"]
    wrong = [(text, got) for text, got in chrome if got != "boilerplate"]
    # one menu item ("Your council") reads as press release: the council's own word
    assert len(chrome) == 18 and len(wrong) <= 1, wrong


def test_a_members_statement_saved_as_html(default):
    """The member of Congress's statement (mpstatement.txt) as a browser saves it
    (data/examples/congress.html): the menu a list, a link a line, and an h2 "Press
    Releases" over the statement's h1. The heading read as the statement (0.96) until a
    newsroom section's name alone on its line was set to boilerplate (frozen.menu_lines,
    forty-fifth round); every line is right."""
    rows = _labelled_example("congress.html", default)
    assert len(rows) == 21 and [(text[:40], got) for want, text, got in rows if got != want] == []
    assert [got for _, text, got in rows if text == "Press Releases"] == ["boilerplate"]


def test_a_release_on_a_distribution_services_site_saved_as_html(default):
    """A start-up's release on a wire service's own site (data/examples/wire.html): "News
    provided by", the issuer and the date over the title, a "/NewsBeam/" dateline (a
    service no training text names), "About", a media contact and "SOURCE", then "Also
    from this source", topic links and a cookie banner."""
    rows = _labelled_example("wire.html", default)
    # the release's own text: title, subtitle, body, About section
    body = [(text[:40], got) for want, text, got in rows if want == "press_release"
            and not text.startswith(("Mar 11", "Oona", "SOURCE"))]
    assert len(body) == 9 and all(got == "press_release" for _, got in body), body
    chrome = [(text[:40], got) for want, text, got in rows if want == "boilerplate"]
    assert len(chrome) == 24 and all(got == "boilerplate" for _, got in chrome), chrome
    # not asserted: the date over the title, the contact's name and "SOURCE Tamsin
    # Robotics" read as boilerplate (README, known weak spots)


@pytest.mark.parametrize("name", ["ghana", "kenyapr", "bernama", "autotrade", "citygov", "museum", "radio", "prnasia",
                                  "cryptonews", "gulfnews", "nonprofit", "pharma", "election", "startupblog",
                                  "wirestory", "tass", "ngostatement", "localtv", "biztimes", "govie", "institute",
                                  "markets", "fire", "xinhuaen", "footballclub", "uniwire", "courts", "broadcaster",
                                  "bizportal", "canpress", "utility", "healthday", "ukcouncil", "techsite", "pna",
                                  "sportsreport"])
def test_forty_seventh_round_pages(default, name):
    """Pages written in the forty-seventh round, for sites and issuers no training page has:
    Ghanaian and Kenyan papers (a company's release under "More stories", a bank's release in
    a "Press Release" section), a Malaysian, a Russian and a Chinese agency's stories, a
    trade journal's and a business journal's stories with a sponsor's release teased under
    them, a city's, a museum's, a fire department's, an Irish ministry's, a research
    institute's, a football club's and an NGO's releases, a regional newswire's, a pharma
    company's (forward-looking statements, an investor contact), a start-up's funding post, a
    crypto site with a paid release and its disclaimer, a Gulf paper, a nonprofit newsroom
    (a reporter's "Reach her at", "readers like you"), a public radio station's and a local
    TV station's stories, a markets page, an election story with results by ward, an AP
    story on a paper's site and a paper with a university's release teased under a story.
    Nine more written after the rules above, as a check: a broadcaster's story, a business
    portal's press office carrying a company's release ("Issued by Umoja Insurance"), a
    Canadian Press story on a paper's site, a utility's and a council's releases, a health
    news service's story, a tech site's, a Philippine agency's ("(PNA)" under it) and a
    game report with its box score. The old code had 482 of the 526 lines of all 37 pages
    right; these 36 pages have at most one line in ten wrong (an AAP story whose "AAP"
    credit lines read as chrome is left out: README, known weak spots). The court's release
    ("The Chief Justice ... today opened a new High Court station") read as news, every
    line, until an issuer's act "today" in a line's first sentence counted as a release's
    opening, and the portal's release until "Issued by X" counted as a press office's."""
    rows = _labelled_example(name, default)
    wrong = [(text[:40], want, got) for want, text, got in rows if want != got]
    assert len(wrong) <= len(rows) // 10, wrong


@pytest.mark.parametrize("name", ["accesswire", "airline", "anadolu", "antara", "bankcommunity", "biotechmag",
                                  "centralbank", "charitypr", "courtnews", "editorsnote", "efe",
                                  "electioncommission", "flood", "germancorp", "hkpaper", "hospitalstory",
                                  "kenyacounty", "kyodo", "lawsuit", "minprlist", "paregional", "regionalagency",
                                  "schooldistrict", "seedvar1", "seedvar2", "seedvar3", "sentencing", "sgpaper",
                                  "spaceagency", "sportsbody", "techblogpr", "thinktank", "transit", "travelrade",
                                  "tsxv", "unionpr", "vna", "wirepage", "worldbank", "zoo"])
def test_forty_eighth_round_pages(default, name):
    """Pages written in the forty-eighth round, for sites and issuers no training page has:
    Japanese, Turkish, Indonesian, Vietnamese, Spanish, Latvian and UK agencies' stories on
    papers' sites (a "PA Media", "Anadolu Agency" or "VNA" credit under the story), a Hong
    Kong and a Singapore paper, a central bank's, an airline's, a space agency's ("RELEASE
    26-118", "-end-" over its contact), a zoo's, a transit agency's, a development bank's, a
    German maker's, a think tank's, a union's, a bank's, a charity's, a county's, an
    electoral commission's ("Issued by"), a ministry's and a sports body's releases ("Statement
    regarding ..."), a mining company's ("ON BEHALF OF THE BOARD" over its signer), an
    ACCESSWIRE release on a markets portal ("SOURCE: Novara Health Inc."), a school
    district's release on a paper's community page, a start-up's funding post, a release on a
    distribution service's own site, stories of a flood, a court, a lawsuit, a sentencing, a
    school board (an editor's note, a correction), a trade journal's and a science
    magazine's with releases teased under them, and three pages like the reference page
    (an Indian agency's dateline with no credit over a release's teaser). Six written after
    the rules as a check (hkpaper, charitypr, techblogpr, courtnews, minprlist,
    regionalagency). These 40 pages have at most one line in ten wrong; of the 46 written,
    the old code had 656 of 723 lines right. Left out (README, known weak spots): a mayor's
    first-person post, a regulator's recall page, a humanitarian portal's "Source: UNICEF"
    release, a property portal's and a paper's partner releases teased with no marker, a
    mining company's bullet points."""
    rows = _labelled_example(name, default)
    wrong = [(text[:40], want, got) for want, text, got in rows if want != got]
    assert len(wrong) <= len(rows) // 10, wrong


@pytest.mark.parametrize("name", ["agalert", "airlinenet", "ajstyle", "apcourt", "apnews", "bdpaper", "bwportal",
                                  "caribbean", "carsales", "coastguard", "contributed", "cookiestory", "councilstory",
                                  "cricket", "crimestory", "customs", "dail", "diocese", "dwstyle", "earningsstory",
                                  "einpr", "electionnews", "epafine", "f24style", "filmfest", "foundation",
                                  "globaltimes", "hospitalstory2", "israelpaper", "koreastyle", "layoffstory",
                                  "measles", "mergerstory", "metservice", "newsletterstory", "newsroomfeature",
                                  "obituary", "policeappeal", "portauthority", "printedition",
                                  "printview", "prsection", "ptistory", "publisher", "quakestory", "railstrike",
                                  "roadclosure", "sagov", "schoolclosure", "sciencemag", "secpr", "sheriffpr",
                                  "statsoffice", "stormnews", "storyofrelease", "streaming", "subheads",
                                  "telecomoutage", "thaiprotest", "tourismboard", "tradeassoc", "tradedata",
                                  "transfer", "tvwildfire", "govmedia", "irishcouncil", "ngoreport", "phillypaper",
                                  "stationpr"])
def test_forty_ninth_round_pages(default, name):
    """Pages written in the forty-ninth round, for sites and issuers no training page has:
    public bodies' releases that name themselves as their site's masthead does (a
    sheriff's office, a customs agency, a coast guard's "District 13 Public Affairs", a
    police force's appeal, a county health department, a transport department, a school
    district, a port, a statistics office, a weather service, a diocese), a government's
    Cabinet statement ("Enquiries:", "Issued by: GCIS"), an environmental regulator's
    settlement ("Contact Information:"), a securities regulator's and an attorney
    general's releases, companies' releases (a telecom's apology, a car maker's sales, a
    streaming company's, a publisher's, a film festival's, a foundation's, a trade
    association's ("ENDS", "Notes to editors"), a hospital's patient story, a rail
    company's feature), a Business Wire and an EIN Presswire release on portals ("email
    us here" under its contact), releases teased under a paper's "Press Releases", and
    stories from Indonesian, Irish, Thai, Bangladeshi, Korean, Caribbean, Israeli, Gulf,
    Chinese, German ("mf/sms (dpa, Reuters)"), French ("(Seine 24 with AFP)") and Indian
    ("(With inputs from PTI)") sites, a TV station's, an AP story, a wire's trade data
    ("Reporting by"), a business journal's layoffs story quoting the company's
    statement, an obituary, a merger, a transfer, a print view and a page under a cookie
    notice. Fifteen were written later, as a check on the rules of the time (a fire
    service, India's PIB, a South African government statement, New Zealand Police, a TV
    station, a merger story, a transfer; then an RNS announcement, a regulator's
    charges, a parliament committee's report, an attorney general's alert, AP, a
    minister's speech, a rail company's feature, a Chinese paper): 135 of their 175
    lines right, 151 with the rules they prompted. Six more written after all of the
    round's rules, as a last check (a county council's, a bank's, a river charity's and
    a state premier's releases, a TV station's community page carrying a food bank's, a
    paper's transit story): 62 of their 67 lines right, 56 with the old code. These 69
    pages have at most one line in ten wrong; of all 88 written, the old code had 941 of
    1,082 lines right, the new 1,013. Left out (README, known weak spots): a TV
    station's story whose short copyright line turns two of its paragraphs to chrome
    (0.52-0.62), a fire service's, a product regulator's and a parliament committee's
    releases that never name themselves, a college sports department's headline over its
    recap, a trade portal's rewritten release, a restaurant chain's "Contributed"
    release on a paper's business page, partner releases teased with no marker, an RNS
    announcement's header lines, a game studio's sign-off, PIB's tail ("***", "DS/RK"),
    a minister's speech's "Thank you." and a bank's paragraph about itself under "Notes
    to editors", and a national park's and an insurer's releases whose headers or last
    lines read as chrome."""
    rows = _labelled_example(name, default)
    wrong = [(text[:40], want, got) for want, text, got in rows if want != got]
    assert len(wrong) <= len(rows) // 10, wrong


@pytest.mark.parametrize("name", ["abcstyle", "adsinside", "airportauth", "ansa", "barebyline", "bizjournal", "campaign",
                                  "cbcstyle", "clubreport", "conversation", "correction", "courtstory", "cruise",
                                  "drugapproval", "entertainment", "foodbank", "govstatement", "hotelopen", "intlorg",
                                  "intlwire", "investorpr", "lastcompany", "lastpaper", "lasttv", "lastwire",
                                  "lawsuitpr", "library", "nepalpaper", "nevername", "newsquotespr", "nhstrust",
                                  "nordic", "notestoeditors", "paperbrief", "parksdept", "policepost", "prnphoto",
                                  "retailrecall", "rnshead", "sitrep", "sponsoredpost", "starmy", "tseco", "tvweather",
                                  "ugandapaper", "unistory", "weeklypaper", "wirereport", "agencysite", "asiawire",
                                  "chamberpaper", "policestory", "schoolnews", "sheriffnews", "studentpaper", "techpr"])
def test_fiftieth_round_pages(default, name):
    """Pages written in the fiftieth round, for sites and issuers no training page has:
    public bodies' releases on their own sites that never name the body (a fire rescue's,
    a city parks department's, a police department's), a library's, an airport
    authority's, an NHS trust's ("ENDS", "Notes to editors"), a governor's statement, an
    international body's numbered briefing note, a relief charity's situation report (its
    footer: "is a registered charity"), a candidate's campaign news ("Dana Whitfield for
    State Senate" over the menu), listed companies' releases (a Tokyo one's "Inquiries",
    a Norwegian one's disclosure note, an RNS announcement's header, a dividend), a PR
    Newswire release with its photo and logo links, a cruise line's release on a trade
    wire, a law firm's, a retailer's recall, a food bank's, a club's match report, a
    university's study, a hotel chain's release rewritten by a trade site, a solar
    installer's sponsored post on a paper's site ("This content was produced by ... The
    newsroom was not involved"), and stories from Italian, Australian, Canadian, Malaysian,
    Nepali and Ugandan sites, a TV station's weather story (its app promo), a business
    journal's, a wire's commodities report, a court story, a correction, a reporter's bare
    name over the date, adverts inside a story, a republished academic's article, news
    briefs, a drug approval and a story quoting a sheriff's release. Six were written after
    all the round's rules, as a last check (a county's, a charity's and a logistics
    company's releases, a wire's recall story, a TV station's and a paper's stories): 61
    of their 68 lines right, 60 with the old code. Of all 54 written, the old code had 683
    of 764 lines right, the new 736. Left out (README, known weak spots): a company blog's
    launch post (its headline and "Name · Head of Product · 4 min read" byline), a bakery's
    "Contributed" release on a paper's business page, a chamber of commerce's list of award
    winners, a county whose masthead is a bare "Marlow County" (a paper's menu item too), a
    charity's last short paragraphs, and a mining company's "Q3 Highlights" list. Eight
    more, written last (a school district's and a sheriff's releases, a tech company's, a
    news agency's own site, a student paper on its university's site, a business journal's,
    a paper's story of the sheriff's seizure, an Asian business daily's): 93 of their 95
    lines right, 84 with the forty-ninth round's code (the school district's notice, "...
    does not discriminate on the basis of ...", and its masthead's number prompted the last
    rules)."""
    rows = _labelled_example(name, default)
    wrong = [(text[:40], want, got) for want, text, got in rows if want != got]
    assert len(wrong) <= len(rows) // 10, wrong


@pytest.mark.parametrize("name", ["aisummary", "appointment", "authorbio", "autonews", "awardpr", "barassoc",
                                  "bwsource", "canadanr", "caucuspr", "cnnish", "cookiewall", "countyem",
                                  "courtfiling", "courtpr", "databreach", "econdev", "einpr2", "embargo",
                                  "factcheck", "fedagency", "fiji", "fishprotest", "foodpantry", "ftcish",
                                  "gnwattach", "guardianish", "hockeysign", "hospitalfdn", "hospitalstory3",
                                  "investdisclaimer", "investornews", "keypoints", "localgovpr", "marathon",
                                  "marketreport", "marketwatchpr", "medassoc", "msnstory", "natlab", "ngolist",
                                  "nytish", "partnership", "patchnews", "prnmultimedia", "readmore",
                                  "recyclingcounty", "reutersish", "schoolboardnews", "scotpaper", "socialembed",
                                  "solarpr", "srilanka", "stateag", "theatrepr", "trademag", "tradeshow",
                                  "tradewire", "tvupdate", "unionstatement", "videostory", "watchdog", "wirecompany",
                                  "zambia"])
def test_fifty_first_round_pages(default, name):
    """Pages written in the fifty-first round, for sites, issuers and page furniture no
    training page has: a fact check, a photo gallery, a TV station group's story ("by Jo
    Pell" over "Thursday, December 3rd 2026"), an Australian story's "Key points", stories
    on MSN- and Guardian-, CNN-, NYT- and Reuters-like pages, an AI summary's note, a paywall,
    a cookie wall, a nonprofit newsroom's author box, a live blog; releases of a state senate
    caucus, a junior miner (its "Highlights" list), an economic development agency, a state
    court, a hospital foundation, a housing association, a theatre, a sports club and a
    college's athletics department (their menus: "Tickets | Schedule"), a state attorney
    general, a federal trade regulator, a competition authority, a county's emergency
    management, a charity whose only name for itself is in its footer's registration line,
    a medical and a bar association, a national laboratory, a marathon, a consulate, a UN
    press release, a PR Newswire release ("About X", "View original content", "SOURCE X"),
    GlobeNewswire, Business Wire and EIN Presswire releases on portals, and a Canadian
    government release ("Quotes", "Quick facts", "Associated links", "Date modified").
    Five were written after all the rules, as a check: 51 of their 53 lines right with both
    codes. Of all 80, the fiftieth round's code had 968 of 1,080 lines right, this round's
    1,016. Left out (README, RESULTS): a release reposted by a paper under "The following
    information was released by ...", the last paragraph of a story read as chrome (four
    pages), a gallery's captions, bare-name bylines, a club's "Presented by" sponsor, a
    housing association's headline over its date, a miner's list of highlights."""
    rows = _labelled_example(name, default)
    wrong = [(text[:40], want, got) for want, text, got in rows if want != got]
    assert len(wrong) <= len(rows) // 10, wrong


def test_fifty_first_round_rules_on_their_pages(default):
    """The lines this round's rules are for, each right on its page."""
    _assert_all(_labelled_example("prnmultimedia", default), "press_release", 11, skip=("News provided",))  # its tail
    _assert_all(_labelled_example("canadanr", default), "press_release", 14)  # its part headings
    _assert_all(_labelled_example("hockeysign", default), "press_release", 7)  # the club's own news
    _assert_all(_labelled_example("uniathletics2", default), "press_release", 4, skip=("Westfield (21-7)",))
    _assert_all(_labelled_example("ngolist", default), "press_release", 10, skip=("Read the full",))
    _assert_all(_labelled_example("videostory", default), "news", 8)  # "by Jo Pell" and its ordinal date
    _assert_all(_labelled_example("tvupdate", default), "news", 8)
    rows = _labelled_example("aisummary", default)
    assert [got for _, text, got in rows if text.startswith(("This summary was generated", "Add The"))] \
        == ["boilerplate", "boilerplate"]


@pytest.mark.parametrize("name", ["advocacyreport", "afrnews", "albumpr", "ampstory", "authorpage", "bakeryopen",
                                  "bankforecast", "boroughcycle", "brokeragereport", "chinacorp", "churnstory2",
                                  "cityparking", "courtstory2", "crashstory", "cyberpr", "cyclestory",
                                  "earningstory", "esportspr", "explainer", "expressnews", "familycentre",
                                  "fashioncollab", "fooddrivetv", "fundingnews", "fundingpr", "galastory",
                                  "giftrelease", "gulfcorp", "healthstory2", "hospitalbaby", "htcorr", "indiacorp",
                                  "insurancestudy", "ireland", "journalrel", "localcharity", "lottery", "mergerwire",
                                  "mpletterhead", "ngoreportnews", "nigeriaagency", "orchestrapr", "osfoundation",
                                  "perustory", "pharmanews", "recallstory", "releaseonpaper", "researchrel",
                                  "researchrel2", "reutersfinance", "rnli", "schoolboardstory", "sciencestory",
                                  "seedvar4", "seedvar6", "seedvar7", "seedvar8", "seedvar9", "seizurepr", "sgboard",
                                  "shelteradopt", "signingstory", "spacelaunch", "staffreporter", "surveypr",
                                  "surveystory", "tnnstory", "tradelaunch", "trialwire", "truckingassoc",
                                  "tvnetwork", "tvstorylive", "ukpolicewitness", "weatherwarn", "webdesk",
                                  "winerypr", "zoobirth"])
def test_fifty_second_round_pages(default, name):
    """Pages written in the fifty-second round, for sites, issuers and page furniture no
    training page has: a public radio story's transcript ("HOST:", "Heard on ..."), a
    Hearst-like TV story, an author's page of teasers, a tech site's funding story and the
    startup's own post, trade-press, bakery, gala, signing, science, recall, merger, food
    drive, earnings and community stories (news that reads like a release), South Asian
    papers' desk credits ("Express News Service", "Web Desk", "TNN | date", "Our Staff
    Reporter"), six more pages laid out as the reference page is (Bernama, Xinhua, PTI, AFP
    and Kyodo stories over a release's teaser); releases of a lifeboat charity, a zoo, a
    city, a clinical-stage biotech on a newswire, an esports team, a winery, a security firm's
    survey, an orchestra, a lottery, an animal shelter, a grocer, a university's gift, a
    trucking association, a TV network, a record label, a fashion brand, a brokerage's market
    report, an insurer's study, a bank's forecast, an advocacy group, an open-source
    foundation, a space company, a research institute and a journal's embargoed release,
    an Indian, a Nigerian, a Gulf, a Singaporean, an Irish and a Chinese issuer's, and an
    Australian MP's letterhead. Six were written after all the rules, as a check: 71 of
    their 73 lines right with both codes. Left out (README, RESULTS): lists inside a release
    (a prize's shortlist, ice-thickness guidelines, an inquiry's terms), a senator's column
    in the first person (partly right), a product blog's "Introducing X" headline, a news
    teaser right above a release's with no date between, a store opening's last lines, a
    bare-name byline, a radio transcript's copyright line."""
    rows = _labelled_example(name, default)
    wrong = [(text[:40], want, got) for want, text, got in rows if want != got]
    assert len(wrong) <= len(rows) // 10, wrong


def test_fifty_second_round_rules_on_their_pages(default):
    """The lines this round's rules are for, each right on its page."""
    _assert_all(_labelled_example("brokeragereport", default), "press_release", 7)  # "© 2026 Keystone Realty Group"
    _assert_all(_labelled_example("spacelaunch", default), "press_release", 6)  # "Helion Orbital © 2026"
    _assert_all(_labelled_example("lottery", default), "press_release", 7)  # a lottery's masthead
    _assert_all(_labelled_example("fashioncollab", default), "press_release", 6)  # a shop's menu
    _assert_all(_labelled_example("zoobirth", default), "press_release", 6, skip=("The twins",))
    _assert_all(_labelled_example("expressnews", default), "news", 7)  # desk credits
    _assert_all(_labelled_example("webdesk", default), "news", 7)
    _assert_all(_labelled_example("tnnstory", default), "news", 6)
    _assert_all(_labelled_example("sgboard", default), "press_release", 7)  # "Issued by ..."
    _assert_all(_labelled_example("journalrel", default), "press_release", 6)  # "Embargoed until ..."
    _assert_all(_labelled_example("surveypr", default), "press_release", 14)  # "Methodology"
    _assert_all(_labelled_example("mpletterhead", default), "press_release", 11)
    notes = {"radiotranscript": ("Heard on", "Transcripts are"), "earningstory": ("Market data",),
             "lottery": ("Play responsibly", "Gambling problem"), "ngoreportnews": ("Our Standards",)}
    for name, starts in notes.items():
        got = [label for _, text, label in _labelled_example(name, default) if text.startswith(starts)]
        assert got == ["boilerplate"] * len(starts), (name, got)
    column = [got for gold, _, got in _labelled_example("senatorcolumn", default) if gold == "press_release"]
    assert column.count("press_release") >= 4, column  # an elected official's masthead (partly: README)


@pytest.mark.parametrize("name", ["adhoc", "afpstory2", "airportrecord", "aisummary2", "apcontrib", "aposeed",
                                  "appseed", "appstory", "bridgestory", "changelog", "churchpr", "clubmatch",
                                  "companylitigation", "companystory", "coopresults", "courtservice", "cpstory",
                                  "einseed", "foreignministry", "governorpr2", "govtender", "hospitalnews",
                                  "hospitalscanner", "hospitalstatement", "iansseed", "investorupdate",
                                  "lawsuitstory2", "localstorychurn", "matchreport", "modernchrome", "newswirecom",
                                  "ngocampaign", "nonprofitnewsroom", "obituary2", "openprpage", "policeappeal2",
                                  "policerelease2", "policestory2", "portstrikestory", "pressagencyrelease",
                                  "pressbox", "prmodern", "regulatorpr", "regulatorstory", "sciencestory3",
                                  "searchpage", "seedhard1", "seedhard2", "seedhard3", "sewagestory",
                                  "startupfunding2", "statepr3", "transitalert", "transportfor", "twentyfourseven",
                                  "unipr3", "unistatement", "vnaseed", "waamseed", "water2", "weatheroffice",
                                  "weatherstory"])
def test_fifty_third_round_pages(default, name):
    """Pages written in the fifty-third round (72; these 62 with at most a tenth of their
    lines wrong): an energy regulator's decision and a paper's story of it, a foreign
    ministry's, an embassy's, a court service's, a statistics office's, a weather service's,
    a transit agency's, an airport's, a port union's, a diocese's, a party's, a dairy
    co-operative's, a German issuer's ad hoc notice, a note-taking app's blog post, a
    hospital's scanner and its update on crash patients, a university's statement, a
    company's on a lawsuit, a junior miner's quarterly notice and four newswires' pages
    (PRLog, openPR, 24-7, Newswire.com); stories with a bare-name byline, a local democracy
    reporter's, AP's contributor line, Canadian Press's and AFP's credits, a live blog, a
    page of briefs, modern chrome ("Listen to this article", "Key takeaways", "Gift this
    article"), a homepage, a search page and an outlet's about page; and nine more pages
    laid out as the reference page is (Xinhua, APP, WAM, IANS stories over releases' teasers
    with APO Group's, PR Newswire's in brackets, Zawya's and an Indian agency's feed for
    another country). Seven were written after all the rules, as a check: 78 of their 87
    lines right with both codes. Left out (README, RESULTS): a live blog's time stamps and
    post titles, a homepage's teasers (half read as chrome), an outlet's about page (read as
    news), a party's and a university's headline over a date line read as chrome, a
    statistics office's "Statistical release | date", a union's date "3rd December 2026" and
    last lines, a briefs page's "Compiled by" credit, a wire's metadata lines ("Industry :
    Health"), an embassy's consular line."""
    rows = _labelled_example(name, default)
    wrong = [(text[:40], want, got) for want, text, got in rows if want != got]
    assert len(wrong) <= len(rows) // 10, wrong


def test_fifty_third_round_rules_on_their_pages(default):
    """The lines this round's rules are for, each right on its page."""
    _assert_all(_labelled_example("changelog", default), "press_release", 8)  # "Today we are releasing X"
    _assert_all(_labelled_example("churchpr", default), "press_release", 7)  # a diocese names its see
    _assert_all(_labelled_example("weatheroffice", default), "press_release", 5, skip=("People are",))
    _assert_all(_labelled_example("investorupdate", default), "press_release", 10)  # TSXV's disclaimer
    _assert_all(_labelled_example("policerelease2", default), "press_release", 8)  # "Lt. X, Public Information ..."
    _assert_all(_labelled_example("coopresults", default), "press_release", 8)  # "About X Co-operative" over "X is"
    for name in ("appstory", "bridgestory", "portstrikestory", "afpstory2"):  # bare names, a desk's role, "AFP | date"
        _assert_all(_labelled_example(name, default), "news", {"appstory": 8, "bridgestory": 7,
                                                               "portstrikestory": 9, "afpstory2": 6}[name])
    for name in ("seedhard1", "appseed"):  # "Penang [Malaysia], December 1:", "(PRNewswire) --"
        _assert_all(_labelled_example(name, default), "press_release", 3)
    for name, starts in {"courtservice": ("Media > Summaries",), "foreignministry": ("Press Room > Statements",),
                         "universityappt": ("Westmere University is a registered charity",)}.items():
        got = [label for _, text, label in _labelled_example(name, default) if text.startswith(starts)]
        assert got == ["boilerplate"] * len(starts), (name, got)
    party = [got for gold, text, got in _labelled_example("partystatement", default)
             if gold == "press_release" and len(text.split()) >= 12]
    assert party == ["press_release"] * 4, party  # a party's releases name it without "Party"


@pytest.mark.parametrize("name", ["agencysite2", "airportstory", "bernamaseed", "checkkicker", "checkrelease",
                                  "checkscoop", "checkseed1", "checkstory", "checkwire", "churchstatement",
                                  "classactionstory", "clubsackstory", "clubstatement", "corpblogrelease",
                                  "dnrrelease", "floodnewsun", "foundationgrant", "frontierledger", "ghanaseed",
                                  "gulfseed", "hallstory", "harborlinepr", "hotelrelease", "indiaseed2",
                                  "jointmediarelease", "kenyastory", "keypointsstory", "kicker1", "kicker3",
                                  "kyodoseed", "localtvarrest", "menafnish", "mobile2", "nigeriaseed", "nzseed",
                                  "pnastory", "portalchurn", "pressreleasekicker2", "publichearing", "qainterview",
                                  "releaselist", "scoopish2", "seedphil", "shareholderalert", "sponsoredsection",
                                  "sponsoredsuffix", "sponsoredwire", "startuplaunch", "teaserabove", "teaserabove2",
                                  "travelnews", "unnote", "vnaseed2"])
def test_fifty_fourth_round_pages(default, name):
    """Pages written in the fifty-fourth round (61; these 53 with at most a tenth of their
    lines wrong): pages laid out as the reference page is, with agencies' stories (Bernama,
    VNA, Kyodo, GNA, Press Association, PNA, WAM, IANS, Xinhua) over releases' teasers that
    the page labels as releases ("PRESS RELEASE" kickers, "Press Release: X" under a teaser's
    headline, "PRESS RELEASE: X opens ..." headlines) or that carry a newswire's dateline; a
    portal's story and a company's release of the same news, a law firm's shareholder alert
    and a trade paper's story of the lawsuit, a club's statement and a paper's story, a
    city's hearing notice, a foundation's grant, a joint ministerial release and a paper's
    story of it, a state agency's release, a UN office's note, a diocese's statement, an
    airline's statement on media reports, a bank's appointment, a hotel group's opening, a
    startup's launch; stories with "ALSO READ" links, key points, a Q&A, a local TV story, a
    sponsored section, a list of release headlines. Six were written after all the rules, as
    a check: 74 of their 75 lines right (the fifty-third round's code: 68). Left out
    (README, RESULTS): a story told one short sentence to a line between adverts (two pages),
    a story whose byline reads "Article: X" (its headline then read as the release teasers
    below it), sponsored and advertorial teasers with no release label, headline-only teasers
    with "Business Wire • 2 hours ago", an EU release's "Brussels" and empty "Quotes:"
    heading, an airline's "Media enquiries" box."""
    rows = _labelled_example(name, default)
    wrong = [(text[:40], want, got) for want, text, got in rows if want != got]
    assert len(wrong) <= len(rows) // 10, wrong


def test_fifty_fourth_round_rules_on_their_pages(default):
    """The lines this round's rules are for, each right on its page."""
    for name, count in {"kicker3": 6, "scoopish2": 7, "nzseed": 7, "menafnish": 4, "checkscoop": 6}.items():
        _assert_all(_labelled_example(name, default), "news", count)  # a story over a labelled release's teaser
    for name, count in {"scoopish2": 8, "nzseed": 4, "kicker1": 4, "nigeriaseed": 2, "checkscoop": 4}.items():
        _assert_all(_labelled_example(name, default), "press_release", count)  # the labelled teasers
    kickers = [got for _, text, got in _labelled_example("kicker1", default) if text == "PRESS RELEASE"]
    assert kickers == ["boilerplate"] * 2, kickers  # the kicker itself is chrome
    for name, line in {"kyodoseed": "Kyodo", "nzseed": "Press Association"}.items():  # an agency as the byline
        assert [got for _, text, got in _labelled_example(name, default) if text == line] == ["news"], name
    for name, start in {"agencysite2": "Anadolu-style Agency website", "menafnish": "Legal Disclaimer"}.items():
        assert [got for _, text, got in _labelled_example(name, default) if text.startswith(start)] == ["boilerplate"]


@pytest.mark.parametrize("name", ["afpstyle3", "agencysiteprs", "aniprwire", "blogpr", "captions", "churnwritten",
                                  "clubsite", "clubstory", "commentsheavy", "companynewsroom", "congressrelease5",
                                  "earningsbullets", "earningsnews", "germanstory", "govministry", "hashrelease",
                                  "healthnewsportal", "healthrelease4", "healthstory4", "homepagemix",
                                  "hospitalrelease5", "interviewqa", "investorstory", "japanstory", "koreastory2",
                                  "kunastyle", "localtvstory", "markdownstory", "mediaadvisory", "menastory",
                                  "mixedteasers", "mpmediarelease", "newsfilepage", "newsteasersonly",
                                  "ngopressrelease3", "ngostatement2", "obitnews", "policeappeal3", "policecovered",
                                  "prensalatina", "prportalnewsteaser", "ptinewswire", "pullquote", "qnastyle",
                                  "releasewithphoto", "seedvar11", "seedvar12", "seedvar13", "seedvar14",
                                  "seedvar15", "sharebarstory", "statehouse", "techteasers", "tenderpr",
                                  "trendingcontent", "ukpressnotes", "unirelease5", "verbatimlocal", "wirestory3",
                                  "xinhuaweb"])
def test_fifty_fifth_round_pages(default, name):
    """Pages written in the fifty-fifth round (72; these 60 with at most a tenth of their
    lines wrong), dated 2027: agencies' stories from the Gulf, Egypt, Latin America, the
    Caucasus, India, Japan, Korea, Germany and the Pacific (KUNA, QNA, SPA, MENA, Prensa
    Latina, PTI, ANI, Kyodo, Yonhap, dpa, Xinhua, IANS, VNA, Anadolu) over release teasers
    (NewsVoir's, a Japanese issuer's, GlobeNewswire's, ACCESSWIRE's, unlabelled ones under
    "Company news", "Press Releases", "Trending"); releases on distributors' pages (IssueWire,
    Newsfile, PR Newswire, GlobeNewswire with highlights), in a company's, a ministry's, a
    club's, a port's, a hospital's, a university's, an MP's, a congressman's, a state
    senator's, a police force's and an NGO's newsroom, a media advisory, a recall notice; and
    stories of the same news (a chipmaker's results, a club's stand, a crash appeal, a bank's
    gift, a study of walking and dementia), a live page, a story with captions, pull quotes,
    share bars and comments, a markdown page, a homepage. Left out (README, RESULTS): a
    short release as a page's main text over a news teaser of the same size, read the other
    way round (`seedreverse`), a live page's headline, key points and times, a recall notice's fields, release teasers that read
    as news ("Fenwick Precision has appointed", a trade paper's supplier news, a student
    paper's "From the University") or, at a page's foot, as chrome."""
    rows = _labelled_example(name, default)
    wrong = [(text[:40], want, got) for want, text, got in rows if want != got]
    assert len(wrong) <= len(rows) // 10, wrong


@pytest.mark.parametrize("name", ["africawire", "bizwireonnews", "cryptopage", "governmentstatement",
                                  "governmentstory", "policepr2", "realestate", "shortstorymanypr",
                                  "sportsclubrelease", "sportsstory2", "techreleasepage"])
def test_fifty_fifth_round_check_pages(default, name):
    """Fourteen pages written after all of the fifty-fifth round's rules, as a check (176 of
    their 188 lines right with this round's code and with the fifty-fourth's: no rule of the
    round touches them); these eleven every line right. Left out: a trade paper's "Industry
    news" release teasers read as news (`autonewsteaser`), a short paid release as a page's
    main text read as news (`prfirststory`), headline-only release teasers under "Press
    Releases" read as chrome (`headlineonlypr`)."""
    rows = _labelled_example(name, default)
    assert [(text[:40], got) for want, text, got in rows if want != got] == []


def test_fifty_fifth_round_rules_on_their_pages(default):
    """The lines this round's rules are for, each right on its page."""
    def lines(name, start):
        return [got for _, text, got in _labelled_example(name, default) if text.startswith(start)]

    assert lines("bizteasers", "Arden Valley Foods") == ["press_release"] * 2  # "is delighted to have achieved"
    assert lines("mixedteasers", "Indus Pharma") == ["press_release"]  # "one of Pakistan's leading ..."
    assert lines("mixedteasers", "Karachi, January 22") == ["press_release"]
    assert lines("japanstory", "Sakura Robotics Inc. (Head Office") == ["press_release"]
    assert lines("ptinewswire", "Sanvi Foods") == lines("ptinewswire", "NewsVoir") == ["press_release"]
    assert lines("ptinewswire", "Mumbai, Maharashtra, India (NewsVoir)") == ["press_release"]
    for name, mark in {"japanstory": "==Kyodo", "germanstory": "dpa-AFX", "kunastyle": "(end) hm.sd",
                       "statehouse": "Statehouse reporter", "clubstory": "Sports reporter"}.items():
        assert lines(name, mark) == ["news"], name  # a wire's end mark, a byline's role
    for name, date in {"seedvar11": "15 January 2027", "seedvar14": "January 19, 2027"}.items():
        assert lines(name, date) == ["press_release"], name  # a teaser's date under its dated lead


@pytest.mark.parametrize("name", ["acnstory", "agerpresstory", "andinastory", "appstory2", "aquarium", "auctionhouse",
                                  "ausnews", "bareagencystory", "barehealthnews", "barenewsnodateline", "barequote",
                                  "barerelease", "barereleasenodateline", "barestatement", "brandspotlight",
                                  "brasilstory", "canadanews", "churnstory3", "clubrelease2", "congressnew",
                                  "efestory", "enastory", "filmstudio", "healthdaystyle", "hkpaper2", "hospitalpr6",
                                  "inlinereadmore", "irishpaper", "kazinform", "localnewshosp", "mapstory",
                                  "mediaoutreach", "mpmedia2", "nationalnewsafp", "newsonprsite", "ngoafrica",
                                  "nzpage", "ombudsman", "ombudsmanstory", "onebrief", "oneprteaser", "otterstory",
                                  "papstory", "presseportal", "prmaintext", "prportalpage", "saafrica",
                                  "sciencenewsbats", "seedcourt", "seedhealth", "seedsport", "seedtwostories",
                                  "sheriffrelease", "singapore", "sportsnews2", "standardsbody", "stockexchange",
                                  "storynocredit", "submittedpr", "teasernewsandpr", "themepark", "trendstory",
                                  "tribalnation", "tvstationap", "tweetembed", "twoprteasers", "ukregional",
                                  "ukrinformstory", "unistudy", "veteransagency", "vietnamcorp", "waterdistrict",
                                  "wiredate2", "wpnewssite", "xinhuaafrica", "xinhuaeu", "xinhuagulf", "xinhuamy",
                                  "xinhuaph", "yahoobw", "yonhapstyle2"])
def test_fifty_sixth_round_pages(default, name):
    """Pages written in the fifty-sixth round (91; these 81 with at most a tenth of their
    lines wrong), dated 2027: agencies' stories from Eastern Europe, the Caucasus, Central
    Asia, Iran, Pakistan, Africa, Latin America and Asia (PAP, CTK, Agerpres, Ukrinform,
    Kazinform, Trend, IRNA, APP, ENA, MAP, ANDINA, Agência Brasil, Xinhua, ANTARA, GNA, AFP,
    Reuters, Yonhap, EFE) over release teasers, seed-like pages with stories of sport, crime,
    weather, courts, business and health; releases in the newsrooms of a tribal nation, a
    water district, an auction house, an aquarium, a standards body, an ombudsman, a film
    studio, a stock exchange, a theme park, a veterans' agency, a sheriff, a university, an
    MP, a congresswoman, a hospital, a club, an NGO, a ministry and a steelmaker, on
    distributors' pages (Newswire.com, Media OutReach, ACN, news aktuell, Business Wire on a
    finance portal) and posted on a community site ("Submitted by"); stories of the same
    news; local pages from the UK, Australia, Ireland, Canada, New Zealand, South Africa,
    Singapore and Hong Kong; bare text with no page around it. Left out (README, RESULTS):
    unlabelled release teasers that read as news ("Siam Digital Bank has won the award",
    "Mekong Steel Corporation announced that", a joint venture's), headline-only teasers
    under "Related" read as news and under "Company press releases" as chrome, a health
    release with no page around it, a ministry's and an exchange's paragraphs read as chrome."""
    rows = _labelled_example(name, default)
    wrong = [(text[:40], want, got) for want, text, got in rows if want != got]
    assert len(wrong) <= len(rows) // 10, wrong


@pytest.mark.parametrize("name", ["checkagencyng", "checkanchornews", "checkbare", "checkbelarus", "checkcanpr",
                                  "checkcoop", "checkgermanwire", "checkhospitalnews", "checkkenyapr",
                                  "checkmongolia", "checkmuseumpr", "checkozstory", "checkunipr", "checkunistory",
                                  "checkwpchurch", "checkxinhuaarg", "checkxinhuanepal"])
def test_fifty_sixth_round_check_pages(default, name):
    """Eighteen pages written as a check: ten after the round's first rules (105 of their 109
    lines right with the fifty-fifth round's code, 109 with this round's, two of them by the
    dateline-credit rule these pages called for: "BelTA", "KNA"), eight after all of them (79
    and 81 of 82: "Montsame" and "NAN" by that rule); these seventeen every line right. Left
    out: a briefs column's last paragraph read as chrome (`checkbrief`)."""
    rows = _labelled_example(name, default)
    assert [(text[:40], got) for want, text, got in rows if want != got] == []


def test_fifty_sixth_round_rules_on_their_pages(default):
    """The lines this round's rules are for, each right on its page."""
    def lines(name, start):
        return [got for _, text, got in _labelled_example(name, default) if text.startswith(start)]

    for name, mark in {"ctkstory": "(CTK)", "brasilstory": "Agência Brasil", "mapstory": "MAP", "appstory2": "APP/ask",
                       "checkbelarus": "BelTA", "checkkenyapr": "KNA", "checkagencyng": "NAN",
                       "checkmongolia": "Montsame"}.items():
        assert lines(name, mark) == ["news"], name  # an agency's credit under its story
    for name, start in {"mediaoutreach": "Hashtag:", "presseportal": "Original content from",
                        "seedhealth": "Copenhagen (Denmark), February 5", "seedtwostories": "Alexandria (Egypt)",
                        "saafrica": "Johannesburg, South Africa", "standardsbody": "About ICSC",
                        "hkpaper2": "HONG KONG SAR - Media OutReach"}.items():
        assert lines(name, start) == ["press_release"], name
    assert lines("mediaoutreach", "The issuer is solely") == ["press_release"]  # the distributor's note
    assert [got for _, _, got in _labelled_example("submittedpr", default)][2:8] == ["press_release"] * 6


@pytest.mark.parametrize("name", ["agencypagepr", "arkwellrelease", "arkwellstory", "bizteaserwithsaid",
                                  "companynewsfeed", "gulfpaperpr", "gulfpaperstory", "hospitalfoundation",
                                  "localhospitalbiz", "localtvnews", "newsaboutmp", "newsfromrelease",
                                  "newsstoryaboutaward", "ngoreportpr", "nonprofitpr", "phpaper", "pkpaper",
                                  "policestorypaper", "pressreleasepage", "prsiteteaser", "researchnews",
                                  "researchrel3", "scipr", "seedafp2", "seedanadolu", "seedappt", "seedbernama2",
                                  "seedcompanystory", "seedcountrynews", "seedemdash", "seedfrench", "seedgovnews",
                                  "seedhospitalteaser", "seedmixed1", "seedmixed2", "seedmixed3", "seedngoteaser",
                                  "seednodeskteaser", "seedpartner", "seedpresenttense", "seedpti2", "seedsportnews",
                                  "seedteamnews", "seedteasertwo", "seedunidesk", "seedvar17", "seedvar18",
                                  "seedvar19", "seedvar20", "seedvar21", "seedvar22", "seedvar23", "seedvar24",
                                  "seedvar25", "seedvar26", "seedyonhap2", "stockexchangeannouncement",
                                  "teasernodatelineno", "townnews", "wirestorynopaper"])
def test_fifty_seventh_round_pages(default, name):
    """Pages written in the fifty-seventh round (65; these 60 with at most a tenth of their
    lines wrong), dated 2027: thirty-odd pages laid out as the reference page is (an agency's
    story - Xinhua, PAP, Anadolu, Bernama, Yonhap, PTI, AFP, IANS - over "More news" teasers)
    whose release teasers open "Verdana Bio, a Brazilian food company, has raised", "Kota
    Kinabalu, March 8: Sawit Hijau Berhad has opened", "Merlion Foods has won" (with the fifty-
    sixth round's code, every line of most of those teasers read as news), among news teasers
    that must stay news ("Beijing, March 2: China has launched", a club's "has signed Uruguayan
    striker", teasers whose leads say who said it); a company's release, its newsroom and a
    business journal's story of the same deal; a Gulf paper's release and story; releases of a
    hospital foundation, a council, a city, a university, an NGO, an ASX miner and a police force,
    and the stories papers wrote from them. Left out (README, RESULTS): a credit union's release
    printed by a paper with no marker of its own, a council's, a union's and an MP's short
    releases whose paragraphs read as chrome ("Teachers" reads as a menu's word), a police
    appeal's first paragraph."""
    rows = _labelled_example(name, default)
    wrong = [(text[:40], want, got) for want, text, got in rows if want != got]
    assert len(wrong) <= len(rows) // 10, wrong


@pytest.mark.parametrize("name", ["checkseed2a", "checkseed2b", "checkseed2c", "checkseed2d", "checkseed2e",
                                  "checkseed2f", "checkseed2g", "checkseed2h", "checkseed2i", "checkseed2j",
                                  "checktrapcountry", "checktrapsport"])
def test_fifty_seventh_round_check_pages(default, name):
    """Twelve pages written as a check after the round's teaser rules (106 of their 133 lines
    right with the fifty-sixth round's code, 127 with the rules as they then were; the six
    lines left were two teasers whose issuers' names end in "Centres" and "Academy", which the
    list of organisations' last words then took: 133), among them a person's and a country's
    act under a dateline in a news teaser, which stay news."""
    rows = _labelled_example(name, default)
    assert [(text[:40], got) for want, text, got in rows if want != got] == []


def test_fifty_seventh_round_rules_on_their_pages(default):
    """The lines this round's rules are for, each right on its page."""
    def lines(name, start):
        return [got for _, text, got in _labelled_example(name, default) if text.startswith(start)]

    for name, start in {"seedafp2": "Sao Paulo, Brazil, March 2", "seedvar21": "Santiago, Chile",
                        "seednodeskteaser": "Steppe Grain Holding, Kazakhstan", "seedbernama2": "Kota Kinabalu",
                        "seedvar20": "Cairo, Egypt", "seedteasertwo": "Osaka, Japan, March 5",
                        "teasernodatelineno": "Merlion Foods has won", "seedhospitalteaser": "Chiang Mai, Thailand",
                        "checkseed2d": "Nairobi, Kenya, March 8", "checkseed2e": "Karachi, Pakistan"}.items():
        assert lines(name, start) == ["press_release"], name
    for name, start in {"seedcountrynews": "Beijing, March 2", "seedteamnews": "Buenos Aires, March 6",
                        "seedsportnews": "London, March 5", "checktrapsport": "Singapore, March 12",
                        "checktrapcountry": "Hanoi, March 11", "bizteaserwithsaid": "Sydney, March 4"}.items():
        assert lines(name, start) == ["news"], name


@pytest.mark.parametrize("name", ["councilnews", "einpresswire3", "gnwstyle2", "indianpaper", "seedbyagencyonly",
                                  "seedleadfirst", "seedsponsoredlabel", "seedtimeago", "sportsstorypaper",
                                  "statedeptpr", "storywithcaptions", "uspaperprteaser"])
def test_fifty_seventh_round_last_pages(default, name):
    """Fifteen pages written last, after all of the round's rules but one (148 of their 172
    lines right with the fifty-sixth round's code, 160 with the rules as they then were, 163
    with "will add", which `seedsponsoredlabel` called for); these twelve with at most a tenth
    of their lines wrong. Left out: a teaser's "2 days ago" read as chrome (`seedkicker3`), a
    teaser with no date line whose lead says "that it says" (`seedtwoteasersnodate`), a club's
    short release whose last sentences read as chrome (`sportsclubsite`)."""
    rows = _labelled_example(name, default)
    wrong = [(text[:40], want, got) for want, text, got in rows if want != got]
    assert len(wrong) <= len(rows) // 10, wrong


@pytest.mark.parametrize("name", ["r58afpbiz", "r58agencyani", "r58airport", "r58anadolustyle", "r58apstation",
                                  "r58bankcaps", "r58bernamastyle", "r58bizteasernews", "r58bwfull",
                                  "r58corpnewsroom", "r58courtstory", "r58egypt", "r58footballassoc",
                                  "r58gulfstaff", "r58hospitalpr", "r58indiastaff", "r58jcnteaser", "r58kenyaseed",
                                  "r58latam", "r58leadaniwire", "r58leadannounces", "r58leadbased",
                                  "r58leaddescriptor", "r58leadhasannounced", "r58leadperson", "r58leadprefix",
                                  "r58leadprn", "r58leadwhich", "r58liveblog", "r58maindateline2", "r58mainlong",
                                  "r58mainnodate", "r58mainquote", "r58mainslash", "r58mainsourceline",
                                  "r58maintwoparas", "r58ministry", "r58museum2", "r58newsaboutpr",
                                  "r58newsfromuni", "r58ngopr", "r58philstory", "r58policeappeal",
                                  "r58pressoffice", "r58prmain", "r58prstorymain", "r58recallpr",
                                  "r58regionalagency", "r58schoolnews", "r58seedellipsis", "r58seedngo",
                                  "r58seedpresent", "r58seedretail", "r58seedtrap", "r58seedtwo", "r58seeduni",
                                  "r58seedvoice", "r58sportsclub", "r58sportsteaser", "r58staffmain",
                                  "r58staffmain2", "r58staffmain3", "r58staffteasers", "r58techtrade",
                                  "r58thinktank", "r58trapnoattr", "r58utility", "r58wamstyle", "r58xinhuapak", "r58b2wire",
                                  "r58b2twoleads", "r58b2hyphen", "r58b2amp", "r58b2noyearday", "r58b2ngoteaser",
                                  "r58b2twoprteasers", "r58b3oneword", "r58b3oneword2", "r58b3oneword3",
                                  "r58b3twoword"])
def test_fifty_eighth_round_pages(default, name):
    """Pages written in the fifty-eighth round (88; these 80 with at most a tenth of their
    lines wrong), dated 2027 and 2028: seed-like pages (an agency's story - Xinhua, ANI, Bernama,
    WAM, Anadolu, Kyodo, AFP - over teasers) whose release teasers' leads sit under headlines in
    sentence case, open with a phrase, a descriptor or a person's title ("Leading hospitality
    brand Coral Bay Hotels has opened", "In a first for Pakistan's textile industry, Ravi
    Textiles Limited has been certified") or say it in the present tense (with the fifty-seventh
    round's code their every line read as news), and twelve more written last (dates after a
    dash or with the day first, names with "&" or "for" and no organisation's word, one-word
    brands); issuers' own pages (a hospital whose name
    has "St.", a bank whose masthead is in capitals, a water company that says "our network
    manager"); papers' staff stories and news teasers that must stay news. Left out (README,
    RESULTS): a teaser's lead that says "the company said in a statement" (`r58leadsaid`) or
    opens with its chairman's quote (`r58b2quoteteaser`), a
    public body's act in a news teaser with no one said it (`r58trapnoattr2`, read as a
    release), an address under a release on its issuer's site (four pages), a photo's caption and
    an agency's "Editor:" line (`r58mainphoto`)."""
    rows = _labelled_example(name, default)
    wrong = [(text[:40], want, got) for want, text, got in rows if want != got]
    assert len(wrong) <= len(rows) // 10, wrong


@pytest.mark.parametrize("name", ["r58antara", "r58bss", "r58checkbd", "r58checkgh", "r58checkke2", "r58checkkz",
                                  "r58checkmy2", "r58checkng", "r58checkth", "r58checktrapair", "r58checkvn",
                                  "r58chk2chile", "r58chk2eth", "r58chk2kz", "r58chk2mx", "r58chk2ng", "r58chk2pk",
                                  "r58chk2trap", "r58chk2ukr", "r58kuna", "r58lusa", "r58mena", "r58pna",
                                  "r58prensa", "r58qna", "r58sana", "r58shortafp", "r58shortkpl",
                                  "r58shortreuters", "r58shortrss", "r58shortstaff", "r58shortunb", "r58tass"])
def test_fifty_eighth_round_check_pages(default, name):
    """Pages written as checks after the round's rules, seed-like (national agencies' stories,
    short ones too, over release teasers, and news teasers that must stay news), every line
    right: 33 pages, 412 lines; 324 right with the fifty-seventh round's code. Each batch
    found a little the rules then missed, which they now take (RESULTS): "JSC", a bank named
    "Banco ...", a lead in the past tense or "was named", "Lines", a winery named "Viña ...",
    a short story's lead and credit of a national agency, listed or not."""
    rows = _labelled_example(name, default)
    assert [(text[:40], got) for want, text, got in rows if want != got] == []


def test_fifty_eighth_round_rules_on_their_pages(default):
    """The lines this round's rules are for, each right on its page."""
    def lines(name, start):
        return [got for _, text, got in _labelled_example(name, default) if text.startswith(start)]

    for name, start in {"r58egypt": "Cairo, October 12", "r58leadprefix": "Lahore, January 3",
                        "r58leaddescriptor": "Panaji, January 3", "r58leadperson": "Chennai, January 3",
                        "r58seedpresent": "Colombo, December 18", "r58lusa": "Maputo, January 9",
                        "r58pna": "Davao City, January 9", "r58hospitalpr": "St. Brendan's Health has opened",
                        "r58bankcaps": "Kestrel Bank is cutting", "r58utility": "Customers in parts of Eastdale",
                        "r58b2hyphen": "Herat - January 12", "r58b2noyearday": "Zagreb, 12 January",
                        "r58b2amp": "San José, January 12", "r58b2ngoteaser": "Mogadishu, January 12"}.items():
        assert lines(name, start) == ["press_release"], name
    for name, start in {"r58antara": "Jakarta (ANTARA)", "r58shortunb": "UNB", "r58qna": "QNA",
                        "r58gulfstaff": "Sharjah, December 19", "r58chk2trap": "Riyadh, January 10",
                        "r58chk2ng": "Lagos, January 10", "r58staffteasers": "Srinagar, Jan 5"}.items():
        assert lines(name, start) == ["news"], name
    for name, start in {"r58prstorymain": "Disclaimer: This story is provided"}.items():
        assert lines(name, start) == ["boilerplate"], name


@pytest.mark.parametrize("name", ["r59bbcish", "r59chromemodern", "r59cityrelease", "r59clubmatch",
                                  "r59companynewsroom", "r59companystatementnews", "r59einstyle",
                                  "r59govministry", "r59guardianish", "r59indianinline", "r59koreaherald",
                                  "r59localpaperchurn", "r59mprelease", "r59newsaboutrelease",
                                  "r59newsupdated", "r59newswireportal", "r59ngpaper", "r59nodatelineteaser",
                                  "r59oped", "r59policefb", "r59prfls", "r59prosecutor", "r59quotetrap",
                                  "r59releasequotes", "r59sapaper", "r59seedagencyteaserpr", "r59seedansa",
                                  "r59seedapp", "r59seedaspart", "r59seedbss", "r59seedbylinepr",
                                  "r59seedcolon", "r59seedcredittass", "r59seedcurly", "r59seeddatefirst",
                                  "r59seedendash", "r59seedfundraise", "r59seedhindi", "r59seedhospitalteaser",
                                  "r59seedinline", "r59seedinlinetrap", "r59seedkicker", "r59seedmainpr",
                                  "r59seedmenafn", "r59seedmti", "r59seednewsteaser", "r59seedngowelcomes",
                                  "r59seedpetra", "r59seedpnn", "r59seedquoteheadline", "r59seedsidebarfirst",
                                  "r59seedtourismteaser", "r59seedtrapbodyact", "r59seedtwoprnodesk",
                                  "r59seedtwostories", "r59seedtwoteaserstrap", "r59seeduniteaser",
                                  "r59seedweekday", "r59seedxinhuaug", "r59seedzawya", "r59storystatement",
                                  "r59teaserabove", "r59toistyle", "r59unistory", "r59ustv"])
def test_fifty_ninth_round_pages(default, name):
    """Pages written in the fifty-ninth round (67, and a check page with two lines wrong; these
    65 with at most a tenth of their lines wrong), dated 2027 and 2028: seed-like pages whose release teasers' leads name
    their issuers with words last round's lists lacked ("Garments", "Cellars", "Exporters",
    "Hub", "Delta Pharma Egypt", "Co., Ltd."), do what they lacked ("has welcomed", "has
    connected", "has drilled", "has signed agreements") or open "As part of ...", sit under a
    distribution service's byline ("By NewsVoir") or share a line with their headline; a
    partner's teaser over a business paper's story; issuers' newsrooms (a company, a ministry,
    a university, a club, a prosecutor, a city, police); papers' stories with a newsletter
    call between paragraphs and a quote at their foot. Left out (README, RESULTS): a club's
    kit deal (`r59seedsportsclub`: "Club" is no organisation's word, as a club's signing is
    news), a masthead in capitals and a caption (`r59regionalpaper`), a startup's post whose
    headline reads as news and its "· 3 min read" date as chrome (`r59chkstartupblog`)."""
    rows = _labelled_example(name, default)
    wrong = [(text[:40], want, got) for want, text, got in rows if want != got]
    assert len(wrong) <= len(rows) // 10, wrong


@pytest.mark.parametrize("name", ["r59chk3fiji", "r59chk3jamaica", "r59chk3mongolia", "r59chk3tanzania",
                                  "r59chk3trap", "r59chk4aniprn", "r59chk4ngo", "r59chk4topabove",
                                  "r59chk4univ", "r59chk5chile", "r59chk5egypt", "r59chk5kazakh",
                                  "r59chk5lanka", "r59chk5nepal", "r59chkaniwire", "r59chkfarmpaper",
                                  "r59chkgeorgia", "r59chkghana2", "r59chkgulfpr", "r59chkhospital",
                                  "r59chkkbc", "r59chkmorocco", "r59chkperu", "r59chkphil", "r59chksenegal",
                                  "r59chktechsponsored", "r59chkunipage", "r59chkuzbek"])
def test_fifty_ninth_round_check_pages(default, name):
    """Pages written as checks after the round's rules (seed-like pages from countries the
    round had not written, a Gulf paper's "Press Releases", a tech site's "Sponsored", an
    Indian agency's paid-release teasers, issuers' own pages), every line right: 28 pages,
    350 lines; 320 right with the fifty-eighth round's code. Each batch found a little the
    rules then missed, which they now take (RESULTS): "Cellars", "has connected", "Press
    Releases" over teasers with no dateline, "Cashmere", "has drilled", "Exporters", a
    country's name after "Pharma"."""
    rows = _labelled_example(name, default)
    assert [(text[:40], got) for want, text, got in rows if want != got] == []


def test_fifty_ninth_round_rules_on_their_pages(default):
    """The lines this round's rules are for, each right on its page."""
    def lines(name, start):
        return [got for _, text, got in _labelled_example(name, default) if text.startswith(start)]

    for name, start in {"r59seedaspart": "Ho Chi Minh City (Vietnam), March 28",
                        "r59seedngowelcomes": "Dhaka (Bangladesh), June 3",
                        "r59teaserabove": "Orinda Capital, an independent", "r59seedbylinepr": "By NewsVoir",
                        "r59seedinline": "Sakura Drone Systems Inc.",
                        "r59seedtwostories": "Phnom Penh (Cambodia), July 20",
                        "r59chkgulfpr": "Desert Bloom Hospitality has", "r59chk5egypt": "Cairo (Egypt), October 3",
                        "r59seedinlinetrap": "Abyssinia Leather Works"}.items():
        assert lines(name, start) == ["press_release"], name
    for name, start in {"r59sapaper": '"We had just started', "r59seedapp": "—APP",
                        "r59seedinlinetrap": "Kenya's tea auction",
                        "r59chk3trap": "Hanoi (Vietnam), February 5"}.items():
        assert lines(name, start) == ["news"], name
    for name, start in {"r59newsupdated": "Sign up for our daily", "r59einstyle": "Distribution channels:"}.items():
        assert lines(name, start) == ["boilerplate"], name



@pytest.mark.parametrize("name", ["r60chk3comments", "r60churnbody", "r60cityhall", "r60companyblog",
                                  "r60corpnewsroom", "r60fmt0", "r60fmt1", "r60fmt2", "r60fmt3", "r60fmt4",
                                  "r60fmt5", "r60fmt6", "r60fmt7", "r60lastbotswana", "r60lastgeorgia",
                                  "r60lastgulfpr", "r60lastnewsdesk", "r60lastpanama", "r60localtv",
                                  "r60mixedteasers", "r60newsfundraise", "r60newsonrelease", "r60newsquotesrelease",
                                  "r60ngostatement", "r60seedanadolu", "r60seedaniwire", "r60seedansa2",
                                  "r60seedbernamapr", "r60seedbss2", "r60seedbywire", "r60seedcambodia",
                                  "r60seedcompanynews", "r60seedcorpnewshead", "r60seeddashdate", "r60seedefe",
                                  "r60seedghanateasers", "r60seedgovpr", "r60seedkuna", "r60seedlankateasers",
                                  "r60seedmena", "r60seedmianews", "r60seednewsvoirbody", "r60seedngoteaser",
                                  "r60seedperu", "r60seedpressaboutbody", "r60seedpressreleasehead", "r60seedpti",
                                  "r60seedsenegal", "r60seedspa", "r60seedstartupteaser", "r60seedtass",
                                  "r60seedtodaysigned", "r60seeduniteaser", "r60seedwam", "r60seedwith",
                                  "r60seedyonhap", "r60sportsreport", "r60trapcapsdateline", "r60trapnewsteasers",
                                  "r60uninews", "r60wirestory"])
def test_sixtieth_round_pages(default, name):
    """Pages written in the sixtieth round (64; these 61 with at most a tenth of their lines wrong),
    dated 2028: seed-like pages of national agencies (KUNA, Bernama, Yonhap, WAM, SPA, TASS,
    EFE, ANSA, BSS, Nepal's RSS, APP) whose stories' leads credit the agency in the dateline
    ("Dhaka, Feb 19, 2028 (BSS) - ... today signed", read as a release, every line, with last
    round's code), whose dates are written with dashes or dots ("Wed 12-04-2028 14:22",
    "14-09-2028") or between headline and lead ("Thursday, 18 May 2028 - 06:12 GMT"), whose
    release teasers open on a place with a particle ("Santiago de Chile"), a month in capitals
    ("VERONA, APR 15 -"), a place in capitals and a dash ("CAIRO --") or name their issuers
    with words the lists lacked; eight pages with the reference page's layout and the date and
    credit written eight ways; issuers' newsrooms and a release run whole by a local paper;
    traps: news teasers of companies and a bank ("has raised its forecast ..., citing"); a
    university's, a charity's and a software company's own pages, a wire's release page, a
    paper's story on a recall, a match report; teasers under "Corporate News", "Brand Post" and
    "Press Release".
    Left out (README, RESULTS): a commenter's words under a stamp (`r60chk3comments`), a
    grower named "Flores del Ecuador" (`r60chk4ecuador`: no organisation's word), a release's
    short sentence between its paragraphs (`r60seedpressaboutbody`), a news teaser's date in
    dots under a lead with no date (`r60seedanadolu`), a mill's "has resumed production" under
    "Industry News" (`r60seedbrandpost`: no act the lists have). Six pages (`r60last*`) were
    written after the rules were frozen, as a measure only: 66 of 69 lines right, as with last
    round's code (left: "Coral Reef Divers Academy has certified its 1,000th diving student",
    `r60lastmaldives`: no act the lists have)."""
    rows = _labelled_example(name, default)
    wrong = [(text[:40], want, got) for want, text, got in rows if want != got]
    assert len(wrong) <= len(rows) // 10, wrong


@pytest.mark.parametrize("name", ["r60chk2dar", "r60chk2headdate", "r60chk2lusa", "r60chk2pressdate", "r60chk2rio",
                                  "r60chk2unb", "r60chk3korea", "r60chk3nigeria", "r60chk3oman", "r60chk3santo",
                                  "r60chk4armenia", "r60chk4laos", "r60chk4mongolia2", "r60chk4trap2",
                                  "r60chk5cuba", "r60chk5iran", "r60chk5kenya3", "r60chk5sudan",
                                  "r60chk5taiwanstyle", "r60chkbolivia", "r60chkfijitrap", "r60chkjordan",
                                  "r60chkkyrgyz", "r60chkmalawi", "r60chkmyanmar", "r60chkthailand",
                                  "r60chkzimbabwe"])
def test_sixtieth_round_check_pages(default, name):
    """Pages written as checks after the round's rules (seed-like pages from countries the
    round had not written, a Taiwanese agency's story, dash dates in a release's newsroom and a comment block, news
    teasers of a cocoa board, a club and a cement maker that must stay news), every line
    right: 27 pages, 307 lines; 280 right with the fifty-ninth round's code. Each batch found a
    little the rules then missed, which they now take (RESULTS): "has graduated", "has
    provided", "Treks"; "Quinta do ...", "Vinicola ..."; "Fisheries"; "has reopened", "has
    showcased", "Tools", a Taiwanese agency's "Enditem/AW" and "(By Lin Mei-hua)"."""
    rows = _labelled_example(name, default)
    assert [(text[:40], got) for want, text, got in rows if want != got] == []


def test_sixtieth_round_rules_on_their_pages(default):
    """The lines this round's rules are for, each right on its page."""
    def lines(name, start):
        return [got for _, text, got in _labelled_example(name, default) if text.startswith(start)]

    for name, start in {"r60seedbss2": "Dhaka, Feb 19, 2028 (BSS)", "r60seedtodaysigned": "Kathmandu, Feb 2, 2028",
                        "r60seedmena": "Thursday, 18 May 2028", "r60seedwam": "Wed 12-04-2028",
                        "r60seedefe": "jm/sc", "r60seedstartupteaser": "(With inputs from agencies)",
                        "r60chk2headdate": "Sunday, 9 July 2028", "r60trapcapsdateline": "WASHINGTON --",
                        "r60chk4trap2": "ACCRA -- The Cocoa Marketing Board"}.items():
        assert lines(name, start) == ["news"], name
    for name, start in {"r60seedefe": "Santiago de Chile, Jun 2", "r60seedansa2": "VERONA, APR 15",
                        "r60seedmena": "CAIRO -- Faros Fintech", "r60seedwam": "Wed 10-04-2028",
                        "r60chk2lusa": "PORTO, FEB 16", "r60seedperu": "Arequipa (Peru)",
                        "r60chk2pressdate": "12-03-2028", "r60seedbrandpost": "Zuma Foods has introduced",
                        "r60seedpressreleasehead": "Karachi, November 17", "r60companyblog": "March 28, 2028",
                        "r60ngostatement": "Clean Rivers Alliance is a charity"}.items():
        assert lines(name, start) == ["press_release"], name
    for name, start in {"r60chk5taiwanstyle": "(By Lin Mei-hua)"}.items():
        assert lines(name, start) == ["news"], name
    for name, start in {"r60chk3comments": "14-03-2028 18:22"}.items():
        assert lines(name, start) == ["boilerplate"], name


@pytest.mark.parametrize("name", ["r61aap", "r61aapnews", "r61agencysite1", "r61agencysite2", "r61agencysite3",
                                  "r61agencysite4", "r61agerpres", "r61airlinepr", "r61anadolu", "r61aninews",
                                  "r61aninewsvoir", "r61anipnn", "r61aps", "r61ausmp", "r61bna", "r61bta",
                                  "r61capsheadline", "r61centralbanknews", "r61chromenews", "r61churchpr",
                                  "r61clubsigning", "r61congress", "r61coopr", "r61creditunionpr", "r61cryptopr",
                                  "r61embassypr", "r61embassyteaser", "r61gulfnews", "r61healthnews",
                                  "r61healthrelease", "r61hina", "r61hkexteasers", "r61hospitalpr", "r61irna",
                                  "r61jiji", "r61kazinform", "r61lastagency", "r61lastcouncilpr", "r61lastmongolia",
                                  "r61lastngo", "r61lawfirmpr", "r61librarypr", "r61liveblog", "r61map",
                                  "r61ministerstatement", "r61ministrypr", "r61miragegov", "r61mixteasers1",
                                  "r61mixteasers2", "r61mixteasers3", "r61museumpr", "r61museumteasers",
                                  "r61newsbullets", "r61newssubheads", "r61ngopr", "r61ngostatement",
                                  "r61ngoteasers", "r61partypr", "r61photocaptions", "r61policepr",
                                  "r61pollcomments", "r61portalpartner", "r61portauthoritypr", "r61pressquotes",
                                  "r61prosecutor", "r61prosecutornews", "r61prwire", "r61ptiteaser", "r61recallnews",
                                  "r61recallpr", "r61releasebullets", "r61schooldistpr", "r61schoolnews",
                                  "r61seedlike1", "r61seedlike2", "r61seedlike3", "r61seedlike5", "r61seedlike7",
                                  "r61seedlike8", "r61suna", "r61tanjug", "r61tap", "r61teachersunionpr",
                                  "r61teaserdatefirst", "r61teaserreadmore", "r61teasersabove", "r61telcopr",
                                  "r61trapaddressnews", "r61trapnewsteasers", "r61trend", "r61trialpr",
                                  "r61tweetembed", "r61ukrinform", "r61unionnews", "r61unionpr", "r61uniresearch",
                                  "r61wamstory", "r61zawyastyle", "r61zoopr"])
def test_sixty_first_round_pages(default, name):
    """Pages written in the sixty-first round (108; these 99 with at most a tenth of their lines
    wrong), dated 2028: stories of national agencies whose credits the earlier rounds had not
    written (Kazinform's "ASTANA. KAZINFORM -", Trend's "BAKU, ... Trend:", "/Agerpres/", Jiji,
    AAP, BTA, TAP, BNA, IRNA, Anadolu's "(AA)", Hina, Tanjug, Ukrinform, SUNA, APS, MAP, WAM's
    "WAM/reporter/editor", APP's "APP/abc/xyz") and four agencies' own sites; the own pages of
    issuers of kinds the corpora have few of (a police department, a school district, a
    diocese, an embassy, a trade union, a credit union, a party, a museum, a law firm, a
    charity, a hospital, a sports federation, a ministry, a central bank, a port authority, a
    zoo, a library, a dairy cooperative, a telecom, an airline, a festival, a club's signing)
    and news stories on the same events; seed-like pages whose release teasers name embassies,
    dioceses, cities, colleges "of" a field, tickers, "today said it has", "has switched",
    "the official partner", "Distillers", "Ferries", or have no headline (a lead under "More
    news" or "Read more »"); a health site's section name that its menu lists; an earnings
    release's list of points; an "About the X" block; a site that reposts releases with
    "Source: X" and X under the headline; traps: news teasers of a city, an airline, a
    university and a federation that say who said it, a paper's footer address, a
    "Union" nameplate.
    Left out (README, RESULTS): a reposted university release's later paragraphs, which the
    linear model reads as news past any marker (`r61miragestyle`); "has confirmed"
    (`r61fedteasers`), "on Monday announced" (`r61seedlike4`), "its chief executive said"
    (`r61seedlike6`) and names with no organisation's word ("Flores del Valle", "Tequila Agave
    Azul": `r61seedlike9`) in release teasers; a central bank's signature under its statement
    (`r61centralbankpr`); a release's short last sentence ("Tickets will go on sale in
    January.", `r61sportsfedpr`, `r61festivalpr`); a reporter's bare name between the headline
    and the lead (`r61lastlocalnews`). Five pages (`r61last*`) were written after the rules
    were frozen, as a measure only: 51 of 52 lines right (46 with last round's code)."""
    rows = _labelled_example(name, default)
    wrong = [(text[:40], want, got) for want, text, got in rows if want != got]
    assert len(wrong) <= len(rows) // 10, wrong


def test_sixty_first_round_rules_on_their_pages(default):
    """The lines this round's rules are for, each right on its page."""
    def lines(name, start):
        return [got for _, text, got in _labelled_example(name, default) if text.startswith(start)]

    for name, start in {"r61unionpr": "The Allied Health Workers Union has welcomed",
                        "r61creditunionpr": "Lakeshore Credit Union has awarded",
                        "r61embassyteaser": "Merovia City, Nov 10:", "r61ngoteasers": "Millbrook (US), June 1:",
                        "r61mixteasers1": "Arusha (Tanzania), October 2:", "r61mixteasers2": "Davao (Philippines)",
                        "r61mixteasers3": "Santiago (Chile), July 11:", "r61seedlike1": "Ho Chi Minh City",
                        "r61seedlike2": "Surabaya (Indonesia)", "r61seedlike3": "Antofagasta (Chile)",
                        "r61seedlike7": "Stellenbosch (South Africa)", "r61teaserreadmore": "Kumasi (Ghana)",
                        "r61teaserdatefirst": "Lagos (Nigeria), December 14:",
                        "r61portauthoritypr": "About the Port Authority of Kestrel Bay",
                        "r61librarypr": "The Oak Hollow Public Library will extend",
                        "r61releasebullets": "- EBITDA of NOK 240 million",
                        "r61miragestyle": "Researchers at Westmoor University"}.items():
        assert lines(name, start) == ["press_release"], name
    for name, start in {"r61agencysite4": "APP/abc/xyz", "r61wamstory": "WAM/Rasha Abubaker",
                        "r61trapnewsteasers": "Nairobi (Kenya), October 5:",
                        "r61trapaddressnews": "The Oak Hollow Public Library will open",
                        "r61unionnews": "The Allied Health Workers Union said on Tuesday"}.items():
        assert lines(name, start) == ["news"], name
    for name, start in {"r61healthnews": "Health"}.items():
        assert lines(name, start) == ["boilerplate"], name


@pytest.mark.parametrize("name", ["r6224kg", "r62adaptedfrom", "r62akipress", "r62akp", "r62antara", "r62antaraprn",
                                  "r62apaots", "r62apstyle", "r62armenpress", "r62authorbio", "r62azertac",
                                  "r62basedonnews", "r62basedonrelease", "r62bbcstyle", "r62belga", "r62bns",
                                  "r62brief1", "r62brief2", "r62brief4", "r62bsscredit", "r62captions",
                                  "r62ceosaidrelease", "r62cision", "r62comments", "r62companyblog",
                                  "r62disclaimerrepost", "r62editorsnote", "r62elta", "r62err", "r62forwardlooking",
                                  "r62gna", "r62hasconfirmed", "r62hasconfirmednews", "r62hashend", "r62heavychrome",
                                  "r62heavychromepr", "r62imfnews", "r62infoprovided", "r62inlinekicker",
                                  "r62interfax", "r62lastnews", "r62lastngo", "r62lastrepost", "r62lastseed",
                                  "r62lastwire", "r62localpolicerelease", "r62medianet", "r62ministertoday",
                                  "r62modernchrome", "r62mynewsdesk", "r62newsaboutpaid", "r62newsaboutwater",
                                  "r62newsfromrelease", "r62newsletterinside", "r62newsteaserunder", "r62ngo",
                                  "r62nnn", "r62notimex", "r62paidpost", "r62photocredit", "r62prcom",
                                  "r62pressreleasefrom", "r62pressroomlist", "r62prlisting", "r62prweb",
                                  "r62prwebteaser", "r62quotesstatement", "r62redcross", "r62relatedsummaries",
                                  "r62responsestatement", "r62resultstable", "r62sciencedailystyle",
                                  "r62seedlowerheadline", "r62seedtwoagency", "r62seedyearteaser", "r62send2press",
                                  "r62send2pressteaser", "r62shortnews", "r62sourcepressrelease", "r62speechnews",
                                  "r62staffnewssamestory", "r62teaserpleased", "r62teasertodayopens", "r62technews",
                                  "r62technews2", "r62tvstation", "r62twoteasers", "r62unhcr", "r62univnewsroom"])
def test_sixty_second_round_pages(default, name):
    """Pages written in the sixty-second round (111; these 89 with at most a tenth of their lines
    wrong), dated 2028-2029: stories of agencies whose credits the earlier rounds had not
    written (Antara, Belga, Notimex, ELTA, BNS, ERR, AKIpress, 24.kg, Armenpress, AZERTAC,
    Interfax, GNA, NNN, AKP, "BSS/Xinhua"); releases on distribution services none had (PRWeb,
    Send2Press, PR.com, Cision's "/CNW/", Mynewsdesk, an Austrian "(OTS)", Kyodo JBN, Medianet,
    "/ANTARA/PRNewswire/") and their teasers on news sites; an issuer's "has confirmed", "its
    chief executive said", "today opens", "is pleased to announce", "####" and a period's
    highlights; international bodies' releases (a refugee agency's briefing, an aggregator's
    post of a food agency's release with its "Source:" field, a Red Cross's, a ministry's
    speech) and stories on the same events; local sites that repost an organisation's text
    and say so ("The following is a press release from X:", "— Press release from X",
    "Source: X press release", "Information provided by X", "This article is based on a
    press release from X", "Editor's note: This is a press release from X"); short stories
    under a share bar; a reader's letter "Submitted by" a person; traps: stories on the same
    events as the releases, a tech site's "today launches", a story "based on reporting by
    Reuters".
    Left out (README, RESULTS): a reposted release under an agency's kind of dateline as a
    page's main text (`r62reverseseed`), a science portal's release under the issuer's name
    alone (`r62eurekalert`), a company's open letter in its own voice (`r62openletter`), a live
    blog's entries (`r62liveupdates`), a speech's title and "Check against delivery"
    (`r62speech`), "said it has", "has confirmed", "on Monday announced" and "that it says" in
    release teasers (`r62seedsaidteaser`, `r62teaserconfirmed`, `r62onmondayannounced`,
    `r62cookies`), a short release's headline parted from its body by a share bar
    (`r62shortpr2`). Five pages (`r62last*`) were written after the rules were frozen, as a
    measure only: 43 of 48 lines right (37 with last round's code); a local site's repost
    credited "— News release from X" under it, read as chrome, moved its text too little
    (`r62lastrepost`), and since such a credit under a kept line is kept (release_credit_lines)
    all 48 are."""
    rows = _labelled_example(name, default)
    wrong = [(text[:40], want, got) for want, text, got in rows if want != got]
    assert len(wrong) <= len(rows) // 10, wrong


def test_sixty_second_round_rules_on_their_pages(default):
    """The lines this round's rules are for, each right on its page."""
    def lines(name, start):
        return [got for _, text, got in _labelled_example(name, default) if text.startswith(start)]

    for name, start in {"r62apaots": "Innsbruck (OTS) - Alpenstrom AG",
                        "r62mynewsdesk": "Solbacka Hotels today opens the doors",
                        "r62localpolicerelease": "The Millbrook Police Department is asking",
                        "r62pressreleasefrom": "Coastal Credit Union has named",
                        "r62sourcepressrelease": "Riverside Medical Center opened",
                        "r62infoprovided": "The Harbor County Library will offer",
                        "r62editorsnote": "The Greenfield School District will offer",
                        "r62basedonrelease": "Engineers at the Kestrel Institute",
                        "r62adaptedfrom": "Researchers at Westbrook University",
                        "r62reliefweb": "MAPUTO - The World Food Programme",
                        "r62resultstable": "Q3 2028 highlights",
                        "r62seedyearteaser": "Tarfaya (Morocco), January 2, 2029:",
                        "r62lastrepost": "The Oak Hollow Food Pantry will stay open"}.items():
        assert lines(name, start) == ["press_release"], name
    for name, start in {"r62bbcstyle": "Bus drivers in Greater Manchester",
                        "r62brief3": "By Hannah Lee, business reporter",
                        "r62technews": "Lattice Freight, the Amsterdam-based",
                        "r62staffnewssamestory": "The Greenfield School District will offer",
                        "r62basedonnews": "Kestrel Motors is recalling"}.items():
        assert lines(name, start) == ["news"], name


@pytest.mark.parametrize("name", ["r63aetos", "r63agmnotice", "r63aisummary", "r63albumnews", "r63albumpr",
                                  "r63asxrelease", "r63bookpr", "r63clubmatchreport", "r63clubnews",
                                  "r63coalitionpr", "r63committeenews", "r63committeereport", "r63communique",
                                  "r63companyannouncement", "r63corrected", "r63correction", "r63corrections2",
                                  "r63courtcase", "r63courtpr", "r63dividend", "r63eupresscorner", "r63exhibit991",
                                  "r63exhibitnodateline", "r63exhibitresults", "r63explainer", "r63factcheck",
                                  "r63factsheet", "r63factsheetnews", "r63faqrelease", "r63federationpr",
                                  "r63focustaiwan", "r63insideinformation", "r63interview", "r63keyfacts",
                                  "r63listenarticle", "r63longparagraph", "r63map", "r63marketwrap",
                                  "r63mediaadvisory", "r63newsquotespr", "r63ngoresponse", "r63ngowelcomes",
                                  "r63obituary", "r63paywall", "r63policefbnews", "r63poll", "r63pullquote",
                                  "r63readout", "r63readoutnews", "r63regulatornotice", "r63rthk", "r63scoresreport",
                                  "r63seedadvisory", "r63seedcommunique", "r63seedfactsheet", "r63seedjoint",
                                  "r63seednotice", "r63seedphotorel", "r63seedreadout", "r63seedunstatement",
                                  "r63timeline", "r63tradinghalt", "r63transfernews", "r63translationnote",
                                  "r63trapalliancepaper", "r63trapcourtnews", "r63trapfederationnews",
                                  "r63trapjointnews", "r63trapreadoutnews", "r63trapspokespersonnews",
                                  "r63traptsenews", "r63trapunnews", "r63tsenotice", "r63unmeetings",
                                  "r63unspokesperson", "r63update1", "r63wirenoparagraphs", "r63lastfederation",
                                  "r63lastnews", "r63lastnordic", "r63lastreadout", "r63laststatement"])
def test_sixty_third_round_pages(default, name):
    """Pages written in the sixty-third round (95; these 82 with at most a tenth of their lines
    wrong), dated 2028-2029: what issuers give out under titles no round had written (a
    ministry's "Readout of ...", a UN spokesperson's statement "issued today", a joint
    statement, a communiqué, a fact sheet, a media advisory, a photo release, a court's
    numbered release, an EU press corner's, a regulator's fine), listed companies' disclosures
    (a Japanese "Notice Concerning ...", an "Exhibit 99.1" results release, a Nordic "Stock
    exchange release" and "Company announcement No. 14/2029", "Inside information:", an ASX
    release and trading halt, a dividend, a notice of meeting), an Emirati service's
    "(BUSINESS WIRE/AETOSWire)", campaign groups' and a federation's releases on their own
    sites, "X welcomes today's ..."; news in forms the earlier rounds had not (Reuters-style
    "UPDATE 1-" and "CORRECTED-", an obituary, an explainer in questions, a fact check, a
    timeline, a Q&A interview, an AI summary's key points, a paywall, a correction note, a
    story over a reader poll, line-ups under a match report, agencies' credits: CNA's
    "Enditem/AW", MAP, a Hong Kong broadcaster's); and traps: stories on the same events as the
    releases, a paper named "The Alliance Review", a federation in the news.
    Left out (README, RESULTS): a Reuters "BRIEF-" (`r63briefreuters`), an election's results
    list (`r63electionresults`), releases' short last sentences and their "Quick Facts" or
    "Time:"/"Location:" lines (`r63govnewsroomnews`, `r63jointstatement`, `r63mediaadvisory2`,
    `r63mediastatement`, `r63stockexchangerelease`), a photo release's newsroom name
    (`r63photorelease`), date-less teasers under "Related" (`r63seedinsideinfo`,
    `r63seedstockrelease`), a newsletter post's headline under "Subscribe" (`r63substack`), an
    agency's desk initials (`r63tasr`), a translator's credit (`r63translated`). Five pages
    (`r63last*`) were written after the rules were frozen, as a measure only: 51 of 51 lines
    right (46 with last round's code)."""
    rows = _labelled_example(name, default)
    wrong = [(text[:40], want, got) for want, text, got in rows if want != got]
    assert len(wrong) <= len(rows) // 10, wrong


def test_sixty_third_round_rules_on_their_pages(default):
    """The lines this round's rules are for, each right on its page."""
    def lines(name, start):
        return [got for _, text, got in _labelled_example(name, default) if text.startswith(start)]

    for name, start in {"r63unmeetings": "The following statement was issued today",
                        "r63unspokesperson": "The Secretary-General strongly condemns",
                        "r63readout": "Foreign Minister Elena Petrova spoke today",
                        "r63seedcommunique": "RIYADH, Saudi Arabia--(BUSINESS WIRE/AETOSWire)--",
                        "r63companyannouncement": "Company announcement No. 14/2029",
                        "r63exhibitresults": "Crestline Bancorp, Inc. reported net income",
                        "r63ngoresponse": "Fair Food Alliance welcomes today's ruling",
                        "r63coalitionpr": "Clean Rivers Coalition has filed a lawsuit",
                        "r63ngowelcomes": "Children First Network welcomes today's announcement",
                        "r63insideinformation": "The upgrade reflects higher than expected rates",
                        "r63seedinsideinfo": "Inside information: Nordhavn Shipping A/S"}.items():
        assert lines(name, start) == ["press_release"], name
    for name, start in {"r63keyfacts": "Rainfall in the region was 40 percent",
                        "r63poll": "Cars will be banned from three blocks",
                        "r63electionresults": "Premier Lucas Brandt's Progressive Party won",
                        "r63trapspokespersonnews": "A spokesperson for the Secretary-General said",
                        "r63trapalliancepaper": "Alliance City Council voted 6-1",
                        "r63trapreadoutnews": "A readout of Governor Ruth Harlan's call"}.items():
        assert lines(name, start) == ["news"], name



@pytest.mark.parametrize("name", ["r64adhoc", "r64airport", "r64analysisnews", "r64anniversarypr", "r64appointmentnews",
                                  "r64appointmentpr", "r64barassociation", "r64bloodbank", "r64bracketdate",
                                  "r64cancercharity", "r64capssubheads", "r64certificationpr", "r64chamber",
                                  "r64chromeheavy", "r64coastguard", "r64coastguardnews", "r64contributed",
                                  "r64courtreport", "r64cpinews", "r64cpirelease", "r64dotdate", "r64earningsnews",
                                  "r64emailnewsletter", "r64eqsnews", "r64factbox", "r64filmstudio", "r64firedept",
                                  "r64firenews", "r64fundingnews", "r64fundingpr", "r64gnewsfollow",
                                  "r64grantfoundation", "r64grantnewsteaser", "r64hkgovnews", "r64hkspeech",
                                  "r64jazzfestival", "r64jinanews", "r64jinanewsteasers", "r64jinanoheader",
                                  "r64jinarelease", "r64lottery", "r64militaryrelease", "r64ministryteasers",
                                  "r64newsitemdates", "r64newsroomlisting", "r64numberedpoints", "r64nursesunion",
                                  "r64ordinaldate", "r64parksnotice2", "r64photocreditinline", "r64policelog",
                                  "r64portofkell", "r64pressreleaselabel", "r64pressreview", "r64printview",
                                  "r64prisonservice", "r64probationservice", "r64railways", "r64readmoreinline",
                                  "r64sciencenews", "r64seedbracketdate", "r64seedctk", "r64seeddotdate", "r64seedena",
                                  "r64seedeqs", "r64seedgrant", "r64seedhasissued", "r64seedisodate", "r64seedmap",
                                  "r64seedmti", "r64seedordinal", "r64seedpap", "r64seedprensa", "r64seedreportlaunch",
                                  "r64seedslashdate", "r64seedspace", "r64seedsta", "r64seedtwoagencies",
                                  "r64seedtwoprteasers", "r64seedwafa", "r64seedyonhapappoint", "r64shelter",
                                  "r64slashdate", "r64spacerelease", "r64thinktank", "r64thinktanknews",
                                  "r64transcriptnews", "r64trapairportnews", "r64trapairporttrade", "r64trapdonatenews",
                                  "r64trapdotdatenews", "r64trapfollowingnews", "r64trapgrantnews", "r64traphsj",
                                  "r64trapmilitarynews", "r64trapnewsservice", "r64trapparkstraveler", "r64trapprinted",
                                  "r64traprailtrade", "r64trapticketsnews", "r64traptodayby", "r64traptodayby2",
                                  "r64traptransitnews", "r64trapwatercolumn", "r64uniresearchpr", "r64wayback",
                                  "r64weatherstory", "r64webinarpr", "r64wrapup", "r64lastanimalcharity",
                                  "r64lastforestservice", "r64lastseedgerman", "r64lasttrapnews"])
def test_sixty_fourth_round_pages(default, name):
    """Pages written in the sixty-fourth round (146; these 113 with at most a tenth of their
    lines wrong), dated 2029-2031: pages as scrapers hand them over (a reader service's
    markdown with its "Title:"/"URL Source:" header, an archive's banner, a print view with
    its "Article printed from" footer, a newsletter e-mail, a PDF's text), a government's
    press office ("LCQ7: ..." with "Following is a question by ... and a reply by ...", a
    speech, "Ends/Monday, June 3, 2030", "Issued at HKT 16:20"), public services' notices on
    their own sites (a blood service, a water company, a parks service, a prison service, a
    coast guard under "X | Newsroom"), transport operators' (an airport, a port, a railway),
    membership bodies', charities' and events' (a union, a cancer charity, a jazz festival),
    issuers the rounds had not written (a statistics office, an armed forces' numbered
    release, a space agency, a think tank, a foundation, a film studio, a game publisher, a
    tourism board, a chamber, a lottery, a bar association), German and Swiss issuers'
    datelines ("Hamburg/Warsaw, 14 March 2031.", "Zurich, 12.03.2031 –") and a day as an
    ordinal ("March 21st, 2031"), EQS announcements ("EQS-News:", "End of News"), an earnings
    release's tables and forward-looking note, seed-like pages with such teasers under
    agencies' stories (MTI, PAP, CTK, ANSA, MAP, ENA, Petra, Prensa Latina, STA, WAFA); news
    in forms the rounds had not (a factbox, a wrap-up, a press review, a police log, a
    briefing, a court report, a weather story); and traps: stories on the same events, trade
    papers named for what they cover ("Health Service Review", "National Parks Traveler",
    "Rail Business Daily"), a nonprofit newsroom with "Donate" in its menu, UK stories with "a
    report published today by".
    Left out (README, RESULTS): seed-like teasers with no release marker (a blood service's,
    a water company's, an airport's, a webinar's, an anniversary's: `r64seedbloodteaser`,
    `r64seedcoastguard`, `r64seedairport`, `r64seedpetra`, `r64seedansa`, `r64seedoutage`,
    `r64seedairline`, and "published today by": `r64seedpublished`, `r64seedthinktank`), a
    government's "Question:"/"Reply:"/"President," lines and a transcript's (`r64lcq`,
    `r64seedlcq`, `r64seedquestion`, `r64seedhkgov`, `r64hktranscript`), releases with no
    marker on sites named by no org word (`r64tourismboard`, `r64transitalert`,
    `r64marathon`, `r64sportsfedresults`), a release's tables and contact under its
    forward-looking note (`r64earningstable`). Five pages (`r64last*`) were written after the
    rules were frozen, as a measure only: 49 of 52 lines right (30 with last round's code)."""
    rows = _labelled_example(name, default)
    wrong = [(text[:40], want, got) for want, text, got in rows if want != got]
    assert len(wrong) <= len(rows) // 10, wrong


def test_sixty_fourth_round_rules_on_their_pages(default):
    """The lines this round's rules are for, each right on its page."""
    def lines(name, start):
        return [got for _, text, got in _labelled_example(name, default) if text.startswith(start)]

    for name, start in {"r64lcq": "The Government has opened four new clinics",
                        "r64hktranscript": "Following is the transcript of remarks",
                        "r64hkspeech": "Ends/Monday, June 3, 2030",
                        "r64bloodbank": "The Valdoria Blood Service is urging",
                        "r64coastguard": "KELL, Valdoria — The Coast Guard rescued",
                        "r64prisonservice": "A prisoner who absconded",
                        "r64parkclosure": "Several trails in Kell Highlands",
                        "r64slashdate": "Hamburg/Warsaw, 14 March 2031.",
                        "r64seedslashdate": "Hamburg/Warsaw, 14 March 2031.",
                        "r64ordinaldate": "FENWICK, Valdoria, March 21st, 2031",
                        "r64adhoc": "Solvara AB now expects",
                        "r64eqsnews": "End of News",
                        "r64seedeqs": "EQS-News: Nordwerk Group",
                        "r64airport": "Kell Airport has finished",
                        "r64railways": "Valdoria Railways will restart",
                        "r64portofkell": "The Port of Kell expects",
                        "r64earningstable": "This press release contains forward-looking",
                        "r64nursesunion": "Members of the Valdoria Nurses Union",
                        "r64shelter": "More than 40,000 families",
                        "r64jazzfestival": "The Kell Jazz Festival will return",
                        "r64cancercharity": "A simple blood test"}.items():
        assert lines(name, start) == ["press_release"], name
    for name, start in {"r64printview": "Article printed from",
                        "r64jinarelease": "URL Source:",
                        "r64pressreleaselabel": "The content of this press release"}.items():
        assert lines(name, start) == ["boilerplate"], name
    for name, start in {"r64traphsj": "The chief executive of Kell Valley Hospitals",
                        "r64trapparkstraveler": "Hikers hoping",
                        "r64trapnewsservice": "A prisoner who walked out",
                        "r64trapairporttrade": "Kell Airport has switched on",
                        "r64traprailtrade": "Valdoria Railways will bring back",
                        "r64trapdotdatenews": "Swiss valve maker Helvex",
                        "r64trapdonatenews": "A Valdor Ledger investigation found",
                        "r64traptodayby": "Councils in England are struggling",
                        "r64jinanews": "A temporary flood barrier"}.items():
        assert lines(name, start) == ["news"], name


@pytest.mark.parametrize("name", [
    "r65ambulance", "r65bincollection", "r65botanicgarden", "r65brewery", "r65chessfed", "r65churnstory",
    "r65competitionauth", "r65countyhealth", "r65cyclingteam", "r65dataprotection", "r65earningsabout",
    "r65earningscontact", "r65electionnight", "r65farmcoop", "r65firesafety", "r65governororder", "r65govukstyle",
    "r65heavyagencyseed", "r65heavycorpnewsroom", "r65heavynewssite", "r65heavyprportal", "r65hosepipe",
    "r65hospitalnewsite", "r65hospitalvisiting", "r65indexprovider", "r65lcqanswer", "r65lcqmadam",
    "r65libraryclosure", "r65localtvstory", "r65mdseed", "r65mediasession", "r65missionstatement",
    "r65mountainrescue", "r65museumacquire", "r65newsportalrelease", "r65newsquoterelease", "r65ngonotes",
    "r65operahouse", "r65pensionfund", "r65qatranscript", "r65racepreview", "r65releasenodateline",
    "r65releaseweannounce", "r65researchdoi", "r65schooldistrict", "r65scouts", "r65seedaward", "r65seedbrewery",
    "r65seedcommissioner", "r65seedcompetition", "r65seedcouncil", "r65seedenergy", "r65seedfundreturn",
    "r65seedngoreport", "r65seedpartnership", "r65seedrating", "r65seedscouts", "r65seedtemple",
    "r65seedtwonewsteasers", "r65seedtwoprsandnews", "r65sgmediarelease", "r65sheriffarrests", "r65stateagpr",
    "r65stateroadwork", "r65storypleased", "r65storytodayannounced", "r65techavailability", "r65telcoprice",
    "r65transferrumour", "r65trapassociationstory", "r65trapcathedralteaser", "r65trapcoopstory",
    "r65trapcouncilpaper", "r65trapembassystory", "r65trapfedstory", "r65trapfinenews", "r65trapfoundationnews",
    "r65traphighcourtdaily", "r65traplibrarystory", "r65trapratingnews", "r65traptranscriptstory",
    "r65universitystrike", "r65verdictstory", "r65weatherwarn", "r65wirerelease", "r65realheadline",
    "r65lastgovanswer", "r65lastwildlifetrust", "r65lastseedsportsfed", "r65lastcouncilpr", "r65lastnewsheadline"])
def test_sixty_fifth_round_pages(default, name):
    """Pages written in the sixty-fifth round (105; these 91 with at most a tenth of their
    lines wrong), dated 2030-2031: a government's answers to legislators ("Question:",
    "Reply:", "Madam President,"), its transcripts ("Reporter: ...", "Q: ...") and a mission's
    speech ("Mr President,", "Thank you."), an earnings release's contact blocks under its
    forward-looking note, issuers on their own sites named by what they are ("The Association
    aims", "Federation president", "the Authority's chair"), public offices and courts
    ("Office of the Data Protection Commissioner", "Supreme Court of Valdoria"), councils
    ("Kell District Council", a library service under "© Kell City Council"), an embassy and
    a consulate, a co-operative, a temple, a rating agency, an index provider, a pension fund,
    chrome-heavy news, newswire, corporate and government pages, seed-like pages with the
    round's issuers' teasers (in markdown and bullets too); news in forms the rounds had not
    (an election night, a verdict, a transfer rumour, a churned earnings story), a real
    site's headline over its subtitle and byline among share buttons; and traps:
    stories about the same bodies, a legal paper named "High Court Daily", a nonprofit
    newsroom owned by a foundation, a students' union paper, a cathedral's memorial in a news
    teaser, a kicker over a kept headline.
    Left out (README, RESULTS): a rating agency's and an index provider's sites named by no
    org word (`r65ratingaction`), single-word issuers in teasers with no marker
    (`r65bulletseed`, `r65seedsentencecase`), a release's last short sentences read as chrome
    (`r65energysupplier`, `r65templenotice`, `r65consulatenotice`, `r65embassyvisa`), an
    Indian press office's end marks (`r65pibstyle`), a contact block with no heading word
    (`r65heavygovnewsroom`), mastheads over short menus (`r65auditorgeneral`), a court's
    footer that names it (`r65courtdecisionpr`), a teaser written on one line with bars
    (`r65pipeseed`), a student paper's own lines (`r65trapunionpaper`) and a kicker the trees
    keep over its story's headline ("Election 2031: latest results and analysis",
    `r65trapkickerabove`; the round's headline rule leaves it alone). Five pages (`r65last*`)
    were written after the rules were frozen, as a measure only: 52 of 52 lines right (49
    with last round's code)."""
    rows = _labelled_example(name, default)
    wrong = [(text[:40], want, got) for want, text, got in rows if want != got]
    assert len(wrong) <= len(rows) // 10, wrong


def test_sixty_fifth_round_rules_on_their_pages(default):
    """The lines this round's rules are for, each right on its page."""
    def lines(name, start):
        return [got for _, text, got in _labelled_example(name, default) if text.startswith(start)]

    for name, start in {"r65lcqmadam": "Madam President,", "r65lcqanswer": "Answer:",
                        "r65mediasession": "Reporter: Will there be any new relief",
                        "r65qatranscript": "Q: Will trade be on the agenda?",
                        "r64seedlcq": "Following is a question by the Hon Ada Sin",
                        "r65missionstatement": "Thank you.",
                        "r65earningscontact": "investors@harlowinstruments.example",
                        "r65scouts": "The Association aims to open",
                        "r65chessfed": "Federation president Ivan Rudd",
                        "r65dataprotection": "The Data Protection Commissioner has fined",
                        "r65farmcoop": "Valley Dairy will raise",
                        "r65bincollection": "Bin collections will be a day later",
                        "r65libraryclosure": "Kell Central Library will close",
                        "r65competitionauth": "The Valdoria Competition Authority has cleared",
                        "r65embassyvisa": "Paper applications will no longer",
                        "r65seedtemple": "Kell (Valdoria), June 19: Kell Hindu Temple",
                        "r65seedngoreport": "Kell (Valdoria), July 13: Clean Seas Valdoria"}.items():
        assert lines(name, start) == ["press_release"], name
    for name, start in {"r65traphighcourtdaily": "The Court held that the dues",
                        "r65trapassociationstory": "The Association's president, Dr Hanna Roth",
                        "r65trapcouncilpaper": "The Council's leader, Tom Hale",
                        "r65trapfoundationnews": "The Foundation's director, Lars Berg",
                        "r65trapfedstory": "Federation president Ivan Rudd told",
                        "r65traptranscriptstory": "Reporter: Will there be new relief",
                        "r65trapcathedralteaser": "Kell (Valdoria), June 19: Kell Cathedral"}.items():
        assert lines(name, start) == ["news"], name

@pytest.mark.parametrize("name", [
    "r66accesswire", "r66airportpr", "r66centralbank", "r66churnnote", "r66clubsigning", "r66commentsdisqus",
    "r66commentsfb", "r66commentsreply", "r66courtreport", "r66einwire", "r66factcheck", "r66festival",
    "r66irishradio", "r66kenyastory", "r66malaysiastory", "r66marketwrap", "r66ministry", "r66mpstatement",
    "r66nzstory", "r66obituary", "r66pakistanstory", "r66policeappeal", "r66recall", "r66seedairport", "r66seedclub",
    "r66seedrecall", "r66seedstartup", "r66seedzoo", "r66startup", "r66trapairportstory", "r66trapbankstory",
    "r66trapclubstory", "r66traprecallstory", "r66trapstartupstory", "r66trapzoostory", "r66unistudy",
    "r66waterworks", "r66zoobirth",
    "r66lastseedfestival", "r66lastnewsstory", "r66lastwirerelease", "r66lasttrapnews"])
def test_sixty_sixth_round_pages(default, name):
    """Pages written in the sixty-sixth round (46; these 42 with at most a tenth of their
    lines wrong), dated 2032: news from sites in forms the rounds had not written (a Kenyan,
    a Pakistani, an Irish, a Malaysian and a New Zealand daily's templates, a court report, a
    market wrap under a ticker strip, an obituary, a fact check), comment sections under
    stories (a reply thread, Disqus, WordPress, a social plugin), issuers on their own sites
    (an airport, a zoo, a water company, a university's study, a police appeal, a central
    bank, a ministry, a film festival, a start-up's funding post, a recall notice, a football
    club's signing, an MP's statement), newswire pages, seed-like pages with these issuers'
    teasers, and traps: stories about the same airport, zoo, club, recall, rate cut and
    funding round, and a community site's republished release under its note.
    Left out (README, RESULTS): a central bank's "today decided" teaser
    (`r66seedbank`: a PTI-style story writes "today" too), a study's teaser that names its
    university only as the research's ("according to new research from the University of
    Harrow", `r66seedunistudy`), and a blog's "Posted on ... by <the site>" line and last
    paragraph over its comments (`r66commentswordpress`). Five pages (`r66last*`) were written
    after the rules were frozen, as a measure only: 45 of 51 lines right, as with last round's
    code; a library service's notice on its own site, named "Harrow Public Libraries" over its
    menu and in its first line, read as news (`r66lastlibrarypr`, left out)."""
    rows = _labelled_example(name, default)
    wrong = [(text[:40], want, got) for want, text, got in rows if want != got]
    assert len(wrong) <= len(rows) // 10, wrong


def test_sixty_sixth_round_rules_on_their_pages(default):
    """The comment headings this round's rule is for: chrome, on their pages."""
    rows = _labelled_example("r66commentswordpress", default)
    heads = [got for _, text, got in rows if text.startswith(("4 thoughts on", "Leave a Reply"))]
    assert heads == ["boilerplate", "boilerplate"]


@pytest.mark.parametrize("name", [
    "r67bankrates", "r67barenews", "r67barenewsnocredit", "r67barerelease", "r67charityrelease", "r67citynotice",
    "r67companyagperiod", "r67companybrandnews", "r67companyfocusnews", "r67companygmbh", "r67companyitemlines",
    "r67companylogo", "r67companytagline", "r67companytitle", "r67companyhomedash",
    "r67companylinesmenu", "r67companynocontact", "r67courtsummary", "r67hospitalbrand", "r67hospitalrelease",
    "r67libraries", "r67localnewsblotter", "r67makerblog", "r67ministrystatement", "r67modernnews",
    "r67newsaboutcompany", "r67newsbank", "r67newsquotesrelease", "r67newsstatement", "r67ngooneword",
    "r67ngoreport", "r67nobylinenews", "r67portalrelease", "r67recallnotice", "r67sciencerepost",
    "r67softwareupdate", "r67speech", "r67storywithstatement", "r67tradenews", "r67trappapercareers",
    "r67traptrademag", "r67uninews",
    "r67universityresearch"])
def test_sixty_seventh_round_pages(default, name):
    """Pages written in the sixty-seventh round (50; these 43 with at most a tenth of their
    lines wrong), dated 2032-2033: issuers on their own sites with no contact block to say
    so (a maker under "Company | Products | Press | Careers", its name over the menu as its
    logo's text, with its tagline or in the page's title, a company blog in the first
    person, a hospital and a transit agency under a newsroom's menu item, a one-word charity, a libraries service, a judiciary, a bank, a city, a chamber of
    commerce), stories about the same companies, a trade paper and a paper whose menus have
    "Products" or "Careers" and whose reporters say "we" (traps), bodies with no chrome, a
    story with its subject's statement under it, a live blog, a page of today's chrome.
    Left out (README, RESULTS): a release body with no chrome and nothing but its quotes to
    say whose it is (`r67barereleasenodate`), a company blog under a one-word masthead over a
    menu one item to a line (`r67companyblogitemlines`: built pages' borrowed chrome has such
    "mastheads", "Volunteer" over "Events"), a short last sentence or a lead read as chrome
    by the trees (`r67judiciarysummary`, `r67transitbrand`, `r67modernrelease`), a live blog's
    "Updated" stamp and first entry (`r67liveblog`), a chamber of commerce's headline and date
    over its notice (`r67chambermembers`: a date line between a headline and a paragraph of
    two genres given the paragraph's put one validation line wrong for two example lines right)."""
    rows = _labelled_example(name, default)
    wrong = [(text[:40], want, got) for want, text, got in rows if want != got]
    assert len(wrong) <= len(rows) // 10, wrong


def test_sixty_seventh_round_rules_on_their_pages(default):
    """The lines this round's rules are for, on their pages: a company's own release with no
    contact block, its blog's "we", a brand for the masthead's name, a libraries service's
    and a judiciary's sites, a host's note under a contact block."""
    def lines(name, start):
        return [got for _, text, got in _labelled_example(name, default) if text.startswith(start)]

    for name, start in {"r67companygmbh": "Kessler Werke has opened", "r67companyagperiod": "Kessler Werke AG has",
                        "r67makerblog": "This spring we are delivering", "r67hospitalbrand": "St. Brigid's stroke unit",
                        "r67libraries": "Kellford Libraries will launch", "r67ngooneword": "More than 900 Seawatch",
                        "r67judiciarysummary": "The Court of Appeal today", "r62openletter": "Last week, the regulator",
                        "r67companyitemlines": "Ostrander Valves will build",
                        "r67companylogo": "Brandt Hydraulik has opened", "r67companytagline": "Lindqvist Pumps has",
                        "r67companytitle": "Orsolya Foods develops", "r67companyhomedash": "Vantor Cables has"}.items():
        assert lines(name, start) == ["press_release"], name
    assert lines("r67ministrystatement", "Date modified") == ["boilerplate"]


@pytest.mark.parametrize("name", [
    "r68agencynewsgov", "r68appliancerecall", "r68bareprnoabout", "r68carsalesbare", "r68clubconfirm",
    "r68companyinvestor", "r68courtcomments", "r68engblog", "r68euprcorner", "r68eventsonly", "r68fashionjournal",
    "r68govdelivery", "r68hospitaltoday", "r68indiaprdisclaimer", "r68irishgov", "r68kenyastatement",
    "r68leagueschedule", "r68magazinefeature", "r68mayorstatement", "r68medium", "r68newsdigest", "r68newsobit",
    "r68newsquotingpr", "r68newsreleaseinline", "r68ngoresponse", "r68partypr", "r68pharmatopline", "r68radionews",
    "r68realestate", "r68saasrelease", "r68sciencenews", "r68shortnewslocal", "r68studentpaper", "r68substacknews",
    "r68telcostatus", "r68trademagsource", "r68trapbroadcaster", "r68trapshopnews", "r68trapstatementnews",
    "r68traptodayreported", "r68tvapwire", "r68tvpolicerelease", "r68universityfeature", "r68wiretext", "r68wpnews",
    "r68lastsaasnews", "r68lastgovnotice", "r68lastnewsquotingunit", "r68lastbrandblog"])
def test_sixty_eighth_round_pages(default, name):
    """Pages written in the sixty-eighth round (50; these 45 with at most a tenth of their
    lines wrong), dated 2033: issuers on their own sites under a shop's, a software firm's, a
    telecom's or an appliance maker's menu, a company's engineering blog and its post on a
    blogging platform, an automaker's sales release with no chrome, a UN office's briefing
    notes, a ministry's press statement, governments' portals ("From: <office>"), the
    Commission's release with its reference, a station's note over a police release, a
    newsletter's and a mailing service's lines; stories on a newsletter, a paper, a radio
    station, a student paper, a magazine and a trade paper; traps for the round's rules (a
    public broadcaster's initials, an Indian paper's "today reported", a retail paper's
    "Stores", a story on a press statement). Left out (README, RESULTS): a school's and a
    town's short last sentences read as chrome by the trees (`r68schoolnotice`,
    `r68cityflash`), a newsletter's "About" box under its story (`r68trapnewsletterabout`),
    a UN office's section heading and contact heading (`r68unbriefing`), a Canadian portal's
    "Associated links" and its link (`r68canadanews`). Five pages (`r68last*`) were written
    after the rules were frozen, as a measure only: 48 of 51 lines right (39 with the
    sixty-seventh round's code); left out, a ministry's notice whose signer's name and title
    read as chrome (`r68lastministrynotice`)."""
    rows = _labelled_example(name, default)
    wrong = [(text[:40], want, got) for want, text, got in rows if want != got]
    assert len(wrong) <= len(rows) // 10, wrong


def test_sixty_eighth_round_rules_on_their_pages(default):
    """The lines this round's rules are for, on their pages."""
    def lines(name, start):
        return [got for _, text, got in _labelled_example(name, default) if text.startswith(start)]

    for name, start in {"r68fashionjournal": "Our spring capsule", "r68telcostatus": "Calls and texts",
                        "r68saasrelease": "Quillbase, the writing-review", "r68appliancerecall": "We are recalling",
                        "r68carsalesbare": "TORRANCE, Calif.", "r68engblog": "Today we're open-sourcing",
                        "r68unbriefing": "Our teams have delivered", "r68kenyastatement": "The Ministry wishes",
                        "r68irishgov": "The Minister for Further", "r68tvpolicerelease": "Officers located",
                        "r68euprcorner": "IP/33/1187"}.items():
        assert lines(name, start) == ["press_release"], name
    for name, start in {"r68substacknews": "Thanks for reading", "r68govdelivery": "This email was sent",
                        "r68tvpolicerelease": "The following is a news release"}.items():
        assert lines(name, start) == ["boilerplate"], name
    for name, start in {"r68courtcomments": "Trevor Lang, 29", "r68traptodayreported": "The state health department",
                        "r68trapbroadcaster": "VBS has asked", "r68trapshopnews": "Fashion chain Marlowe"}.items():
        assert lines(name, start) == ["news"], name


@pytest.mark.parametrize("name", [
    "r69airlineadvisory", "r69amp", "r69barenewsagency", "r69barereleasequote", "r69bareunion", "r69campaign",
    "r69charityappeal", "r69councilmeeting", "r69embassy", "r69explainer", "r69expo", "r69gamestudio", "r69hearing",
    "r69hospitalvisiting", "r69hoteltrade", "r69lawfirm", "r69museum", "r69newsbrief", "r69newsmarketwrapbrief",
    "r69ngoreportpdf", "r69ngositrep", "r69parliamentinquiry", "r69paywall", "r69policeappealsocial", "r69qanda",
    "r69regulator", "r69rns", "r69sportsfed", "r69statsoffice", "r69syndicated", "r69thinktank", "r69tradeassoc",
    "r69trapbreadcrumbnews", "r69trapcampaignnews", "r69trapembassynews", "r69trapfedsquadnews",
    "r69trapfestivaldaily", "r69traphealthpublisher", "r69trapmuseumreview", "r69trapnewsappeal",
    "r69trapnewspressfooter", "r69trapregulatornews", "r69trapstatementinnews", "r69trapstatsnews",
    "r69trapthinktanknews", "r69traptvoutages", "r69trapunionnews", "r69trapunionquotes", "r69trapweathernews",
    "r69trialvolunteers", "r69tweetstory", "r69union", "r69universitybriefs", "r69utilityoutage",
    "r69weatherwarning", "r69wiretrapwe",
    "r69lastairportpr", "r69lastcouncilnews", "r69lastlawfirmnews", "r69lastministrystatement", "r69lastuniversitypr"])
def test_sixty_ninth_round_pages(default, name):
    """Pages written in the sixty-ninth round (65; these 56 with at most a tenth of their
    lines wrong), dated 2034: issuers on their own sites under menus no earlier round had (a
    law firm's "Expertise | Sectors | Insights", an airline's "Check in | Flight status", a
    utility's "Outages | Billing", a hospital trust's "Patients and visitors | Work for us", a
    university's "Study | Alumni", a parliament's, an expo's "Exhibitors", a ministry's name
    with its country), a statistics office's release under its breadcrumb, a think tank's
    "Notes to editors", an embassy's, a union's, a regulator's, a campaign's, a museum's, a
    met service's, a food bank's and a game studio's news; stories in forms the rounds had not
    written (a Q&A, a paywall, an AMP page, an explainer, a brief, a syndicated story, an
    embedded post); traps for the round's rules (a TV station's "Outages", a health
    publisher's "Find a Doctor", a festival paper named with its year, a paper's footer "For
    press enquiries"). Left out (README, RESULTS): a consultation's dates line and last
    sentence (`r69consultation`), a wire story's factbox (`r69factbox`), a newsroom's index
    of releases (`r69newsroomindex`), a podcast's episode page (`r69podcast`), a readout's
    last sentences (`r69readout`), seed-like pages' release teasers read as news and the news
    teasers under them as chrome (`r69seedlawfirm`, `r69seedmuseum`, `r69seedunion`), a
    company's social post's first line (`r69socialpost`). Five pages (`r69last*`) were
    written after the rules were frozen, as a measure only: 54 of 54 lines right (52 with the
    sixty-eighth round's code)."""
    rows = _labelled_example(name, default)
    wrong = [(text[:40], want, got) for want, text, got in rows if want != got]
    assert len(wrong) <= len(rows) // 10, wrong


def test_sixty_ninth_round_rules_on_their_pages(default):
    """The lines this round's rules are for, on their pages."""
    def lines(name, start):
        return [got for _, text, got in _labelled_example(name, default) if text.startswith(start)]

    for name, start in {"r69lawfirm": "Carrow Whitfield has advised", "r69airlineadvisory": "If your flight",
                        "r69utilityoutage": "Our crews are working", "r69hospitalvisiting": "Norovirus spreads",
                        "r69universitybriefs": "Professor Ana Ruiz", "r69parliamentinquiry": "The Transport Committee",
                        "r69consultation": "The Department for Transport", "r69expo": "Kessaria Build Expo closed",
                        "r69thinktank": "For interviews contact", "r69museum": "Images are available"}.items():
        assert lines(name, start) == ["press_release"], name
    for name, start in {"r69statsoffice": "Statistics ›", "r69trapbreadcrumbnews": "Elections ›",
                        "r69newsbrief": "In brief", "r69trapembassynews": "Comments are closed",
                        "r69newsmarketwrapbrief": "Market data provided", "r69trapfestivaldaily": "The Harbour Fringe Daily is",
                        "r69ngositrep": "Relief Without Borders"}.items():
        assert lines(name, start)[:1] == ["boilerplate"], name
    for name, start in {"r69traptvoutages": "More than 11,000", "r69traphealthpublisher": "A monthly injection",
                        "r69trapfestivaldaily": "Harbour Fringe has sold", "r69trapnewspressfooter": "Parking charges"}.items():
        assert lines(name, start) == ["news"], name


@pytest.mark.parametrize("name", [
    "r70agencypr", "r70apportal", "r70barenews", "r70barestatement", "r70barewire", "r70biotechtrial",
    "r70chromeheavy", "r70consumergroup", "r70databreach", "r70esportsroster", "r70fashionlaunch", "r70govportal",
    "r70hotelopening", "r70lottery", "r70miningupdate", "r70newsafricaportal", "r70newsbiotech", "r70newsbreach",
    "r70newscourt", "r70newsdiocese", "r70newsfaq", "r70newsgovportal", "r70newsinline", "r70newslive",
    "r70newslottery", "r70newspolice", "r70newsport", "r70newsschool", "r70newssportsleague", "r70newstheatre",
    "r70newstranslated", "r70newstravel", "r70newsuniversity", "r70newswithpr", "r70nigeriastatement",
    "r70pensionfund", "r70policeupdate", "r70researchcouncil", "r70schooldistrict", "r70seedafrica",
    "r70seedbiotech", "r70seedkickerpr", "r70seedmixedthree", "r70seedpension", "r70seedreleasefirst",
    "r70seedshipping", "r70seedsponsored", "r70seedstyle", "r70seedtwonews", "r70seedtwopr", "r70seedzoo",
    "r70shippingline", "r70sportsleague", "r70standardsbody", "r70telecomoutage", "r70theatreseason",
    "r70trapnewsstudy", "r70universitystory", "r70zoobirth",
    "r70lastairportstatement", "r70lastcharitynews", "r70lastnewsairport", "r70lastresults", "r70lastseedcoop"])
def test_seventieth_round_pages(default, name):
    """Pages written in the seventieth round (76; these 64 with at most a tenth of their
    lines wrong), dated 2035: issuers no round had had (a pension scheme, a shipping line, a
    miner, a biotech, a zoo, a telecom's outage note, a building society's data breach, a
    school district, a diocese, a lottery, a theatre, a fashion label, a standards body, a
    consumer group, a research council, an esports team, a sports league, a charity's blog, a
    news agency's release section, a government portal), each with a news page on the same
    event; stories as a live blog, a court report, a translated story, a Q&A, a story with
    links and an advertisement inside it, under a cookie banner and a "Most read" list;
    seed-like pages from new regions with one, two or three teasers. Left out (README,
    RESULTS): a bare boil-water notice read as news (`r70barerelease`), a charity post's
    headline and last line (`r70charityblog`), a bishop's signature (`r70diocese`, right since
    the seventy-first round), a results release's title, date and "Highlights"
    (`r70earningstable`), a utility's Q&A (`r70faqrelease`),
    the paragraphs under a subheading, a release's and a story's (`r70multisection`,
    `r70newsmultisection`), a story's last sentences over the footer (`r70newsmining`,
    `r70trapnewsclub`), release teasers that end "the company said" or name a one-word firm
    with no self-description (`r70seedpacific`, right since the seventy-first round;
    `r70seedwirefull`, `r70seednowords`). Five pages
    (`r70last*`) were written after the rules were frozen, as a measure only: 53 of 53 lines
    right (50 with the sixty-ninth round's code)."""
    rows = _labelled_example(name, default)
    wrong = [(text[:40], want, got) for want, text, got in rows if want != got]
    assert len(wrong) <= len(rows) // 10, wrong


def test_seventieth_round_rules_on_their_pages(default):
    """The lines this round's rules are for, on their pages."""
    def lines(name, start):
        return [got for _, text, got in _labelled_example(name, default) if text.startswith(start)]

    for name, start in {"r70diocese": "It is with sadness", "r70consumergroup": "Our lab found",
                        "r70agencypr": "Orla Foods today reported", "r70charityblog": "This month our team",
                        "r70seedafrica": "Tema (Ghana)", "r70earningstable": "Sales |", "r70lastresults": "Revenue |",
                        "r70govportal": "From: Driver", "r70lastcharitynews": "Our thanks go"}.items():
        assert lines(name, start) == ["press_release"], name
    for name, start in {"r70trapnewsstudy": "Campus Chronicle is", "r70agencypr": "Responsibility for",
                        "r70newswithpr": "Harbour Line adds"}.items():
        assert lines(name, start) == ["boilerplate"], name
    for name, start in {"r70seedstyle": "SINGAPORE, Sept 9", "r70trapnewsstudy": "More than 400 students",
                        "r70newsbiotech": "An experimental asthma"}.items():
        assert lines(name, start) == ["news"], name


@pytest.mark.parametrize("name", [
    "r71barenews", "r71barerelease", "r71bylinebar", "r71canadarelease", "r71capsrelease", "r71ferry",
    "r71matchreport", "r71newsferry", "r71newsletterbox", "r71newslongquote", "r71newsngoreport", "r71newsobserver",
    "r71newspostal", "r71newsrepubpr", "r71newsrobotics", "r71newsskiresort", "r71newsstadium", "r71newssubhead",
    "r71newsunistory", "r71ngoreport", "r71observermission", "r71paginated", "r71pharmacychain", "r71postal",
    "r71releasesubhead", "r71robotics", "r71seedacronym", "r71seedagencyid", "r71seedcaps", "r71seedleadingsaid",
    "r71seedlowercase", "r71seedmixed", "r71seednewsvoir", "r71seedoneword", "r71seedphoto", "r71seedquoteaward",
    "r71seedreadtime", "r71seedsaid", "r71seedsentencecase", "r71seedstatementquote", "r71seedtags",
    "r71seedundated", "r71skiresort", "r71stadium", "r71storytail", "r71taxauthority", "r71trapbrewerquote",
    "r71trapneutralsaid", "r71trapsaidnews", "r71trapwinerynews", "r71trending", "r71twostories", "r71vetcollege",
    "r71winery",
    "r71lastbarestatement", "r71lastcoop", "r71lastnewscoop", "r71lastseedkiwi", "r71lastwire"])
def test_seventy_first_round_pages(default, name):
    """Pages written in the seventy-first round (62; these 59 with at most a tenth of their
    lines wrong), dated 2036: issuers no round had had (a ski resort, a postal service, a tax
    office, a veterinary school, a ferry line, a winery on a wire, a robotics start-up, an
    election observer mission, a pharmacy chain, an arena, a sheriff's office, a charity's
    report), each with a news page on the same event; stories split over two pages, under a
    "Trending" list, with a newsletter box inside, subheadings, a byline bar, a gallery, a
    match report's line-ups, a long quoted statement, two stories on one page, a release a
    paper reprinted; seed-like pages with teasers ending "the company said", naming their
    issuer in lower case ("bKash") or quoting its officer, and traps (news teasers so
    written). Left out (README, RESULTS): a tabloid's one-sentence paragraphs and headline
    read as chrome (`r71tabloid`), a university's story about its student, naming it by its
    place's word only (`r71unistory`), a gallery's captions read as news (`r71gallery`).
    Five pages (`r71last*`) were written after the rules were frozen, as a measure only: 57
    of 58 lines right (54 with the seventieth round's code; the mayor's signature, wrong then,
    is right since a statement's signer is kept)."""
    rows = _labelled_example(name, default)
    wrong = [(text[:40], want, got) for want, text, got in rows if want != got]
    assert len(wrong) <= len(rows) // 10, wrong


def test_seventy_first_round_rules_on_their_pages(default):
    """The lines this round's rules are for, on their pages."""
    def lines(name, start):
        return [got for _, text, got in _labelled_example(name, default) if text.startswith(start)]

    for name, start in {"r71seedleadingsaid": "Zanzibar (Tanzania)", "r71seedlowercase": "Dhaka (Bangladesh)",
                        "r71seedquoteaward": "Amman (Jordan)", "r71seedstatementquote": "Colombo (Sri Lanka)",
                        "r70seedpacific": "Suva (Fiji)", "r71lastseedkiwi": "Tauranga (New Zealand)",
                        "r70diocese": "+Thomas Keane", "r71lastbarestatement": "Mayor Alison"}.items():
        assert lines(name, start) == ["press_release"], name
    for name, start in {"r71seedsaid": "Eldoret (Kenya)", "r71trapneutralsaid": "Tema (Ghana)",
                        "r71trapbrewerquote": "Nairobi, March 28", "seedcourt": "São Paulo (Brazil)"}.items():
        assert lines(name, start) == ["news"], name


@pytest.mark.parametrize("name", [
    "r72ampnews", "r72auction", "r72campaign", "r72dairycoop", "r72embargo", "r72esports", "r72faqrelease",
    "r72keypoints", "r72leaguestatement", "r72library", "r72lottery", "r72marathon", "r72mosque", "r72navy",
    "r72newsauction", "r72newsbrief", "r72newsdairy", "r72newsleague", "r72newslottery", "r72newsmarathon",
    "r72newsmosque", "r72newsnavy", "r72newsopera", "r72newsrating", "r72newsreleasequote", "r72newssatellite",
    "r72newsstats", "r72newsstorm", "r72newsstub", "r72newstribe", "r72obit", "r72openletter", "r72opera",
    "r72policelog", "r72ratingagency", "r72roadnotice", "r72satellite", "r72seedafp", "r72seedaward",
    "r72seedbernama", "r72seedcrypto", "r72seedianscsr", "r72seedinks", "r72seednodate", "r72seednonprofit",
    "r72seedpresent", "r72seedpti", "r72seedrelfirst", "r72seedsignificant", "r72seedsingle", "r72seedtrapcompany",
    "r72seedtrapgov", "r72seedunveil", "r72seedwam", "r72standards", "r72statsoffice", "r72tablenews", "r72tribe",
    "r72uniinnews",
    "r72lastcharity", "r72lastcoastguard", "r72lastnewsfishing", "r72lastseedport", "r72lastseedyonhap"])
def test_seventy_second_round_pages(default, name):
    """Pages written in the seventy-second round (72; these 64 with at most a tenth of their
    lines wrong), dated 2037: issuers no round had had (a satellite operator, a dairy
    co-operative, a mosque, a tribal nation, a statistics office, a navy, an auction house, an
    esports team, an opera company, a marathon, a lottery, a rating agency, a domain registry,
    a standards body, a sports league, a campaign), most with a news page on the same event;
    an embargoed release with numbered notes to editors, a council's questions and answers, a
    police log, an open letter, an obituary, "Key points", a fact box, a results table, a
    breaking story's "More to follow."; seed-like pages under Xinhua, IANS, PTI, WAM, Bernama,
    AFP and Yonhap stories with teasers in the present tense, "has become the first", "one of
    X's fastest-growing", a cooperative's, and traps (news teasers only). Left out (README,
    RESULTS): a fact box's fields, a hospice's e-mailed newsletter, photo captions as
    "Pictured:", a registry named ".kess", a related link under a release, a quote-first teaser
    and a hospital's "said its surgeons have", a recall notice's fields. Five pages (`r72last*`)
    were written after the rules were frozen, as a measure only: 74 of 75 lines right (68 with
    the seventy-first round's code; the charity's masthead, wrong then, is right since)."""
    rows = _labelled_example(name, default)
    wrong = [(text[:40], want, got) for want, text, got in rows if want != got]
    assert len(wrong) <= len(rows) // 10, wrong


def test_seventy_second_round_rules_on_their_pages(default):
    """The lines this round's rules are for, on their pages."""
    def lines(name, start):
        return [got for _, text, got in _labelled_example(name, default) if text.startswith(start)]

    for name, start in {"r72navy": "The Royal Navy of Westland's", "r72seednodate": "Inca Coffee, a cooperative",
                        "r72embargo": "2. Save the Uplands", "r72seedcrypto": "Singapore, March 8",
                        "r72seedpresent": "Puerto Montt (Chile)", "r72seedsignificant": "Belo Horizonte",
                        "r72leaguestatement": "Statement: Disciplinary", "r72openletter": "Anna Berglund",
                        "r62openletter": "Dear customers,", "r72lastseedport": "Windhoek (Namibia)"}.items():
        assert lines(name, start) == ["press_release"], name
    for name, start in {"r72newsstub": "More to follow.", "r72seedpti": "A reading above 50",
                        "indiaseed2": "Officials said the two countries", "r72lastnewsfishing": "This story will"}.items():
        assert lines(name, start) == ["news"], name
    # (the masthead's line alone: its name opens the release's lead too)
    for name, text in {"r72faqrelease": "Harlow District Council", "r72lastcharity": "Brightpath Children's Trust"}.items():
        assert [got for _, line, got in _labelled_example(name, default) if line == text] == ["boilerplate"], name


@pytest.mark.parametrize("name", [
    "r73accountancy", "r73airlinesorry", "r73beekeepers", "r73casino", "r73clubreport", "r73column", "r73correction",
    "r73crematorium", "r73datingapp", "r73editorial", "r73editornote", "r73factcheck", "r73fertiliser",
    "r73festivallineup", "r73filmstudio", "r73genealogy", "r73highlights", "r73hotelchain", "r73lifeboat",
    "r73liveblog", "r73mediaadvisory", "r73mint", "r73newsairline", "r73newsbeekeepers", "r73newsfertiliser",
    "r73newsinpressrelease", "r73newsnuclear", "r73newsobservatory", "r73newspetfood", "r73newspipeline",
    "r73newsquotesblog", "r73newsschool", "r73newsseedvault", "r73newsvpn", "r73nuclearreg", "r73observatory",
    "r73parish", "r73paywall", "r73petfoodrecall", "r73pipeline", "r73policefed", "r73racing", "r73refinerynews",
    "r73rowingclub", "r73schoolnews", "r73seedcaption", "r73seedcitybased", "r73seededitor", "r73seedleading",
    "r73seedlowerdesk", "r73seedpresstrap", "r73seedprofittrap", "r73seedsignificant", "r73seedtopfifty",
    "r73seedvault", "r73shipyard", "r73tollroad", "r73vpnbreach",
    "r73lastferryco", "r73lastlive", "r73lastmuseumblog", "r73lastnewsferry", "r73lastseedagri"])
def test_seventy_third_round_pages(default, name):
    """Pages written in the seventy-third round (65; these 63 with at most a tenth of their
    lines wrong), dated 2038: issuers no round had had (a pipeline operator, a fertiliser maker,
    a toll road, a nuclear regulator, a pet food maker's recall, a crematorium, a lifeboat
    charity, beekeepers, genealogists, a VPN maker, a dating app, a mint, a casino group, a
    racing authority, a rowing club, an accountancy body, a shipyard, an observatory, a seed
    vault, a film studio, a primary school, a parish, an airline's apology), most with a news
    page on the same event; a fact check, an interview, a correction, a paywall, a live blog, a
    media advisory, an editorial and a column in the first person (traps), a release's
    "Highlights:" points; seed-like pages under Xinhua and IANS stories with "Pune-based X",
    "Top 50 Workplaces", "In a significant development" and "India's leading maker" teasers, an
    "Editor:" line and a photo caption, and traps (a company's results, "said in a press
    release"). Left out (README, RESULTS): an interview's question read as chrome
    (`r73interview`), an IANSlife teaser read as news (`r73seedianslife`). Five pages
    (`r73last*`) were written after the rules were frozen, as a measure only: 67 of 69 lines
    right (61 with the seventy-second round's code)."""
    rows = _labelled_example(name, default)
    wrong = [(text[:40], want, got) for want, text, got in rows if want != got]
    assert len(wrong) <= len(rows) // 10, wrong


def test_seventy_third_round_rules_on_their_pages(default):
    """The lines this round's rules are for, on their pages."""
    def lines(name, start):
        return [got for _, text, got in _labelled_example(name, default) if text.startswith(start)]

    for name, start in {"r73vpnbreach": "We have reported the incident", "r73tollroad": "We apologise",
                        "r73rowingclub": "Our senior men's eight", "r73airlinesorry": "We are very sorry",
                        "r73clubreport": "Ashbourne came from behind", "r73highlights": "Third rig mobilised",
                        "r73racing": "Enquiries: Integrity", "r73lastmuseumblog": "Last month our collections"}.items():
        assert lines(name, start) == ["press_release"], name
    assert lines("r73highlights", "This announcement has been authorised") == ["press_release"]
    for name, start in [("r73editorial", "We asked the county"), ("r73column", "What we need is"),
                        ("r73newsquotesblog", '"We are deeply sorry'), ("r73liveblog", "Schools in Carrick"),
                        ("r73liveblog", "Live: Storm Orla"), ("r62liveupdates", "Counting is under way"),
                        ("r73lastlive", "The minister has begun")]:
        assert lines(name, start) == ["news"], (name, start)
