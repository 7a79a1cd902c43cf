"""Something wrong with the stay, as guests report it: a complaint, a repair, a cleaning not done."""

from __future__ import annotations

from agent.brains.patterns import rx

COMPLAINT = rx(
    r"\b(?:broken|not\s+working|doesn'?t\s+work|does\s+not\s+work|isn'?t\s+working|won'?t\s+(?:work|turn|open|close|"
    r"flush|lock|drain|light|heat\s+up|warm\s+up|come\s+on|switch\s+on)|"
    r"(?:room|suite|water|shower|bath|in\s+here)\s+(?:is\s+)?getting\s+(?:cold|freezing)|stopped\s+working|"
    r"(?:room|suite|it)\s+is\s+(?:freezing|ice[\s-]cold)|it'?s\s+(?:freezing|ice[\s-]cold)\s+in|"
    r"(?:heating|heater|radiators?|power|electricity|lights?|hot\s+water|air[\s-]?con\w*|wi-?fi)\s+(?:has\s+|have\s+|"
    r"is\s+|just\s+)*(?:gone|went|cut|been\s+cut)\s+(?:off|out)|out\s+of\s+order|no\s+hot\s+water|leak\w*|flood\w*|water\s+(?:is\s+|keeps\s+)?(?:coming|getting|seeping|pouring)\s+in\b|too\s+(?:hot|cold)|"
    r"loud|noisy|noise|scream\w*|shout\w*|yell\w*|dirty|filthy|stain\w*|smells?|stinks?|cockroach\w*|bed\s*bugs?|ants|rats|mice|termites|mou?ldy?|rude|"
    # not a quantity they exaggerate ("a ridiculous amount of luggage", "an awful lot of bags")
    r"(?<!pas\s)(?<!not\s)(?<!n't\s)(?:terrible|horrible|awful|ridiculous)(?!\s+(?:amount|number|lot|load|quantity|"
    r"pile)s?\b)|unacceptable|(?:really|just|so|totally|absolutely)\s+not\s+(?:ok|okay|acceptable)|disgusting|worst|been\s+waiting|still\s+waiting|waiting\s+for\s+\d+|complain\w*|"
    r"overcharg\w*|charged\s+twice|wrong\s+charge|(?:still|wrongly|mistakenly|incorrectly)\s+(?:charged|billed)|clogged|blocked(?!\s+\S{0,4}\d)(?!.{0,30}\bon\s+(?:my|our|the|his|her)\s+(?:credit\s+)?card)|overflow\w*|no\s+(?:(?:hot|warm)\s+)?(?:water|power|electricity|heat\w*)|"
    r"(?:not|never|(?:was|has|have|is|were)n'?t)\s+(?:been\s+)?(?:cleaned|made\s+up|serviced)|power\s+(?:is\s+)?out|(?:just\s+)?died|(?:is|went)\s+dead|(?:doesn'?t|won'?t)\s+flush|cold\s+shower|pouring|dripping|sparks|smoke\s+(?:is\s+)?"
    r"coming)\b",
    r"\b(?:roto|rota|no\s+funciona|averiad\w*|ruido|sucio|sucia|queja|inaceptable|"
    r"sale\s+(?:fr[ií]a|helada|marr[oó]n|sucia)|no\s+sale\s+(?:agua|nada))\b|\b(?:cassée?|en\s+panne|"
    r"ne\s+(?:marche|fonctionne)\s+pas|bruit|plainte|inacceptable|inadmissible)\b|"
    # French 'sale' (dirty) only where French puts it: Spanish 'sale' is 'leaves' ("¿de dónde sale?").
    r"\b(?:est|sont|c'est|très|trop|vraiment|draps|serviettes?|moquette|tapis|toilettes?)\s+sales?\b|"
    r"\b(?:kaputt|defekt|funktioniert\s+nicht|geht\s+nicht|ausgefallen|eiskalt|laut|lärm|schmutzig|beschwerde|"
    r"inakzeptabel|unversch[äa]mt|frechheit|warten\s+(?:schon\s+|jetzt\s+)?seit)\b|"
    r"\bne\s+(?:marche|fonctionne|chauffe)\s+plus\b|отключил\w*|не\s+гре\w*|"
    r"холодн\w+\s+батаре\w*|батаре\w*\s+холодн\w*|"
    # a cooler that does not cool ("no enfría nada", "la clim ne refroidit pas", "空调不制冷", "에어컨이 안 시원해요")
    r"\b(?:not\s+cooling|(?:doesn|isn|won)'?t\s+cool(?:ing)?|no\s+(?:enfr[ií]a|refresca)|ne\s+refroidit\s+(?:pas|plus)|"
    r"k[üu]hlt\s+nicht|не\s+(?:охлаждает|холодит))\b|不制冷|不凉|冷えない|効かない|안\s*시원|시원하지\s*않|(?:لا|ما|مش|مو)\s+(?:ب?[يت])?برد",
    # "Rauch", not the "brauche" of "brauche ich…" nor "rauchen", a question about smoking
    r"(?:sale|hay)\s+humo|de\s+la\s+fumée|(?<!b)rauch(?!en\b|er)|ид[её]т\s+дым|дым\w*\s+из|искр\w*|冒烟|煙が|연기가|دخان|"
    # no hot water, a bad smell, a room left uncleaned, as each language says them
    r"\b(?:(?:nobody|no\s+one|no-one)\s+(?:has\s+|had\s+|have\s+)?(?:cleaned|come|came|showed\s+up|turned\s+up)|"
    r"not\s+(?:very\s+|at\s+all\s+)?(?:impressed|happy)|disappointed|disappointing|(?:pas|plus)\s+d'eau\s+chaude|odeur|pue|"
    r"sent\s+(?:la|le|les|mauvais|tr[èe]s)|(?:no\s+hay|sin)\s+agua\s+caliente|huele\s+(?:a|mal)|apesta\w*|"
    r"kein\w*\s+warm\w*\s+wasser|stinkt|gestank|riecht\s+nach|niemand\s+hat\s+(?:\w+\s+){0,3}(?:gemacht|geputzt|"
    r"gereinigt|aufger[äa]umt)|personne\s+n'a\s+(?:fait|nettoy[ée])|nadie\s+(?:ha|nos\s+ha)\s+(?:limpiado|venido))\b|"
    r"没(?:有)?人(?:来)?打扫|还没(?:有)?打扫|掃除(?:されていない|されてない|されていません)|아무도\s*청소|нет\s+горяч\w+\s+вод\w*|воня\w*|запах\w*|"
    r"(?:お湯|水|シャワー)が出(?:ない|ません|なく)|臭い|臭う|没(?:有)?热水|热水(?:不|没)|烟味|臭味|异味|很臭|"
    r"(?:온수|뜨거운\s*물|물)(?:이|가)?\s*안\s*나|냄새|لا\s+يوجد\s+ماء\s+ساخن|رائحة|"
    # the food or order still awaited ("где наша еда?", "wo bleibt unser Essen", "我们的餐怎么还没到")
    r"\bwhere(?:['’]s|\s+is)\s+(?:our|my)\s+(?:food|order|dinner|lunch|breakfast)\b|"
    r"\bd[oó]nde\s+est[aá]\s+(?:mi|nuestr[ao])\s+(?:comida|pedido|cena)\b|\bo[uù]\s+est\s+(?:ma|notre)\s+commande\b|"
    r"\bwo\s+bleib(?:t|en)\s+(?:mein|unser|das|die)\w*\s+(?:essen|bestellung)\b|"
    r"жд[её]м\s+(?:\w+\s+){0,3}заказ|где\s+(?:наш[аи]?\s+|мо[йя]\s+)?(?:еда|заказ|ужин|завтрак)\b|"
    r"(?:餐|菜|饭|外卖|订单|吃的)(?:怎么)?(?:还)?(?:没|沒)(?:有)?(?:到|来|送)|まだ(?:来|届)(?:ない|ません|てない)|"
    r"아직\s*(?:안\s*)?(?:와요|왔|나왔|오나요)|(?:أين|وين)\s+(?:الطعام|الأكل|طلبي|طلبنا)|"
    # what never came, a night without sleep, the neighbours' party, and broken as Australians and Britons say it
    # ("the aircon is stuffed", "the telly's knackered"); not "I'm stuffed" after a meal.
    r"\b(?:still\s+)?(?:has|have|had)n'?t\s+(?:\w+\s+)?(?:turned\s+up|arrived|come|shown\s+up|been\s+delivered)\b|"
    r"\bnever\s+(?:turned\s+up|arrived|came|showed\s+up)\b|\b(?:can'?t|cannot|couldn'?t)\s+(?:get\s+(?:to|any)\s+)?sleep\b|"
    r"\bpartying\b|\bparty\s+(?:next\s+door|upstairs|downstairs|in\s+the\s+(?:next|room))|"
    r"\b(?:someone|somebody|anyone|you)\s+(?:please\s+)?do\s+something\b|"
    r"(?:\b(?:is|are)|'s)\s+(?:completely\s+|totally\s+|absolutely\s+|well\s+and\s+truly\s+)?"
    r"(?:stuffed|busted|bust|knackered|buggered|cactus|rooted|munted)\b",
    # the service let down: a meal served cold, a long wait at the table, less than the price promised
    r"\b(?:food|buffet|dinner|lunch|breakfast|meal|soup|dish\w*)\s+(?:was|were|came|arrived)\s+(?:\w+\s+)?cold\b|"
    r"\bwaited\s+(?:for\s+)?(?:over\s+|more\s+than\s+|almost\s+|nearly\s+)?(?:\d+|twenty|thirty|forty|an?)\s+"
    r"(?:min\w*|hours?)|\bnot\s+what\s+(?:we|i)\s+(?:expected|paid\s+for)|"
    r"\b(?:comida|buffet|bufé|cena|desayuno)\s+(?:estaba|estaban|lleg[oó])\s+(?:\w+\s+)?fr[ií][oa]s?|"
    r"\besperamos\s+(?:m[aá]s\s+de\s+)?\d+\s+minutos|\bno\s+es\s+lo\s+que\s+esper[aá]bamos|"
    r"\b(?:buffet|repas|d[îi]ner|plat|petit-d[ée]jeuner)\s+(?:[ée]tait|[ée]taient|est\s+arriv[ée])\s+(?:\w+\s+)?froid|"
    r"\battendu\s+(?:plus\s+de\s+)?\d+\s+minutes|\bpas\s+(?:du\s+tout\s+)?ce\s+(?:qu'on|que\s+nous)\s+attendions|"
    r"\b(?:buffet|essen|abendessen|fr[üu]hst[üu]ck)\s+war\s+(?:\w+\s+)?kalt|\b\d+\s+minuten\s+gewartet|"
    r"\bnicht\s+(?:das|was)\s+(?:wir|ich)\s+erwartet|"
    r"(?:еда|ужин|завтрак|буфет)\s+(?:был[аои]?\s+)?(?:\w+\s+)?холодн\w*|ждали\s+(?:\w+\s+)?\d+\s+минут|"
    r"не\s+то,?\s+что\s+мы\s+ожидали|等了\d+\s*分钟|等了半(?:个)?小时|(?:饭菜|菜|自助餐|早餐|晚餐)\S{0,3}(?:凉|冷)(?:的|了)|"
    r"不值这个价|\d+\s*分(?:も|以上)待|(?:料理|ビュッフェ|夕食|朝食)が(?:冷め|冷たかっ)|期待(?:外れ|はずれ)|"
    r"\d+\s*분\s*(?:이나|넘게|동안)?\s*기다렸|(?:음식|뷔페|저녁|아침)\S{0,2}\s*(?:다\s*)?(?:식어|차가웠)|기대\S*\s*이하|"
    r"انتظرنا\s+(?:\S+\s+)?\d+\s+دقيقة|(?:الطعام|البوفيه|العشاء|الأكل)\s+(?:كان\s+)?بارد|ليس\s+ما\s+توقعناه|"
    # leaks, bugs and rude staff in the other languages (English says them above)
    r"\b(?:fuga\s+de\s+agua|gotea\w*|inund\w*|fuite|inond\w*|undicht|tropft|überschwemm\w*|cucarachas?|cafards?|"
    r"kakerlake\w*|groser[oa]s?|maleducad[oa]s?|impolie?s?|unfreundlich|unh[öo]flich|"
    # pests in the room: ants, rats, mice, as each language says them
    r"hormigas|ratas|ratones|fourmis|souris|ameisen|ratten|mäuse)\b|муравь\w*|крыс\w*|мыш(?:и|ей|ь)\b|"
    r"蚂蚁|老鼠|アリが|蟻|ネズミ|개미|생쥐|نمل|فئران|فأر|"
    r"протека\w*|затоп\w*|"
    r"тарака\w*|клоп\w*|грубил\w*|хамил\w*|漏水|蟑螂|虫子|态度(?:很|太)?差|水漏れ|ゴキブリ|虫が|失礼な|不親切|"
    r"態度が悪|不礼貌|누수|물이\s*새|바퀴벌레|벌레|불친절|무례|항의|تسرب|تسريب|صراصير|حشرات|وقح|غير\s+مهذب|"
    # heating that does not warm ("the floor isn't warm at all", "온돌이 안 따뜻해요")
    r"\b\w+\s+(?:isn'?t|aren'?t|is\s+not|are\s+not)\s+(?:\w+\s+){0,2}(?:warm|heating)\b|\bno\s+(?:se\s+)?calienta|ne\s+chauffe\s+(?:pas|plus)|"
    r"(?:wird|werden)\s+nicht\s+warm|heizt\s+nicht|не\s+гре\w+|不热|不暖|暖气不|暖かくない|温かくない|暖まらない|"
    r"안\s*따뜻|따뜻하지\s*않|난방이\s*안|لا\s+(?:يسخن|تسخن|يدفئ|تدفئ)|غير\s+دافئ|"
    r"сломал\w*|не\s+работает|шум\w*|грязн\w*|жалоб\w*|坏了|不工作|不能用|太吵|噪音|很脏|投诉|壊れ|動かない|うるさい|"
    r"汚い|苦情|고장|작동하지|시끄|더러|불만|معطل|لا\s+[يت]عمل|ضوضاء|إزعاج|متسخ|شكوى|"
    # someone shut in a lift or a room, not stuck in traffic ("coincé dans les bouchons")
    r"\b(?:(?:lift|elevator|door|lock)\s+(?:is\s+|got\s+|has\s+got\s+)?(?:stuck|jammed)|(?:stuck|trapped)\s+in(?:side)?\s+"
    r"(?:the\s+|a\s+|our\s+)?(?:lift|elevator|room|bathroom)|trapped)\b|"
    r"\b(?:ascenseur\s+(?:est\s+)?(?:bloqué|coincé|en\s+panne)|(?:bloquée?s?|coincée?s?|enfermée?s?)\s+dans\s+"
    r"(?:l'ascenseur|la\s+chambre|la\s+salle\s+de\s+bains?)|ascensor\s+(?:está\s+)?(?:atascado|parado|trabado)|"
    r"(?:atrapad|atascad|encerrad)[oa]s?\s+en\s+el\s+ascensor|(?:aufzug|fahrstuhl|lift)\s+(?:steckt|hängt)\s+fest|"
    r"im\s+(?:aufzug|fahrstuhl|lift)\s+(?:fest)?(?:stecken|steckengeblieben|eingesperrt)|"
    r"steck\w*\s+(?:\w+\s+){0,2}im\s+(?:aufzug|fahrstuhl|lift)\s+fest)\b|"
    r"застрял\w*\s+в\s+лифте|лифт\s+застрял|被困|困在电梯|电梯(?:卡住|坏了)|閉じ込め|エレベーターが止ま|갇혔|"
    r"엘리베이터(?:가|에)\s*(?:멈|갇)|عالق\w*\s+في\s+المصعد|"
    # a long wait and nobody answering, as the other languages say it ("llevamos 40 minutos esperando")
    r"\b(?:(?:llevamos|llevo)\s+(?:\d+|media|una|dos|tres)\s+(?:minutos|horas?|hora)\s+esperando|seguimos\s+esperando|"
    r"nadie\s+(?:contesta|responde|coge|atiende)|(?:mal|p[ée]simo|malísimo)\s+servicio|"
    r"(?:ça\s+fait|depuis)\s+\d+\s+(?:minutes|heures?)\s+(?:qu[e']\s*(?:on|nous)\s+attend\w*|d'attente)|"
    r"personne\s+ne\s+(?:répond|décroche|vient)|service\s+(?:déplorable|lamentable|nul)|"
    r"niemand\s+(?:geht\s+ran|antwortet|kommt|meldet\s+sich)|(?:warten|wir\s+warten)\s+(?:schon\s+)?\d+\s+minuten|"
    r"(?:nobody|no\s+one|no-one)\s+(?:is\s+)?(?:answer\w*|pick\w*\s+up|respond\w*))\b|"
    r"никто\s+не\s+(?:отвечает|берёт\s+трубку|приходит)|ждём\s+уже|没人接|没有人接|誰も出ない|아무도\s*안\s*받|"
    r"لا\s+أحد\s+يرد",
    # the same in Gulf and Levantine Arabic as guests text it: dirty (وسخ/وصخ), broken (خربان, عطلان), not working
    # (ما يشتغل), nobody cleaned (ما انتظفت, محد نظف), not up to standard (مو مستوى), hot or cold ("حر وايد")
    r"[وو]?(?:وسخ|وصخ|قذر)\w*|خرب(?:ان|انة|ت)\b|عطلان\w*|تعطل\w*|(?:ما|مو|مب|مش|لا)\s+(?:ي|ت)?شتغل|"
    r"(?:ما|لم|مو|مب|مش)\s+(?:ا?ن|ي|ت)?(?:ت)?نظف\w*|(?:ما\s+)?(?:محد|محدا|ما\s+أحد|ما\s+احد|لا\s+أحد)\s+(?:\S+\s+)?(?:نظف|جا|جاء|رد)\w*|"
    r"(?:مو|مب|مش|ليس|ليست|غير)\s+(?:\S+\s+)?(?:نظيف\w*|مستوى|مقبول\w*)|(?:زفت|مقرف\w*)|"
    r"(?:الغرف[ةه]|الحمام|الماء|الماي|المي[ةه])\s+(?:\S+\s+)?(?:حر|حار[ةه]?|بارد[ةه]?)\s+(?:وايد|مرة|مره|جدا|جداً)|(?:ما|لم|لين\s+الحين\s+ما)\s+(?:ي|ت)?وصل\w*\s+(?:\S+\s+){0,2}(?:لين|إلى|الى|حتى)\s+(?:الحين|الآن|الان)|"
    r"(?:لين|إلى|الى|حتى)\s+(?:الحين|الآن|الان)\s+ما\s+(?:ي|ت)?وصل\w*|"
    # what was ordered and is still not here, in each language ("nothing has arrived", "до сих пор не принесли")
    r"\bnothing\s+(?:has\s+|had\s+)?(?:arrived|come|turned\s+up|shown\s+up|been\s+delivered)\b|"
    r"\btodav[ií]a\s+no\s+(?:ha\s+)?(?:llega\w*|lleg[oó]|vino|han\s+tra[ií]do)|\btoujours\s+pas\s+(?:arriv|livr|venu)\w*|"
    r"\bimmer\s+noch\s+nicht\s+(?:da|gekommen|geliefert|gebracht)\b|до\s+сих\s+пор\s+не\s+\w+|"
    r"(?:ещё|еще)\s+не\s+(?:принесли|доставили|пришл\w*|привезли)|так\s+и\s+не\s+(?:принесли|доставили|пришл\w*)|"
    r"还没(?:有)?(?:送|到|来)|まだ(?:来|届)(?:ない|ません|てい)|아직\s*(?:안\s*(?:왔|와|오)|오지\s*않)|(?:صار|صارلي|صار\s+لي|صار\s+لنا)\s+(?:\S+\s+)?(?:ساع\w*|نص\s+ساعة)\s+(?:\S+\s+)?(?:ننتظر|انتظر|أنتظر)",
)
# A screen, a projector or a TV that will not take a laptop or a phone ("the screen won't connect", "la pantalla no
# conecta", "投影仪连不上"): a fault to send someone for. The wifi that will not connect is the wifi's answer.
AV_FAULT = rx(
    r"\b(?:screens?|tv|television|projectors?|beamer|display|monitor|hdmi|speakers?|microphones?|mics?|pantalla|"
    r"proyector|[ée]cran|projecteur|bildschirm|fernseher|экран\w*|проектор\w*|телевизор\w*)\b[^.!?]{0,40}?"
    r"(?:\b(?:won'?t|doesn'?t|does\s+not|will\s+not|can'?t|cannot|isn'?t|is\s+not|not)\s+(?:\w+\s+)?"
    r"(?:connect\w*|display\w*|show\w*|detect\w*|pick\w*\s+up|recogni[sz]\w*)|no\s+(?:se\s+)?(?:conecta|detecta|"
    r"muestra)|ne\s+(?:se\s+connecte|d[ée]tecte|reconna[iî]t|affiche)\s+(?:pas|plus)|(?:verbindet\s+sich|erkennt)"
    r"\s+(?:\w+\s+){0,3}nicht|не\s+(?:подключается|видит|показывает))",
    r"(?:屏幕|投影仪|投影|电视|显示器)\S{0,8}(?:连不上|没有?信号|不显示|接不上)|(?:画面|スクリーン|プロジェクター|テレビ|モニター)"
    r"\S{0,8}(?:映らない|つながらない|接続できない)|(?:화면|스크린|프로젝터|TV|모니터)\S{0,4}\s*(?:연결이\s*안|안\s*나와|"
    r"인식이\s*안)|(?:الشاشة|البروجكتور|جهاز\s+العرض|التلفزيون)\s+(?:\S+\s+){0,3}(?:لا|ما)\s+(?:ت|ي)(?:تصل|شتغل|عرض)",
)
# A cleaning that has not come yet ("still no housekeeping", "toujours pas de ménage", "immer noch keine
# Zimmerreinigung", "还没有人来打扫") or that was done badly ("you don't clean properly", "ne nettoyez pas bien",
# "putzt nicht richtig", "打扫得不干净"): a complaint. It says the same words as a room left alone on purpose
# ("pas de ménage", "keine Zimmerreinigung"), so it also keeps the do-not-disturb rule from reading it.
# How noisy the hotel, its street or its rooms are, asked before anyone hears it ("Is it noisy at night?", "¿Hay
# mucho ruido a la noche?", "which room keeps away from the street noise?", "I'm a light sleeper"): what the FAQ
# says of noise and quiet rooms, no complaint. Noise heard now ("why is it so loud?", "is it always this noisy?")
# is still one, and so is a real problem beside the question.
# The guest's own device gone flat or dead ("my phone charger died"): something to lend or charge, no fault of the
# hotel's to report.
OWN_THING_DOWN = rx(r"\b(?:my|our)\s+(?:[\w-]+\s+){0,2}(?:phones?|laptops?|chargers?|batter(?:y|ies)|tablets?|"
                     r"cameras?|watch|cables?|adapters?|headphones?)\s+(?:just\s+|has\s+|have\s+)?(?:died|is\s+dead|are\s+dead|"
                     r"went\s+dead|ran\s+out|run\s+out|is\s+flat|broke|stopped\s+working)")
