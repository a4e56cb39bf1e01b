"""Articles that are not English are skipped with a reason, not coded as zero events."""

from pipeline.extraction.language import language_problem
from pipeline.models import Article

ENGLISH = ("The foreign minister of Chile met his Peruvian counterpart in Lima on Monday, and the two said "
           "that they would meet again next month to discuss the border, the fisheries and the trade "
           "agreement that both governments have been working on for more than a year.")
SPANISH = ("El ministro de Relaciones Exteriores de Chile se reunió el lunes en Lima con su homólogo peruano, "
           "y ambos dijeron que volverían a reunirse el próximo mes para hablar de la frontera, de la pesca "
           "y del acuerdo comercial en el que los dos gobiernos trabajan desde hace más de un año.")


def test_an_english_article_has_no_language_problem():
    assert language_problem(Article(id="a", text=ENGLISH)) is None


def test_an_article_declared_german_is_skipped_with_its_language_named():
    problem = language_problem(Article(id="a", text=ENGLISH, language="de"))
    assert problem is not None and "'de'" in problem


def test_spanish_text_declared_english_is_skipped():
    problem = language_problem(Article(id="a", text=SPANISH, language="en"))
    assert problem is not None and "does not read as English" in problem


def test_a_short_text_is_judged_by_its_declared_language_alone():
    assert language_problem(Article(id="a", text="Chile y Perú firmaron.", language="en-GB")) is None


def test_a_long_list_of_names_does_not_make_english_text_foreign():
    names = ", ".join(f"Statename{chr(65 + i % 26)}{i}" for i in range(70))
    text = f"{names} and Peru condemned the invasion on Monday, and they said that it was a breach of the law."
    assert language_problem(Article(id="a", text=text)) is None
