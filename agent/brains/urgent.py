"""A guest in danger or asking for a person, in every language: the rules that win over all said beside."""

from __future__ import annotations

from agent.brains.patterns import rx

HUMAN = rx(
    r"\b(?:speak|talk|chat)\s+(?:to|with)\s+(?:a\s+|an\s+|the\s+|your\s+|some\s*)?(?:human|real\s+person|person|"
    r"one|someone|somebody|manager|staff|agent|receptionist|front\s+desk|operator|supervisor|people|employee)",
    r"\b(?:get|call|want|need|give)\s+(?:me\s+)?(?:a|the|your|to\s+see\s+(?:a|the))\s+(?:manager|supervisor|human|"
    r"real\s+person|person)\b",
    r"^\W*(?:human|real\s+person|live\s+agent|agent|operator|manager)\W*(?:please|pls|now)?\W*$",
    r"\bhablar\s+con\s+(?:una\s+persona|un\s+humano|alguien|el\s+gerente|un\s+responsable|recepci[oó]n|el\s+encargado)",
    r"\bfalar\s+com\s+(?:uma\s+pessoa|um\s+humano|algu[ée]m|o\s+gerente|um\s+respons[áa]vel|a\s+recep[çc][ãa]o|"
    r"um\s+atendente|um\s+funcion[áa]rio)|\bvenham?\s+(?:j[áa]|r[áa]pido|agora|logo)\b|"
    r"\bprecis(?:o|amos)\s+de\s+ajuda\s+(?:j[áa]|agora|urgente|imediatamente)",
    r"\bparler\s+(?:à|a|avec)\s+(?:un\s+humain|quelqu'un|une\s+personne|un\s+responsable|le\s+directeur|la\s+réception)",
    r"\bmit\s+(?:einem|einer|jemandem)\s+(?:menschen|mitarbeiter\w*|person|manager|rezeption)?\s*sprechen",
    r"поговорить\s+с\s+(?:человеком|менеджером|администратором|оператором|сотрудником)|позов\w*\s+(?:менеджера|"
    r"администратора)|живым\s+человеком",
    r"人工|真人|转人工|经理|經理|(?:找|叫)(?:你们|你們)?的?(?:主管|负责人|負責人)|担当者|責任者|支配人|スタッフと話|人と話|"
    r"직원과|상담원|사람과\s*(?:대화|이야기|통화)|매니저|책임자",
    r"(?:التحدث|أتحدث|اتكلم)\s+(?:مع|إلى)\s+(?:ال)?(?:موظف|شخص|مدير|مسؤول|إنسان)|موظف\s+حقيقي|"
    # a person asked for in the Gulf's and Egypt's words ("أبغى أكلم المدير", "عايز أكلم حد", "ابي اكلم مسؤول")
    r"(?:أبغى|ابغى|أبي|ابي|نبي|نبغى|عايز|عاوز|عايزة|عاوزة|بدي)\s+(?:أ|ا|ن)?كلم\s+(?:ال)?(?:مدير|مسؤول|مسئول|موظف|حد|أحد|"
    r"احد|شخص|إنسان|الاستقبال)",
    # Someone at the door now ("come now", "send someone up right away"): no ticket in a queue will do.
    r"\b(?:come|get\s+(?:here|up\s+here))\s+(?:now|quick(?:ly)?|fast|asap|right\s+away|immediately)\b|"
    r"\bsend\s+(?:someone|somebody|help|security)\s+(?:up\s+)?(?:now|asap|right\s+away|immediately|quick(?:ly)?)\b|"
    r"\bveng(?:an|a)\s+(?:ya|r[aá]pido|enseguida|ahora)|\bvenez\s+(?:vite|imm[ée]diatement|tout\s+de\s+suite)|"
    r"\b(?:kommen|schicken)\s+sie\s+(?:\w+\s+)?sofort|\bsofort\s+(?:jemanden|hilfe)|"
    r"(?:приходите|пришлите\s+кого-?нибудь)\s+(?:срочно|скорее|немедленно)|срочно\s+(?:приходите|пришлите)|"
    r"快来人|快派人|马上(?:派人|过来)|すぐ(?:に)?(?:誰か|だれか)?(?:に)?来て|至急(?:誰か)?来て|빨리\s*(?:와|오세요|와\s*주세요|보내)|당장\s*와|"
    r"(?:تعالوا|أرسلوا\s+(?:أحد|شخص)\S*)\s+(?:فور\S*|بسرعة|حالا|الآن)",
    # Help needed now, or someone asked to come this minute ("we need help now", "can someone come right now?")
    r"\b(?:we|i)\s+need\s+(?:some\s+)?(?:help|someone|somebody|assistance)\s+(?:right\s+)?(?:now|away|immediately|asap|"
    r"urgently)\b|\b(?:can|could)\s+(?:someone|somebody|anyone)\s+(?:please\s+)?come\s+(?:up\s+|over\s+|here\s+)?"
    r"(?:right\s+)?(?:now|away|immediately|asap)\b|"
    r"necesit(?:amos|o)\s+ayuda\s+(?:ya|ahora|urgente|inmediatamente)|puede\s+venir\s+alguien\s+(?:ya|ahora|enseguida)|"
    r"(?:on\s+a|nous\s+avons|j'ai)\s+besoin\s+d'aide\s+(?:tout\s+de\s+suite|maintenant|imm[ée]diatement|vite|urgente?)|"
    r"quelqu'un\s+(?:peut|pourrait)\s+venir\s+(?:tout\s+de\s+suite|maintenant|imm[ée]diatement)|"
    r"(?:brauche[n]?\s+(?:sofort|jetzt|dringend)\s+hilfe|kann\s+(?:sofort|jetzt)\s+jemand\s+kommen|kann\s+jemand\s+sofort\s+kommen)|"
    r"(?:срочно\s+)?нужна\s+помощь\s+(?:срочно|сейчас|немедленно)|срочно\s+нужна\s+помощь|"
    r"может\s+кто-?нибудь\s+(?:прийти|подойти)\s+(?:прямо\s+)?(?:сейчас|срочно)|"
    r"急需帮助|马上需要帮助|现在(?:就)?需要帮助|能不能马上(?:派人|来人)|今すぐ助け|すぐに助けが必要|"
    r"지금\s*(?:당장\s*)?도움이\s*필요|(?:지금|당장)\s*(?:바로\s*)?(?:누가|누구|사람)\S*\s*(?:좀\s*)?와|"
    r"(?:نحتاج|احتاج|أحتاج)\s+(?:إلى\s+)?مساعدة\s+(?:الآن|حالا|فورا|فوراً|بسرعة)|ساعدونا\s+(?:الآن|بسرعة|حالا)",
    # A cry for help said on its own ("Help!", "¡Socorro!", "Hilfe!", "救命"): a person, whatever was told beside it
    r"^\W*(?:(?:please\s+)?help(?:\s+(?:me|us))?(?:\s+please)?\s*!+|(?:ayuda|socorro|au\s+secours|[àa]\s+l'aide|"
    r"hilfe)\s*!+|помогите|救命|助けて|살려\s*주세요|النجدة|ساعدوني)\W*$",
    # ... or as the last words after what is happening ("it's spreading across the floor!! help"), never asked
    r"[.!]\s*(?:please\s+)?help(?:\s+(?:me|us))?(?:\s+please)?[\s!.]*$|"
    r"[.!]\s*(?:ayuda|socorro|au\s+secours|hilfe|помогите)[\s!.]*$",
    # "Send someone!" said on its own, as a sentence of its own beside a problem: a person, in every language
    r"^\W*(?:please\s+)?(?:send|get)\s+(?:someone|somebody|a\s+person|help|a\s+technician)(?:\s+(?:up|over|here|"
    r"round|please|now|quick(?:ly)?|asap|right\s+away))*\W*$|"
    r"^\W*(?:s'il\s+vous\s+pla[iî]t\W*)?envoy(?:ez|er)(?:-nous|-moi)?\s+(?:quelqu'un|un\s+technicien|de\s+l'aide)"
    r"(?:\s+(?:s'il\s+vous\s+pla[iî]t|vite|rapidement|maintenant))*\W*$|"
    r"^\W*(?:por\s+favor\W*)?(?:manden|mande|env[ií]en|env[ií]e)(?:nos|me)?\s+a\s+(?:alguien|un\s+t[eé]cnico)"
    r"(?:\s+(?:por\s+favor|ya|r[aá]pido|ahora))*\W*$|"
    r"^\W*(?:bitte\s+)?schicken\s+sie\s+(?:bitte\s+)?(?:jemanden|einen\s+techniker)(?:\s+(?:vorbei|hoch|bitte|"
    r"schnell))*\W*$|"
    r"^\W*(?:пожалуйста\W*)?(?:пришлите|отправьте|направьте)\s+(?:к\s+нам\s+|пожалуйста\s+)?(?:кого-?нибудь|кого-?то|"
    r"мастера|техника|сантехника|человека)(?:\s+(?:пожалуйста|срочно|скорее))*\W*$|"
    r"^\W*(?:请|麻烦)?(?:快|赶紧|马上)?派(?:个)?人(?:来|过来|上来)?(?:吧|一下)?\W*$|^\W*誰か(?:を)?(?:よこして|来て)(?:ください|下さい)?\W*$|"
    r"^\W*(?:사람|기사님?)\s*(?:좀\s*)?보내\s*(?:주세요|줘요|줘)\W*$|"
    r"^\W*(?:أرسل|ارسل)\S*\s+(?:لنا\s+)?(?:أحد\S*|احد\S*|شخص\S*|فني\S*)(?:\s+(?:بسرعة|الآن|حالا|من\s+فضلك))*\W*$",
)
# A robbery or an attack on a person, just now: the police, not only a ticket ("my watch was stolen from the room"
# stays a complaint; a question whether muggings happen stays a question).
ATTACKED = rx(
    r"\b(?:(?:got|been|was|were|just)\s+(?:mugged|assaulted|attacked|held\s+up)|mugged\s+(?:me|us|him|her)|(?:i|we|he|she)\s+"
    r"(?:was|were|got|have\s+been|'ve\s+been|just\s+got)\s+robbed\s+(?:on|in|outside|near|at\s+(?:knife|gun)point)|"
    r"(?:nos|me|le|la|les)\s+(?:asaltaron|atracaron|agredieron)|(?:fuimos|fui)\s+(?:asaltad|atracad|agredid)[oa]s?|"
    r"(?:on\s+)?(?:m'a|nous\s+a|l'a)\s+(?:agress|braqu)[ée]e?s?|(?:été|fait)\s+(?:agress|braqu)[ée]e?s?|"
    r"(?:wurden|wurde|bin|sind)\s+(?:\w+\s+)?(?:überfallen|ausgeraubt|angegriffen)|"
    r"(?:нас|меня|его|её|ее)\s+(?:\w+\s+){0,2}(?:ограбили|избили)|на\s+(?:нас|меня|него|неё|нее)\s+(?:\w+\s+){0,2}напали|"
    r"(?:fomos|fui)\s+(?:assaltad|agredid|roubad)[oa]s?|(?:nos|me)\s+assaltaram)\b|"
    r"被(?:人)?(?:抢|打劫)|遭(?:到)?抢劫|強盗に|ひったくりに|襲われ|강도(?:를|한테|에게)?\s*당|소매치기\s*당|날치기\s*당|폭행\s*당|"
    r"تعرض\S*\s+لل(?:سرقة|اعتداء|هجوم|سطو)|(?:سرقونا|هاجمونا|اعتدوا\s+علي\S*)",
)
EMERGENCY = rx(
    r"\b(?:can'?t|cannot|struggling\s+to|trouble|hard\s+to)\s+breath\w*|\bunconscious|\bheart\s+attack|\bchest\s+pain|"
    r"\bbleeding|\bambulance|\bemergency|\bpassed\s+out|\bfainted|\bseizure|\boverdose|\bnot\s+breathing|"
    r"\bvery\s+(?:unwell|sick|ill)\b|\bcollapsed",
    r"emergencia|ambulancia|no\s+puede\s+respirar|urgence|ne\s+peut\s+(?:plus\s+)?respirer|notfall|krankenwagen|"
    r"keine\s+luft|скорая|не\s+может\s+дышать|急救|救护车|喘不过气|救急車|息ができ|응급|구급차|숨을\s*못|إسعاف|طوارئ",
    # a body hurt, not a thing broken: an injury, a fall that hurt, an allergic reaction, breath, a high fever
    r"\b(?:injur(?:ed|y|ies)|(?:badly|seriously)\s+hurt|hurt\s+(?:himself|herself|themselves)|(?:arm|leg|wrist|ankle|hip|bone|nose|rib)s?\s+"
    r"(?:\w+\s+){0,2}broken|broken\s+(?:arm|leg|wrist|ankle|hip|bone|nose|rib)s?|allergic\s+reaction|anaphyla\w*|"
    r"short\s+of\s+breath|breathless|high\s+fever|(?:throat|tongue|face)\s+(?:is\s+)?swell\w*|choking|stroke(?!\s+of)|"
    r"(?:slipped|fell|tripped|fallen)\b.{0,100}\b(?:hurt|broken|injur\w*|bleed\w*|blood|dizzy|(?:can'?t|cannot|unable\s+to)\s+"
    r"(?:walk|move|stand|get\s+up)|need\s+help)|"
    # a head struck, much blood: whatever came before it
    r"(?:a\s+lot\s+of|lots\s+of|so\s+much)\s+blood|blood\s+everywhere|hit\s+(?:his|her|my|their|our|the\s+child's)\s+"
    r"head\b|head\s+(?:wound|injury)|concussion|unresponsive)",
    r"mucha\s+sangre|se\s+(?:golpe[oó]|dio)\s+(?:en\s+)?la\s+cabeza|beaucoup\s+de\s+sang|s'est\s+cogn[ée]e?\s+la\s+t[êe]te|"
    r"viel\s+blut|(?:den\s+)?kopf\s+(?:angeschlagen|gesto[ßs]en)|много\s+крови|ударил\w*\s+головой|很多血|撞到头|头破|头流血|"
    r"頭を(?:強く)?打|血がたくさん|大量の血|دم\s+كثير|نزيف\s+كثير|ضرب\S*\s+رأس\S*|muito\s+sangue|bateu\s+(?:com\s+)?a\s+cabe[çc]a",
    r"\b(?:herid[oa]s?|lesionad[oa]|se\s+ha\s+ca[ií]do|se\s+cay[oó]|no\s+(?:se\s+)?puede\s+levantar\w*|"
    r"tomb[ée]e?s?\b.{0,50}\b(?:relever|bouger|mal|saign\w*)|"
    r"(?:brazo|pierna|muñeca|tobillo)\s+(?:\w+\s+)?rot[oa]|"
    r"reacci[oó]n\s+al[eé]rgica|fiebre\s+(?:muy\s+)?alta|(?:le|me)\s+cuesta\s+respirar|inconsciente|sangra\w*|"
    r"bless[ée]e?s?|(?:bras|jambe|poignet|cheville)\s+(?:\w+\s+)?cass[ée]e?|r[ée]action\s+allergique|"
    r"du\s+mal\s+[àa]\s+respirer|forte\s+fi[èe]vre|inconscient\w*|saigne\w*|"
    r"verletzt|gest[üu]rzt|(?:arm|bein|handgelenk|kn[öo]chel)\s+(?:\w+\s+)?gebrochen|allergische\s+reaktion|"
    r"atemnot|hohes\s+fieber|bewusstlos|blutet)\b",
    r"травм\w*|упал\w*\s.{0,40}(?:боль|сломал|кров|не\s+может)|сломал\w*\s+(?:руку|ногу|запястье)|кровотечени\w*|"
    r"аллергическ\w+\s+реакци\w*|трудно\s+дышать|задыха\w*|высок\w+\s+температур\w*|без\s+сознания|"
    r"受伤|摔倒|摔伤|骨折|流血|过敏反应|呼吸困难|高烧|昏迷|怪我|けが|転ん|倒れて(?:動け|起き上が)|出血|アレルギー反応|呼吸が苦し|高熱|意識がな|"
    r"다쳤|넘어졌|쓰러졌|골절|부러졌|피가\s*(?:많이\s*|계속\s*|철철\s*)?(?:나|흘러|멈추지)|머리를\s*(?:세게\s*)?부딪|의식이\s*(?:흐릿|희미|오락가락)|알레르기\s*반응|숨\w*\s*힘들|고열|의식이\s*없|"
    r"إصاب\w*|مصاب|لا\s+(?:يستطيع|تستطيع)\s+(?:النهوض|الوقوف)|سقط\w*.{0,40}(?:ألم|كسر|ينزف)|كسر\w*\s+في|ينزف|نزيف|حساسية\s+شديدة|صعوبة\s+في\s+التنفس|"
    r"حمى\s+شديدة|فاقد\s+الوعي",
    # the same in Portuguese: breath, chest, fainting, a fall that hurt, bleeding, an ambulance
    r"\bemerg[êe]ncia|\bambul[âa]ncia|\bn[ãa]o\s+(?:consegue|consigo|conseguimos|pode)\s+respirar|\bfalta\s+de\s+ar\b|"
    r"\bdor\w*\s+(?:\w+\s+){0,3}(?:no|do)\s+peito|\bfebre\s+(?:muito\s+)?alta|\bdesmai\w*|\bferid[oa]s?\b|"
    r"\bmachuc\w+\s+(?:muito|feio)|\bca(?:iu|í)\b.{0,50}\b(?:d[óo]i|dor|sangr\w*|n[ãa]o\s+consegue)|"
    r"\brea[çc][ãa]o\s+al[ée]rgica|\bsangrando|\bsangramento|\bquebrou\s+(?:o|a)\s+(?:bra[çc]o|perna|pulso|tornozelo)|"
    r"\bpassando\s+mal|\bm[ée]dico\s+(?:urgente|j[áa]|agora)",
    # chest pain and a high temperature, as each language says them
    r"dolor\w*\s+(?:\w+\s+){0,3}(?:en\s+el|de)\s+pecho|douleurs?\s+(?:\w+\s+){0,3}(?:[àa]\s+la|dans\s+la|de)\s+poitrine|"
    r"fi[èe]vre\s+(?:tr[èe]s\s+)?(?:forte|[ée]lev[ée]e)|brustschmerz\w*|schmerz\w*\s+in\s+der\s+brust|sehr\s+hohes\s+fieber|"
    r"бол\w+\s+(?:\w+\s+){0,2}в\s+груди|температур\w*\s+(?:под\s+)?(?:39|40|41)|胸痛|发高烧|高烧不退|"
    r"胸が\w{0,4}痛|胸の痛み|가슴(?:이|에)?\s*(?:너무\s*|많이\s*)?(?:아프|아파|통증)|가슴\s*통증|열이\s*(?:너무\s*|많이\s*)?(?:높|심)|"
    r"ألم\s+(?:\S+\s+){0,2}في\s+(?:ال)?صدر|(?:حرارة|حمى)\s+(?:\w+\s+)?(?:مرتفعة|عالية|شديدة)",
    # chest pain said with the verb ("it hurts in the chest") and breath that runs short
    r"\bduele\w*\s+(?:\w+\s+){0,2}(?:el\s+)?pecho|\bmal\s+(?:[àa]\s+la|dans\s+la)\s+poitrine|\bbrust\s+(?:tut\s+)?(?:\w+\s+)?weh|"
    r"бол\w+\s+грудь|胸口?(?:很|好|特别|非常|太|有点|一直)?(?:闷|疼|痛)|"
    r"\bpains?\s+(?:\w+\s+){0,2}in\s+(?:his|her|my|the|their|your)\s+chest|\bchest\s+(?:really\s+|badly\s+)?(?:hurts|is\s+hurting)|"
    r"\b(?:le|me|nos|les)\s+falta\s+(?:el\s+)?aire|\bfalta\s+de\s+aire|\bse\s+ahoga|\bsouffle\s+court|"
    r"\bmanque\s+d'air|\bessouffl[ée]\w*|n'arrive\s+(?:plus\s+)?(?:pas\s+)?[àa]\s+respirer|\bkurzatmig|\bringt\s+nach\s+luft|"
    r"не\s+хватает\s+воздуха|не\s+могу\s+дышать|上不来气|透不过气|喘不上气|息苦し|숨이\s*(?:차|막혀|가빠)|숨\s*(?:을\s*)?쉬기\s*(?:가\s*)?힘들|"
    r"ضيق\s+(?:في\s+)?(?:ال)?تنفس|لا\s+(?:يستطيع|تستطيع|أستطيع)\s+التنفس",
    # breath that barely comes, and lips or a face gone blue: whatever else is said
    r"\b(?:barely|hardly|scarcely)\s+(?:able\s+to\s+)?breath\w*|\bcan\s+(?:barely|hardly)\s+breath\w*|"
    r"\b(?:lips|face)\s+(?:are\s+|is\s+)?(?:turning|going|gone|turned|look(?:s|ing)?)\s+(?:blue|purple|grey|gray)|"
    r"\b(?:bekommt|kriegt|bekomme|kriege|bekommen|kriegen)\s+(?:\w+\s+)?(?:schlecht|kaum|keine|schwer)\s+luft|"
    r"\bapenas\s+(?:puede|puedo)\s+respirar|\blabios\s+(?:\w+\s+)?(?:azul\w*|morad\w*)|\brespire\s+[àa]\s+peine|"
    r"\bl[èe]vres\s+(?:\w+\s+)?(?:bleu\w*|violet\w*)|\bkaum\s+(?:noch\s+)?(?:atmen|luft)|\b(?:lippen\s+(?:sind\s+|werden\s+)?"
    r"blau|blaue\s+lippen)|(?:еле|с\s+трудом)\s+дыш\w*|губы\s+(?:\w+\s+)?(?:посинел\w*|синие|синеют)|синие\s+губы|"
    r"嘴唇(?:发|發)?(?:紫|青|乌)|快喘不|唇が(?:紫|青)|입술이\s*(?:파랗|파래|보라)|بالكاد\s+(?:يتنفس|تتنفس)|شفا\S*\s+(?:زرقاء|زرق)|"
    r"\bmal\s+(?:consegue|consigo)\s+respirar|\bl[áa]bios\s+(?:\w+\s+)?(?:roxos|azuis)",
    # a sting or bite of a venomous animal, or any sting that brings an allergy on
    r"\b(?:stung|bitten|bit)\s+(?:\w+\s+)?by\s+(?:a\s+|an\s+)?(?:scorpion|snake|rattlesnake|viper|jellyfish|spider)|"
    r"\b(?:scorpion|snake|jellyfish)\s+(?:sting|bite)\b|\b(?:scorpion|snake|jellyfish)\s+(?:just\s+)?(?:stung|bit)\b|"
    r"\b(?:stung|sting)\b.{0,50}\ballergic|\ballergic\b.{0,50}\bstung|"
    r"\b(?:pic[oó]|picad[oa]|picadura|mordi[oó]|mordid[oa]|mordedura)\b.{0,30}\b(?:alacr[aá]n|escorpi[oó]n|serpiente|v[ií]bora|"
    r"culebra|medusa|aguamala)|\b(?:alacr[aá]n|escorpi[oó]n|serpiente|v[ií]bora|medusa|aguamala)\s+(?:\w+\s+)?(?:pic[oó]|mordi[oó])|"
    r"\b(?:piqu[ée]e?s?|piq[ûu]re|mordu\w*|morsure)\b.{0,30}\b(?:scorpion|serpent|vip[èe]re|m[ée]duse)|"
    r"\b(?:scorpion|serpent|vip[èe]re|m[ée]duse)\s+(?:\w+\s+)?(?:l'a|m'a|nous\s+a)\s+(?:piqu|mordu)|"
    r"\b(?:skorpion|schlange|qualle)\w*\b.{0,40}\b(?:gestochen|gebissen)|(?:skorpion|schlangen|quallen)(?:stich|biss)|"
    r"(?:укус\w*|ужал\w*)\s.{0,30}(?:скорпион|зме[йия]|гадюк|медуз)|(?:скорпион|зме[йия]|гадюк\w*|медуз\w*)\s+(?:\w+\s+)?(?:укус|ужал)|"
    r"被(?:蝎子|毒?蛇|水母|毒蜘蛛).{0,3}(?:蜇|蛰|咬|叮)|(?:サソリ|さそり|蠍|ヘビ|へび|蛇|マムシ|クラゲ|くらげ)に(?:刺さ|噛ま|咬ま)|"
    r"(?:전갈|뱀|독사|해파리)(?:에게|한테|에)?\s*(?:쏘|물려|물렸|물리|찔)|"
    r"(?:لدغ|لسع|عض)\S*\s+(?:\S+\s+)?(?:عقرب|ثعبان|أفعى|افعى|حية|قنديل)",
    # a sting or bite that swells up: an allergy coming on ("stung, her arm is swelling fast")
    r"\b(?:stung|bitten)\b.{0,60}\bswell\w*|\b(?:pic[oó]|picad[oa]|mordi[oó])\b.{0,60}\b(?:hinch\w+|inflam\w+)|"
    r"\b(?:piqu[ée]e?s?|mordu\w*)\b.{0,60}\b(?:gonfl\w+|enfl\w+)|\bgestochen\b.{0,60}\b(?:schwill\w*|geschwollen|"
    r"schwellung)|(?:ужалил\w*|укусил\w*)\s.{0,60}(?:опух\w*|отек\w*|отёк\w*)|(?:蛰|蜇|叮|咬)了?.{0,20}肿|"
    r"刺され.{0,20}腫れ|(?:쏘였|물렸).{0,20}(?:부어|붓)|(?:لسع|لدغ)\S*.{0,40}(?:تورم|انتفاخ|منتفخ)|"
    r"\bpicad[oa]\b.{0,60}\binchad\w*",
    # someone not back when night has fallen, a phone silent: a person missing, for whom staff call the rescue
    r"\b(?:(?:is|are|has|have)n'?t|still\s+not|not\s+yet|never)\s+(?:\w+\s+)?(?:back|returned|come\s+back)\b.{0,100}?"
    r"\b(?:dark|night|phone|hours)\b|\b(?:has|have)\s+gone\s+missing\b|"
    r"\b(?:friend|mate|husband|wife|son|daughter|child|kid|partner|brother|sister|father|mother|dad|mum|mom)\s+"
    r"(?:is|has\s+been|'s)\s+missing\b|"
    r"no\s+ha\s+(?:vuelto|regresado).{0,100}?(?:oscur|noche|tel[ée]fono|m[óo]vil)|"
    r"n'est\s+(?:toujours\s+)?pas\s+(?:encore\s+)?(?:rentr|revenu).{0,100}?(?:nuit|sombre|t[ée]l[ée]phone|portable)|"
    r"(?:noch\s+nicht|immer\s+noch\s+nicht)\s+zur[üu]ck.{0,100}?(?:dunkel|nacht|handy|telefon)|\bwird\s+vermisst|"
    r"(?:не\s+вернул\w*|не\s+пришёл|не\s+пришел).{0,100}?(?:темн\w*|ноч\w*|телефон\w*)|пропал\s+без\s+вести|"
    r"(?:还没(?:有)?回来).{0,60}?(?:天黑|晚上|手机|电话)|失踪|(?:まだ戻(?:って(?:い)?(?:ない|ません)|らない|りません)|帰ってこない)"
    r".{0,60}?(?:暗|夜|電話|携帯)|行方不明|아직\s*(?:안\s*)?(?:돌아오지|돌아왔|안\s*와).{0,60}?(?:어두|밤|전화)|실종|"
    r"(?:لم\s+(?:يعد|ترجع|يرجع|تعد)|ما\s+رجع).{0,100}?(?:الظلام|الليل|هاتف|جوال|تلفون)|مفقود",
    # a fever told by its degrees (39 and over), and a doctor asked for at once
    r"(?<![\d.,])(?:39|4[01])(?:[.,]\d)?\s*(?:°\s*c?|grad|degrees?|градус\w*|度|도)?\s*(?:de\s+|of\s+)?(?:fever|fiebre|"
    r"fi[èe]vre|febre|fieber|температур\w*|发烧|发热|の?熱|열|حمى|حرارة)|(?:fever|fiebre|fi[èe]vre|febre|fieber|"
    r"температур\w*|发烧|发热|熱が?|열이?|حمى|حرارة)\s*(?:of|de|von|à|a|در?جة|是|は|가)?\s*(?:39|4[01])(?:[.,]\d)?(?!\d)|"
    r"\b(?:urgently\s+need|need\s+(?:a\s+)?doctor\s+(?:urgently|now|asap|right\s+away|immediately))|"
    r"\bm[ée]dic[oa]\s+(?:urgente|ya|ahora\s+mismo|de\s+urgencia)|\burgente\w*\s+(?:un\s+)?m[ée]dic[oa]|"
    r"\bm[ée]decin\s+(?:en\s+urgence|d'urgence|tout\s+de\s+suite)|\bdringend\s+(?:einen\s+)?arzt|\barzt\s+dringend|"
    r"\bsofort\s+einen\s+arzt|срочно\s+(?:нужен\s+|вызовите\s+)?врач\w*|врач\w*\s+срочно|急需医生|(?:赶紧|马上)叫医生|"
    r"至急(?:お)?医者|すぐに(?:お)?医者|(?:급히|빨리)\s*의사|의사\s*(?:급히|빨리)|طبيب\w*\s+(?:فورا|فوراً|حالا|بسرعة|بشكل\s+عاجل)",
    ATTACKED.pattern,
    # someone fainted or fell suddenly ill
    r"\bsuddenly\s+(?:very\s+)?(?:ill|sick|unwell)|\bdesmay\w*|se\s+(?:ha\s+)?puesto\s+muy\s+mal|"
    r"\b(?:s'est\s+)?[ée]vanoui\w*|fait\s+un\s+malaise|\bohnm[äa]chtig|zusammengebrochen|kollabiert|"
    r"обморок|потерял\w*\s+сознание|внезапно\s+заболел\w*|晕倒|昏倒|突然(?:生病|病了|不舒服)|気を失|倒れ(?:た|ました)|"
    r"急に具合が悪|기절|쓰러졌|갑자기\s*아파|أغمي\s+علي\w*|اغمي\s+علي\w*|فقد\w*\s+الوعي",
)
# A wild or dangerous animal in or right at the guest's room now ("there's a snake under the bed", "an elephant
# right outside our tent", "something big is breathing outside"): a person sent at once, and the hotel's own word on
# what to do; not a question whether there are any ("are there snakes?"), nor one supposed ("what if a snake...").
_ANIMAL = (r"snakes?|cobras?|pythons?|vipers?|scorpions?|elephants?|lions?|lioness|leopards?|buffalo(?:es)?|"
           r"hippos?|crocodiles?|hyenas?|bears?|baboons?|monkeys?|wild\s+animals?|something\s+(?:big|large|huge)")
