import numpy as np

from pagesift.features import SHAPE_NAMES, NeighbourScores, NeighbourWords, PageScores, SegmentText, Segments, StructureFeatures, make_rows, shape_vector


def test_shape_vector_recognises_dates_emails_and_prose():
    names = list(SHAPE_NAMES)
    date = shape_vector("May 11, 2022")
    assert date[names.index("has_date")] == 1.0
    email = shape_vector("Contact: press@example.com")
    assert email[names.index("has_email")] == 1.0
    prose = shape_vector("The council said on Tuesday that it would publish the audit of the costs of the new terminal in June, after the election.")
    menu = shape_vector("Home")
    assert prose[names.index("long_prose")] == 1.0 and menu[names.index("long_prose")] == 0.0
    assert prose[names.index("stopword_ratio")] > menu[names.index("stopword_ratio")]


def test_neighbour_words_stop_at_page_edges():
    rows = make_rows([["alpha", "beta", "gamma"], ["delta", "alpha"]])
    step = NeighbourWords(window=2, min_df=1).fit(rows)
    X = step.transform(rows).toarray()
    names = list(step.get_feature_names_out())
    before = {w: names.index(f"before:{w}") for w in ["alpha", "beta", "delta"]}
    after = {w: names.index(f"after:{w}") for w in ["alpha", "gamma"]}
    assert X[2, before["alpha"]] > 0 and X[2, before["beta"]] > 0  # gamma sees alpha, beta
    assert X[3, before["alpha"]] == 0 and X[3].sum() > 0  # delta starts page 2: nothing before
    assert X[3, after["alpha"]] > 0 and X[2, after["alpha"]] == 0  # page 1 ends at gamma
    assert SegmentText().fit(rows).transform(rows) == ["alpha", "beta", "gamma", "delta", "alpha"]


def test_neighbour_scores_pull_a_line_towards_its_neighbours():
    pr = "The company today announced the launch of its leading innovative platform for customers."
    news = "Police said on Tuesday that the suspect had been arrested after the storm hit the town."
    pages = [[pr, "June 1, 2024", pr], [news, "June 1, 2024", news]] * 6
    labels = [["press_release"] * 3, ["news"] * 3] * 6
    rows = make_rows(pages)
    step = NeighbourScores(window=1, wide=1, max_features=1000)
    step.fit(rows, [l for p in labels for l in p])
    names = list(step.get_feature_names_out())
    X = step.transform(make_rows([[pr, "June 1, 2024", pr], [news, "June 1, 2024", news]]))
    prev_pr = names.index("nb-1:press_release")
    assert X[1, prev_pr] > X[4, prev_pr]  # the same date line, different neighbours


def test_structure_features_shape_names_and_page_edges():
    rows = make_rows([["Home", "News"], ["A long sentence of prose that keeps going on.", "Menu"]])
    step = StructureFeatures(window=1, wide=2).fit(rows)
    X = step.transform(Segments.from_rows(rows))
    names = list(step.get_feature_names_out())
    assert X.shape == (4, len(names))
    missing_before = names.index("nb-1:missing")
    assert X[:, missing_before].tolist() == [1.0, 0.0, 1.0, 0.0]


def test_same_line_gets_different_context_in_menu_and_article():
    article = ["Officials said on Tuesday that the storm had damaged dozens of homes across the region.",
               "Share", "Residents said they were still waiting for help from the council on Wednesday."]
    menu = ["Home", "Share", "Login"]
    rows = make_rows([article, menu])
    X = StructureFeatures().fit(rows).transform(rows)
    assert not np.allclose(X[1], X[4])


def test_page_words_are_the_few_that_mark_the_page():
    rows = make_rows([["alpha", "beta", "gamma", "delta delta"], ["alpha", "omega"]])
    step = NeighbourWords(window=1, min_df=1, page=2).fit(rows)
    X = step.transform(rows).toarray()
    names = list(step.get_feature_names_out())
    page = {w: names.index(f"page:{w}") for w in ["alpha", "beta", "gamma", "delta", "omega"]}
    assert X[0, page["delta"]] > 0 and X[1, page["delta"]] == X[0, page["delta"]]  # one page, one vector
    assert X[0, page["omega"]] == 0 and X[4, page["omega"]] > 0 and X[4, page["delta"]] == 0
    assert all((X[i, list(page.values())] > 0).sum() == 2 for i in range(6))  # its 2 most marking words
    assert X[0, page["alpha"]] == 0  # in both pages: the lowest idf, cut


