"""Readable text from HTML: paragraphs kept apart, scripts and styles left out, entities decoded."""

import re
from html.parser import HTMLParser

__all__ = ["html_text", "PageText", "read_page"]

BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section",
          "article", "header", "footer", "tr", "table", "pre", "figure", "figcaption", "hr", "dd", "dt"}
HIDDEN = {"script", "style", "noscript", "template", "svg", "head", "nav", "iframe"}


class PageText(HTMLParser):
    """Collects the visible text of an HTML document, its <title> and its publication time."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self.hidden = 0
        self.in_title = False
        self.published: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        if tag in HIDDEN:
            self.hidden += 1
        if tag in BLOCKS:
            self.parts.append("\n\n")
        found = dict(attrs)
        if tag == "meta" and found.get("property") in ("article:published_time", "og:published_time"):
            self.published = self.published or found.get("content")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in HIDDEN and self.hidden:
            self.hidden -= 1
        if tag in BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
        elif not self.hidden:
            self.parts.append(data)

    @property
    def text(self) -> str:
        paragraphs = (re.sub(r"\s+", " ", p).strip() for p in "".join(self.parts).split("\n\n"))
        return "\n\n".join(p for p in paragraphs if p)

    @property
    def title(self) -> str | None:
        return re.sub(r"\s+", " ", "".join(self.title_parts)).strip() or None


def read_page(html: str) -> PageText:
    page = PageText()
    page.feed(html)
    page.close()
    return page


def html_text(html: str | None) -> str:
    """The text of an HTML fragment, one blank line between paragraphs.

    >>> html_text("<p>Chile &amp; Peru</p><p>agreed.</p>")
    'Chile & Peru\\n\\nagreed.'
    """
    return read_page(html).text if html else ""
