"""The refiner: where the linear model is unsure of a line, gradient-boosted trees
decide whether it is boilerplate; then the markers of each run of lines move its genre.

The logistic regression scores each line from its words and a linear sum of its
context. Whether a line is chrome often depends on a conjunction it cannot express: a
headline-shaped line that reads like a press release is a teaser's headline when a
lead paragraph follows it and a link-list item when another headline does; a short
line belongs to the story when the story's lines surround it and to the chrome
otherwise. Trees over the model's own (log-)scores of the line, its neighbours, a
window, the page and its run, and the shapes of the lines around, learn those
conjunctions.

With `cohesion`, the trees also read how far a line shares its words with the two lines
above it, the two below and the paragraphs within ten lines, and whether its page repeats
it, for the line and its neighbours (frozen.cohesion): a title and a teaser's headline
share words with the lead under them; a link list's headlines, a menu and chrome set
inside a story do not, whatever their words' genre (twenty-ninth round).
With `frames`, they also read the paragraphs around the block of short lines a line is in
(frozen.list_frames): how far the nearest paragraph above and below are, their scores, the
block's length and whether a line above in it ends in a colon. A list inside a body (a
release's "Key findings:" and its items, an advisory board's names, a bestseller list)
sits between the text's paragraphs; a menu or a link list sits beside chrome, however far
the story is. The trees' window (three lines) and the run (cut by the very lines in
doubt) do not reach that far (thirty-second round; with them 100 trees instead of 50).
With `words` (off), they also read what the line's own words add to the linear model's
scores, for boilerplate over the genres and press release over news
(StackedClassifier.word_scores), for the line and its neighbours: "USA" or "Full story »"
set inside a release reads as the release by its context alone. Measured: fewer errors
on the test split but for one general-web page that moves either way, no better on the
held-out sources (benchmarks/RESULTS.md, thirtieth round).

They are the mean of `bags` sets (log-odds averaged), each fitted on a resample of the
pages: one set fitted on a few hundred pages changed much with a small change in the
linear scores under it (thirty-fifth round: two builds 0.005 test macro-F1 apart with
one set, 0.001 with five). Five were still not enough: refitted at three seeds over one
linear model, five sets gave 1,814 to 1,948 wrong test lines, ten 1,850 to 1,881, so that
what a change of the refiner is worth hid under which draw it got (thirty-eighth round).
Ten sets of 50 trees, as many trees as five of 100, moved even less (1,865 to 1,869) but
kept fewer real sites' headlines (65 of 140 against 74) and their scores were less well
calibrated (ECE 0.012 against 0.008): ten of 100 it is, for 15% more labelling time.
A real page's headline (training.real_heads, from a page not built from a document)
weighs `head_weight` times as much in their fit, as in the linear model's (refine()):
few validation pages are real news pages, and a headline under a site's chrome is their
rare case: at 10, the real test pages' headlines kept were 85 of 140 on the mean of three
refiner seeds, against 71 weighed as any line (thirty-eighth round).
They are fitted on pages the linear model has not seen (the validation split, as
calibration is), on the lines whose top score is below `threshold` or (`border`) whose
top label differs from the line's above or below, and applied to those lines only:
confident lines inside a run of one label keep the linear model's label, and scoring
stays cheap. (Taking the border lines as well: test macro-F1 0.913 -> 0.917;
benchmarks/RESULTS.md, seventeenth round.) With `isolated` (k), also the lines of a block of
at most k short lines between two paragraphs: an advertisement's or a gallery's line
inside a story, which the stacked scores give the story's genre so surely that neither
rule hands it over, and the story's own subheadings, which the trees tell apart by how
they share the story's words (k = 2, five sets of trees at three refiner seeds: wrong test
lines 2,025 -> 1,894 on the mean; benchmarks/RESULTS.md, thirty-eighth round). They decide boilerplate or not; a line they
keep gets the two genres in the proportion the linear model gives them. Trees that decided the genre as well did
better on the test split's sites but worse on kinds of issuer the model has never
seen (`linear_genres=False`; benchmarks/RESULTS.md, eighth round).

Then (`run_markers`) each run's genre is moved by the markers in it: a run is the lines
between two boilerplate lines, one story or one teaser, and its lines are one text of one
genre. The linear model reads a "###", "Media contact" or "About Acme" line as release
evidence for the lines near it, but the body of a university's release about a study
reads like science news word by word, and the words win. A release marker in the run
multiplies the odds of press release over news of every line in it, a news marker
(a credit, a byline, "told Reuters") divides them (frozen.shift_runs). With `touching`,
a marker line taken for boilerplate counts for the runs it ends and starts: a model that
has never seen a university's release takes its "###" for chrome. (benchmarks/RESULTS.md,
eighteenth round.) With `bridge`, one boilerplate line between two paragraphs of one
genre (an "Advertisement" inside a story) does not end a run; a heading over teasers has
a headline under it, not a paragraph, and still does. With `touching` 2, a marker line
also counts past one more boilerplate line below a run (a share bar between a body and
its "###"). With `datelines`, a distribution service's dateline ("/PRNewswire/ --",
"(BUSINESS WIRE)--") is a release marker; with `statements`, so is a line that gives out
"the following statement" or remarks, with `openings` a release's first line "Today,
X announced" (or "X is pleased to announce", or "FRANKFORT — X today announced", or an
organisation's act of its own in a teaser's lead under a title-case headline, "Osaka, Japan,
March 5: Kansai Air will start daily flights": fifty-seventh round; after such a dateline
under any headline, in the present or past tense too, the name after a phrase, a descriptor
or a person's title, "Leading hospitality brand Coral Bay Hotels has opened"; or a quote's
speaker the line calls "our network manager": fifty-eighth round), with
`dated` a dateline with the year ("TORONTO, May 22, 2018 -"), with `prosecutions` a
prosecutor's credit for the case ("The case was prosecuted by Assistant District
Attorney X"), with `said_today` a first line "X said today", with `documents` a
line that offers the issuer's papers ("The full text of the letter is available here"), and
with `press_office` a line a press office writes for the press ("SOURCE Acme", "is
available for interviews", "Forward-Looking Statements"; frozen.RELEASE_PASSES); with
`news_credits`, a news agency's dateline ("LONDON (Reuters) -") or a reporter's credit
("Jo Pell, Staff Writer") is a news marker (frozen.NEWS_PASSES). With `reach`, a release's
footer ("###", "About Acme" over its paragraph, "Media contact", "SOURCE Acme"; since the
twenty-eighth round also "Contact Details" over a phone number or an e-mail address, and
"is available for interviews") also speaks
for the runs with a paragraph above it, up to a run that ends in a date line (a teaser's),
and its header ("For immediate release", "Embargoed") for the nearest one below, within
that many lines: chrome inside a body ("Reply Quote Like", a stray link) parts a release
into runs, and only its last has the footer; a teaser has neither (twenty-seventh round).
With `opening_reach`, a release's opening line (a dateline, "X issued the following
statement", "remarks as prepared for delivery": frozen.OPENING_PASSES) speaks for the runs
of its body below its own, past chrome, while each starts with a sentence ending in a full
stop (a teaser starts with a headline, or asks a question) and up to one that ends in a date
line, within that many lines: a member of Congress's floor remarks, parted by chrome into a
dozen runs, read as news after the first (twenty-eighth round). With `wire_lead`, a run
whose first paragraph has a distribution service's dateline loses the news markers above
it, a byline over a sponsored release, unless one is below it too (forty-first round).
The odds are chosen without
any of these: counted there, the statements tipped the validation split's choice of the
voice on a draw that needed it (twenty-second round). With `teasers`, a run also ends at a date line
that follows a paragraph ending in a full stop (a teaser's lead) and is followed by a
line that is not one (a headline, long or short, ends in none), where one teaser ends and
the next begins under "More news": without that cut one teaser's dateline moved the news
teasers beside it (twentieth round); after a release's header (contacts, titles, date)
the cut parted the body from the header's marker (twenty-first round). With `headlines`
too, where teasers have no date: at a headline over a paragraph, with one paragraph (the
lead) between it and the headline above (frozen.teaser_blocks; forty-second round). The odds are the
strongest the validation split cannot tell from the best: its sources are the training
data's, whose words already tell their genre, so it shows what a shift costs and not what
it is for (Refiner.choose_shift; nineteenth round).

With `menus`, a menu's line ("Home | About | Services | Legislation | Media | Contact")
and a newsroom section's name alone on its line ("Press Releases", "Latest News";
frozen.menu_lines) are boilerplate, at 0.99 or their own score if higher, once the trees
have decided: on a member of Congress's site the linear model read that menu and the
"Press Releases" heading under it as the statement below them, since their words are a
Congress release's (forty-fifth round). Set before the trees instead, as surer
neighbours, they moved some lines the other way (a site's name over its menu to content):
the trees are fitted on the linear scores as they are (the linear model has 301 of the
test and validation splits' 315 menu lines at 0.9 or more, 217 at 0.99). The option moves
no fitted weight; the run shift's odds are chosen with it.

With `mastheads`, the lines above a page's first menu line, when it is at most four
lines down, no paragraph is above it and no paragraph, date or byline right under it (a
site's name and tagline: "United Nations Office for Refugee Health", "Representing New
Mexico's 4th District"; not a headline over its tags and its lead;
frozen.masthead_lines), are boilerplate the same way: the linear model read an issuer's
masthead as its release. On the processed splits 377 such lines are boilerplate and 2 of
unknown genre. With `notes`, a host's note on what it carries but did not write
("auto-generated from a syndicated feed", "The above press release comes to you under an
arrangement with NewsVoir", "The newsroom of this site was not involved in its
creation"; frozen.host_note_lines) is boilerplate the same way: its words are a
release's, and the linear model read it as the release above it. With `appeals`, an
outlet's word to its readers about itself ("Support local journalism. Subscribe today.",
"X is a nonprofit newsroom funded by readers like you", "Have a news tip?", "You are free to
republish this story", "Reach him at ...", "Sign up for our daily newsletter";
frozen.house_lines) is boilerplate the same way: it sits in the story's run and the linear
model read it as the story (forty-seventh round). With `tags`, a page's list of tags
("Tags: floods, Kelantan", "Topics: ...", "Keywords: ...", "Distribution channels: ...";
frozen.tag_lines) is boilerplate the same way: its words are the story's.
With `signoffs`, a line ending in a wire's
mark (Xinhua's "Enditem", Yonhap's "(END)", "--IANS", "... said. (ANI)", "PTI ABC DEF") and
a desk's initials under one ("sd/pgh"; frozen.signoff_lines) are kept, at most 0.01
boilerplate: the story's own, as the reference page's "Source: Xinhua" is, though the
linear model put them at 0.92-0.98 boilerplate; as news credits they also move their run
to news (forty-sixth round). With `contacts`, a release's contact block ("Media
contact", "Contacts", "Press contacts:" at most six lines under a paragraph the trees
keep, and the name, organisation, phone, e-mail and "Tel:" lines right under it, up to
the last with a phone or an e-mail; frozen.contact_lines) is kept the same way: the
documents label it with its release, and the linear model read it as chrome. With
`bylines`, a story's byline ("By Jo Pell", "KRVL | By Jo Pell", "Compiled by Jo Pell",
"Author: Jo Pell", "From staff reports") at most four lines above a paragraph the trees
keep (frozen.byline_lines) is kept the same way: the news sites label bylines news, and
among a story's share buttons and reading time the trees read some as chrome; a byline's
role under it, a distribution service's name between a teaser's headline and lead, and a
teaser's date under a lead dated the same day, and a quote with its speaker ("“...,” said
X") under a kept sentence take the scores of the line they belong to (frozen.bare_name_lines,
frozen.dated_lead_lines, frozen.quote_lines; the quote since the fifty-ninth round); and on
a page that keeps no paragraph, the body under its first kept line, past a date line (its
first paragraph and the sentences right under it), is kept the same way (frozen.body_lines):
a city's or a union's short release on its own page read as chrome, every paragraph
(fifty-seventh round); since the sixty-second round also past a share bar's short lines
("Share", "Save", the writer's "Ethan Brooks, Business reporter"), with the byline over the
body so kept; and first of all, on a page of at most 100 lines where nothing is kept, its
runs of three or more sentences of ten words or more are kept (frozen.lone_body_lines): a
short release on an investor page read as chrome, every line, at 0.95 or more (sixty-third
round). With
`voiced`, a paragraph that opens as only a release opens ("X is pleased to announce",
"CITY — X today announced", "Acme, a leading provider of ...,", a distribution service's
dateline, a dateline with the year; frozen.voiced_lines) is kept too: a sponsor's teaser
among chrome is the release's, as on the reference page. With `end_marks`, a release's end mark ("###",
"-30-", "ENDS", "Notes to editors", "SOURCE Acme Corp") and a distribution service's notes
("Hashtag: #Acme", "Original content from: Acme, transmitted by news aktuell") at most
three lines under a kept line (frozen.end_mark_lines) is kept: the documents label it with the release, and the
trees read some as chrome (all forty-seventh round).

With `follow`, after the run shift each short line of a run with a paragraph (a headline,
a byline, a date line) has its press-release-over-news log-odds moved half way to those of
its nearest paragraph in the run (frozen._follow_paragraphs): its words say little of its
genre, and its scores lean to the neighbours outside the run, a story's date line under
its lead to the release teased below it (forty-seventh round; the half chosen on the
validation split).

With `credits`, an agency's name alone on its line ("PA Media", "(Reuters)", "Anadolu
Agency") right under two kept lines of prose or more, or under a "By X" that is, is kept
with that "By X" (frozen.credit_lines): a story's credit, not a photo's under its caption
(forty-eighth round); so is any one-word name alone there that the story's dateline
credits ("(BelTA)" over "BelTA"; fifty-sixth round), and under one paragraph when the lead
credits it so (fifty-eighth round). Before the byline passes, a lead that opens with an
agency's dateline ("Jakarta (ANTARA) - ") is kept, and the headline over it that shares two
words with it and the date lines between take its scores (frozen.agency_lead_lines,
frozen.over_lead_rows): the trees read a short agency story over release teasers as one
more teaser (fifty-eighth round).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sklearn.base import BaseEstimator

from . import frozen
from .features import make_rows
from .io import LabeledPage
from .labels import BOILERPLATE, CONTENT, LABELS


KEEP = "keep"  # the trees' other class when they decide boilerplate or not
# odds by which a marker in a run moves its lines' genre; 1: not at all
RUN_ODDS = (1, 3, 10, 30, 100, 300, 1000)


class Refiner(frozen.Refiner, BaseEstimator):
    """Trees over a classifier's scores in context. `fit(X, y)`: X is (Segments, the
    classifier's probabilities, columns in `classes` order), and with `words` a third item,
    what each line's own words add to the classifier's scores (same columns)."""

    def __init__(self, classes: Sequence[str] = tuple(LABELS), threshold: float = 0.9, window: int = 3,
                 wide: int = 6, shape_window: int = 2, max_iter: int = 100, learning_rate: float = 0.3,
                 max_leaf_nodes: int = 15, max_depth: int = 6, l2_regularization: float = 1.0,
                 content_weight: float = 0.5, linear_genres: bool = True, border: bool = True,
                 run_markers: bool = True, near: int = 4, touching: int = 2, bridge: bool = True,
                 strongest: bool = True, datelines: bool = True, teasers: bool = True, statements: bool = True,
                 openings: bool = True, dated: bool = True, prosecutions: bool = True, said_today: bool = True,
                 documents: bool = True, press_office: bool = True, news_credits: bool = True, own_site: bool = True,
                 reach: int = 16, opening_reach: int = 40, cohesion: bool = True, frames: bool = True,
                 words: bool = False, random_state: int = 0, bags: int = 10, isolated: int = 2,
                 wire_lead: bool = True, headlines: bool = True, menus: bool = True, mastheads: bool = True,
                 notes: bool = True, signoffs: bool = True, contacts: bool = True, appeals: bool = True,
                 bylines: bool = True, end_marks: bool = True, follow: bool = True, appositives: bool = True,
                 tags: bool = True, voiced: bool = True, credits: bool = True):
        self.menus = menus
        self.credits = credits
        self.voiced = voiced
        self.tags = tags
        self.appositives = appositives
        self.follow = follow
        self.end_marks = end_marks
        self.bylines = bylines
        self.appeals = appeals
        self.contacts = contacts
        self.mastheads = mastheads
        self.notes = notes
        self.signoffs = signoffs
        self.wire_lead = wire_lead
        self.headlines = headlines
        self.bags = bags
        self.isolated = isolated
        self.classes = classes
        self.frames = frames
        self.words = words
        self.datelines = datelines
        self.teasers = teasers
        self.statements = statements
        self.openings = openings
        self.dated = dated
        self.prosecutions = prosecutions
        self.said_today = said_today
        self.documents = documents
        self.press_office = press_office
        self.news_credits = news_credits
        self.own_site = own_site
        self.reach = reach
        self.opening_reach = opening_reach
        self.cohesion = cohesion
        self.bridge = bridge
        self.strongest = strongest
        self.touching = touching
        self.run_markers = run_markers
        self.near = near
        self.linear_genres = linear_genres
        self.border = border
        self.content_weight = content_weight
        self.threshold = threshold
        self.window = window
        self.wide = wide
        self.shape_window = shape_window
        self.max_iter = max_iter
        self.learning_rate = learning_rate
        self.max_leaf_nodes = max_leaf_nodes
        self.max_depth = max_depth
        self.l2_regularization = l2_regularization
        self.random_state = random_state

    def fit(self, X, y, groups=None, sample_weight=None):
        from sklearn.base import clone
        from sklearn.ensemble import HistGradientBoostingClassifier

        seg, proba, *rest = X
        words = rest[0] if rest else None
        y = np.asarray(y, dtype=object)
        classes = [str(c) for c in self.classes]
        self.run_column_ = classes.index(BOILERPLATE)
        rows = np.intersect1d(self.unsure(proba, seg), np.flatnonzero(np.isin(y, classes + [CONTENT])))
        if len(_targets(y[rows], self.linear_genres)) < (2 if self.linear_genres else len(classes)):
            raise ValueError(f"the refiner needs unsure lines of every label; these have {sorted(set(y[rows]))}")
        trees = HistGradientBoostingClassifier(
            max_iter=self.max_iter, learning_rate=self.learning_rate, max_leaf_nodes=self.max_leaf_nodes,
            max_depth=self.max_depth, l2_regularization=self.l2_regularization, early_stopping=False,
            random_state=self.random_state)
        # A `content` line (genre unknown, general-web pages) is not boilerplate: deciding
        # boilerplate or not, the trees count it as kept; deciding the label
        # (linear_genres off), it is a class of its own whose share scoring splits between
        # the genres as the linear model does (frozen.Refiner.adjust). Left out, the trees
        # learnt that unsure lines of general-web pages are boilerplate (content F1 0.78 ->
        # 0.40). Half weight: chosen by cross-validation on the validation split (RESULTS).
        w = np.where(y[rows] == CONTENT, self.content_weight, 1.0)
        if sample_weight is not None:
            w = w * np.asarray(sample_weight, dtype=float)[rows]
        target = y[rows]
        if self.linear_genres:  # boilerplate or not: one tree a round
            target = np.where(target == BOILERPLATE, BOILERPLATE, KEEP)
        F = self.features(seg, proba, rows, words)
        if self.bags > 1:
            # why: the module's docstring (one set moved much with the linear scores under it)
            _, page = np.unique(seg.start[rows], return_inverse=True)
            draws = _page_draws(page, target, w, self.bags, self.random_state)
            fitted = [clone(trees).fit(F, target, sample_weight=w * d[page]) for d in draws]
            self.trees_ = merge_trees([trees_of(t) for t in fitted])
            trees = fitted[0]
        else:
            trees.fit(F, target, sample_weight=w)
            self.trees_ = trees_of(trees)
        order = list(trees.classes_)
        if self.linear_genres:
            if order != [BOILERPLATE, KEEP]:  # scoring reads the raw score as KEEP's log-odds
                raise ValueError(f"unexpected classes {order}")
            self.columns_ = self.content_column_ = None
        else:
            self.columns_ = np.array([order.index(c) for c in classes])
            self.content_column_ = order.index(CONTENT) if CONTENT in order else None
        self.rows_ = len(rows)
        self.run_shift_ = None
        if self.run_markers:
            self.run_shift_, self.run_scores_ = self.choose_shift(seg, self.decide(seg, proba, words), y, groups)
        return self

    def choose_shift(self, seg, proba: np.ndarray, y: np.ndarray, groups=None) -> tuple[np.ndarray, dict]:
        """The run shift (see frozen.shift_runs) for RUN_ODDS, with the release voice
        counted or not, and the macro-F1 of each on these lines, for the card. One odds for
        every kind of marker: press release up by it where a release marker is in the run,
        down where a news marker is.

        The pick (`strongest`) is the strongest shift whose macro-F1 is not below the best
        one's by the paired 95% interval over resampled `groups` (sites; pages when None);
        without `strongest`, the best (the eighteenth round's rule). These lines
        come from the sources the model was trained on: their words already tell their
        genre, so a stronger shift gains them little and costs them little, and they
        cannot show what it is for, a kind of issuer the model has never seen, whose
        words mislead it and whose "###" does not (benchmarks/RESULTS.md, nineteenth round)."""
        classes = [str(c) for c in self.classes]
        known = np.isin(y, classes)
        if groups is None:
            groups = seg.start
        _, group = np.unique(np.asarray(groups)[known], return_inverse=True)
        gold = np.array([classes.index(label) for label in y[known]])
        n_groups = group.max() + 1
        draws = np.random.default_rng(self.random_state).multinomial(
            n_groups, np.full(n_groups, 1.0 / n_groups), size=RESAMPLES)
        shifts, scores, exact, resampled = [], {}, [], []
        for odds in RUN_ODDS:  # weakest first
            for voice in (False, True) if odds != 1 else (False,):
                # columns as marker_lines: release, news, release voice, news voice
                shift = np.log(odds) * np.array([1.0, -1.0, float(voice), -1.0])
                # the datelines only: the other passes are release markers either way,
                # and the statements counted here tipped the choice of the voice, whose
                # other phrases an issuer never seen needs (RESULTS, twenty-second round)
                shifted = frozen.shift_runs(seg, proba, shift, classes, self.near, int(self.touching), self.bridge,
                                             self.teasers, ["datelines"] if self.datelines else [],
                                             headlines=bool(getattr(self, "headlines", False))) \
                    if odds != 1 else proba
                counts = np.zeros((n_groups, len(classes), len(classes)))
                np.add.at(counts, (group, gold, shifted[known].argmax(axis=1)), 1)
                exact.append(float(_macro_f1(counts.sum(axis=0))))
                scores[f"{odds:g}" + (" with release voice" if voice else "")] = round(exact[-1], 4)
                shifts.append(shift)
                resampled.append(_macro_f1(np.einsum("dg,gij->dij", draws, counts)))
        best = int(np.argmax(exact))  # ties: the weaker
        if not self.strongest:
            return shifts[best], scores
        fine = [k for k in range(len(shifts)) if np.percentile(resampled[best] - resampled[k], 2.5) <= 0]
        return shifts[max(fine)], scores


RESAMPLES = 1000  # site draws behind choose_shift's interval


def _macro_f1(confusion: np.ndarray) -> np.ndarray:
    """Macro-F1 of each (gold x predicted) count matrix in the stack."""
    hit = np.diagonal(confusion, axis1=-2, axis2=-1)
    size = confusion.sum(axis=-2) + confusion.sum(axis=-1)
    return (2 * hit / np.maximum(size, 1)).mean(axis=-1)


def _targets(y: np.ndarray, linear_genres: bool) -> dict[str, int]:
    """How many lines of each class the trees learn from."""
    if linear_genres:
        y = np.where(y == BOILERPLATE, BOILERPLATE, KEEP)
    labels, counts = np.unique(y[y != CONTENT] if not linear_genres else y, return_counts=True)
    return dict(zip(labels.tolist(), counts.tolist()))


def trees_of(model) -> frozen.Trees:
    """A fitted HistGradientBoostingClassifier's trees as frozen.Trees (leaves point to
    themselves, so every row takes the same number of steps)."""
    feature, threshold, child, value, roots, tree_class = [], [], [], [], [], []
    offset, depth = 0, 0
    for iteration in model._predictors:  # one tree per class and iteration
        for k, predictor in enumerate(iteration):
            nodes = predictor.nodes
            if nodes["is_categorical"].any():
                raise ValueError("categorical splits are not supported")
            leaf = nodes["is_leaf"].astype(bool)
            own = np.arange(len(nodes)) + offset
            feature.append(np.where(leaf, 0, nodes["feature_idx"]))
            threshold.append(np.where(leaf, np.inf, nodes["num_threshold"]))
            child.append(np.column_stack([np.where(leaf, own, nodes["left"] + offset),
                                          np.where(leaf, own, nodes["right"] + offset)]))
            value.append(np.where(leaf, nodes["value"], 0.0))
            roots.append(offset)
            tree_class.append(k)
            depth = max(depth, int(nodes["depth"].max()))
            offset += len(nodes)
    return frozen.Trees(np.concatenate(feature).astype(np.intp), np.concatenate(threshold).astype(np.float64),
                        np.concatenate(child).ravel().astype(np.intp), np.concatenate(value).astype(np.float64),
                        np.array(roots, dtype=np.intp), np.array(tree_class), depth,
                        np.asarray(model._baseline_prediction, dtype=np.float64).ravel())


class TooFewPages(ValueError):
    """Unsure lines of some label are on too few pages to resample them (bags > 1)."""


def _page_draws(page: np.ndarray, target: np.ndarray, weight: np.ndarray, bags: int, seed: int,
                attempts: int = 100) -> list[np.ndarray]:
    """`bags` bootstrap draws of the pages (how many times each is drawn), each drawing
    some weight of every target class: a draw without one would fit its trees on a prior
    of zero for it (an extreme baseline in the mean), so it is drawn again."""
    n_pages = int(page.max()) + 1
    classes = [target == c for c in np.unique(target)]
    rng = np.random.default_rng(seed)
    draws: list[np.ndarray] = []
    for _ in range(attempts):
        d = rng.multinomial(n_pages, np.full(n_pages, 1.0 / n_pages))
        if all((weight[c] * d[page[c]]).sum() > 0 for c in classes):
            draws.append(d)
            if len(draws) == bags:
                return draws
    raise TooFewPages(f"the refiner's page resamples keep leaving a label out ({n_pages} pages): "
                      "too few pages with unsure lines of each label for bags > 1")


def merge_trees(sets: Sequence[frozen.Trees]) -> frozen.Trees:
    """Several tree sets as one whose raw scores are the mean of theirs."""
    offsets = np.cumsum([0] + [len(t.feature) for t in sets[:-1]])
    return frozen.Trees(np.concatenate([t.feature for t in sets]), np.concatenate([t.threshold for t in sets]),
                        np.concatenate([t.child + o for t, o in zip(sets, offsets)]),
                        np.concatenate([t.value / len(sets) for t in sets]),
                        np.concatenate([t.roots + o for t, o in zip(sets, offsets)]),
                        np.concatenate([t.tree_class for t in sets]), max(t.depth for t in sets),
                        np.mean([t.baseline for t in sets], axis=0))


# fewer unsure lines than this (a few hand-labelled pages) teach trees nothing reliable
MIN_ROWS = 300


# what each marker pass (frozen.RELEASE_PASSES, NEWS_PASSES) counts as a marker, for the card
PASS_TEXT = {"datelines": "distribution services' datelines (\"/PRNewswire/ --\", an Indian agency's paid "
                          "feed's \"(ANI/NewsVoir):\", the distributor's own \"(NewsVoir)\", or its house "
                          "dateline with no credit, \"Pune (Maharashtra) "
                          "[India], November 30:\", Media OutReach's \"- Media OutReach Newswire -\", news "
                          "aktuell's \"Dresden (ots) -\")",
             "statements": 'lines giving out "the following statement" (or remarks), a statement\'s title '
                           '("Statement from X on Y", "STATEMENT REGARDING X", "PRESS STATEMENT"), a UN office\'s '
                           '"This is a summary of what was said by" and a site\'s "The following is a news release '
                           'from X:"',
             "openings": 'lines opening "Today, X announced", and "X is pleased to announce" (or "is delighted '
                         'to have achieved") or a dateline in capitals then "X today announced" (or "today '
                         'reported") outside a quote, "X wishes to inform the public", "Today we\'re open-sourcing", '
                         'or an issuer\'s act today in a line\'s first sentence ("X today opened", "today '
                         'joined") with no agency\'s credit, or a Japanese issuer\'s "(Head Office: Osaka; '
                         'President: X)", or a teaser\'s lead in which an organisation reports an act of its own '
                         'with no one saying so, under a headline of any case after a dateline with no year or '
                         'agency ("Osaka, Japan, March 5: Acme Air will start daily flights", "Panaji, January 3: '
                         'Leading hospitality brand Acme Hotels has opened", "Acme Exports launches") or, with '
                         'none, under a title-case headline that names it first over the teaser\'s date, or a '
                         'quote\'s speaker the line calls its own ("said Jo Pell, our network manager")',
             "dated": "lines opening with a dateline that has the year (\"TORONTO, May 22, 2018 -\", "
                      "\"Rotterdam, 14 September 2026 –\")",
             "appositives": 'lines opening with an issuer\'s praise of itself after its name ("Accra, Nov 30: '
                            'Acme, a leading provider of payments software,"), or with a description of itself '
                            'that its "announced" or an act of its own follows ("Acme A/S, a Danish biotechnology '
                            'company, announced", "Acme Grain, Kazakhstan\'s largest grain trader, has reported")',
             "prosecutions": 'lines crediting a case\'s prosecutors ("The case was prosecuted by ...")',
             "said_today": 'lines opening "X said today"',
             "documents": 'lines offering the issuer\'s papers ("The full text of the letter is available here")',
             "press_office": 'lines a press office writes for the press ("SOURCE Acme", "is available for interviews", '
                             '"By Sgt. Jo Pell, 412th Wing Public Affairs", a portal\'s "Issued by Acme", '
                             'a numbered release\'s "RELEASE 26-118", "Source: Acme Holdings, Inc." by its legal form, '
                             'which is then no news marker, "Submitted by Acme" over a text that opens with Acme, '
                             'a government portal\'s "From: Department of X", "About Acme" over a short sentence '
                             'that opens with Acme, Acme named above)',
             "own_site": "prose naming the site's owner as its copyright line gives it (\"© 2026 Acme\"), its "
                         "masthead and footer do, or a credit for the text (\"Submitted by Acme\", \"By Acme "
                         "Library\"), or on an embassy's site its country, and all prose under a masthead over a "
                         "newsroom's, a company's or a shop's menu (\"Acme | Newsroom\", \"Company | Products | "
                         "Careers\", \"Product | Pricing | Customers\", \"New in | Women | Men | Stores\", \"Expertise | "
                         "Careers\", \"Flight status | Help\", \"Patients and visitors | Work for us\", \"Study | "
                         "Alumni\") or a public body's (a parliament's, \"Ministry of X, Republic of Y\"), a body's "
                         "initials for its name, an event's name without its year, unless the page speaks of the "
                         "owner as a paper of itself (\"obtained by Acme\", \"Jo Pell covers schools for Acme\") or says it "
                         "is a newspaper",
             "news_credits": 'news agencies\' datelines and reporters\' credits ("LONDON (Reuters) -", '
                             '"Mumbai (Maharashtra) [India], November 28 (ANI):", "Jo Pell, Staff Writer", "Jo Pell is '
                             'a health reporter for the Echo", "tells the Health Blog"), a wire\'s mark at the end of '
                             'its copy ("Enditem", "(END)", "--IANS") and an agency\'s name alone on its line ("(PNA)", '
                             '"AAP"); and "Source: X" for an X that is no agency\'s or outlet\'s name ("Source: '
                             'UNICEF") no news marker'}


def _passes_text(names: Sequence[str]) -> str:
    """The card's words for the marker passes `names` (frozen.RELEASE_PASSES, NEWS_PASSES)."""
    parts = [f"{kind} markers also: " + ", ".join(PASS_TEXT[name] for name in names if name in passes)
             for kind, passes in (("release", frozen.RELEASE_PASSES), ("news", frozen.NEWS_PASSES))
             if any(name in passes for name in names)]
    # choose_shift counts the datelines only
    if any(name != "datelines" for name in names):
        parts.append("all but the datelines left out in choosing the odds" if "datelines" in names
                     else "left out in choosing the odds")
    return " (" + "; ".join(parts) + ")" if parts else ""


