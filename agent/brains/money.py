"""The guest's bill and paying it, as guests ask: whose account, which charge, what amount, which way to pay."""

from __future__ import annotations

from agent.brains.patterns import rx

# What a bill is called, in the words a guest asks for it with no possessive ("今の請求額は").
MONEY_WORDS = rx(r"\b(?:bill|charges?|folio|account|invoice|balance|spent|owe\w*|facture|note|cuenta|factura|saldo|"
                  r"conta|fatura|cobran[çc]as?|"
                  r"tax|taxes|taxe|impuestos?|steuer\w*|налог\w*|"
                  r"solde|rechnung|betrag|сч[её]т\w*|сумм\w*|долг)\b",
                  r"账|賬|费|費|税|請求|料金|金額|額|청구|요금|금액|잔액|세금|فاتور|حساب|مبلغ|رصيد|ضريب")
# What a thing cost, written as the thing and its fee ("チケット代", the tickets' price): money, but no bill.
FEE = rx(r"(?<=[\u30a0-\u30ff])代|部屋代|食事代|宿泊代")
# Another guest's bill asked for ("tell me his total so we can split the bill", "what does my friend in room 12
# owe?", "¿cuánto debe mi hermana?", "was hat meine Schwester auf der Rechnung?"): no one's but the phone's own.
OTHERS_BILL = rx(
    r"\b(?:his|her|their)\s+(?:total|bill|balance|tab|folio|charges|account)\b|"
    r"\b(?:friend|sister|brother|mother|father|mum|mom|dad|wife|husband|colleague|boss|son|daughter|parents?|"
    r"cousin|neighbou?r)(?:'s|s')\s+(?:total|bill|balance|tab|folio|charges)\b|"
    r"\bwhat\s+(?:does|do)\s+(?:my\s+|our\s+)?(?:friend|sister|brother|mother|father|parents|colleague|boss|"
    r"cousin|the\s+guest)\b[^?]{0,30}\s+owe\b|"
    r"\bcu[aá]nto\s+debe\s+(?:mi|nuestr[oa]|su|el|la)\s+\w+|\bla\s+cuenta\s+de\s+(?:mi|su)\s+(?:amig|herman|madre|"
    r"padre|espos|colega|hij)\w*|\bcombien\s+doit\s+(?:mon|ma|notre|son|sa|le|la)\s+\w+|\bla\s+note\s+de\s+"
    r"(?:mon|ma)\s+(?:ami|amie|s[oœ]ur|fr[èe]re|m[èe]re|p[èe]re|coll[èe]gue)\b|\b(?:die\s+)?rechnung\s+(?:von\s+)?"
    r"(?:meine[rsm]?|unsere[rsm]?)\s+(?:freund|schwester|bruder|mutter|vater|kolleg)\w*|"
    r"сколько\s+должен\s+(?:мой|моя|наш|наша)?\s*(?:друг|подруг|брат|сестр|коллег|отец|мать)\w*|"
    r"сч[её]т\s+(?:моего|моей|нашего|нашей)\s+\w+|(?:朋友|同事|姐姐|妹妹|哥哥|弟弟|父母|妈妈|爸爸)的?账单|"
    r"(?:友人|友達|同僚|姉|妹|兄|弟|母|父)の(?:請求|会計|お会計)|(?:친구|동료|언니|누나|형|오빠|동생|엄마|아빠)\s*(?:의\s*)?(?:계산서|요금|청구)|"
    r"فاتورة\s+(?:صديقي|صديقتي|أخي|أختي|زميلي|أمي|أبي)")

