"""What a guest wants brought, done or priced: an order, a request, a price, the wifi, a plan, a review."""

from __future__ import annotations

from agent.brains import dates
from agent.brains.patterns import rx

# A Latin word run into Chinese or Japanese has no \b before the next character ("wifi密码"): letters bound it.
WIFI = rx(r"(?<![A-Za-z])(?:wi-?\s?fi|wlan|wireless|internet)(?![A-Za-z])|get\s+online",
           r"вай-?фай|无线|ワイファイ|와이파이|와파|무선\s*인터넷|واي\s?فاي")  # "와파": how Koreans text it
PASSWORD = rx(r"\b(?:password|passwd|pw|pwd|mdp|senha)\b|contraseña|mot\s+de\s+passe|passwort|kennwort|пароль|parol\b|"
               r"pasuwa+-?do|密码|パスワード|비밀번호|비번|كلمة\s+(?:ال)?(?:سر|مرور)")
# What the wifi skill tells: the network, its password, and whether it costs anything.
WIFI_ASK = rx(PASSWORD.pattern,
               r"\b(?:pass|code|network|connect\w*|log\s?in|name|details|key|free|cost|price|charge)\b|clave|^\W*\S+\W*$",
               r"gratis|gr[áa]tis|gratuit|kostenlos|бесплатн|免费|無料|무료|مجان")
# "We want", "I want" as the Arabic dialects say it (Gulf "نبي", "أبغى", Egyptian "عايزين", Levantine "بدنا"): an
# order and a request alike.
WANT_IN_DIALECT = r"(?<!\S)(?:نبي|نبغ[ىي]|[أا]بغ[ىي]|عايز\w*|عاوز\w*|بد(?:ي|نا))(?!\S)"
ORDER = rx(r"\b(?:order|bring|send|deliver|i'?d\s+like|i\s+want|we'?d\s+like|we\s+want|can\s+(?:i|we)\s+(?:get|have)|"
            r"could\s+(?:i|we)\s+(?:get|have)|get\s+me|add(?!\s+up\b)|room\s+service)\b",
            r"quiero|quisiera|pedir|tr[aá]e\w*|\bquero\b|\bqueria\b|gostaria|\btra(?:z|zer|ga|gam)\b|"
            r"\bm[aá]nd(?:a|e|em|ar|an|en)(?:me|nos)?\b|\benv[ií](?:a|e|an|en|ar)(?:me|nos)?\b|(?:pode|podem|poderia)\s+(?:me\s+|nos\s+)?(?:trazer|mandar|enviar|subir|levar)|"
            r"(?:nos|me)\s+(?:pued\w+|podr[ií]\w+)\s+subir|s[uú]ban(?:nos|me)|je\s+voudrais|commander|apporte\w*|livr(?:er|ez)|mont(?:er|ez)|ich\s+möchte|bestellen|bringen|"
            r"заказать|принесите|пришлите|хочу|点餐|送|注文|持ってき|届けて|주문|갖다|أطلب|اطلب|أرسل\w*|"
            # asked as "will you send us" ("ترسلون لنا", "تجيبون لنا"): an order, as the imperative is
            r"ارسل\w*|ترسل\w*|تجيب\w*", WANT_IN_DIALECT)

# Words of eating, drinking and bringing food, whatever the menu lists ("something to eat", "algo de beber",
# "quelque chose à manger", "was zu trinken", "поесть", "吃的", "食べ物", "먹을 것", "أكل"): what an order says
# when it names no dish of the menu. A request with none of them and no dish ("get a suit made") orders nothing.
FOOD = rx(r"\b(?:food|eat|eating|hungry|starving|drinks?|drinking|thirsty|snacks?|dish(?:es)?|meals?|deliver\w*|"
          r"dessert|juice|tea|coffee|breakfast|lunch|dinner|supper|pizza|burger|sandwich\w*|salad|soup|noodles?|"
          r"rice|fries|steak|cake|fruit|ice\s+cream|beer|wine|water|soda|cocktail)\b",
          r"\b(?:comida|comer|hambre|bebidas?|beber|postre|picar|cena|almuerzo|desayuno|fome|lanche|sobremesa|"
          r"almo[çc]o|jantar|caf[ée]|nourriture|manger|faim|boissons?|boire|plat|repas|d[îi]ner|d[ée]jeuner|"
          r"essen|hunger|hungrig|getr[äa]nk\w*|trinken|nachtisch|abendessen|fr[üu]hst[üu]ck|liefer\w*|"
          r"livr\w*|entreg\w*)\b",
          r"\b(?:еда|еду|еды|поесть|поужинать|голод\w*|напит\w*|попить|перекус\w*|десерт\w*|достав\w*|блюд\w*|"
          r"ужин\w*|завтрак\w*|обед\w*)\b|吃|饿|喝|饮料|食物|外卖|送餐|甜点|早餐|午餐|晚餐|食べ|お腹|飲み|食事|料理|"
          r"デザート|朝食|夕食|먹|배고|음료|마실|음식|요리|디저트|배달|아침|저녁|أكل|اكل|جوعان|جائع|مشروب|اشرب|طعام|حلوى|"
          r"عشاء|غداء|فطور|"
          # dishes counted as dishes are ("두 그릇", "一碗", "2人前"), whatever their names
          r"\d\s*(?:그릇|인분|접시)|(?:한|두|세|네)\s*(?:그릇|접시)|[一两二三四五六七八九十\d]\s*(?:碗|盘)|\d\s*(?:人前|皿)")