_SPOT = (r"room|tent|villa|bed|bathroom|shower|toilet|door|veranda|terrace|balcony|bungalow|cabin|chalet|suite|"
         r"window|pool|wardrobe|closet|kitchen")
# An entry that speaks of such animals: the hotel's word on what to do when one comes (its English).
ANIMAL_WORDS = rx(rf"\b(?:{_ANIMAL}|animals?|wildlife)\b")
WILD_ANIMAL = rx(
    rf"\bthere(?:'s|\s+is|\s+are)\s+(?:an?|one|two|some|this)\s+(?:\w+\s+)?(?:{_ANIMAL})\b|"
    rf"\b(?:{_ANIMAL})\s+(?:is\s+|are\s+|just\s+)?(?:right\s+|just\s+)?(?:in|inside|outside|under|by|near|next\s+to|"
    rf"at|on)\s+(?:the\s+|our\s+|my\s+|front\s+of\s+)?(?:\w+\s+)?(?:{_SPOT})\b|"
    rf"\b(?:{_ANIMAL})\s+(?:is\s+|are\s+|just\s+|has\s+)?(?:breathing|chewing|growling|roaring|trying\s+to\s+get\s+in|"
    r"got\s+in|came\s+in|climbed\s+in)",
    r"\b(?:hay|tenemos)\s+una?\s+(?:serpiente|culebra|v[ií]bora|escorpi[oó]n|alacr[aá]n|elefante|le[oó]n|leopardo|"
    r"b[uú]falo|hipop[oó]tamo|cocodrilo|hiena|oso|mono|animal\s+salvaje)|\bhay\s+algo\s+grande|"
    r"\bil\s+y\s+a\s+une?\s+(?:serpent|vip[èe]re|scorpion|[ée]l[ée]phant|lion|l[ée]opard|buffle|hippopotame|"
    r"crocodile|hy[èe]ne|ours|singe|animal\s+sauvage)|\bil\s+y\s+a\s+quelque\s+chose\s+de\s+(?:gros|grand)|"
    r"\b(?:da\s+ist|es\s+ist|wir\s+haben)\s+(?:eine?n?\s+)?(?:schlange|skorpion|elefant|l[öo]we|leopard|b[üu]ffel|"
    r"nilpferd|flusspferd|krokodil|hy[äa]ne|b[äa]r|affe|wildes\s+tier|etwas\s+gro[ßs]es)|"
    r"\b(?:eine?\s+)?(?:schlange|skorpion|elefant|l[öo]we|leopard|b[üu]ffel|nilpferd|flusspferd|krokodil|affe)\s+"
    r"(?:ist|liegt|sitzt|steht)\s+(?:\w+\s+)?(?:im|in|vor|unter|auf|neben)\b|"
    r"\b(?:tem|h[áa])\s+uma?\s+(?:cobra|serpente|escorpi[ãa]o|elefante|le[ãa]o|leopardo|b[úu]falo|hipop[óo]tamo|"
    r"crocodilo|hiena|urso|macaco)|\b(?:tem|h[áa])\s+algo\s+grande",
    r"(?:в|под|у|возле|около)\s+(?:\w+\s+)?(?:номер\w*|палатк\w*|ванн\w*|комнат\w*|кроват\w*|двер\w*|вилл\w*)\s+"
    r"(?:\w+\s+){0,2}(?:зме[яюи]|скорпион|слон|лев|леопард|буйвол|бегемот|крокодил|гиен\w*|медвед\w*|обезьян\w*|"
    r"что-то\s+большое)|(?:зме[яю]|скорпион|слон|лев|бегемот|что-то\s+большое)\s+(?:\w+\s+)?(?:в|под|у|возле)\s+"
    r"(?:номер\w*|палатк\w*|ванн\w*|комнат\w*|кроват\w*|двер\w*)|ходит\s+что-то\s+большое",
    r"(?:房间|帐篷|浴室|卫生间|床|门口|外面|阳台|别墅)(?:里|下|外|外面|旁边|边|上)?(?:面)?(?:有|来了)(?:一[条只头个])?"
    r"(?:蛇|蝎子|大象|狮子|豹|水牛|河马|鳄鱼|鬣狗|熊|猴子|野兽|大东西)|"
    r"(?:蛇|ヘビ|へび|サソリ|ゾウ|象|ライオン|ヒョウ|カバ|ワニ|クマ|熊|サル|猿|何か大きな(?:もの|動物)?)が(?:いる|います|いて|出た|"
    r"出ました|入って)|"
    r"(?:뱀|전갈|코끼리|사자|표범|물소|하마|악어|곰|원숭이|뭔가\s*큰\s*(?:게|것이|동물이))(?:이|가)?\s*(?:\S+\s*)?"
    r"(?:있어|있어요|있습니다|나타났|들어왔)|"
    r"(?:يوجد|في|فيه|هناك)\s+(?:ثعبان|أفعى|افعى|حية|عقرب|فيل|أسد|نمر|فهد|جاموس|فرس\s+النهر|تمساح|ضبع|دب|قرد|شيء\s+كبير)"
    r"\s+(?:في|تحت|عند|خارج|أمام|بجانب)",
)