# The room's safe asked about, not reported ("is the safe locked while we're out?", "¿cómo se abre la caja fuerte?").
SAFE_ASKED = rx(r"\b(?:is|are|does|do|will|would|can|could|should)\s+(?:the|my|our|a|room)\s+(?:\w+\s+)?safes?\b|"
                 r"\bhow\s+(?:do|does|can|to|should)\b|\bc[oó]mo\s+(?:se\s+)?(?:abr|bloque|cierr|usa)|\bcomment\s+"
                 r"(?:on\s+|faut-il\s+)?(?:ouvr|verrouill|bloqu|ferm|utilis)|\bwie\s+(?:\w+\s+){0,2}(?:öffne|schließ|"
                 r"sperr|benutz|funktioniert)|\bкак\s+(?:открыть|закрыть|заблокировать|пользоваться)",
                 r"怎么|如何|どうやって|使い方|어떻게|كيف")
# Until what time a thing may be used, asked with "can't use" ("几点以后就不能用了？", "何時以降は使えませんか？",
# "몇 시부터 못 써요?"): the house rules' hours, no fault to fix.
HOURS_ASKED = rx(r"(?:几点|什么时候|何时)(?:以后|之后|以前|之前|开始|起)?\S{0,8}不(?:能|可以|让)(?:再)?用",
                  r"何時(?:以降|から|まで|以後)\S{0,8}使え(?:ない|ません)",
                  r"몇\s*시(?:부터|이후|까지|\s*이후)\S{0,8}\s*(?:못\s*(?:써|쓰|사용)|사용\s*(?:못|불가|안))")
