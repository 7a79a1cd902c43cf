"""The stay as guests ask for it: a room booked, arriving early, leaving late, one more night, a wake-up."""

from __future__ import annotations

from agent.brains.patterns import rx

WAKE = rx(
    r"\bwake[\s-]*(?:me|us|up)\b|\bwake-?up\s+call|\bwakeup|\bmorning\s+call",
    r"desp(?:i)?[eé]rt\w*|despertador|\b(?:me|nos)\s+acord(?:a|e|ar)\b|r[eé]veil(?!lon)\w*|\bweck\w*|разбуд\w*|будильник|叫醒|モーニングコール|起こして|"
    r"모닝콜|叫早|叫(?:我|我们|我們|一?下)?起床|晨喚|晨唤|깨워|إيقاظ|أيقظ\w*|يوقظ\w*|استيقاظ|منبه|"
    # the dialects' "wake me/us" (Egyptian and Gulf "صحّوني", "صحينا", Levantine "فيّقني", "قوّمونا"), read
    # without the shadda
    r"(?<!\w)(?:ت|ي)?(?:(?:صح|فيق|قوم)(?:يني|وني|ونا)|(?:فيق|قوم)(?:ني|نا))(?!\w)",
)
# A time already agreed, moved: "change it to", "move it", "earlier", "改成", "に変更", "로 바꿔", "перенесите".
MOVE = rx(
    r"\b(?:change|move|switch|reschedule|push|bring\s+(?:it\s+)?forward|earlier|later|instead)\b",
    r"\bcambi\w*|\bmuev\w*|\badelant\w*|\batras\w*|\bmud\w*|\bchang\w*|d[ée]plac\w*|avanc\w*|d[ée]cal\w*|"
    r"\b[äa]nder\w*|verschieb\w*|verleg\w*|fr[üu]her|sp[äa]ter|перенес\w*|помен\w*|измен\w*|пораньше|попозже",
    r"改成|改到|改为|改為|换成|換成|提前|延后|延後|変更|変えて|早めて|遅らせ|바꿔|바꾸|변경|당겨|미뤄|"
    r"غي[ّ]?ر|بدل|أجل|قد[ّ]?م",
)
WAKE_UP_SCENERY = rx(r"\bwake\s+up\s+(?:to|with|in|on|next\s+to|by)\b")