# A danger to everyone in the building, not a nuisance in one room: gas smelled or leaking, carbon monoxide, an
# alarm sounding, smoke or fire. Not the fireplace, the fireworks or the smoking rules ("can we light the fire?",
# "is there a smoke detector?"), and not cigarette smoke, which is a complaint.
HAZARD = rx(
    r"\bgas\s+(?:leak\w*|smell\w*)|\bleak\w*\s+gas|\bsmell\w*\s+(?:\w+\s+)?(?:of\s+|like\s+)?(?:gas|burning)\b|"
    r"\bburning\s+smell|carbon\s+monoxide(?!\s+detectors?\s*\?)|\b(?:smoke|fire|co|gas)\s+(?:alarm|detector)s?\s+"
    r"(?:is\s+|are\s+|keeps?\s+|has\s+been\s+|just\s+)?(?:going\s+off|went\s+off|goes\s+off|beeping|ringing|sounding)|"
    r"\bon\s+fire\b|\bthere'?s\s+(?:a\s+)?fire\b|\bthere\s+is\s+(?:a\s+)?fire\b|(?<!light\s)(?<!lit\s)(?<!the\s)(?<!a\s)(?<!gas\s)(?<!wood\s)(?<!log\s)(?<!open\s)\bfire\s+in\s+(?:the|my|our|room|\d)|"
    r"\bfire\s*!|\b(?:smoke|fumes)\s+(?:from|is\s+coming|coming|everywhere|filling|pouring)\b|\bfull\s+of\s+smoke|\b(?:there'?s|there\s+is|see|smell|thick|black)\s+(?:some\s+|a\s+lot\s+of\s+)?smoke\b",
    r"\b(?:huele|olor)\s+a\s+(?:gas|quemado|humo)|fuga\s+de\s+gas|mon[óo]xido\s+de\s+carbono|"
    r"(?:alarma|detector)\s+de\s+(?:humo|incendios?|gas|mon[óo]xido)\s+(?:\w+\s+)?(?:sonando|suena|son[óo]|pitando|pita)|"
    r"\bhay\s+(?:un\s+)?(?:fuego|incendio)|\bincendio\s+en\b|en\s+llamas|(?:hay|sale)\s+(?:mucho\s+)?humo|"
    r"\b(?:odeur|sent|sens)\s+(?:de\s+|le\s+|du\s+)?(?:gaz|br[ûu]l[ée])|fuite\s+de\s+gaz|monoxyde\s+de\s+carbone|"
    r"(?:alarme|d[ée]tecteur)\s+(?:incendie|de\s+fum[ée]e|de\s+monoxyde|de\s+co|de\s+gaz)\s+(?:qui\s+)?(?:sonne|bipe|"
    r"s'est\s+d[ée]clench[ée]e?)|\bau\s+feu\b|\bil\s+y\s+a\s+(?:le\s+)?feu\b|\ben\s+feu\b|prend\s+feu|"
    r"\bun\s+incendie\s+(?:dans|au|à)|de\s+la\s+fum[ée]e",
    r"\bcheiro\s+(?:forte\s+)?de\s+(?:g[áa]s|queimado|fuma[çc]a)|\bvazamento\s+de\s+g[áa]s|\bmon[óo]xido\s+de\s+carbono|"
    r"\b(?:alarme|detector)\s+de\s+(?:inc[êe]ndio|fuma[çc]a|g[áa]s)\s+(?:est[áa]\s+)?(?:tocando|disparou|apitando)|"
    r"\b(?:tem|h[áa]|saindo)\s+(?:muita\s+)?fuma[çc]a|\bpegando\s+fogo|\binc[êe]ndio\s+(?:no|na|em)\b|\bfogo\s+(?:no|na)\b",
    r"riecht\s+(?:\w+\s+){0,2}nach\s+(?:gas|rauch|verbrannt\w*)|gasgeruch|brandgeruch|gasleck|\bgas\s+(?:tritt|str[öo]mt)|"
    r"kohlenmonoxid|(?:rauch|brand|feuer|co|gas)-?melder\s+(?:\w+\s+)?(?:piept|geht\s+los|l[äa]utet|schl[äa]gt|"
    r"hat\s+ausgel[öo]st)|\bes\s+brennt\b|\bbrand\s+(?:im|in)\b|in\s+flammen|\brauch\s+(?:im|in\s+der|aus|kommt|dringt)",
    r"пахнет\s+(?:\w+\s+)?(?:газом|гарью|дымом)|запах\s+(?:газа|гари|дыма)|утечк\w+\s+газа|угарн\w+\s+газ|"
    r"(?:сигнализаци|датчик)\w*\s+(?:\w+\s+)?(?:срабатыва|сработал|пищит|звенит|орёт)|пожар\b|\bгорит\b|\bдым\w*\s+(?:в|из|повсюду)\b|ид[её]т\s+дым|"
    r"煤气味|燃气味|(?:煤气|燃气|天然气)(?:泄漏|漏了)|漏气|一氧化碳|(?:烟雾|火灾)?报警器(?:在)?响|着火|起火|失火|火灾|冒烟|焦味|"
    r"ガス(?:の)?(?:臭い|におい|匂い)|ガス漏れ|一酸化炭素|報知器が鳴|火事|火災が|燃えて|煙が(?:出|充満)|焦げ(?:臭い|た臭い)|"
    r"가스\s*(?:냄새|가\s*새|누출)|일산화탄소|(?:경보기|경보|감지기)\s*(?:가|이)?\s*(?:울려|울리|울립)|불이\s*(?:났|나)|"
    r"화재(?:가|\s*발생)|연기가|타는\s*냄새|"
    r"(?:رائحة|ريحة|ريحه)\s+(?:ال)?(?:غاز|حريق|احتراق|دخان|حريقة)|(?:تسرب|تسريب)\s+(?:ال)?غاز|أول\s+أكسيد\s+الكربون|حريق|دخان\s+(?:في|من|كثيف)|"
    r"إنذار\s+(?:ال)?(?:حريق|دخان)\s+(?:يرن|يصفر)",
)
# A danger supposed, not reported ("what do we do if the fire alarm goes off?", "en cas d'incendie"): the FAQ's rule.
IF_EVER = rx(r"\b(?:if|in\s+case|si|en\s+caso|en\s+cas|wenn|falls|im\s+fall|если|в\s+случае|em\s+caso\s+de)\b|"
              r"\bse\s+(?:houver|acontecer|o\s+alarme)\b|如果|万一|もし|場合|"
              r"만약|경우|إذا|في\s+حالة")