def test_page_scores_give_every_line_its_page_genre():
    pr = ["Northwind today announced its new platform.", "About Northwind: a global leader.", "Media contact: press"]
    news = ["Police said on Tuesday the suspect was arrested.", "Officials said the storm hit.", "Residents said"]
    pages = [pr + ["Home"], news + ["Home"]] * 8
    labels = [["press_release"] * 3 + ["boilerplate"], ["news"] * 3 + ["boilerplate"]] * 8
    step = PageScores(folds=2)
    Xfit = step.fit_transform(make_rows(pages), [l for p in labels for l in p])
    assert Xfit.shape == (64, 3)
    names = list(step.get_feature_names_out())
    X = step.transform(make_rows([pr + ["Home"], news + ["Home"]]))
    col = names.index("page_genre:press_release")
    assert X[3, col] > X[7, col]  # the same "Home" line, on a press-release page and on a news page
    assert np.allclose(X[0], X[3])  # every line of a page gets the page's scores


def test_page_labels_leave_content_only_pages_unknown():
    pages = np.array([0, 0, 1, 1, 2, 2, 3])
    y = ["news", "boilerplate", "press_release", "press_release", "content", "boilerplate", "boilerplate"]
    assert PageScores.page_labels(pages, y).tolist() == ["news", "press_release", "", "none"]


def test_segments_from_pages_equal_segments_from_rows():
    pages = [["Home", "A story, said police."], [], ["Only line"], ["x", "y", "z"]]
    a, b = Segments.from_pages(pages), Segments.from_rows(make_rows(pages))
    assert a.texts == b.texts and (a.start == b.start).all() and (a.end == b.end).all()
    assert np.array_equal(a.shapes, b.shapes) and np.array_equal(a.tokens.ids, b.tokens.ids)


def test_cohesion_tells_a_title_and_a_teaser_from_a_link_list_and_clutter():
    from pagesift.features import Cohesion
    from pagesift.frozen import COHESION_NAMES, cohesion

    page = ["Home", "Harbour council approves new ferry terminal",
            "The harbour council approved the ferry terminal on Tuesday, ending a dispute over its costs and its site.",
            "Win a cruise for two",
            "The terminal will open in 2027, the council said, and the ferry operators welcomed the approval.",
            "Related", "Apple unveils folding phone", "Senate passes budget bill", "|", "Home"]
    values = cohesion(Segments.from_pages([page]))
    col = {name: i for i, name in enumerate(COHESION_NAMES)}
    assert values.shape == (len(page), len(COHESION_NAMES))
    assert values[1, col["below"]] > 0.5 and values[1, col["paragraphs"]] > 0.5  # the title over its lead
    for clutter in (3, 6, 7):  # in-body chrome, link-list headlines
        assert values[clutter, col["has_words"]] == 1 and values[clutter, 1:].sum() == 0
    assert values[0, col["repeats"]] == values[9, col["repeats"]] == 1  # the menu at the top and the bottom
    assert values[:9, col["repeats"]][1:].sum() == 0
    assert values[4, col["above"]] > 0 and values[4, col["paragraphs"]] > 0
    assert values[8, col["has_words"]] == 0 and values[8].sum() == 0  # no word: nothing shared
    # words are counted once per line and compared on a page only
    again = cohesion(Segments.from_pages([page[:3], page]))
    assert np.array_equal(again[3:], values)
    assert again[0, 1:].sum() == 0 and again[2, col["above"]] > 0
    assert np.array_equal(Cohesion().fit(make_rows([page])).transform(make_rows([page])), values)
    step = Cohesion(near=2, context=True, window=1, wide=3).fit(make_rows([page]))
    X = step.transform(make_rows([page]))
    assert X.shape == (len(page), len(step.get_feature_names_out())) and X.shape[1] > len(COHESION_NAMES)
    assert np.allclose(X[:, :len(COHESION_NAMES)], values, atol=1e-6)


