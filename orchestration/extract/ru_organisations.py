"""Russian organisation names by grammar (yargy, shipped with natasha).

A name is agreeing adjectives + a head noun (министерство, акимат, совет, фонд, колледж ...),
then its complements: genitive noun phrases (``культуры и развития языков``, ``Жангалинского
района``), ``по``/``при`` phrases (``по делам государственной службы``, ``при Президенте``),
and a quoted proper part (``«Жанұя»``). Nothing else is absorbed, so a name stops before a
verb, a finite clause or a list. The grammar runs only on short windows around head words
(a regular expression finds them), which keeps it cheap.

Fragments are rejected: a bare head, a plural head (``фонды``: a category, not a body), and
a head with only descriptive adjectives (``новый центр``) and no complement or name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .morphology import analyzer, keep_case, nominative_phrase, parses

# Heads that name a body's unit or its people ("пресс-служба Кремля", "правление Газпрома",
# "штаб Навального", "полиция Германии"): a body only with a capitalised name right after them,
# since "руководство", "штаб", "миссия" are also common nouns.
UNIT_HEADS = (
    "полиция",
    "армия",
    "штаб",
    "правление",
    "руководство",
    "исполком",
    "редакция",
    "делегация",
    "миссия",
    "коллегия",
    "дирекция",
    "представительство",
    "оргкомитет",
    "пресс-служба",
    "власть",
)
# Heads of a kind of body: written in lower case with adjectives only, they describe a body
# ("венчурный фонд", "оппозиционная партия", "специальная комиссия") and do not name one, unlike
# the lower-case names of state bodies ("городской маслихат", "общественный совет").
KIND_HEADS = frozenset(
    {
        "фонд",
        "партия",
        "комиссия",
        "инспекция",
        "центр",
        "институт",
        "союз",
        "агентство",
        "объединение",
        "ассоциация",
        "альянс",
        "учреждение",
        "школа",
        "колледж",
        "университет",
        "академия",
        "лицей",
        "гимназия",
        "служба",
        "филиал",
    }
)
# Heads that are also action nouns ("объединение страны", "учреждение премии"): a body only with
# an adjective before them ("общественное объединение") or a quoted name.
ACTION_HEADS = frozenset({"объединение", "учреждение"})
HEAD_WORDS = UNIT_HEADS + (
    "министерство",
    "управление",
    "отдел",
    "акимат",
    "маслихат",
    "совет",
    "комитет",
    "агентство",
    "фонд",
    "центр",
    "ассоциация",
    "альянс",
    "объединение",
    "палата",
    "школа",
    "колледж",
    "университет",
    "департамент",
    "ассамблея",
    "правительство",
    "парламент",
    "мажилис",
    "сенат",
    "институт",
    "академия",
    "лицей",
    "гимназия",
    "союз",
    "партия",
    "аппарат",
    "администрация",
    "служба",
    "инспекция",
    "прокуратура",
    "комиссия",
    "учреждение",
    "филиал",
)
# Head-word stems for the cheap window search (the grammar checks the lemma).
HEAD_HINT = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted({w[:5] if len(w) > 5 else w for w in HEAD_WORDS}, key=len, reverse=True)) + r")",
    re.IGNORECASE,
)
WINDOW_BEFORE, WINDOW_AFTER = 50, 140
HEAD_SET = frozenset(HEAD_WORDS) | {"служба"}
RU_WORD = re.compile(r"^[А-ЯЁа-яё][А-ЯЁа-яё-]*$")


@dataclass(frozen=True)
class GrammarOrg:
    name: str
    start: int
    end: int
    head: str  # the head noun's lemma
    head_end: int = 0  # where the head word ends: complements follow


# Lemmas of position nouns that head a person's role ("заместитель министра культуры").
ROLE_HEADS = (
    "аким",
    "заместитель",
    "министр",
    "вице-министр",
    "председатель",
    "сопредседатель",
    "директор",
    "руководитель",
    "глава",
    "секретарь",
    "президент",
    "вице-президент",
    "премьер-министр",
    "депутат",
    "сенатор",
    "начальник",
    "советник",
    "член",
    "лидер",
    "координатор",
    "эксперт",
    "основатель",
    "соучредитель",
    "учредитель",
    "представитель",
    "спикер",
    "омбудсмен",
    "уполномоченный",
    "зампред",
    "ректор",
    "проректор",
    "модератор",
    "управляющий",
    "заведующий",
    "специалист",
    "помощник",
    "посол",
    "консул",
    "декан",
    "прокурор",
    "судья",
    "инспектор",
    "консультант",
    "редактор",
    "корреспондент",
    "активист",
    "волонтёр",
    "менеджер",
)


def _pieces():
    """The grammar's shared pieces: content-word modifiers and a noun's complements."""
    from yargy import and_, not_, or_, rule
    from yargy.predicates import (
        dictionary,
        eq,
        gram,
        in_,
        is_capitalized,
        is_lower,
        is_upper,
    )
    from yargy.predicates import type as type_

    # "и", "в", "с", "из" also read as abbreviations or names in the dictionary: never nouns here
    content = not_(or_(gram("PREP"), gram("CONJ"), gram("PRCL"), gram("INTJ")))
    modifier = and_(or_(gram("ADJF"), gram("PRTF")), content)
    gen_noun = and_(
        or_(and_(gram("NOUN"), gram("gent")), and_(gram("Geox"), is_capitalized()), and_(is_upper(), type_("RU"))),
        content,
    )  # abbreviations do not decline: "ОФ", "ЖКХ"
    genitive = or_(
        rule(and_(modifier, gram("gent")).repeatable(max=3).optional(), gen_noun),
        # "Нур-Султана", "Премьер-Министра": yargy splits a hyphenated word in three
        rule(type_("RU"), eq("-"), gen_noun),
    )
    # "культуры и развития языков": a coordinated complement, never a second body ("… и Ассамблеи")
    coordinated = rule(
        eq("и"),
        and_(modifier, gram("gent"), is_lower()).repeatable(max=3).optional(),
        and_(gram("NOUN"), gram("gent"), is_lower(), content, not_(dictionary(set(HEAD_WORDS)))),
    )
    oblique_np = rule(modifier.repeatable(max=3).optional(), and_(gram("NOUN"), content))
    inner = not_(in_({"»", '"', "«"}))
    quoted = or_(rule(eq("«"), inner.repeatable(max=8), eq("»")), rule(eq('"'), inner.repeatable(max=8), eq('"')))
    # The quoted name is one more alternative of the tail: a trailing optional part after a
    # repeated one makes yargy drop some of the longer matches.
    # "с"-phrases complete a "по"-phrase ("по взаимодействию с НПО"), never the head itself
    # ("Правительство с предложением ..." is the head and an adverbial)
    with_phrase = or_(
        rule(
            in_({"с", "со"}),
            and_(modifier, gram("ablt")).repeatable(max=3).optional(),
            and_(gram("NOUN"), gram("ablt"), content),
        ),
        rule(in_({"с", "со"}), and_(gram("Abbr"), is_upper())),
    )
    complement = or_(
        genitive,
        coordinated,
        rule(eq("при"), oblique_np),
        rule(eq("по"), oblique_np, genitive.repeatable(max=3).optional(), with_phrase.optional()),
        quoted,
    )
    return modifier, complement


@lru_cache(maxsize=1)
def _tokenizer():
    """One yargy tokenizer for both grammars, on the process's one pymorphy2 analyzer: by default
    yargy loads a dictionary of its own for each parser (0.1 s of CPU and ~15 MB each)."""
    from yargy.morph import CachedMorphAnalyzer, MorphAnalyzer
    from yargy.tokenizer import MorphTokenizer

    class SharedMorph(CachedMorphAnalyzer):  # yargy's cached analyzer, on a given pymorphy2 analyzer
        def __init__(self, raw):
            MorphAnalyzer.__init__(self, raw)

    return MorphTokenizer(morph=SharedMorph(analyzer()))


@lru_cache(maxsize=1)
def _parser():
    from yargy import Parser, rule
    from yargy.predicates import dictionary, eq, gram, in_caseless

    _, complement = _pieces()
    press = rule(in_caseless({"пресс"}), eq("-")).optional()  # "пресс-служба": yargy splits the hyphen
    organisation = rule(
        gram("ADJF").repeatable(max=3).optional(),
        press,
        dictionary(set(HEAD_WORDS) | {"служба"}),
        complement.repeatable(max=5).optional(),
    )
    return Parser(organisation, tokenizer=_tokenizer())


@lru_cache(maxsize=1)
def role_parser():
    """A person's position: optional adjectives ("первый", "исполнительный"), a position noun and
    the complements of an organisation name ("председатель общественного совета при акимате")."""
    from yargy import Parser, or_, rule
    from yargy.predicates import dictionary, eq, in_caseless

    modifier, complement = _pieces()
    head = or_(
        rule(dictionary(set(ROLE_HEADS))),
        rule(in_caseless({"вице", "премьер", "экс"}), eq("-"), dictionary(set(ROLE_HEADS))),
    )
    role = rule(modifier.repeatable(max=2).optional(), head, complement.repeatable(max=6).optional())
    return Parser(role, tokenizer=_tokenizer())


WORD = re.compile(r"\S+")
CLAUSE_PUNCT = re.compile(r"[,;:.!?()\n]")
WINDOW_WORDS_BEFORE, WINDOW_WORDS_AFTER = 3, 10


def _starts(text: str, zone_start: int, head: int) -> list[int]:
    """Where a name ending in this head may start: at the head or at one of the (at most
    three) words right before it that the dictionary can read as adjectives, earliest first."""
    starts = [head]
    before = list(WORD.finditer(text, max(zone_start, head - WINDOW_BEFORE), head))[-WINDOW_WORDS_BEFORE:]
    for word in reversed(before):
        if not RU_WORD.match(word.group(0)) or not _may_be_adjective(word.group(0).lower()):
            break
        starts.append(word.start())
    return starts[::-1]


def _window_end(text: str, head_end: int, zone_end: int) -> int:
    """Up to ten words after the head, ending at the first clause punctuation outside quotes
    (no complement of the grammar crosses it)."""
    after = list(WORD.finditer(text, head_end, min(zone_end, head_end + WINDOW_AFTER)))[:WINDOW_WORDS_AFTER]
    end = after[-1].end() if after else head_end
    depth = 0
    for pos in range(head_end, end):
        ch = text[pos]
        if ch == "«":
            depth += 1
        elif ch == "»":
            depth = max(0, depth - 1)
        elif depth == 0 and CLAUSE_PUNCT.match(ch):
            return pos
    return end


def _head_words(text: str, zones, covered):
    """(zone, head start, head word end) of every head word outside the NER model's organisations."""
    for zs, ze in zones:
        for m in HEAD_HINT.finditer(text, zs, ze):
            if any(cs <= m.start() < ce for cs, ce in covered):
                continue
            word_end = WORD.match(text, m.start()).end()
            word = text[m.start() : word_end].strip(',;:.!?()«»"').lower()
            if not is_head_word(word):
                continue
            if _is_unit_word(word) and not NAME_NEXT.match(text, word_end, ze):
                continue  # a unit head needs a name right after it: no parse to run
            yield (zs, ze), m.start(), word_end


