"""An HTML page as a document: main text by trafilatura, headline/date/outlet as metadata.

What the warehouse stores for an HTML page (its raw text, which every span indexes) is the
headline line, a blank line, then trafilatura's main text (navigation, sidebars, related news,
comments and footers left out). The original file stays untouched in the landing folder. The
headline, publication date and outlet travel with the document as its meta fields:

* headline: trafilatura's title (``og:title``, ``<h1>``, ``<title>``), outlet suffix cut off;
* date: the page's structured markup (``article:published_time``, JSON-LD, ``<time>``; htmldate
  without its free-text search, which picks dates from related-news lists), else the byline next
  to the headline in the page's visible lines, read by the same rules as plain-text pages;
* outlet: ``og:site_name``, else the page's © footer, attribution or signature.

No network: trafilatura only parses the given markup.
"""

from __future__ import annotations

from dataclasses import dataclass

from .headline import strip_outlet_suffix
from .page import analyse_page

INVISIBLE = ("script", "style", "noscript", "template", "svg", "iframe", "head", "object", "canvas")
BLOCKS = (
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "td",
    "th",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "nav",
    "aside",
    "blockquote",
    "figure",
    "figcaption",
    "time",
    "span",
    "a",
    "main",
    "address",
    "dd",
    "dt",
)
EXTRACTION = {
    "with_metadata": True,
    "favor_precision": True,
    "include_comments": False,
    "include_tables": False,
    "include_images": False,
    "include_links": False,
    "date_extraction_params": {"extensive_search": False, "original_date": True},
}


@dataclass(frozen=True)
class HtmlPage:
    text: str
    title: str | None
    published_date: str | None
    outlet: str | None


def visible_text(tree) -> str:
    """The page's visible text, one block per line (for the byline and footer, not for facts)."""
    from lxml import etree

    etree.strip_elements(tree, *INVISIBLE, with_tail=False)
    for el in tree.iter(*BLOCKS):
        el.tail = "\n" + (el.tail or "")
    return "\n".join(line.strip() for line in tree.text_content().split("\n") if line.strip())


def _compose(title: str | None, body: str) -> str:
    body = body.strip()
    if not title or body.split("\n", 1)[0].strip() == title:
        return body
    return f"{title}\n\n{body}"


def read_html(html: str) -> HtmlPage | None:
    """The document of an HTML page, or None when it has no article text."""
    import copy

    import trafilatura

    tree = trafilatura.load_html(html)
    if tree is None:
        return None
    visible = visible_text(copy.deepcopy(tree))
    doc = trafilatura.bare_extraction(tree, **EXTRACTION)
    if doc is None or not (doc.text or "").strip():
        return None
    title = (doc.title or "").strip() or None
    layout = analyse_page(visible, meta_title=title)
    outlet = (doc.sitename or "").strip() or layout.source_name
    if title:
        title = strip_outlet_suffix(title, outlet)
    title = title or layout.title
    return HtmlPage(_compose(title, doc.text), title, doc.date or layout.published_date, outlet)
