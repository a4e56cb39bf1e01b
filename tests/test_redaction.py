from pipeline.redaction import mask_url, redact


def test_the_password_of_a_url_is_masked():
    assert mask_url("postgresql://demarche:s3cret@db:5432/events") == "postgresql://demarche:***@db:5432/events"


def test_a_url_without_a_password_is_shown_as_it_is():
    assert mask_url("sqlite:///var/lib/demarche.db") == "sqlite:///var/lib/demarche.db"
    assert mask_url("postgresql://demarche@db/events") == "postgresql://demarche@db/events"


def test_a_password_holding_an_at_sign_is_masked_whole():
    assert mask_url("postgresql://u:p@ss@db/events") == "postgresql://u:***@db/events"


def test_a_message_loses_the_password_in_every_spelling():
    url = "postgresql://demarche:s3cr%40t@db/events"
    message = f"could not open {url}: authentication failed for 's3cr@t' (s3cr%40t)"
    assert redact(message, url) == "could not open postgresql://demarche:***@db/events: authentication failed for '***' (***)"