NOISE_ASKED = rx(
    r"\b(?:is|are|does|do|will|would|can|could)\s+(?:it|there|the|your|rooms?|that)\b(?:\s+(?!(?:so|this|now)\b)[\w-]+)"
    r"{0,5}?\s+(?:noisy|loud|noise)\b(?![^?.!]*\b(?:now|tonight|again)\b)|\bhow\s+(?:noisy|loud)\s+(?:is|are|does|do|will|would|gets?)\b|"
    r"\b(?:away\s+from|avoid|escape|block\s+out|keep\s+out)\s+(?:the\s+|any\s+)?(?:\w+\s+)?noise\b|\blight\s+sleepers?\b",
    r"¿\s*(?:\w+\s+){0,2}(?:hay|habr[aá]|se\s+(?:escucha|oye)|es|son|est[aá])\s+(?:muy\s+|mucho\s+|algo\s+de\s+|"
    r"demasiado\s+)?(?:ruido|ruidos[oa]s?)\b|sue[ñn]o\s+(?:muy\s+|re\s+|bastante\s+)?(?:liviano|ligero)|"
    r"\b(?:lejos\s+del?|evitar\s+el)\s+ruido\b",
    r"\best-(?:ce|il|elle)\s+(?:\w+\s+){0,2}bruyante?s?\b|\by\s+a-t-il\s+(?:beaucoup\s+)?(?:de\s+|du\s+)?bruit\b|"
    r"sommeil\s+l[ée]ger|\b(?:ist\s+es|sind\s+die\s+zimmer|ist\s+(?:das|die|der)\s+\w+)\s+(?:nachts\s+|abends\s+|"
    r"sehr\s+|eher\s+)?(?:laut|l[äa]rmig)\b(?=[^.!]*\?)|leichten\s+schlaf|\bшумно\s+ли\b|(?:夜|周り|部屋)は?(?:うるさい|騒がしい)ですか|"
    r"吵(?:吗|不吵)|(?:시끄럽나요|시끄러운가요|시끄럽지\s*않나요)",
    # how the guest sleeps: "light sleeper", "чутко сплю", "睡眠很浅", "眠りが浅い", "잠귀가 밝", "نومي خفيف"
    r"\bчутк\w*\s+(?:сплю|сон)|\bсплю\s+(?:очень\s+)?чутко|睡眠(?:很|比较|特别)?浅|觉(?:很|比较|特别)?浅|"
    r"眠りが浅い|잠귀가\s*밝|잠이\s*예민|نوم\w*\s+خفيف",
)
UNCLEANED = rx(
    r"\bstill\s+(?:\w+\s+){0,3}?(?:no|not|nobody|no\s+one|\w+n['’]t|(?:do|did|does|has|have|is|was)nt)\s+"
    r"(?:\w+\s+){0,4}?(?:clean\w*|housekeep\w*|maids?|made\s+up|serviced)\b|"
    r"\b(?:no|not|\w+n['’]t|(?:do|did|does|has|have|is|was)nt)\s+(?:\w+\s+){0,3}?(?:clean\w*|housekeep\w*|"
    r"maid\s+service|made\s+up|serviced)\s+(?:\w+\s+){0,2}?yet\b|"
    r"\b(?:not|never|\w+n['’]t|(?:do|did|does)nt)\s+(?:\w+\s+){0,3}?clean\w*\s+(?:\w+\s+){0,3}?"
    r"(?:properly|thoroughly|right|well)\b|\b(?:badly|poorly|barely)\s+cleaned\b",
    r"\b(?:todav[ií]a|a[uú]n)\s+no\b[^.!?]{0,30}?\blimpi\w+|\blimpi\w+[^.!?]{0,20}?\b(?:todav[ií]a|a[uú]n)\s+no\b|"
    r"\bno\s+(?:\w+\s+){0,2}?limpi\w+\s+(?:\w+\s+)?(?:bien|correctamente|como\s+es\s+debido)\b|\bmal\s+limpi\w+",
    r"\b(?:toujours|encore)\s+pas\s+(?:eu\s+)?(?:de\s+|fait\s+(?:le\s+)?)?(?:ménage|nettoy\w+)|"
    r"\bpas\s+encore\s+(?:été\s+)?(?:fait\s+le\s+ménage|nettoy\w+)|\bménage\s+(?:n'a|n'est)\s+(?:toujours\s+)?pas\s+"
    r"(?:encore\s+)?(?:été\s+)?fait|\bne\s+(?:nettoy\w+|nettoi\w+|fai\w+\s+le\s+ménage)\s+(?:pas|jamais)\s+(?:\w+\s+){0,2}?"
    r"(?:correctement|bien|comme\s+il\s+faut)\b|\bmal\s+nettoy[ée]\w*",
    r"\b(?:immer\s+noch|noch\s+immer|noch)\s+(?:kein\w*|nicht)\s+(?:\w+\s+){0,2}?(?:zimmerreinigung|reinigung|"
    r"housekeeping|geputzt|gereinigt|sauber\s*gemacht|aufgeräumt)|\b(?:putz|reinig)\w*\s+(?:\w+\s+){0,3}?nicht\s+"
    r"(?:richtig|gründlich|ordentlich|gut)\b|\bnicht\s+(?:richtig|gründlich|ordentlich)\s+(?:geputzt|gereinigt|sauber)",
    r"(?:до\s+сих\s+пор|вс[её]\s+ещ[её]|ещ[её])\s+не\s+(?:\w+\s+)?(?:убра\w*|убир\w*|было\s+уборки)|"
    r"уборк\w*\s+(?:\w+\s+){0,2}?(?:до\s+сих\s+пор|вс[её]\s+ещ[её]|так\s+и)\s+не|(?:плохо|некачественно|"
    r"не\s+(?:до\s+конца|как\s+следует|нормально))\s+(?:\w+\s+)?убира\w*|убира\w*\s+(?:\w+\s+)?(?:плохо|некачественно)",
    r"(?:还|仍然?|一直)(?:是)?(?:没|沒|未)(?:有)?(?:人)?(?:来)?(?:打扫|清洁|收拾)|(?:打扫|清洁)得?(?:很|太)?(?:不干净|马虎|"
    r"敷衍)|没(?:有)?(?:打扫|清洁)干净|まだ(?:部屋の)?(?:掃除|清掃)|(?:掃除|清掃)が(?:まだ|ちゃんと|きちんと|雑|不十分)|"
    r"아직(?:도)?\s*(?:\S+\s*)?청소|청소(?:를|가)?\s*(?:제대로|깨끗이|깨끗하게)\s*안|لم\s+(?:يتم|يقم)\s+(?:أحد\s+)?(?:ب)?"
    r"(?:ال)?تنظيف|(?:ال)?تنظيف\s+(?:\S+\s+)?(?:سيء|غير\s+جيد)",
)

