"""What a review of the round's rules found over-broad: each case keeps the rule from reaching too far."""

import pytest

from pipeline.models import EventType


def codes(actors):  # type: ignore[no-untyped-def]
    return sorted(a.country or a.code or a.name for a in actors)


def of_type(events, event_type):  # type: ignore[no-untyped-def]
    return [e for e in events if e.event_type is event_type]


def test_a_past_act_joined_to_a_negated_modal_one_happened(extract):
    events = extract("Peru would not comment on the report but expelled two Chilean diplomats on Friday.")
    [event] = of_type(events, EventType.SANCTION)
    assert event.status.value == "occurred" and of_type(events, EventType.THREATEN) == []


@pytest.mark.parametrize("text", [
    "Peru vowed that it would never abandon Bolivia.",
    "Peru vowed that Chile would never again rule the province.",
    "Peru vowed that such an attack would never happen again.",
])
def test_vowing_that_something_will_never_happen_is_no_refusal(extract, text):
    assert of_type(extract(text), EventType.REJECT) == []


@pytest.mark.parametrize("text", [
    "Peru said Chile must condemn the attack on its embassy.",
    "Peru said Chile and Bolivia needed to sign the agreement.",
])
def test_what_another_must_do_is_asked_not_done(extract, text):
    events = extract(text)
    assert [e.event_type for e in events] == [EventType.REQUEST]


def test_saying_it_is_up_to_another_to_decide_asks_nothing(extract):
    assert of_type(extract("Peru said it was up to Chile to decide whether to resume talks."), EventType.REQUEST) == []


def test_a_noun_saying_what_a_named_state_is_judges_that_state(extract):
    text = "Chile signed a defence pact with Bolivia, which Peru calls a rogue state."
    [event] = of_type(extract(text), EventType.CONDEMN)
    assert (codes(event.source), codes(event.target)) == (["PER"], ["BOL"])


@pytest.mark.parametrize("text", [
    "Peru said the situation was not serious.",
    "Peru said aid deliveries fell short of needs.",
])
def test_something_found_wanting_that_is_nobodys_criticises_no_one(extract, text):
    assert of_type(extract(text), EventType.CONDEMN) == []


@pytest.mark.parametrize("text", [
    "Peru and Chile agreed the truce takes effect on Wednesday.",
    "Peru and Chile agreed that prisoners were to be exchanged.",
])
def test_agreeing_on_what_is_to_happen_is_an_agreement(extract, text):
    assert len(of_type(extract(text), EventType.AGREE)) == 1


def test_agreeing_that_another_broke_a_deal_accuses_it(extract):
    [event] = of_type(extract("Peru and Chile agreed that Bolivia had violated the border treaty."), EventType.CONDEMN)
    assert (codes(event.source), codes(event.target)) == (["CHL", "PER"], ["BOL"])


@pytest.mark.parametrize("text", [
    "The Peruvian Senate voted down a resolution to block arms sales to Chile.",
    "A Peruvian court blocked the extradition of the businessman to Chile.",
])
def test_votes_and_vetoes_at_home_reject_nothing(extract, text):
    assert of_type(extract(text), EventType.REJECT) == []


def test_a_rejected_statement_was_still_said(extract):
    events = extract("Peru rejected a statement issued by Chile condemning its border policy.")
    assert len(of_type(events, EventType.CONDEMN)) == 1


def test_a_year_of_sanctions_imposes_none(extract):
    assert of_type(extract("After a year of sanctions, Bolivia's economy is still growing, the bank said."),
                   EventType.SANCTION) == []


def test_briefing_reporters_by_phone_is_no_call(extract):
    assert of_type(extract("The Peruvian foreign minister briefed reporters by phone on his talks with Chile."),
                   EventType.MEET) == []


def test_opposing_an_act_done_to_a_state_does_not_blame_the_victim(extract):
    assert of_type(extract("Peru opposed the invasion of Bolivia."), EventType.CONDEMN) == []


def test_the_head_of_a_states_company_does_not_act_for_the_state(extract):
    events = extract("Carlos Ruiz, the head of Peru's Petroperu, criticised Chile.")
    assert all(a.country != "PER" for e in events for a in e.source)


def test_a_treaty_suspended_with_a_state_is_a_sanction_on_it(extract):
    [event] = of_type(extract("Peru suspended the friendship treaty with Chile."), EventType.SANCTION)
    assert codes(event.target) == ["CHL"]


def test_missiles_flown_to_a_base_are_no_visit(extract):
    assert of_type(extract("Peru flew air defence missiles to its base in Chile."), EventType.MEET) == []


