"""Blame laid at someone's door, a right to self-defence upheld, and an act judged with its doer after "by"."""

from pipeline.models import EventType


def codes(actors):  # type: ignore[no-untyped-def]
    return sorted(a.country or a.code for a in actors)


def of_type(events, event_type):  # type: ignore[no-untyped-def]
    return [e for e in events if e.event_type is event_type]


def test_saying_another_bore_responsibility_or_shared_the_blame_for_a_harm_accuses_it(extract):
    for text in ("Ecuador said Colombia bore full responsibility for the deaths at the border.",
                 "Ecuador said Colombia shared the blame for the bloodshed.",
                 "Ecuador said Colombia was responsible for the attack on its consulate."):
        [accusation] = of_type(extract(text), EventType.CONDEMN)
        assert (codes(accusation.source), codes(accusation.target)) == (["ECU"], ["COL"]), text


def test_owning_responsibility_or_being_responsible_for_a_good_thing_accuses_no_one(extract):
    assert not extract("Ecuador said it bore responsibility for the crash of the helicopter.")
    assert not of_type(extract("Ecuador said Colombia was responsible for the success of the talks."), EventType.CONDEMN)


def test_upholding_a_states_right_to_defend_itself_is_a_verbal_defence_of_it(extract):
    for text in ("The Danish foreign minister said Estonia had the right to defend itself.",
                 "Denmark stressed Estonia's right to defend itself.",
                 "Denmark reaffirmed Estonia's right to self-defence."):
        [defence] = of_type(extract(text), EventType.SUPPORT)
        assert (codes(defence.source), codes(defence.target), defence.codes.cameo) == (["DNK"], ["EST"], "052"), text


def test_denying_a_right_to_defend_itself_or_claiming_ones_own_is_no_support(extract):
    assert not of_type(extract("Belarus said Estonia had no right to defend itself."), EventType.SUPPORT)
    assert not of_type(extract("Belarus said it had the right to defend itself."), EventType.SUPPORT)


def test_an_act_judged_unlawful_is_aimed_at_the_doer_its_by_names(extract):
    [criticism] = of_type(extract("Norway said the seizure of the trawler by Russia was unlawful."), EventType.CONDEMN)
    assert (codes(criticism.source), codes(criticism.target)) == (["NOR"], ["RUS"])


def test_a_state_called_a_source_of_instability_is_criticised(extract):
    [criticism] = of_type(extract("The Swedish foreign minister called Belarus a source of instability in the region."),
                          EventType.CONDEMN)
    assert codes(criticism.target) == ["BLR"]


def test_freezing_ones_membership_of_or_in_a_body_is_aimed_at_the_body(extract):
    for text in ("Hungary froze its membership of NATO.", "Hungary suspended its membership in NATO."):
        [step] = of_type(extract(text), EventType.SANCTION)
        assert (codes(step.source), codes(step.target)) == (["HUN"], ["NATO"]), text


def test_criticism_in_a_swipe_at_a_state_or_a_veiled_reference_to_it_is_aimed_at_it(extract):
    for text in ("The Indian prime minister criticised bullying in an apparent swipe at Beijing.",
                 "The Indian prime minister criticised expansionism and bullying in a veiled reference to China."):
        [criticism] = of_type(extract(text), EventType.CONDEMN)
        assert (codes(criticism.source), codes(criticism.target)) == (["IND"], ["CHN"]), text
