"""Page layout: where the article body is, its headline, date and outlet.

Scraped pages wrap the article in widgets (weather, currency), share buttons,
related-news lists, comment forms and footers. The body is the run of content
paragraphs after the headline and before the first trailing-boilerplate marker;
only the headline and the body (less repeated paragraphs and in-body captions)
are read for facts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import headline as hl
from . import outlets
from .dates import has_time, has_weekday, parse_date

# A line that starts trailing boilerplate: everything from it on is not the article.
STOP_MARKERS = re.compile(
    r"^(?:©|\(c\)|Copyright\b|Читайте также|Читайте нас|Похожие (?:новости|материалы|статьи)|Другие новости|"
    r"Последние новости|Новости по теме|Ещё по теме|Еще по теме|"
    r"Оставить комментарий|Комментарии\b|Добавить комментарий|"
    r"Ваш адрес email|Курс валют|Погода\b|Редакция\b|Реклама\b|Социальные сети|"
    r"Подписывайтесь|Подписаться|Жазылыңыз|Поделиться|"
    r"Заметили ошибку|Ұқсас жаңалықтар|Топ жаңалықтар|Серіктес жаңалықтары|Сіздің реакцияңыз|Тағы оқыңыз|"
    r"Пікір қалдыру|Пікірлер|Соңғы жаңалықтар|Өзге жаңалықтар|Related news|Read also|Share\b|Tags?:|Теги:|Тэги:)",
    re.IGNORECASE,
)
# Lines inside the article area that are page furniture, not text.
FURNITURE = re.compile(
    r"^(?:Фото|Фото:|Фото\s*/|Видео|Автор|Источник|Photo|ПОДЕЛИТЬСЯ|Поделиться|Бөлісу|Categories\b|Рубрика|"
    r"Ұнайды|Ұнамайды|Күлкілі|Ашулы|Нравится|Просмотров|Show more)\b",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"[.!?…»\"”]\s*$")
PARAGRAPH_END = re.compile(r"[.…][\"»”)]?\s*$")
WORD = re.compile(r"[^\W\d_][\w\-']*")
# A stamp some page stores put in front of the first line: " date 2024-03-12 Headline…".
STORE_STAMP = re.compile(r"^\s*date\s+(?P<date>\d{4}-\d\d-\d\d)(?:\s+|$)")
COUNTER = re.compile(r"^[\d\s.,:/()+-]+$")
BEFORE_TITLE_DATE_LINES = 2
AFTER_TITLE_DATE_LINES = 6
AFTER_BODY_DATE_LINES = 3
LEAD_PARAGRAPHS = 3


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str  # stripped

    @property
    def words(self) -> int:
        return len(WORD.findall(self.text))


@dataclass
class PageLayout:
    title: str | None
    title_span: tuple[int, int] | None
    body_start: int
    body_end: int
    published_date: str | None
    source_name: str | None
    zones: list[tuple[int, int]] = field(default_factory=list)


def zone_at(zones: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    """The text zone (title or body paragraph) that holds position pos, if any."""
    return next(((zs, ze) for zs, ze in zones if zs <= pos < ze), None)


def split_lines(text: str) -> list[Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            out.append(Line(pos + lead, pos + lead + len(stripped), stripped))
        pos += len(raw) + 1
    return out


def _prose(line: Line) -> bool:
    """Words, not page furniture or the start of trailing boilerplate: lower-case letters in it."""
    if FURNITURE.match(line.text) or STOP_MARKERS.match(line.text):
        return False
    return any(ch.islower() for ch in line.text)


def is_content(line: Line) -> bool:
    """A paragraph of article text: long enough, with lower-case words."""
    # Headlines rarely end with a full stop; paragraphs do (or are long).
    return _prose(line) and (line.words >= 30 or (line.words >= 6 and SENTENCE_END.search(line.text) is not None))


def is_short_text(line: Line) -> bool:
    """A sentence too short to tell from a headline on a page ("Форумға 300 жас қатысты."): the text
    itself when a page has nothing longer (a one-line note, a feed item)."""
    return _prose(line) and line.words >= 2 and PARAGRAPH_END.search(line.text) is not None


def is_paragraph(line: Line) -> bool:
    """Article text for sure: a long paragraph, or a sentence ending with a full stop."""
    return is_content(line) and (line.words >= 30 or (line.words >= 8 and PARAGRAPH_END.search(line.text) is not None))


def _strip_store_stamp(lines: list[Line]) -> tuple[list[Line], str | None]:
    """Drop a leading ' date YYYY-MM-DD ' stamp from the first line; return the stamp's date."""
    m = STORE_STAMP.match(lines[0].text) if lines else None
    if not m:
        return lines, None
    first = lines[0]
    rest = first.text[m.end() :]
    kept = [Line(first.start + m.end(), first.end, rest)] if rest else []
    return kept + lines[1:], m.group("date")


def _is_byline(line: Line) -> bool:
    text = line.text
    return (
        hl.is_date_line(text)
        or hl.is_name_line(text)
        or outlets.signature_line(text) is not None
        or COUNTER.match(text) is not None
        or FURNITURE.match(text) is not None
        or is_paragraph(line)
    )