BILL = rx(
    r"\b(?:my|our)\s+(?:current\s+|total\s+|outstanding\s+|room\s+)?(?:balance|bill|folio|tab|account|charges)\b",
    r"\bhow\s+much\s+(?:do|did|will|would)\s+(?:i|we)\s+(?:still\s+)?owe|\bwhat\s+(?:do\s+)?(?:i|we)\s+(?:still\s+)?owe|"
    r"\b(?:charged|billed|put)\s+(?:to|on)\s+(?:my|our)\s+(?:room|bill|account|tab|folio)\b|"
    r"\b(?:got|get|been|was|were)\s+(?:charged|billed)\s+(?:to|on)\s+the\s+(?:room|bill)\b|\bbalance\s+(?:for|on|of)\s|"
    r"\bfolio\b|\blist\s+(?:the|my|all)\s+charges|\bcharges\s+(?:on|to)\s+(?:my|our|the)\s+(?:room|bill|account)|"
    r"\bcurrent\s+balance\b|\b(?:send|show|see|get|email|give)\s+(?:me\s+|us\s+)?(?:the|my|our|an?)\s+"
    r"(?:itemi[sz]ed\s+|full\s+|final\s+|current\s+)?(?:bill|folio|statement|receipt)\b|"
    r"\b(?:bill|folio|statement)\s+(?:for|of|on)\s+(?:room|reservation|booking)\b|"
    r"\bwhat\s+(?:was|were)\s+the\s+(?:[\w-]+\s+){1,2}charges?\b|\bsettle\s+up\b|\btally\b|\bleft\s+to\s+pay\b|"
    # one charge pointed at ("that 42 dollar charge on the 21st", "what's this $47 charge?")
    r"\b(?:this|that)\s+(?:[\w$€£.,-]+\s+){0,2}charges?\b(?!\s+(?:for|to)\s+(?:a|an|the)\b)|"
    r"\bhow\s+much\s+did\s+(?:the\s+|my\s+|our\s+)?(?:[\w-]+\s+){1,3}come\s+to\b|начислил\w*|"
    # what the guest has spent here so far ("¿cuánto llevamos gastado?", "wie viel haben wir bisher ausgegeben?")
    r"\bhow\s+much\s+(?:have|did)\s+(?:i|we)\s+(?:already\s+)?spen[dt]\b|"
    r"\bcu[aá]nto\s+(?:llevamos|llevo|hemos|he)\s+(?:ya\s+)?gastado\b|\bcombien\s+(?:avons-nous|ai-je|on\s+a|nous\s+avons)\s+"
    r"(?:d[ée]j[àa]\s+)?d[ée]pens[ée]\b|\bwie\s*viel\s+haben\s+(?:wir|ich)\s+(?:bisher\s+|schon\s+)?ausgegeben\b|"
    r"сколько\s+(?:мы|я)\s+(?:уже\s+)?потратил\w*|(?:我们|我)(?:已经|一共)?花了多少|(?:いくら|幾ら)使い?まし|얼마(?:나)?\s*썼|"
    r"كم\s+(?:صرفنا|أنفقنا|صرفت)|"
    # what the guest owes so far ("сколько мы уже должны по счёту?", "今の時点で支払いはいくら？")
    r"сколько\s+(?:я|мы)\s+(?:уже\s+|ещ[её]\s+|всего\s+|сейчас\s+)?(?:вам\s+)?должн\w*|сколько\s+(?:у\s+(?:меня|нас)\s+)?(?:уже\s+)?набежало|"
    r"(?:今の時点|現時点|現在|今まで|これまで)\S{0,4}(?:支払|お支払|請求|会計|合計)\S{0,4}いくら|"
    r"\b(?:taken\s+off|deducted\s+from|credited\s+to|applied\s+to)\s+(?:the|my|our)\s+(?:bill|folio|tab|account)\b",
    # a charge put on the guest's room ("¿me lo cargaron a la habitación?", "部屋付け")
    r"\bcarg\w+\s+(?:\w+\s+){0,3}a\s+(?:mi|la|nuestra)\s+(?:habitaci[oó]n|cuenta)\b|"
    r"\b(?:cobr|lan[çc])\w+\s+(?:\w+\s+){0,3}(?:n[ao]|para\s+o|ao)\s+(?:(?:meu|minha|nosso|nossa)\s+)?"
    r"(?:quarto|conta)\b|\b(?:me|nos)\s+cobraram\b|"
    r"\b(?:mis|mise|factur[ée]e?s?|ajout[ée]e?s?|compt[ée]e?s?)\s+sur\s+(?:ma|notre|la)\s+(?:chambre|note)\b|"
    r"\bauf\s+(?:mein|unser|das)\w*\s+(?:zimmer|rechnung)\s+(?:gebucht|geschrieben|gesetzt|berechnet)|"
    r"записал\w*\s+на\s+(?:мой\s+|наш\s+)?(?:номер|сч[её]т)|记(?:到|在)(?:我的?)?房(?:间|账|费)|部屋付け|"
    r"방으로\s*(?:달|청구)|(?:إضافة|أضيف\w*|اضيف\w*).{0,30}إلى\s+(?:حساب\s+)?(?:غرفت|فاتورت)|"
    # charged already, said in the passive ("いくら請求されましたか", not "キャンセルしたら請求されますか")
    r"請求され(?:まし|てい|た)|청구(?:됐|되었|된|했|하셨)|\b(?:was|were|have|has)\s+(?:i|we|it)\s+(?:been\s+)?"
    r"(?:charged|billed)\b|\bdid\s+you\s+(?:charge|bill)\s+(?:me|us)\b|\bme\s+(?:han\s+)?cobra(?:do|ron)\b|"
    r"\bvous\s+m'avez\s+factur[ée]|\b(?:wurde|wurden)\s+(?:mir|uns)\s+(?:\w+\s+)?berechnet|"
    r"(?:сколько|сколько\s+денег)\s+(?:с\s+меня|с\s+нас)\s+(?:сняли|списали|взяли)|收了我们?多少|扣了我们?多少|"
    r"تم\s+(?:خصم|احتساب)|"
    # a charge disputed: why the guest was charged ("why am I being charged 33,800?", "¿por qué me cobran…?",
    # "pourquoi m'avez-vous débité…", "warum wurden mir 80 Euro berechnet?", "почему с меня взяли…", "为什么扣了我们…")
    r"\bwhy\s+(?:am|are|was|were|have|has)\s+(?:i|we|it)\s+(?:been\s+|being\s+)?(?:charged|billed)\b|"
    r"\bwhy\s+(?:is|was)\s+(?:there\s+)?(?:a|an|this|that)\s+(?:[\w$€£.,-]+\s+){0,3}charge\b|"
    r"\bpor\s*qu[eé]\s+(?:me|nos)\s+(?:est[aá]n\s+|han\s+)?cobra\w*|"
    r"\bpourquoi\s+(?:est-ce\s+que\s+)?(?:vous\s+)?(?:m'|me\s+|nous\s+)(?:avez[\s-]+(?:vous\s+)?)?"
    r"(?:factur|d[ée]bit|pr[ée]lev|compt)\w*|"
    r"\bwarum\s+(?:\w+\s+){0,5}(?:berechnet|berechnen|abgebucht|belastet|verrechnet)\b|"
    r"почему\s+(?:\w+\s+){0,2}(?:с\s+меня|с\s+нас|мне|нам)\s+(?:\w+\s+){0,2}(?:берут|взяли|сняли|списали|начисл\w*|"
    r"выставил\w*)|为什么(?:要)?(?:收|扣)(?:了)?(?:我|我们)|(?:なぜ|どうして)\S{0,20}請求|"
    r"لماذا\s+(?:تم\s+)?(?:خصم|احتساب|تحصيل)",
    # one line of the bill pointed at, in the guest's language ("esse lançamento de 278,30 é do quê?", "auf der
    # Rechnung steht zweimal 4.500", "¿qué es este cargo?", "cette ligne de 45 €", "эта сумма в счёте")
    r"\b(?:esse|este|essa|esta|aquele|aquela)\s+(?:lan[çc]amento|cobran[çc]a|d[ée]bito)\b|"
    r"\bauf\s+(?:der|meiner|unserer)\s+rechnung\s+(?:steht|stehen|sind|ist)\b|"
    r"\b(?:dieser|diese|der)\s+(?:posten|buchung|belastung)\b|\b(?:este|ese)\s+(?:cargo|cobro)\b|"
    r"\b(?:cette|la)\s+ligne\s+(?:de|à)\b|\bce\s+(?:d[ée]bit|pr[ée]l[èe]vement)\b|"
    r"(?:эта|это|этот)\s+(?:строк\w*|списани\w*|позици\w*|начислени\w*)|这笔|這筆|この(?:請求|項目)|"
    r"이\s*(?:항목|청구)|(?:هذا|هذه)\s+(?:البند|الرسوم)\s+(?:في|على)\s+(?:ال)?فاتور",
    # the deposit the guest already paid, asked about ("was the deposit I paid 8,500?"): a line of their folio
    r"\bdeposit\s+(?:that\s+)?(?:i|we)\s+(?:already\s+)?paid\b|"
    r"\b(?:sinal|dep[óo]sito|anticipo|se[ñn]a|acompte|anzahlung|предоплат\w*|депозит\w*)\s*,?\s+(?:que|die|котор\w+)\s+"
    r"(?:eu\s+|ich\s+|я\s+|j'ai\s+)?(?:j[áa]\s+|ya\s+|schon\s+|уже\s+)?(?:paguei|pagu[ée]|pagamos|pagado|pay[ée]|"
    r"bezahlt|gezahlt|[üu]berwiesen|внес|внёс|оплатил\w*)|"
    r"\b(?:descontad[oa]|abatid[oa]|deducid[oa]|d[ée]duit\w*|abgezogen|verrechnet|вычт\w*|зачт\w*)\b|"
    r"(?:我付的|已付的?)(?:定金|订金|押金)|(?:定金|订金).{0,6}(?:扣除|扣掉|抵扣)|払った(?:デポジット|前金|手付金)|"
    r"差し引かれ|(?:낸|지불한|결제한)\s*(?:예치금|보증금|선금)|차감|العربون\s+(?:الذي|اللي)\s+دفع|(?:خصم|خُصم)\s+من\s+(?:ال)?فاتور",
    r"\bhow\s+much\s+(?:have|did)\s+(?:i|we)\s+(?:already\s+)?spent|\bspent\s+so\s+far|"
    r"\bhow\s+much\s+(?:does|do)\s+(?:my|our)\s+\w+\s+(?:still\s+)?owe",
    r"\b(?:break\s*down|itemi[sz]e)\s+(?:the|my|our)\s+(?:bill|charges)\b|\bdesglos\w*\s+(?:la|mi|nuestra)\s+(?:cuenta|factura)\b|"
    r"\b(?:mi|nuestr[ao])\s+(?:cuenta|saldo|factura)\b|\b(?:minha|nossa)\s+(?:conta|fatura)\b|"
    r"\b(?:meu|nosso|o)\s+saldo\b|quanto\s+(?:ainda\s+)?(?:eu\s+|n[óo]s\s+)?(?:devo|devemos|gastei|gastamos)\b|"
    r"quanto\s+(?:ainda\s+)?falta\s+(?:para\s+|pra\s+)?pagar|\bdetalh\w*\s+(?:a|da|minha|nossa)\s+(?:conta|fatura)\b|"
    r"\b(?:el|le|mein|den|das)\s+(?:saldo|solde)\b|cu[aá]nto\s+(?:debo|debe|debemos|llevo\s+gastado|he\s+gastado)|"
    r"combien\s+(?:j'ai|nous\s+avons)\s+d[ée]pens[ée]|wie\s+viel\s+(?:habe\s+ich|haben\s+wir)\s+(?:\w+\s+)?ausgegeben|"
    r"المبلغ\s+(?:المتبقي|المستحق)|كم\s+(?:عليّ|يتبقى\s+علي)|"
    r"сколько\s+(?:я|мы)\s+(?:уже\s+)?потратил\w*|我(?:已经)?花了多少|いくら使った|얼마\s*(?:썼|나왔)|كم\s+أنفقت|\b(?:ma|notre)\s+(?:note|facture)\b|\b(?:mon|notre)\s+solde\b|combien\s+je\s+dois|"
    r"\b(?:mein|unser)\w*\s+rechnung\b|\b(?:mein|unser)\s+saldo\b|wie\s+viel\s+schulde|"
    r"(?:мо|наш)\w*\s+(?:сч[её]т\w*|баланс\w*)|сколько\s+(?:я|мы)\s+(?:сейчас\s+|ещё\s+|еще\s+)?должн?\w*|"
    r"(?:общ|текущ|итогов)\w*\s+(?:баланс|сумм|сч[её]т)\w*|сколько\s+(?:я|мы)\s+уже\s+(?:заплатил|оплатил)\w*|"
    r"我们?的?[账帐]单|[账帐]单上|张单|我欠|明細|残高|請求書|請求額|請求金額|ご請求|いくら(?:お)?支?払|(?:내|우리|제|저희)\s*(?:청구서|계산서|잔액)|(?:청구서|계산서|명세서|영수증)에|"
    r"얼마를\s*내야|내야\s*할\s*(?:금액|돈)|فاتورت(?:ي|نا)|رصيد(?:ي|نا)|"
    r"كم\s+علي|"
    # what the hotel charged, in the Gulf's and Cantonese's own words ("كم حسبتوا علينا", "我而家總共要俾幾多錢")
    r"كم\s+(?:حسبت\S*|احتسبت\S*)\s+(?:علي\S*|لنا|لي)|我\S{0,6}(?:總共|总共|一共|而家|現在|现在)\S{0,3}(?:要)?(?:俾|畀|付)\S{0,2}(?:幾多|几多|多少)",
)
# Whether something comes with the rate or costs extra ("brekkie incl in my rate or extra?", "¿el desayuno está
# incluido en mi tarifa?", "早餐包含在房价里吗？"): what the rate includes, the FAQ's to say, no line of a bill.
INCLUDED = rx(r"\b(?:incl(?:uded|udes|usive)?)\b|\bincluid[oa]s?\b|\bincluye\b|\binclu[íi]d[oa]s?\b|\binclui\b|"
              r"\binclu(?:s|se|ses)\b|"
               r"\bcompris\b|\binbegriffen\b|\binklusive\b|\benthalten\b|включ[её]н\w*|\bвходит\b",
               r"包含|包括|含早|込み|含まれ|포함|مشمول\w*|يشمل\w*")
