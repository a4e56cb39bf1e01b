"""Which time expression dates an event: its own clause's, not a neighbouring act's (published Thu 12 March 2026)."""

from pipeline.models import EventType


def of_type(events, event_type):  # type: ignore[no-untyped-def]
    return [e for e in events if e.event_type is event_type]


def test_a_vague_time_of_another_act_gives_way_to_the_clauses_date(extract):
    events = extract("In an unexpected March 2 step, Ghana asked for a ballot the next day on the text.")
    [event] = of_type(events, EventType.REQUEST)
    assert event.date == "2026-03-02"


def test_a_statement_set_against_a_dated_one_shares_its_date(extract):
    events = extract("Austria pledged on Monday to help the farmers of the northern valleys with new loans and seeds, "
                     "while Portugal said it would not join the plan.")
    [refusal] = of_type(events, EventType.REJECT)
    assert refusal.date == "2026-03-09"


def test_a_leading_while_clause_keeps_its_own_time(extract):
    events = extract("While Norway has described the plan as reckless, Sweden last week welcomed it.")
    [criticism] = of_type(events, EventType.CONDEMN)
    assert criticism.date is None


def test_an_act_named_by_a_noun_is_not_dated_by_the_sentence_it_is_mentioned_in(extract):
    events = extract("Chile told Mexico on Monday that Peru's decision to expel its diplomats had hurt trade.")
    assert [e.date for e in of_type(events, EventType.SANCTION)] == [None]


def test_the_day_an_act_was_reported_is_not_the_day_it_was_done(extract):
    events = extract("A former aide confirmed on Friday that Chile asked Peru to delay the vote.")
    [event] = of_type(events, EventType.REQUEST)
    assert event.date is None


def test_two_mentions_of_one_act_keep_the_more_precise_date(extract):
    text = ("Chile expelled Peru's ambassador last week. The envoy left on Tuesday. "
            "Chile expelled the ambassador on March 3, its foreign ministry said.")
    dates = [e.date for e in of_type(extract(text), EventType.SANCTION)]
    assert dates == ["2026-03-03"]


def test_hours_earlier_is_the_day_said_just_before(extract):
    events = extract("Chile and Peru signed a pact on March 3. Hours earlier, during a visit to Bolivia, "
                     "the Chilean president met Bolivia's president.")
    [meeting] = of_type(events, EventType.MEET)
    assert meeting.date == "2026-03-03"


def test_the_following_day_is_the_day_after_the_one_said_before(extract):
    events = extract("Chile recalled its envoy from Peru on March 3. Peru expelled Chile's envoy the following day.")
    dates = {tuple(a.country for a in e.source): e.date for e in of_type(events, EventType.SANCTION)}
    assert dates == {("CHL",): "2026-03-03", ("PER",): "2026-03-04"}


def test_that_day_without_a_day_said_before_gives_no_date(extract):
    [event] = of_type(extract("Peru expelled Chile's envoy that day."), EventType.SANCTION)
    assert event.date is None


def test_that_day_does_not_reach_back_past_a_paragraph(extract):
    filler = " ".join(f"Delegates spoke about topic number {n}." for n in range(1, 8))
    events = extract(f"Chile recalled its envoy from Peru on March 3. {filler} Peru expelled Chile's envoy that day.")
    dates = {tuple(a.country for a in e.source): e.date for e in of_type(events, EventType.SANCTION)}
    assert dates == {("CHL",): "2026-03-03", ("PER",): None}


def test_an_act_some_time_since_which_has_passed_is_dated_back_from_publication(extract):
    [deal] = of_type(extract("It has been six months since Kenya and Uganda signed the border deal."), EventType.AGREE)
    assert deal.date == "2025-09"


def test_a_statement_of_intent_is_dated_by_its_saying_not_by_what_it_announces(extract):
    [intent] = of_type(extract("Norway will send more aid to Ukraine, the Norwegian prime minister said on Monday."),
                       EventType.ANNOUNCE)
    assert (intent.status.value, intent.date) == ("planned", "2026-03-09")


def test_a_date_of_the_clause_itself_wins_over_the_time_since_it(extract):
    text = "It has been six months since Kenya and Uganda signed the border deal in Nairobi on September 3."
    [deal] = of_type(extract(text), EventType.AGREE)
    assert deal.date == "2025-09-03"


def test_a_date_before_a_trailing_attribution_dates_the_act(extract):
    text = ("Hakan Fidan held talks with his Syrian counterpart Asaad al-Shaibani in Ankara on Wednesday, "
            "Turkey's foreign ministry said in a statement.")
    [talks] = of_type(extract(text), EventType.MEET)
    assert talks.date == "2026-03-11"


