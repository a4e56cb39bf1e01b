from pipeline.extraction.persons import PersonRegistry, spelling_distance


def test_spelling_distance_counts_edits():
    assert spelling_distance("Zelensky", "Zelenskyy") == 1


def test_a_surname_finds_the_person():
    registry = PersonRegistry()
    registry.add("Kenji Morita", "JPN", "Foreign Minister")
    assert registry.find("Morita").country == "JPN"


def test_a_transliteration_variant_finds_the_same_person():
    registry = PersonRegistry()
    registry.add("Volodymyr Zelensky", "UKR", "President")
    assert registry.find("Zelenskyy").name == "Volodymyr Zelensky"


def test_a_family_name_written_first_finds_the_person():
    registry = PersonRegistry()
    registry.add("Park Min-jun", "KOR", None)
    assert registry.find("Park").name == "Park Min-jun"


def test_different_short_names_are_not_merged():
    registry = PersonRegistry()
    registry.add("Anna Berg", "SWE", None)
    assert registry.find("Borg") is None