# Going out to a place that serves something ("a night out at a mezcal bar", "ir a una pizzería", "in eine Weinbar"):
# the dish names the place, it is not ordered.
OUT_AT = rx(r"\b(?:at|to|in)\s+(?:a|an|the|some|one\s+of\s+the)\s+(?:[\w-]+\s+){0,2}(?:bars?|pubs?|restaurants?|"
             r"places?|caf[eé]s?|clubs?|taverns?|cantinas?|taquer[ií]as?|pizzerias?|breweries|brewery)\b",
             r"\b(?:a|en)\s+(?:un|una|el|la|algún|alguna)\s+(?:[\w-]+\s+){0,2}(?:bar|restaurante|cantina|"
             r"mezcaler[ií]a|taquer[ií]a|pizzer[ií]a|cervecer[ií]a)\b|\b(?:dans|à)\s+(?:un|une|le|la)\s+"
             r"(?:[\w-]+\s+){0,2}(?:bar|restaurant|brasserie|pub|microbrasserie)\b|"
             r"\b(?:in|zu)\s+(?:eine?n?|die|der|das|den)\s+(?:[\w-]+\s+){0,2}(?:bar|[\w-]*bar|kneipe|restaurant|"
             r"lokal|brauerei)\b")
# A thing wanted in the guest's room ("pelmeni to our room?", "в номер", "aufs Zimmer", "one lava cake to 305"): with a
# dish named, an order.
TO_ROOM = rx(r"\b(?:to|up\s+to)\s+(?:my|our|the)\s+room\b|\b(?:to|up\s+to)\s+(?:room\s+|rm\.?\s*|#)?\d{2,4}\b|"
              r"\b(?:a\s+la|à\s+la|zu(?:r|m)?|in)\s+(?:habitaci[oó]n\s+|chambre\s+|zimmer\s+)\d{2,4}\b|\ba\s+(?:mi|la|nuestra)\s+habitaci[oó]n\b|"
              r"\b(?:para\s+o|no|ao)\s+quarto\s+\d{2,4}\b|\b(?:para\s+o|no|ao)\s+(?:meu|nosso)\s+quarto\b|"
              r"\bdans\s+(?:ma|notre|la)\s+chambre\b|\b(?:aufs|auf\s+das|ins)\s+zimmer\b|(?<!\w)в\s+номер(?!\w)",
              r"送到房间|送到我的房间|到我们?的?房间|部屋(?:に|まで)|방으로|إلى\s+(?:غرفتي|الغرفة)")
# Asked to be brought up ("bring a bottle opener to 305", "¿nos traen un sacacorchos a la 305?", "持ってきて"): a
# thing fetched for the room, whatever it is.
FETCH = rx(r"\b(?:bring|send\s+up|deliver|drop\s+off|traer|tra(?:en|igan?)|subir|apport(?:er|ez)|monter|bringen|"
           r"vorbeibringen|принест\w*|принесите|trazer|levar)\b|送(?:来|到|一)|拿(?:来|一)|持ってき|届け|가져다|갖다|"
           r"(?:أحضر|أحضروا|جيبوا|هاتوا)")
# What something would cost ("what would that come to?", "¿cuánto sería?"): a quote, not an order.
PRICE = rx(r"\b(?:how\s+much|come\s+to|add\s+up\s+to|cost\w*|price\w*|total|rate|tariffs?|"
           r"what\s+(?:do|does|would|will)\s+(?:you|it|they)\s+charge|charges?\s+for|"
           r"what(?:'s|\s+is|\s+will\s+be)\s+the\s+damage)\b|cu[aá]nto|precio|\bquanto\b|pre[çc]o|\bcusta\w*|"
           r"combien|\bprix\b|"
           r"wie\s*viel|was\s+kostet|\bwie\s+hoch\s+(?:ist|sind|w[äa]ren?|liegt|liegen)\b|\bpreis|сколько|стоимост\w*|цена|多少钱|多少|几多钱|几钱|价格|いくら|値段|料金|얼마|가격|요금|"
           r"كم\s+(?:سعر|يكلف|ثمن|المجموع|السعر)|بكم|سعر")