def test_a_date_after_the_verb_of_saying_dates_the_saying_only(extract):
    [request] = of_type(extract("Peru confirmed on Friday that it had asked Chile to delay the vote."), EventType.REQUEST)
    assert request.date is None


def test_a_date_in_a_participle_after_the_act_dates_the_act(extract):
    text = ("Peru condemned what it called Chilean interference in its northern border regions, telling reporters "
            "in Lima on Wednesday that it was unlawful.")
    [criticism] = of_type(extract(text), EventType.CONDEMN)
    assert criticism.date == "2026-03-11"


def test_a_date_inside_what_a_participle_reports_does_not_date_the_act(extract):
    text = "Poland condemned the Russian drone incursion, saying it would raise the matter at NATO on Friday."
    [criticism] = of_type(extract(text), EventType.CONDEMN)
    assert criticism.date is None


def test_a_weekday_night_dates_the_event(extract):  # type: ignore[no-untyped-def]
    [event] = extract("The EU's foreign policy chief urged Kosovo on Wednesday night to revoke the tariffs.")
    assert event.date == "2026-03-11"


def test_an_act_announced_as_under_way_is_dated_by_the_announcement(extract):  # type: ignore[no-untyped-def]
    [event] = of_type(extract("Mexico announced on Friday that it was breaking off diplomatic relations with Ecuador."),
                      EventType.SANCTION)
    assert event.date == "2026-03-06"


def test_a_rejection_joined_to_what_a_spokesman_said_is_dated_by_the_saying(extract):  # type: ignore[no-untyped-def]
    text = "The Taliban spokesman said on Wednesday the canal was being built for Afghans and rejected any interference."
    [event] = of_type(extract(text), EventType.REJECT)
    assert event.date == "2026-03-11"


def test_a_demand_made_by_a_resolution_is_dated_by_its_adoption(extract):  # type: ignore[no-untyped-def]
    text = "On Wednesday, the Security Council adopted a resolution demanding that Iran stop enrichment."
    [event] = of_type(extract(text), EventType.REQUEST)
    assert event.date == "2026-03-11"


def test_the_year_a_declaration_is_named_by_does_not_date_an_accusation_about_it(extract):  # type: ignore[no-untyped-def]
    [event] = of_type(extract("Egypt accused Ethiopia of violating the 2015 declaration of principles."), EventType.CONDEMN)
    assert event.date is None


def test_talks_agreed_on_a_day_are_not_dated_to_that_day_or_the_next_one_of_its_name(extract):
    events = extract("Chile and Peru agreed on Monday to resume regular border talks.")
    [talks] = of_type(events, EventType.MEET)
    [agreement] = of_type(events, EventType.AGREE)
    assert (talks.status.value, talks.date, agreement.date) == ("planned", None, "2026-03-09")


def test_that_november_is_in_the_year_the_article_said_before(extract):
    events = extract("The quarrel began in 2013. Chile expelled Peru's ambassador that November.")
    [expulsion] = of_type(events, EventType.SANCTION)
    assert expulsion.date == "2013-11"


def test_that_november_without_a_year_said_before_is_no_date(extract):
    [expulsion] = of_type(extract("Chile expelled Peru's ambassador that November."), EventType.SANCTION)
    assert expulsion.date is None


def test_a_first_visit_since_a_year_is_not_dated_to_that_year(extract):
    [visit] = of_type(extract("In February, Chile's president paid his first visit to Peru since 2012."), EventType.MEET)
    assert visit.date == "2026-02"


def test_a_date_in_a_relative_clause_of_another_act_does_not_date_the_next_one(extract):
    [signing] = [e for e in extract("The president said he was lifting curbs that parliament imposed in 1995, and "
                                    "Norway signed a memorandum with Iceland.") if e.event_type.value == "AGREE"]
    assert signing.date is None


def test_the_date_of_a_meeting_agreed_on_is_not_the_date_of_the_agreement(extract):
    [agreement] = [e for e in extract("Chile and Peru also agreed that their border commanders would meet on Friday.")
                   if e.event_type.value == "AGREE"]
    assert agreement.date is None


def test_a_happening_named_by_its_date_does_not_date_what_is_said_of_it(extract):
    [refusal] = extract("Norway refused to recognise the result of the February 2024 election in Belarus.")
    [criticism] = extract("Norway condemned the Jan. 4 attack on its embassy in Kabul.")
    assert (refusal.date, criticism.date) == (None, None)


def test_a_date_said_before_a_reported_refusal_dates_the_refusal(extract):
    [refusal] = [e for e in extract("The Estonian president said on Wednesday Estonia would not remove a grounded ferry "
                                    "from the islet, rejecting Russian demands.") if e.event_type.value == "REJECT"]
    assert refusal.date == "2026-03-11"