NAME_NEXT = re.compile(r"\s+[«\"]?[A-ZА-ЯЁ]")


@lru_cache(maxsize=100_000)
def _is_unit_word(word: str) -> bool:
    return word.startswith("пресс-служб") or any(p.normal_form in UNIT_HEADS for p in parses(word))


@lru_cache(maxsize=100_000)
def _may_be_adjective(word: str) -> bool:
    return any(p.tag.POS in ("ADJF", "PRTF") for p in parses(word))


@lru_cache(maxsize=100_000)
def is_head_word(word: str) -> bool:
    return any(p.normal_form in HEAD_SET for p in parses(word))


def _plural(word: str) -> bool:
    nouns = [p for p in parses(word) if p.tag.POS == "NOUN"]
    return bool(nouns) and all(p.tag.number == "plur" for p in nouns)


def unit_of_body(name: str) -> bool:
    """Whether a name is a unit of the body named after it ("Пресс-служба Кремля", "Правление
    Газпрома"): the body is an organisation of its own."""
    first = name.split(maxsplit=1)[0].lower() if name.strip() else ""
    return first.startswith("пресс-служб") or any(p.normal_form in UNIT_HEADS for p in parses(first)[:1])


def plural_head(words: list[str]) -> bool:
    """Whether the first head word among words is plural ("Гражданские альянсы"), or only a plural
    reading of its adjectives agrees ("Оппозиционные партии": "партии" alone may be singular)."""
    i = next((i for i, w in enumerate(words) if is_head_word(w.lower().strip('«»"()'))), None)
    if i is None:
        return False
    adjectives = [[p for p in parses(w.lower()) if p.tag.POS in ("ADJF", "PRTF")] for w in words[:i]]
    plural_adjective = any(a and all(p.tag.number == "plur" for p in a) for a in adjectives)
    return _plural(words[i].lower()) or plural_adjective


