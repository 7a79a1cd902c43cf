"""How a sentence is put around what it asks: a question, a greeting or label before it, thanks, yes, no."""

from __future__ import annotations

import re

from agent.brains.patterns import rx

# A sentence opening on a condition ("If there's a hurricane alert, ...", "Si hay alerta, ...", "Falls es regnet, ..."):
# the case a question that follows asks about, nothing that happened.
CONDITION_OPENS = rx(r"^\W*(?:if|in\s+case|should\s+there|si|en\s+caso\s+de|en\s+cas\s+d[e']|wenn|falls|im\s+falle?|"
                      r"если|в\s+случае)\b", r"^\W*(?:如果|万一|要是|もし|만약|만일|إذا|اذا|لو|في\s+حال)")
# Someone of the guest's party named ("my grandmother", "mi abuela", "ma mère", "unser Sohn", "моя мама", "我妈妈",
# "母が", "어머니가", "والدي"): whom a need told beside a question is for.
PARTY_MEMBER = rx(
    r"\b(?:my|our)\s+(?:\w+\s+)?(?:mother|mom|mum|father|dad|grand\w+|wife|husband|son|daughter|kids?|child(?:ren)?|"
    r"baby|parents?|partner|friend|aunt|uncle|sister|brother)\b|\bmis?\s+(?:madre|mam[áa]|padre|pap[áa]|abuel[oa]s?|"
    r"esposa|esposo|marido|mujer|hij[oa]s?|ni[ñn][oa]s?|beb[ée]|pareja|suegr[oa]|t[ií][oa])\b|\b(?:ma|mon|mes|notre|nos)\s+"
    r"(?:m[èe]re|p[èe]re|grand-\w+|femme|mari|fils|fille|enfants?|b[ée]b[ée]|parents?)\b|\b(?:meine?|unser\w*)\s+"
    r"(?:mutter|vater|oma|opa|gro[ßs]\w+|frau|mann|sohn|tochter|kind\w*|baby|eltern)\b|\b(?:мо[яйи]|наш\w*)\s+"
    r"(?:мама|мать|папа|отец|бабушка|дедушка|жена|муж|сын|дочь|дети|реб[её]нок)\b",
    r"我(?:的)?(?:妈妈|母亲|爸爸|父亲|奶奶|外婆|爷爷|外公|老婆|妻子|丈夫|老公|儿子|女儿|孩子)|(?:母|父|祖母|祖父|妻|夫|息子|娘)(?:が|は)|"
    r"(?:어머니|엄마|아버지|아빠|할머니|할아버지|아내|남편|아들|딸)(?:가|는|께서|이|은)|والد(?:ي|تي)|أمي|أبي|جد(?:ي|تي)|زوج(?:ي|تي)|"
    r"ابن(?:ي|تي)|أطفالي",
)

ASKING_ABOUT = rx(r"\b(?:do\s+you\s+(?:have|offer|provide)|is\s+there\s+(?:a|any)|are\s+there|how\s+much|"
                   r"is\s+it\s+free|charge|cost|price|fee)\b|cu[aá]nto|combien|wie\s+viel|сколько|多少|いくら|얼마|كم")

WHERE_OR_HOW = rx(r"\b(?:where|how)\b|d[oó]nde|c[oó]mo|\boù\b|comment|\bwo\b|\bwie\b|где|как",
                   r"哪里|怎么|どこ|どう|어디|어떻게|أين|كيف")

QUESTION = rx(r"\bquestions?\s+(?:about|regarding|on)\b|\bpregunta\s+sobre|\bquestion\s+sur|\bfrage\s+(?:zu|über)|"
               r"\bвопрос\s+(?:о|об|про|по)\b|[?？؟]|^\s*(?:what|when|where|which|who|how|is|are|do|does|can|could|will|would|qu[eé]|cu[aá]ndo|d[oó]nde|"
               r"quel\w*|quand|où|est-ce|was|wann|wo|wie|gibt|что|когда|где|сколько)\b|吗|か$|까|هل")

