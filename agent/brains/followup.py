"""A question that leans on the one before: what points back, and what it asks without naming a topic."""

from __future__ import annotations

import re

from agent.brains import dates, upkeep
from agent.brains.patterns import rx
from agent.brains.routing import rule_intents
from agent.brains.splitter import LEADING_AND, clauses
from agent.brains.wants import FOR_COUNT, FOR_WHOM_ONLY, ORDER_REF, PER_UNIT, PRICE, PRICE_FILLER, TELL_ME
from core.language import CJK_LETTER

# A word pointing back at what was just talked about ("can the kids go there alone?", "y aller", "dort").
BACK_REFERENCE = rx(r"\b(?:there|it|that\s+one|them)\b|\by\s+(?:aller|entrer|nager|aller|être)|\bl[àa]-bas\b|"
                     r"\b(?:ah[ií]|all[ií]|dort|dorthin|da\s+hin|там|туда|тоже)\b|那里|那儿|那边|(?:开车|走路|步行|坐车|打车|走)过去|"
                     r"そこ|あそこ|거기|그곳|هناك|"
                     # "beforehand": before what was just named ("do we need to book in advance?")
                     r"\b(?:beforehand|in\s+advance|vorher|zuvor|im\s+voraus|à\s+l'avance|au\s+préalable|"
                     r"de\s+antemano|con\s+antelación|заранее)\b|事前に|前もって|미리|مسبقا")
# "there" that points nowhere ("is there a fee?", "there's no lift?"), and "it" that stands for nothing
# ("is it possible to ...?"): not a word pointing back.
NOT_BACK = rx(r"\b(?:is|are|was|were|be|any)\s+there\b|\bthere(?:'s|\s+is|\s+are|\s+was|\s+were|\s+will)\b|"
               r"\bit(?:'s|\s+is|\s+was)?\s+(?:possible|okay|ok|allowed|true|necessary|worth)\b")


# What a request is for, told after it ("can you keep our bags, so we can explore without them?", "para pasear sin
# ellas", "pour visiter sans elles", "damit wir ohne sie ...", "чтобы погулять без них"): a pronoun there stands
# for a thing the request itself names, not for the question before it.
_PURPOSE = rx(r",?\s+(?:so\s+(?:that\s+)?(?:we|i|you|they|he|she|the\s+\w+)\b|in\s+order\s+to\b|para\s+(?:que\b|"
               r"\w+(?:ar|er|ir)\b)|pour\s+(?:que\b|qu'|\w+(?:er|ir|re)\b)|damit\b|um\s+\w+(?:\s+\w+)*?\s+zu\b|"
               r"чтобы\b).*$")


def without_purpose(text: str) -> str:
    """The sentence without what it says its request is for, when something is left before it."""
    kept = _PURPOSE.sub("", text).strip()
    return kept if len(kept.split()) >= 3 else text


# The occasion a request is for, said after it ("…while we go out for dinner", "…for an evening at the ballet",
# "pendant que nous dînons", "mientras cenamos", "während wir essen", "пока мы в театре"): what it names is the
# guest's plan, not the thing asked for.
_OCCASION = rx(r",?\s+(?:while\s+(?:we|i|they)\b|for\s+(?:an?|the|our)\s+(?:evening|night|day|afternoon|morning)\s+"
                r"(?:at|out|in|on)\b|so\s+(?:we|i)\s+can\s+go\s+out\b|pendant\s+que\b|le\s+temps\s+(?:de|d'|que)\b|"
                r"mientras\b|w[äa]hrend\s+(?:wir|ich)\b|пока\s+(?:мы|я)\b).*$")


def without_occasion(text: str) -> str:
    """The sentence without the occasion it says its request is for, when a request of a few words is left."""
    kept = _OCCASION.sub("", text).strip(" ,")
    return kept + ("?" if text.rstrip().endswith("?") and not kept.endswith("?") else "") \
        if len(kept.split()) >= 3 else text