# Something asked to be done about what the guest has been telling ("can you do something about it?", "何とかして
# もらえませんか"): a complaint to take up, whatever it is about (a guide late every morning, a noisy neighbour).
PLEA = rx(r"\b(?:can|could|would)\s+(?:you|someone|somebody)\s+(?:please\s+)?do\s+something\s+about\b|"
          r"\bplease\s+do\s+something\s+about\b",
          r"\b(?:pueden|podr[ií]an|puede|podr[ií]a)\s+hacer\s+algo\b|\bhagan\s+algo\b|"
          r"\b(?:pouvez|pourriez)[- ]vous\s+faire\s+quelque\s+chose\b|\bfaites\s+quelque\s+chose\b|"
          r"\bk[öo]nnen\s+sie\s+(?:da\s+)?(?:bitte\s+)?(?:etwas|was)\s+(?:dagegen\s+)?(?:tun|machen|unternehmen)\b|"
          r"\b(?:podem|poderiam)\s+fazer\s+alguma\s+coisa\b|\bfa[çc]am\s+alguma\s+coisa\b",
          r"сделайте\s+что-?нибудь|(?:можете|можно)\s+(?:с\s+этим\s+)?(?:что-?нибудь|что-?то)\s+сделать|"
          r"何とかして|なんとかして|想想办法|处理一下|管一管|어떻게\s*(?:좀\s*)?해\s*주|조치(?:를)?\s*(?:좀\s*)?취해|"
          r"(?:افعلوا|اعملوا)\s+(?:شيئا|شيئًا|حاجة)")

