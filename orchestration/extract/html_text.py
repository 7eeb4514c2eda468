"""Plain text from an HTML page: scripts, styles and markup dropped, blocks kept on lines."""

from __future__ import annotations

import re
from html.parser import HTMLParser

BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "section", "article", "header", "footer", "nav", "aside", "blockquote", "figure", "figcaption", "title",
}
SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "iframe", "head"}


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.title: str | None = None
        self._in_title = False
        self._in_h1 = False
        self.h1: str | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self._in_title = True
        elif tag in SKIP_TAGS:
            self.skip_depth += 1
        elif tag == "h1":
            self._in_h1 = True
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        elif tag in SKIP_TAGS and self.skip_depth:
            self.skip_depth -= 1
        elif tag == "h1":
            self._in_h1 = False
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if self._in_title:
            self.title = (self.title or "") + data
            return
        if self.skip_depth:
            return
        if self._in_h1:
            self.h1 = ((self.h1 or "") + data).strip()
        self.parts.append(data)


def html_to_text(html: str) -> tuple[str, str | None]:
    """Return (text, headline) where headline is the page's h1 or <title>."""
    parser = _TextCollector()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\f\v]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    headline = parser.h1 or (parser.title.strip() if parser.title else None)
    return text, headline