# Whether a charge can go on the bill ("can the hotel just add it to my bill?", "¿pueden cargarlo a mi habitación?",
# "可以记到房账上吗？"): a rule of the hotel's, asked before anything is charged; no line of the bill.
ADD_TO_BILL = rx(r"\b(?:can|could|may|will|would)\s+(?:you|we|i|they|the\s+(?:hotel|desk|reception))\s+"
                  r"(?:just\s+|please\s+)?(?:add|put|charge|bill)\s+(?:it|this|that|them|those|(?:the|my|our)\s+[\w-]+(?:\s+[\w-]+)?)\s+"
                  r"(?:to|on(?:to)?)\s+(?:my|our|the)\s+(?:room|bill|account|tab|folio)\b|"
                  r"\b(?:a[ñn]adir|cargar|poner|apuntar)(?:lo|la|los|las)?\s+(?:\w+\s+){0,2}(?:a|en)\s+(?:mi|la|nuestra)\s+"
                  r"(?:cuenta|habitaci[oó]n|factura)|\b(?:colocar|lan[çc]ar|cobrar|p[ôo]r|adicionar|botar)\s+"
                  r"(?:\w+\s+){0,2}(?:n[ao]|em)\s+(?:(?:minha|meu|nossa|nosso)\s+)?(?:conta|quarto|fatura)\b|\b(?:ajouter|mettre|facturer|porter)\s+(?:\w+\s+){0,2}(?:sur|à)\s+"
                  r"(?:ma|la|notre)\s+(?:note|chambre|facture)|\bauf\s+(?:meine|unsere|die)\s+(?:zimmer)?rechnung\s+"
                  r"(?:setzen|buchen|schreiben|nehmen)|(?:добавить|записать|включить|внести)\s+(?:\w+\s+){0,2}(?:в|на)\s+"
                  r"(?:мой\s+|наш\s+)?(?:сч[её]т|номер)",
                  r"(?:可以|能|能不能|可不可以)\S{0,6}(?:加到|记到|算到|挂到|记在|挂在)(?:我的?)?(?:[账帐]单|房[账帐]|房间|房费)|"
                  r"部屋付けに(?:できます|できる|して(?:もらえ|ください|くれ|いただけ))|"
                  r"(?:방|객실|청구서)(?:으로|에)\s*(?:달아|추가해|청구해)\s*(?:주|줄|도\s*되)|"
                  r"(?:يمكن\S*|ممكن|أستطيع|نستطيع)\s+(?:\S+\s+)?(?:إضافة|اضافة|إضافته|اضافته|تحميل)\S*\s+(?:\S+\s+){0,2}"
                  r"(?:إلى|الى|على)\s+(?:فاتورتي|حسابي|غرفتي)")