# A question put as a request to be told ("then tell me when the bar opens", "dime a qué hora", "dites-moi").
TELL_ME = rx(r"^\W*(?:(?:and|then|also|now|so|please|after\s+that,?|afterwards,?|next,?|y|luego|despu[eé]s,?|et|puis|"
             r"ensuite|und|dann|danach|и|а|потом)\s+)*(?:please\s+)?"
              r"(?:tell|let)\s+(?:me|us)\s+(?:know\s+)?(?:what|when|where|which|who|how|if|whether|from|about)\b|"
              # the thing itself asked for ("then tell me the wifi password", "y luego dime la contraseña")
              r"^\W*(?:(?:and|then|also|now|so|y|luego|despu[eé]s|et|puis|ensuite|und|dann|danach),?\s+)*(?:please\s+)?"
              r"(?:(?:tell|give|send)\s+(?:me|us)\s+(?:the|your)|d[ií](?:me|nos)\s+(?:el|la|los|las|cu[aá]l)|"
              r"(?:dis|dites|donne|donnez)-(?:moi|nous)\s+(?:le|la|les|l')|(?:sag|gib)\s+(?:mir|uns)\s+(?:den|die|das)|"
              r"(?:sagen|geben)\s+sie\s+(?:mir|uns)\s+(?:den|die|das))\b|"
              r"\b(?:d[ií]ga(?:me|nos)|d[ií](?:me|nos)|ind[ií]ca(?:me|nos)|ind[ií]que(?:me|nos))\s+(?:qu[eé]|cu[aá]n\w*|"
              r"d[oó]nde|c[oó]mo|si|a\s+qu[eé])\b|\b(?:dites|dis|indiquez)-(?:moi|nous)\s+(?:quand|o[uù]|comment|"
              r"combien|si|à\s+quelle|quel\w*|ce\s+que|depuis)\b|\b(?:sagen|nennen)\s+sie\s+(?:mir|uns)\s*,?\s+(?:bitte\s*,?\s+)?"
              r"(?:wann|wo|wie|was|ob|ab)\b|\b(?:sag|nenn)\s+(?:mir|uns)\s*,?\s+(?:bitte\s*,?\s+)?(?:wann|wo|wie|was|ob|ab)\b|"
              r"\b(?:скажите|подскажите|скажи)\b|"
              # a price asked for as a request ("quote me the suite for...", "give us a rate", "cotízame", "报个价")
              r"^\W*(?:(?:and|then|also|now|so|please|ok(?:ay)?)\s+)*(?:please\s+)?(?:quote|price)\s+(?:me|us)\b|"
              r"\bgive\s+(?:me|us)\s+(?:a\s+|the\s+|your\s+)?(?:quote|price|rate)s?\b|\bcot[ií]za(?:me|nos)\b|"
              r"报个?价|報個?價|見積(?:も)?り|견적|"
              # "…も教えて", "告诉我…", "話我知…", "…알려 주세요", "أخبرني": tell me, in the other scripts
              r"教えて|告诉我|跟我说|话我知|알려\s*(?:주세요|줘|주실|주시겠)|أخبرني|أخبرنا|قل\s+لي|"
              # "あとWi-Fiのパスワードも。", "还有早餐时间。": one more thing to be told, its verb left off
              r"^\W*(?:あと|それと|それから)、?[^。？]{2,30}も[。！!]?$|^\W*(?:还有|另外)，?[^。？]{2,30}也?[。！!]?$|"
              r"^\W*(?:(?:그리고|또)\s*)?(?:[^.?\s]+\s){0,2}[^.?\s]+도[.!]?$")