def test_a_witness_at_a_signing_is_no_party(extract):
    events = extract("The Peruvian foreign minister attended the signing ceremony in Santiago on Tuesday.")
    assert of_type(events, EventType.AGREE) == []


def test_counted_tourists_of_a_nationality_are_not_their_state(extract):
    assert extract("Millions of Peruvian tourists visit Chilean resorts each year.") == []


@pytest.mark.parametrize("text", [
    "Peru has demanded guarantees that no future Chilean government will walk away from the deal.",
    "Peru said it hoped the two sides could agree on changes.",
])
def test_what_is_guaranteed_or_hoped_for_has_not_happened(extract, text):
    events = extract(text)
    assert of_type(events, EventType.REJECT) == [] and of_type(events, EventType.AGREE) == []


# from the second review of the round

@pytest.mark.parametrize("text", [
    "Peru rejected the draft resolution condemning Chile's government.",
    "Peru opposed a resolution calling for an immediate ceasefire.",
])
def test_what_a_rejected_text_of_nobody_named_says_is_nobodys(extract, text):
    assert [e.event_type for e in extract(text)] == [EventType.REJECT]


@pytest.mark.parametrize("text", [
    "The Peruvian president urged his Chilean counterpart by phone to reopen the border.",
    "The Peruvian president thanked him by phone for the support.",
])
def test_acts_by_phone_to_anyone_but_the_press_are_calls(extract, text):
    assert len(of_type(extract(text), EventType.MEET)) == 1


def test_agreeing_on_what_another_must_do_concludes_no_agreement(extract):
    assert of_type(extract("Peru and Chile agreed that Bolivia must pay for the damage."), EventType.AGREE) == []


def test_a_verb_joined_by_or_to_a_negated_one_is_negated_too(extract):
    events = extract("Peru will not recognise the results or meet the new Bolivian leaders.")
    assert all(e.status.value != "occurred" or e.event_type is EventType.REJECT for e in events)


def test_warning_that_another_would_suffer_consequences_is_a_threat(extract):
    [event] = of_type(extract("Peru warned that Chile would suffer severe consequences."), EventType.THREATEN)
    assert codes(event.target) == ["CHL"]


def test_suffering_the_consequences_of_a_flood_threatens_no_one(extract):
    assert of_type(extract("The bank said Peru would suffer the consequences of the floods."), EventType.THREATEN) == []


@pytest.mark.parametrize("text", [
    "Peru opposed interference by Chile in its affairs.",
    "Peru opposed the actions of the Chilean army at the border.",
])
def test_opposing_an_act_whose_doer_is_named_after_it_is_disapproval(extract, text):
    [event] = of_type(extract(text), EventType.CONDEMN)
    assert codes(event.target) == ["CHL"]


def test_vowing_that_a_capital_would_never_give_up_a_region_is_a_refusal(extract):
    assert len(of_type(extract("Peru vowed that Lima would never give up the islands."), EventType.REJECT)) == 1


def test_forces_pushing_out_troops_expel_no_one(extract):
    assert of_type(extract("Peruvian forces pushed out Chilean troops from the border region."), EventType.SANCTION) == []


def test_keeping_a_ban_at_home_is_no_sanction(extract):
    assert of_type(extract("Peru kept a ban on wheat exports."), EventType.SANCTION) == []


def test_an_act_called_a_war_crime_is_no_threat(extract):
    assert of_type(extract("Peru said the attack could be considered a war crime."), EventType.THREATEN) == []


def test_a_signing_attended_by_a_witness_is_still_the_parties_agreement(extract):
    events = extract("The Peruvian foreign minister attended the signing of the deal between Chile and Bolivia.")
    assert len(of_type(events, EventType.AGREE)) == 1


def test_the_head_of_a_states_security_service_acts_for_it(extract):
    [event] = extract("Pedro Ruiz, the head of Peru's intelligence service, met his Chilean counterpart.")
    assert [a.country for a in event.source] == ["PER"]


def test_what_a_speaker_says_it_had_to_do_it_did(extract):
    [event] = of_type(extract("Peru said it had to expel the Chilean diplomats."), EventType.SANCTION)
    assert codes(event.target) == ["CHL"]


def test_a_partner_in_imposing_sanctions_is_no_target(extract):
    [event] = of_type(extract("Peru imposed sanctions on Bolivian banks together with Chile."), EventType.SANCTION)
    assert codes(event.target) == ["BOL"]


def test_medical_supplies_flown_somewhere_are_no_visit(extract):
    assert of_type(extract("Peru flew medical supplies to Chile."), EventType.MEET) == []
