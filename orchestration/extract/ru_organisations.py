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

from .morphology import nominative_phrase, parses

HEAD_WORDS = (
    "министерство", "управление", "отдел", "акимат", "маслихат", "совет", "комитет", "агентство", "фонд",
    "центр", "ассоциация", "альянс", "объединение", "палата", "школа", "колледж", "университет", "департамент",
    "ассамблея", "правительство", "парламент", "мажилис", "сенат", "институт", "академия", "лицей", "гимназия",
    "союз", "партия", "аппарат", "администрация", "служба", "инспекция", "прокуратура", "комиссия",
    "учреждение", "филиал",
)
# Head-word stems for the cheap window search (the grammar checks the lemma).
HEAD_HINT = re.compile(r"(?<![\w-])(?:" + "|".join(sorted({w[:5] if len(w) > 5 else w for w in HEAD_WORDS},
                                                            key=len, reverse=True)) + r")", re.IGNORECASE)
WINDOW_BEFORE, WINDOW_AFTER = 50, 140
QUAL_ONLY = {"Qual"}


@dataclass(frozen=True)
class GrammarOrg:
    name: str
    start: int
    end: int
    head: str  # the head noun's lemma


@lru_cache(maxsize=1)
def _parser():
    from yargy import Parser, and_, not_, or_, rule
    from yargy.predicates import dictionary, eq, gram, in_, is_capitalized, is_lower, is_upper

    # "и", "в", "с", "из" also read as abbreviations or names in the dictionary: never nouns here
    content = not_(or_(gram("PREP"), gram("CONJ"), gram("PRCL"), gram("INTJ")))
    modifier = and_(or_(gram("ADJF"), gram("PRTF")), content)
    gen_noun = and_(or_(and_(gram("NOUN"), gram("gent")), and_(gram("Geox"), is_capitalized()),
                        and_(gram("Abbr"), is_upper())), content)
    genitive = rule(and_(modifier, gram("gent")).repeatable(max=3).optional(), gen_noun)
    # "культуры и развития языков": a coordinated complement, never a second body ("… и Ассамблеи")
    coordinated = rule(eq("и"), and_(modifier, gram("gent"), is_lower()).repeatable(max=3).optional(),
                       and_(gram("NOUN"), gram("gent"), is_lower(), content, not_(dictionary(set(HEAD_WORDS)))))
    oblique_np = rule(modifier.repeatable(max=3).optional(), and_(gram("NOUN"), content))
    inner = not_(in_({"»", "\"", "«"}))
    quoted = or_(rule(eq("«"), inner.repeatable(max=8), eq("»")), rule(eq('"'), inner.repeatable(max=8), eq('"')))
    # The quoted name is one more alternative of the tail: a trailing optional part after a
    # repeated one makes yargy drop some of the longer matches.
    complement = or_(
        genitive,
        coordinated,
        rule(in_({"по", "при"}), oblique_np),
        rule(in_({"с", "со"}), and_(modifier, gram("ablt")).repeatable(max=3).optional(),
             and_(gram("NOUN"), gram("ablt"), content)),
        rule(in_({"с", "со"}), and_(gram("Abbr"), is_upper())),
        quoted,
    )
    organisation = rule(gram("ADJF").repeatable(max=3).optional(), dictionary(set(HEAD_WORDS)),
                        complement.repeatable(max=5).optional())
    return Parser(organisation)


WORD = re.compile(r"\S+")


def _windows(text: str, zones, covered=()) -> list[tuple[int, int]]:
    """Up to three words before each head word (its adjectives) and twelve after (complements),
    within the sentence; overlapping windows are merged. Head words inside a span the NER
    model already reads as an organisation (``covered``) are left to it: the grammar is the
    costly part of extraction."""
    spans: list[tuple[int, int]] = []
    for zs, ze in zones:
        for m in HEAD_HINT.finditer(text, zs, ze):
            if any(cs <= m.start() < ce for cs, ce in covered):
                continue
            before = list(WORD.finditer(text, max(zs, m.start() - WINDOW_BEFORE), m.start()))[-3:]
            s = before[0].start() if before else m.start()
            stop = max(text.rfind(c, s, m.start()) for c in ".!?;:\n")
            s = stop + 1 if stop >= s else s
            after = list(WORD.finditer(text, m.start(), min(ze, m.end() + WINDOW_AFTER)))[:10]
            e = after[-1].end() if after else m.end()
            if spans and s <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(spans[-1][1], e))
            else:
                spans.append((s, e))
    return spans


def _is_fragment(words: list[str], head: int, has_tail: bool) -> bool:
    """A bare head, a plural head or descriptive adjectives only: not the name of a body."""
    nouns = [p for p in parses(words[head]) if p.tag.POS == "NOUN"]
    if nouns and all(p.tag.number == "plur" for p in nouns):
        return True  # "фонды", "центры": a category, not a body
    if head == 0:
        return not has_tail
    if has_tail:
        return False
    adjectives = [next((p for p in parses(w) if p.tag.POS in ("ADJF", "PRTF")), None) for w in words[:head]]
    return all(a is None or "Qual" in a.tag or "Apro" in a.tag or "Anum" in a.tag for a in adjectives)


DANGLING = {"и", "по", "при", "с", "со", "в", "«", '"'}


def _longest(matches) -> list[list]:
    """The longest non-overlapping matches, without a dangling conjunction or preposition."""
    chosen: list[list] = []
    taken: list[tuple[int, int]] = []
    for match in sorted(matches, key=lambda m: (-(m.span.stop - m.span.start), m.span.start)):
        if any(s < match.span.stop and match.span.start < e for s, e in taken):
            continue
        tokens = list(match.tokens)
        while tokens and tokens[-1].value.lower() in DANGLING:
            tokens.pop()
        if tokens:
            chosen.append(tokens)
            taken.append((match.span.start, match.span.stop))
    return sorted(chosen, key=lambda t: t[0].span.start)


def grammar_organisations(text: str, zones, covered=()) -> list[GrammarOrg]:
    """Organisation names found by the grammar in text's zones, names in the nominative."""
    parser = _parser()
    heads = set(HEAD_WORDS)
    out: list[GrammarOrg] = []
    for ws, we in _windows(text, zones, covered):
        for tokens in _longest(parser.findall(text[ws:we])):
            words = [t.value for t in tokens]
            head = next((i for i, t in enumerate(tokens) if any(f.normalized in heads for f in t.forms)), None)
            if head is None:
                continue
            lead = 0
            while lead < head and any("Apro" in p.tag for p in parses(words[lead])[:1]):
                lead += 1  # "этот", "наш": not part of a name
            tokens, words, head = tokens[lead:], words[lead:], head - lead
            if _is_fragment(words, head, has_tail=len(words) > head + 1):
                continue
            start, end = ws + tokens[0].span.start, ws + tokens[-1].span.stop
            tail = text[ws + tokens[head].span.stop:end]
            name = re.sub(r"\s+", " ", " ".join(nominative_phrase(words[:head + 1])) + tail).replace('"', "«", 1).replace('"', "»", 1)
            out.append(GrammarOrg(name[:1].upper() + name[1:], start, end,
                                  next(f.normalized for f in tokens[head].forms if f.normalized in heads)))
    return out
