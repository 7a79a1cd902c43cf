"""Requests during the stay: housekeeping, complaints, wake-up calls, check-out, feedback, a person."""

from __future__ import annotations

import datetime as dt

import pytest

from core.effects import StaffNotice, TicketCreated, WakeUpScheduled
from core.hotels import Offered
from core.store.models import Complaint, Feedback, ServiceTicket, WakeUpCall
from skills import check_out, complaints, feedback, handoff_to_staff, housekeeping, wake_up_call
from skills.housekeeping import HousekeepingItem
from tests.conftest import NOON

MARIA, KENJI, AMIRA = "+14155550123", "+819012345678", "+971501234567"
LA = NOON.tzinfo


def test_two_extra_towels_go_to_room_214_free_of_charge(make_ctx, session):
    ctx = make_ctx(sender=MARIA)
    result = housekeeping.run(ctx, housekeeping.Args(items=[HousekeepingItem(item="towels", quantity=2)],
                                                     room="214"))
    assert "2 × extra towels" in result.text and "room 214" in result.text and "no charge" in result.text
    ticket = session.get(ServiceTicket, result.data["ticket_id"])
    assert (ticket.department, ticket.kind, ticket.room) == ("housekeeping", "housekeeping", "214")
    assert ctx.effects == [TicketCreated(ticket_id=ticket.id)]


def test_a_hypoallergenic_pillow_is_not_also_an_ordinary_pillow(make_ctx):
    result = housekeeping.run(make_ctx(sender=AMIRA),
                              housekeeping.Args(request="Can we get a hypoallergenic pillow please? Room 118."))
    assert result.data["items"] == {"hypoallergenic_pillows": 1}
    assert "hypoallergenic pillows" in result.text and "118" in result.text


def test_a_crib_goes_to_the_guests_own_room(make_ctx):
    result = housekeeping.run(make_ctx(sender=AMIRA), housekeeping.Args(items=[HousekeepingItem(item="baby cot")]))
    assert result.data["room"] == "118" and "crib" in result.text


def test_cleaning_turndown_and_do_not_disturb_are_understood(make_ctx):
    ctx = make_ctx(sender=KENJI)
    result = housekeeping.run(ctx, housekeeping.Args(items=[HousekeepingItem(item="clean my room"),
                                                            HousekeepingItem(item="turndown")]))
    assert set(result.data["items"]) == {"cleaning", "turndown"}
    assert "no charge" not in result.text
    dnd = housekeeping.run(make_ctx(sender=KENJI), housekeeping.Args(request="please do not disturb today"))
    assert "not disturb room 305" in dnd.text


def test_an_unknown_housekeeping_request_is_passed_on_without_promises(make_ctx):
    result = housekeeping.run(make_ctx(sender=MARIA), housekeeping.Args(items=[HousekeepingItem(item="iron")]))
    assert result.data["unknown"] == ["iron"] and "no charge" not in result.text


def test_housekeeping_asks_for_the_room_when_nobody_knows_it(make_ctx):
    result = housekeeping.run(make_ctx(sender="+15550001111"), housekeeping.Args(request="extra towels"))
    assert result.missing == ["room"]


def test_broken_ac_sends_maintenance_with_an_apology(make_ctx, session):
    ctx = make_ctx(sender=KENJI)
    result = complaints.run(ctx, complaints.Args(text="the AC in room 305 is broken and it's really hot in here"))
    assert "sorry" in result.text and "maintenance team" in result.text and not result.handoff
    ticket = session.get(ServiceTicket, result.data["ticket_id"])
    assert (ticket.department, ticket.kind, ticket.room) == ("maintenance", "maintenance", "305")
    complaint = session.get(Complaint, result.data["complaint_id"])
    assert (complaint.category, complaint.severity, complaint.ticket_id) == ("maintenance", "normal", ticket.id)
    assert ctx.effects == [TicketCreated(ticket_id=ticket.id)]


def test_loud_neighbours_go_to_the_front_desk(make_ctx):
    result = complaints.run(make_ctx(sender=AMIRA),
                            complaints.Args(text="There's loud music from the room next door and it's 1am!!"))
    assert result.data["category"] == "noise" and result.data["department"] == "front_desk"
    assert "sorry" in result.text and not result.handoff


@pytest.mark.parametrize("text", [
    "This is the third time I'm asking for clean towels. Terrible service. I want a manager.",
    "I've been waiting 50 minutes for my room service. This is ridiculous.",
    "Our room service order went in well over an hour ago and still hasn't come up. Not happy at all.",
    "Honestly fed up with the service here, nobody answers the phone at the desk",
])
def test_angry_or_repeated_complaints_are_serious_and_handed_to_staff(make_ctx, text):
    result = complaints.run(make_ctx(sender=MARIA), complaints.Args(text=text))
    assert result.data["severity"] == "serious" and result.handoff
    assert result.data["department"] == "management"