# A person sent up to fix or help ("send someone to fix the shower", "envoyez un technicien"): no order, whatever the
# problem names from the menu ("no hot water").
SEND_PERSON = rx(r"\b(?:send|get)\s+(?:up\s+)?(?:someone|somebody|anyone|anybody|a\s+(?:person|technician|plumber|"
                  r"handyman|electrician)|an\s+(?:engineer|electrician)|maintenance|help|security|staff)\b",
                  r"\bmand(?:en|ar|e)\s+a\s+(?:alguien|un\s+t[eé]cnico|mantenimiento)|\benvoy\w*\s+(?:quelqu'un|un\s+"
                  r"technicien|un\s+plombier)|\bschick\w*\s+(?:sie\s+)?(?:jemanden|einen\s+techniker)|"
                  r"\b(?:jemanden|einen\s+techniker)\s+(?:\w+\s+)?(?:schicken|vorbeischicken)\b|"
                  r"пришлите\s+(?:кого-?нибудь|мастера|техника|сантехника)|派(?:个)?人|修理工|誰か(?:を)?(?:よこ|来て)|"
                  r"사람\s*(?:좀\s*)?보내|기사님?\s*(?:좀\s*)?보내|(?:أرسل\w*|إرسال|ارسال|ترسل\w*|ابعث\w*)\s+(?:لي\s+)?(?:أحد\S*|شخص\S*|فني\S*)")