def _is_fragment(words: list[str], head: int, has_tail: bool, lemma: str = "") -> bool:
    """A bare head, a plural head or descriptive adjectives only: not the name of a body."""
    if plural_head(words[: head + 1]) and lemma != "власть":
        return True  # "фонды", "центры", "оппозиционные партии": a category, not a body ("власти X" is one)
    if head == 0:
        return not has_tail
    if has_tail:
        return False
    if lemma in KIND_HEADS and all(w.islower() for w in words[: head + 1]):
        return True  # "инвестиционный фонд", "государственная комиссия": a kind of body, no name
    adjectives = [next((p for p in parses(w) if p.tag.POS in ("ADJF", "PRTF")), None) for w in words[:head]]
    return all(a is None or "Qual" in a.tag or "Apro" in a.tag or "Anum" in a.tag for a in adjectives)


DANGLING = {"и", "по", "при", "с", "со", "в", "«", '"'}


def _tokens(match) -> list:
    tokens = list(match.tokens)
    while tokens and tokens[-1].value.lower() in DANGLING:
        tokens.pop()
    return tokens


def _chart(parser, piece: str, starts: tuple[int, ...]):
    """yargy's Earley chart over piece, with the start rule predicted only at tokens that begin
    at one of starts (offsets in piece) instead of at every token: names begin at a head word
    or its adjectives, and the chart stays small."""
    from yargy.parser import Chart
    from yargy.rule.bnf import is_rule

    chart = Chart(parser.tagger(parser.tokenizer(piece)))
    begins = {i for i, token in enumerate(chart.tokens) if token.span.start in starts}
    for column, next_column in chart:
        if column.index in begins:
            parser.predict(column, next_column, parser.rule)
        for state in column:
            if state.completed:
                parser.complete(column, state)
            elif is_rule(state.next_term):
                parser.predict(column, next_column, state.next_term)
            elif next_column:
                parser.scan(next_column, state.next_term, state)
    return chart


