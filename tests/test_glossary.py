"""The hotel glossary: a guest's words for the usual hotel topics, in nine languages, pivoted to the English a
hotel's FAQ is written in, and the FAQ answers plain questions in any of them. Fresh wording throughout: none of
these messages is an item of a development or held-out set."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from core.hotels import load_hotel
from core.messages import Channel, InboundMessage
from kb.glossary import named, pivot, topics
from tests import test_brain
from tests.test_brain import Guest, text_of

concierge, afternoon = test_brain.concierge, test_brain.afternoon  # the reference hotel, a Saturday


@pytest.mark.parametrize(("language", "message", "concept"), [
    ("en", "Is our guinea pig welcome too?", "pets"),
    ("en", "Could you order us an Uber for six?", "taxi"),
    ("en", "My wife is coeliac, is that a problem at breakfast?", "gluten"),
    ("es", "¿Dónde puedo dejar las maletas hasta la tarde?", "luggage storage"),
    ("fr", "Est-ce qu'il y a un fer à repasser ?", "iron"),
    ("de", "Steht ein Wasserkocher im Zimmer?", "kettle"),
    ("ru", "Можно приехать с собакой?", "pets"),
    ("ru", "Нам надо выехать рано утром, это возможно?", "check-out"),  # the verb, not only "выезд"
    ("ru", "Когда надо съехать в последний день?", "check-out"),
    ("ar", "متى علينا أن نغادر في يوم السفر؟", "check-out"),  # "we leave"
    ("en", "What time do we hand the room back on our last day?", "check-out"),  # the day, not the word
    ("es", "¿A qué hora hay que irse el último día?", "check-out"),
    ("fr", "Le dernier jour, jusqu'à quelle heure garde-t-on la chambre ?", "check-out"),
    ("de", "Wann müssen wir am letzten Tag raus?", "check-out"),
    ("zh", "最后一天中午前要离开房间吗？", "check-out"),
    ("ko", "마지막 날 몇 시까지 있어도 돼요?", "check-out"),
    ("de", "Um wie viel Uhr dürfen wir ins Zimmer?", "check-in"),
    ("fr", "Peut-on entrer dans la chambre avant 15 h ?", "check-in"),
    ("zh", "下午几点能进房间？", "check-in"),
    ("ko", "와인 시음도 할 수 있어요?", "tasting"),
    ("fr", "Vous organisez une dégustation de vins ?", "tasting"),
    ("zh", "可以安排试饮吗？", "tasting"),
    ("zh", "房间里有保险箱吗", "safe"),
    ("ja", "駐車場は予約が必要ですか", "parking"),
    ("ko", "수영장이 몇 층에 있나요", "swimming pool"),  # a particle written on the word
    ("ar", "هل يمكن السباحة بالمسبح ليلا", "swimming pool"),  # "with the" written on the word
    ("ru", "Почём у вас полупансион на человека?", "half-board"),
    ("fr", "La demi-pension est-elle obligatoire ?", "half-board"),
    ("es", "¿Se puede reservar media pensión al llegar?", "half-board"),
    ("de", "Ist die Halbpension im Preis drin?", "half-board"),
    ("ja", "一泊二食付きのプランはありますか", "half-board"),
    ("ar", "متى يمكننا دخول الغرفة؟", "check-in"),
    ("ko", "옆방이 시끄러워서 그런데 귀마개 좀 받을 수 있나요?", "earplugs"),
    ("de", "Haben Sie Ohrstöpsel für die Nacht?", "earplugs"),
    ("ar", "هل عندكم سدادات الأذن؟", "earplugs"),
    ("fr", "Le gommage au hammam dure combien de temps ?", "scrub"),
    ("ja", "あかすりはできますか", "scrub"),
    ("ar", "هل يشمل الحمام التقشير؟", "scrub"),
    ("ru", "Можно сделать чекаут попозже?", "check-out"),   # the English loanword, as Russians type it
    ("ru", "Во сколько у вас чек-ин?", "check-in"),
    ("en", "what time do you stop serving brekky?", "breakfast"),  # Australian and British words
    ("en", "could someone babysit our toddler one evening?", "babysitting"),
    ("en", "is there room to park a ute with a trailer?", "car"),
    ("zh", "标准间带不带早？", "breakfast"),  # how Chinese hotels say breakfast with a room
    ("zh", "这个房价是双早吗", "breakfast"),
    # a resort's words: meal plans, seaplanes, diving, the rainy season, taxes
    ("fr", "La pension complète vaut-elle le coup ?", "full-board"),
    ("de", "Lohnt sich Vollpension für Kinder?", "full-board"),
    ("ar", "كم تكلفة الإقامة الكاملة للطفل؟", "full-board"),
    ("es", "¿El todo incluido tiene bebidas?", "all-inclusive"),
    ("ko", "올인클루시브로 바꿀 수 있나요?", "all-inclusive"),
    ("en", "is HB worth it for 4 nights?", "half-board"),
    ("es", "¿El hidroavión vuela de noche?", "seaplane"),
    ("ru", "Сколько лететь на гидросамолёте?", "seaplane"),
    ("ja", "水上飛行機の荷物制限は？", "seaplane"),
    ("ar", "متى آخر رحلة للطائرة المائية؟", "seaplane"),
    ("fr", "On peut faire de la plongée sans diplôme ?", "diving"),
    ("zh", "这里可以潜水吗", "diving"),
    ("ru", "Где можно заняться снорклингом?", "snorkelling"),
    # kinds of a thing, and ways of saying a topic without its word
    ("en", "We travel with our labrador, is there a weight limit?", "pets"),
    ("en", "Would a small gathering of friends in our suite be a problem?", "party"),
    ("de", "Dürfen wir im Zimmer eine Geburtstagsfeier machen?", "party"),
    ("ja", "部屋で飲み会をしてもいいですか", "party"),
    ("en", "Could we keep our room until 4 on Sunday?", "check-out"),
    ("en", "What time can we get into the room tomorrow?", "check-in"),
    ("ko", "애프터눈티는 몇 시부터예요?", "afternoon tea"),
    ("zh", "下午茶需要预约吗？", "afternoon tea"),
    ("es", "¿Sirven té de la tarde los domingos?", "afternoon tea"),
    ("ja", "車で行くと渋滞税はかかりますか", "congestion charge"),
    ("fr", "Faut-il payer un péage urbain pour venir en voiture ?", "congestion charge"),
    ("ko", "혼잡통행료는 얼마예요?", "congestion charge"),
    ("ar", "هل يمكن توصيل الطعام إلى الغرفة بعد منتصف الليل؟", "room service"),
    ("ru", "Можно заказать ужин в номер?", "room service"),
    ("de", "Kann man vom Strand aus schnorcheln?", "snorkelling"),
    ("ko", "선크림 어디서 사요?", "sunscreen"),
    ("de", "Wann beginnt die Regenzeit?", "rainy season"),
    ("zh", "几月份是雨季？", "rainy season"),
    ("ar", "هل الضرائب مشمولة في السعر؟", "taxes"),
    ("ru", "Налоги включены в цену?", "taxes"),
    ("ko", "해피아워 언제예요?", "happy hour"), ("es", "¿Tienen hora feliz en el bar?", "happy hour"),
    ("ru", "Во сколько у вас счастливые часы в баре?", "happy hour"),
    ("ja", "ハッピーアワーはありますか", "happy hour"),
    ("ru", "Есть шкафчики для рюкзаков?", "lockers"), ("ko", "사물함 자물쇠 빌릴 수 있나요?", "lockers"),
    ("fr", "Faut-il un cadenas pour le casier ?", "lockers"), ("zh", "有储物柜吗？", "lockers"),
    # who may come up to a guest's room, arriving in the night, a car with a driver, a car of one's own, a quiet room
    ("es", "¿Puede un amigo subir a la habitación un rato?", "visitors"),
    ("fr", "Un ami peut-il nous rendre visite ce soir ?", "visitors"),
    ("de", "Sind abends Besucher erlaubt?", "visitors"),
    ("ru", "Можно привести друга вечером?", "visitors"),
    ("zh", "晚上可以有访客吗？", "visitors"), ("ja", "友達を部屋に呼んでもいいですか", "visitors"),
    ("ko", "외부인 출입 가능한가요?", "visitors"), ("ar", "هل يسمح بالزوار في المساء؟", "visitors"),
    ("en", "Our ferry lands at 11pm so we'll arrive late, is that ok?", "late arrival"),
    ("es", "Llegaremos tarde por el vuelo, ¿qué hacemos?", "late arrival"),
    ("de", "Wir sind erst nach Mitternacht da.", "late arrival"),
    ("ru", "Прилетаем поздно, после полуночи.", "late arrival"),
    ("zh", "我们可能凌晨到，有人在吗？", "late arrival"), ("ko", "자정 넘어 도착해요", "late arrival"),
    ("en", "Can you arrange a car with driver to the station?", "transfer"),
    ("es", "¿Me piden un remis para mañana temprano?", "transfer"),
    ("fr", "Une voiture avec chauffeur jusqu'à la gare ?", "transfer"),
    ("zh", "可以帮我订专车吗？", "transfer"),
    ("en", "We're bringing our car, anything we should know?", "parking"),
    ("fr", "On vient avec notre voiture, c'est possible ?", "parking"),
    ("ru", "Едем на своей машине, где встать?", "parking"), ("ja", "マイカーで行きます", "parking"),
    ("en", "Which floor is the quietest?", "quiet hours"),
    ("de", "Ich hätte gern ein ruhigeres Zimmer.", "quiet hours"),
    ("zh", "我睡眠浅，有没有不吵的房间？", "quiet hours"), ("ar", "أريد غرفة هادئة من فضلك", "quiet hours"),
    ("en", "Is it ok for a hen party of six?", "party"), ("es", "Somos un grupo de despedida de soltero", "party"),
    ("fr", "C'est pour un enterrement de vie de garçon", "party"), ("ru", "У нас девичник, можно?", "party"),
    # a service charge on the bill, and the pool or spa used by someone not staying
    ("de", "Wird eine Servicegebühr berechnet?", "service charge"),
    ("ja", "サービス料はかかりますか", "service charge"),
    ("ko", "봉사료가 따로 붙나요?", "service charge"), ("fr", "Y a-t-il des frais de service ?", "service charge"),
    ("en", "Do you sell day passes for the spa?", "day pass"),
    ("ja", "泊まらなくても大浴場だけ使えますか", "day pass"), ("zh", "不住宿能用泳池吗", "day pass"),
    ("es", "¿Podemos usar la piscina sin alojarnos?", "day pass"),
    ("de", "Gibt es eine Tageskarte für den Pool?", "day pass"),
    ("zh", "八號風球嘅話點算？", "typhoon"), ("ja", "台風が来たら予約はどうなりますか", "typhoon"),
    ("es", "¿Qué pasa si llega un huracán?", "typhoon"), ("ko", "태풍 오면 환불돼요?", "typhoon"),
    # an arrival told by when the guest will not be there before; a city's charge for driving in; a pool's warmth
    ("en", "Our flight lands late so we won't get there before 1am, is that ok?", "late arrival"),
    ("de", "Müssen wir mit dem Auto die Citymaut zahlen?", "congestion charge"),
    ("fr", "Faut-il la vignette Crit'Air pour venir en voiture ?", "congestion charge"),
    ("ja", "プールは温水ですか", "heated"), ("es", "¿La piscina está climatizada?", "heated"),
    # friends staying elsewhere are visitors who need a pass
    ("fr", "Nos cousins dorment dans un autre hôtel, ils peuvent venir se baigner ?", "day pass"),
    ("en", "My sister is staying at another hotel down the road, can she use your pool?", "day pass"),
    ("ru", "Друзья живут в другом отеле, им можно к нам в бассейн?", "day pass"),
])
def test_a_guests_word_for_a_hotel_topic_is_found_in_every_language(language, message, concept):
    assert concept in [c for c, _ in topics(message, language)]
    assert concept in pivot(message, language)


def test_the_english_goes_beside_the_guests_words_which_stay():
    assert pivot("Где можно поставить машину на ночь, парковка есть?", "ru").count("parking") == 1
    assert "парковка" in pivot("Где парковка?", "ru")
    assert pivot("Can we bring the hamster?", "en") == "Can we bring the hamster pets ?"


def test_the_hotels_own_english_is_left_as_it_is():
    assert pivot("Is the pool heated?", "en") == "Is the pool heated?"
    assert pivot("What's the wifi password?", "en") == "What's the wifi password?"


def test_the_longer_term_wins_where_two_overlap():
    assert [c for c, _ in topics("Какой чек-аут в субботу?", "ru")] == ["check-out"]  # not "чек", a receipt
    assert [c for c, _ in topics("ミニバーの飲み物は無料？", "ja")] == ["minibar"]
    assert [c for c, _ in topics("Auriez-vous un lit bébé pour la nuit ?", "fr")] == ["crib"]  # not "baby"


@pytest.mark.parametrize(("message", "concept"), [
    ("هل يسمح بكلبي في المطعم؟", "pets"),          # "my dog", whose "ك" is no "like" written on
    ("هل تقبلون قطتنا الصغيرة؟", "pets"),           # "our cat": the "ة" is written "ت" before the ending
    ("أين أضع حقائبي بعد المغادرة؟", "luggage storage"),
    ("متى يفتح مسبحكم؟", "swimming pool"),
])
def test_an_arabic_word_with_a_possessive_ending_is_still_its_topic(message, concept):
    assert concept in [c for c, _ in topics(message, "ar")]


@pytest.mark.parametrize(("message", "concept"), [
    ("أريد الفاتورة من فضلك", "invoice"),           # "فاتورة" begins with the letter "ف" a prefix is too
    ("هل تقبلون البطاقة؟", "credit card"),
    ("نحتاج الوسائد الإضافية", "pillows"),
    ("الفطور مشمول؟", "breakfast"),
])
def test_an_arabic_word_beginning_with_a_prefix_letter_is_its_topic_with_the_article_on(message, concept):
    assert concept in [c for c, _ in topics(message, "ar")]


def test_included_in_the_price_said_the_gulf_way_is_asked_beside_its_topic():
    assert "included" in pivot("العشاء داخل في السعر؟", "ar")


def test_what_is_asked_of_a_topic_is_written_beside_it_never_alone():
    assert "free" in pivot("ミニバーの飲み物は無料？", "ja") and "late" in pivot("Поздний выезд возможен?", "ru")
    assert pivot("Это бесплатно?", "ru") == "Это бесплатно?"


@pytest.mark.parametrize(("language", "message"), [
    ("ko", "아이스크림 파는 곳 있어요?"),   # "ice cream" begins like "child"
    ("zh", "酒店几点关门？"),              # "hotel" holds the character for alcohol; a time alone is no topic
    ("ru", "Далеко ли до центра?"),        # "centre" begins like "price"
    ("ru", "Это хорошая гостиница?"),      # "hotel" begins like "guests"
    ("es", "¿A qué hora?"),
    ("fr", "Avez-vous un casino ?"),
    ("fr", "Le cours commence à quelle heure ?"),   # a class, not "la cour" (the courtyard) in the plural
])
def test_no_topic_is_read_into_words_that_only_look_like_one(language, message):
    assert pivot(message, language) == message


@pytest.mark.parametrize(("message", "entry", "fact"), [
    ("방에 금고가 있어요?", "in-room-safe", "in-room safe"),   # said from the rooms' feature lists
    ("Во сколько можно заселиться?", "check-in-time", "15:00"),
    ("¿Tienen cargador para coche eléctrico?", "ev-charging", "4"),
    ("Can I bring my ferret?", "pet-policy", "35"),
    ("هل يمكن أن نصطحب قطتنا؟", "pet-policy", "35"),   # under the bar, the entry about the topic it names
])

def test_a_plain_question_in_the_guests_words_is_answered(concierge, message, entry, fact):
    turn = Guest(concierge).says(message)
    assert entry in turn.trace.kb and fact in text_of(turn)


@pytest.mark.parametrize("message", ["If I cancel 10 days before, do I get my money back?",
                                     "What happens if we need to cancel the booking?"])
def test_the_verb_cancel_names_the_cancellation_topic(message):
    """"Money back" is a refund, which a hotel may never write: the cancellation its rules are about is named too,
    so its cancellation policy is not taken for a guess about a topic it never speaks of. (A bill cancelled, as an
    injection demands it, is no booking cancelled: the verb alone names nothing.)"""
    assert "cancellation" in {concept for concept, _ in topics(message, "en")}


@pytest.mark.parametrize("message", [
    "Gibt es bei Ihnen eine Sauna?",
    "У вас есть хаммам?",
    "스키 장비 대여 되나요?",
    "هل يوجد ملعب غولف في الفندق؟",
    "¿Se puede jugar al tenis en el hotel?",
    "Do you rent out jet skis?",
])
def test_a_topic_the_hotel_does_not_have_stays_not_sure(concierge, message):
    """The glossary writes the hotel's English for the guest's word; a hotel that has none of it still says so."""
    turn = Guest(concierge).says(message)
    assert not turn.trace.kb, (message, turn.trace.kb, text_of(turn))


ALPS = load_hotel(Path(__file__).resolve().parent / "data" / "hotels" / "zermatt-alpenrose")


@pytest.fixture(scope="module")
def alps(tmp_path_factory):
    """A development hotel whose FAQ has no Arabic or Japanese, where dogs are the only pets it writes of."""
    return test_brain.offline_concierge(tmp_path_factory.mktemp("alps"), ALPS)


@pytest.mark.parametrize("message", ["ممكن أجيب قطتي للغرفة؟", "هل مسموح أن تأتي قطتنا معنا؟",
                                     "猫と一緒に泊まれますか？"])
def test_under_the_bar_the_entry_about_the_topic_named_answers_not_one_about_none(alps, message):
    """The embedding puts the way to the village first for "my cat" in Arabic, just under the bar; the pivot puts
    the pet rules first, the only entry about a topic the guest names: that one is read on and answers."""
    turn = alps.handle(InboundMessage(hotel_id=ALPS.id, channel=Channel.API, sender="",
                                      provider_id=uuid.uuid4().hex, text=message), address=uuid.uuid4().hex)
    assert turn.trace.kb[:1] == ["dogs"] and "25" in text_of(turn)


HOTELS = Path(__file__).resolve().parent / "data" / "hotels"


@pytest.mark.parametrize(("hotel", "message", "entry"), [
    # over the bar the dorm bookings come first, which the guest's words do not bear out: the visitors they name
    ("berlin-kreuzberg-hostel", "Is it ok if my sister comes up to our dorm for a chat?", "visitors-policy"),
    ("berlin-kreuzberg-hostel", "Ein Freund möchte uns im Schlafsaal besuchen, geht das?", "visitors-policy"),
    ("berlin-kreuzberg-hostel", "친구를 방에 데려와도 괜찮아요?", "visitors-policy"),
    ("reykjavik-nordurljos", "The ferry is delayed and we'll arrive late. How do we get in?", "late-arrival-key-box"),
    ("reykjavik-nordurljos", "Nous arriverons tard, après minuit. Comment entrer ?", "late-arrival-key-box"),
    ("reykjavik-nordurljos", "深夜に到着しますが、どうやって入ればいいですか？", "late-arrival-key-box"),
    ("buenos-aires-palermo", "cuanto un remis a aeroparque?", "airport-transfer"),
    ("istanbul-galata-konak", "We're coming in our own car from Edirne, where should it go?", "parking"),
    ("istanbul-galata-konak", "Wir reisen mit dem eigenen Auto an, wohin damit?", "parking"),
    ("buenos-aires-palermo", "Какой номер самый тихий?", "quiet-hours-noise"),
])
def test_the_entry_about_what_the_guest_names_answers(tmp_path, hotel, message, entry):
    """Words the encoder reads weakly (who may come up, arriving in the night, a remis, a car of one's own, a quiet
    room) name the hotel's topic: the entry about it answers, not "not sure" or an entry about the rest."""
    place = load_hotel(HOTELS / hotel)
    turn = test_brain.offline_concierge(tmp_path, place).handle(
        InboundMessage(hotel_id=place.id, channel=Channel.API, sender="", provider_id=uuid.uuid4().hex, text=message),
        address=uuid.uuid4().hex)
    assert turn.trace.kb[:1] == [entry], (message, turn.trace.kb, text_of(turn))