# Someone asked to come and see to something ("could someone come and look at the shower?"), with SEND_PERSON.
SOMEONE_COME = rx(r"\b(?:someone|somebody|anyone|anybody)\s+(?:come\s+(?:up\s+)?(?:and|to)\s+)",
                   r"\b(?:alguien|quelqu'un|jemand)\s+(?:venir|vienne|kommen|kommt)\b|кто-?нибудь\s+(?:прийти|подойти)|"
                   r"(?:来个人|来人)|誰か来|누가\s*(?:와|오)")
# A repair asked for ("to fix the heating", "pour réparer", "починить", "修一下", "고쳐"): with a person sent or coming
# to do it, a fault to see to, whatever else the sentence names.
REPAIR = rx(r"\b(?:fix|repair|look\s+at|check\s+on|see\s+to|sort\s+out|unblock|unclog)\b",
             r"\b(?:arregl\w*|r[eé]par\w*|revis\w*|regarder|vérifier|nachseh\w*|anschau\w*|почин\w*|отремонт\w*|"
             r"посмотр\w*)|修|看一下|直し|直して|見て|고치|고쳐|수리|봐\s*주|إصلاح|تصليح|يصلح")
# An order placed before ("we ordered an hour ago", "мы заказали", "我们点的"): what a complaint is about, not a new
# one.
PAST_ORDER = rx(r"\b(?:we|i)\s+(?:already\s+|just\s+)?(?:ordered|placed\s+(?:an|our|my)\s+order)\b|"
                 r"\b(?:my|our)\s+order\b|"
                 r"\b(?:hemos|he)\s+pedido|\bpedimos\b|\bmi\s+pedido|\bnuestro\s+pedido|\b(?:avons|ai)\s+command[ée]|"
                 r"\bma\s+commande|\bnotre\s+commande|\b(?:haben|habe)\b.{0,40}\bbestellt|\bunsere?\s+bestellung|"
                 r"\b(?:мы|я)\s+заказал\w*|наш\s+заказ|мой\s+заказ",
                 r"我们?点的|我们?点了|我们?订的|注文した|頼んだ|주문한|주문했|طلبنا|طلبت|طلبي|طلبنا")

