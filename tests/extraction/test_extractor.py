"""Hard cases, in sentences written for demarche: one test per thing the extractor must get right."""

import pytest

from datetime import datetime, timezone

from pipeline.models import Article, EventStatus, EventType


def codes(actors):  # type: ignore[no-untyped-def]
    return sorted(a.country or a.code for a in actors)


def only(events, event_type):  # type: ignore[no-untyped-def]
    found = [e for e in events if e.event_type is event_type]
    assert len(found) == 1, f"expected one {event_type}, got {events}"
    return found[0]


def test_a_passive_sentence_puts_the_agent_first(extract):
    event = only(extract("Russia was condemned by France over the strikes."), EventType.CONDEMN)
    assert (codes(event.source), codes(event.target)) == (["FRA"], ["RUS"])


def test_a_refusal_to_negotiate_is_a_rejection_not_a_meeting(extract):
    events = extract("Egypt will not negotiate with Ethiopia.")
    assert all(e.event_type is not EventType.MEET for e in events)
    event = only(events, EventType.REJECT)
    assert (codes(event.source), codes(event.target), event.codes.cameo) == (["EGY"], ["ETH"], "125")


def test_a_negated_event_is_never_reported_as_one_that_happened(extract):
    event = only(extract("Brazil did not sign the agreement with Argentina."), EventType.AGREE)
    assert event.status is EventStatus.REFUSED


def test_coordinated_subjects_are_all_sources(extract):
    event = only(extract("India and Pakistan condemned the attack."), EventType.CONDEMN)
    assert codes(event.source) == ["IND", "PAK"]


def test_we_in_a_quotation_is_the_speakers_country(extract):
    event = only(extract('"We reject this ultimatum," Ghana\'s President Kwame Mensah said.'), EventType.REJECT)
    assert codes(event.source) == ["GHA"]


def test_a_pronoun_refers_back_to_the_person_named_before(extract):
    events = extract("Chilean Foreign Minister Ana Soto arrived in Lima on Monday. She met Peru's president on Tuesday.")
    meeting = [e for e in events if e.codes.cameo == "040"][0]
    assert meeting.source[0].name == "Ana Soto" and codes(meeting.source) == ["CHL"]
    assert codes(meeting.target) == ["PER"]


def test_capitals_stand_for_their_governments(extract):
    event = only(extract("Beijing criticized Washington's new tariffs."), EventType.CONDEMN)
    assert (codes(event.source), codes(event.target)) == (["CHN"], ["USA"])


def test_a_planned_meeting_is_planned_and_dated_to_next_month(extract):
    event = only(extract("Kenya will host talks with Uganda next month."), EventType.MEET)
    assert event.status is EventStatus.PLANNED and event.date == "2026-04"
    assert (codes(event.source), codes(event.target)) == (["KEN"], ["UGA"])


def test_an_event_noun_with_a_support_verb_is_an_event_with_its_place(extract):
    event = only(extract("Turkey and Greece held talks in Athens on Wednesday."), EventType.MEET)
    assert codes(event.source) == ["GRC", "TUR"] and event.date == "2026-03-11"
    assert event.location is not None and event.location.country == "GRC"


def test_an_apposition_gives_a_person_their_country(extract):
    event = only(extract("Anna Berg, Sweden's foreign minister, praised Finland for its help."), EventType.SUPPORT)
    assert event.source[0].name == "Anna Berg" and codes(event.source) == ["SWE"] and codes(event.target) == ["FIN"]


def test_a_headline_and_the_body_give_one_event_with_the_body_as_evidence(extract):
    events = extract("Norway sanctions Iran\n\nNorway imposed sanctions on Iran on Tuesday.")
    event = only(events, EventType.SANCTION)
    assert event.evidence.text.startswith("Norway imposed") and event.date == "2026-03-10"


def test_a_spelling_variant_is_the_same_person(extract):
    events = extract("Ukrainian President Volodymyr Zelensky visited Warsaw. Zelenskyy thanked Poland for its support.")
    thanks = only(events, EventType.SUPPORT)
    assert thanks.source[0].name == "Volodymyr Zelensky" and codes(thanks.source) == ["UKR"]


def test_a_visit_targets_the_country_visited(extract):
    event = only(extract("Ukrainian President Volodymyr Zelensky visited Warsaw."), EventType.MEET)
    assert codes(event.target) == ["POL"] and event.codes.cameo == "042"


def test_an_organisation_is_resolved_to_its_code(extract):
    event = only(extract("Saudi Arabia's crown prince called on the UN Security Council to act."), EventType.REQUEST)
    assert codes(event.source) == ["SAU"] and codes(event.target) == ["UNSC"]


def test_expelling_diplomats_is_a_sanction_against_their_country(extract):
    event = only(extract("Germany expelled two Russian diplomats on Thursday."), EventType.SANCTION)
    assert (codes(event.source), codes(event.target), event.codes.cameo) == (["DEU"], ["RUS"], "166")