@pytest.mark.parametrize("text", [
    "Уборки не было два дня подряд. Это просто неприемлемо!",
    "المنشفة متسخة والغرفة لم تُنظف، هذا غير مقبول",
    "Seit gestern kein warmes Wasser. Inakzeptabel!",
    "热水一直没有，这太过分了",
    "夜中ずっと隣がうるさくて、ありえないです",
    "에어컨이 하루 종일 고장이에요. 말도 안 돼요",
])
def test_unacceptable_in_any_language_makes_a_complaint_serious(make_ctx, text):
    """"Unacceptable" is the guest asking for a person, whichever language says it."""
    result = complaints.run(make_ctx(sender=MARIA), complaints.Args(text=text))
    assert result.data["severity"] == "serious" and result.handoff


@pytest.mark.parametrize("text", [
    "The minibar light is a bit dim",
    "The shower pressure is weak, no rush",
    "The kettle doesn't switch on, could someone have a look when they can?",
])
def test_a_plain_problem_is_a_ticket_not_a_handoff(make_ctx, text):
    result = complaints.run(make_ctx(sender=MARIA), complaints.Args(text=text))
    assert result.data["severity"] != "serious" and not result.handoff


@pytest.mark.parametrize("text", [
    "Water is pouring out under the sink and the kitchen floor is flooding",
    "Der Boden im Bad steht unter Wasser, das Rohr ist geplatzt",
    "トイレから水が溢れて床が水浸しです",
    "Ich fühle mich nicht sicher, jemand klopft seit einer Stunde an meine Tür",
    "누가 계속 문을 두드려요, 무서워요",
    "Quiero poner una queja formal por cómo me trató el recepcionista",
    "Хочу подать официальную жалобу на администратора, он мне нахамил",
    "La calefacción no funciona y mis niños están temblando de frío",
    "暖气坏了，房间里冷死了",
    "Кондиционер сломался, а у нас маленький ребёнок",
    "Le climatiseur ne marche plus depuis des heures et personne n'est venu",
    "أريد التحدث مع المدير فورًا، المكيّف معطّل منذ ساعات",
    "The safe broke again, the second time since we arrived",
])
def test_what_cannot_wait_reaches_a_person(make_ctx, text):
    """Water spreading, a guest afraid, a formal complaint or one about the staff, no heat in the cold or no
    heat or cooling with a child, a fault left for hours or back again: a person now, not a ticket in a queue."""
    result = complaints.run(make_ctx(sender=MARIA), complaints.Args(text=text))
    assert result.data["severity"] == "serious" and result.handoff


@pytest.mark.parametrize("text", [
    "How do I turn up the heating? It's freezing in here.",
    "The heating wasn't working last night and it was freezing, but it's fixed now, thanks",
    "Die Heizung funktioniert wieder, danke",
    "暖气修好了，谢谢",
    "Our kids would like an extra blanket, the room is a bit chilly",
    "I'm scared of heights, the balcony door doesn't lock",
])
def test_a_question_or_a_solved_problem_pages_nobody(make_ctx, text):
    result = complaints.run(make_ctx(sender=MARIA), complaints.Args(text=text))
    assert result.data["severity"] != "serious" and not result.handoff


@pytest.mark.parametrize(("text", "category"), [
    ("В номере не работает отопление", "maintenance"), ("¡Hay una fuga en el lavabo!", "maintenance"),
    ("洗手间的水龙头坏了", "maintenance"), ("المكيّف معطّل", "maintenance"),
    ("욕실 바닥이 물바다가 됐어요", "maintenance"),
    ("Les voisins du dessus font un tapage pas possible", "noise"), ("楼上一直在跺脚", "noise"),
    ("Le réceptionniste m'a parlé sur un ton odieux", "service"), ("フロントのスタッフの態度が悪い", "service"),
])
def test_the_fault_goes_to_its_team_in_every_language(make_ctx, text, category):
    assert complaints.detect_category(text) == category


def test_a_second_complaint_in_the_same_conversation_is_serious(make_ctx):
    first = make_ctx(sender=KENJI)
    complaints.run(first, complaints.Args(text="The TV doesn't work"))
    again = complaints.run(make_ctx(sender=KENJI, conversation=first.conversation),
                           complaints.Args(text="The TV still doesn't work", severity="low"))
    assert again.data["severity"] == "serious" and again.handoff


def test_wake_up_at_645_is_tomorrow_morning_in_portside(make_ctx, session):
    ctx = make_ctx(sender=KENJI)
    result = wake_up_call.run(ctx, wake_up_call.Args(time="6:45"))
    assert "06:45" in result.text and "tomorrow" in result.text
    call = session.get(WakeUpCall, result.data["call_id"])
    assert call.local_time == "2026-11-23 06:45" and call.room == "305"
    assert call.at.replace(tzinfo=dt.UTC) == dt.datetime(2026, 11, 23, 14, 45, tzinfo=dt.UTC)
    assert ctx.effects == [WakeUpScheduled(call_id=call.id)]


