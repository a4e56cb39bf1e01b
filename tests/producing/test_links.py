from pipeline.producing.links import canonical_link, entry_article_id


def test_tracking_parameters_and_the_fragment_leave_the_link():
    link = "https://news.example.org/world/talks?id=42&utm_source=rss&UTM_Medium=feed&fbclid=abc#comments"
    assert canonical_link(link) == "https://news.example.org/world/talks?id=42"


def test_a_link_without_tracking_is_kept_as_it_is():
    assert canonical_link("https://news.example.org/a?page=2") == "https://news.example.org/a?page=2"


def test_an_entry_is_keyed_by_its_guid_before_its_link():
    by_guid = entry_article_id("tag:news.example.org,2026:4711", "https://news.example.org/a?utm_source=x")
    assert by_guid == entry_article_id("tag:news.example.org,2026:4711", "https://elsewhere.example.org/")
    assert by_guid != entry_article_id(None, "https://news.example.org/a")


def test_without_a_guid_two_tracked_copies_of_a_link_get_one_id():
    assert entry_article_id(None, "https://news.example.org/a?utm_campaign=morning") == \
        entry_article_id("", "https://news.example.org/a?utm_campaign=evening")