# Whether one must book, asked of nothing named ("and do I need to book?", "faut-il réserver ?", "muss man
# reservieren?", "需要预约吗？"): booking what the question before named.
BOOK_FIRST = rx(r"\b(?:do|does|should|must|will)\s+(?:i|we|you|one)\s+(?:need|have)\s+to\s+(?:book|reserve)\W*$|"
                r"\b(?:booking|reservation)\s+(?:needed|required|necessary)\W*$|"
                r"\b(?:faut-il|doit-on|dois-je|il\s+faut)\s+r[ée]server\W*$|"
                r"\b(?:hay\s+que|tengo\s+que|tenemos\s+que|es\s+necesario|se\s+necesita)\s+reservar\W*$|"
                r"\b(?:muss|müssen|sollte|sollten)\s+(?:man|ich|wir)\s+(?:das\s+|es\s+)?(?:reservieren|buchen|anmelden)\W*$|"
                r"\b(?:нужно|надо)\s+ли\s+(?:за)?(?:бронировать|записываться|записаться)\W*$",
                r"(?:需要|要)(?:提前)?预(?:订|约)吗[？?]?$|予約(?:は|が)?(?:必要|要り)\S{0,8}[？?]?$|"
                r"예약(?:해야|이\s*필요)\S*\s*\S*[？?]?$|(?:يجب|يلزم|لازم)\s+(?:ال)?حجز\W*$")


def points_back(text: str) -> bool:
    """Whether the sentence points back at what was just talked about ("how long to drive there?", "and do I need to
    book?")."""
    return bool(BACK_REFERENCE.search(NOT_BACK.sub(" ", without_purpose(text))) or BOOK_FIRST.search(text))


# A question that asks nothing of its own but points at the sentence before ("We need a cab at 6. Can the desk
# call one?", "My son is allergic to nuts. Can the kitchen handle that?", "¿Pueden hacerlo?", "Geht das?"); the
# Arabic "واحدة" (one) only as a word of its own, not in "لليلة الواحدة" (per night).
LEANS_BACK = rx(r"\b(?:one|that|this|it|them|those|him|her)(?:\s+(?:for\s+(?:me|us)|please|too|as\s+well))?\W*$",
                 r"\b(?:eso|esto|uno|una|hacerlo|pedirlo|ça|cela|le\s+faire|en\s+\w+\s+une?|das|es|eins|einen|это|его|один|одно|"
                 r"такое)\W*$",
                 r"(?:这个|那个|这样|一辆|一下)\S{0,4}[吗么][？?]?$|(?:それ|これ|そう|一台)\S{0,12}[？?]?$|"
                 r"(?:그거|이거|그렇게|한\s*대)\S*\s*\S*[？?]?$|(?<!\w)(?:ذلك|هذا|واحدة?)\W*$")
# A pronoun standing for something named before ("when is it open?", "wann findet sie statt?", "когда он
# работает?"): a question with one is about what was just asked, not a topic of its own. Not the "it" of "is it
# possible", the "es" of "gibt es", nor a French subject repeated after its verb ("le parking est-il payant ?").
PRONOUN = rx(r"\b(?:it|its|they|them|their|that|those|él|ella|ellos|ellas|eso|(?<!-)(?:il|elle|ils|elles)|ça|cela|"
              r"(?<!gibt\s)(?<!¿)(?<!qu[eé]\s)(?<!cu[aá]l\s)(?<!hora\s)(?<![cd][oó]mo\s)(?<!d[oó]nde\s)es(?!\s+(?:el|la|los|las|un|una|gratis|posible|necesario|obligatorio|de|del|para|mi|su|"
              r"muy|m[aá]s|caro|barato|cierto|verdad|seguro)\b)|sie|er|ihn|ihm|он|она|оно|они|его|её|их|это|ему|ей)\b|"
              # French "c'est" opening the question, not after the thing it repeats ("le parking, c'est combien ?")
              r"^\W*(?:(?:et|mais|alors)\s+)?c['’](?=est\b)",
              r"它|他|她|那里|这个|那个|それ|そこ|あれ|그거|그곳|거기|그것|\b(?:هو|هي|ذلك)\b")
