"""Opposing a proposal, stepping back from mediation, consensus reached, and governments named after leaders."""

from datetime import datetime, timezone

import pytest

from pipeline.models import EventType


def codes(actors):  # type: ignore[no-untyped-def]
    return sorted(a.country or a.code or a.name for a in actors)


def of_type(events, event_type):  # type: ignore[no-untyped-def]
    return [e for e in events if e.event_type is event_type]


@pytest.mark.parametrize("text, target", [
    ("Austria opposes the plan to open accession talks with Serbia.", ["SRB"]),
    ("Hungary opposed Finland's bid to join the bloc.", ["FIN"]),
    ("Chile is opposed to the Bolivian proposal on sea access.", ["BOL"]),
])
def test_opposing_a_proposal_or_a_bid_rejects_it(extract, text, target):
    [event] = of_type(extract(text), EventType.REJECT)
    assert codes(event.target) == target and event.source[0].country in ("AUT", "HUN", "CHL")


@pytest.mark.parametrize("text, source, target", [
    ("Greece blocked North Macedonia's bid to open accession talks.", ["GRC"], ["MKD"]),
    ("Poland and Hungary blocked a statement on the rule of law.", ["HUN", "POL"], []),
])
def test_blocking_a_bid_or_a_text_rejects_it(extract, text, source, target):
    [event] = of_type(extract(text), EventType.REJECT)
    assert (codes(event.source), codes(event.target)) == (source, target)


@pytest.mark.parametrize("text", [
    "Farmers blocked the motorway to the capital for a third day.",
    "Authorities blocked access to the ministry's website.",
])
def test_blocking_roads_or_websites_rejects_nothing(extract, text):
    assert of_type(extract(text), EventType.REJECT) == []


@pytest.mark.parametrize("text", [
    "China vetoed a Security Council resolution condemning the crackdown in Myanmar.",
    "Moscow blocked a draft that would have demanded a halt to the shelling.",
])
def test_what_a_vetoed_or_blocked_text_says_is_said_by_nobody(extract, text):
    assert [e.event_type for e in extract(text)] == [EventType.REJECT]


def test_what_an_adopted_resolution_says_is_the_bodys_act(extract):
    [event] = of_type(extract("The UN General Assembly adopted a resolution condemning the annexation by Russia."),
                      EventType.CONDEMN)
    assert codes(event.target) == ["RUS"]


@pytest.mark.parametrize("text", [
    "Ghana opposes all forms of violence and calls on Togo to talk to its opposition.",
    "Norway has long opposed whaling bans.",
    "Hungary opposed sanctions on Russia's energy sector.",  # sanctions are no proposal of a state's to reject
])
def test_opposing_something_that_is_no_proposal_rejects_nothing(extract, text):
    assert of_type(extract(text), EventType.REJECT) == []


@pytest.mark.parametrize("text", [
    "Kuwait suspended its mediation between the two Gulf states on Sunday.",
    "Algeria ended its mediation in the Malian conflict.",
    "Norway halted its mediation efforts in Sri Lanka.",
])
def test_a_mediator_stepping_back_reduces_relations(extract, text):
    [event] = of_type(extract(text), EventType.SANCTION)
    assert event.codes.cameo == "165" and event.source[0].country in ("KWT", "DZA", "NOR")


def test_a_settlement_a_firm_reached_with_regulators_is_no_agreement(extract):
    assert of_type(extract("The company reached a settlement with U.S. regulators."), EventType.AGREE) == []


def test_mediation_that_goes_on_is_no_sanction(extract):
    assert of_type(extract("Kuwait continued its mediation between the two Gulf states."), EventType.SANCTION) == []


@pytest.mark.parametrize("text, parties", [
    ("Serbia and Kosovo reached a consensus on customs stamps on Friday.", ["SRB", "XKX"]),
    ("Japan reached an understanding with South Korea on the fishing quotas.", ["JPN", "KOR"]),
])
def test_a_consensus_or_understanding_reached_is_an_agreement(extract, text, parties):
    [event] = of_type(extract(text), EventType.AGREE)
    assert codes(event.source + event.target) == parties