def _name(piece: str, match) -> tuple[str, int, int, str, int] | None:
    """(name in the nominative, start, end, head lemma, head end) of a match, None for a fragment."""
    tokens = _tokens(match)
    head = next((i for i, t in enumerate(tokens) if any(f.normalized in HEAD_SET for f in _forms(t))), None)
    if head is None:
        return None
    lemma = next(f.normalized for f in tokens[head].forms if f.normalized in HEAD_SET)
    if _not_a_body(tokens, head, lemma):
        return None
    press = head >= 2 and tokens[head - 1].value == "-"
    if press:
        tokens, head = tokens[: head - 2] + tokens[head:], head - 2  # the prefix is put back below
    words = [t.value for t in tokens]
    lead = 0
    while lead < head and any("Apro" in p.tag for p in parses(words[lead])[:1]):
        lead += 1  # "этот", "наш": not part of a name
    tokens, words, head = tokens[lead:], words[lead:], head - lead
    if _is_fragment(words, head, has_tail=len(words) > head + 1, lemma=lemma):
        return None
    start, end = tokens[0].span.start, tokens[-1].span.stop
    tail = piece[tokens[head].span.stop : end]
    phrase = nominative_phrase(words[: head + 1])
    if lemma == "власть" and words[head].lower() not in ("власть", "властью"):
        phrase[-1] = keep_case(words[head], "власти")  # "властей ДНР" -> "Власти ДНР": the authorities
    if press:
        start, phrase[0] = min(start, tokens[0].span.start - len("пресс-")), "пресс-" + phrase[0]
    name = re.sub(r"\s+", " ", " ".join(phrase) + tail).replace('"', "«", 1).replace('"', "»", 1)
    return name[:1].upper() + name[1:], start, end, lemma, tokens[head].span.stop


