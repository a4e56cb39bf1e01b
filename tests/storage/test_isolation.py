"""One row the database refuses for its content does not hold back the rest; outages are raised."""

import pytest
from sqlalchemy.exc import DataError, OperationalError

from pipeline.storage.isolation import is_outage, write_isolating


class Database:
    """Refuses the words it is told to refuse, or every write while it is down."""

    def __init__(self, refused: set[str] = set(), down: bool = False) -> None:
        self.rows: list[str] = []
        self.refused, self.down = refused, down

    def write(self, batch: list[str]) -> int:
        if self.down:
            raise OperationalError("INSERT", {}, ConnectionRefusedError("connection refused"))
        if self.refused & set(batch):
            raise DataError("INSERT", {}, ValueError("value too long for type character varying(128)"))
        self.rows += batch
        return len(batch)


def test_a_refused_row_is_set_aside_with_the_reason_and_the_others_are_written():
    database = Database(refused={"bad"})
    written, refused = write_isolating(database.write, ["a", "bad", "b"])
    assert (written, database.rows) == (2, ["a", "b"])
    assert refused == [("bad", "DataError: value too long for type character varying(128)")]


def test_a_batch_the_database_takes_is_written_at_once():
    database = Database()
    assert write_isolating(database.write, ["a", "b"]) == (2, [])


def test_an_outage_is_raised_to_be_retried():
    with pytest.raises(OperationalError):
        write_isolating(Database(down=True).write, ["a", "b"])


def test_a_bug_while_building_a_row_refuses_that_row_only():
    def write(batch: list[str]) -> int:
        return sum(1 / len(item) > 0 for item in batch)  # "" divides by zero
    assert write_isolating(write, ["a", "", "b"]) == (2, [("", "ZeroDivisionError: division by zero")])


def test_refusals_are_not_outages_and_lost_connections_are():
    assert not is_outage(DataError("INSERT", {}, ValueError("NUL")))
    assert is_outage(OperationalError("INSERT", {}, ConnectionResetError("reset")))