GREETING = rx(
    r"^\W*(?:hi|hello|hey|hiya|heya|howdy|g'?day|good\s+(?:morning|afternoon|evening)|hola|buenos\s+d[ií]as|buenas(?:\s+tardes|\s+noches)?|"
    r"ol[áa]|oi|bom\s+dia|boa\s+(?:tarde|noite)|tudo\s+bem|"
    r"bonjour|bonsoir|salut|hallo|guten\s+(?:morgen|tag|abend)|servus|здравствуйте|привет|добрый\s+(?:день|вечер)|"
    r"доброе\s+утро|你好|您好|こんにちは|こんばんは|おはよう\w*|안녕하세요|안녕|مرحبا|السلام\s+عليكم|أهلا)\b"
    # whom it greets ("hi all", "guten Morgen zusammen", "hola a todos")
    r"(?:\s+(?:there|all|everyone|everybody|folks|team|a\s+todos|pessoal|gente|à\s+tous|tout\s+le\s+monde|zusammen|"
    r"allerseits|всем))?\b[\s!,.]*"
)
# A label announcing what follows ("Two things:", "Last question:", "Quick backstory:", "Dos preguntas:",
# "Noch eine Frage:", "还有一个问题：", "질문 두 가지:"): words the FAQ would read as a topic.
LEAD_IN = rx(
    r"^\W*\(?[1-9][)）]\s*",  # the number of a list's item
    r"^\W*(?:(?:one|two|three|a|another|one\s+more|a\s+couple\s+of|couple\s+of|a\s+few|quick|small|little|last|my|our|"
    r"final|other|\d)\s+)*(?:things?|questions?|q'?s|backstory|background|context|requests?|favou?rs?|points?|"
    r"notes?)(?:\s+(?:for\s+you|too|then))?\s*[:\-–—]\s*",
    r"^\W*(?:(?:dos|tres|una|otra|[úu]ltima|peque[ñn]a|r[áa]pida|duas|outra|deux|trois|une|autre|derni[èe]re|petite|zwei|drei|"
    r"mi|mis|nuestr[ao]s?|ma|mes|notre|nos|meine?|unsere?|мо[йи]|наш\w*|"
    r"eine|noch|letzte|kurze|два|три|ещ[её]|один|последний|небольш\w+|коротк\w+)\s+)*(?:cosas?|preguntas?|dudas?|"
    r"consultas?|perguntas?|d[úu]vidas?|coisas?|choses?|questions?|dinge|sachen|fragen?|punkte|вопрос\w*|вещ\w*|момент\w*)"
    r"(?:\s+(?:m[áa]s|r[áa]pidas?|encore|rapides?|noch))?\s*[:\-–—]\s*",
    r"^\W*(?:我的|两|三|还有|最后)?[一两三]?(?:个|件)?(?:问题|事情?)[：:]\s*|^\W*[2-3二三]?(?:点|つ)?(?:質問|お願い|確認)"
    r"(?:があります|です)?[：:]\s*|^\W*(?:제\s*)?(?:질문|문의)\s*(?:두|세|하나)?\s*(?:가지|개)?\s*[:：]\s*|"
    r"^\W*(?:سؤالان|سؤالي|سؤالنا|سؤال|أمران|شيئان)\s*[:：]\s*",
)
# A picture of a thing (🐶, 🏊, ☕, 🚗), not of a feeling or a gesture (🙂, 👍, ❤): "🐶 ok?" asks about dogs.
THING_EMOJI = re.compile("[\u2600-\u2639\u263b-\u26ff\U0001f330-\U0001f43f\U0001f4a0-\U0001f4ff\U0001f680-\U0001f6ff"
                         "\U0001f950-\U0001f9ff]")


DECLINE = rx(r"^\W*(?:no|nope|nah|not\s+now|no\s+need|that'?s\s+all|nothing\s+else|all\s+good|never\s*mind)"
              r"(?:\W+(?:thanks?|thank\s+you|thx))?\W*$|^\W*(?:no,?\s+gracias|n[ãa]o,?\s+obrigad[oa]|n[ãa]o\s+precisa|non,?\s+merci|nein,?\s+danke|нет,?\s+спасибо|"
              r"不用了?|いいえ|大丈夫です|아니요|괜찮아요|لا\s+شكرا)\W*$")
# Thanks, in the words guests use in nine languages, typed in Latin letters too ("arigatou", "shukran"), with what
# goes around them: an "ok" before, a "so much" or a "to you" after ("merci bcp", "好的谢谢", "спасибо большое").
_THANKS_WORDS = (
    r"thanks?(?:\s+you|\s+u)?|thank\s+you|thankyou|thanx|thnx|thx|tysm|ty|ta|cheers|much\s+appreciated|appreciate\s+it|gracias|merci|"
    r"danke(?:sch[öo]n)?|vielen\s+dank|besten\s+dank|спасибо|спс|пасиб[оа]|благодарю|谢谢|謝謝|感谢|感謝|多谢|谢啦|"
    r"ありがとう\w*|どうも|감사합니다|감사해요|감사|고맙습니다|고마워요?|شكر[اًً]*|مشكور\w*|arigato\w*|kamsahamnida|"
    r"gomawo\w*|shukran|spasibo|xie\s*xie|grazie|obrigad[oa]|valeu")
_THANKS_AROUND = (
    r"ok|okay|great|perfect|cool|got\s+it|alright|awesome|wonderful|that'?s|that\s+is|it'?s|sounds|nice|lovely|"
    r"amazing|brilliant|excellent|helpful|good|very|really|so\s+much|a\s+lot|very\s+much|a\s+million|"
    r"heaps|mate|legend|"
    r"again|beaucoup|bcp|bien|[àa]\s+vous|mille\s+fois|parfait|super|muchas|much[íi]simas|mil|vale|perfecto|sehr|"
    r"muito|valeu|beleza|[óo]timo|perfeito|show|tudo\s+certo|"
    r"sch[öo]n|vielmals|prima|большое|болшое|огромное|вам|хорошо|отлично|非常|太|好的|好|你|您|了|啦|哦|"
    r"ございます|ございました|です|네|요|جزيلا[ًً]?|كثيرا[ًً]?|تمام|habibi|bolshoe")