def test_the_pair_last_named_is_what_both_countries_means(extract):
    events = extract("Iceland and Ireland share fishing grounds. Both countries condemned the new quotas.")
    assert codes(only(events, EventType.CONDEMN).source) == ["IRL", "ISL"]


def test_evidence_offsets_point_into_the_article_text(extract):
    text = "Headline here\n\nJapan and Australia signed a defence pact in Tokyo yesterday."
    event = only(extract(text), EventType.AGREE)
    assert text[event.evidence.start:event.evidence.end] == event.evidence.text
    assert event.date == "2026-03-11"


def test_codes_come_from_the_cameo_table(extract):
    event = only(extract("The EU imposed sanctions on Russia last week."), EventType.SANCTION)
    assert (event.codes.cameo, event.codes.goldstein, event.codes.quad_class) == ("163", -8.0, 4)
    assert event.date == "2026-03"


def test_a_sentence_without_a_diplomatic_event_gives_none(extract):
    assert extract("Trade between the two economies grew by ten percent last year.") == []


def test_it_refers_to_the_subject_of_the_reporting_clause(extract):
    event = only(extract("Switzerland said on Monday it had expelled two Russian diplomats."), EventType.SANCTION)
    assert (codes(event.source), codes(event.target)) == (["CHE"], ["RUS"])


def test_saying_another_state_must_act_is_a_demand(extract):
    event = only(extract("Brazil said on Friday that Paraguay must reopen the border crossing."), EventType.REQUEST)
    assert (codes(event.source), codes(event.target), event.codes.cameo) == (["BRA"], ["PRY"], "100")


def test_a_punitive_act_on_a_condition_is_a_threat(extract):
    events = extract("Ghana will recall its ambassador from Togo unless the detained traders are freed.")
    assert [e.event_type for e in events] == [EventType.THREATEN]
    assert events[0].codes.cameo == "1313" and codes(events[0].source) == ["GHA"]


def test_stopping_aid_is_a_sanction(extract):
    event = only(extract("Norway suspended development aid to Mali on Tuesday."), EventType.SANCTION)
    assert (codes(event.source), event.codes.cameo) == (["NOR"], "162")


def test_meeting_a_demand_is_not_a_meeting(extract):
    assert extract("Peru met the demands of the striking miners.") == []


def test_the_signing_of_an_agreement_is_an_agreement(extract):
    event = only(extract("Chile and Bolivia attended the signing of a water treaty in La Paz."), EventType.AGREE)
    assert codes(event.source) == ["BOL", "CHL"]


def test_a_named_organisation_without_a_code_may_act_on_a_state(extract):
    event = only(extract("Amnesty International accused Belarus of torturing detained students."), EventType.CONDEMN)
    assert event.source[0].name == "Amnesty International" and codes(event.target) == ["BLR"]


def test_an_unnamed_group_acting_on_nobody_gives_no_event(extract):
    assert extract("Some officials condemned the decision.") == []


def test_mediators_meet_both_parties(extract):
    event = only(extract("Egypt and Qatar are mediating between Israel and Hamas."), EventType.MEET)
    assert codes(event.source) == ["EGY", "QAT"] and codes(event.target) == ["HAMAS", "ISR"]
    assert event.status is EventStatus.ONGOING and event.codes.cameo == "045"


def test_recalling_an_ambassador_targets_the_host_country(extract):
    event = only(extract("Venezuela recalled its ambassador to Brazil for consultations."), EventType.SANCTION)
    assert (codes(event.source), codes(event.target), event.codes.cameo) == (["VEN"], ["BRA"], "161")


def test_travelling_to_a_capital_is_a_visit_to_its_state(extract):
    event = only(extract("Kenya's President Amani Otieno will travel to Washington next week."), EventType.MEET)
    assert codes(event.target) == ["USA"] and event.location.name == "Washington"
    assert event.status is EventStatus.PLANNED


def test_a_title_names_a_person_the_tagger_missed(extract):
    event = only(extract("Dutch Prime Minister Pieter Van Damme congratulated Belgium."), EventType.SUPPORT)
    assert event.source[0].role == "Prime Minister" and codes(event.source) == ["NLD"]


def test_agreeing_to_act_is_an_intent_and_signing_is_an_agreement(extract):
    assert only(extract("India and China agreed to resume direct flights."), EventType.AGREE).codes.cameo == "030"
    assert only(extract("India and China signed a flight agreement."), EventType.AGREE).codes.cameo == "057"