# A price asked about nothing of its own ("and what would that cost?", "¿y cuánto cuesta?", "多少钱？"): what
# is left once the price words, pronouns and particles are gone.
PRICE_FILLER = rx(r"\b(?:what|would|will|does|do|is|it|that|this|be|the|and|so|then|roughly|about|extra|much|"
                    r"ser[ií]a|serait|w[äa]re|будет)\b|"
                    r"\bfait\b|cuest\w*|custa\w*|cost\w*|co[uû]t\w*|kost\w*|сто[ия]т\w*|стоимост\w*|[呢吗嗎的是要了啊呀]|ですか|ます|"
                    r"でしょうか|[はも](?=\W|$)|예요|이에요|인가요|나요|그럼|어떻게|되나요|돼요|(?<![가-힣])[이가은는]요?(?![가-힣])|\W|\d")

# Per what a price is counted ("and per person?", "¿por día?", "pro Nacht?", "1인당"): no topic of its own.
PER_UNIT = rx(r"\b(?:per|a|each|por|par|pro|je|за|с|на)\s+(?:person|people|head|adult|night|day|persona|noche|d[ií]a|"
               r"cabeza|adulto|pessoa|noite|cabe[çc]a|personne|nuit|jour|t[êe]te|adulte|nacht|tag|kopf|erwachsene\w*|человека|ночь|сутки|день)\b",
               r"一人|一个人|每人|每位|一晩|1人|인당|한\s*명|للشخص|للفرد|لليلة")
# For how many the price is asked ("for 4 people", "pour deux nuits", "für 3 Personen", "на двоих", "4人で"): how
# many, not what.
FOR_COUNT = rx(rf"\b(?:for|para|pour|für|fuer|на|за)\s+(?:the\s+|los\s+|les\s+|die\s+)?(?:{dates.SMALL_NUMBER}|"
                r"двоих|троих|четверых)(?:\s+(?:of\s+us|[^\W\d_]+))?\b",
                r"\d+\s*(?:人|名|位|박|명|泊|晚|ليال\w*|أشخاص|ليلة)(?:で|分|이면|에|이고|인데)?|(?:لـ?|ل)\s*\d+\s*(?:أشخاص|ليال\w*)")
# A follow-up that only changes for whom ("¿Y para niños?", "and for the kids?", "那小孩呢？"): the same question
# as before, asked for them.
FOR_WHOM_ONLY = rx(r"^\W*(?:(?:and|what\s+about|how\s+about|y|e|et|und|а|и)\s+)?(?:for|para|pour|für|для)\s+"
                    r"(?:the\s+|los\s+|las\s+|les\s+|des\s+|die\s+|an?\s+|une?\s+|my\s+|our\s+|mis\s+|nos\s+|mes\s+|"
                    r"(?:[oa]s?\s+)?(?:meus?|minhas?|noss[oa]s?)\s+|[oa]s\s+|"
                    r"mi\s+|ma\s+|mon\s+|notre\s+|meine[nr]?\s+|unsere[nr]?\s+|мо(?:его|ей|их)\s+|наш(?:его|ей|их)\s+)?"
                    r"(?:\d+\s+)?(?:kids?|children|child|bab(?:y|ies)|toddlers?|teens?|teenagers?|"
                    r"adults?|seniors?|students?|niñ[oa]s?|bebés?|adultos?|crian[çc]as?|beb[êe]s?|filh[oa]s?|marido|"
                    r"enfants?|bébés?|adultes?|kinder|kind|babys?|"
                    r"erwachsene|детей|ребенка|ребёнка|взрослых|"
                    # one of the family ("and for my daughter?", "¿y para mi hijo?", "und für unsere Tochter?")
                    r"sons?|daughters?|wife|husband|mother|father|mom|mum|dad|grandparents?|hij[oa]s?|esposa|esposo|"
                    r"madre|padre|fils|filles?|femme|mari|mère|père|sohn|söhne|tochter|töchter|frau|mann|mutter|vater|"
                    r"сына|дочери|дочки|жены|мужа|мамы|папы)"
                    # their ages said after them ("для детей 7 и 10 лет", "de 9 años", "aged 8")
                    r"(?:,?\s+(?:aged|of|de|von|от|в\s+возрасте)?\s*\d{1,2}(?:\s*(?:and|y|et|und|и|,)\s*\d{1,2})*"
                    r"(?:\s*(?:years?(?:\s+old)?|años|ans|jahren?|лет|года?))?)?\W*$",
                    r"^\W*(?:那|那么)?(?:小孩|孩子|儿童|大人|成人)(?:呢|的话呢)\W*$|^\W*(?:子供|こども|子ども|大人)(?:は|の場合は)\W*$|"
                    r"^\W*(?:아이|아이들|어린이|애들|어른)(?:은|는|이면)\s*(?:요)?\W*$|^\W*(?:وماذا\s+عن\s+)?و?(?:لل|ل)?(?:أطفال|اطفال|طفل|بالغين)\W*$")