BILL_NOT = rx(r"\b(?:(?<!apple\s)(?<!google\s)(?<!left\sto\s)pay|paying|split|dispute|wrong|incorrect|mistake|"
               r"company|refund|currency|methods?|cards?|"
               r"pagar|payer|bezahlen|оплат\w*)\b|\binvoice\s+with", ADD_TO_BILL.pattern)

# A charge already made, which is the guest's ("what did the spa come to?", "was hat ... gekostet", "駐車料金はいくら
# になっていますか"): what a named service has cost so far, not what it costs.
CHARGED = rx(r"\b(?:came\s+to|come\s+to|charged|billed|put\s+on|cobr(?:[oó]|aron|ad[oa]s?|ou|aram|amos)|"
             r"lan[çc]ad[oa]s?|carg(?:aron|[oó]|ad[oa]s?)|factur[ée]e?s?|mise?s?\s+sur|d[ée]bit[ée]e?s?|pr[ée]lev[ée]e?s?|"
             r"berechnet|gekostet|abgebucht|quanto\s+foi|cu[áa]nto\s+(?:fue|sali[óo]|cost[óo])|a\s+co[ûu]t[ée]|начисл\w*|записал\w*|списал\w*|набежал\w*|стоил[аио]?|взяли)\b|引き落と|결제됐|خصم\S*|收了|扣了|记账了|記帳了|"
             r"入账了|挂账了|記上了|记上了|請求され|になっています|청구됐|나왔|였죠|였어요")