# What would happen if a fault came ("what happens if it floods?", "¿qué pasa si se va la luz?", "en cas
# d'inondation", "was passiert bei Hochwasser", "что будет, если", "如果停电怎么办", "浸水したらどうなりますか",
# "정전되면 어떻게", "ماذا يحدث لو"), or how a thing will be ("will the pool be too cold in April?", "¿estará fría?",
# "会不会太冷"): the house's rule for the case asked, no fault that has come.
SUPPOSED = rx(
    # (asked from its first word: "The shower is broken, and will it be noisy again?" tells a fault)
    r"^\W*(?:(?:will|would)\s+(?:it|they|the\s+\w+(?:\s+\w+)?|our\s+\w+)\s+be\s+(?:too\s+|very\s+|a\s+bit\s+)?\w+"
    r"[^.!]*\?|(?:is\s+it|are\s+they)\s+going\s+to\s+be\b|estar[áa]n?\s+(?:muy\s+|demasiado\s+)?\w+[^.!]*\?|"
    r"wird\s+(?:es|der|die|das)\s+[^.!?]*\bsein\s*\?|(?:не\s+)?будет\s+ли\b|هل\s+(?:سيكون|ستكون))|"
    r"\bsera-t-(?:il|elle)\s+(?:trop\s+)?\w+[^.!]*\?|会不会|\b(?:vai|v[ãa]o)\s+estar\s+[^.!]*\?",
    r"\bwhat\s+(?:happens|would\s+happen|will\s+happen|do\s+(?:we|i)\s+do|should\s+(?:we|i)\s+do|if)\s+(?:if|in\s+case|when)\b|"
    r"\bin\s+(?:the\s+)?(?:case|event)\s+of\b|\bqu[eé]\s+(?:pasa|pasar[ií]a|hacemos|hago|debemos\s+hacer)\s+(?:si|en\s+caso)\b|"
    r"\ben\s+caso\s+de\b|\bque\s+se\s+passe(?:-t-il|rait-il)?\s+(?:si|en\s+cas|s')|\bque\s+faire\s+(?:si|en\s+cas|s')|"
    r"\ben\s+cas\s+d[e']|\bwas\s+(?:passiert|machen\s+wir|tun\s+wir),?\s+(?:wenn|falls|bei)\b|\bim\s+falle?\b|"
    r"\bчто\s+(?:будет|делать|случится),?\s+(?:если|при|в\s+случае)\b|\bв\s+случае\b|"
    r"\bo\s+que\s+(?:acontece|fazemos|fa[çc]o)\s+(?:se|em\s+caso)\b|\bem\s+caso\s+de\b",
    r"(?:如果|万一|要是)\S*(?:怎么办|怎么样|会怎样|会怎么样)|したら(?:どうなり|どうす|どうし)|場合(?:は)?(?:どうなり|どうす)|"
    r"(?:되면|하면|나면|오면)\s*어떻게|경우(?:에는?)?\s*어떻게|ماذا\s+(?:يحدث|يصير|نفعل|نعمل)\s+(?:إذا|اذا|لو)|"
    r"(?:في\s+حال(?:ة)?)",
)


