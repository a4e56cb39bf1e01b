from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from pipeline.storage.migrate import MIGRATIONS, current_revision, head_revision, upgrade


def test_the_head_read_without_alembic_is_alembics_head():
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert head_revision() == ScriptDirectory.from_config(config).get_current_head()


def test_a_new_database_is_migrated_to_the_head_and_then_left_alone(tmp_path):  # type: ignore[no-untyped-def]
    engine = create_engine(f"sqlite:///{tmp_path / 'a.db'}")
    assert current_revision(engine) is None
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    upgrade(engine)
    assert current_revision(engine) == head_revision()