def test_list_frames_tell_a_list_inside_a_body_from_a_menu_beside_chrome():
    from pagesift.frozen import FRAME_NAMES, list_frames

    page = ["Home", "Products", "Contact",
            "Acme today announced the results of its survey of small businesses across the whole country this spring.",
            "Key findings:", "70% report higher costs", "44% plan to hire",
            "The company said it will repeat the survey next quarter and publish the full data online in June.",
            "Privacy", "Terms"]
    seg = Segments.from_pages([page])
    logp = np.log(np.tile([0.2, 0.3, 0.5], (len(page), 1)))
    logp[3] = logp[7] = np.log([0.05, 0.15, 0.8])  # the paragraphs' scores
    f = list_frames(seg, logp)
    col = {name: i for i, name in enumerate(FRAME_NAMES)}
    m = len(FRAME_NAMES)
    assert f.shape == (len(page), m + 6)
    assert f[:, col["paragraph"]].tolist() == [0, 0, 0, 1, 0, 0, 0, 1, 0, 0]
    # the menu: a block of 3 with no paragraph above; the list: a block of 3 between two
    assert f[1, col["block_length"]] == f[5, col["block_length"]] == np.log1p(3) and f[3, col["block_length"]] == 0
    assert [f[i, col["missing"]] for i in (1, 5, 9)] == [1, 0, 2]  # none above / both / none below
    assert f[5, col["above"]] == np.log1p(2) and f[5, col["below"]] == np.log1p(2)
    assert np.allclose(f[5, m:m + 3], logp[3]) and np.allclose(f[5, m + 3:], logp[7])
    assert np.allclose(f[9, m:m + 3], logp[7]) and not f[9, m + 3:].any()
    # an item under "Key findings:" has the colon above it in its block; the menu has none
    colon = f[:, col["colon_above"]]
    assert colon[5] == colon[6] == 1 and colon[4] == 0 and not colon[:4].any() and not colon[8:].any()
    # a page's rows are framed by its own paragraphs only
    two = list_frames(Segments.from_pages([page[:4], page]), np.vstack([logp[:4], logp]))
    assert np.array_equal(two[4:], f)


def test_neighbour_scores_are_the_same_on_threads():
    """The fold fits and the fit on all rows run side by side; each is the fit it was."""
    pr = "The company today announced the launch of its leading innovative platform for customers."
    news = "Police said on Tuesday that the suspect had been arrested after the storm hit the town."
    pages = [[pr, "June 1, 2024", f"{pr} {i}"] if i % 2 else [news, "Menu", f"{news} {i}"] for i in range(24)]
    labels = [l for i in range(24) for l in (["press_release"] * 3 if i % 2 else ["news", "boilerplate", "news"])]
    rows = make_rows(pages)
    one = NeighbourScores(window=1, wide=1, max_features=1000, n_jobs=1)
    two = NeighbourScores(window=1, wide=1, max_features=1000, n_jobs=2)
    assert np.array_equal(one.fit_transform(rows, labels), two.fit_transform(rows, labels))
    assert np.array_equal(one.transform(rows), two.transform(rows))


def test_sparse_scaler_centres_only_mostly_nonzero_columns():
    """Flags and counts that are 0 on most rows stay 0 (sparse for the solver); the
    columns nonzero on most rows are centred as StandardScaler does; all are scaled."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    from pagesift.features import SparseScaler
    from pagesift.frozen import Scale, freeze

    rng = np.random.default_rng(0)
    n = 400
    flag = (rng.random(n) < 0.1).astype(float)  # nonzero on ~10% of rows
    length = rng.normal(50, 10, n)  # nonzero on every row
    X = np.column_stack([flag, length])
    scaler = SparseScaler().fit(X)
    plain = StandardScaler().fit(X)
    Z = scaler.transform(X)
    assert np.array_equal(Z[:, 0] == 0, flag == 0)  # zeros kept
    assert np.allclose(Z[:, 0], flag / plain.scale_[0])
    assert np.allclose(Z[:, 1], plain.transform(X)[:, 1])  # centred as before
    frozen = freeze(scaler)
    assert isinstance(frozen, Scale) and np.allclose(frozen.transform(X.copy()), Z)
    # a mean only moves the unpenalised intercept: the same fitted model either way
    y = (flag + (length > 55) + rng.random(n) > 1.2).astype(int)
    a = LogisticRegression(tol=1e-10, max_iter=10000).fit(Z, y)
    b = LogisticRegression(tol=1e-10, max_iter=10000).fit(plain.transform(X), y)
    assert np.allclose(a.coef_, b.coef_, atol=1e-4)
    assert np.allclose(a.predict_proba(Z), b.predict_proba(plain.transform(X)), atol=1e-5)
