"""Resolve date expressions ("on Tuesday", "in January", "last week") against a publication date."""

import calendar
import re
from datetime import MAXYEAR, MINYEAR, date, timedelta

__all__ = ["WEEKDAYS", "anaphoric_shift", "days_of", "in_year_said_before", "resolve_date", "time_ago", "year_of"]

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for name in names
}
ISO_DATE = re.compile(r"\b(\d{4})[-/](\d{1,2})(?:[-/](\d{1,2}))?\b")
NUMERIC_DATE = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "a": 1}


def _words(phrase: str) -> list[str]:
    return re.findall(r"[a-z]+|\d+", phrase.lower().replace(".", ""))


def _month(year: int, month: int) -> str:
    return f"{_year(year)}-{month:02d}"


def _year(year: int) -> str:
    if not MINYEAR <= year <= MAXYEAR:
        raise OverflowError(f"year {year} is outside the calendar")
    return f"{year:04d}"


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    if not MINYEAR <= index // 12 <= MAXYEAR:
        raise OverflowError("month out of the calendar")
    return index // 12, index % 12 + 1


def _week_month(monday: date) -> str | None:
    """The month of a Monday-to-Sunday week: the month of its Thursday, which holds most of its days
    (the rule ISO 8601 uses to give a week its year)."""
    thursday = monday + timedelta(days=3)
    return _month(thursday.year, thursday.month)


def _full_date(year: int, month: int, day: int | None) -> str | None:
    try:
        return date(year, month, day or 1).isoformat()[: 10 if day else 7]
    except ValueError:
        return None


def _numeric(phrase: str) -> tuple[bool, str | None]:
    """Dates written in numbers: (whether the phrase has one, the ISO date or None when ambiguous).

    ISO ("2026-11-10", "2026/11/10", "2026-11") is read year first. "25/11/2026" and "11/25/2026" can be
    read only one way; "11/10/2026" could be 11 October or 10 November, and the article's locale is not
    known, so it stays undated (as do "10/10/2026"-like dates only when the two numbers differ)."""
    iso = ISO_DATE.search(phrase)
    if iso:
        day = int(iso.group(3)) if iso.group(3) else None
        return True, _full_date(int(iso.group(1)), int(iso.group(2)), day)
    numeric = NUMERIC_DATE.search(phrase)
    if not numeric:
        return False, None
    first, second, year = (int(g) for g in numeric.groups())
    if first == second or second > 12:
        return True, _full_date(year, first, second)
    if first > 12:
        return True, _full_date(year, second, first)
    return True, None


def _relative(words: list[str], published: date, future: bool) -> str | None:
    if "today" in words or "tonight" in words or words[:1] == ["this"] and words[1:2] in (
        ["morning"], ["afternoon"], ["evening"]):
        return published.isoformat()
    if "yesterday" in words:
        return (published - timedelta(days=1)).isoformat()
    if "tomorrow" in words:
        return (published + timedelta(days=1)).isoformat()
    if len(words) >= 3 and words[-1] == "ago" and words[-2] in ("day", "days"):
        count = int(words[-3]) if words[-3].isdigit() else NUMBER_WORDS.get(words[-3])
        return (published - timedelta(days=count)).isoformat() if count else None
    if len(words) >= 2 and words[-1] == "ago" and words[-2] in ("week", "weeks", "month", "months", "year", "years"):
        # "two years ago" is a year, "three months ago" a month, "two weeks ago" the month of that week
        count = (int(words[-3]) if words[-3].isdigit() else NUMBER_WORDS.get(words[-3])) if len(words) >= 3 else 1
        if not count:
            return None
        if words[-2].startswith("year"):
            return _year(published.year - count)
        if words[-2].startswith("month"):
            return _month(*_shift_month(published.year, published.month, -count))
        return _week_month(published - timedelta(days=published.weekday(), weeks=count))
    for unit in ("week", "month", "year"):
        if unit not in words:
            continue
        position = words.index(unit)
        if position == 0 or position != len(words) - 1:
            return None
        which = words[position - 1]
        delta = {"last": -1, "this": 0, "next": 1}.get(which)
        if delta is None:
            return None
        if unit == "year":
            return _year(published.year + delta)
        if unit == "month":
            return _month(*_shift_month(published.year, published.month, delta))
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=delta)
        return _week_month(monday)
    return None


def _weekday(words: list[str], published: date, future: bool) -> str | None:
    day = next((WEEKDAYS.index(w) for w in words if w in WEEKDAYS), None)
    if day is None:
        return None
    if "next" in words or future:
        ahead = (day - published.weekday()) % 7
        if ahead == 0 and "next" in words:
            ahead = 7
        return (published + timedelta(days=ahead)).isoformat()
    back = (published.weekday() - day) % 7
    if back == 0 and "last" in words:
        back = 7
    return (published - timedelta(days=back)).isoformat()


def _calendar(words: list[str], published: date, future: bool) -> str | None:
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    numbers = [int(w) for w in words if w.isdigit()]
    year = next((n for n in numbers if 1900 <= n <= 2100), None)
    day = next((n for n in numbers if 1 <= n <= 31), None)
    if month is None:
        return f"{year:04d}" if year is not None and len(numbers) == 1 and len(words) <= 2 else None
    if year is None and _follows(words, "year"):  # "July 30 last year", "in March next year"
        year = published.year + {"last": -1, "next": 1, "this": 0}[_follows(words, "year") or "this"]
    if year is None:
        year = published.year
        if future or "next" in words:
            if (month, day or 31) < (published.month, published.day) or "next" in words and month <= published.month:
                year += 1
        elif (month, day or 1) > (published.month, published.day) or "last" in words and month >= published.month:
            year -= 1
    if not MINYEAR <= year <= MAXYEAR:
        return None
    if day is None:
        return _month(year, month)
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _follows(words: list[str], unit: str) -> str | None:
    """"last" in "July 30 last year": the word that places a unit relative to now, if any."""
    return next((w for w, after in zip(words, words[1:]) if after == unit and w in ("last", "next", "this")), None)