# What is the guest's own: a bill, a room, a charge ("my bill", "제 방 요금", "unsere Rechnung"), the guest as
# the one charged or owing ("what did you charge me?", "¿qué me han cobrado?", "у меня", "我还欠"; not a bare
# "I" or "we": "we arrive Saturday, how much is parking?" asks a price), or the
# account running so far or still open, which Japanese and Chinese ask without a possessive ("今までの部屋代",
# "目前的费用", "あといくら").
OWNER = rx(r"\b(?:my|our|mine|ours|mis?|nuestr[oa]s?|meu|minha|meus|minhas|noss[oa]s?|mon|ma|mes|notre|nos|"
           r"mein\w*|unser\w*|мо[йеияё]\w*|наш\w*)\b",
            r"\b(?:me|us|m(?=')|je\s+(?:vous\s+)?dois|nous\s+(?:vous\s+)?devons|mir|mich|uns|мне|меня|нам|нас)\b",
            r"我的|我们的|我們的|私の|僕の|うちの|(?<![가-힣])(?:제|저의|내|우리)(?![가-힣])|"
            r"我(?:们)?房(?:费|间|账)|[\u0600-\u06ff]{2,}(?:ي|نا)(?=[\s؟?.!,]|$)")
# The account itself: what is still open or settled, a charge already made, a companion's bill, the stay so far.
# ...not what a guest left behind ("I left my charger in the room").
ACCOUNT = rx(r"\b(?:still|left(?!\s+(?:my|our|his|her|their|your|a|an|the|some|something|it|them|behind)\b)|"
              r"remaining|outstanding|pour\s+l'instant|à\s+ce\s+jour|bis\s+jetzt|noch|ещё|еще|"
              r"settle|saldar|quitar|acertar|em\s+aberto|pendente|r[ée]gler|begleichen|рассчитат\w*)\b|还|あと|残り|남은|아직|المتبقي|الآن|"
              r"结账|結帳|精算|정산|تسديد|أسدد",
              CHARGED.pattern,
              # a companion's bill ("her bill", "فاتورتها"): a guest's bill all the same, whose the skill settles
              r"\b(?:his|her|their)\s+(?:\w+\s+)?(?:bill|folio|tab|account|charges|balance)\b|"
              r"\b(?:sa|leur)\s+(?:note|facture)\b|\b(?:seine|ihre)\s+rechnung\b|\b(?:е[её]|его|их)\s+сч[её]т\b|"
              r"(?:فاتورت|حساب)(?:ه|ها|هم)(?=[\s؟?.!,]|$)",
              r"\b(?:so\s+far|until\s+now|to\s+date|current(?:ly)?|right\s+now|hasta\s+ahora|actual(?:mente)?|"
              r"at[ée]\s+agora|atualmente|nesta\s+estadia|"
              r"jusqu'à\s+présent|actuel\w*|bisher|aktuell\w*|до\s+сих\s+пор|сейчас|на\s+данный\s+момент|текущ\w*|"
              r"this\s+stay|esta\s+estancia|ce\s+séjour|diese[mn]?\s+aufenthalt)\b|"
              r"今まで|これまで|現在|現時点|目前|现在|当前|到目前为止|这次住宿|今回の滞在|지금까지|현재|이번\s*숙박|"
              r"حتى\s+الآن|الحالي|هذه\s+الإقامة")