LATE_CHECKOUT = rx(
    r"\blate\s*check-?\s*out|\bcheck(?:ing)?[\s-]?out\s+(?:late|later)|\bstay\s+(?:a\s+bit\s+|a\s+little\s+)?"
    r"(?:longer|later)\b|"
    r"\bhow\s+late\s+(?:can|could|may)\s+(?:we|i)\s+(?:stay|leave|check|keep)|\bleave\s+(?:the\s+room\s+)?later\b|"
    # the room kept past check-out, however it is called ("hang on to the suite till 2")
    r"\b(?:keep|hold\s+on\s*to|hang\s+on\s*to)\s+(?:the|our|my)\s+(?:room|suite|apartment|villa|tent|cabin|"
    r"chalet)\s+(?:until|till|longer|a\s+(?:bit|little)\s+longer)|"
    # ... and "it" kept longer by guests who leave ("can we hang on to it a bit longer?"; the hotel keeps bags till 5)
    r"\b(?:we|i)\s+(?:keep|hold\s+on\s*to|hang\s+on\s*to)\s+it\s+(?:a\s+(?:bit|little)\s+)?longer|"
    r"\bstay\s+in\s+(?:the|our|my)\s+(?:room|suite|apartment|villa|tent|cabin|chalet)\s+(?:until|till|longer)|"
    # "we're in the suite, can we keep it until 4pm?": what guests keep till an hour is their room (bags the
    # hotel keeps: "can you keep them until 4?")
    r"\b(?:can|could|may)\s+(?:we|i)\s+(?:keep|hold\s+on\s*to|hang\s+on\s*to)\s+it\s+(?:until|till)\s+"
    r"(?:\d|noon|midday)|"
    # leaving at another hour than the one set ("leave at 1 pm instead of 11", "partir à 13 h au lieu de 11 h")
    # (a verb anyone may do, "leave", "partir", is the guest's only after "we", "on", "podemos", "можно")
    r"(?:\b(?:check(?:ing)?[\s-]?out|vacate|quitter|lib[ée]rer|auschecken|выехать|выезжать|освободить)|"
    r"\b(?:we|i|on|je|nous|podemos|puedo|podr[ií]amos|se\s+puede|wir|ich|мы|я|можно)\b[^.?!]{0,16}?\b(?:leave|depart|"
    r"partir|salir|dejar|irnos|abreisen|abfahren|verlassen))(?:\s+[\w']+){0,3}?\s+(?:at|à|a\s+las?|um|в)\s+\d"
    r"[^.?!]{0,20}?\b(?:instead\s+of|rather\s+than|au\s+lieu\s+de|plut[ôo]t\s+qu'?\s*(?:à|a)|en\s+(?:vez|lugar)\s+de|"
    r"statt|anstatt|вместо)\s+(?:(?:à|a|las?|um|в)\s+){0,2}(?:\d|noon|midday|midi|mediod[ií]a|mittag|полдн|полудн)|"
    r"\d[^.?!]{0,20}?\b(?:statt|anstatt)\s+(?:um\s+)?(?:\d|mittag)[^.?!]{0,25}?\b(?:abreisen|auschecken|abfahren|"
    r"verlassen)\b",
    r"salida\s+tard[ií]a|check-?out\s+tard[ií]o|late\s+check-?out|check-?out\s+(?:mais\s+tarde|tardio)|"
    r"sa[ií]r\s+(?:mais\s+)?tarde|ficar\s+(?:no\s+quarto\s+)?(?:at[ée]\s+(?:as\s+|às\s+)?\d|mais\s+(?:um\s+pouco|tempo))|d[ée]part\s+tardif|sp[äa]te[rn]?\s+(?:check-?out|abreise)|"
    r"(?:quedarnos|quedarme|seguir)\s+en\s+la\s+(?:habitaci[oó]n|suite)\s+hasta\s+(?:las\s|el\s+mediod)|"
    r"garder\s+(?:la|notre|ma)\s+(?:chambre|suite)\s+(?:jusqu'?\s*(?:à|a)\s+(?:\d|midi)|plus\s+longtemps)|"
    r"(?:zimmer|suite)\s+(?:noch\s+)?(?:bis\s+\d|länger)[^.?!]{0,25}\bbehalten|"
    r"(?:остаться|побыть)\s+в\s+номере\s+(?:до\s+\d|подольше)|"
    r"поздн\w+\s+выезд|延迟退房|晚退房|レイトチェックアウト|레이트\s*체크아웃|늦은\s*체크아웃|مغادرة\s+متأخرة|"
    # staying on in the room until an hour, as Arabic says it ("نفضل في الأوضة لحد المغرب", "نبقى في الغرفة حتى 3")
    r"(?:ن|أ|ا)?(?:بقى|ظل|ضل|فضل|قعد)\s+(?:في|ف|ب)\s*(?:ال)?(?:غرف[ةه]|[أا]وض[ةه]|جناح)\s+(?:\S+\s+){0,3}?"
    r"(?:لحد|لغاي[ةه]|حتى|لين|للساع[ةه])",
    # the room left later than usual, in the guest's words ("dejar la habitación más tarde", "libérer la chambre
    # plus tard", "das Zimmer später verlassen", "sair do quarto mais tarde", "освободить номер позже", "晚点退房")
    r"\b(?:dejar|desocupar|entregar|salir\s+de)\s+(?:la\s+|nuestra\s+|mi\s+)?habitaci[oó]n\s+(?:\w+\s+){0,2}m[aá]s\s+tarde|"
    r"\bsalir\s+m[aá]s\s+tarde\s+de\s+la\s+habitaci[oó]n|"
    r"\b(?:lib[ée]rer|quitter|rendre)\s+(?:la|notre|ma)\s+chambre\s+(?:un\s+peu\s+)?plus\s+tard|"
    r"\bzimmer\s+(?:\w+\s+){0,4}sp[äa]ter\s+(?:verlassen|r[äa]umen|abgeben)|"
    r"\b(?:sair|deixar|desocupar|entregar)\s+(?:d?o\s+|nosso\s+|meu\s+)?quarto\s+(?:um\s+pouco\s+)?mais\s+tarde|"
    r"(?:освободить|сдать)\s+номер\s+(?:\w+\s+)?(?:позже|попозже|позднее)|(?:выехать|выселиться)\s+(?:\w+\s+)?(?:позже|попозже)|(?:позже|попозже)\s+выехать|"
    r"晚(?:一)?点(?:儿)?退房|晚些退房|遅め(?:に|の)チェックアウト|遅くチェックアウト|늦게\s*(?:체크아웃|퇴실)|"
    r"(?:مغادرة|نغادر|أغادر)\s+(?:الغرفة\s+)?(?:في\s+وقت\s+)?متأخر|"
    # check-out put off to a later hour ("extend check-out to 2pm", "push our check-out back", "チェックアウトを14時まで
    # 延ばせますか", "退房可以推迟到两点吗", "체크아웃을 2시까지 연장")
    r"\b(?:extend|push(?:\s+back)?|move|delay|postpone)\s+(?:the\s+|our\s+|my\s+)?check[\s-]?out\b(?!\s+time\s+is)|"
    r"\b(?:prolonger|repousser|retarder|d[ée]caler)\s+(?:le\s+|notre\s+|mon\s+|l'heure\s+du\s+)?(?:d[ée]part|check-?out)|"
    r"\b(?:extender|retrasar|alargar|aplazar)\s+(?:la\s+|el\s+)?(?:salida|check-?out)|"
    r"\b(?:check-?out|auschecken|abreise)\s+(?:\w+\s+){0,3}(?:verl[äa]ngern|verschieben|hinausz[öo]gern)|"
    r"(?:продлить|перенести|отложить)\s+(?:\w+\s+)?(?:выезд|чек-?аут)|"
    r"チェックアウト[^\s、。，！？]{0,12}(?:延ば|延長|遅ら|遅く)|退房[^\s，。、！？,]{0,8}(?:延|推迟|晚)|체크아웃\S*\s*(?:\S+\s*){0,2}(?:연장|늦)|"
    r"(?:تمديد|تأخير)\s+(?:موعد\s+)?(?:ال)?(?:مغادرة|خروج|تسجيل\s+الخروج)",
)
# Into the room before the usual time ("getting into our room before lunch", "¿podemos entrar a la habitación
# antes?", "早めに部屋に入れますか"): an early check-in however it is said.
_EARLY = r"(?:early|earlier|sooner|before\s+(?:noon|lunch|midday|\d))"
EARLY_CHECK_IN = rx(
    r"\bearly\s*check-?\s*in|\bcheck(?:ing)?[\s-]?in\s+" + _EARLY + r"|\b(?:get|getting|go|going|move|moving|be|access)"
    r"\s+(?:in(?:to)?\s+|access\s+to\s+)?(?:the|our|my)\s+rooms?\s+" + _EARLY + r"|\brooms?\s+(?:be\s+)?ready\s+"
    r"(?:early|earlier|before\s+(?:noon|lunch|midday|\d)|by\s+\d)|"
    # the room as soon as the guest arrives ("get the room straight away", "la habitación nada más llegar")
    r"\b(?:get|have|take|go\s+to|check\s+into)\s+(?:the|our|my)\s+rooms?\s+(?:straight\s+away|right\s+away|"
    r"immediately|on\s+arrival|as\s+soon\s+as\s+we\s+(?:arrive|get\s+there|land))",
    r"habitaci[oó]n\s+(?:nada\s+m[aá]s|en\s+cuanto|apenas)\s+llegu?\w*|chambre\s+d[èe]s\s+(?:notre|l')\s*arriv[ée]e|"
    r"zimmer\s+(?:\w+\s+)?(?:sofort|gleich)\s+(?:bei|nach)\s+(?:der\s+)?ankunft|"
    r"quarto\s+(?:logo\s+que|assim\s+que)\s+cheg\w+|(?:засел\w*|заех\w*)\s+сразу|сразу\s+(?:засел\w*|заех\w*)|"
    r"一到就(?:能)?入住|到了就(?:能|可以)入住|着いてすぐ(?:に)?(?:部屋|チェックイン|入室)|"
    r"도착하자마자\s*(?:체크인|입실|방에)|(?:الغرفة|الدخول)\s+فور\s+(?:ال)?وصول",
    r"entrada\s+anticipada|check-?in\s+anticipado|entrar\s+(?:no\s+quarto\s+)?(?:mais\s+)?cedo|"
    r"check-?in\s+(?:mais\s+)?cedo|chegar\s+(?:mais\s+)?cedo|quarto\s+pronto\s+antes|arriv[ée]e\s+anticip[ée]e|enregistrement\s+anticip[ée]|"
    r"(?:entrar|acceder)\s+(?:a|en)\s+(?:la|nuestra|mi)\s+habitaci[oó]n\s+(?:antes|temprano|m[aá]s\s+temprano)|"
    r"check-?in\s+(?:antes\s+de|temprano|m[aá]s\s+temprano)|habitaci[oó]n\s+(?:lista|disponible)\s+antes|"
    r"(?:acc[ée]der\s+[àa]|entrer\s+dans|avoir)\s+(?:la|notre|ma)\s+chambre\s+(?:plus\s+t[ôo]t|avant|d[èe]s)|"
    r"check-?in\s+(?:plus\s+t[ôo]t|avant)|chambre\s+(?:soit\s+)?pr[êe]te\s+(?:avant|plus\s+t[ôo]t)|"
    r"fr[üu]h(?:er)?\w*\s+(?:check-?in|einchecken)|fr[üu]her\s+einchecken|ранн\w+\s+(?:заезд|засел|check)\w*|"
    r"fr[üu]her\s+(?:ins|in\s+das|aufs)\s+zimmer|vor\s+(?:\d+|mittag)\s*(?:uhr\s+)?(?:ins|in\s+das|aufs)\s+zimmer|"
    r"(?:засел\w*|заех\w*|попасть\s+в\s+номер)\s+(?:пораньше|раньше|до\s+(?:обеда|полудня|\d))|"
    r"提前入住|早(?:一)?点(?:儿)?入住|提早入住|提前进房|(?:中午|\d+点)之?前入住|"
    r"アーリーチェックイン|早[めく][にの]?(?:チェックイン|部屋に入|入室)|(?:昼|正午|\d+時)より前に(?:部屋に入|チェックイン|入室)|"
    r"얼리\s*체크인|일찍\s*(?:체크인|입실|방에\s*들어)|(?:점심|정오|\d+시)\s*전에\s*(?:입실|체크인|방에)|"
    r"تسجيل\s+(?:ال)?دخول\s+(?:ال)?مبكر|دخول\s+مبكر|الدخول\s+إلى\s+الغرفة\s+(?:قبل|مبكر)|"
    r"(?:ال)?دخول\s+(?:إلى\s+)?(?:ال)?(?:غرفة\s+)?قبل\s+(?:ال)?موعد|استلام\s+(?:ال)?غرف\w*\s+(?:قبل|مبكر\w*)",
)
CHECKOUT_NOW = rx(r"\bcheck\s+(?:me|us)\s+out\b|\b(?:i|we)(?:'d|\s+would)?\s+(?:like|want)\s+to\s+check[\s-]?out\b|"
                   r"\b(?:i'?m|we'?re)\s+(?:checking|ready\s+to\s+check)\s+out\b")
