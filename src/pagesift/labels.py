"""The label set, in the order used for score columns and reports."""

NEWS = "news"
PRESS_RELEASE = "press_release"
BOILERPLATE = "boilerplate"
LABELS: tuple[str, ...] = (NEWS, PRESS_RELEASE, BOILERPLATE)

# Corpus-only label: main content whose genre was never verified. It says
# "not boilerplate" and nothing about news vs press release, so it is never
# trained as either (see data/README.md).
CONTENT = "content"
