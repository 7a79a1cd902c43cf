"""Bills, complaints and emergencies in guests' everyday words, in several languages (fresh wording: none of
these is an item of a development or held-out set).

A registered guest's bill in slang, by a single past charge or by what is left to pay is read out; a price asked
in the first person is the hotel's price, never the guest's balance; a bill asked by a phone the hotel does not
know shows no amount; a complaint is taken up and someone in danger reaches a person.
"""

from __future__ import annotations

import pytest

from tests import test_brain
from tests.test_brain import AMIRA, KENJI, MARIA, Guest, skills_of, text_of

concierge, afternoon = test_brain.concierge, test_brain.afternoon  # the same fixtures: one hotel, a Saturday
BALANCES = ("335.12", "427.32", "92.46")


@pytest.mark.parametrize(("phone", "message", "balance"), [
    (MARIA, "What's the running tally on our room?", "335.12"),
    (KENJI, "¿Cuánto nos queda por pagar?", "427.32"),
    (AMIRA, "Combien je vous dois à ce jour ?", "92.46"),
    (MARIA, "Wie viel ist bei uns noch offen?", "335.12"),
    (KENJI, "Сколько с меня на сегодня?", "427.32"),
    (AMIRA, "我还要付多少？", "92.46"),
    (KENJI, "現時点の請求額を教えてください", "427.32"),
    (MARIA, "Подскажите, какой у нас общий баланс?", "335.12"),
    (AMIRA, "Сколько мы уже заплатили за всё?", "92.46"),
])
def test_the_balance_asked_in_everyday_words_is_read_out(concierge, phone, message, balance):
    turn = Guest(concierge, phone).says(message)
    assert "billing_inquiry" in skills_of(turn) and balance in text_of(turn)


@pytest.mark.parametrize(("phone", "message", "balance"), [
    (KENJI, "ここまでの支払い額はいくらになりますか？", "427.32"),
    (MARIA, "지금까지 제가 내야 할 금액 알려주세요", "335.12"),
    (AMIRA, "Сколько мы сейчас должны отелю?", "92.46"),
    (MARIA, "What do I owe you guys so far?", "335.12"),
    (AMIRA, "Добрый день, сколько мы уже должны по счёту? Спасибо", "92.46"),
    (KENJI, "現時点でのお会計はいくらでしょうか？", "427.32"),
])
def test_what_is_owed_as_of_now_is_the_balance_not_some_lines(concierge, phone, message, balance):
    turn = Guest(concierge, phone).says(message)
    assert "billing_inquiry" in skills_of(turn) and balance in text_of(turn) and "Room night" not in text_of(turn)


@pytest.mark.parametrize(("phone", "message", "amount", "line"), [
    (MARIA, "how much was parking on our bill?", "84", "parking"),
    (AMIRA, "我账单上的机场接送费是多少？", "36", "shuttle"),
    (KENJI, "請求書の朝食代を確認したいです", "44", "Breakfast"),
    (MARIA, "Was kostet der Zimmerservice auf meiner Rechnung?", "47", "Room service"),
    (KENJI, "Какая сумма за стирку в моём счёте?", "28", "laundry"),
])
def test_a_charge_named_on_the_bill_is_its_line_in_any_language(concierge, phone, message, amount, line):
    turn = Guest(concierge, phone).says(message)
    assert "billing_inquiry" in skills_of(turn) and amount in text_of(turn) and line in text_of(turn)
    assert "sparkling" not in text_of(turn) or line == "Room service"


@pytest.mark.parametrize(("phone", "message", "balance"), [
    (MARIA, "Wie viel müssen wir beim Auschecken noch bezahlen?", "335.12"),
    (KENJI, "How much do we still have to pay at check-out?", "427.32"),
    (AMIRA, "¿Cuánto me falta pagar antes de irme?", "92.46"),
    (MARIA, "Il nous reste combien à payer au départ ?", "335.12"),
    (KENJI, "Сколько нам ещё платить при выезде?", "427.32"),
    (AMIRA, "退房的时候还需要付多少？", "92.46"),
    (KENJI, "チェックアウトの時、あといくら払えばいいですか？", "427.32"),
    (MARIA, "체크아웃할 때 남은 금액이 얼마예요?", "335.12"),
    (AMIRA, "كم تبقى علينا عند المغادرة؟", "92.46"),
])
def test_what_is_still_to_pay_at_check_out_is_the_balance_not_the_deposit_rules(concierge, phone, message, balance):
    """Asked with the words of the FAQ's deposit and check-out entries, what remains to pay is the guest's bill."""
    turn = Guest(concierge, phone).says(message)
    assert "billing_inquiry" in skills_of(turn) and balance in text_of(turn)