AVAILABILITY = rx(
    r"\b(?:availab\w*|vacanc\w*|free|any\s+rooms?|a\s+room|rooms?\s+for|book|booking|reserve|stay|nights?|anything\s+for|"
    r"room|suite)\b",
    r"disponib\w*|libre|habitaci\w*|\bquartos?\b|\bvagas?\b|\blivres?\b|\bdiárias?\b|chambre|zimmer|frei\b|verfügbar|номер\w*|свобод\w*|有房|空房|房间|空室|部屋|빈\s*방|"
    r"객실|غرف\w*|متاح",
)
# Whether a room is free to book: "any suite available?", "¿hay suite libre?", "空いていますか".
FREE_ASKED = rx(r"\b(?:availab\w*|vacanc\w*|free|open\s+for\s+booking)\b",
                 r"disponib\w*|\blibres?\b|\blivres?\b|\bvagas?\b|\bfrei\b|verfügbar|свобод\w*|有房|空房|有空|空室|空いて|空き|빈\s*방|"
                 r"예약\s*가능|متاح\w*|شاغر\w*")
# A room to stay in, as opposed to a service that is booked too ("a table", "a massage", "the shuttle").
LODGING = rx(r"\b(?:rooms?|suites?|accommodation|vacanc\w*|availab\w*|(?:\d+|two|three|four|five|six|seven)\s+nights|"
              r"a\s+(?:night|stay))\b",
              r"habitaci\w+|\bquartos?\b|\bvagas?\b|chambres?|\bchbr?s?\b|\bdispos?\b|zimmer|номер\w*|комнат\w*|房间|客房|空房|有房|部屋|空室|"
              r"객실|빈\s*방|غرف\w*",  # texted: "chb", "dispo"
              # a resort's villas, a camp's tents, a lodge's cabins: its rooms by their own name
              r"\b(?:villas?|tents?|cabins?|chalets?|bungalows?|tentes?|zelte?|carpas?|caba[ñn]as?)\b|вилл\w*|палатк\w*|"
              r"шат[её]р|шатр\w*|别墅|帐篷|ヴィラ|テント|빌라|텐트|خيم[ةه]|فيلا")  # a tent, not "المخيم", the camp