# A question asking only for ideas about the wish told before it ("We'd love a tasting menu. Ideas?", "¿Alguna
# sugerencia?", "Des idées ?", "Tipps?", "Есть идеи?", "有什么建议吗？", "おすすめは？", "추천 좀요", "أي اقتراحات؟").
_IDEAS = rx(r"^\W*(?:any\s+)?(?:ideas?|suggestions?|recommendations?|tips|thoughts)(?:\s+(?:please|pls))?\W*$",
            r"^\W*(?:alguna\s+|algunas\s+|alguma\s+|algumas\s+)?(?:ideas?|ideias?|sugerencias?|sugest[õo]es?|"
            r"recomendaci[oó]n(?:es)?|dicas?|consejos?)\W*$",
            r"^\W*(?:des\s+)?(?:id[ée]es?|suggestions?|conseils?)\W*$|^\W*(?:irgendwelche\s+)?(?:ideen|vorschl[äa]ge|tipps?)\W*$",
            r"^\W*(?:есть\s+)?(?:идеи|идей|советы|предложения)\W*$",
            r"^\W*(?:有什么|有没有)?(?:建议|推荐|好主意)(?:吗|呢)?\W*$|^\W*(?:何か)?(?:アイデア|おすすめ|オススメ)(?:は|ありますか)?\W*$|"
            r"^\W*(?:아이디어|추천)(?:\s*좀)?(?:요|해\s*주세요|있나요|있어요)?\W*$|^\W*(?:أي\s+)?(?:أفكار|اقتراحات|نصائح)\W*$")


def asks_for_ideas(question: str) -> bool:
    """Whether a question asks only for ideas, which the wish told before it says the subject of."""
    return bool(_IDEAS.search(question.strip()))


def leans_back(question: str) -> bool:
    """Whether a question asks nothing without the sentence before it: it ends on a word pointing back ("Can the
    desk call one?"), or is a few words around one ("Is that a problem?", "Ist das ein Problem?", "Это возможно?"),
    or only asks the hotel to look ("Can you check?", "¿Pueden mirar?")."""
    return bool(LEANS_BACK.search(question) or (
        len(re.findall(r"\w+", question)) <= 5 and PRONOUN.search(NOT_BACK.sub(" ", question)))) or \
        asks_only_to_look(question)


# Getting somewhere, said without where ("how long is the drive?", "a skolko vremeni ehat?", "wie lange fährt
# man?"): the way to what was just talked about.
_TRAVEL = rx(r"\b(?:drive|driving|ride|walk|walking|journey|trip|travel|go|way|by\s+car|on\s+foot|conduire|trajet|"
              r"aller|voiture|pied|llegar|viaje|trayecto|coche|pie|fahren|fährt|fahrt|man|weg|zu\s+fuß|"
              r"ехать|ехат|идти|добираться|доехать|дорога|дорогу|занимает|пешком|на\s+машине)\b",
              r"路上|开车|走路|车程|かかりますか|車で|歩いて|차로|걸어서|بالسيارة|مشيا|الطريق")


def names_nothing(question: str) -> bool:
    """Whether a question's topic can only be what was just talked about: it points back at it, has a pronoun
    standing for it ("по средам он до скольки?"), or asks only how long, when, what it costs or for whom
    ("a skolko vremeni ehat?", "and per person?")."""
    return points_back(question) or bool(PRONOUN.search(NOT_BACK.sub(" ", question))) or \
        _asks_only(question, _WAIT_WORDS, (_WAIT_WORDS, _TRAVEL, _WAIT_FILLER), 2) or asks_only_when(question) or \
        asks_only_price(question) or bool(FOR_WHOM_ONLY.search(question))


FOLLOW_UP_WORDS = 7  # a question of at most this many words may lean on the topic before it without pointing back


def follows_up(question: str) -> bool:
    """Whether a question may be about what was just talked about: it names nothing of its own, or is a few words
    ("А с сыном можно? Ему 12", "¿y los domingos?")."""
    return names_nothing(question) or len(re.findall(r"[^\W\d_]{2,}", question)) <= FOLLOW_UP_WORDS


# A part of a sentence that turns something down ("we don't need the shuttle, we need a cab"): what the guest
# does not need is no topic of the question beside it.
NOT_NEEDED = rx(r"\b(?:don'?t|do\s+not|won'?t|will\s+not|no\s+longer)\s+(?:need|require)\b|\bno\s+need\s+for\b|"
                 r"\bno\s+(?:necesit\w+|hace\s+falta)|pas\s+besoin|brauchen\s+kein\w*|\bkein\w*\s+\w+\s+n[öo]tig|"
                 r"(?<!\w)не\s+нуж\w+|нам\s+не\s+надо|不需要|不用|いりません|要りません|必要ありません|필요\s*없|"
                 r"لا\s+(?:نحتاج|أحتاج)")