def test_a_long_article_keeps_offsets_right_and_counts_a_repeated_event_once(extract):
    filler = "Trade between the two economies grew steadily over the decade. " * 3
    paragraphs = [f"{filler}Officials discussed port fees in paragraph {n}." for n in range(60)]
    paragraphs.insert(30, "Norway imposed sanctions on Iran on Tuesday.")
    paragraphs.insert(45, "Norway imposed sanctions on Iran on Tuesday, the ministry repeated.")
    text = "Norway sanctions Iran\n\n" + "\n\n".join(paragraphs)
    events = extract(text)
    sanction = only(events, EventType.SANCTION)
    assert len(text) > 14000
    assert text[sanction.evidence.start:sanction.evidence.end] == sanction.evidence.text


def test_straight_and_curly_quotes_both_carry_the_speaker(extract):
    curly = extract("“We condemn this attack,” Kenya's President Amani Otieno said.")
    straight = extract('"We condemn this attack," Kenya\'s President Amani Otieno said.')
    assert codes(only(curly, EventType.CONDEMN).source) == codes(only(straight, EventType.CONDEMN).source) == ["KEN"]


def test_a_dateline_neither_dates_nor_parses_into_the_first_sentence(extract):
    text = ("LIMA, March 11 (Wire) - Peruvian President Rosa Quispe and her Chilean counterpart Tomas Vidal "
            "agreed on Tuesday to reopen the border crossing.")
    event = only(extract(text), EventType.AGREE)
    assert codes(event.source) == ["CHL", "PER"] and event.date == "2026-03-10"
    assert event.evidence.text.startswith("Peruvian President")


def test_declining_to_comment_is_no_rejection(extract):
    assert extract("The European Commission declined to comment on the talks.") == []


def test_tariffs_are_a_sanction(extract):
    event = only(extract("The United States imposed tariffs on Brazilian steel."), EventType.SANCTION)
    assert (codes(event.source), codes(event.target)) == (["USA"], ["BRA"])


def test_a_threat_is_aimed_at_the_subject_of_its_condition(extract):
    event = only(extract("Washington threatened further measures if Brasilia does not cut its levies."), EventType.THREATEN)
    assert codes(event.target) == ["BRA"]


def test_a_name_given_alone_finds_the_person_named_in_full(extract):
    text = ("Brazilian President Luiz Inacio Lula da Silva arrived in Lima on Monday. "
            "Lula praised Peru for its flood relief.")
    event = only(extract(text), EventType.SUPPORT)
    assert event.source[0].name == "Luiz Inacio Lula da Silva" and codes(event.source) == ["BRA"]


def test_speaking_by_phone_is_a_telephone_consultation(extract):
    event = only(extract("Japan's Prime Minister Aiko Mori spoke by phone with Kenya's president on Sunday."),
                 EventType.MEET)
    assert event.codes.cameo == "041" and codes(event.source) == ["JPN"] and codes(event.target) == ["KEN"]


def test_having_a_treaty_is_a_state_not_an_event(extract):
    assert extract("The United States, which has a defence treaty with the Philippines, said it stood firm.") == []


def test_a_hyphenated_given_name_after_a_title_is_one_person(extract):
    text = ("South Korean Foreign Minister Park Min-jun held talks with Japan in Seoul. "
            "Park praised Japan's offer to share satellite data.")
    event = only(extract(text), EventType.SUPPORT)
    assert event.source[0].name == "Park Min-jun" and codes(event.source) == ["KOR"]


def test_the_owner_of_a_visit_is_the_visitor(extract):
    event = only(extract("Indian Prime Minister Ravi Menon's visit to Washington ended on Friday."), EventType.MEET)
    assert (codes(event.source), codes(event.target), event.date) == (["IND"], ["USA"], "2026-03-06")


def test_talks_that_collapsed_still_took_place_between_their_parties(extract):
    event = only(extract("The talks in Geneva between Armenia and Azerbaijan collapsed on Thursday."), EventType.MEET)
    assert codes(event.source) == ["ARM", "AZE"] and event.location.country == "CHE"


def test_delegations_from_two_states_are_both_sources(extract):
    event = only(extract("Delegations from Sudan and South Sudan met in Juba on Monday."), EventType.MEET)
    assert codes(event.source) == ["SDN", "SSD"]


def test_a_nationality_and_title_inside_a_tagged_name_are_taken_apart(extract):
    event = only(extract("Egypt hosted Jordanian King Abdullah in Cairo on Sunday."), EventType.MEET)
    assert "Jordanian" not in event.target[0].name and "Abdullah" in event.target[0].name and codes(event.target) == ["JOR"]


def test_an_official_of_an_organisation_speaks_for_it(extract):
    event = only(extract("NATO Secretary General Mark Rutte urged Spain to increase defence spending."), EventType.REQUEST)
    assert event.source[0].code == "NATO" and codes(event.target) == ["ESP"]