# The guest's own room, or the one things are brought to or done in ("breakfast in the room at 8", "Frühstück im
# Zimmer", "dans la chambre"): no room to stay in.
_ROOM_WORDS = r"(?:room|suite|villa|tent|cabin|chalet|bungalow)"
OWN_ROOM = rx(rf"\b(?:my|our|to\s+the|in\s+the|at\s+the)\s+{_ROOM_WORDS}\b|\bmi\s+habitaci|\b(?:meu|nosso)\s+quarto|"
              r"\bma\s+chambre|\bmein\w*\s+zimmer|"
              r"\b(?:im|ins|in\s+(?:der|die|unsere[rm]?|meine[rm]?))\s+(?:zimmer|villa|zelt|suite|apartment|wohnung)\b|"
              r"\b(?:dans|à)\s+(?:la|notre|ma)\s+(?:chambre|villa|tente|suite)\b|"
              r"\b(?:en|a)\s+(?:la|nuestra|mi)\s+(?:habitaci[oó]n|villa|tienda|carpa|suite)\b|"
              r"\bn[oa]\s+(?:nosso\s+|meu\s+|nossa\s+|minha\s+)?(?:quarto|villa|su[íi]te)\b|"
              r"\bв\s+номер\b|\bмо\w+\s+номер|\bв\s+(?:нашем\s+|моём\s+|моем\s+)?(?:номере|палатке|вилле)\b|\bна\s+вилле\b")