@pytest.mark.parametrize(("phone", "message", "amount"), [
    (MARIA, "How much did the valet come to?", "$84"),
    (KENJI, "Was hat das Frühstück auf unserer Rechnung gekostet?", "44"),
    (AMIRA, "Сколько начислили за трансфер из аэропорта?", "36"),
    # one word naming a line whose description runs on ("Airport shuttle from PRT (2 persons)", "Room service: ...")
    (AMIRA, "Vous m'avez compté combien pour la navette ?", "36"),
    (MARIA, "룸서비스는 얼마 청구됐어요?", "47"),
    (MARIA, "¿Cuánto me cobraron por el servicio a la habitación?", "47"),
    (MARIA, "Was hat der Zimmerservice auf meiner Rechnung ausgemacht?", "47"),
    (KENJI, "هل حسبتم الفطور على فاتورتي؟", "44"),
    (KENJI, "아침 식사가 제 방으로 청구됐나요?", "44"),
    (MARIA, "駐車代はいくら請求されていますか？", "84"),  # charged already, in the passive
    # a charge pointed at, with no "my" ("that 84 dollar charge", "this charge for valet")
    (MARIA, "What's that 84 dollar charge from the 21st?", "84"), (MARIA, "what is this charge for valet?", "84"),
    # the line pointed at in the guest's language, and "what is it for?" after it asks the bill again
    (MARIA, "Esse débito de 84 dólares, o que foi?", "84"), (MARIA, "¿Qué es este cargo de 84?", "84"),
    (MARIA, "Auf meiner Rechnung steht 84 Dollar. Wofür ist das?", "84"),
    (MARIA, "Что это за списание на 84 доллара?", "84"),
])
def test_one_charge_already_made_is_its_line(concierge, phone, message, amount):
    turn = Guest(concierge, phone).says(message)
    assert "billing_inquiry" in skills_of(turn) and amount in text_of(turn)


@pytest.mark.parametrize(("phone", "message"), [
    (AMIRA, "シャトルの料金はいくら請求されましたか？"), (AMIRA, "接驳车收了我多少钱？"),
    (MARIA, "ランドリー代は請求されましたか？"),
])
def test_a_money_word_names_no_line_of_its_own(concierge, phone, message):
    """"料金" (a fee) and "請求" (a charge), alone or beside the charge asked about, read close to "Pet fee" and
    "Deposit paid": no such line is read out (Maria has no laundry on her bill)."""
    turn = Guest(concierge, phone).says(message)
    assert "billing_inquiry" in skills_of(turn) and "Pet fee" not in text_of(turn) and "Deposit" not in text_of(turn)


@pytest.mark.parametrize("message", [
    "We get in Friday. What would parking run us per night?",
    "¿Cuánto pagaríamos por el desayuno de los niños?",
    "Was zahlen wir bei euch pro Nacht für den Hund?",
    "キングスイートは一泊いくらですか？",
    "我们的车在你们车库，这个怎么算钱？", "Our car's parked with you, how do you charge for parking?",
    "キャンセルしたら請求されますか？",  # would be charged: the policy, not a charge made
    "Was muss ich für ein Fahrrad noch zusätzlich zahlen?", "아이는 돈 더 내야 해요?",
])
def test_a_price_asked_in_the_first_person_is_not_the_guests_bill(concierge, message):
    turn = Guest(concierge, MARIA).says(message)
    assert "billing_inquiry" not in skills_of(turn) and not any(b in text_of(turn) for b in BALANCES)


@pytest.mark.parametrize("message", ["What's the damage on room 214 so far?", "¿Cuánto debo de la habitación?",
                                     "我的账单现在多少？"])
def test_a_bill_asked_from_an_unknown_phone_shows_no_amount(concierge, message):
    turn = Guest(concierge, "+447000000999").says(message)
    assert not any(b in text_of(turn) for b in BALANCES) and "Valet" not in text_of(turn)


@pytest.mark.parametrize("message", [
    "Mi madre se ha desmayado en la habitación",
    "Bitte kommen Sie sofort, das Bad steht unter Wasser!",
    "Мой друг потерял сознание в номере",
    "我朋友突然晕倒了",
    "Someone please come now, the corridor is full of smoke",
])
def test_someone_in_danger_reaches_a_person(concierge, message):
    turn = Guest(concierge, KENJI).says(message)
    assert turn.trace.handoff