_PARTS = re.compile(r"(?:[,，、;；]\s*|\s+)(?:but|pero|mais|aber|но)\s+|[,，、;；]\s*", re.IGNORECASE)


def without_not_needed(sentence: str) -> str:
    """The sentence without its parts that turn something down, when something else is left to ask."""
    parts = _PARTS.split(sentence)
    kept = [part for part in parts if not NOT_NEEDED.search(part) or upkeep.NO_CLEANING.search(part)]  # "no cleaning
    # today, thanks" asks for something: the room left alone
    return ", ".join(kept) if kept and len(kept) < len(parts) else sentence


def _asks_only(clause: str, asking: re.Pattern[str], said_beside: tuple[re.Pattern[str], ...], longest: int) -> bool:
    """Whether the sentence asks what `asking` matches and nothing of its own: with what such a question says
    beside it taken out (`said_beside`, in order), no word longer than `longest` letters is left, no Chinese,
    Japanese or Korean, and no rule intent. It is about what the conversation has under way."""
    if not asking.search(clause):
        return False
    rest = LEADING_AND.sub("", clause)
    for pattern in said_beside:
        rest = pattern.sub(" ", rest)
    return not CJK_LETTER.search(rest) and all(len(word) <= longest for word in rest.split()) and \
        not rule_intents(clause)


# The case that the question before is answered no ("Is breakfast included? If not, how much?", "Sinon, c'est
# combien ?", "Senão, quanto custa?", "Если нет, сколько стоит?", "不然多少钱？", "含まれていなければ、いくら？",
# "وإلا فكم سعره؟"): it asks on about the same thing, nothing of its own.
IF_NOT = rx(r"\b(?:if\s+not|otherwise|or\s+else|sinon|si\s+no|si\s+non|de\s+lo\s+contrario|"
            r"en\s+caso\s+contrario|sen[ãa]o|se\s+n[ãa]o|caso\s+contr[áa]rio|falls\s+nicht|wenn\s+nicht|ansonsten|sonst|если\s+нет|если\s+не\w*|иначе|"
            r"а\s+если\s+нет)\b",
            r"(?:如果|要是)不\w{0,4}(?:的话)?|要不然|不然|否则|\w*(?:なければ|ない場合は?|ないなら)|아니면|안\s*되면|"
            r"(?<!\S)و?(?:إلا|الا|إن\s+لم\s+\S+|إذا\s+لم\s+\S+|إذا\s+لا)(?!\S)\s*ف?")


def asks_only_price(clause: str) -> bool:
    """Whether the sentence asks what something costs without naming it: it is about the question before it."""
    return _asks_only(clause, PRICE, (TELL_ME, IF_NOT, PER_UNIT, FOR_COUNT, PRICE, ORDER_REF, PRICE_FILLER), 3)


# Asking only whether it costs anything, of the thing the question before named ("Is there a gym? Is it free?",
# "C'est payant ?", "¿Se paga?", "要钱吗？"): never a question of its own about free wifi or paying.
_IF_FREE = rx(r"\b(?:free(?:\s+of\s+charge)?|complimentary|included|charged|paid|(?:have|need)\s+to\s+pay|pay\s+extra|"
              r"fee|gratis|gratuit\w*|payant\w*|se\s+paga|hay\s+que\s+pagar|de\s+pago|se\s+cobra|incluid\w*|inclus\w*|"
              r"kostenlos|kostenpflichtig|gebührenpflichtig|umsonst|"
              r"inklusive|inbegriffen|бесплатн\w*|платн\w*|включен\w*|grátis|gratuito|incluíd\w*)\b|"
              r"免费|免費|收费|收費|要钱|要錢|付费|無料|有料|무료|유료|مجان\w*|برسوم|مشمول\w*")
_IF_FREE_FILLER = rx(r"\b(?:is|are|it|they|that|this|these|those|there|also|too|and|or|do|does|we|i|have|to|any|extra|"
                     r"c'est|c’est|ils|elles|son|ellos|ellas|sind|sie|они|eles|elas|são|"
                     r"est-ce|qu'il|que|il|elle|ce|cela|ça|es|está|esto|eso|se|hay|ist|das|der|die|auch|muss|man|"
                     r"это|ли|он|она|оно|тоже|isso|é|or\s+not)\b|[吗嗎是的呢也]|ですか|でしょうか|か|인가요|나요|"
                     r"예요|이에요|요|هل|هو|هي|\W|\d")