def test_the_subject_of_a_passive_schedule_is_who_will_meet(extract):
    text = "The foreign ministers of India and Pakistan are scheduled to meet in Astana next week."
    event = only(extract(text), EventType.MEET)
    assert codes(event.source) == ["IND", "PAK"] and event.status is EventStatus.PLANNED
    assert event.location.country == "KAZ"


def test_a_place_the_gazetteer_does_not_know_is_named_without_a_country(extract):
    event = only(extract("Japan and South Korea held talks in Gyeongju on Monday."), EventType.MEET)
    assert event.location is not None and (event.location.name, event.location.country) == ("Gyeongju", None)


def test_a_bare_ambiguous_name_means_the_state_named_in_full(extract):
    text = ("Rwanda met officials of the Democratic Republic of Congo in Luanda. "
            "Congo's government welcomed the talks.")
    event = only(extract(text), EventType.SUPPORT)
    assert codes(event.source) == ["COD"]


def test_an_alleged_act_inside_an_accusation_is_not_reported_as_an_event(extract):
    events = extract("Rwanda accused Kinshasa of backing armed groups.")
    assert [e.event_type for e in events] == [EventType.CONDEMN]


def test_acting_by_doing_gives_the_doer(extract):
    event = only(extract("Kigali responded by cutting diplomatic ties with Brussels."), EventType.SANCTION)
    assert (codes(event.source), codes(event.target)) == (["RWA"], ["BEL"])


def test_a_resolution_demanding_something_is_a_demand_by_whoever_adopted_it(extract):
    text = "The UN Security Council adopted a resolution calling on Rwanda to withdraw its troops."
    event = only(extract(text), EventType.REQUEST)
    assert (codes(event.source), codes(event.target)) == (["UNSC"], ["RWA"])


def test_two_different_articles_with_one_id_get_different_event_ids(extractor):  # type: ignore[no-untyped-def]
    published = datetime(2026, 3, 12, 12, tzinfo=timezone.utc)
    first = extractor.extract(Article(id="same", text="Norway condemned Russia on Monday.", published_at=published))
    second = extractor.extract(Article(id="same", text="Norway condemned Russia on Tuesday.", published_at=published))
    assert first and second
    assert {e.event_id for e in first}.isdisjoint({e.event_id for e in second})


def test_one_article_read_twice_gets_the_same_event_ids(extractor):  # type: ignore[no-untyped-def]
    article = Article(id="again", text="Norway condemned Russia on Monday.",
                      published_at=datetime(2026, 3, 12, 12, tzinfo=timezone.utc))
    assert [e.event_id for e in extractor.extract(article)] == [e.event_id for e in extractor.extract(article)]


def test_a_territory_without_an_iso_code_never_breaks_extraction(extract):
    events = extract("Ethiopia signed a port deal with Somaliland on Monday.")
    assert all(a.country is None or len(a.country) == 3 for e in events for a in e.source + e.target)


def test_an_article_whose_extraction_fails_is_reported_and_the_others_go_on(extractor, monkeypatch):  # type: ignore[no-untyped-def]
    from datetime import datetime, timezone

    from pipeline.models import Article
    published = datetime(2026, 3, 12, tzinfo=timezone.utc)
    articles = [Article(id=name, text="Chile condemned Peru on Monday.", published_at=published)
                for name in ("first", "broken", "last")]
    real = extractor.extract_doc

    def failing_on_one(doc, article):  # type: ignore[no-untyped-def]
        if article.id == "broken":
            raise OverflowError("date value out of range")
        return real(doc, article)

    monkeypatch.setattr(extractor, "extract_doc", failing_on_one)
    failed: list[str] = []
    done = [a.id for a, _ in extractor.extract_many(articles, on_error=lambda a, e: failed.append(a.id))]
    assert (done, failed) == (["first", "last"], ["broken"])
    with pytest.raises(OverflowError):
        list(extractor.extract_many(articles))


def test_a_shift_of_days_past_any_calendar_gives_no_date(extract):  # type: ignore[no-untyped-def]
    events = extract("Iran met Iraq on March 3. Iran expelled Iraq's envoy 100000000 days later.")
    assert [e.date for e in events if e.event_type.value == "SANCTION"] == [None]


def test_a_region_the_gazetteer_knows_is_placed_in_its_state(extract):
    event = only(extract("Japan and South Korea held talks in Busan on Monday."), EventType.MEET)
    assert event.location is not None and (event.location.name, event.location.country) == ("Busan", "KOR")


def test_a_bare_congo_is_the_dr_congo_as_news_agencies_write_it_unless_the_other_is_named_in_full(extract):
    assert codes(only(extract("Congo cut diplomatic ties with Rwanda on Sunday."), EventType.SANCTION).source) == ["COD"]
    text = ("Rwanda met officials of the Republic of the Congo in Luanda. "
            "Congo's government welcomed the talks.")
    assert codes(only(extract(text), EventType.SUPPORT).source) == ["COG"]