# The guest's own room by a possessive ("our suite", "my king room"): a room they have, not one they ask for.
THEIR_ROOM = rx(r"\b(?:my|our)\s+(?:[\w-]+\s+)?(?:room|suite)\b|\b(?:mi|nuestra)\s+(?:\w+\s+)?(?:habitaci|suite)|"
                 r"\b(?:meu|nosso)\s+(?:quarto|su[íi]te)|\b(?:minha|nossa)\s+su[íi]te|"
                 r"\b(?:ma|notre)\s+(?:chambre|suite)|\b(?:mein|unser)\w*\s+(?:zimmer|suite)|\b(?:мо|наш)\w*\s+"
                 r"(?:номер|люкс)|我(?:们)?的(?:房间|套房)|私(?:たち)?の部屋|(?:제|우리)\s*(?:방|객실|스위트)|غرفتي|غرفتنا|جناحنا")

BOOK_OTHER = rx(r"\b(?:table|massage|spa|facial|court|tee|golf|tours?|shuttle|taxi|cab|car|tickets?|lesson|class|"
                 r"sitter|babysitter|restaurant|dinner|lunch|treatment|session|safari|excursions?|cruise|sightseeing)\b",
                 r"mesa|masaje|massagem|passeios?|table\b|tisch|massage|столик|массаж|桌|按摩|班车|穿梭|テーブル|マッサージ|シャトル|"
                 r"테이블|마사지|셔틀|طاولة|تدليك|مساج",
                 # a ride to or from the airport: "el remís a Ezeiza", "la navette", "трансфер", "接机", "送迎", "픽업"
                 r"\b(?:traslados?|remis(?:es)?|rem[ií]s|navettes?|transfert|transfers?)\b|трансфер\w*|接机|送机|"
                 r"接送|送迎|픽업|توصيل",
                 # a tour, an excursion or tickets, as each language says them: the tours desk books them, not a stay
                 r"\b(?:excursi[oó]n\w*|visitas?\s+guiadas?|entradas|boletos|visites?\s+guid[ée]es?|billets?|"
                 r"ausfl[üu]g\w*|f[üu]hrung\w*|rundfahrt\w*|eintrittskarten?)\b|экскурси\w*|сафари|"
                 r"(?<![а-яё])тур(?:ы|а|у|ом)?(?![а-яё])|билет\w*|прогулк\w*\s+на\s+(?:яхте|лодке|катере)|"
                 r"一日游|旅游团|旅行团|游览|门票|观光|ツアー|観光|チケット|入場券|遊覧|투어|관광|티켓|입장권|"
                 r"جول[ةه]|سفاري|تذاكر|تذكر[ةه]",
                 # a show or a concert: seats for an evening, no stay ("¿me reservan un show de tango?", "ショーを予約")
                 r"\b(?:(?:a|the|tango|dinner|magic|cabaret)\s+shows?|concerts?|performances?|espect[aá]culos?|"
                 r"shows?\s+de\s+\w+|conciertos?|spectacles?|vorstellung\w*|konzert\w*|auff[üu]hrung\w*)\b|"
                 r"шоу|концерт\w*|спектакл\w*|演出|表演|ショー|公演|コンサート|쇼|공연|콘서트|حفل[ةه]?\s+موسيقي")
