"""Sentence bounds: the one definition of where a sentence starts and ends, for every module
(context, persons, organisations, metrics, the Kazakh CRF tagger).

Sentences are split by ``razdel.sentenize`` (the splitter made for Russian; it keeps abbreviations
and initials inside a sentence: ``т.е.``, ``г. Алматы``, ``А. Б. Иванов``), with two rules on top:

- a line break always ends a sentence (a headline, a list item, a paragraph without a full stop);
- a lower-case one-letter abbreviation never ends one (``2024 ж. 5 наурызда``, ``2024 j. 5 naýryzda``:
  razdel knows the Russian ``г.`` but not the Kazakh ``ж.`` / ``j.`` before a number).

Only the line around a position is split (lines are cached), so boilerplate is never split.
razdel rather than a shared regex: abbreviations, initials and quotations are razdel's rules, not
a list of ours.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from razdel import sentenize

# a word opening a quotation or a bracket is capitalised as if it opened a sentence
QUOTATION_OPENED = re.compile(r"[«\"“„(]\s*$")


# a sentence end with more text after it on the line: only then can a line hold two sentences
INNER_END = re.compile(r"[.!?…][^\S\n]*\S")


@lru_cache(maxsize=1024)
def line_sentences(line: str) -> tuple[tuple[int, int], ...]:
    """[start, end) of the sentences of one line (no line break inside): each start at its first
    character, each end after its last one (its full stop, if any)."""
    if not INNER_END.search(line):  # one sentence at most (a headline, a menu item): razdel not needed
        stripped = line.strip()
        return ((line.index(stripped[0]), len(line.rstrip())),) if stripped else ((0, 0),)  # as razdel
    spans: list[tuple[int, int]] = []
    for chunk in sentenize(line):
        if spans and _abbreviation_ends(line, *spans[-1]):
            spans[-1] = (spans[-1][0], chunk.stop)  # "2024 ж." + "5 наурызда ...": one sentence
        else:
            spans.append((chunk.start, chunk.stop))
    return tuple(spans)


def _abbreviation_ends(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] ends in a lower-case one-letter word with a full stop (``ж.``, not
    ``1-і.``)."""
    return (
        end - start >= 2
        and text[end - 1] == "."
        and text[end - 2].islower()
        and (end - start == 2 or text[end - 3].isspace())
    )


def sentence_bounds(text: str, pos: int, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    """[start, end) of the sentence around ``pos``, within [lo, hi): a position between two
    sentences belongs to the next one. Only the line around ``pos`` is split."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    spans = line_sentences(text[line_start:line_end])
    rel = pos - line_start
    i = bisect_right(spans, (rel, line_end)) - 1  # the last sentence starting at or before pos
    if i >= 0 and rel < spans[i][1]:
        start, end = spans[i]
    else:  # in the gap after sentence i (or before the first): the next sentence
        start = spans[i][1] if i >= 0 else 0
        end = spans[i + 1][1] if i + 1 < len(spans) else line_end - line_start
    hi = len(text) if hi is None else hi
    start = max(lo, line_start + start)
    return start, max(start, min(hi, line_start + end))


def sentence_start(text: str, pos: int, lo: int = 0) -> int:
    """Where the sentence around ``pos`` starts (not before ``lo``)."""
    return sentence_bounds(text, pos, lo)[0]


def is_sentence_initial(text: str, pos: int, lo: int = 0) -> bool:
    """Whether the word at ``pos`` opens its sentence (nothing but spaces before it: a word after an
    opening quote or a dialogue dash does not); ``lo`` (a zone's start) counts as a sentence start."""
    return not text[sentence_start(text, pos, lo) : pos].strip()


def is_capitalised_by_position(text: str, pos: int, lo: int = 0) -> bool:
    """Whether a capital letter at ``pos`` may be owed to its position, not to a name: the word
    opens a sentence or a quotation or a bracket (``сказал: «Мы ...``)."""
    return is_sentence_initial(text, pos, lo) or QUOTATION_OPENED.search(text, max(lo, pos - 4), pos) is not None


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """[start, end) of the sentences of text[start:end], each cut to that range."""
    end = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        line_start = text.rfind("\n", 0, pos) + 1
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        for s, e in line_sentences(text[line_start:line_end]):
            s, e = max(start, line_start + s), min(end, line_start + e)
            if s < e:
                out.append((s, e))
        pos = line_end + 1
    return out