# What refers back to an order under discussion ("that", "the order", "everything", "with delivery").
ORDER_REF = rx(r"\b(?:that|it|this|all|everything|order|altogether|delivery|in\s+total)\b|\beso\b|\btodo\b|pedido|"
                r"\bisso\b|\btudo\b|\bno\s+total\b|"
                r"\ben\s+total\b|\bça\b|\ben\s+tout\b|commande|\bdas\b|insgesamt|bestellung|\bэто\b|\bвсего\b|итого|"
                r"заказ\w*|那些|这些|订单|一共|总共|全部|それ|注文|全部で|合計|그거|주문|전부|모두|합계|다\s*해서|ذلك|الطلب|"
                r"المجموع|الإجمالي")
# Asking to be told, around what is asked ("…, and I'd like to know the price", "가격이 궁금해요", "料金を教えて
# ください", "请告诉我几点"): it names nothing of its own.
TELL_ME = rx(r"\b(?:(?:i'?d|i\s+would|we'?d|we\s+would)\s+(?:like|love)\s+to\s+know|(?:i'?m|we'?re)\s+wondering|"
             r"(?:can|could)\s+you\s+tell\s+(?:me|us)|tell\s+(?:me|us)|let\s+(?:me|us)\s+know|"
             r"(?:quisiera|quisi[ée]ramos|me\s+gustar[ií]a|nos\s+gustar[ií]a|gostar[ií]a(?:mos)?)\s+(?:de\s+)?saber|"
             r"d[ií]ga(?:me|nos)|(?:j'aimerais|nous\s+aimerions|je\s+voudrais)\s+savoir|dites-(?:moi|nous)|"
             r"(?:ich\s+m[öo]chte|wir\s+m[öo]chten|ich\s+w[üu]rde\s+gern\w*)\s+wissen|sagen\s+sie\s+(?:mir|uns)|"
             r"хо(?:тел[аи]?|чу|тим)\s+(?:бы\s+)?(?:узнать|знать)|подскажите|скажите)\b|"
             r"(?:이|가|을|를|도)?\s*궁금(?:해요|합니다|하네요)|(?:을|를|도)?\s*알려\s*주세요|(?:을|를)?\s*알고\s*싶(?:어요|습니다)|"
             r"(?:[をが])?知りたい(?:です)?|(?:[をも])?教えて(?:ください|下さい|いただけますか)?|"
             r"想知道|请告诉我|請告訴我|告诉我|أود\s+أن\s+أعرف|أريد\s+أن\s+أعرف")
PLEASE = rx(r"\b(?:please|pls|plz)\b|por\s+favor|s'il\s+vous\s+pla[iî]t|\bbitte\b|пожалуйста",
             r"请|ください|お願い|주세요|부탁(?:해요|합니다|드려요|드립니다)|من\s+فضلك")
# Japanese asks for a thing as politely as a question ("炭酸水を2本お願いできますか", "ケーキをいただけますか",
# "ピザを持ってきてもらえますか"): a request said with a question's "か", not a question about it.
POLITE_ASK = rx(r"(?:を|も|で|[\d一二三四五六七八九十]\s*(?:本|つ|個|枚|杯|皿|人前|人分|セット)?)\s*"
                r"(?:お願い(?:でき|いたせ)|いただけ|頂け|もらえ|くれ)(?:ます|ません|る)か|"
                r"(?:持ってき|持って来|届け|送っ|貸し|用意し)て(?:もらえ|いただけ|頂け|くれ)(?:ます|ません|る)か")
ORDER_CHANGE = rx(r"\b(?:add|remove|cancel|without|instead|make\s+(?:the|it)|change|swap|switch|replace|also|plus|"
                   r"actually)\b|troca\w*|troque|substitu\w*|cambi\w*|remplac\w*|tausch\w*|ersetz\w*|замени\w*|"
                   r"换成|改成|换做|改做|转做|替え|바꿔|استبدل|añad\w*|quita\w*|sin\b|sem\b|\btir(?:a|e|ar)\b|\badicion(?:a|e|ar)\b|acrescent\w*|ajout\w*|sans\b|enlève|dazu|ohne\b|добав\w*|без\b|加|去掉|追加|추가|أضف")
# A new count for what is already ordered ("make it 3 burgers", "que sean tres", "改成3个"): the count, not more.
ORDER_SET = rx(r"\b(?:make\s+(?:it|that|them|those)|change\s+(?:it|that)\s+to|(?:it|that)\s+should\s+be)\b",
                r"\bque\s+sean\b|\bque\s+sejam\b|\bmejor\s+(?:que\s+sean\s+)?\d|\bplutôt\s+\d|\bmettez(?:-en)?\s+plutôt|\blieber\s+\d|"
                r"\bdoch\s+\d|пусть\s+будет|лучше\s+\d|сделайте\s+\d|改成|改为|に変更|로\s*바꿔|(?:اجعلها|خليها)")
