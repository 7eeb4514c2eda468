"""Generate N distinct news pages (Russian and Kazakh) with realistic boilerplate and numbers.

Reproducible: the same (n, seed) gives the same files. Every page has a distinct content hash.
Built from the bundled sample articles (their paragraphs, recombined) and our own templates.

    python -m bench.generate OUT_DIR --n 2000 --seed 7
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from orchestration.extract.page import analyse_page
from orchestration.settings import SAMPLE_CORPUS_DIR

RU_CITIES = [
    ("Астане", "Астаны"),
    ("Алматы", "Алматы"),
    ("Шымкенте", "Шымкента"),
    ("Караганде", "Караганды"),
    ("Павлодаре", "Павлодара"),
    ("Актобе", "Актобе"),
    ("Костанае", "Костаная"),
    ("Семее", "Семея"),
    ("Таразе", "Тараза"),
    ("Уральске", "Уральска"),
    ("Кызылорде", "Кызылорды"),
    ("Талдыкоргане", "Талдыкоргана"),
]
KK_CITIES = [
    "Астанада",
    "Алматыда",
    "Шымкентте",
    "Қарағандыда",
    "Павлодарда",
    "Ақтөбеде",
    "Қостанайда",
    "Семейде",
    "Таразда",
    "Оралда",
    "Қызылордада",
    "Талдықорғанда",
]
RU_NAMES = ["Алия Сарсенова", "Ерлан Жумабаев", "Дина Ким", "Марат Ахметов", "Гульнара Оспанова", "Сергей Петров"]
KK_NAMES = ["Айгерім Сәрсенова", "Ерлан Жұмабаев", "Дана Қасымова", "Нұрлан Ахметов", "Гүлмира Оспанова"]
RU_TEMPLATES = [
    "В {city} прошло заседание общественного совета по вопросам взаимодействия с НПО. Как сообщил {role} {name}, "
    "в регионе действует более {n1} неправительственных организаций, а объем государственного социального заказа "
    "вырос на {p1}% и составил {m1} млн тенге.",
    "Фонд «{fund}» подвел итоги года: помощь получили около {n2} тыс. семей, "
    "к акции присоединились свыше {n3} волонтеров. "
    "По словам руководителя фонда {name}, в {city} открыто {n4} новых социальных центров.",
    "Участники круглого стола в {city} обсудили развитие гражданского общества. В конкурсе грантов приняли участие "
    "порядка {n5} заявок, победителями стали {n6} общественных объединений.",
]
KK_TEMPLATES = [
    "{city} үкіметтік емес ұйымдармен өзара іс-қимыл жөніндегі кеңестің отырысы өтті. Басқарма басшысы {name} "
    "мәлімдегендей, өңірде {n1}-ден астам ҮЕҰ жұмыс істейді, "
    "мемлекеттік әлеуметтік тапсырыс көлемі {m1} млн теңгеге жетті.",
    "«{fund}» қоры жыл қорытындысын шығарды: {n2} мыңға жуық отбасыға көмек көрсетілді, "
    "акцияға {n3}-ден астам ерікті қатысты.",
    "{city} азаматтық форум өтті. Гранттық байқауға {n5}-ге жуық өтінім түсті, "
    "{n6} қоғамдық бірлестік жеңімпаз атанды.",
]
FUNDS = ["Саби", "Добровольцы", "Жан", "Мейірім", "Үміт", "Береке", "Шапағат", "Нұр"]
ROLES = ["аким города", "заместитель акима области", "руководитель управления", "председатель совета"]
WIDGETS = [
    "Погода\nСейчас\n{t}\nЗавтра\n{t2}\nUSD\n{usd}\nEUR\n{eur}\nRUB\n{rub}\n",
    "$ {usd}  {eur}  {rub}\n",
    "Курс валют\n {usd} course up {eur} course up\n",
]
FOOTERS = [
    "© «Qogam News», 2015–2025 info@qogam.kz, +7 (727) 300-{a}-{b}\n"
    "Заметили ошибку? Выделите ее и нажмите Ctrl+Enter\n",
    "Tengrinews\nЧитайте также\n{related}\n",
    "Ұқсас жаңалықтар\n{related}\nСіздің реакцияңыз?\nҰнайды {a}\n",
]


def sample_paragraphs() -> list[tuple[str, str]]:
    out = []
    for path in sorted(SAMPLE_CORPUS_DIR.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        page = analyse_page(text)
        lang = "kk" if any(c in text for c in "әғқңөұүһі") else "ru"
        out += [(lang, text[s:e]) for s, e in page.zones[1:] if e - s > 200]
    return out


def make_page(rng: random.Random, i: int, paragraphs: list[tuple[str, str]]) -> str:
    lang = "kk" if rng.random() < 0.4 else "ru"
    slots = dict(
        city=rng.choice(KK_CITIES if lang == "kk" else [c[0] for c in RU_CITIES]),
        name=rng.choice(KK_NAMES if lang == "kk" else RU_NAMES),
        role=rng.choice(ROLES),
        fund=rng.choice(FUNDS),
        n1=rng.randint(50, 5000),
        n2=rng.randint(1, 20),
        n3=rng.randint(20, 3000),
        n4=rng.randint(2, 30),
        n5=rng.randint(10, 900),
        n6=rng.randint(3, 60),
        p1=rng.randint(1, 40),
        m1=rng.randint(5, 900),
    )
    templates = KK_TEMPLATES if lang == "kk" else RU_TEMPLATES
    body = [t.format(**slots) for t in rng.sample(templates, k=rng.randint(1, len(templates)))]
    same_lang = [p for lg, p in paragraphs if lg == lang] or [p for _, p in paragraphs]
    body += rng.sample(same_lang, k=min(len(same_lang), rng.randint(1, 4)))
    rng.shuffle(body)
    title = (
        f"{slots['city']} {'ҮЕҰ жұмысы талқыланды' if lang == 'kk' else 'обсудили работу НПО'} (выпуск {i})"
        if lang == "ru"
        else f"{slots['city']} ҮЕҰ жұмысы талқыланды ({i}-шығарылым)"
    )
    widget = rng.choice(WIDGETS).format(
        t=rng.randint(-30, 35),
        t2=rng.randint(-30, 35),
        usd=round(rng.uniform(440, 520), 2),
        eur=round(rng.uniform(470, 600), 2),
        rub=round(rng.uniform(4, 7), 2),
    )
    related = "\n".join(
        f"Новость {rng.randint(1, 10**6)} - "
        f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2024 {rng.randint(100, 9999)}"
        for _ in range(rng.randint(2, 5))
    )
    footer = rng.choice(FOOTERS).format(a=rng.randint(10, 99), b=rng.randint(10, 99), related=related)
    byline = (
        f"\n{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(2019, 2025)}\n"
        if rng.random() < 0.6
        else "\n"
    )
    return f"{widget}\n{title}\n\n" + "\n\n".join(body) + f"\n{byline}\n{footer}"


def generate(out_dir: Path, n: int, seed: int = 7, start: int = 0) -> list[Path]:
    """Write n pages (numbered from start) into out_dir; returns their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed * 1_000_003 + start)
    paragraphs = sample_paragraphs()
    paths = []
    for i in range(start, start + n):
        path = out_dir / f"bench_{i:07d}.txt"
        path.write_text(make_page(rng, i, paragraphs), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    generate(args.out_dir, args.n, args.seed)
    print(f"wrote {args.n} pages to {args.out_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