@pytest.mark.parametrize("message", [
    "The waiter at breakfast was really rude to my kids",
    "Il y a une fuite sous le lavabo",
    "방에 바퀴벌레가 나왔어요",
    "موظف الاستقبال كان وقحا معنا",
    "Our room hasn't been made up and it's already 4pm",
])
def test_a_complaint_in_other_words_is_taken_up(concierge, message):
    turn = Guest(concierge, AMIRA).says(message)
    assert "complaints" in skills_of(turn)


@pytest.mark.parametrize("message", [
    "It smells like gas on our floor, should we go downstairs?",
    "El detector de monóxido de carbono está sonando, ¿qué hacemos?",
    "Il y a une odeur de gaz dans la salle de bain, on fait quoi?",
    "Im Flur riecht es stark nach Rauch!",
    "Из-под двери идёт дым, что нам делать?",
    "走廊里有烟雾报警器在响，怎么办？",
    "廊下で火事みたいです！どうしたらいいですか？",
    "복도에서 타는 냄새가 나요, 어떻게 해야 하죠?",
    "هناك رائحة غاز قوية في الممر، ماذا نفعل؟",
    "فيه ريحة غاز في المطبخ الصغير، ايش نسوي؟",   # Gulf and Egyptian "ريحة" for a smell
])
def test_gas_smoke_or_fire_is_an_emergency_never_the_bill(concierge, message):
    """A danger to the building brings a person in with the hotel's emergency answer, from a registered guest too:
    the question after it ("what do we do?") is about the danger, not the guest's balance."""
    turn = Guest(concierge, KENJI).says(message)
    assert turn.trace.handoff and "911" in text_of(turn)
    assert "billing_inquiry" not in skills_of(turn) and not any(b in text_of(turn) for b in BALANCES)


@pytest.mark.parametrize("message", ["Can the staff light the fire in our fireplace tonight?",
                                     "Is there a smoke detector in every room?", "¿Puedo fumar en el balcón?",
                                     "The room smells of cigarette smoke, can you air it out?",
                                     "Where do we go if the smoke alarm rings at night?",
                                     "En cas de fuite de gaz, qui doit-on appeler?"])
def test_a_fireplace_the_smoking_rules_or_a_danger_supposed_are_no_emergency(concierge, message):
    assert "handoff_to_staff" not in skills_of(Guest(concierge, KENJI).says(message))


@pytest.mark.parametrize("message", ["Our train was cancelled. What do we do now?", "Y maintenant, on fait quoi?",
                                     "Und was machen wir jetzt?"])
def test_a_question_that_names_no_money_is_no_bill(concierge, message):
    turn = Guest(concierge, KENJI).says(message)
    assert "billing_inquiry" not in skills_of(turn) and not any(b in text_of(turn) for b in BALANCES)


@pytest.mark.parametrize(("phone", "then"), [
    (KENJI, "Another thing: we're in the King Suite, could we keep it till 2pm on Monday?"),
    (MARIA, "Also, we have the Standard Queen. May I stay in my room until 1 pm on the day we leave?"),
])
def test_the_room_told_before_asking_to_keep_it_is_no_line_of_the_bill(concierge, phone, then):
    """After the bill, "we're in the suite" names a line of it (the suite's nights), but it only says which room
    the question after it is about: keeping the room past check-out."""
    guest = Guest(concierge, phone)
    guest.says("What do I owe so far?")
    turn = guest.says(then)
    assert "billing_inquiry" not in skills_of(turn) and "Room night" not in text_of(turn)
    assert "12:00" in text_of(turn) or "late" in text_of(turn).lower()


@pytest.mark.parametrize(("phone", "message"), [
    (MARIA, "¿Me pueden desglosar la cuenta, por favor?"), (KENJI, "我的账单上都有哪些费用？"),
    (AMIRA, "ما هي الرسوم على فاتورتي؟"), (KENJI, "What charges are on our bill so far?"),
])
def test_the_charges_asked_for_are_listed_one_by_one(concierge, phone, message):
    """Asked to break the bill down or which charges it has, the guest sees its lines, not only the balance."""
    turn = Guest(concierge, phone).says(message)
    assert "billing_inquiry" in skills_of(turn) and text_of(turn).count("•") >= 3