# Someone unwell now, and the guest asking what to do ("he's dizzy and nauseous, what should we do?", "孩子头晕想吐，
# 怎么办？", "めまいと吐き気がします。どうすれば", "кружится голова и тошнит. Что делать?"): a person checks on them,
# beside the hotel's own word on it (its hot spring's, its doctor's).
UNWELL = rx(
    r"\b(?:dizzy|nauseous|nauseated|light-?headed|throwing\s+up|vomit\w*|feel\w*\s+(?:faint|sick|unwell|ill))\b|"
    r"maread[oa]s?|n[áa]useas?|vomit\w*|v[óo]mit\w*|[ée]tourdi\w*|vertiges?|naus[ée]e\w*|schwindlig|schwindel\w*|"
    r"\b(?:mir|ihm|ihr|uns)\s+ist\s+(?:\w+\s+)?(?:übel|schlecht)|erbrech\w*|тошн\w*|рвот\w*|рвёт|рвет|"
    r"(?:кружится|кружилась)\s+голова|голова\s+кружится|头晕|頭暈|想吐|呕吐|嘔吐|恶心|噁心|めまい|目まい|吐き気|吐い|"
    r"어지러|어지럽|토하|토했|구토|메스꺼|دوخ\w*|دايخ\w*|غثيان|يتقيأ|تتقيأ|استفراغ",
)
WHAT_TO_DO = rx(r"\bwhat\s+(?:should|do|can|shall)\s+(?:we|i)\s+do\b|\bhelp\b|"
                r"qu[ée]\s+(?:hacemos|hago|debemos\s+hacer)|"
                r"que\s+(?:faire|devons-nous\s+faire|dois-je\s+faire)|was\s+(?:sollen|soll|können)\s+(?:wir|ich)\s+tun|"
                r"что\s+(?:делать|нам\s+делать|мне\s+делать)|помогите|怎么办|怎麼辦|怎么做|如何是好|どうすれば|どうしたら|"
                r"助けて|어떻게\s*해야|어떡해|어떻게\s*하죠|도와|ماذا\s+(?:نفعل|أفعل|يجب)|ساعدونا|ساعدني")