@pytest.mark.parametrize(("language", "message", "concept"), [
    ("en", "Which street is the hotel on?", "street address"),
    ("es", "¿Me da la dirección del hotel para el conductor?", "street address"),
    ("de", "Wie lautet Ihre Anschrift?", "street address"),
    ("ru", "Подскажите ваш адрес для водителя", "street address"),
    ("ja", "ホテルの住所を教えてください", "street address"),
    ("ko", "호텔 주소 알려주세요", "street address"),
    ("fr", "On pourra arriver de bonne heure demain ?", "check-in"),
    ("de", "Können wir morgen früher ankommen und gleich aufs Zimmer?", "check-in"),
    ("ru", "Можно приехать пораньше, часов в десять?", "check-in"),
    ("zh", "我们可能早到，可以吗？", "check-in"),
    ("fr", "Notre caniche peut venir avec nous ?", "pets"),
    ("de", "Darf unser Dackel mit ins Zimmer?", "pets"),
    ("es", "¿Cómo está el sargazo esta semana?", "sargassum"),
    ("de", "Gibt es im August viel Seetang am Strand?", "sargassum"),
    ("ko", "요즘 해변에 해초가 많아요?", "sargassum"),
    ("ru", "Можно заказать сафари по пустыне?", "desert safari"),
    ("zh", "可以帮我们订沙漠之旅吗？", "desert safari"),
    ("ar", "هل تنظمون رحلة الصحراء؟", "desert safari"),
])
def test_an_arrival_before_time_an_address_a_breed_and_a_coasts_seaweed_are_topics(language, message, concept):
    """Words guests use for what hotels write as early check-in, the address, pets, sargassum or a desert safari."""
    assert concept in [c for c, _ in topics(message, language)]


