"""Numeric facts: a small grammar over tokens.

    [qualifier] [от] NUMBER [-suffix] [до NUMBER] [SCALE] [UNIT] [qualifier] [SUBJECT ...]

NUMBER is digits (``4,5``, ``47 000``, ``1.2``) or Russian/Kazakh number words
(``шестнадцать``, ``двести пятьдесят``, ``тоғыз жүз``, ``бір жарым``). What is not a
metric (years, ordinals, anniversaries, durations, ages, phone numbers, numbers inside
quoted names, dates) is filtered before a figure is emitted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import (
    AGE_WORDS, BUDGET_WORDS, DURATION_WORDS, GROWTH_WORDS, KK_HALF, KK_NUMBER_WORDS, KK_ONE, MONTHS,
    QUALIFIERS_AFTER, QUALIFIERS_BEFORE, RU_NUMBER_WORDS, SCALES, SUBJECT_PHRASES, SUBJECT_WORDS, UNITS,
)

TOKEN = re.compile(
    r"(?P<num>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?(?![\d])|\d+(?:[.,]\d+)?)(?P<suffix>-[^\W\d_]{1,7})?"
    r"|(?P<word>[^\W\d_]+(?:-[^\W\d_]+)*\.?)"
    r"|(?P<sym>[%₸$€№])"
    r"|(?P<punct>[.,;:!?()«»\"“”„—–\n])",
)
PHONE = re.compile(r"(?:\+7|\b8)[\s\-]*\(?\d{3}\)?[\s\-]*\d{3}[\s\-]*\d{2}[\s\-]*\d{2}|\b\d{3}-\d{2}-\d{2}\b")
DATE_LIKE = re.compile(r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d{1,2}:\d{2}\b|\b(?:19|20)\d\d-\d\d-\d\d\b")
QUOTED = re.compile(r"«[^«»\n]{1,120}»|\"[^\"\n]{1,120}\"|“[^”\n]{1,120}”")
ORDINAL_SUFFIXES = {"го", "й", "я", "е", "ый", "ий", "ой", "ом", "ым", "ая", "ое", "ых", "их", "ю", "х", "м", "ми",
                    "ші", "шы", "інші", "ыншы", "нші", "ншы", "летие", "летия", "летию", "жылдық", "жылдығы"}
CONJUNCTIONS = {"и", "және", "мен", "бен", "пен", "или", "немесе"}
RANGE_JOINERS = {"пен", "мен", "бен", "до", "—", "–", "-"}


@dataclass(frozen=True)
class Metric:
    value: float
    unit: str
    subject: str
    qualifier: str
    text: str
    start: int
    end: int
    value_min: float | None = None


@dataclass
class Tok:
    kind: str
    text: str
    start: int
    end: int
    suffix: str = ""

    @property
    def low(self) -> str:
        return self.text.lower().rstrip(".")


def tokenize(text: str, start: int, end: int) -> list[Tok]:
    out = []
    for m in TOKEN.finditer(text, start, end):
        if m.group("num") is not None:
            out.append(Tok("num", m.group("num"), m.start(), m.end(), (m.group("suffix") or "")[1:]))
        else:
            out.append(Tok(m.lastgroup, m.group(0), m.start(), m.end()))
    return out


def parse_digits(s: str) -> float:
    s = re.sub(r"[ \u00a0\u202f]", "", s)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}", s):  # 1.200.000
        s = s.replace(".", "")
    return float(s.replace(",", "."))


def _scale_of(tok: Tok) -> float | None:
    low = tok.low
    for prefix, mult in SCALES:
        if low.startswith(prefix):
            return mult
    return None


def _unit_of(tok: Tok) -> str | None:
    low = tok.low
    for prefix, unit in UNITS:
        if low.startswith(prefix) and (len(prefix) > 2 or low == prefix or not low[len(prefix):].isalpha()):
            return unit
    return None


def _number_word(tok: Tok, lang: str) -> float | None:
    low = tok.low
    if lang in ("ru", "mixed", "other") and low in RU_NUMBER_WORDS:
        return float(RU_NUMBER_WORDS[low])
    if lang in ("kk", "mixed"):
        for stem, value in sorted(KK_NUMBER_WORDS.items(), key=lambda kv: -len(kv[0])):
            if low == stem or (low.startswith(stem) and len(stem) >= 3 and _kk_case(low[len(stem):])):
                return float(value)
    return None


_KK_CASE = re.compile(r"(?:ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|а|е|да|де|та|те|дан|ден|тан|тен|нан|нен|ды|ді|ты|ті|ны|ні|мен|бен|пен|еу|ау)")


def _kk_case(rest: str) -> bool:
    return bool(_KK_CASE.fullmatch(rest))


def _masked_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    for pattern in (PHONE, DATE_LIKE, QUOTED):
        spans.extend((m.start(), m.end()) for m in pattern.finditer(text, start, end))
    return spans


def _inside(spans, s, e) -> bool:
    return any(a <= s and e <= b for a, b in spans)


def _qualifier_before(tokens: list[Tok], i: int) -> tuple[str | None, int]:
    """Qualifier phrase ending right before token i: (qualifier, index of its first token)."""
    for phrase, qual in QUALIFIERS_BEFORE:
        words = phrase.split()
        j = i - len(words)
        if j >= 0 and all(tokens[j + k].kind == "word" and tokens[j + k].low == w for k, w in enumerate(words)):
            return qual, j
    return None, i


def _subject(tokens: list[Tok], i: int, window: int = 4) -> tuple[str | None, int]:
    """Subject from the nouns after token index i; returns (subject, index of last token used)."""
    seen = 0
    j = i
    while j < len(tokens) and seen < window:
        tok = tokens[j]
        if tok.kind != "word":
            return None, i
        low = tok.low
        if j + 1 < len(tokens) and tokens[j + 1].kind == "word":
            nxt = tokens[j + 1].low
            for (a, b), subj in SUBJECT_PHRASES:
                if low.startswith(a) and nxt.startswith(b):
                    return subj, j + 1
        for prefix, subj in SUBJECT_WORDS:
            if low.startswith(prefix):
                if prefix == "жас" and low not in {"жас", "жастар", "жастардың", "жастарға", "жастарды", "жасты"}:
                    continue
                if prefix in {"дет", "чел", "бала", "шара"} and not _plausible_short(low, prefix):
                    continue
                return subj, j
        seen += 1
        j += 1
    return None, i


def _plausible_short(low: str, prefix: str) -> bool:
    allowed = {
        "дет": ("дети", "детей", "детям", "детьми", "детях", "детский", "детских"),
        "чел": ("чел", "человек", "человека", "человеку", "человеком"),
        "бала": ("бала", "балалар", "балаға", "баланың", "балаларға", "балаларды", "балалардың", "баланы"),
        "шара": ("шара", "шаралар", "шараға", "шараны", "шаралары"),
    }
    return low in allowed[prefix]


def _is_duration(tok: Tok) -> bool:
    low = tok.low
    return low in DURATION_WORDS or any(low.startswith(w) for w in ("месяц", "недел", "минут", "секунд", "летн"))


def _is_age_context(tokens: list[Tok], i: int) -> bool:
    before = " ".join(t.low for t in tokens[max(0, i - 3):i])
    if any(w in before for w in AGE_WORDS):
        return True
    # "14 пен 35 жас аралығындағы", "18 жасқа дейінгі", "35 жастан асқан"
    for j in range(i + 1, min(len(tokens), i + 5)):
        low = tokens[j].low
        if low.startswith("жас") and low not in {"жас", "жастар"} and not low.startswith("жастар"):
            return True
        if low == "жас" and j + 1 < len(tokens) and tokens[j + 1].low.startswith(("аралығ", "дейін", "асқан", "толған", "шамасын")):
            return True
    return False


def _growth_context(text: str, start: int, end: int) -> bool:
    window = text[max(0, start - 80):end + 40].lower()
    return any(w in window for w in GROWTH_WORDS)


def find_metrics(text: str, zones: list[tuple[int, int]], lang: str = "ru") -> list[Metric]:
    out: list[Metric] = []
    for zs, ze in zones:
        out.extend(_find_in_zone(text, zs, ze, lang))
    return out


def _read_number(tokens: list[Tok], i: int, lang: str) -> tuple[float | None, int, str]:
    """Read a number at token i; returns (value, index after it, suffix of the last number token)."""
    tok = tokens[i]
    if tok.kind == "num":
        return parse_digits(tok.text), i + 1, tok.suffix
    value = None
    j = i
    current = 0.0
    while j < len(tokens) and tokens[j].kind == "word":
        low = tokens[j].low
        if lang in ("kk", "mixed") and low == KK_ONE and j + 1 < len(tokens) and tokens[j + 1].low in {KK_HALF, "жүз", "мың", "миллион", "миллиард"}:
            current += 1
            value = current
            j += 1
            continue
        if lang in ("kk", "mixed") and low.startswith(KK_HALF) and value is not None:
            current += 0.5
            value = current
            j += 1
            continue
        w = _number_word(tokens[j], lang)
        if w is None:
            break
        if w == 100 and lang in ("kk", "mixed") and current:
            current *= 100
        else:
            current += w
        value = current
        j += 1
    return (value if value is not None else None), j, ""


def _find_in_zone(text: str, zs: int, ze: int, lang: str) -> list[Metric]:
    tokens = tokenize(text, zs, ze)
    masked = _masked_spans(text, zs, ze)
    out: list[Metric] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.kind not in ("num", "word"):
            i += 1
            continue
        value, j, suffix = _read_number(tokens, i, lang)
        if value is None:
            i += 1
            continue
        metric, consumed = _build(text, tokens, i, j, value, suffix, masked, lang)
        if metric is not None:
            out.append(metric)
        i = max(consumed, i + 1)
    return out


def _build(text, tokens, i, j, value, suffix, masked, lang):
    tok = tokens[i]
    if _inside(masked, tok.start, tokens[j - 1].end):
        return None, j
    if i > 0 and tokens[i - 1].text == "№":
        return None, j
    if suffix and suffix.lower() in ORDINAL_SUFFIXES:
        return None, j
    if tok.kind == "num" and re.fullmatch(r"0\d+", tok.text):
        return None, j  # postal codes, ids
    start_idx = i
    qualifier, qstart = _qualifier_before(tokens, i)
    value_min = None
    # "от 5 до 10 тысяч" / "5-10 тысяч": a range; its upper bound is the value.
    if j + 1 < len(tokens) and tokens[j].low in {"до"} and tokens[j + 1].kind == "num" and i > 0 and tokens[i - 1].low == "от":
        value_min = value
        value = parse_digits(tokens[j + 1].text)
        qstart, qualifier = i - 1, "up_to"
        j += 2
    # Kazakh age range "14 пен 35 жас": not a metric
    if j + 1 < len(tokens) and tokens[j].low in RANGE_JOINERS and tokens[j + 1].kind == "num" and _is_age_context(tokens, j + 1):
        return None, j + 2
    if _is_age_context(tokens, i):
        return None, j
    scale = None
    k = j
    if k < len(tokens) and tokens[k].kind == "word":
        scale = _scale_of(tokens[k])
        if scale:
            k += 1
    unit = None
    if k < len(tokens) and tokens[k].kind in ("word", "sym"):
        unit = _unit_of(tokens[k])
        if unit:
            k += 1
    if unit is None and i > 0 and tokens[i - 1].kind == "sym" and tokens[i - 1].text in "$€₸":
        unit = _unit_of(tokens[i - 1])
        qstart = min(qstart, i - 1)
    if unit is None and scale is None and k < len(tokens) and tokens[k].kind == "word":
        if _is_duration(tokens[k]) or tokens[k].low in MONTHS:
            return None, k
    if unit is None and scale is None and tok.kind == "num" and 1800 <= value <= 2100 and "," not in tok.text and "." not in tok.text:
        nxt = tokens[k].low if k < len(tokens) else ""
        if nxt.startswith(("год", "г", "жыл", "гг")) or nxt == "":
            return None, k
    # Kazakh post-qualifiers: "4 мыңнан астам", "280-ге жуық", "73 млн теңгеден астам"
    if k < len(tokens) and tokens[k].kind == "word":
        for word, qual in QUALIFIERS_AFTER:
            if tokens[k].low == word:
                if qualifier is None:
                    qualifier = qual
                k += 1
                break
    if value_min is None and qualifier is None and i > 0 and tokens[i - 1].low == "до":
        qualifier = "up_to"
    if scale:
        value *= scale
    if unit is None and k < len(tokens) and tokens[k].kind in ("word", "sym"):
        unit = _unit_of(tokens[k])
        if unit:
            k += 1
    end_idx = k - 1
    if unit is not None and unit != "percent":
        subject = "budget" if any(w in text[max(0, tok.start - 60):tokens[end_idx].end + 40].lower() for w in BUDGET_WORDS) else "funding"
    elif unit == "percent":
        subject = "growth" if _growth_context(text, tok.start, tokens[end_idx].end) else "share"
    else:
        subject, last = _subject(tokens, k)
        if subject is not None:
            end_idx = last
        else:
            # "19 республикалық және 36 қалалық бірлестік": the later number's noun is shared
            for c in range(k, min(len(tokens) - 1, k + 3)):
                if tokens[c].kind != "word":
                    break
                if tokens[c].low in CONJUNCTIONS and tokens[c + 1].kind == "num":
                    _, nj, _ = _read_number(tokens, c + 1, lang)
                    subject, _ = _subject(tokens, nj)
                    if subject is not None:
                        end_idx = c - 1 if c > k else end_idx
                    break
        if subject is None:
            if scale is None and qualifier is None:
                return None, k
            if k < len(tokens) and tokens[k].kind == "word" and _is_duration(tokens[k]):
                return None, k
            subject = "other"
        if tok.kind == "word" and value < 2:
            return None, k
        unit = "count"
    if tok.kind == "word" and unit == "count" and subject == "other":
        return None, k
    first = tokens[min(qstart, start_idx)]
    last_tok = tokens[end_idx]
    return Metric(
        value=float(value),
        unit=unit,
        subject=subject,
        qualifier=qualifier or "exact",
        text=text[first.start:last_tok.end],
        start=first.start,
        end=last_tok.end,
        value_min=value_min,
    ), end_idx + 1