_HOW_OR_WHERE = rx(r"\b(?:how|where|when|c[oó]mo|d[oó]nde|cu[aá]ndo|comment|o[uù]|quand|wie|wo|wann|как|где|когда|"
                   r"como|onde)\b|怎么|如何|哪里|どう|どこ|어떻게|어디|كيف|أين")


def asks_only_if_free(clause: str) -> bool:
    """Whether the sentence asks only if something is free or charged, without naming it: it is about the
    question before it. "How do I pay it?" asks the way, not whether."""
    return not _HOW_OR_WHERE.search(clause) and _asks_only(clause, _IF_FREE, (_IF_FREE, _IF_FREE_FILLER), 3)


# Asking only when, of something the question before named ("Is breakfast included, and until what time?").
_WHEN_WORDS = rx(r"\b(?:(?:from|until|till|by|at)\s+)?(?:what\s+time|when|how\s+late|how\s+early|what\s+hours|"
                  r"opening\s+hours)\b|\b(?:desde|hasta|at[ée])?\s*(?:qu[eé]\s+horas?|cu[aá]ndo|quando)\b|\ba\s+qu[eé]\s+horas?\b|"
                  r"\b(?:jusqu'?\s*)?[àa]\s+quelle\s+heure\b|\bquand\b|\b(?:bis|ab|um)\s+wann\b|\bwann\b|"
                  r"\bum\s+wie\s+viel\s+uhr\b|до\s+скольки|во\s+сколько|с\s+какого\s+времени|когда|"
                  r"(?:从|到)?几点|什么时候|何時(?:から|まで|に)?|いつ(?:まで|から)?|몇\s*시(?:까지|부터|에)?|언제(?:까지|부터)?|"
                  r"(?:حتى|من)?\s*(?:متى|أي\s+ساعة)")
# ...and what such a question says beside the when: the thing's pronoun ("elle ferme à quelle heure ?", "wann
# schließt er?", "во сколько он закрывается?", "它几点关门？", "متى يغلق؟"), the hotel's and the guest's ("what time do
# you pick us up?", "几点来接我们？") and its opening or closing.
_WHEN_FILLER = rx(r"\b(?:is|it|does|do|that|this|the|and|so|then|open|opens|close|closes|ser[aá]|es|est|ist|"
                  r"abre|cierra|abierto|abierta|est[aá]|est[aá]n|estar[aá]|funciona|aberto|aberta|fecha|fica|ouvre|ferme|ouvert|"
                  r"ouverte|fermé|fermée|il|elle|offen|geöffnet|"
                  r"schließt|schliesst|öffnet|macht|hat|er|sie|zu|auf|работает|закрывается|открывается|он|она|оно|"
                  r"открыт\w*|you|vous|voc[êe]s|ustedes|usted|вы)\b|我们|你们|您|[呢吗嗎的是要了啊呀它]|やって(?:い)?|ですか|ますか|ます|でしょうか|[はも](?=\W|$)|閉まり|開き|开|開|"
                  r"(?:하|해|열|닫)(?:나요|요|죠|세요)|와요|오나요|오세요|와\s*주(?:나요|세요)|예요|이에요|"
                  r"인가요|나요|까지요|요(?=\W|$)|(?<!\w)(?:ي|ت)(?:غلق|فتح)(?!\w)|\W|\d")