# A question of the hour ("until what time…", "bis wann…", "몇 시까지"): a time asked for on a day, not a stay.
ARRIVAL_TIMES = rx(r"\b(?:until|till|by)?\s*what\s+time\b|\bwhen\s+can\s+(?:we|i)\b|\bcheck[\s-]?in\s+(?:time|hours)|"
                    r"\bearly\s+check|\b(?:de|a|hasta)\s+qu[eé]\s+hora|\b(?:à|jusqu'à)\s+quelle\s+heure|"
                    r"\bum\s+wie\s+viel\s+uhr|\bbis\s+wann\b|\bbis\s+wie\s+viel\s+uhr|\bab\s+wann\b|"
                    r"\bwann\s+(?:k[öo]nnen|d[üu]rfen)\s+(?:wir|ich)\b|\bcu[aá]ndo\s+(?:podemos|puedo)\b|"
                    r"\b(?:a|at[ée])\s+que\s+horas?|\bquando\s+(?:podemos|posso)\b|\ba\s+partir\s+de\s+que\s+horas?|"
                    r"\b(?:desde|a\s+partir\s+de)\s+qu[eé]\s+hora|\bquand\s+(?:pouvons|pourrons|peut|pourra)|"
                    r"\bà\s+partir\s+de\s+quelle\s+heure",
                    r"во\s+сколько|до\s+скольки|с\s+какого\s+времени|когда\s+можно|几点|何時|いつから|몇\s*시|"
                    r"언제부터|(?:في\s+)?أي\s+ساعة|حتى\s+(?:أي\s+)?ساعة|متى\s+(?:يمكننا|يمكنني)")