@pytest.mark.parametrize("text", [
    "The Obama administration had urged Israel to halt settlement building.",
    "The Clinton administration had pressed Israel to stop the settlements.",
])
def test_an_administration_named_after_a_former_president_is_his_state(extract, text):
    [event] = of_type(extract(text), EventType.REQUEST)
    assert (codes(event.source), codes(event.target)) == (["USA"], ["ISR"])


def test_a_government_named_after_its_leader_in_office_is_its_state(extract):
    published = datetime(2020, 6, 3, 10, tzinfo=timezone.utc)
    [event] = of_type(extract("The Modi government condemned the attack on the convoy in Kabul.", published),
                      EventType.CONDEMN)
    assert codes(event.source) == ["IND"]


def test_a_former_president_himself_still_acts_for_no_state(extract):
    events = extract("Barack Obama urged Israel to halt settlement building.")
    assert all(a.country is None for e in of_type(events, EventType.REQUEST) for a in e.source)


@pytest.mark.parametrize("text", [
    "Kenya renewed its demand for Somalia to withdraw the claim.",
    "Kenya ignored a demand from Somalia to withdraw the claim.",
    "Despite appeals from Ghana to accept the truce, the junta kept fighting.",
])
def test_what_a_demand_or_an_appeal_asks_for_is_no_act_of_anyone(extract, text):
    # (the demand itself, and Kenya's ignoring it, are events; the withdrawal and the acceptance are not)
    assert [e.event_type for e in extract(text) if e.event_type not in (EventType.REQUEST, EventType.REJECT)] == []


@pytest.mark.parametrize("text, source, target", [
    ("Kenya dismissed a request from Somalia to extradite the banker.", ["SOM"], ["KEN"]),
    ("Laos refused to answer a demand from Vietnam to reopen the dam.", ["VNM"], ["LAO"]),
    ("Chad faced a fresh rebuke from the African Union over the election.", ["AU"], ["TCD"]),
])
def test_a_demand_or_a_rebuke_from_another_is_made_by_that_other(extract, text, source, target):
    [event] = [e for e in extract(text) if e.event_type in (EventType.REQUEST, EventType.CONDEMN)]
    assert (codes(event.source), codes(event.target)) == (source, target)


def test_refusing_a_request_from_another_is_also_a_rejection_of_it(extract):
    [event] = of_type(extract("Kenya dismissed a request from Somalia to extradite the banker."), EventType.REJECT)
    assert (codes(event.source), codes(event.target)) == (["KEN"], ["SOM"])


@pytest.mark.parametrize("text", [
    "Kenya suspended its participation in the talks with Somalia.",
    "Kenya pulled out of the talks with Somalia on Friday.",
    "Kenya quit the negotiations with Somalia.",
])
def test_leaving_talks_halts_negotiations(extract, text):
    [event] = of_type(extract(text), EventType.SANCTION)
    assert event.codes.cameo == "164" and codes(event.source) == ["KEN"]


def test_suspending_a_part_in_something_that_is_no_talks_is_no_sanction(extract):
    assert of_type(extract("Kenya suspended its participation in the athletics games."), EventType.SANCTION) == []


def test_a_provisional_arrangement_reached_is_an_agreement(extract):
    [event] = of_type(extract("Vietnam and Cambodia reached a provisional arrangement on the river patrols."),
                      EventType.AGREE)
    assert codes(event.source + event.target) == ["KHM", "VNM"]


@pytest.mark.parametrize("text, source, target", [
    ("Peru told Bolivia to stay out of its internal affairs.", ["PER"], ["BOL"]),
    ("Ghana ordered Togo to reopen the crossing within a week.", ["GHA"], ["TGO"]),
])
def test_telling_or_ordering_another_to_act_is_a_demand(extract, text, source, target):
    [event] = of_type(extract(text), EventType.REQUEST)
    assert (codes(event.source), codes(event.target)) == (source, target)