# The days a when-question may be asked for ("and on Sundays?", "¿y el fin de semana?", "周末几点关门？") and the
# using or opening it may ask about ("几点以后就不能用了？", "bis wann kann man sie benutzen?"): still no topic.
_WHEN_DAYS = rx(
    r"\b(?:(?:" + "|".join(sorted((day for day in dates.WEEKDAYS if re.fullmatch(r"[^\W\d_]{4,}", day) and
                                   not CJK_LETTER.search(day)), key=len, reverse=True)) + r")s?|"
    r"week-?ends?|weekdays?|fin(?:es)?\s+de\s+semana|entre\s+semana|d[ií]as\s+(?:laborables|de\s+semana|normales)|en\s+semaine|jours?\s+de\s+semaine|"
    r"wochenende|unter\s+der\s+woche|werktags?|sonntags|samstags|выходны\w*|будн\w*|today|tomorrow|tonight|hoy|"
    r"ma[ñn]ana|demain|aujourd'hui|heute|morgen|сегодня|завтра|use|used|usar|utiliser|benutzen|nutzen|"
    r"пользоваться|can|puedo|podemos|se\s+puede|peut|kann|man|можно|los|las|les|des|den|dem|der|die|das)\b|"
    r"周末|週末|平日|工作日|周[一二三四五六日天]|星期[一二三四五六日天]|[月火水木金土日]曜日?|주말|평일|[월화수목금토일]요일|"
    r"今天|明天|今晚|今日|明日|오늘|내일|以后|以後|之后|就|不能|可以|能|使用|用|开门|关门|开始|结束|营业|開いて|閉まり|"
    r"使え|終わり|営業|이용|사용|열어|닫아|(?<=[말일])에는|(?<=[말일])에|\bو?في\b|\bيوم\s+\S+|"
    r"عطلة\s+نهاية\s+الأسبوع|الأيام\s+العادية|أيام\s+الأسبوع|اليوم|غدا")


# Being fetched, asked when of a trip or a ride just asked about ("Que horas vocês buscam?", "what time do you pick us
# up?", "wann holen Sie uns ab?"): when it starts for the guest, nothing of its own.
_WHEN_FETCHED = rx(r"\b(?:pick(?:\s+(?:us|me))?\s+up|pick-?up|collect\s+(?:us|me)|come\s+for\s+(?:us|me)|"
                   r"(?:nos\s+)?recog\w*|(?:nos\s+)?busca\w*|(?:nous\s+)?(?:venez|viendrez)(?:-vous)?\s+(?:nous\s+)?chercher|"
                   r"passez\s+(?:nous\s+)?prendre|"
                   r"(?:holt|holen|abgeholt)\w*|uns\s+ab|abholung|(?:за\s+(?:нами|мной)\s+)?(?:забира\w*|забер\w*|"
                   r"заед\w*|приед\w*))\b|"
                   # or when it sets off ("what time does it leave?", "몇 시에 출발해요?"): of the thing asked before
                   r"\b(?:leave|leaves|depart|departs|start|starts|begin|begins|sale|empieza|comienza|part|commence|"
                   r"beginnt|startet|f[äa]hrt\s+(?:\w+\s+)?los|отправля\w*|начина\w*|стартует)\b|出发|開始|出発|始まり|"
                   r"출발|시작|(?:ي|ت)(?:بدأ|نطلق)|"
                   r"来接|接|迎えに来|迎え|픽업|데리러|تمر\w*\s+علينا|تأخذ\w*")


def asks_only_when(clause: str) -> bool:
    """Whether the sentence asks when without naming what ("and until what time?", "¿y hasta qué hora?", "到几点？",
    "and on Sundays until when?"): it is about the question before it, whose answer tells the hours."""
    return _asks_only(clause, _WHEN_WORDS, (TELL_ME, _WHEN_FETCHED, _WHEN_WORDS, _WHEN_DAYS, _WHEN_FILLER), 2)


# Asking only how long something still takes, or when it comes ("how long will it take?", "¿cuánto tardará?",
# "wie lange dauert das?", "要多久？"), naming nothing it is about: the order or request just placed.
_WAIT_WORDS = rx(r"\bhow\s+(?:much\s+)?(?:long|soon)(?:er)?\b|\bhow\s+many\s+minutes\b|\bwhen\b|\bwhat\s+time\b|"
                  r"\beta\b|\bcu[aá]nto\s+(?:tiempo|tarda\w*|demora\w*|falta)\b|\bcu[aá]ndo\b|\bcombien\s+de\s+temps\b|"
                  r"\bquand\b|\bwie\s+lange\b|\bwann\b|\bсколь?ко\s+(?:времени|минут|(?:ещё\s+|еще\s+)?ждать)\b|"
                  r"\b(?:как\s+)?долго\b|\bкогда\b|要?多久|多长时间|什么时候|几点|(?:どの|どれ)(?:くらい|ぐらい)(?=.*(?:かか|待))|"
                  r"いつ|얼마나\s*(?=걸|기다)|언제|كم\s+من\s+الوقت|كم\s+دقيقة|متى")