def method_text(refiner) -> str:
    """The card's words for how a fitted Refiner scores (its options as set)."""
    return ("gradient-boosted trees (HistGradientBoostingClassifier) over the model's scores "
            "of the lines around and their shapes"
            + (f" (the mean of {refiner.bags} sets, each fitted on a resample of the pages)"
               if refiner.bags > 1 else "")
            + (", and how far each line shares its words with the lines around it and with the paragraphs "
               "near it, and whether its page repeats it" if refiner.cohesion else "")
            + (", and the paragraphs above and below the block of short lines each line is in (a list inside "
               "a body sits between its paragraphs, a menu beside chrome)" if refiner.frames else "")
            + ", for lines whose top score is below the threshold"
            + (" or whose top label differs from a neighbour's" if refiner.border else "")
            + (f" or that sit in a block of at most {refiner.isolated} short lines between two paragraphs"
               if refiner.isolated else "")
            + (", a menu's line, a newsroom section's name (\"Home | About | Media | Contact\", \"Press "
               "Releases\", \"In brief\"), a breadcrumb trail (\"Home > News > Statements\", \"Statistics › "
               "Prices\") or a section's name that is an item of the page's menu then set to boilerplate"
               if getattr(refiner, "menus", False) else "")
            + (", the lines over a page's first menu at its top (its masthead) too"
               if getattr(refiner, "mastheads", False) else "")
            + (", a host's note on what it carries (\"auto-generated from a syndicated feed\") too"
               if getattr(refiner, "notes", False) else "")
            + (", a page's tags (\"Tags: floods, Kelantan\") too" if getattr(refiner, "tags", False) else "")
            + (", an outlet's word to its readers about itself (\"Support local journalism. Subscribe today.\", "
               "\"Comments are closed.\") too"
               if getattr(refiner, "appeals", False) else "")
            + (", a line ending in a wire's mark (\"Enditem\", \"(END)\", \"--IANS\") kept"
               if getattr(refiner, "signoffs", False) else "")
            + (", a release's contact block (\"Media contact\" over a name and a phone number, under a "
               "kept paragraph) kept" if getattr(refiner, "contacts", False) else "")
            + (", a paragraph that opens as only a release opens (\"X is pleased to announce\") kept, and a "
               "release's teaser that the page labels as one (\"Press Release: Acme Bank\" under its headline, a "
               "\"PRESS RELEASE\" kicker over it) kept as a release" if getattr(refiner, "voiced", False) else "")
            + (", a release's end mark (\"###\", \"ENDS\", \"SOURCE Acme\"), a distribution service's note "
               "(\"Hashtag: #Acme\"), a site's credit that calls the text a release (\"— News release from "
               "Acme\") or a press office's offer (\"For interviews contact ...\") under a kept line kept, and a "
               "sentence right under a kept \"Notes to editors\""
               if getattr(refiner, "end_marks", False) else "")
            + (", a story's byline over its first paragraph kept, and a name alone between a kept headline and "
               "its date given the headline's scores, an agency's name alone there or between that date and the "
               "lead too, a byline's role (\"Statehouse reporter\") the byline's, a distribution service's name "
               "between a teaser's headline and lead the headline's, and a teaser's date under a lead dated the "
               "same day the lead's, a story's date line between its headline and first paragraph the "
               "paragraph's, a quote with its speaker (\"'It is good,' said X\") under a kept sentence the "
               "sentence's, and on a page that keeps no paragraph the body under its first kept lines "
               "(past their byline and date, a date line and a share bar's short lines, its first paragraph and "
               "the sentences right under it, down to a host's note) kept, with its byline, and first of all, "
               "on a page of at most 100 lines where nothing is kept, its runs of three or more sentences kept"
               if getattr(refiner, "bylines", False)
               else "")
            + (", an agency's name alone under a story's last paragraphs (\"PA Media\", \"Anadolu Agency\", or "
               "one the story's dateline credits: \"(BelTA)\" over \"BelTA\", under one paragraph then) kept, "
               "and a lead under an agency's dateline (\"Jakarta (ANTARA) - \") kept with the headline over it "
               "that shares its words and the date between" if getattr(refiner, "credits", False) else "")
            + "; "
            + ("they decide boilerplate or not, the genre stays the linear model's" if refiner.linear_genres
               else "they decide the label")
            + ("; then the genres of each run of lines between boilerplate lines"
               + (" (or from a teaser's date line, under its lead, to a headline after it"
                  + (", or between a teaser's lead and the next headline" if getattr(refiner, "headlines", False)
                     else "") + ")" if refiner.teasers else "")
               + " move by the release and news markers in it"
               + (" or touching it (a release's heading under a run, \"Press Release\" over a teaser, not)"
                  if refiner.touching else "")
               + (f", a release's footer (\"###\", \"About Acme\", \"Media contact\", \"Contact Details\" over a phone "
                  f"number, \"is available for interviews\") also for the runs with a "
                  f"paragraph above it, up to a teaser's date line, and its header (\"For immediate release\") for the one below, "
                  f"within {refiner.reach} lines" if refiner.reach else "")
               + (f", and a release's opening line (a dateline, \"issued the following statement\") for the "
                  f"runs of its body below it that start with a sentence, up to a date line, within "
                  f"{refiner.opening_reach} lines" if refiner.opening_reach else "")
               + (", and a byline over a distribution service's dateline that starts a run counts for "
                  "nothing there" if getattr(refiner, "wire_lead", False) else "")
               + _passes_text([name for name in (*frozen.RELEASE_PASSES, *frozen.NEWS_PASSES)
                                               if getattr(refiner, name)])
               + (", by the strongest odds whose score on the same pages is not below the best's by a "
                  "paired interval over their sites" if refiner.strongest else ", by odds chosen on the same pages")
               + ("; then each short line of a run moved half way to the genre of the run's nearest paragraph"
                  if getattr(refiner, "follow", False) else "")
               if refiner.run_markers else ""))