def resolve_date(phrase: str, published: date, future: bool = False) -> str | None:
    """ISO date (partial when only a month or year is known) or None when the phrase is vague.

    `future` says the event lies ahead (planned), so "on Tuesday" means the coming Tuesday.

    >>> resolve_date("on Tuesday", date(2025, 2, 25))
    '2025-02-25'
    >>> resolve_date("In January", date(2025, 2, 25))
    '2025-01'
    >>> resolve_date("next month", date(2025, 12, 3))
    '2026-01'
    >>> resolve_date("on 2026-11-10", date(2026, 11, 12))
    '2026-11-10'
    """
    numeric, resolved = _numeric(phrase)
    if numeric:
        return resolved
    words = _words(phrase)
    if not words:
        return None
    # a month named with "last year" is a day or month of that year, not the year alone
    order = (_calendar, _relative, _weekday) if any(w in MONTHS for w in words) else (_relative, _weekday, _calendar)
    for resolver in order:
        try:
            result = resolver(words, published, future)
        except OverflowError:  # "yesterday" on 1 January of year 1, "next month" in December 9999
            return None
        if result is not None:
            return result
    return None


def in_year_said_before(phrase: str, year: int | None) -> str | None:
    """"that November", "in May that year", "later that year": a month or the year of the year said
    before, as ISO; None for other phrases, or when no year was said (the phrase is then vague).

    >>> in_year_said_before("that November", 2013)
    '2013-11'
    >>> in_year_said_before("in May that year", 2021)
    '2021-05'
    """
    words = _words(phrase)
    if "that" not in words or year is None or not MINYEAR <= year <= MAXYEAR:
        return None
    after = words[words.index("that") + 1:words.index("that") + 2]
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    day = next((int(w) for w in words if w.isdigit() and 1 <= int(w) <= 31), None)
    if after == ["year"] and month is not None and day is not None:
        return _full_date(year, month, day)  # "on June 9 that year"
    if after == ["year"]:
        return _month(year, month) if month is not None else _year(year)
    if after and after[0] in MONTHS:
        return _month(year, MONTHS[after[0]])
    return None


def year_of(phrase: str) -> int | None:
    """The year a phrase names in digits: 2013 in "in November 2013"."""
    return next((int(w) for w in _words(phrase) if w.isdigit() and len(w) == 4 and 1900 <= int(w) <= 2100), None)


MAX_SHIFT_DAYS = 366  # "400 days later" is no day a reader counts to
SAME_DAY = {("that", "day"), ("the", "same", "day"), ("later", "that", "day"), ("earlier", "that", "day"),
            ("hours", "earlier"), ("hours", "later"), ("that", "morning"), ("that", "evening"), ("that", "night"),
            ("later", "that", "night"), ("earlier", "that", "morning")}
NEXT_DAY = {("the", "following", "day"), ("the", "next", "day"), ("the", "day", "after")}
DAY_BEFORE = {("the", "previous", "day"), ("the", "day", "before")}


def anaphoric_shift(phrase: str) -> int | None:
    """Days from the date said just before, for expressions that point back to it: "that day" 0,
    "the following day" 1, "two days earlier" -2; None for any other phrase.

    >>> anaphoric_shift("Hours earlier")
    0
    >>> anaphoric_shift("two days later")
    2
    """
    words = tuple(_words(phrase))
    if words in SAME_DAY:
        return 0
    if words in NEXT_DAY:
        return 1
    if words in DAY_BEFORE:
        return -1
    if len(words) == 3 and words[1] in ("day", "days") and words[2] in ("later", "earlier"):
        count = int(words[0]) if words[0].isdigit() and len(words[0]) <= 4 else NUMBER_WORDS.get(words[0])
        if count and count <= MAX_SHIFT_DAYS:
            return count if words[2] == "later" else -count
    return None


def days_of(iso: str) -> tuple[date, date]:
    """The first and the last day of an ISO date that may be partial: "2016" is the whole year.

    >>> days_of("2016-02")
    (datetime.date(2016, 2, 1), datetime.date(2016, 2, 29))
    """
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 3:
        day = date(*parts)
        return day, day
    if len(parts) == 2:
        year, month = parts
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    return date(parts[0], 1, 1), date(parts[0], 12, 31)


DURATION = re.compile(r"^(?:(more than|over|nearly|almost|about|around|some|roughly|just over|just under|less than) )?"
                      r"(\d+|one|two|three|four|five|six|seven|a) (day|week|month|year)s?$")


def time_ago(duration: str, published: date) -> str | None:
    """The date a duration before publication: what happened "six months since" or "two years ago".
    A count of days or more is as precise as its unit allows: a year for years, else a month (news
    rounds such counts), a day only for an exact count of under a week.

    >>> time_ago("more than 100 days", date(2017, 12, 4))
    '2017-08'
    """
    found = DURATION.match(" ".join(duration.lower().split()))
    if found is None:
        return None
    approximate, count_word, unit = found.groups()
    count = int(count_word) if count_word.isdigit() else NUMBER_WORDS[count_word]
    try:
        if unit == "year":
            return _year(published.year - count)
        if unit == "month":
            year, month = _shift_month(published.year, published.month, -count)
            return _month(year, month)
        day = published - timedelta(days=count * (7 if unit == "week" else 1))
    except (OverflowError, ValueError):
        return None
    return day.isoformat() if unit == "day" and count < 7 and not approximate else _month(day.year, day.month)
