"""A corpus of news-like articles written from templates: diplomacy between states, 300 to 1,000 words.

    .venv/bin/python bench/corpus.py --articles 300 --seed 7 > corpus.jsonl

Every article has a headline, a dateline, a dozen or so reported events (meetings, agreements,
condemnations, sanctions, threats, requests, rejections, statements of support) and background
sentences that carry no event, so that the length and the mix resemble a wire story. The same seed
gives the same corpus.
"""

import argparse
import json
import random
import sys
from datetime import datetime, timedelta, timezone
from typing import Iterator

__all__ = ["articles", "write_corpus"]

STATES = [
    ("Japan", "Japanese", "Tokyo"), ("South Korea", "South Korean", "Seoul"), ("France", "French", "Paris"),
    ("Germany", "German", "Berlin"), ("Brazil", "Brazilian", "Brasilia"), ("Argentina", "Argentine", "Buenos Aires"),
    ("Kenya", "Kenyan", "Nairobi"), ("Ethiopia", "Ethiopian", "Addis Ababa"), ("India", "Indian", "New Delhi"),
    ("Pakistan", "Pakistani", "Islamabad"), ("Turkey", "Turkish", "Ankara"), ("Greece", "Greek", "Athens"),
    ("Poland", "Polish", "Warsaw"), ("Canada", "Canadian", "Ottawa"), ("Mexico", "Mexican", "Mexico City"),
    ("Egypt", "Egyptian", "Cairo"), ("Indonesia", "Indonesian", "Jakarta"), ("Vietnam", "Vietnamese", "Hanoi"),
    ("Norway", "Norwegian", "Oslo"), ("Chile", "Chilean", "Santiago"), ("Nigeria", "Nigerian", "Abuja"),
    ("Spain", "Spanish", "Madrid"), ("Italy", "Italian", "Rome"), ("Australia", "Australian", "Canberra"),
]
FIRST = ["Anna", "Marek", "Lucia", "Tomas", "Amina", "Ravi", "Helga", "Jonas", "Sofia", "Kofi", "Mei", "Daniel",
         "Ines", "Omar", "Petra", "Luis", "Yara", "Henrik", "Chidi", "Elena", "Rafael", "Nadia", "Karim", "Olga"]
LAST = ["Halvorsen", "Okafor", "Brennan", "Castillo", "Lindqvist", "Moreau", "Varga", "Nakamura", "Sandoval",
        "Osei", "Kowalczyk", "Demir", "Ferreira", "Achterberg", "Rahimi", "Delacroix", "Mwangi", "Petrakis",
        "Quintero", "Sorensen", "Balogun", "Iversen", "Marchetti", "Tanaka"]
ROLES = ["Foreign Minister", "Prime Minister", "President", "Defence Minister", "Trade Minister"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
OUTLETS = ["Harbour Gazette", "Evening Ledger", "Continental Wire", "Northern Dispatch", "Lakeside Courier",
           "Meridian Post", "Coastal Herald", "Capital Review"]
TOPICS = ["fisheries patrols", "grain shipments", "a new rail corridor", "border crossings", "river water sharing",
          "port fees", "student exchanges", "undersea cables", "wildfire response", "customs checks"]

EVENTS = [
    "{a_adj} {a_role} {a_name} met {b_adj} {b_role} {b_name} in {place} on {day} to discuss {topic}.",
    "{a_name} held talks with {b_adj} counterpart {b_name} in {place} on {day}, the ministry said.",
    "{a_state} and {b_state} signed an agreement on {topic} on {day}.",
    "{a_state} condemned {b_state} on {day} over its handling of {topic}.",
    "The {a_adj} government imposed sanctions on {b_state} on {day} over {topic}.",
    "{a_state} threatened to impose tariffs on {b_state} if the dispute over {topic} was not settled.",
    "{a_adj} {a_role} {a_name} urged {b_state} to reopen talks on {topic}.",
    "{a_state} rejected a proposal from {b_state} on {topic} on {day}.",
    "{a_state} expressed support for {b_state} in the dispute over {topic}.",
    "{a_name} visited {b_place} on {day}, the first such trip in years.",
    "{a_state} recalled its ambassador from {b_state} on {day}.",
    "{a_state} accused {b_state} of stalling the negotiations on {topic}.",
]
BACKGROUND = [
    "Officials familiar with the matter said the details were still being worked out.",
    "The question of {topic} has been on the agenda of regional meetings for several years.",
    "Analysts said the outcome would depend on how parliament reacts in the coming weeks.",
    "Trade between the two countries grew steadily over the past decade, according to official figures.",
    "Local newspapers described the mood in the capital as cautious but hopeful.",
    "A spokesperson declined to give a timetable for the next round.",
    "Fishermen, farmers and shipping companies have followed the discussions closely.",
    "The region has seen a string of diplomatic visits since the start of the year.",
    "Several aid groups have asked for more attention to be paid to {topic}.",
    "Observers noted that the tone of the statements had softened compared with last month.",
    "Business associations welcomed the prospect of clearer rules on {topic}.",
    "Opposition politicians said they would study the text carefully before taking a position.",
    "The weather delayed several flights into the capital, and some delegations arrived late.",
    "Experts cautioned that earlier promises on {topic} had not always been kept.",
]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _sentence(rng: random.Random, template: str) -> str:
    (a_state, a_adj, a_place), (b_state, b_adj, b_place) = rng.sample(STATES, 2)
    return template.format(
        a_state=a_state, a_adj=a_adj, b_state=b_state, b_adj=b_adj, a_name=_person(rng), b_name=_person(rng),
        a_role=rng.choice(ROLES), b_role=rng.choice(ROLES), place=rng.choice([a_place, b_place]), b_place=b_place,
        day=rng.choice(DAYS), topic=rng.choice(TOPICS),
    )


def _article(rng: random.Random, number: int, published: datetime) -> dict[str, str]:
    words = rng.randint(300, 1000)
    events = max(4, round(words / 50))
    sentences = [_sentence(rng, rng.choice(EVENTS)) for _ in range(events)]
    headline = sentences[0].rstrip(".").split(" on ")[0]
    while sum(len(s.split()) for s in sentences) < words:
        sentences.insert(rng.randrange(len(sentences) + 1), _sentence(rng, rng.choice(BACKGROUND)))
    paragraphs = [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]
    outlet = rng.choice(OUTLETS)
    dateline = f"{rng.choice(STATES)[2].upper()}, {published:%B} {published.day} ({outlet}) - "
    return {
        "id": f"bench-{number:05d}", "source": outlet, "published_at": published.isoformat(), "title": headline,
        "text": headline + "\n\n" + dateline + "\n\n".join(paragraphs),
    }


def articles(count: int, seed: int = 7) -> Iterator[dict[str, str]]:
    rng = random.Random(seed)
    start = datetime(2026, 4, 6, 6, tzinfo=timezone.utc)
    for number in range(count):
        yield _article(rng, number, start + timedelta(minutes=17 * number))


def write_corpus(count: int, seed: int = 7, out: "object" = sys.stdout) -> None:
    for article in articles(count, seed):
        out.write(json.dumps(article) + "\n")  # type: ignore[attr-defined]


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    write_corpus(args.articles, args.seed)


if __name__ == "__main__":
    main()