def test_an_email_address_is_no_street_address():
    assert "street address" not in [c for c, _ in topics("What's your email address?", "en")]


@pytest.mark.parametrize(("language", "message", "concept"), [
    ("es", "¿Se puede subir en burro hasta el pueblo?", "donkey"), ("zh", "可以骑骆驼吗？", "camel"),
    ("de", "Kann man in der Nähe reiten?", "horse riding"), ("ar", "هل يمكن ركوب الخيل قرب الفندق؟", "horse riding"),
    ("fr", "On peut faire une balade à dos d'âne ?", "donkey"), ("ko", "낙타 타기 예약할 수 있나요?", "camel"),
])
def test_a_ride_on_an_animal_is_its_topic(language, message, concept):
    """Donkeys, camels and horses are rides hotels write about (and some refuse to book) in their own English."""
    assert concept in named(message, language)


def test_a_word_that_only_contains_an_animal_names_none():
    assert not named("马上来，谢谢", "zh") & {"horse riding", "donkey", "camel"}


@pytest.mark.parametrize(("language", "message"), [
    ("es", "Viajamos con nuestro hijo de 6 años, ¿hay algún problema?"), ("de", "Wir reisen mit unserer Tochter (7)."),
    ("ru", "Мы едем с сыном, ему 9 лет"), ("zh", "我们带女儿一起来"), ("ko", "아들이 10살인데 같이 가도 되나요?"),
    ("ar", "سنأتي مع ابنتي عمرها ٥ سنوات"),
])
def test_a_son_or_a_daughter_is_a_child_traveling(language, message):
    assert "children" in named(message, language)