# A guest asking whether what they notice is normal or safe ("the water smells of eggs, is that normal?", "¿es
# normal?", "c'est normal ?", "ist das normal?", "это нормально?", "正常吗", "大丈夫ですか", "괜찮은 건가요?",
# "هل ... طبيعية؟"): a worried question, for the FAQ to answer when it says so, not a fault reported.
WORRIED = rx(
    r"\b(?:(?:is|it'?s|that'?s)\s+(?:this|that|it)\s+(?:\w+\s+)?(?:normal|ok(?:ay)?|safe|usual|expected|harmless)|"
    r"is\s+(?:there\s+)?(?:something|anything)\s+wrong|(?:something|anything)\s+wrong\s+with\s+(?:\w+\s+){0,3}\w+\s*\?|"
    r"should\s+(?:i|we)\s+(?:be\s+)?(?:worr\w+|concerned)|is\s+it\s+(?:something\s+)?to\s+worry)\b|"
    r"\b(?:(?:es|esto\s+es|eso\s+es)\s+normal|es\s+(?:seguro|peligroso)\s*\?|pasa\s+algo\s+(?:malo\s+)?con|"
    r"(?:hay|tiene)\s+(?:alg[uú]n\s+)?problema\s+(?:con|la|el)|(?:debo|debemos)\s+preocupar\w*|c'est\s+normal|"
    r"est-ce\s+(?:que\s+c'est\s+)?(?:normal|dangereux|grave)|c'est\s+(?:dangereux|grave)\s*\?|"
    r"(?:y\s+a-t-il|il\s+y\s+a)\s+un\s+probl[èe]me\s+avec|(?:dois-je|devons-nous)\s+(?:m'|nous\s+)inqui[ée]ter|"
    r"ist\s+(?:das|es|dies)\s+(?:\w+\s+)?(?:normal|gef[äa]hrlich|ok|okay|unbedenklich|sicher)\s*\?|"
    r"stimmt\s+(?:da\s+)?(?:etwas|was)\s+nicht|(?:muss|m[üu]ssen)\s+(?:ich|wir)\s+(?:mir|uns)\s+sorgen|"
    r"это\s+нормально|нормально\s+ли|это\s+(?:опасно|безопасно)\s*\?|что-то\s+не\s+так\s+с|"
    r"(?:стоит|нужно)\s+ли\s+(?:волноваться|беспокоиться))",
    r"正常吗|正常嘛|是不是正常|正常不|有问题吗|安全吗|要紧吗|没事吧|普通ですか|正常ですか|大丈夫(?:ですか|でしょうか|なの)|"
    r"問題(?:ないですか|ありませんか)|安全ですか|정상(?:인가요|이에요\s*\?|이죠|입니까)|괜찮은\s*(?:건가요|거예요|가요)|"
    r"괜찮나요|안전한가요|문제(?:가)?\s*(?:없나요|있나요|있는\s*건가요)|طبيعي[ةه]?\s*[؟?]|(?:هل|أهذا)\s+(?:\S+\s+){0,8}?"
    r"(?:طبيعي|عادي|آمن)|هل\s+(?:هناك|يوجد)\s+مشكل[ةه]",
)