# A date that only opens a stay ("arriving 20/01", "from the 3rd", "1月20日入住"): the departure is still to ask.
# Without these words one date asked about ("a room on 20/01?", "12월 31일에 방 있나요?") is that one night.
STAY_OPENS = rx(r"\b(?:from|starting|since|onwards|arriv\w*|check(?:ing)?[\s-]?in|land\w*|coming|get(?:ting)?\s+in|"
                 r"desde|a\s+partir|llega\w*|cheg\w*|dès|à\s+partir|arriv\w*|ab|vom|anreise\w*|ankomm\w*|ankunft|"
                 r"с|со|приезж\w*|приед\w*|заезд\w*|заселени\w*)\b",
                 r"从|起|到达|抵达|入住|から|到着|チェックイン|부터|도착|체크인|입실|ابتداء|اعتبارا|وصول|نصل|أصل")
BOOK = rx(r"\b(?:i'?ll|we'?ll|i\s+will|we\s+will)\s+take\s+it|\bbook\s+(?:it|this|that|the\s+room)\b|\breserve\s+it|"
           r"\blet'?s\s+(?:book|do\s+it)|\bgo\s+ahead\s+and\s+book|me\s+lo\s+quedo|lo\s+reservo|fico\s+com\s+(?:ele|ela|esse|essa|este|esta)|pode\s+reservar|"
           r"(?:vou|vamos)\s+(?:ficar\s+com|reservar)|^\s*fechado\s*(?:[.!,]|$)|je\s+(?:la\s+)?prends|"
           r"ich\s+nehme\s+(?:es|das|sie)|забронир\w*",
           r"预订|预定|予約|예약(?!금)|احجز")  # "예약금" is the deposit, not a booking
# Whether booking is needed asks a rule of the hotel's, not for a stay ("do we need to book the sauna?").
NEED_TO_BOOK = rx(
    r"\b(?:need|have|got)\s+to\s+(?:book|reserve)|\bneed\s+(?:a\s+)?(?:booking|reservation)|"
    r"\b(?:booking|reservation)s?\s+(?:is\s+|are\s+)?(?:required|necessary|needed|essential)",
    r"\bhay\s+que\s+reservar|\b(?:precisa|preciso|tem\s+que|[ée]\s+necess[áa]rio)\s+(?:\w+\s+)?reservar|\bnecesit\w+\s+(?:\w+\s+)?reserv\w*|\b(?:se\s+)?requiere\w*\s+reserva|"
    r"\bes\s+necesario\s+reservar|\bfaut(?:-il)?\s+(?:\w+\s+)?r[ée]server|\bbesoin\s+de\s+r[ée]serv\w*|"
    r"\br[ée]servation\s+(?:est\s+)?(?:obligatoire|n[ée]cessaire)|\bmuss\s+man\s+(?:\w+\s+)?(?:reservieren|buchen)|"
    r"\b(?:reservierung|buchung)\s+(?:\w+\s+)?(?:n[öo]tig|notwendig|erforderlich)|\b(?:reservieren|buchen)\s+m[üu]ss",
    r"нужно\s+(?:ли\s+)?(?:за)?бронир\w*|нужн\w+\s+(?:ли\s+)?(?:бронь|бронировани\w*)|"
    r"需要预[订定]|要预[订定]吗|得预[订定]|必须预[订定]|预[订定]吗|予約(?:は|が)?(?:必要|要り|いり)|予約しないと|"
    r"예약(?:이|을)?\s*(?:필요|해야)|(?:يجب|يلزم|ضروري)\s+(?:ال)?حجز|الحجز\s+(?:مطلوب|ضروري|لازم|إلزامي)",
)