MINE = rx(OWNER.pattern, ACCOUNT.pattern)
# A price asked for the guest's own thing ("c'est combien pour mon char?", "how much for our dog?", "¿cuánto por mi
# coche?"): the price of a service, the possessive the thing's, not the bill's.
FOR_MINE = rx(r"\b(?:for|pour|para|por|für|за)\s+(?:my|our|mon|ma|mes|notre|nos|mis?|nuestr[oa]s?|mein\w*|unser\w*|"
               r"(?:[oa]\s+)?(?:meu|minha|noss[oa])|"
               r"мо\w+|наш\w*)\s+(?!(?:bill|tab|folio|account|stay|room|s[ée]jour|estancia|cuenta|note|facture|"
               r"chambre|habitaci[oó]n|aufenthalt|zimmer|rechnung|сч[её]т|номер|проживание|conta|fatura|quarto|estadia)\b)\w+")

# A charge named by its amount ("the 28 dollar item", "$35", "12,50 €").
AMOUNT = rx(r"[$€£]\s?\d+(?:[.,]\d{2})?|\b\d+(?:[.,]\d{2})?\s*(?:dollars?|d[óo]lares|bucks|usd|euros?|eur|reais|"
            r"pounds?|"
             r"libras|livres|pfund|gbp|rub|руб\w*|доллар\w*|евро|фунт\w*)\b|\d+\s*₽|"
             r"\d+(?:[.,]\d{2})?\s*(?:美元|美金|欧元|英镑|ドル|ユーロ|ポンド|달러|유로|파운드|دولار\w*|يورو|جنيه\w*)|"
             r"\d+(?:[.,]\d{2})?\s*[$€£]")