REQUEST = rx(r"\b(?:send|bring|need|needs|get|have|please|pls|would\s+like|i'?d\s+like|more|extra|another|new|fresh|"
              r"set\s+up|clean|(?:can|could|would)\s+(?:you|someone|somebody|anyone|housekeeping)|missing|any\s+chance|"
              r"ran\s+out|run\s+out|out\s+of|no\s+more)\b|falta\w*|manque\w*|fehl\w*|закончил\w*|нет\s|没有|用完|"
              r"ありません|切れ|없어|떨어|لا\s+يوجد|نفد|necesit\w*|quiero|pued\w+\s+traer|j'ai\s+besoin|pourriez|je\s+voudrais|"
              r"ich\s+brauche|bitte|könnten|нужн\w*|принесите|"
              r"\bprecis\w*|\bquero\b|\bqueria\b|gostaria|\boutr[oa]s?\b|\bacab(?:ou|aram)\b|\bn[ãa]o\s+tem\b|"
              r"(?:pode|podem|poderia|poderiam)\s+(?:me\s+|nos\s+)?(?:trazer|mandar|enviar|levar|subir)|"
              r"\btra(?:z|ga|gam)\b|\bm[aá]nd(?:a|am|em|an|en)(?:me|nos)?\b|\benv[ií](?:an|en)(?:me|nos)?\b|"
              # asked to be brought or sent, as the guest's language asks it ("pouvez-vous nous apporter", "¿me traen?",
              # "bringen Sie", "можете принести", "ترسلون لي", "تجيبون")
              r"pouvez-vous|apport(?:er|ez)|monter\s+(?:des?|une?|deux|trois)|envoy(?:er|ez)|\btra(?:en|igan?|er)\b|"
              r"\bbringen\s+sie|\bk[öo]nnen\s+sie|принест\w*|пришлите|можно\s+(?:ещё|еще)|"
              r"(?:ت|ي)رسل\S*\s+(?:لي|لنا)|(?:ت|ي)جيب\S*\s+(?:لي|لنا)|جيبوا|هاتوا|(?:ت|ي)?حضر\S*\s+(?:لي|لنا)|(?:받|주|가져다\s*주)(?:을|실)\s*수|(?<![가-힣])더(?![가-힣])",
              # run out of, as each language says it ("nos quedamos sin", "il n'y a plus de", "kein Shampoo mehr")
              r"(?:quedamos|quedado|qued[eé])\s+sin\b|\bse\s+(?:nos\s+|me\s+)?acab\w+|\bno\s+(?:nos\s+|me\s+)?quedan?\b|"
              r"n['’]y\s+a\s+plus\b|n['’](?:a|ai|avons)\s+plus\s+d|\bkein\w*\s+(?:\w+\s+){0,3}mehr\b|"
              r"\b(?:ist|sind)\s+alle\b|aufgebraucht|なくなり|切らし|没了|انته(?:ى|ت)|خلص(?:ت)?\b|"
              r"需要|请|ください|もらえ(?:ます|る|ない)|いただけ(?:ます|る|ない)|お願い|ほしい|欲しい|持ってき|"
              r"주세요|필요|[أن]حتاج|نريد|أريد|من\s+فضلك|أرجو|أرسل\w*|إرسال|"
              r"(?:能|可以|能不能|可不可以)(?:给|帮|送|加|再)|麻烦|加一", WANT_IN_DIALECT)
# Whether to bring one's own ("do we need to bring our own towels to the bath?", "¿hay que traer toallas?"): a
# question about the hotel's rules, not a request for the thing.
BRING_OWN = rx(r"\b(?:bring|pack|take)\s+(?:(?:our|my|your|their)\s+)?own\b|\b(?:need|have)\s+to\s+(?:bring|pack)\b|"
                r"\b(?:should|must)\s+(?:we|i)\s+(?:bring|pack)\b|(?:traer|llevar)\s+(?:nuestr|mis?\b|propi)\w*|"
                r"hay\s+que\s+(?:traer|llevar)|(?:trazer|levar)\s+(?:(?:[oa]s?\s+)?(?:noss|me[ui]|minh|pr[óo]pri)\w*)|"
                r"(?:precis\w+|tem\s+que|temos\s+que)\s+(?:de\s+)?(?:trazer|levar)|apporter\s+(?:nos|mes|notre|ma|mon|(?:nos|mes)\s+propres)|"
                r"faut-il\s+apporter|mitbringen|selbst\s+mitnehmen|(?:брать|взять)\s+(?:с\s+собой|сво\w+)|"
                r"自己带|要带|需要带|持参|持って(?:いく|行く|くる)|챙겨\s*(?:가야|와야)|가져가야|إحضار\s+\S+\s+(?:الخاصة|معنا|معي)")