_WAIT_FILLER = rx(
    r"\b(?:will|would|it|that|this|they|take|takes|taking|be|here|there|arrive|arrives|come|comes|coming|get|gets|"
    r"ready|up|the|my|our|order|food|request|delivery|do|does|is|are|we|i|have|to|wait|about|roughly|approximately|"
    r"still|more|until|till|so|and|then|please|any|idea|minutes)\b",
    r"\b(?:tiempo|tarda\w*|demora\w*|falta|llega\w*|llegu\w*|viene|vendr\w*|va|a|el|la|lo|eso|ella|ellas|ellos|mi|"
    r"pedido|para|que|más|o|menos|aproximadamente)\b",
    r"\b(?:temps|ça|cela|va|prendre|prend|faut-il|faut|il|elle|elles|ils|attendre|le|la|ma|commande|arrive\w*|de|"
    r"dans|est-ce|que|encore|environ)\b",
    r"\b(?:dauert|das|es|sie|er|noch|wird|kommt|die|bestellung|ungefähr|etwa|bis)\b",
    r"\b(?:ждать|подождать|времени|займ[её]т|это|он|она|они|заказ|будет|придётся|придется|ещё|еще|принесут|"
    r"примерно|приблизительно)\b",
    r"\b(?:الوقت|سيستغرق|يستغرق|ذلك|الطلب|سيصل|يصل|من)\b",
    r"[呢吗嗎的是要了啊呀还等大概需送到来订单]|かかり|ます|ですか|でしょうか|か(?=\W|$)|届き|来|注文|待ち|待つ|[はもそれ]",
    r"걸려요|걸리나요|걸릴까요|걸리요|걸려|기다려야|해요|하나요|쯤|대략|와요|오나요|올까요|주문|은|는|요(?=\W|$)|\W|\d")


# Asking the hotel to look, check or find out, naming nothing ("Can you check?", "Could you have a look for me?",
# "¿Pueden mirar?", "Pouvez-vous vérifier ?", "Können Sie nachsehen?", "Можете проверить?", "能帮我查一下吗？",
# "確認してもらえますか？", "확인해 주실 수 있나요?", "هل يمكنكم التحقق؟", "Podem verificar?"): what to look for is
# what the guest just told.
_LOOK_WORDS = rx(
    r"\b(?:check(?!\s*-?\s*(?:in|out|up)\b)(?:\s+(?:it|that|for\s+(?:me|us)))?|(?:have|take)\s+a\s+(?:quick\s+)?look|look(?:\s+(?:into\s+it|around))?|"
    r"see(?!\s+you)|find\s+out|search|verify|ask\s+around|"
    r"mirar(?:lo|la)?|revisar(?:lo|la)?|comprobar(?:lo)?|verificar(?:lo)?|buscar(?:lo|la)?|averiguar(?:lo)?|checar|"
    r"echar\s+un\s+vistazo|fijarse|v[ée]rifier|regarder|chercher|voir|jeter\s+un\s+(?:œil|oeil|coup\s+d'œil)|"
    r"nachsehen|nachschauen|nachgucken|schauen|gucken|pr[üu]fen|[üu]berpr[üu]fen|checken|suchen|"
    r"провер\w+|посмотр\w+|поиска\w*|погляд\w+|глян\w+|узна\w+|"
    r"olhar|procurar|conferir|dar\s+uma\s+olhada|"
    # ...or whether the hotel found it ("Have you found them?", "¿Lo encontraron?", "Vous l'avez trouvée ?")
    r"(?:has|have|did)\s+(?:you|anyone|someone|somebody)\s+(?:found|find)(?:\s+(?:it|them|anything))?|"
    r"encontra(?:ron|do|da|ram)|encontr[óo]|trouv[ée]e?s?|gefunden|нашли|нашлось|нашёл|encontraram)\b",
    r"查一?下|查查|看一?下|看看|找一?下|找找|确认一?下|確認一?下|確認|調べて|探して|見て|확인|찾아|알아봐|살펴|봐\s*주",
    r"(?<!\w)(?:التحقق|التأكد|البحث|تتحقق|تبحث|تتأكد)(?!\w)")