PAY = rx(r"\b(?:pay|paying|payment|deposit|payment\s+link|checkout\s+link)\b",
          r"\bpagar|\bpago|\bpagamento|dep[oó]sito|anticipo|\bse[ñn]a\b|\bsinal\b|payer|paiement|acompte|arrhes|\bd[ée]p[ôo]t\b|bezahlen|"
          r"zahlung|anzahlung|"
          r"оплат\w*|залог|предоплат\w*|аванс\w*",
          r"付款|支付|定金|订金|訂金|押金|支払|決済|デポジット|前払い|前金|内金|결제|"
          r"보증금|선금|계약금|예약금|دفع|عربون")
# The link itself asked for ("send me the link", "傳連結給我", "リンクを送って"): the payment link, once one is offered.
LINK = rx(r"\blinks?\b|\benlace\b|\blien\b|\bссылк\w*|链接|連結|鏈接|链结|リンク|링크|رابط")
# A way to pay named beside a bill ("can I settle it with Apple Pay?"): the FAQ says which the hotel takes.
PAY_HOW = rx(r"apple\s+pay|google\s+pay|\bcards?\b|\bcash\b|\bvisa\b|\bamex\b|mastercard|\bcredit\b|\bdebit\b|"
              r"tarjeta|efectivo|cart[ãa]o|dinheiro|\bpix\b|\bcarte\b|esp[èe]ces|\bkarte\b|\bbar\s+(?:zahlen|bezahlen)|карт\w*|наличн\w*|"
              r"信用卡|现金|支付宝|微信支付|カード|現金|카드|현금|بطاقة|نقد\w*|كاش")
PAY_NOT = rx(r"\b(?:methods?|cards?|accept|cash|apple\s+pay|google\s+pay|visa|amex|mastercard|currency|split|"
              r"(?:do|does|will|would)\s+(?:they|kids|children|he|she|we)\s+(?:have\s+to\s+)?pay|"
              r"refund\w*|how\s+much\s+is\s+the\s+deposit)\b|tarjeta|cart[ãa]o|carte|karte|карт")
