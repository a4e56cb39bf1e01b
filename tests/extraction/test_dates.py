from datetime import date

import pytest

from pipeline.extraction.dates import days_of, in_year_said_before, resolve_date, time_ago

TUESDAY = date(2025, 2, 25)


@pytest.mark.parametrize("phrase, future, expected", [
    ("on Tuesday", False, "2025-02-25"),
    ("Monday", False, "2025-02-24"),
    ("last Tuesday", False, "2025-02-18"),
    ("on Friday", True, "2025-02-28"),
    ("next Tuesday", False, "2025-03-04"),
    ("In January", False, "2025-01"),
    ("in March", False, "2024-03"),
    ("in March", True, "2025-03"),
    ("yesterday", False, "2025-02-24"),
    ("today", False, "2025-02-25"),
    ("tomorrow", True, "2025-02-26"),
    ("three days ago", False, "2025-02-22"),
    ("last month", False, "2025-01"),
    ("next month", True, "2025-03"),
    ("later this year", True, "2025"),
    ("last year", False, "2024"),
    ("February 3", False, "2025-02-03"),
    ("3 February 2024", False, "2024-02-03"),
    ("Dec. 12", False, "2024-12-12"),
    ("January 2023", False, "2023-01"),
    ("in 2019", False, "2019"),
])
def test_dates_resolve_against_the_publication_date(phrase: str, future: bool, expected: str):
    assert resolve_date(phrase, TUESDAY, future) == expected


@pytest.mark.parametrize("phrase", ["over the past year", "recent weeks", "soon", "the 1990s era"])
def test_vague_phrases_give_no_date_rather_than_a_wrong_one(phrase: str):
    assert resolve_date(phrase, TUESDAY) is None


def test_last_week_gives_the_month_of_the_week():
    assert resolve_date("last week", date(2025, 2, 25)) == "2025-02"
    assert resolve_date("last week", date(2025, 3, 4)) == "2025-02"  # 24 Feb to 2 Mar: most of it in February


@pytest.mark.parametrize("phrase, published, future", [
    ("yesterday", date(1, 1, 1), False),
    ("three days ago", date(1, 1, 2), False),
    ("last week", date(1, 1, 3), False),
    ("last month", date(1, 1, 15), False),
    ("last year", date(1, 6, 1), False),
    ("on Sunday", date(1, 1, 1), False),
    ("tomorrow", date(9999, 12, 31), False),
    ("next month", date(9999, 12, 31), False),
    ("next year", date(9999, 12, 31), False),
    ("next week", date(9999, 12, 30), False),
    ("on Monday", date(9999, 12, 31), True),
    ("in January", date(9999, 12, 31), True),
    ("in December", date(1, 1, 1), False),
])
def test_phrases_beyond_the_ends_of_the_calendar_are_vague_not_errors(phrase: str, published: date, future: bool):
    assert resolve_date(phrase, published, future) is None


def test_phrases_near_the_ends_of_the_calendar_that_stay_inside_it_resolve():
    assert resolve_date("yesterday", date(1, 1, 2)) == "0001-01-01"
    assert resolve_date("last month", date(9999, 12, 31)) == "9999-11"


@pytest.mark.parametrize("phrase, expected", [
    ("on 2026-11-10", "2026-11-10"),
    ("2026/11/10", "2026-11-10"),
    ("in 2026-11", "2026-11"),
    ("10 November 2026", "2026-11-10"),
    ("November 10, 2026", "2026-11-10"),
    ("on 25/11/2026", "2026-11-25"),
    ("11/25/2026", "2026-11-25"),
    ("10/10/2026", "2026-10-10"),
    ("25.11.2026", "2026-11-25"),
])
def test_numeric_and_iso_dates_are_read(phrase: str, expected: str):
    assert resolve_date(phrase, TUESDAY) == expected


@pytest.mark.parametrize("phrase", ["11/10/2026", "on 03/04/2026", "2026-13-01", "31/02/2026", "2026-02-30"])
def test_ambiguous_or_impossible_numeric_dates_stay_undated(phrase: str):
    assert resolve_date(phrase, TUESDAY) is None


def test_a_numeric_date_in_an_article_dates_its_event(extract):  # type: ignore[no-untyped-def]
    [event] = extract("Serbia condemned Kosovo on 2026-03-10 over the arrests of two officials.")
    assert event.date == "2026-03-10"
    [ambiguous] = extract("Serbia condemned Kosovo on 03/10/2026 over the arrests of two officials.")
    assert ambiguous.date is None


def test_a_week_across_two_months_is_the_month_of_its_thursday():
    # published on Sunday 12 November 2017: last week ran from 30 October to 5 November
    assert resolve_date("last week", date(2017, 11, 12)) == "2017-11"


def test_years_and_months_ago_are_a_year_and_a_month():
    assert resolve_date("two years ago", date(2017, 11, 12)) == "2015"
    assert resolve_date("three months ago", date(2017, 2, 12)) == "2016-11"


@pytest.mark.parametrize("phrase, published", [
    ("three years ago", date(1, 5, 5)), ("10 years ago", date(5, 1, 1)), ("two months ago", date(1, 1, 5)),
])
def test_counted_ages_before_year_one_are_vague(phrase: str, published: date):
    assert resolve_date(phrase, published) is None


def test_expressions_that_point_back_to_a_day_give_their_shift_from_it() -> None:
    from pipeline.extraction.dates import anaphoric_shift
    assert [anaphoric_shift(p) for p in ("that day", "Hours later", "the following day", "the day before",
                                         "two days earlier", "3 days later", "last week")] == [0, 0, 1, -1, -2, 3, None]


def test_a_partial_date_covers_every_day_of_its_month_or_year():
    assert days_of("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert days_of("2019") == (date(2019, 1, 1), date(2019, 12, 31))
    assert days_of("2019-07-04") == (date(2019, 7, 4), date(2019, 7, 4))


@pytest.mark.parametrize(("duration", "expected"), [
    ("more than 100 days", "2017-08"),  # news rounds such counts: the month
    ("three days", "2017-12-01"),
    ("six weeks", "2017-10"),
    ("six months", "2017-06"),
    ("two years", "2015"),
    ("a year", "2016"),
])
def test_a_duration_before_publication_gives_the_date_as_precisely_as_its_unit(duration: str, expected: str):
    assert time_ago(duration, date(2017, 12, 4)) == expected


def test_a_phrase_that_is_no_duration_gives_no_date():
    assert time_ago("the last few days", date(2017, 12, 4)) is None


def test_a_day_of_last_year_is_that_day_a_year_back() -> None:
    assert resolve_date("July 30 last year", date(2024, 9, 8)) == "2023-07-30"
    assert resolve_date("in March next year", date(2024, 9, 8)) == "2025-03"


@pytest.mark.parametrize("phrase, year, expected", [
    ("that November", 2013, "2013-11"),
    ("May that year", 2021, "2021-05"),
    ("June 9 that year", 2023, "2023-06-09"),
    ("later that year", 2019, "2019"),
    ("that November", None, None),
    ("last November", 2013, None),
])
def test_a_month_or_year_said_with_that_is_in_the_year_said_before(phrase, year, expected):
    assert in_year_said_before(phrase, year) == expected