# Wanting to do something ("we want to watch the sunset with a glass of wine", "queremos ver el atardecer"): a
# plan told, not a dish ordered, unless the thing done is ordering ("we want to order", "I'd like to get").
WANT_TO_DO = rx(r"\b(?:i|we)\s+(?:really\s+)?(?:want|wanna|would\s+like|'d\s+like|are\s+hoping|hope|plan)\s+to\s+"
                 r"(?!order|get|have|eat|drink|try|add|book)\w+",
                 r"\b(?:queremos|quiero|quisi[eé]ramos|quero|gostar[ií]amos\s+de)\s+(?!pedir|ordenar|tomar|comer|beber|probar|a[nñ]adir)\w+(?:ar|er|ir)\b|"
                 r"\b(?:nous\s+voulons|on\s+veut|je\s+veux|nous\s+voudrions|je\s+voudrais)\s+(?!commander|prendre|manger|"
                 r"boire|go[uû]ter|ajouter)\w+(?:er|ir|re)\b|\b(?:wir\s+m[öo]chten|ich\s+m[öo]chte|wir\s+wollen)\b[^.!?]*?\b"
                 r"(?!bestellen|essen|trinken|haben)\w+en\b(?=[.!?]|$)|\b(?:хотим|хочу)\s+(?!заказать|съесть|выпить|попробовать)"
                 r"\w+(?:ть|ти)\b")

FEEDBACK = rx(r"\b(?:feedback|give\s+(?:a\s+|my\s+)?(?:review|rating)|rate\s+(?:my|our|the)\s+(?:stay|hotel|room))\b|"
               r"opini[oó]n|opini[ãa]o|avalia[çc][ãa]o|mon\s+avis|bewertung|отзыв|评价|感想|후기|تقييم")

ROOM_FEATURE = rx(r"\b(?:is\s+there|does\s+it\s+have|do\s+they\s+have|how\s+(?:big|large)|size|view|beds?|bathtub|"
                   r"balcony|floor|sq\s*ft|breakfast|includ\w*|comes?\s+with)\b")