# Whether a stay only this short may be booked ("can we book just two nights?", "¿se puede solo una noche?",
# "seulement deux nuits", "nur eine Nacht", "только одну ночь", "只住一晚", "1泊だけ", "1박만", "ليلة واحدة فقط",
# "só duas noites"): the hotel's minimum stay is asked, no stay yet.
JUST_NIGHTS = rx(
    r"\b(?:just|only)\s+(?:for\s+)?(?:a|one|1|two|2|three|3|a\s+couple\s+of)\s+nights?\b|"
    r"\b(?:a|one|1|two|2)\s+nights?\s+only\b|\bminimum\s+(?:stay|nights?)\b",
    r"\b(?:s[oó]lo|solamente|s[oó]|apenas|somente)\s+(?:por\s+)?(?:una?|uma|1|dos|duas|2|tres|três|3)\s+no(?:ch|it)es?\b|"
    r"\bestad[ií]a\s+m[ií]nima\b|\bestancia\s+m[ií]nima\b|\bm[ií]nimo\s+de\s+no(?:ch|it)es\b",
    r"\b(?:seulement|uniquement|juste)\s+(?:une|1|deux|2|trois|3)\s+nuits?\b|\bs[ée]jour\s+minimum\b|"
    r"\bnur\s+(?:eine|1|zwei|2|drei|3)\s+n[äa]cht(?:e)?\b|\bmindestaufenthalt\b",
    r"только\s+(?:на\s+)?(?:одну|1|две|2|три|3)\s+(?:ночь|ночи|суток)|минимальн\w+\s+(?:срок|количество\s+ночей)",
    r"只住(?:一|两|1|2)晚|(?:一|两|1|2)晚(?:可以|行)吗|最少住|最短入住|(?:1|2|一|二)泊だけ|最低(?:宿泊)?(?:日数|泊数)|"
    r"(?:1|2|하루|이틀)박?만|최소\s*숙박|(?:ليلة\s+واحدة|ليلتين)\s+فقط|الحد\s+الأدنى\s+للإقامة",
)

# One more night for a guest already here ("can we stay an extra night?", "on peut rester une nuit de plus ?",
# "延泊できますか"): the nights after their departure, in their room type.
EXTEND_STAY = rx(r"\bextend\w*\s+(?:my|our|the)\s+(?:stay|booking|reservation)|\bstay\s+(?:on\s+)?(?:for\s+)?"
                  r"(?:one|an|another|a\s+couple\s+(?:of\s+)?|two|three|\d+)\s+(?:more\s+|extra\s+)?nights?\b(?!\s+in)|"
                  r"\b(?:one|two|\d+)\s+more\s+nights?\b|\ban\s+extra\s+night\b|\banother\s+night\b|"
                  r"quedar(?:nos|me)\s+(?:una|otra|dos|\d+)\s+noches?\s+m[aá]s|(?:mais\s+)?(?:uma|duas|\d+)\s+noites?\s+a\s+mais|"
                  r"mais\s+(?:uma|duas|\d+)\s+noites?|(?:estender|prolongar)\s+(?:a|minha|nossa)\s+(?:estadia|reserva|hospedagem)|(?:una|otra)\s+noche\s+m[aá]s|"
                  r"(?:extender|alargar|prolongar)\s+(?:la|mi|nuestra)\s+(?:estancia|estad[ií]a|reserva)|"
                  r"prolonger\s+(?:mon|notre|le)\s+séjour|(?:une|deux|\d+)\s+nuits?\s+(?:de\s+plus|supplémentaires?)|"
                  r"(?:aufenthalt|buchung)\s+(?:um\s+\S+\s+\w+\s+)?verlängern|(?:eine|zwei|\d+)\s+n[aä]chte?\s+l[äa]nger|"
                  r"noch\s+(?:eine|zwei|\d+)\s+n[aä]chte?\b|продл\w+\s+(?:\w+\s+)?(?:проживани\w*|номер|бронь|"
                  r"бронировани\w*|пребывани\w*)|(?:ещё|еще)\s+(?:на\s+)?(?:одну|две|\d+)?\s*(?:ночь|ночи|сутки)",
                  r"延长入住|续住|多住(?:一|两|\d)晚|再住(?:一|两|\d)晚|延泊|もう(?:一|1|二|2)泊|숙박\s*연장|"
                  r"(?:하루|1박|이틀|2박)\s*(?:더|연장)|تمديد\s+(?:ال)?(?:إقامة|حجز)|ليلة\s+(?:إضافية|أخرى)")