@pytest.mark.parametrize(("phone", "message", "line"), [
    (MARIA, "발레파킹 요금이 얼마로 청구됐나요?", "84"),
    (MARIA, "How much were we charged for the valet?", "84"),
    (KENJI, "Did you charge me for the laundry already?", "28"),
    (MARIA, "Was the deposit we paid 226.80? Just checking.", "226.80"),
    (KENJI, "洗衣服收了我多少钱？", "28"),
])
def test_a_charge_asked_about_in_the_past_tense_is_read_from_the_folio(concierge, phone, message, line):
    """"Was I charged...", "청구됐나요", "收了我多少": what was already put on the bill, not the price list."""
    turn = Guest(concierge, phone).says(message)
    assert "billing_inquiry" in skills_of(turn) and line in text_of(turn)


@pytest.mark.parametrize(("phone", "message", "amount"), [
    (MARIA, "Why am I being charged 84 dollars?", "84"),
    (KENJI, "¿Por qué me cobran 28 dólares?", "28"),
    (AMIRA, "Pourquoi m'avez-vous débité 36 dollars ?", "36"),
    (KENJI, "Warum wurden uns 44 Dollar berechnet?", "44"),
    (AMIRA, "Почему с меня взяли 35 долларов?", "35"),
    (MARIA, "为什么扣了我们84美元？", "84"),
])
def test_a_charge_disputed_with_why_is_its_line_of_the_bill(concierge, phone, message, amount):
    turn = Guest(concierge, phone).says(message)
    assert "billing_inquiry" in skills_of(turn) and amount in text_of(turn), text_of(turn)


@pytest.mark.parametrize("message", ["Why do you charge for parking?", "¿Por qué cobran el aparcamiento aparte?"])
def test_why_the_hotel_charges_for_a_service_is_no_line_of_the_bill(concierge, message):
    assert "billing_inquiry" not in skills_of(Guest(concierge, MARIA).says(message))


@pytest.mark.parametrize("message", [
    "Has the deposit I paid been taken off the bill?",
    "L'acompte que j'ai versé est-il bien déduit de ma note ?",
    "¿El anticipo que pagué ya está descontado?",
    "Die Anzahlung, die ich gezahlt habe – ist die schon verrechnet?",
    "Предоплату, которую я внёс, уже вычли?",
    "我付的定金已经扣除了吗？",
])
def test_the_deposit_paid_asked_after_is_its_line_on_the_bill(concierge, message):
    """The deposit comes off the bill as a line of its own: asked whether it did, in the guest's words for it
    ("acompte", "anticipo", "предоплата", "定金"), the guest hears that line, never another line a short word
    resembles ("que" is no "Queen")."""
    turn = Guest(concierge, MARIA).says(message)
    assert skills_of(turn)[:1] == ["billing_inquiry"] and "226.80" in text_of(turn) and "Queen" not in text_of(turn)


@pytest.mark.parametrize(("message", "skill"), [
    ("عايز أكلم المدير دلوقتي، الطلب جه غلط", "handoff_to_staff"),    # a person asked for, Egyptian
    ("أبغى أكلم مسؤول لو سمحت", "handoff_to_staff"),                   # and Gulf
    ("المكيف ما يبرد أبد، غرفة 118", "complaints"),                     # a cooler that does not cool
    ("التلاجة مش بتبرد خالص", "complaints"),
])
def test_gulf_and_egyptian_arabic_reach_a_person_or_report_a_fault(concierge, message, skill):
    assert skill in skills_of(Guest(concierge, KENJI).says(message))


@pytest.mark.parametrize(("phone", "message", "line", "balance"), [
    (AMIRA, "Сколько мы ещё должны? А пицца уже в счёте?", "$34", "92.46"),   # asked of the bill: no new pizza
    (AMIRA, "今いくら払う必要がありますか？シャトル代も入っていますか？", "$36", "92.46"),
    (KENJI, "Quanto foi a lavanderia? E quanto está a conta no total?", "$28", "427.32"),
])
def test_a_line_asked_beside_what_is_owed_is_said_with_the_balance(concierge, phone, message, line, balance):
    """"What do we still owe? Is the pizza on it yet?": the balance and that line, never the deposit's line a word of
    paying comes near ("払う"), nor a new order; "how much was the laundry?" from a guest with laundry on the bill is
    that line too."""
    turn = Guest(concierge, phone).says(message)
    assert skills_of(turn) == ["billing_inquiry"] and line in text_of(turn) and balance in text_of(turn)
    assert "Deposit" not in text_of(turn)
