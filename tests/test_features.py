import numpy as np

from pagesift.features import SHAPE_NAMES, NeighbourText, SegmentText, StructureFeatures, make_rows, shape_vector


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


def test_neighbour_text_stops_at_page_edges():
    rows = make_rows([["a", "b", "c"], ["d", "e"]])
    assert NeighbourText("before", 2).fit(rows).transform(rows) == ["", "a", "a b", "", "d"]
    assert NeighbourText("after", 1).fit(rows).transform(rows) == ["b", "c", "", "e", ""]
    assert SegmentText().fit(rows).transform(rows) == ["a", "b", "c", "d", "e"]


def test_structure_features_shape_names_and_page_edges():
    rows = make_rows([["Home", "News"], ["A long sentence of prose that keeps going on.", "Menu"]])
    step = StructureFeatures(window=1, wide=2).fit(rows)
    X = step.transform(rows)
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