THANKS = re.compile(rf"^\W*(?:(?:{_THANKS_AROUND})[\s\W]*)*(?:{_THANKS_WORDS})"
                    rf"(?:[\s\W]*(?:{_THANKS_AROUND}|{_THANKS_WORDS}))*[\s\W]*$", re.IGNORECASE)
CONFIRM = rx(r"^\W*(?:(?:yes|yeah|yep|sure|ok|okay|alright|please|great|perfect|sounds\s+good|that\s+works|s[ií]|vale|"
              r"claro|de\s+acuerdo|por\s+favor|sim|pode\s+ser|com\s+certeza|oui|d'accord|s'il\s+vous\s+pla[iî]t|ja|gerne|bitte|да|хорошо|пожалуйста|"
              r"好的|好|是的|はい|お願いします|네|예|좋아요|부탁(?:해요|합니다|드려요)|نعم|حسنا|من\s+فضلك)\W*)*(?:please\s+)?(?:do\s+it|do\s+that|go\s+ahead|arrange\s+(?:it|that)|book\s+it|"
              r"set\s+it\s+up|request\s+it|pode\s+(?:fazer|pedir|reservar)|yes|ok|okay|sure|please|s[ií]|sim|oui|ja|да|好的|はい|네|نعم)?\W*$")


def without_greeting(text: str) -> str:
    return GREETING.sub("", text, count=1).strip() or text


def without_lead_in(text: str) -> str:
    """The sentence without a label announcing it ("Two things: is there a gym, ..."): the label is no topic."""
    return LEAD_IN.sub("", text, count=1).strip() or text


# What a sentence told after a question says it is for: the guest's purpose or plan ("I want to keep my passport
# there", "it's for my passport", "para guardar el pasaporte", "pour y ranger mon passeport", "um den Pass
# einzuschließen", "чтобы положить паспорт", "想放护照", "パスポートを入れたいので", "여권 넣어두려고요",
# "لأضع جواز السفر"): why the guest asks, not a thing asked or requested of its own. Not a wish to know, ask, book or
# order ("I'd like to know...", "quisiera reservar", "予約したいです"): that asks.
_NOT_PURPOSE_VERB = (r"know|ask|need|find\s+out|check\s+(?:if|whether)|book|reserve|order|request|arrange|schedule|"
                     r"get|have|"
                     r"saber|preguntar|reservar|pedir|ordenar|perguntar|encomendar|savoir|demander|r[ée]server|commander|"
                     r"wissen|fragen|buchen|bestellen|reservieren|узнать|спросить|заказать|забронировать")