def find_headline(lines: list[Line], anchor: int, meta_title: str | None = None) -> int | None:
    """Index of the headline among the lines before the body anchor, or None."""
    if meta_title:
        wanted = meta_title.strip()
        found = next((i for i, ln in enumerate(lines[: anchor + 1]) if ln.text == wanted), None)
        if found is not None:
            return found
    texts = [ln.text for ln in lines]
    best: tuple[float, int] | None = None
    for i in range(anchor):
        text = texts[i]
        continued = i + 1 < len(lines) and texts[i + 1][:1].islower() and lines[i + 1].words >= 5
        if not hl.headline_like(text, after_colon=i > 0 and texts[i - 1].endswith(":"), continued=continued):
            continue
        others = [t for j, t in enumerate(texts[: anchor + 2]) if j != i]
        if any(text.startswith(t) and len(t) < len(text) and t in texts[:i] for t in others):
            continue  # the headline again with a caption or credit after it
        repeated = any(text in t for t in others) or (
            meta_title is not None and text.casefold() in meta_title.casefold()
        )
        followed = i + 1 < len(lines) and _is_byline(lines[i + 1])
        value = hl.score(text, anchor - i - 1, repeated, followed)
        if best is None or value > best[0]:
            best = (value, i)
    return best[1] if best else None


def _date_window(lines: list[Line], title: int | None, body: int) -> list[Line]:
    """Lines where a byline date may stand: next to the headline, else above the body."""
    if title is None:
        return [ln for ln in lines[:body] if not (has_weekday(ln.text) and not has_time(ln.text))]
    after = lines[title + 1 : min(body, title + 1 + AFTER_TITLE_DATE_LINES)]
    before = lines[max(0, title - BEFORE_TITLE_DATE_LINES) : title]
    # A weekday without a time above the headline is the header's "today" widget, not a byline.
    before = [ln for ln in before if not (has_weekday(ln.text) and not has_time(ln.text))]
    return after + before[::-1]


def find_published(
    lines: list[Line], title: int | None, body: int, body_last: int, stop: int, stamp: str | None
) -> str | None:
    """The article's date: a byline next to the headline, the store stamp, or a byline after the body."""
    for ln in _date_window(lines, title, body):
        if len(ln.text) <= 120 and hl.is_date_line(ln.text):
            return parse_date(ln.text)
    if stamp:
        return stamp
    for ln in lines[body_last + 1 : min(stop, body_last + 1 + AFTER_BODY_DATE_LINES)]:
        if len(ln.text) <= 80 and hl.is_date_line(ln.text):
            return parse_date(ln.text)
    return None


def find_outlet(lines: list[Line], title: int | None, body: int, body_last: int) -> str | None:
    """The outlet: © line, attribution in the lead, signature under the headline or after the body."""
    for ln in lines:
        if ln.text.startswith(("©", "(c)", "(C)", "Copyright", "copyright")) or "©" in ln.text:
            name = outlets.from_copyright(ln.text)
            if name:
                return name
    head = (title + 1) if title is not None else 0
    lead = [ln for ln in lines[head : body_last + 1] if is_content(ln)][:LEAD_PARAGRAPHS]
    for ln in lines[head:body] + lead:
        name = outlets.from_attribution(ln.text)
        if name:
            return name
    for ln in lines[head:body] + lines[body_last + 1 :]:
        name = outlets.signature_line(ln.text)
        if name:
            return name
    return None


def _body_span(lines: list[Line], first: int, is_text=is_content) -> tuple[int, int, int]:
    """(first, last, stop): the body's first and last line indexes and the first trailing-boilerplate line."""
    stop = next((i for i in range(first, len(lines)) if STOP_MARKERS.match(lines[i].text)), len(lines))
    content = [i for i in range(first, stop) if is_text(lines[i])]
    return first, (content[-1] if content else first - 1), stop


def _zones(lines: list[Line], title: int | None, first: int, last: int) -> list[tuple[int, int]]:
    zones: list[tuple[int, int]] = []
    seen: set[str] = set()
    if title is not None:
        zones.append((lines[title].start, lines[title].end))
        seen.add(lines[title].text)
    for ln in lines[first : last + 1]:
        if FURNITURE.match(ln.text) or ln.text in seen:
            continue  # captions and repeated paragraphs are not read twice
        seen.add(ln.text)
        zones.append((ln.start, ln.end))
    return zones


def _meta_date(meta_date: str | None) -> str | None:
    if not meta_date:
        return None
    m = re.match(r"\d{4}-\d\d-\d\d", meta_date.strip())
    return parse_date(meta_date) or (m.group() if m else None)


def analyse_page(
    text: str, meta_title: str | None = None, meta_date: str | None = None, meta_source: str | None = None
) -> PageLayout:
    lines, stamp = _strip_store_stamp(split_lines(text))
    if not lines:
        return PageLayout(None, None, 0, 0, _meta_date(meta_date) or stamp, meta_source)
    anchor = next((i for i, ln in enumerate(lines) if is_paragraph(ln)), len(lines))
    title = find_headline(lines, anchor, meta_title)
    start = (title + 1) if title is not None else 0
    first = next((i for i in range(start, len(lines)) if is_content(lines[i])), anchor)
    is_text = is_content
    if first >= len(lines):  # no paragraph at all: short sentences are the text
        is_text = is_short_text
        first = next((i for i in range(start, len(lines)) if is_short_text(lines[i])), len(lines))
    first, last, stop = _body_span(lines, min(first, len(lines)), is_text)
    body = lines[first : last + 1]
    published = _meta_date(meta_date) or find_published(lines, title, first, last, stop, stamp)
    source = meta_source or find_outlet(lines, title, first, last)
    title_text, title_span = None, None
    if title is not None:
        title_text = hl.strip_outlet_suffix(lines[title].text, source)
        title_span = (lines[title].start, lines[title].start + len(title_text))
    if meta_title and (title is None or lines[title].text != meta_title.strip()):
        title_text = hl.strip_outlet_suffix(meta_title.strip(), source)
    return PageLayout(
        title=title_text,
        title_span=title_span,
        body_start=body[0].start if body else 0,
        body_end=body[-1].end if body else 0,
        published_date=published,
        source_name=source,
        zones=_zones(lines, title, first, last),
    )