def _forms(token) -> list:
    return getattr(token, "forms", None) or []  # punctuation tokens have no forms


def _not_a_body(tokens: list, head: int, lemma: str) -> bool:
    """A unit head without a capitalised name after it ("руководство страны", "служба доставки"),
    a town's centre ("центр Парижа": the head and one place name) or a name cut after an
    adjective ("… новых" without its noun)."""
    after = tokens[head + 1] if head + 1 < len(tokens) else None
    unit = lemma in UNIT_HEADS or (lemma == "служба" and head >= 2 and tokens[head - 1].value == "-")
    if unit and (after is None or not after.value[:1].isupper()):
        return True  # ("служба" alone stays a head: "Служба внешней разведки")
    if lemma in ACTION_HEADS and head == 0 and not any(t.value in '«"' for t in tokens[head + 1 :]):
        return True  # "объединение Кореи", "учреждение и регистрация": the action, not a body
    if lemma == "центр" and head == 0 and len(tokens) == 2 and any("Geox" in f.grams for f in _forms(tokens[1])):
        return True
    last = tokens[-1]
    return (
        last is not tokens[head]
        and last.value.islower()
        and RU_WORD.match(last.value) is not None
        and _adjective_only(last.value)
    )


@lru_cache(maxsize=100_000)
def _adjective_only(word: str) -> bool:
    """Most likely an adjective that needs its noun ("новых"), not a noun made from one ("больных",
    "рабочих")."""
    best = parses(word)[:2]
    return (
        bool(best)
        and best[0].tag.POS in ("ADJF", "PRTF")
        and "Subx" not in best[0].tag
        and all(p.tag.POS != "NOUN" for p in best)
    )


@lru_cache(maxsize=50_000)
def _parse_piece(piece: str, starts: tuple[int, ...]) -> tuple[str, int, int, str, int] | None:
    """The longest name in piece that begins at one of starts (the earliest on a tie), offsets
    relative to piece, or None. Cached per piece: boilerplate and quoted names repeat."""
    from yargy.parser import prepare_match
    from yargy.tree import Tree

    parser = _parser()
    chart = _chart(parser, piece, starts)
    for state in sorted(chart.matches(parser.rule), key=lambda st: (st.range[0] - st.range[1], st.range[0])):
        match = prepare_match(Tree(state.node, state.range))
        found = _name(piece, match) if match else None
        if found:
            return found
    return None


def grammar_organisations(text: str, zones, covered=()) -> list[GrammarOrg]:
    """Organisation names found by the grammar in text's zones, names in the nominative. The
    parser runs only on short pieces from a head word's adjectives to clause punctuation."""
    out: list[GrammarOrg] = []
    done = 0
    for (zs, ze), head_start, head_end in _head_words(text, zones, covered):
        if head_start < done:
            continue  # inside the previous name ("… при Правительстве")
        starts = _starts(text, max(zs, done), head_start)
        found = _parse_piece(text[starts[0] : _window_end(text, head_end, ze)], tuple(s - starts[0] for s in starts))
        if found:
            name, start, end, head, head_end = found
            out.append(GrammarOrg(name, starts[0] + start, starts[0] + end, head, starts[0] + head_end))
            done = starts[0] + end
    return out