def refine(pipeline, pages: Sequence[LabeledPage], head_weight: float = 1.0, **params) -> dict | None:
    """Fit a Refiner on `pages` (with the pipeline as it scores now) and attach it to the
    pipeline's StackedClassifier; returns a report for the card, or None (and no
    refiner) when the pages have too few unsure lines of some label, or have them on too
    few pages to resample (TooFewPages)."""
    import time

    from .blocks import StackedClassifier

    classifier = pipeline.named_steps["classifier"]
    if not isinstance(classifier, StackedClassifier):
        raise ValueError("the refiner reads a StackedClassifier's scores")
    start = time.perf_counter()
    classifier.refiner_ = None
    X = pipeline[:-1].transform(make_rows([p.texts for p in pages]))
    proba = classifier.predict_proba(X)
    gold = [label for p in pages for label in p.labels]
    refiner = Refiner(classes=[str(c) for c in classifier.classes_], **params)
    unsure = np.asarray(gold, dtype=object)[refiner.unsure(proba, X.segments)]
    counts = _targets(unsure[np.isin(unsure, list(refiner.classes) + [CONTENT])], refiner.linear_genres)
    needed = 2 if refiner.linear_genres else len(refiner.classes)
    if len(counts) < needed or min(counts.values()) * needed < MIN_ROWS:
        return None
    words = classifier.word_scores(X) if refiner.words else None
    weight = None
    if head_weight != 1.0:
        from .training import real_heads

        weight = np.where(real_heads(pages), head_weight, 1.0)
    try:
        classifier.refiner_ = refiner.fit((X.segments, proba, words), gold, [p.site for p in pages for _ in p.texts],
                                          sample_weight=weight)
    except TooFewPages:
        classifier.refiner_ = None
        return None
    return {"method": method_text(refiner),
            "parameters": {**{k: v for k, v in refiner.get_params().items() if k != "classes"},
                           "head_weight": head_weight},
            "segments": len(gold), "unsure_segments": refiner.rows_,
            "trees": len(refiner.trees_.roots), "seconds": round(time.perf_counter() - start, 1),
            **({"run_shift": [round(float(v), 3) for v in refiner.run_shift_], "run_scores": refiner.run_scores_}
               if refiner.run_shift_ is not None else {})}