def unwell_now(text: str) -> bool:
    """Someone unwell now, and the guest asks what to do (`UNWELL`, `WHAT_TO_DO`); not "what if I feel dizzy?"."""
    return bool(UNWELL.search(text) and WHAT_TO_DO.search(text) and not IF_EVER.search(text))


# Smoke that is someone's cigarette ("the room smells of cigarette smoke"): a complaint about a room, no danger.
SMOKING = rx(r"cigar\w*|tobac\w*|tabac|\bweed\b|cannabis|zigarette\w*|sigarr\w*|сигарет\w*|табак\w*|香烟|烟味|タバコ|"
              r"たばこ|담배|سجائر|سيجار\w*|تدخين")


# The word "emergency" alone beside a number asked for ("what is the emergency number?", "응급 상황일 때
# 전화번호가 뭐예요?"): the hotel's answer of whom to call, and no staff called in; a body hurt or an ambulance
# beside it is a guest in danger.
EMERGENCY_WORD = rx(r"\bemergenc(?:y|ies)\b|emergencias?|urgences?|notfall\w*|экстренн\w*",
                      r"응급\s*상황|응급|긴급|紧急|緊急|急救电话|طوارئ|الطوارئ")
_NUMBER_ASKED = rx(r"\b(?:numbers?|hotline)\b|n[úu]mero|num[ée]ro|nummer|номер\w*",
                    r"号码|號碼|番号|何番|번호|رقم")


def asks_emergency_number(text: str) -> bool:
    """The emergency number asked for, with nothing said of anyone hurt."""
    return bool(_NUMBER_ASKED.search(text)) and not EMERGENCY.search(EMERGENCY_WORD.sub(" ", text))