def test_wake_up_call_crossing_midnight_and_the_spring_dst_change(make_ctx):
    before_midnight = dt.datetime(2026, 11, 22, 23, 30, tzinfo=LA)
    after = wake_up_call.run(make_ctx(now=before_midnight), wake_up_call.Args(time="00:15"))
    assert after.data["at_utc"] == "2026-11-23T08:15:00+00:00"
    eve_of_dst = dt.datetime(2027, 3, 13, 22, 0, tzinfo=LA)
    spring = wake_up_call.run(make_ctx(now=eve_of_dst, address="dst"), wake_up_call.Args(time="06:45"))
    assert spring.data["local_time"] == "2027-03-14 06:45"
    assert spring.data["at_utc"] == "2027-03-14T13:45:00+00:00"  # PDT, UTC-7, from that morning


def test_asking_twice_schedules_one_call(make_ctx, session):
    first = make_ctx(sender=KENJI)
    wake_up_call.run(first, wake_up_call.Args(time="07:00"))
    second = make_ctx(sender=KENJI, conversation=first.conversation)
    wake_up_call.run(second, wake_up_call.Args(time="07:00"))
    assert session.query(WakeUpCall).count() == 1 and second.effects == []


def test_a_wake_up_time_already_past_on_the_given_day_is_questioned(make_ctx):
    result = wake_up_call.run(make_ctx(), wake_up_call.Args(time="06:00", date=NOON.date()))
    assert not result.ok and result.missing == ["time"]


@pytest.mark.parametrize(("language", "alarm"), [("en", "alarm"), ("de", "Wecker"), ("ja", "アラーム"),
                                                 ("ar", "المنبه"), ("zh", "闹钟")])
def test_a_hotel_without_wake_up_calls_promises_none_and_suggests_an_alarm(make_ctx, session, language, alarm):
    ctx = make_ctx(language=language)
    services = ctx.hotel.services.model_copy(update={"wake_up_calls": Offered(available=False)})
    ctx.hotel = ctx.hotel.model_copy(update={"services": services})
    result = wake_up_call.run(ctx, wake_up_call.Args(time="06:30"))
    assert not result.ok and alarm in result.text and "06:30" not in result.text
    assert session.query(WakeUpCall).count() == 0 and ctx.effects == []


def test_check_out_time_and_the_late_offer(make_ctx):
    result = check_out.run(make_ctx(), check_out.Args())
    assert "11:00" in result.text and "13:00" in result.text and "$30" in result.text


def test_late_check_out_is_requested_never_promised(make_ctx, session):
    ctx = make_ctx(sender=AMIRA)
    result = check_out.run(ctx, check_out.Args(late=True))
    assert "isn't confirmed yet" in result.text and "13:00" in result.text
    ticket = session.get(ServiceTicket, result.data["ticket_id"])
    assert (ticket.kind, ticket.department, ticket.room) == ("late_check_out", "front_desk", "118")
    assert ticket.details["date"] == "2026-11-25"
    again = check_out.run(make_ctx(sender=AMIRA, conversation=ctx.conversation), check_out.Args(late=True))
    assert again.data["ticket_id"] == ticket.id


def test_a_low_rating_is_flagged_for_guest_relations(make_ctx, session):
    ctx = make_ctx()
    result = feedback.run(ctx, feedback.Args(rating=2, comment="Noisy room"))
    row = session.get(Feedback, result.data["feedback_id"])
    assert row.flagged and row.comment == "Noisy room"
    assert ctx.effects == [StaffNotice(hotel_id="harbor-view", text="Low rating 2/5: Noisy room",
                                       department="management", conversation_id=ctx.conversation.id)]
    assert "sorry" in result.text


def test_a_good_rating_is_thanked_and_not_flagged(make_ctx, session):
    ctx = make_ctx()
    result = feedback.run(ctx, feedback.Args(rating=5))
    assert not session.get(Feedback, result.data["feedback_id"]).flagged and ctx.effects == []
    assert "Thank you" in result.text


def test_a_compliment_without_a_rating_reaches_the_managers_as_said(make_ctx):
    ctx = make_ctx()
    said = "The porter who carried our bags was incredibly kind"
    result = feedback.run(ctx, feedback.Args(comment=said))
    assert result.ok and "kind words" in result.text
    assert ctx.effects == [StaffNotice(hotel_id="harbor-view", text=f"Compliment from a guest: {said}",
                                       department="management", conversation_id=ctx.conversation.id)]


def test_feedback_with_no_rating_and_no_praise_asks_for_the_rating(make_ctx):
    ctx = make_ctx()
    result = feedback.run(ctx, feedback.Args(comment="I'd like to say something about my stay"))
    assert result.missing == ["rating"] and not result.ok and ctx.effects == []


def test_asking_for_a_person_hands_the_conversation_over(make_ctx):
    result = handoff_to_staff.run(make_ctx(language="de"), handoff_to_staff.Args())
    assert result.handoff and "Rezeption" in result.text