PURPOSE = rx(
    rf"\b(?:i|we)(?:'m|'re|\s+am|\s+are)\s+(?:going|planning|hoping|trying)\s+to\s+(?!(?:{_NOT_PURPOSE_VERB})\b)|"
    rf"\b(?:i|we)(?:\s+(?:really|just|only|mainly))?\s+(?:want|wanna|plan|intend|hope|need)\s+to\s+"
    rf"(?!(?:{_NOT_PURPOSE_VERB})\b)|\b(?:i|we)(?:'d|\s+would)\s+(?:like|love)\s+to\s+(?!(?:{_NOT_PURPOSE_VERB})\b)|"
    r"\b(?:it'?s|it\s+is|that'?s|that\s+is|this\s+is)\s+(?:for|because|so)\b|\bso\s+(?:that\s+)?(?:i|we)\s+can\b|"
    r"\bin\s+order\s+to\b|^\W*(?:because|since|'?cause|cos|for\s+(?:my|our))\b",
    # es, pt: "para/pra" + infinitive, "es/é para", "quiero/queremos/vamos a/quero/gostaria de" + infinitive
    rf"\b(?:para|pra)\s+(?:que\b|(?!(?:{_NOT_PURPOSE_VERB})\b)\w+(?:ar|er|ir|or)(?:l[oa]s?|les?|me|nos|se)?\b)|"
    r"\b(?:es|é|e)\s+(?:para|pra|porque)\b|\bporque\b|\bpor\s+que\s+(?:quiero|queremos|vamos)\b|"
    rf"\b(?:quiero|queremos|quisiera|quisi[ée]ramos|voy\s+a|vamos\s+a|pienso|pensamos|planeamos|quero|gostaria\s+de|"
    rf"gostar[ií]amos\s+de|vou|pretendo|pretendemos)\s+(?!(?:{_NOT_PURPOSE_VERB})\b)\w+(?:ar|er|ir|or)"
    r"(?:l[oa]s?|les?|me|nos|se)?\b",
    # fr: "pour" + infinitive or one's own thing, "c'est pour", "je veux/voudrais/on va" + infinitive, "parce que"
    rf"\bpour\s+(?:que\b|qu'|y\s+|(?:l[ae]|les|l')\s*(?=\w+(?:er|ir|re)\b)|(?:mon|ma|mes|notre|nos)\b|"
    rf"(?!(?:{_NOT_PURPOSE_VERB})\b)\w+(?:er|ir|re)\b)|\bc'est\s+pour\b|\bparce\s+qu|"
    rf"\b(?:je\s+veux|je\s+voudrais|nous\s+voulons|nous\s+voudrions|on\s+veut|on\s+voudrait|je\s+vais|nous\s+allons|"
    rf"on\s+va|je\s+compte|nous\s+comptons|j'aimerais|nous\s+aimerions|on\s+aimerait)\s+(?:y\s+|l[ae]\s+|l'|les\s+)?"
    rf"(?!(?:{_NOT_PURPOSE_VERB})\b)\w+(?:er|ir|re)\b",
    # de: "um ... zu", "damit", "weil", "das ist für", "ich möchte/wir wollen ..." ending on its infinitive
    rf"\bum\s+[^.!?]*?\b(?:zu\s+\w+|\w+zu\w+en)\b|\bdamit\b|\bweil\b|\b(?:das|es)\s+ist\s+f[üu]r\b|"
    rf"\b(?:ich\s+m[öo]chte|wir\s+m[öo]chten|ich\s+will|wir\s+wollen|ich\s+w[üu]rde\s+gerne?|wir\s+w[üu]rden\s+gerne?|"
    rf"ich\s+habe\s+vor|wir\s+haben\s+vor)\b[^.!?]*?\b(?!(?:{_NOT_PURPOSE_VERB})\b)\w+en\W*$",
    # ru: "чтобы", "это для", "потому что", "хочу/хотим/собираемся" + infinitive
    rf"\bчтобы\b|\bдля\s+того\b|\bэто\s+для\b|\bпотому\s+что\b|\bтак\s+как\b|"
    rf"\b(?:хочу|хотим|хотел[аи]?\s+бы|собираюсь|собираемся|планирую|планируем)\s+(?:\w+\s+)?"
    rf"(?!(?:{_NOT_PURPOSE_VERB})\b)\w+(?:ть|ти|ться)\b",
    # zh, ja, ko: "想/打算/为了/用来", "〜たいので/ために/つもり", "-려고(요)/-고 싶어서/위해"
    r"(?:^|我|我们|咱们)(?:想|打算|准备|计划|要)(?!知道|问|了解|确认|预订|预定|订|点|请)|为了|因为|用来|用于|好让|以便|"
    r"(?<!知り)(?<!聞き)(?<!予約し)(?<!注文し)(?<!確認し)(?<!頼み)たい(?:ので|から|んです|のです|です|と思って|と思います)|ため(?:に|です)|"
    r"つもり|予定(?:です|なので)|ので[。.!！]?$|"
    r"(?:려고|려구|려는데|으려고)|(?<!알고)(?<!알고 )(?<!예약하고)(?<!예약하고 )(?<!주문하고)(?<!주문하고 )"
    r"싶어(?:서|요|서요)?[.!。]?$|기\s*위해|위해서|용(?:이에요|입니다|으로)|거든요",
    # ar: "لكي/كي/حتى/لأن/من أجل", the purpose's "لـ" on the verb ("لأضع", "لنترك"), "أريد أن/نريد أن" + verb
    r"(?<!\S)(?:لكي|كي|حتى|لأن|لان|بسبب|من\s+أجل)(?!\S)|(?<!\S)ل[أن](?!دن)\S{2,}|"
    r"(?<!\S)(?:أريد|اريد|نريد|أود|نود|أرغب|نرغب|أخطط|نخطط|أنوي|ننوي)\s+(?:أن|ان)\s+"
    r"(?!أعرف|نعرف|أسأل|نسأل|أحجز|نحجز|أطلب|نطلب)\S",
)