# A plan of the day among the places nearby; a day trip TO somewhere ("a day trip to wine country") is a tour.
ITINERARY = rx(
    r"\b(?:plan|planning)\b(?!\s+(?:to|on)\b).{0,25}\b(?:days?|morning|afternoon|trip|itinerary)\b|\bitinerar\w*|"
    r"\bday\s+(?:trip|plan)\b(?!\s+(?:out\s+)?to\b)|\bwhat\s+(?:should|could)\s+we\s+do\s+(?:tomorrow|today|this|on|in)",
    r"programa\w*\s+(?:del|para\s+el)\s+d[ií]a|planifi\w*|roteiro|programa\w*\s+(?:do|para\s+o)\s+dia|itinéraire|programme\s+(?:de\s+la|pour\s+la)\s+journée|"
    r"tagesplan|tagesausflug(?!\s+(?:nach|zu[mr]?|in\s+die|an\s+den)\b)|маршрут|программ\w+\s+на\s+день|行程|一日游|観光プラン|일정|코스|خطة|برنامج",
)
RECOMMEND = rx(
    r"\b(?:recommend\w*|suggest\w*|ideas|any\s+tips|where\s+(?:can|could|should|to|do)|any\s+good|best|nearby|near\s+(?:here|by|the\s+hotel)|"
    r"around\s+here|close\s+by|walking\s+distance|not\s+(?:too\s+)?far|places?\s+to|things\s+to\s+do|"
    r"what\s+(?:can|could|should|to)\s+(?:we\s+|i\s+)?do)\b",
    r"recomi\w*|recomend\w*|sugerenc\w*|\bideas\b|\bideias\b|\bdicas\b|\bid[ée]es\b|\bideen\b|\bvorschl[äa]ge\b|\bидеи\b|"
    r"建议|アイデア|아이디어|اقتراحات|أفكار|d[oó]nde|cerca|\bonde\b|\bperto\b|n[ãa]o\s+(?:muito\s+)?longe|o\s+que\s+fazer|"
    r"\bindique\b|indica[çc][ãõ]\w*|sugest[ãõ]\w*|\bsuger(?:e|em)\b|no\s+(?:muy\s+)?lejos|qu[eé]\s+hacer|conseil\w*|recommand\w*|\boù\b|près|"
    r"proche|pas\s+(?:trop\s+)?loin|que\s+faire|empfehl\w*|\bwo\s+(?:kann|können)|in\s+der\s+nähe|nicht\s+(?:zu\s+)?weit|"
    r"was\s+(?:kann\s+man|können\s+wir)|посовет\w*|где|рядом|недалеко|чем\s+заняться|推荐|哪里|附近|不远|做什么|おすすめ|"
    r"近く|遠くない|どこ|추천|근처|멀지\s*않|어디|أنصح|اقترح|أين|قريب|ليس\s+بعيد",
)
# A plain wish to go out and see the place ("what should we see in town?", "¿qué podemos visitar?", "Куда сходить
# вечером?", "有什么好玩的？"), naming no thing of its own: the places nearby answer it when the FAQ cannot. "What can
# we do if..." or "where do I go to check in" ask something else. Not "where can we eat": a kind of place, read
# by the place filters.
SIGHTSEEING = rx(
    r"\b(?:what|which\s+places?|which\s+sights?)\s+(?:(?:should|can|could|shall|would|do|must)\s+(?:we|i|one|you)\s+"
    r"(?:recommend\s+(?:we\s+|i\s+|to\s+)?)?|(?:do|would)\s+you\s+(?:recommend|suggest)\s+(?:we\s+|i\s+|to\s+)?|to\s+|is\s+there\s+to\s+|"
    r"(?:'s|is)\s+(?:there\s+)?(?:to\s+|worth\s+)?)(?:see|visit|explore|seeing|visiting|do)\b"
    r"(?!\s+(?:if|about|when|with\s+(?:my|the|our|a)\s+(?:key|card|bill|room|luggage|bag)))",
    r"\bthings\s+to\s+(?:see|do)\b|\bplaces?\s+(?:to|worth)\s+(?:see|visit|go|seeing|visiting)\b|\bsights\b|"
    r"\bsightseeing\b|\bworth\s+(?:seeing|visiting|a\s+visit)\b|\bwhere\s+to\s+go\b(?!\s+(?:for|to\s+(?!the\b|see\b)))|"
    r"\bwhere\s+(?:should|can|could|shall|would|do)\s+(?:we|i|you)\s+(?:recommend\s+(?:we\s+|i\s+)?)?go\b"
    r"(?!\s+(?:for|\w+ing\b|to\s+(?!the\b|see\b|visit\b)))",
    r"\bqu[eé]\s+(?:(?:podemos|puedo|se\s+puede|debemos|deber[ií]amos|nos\s+recomienda[ns]?|me\s+recomienda[ns]?|"
    r"recomienda[ns]?|hay\s+(?:que|para))\s+)?(?:ver|visitar|conocer)\b|\blugares?\s+(?:para|que|a)\s+(?:visitar|ver|conocer)\b|"
    r"\b(?:a\s*)?d[oó]nde\s+(?:(?:podemos|puedo|deber[ií]amos|nos\s+recomienda[ns]?)\s+)?ir\b(?!\s+(?:a\s+|para\s+)(?!ver|visitar))",
    r"\bo\s+que\s+(?:(?:podemos|posso|d[áa]\s+(?:pra|para)|vale\s+a\s+pena|voc[êe]s?\s+recomenda\w*|tem\s+(?:pra|para))\s+)?"
    r"(?:ver|visitar|conhecer)\b|\blugares?\s+(?:para|pra)\s+(?:visitar|ver|conhecer)\b|\bpontos?\s+tur[íi]stic\w*|"
    r"\baonde\s+ir\b|\bonde\s+(?:(?:podemos|posso|devemos)\s+)?(?:ir|passear)\b(?!\s+(?:para|pra)\s+(?!ver|visitar))",
    r"\b(?:que|quoi|qu'est-ce\s+qu'(?:on|il\s+y\s+a\s+[àa]))\s+(?:(?:peut-on|pouvons-nous|faut-il|devrions-nous|doit-on|"
    r"nous\s+conseillez-vous\s+de|me\s+conseillez-vous\s+de|on\s+peut|vaut\s+la\s+peine\s+de)\s+)?(?:voir|visiter|d[ée]couvrir)\b|"
    r"\b(?:lieux|endroits|sites)\s+(?:[àa]\s+visiter|touristiques|[àa]\s+voir)\b|\bo[uù]\s+(?:(?:peut-on|pouvons-nous|"
    r"devrions-nous|nous\s+conseillez-vous\s+d')\s*)?(?:aller|sortir)\b(?!\s+(?:pour|[àa]\s+la\s+r[ée]ception))|\b[àa]\s+(?:voir|visiter)\b",
    r"\bwas\s+(?:sollten|sollen|k[öo]nnen|k[öo]nnten|kann|muss|m[üu]ssen)\s+(?:wir|man|ich)\b[^?.!]{0,60}?"
    r"\b(?:an)?(?:sehen|schauen|anschauen|ansehen|besichtigen|besuchen|unternehmen|entdecken)\b|\bwas\s+gibt\s+es\b[^?.!]{0,40}?"
    r"\bzu\s+(?:sehen|besichtigen|entdecken|unternehmen)\b|\bsehensw[üu]rdig\w*|\bsehenswert\w*|"
    r"\bwohin\s+(?:k[öo]nnen|sollten|sollen|k[öo]nnten|kann)\s+(?:wir|man|ich)\b(?![^?.!]*\b(?:wenn|falls)\b)",
    r"\bчто\s+(?:(?:можно|стоит|стоило\s+бы|нам|мне|лучше|вы\s+посоветуете|посоветуете)\s+)*(?:посмотреть|посетить|"
    r"повидать|увидеть)\b|\bчем\s+заняться\b|\bкуда\s+(?:(?:можно|стоит|нам|мне|лучше)\s+)*(?:сходить|пойти|поехать|"
    r"съездить|сводить|погулять)\b|\bдостопримечательност\w*|\bчто\s+интересного\b",
    r"值得(?:一)?(?:看|去|参观|逛|玩)|有什么(?:好玩|好看|可看|可玩|可以玩|可以看|可以参观|可以逛|景点)|去哪(?:里|儿)?(?:玩|逛|看|走走|好)|"
    r"哪里(?:好玩|可以玩|值得)|(?:看|玩|参观|逛)什么|景点|名胜",
    r"見どころ|観光(?:地|スポット|名所)|何を見(?:る|た)|どこ(?:に|へ)(?:遊びに)?行(?:け|く|った)ら?(?:いい|良い)|行くべき|見るべき|"
    r"おすすめの(?:場所|スポット|観光)|何を(?:したら|すれば)(?:いい|良い)|遊びに行",
    r"(?:가\s*)?볼\s*만한|구경(?:할|하|거리)|뭘\s*봐|뭐\s*(?:보|봐)|어디\s*(?:로\s*)?(?:가|놀러)|할\s*만한\s*(?:것|거|게)|"
    r"관광(?:지|명소)|명소|놀\s*(?:곳|데)",
    r"ماذا\s+(?:يمكن(?:نا)?\s+(?:أن\s+)?)?(?:نزور|نرى|نشاهد|أزور|أرى|نفعل|نعمل)(?!\s+(?:إذا|لو))|ما\s+الذي\s+(?:يستحق|يمكن)|"
    r"أين\s+(?:يمكن(?:نا)?\s+(?:أن\s+)?)?(?:نذهب|أذهب|نروح)|(?:وين|فين)\s+(?:نروح|نطلع)|أماكن\s+(?:سياحية|للزيارة|تستحق)|"
    r"معالم|تستحق\s+الزيارة|يستحق\s+الزيارة|(?:وش|شو|ايش)\s+(?:نسوي|نشوف|نزور|منعمل)",
)
# The guest asks the hotel to book something for them ("can you book us the shuttle", "reserve a table",
# "sign us up", "¿nos reservan…?", "buchen Sie", "забронируйте", "帮我预订", "予約してください", "예약해 주세요",
# "احجز لي"), as opposed to asking how booking works ("how do I book?", "do I need to book?").
BOOK_FOR_US = rx(r"\b(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:book|reserve|arrange|organi[sz]e|get)|"
                  r"(?:please|pls|plz)\s+(?:book|reserve|arrange)|(?:i|we)(?:'d|\s+would)\s+like\s+to\s+"
                  r"(?:book|reserve)|(?:i|we)\s+(?:want|need)\s+to\s+(?:book|reserve)|sign\s+(?:me|us)\s+up|put\s+(?:me|us)\s+(?:down|on))\b",
                  # said as an order: "Book us a table", "ok, book it for 7am", "and reserve the shuttle"
                  r"(?:^|[.!?;,:]|\band|\bthen|\bjust)\s*(?:book|reserve|arrange)\s+(?:me|us|it|that|this|one|two|a|an|"
                  r"the|for)\b",
                  r"\b(?:(?:me|nos)\s+(?:pued\w+|podr[ií]\w+)\s+reservar|res[ée]rv\w*(?:me|nos|-moi|-nous)|"
                  r"quer\w*\s+reservar|quisi\w+\s+reservar|gostar\w*\s+de\s+reservar|"
                  r"(?:pode|podem|poderia)\s+(?:me\s+|nos\s+)?reservar|reserv(?:a|e|em)\s+(?:pra|para)\s+(?:mim|"
                  r"n[óo]s)|(?:pourriez|pouvez)[- ]vous\s+(?:nous\s+|me\s+)?"
                  r"r[ée]server|(?:je|nous)\s+(?:voudrai\w*|souhaite\w*)\s+r[ée]server|k[öo]nn(?:en|te|ten)\s+sie\s+"
                  r"(?:[\w-]+\s+){0,8}(?:buchen|reservieren)|(?:buchen|reservieren)\s+sie|(?:ich|wir)\s+m[öo]chten?\s+"
                  r"(?:[\w-]+\s+){0,8}(?:buchen|reservieren))\b|"
                  r"забронируй\w*|закажите|запишите|хо(?:чу|тим|тел\w*)\s+(?:бы\s+)?(?:за)?бронировать|"
                  r"帮我\S{0,3}(?:预订|预定|预约|订)|帮我们\S{0,3}(?:预订|预定|预约|订)|(?:想|要)(?:预订|预定|预约)|"
                  r"予約(?:して|をお願い|お願い|したい|を取って|でき(?:ます|る)か)|手配して|"
                  r"예약(?:해|하고\s*싶|을\s*부탁|\s*부탁|\s*가능할까|\s*좀)|"
                  r"احجز|احجزوا|أريد\s+حجز|اريد\s+حجز|نريد\s+حجز|ممكن\s+(?:ت)?حجز")