_LOOK_FILLER = rx(
    r"\b(?:can|could|would|will|you|please|pls|plz|for|me|us|quick(?:ly)?|just|maybe|possibly|kindly|someone|"
    r"somebody|anyone|there|again|pueden?|podr[ií]an?|usted(?:es)?|por|favor|me|nos|alguien|pouvez|pourriez|peux|"
    r"pourrais|vous|tu|svp|stp|s'il|vous|pla[iî]t|est-ce|que|quelqu'un|k[öo]nnen|k[öo]nnten|kannst|sie|bitte|mal|"
    r"kurz|f[üu]r|mich|uns|du|jemand|nach|можете|можно|могли|бы|вы|пожалуйста|мне|нам|для|меня|нас|кто-нибудь|"
    r"podem|pode|poderia|poderiam|voc[êe]s?|para|mim|n[óo]s|algu[ée]m|lo|la|los|las|l'|l’|avez|avez-vous|"
    r"haben|hat|es|sie|ihn|его|их|её|ли|ya|já|ustedes|vous\s+l)\b",
    r"[能可以请帮我们吗么吧您你忙一下]|もらえ|いただけ|ます|ください|でしょう|して|か(?=\W|$)|を|"
    r"주실|주세요|주시겠|수|있나요|있을까요|있어요|해|좀|부탁|드려요|드립니다|요(?=\W|$)|"
    r"(?<!\w)(?:هل|يمكنك|يمكنكم|ممكن|من|فضلك|لي|لنا)(?!\w)|\W")


# ...not the guest's own looking ("Can I see?", "I'll check"): a request is put to the hotel.
_OWN_LOOK = rx(r"\b(?:i|we|i'll|we'll|let\s+(?:me|us))\b")


def asks_only_to_look(clause: str) -> bool:
    """Whether the sentence only asks the hotel to look or check, naming nothing to look for ("Can you check?",
    "Können Sie nachsehen?"): about what the guest just told ("I left my charger in room 107")."""
    return not _OWN_LOOK.search(clause) and _asks_only(clause, _LOOK_WORDS, (_LOOK_WORDS, _LOOK_FILLER), 2)


# When the thing told happened ("when we checked out yesterday", "cuando salimos", "quand on est partis", "als
# wir ausgecheckt haben", "когда выезжали", "退房时", "チェックアウトの時", "체크아웃할 때", "عندما غادرنا",
# "quando saímos"): the time of the story, not what it is about.
_WHEN_TOLD = rx(r",?\s*\b(?:when|as|while|before|after)\s+(?:we|i|they|he|she)\b[^,.;!?]*",
                r",?\s*\b(?:cuando|al|antes\s+de|despu[ée]s\s+de|quand|lorsqu[e']|en\s+partant|avant\s+de|apr[èe]s|"
                r"als|bevor|nachdem|когда|перед|после|quando|ao\s+sair|antes\s+de|depois\s+de)\b[^,.;!?]*",
                r"[^，。,.!?！？]{1,8}(?:时|的时候|時に|の時|とき|할\s*때|했을\s*때)",
                r"(?<!\w)(?:عندما|حين|قبل\s+أن|بعد\s+أن)(?!\w)[^،,.!?؟]*")


def without_when_told(story: str) -> str:
    """The story without when it happened, when something is left of it."""
    kept = _WHEN_TOLD.sub("", story).strip()
    return kept if len(re.findall(r"\w+", kept)) >= 3 or CJK_LETTER.search(kept) and len(kept) >= 4 else story


def told_before_bare_request(text: str) -> str:
    """The story a message's last sentence only asks the hotel to look into ("Think I left my charger in room 107.
    Can you check?", "... Have you found them?"): the words before that sentence, or "" when the last sentence asks
    anything more or nothing was told before it."""
    sentences = clauses(text)
    if len(sentences) == 1:  # "昨天我把充电器落在房间了，能帮我查一下吗？": one sentence, the question its last part
        sentences = [part for part in _PARTS.split(text) if part.strip()]
    last = sentences[-1] if len(sentences) > 1 else ""
    at = text.rfind(last) if last else -1
    if at <= 0 or not asks_only_to_look(last):
        return ""
    return text[:at].strip()


def asks_only_how_long(clause: str) -> bool:
    """Whether the sentence asks how long, or when, without naming what ("how long will it take?", "сколько
    ждать?"): about what the conversation has under way; "how long to the airport?" names its own topic."""
    return _asks_only(clause, _WAIT_WORDS, (_WAIT_WORDS, _WAIT_FILLER), 2)