@pytest.mark.parametrize(("language", "message", "concept"), [
    ("en", "Do you run felucca trips on the Nile?", "sailing"),
    ("es", "¿Se puede alquilar un velero por la tarde?", "sailing"),
    ("de", "Fährt der Schoner auch bei Wind?", "sailing"), ("ko", "스쿠너 타고 섬에 갈 수 있어요?", "sailing"),
    ("ar", "هل توجد رحلة بمركب شراعي عند الغروب؟", "sailing"),
    ("fr", "Vous réservez les montgolfières ?", "hot-air balloon"), ("ja", "熱気球に乗りたいです", "hot-air balloon"),
    ("ko", "열기구 예약 가능해요?", "hot-air balloon"), ("pt", "O voo de balão sai de madrugada?", "hot-air balloon"),
    ("zh", "冲沙安全吗？", "dune bashing"), ("ru", "Дюн-башинг входит в стоимость?", "dune bashing"),
    ("de", "Gibt es eine Klimaabgabe?", "tourist tax"), ("ko", "기후세는 따로 내요?", "tourist tax"),
    ("ar", "كم التوصيل من المطار؟", "transfer"),
    ("ko", "호텔 바는 몇 층이에요?", "bar"),
])
def test_a_boat_a_balloon_a_dune_drive_a_climate_fee_and_a_ride_are_topics(language, message, concept):
    """Things hotels sell or charge by their own names (a felucca, a balloon flight, a dune drive, a climate fee, a
    ride from the airport), as guests write them in their languages."""
    assert concept in named(message, language)


@pytest.mark.parametrize(("language", "message"), [
    ("en", "Can you put some balloons in the room for her birthday?"),
    ("ru", "Можно украсить номер воздушными шарами?"), ("ko", "바다가 보이는 방 있나요?"),
    ("ko", "루프탑 바비큐는 몇 시에 열어요?"),
])
def test_party_balloons_and_the_sea_are_no_balloon_flight_and_no_bar(language, message):
    assert not named(message, language) & {"hot-air balloon", "bar"}