@pytest.mark.parametrize("text", [
    "Peru told Bolivia that the border was calm, as it had told visiting envoys on Monday.",
    "The Peruvian president ordered his troops to withdraw from the border.",
])
def test_telling_another_a_fact_or_ordering_ones_own_troops_demands_nothing_of_another(extract, text):
    assert of_type(extract(text), EventType.REQUEST) == []


@pytest.mark.parametrize("text, target", [
    ("The Chilean president called Evo Morales a dictator on Monday.", ["BOL"]),
    ("The Chilean navy chief likened the Bolivian sailors to pirates.", ["BOL"]),
    ("Bachelet called Evo Morales a dictator on Monday.", ["BOL"]),  # a name as subject, read as the root
])
def test_likening_another_to_something_bad_is_criticism(extract, text, target):
    [event] = of_type(extract(text, datetime(2015, 3, 2, 12, tzinfo=timezone.utc)), EventType.CONDEMN)
    assert (codes(event.source), codes(event.target)) == (["CHL"], target)


def test_comparing_two_plans_is_no_criticism(extract):
    assert of_type(extract("The Chilean minister compared the Bolivian plan with the Peruvian one."),
                   EventType.CONDEMN) == []


def test_an_accusation_joined_to_what_a_ministry_said_is_the_ministrys(extract):
    events = extract("The Latvian ministry said Russian troops had fired flares, and accused Moscow of provoking it.")
    [event] = of_type(events, EventType.CONDEMN)
    assert (codes(event.source), codes(event.target)) == (["LVA"], ["RUS"])


def test_a_participle_beside_a_request_tells_an_act_of_its_own(extract):
    events = extract("Laos asked Thailand to extradite the banker, accusing Bangkok of shielding him.")
    assert {(e.event_type, tuple(codes(e.source)), tuple(codes(e.target))) for e in events} == {
        (EventType.REQUEST, ("LAO",), ("THA",)), (EventType.CONDEMN, ("LAO",), ("THA",))}


def test_saying_it_is_time_for_another_to_act_appeals_to_it(extract):
    events = extract("Chile said it was time for Bolivia to begin talks on the river.")
    assert [(e.event_type, codes(e.source), codes(e.target)) for e in events] == [
        (EventType.REQUEST, ["CHL"], ["BOL"])]  # the talks are asked for, not held


def test_saying_it_is_not_time_for_another_to_act_appeals_to_no_one(extract):
    assert of_type(extract("Chile said it was not time for Bolivia to begin talks."), EventType.REQUEST) == []


@pytest.mark.parametrize("text, source, target", [
    ("Kenya accused Uganda of closing the border, in retaliation for sanctions it imposed in May.", ["KEN"], ["UGA"]),
    ("Uganda demanded the lifting of the sanctions that Kenya imposed on its banks.", ["KEN"], ["UGA"]),
])
def test_sanctions_told_in_a_relative_clause_are_imposed_by_its_subject(extract, text, source, target):
    [event] = of_type(extract(text), EventType.SANCTION)
    assert (codes(event.source), codes(event.target)) == (source, target)


@pytest.mark.parametrize("text", [
    "Washington was preparing further sanctions against Minsk.",
    "Washington drafted a new package of sanctions against Minsk.",
])
def test_sanctions_being_prepared_are_planned(extract, text):
    [event] = of_type(extract(text), EventType.SANCTION)
    assert event.status.value == "planned" and codes(event.target) == ["BLR"]


def test_the_three_countries_are_the_host_and_its_two_guests(extract):
    events = extract("Ghana hosted the leaders of Togo and Benin on Friday. The three countries agreed to open a "
                     "joint customs post.")
    [agreement] = of_type(events, EventType.AGREE)
    assert codes(agreement.source + agreement.target) == ["BEN", "GHA", "TGO"]
