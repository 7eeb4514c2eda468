"""Events the article reports: one per real event, not one per trigger word.

Named events come from a quoted or capitalised name next to an event word
(«Елбасы жылуы» акциясы, проект "Бюджет народного участия", Гражданский форум).
Unnamed events are collapsed to one per type per article; plural mentions
("семинарлар, тренингтер") describe activity, not an event, and are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import kazakh

EVENT_WORDS: tuple[tuple[str, str], ...] = (
    ("заседани", "meeting"),
    ("совещани", "meeting"),
    ("встреч", "meeting"),
    ("алқа жиын", "meeting"),
    ("отырыс", "meeting"),
    ("кездесу", "meeting"),
    ("жиын", "meeting"),
    ("собрани", "meeting"),
    ("слушани", "meeting"),
    ("форум", "forum"),
    ("конференци", "forum"),
    ("дөңгелек үстел", "forum"),
    ("круглый стол", "forum"),
    ("круглого стола", "forum"),
    ("диалогтық алаң", "forum"),
    ("конгресс", "forum"),
    ("съезд", "forum"),
    ("талқылау", "forum"),
    ("конкурс", "competition"),
    ("байқау", "competition"),
    ("преми", "competition"),
    ("грант конкурс", "competition"),
    ("акци", "campaign"),
    ("марафон", "campaign"),
    ("проект", "campaign"),
    ("жоба", "campaign"),
    ("челлендж", "campaign"),
    ("семинар", "training"),
    ("тренинг", "training"),
    ("мастер-класс", "training"),
    ("курс", "training"),
    ("оқыту", "training"),
)
# a plural: Kazakh (``kazakh.PLURAL_FORM``) or Russian ("конкурсы", "форумов", "семинарах")
PLURAL_END = re.compile(rf"(?:{kazakh.PLURAL_FORM})$|(?:ы|и|ов|ев|ам|ах|ами)$")
QUOTED = re.compile(r"[«\"“](?P<name>[^«»\"“”\n]{2,80})[»\"”]")
CAP_FORUM = re.compile(
    r"(?<![\w-])(?P<adj>[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+(?:ск|цк)[а-я]{1,3})\s+(?P<noun>форум|конгресс|съезд)[а-я]{0,3}(?![\w-])"
)
NOT_EVENT_AFTER = re.compile(r"^\s*(?:бағдарлама|программ|тұжырымдама|концепци|план|жолдау|стратеги)", re.IGNORECASE)
# "Мемлекеттік органдардың … арнайы жобасы": a government programme, not a public event
EVENT_AFTER = re.compile(
    r"^\s*(?:[^\W\d_]+\s+){0,1}(?P<word>акци\w*|марафон\w*|жоба\w*|проект\w*|форум\w*|конкурс\w*|байқау\w*|алаң\w*|челлендж\w*|фестиваль\w*|фестивал\w*)",
    re.IGNORECASE,
)
EVENT_BEFORE = re.compile(r"(?P<word>акци\w*|марафон\w*|проект\w*|форум\w*|конкурс\w*|фестивал\w*)\s*$", re.IGNORECASE)


# Unnamed-event triggers in one pass: group name -> event type (campaigns need a name).
_UNNAMED = [
    (f"t{i}", stem, kind)
    for i, (stem, kind) in enumerate(EVENT_WORDS)
    if kind in ("meeting", "forum", "competition", "training")
]
UNNAMED_KIND = {g: kind for g, _, kind in _UNNAMED}
UNNAMED_TRIGGER = re.compile(
    r"(?<![\w-])(?:" + "|".join(rf"(?P<{g}>{re.escape(stem)}[^\W\d_]*)" for g, stem, _ in _UNNAMED) + ")"
)
# Cheap pre-check: does a zone contain a quote or an event word at all?
ANY_EVENT_HINT = re.compile(
    r"[«\"“]|форум|конгресс|съезд|" + "|".join(re.escape(stem.split()[0]) for stem, _ in EVENT_WORDS), re.IGNORECASE
)


@dataclass(frozen=True)
class Event:
    event_type: str
    name: str | None
    surface: str
    start: int
    end: int


def _type_of(word: str) -> str | None:
    low = word.lower()
    if low.startswith("алаң"):
        return "forum"
    if low.startswith("фестивал"):
        return "campaign"
    for stem, kind in EVENT_WORDS:
        if low.startswith(stem.split()[0]) and " " not in stem:
            return kind
    return None


def _normal_forum_name(adj: str, noun: str) -> str:
    stem = re.sub(r"(ого|ому|ым|ом|ый|ий|ая|ой|ую|ое|ие|их)$", "", adj)
    return f"{stem}ий {noun}" if stem.endswith(("ск", "цк")) else f"{adj} {noun}"


def find_events(text: str, zones: list[tuple[int, int]]) -> list[Event]:
    named: dict[str, Event] = {}
    unnamed: dict[str, Event] = {}
    for zs, ze in zones:
        if not ANY_EVENT_HINT.search(text, zs, ze):
            continue
        for m in QUOTED.finditer(text, zs, ze):
            after, before = text[m.end() : min(ze, m.end() + 40)], text[max(zs, m.start() - 25) : m.start()]
            if NOT_EVENT_AFTER.match(after):
                continue
            hit = EVENT_AFTER.match(after) or EVENT_BEFORE.search(before)
            if not hit:
                continue
            if re.search(r"арнайы\s+$", after[: hit.start("word")]) or re.search(r"специальн\w*\s+$", before):
                continue
            kind = _type_of(hit.group("word"))
            if kind:
                name = m.group("name").strip()
                named.setdefault(name.lower(), Event(kind, name, m.group(0), m.start(), m.end()))
        for m in CAP_FORUM.finditer(text, zs, ze):
            name = _normal_forum_name(m.group("adj"), m.group("noun"))
            if not any(e.name and e.name.lower() == name.lower() for e in named.values()):
                named.setdefault(name.lower(), Event("forum", name, m.group(0), m.start(), m.end()))
        low = text[zs:ze].lower()
        for m in UNNAMED_TRIGGER.finditer(low):
            kind = UNNAMED_KIND[m.lastgroup]
            if kind in unnamed:
                continue
            word = m.group(0)
            if PLURAL_END.search(word.split()[-1]) and kind != "meeting":
                continue
            s, e = zs + m.start(), zs + m.end()
            if any(ev.start <= s < ev.end + 3 for ev in named.values()):
                continue
            unnamed[kind] = Event(kind, None, text[s:e], s, e)
    # A named forum covers the generic forum trigger.
    for kind in list(unnamed):
        if kind != "meeting" and any(e.event_type == kind for e in named.values()):
            del unnamed[kind]
    return sorted(list(named.values()) + list(unnamed.values()), key=lambda e: e.start)
