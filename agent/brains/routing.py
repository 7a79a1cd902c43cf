"""Which skill each part of a guest's message is for.

High-precision rules first (a wake-up call, a bill, a person, a broken AC are
said in recognisable ways in every language), then the learned router
(`router.py`) for everything the rules miss, with the FAQ as the default: most
of what guests write is a question the hotel's FAQ answers.
The rules name *candidates*; the brain decides with what it remembers
(a "pay" with no room chosen yet is a question for the FAQ, not a payment).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from agent.brains import dates, slots
from core.language import CJK
from core.written import without_harakat
from skills.billing_inquiry import STILL_TO_PAY
from skills.complaints import LOCKED_SAFE, NOISE, SLEEPER, THEFT, UNSAFE
from skills.feedback import PRAISE


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)


HUMAN = _rx(
    r"\b(?:speak|talk|chat)\s+(?:to|with)\s+(?:a\s+|an\s+|the\s+|your\s+|some\s*)?(?:human|real\s+person|person|"
    r"one|someone|somebody|manager|staff|agent|receptionist|front\s+desk|operator|supervisor|people|employee)",
    r"\b(?:get|call|want|need|give)\s+(?:me\s+)?(?:a|the|your|to\s+see\s+(?:a|the))\s+(?:manager|supervisor|human|"
    r"real\s+person|person)\b",
    r"^\W*(?:human|real\s+person|live\s+agent|agent|operator|manager)\W*(?:please|pls|now)?\W*$",
    r"\bhablar\s+con\s+(?:una\s+persona|un\s+humano|alguien|el\s+gerente|un\s+responsable|recepci[oó]n|el\s+encargado)",
    r"\bparler\s+(?:à|a|avec)\s+(?:un\s+humain|quelqu'un|une\s+personne|un\s+responsable|le\s+directeur|la\s+réception)",
    r"\bmit\s+(?:einem|einer|jemandem)\s+(?:menschen|mitarbeiter\w*|person|manager|rezeption)?\s*sprechen",
    r"поговорить\s+с\s+(?:человеком|менеджером|администратором|оператором|сотрудником)|позов\w*\s+(?:менеджера|"
    r"администратора)|живым\s+человеком",
    r"人工|真人|转人工|经理|担当者|スタッフと話|人と話|직원과|상담원|사람과\s*(?:대화|이야기|통화)|매니저",
    r"(?:التحدث|أتحدث|اتكلم)\s+(?:مع|إلى)\s+(?:ال)?(?:موظف|شخص|مدير|مسؤول|إنسان)|موظف\s+حقيقي",
    # Someone at the door now ("come now", "send someone up right away"): no ticket in a queue will do.
    r"\b(?:come|get\s+(?:here|up\s+here))\s+(?:now|quick(?:ly)?|fast|asap|right\s+away|immediately)\b|"
    r"\bsend\s+(?:someone|somebody|help|security)\s+(?:up\s+)?(?:now|asap|right\s+away|immediately|quick(?:ly)?)\b|"
    r"\bveng(?:an|a)\s+(?:ya|r[aá]pido|enseguida|ahora)|\bvenez\s+(?:vite|imm[ée]diatement|tout\s+de\s+suite)|"
    r"\b(?:kommen|schicken)\s+sie\s+(?:\w+\s+)?sofort|\bsofort\s+(?:jemanden|hilfe)|"
    r"(?:приходите|пришлите\s+кого-?нибудь)\s+(?:срочно|скорее|немедленно)|срочно\s+(?:приходите|пришлите)|"
    r"快来人|快派人|马上(?:派人|过来)|すぐ(?:に)?来て|至急来て|빨리\s*(?:와|오세요|와\s*주세요|보내)|당장\s*와|"
    r"(?:تعالوا|أرسلوا\s+(?:أحد|شخص)\S*)\s+(?:فور\S*|بسرعة|حالا|الآن)",
    # A cry for help said on its own ("Help!", "¡Socorro!", "Hilfe!", "救命"): a person, whatever was told beside it
    r"^\W*(?:(?:please\s+)?help(?:\s+(?:me|us))?(?:\s+please)?\s*!+|(?:ayuda|socorro|au\s+secours|[àa]\s+l'aide|"
    r"hilfe)\s*!+|помогите|救命|助けて|살려\s*주세요|النجدة|ساعدوني)\W*$",
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
EMERGENCY = _rx(
    r"\b(?:can'?t|cannot|struggling\s+to|trouble|hard\s+to)\s+breath\w*|\bunconscious|\bheart\s+attack|\bchest\s+pain|"
    r"\bbleeding|\bambulance|\bemergency|\bpassed\s+out|\bfainted|\bseizure|\boverdose|\bnot\s+breathing|"
    r"\bvery\s+(?:unwell|sick|ill)\b|\bcollapsed",
    r"emergencia|ambulancia|no\s+puede\s+respirar|urgence|ne\s+peut\s+(?:plus\s+)?respirer|notfall|krankenwagen|"
    r"keine\s+luft|скорая|не\s+может\s+дышать|急救|救护车|喘不过气|救急車|息ができ|응급|구급차|숨을\s*못|إسعاف|طوارئ",
    # a body hurt, not a thing broken: an injury, a fall that hurt, an allergic reaction, breath, a high fever
    r"\b(?:injur(?:ed|y|ies)|(?:badly|seriously)\s+hurt|hurt\s+(?:himself|herself|themselves)|(?:arm|leg|wrist|ankle|hip|bone|nose|rib)s?\s+"
    r"(?:\w+\s+){0,2}broken|broken\s+(?:arm|leg|wrist|ankle|hip|bone|nose|rib)s?|allergic\s+reaction|anaphyla\w*|"
    r"short\s+of\s+breath|breathless|high\s+fever|(?:throat|tongue|face)\s+(?:is\s+)?swell\w*|choking|stroke(?!\s+of)|"
    r"(?:slipped|fell|tripped|fallen)\b.{0,60}\b(?:hurt|broken|injur\w*|bleed\w*|(?:can'?t|cannot|unable\s+to)\s+"
    r"(?:walk|move|stand|get\s+up)|need\s+help))",
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
    r"다쳤|넘어졌|쓰러졌|골절|부러졌|피가\s*나|알레르기\s*반응|숨\w*\s*힘들|고열|의식이\s*없|"
    r"إصاب\w*|مصاب|لا\s+(?:يستطيع|تستطيع)\s+(?:النهوض|الوقوف)|سقط\w*.{0,40}(?:ألم|كسر|ينزف)|كسر\w*\s+في|ينزف|نزيف|حساسية\s+شديدة|صعوبة\s+في\s+التنفس|"
    r"حمى\s+شديدة|فاقد\s+الوعي",
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
    # someone fainted or fell suddenly ill
    r"\bsuddenly\s+(?:very\s+)?(?:ill|sick|unwell)|\bdesmay\w*|se\s+(?:ha\s+)?puesto\s+muy\s+mal|"
    r"\b(?:s'est\s+)?[ée]vanoui\w*|fait\s+un\s+malaise|\bohnm[äa]chtig|zusammengebrochen|kollabiert|"
    r"обморок|потерял\w*\s+сознание|внезапно\s+заболел\w*|晕倒|昏倒|突然(?:生病|病了|不舒服)|気を失|倒れ(?:た|ました)|"
    r"急に具合が悪|기절|쓰러졌|갑자기\s*아파|أغمي\s+علي\w*|اغمي\s+علي\w*|فقد\w*\s+الوعي",
)
# A danger to everyone in the building, not a nuisance in one room: gas smelled or leaking, carbon monoxide, an
# alarm sounding, smoke or fire. Not the fireplace, the fireworks or the smoking rules ("can we light the fire?",
# "is there a smoke detector?"), and not cigarette smoke, which is a complaint.
HAZARD = _rx(
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
    r"riecht\s+(?:\w+\s+){0,2}nach\s+(?:gas|rauch|verbrannt\w*)|gasgeruch|brandgeruch|gasleck|\bgas\s+(?:tritt|str[öo]mt)|"
    r"kohlenmonoxid|(?:rauch|brand|feuer|co|gas)-?melder\s+(?:\w+\s+)?(?:piept|geht\s+los|l[äa]utet|schl[äa]gt|"
    r"hat\s+ausgel[öo]st)|\bes\s+brennt\b|\bbrand\s+(?:im|in)\b|in\s+flammen|\brauch\s+(?:im|in\s+der|aus|kommt|dringt)",
    r"пахнет\s+(?:\w+\s+)?(?:газом|гарью|дымом)|запах\s+(?:газа|гари|дыма)|утечк\w+\s+газа|угарн\w+\s+газ|"
    r"(?:сигнализаци|датчик)\w*\s+(?:\w+\s+)?(?:срабатыва|сработал|пищит|звенит|орёт)|пожар\b|\bгорит\b|\bдым\w*\s+(?:в|из|повсюду)\b|ид[её]т\s+дым|"
    r"煤气味|燃气味|(?:煤气|燃气|天然气)(?:泄漏|漏了)|漏气|一氧化碳|(?:烟雾|火灾)?报警器(?:在)?响|着火|起火|失火|火灾|冒烟|焦味|"
    r"ガス(?:の)?(?:臭い|におい|匂い)|ガス漏れ|一酸化炭素|報知器が鳴|火事|火災が|燃えて|煙が(?:出|充満)|焦げ(?:臭い|た臭い)|"
    r"가스\s*(?:냄새|가\s*새|누출)|일산화탄소|(?:경보기|경보|감지기)\s*(?:가|이)?\s*(?:울려|울리|울립)|불이\s*(?:났|나)|"
    r"화재(?:가|\s*발생)|연기가|타는\s*냄새|"
    r"رائحة\s+(?:ال)?(?:غاز|حريق|احتراق|دخان)|(?:تسرب|تسريب)\s+(?:ال)?غاز|أول\s+أكسيد\s+الكربون|حريق|دخان\s+(?:في|من|كثيف)|"
    r"إنذار\s+(?:ال)?(?:حريق|دخان)\s+(?:يرن|يصفر)",
)
# A danger supposed, not reported ("what do we do if the fire alarm goes off?", "en cas d'incendie"): the FAQ's rule.
IF_EVER = _rx(r"\b(?:if|in\s+case|si|en\s+caso|en\s+cas|wenn|falls|im\s+fall|если|в\s+случае)\b|如果|万一|もし|場合|"
              r"만약|경우|إذا|في\s+حالة")
# A sentence opening on a condition ("If there's a hurricane alert, ...", "Si hay alerta, ...", "Falls es regnet, ..."):
# the case a question that follows asks about, nothing that happened.
CONDITION_OPENS = _rx(r"^\W*(?:if|in\s+case|should\s+there|si|en\s+caso\s+de|en\s+cas\s+d[e']|wenn|falls|im\s+falle?|"
                      r"если|в\s+случае)\b", r"^\W*(?:如果|万一|要是|もし|만약|만일|إذا|اذا|لو|في\s+حال)")
# Someone of the guest's party named ("my grandmother", "mi abuela", "ma mère", "unser Sohn", "моя мама", "我妈妈",
# "母が", "어머니가", "والدي"): whom a need told beside a question is for.
PARTY_MEMBER = _rx(
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
# Smoke that is someone's cigarette ("the room smells of cigarette smoke"): a complaint about a room, no danger.
SMOKING = _rx(r"cigar\w*|tobac\w*|tabac|\bweed\b|cannabis|zigarette\w*|sigarr\w*|сигарет\w*|табак\w*|香烟|烟味|タバコ|"
              r"たばこ|담배|سجائر|سيجار\w*|تدخين")
COMPLAINT = _rx(
    r"\b(?:broken|not\s+working|doesn'?t\s+work|does\s+not\s+work|isn'?t\s+working|won'?t\s+(?:work|turn|open|close|"
    r"flush|lock|drain|light|heat\s+up|warm\s+up|come\s+on|switch\s+on)|"
    r"(?:room|suite|water|shower|bath|in\s+here)\s+(?:is\s+)?getting\s+(?:cold|freezing)|stopped\s+working|"
    r"(?:room|suite|it)\s+is\s+(?:freezing|ice[\s-]cold)|it'?s\s+(?:freezing|ice[\s-]cold)\s+in|"
    r"(?:heating|heater|radiators?|power|electricity|lights?|hot\s+water|air[\s-]?con\w*|wi-?fi)\s+(?:has\s+|have\s+|"
    r"is\s+|just\s+)*(?:gone|went|cut|been\s+cut)\s+(?:off|out)|out\s+of\s+order|no\s+hot\s+water|leak\w*|flood\w*|too\s+(?:hot|cold)|"
    r"loud|noisy|noise|scream\w*|shout\w*|yell\w*|dirty|filthy|stain\w*|smells?|stinks?|cockroach\w*|bed\s*bugs?|ants|rats|mice|termites|mou?ldy?|rude|"
    # not a quantity they exaggerate ("a ridiculous amount of luggage", "an awful lot of bags")
    r"(?<!pas\s)(?<!not\s)(?<!n't\s)(?:terrible|horrible|awful|ridiculous)(?!\s+(?:amount|number|lot|load|quantity|"
    r"pile)s?\b)|unacceptable|disgusting|worst|been\s+waiting|still\s+waiting|waiting\s+for\s+\d+|complain\w*|"
    r"overcharg\w*|charged\s+twice|wrong\s+charge|(?:still|wrongly|mistakenly|incorrectly)\s+(?:charged|billed)|clogged|blocked|overflow\w*|no\s+(?:(?:hot|warm)\s+)?(?:water|power|electricity|heat\w*)|"
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
    r"k[üu]hlt\s+nicht|не\s+(?:охлаждает|холодит))\b|不制冷|不凉|冷えない|効かない|안\s*시원|시원하지\s*않|لا\s+(?:يبرد|تبرد)",
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
AV_FAULT = _rx(
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
OWN_THING_DOWN = _rx(r"\b(?:my|our)\s+(?:[\w-]+\s+){0,2}(?:phones?|laptops?|chargers?|batter(?:y|ies)|tablets?|"
                     r"cameras?|watch|cables?|adapters?|headphones?)\s+(?:just\s+|has\s+|have\s+)?(?:died|is\s+dead|are\s+dead|"
                     r"went\s+dead|ran\s+out|run\s+out|is\s+flat|broke|stopped\s+working)")
# The room's safe asked about, not reported ("is the safe locked while we're out?", "¿cómo se abre la caja fuerte?").
SAFE_ASKED = _rx(r"\b(?:is|are|does|do|will|would|can|could|should)\s+(?:the|my|our|a|room)\s+(?:\w+\s+)?safes?\b|"
                 r"\bhow\s+(?:do|does|can|to|should)\b|\bc[oó]mo\s+(?:se\s+)?(?:abr|bloque|cierr|usa)|\bcomment\s+"
                 r"(?:on\s+|faut-il\s+)?(?:ouvr|verrouill|bloqu|ferm|utilis)|\bwie\s+(?:\w+\s+){0,2}(?:öffne|schließ|"
                 r"sperr|benutz|funktioniert)|\bкак\s+(?:открыть|закрыть|заблокировать|пользоваться)",
                 r"怎么|如何|どうやって|使い方|어떻게|كيف")
# Until what time a thing may be used, asked with "can't use" ("几点以后就不能用了？", "何時以降は使えませんか？",
# "몇 시부터 못 써요?"): the house rules' hours, no fault to fix.
HOURS_ASKED = _rx(r"(?:几点|什么时候|何时)(?:以后|之后|以前|之前|开始|起)?\S{0,8}不(?:能|可以|让)(?:再)?用",
                  r"何時(?:以降|から|まで|以後)\S{0,8}使え(?:ない|ません)",
                  r"몇\s*시(?:부터|이후|까지|\s*이후)\S{0,8}\s*(?:못\s*(?:써|쓰|사용)|사용\s*(?:못|불가|안))")
NOISE_ASKED = _rx(
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
UNCLEANED = _rx(
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
WAKE = _rx(
    r"\bwake[\s-]*(?:me|us|up)\b|\bwake-?up\s+call|\bwakeup|\bmorning\s+call",
    r"desp(?:i)?[eé]rt\w*|despertador|r[eé]veil(?!lon)\w*|\bweck\w*|разбуд\w*|будильник|叫醒|モーニングコール|起こして|"
    r"모닝콜|叫早|깨워|إيقاظ|أيقظ\w*|يوقظ\w*|استيقاظ|صحّ?يني|منبه",
)
WAKE_UP_SCENERY = _rx(r"\bwake\s+up\s+(?:to|with|in|on|next\s+to|by)\b")
# What a bill is called, in the words a guest asks for it with no possessive ("今の請求額は").
MONEY_WORDS = _rx(r"\b(?:bill|charges?|folio|account|invoice|balance|spent|owe\w*|facture|note|cuenta|factura|saldo|"
                  r"tax|taxes|taxe|impuestos?|steuer\w*|налог\w*|"
                  r"solde|rechnung|betrag|сч[её]т\w*|сумм\w*|долг)\b",
                  r"账|賬|费|費|税|請求|料金|金額|額|청구|요금|금액|잔액|세금|فاتور|حساب|مبلغ|رصيد|ضريب")
BILL = _rx(
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
    r"\b(?:taken\s+off|deducted\s+from|credited\s+to|applied\s+to)\s+(?:the|my|our)\s+(?:bill|folio|tab|account)\b",
    # a charge put on the guest's room ("¿me lo cargaron a la habitación?", "部屋付け")
    r"\bcarg\w+\s+(?:\w+\s+){0,3}a\s+(?:mi|la|nuestra)\s+(?:habitaci[oó]n|cuenta)\b|"
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
    # the deposit the guest already paid, asked about ("was the deposit I paid 8,500?"): a line of their folio
    r"\bdeposit\s+(?:that\s+)?(?:i|we)\s+(?:already\s+)?paid\b",
    r"\bhow\s+much\s+(?:have|did)\s+(?:i|we)\s+(?:already\s+)?spent|\bspent\s+so\s+far|"
    r"\bhow\s+much\s+(?:does|do)\s+(?:my|our)\s+\w+\s+(?:still\s+)?owe",
    r"\b(?:break\s*down|itemi[sz]e)\s+(?:the|my|our)\s+(?:bill|charges)\b|\bdesglos\w*\s+(?:la|mi|nuestra)\s+(?:cuenta|factura)\b|"
    r"\b(?:mi|nuestr[ao])\s+(?:cuenta|saldo|factura)\b|\b(?:el|le|mein|den|das)\s+(?:saldo|solde)\b|cu[aá]nto\s+(?:debo|debe|debemos|llevo\s+gastado|he\s+gastado)|"
    r"combien\s+(?:j'ai|nous\s+avons)\s+d[ée]pens[ée]|wie\s+viel\s+(?:habe\s+ich|haben\s+wir)\s+(?:\w+\s+)?ausgegeben|"
    r"المبلغ\s+(?:المتبقي|المستحق)|كم\s+(?:عليّ|يتبقى\s+علي)|"
    r"сколько\s+(?:я|мы)\s+(?:уже\s+)?потратил\w*|我(?:已经)?花了多少|いくら使った|얼마\s*(?:썼|나왔)|كم\s+أنفقت|\b(?:ma|notre)\s+(?:note|facture)\b|\b(?:mon|notre)\s+solde\b|combien\s+je\s+dois|"
    r"\b(?:mein|unser)\w*\s+rechnung\b|\b(?:mein|unser)\s+saldo\b|wie\s+viel\s+schulde|"
    r"(?:мо|наш)\w*\s+(?:сч[её]т\w*|баланс\w*)|сколько\s+(?:я|мы)\s+(?:сейчас\s+|ещё\s+|еще\s+)?должн?\w*|"
    r"我们?的?账单|账单上|我欠|明細|残高|請求書|いくら(?:お)?支?払|(?:내|우리|제|저희)\s*(?:청구서|계산서|잔액)|청구서에|"
    r"얼마를\s*내야|내야\s*할\s*(?:금액|돈)|فاتورت(?:ي|نا)|رصيد(?:ي|نا)|"
    r"كم\s+علي",
)
# Whether something comes with the rate or costs extra ("brekkie incl in my rate or extra?", "¿el desayuno está
# incluido en mi tarifa?", "早餐包含在房价里吗？"): what the rate includes, the FAQ's to say, no line of a bill.
INCLUDED = _rx(r"\b(?:incl(?:uded|udes|usive)?)\b|\bincluid[oa]s?\b|\bincluye\b|\binclu(?:s|se|ses)\b|"
               r"\bcompris\b|\binbegriffen\b|\binklusive\b|\benthalten\b|включ[её]н\w*|\bвходит\b",
               r"包含|包括|含早|込み|含まれ|포함|مشمول\w*|يشمل\w*")
# Whether a charge can go on the bill ("can the hotel just add it to my bill?", "¿pueden cargarlo a mi habitación?",
# "可以记到房账上吗？"): a rule of the hotel's, asked before anything is charged; no line of the bill.
ADD_TO_BILL = _rx(r"\b(?:can|could|may|will|would)\s+(?:you|we|i|they|the\s+(?:hotel|desk|reception))\s+"
                  r"(?:just\s+|please\s+)?(?:add|put|charge|bill)\s+(?:it|this|that|them|those|(?:the|my|our)\s+[\w-]+(?:\s+[\w-]+)?)\s+"
                  r"(?:to|on(?:to)?)\s+(?:my|our|the)\s+(?:room|bill|account|tab|folio)\b|"
                  r"\b(?:a[ñn]adir|cargar|poner|apuntar)(?:lo|la|los|las)?\s+(?:\w+\s+){0,2}(?:a|en)\s+(?:mi|la|nuestra)\s+"
                  r"(?:cuenta|habitaci[oó]n|factura)|\b(?:ajouter|mettre|facturer|porter)\s+(?:\w+\s+){0,2}(?:sur|à)\s+"
                  r"(?:ma|la|notre)\s+(?:note|chambre|facture)|\bauf\s+(?:meine|unsere|die)\s+(?:zimmer)?rechnung\s+"
                  r"(?:setzen|buchen|schreiben|nehmen)|(?:добавить|записать|включить|внести)\s+(?:\w+\s+){0,2}(?:в|на)\s+"
                  r"(?:мой\s+|наш\s+)?(?:сч[её]т|номер)",
                  r"(?:可以|能|能不能|可不可以)\S{0,6}(?:加到|记到|算到|挂到|记在|挂在)(?:我的?)?(?:账单|房账|房间|房费)|"
                  r"部屋付けに(?:できます|できる|して(?:もらえ|ください|くれ|いただけ))|"
                  r"(?:방|객실|청구서)(?:으로|에)\s*(?:달아|추가해|청구해)\s*(?:주|줄|도\s*되)|"
                  r"(?:يمكن\S*|ممكن|أستطيع|نستطيع)\s+(?:\S+\s+)?(?:إضافة|اضافة|إضافته|اضافته|تحميل)\S*\s+(?:\S+\s+){0,2}"
                  r"(?:إلى|الى|على)\s+(?:فاتورتي|حسابي|غرفتي)")
BILL_NOT = _rx(r"\b(?:(?<!apple\s)(?<!google\s)(?<!left\sto\s)pay|paying|split|dispute|wrong|incorrect|mistake|"
               r"company|refund|currency|methods?|cards?|"
               r"pagar|payer|bezahlen|оплат\w*)\b|\binvoice\s+with", ADD_TO_BILL.pattern)
LATE_CHECKOUT = _rx(
    r"\blate\s*check-?\s*out|\bcheck(?:ing)?[\s-]?out\s+(?:late|later)|\bstay\s+(?:a\s+bit\s+|a\s+little\s+)?"
    r"(?:longer|later)\b|"
    r"\bhow\s+late\s+(?:can|could|may)\s+(?:we|i)\s+(?:stay|leave|check|keep)|\bleave\s+(?:the\s+room\s+)?later\b|"
    # the room kept past check-out, however it is called ("hang on to the suite till 2")
    r"\b(?:keep|hold\s+on\s+to|hang\s+on\s+to)\s+(?:the|our|my)\s+(?:room|suite|apartment)\s+(?:until|till|"
    r"longer|a\s+bit)|\bstay\s+in\s+(?:the|our|my)\s+(?:room|suite|apartment)\s+(?:until|till|longer)|"
    # "we're in the suite, can we keep it until 4pm?": what guests keep till an hour is their room (bags the
    # hotel keeps: "can you keep them until 4?")
    r"\b(?:can|could|may)\s+(?:we|i)\s+(?:keep|hold\s+on\s+to|hang\s+on\s+to)\s+it\s+(?:until|till)\s+"
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
    r"salida\s+tard[ií]a|check-?out\s+tard[ií]o|d[ée]part\s+tardif|sp[äa]te[rn]?\s+(?:check-?out|abreise)|"
    r"(?:quedarnos|quedarme|seguir)\s+en\s+la\s+(?:habitaci[oó]n|suite)\s+hasta\s+(?:las\s|el\s+mediod)|"
    r"garder\s+(?:la|notre|ma)\s+(?:chambre|suite)\s+(?:jusqu'?\s*(?:à|a)\s+(?:\d|midi)|plus\s+longtemps)|"
    r"(?:zimmer|suite)\s+(?:noch\s+)?(?:bis\s+\d|länger)[^.?!]{0,25}\bbehalten|"
    r"(?:остаться|побыть)\s+в\s+номере\s+(?:до\s+\d|подольше)|"
    r"поздн\w+\s+выезд|延迟退房|晚退房|レイトチェックアウト|레이트\s*체크아웃|늦은\s*체크아웃|مغادرة\s+متأخرة",
    # check-out put off to a later hour ("extend check-out to 2pm", "push our check-out back", "チェックアウトを14時まで
    # 延ばせますか", "退房可以推迟到两点吗", "체크아웃을 2시까지 연장")
    r"\b(?:extend|push(?:\s+back)?|move|delay|postpone)\s+(?:the\s+|our\s+|my\s+)?check[\s-]?out\b(?!\s+time\s+is)|"
    r"\b(?:prolonger|repousser|retarder|d[ée]caler)\s+(?:le\s+|notre\s+|mon\s+|l'heure\s+du\s+)?(?:d[ée]part|check-?out)|"
    r"\b(?:extender|retrasar|alargar|aplazar)\s+(?:la\s+|el\s+)?(?:salida|check-?out)|"
    r"\b(?:check-?out|auschecken|abreise)\s+(?:\w+\s+){0,3}(?:verl[äa]ngern|verschieben|hinausz[öo]gern)|"
    r"(?:продлить|перенести|отложить)\s+(?:\w+\s+)?(?:выезд|чек-?аут)|"
    r"チェックアウト\S{0,12}(?:延ば|延長|遅ら|遅く)|退房\S{0,8}(?:延|推迟|晚)|체크아웃\S*\s*(?:\S+\s*){0,2}(?:연장|늦)|"
    r"(?:تمديد|تأخير)\s+(?:موعد\s+)?(?:ال)?(?:مغادرة|خروج|تسجيل\s+الخروج)",
)
# Into the room before the usual time ("getting into our room before lunch", "¿podemos entrar a la habitación
# antes?", "早めに部屋に入れますか"): an early check-in however it is said.
_EARLY = r"(?:early|earlier|sooner|before\s+(?:noon|lunch|midday|\d))"
EARLY_CHECK_IN = _rx(
    r"\bearly\s*check-?\s*in|\bcheck(?:ing)?[\s-]?in\s+" + _EARLY + r"|\b(?:get|getting|go|going|move|moving|be|access)"
    r"\s+(?:in(?:to)?\s+|access\s+to\s+)?(?:the|our|my)\s+rooms?\s+" + _EARLY + r"|\brooms?\s+(?:be\s+)?ready\s+"
    r"(?:early|earlier|before\s+(?:noon|lunch|midday|\d)|by\s+\d)",
    r"entrada\s+anticipada|check-?in\s+anticipado|arriv[ée]e\s+anticip[ée]e|enregistrement\s+anticip[ée]|"
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
CHECKOUT_NOW = _rx(r"\bcheck\s+(?:me|us)\s+out\b|\b(?:i|we)(?:'d|\s+would)?\s+(?:like|want)\s+to\s+check[\s-]?out\b|"
                   r"\b(?:i'?m|we'?re)\s+(?:checking|ready\s+to\s+check)\s+out\b")
AVAILABILITY = _rx(
    r"\b(?:availab\w*|vacanc\w*|free|any\s+rooms?|a\s+room|rooms?\s+for|book|booking|reserve|stay|nights?|anything\s+for|"
    r"room|suite)\b",
    r"disponib\w*|libre|habitaci\w*|chambre|zimmer|frei\b|verfügbar|номер\w*|свобод\w*|有房|空房|房间|空室|部屋|빈\s*방|"
    r"객실|غرف\w*|متاح",
)
# Whether a room is free to book: "any suite available?", "¿hay suite libre?", "空いていますか".
FREE_ASKED = _rx(r"\b(?:availab\w*|vacanc\w*|free|open\s+for\s+booking)\b",
                 r"disponib\w*|\blibres?\b|\bfrei\b|verfügbar|свобод\w*|有房|空房|有空|空室|空いて|空き|빈\s*방|"
                 r"예약\s*가능|متاح\w*|شاغر\w*")
# A room to stay in, as opposed to a service that is booked too ("a table", "a massage", "the shuttle").
LODGING = _rx(r"\b(?:rooms?|suites?|accommodation|vacanc\w*|availab\w*|(?:\d+|two|three|four|five|six|seven)\s+nights|"
              r"a\s+(?:night|stay))\b",
              r"habitaci\w+|chambres?|\bchbr?s?\b|\bdispos?\b|zimmer|номер\w*|комнат\w*|房间|客房|空房|有房|部屋|空室|"
              r"객실|빈\s*방|غرف\w*")  # texted: "chb", "dispo"
OWN_ROOM = _rx(r"\b(?:my|our|to\s+the|in\s+the)\s+(?:room|suite)\b|\bmi\s+habitaci|\bma\s+chambre|\bmein\w*\s+zimmer|"
               r"\bв\s+номер\b|\bмо\w+\s+номер")
# The guest's own room by a possessive ("our suite", "my king room"): a room they have, not one they ask for.
THEIR_ROOM = _rx(r"\b(?:my|our)\s+(?:[\w-]+\s+)?(?:room|suite)\b|\b(?:mi|nuestra)\s+(?:\w+\s+)?(?:habitaci|suite)|"
                 r"\b(?:ma|notre)\s+(?:chambre|suite)|\b(?:mein|unser)\w*\s+(?:zimmer|suite)|\b(?:мо|наш)\w*\s+"
                 r"(?:номер|люкс)|我(?:们)?的(?:房间|套房)|私(?:たち)?の部屋|(?:제|우리)\s*(?:방|객실|스위트)|غرفتي|غرفتنا|جناحنا")
# What is the guest's own: a bill, a room, a charge ("my bill", "제 방 요금", "unsere Rechnung"), the guest as
# the one charged or owing ("what did you charge me?", "¿qué me han cobrado?", "у меня", "我还欠"; not a bare
# "I" or "we": "we arrive Saturday, how much is parking?" asks a price), or the
# account running so far or still open, which Japanese and Chinese ask without a possessive ("今までの部屋代",
# "目前的费用", "あといくら").
OWNER = _rx(r"\b(?:my|our|mine|ours|mis?|nuestr[oa]s?|mon|ma|mes|notre|nos|mein\w*|unser\w*|мо[йеияё]\w*|наш\w*)\b",
            r"\b(?:me|us|m(?=')|je\s+(?:vous\s+)?dois|nous\s+(?:vous\s+)?devons|mir|mich|uns|мне|меня|нам|нас)\b",
            r"我的|我们的|我們的|私の|僕の|うちの|(?<![가-힣])(?:제|저의|내|우리)(?![가-힣])|"
            r"我(?:们)?房(?:费|间|账)|[\u0600-\u06ff]{2,}(?:ي|نا)(?=[\s؟?.!,]|$)")
# The account itself: what is still open or settled, a charge already made, a companion's bill, the stay so far.
ACCOUNT = _rx(r"\b(?:still|left|remaining|outstanding|pour\s+l'instant|à\s+ce\s+jour|bis\s+jetzt|noch|ещё|еще|"
              r"settle|saldar|r[ée]gler|begleichen|рассчитат\w*)\b|还|あと|残り|남은|아직|المتبقي|الآن|"
              r"结账|結帳|精算|정산|تسديد|أسدد",
              # a charge already made, which is the guest's ("what did the spa come to?", "was hat ... gekostet")
              r"\b(?:came\s+to|come\s+to|charged|billed|put\s+on|cobr[aó]\w*|carg(?:aron|[oó]|ad[oa]s?)|factur[ée]e?s?|"
              r"mise?s?\s+sur|d[ée]bit[ée]e?s?|pr[ée]lev[ée]e?s?|berechnet|gekostet|abgebucht|начисл\w*|записал\w*|"
              r"списал\w*|набежал\w*|стоил[аио]?|взяли)\b|引き落と|결제됐|خصم\S*|收了|扣了|记账了|記帳了|入账了|挂账了|記上了|"
              r"记上了|請求され|になっています|청구됐|나왔|였죠|였어요",
              # a companion's bill ("her bill", "فاتورتها"): a guest's bill all the same, whose the skill settles
              r"\b(?:his|her|their)\s+(?:\w+\s+)?(?:bill|folio|tab|account|charges|balance)\b|"
              r"\b(?:sa|leur)\s+(?:note|facture)\b|\b(?:seine|ihre)\s+rechnung\b|\b(?:е[её]|его|их)\s+сч[её]т\b|"
              r"(?:فاتورت|حساب)(?:ه|ها|هم)(?=[\s؟?.!,]|$)",
              r"\b(?:so\s+far|until\s+now|to\s+date|current(?:ly)?|right\s+now|hasta\s+ahora|actual(?:mente)?|"
              r"jusqu'à\s+présent|actuel\w*|bisher|aktuell\w*|до\s+сих\s+пор|сейчас|на\s+данный\s+момент|текущ\w*|"
              r"this\s+stay|esta\s+estancia|ce\s+séjour|diese[mn]?\s+aufenthalt)\b|"
              r"今まで|これまで|現在|現時点|目前|现在|当前|到目前为止|这次住宿|今回の滞在|지금까지|현재|이번\s*숙박|"
              r"حتى\s+الآن|الحالي|هذه\s+الإقامة")
MINE = _rx(OWNER.pattern, ACCOUNT.pattern)
# A price asked for the guest's own thing ("c'est combien pour mon char?", "how much for our dog?", "¿cuánto por mi
# coche?"): the price of a service, the possessive the thing's, not the bill's.
FOR_MINE = _rx(r"\b(?:for|pour|para|por|für|за)\s+(?:my|our|mon|ma|mes|notre|nos|mis?|nuestr[oa]s?|mein\w*|unser\w*|"
               r"мо\w+|наш\w*)\s+(?!(?:bill|tab|folio|account|stay|room|s[ée]jour|estancia|cuenta|note|facture|"
               r"chambre|habitaci[oó]n|aufenthalt|zimmer|rechnung|сч[её]т|номер|проживание)\b)\w+")
BOOK_OTHER = _rx(r"\b(?:table|massage|spa|facial|court|tee|golf|tours?|shuttle|taxi|cab|car|tickets?|lesson|class|"
                 r"sitter|babysitter|restaurant|dinner|lunch|treatment|session|safari|excursions?|cruise|sightseeing)\b",
                 r"mesa|masaje|table\b|tisch|massage|столик|массаж|桌|按摩|班车|穿梭|テーブル|マッサージ|シャトル|"
                 r"테이블|마사지|셔틀|طاولة|تدليك|مساج",
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
ARRIVAL_TIMES = _rx(r"\b(?:until|till|by)?\s*what\s+time\b|\bwhen\s+can\s+(?:we|i)\b|\bcheck[\s-]?in\s+(?:time|hours)|"
                    r"\bearly\s+check|\b(?:de|a|hasta)\s+qu[eé]\s+hora|\b(?:à|jusqu'à)\s+quelle\s+heure|"
                    r"\bum\s+wie\s+viel\s+uhr|\bbis\s+wann\b|\bbis\s+wie\s+viel\s+uhr|\bab\s+wann\b|"
                    r"\bwann\s+(?:k[öo]nnen|d[üu]rfen)\s+(?:wir|ich)\b|\bcu[aá]ndo\s+(?:podemos|puedo)\b|"
                    r"\b(?:desde|a\s+partir\s+de)\s+qu[eé]\s+hora|\bquand\s+(?:pouvons|pourrons|peut|pourra)|"
                    r"\bà\s+partir\s+de\s+quelle\s+heure",
                    r"во\s+сколько|до\s+скольки|с\s+какого\s+времени|когда\s+можно|几点|何時|いつから|몇\s*시|"
                    r"언제부터|(?:في\s+)?أي\s+ساعة|حتى\s+(?:أي\s+)?ساعة|متى\s+(?:يمكننا|يمكنني)")
# A date that only opens a stay ("arriving 20/01", "from the 3rd", "1月20日入住"): the departure is still to ask.
# Without these words one date asked about ("a room on 20/01?", "12월 31일에 방 있나요?") is that one night.
STAY_OPENS = _rx(r"\b(?:from|starting|since|onwards|arriv\w*|check(?:ing)?[\s-]?in|land\w*|coming|get(?:ting)?\s+in|"
                 r"desde|a\s+partir|llega\w*|dès|à\s+partir|arriv\w*|ab|vom|anreise\w*|ankomm\w*|ankunft|"
                 r"с|со|приезж\w*|приед\w*|заезд\w*|заселени\w*)\b",
                 r"从|起|到达|抵达|入住|から|到着|チェックイン|부터|도착|체크인|입실|ابتداء|اعتبارا|وصول|نصل|أصل")
BOOK = _rx(r"\b(?:i'?ll|we'?ll|i\s+will|we\s+will)\s+take\s+it|\bbook\s+(?:it|this|that|the\s+room)\b|\breserve\s+it|"
           r"\blet'?s\s+(?:book|do\s+it)|\bgo\s+ahead\s+and\s+book|me\s+lo\s+quedo|lo\s+reservo|je\s+(?:la\s+)?prends|"
           r"ich\s+nehme\s+(?:es|das|sie)|забронир\w*",
           r"预订|预定|予約|예약(?!금)|احجز")  # "예약금" is the deposit, not a booking
# Whether booking is needed asks a rule of the hotel's, not for a stay ("do we need to book the sauna?").
NEED_TO_BOOK = _rx(
    r"\b(?:need|have|got)\s+to\s+(?:book|reserve)|\bneed\s+(?:a\s+)?(?:booking|reservation)|"
    r"\b(?:booking|reservation)s?\s+(?:is\s+|are\s+)?(?:required|necessary|needed|essential)",
    r"\bhay\s+que\s+reservar|\bnecesit\w+\s+(?:\w+\s+)?reserv\w*|\b(?:se\s+)?requiere\w*\s+reserva|"
    r"\bes\s+necesario\s+reservar|\bfaut(?:-il)?\s+(?:\w+\s+)?r[ée]server|\bbesoin\s+de\s+r[ée]serv\w*|"
    r"\br[ée]servation\s+(?:est\s+)?(?:obligatoire|n[ée]cessaire)|\bmuss\s+man\s+(?:\w+\s+)?(?:reservieren|buchen)|"
    r"\b(?:reservierung|buchung)\s+(?:\w+\s+)?(?:n[öo]tig|notwendig|erforderlich)|\b(?:reservieren|buchen)\s+m[üu]ss",
    r"нужно\s+(?:ли\s+)?(?:за)?бронир\w*|нужн\w+\s+(?:ли\s+)?(?:бронь|бронировани\w*)|"
    r"需要预[订定]|要预[订定]吗|得预[订定]|必须预[订定]|预[订定]吗|予約(?:は|が)?(?:必要|要り|いり)|予約しないと|"
    r"예약(?:이|을)?\s*(?:필요|해야)|(?:يجب|يلزم|ضروري)\s+(?:ال)?حجز|الحجز\s+(?:مطلوب|ضروري|لازم|إلزامي)",
)
# A charge named by its amount ("the 28 dollar item", "$35", "12,50 €").
AMOUNT = _rx(r"[$€£]\s?\d+(?:[.,]\d{2})?|\b\d+(?:[.,]\d{2})?\s*(?:dollars?|d[óo]lares|bucks|usd|euros?|eur|pounds?|"
             r"libras|livres|pfund|gbp|rub|руб\w*|доллар\w*|евро|фунт\w*)\b|\d+\s*₽|"
             r"\d+(?:[.,]\d{2})?\s*(?:美元|美金|欧元|英镑|ドル|ユーロ|ポンド|달러|유로|파운드|دولار\w*|يورو|جنيه\w*)|"
             r"\d+(?:[.,]\d{2})?\s*[$€£]")
PAY = _rx(r"\b(?:pay|paying|payment|deposit|payment\s+link|checkout\s+link)\b",
          r"\bpagar|\bpago|dep[oó]sito|anticipo|\bse[ñn]a\b|payer|paiement|acompte|arrhes|\bd[ée]p[ôo]t\b|bezahlen|"
          r"zahlung|anzahlung|"
          r"оплат\w*|залог|предоплат\w*|аванс\w*",
          r"付款|支付|定金|订金|訂金|押金|支払|決済|デポジット|前払い|前金|内金|결제|"
          r"보증금|선금|계약금|예약금|دفع|عربون")
# A way to pay named beside a bill ("can I settle it with Apple Pay?"): the FAQ says which the hotel takes.
PAY_HOW = _rx(r"apple\s+pay|google\s+pay|\bcards?\b|\bcash\b|\bvisa\b|\bamex\b|mastercard|\bcredit\b|\bdebit\b|"
              r"tarjeta|efectivo|\bcarte\b|esp[èe]ces|\bkarte\b|\bbar\s+(?:zahlen|bezahlen)|карт\w*|наличн\w*|"
              r"信用卡|现金|支付宝|微信支付|カード|現金|카드|현금|بطاقة|نقد\w*|كاش")
PAY_NOT = _rx(r"\b(?:methods?|cards?|accept|cash|apple\s+pay|google\s+pay|visa|amex|mastercard|currency|split|"
              r"(?:do|does|will|would)\s+(?:they|kids|children|he|she|we)\s+(?:have\s+to\s+)?pay|"
              r"refund\w*|how\s+much\s+is\s+the\s+deposit)\b|tarjeta|carte|karte|карт")
# A Latin word run into Chinese or Japanese has no \b before the next character ("wifi密码"): letters bound it.
WIFI = _rx(r"(?<![A-Za-z])(?:wi-?\s?fi|wlan|wireless|internet)(?![A-Za-z])|get\s+online",
           r"вай-?фай|无线|ワイファイ|와이파이|와파|무선\s*인터넷|واي\s?فاي")  # "와파": how Koreans text it
PASSWORD = _rx(r"\b(?:password|passwd|pw|pwd|mdp)\b|contraseña|mot\s+de\s+passe|passwort|kennwort|пароль|parol\b|"
               r"pasuwa+-?do|密码|パスワード|비밀번호|비번|كلمة\s+(?:ال)?(?:سر|مرور)")
# What the wifi skill tells: the network, its password, and whether it costs anything.
WIFI_ASK = _rx(PASSWORD.pattern,
               r"\b(?:pass|code|network|connect\w*|log\s?in|name|details|key|free|cost|price|charge)\b|clave|^\W*\S+\W*$",
               r"gratis|gratuit|kostenlos|бесплатн|免费|無料|무료|مجان")
ORDER = _rx(r"\b(?:order|bring|send|deliver|i'?d\s+like|i\s+want|we'?d\s+like|we\s+want|can\s+(?:i|we)\s+(?:get|have)|"
            r"could\s+(?:i|we)\s+(?:get|have)|get\s+me|add(?!\s+up\b)|room\s+service)\b",
            r"quiero|quisiera|pedir|tr[aá]e\w*|(?:nos|me)\s+(?:pued\w+|podr[ií]\w+)\s+subir|s[uú]ban(?:nos|me)|je\s+voudrais|commander|apporte\w*|livr(?:er|ez)|mont(?:er|ez)|ich\s+möchte|bestellen|bringen|"
            r"заказать|принесите|пришлите|хочу|点餐|送|注文|持ってき|주문|갖다|أطلب|اطلب|أرسل\w*|ارسل\w*")
# A person sent up to fix or help ("send someone to fix the shower", "envoyez un technicien"): no order, whatever the
# problem names from the menu ("no hot water").
SEND_PERSON = _rx(r"\b(?:send|get)\s+(?:up\s+)?(?:someone|somebody|anyone|anybody|a\s+(?:person|technician|plumber|"
                  r"handyman|electrician)|an\s+(?:engineer|electrician)|maintenance|help|security|staff)\b",
                  r"\bmand(?:en|ar|e)\s+a\s+(?:alguien|un\s+t[eé]cnico|mantenimiento)|\benvoy\w*\s+(?:quelqu'un|un\s+"
                  r"technicien|un\s+plombier)|\bschick\w*\s+(?:sie\s+)?(?:jemanden|einen\s+techniker)|"
                  r"\b(?:jemanden|einen\s+techniker)\s+(?:\w+\s+)?(?:schicken|vorbeischicken)\b|"
                  r"пришлите\s+(?:кого-?нибудь|мастера|техника|сантехника)|派(?:个)?人|修理工|誰か(?:を)?(?:よこ|来て)|"
                  r"사람\s*(?:좀\s*)?보내|기사님?\s*(?:좀\s*)?보내|(?:أرسل\w*|إرسال|ارسال|ترسل\w*|ابعث\w*)\s+(?:لي\s+)?(?:أحد\S*|شخص\S*|فني\S*)")
# Someone asked to come and see to something ("could someone come and look at the shower?"), with SEND_PERSON.
SOMEONE_COME = _rx(r"\b(?:someone|somebody|anyone|anybody)\s+(?:come\s+(?:up\s+)?(?:and|to)\s+)",
                   r"\b(?:alguien|quelqu'un|jemand)\s+(?:venir|vienne|kommen|kommt)\b|кто-?нибудь\s+(?:прийти|подойти)|"
                   r"(?:来个人|来人)|誰か来|누가\s*(?:와|오)")
# A repair asked for ("to fix the heating", "pour réparer", "починить", "修一下", "고쳐"): with a person sent or coming
# to do it, a fault to see to, whatever else the sentence names.
REPAIR = _rx(r"\b(?:fix|repair|look\s+at|check\s+on|see\s+to|sort\s+out|unblock|unclog)\b",
             r"\b(?:arregl\w*|r[eé]par\w*|revis\w*|regarder|vérifier|nachseh\w*|anschau\w*|почин\w*|отремонт\w*|"
             r"посмотр\w*)|修|看一下|直し|直して|見て|고치|고쳐|수리|봐\s*주|إصلاح|تصليح|يصلح")
# An order placed before ("we ordered an hour ago", "мы заказали", "我们点的"): what a complaint is about, not a new
# one.
PAST_ORDER = _rx(r"\b(?:we|i)\s+(?:already\s+|just\s+)?(?:ordered|placed\s+(?:an|our|my)\s+order)\b|"
                 r"\b(?:my|our)\s+order\b|"
                 r"\b(?:hemos|he)\s+pedido|\bpedimos\b|\bmi\s+pedido|\bnuestro\s+pedido|\b(?:avons|ai)\s+command[ée]|"
                 r"\bma\s+commande|\bnotre\s+commande|\b(?:haben|habe)\b.{0,40}\bbestellt|\bunsere?\s+bestellung|"
                 r"\b(?:мы|я)\s+заказал\w*|наш\s+заказ|мой\s+заказ",
                 r"我们?点的|我们?点了|我们?订的|注文した|頼んだ|주문한|주문했|طلبنا|طلبت|طلبي|طلبنا")
# Going out to a place that serves something ("a night out at a mezcal bar", "ir a una pizzería", "in eine Weinbar"):
# the dish names the place, it is not ordered.
OUT_AT = _rx(r"\b(?:at|to|in)\s+(?:a|an|the|some|one\s+of\s+the)\s+(?:[\w-]+\s+){0,2}(?:bars?|pubs?|restaurants?|"
             r"places?|caf[eé]s?|clubs?|taverns?|cantinas?|taquer[ií]as?|pizzerias?|breweries|brewery)\b",
             r"\b(?:a|en)\s+(?:un|una|el|la|algún|alguna)\s+(?:[\w-]+\s+){0,2}(?:bar|restaurante|cantina|"
             r"mezcaler[ií]a|taquer[ií]a|pizzer[ií]a|cervecer[ií]a)\b|\b(?:dans|à)\s+(?:un|une|le|la)\s+"
             r"(?:[\w-]+\s+){0,2}(?:bar|restaurant|brasserie|pub|microbrasserie)\b|"
             r"\b(?:in|zu)\s+(?:eine?n?|die|der|das|den)\s+(?:[\w-]+\s+){0,2}(?:bar|[\w-]*bar|kneipe|restaurant|"
             r"lokal|brauerei)\b")
# A thing wanted in the guest's room ("pelmeni to our room?", "в номер", "aufs Zimmer", "one lava cake to 305"): with a
# dish named, an order.
TO_ROOM = _rx(r"\b(?:to|up\s+to)\s+(?:my|our|the)\s+room\b|\b(?:to|up\s+to)\s+(?:room\s+|rm\.?\s*|#)?\d{2,4}\b|"
              r"\b(?:a\s+la|à\s+la|zu(?:r|m)?|in)\s+(?:habitaci[oó]n\s+|chambre\s+|zimmer\s+)\d{2,4}\b|\ba\s+(?:mi|la|nuestra)\s+habitaci[oó]n\b|"
              r"\bdans\s+(?:ma|notre|la)\s+chambre\b|\b(?:aufs|auf\s+das|ins)\s+zimmer\b|(?<!\w)в\s+номер(?!\w)",
              r"送到房间|送到我的房间|部屋(?:に|まで)|방으로|إلى\s+(?:غرفتي|الغرفة)")
# What something would cost ("what would that come to?", "¿cuánto sería?"): a quote, not an order.
PRICE = _rx(r"\b(?:how\s+much|come\s+to|add\s+up\s+to|cost\w*|price\w*|total|rate)\b|cu[aá]nto|precio|combien|\bprix\b|"
            r"wie\s*viel|was\s+kostet|\bwie\s+hoch\s+(?:ist|sind|w[äa]ren?|liegt|liegen)\b|\bpreis|сколько|стоимост\w*|цена|多少钱|多少|价格|いくら|値段|料金|얼마|가격|요금|"
            r"كم\s+(?:سعر|يكلف|ثمن|المجموع|السعر)|بكم|سعر")
# One more night for a guest already here ("can we stay an extra night?", "on peut rester une nuit de plus ?",
# "延泊できますか"): the nights after their departure, in their room type.
EXTEND_STAY = _rx(r"\bextend\w*\s+(?:my|our|the)\s+(?:stay|booking|reservation)|\bstay\s+(?:on\s+)?(?:for\s+)?"
                  r"(?:one|an|another|a\s+couple\s+(?:of\s+)?|two|three|\d+)\s+(?:more\s+|extra\s+)?nights?\b(?!\s+in)|"
                  r"\b(?:one|two|\d+)\s+more\s+nights?\b|\ban\s+extra\s+night\b|\banother\s+night\b|"
                  r"quedar(?:nos|me)\s+(?:una|otra|dos|\d+)\s+noches?\s+m[aá]s|(?:una|otra)\s+noche\s+m[aá]s|"
                  r"(?:extender|alargar|prolongar)\s+(?:la|mi|nuestra)\s+(?:estancia|estad[ií]a|reserva)|"
                  r"prolonger\s+(?:mon|notre|le)\s+séjour|(?:une|deux|\d+)\s+nuits?\s+(?:de\s+plus|supplémentaires?)|"
                  r"(?:aufenthalt|buchung)\s+(?:um\s+\S+\s+\w+\s+)?verlängern|(?:eine|zwei|\d+)\s+n[aä]chte?\s+l[äa]nger|"
                  r"noch\s+(?:eine|zwei|\d+)\s+n[aä]chte?\b|продл\w+\s+(?:\w+\s+)?(?:проживани\w*|номер|бронь|"
                  r"бронировани\w*|пребывани\w*)|(?:ещё|еще)\s+(?:на\s+)?(?:одну|две|\d+)?\s*(?:ночь|ночи|сутки)",
                  r"延长入住|续住|多住(?:一|两|\d)晚|再住(?:一|两|\d)晚|延泊|もう(?:一|1|二|2)泊|숙박\s*연장|"
                  r"(?:하루|1박|이틀|2박)\s*(?:더|연장)|تمديد\s+(?:ال)?(?:إقامة|حجز)|ليلة\s+(?:إضافية|أخرى)")
# A price asked about nothing of its own ("and what would that cost?", "¿y cuánto cuesta?", "多少钱？"): what
# is left once the price words, pronouns and particles are gone.
_PRICE_FILLER = _rx(r"\b(?:what|would|will|does|do|is|it|that|this|be|the|and|so|then|roughly|about|extra|much|"
                    r"ser[ií]a|serait|w[äa]re|будет)\b|"
                    r"\bfait\b|cuest\w*|cost\w*|co[uû]t\w*|kost\w*|сто[ия]т\w*|стоимост\w*|[呢吗嗎的是要了啊呀]|ですか|ます|"
                    r"でしょうか|[はも](?=\W|$)|예요|이에요|인가요|나요|그럼|어떻게|되나요|돼요|(?<![가-힣])[이가은는]요?(?![가-힣])|\W|\d")
_CJK_CHAR = re.compile(f"[{CJK}]")
# Per what a price is counted ("and per person?", "¿por día?", "pro Nacht?", "1인당"): no topic of its own.
PER_UNIT = _rx(r"\b(?:per|a|each|por|par|pro|je|за|с|на)\s+(?:person|people|head|adult|night|day|persona|noche|d[ií]a|"
               r"cabeza|adulto|personne|nuit|jour|t[êe]te|adulte|nacht|tag|kopf|erwachsene\w*|человека|ночь|сутки|день)\b",
               r"一人|一个人|每人|每位|一晩|1人|인당|한\s*명|للشخص|للفرد|لليلة")
# For how many the price is asked ("for 4 people", "pour deux nuits", "für 3 Personen", "на двоих", "4人で"): how
# many, not what.
FOR_COUNT = _rx(rf"\b(?:for|para|pour|für|fuer|на|за)\s+(?:the\s+|los\s+|les\s+|die\s+)?(?:{dates.SMALL_NUMBER}|"
                r"двоих|троих|четверых)(?:\s+(?:of\s+us|[^\W\d_]+))?\b",
                r"\d+\s*(?:人|名|位|박|명|泊|晚|ليال\w*|أشخاص|ليلة)(?:で|分|이면|에)?|(?:لـ?|ل)\s*\d+\s*(?:أشخاص|ليال\w*)")
# A follow-up that only changes for whom ("¿Y para niños?", "and for the kids?", "那小孩呢？"): the same question
# as before, asked for them.
FOR_WHOM_ONLY = _rx(r"^\W*(?:(?:and|what\s+about|how\s+about|y|et|und|а|и)\s+)?(?:for|para|pour|für|для)\s+"
                    r"(?:the\s+|los\s+|las\s+|les\s+|des\s+|die\s+|an?\s+|une?\s+|my\s+|our\s+|mis\s+|nos\s+|mes\s+|"
                    r"mi\s+|ma\s+|mon\s+|notre\s+|meine[nr]?\s+|unsere[nr]?\s+|мо(?:его|ей|их)\s+|наш(?:его|ей|их)\s+)?"
                    r"(?:\d+\s+)?(?:kids?|children|child|bab(?:y|ies)|toddlers?|teens?|teenagers?|"
                    r"adults?|seniors?|students?|niñ[oa]s?|bebés?|adultos?|enfants?|bébés?|adultes?|kinder|kind|babys?|"
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
ORDER_REF = _rx(r"\b(?:that|it|this|all|everything|order|altogether|delivery|in\s+total)\b|\beso\b|\btodo\b|pedido|"
                r"\ben\s+total\b|\bça\b|\ben\s+tout\b|commande|\bdas\b|insgesamt|bestellung|\bэто\b|\bвсего\b|итого|"
                r"заказ\w*|那些|这些|订单|一共|总共|全部|それ|注文|全部で|合計|그거|주문|전부|모두|합계|다\s*해서|ذلك|الطلب|"
                r"المجموع|الإجمالي")
PLEASE = _rx(r"\b(?:please|pls|plz)\b|por\s+favor|s'il\s+vous\s+pla[iî]t|\bbitte\b|пожалуйста",
             r"请|ください|お願い|주세요|부탁(?:해요|합니다|드려요|드립니다)|من\s+فضلك")
ORDER_CHANGE = _rx(r"\b(?:add|remove|cancel|without|instead|make\s+(?:the|it)|change|also|plus|actually)\b|"
                   r"añad\w*|quita\w*|sin\b|ajout\w*|sans\b|enlève|dazu|ohne\b|добав\w*|без\b|加|去掉|追加|추가|أضف")
# A new count for what is already ordered ("make it 3 burgers", "que sean tres", "改成3个"): the count, not more.
ORDER_SET = _rx(r"\b(?:make\s+(?:it|that|them|those)|change\s+(?:it|that)\s+to|(?:it|that)\s+should\s+be)\b",
                r"\bque\s+sean\b|\bmejor\s+(?:que\s+sean\s+)?\d|\bplutôt\s+\d|\bmettez(?:-en)?\s+plutôt|\blieber\s+\d|"
                r"\bdoch\s+\d|пусть\s+будет|лучше\s+\d|сделайте\s+\d|改成|改为|に変更|로\s*바꿔|(?:اجعلها|خليها)")
REQUEST = _rx(r"\b(?:send|bring|need|needs|get|have|please|pls|would\s+like|i'?d\s+like|more|extra|another|new|fresh|"
              r"set\s+up|clean|(?:can|could|would)\s+(?:you|someone|somebody|anyone|housekeeping)|missing|any\s+chance|"
              r"ran\s+out|run\s+out|out\s+of|no\s+more)\b|falta\w*|manque\w*|fehl\w*|закончил\w*|нет\s|没有|用完|"
              r"ありません|切れ|없어|떨어|لا\s+يوجد|نفد|necesit\w*|quiero|pued\w+\s+traer|j'ai\s+besoin|pourriez|je\s+voudrais|"
              r"ich\s+brauche|bitte|könnten|нужн\w*|принесите|"
              # asked to be brought or sent, as the guest's language asks it ("pouvez-vous nous apporter", "¿me traen?",
              # "bringen Sie", "можете принести", "ترسلون لي", "تجيبون")
              r"pouvez-vous|apport(?:er|ez)|monter\s+(?:des?|une?|deux|trois)|envoy(?:er|ez)|\btra(?:en|igan?|er)\b|"
              r"\bbringen\s+sie|\bk[öo]nnen\s+sie|принест\w*|пришлите|можно\s+(?:ещё|еще)|"
              r"(?:ت|ي)رسل\S*\s+(?:لي|لنا)|(?:ت|ي)جيب\S*\s+(?:لي|لنا)|جيبوا|هاتوا|(?:ت|ي)?حضر\S*\s+(?:لي|لنا)|(?:받|주|가져다\s*주)(?:을|실)\s*수|(?<![가-힣])더(?![가-힣])",
              r"需要|请|ください|もらえ(?:ます|る|ない)|いただけ(?:ます|る|ない)|お願い|ほしい|欲しい|持ってき|"
              r"주세요|필요|[أن]حتاج|نريد|أريد|من\s+فضلك|أرجو|أرسل\w*|إرسال|"
              r"(?:能|可以|能不能|可不可以)(?:给|帮|送|加|再)|麻烦|加一")
# Whether to bring one's own ("do we need to bring our own towels to the bath?", "¿hay que traer toallas?"): a
# question about the hotel's rules, not a request for the thing.
BRING_OWN = _rx(r"\b(?:bring|pack|take)\s+(?:(?:our|my|your|their)\s+)?own\b|\b(?:need|have)\s+to\s+(?:bring|pack)\b|"
                r"\b(?:should|must)\s+(?:we|i)\s+(?:bring|pack)\b|(?:traer|llevar)\s+(?:nuestr|mis?\b|propi)\w*|"
                r"hay\s+que\s+(?:traer|llevar)|apporter\s+(?:nos|mes|notre|ma|mon|(?:nos|mes)\s+propres)|"
                r"faut-il\s+apporter|mitbringen|selbst\s+mitnehmen|(?:брать|взять)\s+(?:с\s+собой|сво\w+)|"
                r"自己带|要带|需要带|持参|持って(?:いく|行く|くる)|챙겨\s*(?:가야|와야)|가져가야|إحضار\s+\S+\s+(?:الخاصة|معنا|معي)")
# Wanting to do something ("we want to watch the sunset with a glass of wine", "queremos ver el atardecer"): a
# plan told, not a dish ordered, unless the thing done is ordering ("we want to order", "I'd like to get").
WANT_TO_DO = _rx(r"\b(?:i|we)\s+(?:really\s+)?(?:want|wanna|would\s+like|'d\s+like|are\s+hoping|hope|plan)\s+to\s+"
                 r"(?!order|get|have|eat|drink|try|add|book)\w+",
                 r"\b(?:queremos|quiero|quisi[eé]ramos)\s+(?!pedir|ordenar|tomar|comer|beber|probar|a[nñ]adir)\w+(?:ar|er|ir)\b|"
                 r"\b(?:nous\s+voulons|on\s+veut|je\s+veux|nous\s+voudrions|je\s+voudrais)\s+(?!commander|prendre|manger|"
                 r"boire|go[uû]ter|ajouter)\w+(?:er|ir|re)\b|\b(?:wir\s+m[öo]chten|ich\s+m[öo]chte|wir\s+wollen)\b[^.!?]*?\b"
                 r"(?!bestellen|essen|trinken|haben)\w+en\b(?=[.!?]|$)|\b(?:хотим|хочу)\s+(?!заказать|съесть|выпить|попробовать)"
                 r"\w+(?:ть|ти)\b")
ASKING_ABOUT = _rx(r"\b(?:do\s+you\s+(?:have|offer|provide)|is\s+there\s+(?:a|any)|are\s+there|how\s+much|"
                   r"is\s+it\s+free|charge|cost|price|fee)\b|cu[aá]nto|combien|wie\s+viel|сколько|多少|いくら|얼마|كم")
FEEDBACK = _rx(r"\b(?:feedback|give\s+(?:a\s+|my\s+)?(?:review|rating)|rate\s+(?:my|our|the)\s+(?:stay|hotel|room))\b|"
               r"opini[oó]n|mon\s+avis|bewertung|отзыв|评价|感想|후기|تقييم")
WHERE_OR_HOW = _rx(r"\b(?:where|how)\b|d[oó]nde|c[oó]mo|\boù\b|comment|\bwo\b|\bwie\b|где|как",
                   r"哪里|怎么|どこ|どう|어디|어떻게|أين|كيف")
ROOM_FEATURE = _rx(r"\b(?:is\s+there|does\s+it\s+have|do\s+they\s+have|how\s+(?:big|large)|size|view|beds?|bathtub|"
                   r"balcony|floor|sq\s*ft|breakfast|includ\w*|comes?\s+with)\b")
ITINERARY = _rx(
    r"\b(?:plan|planning)\b.{0,25}\b(?:day|morning|afternoon|trip|itinerary)\b|\bitinerar\w*|"
    r"\bday\s+(?:trip|plan)\b|\bwhat\s+(?:should|could)\s+we\s+do\s+(?:tomorrow|today|this|on|in)",
    r"programa\w*\s+(?:del|para\s+el)\s+d[ií]a|planifi\w*|itinéraire|programme\s+(?:de\s+la|pour\s+la)\s+journée|"
    r"tagesplan|tagesausflug|маршрут|программ\w+\s+на\s+день|行程|一日游|観光プラン|일정|코스|خطة|برنامج",
)
RECOMMEND = _rx(
    r"\b(?:recommend\w*|suggest\w*|where\s+(?:can|could|should|to|do)|any\s+good|best|nearby|near\s+(?:here|by|the\s+hotel)|"
    r"around\s+here|close\s+by|walking\s+distance|not\s+(?:too\s+)?far|places?\s+to|things\s+to\s+do|"
    r"what\s+(?:can|could|should|to)\s+(?:we\s+|i\s+)?do)\b",
    r"recomi\w*|recomend\w*|d[oó]nde|cerca|no\s+(?:muy\s+)?lejos|qu[eé]\s+hacer|conseil\w*|recommand\w*|\boù\b|près|"
    r"proche|pas\s+(?:trop\s+)?loin|que\s+faire|empfehl\w*|\bwo\s+(?:kann|können)|in\s+der\s+nähe|nicht\s+(?:zu\s+)?weit|"
    r"was\s+(?:kann\s+man|können\s+wir)|посовет\w*|где|рядом|недалеко|чем\s+заняться|推荐|哪里|附近|不远|做什么|おすすめ|"
    r"近く|遠くない|どこ|추천|근처|멀지\s*않|어디|أنصح|اقترح|أين|قريب|ليس\s+بعيد",
)
# A plain wish to go out and see the place ("what should we see in town?", "¿qué podemos visitar?", "Куда сходить
# вечером?", "有什么好玩的？"), naming no thing of its own: the places nearby answer it when the FAQ cannot. "What can
# we do if..." or "where do I go to check in" ask something else. Not "where can we eat": a kind of place, read
# by the place filters.
SIGHTSEEING = _rx(
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
QUESTION = _rx(r"\bquestions?\s+(?:about|regarding|on)\b|\bpregunta\s+sobre|\bquestion\s+sur|\bfrage\s+(?:zu|über)|"
               r"\bвопрос\s+(?:о|об|про|по)\b|[?？؟]|^\s*(?:what|when|where|which|who|how|is|are|do|does|can|could|will|would|qu[eé]|cu[aá]ndo|d[oó]nde|"
               r"quel\w*|quand|où|est-ce|was|wann|wo|wie|gibt|что|когда|где|сколько)\b|吗|か$|까|هل")
# A guest asking whether what they notice is normal or safe ("the water smells of eggs, is that normal?", "¿es
# normal?", "c'est normal ?", "ist das normal?", "это нормально?", "正常吗", "大丈夫ですか", "괜찮은 건가요?",
# "هل ... طبيعية؟"): a worried question, for the FAQ to answer when it says so, not a fault reported.
WORRIED = _rx(
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
# A question put as a request to be told ("then tell me when the bar opens", "dime a qué hora", "dites-moi").
TELL_ME = _rx(r"^\W*(?:(?:and|then|also|now|so|please|y|luego|et|puis|und|dann|и|а|потом)\s+)?(?:please\s+)?"
              r"(?:tell|let)\s+(?:me|us)\s+(?:know\s+)?(?:what|when|where|which|who|how|if|whether|from|about)\b|"
              r"\b(?:d[ií]ga(?:me|nos)|d[ií](?:me|nos)|ind[ií]ca(?:me|nos)|ind[ií]que(?:me|nos))\s+(?:qu[eé]|cu[aá]n\w*|"
              r"d[oó]nde|c[oó]mo|si|a\s+qu[eé])\b|\b(?:dites|dis|indiquez)-(?:moi|nous)\s+(?:quand|o[uù]|comment|"
              r"combien|si|à\s+quelle|quel\w*|ce\s+que|depuis)\b|\b(?:sagen|nennen)\s+sie\s+(?:mir|uns)\s*,?\s+(?:bitte\s*,?\s+)?"
              r"(?:wann|wo|wie|was|ob|ab)\b|\b(?:sag|nenn)\s+(?:mir|uns)\s*,?\s+(?:bitte\s*,?\s+)?(?:wann|wo|wie|was|ob|ab)\b|"
              r"\b(?:скажите|подскажите|скажи)\b|"
              # a price asked for as a request ("quote me the suite for...", "give us a rate", "cotízame", "报个价")
              r"^\W*(?:(?:and|then|also|now|so|please|ok(?:ay)?)\s+)*(?:please\s+)?(?:quote|price)\s+(?:me|us)\b|"
              r"\bgive\s+(?:me|us)\s+(?:a\s+|the\s+|your\s+)?(?:quote|price|rate)s?\b|\bcot[ií]za(?:me|nos)\b|"
              r"报个?价|報個?價|見積(?:も)?り|견적")
GREETING = _rx(
    r"^\W*(?:hi|hello|hey|hiya|heya|howdy|g'?day|good\s+(?:morning|afternoon|evening)|hola|buenos\s+d[ií]as|buenas(?:\s+tardes|\s+noches)?|"
    r"bonjour|bonsoir|salut|hallo|guten\s+(?:morgen|tag|abend)|servus|здравствуйте|привет|добрый\s+(?:день|вечер)|"
    r"доброе\s+утро|你好|您好|こんにちは|こんばんは|おはよう\w*|안녕하세요|안녕|مرحبا|السلام\s+عليكم|أهلا)\b"
    # whom it greets ("hi all", "guten Morgen zusammen", "hola a todos")
    r"(?:\s+(?:there|all|everyone|everybody|folks|team|a\s+todos|à\s+tous|tout\s+le\s+monde|zusammen|"
    r"allerseits|всем))?\b[\s!,.]*"
)
# A label announcing what follows ("Two things:", "Last question:", "Quick backstory:", "Dos preguntas:",
# "Noch eine Frage:", "还有一个问题：", "질문 두 가지:"): words the FAQ would read as a topic.
LEAD_IN = _rx(
    r"^\W*\(?[1-9][)）]\s*",  # the number of a list's item
    r"^\W*(?:(?:one|two|three|a|another|one\s+more|a\s+couple\s+of|couple\s+of|a\s+few|quick|small|little|last|my|our|"
    r"final|other|\d)\s+)*(?:things?|questions?|q'?s|backstory|background|context|requests?|favou?rs?|points?|"
    r"notes?)(?:\s+(?:for\s+you|too|then))?\s*[:\-–—]\s*",
    r"^\W*(?:(?:dos|tres|una|otra|[úu]ltima|peque[ñn]a|r[áa]pida|deux|trois|une|autre|derni[èe]re|petite|zwei|drei|"
    r"mi|mis|nuestr[ao]s?|ma|mes|notre|nos|meine?|unsere?|мо[йи]|наш\w*|"
    r"eine|noch|letzte|kurze|два|три|ещ[её]|один|последний|небольш\w+|коротк\w+)\s+)*(?:cosas?|preguntas?|dudas?|"
    r"consultas?|choses?|questions?|dinge|sachen|fragen?|punkte|вопрос\w*|вещ\w*|момент\w*)"
    r"(?:\s+(?:m[áa]s|r[áa]pidas?|encore|rapides?|noch))?\s*[:\-–—]\s*",
    r"^\W*(?:我的|两|三|还有|最后)?[一两三]?(?:个|件)?(?:问题|事情?)[：:]\s*|^\W*[2-3二三]?(?:点|つ)?(?:質問|お願い|確認)"
    r"(?:があります|です)?[：:]\s*|^\W*(?:제\s*)?(?:질문|문의)\s*(?:두|세|하나)?\s*(?:가지|개)?\s*[:：]\s*|"
    r"^\W*(?:سؤالان|سؤالي|سؤالنا|سؤال|أمران|شيئان)\s*[:：]\s*",
)
# A picture of a thing (🐶, 🏊, ☕, 🚗), not of a feeling or a gesture (🙂, 👍, ❤): "🐶 ok?" asks about dogs.
THING_EMOJI = re.compile("[\u2600-\u2639\u263b-\u26ff\U0001f330-\U0001f43f\U0001f4a0-\U0001f4ff\U0001f680-\U0001f6ff"
                         "\U0001f950-\U0001f9ff]")
# A word pointing back at what was just talked about ("can the kids go there alone?", "y aller", "dort").
BACK_REFERENCE = _rx(r"\b(?:there|it|that\s+one|them)\b|\by\s+(?:aller|entrer|nager|aller|être)|\bl[àa]-bas\b|"
                     r"\b(?:ah[ií]|all[ií]|dort|dorthin|da\s+hin|там|туда|тоже)\b|那里|那儿|那边|(?:开车|走路|步行|坐车|打车|走)过去|"
                     r"そこ|あそこ|거기|그곳|هناك|"
                     # "beforehand": before what was just named ("do we need to book in advance?")
                     r"\b(?:beforehand|in\s+advance|vorher|zuvor|im\s+voraus|à\s+l'avance|au\s+préalable|"
                     r"de\s+antemano|con\s+antelación|заранее)\b|事前に|前もって|미리|مسبقا")
# "there" that points nowhere ("is there a fee?", "there's no lift?"), and "it" that stands for nothing
# ("is it possible to ...?"): not a word pointing back.
NOT_BACK = _rx(r"\b(?:is|are|was|were|be|any)\s+there\b|\bthere(?:'s|\s+is|\s+are|\s+was|\s+were|\s+will)\b|"
               r"\bit(?:'s|\s+is|\s+was)?\s+(?:possible|okay|ok|allowed|true|necessary|worth)\b")


# What a request is for, told after it ("can you keep our bags, so we can explore without them?", "para pasear sin
# ellas", "pour visiter sans elles", "damit wir ohne sie ...", "чтобы погулять без них"): a pronoun there stands
# for a thing the request itself names, not for the question before it.
_PURPOSE = _rx(r",?\s+(?:so\s+(?:that\s+)?(?:we|i|you|they|he|she|the\s+\w+)\b|in\s+order\s+to\b|para\s+(?:que\b|"
               r"\w+(?:ar|er|ir)\b)|pour\s+(?:que\b|qu'|\w+(?:er|ir|re)\b)|damit\b|um\s+\w+(?:\s+\w+)*?\s+zu\b|"
               r"чтобы\b).*$")


def without_purpose(text: str) -> str:
    """The sentence without what it says its request is for, when something is left before it."""
    kept = _PURPOSE.sub("", text).strip()
    return kept if len(kept.split()) >= 3 else text


# The occasion a request is for, said after it ("…while we go out for dinner", "…for an evening at the ballet",
# "pendant que nous dînons", "mientras cenamos", "während wir essen", "пока мы в театре"): what it names is the
# guest's plan, not the thing asked for.
_OCCASION = _rx(r",?\s+(?:while\s+(?:we|i|they)\b|for\s+(?:an?|the|our)\s+(?:evening|night|day|afternoon|morning)\s+"
                r"(?:at|out|in|on)\b|so\s+(?:we|i)\s+can\s+go\s+out\b|pendant\s+que\b|le\s+temps\s+(?:de|d'|que)\b|"
                r"mientras\b|w[äa]hrend\s+(?:wir|ich)\b|пока\s+(?:мы|я)\b).*$")


def without_occasion(text: str) -> str:
    """The sentence without the occasion it says its request is for, when a request of a few words is left."""
    kept = _OCCASION.sub("", text).strip(" ,")
    return kept + ("?" if text.rstrip().endswith("?") and not kept.endswith("?") else "") \
        if len(kept.split()) >= 3 else text


def points_back(text: str) -> bool:
    """Whether the sentence points back at what was just talked about ("how long to drive there?")."""
    return bool(BACK_REFERENCE.search(NOT_BACK.sub(" ", without_purpose(text))))


# A question that asks nothing of its own but points at the sentence before ("We need a cab at 6. Can the desk
# call one?", "My son is allergic to nuts. Can the kitchen handle that?", "¿Pueden hacerlo?", "Geht das?"); the
# Arabic "واحدة" (one) only as a word of its own, not in "لليلة الواحدة" (per night).
LEANS_BACK = _rx(r"\b(?:one|that|this|it|them|those|him|her)(?:\s+(?:for\s+(?:me|us)|please|too|as\s+well))?\W*$",
                 r"\b(?:eso|esto|uno|una|hacerlo|pedirlo|ça|cela|le\s+faire|en\s+\w+\s+une?|das|es|eins|einen|это|его|один|одно|"
                 r"такое)\W*$",
                 r"(?:这个|那个|这样|一辆|一下)\S{0,4}[吗么][？?]?$|(?:それ|これ|そう|一台)\S{0,12}[？?]?$|"
                 r"(?:그거|이거|그렇게|한\s*대)\S*\s*\S*[？?]?$|(?<!\w)(?:ذلك|هذا|واحدة?)\W*$")
# A pronoun standing for something named before ("when is it open?", "wann findet sie statt?", "когда он
# работает?"): a question with one is about what was just asked, not a topic of its own. Not the "it" of "is it
# possible", the "es" of "gibt es", nor a French subject repeated after its verb ("le parking est-il payant ?").
PRONOUN = _rx(r"\b(?:it|its|they|them|their|that|those|él|ella|ellos|ellas|eso|(?<!-)(?:il|elle|ils|elles)|ça|cela|"
              r"(?<!gibt\s)(?<!¿)(?<!qu[eé]\s)(?<!cu[aá]l\s)(?<!hora\s)(?<![cd][oó]mo\s)(?<!d[oó]nde\s)es(?!\s+(?:el|la|los|las|un|una|gratis|posible|necesario|obligatorio|de|del|para|mi|su|"
              r"muy|m[aá]s|caro|barato|cierto|verdad|seguro)\b)|sie|er|ihn|ihm|он|она|оно|они|его|её|их|это|ему|ей)\b|"
              # French "c'est" opening the question, not after the thing it repeats ("le parking, c'est combien ?")
              r"^\W*(?:(?:et|mais|alors)\s+)?c['’](?=est\b)",
              r"它|他|她|那里|这个|那个|それ|そこ|あれ|그거|그곳|거기|그것|\b(?:هو|هي|ذلك)\b")
def leans_back(question: str) -> bool:
    """Whether a question asks nothing without the sentence before it: it ends on a word pointing back ("Can the
    desk call one?"), or is a few words around one ("Is that a problem?", "Ist das ein Problem?", "Это возможно?")."""
    return bool(LEANS_BACK.search(question) or (
        len(re.findall(r"\w+", question)) <= 5 and PRONOUN.search(NOT_BACK.sub(" ", question))))


# Getting somewhere, said without where ("how long is the drive?", "a skolko vremeni ehat?", "wie lange fährt
# man?"): the way to what was just talked about.
_TRAVEL = _rx(r"\b(?:drive|driving|ride|walk|walking|journey|trip|travel|go|way|by\s+car|on\s+foot|conduire|trajet|"
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
NOT_NEEDED = _rx(r"\b(?:don'?t|do\s+not|won'?t|will\s+not|no\s+longer)\s+(?:need|require)\b|\bno\s+need\s+for\b|"
                 r"\bno\s+(?:necesit\w+|hace\s+falta)|pas\s+besoin|brauchen\s+kein\w*|\bkein\w*\s+\w+\s+n[öo]tig|"
                 r"не\s+нуж\w+|нам\s+не\s+надо|不需要|不用|いりません|要りません|必要ありません|필요\s*없|"
                 r"لا\s+(?:نحتاج|أحتاج)")
_PARTS = re.compile(r"(?:[,，、;；]\s*|\s+)(?:but|pero|mais|aber|но)\s+|[,，、;；]\s*", re.IGNORECASE)


def without_not_needed(sentence: str) -> str:
    """The sentence without its parts that turn something down, when something else is left to ask."""
    parts = _PARTS.split(sentence)
    kept = [part for part in parts if not NOT_NEEDED.search(part) or slots.NO_CLEANING.search(part)]  # "no cleaning
    # today, thanks" asks for something: the room left alone
    return ", ".join(kept) if kept and len(kept) < len(parts) else sentence


DECLINE = _rx(r"^\W*(?:no|nope|nah|not\s+now|no\s+need|that'?s\s+all|nothing\s+else|all\s+good|never\s*mind)"
              r"(?:\W+(?:thanks?|thank\s+you|thx))?\W*$|^\W*(?:no,?\s+gracias|non,?\s+merci|nein,?\s+danke|нет,?\s+спасибо|"
              r"不用了?|いいえ|大丈夫です|아니요|괜찮아요|لا\s+شكرا)\W*$")
# Thanks, in the words guests use in nine languages, typed in Latin letters too ("arigatou", "shukran"), with what
# goes around them: an "ok" before, a "so much" or a "to you" after ("merci bcp", "好的谢谢", "спасибо большое").
_THANKS_WORDS = (
    r"thanks?(?:\s+you|\s+u)?|thank\s+you|thankyou|thanx|thnx|thx|tysm|ty|ta|cheers|much\s+appreciated|appreciate\s+it|gracias|merci|"
    r"danke(?:sch[öo]n)?|vielen\s+dank|besten\s+dank|спасибо|спс|пасиб[оа]|благодарю|谢谢|謝謝|感谢|感謝|多谢|谢啦|"
    r"ありがとう\w*|どうも|감사합니다|감사해요|감사|고맙습니다|고마워요?|شكر[اًً]*|مشكور\w*|arigato\w*|kamsahamnida|"
    r"gomawo\w*|shukran|spasibo|xie\s*xie|grazie|obrigad[oa]")
_THANKS_AROUND = (
    r"ok|okay|great|perfect|cool|got\s+it|alright|awesome|wonderful|that'?s|that\s+is|it'?s|sounds|nice|lovely|"
    r"amazing|brilliant|excellent|helpful|good|very|really|so\s+much|a\s+lot|very\s+much|a\s+million|"
    r"heaps|mate|legend|"
    r"again|beaucoup|bcp|bien|[àa]\s+vous|mille\s+fois|parfait|super|muchas|much[íi]simas|mil|vale|perfecto|sehr|"
    r"sch[öo]n|vielmals|prima|большое|болшое|огромное|вам|хорошо|отлично|非常|太|好的|好|你|您|了|啦|哦|"
    r"ございます|ございました|です|네|요|جزيلا[ًً]?|كثيرا[ًً]?|تمام|habibi|bolshoe")
THANKS = re.compile(rf"^\W*(?:(?:{_THANKS_AROUND})[\s\W]*)*(?:{_THANKS_WORDS})"
                    rf"(?:[\s\W]*(?:{_THANKS_AROUND}|{_THANKS_WORDS}))*[\s\W]*$", re.IGNORECASE)
CONFIRM = _rx(r"^\W*(?:(?:yes|yeah|yep|sure|ok|okay|alright|please|great|perfect|sounds\s+good|that\s+works|s[ií]|vale|"
              r"claro|de\s+acuerdo|por\s+favor|oui|d'accord|s'il\s+vous\s+pla[iî]t|ja|gerne|bitte|да|хорошо|пожалуйста|"
              r"好的|好|是的|はい|お願いします|네|예|좋아요|부탁(?:해요|합니다|드려요)|نعم|حسنا|من\s+فضلك)\W*)*(?:please\s+)?(?:do\s+it|do\s+that|go\s+ahead|arrange\s+(?:it|that)|book\s+it|"
              r"set\s+it\s+up|request\s+it|yes|ok|okay|sure|please|s[ií]|oui|ja|да|好的|はい|네|نعم)?\W*$")


@dataclass(frozen=True)
class Rule:
    intent: str
    matches: Callable[[str], bool]


# A length of day alone ("a half day out"): a plan, unless a price or a rental is asked ("the meeting room for a
# half day, how much?", "can we hire it for a full day?"): a plan has no price; what is priced or rented by the
# day is something the hotel has, for the FAQ.
DAY_SPAN = _rx(r"\bhalf[\s-]day\b|\bfull[\s-]day\b")
RENTAL = _rx(r"\b(?:rent\w*|hir(?:e|ed|ing)|lease|book\w*|reserv\w*)\b")


# The word "emergency" alone beside a number asked for ("what is the emergency number?", "응급 상황일 때
# 전화번호가 뭐예요?"): the hotel's answer of whom to call, and no staff called in; a body hurt or an ambulance
# beside it is a guest in danger.
_EMERGENCY_WORD = _rx(r"\bemergenc(?:y|ies)\b|emergencias?|urgences?|notfall\w*|экстренн\w*",
                      r"응급\s*상황|응급|긴급|紧急|緊急|急救电话|طوارئ|الطوارئ")
_NUMBER_ASKED = _rx(r"\b(?:numbers?|hotline)\b|n[úu]mero|num[ée]ro|nummer|номер\w*",
                    r"号码|號碼|番号|何番|번호|رقم")


def asks_emergency_number(text: str) -> bool:
    """The emergency number asked for, with nothing said of anyone hurt."""
    return bool(_NUMBER_ASKED.search(text)) and not EMERGENCY.search(_EMERGENCY_WORD.sub(" ", text))


def _has(pattern: re.Pattern[str], unless: re.Pattern[str] | None = None) -> Callable[[str], bool]:
    return lambda text: bool(pattern.search(text)) and not (unless and unless.search(text))


# Priority order: a request for a person or an emergency wins over everything said around it.
RULES = (
    Rule("handoff_to_staff", _has(HUMAN)),
    Rule("emergency", lambda text: bool(EMERGENCY.search(text) or (
        _EMERGENCY_WORD.search(text) and asks_emergency_number(text)))),  # "緊急の番号は？": answered, no staff
    Rule("emergency", lambda text: bool(HAZARD.search(text) and not SMOKING.search(text) and not IF_EVER.search(text))),
    # "no cleaning today, please": nothing is wrong; "is there a do-not-disturb sign?" asks the FAQ
    Rule("housekeeping", _has(slots.NO_CLEANING, unless=_rx(ASKING_ABOUT.pattern, WHERE_OR_HOW.pattern,
                                                              UNCLEANED.pattern))),
    Rule("complaints", lambda text: bool(COMPLAINT.search(OWN_THING_DOWN.sub(" ", HOURS_ASKED.sub(
        " ", NOISE_ASKED.sub(" ", SLEEPER.sub(" ", text))))))),
    Rule("complaints", _has(UNCLEANED)),
    Rule("complaints", _has(THEFT)),
    Rule("complaints", lambda text: bool(NOISE.search(NOISE_ASKED.sub(" ", text)))),
    Rule("complaints", _has(UNSAFE)),  # "someone keeps knocking and I don't feel safe": a person now
    Rule("complaints", _has(AV_FAULT)),
    # "the safe won't open and our passports are inside"; not "is the safe locked while we're out?", "how do I lock it?"
    Rule("complaints", _has(LOCKED_SAFE, unless=SAFE_ASKED)),
    # "can you send someone to fix the heating?", "could someone come and look at the shower?": a fault to see to
    Rule("complaints", lambda text: bool((SEND_PERSON.search(text) or SOMEONE_COME.search(text))
                                         and REPAIR.search(text))),
    Rule("check_availability", _has(EXTEND_STAY)),
    Rule("wake_up_call", _has(WAKE)),
    Rule("billing_inquiry", _has(BILL, unless=BILL_NOT)),
    Rule("billing_inquiry", _has(STILL_TO_PAY, unless=_rx(r"\b(?:split|dispute|wrong|incorrect|mistake|refund|"
                                                           r"methods?|cards?)\b"))),
    Rule("late_check_out", _has(LATE_CHECKOUT)),
    Rule("early_check_in", _has(EARLY_CHECK_IN)),
    Rule("check_out", _has(CHECKOUT_NOW)),
    Rule("wifi_info", lambda text: bool(WIFI.search(text) and WIFI_ASK.search(text))),
    Rule("itinerary_plan", lambda text: bool(ITINERARY.search(text) or (
        DAY_SPAN.search(text) and not PRICE.search(text) and not RENTAL.search(text)))),
    Rule("feedback", lambda text: slots.rating(text) is not None or bool(
        FEEDBACK.search(text) and not WHERE_OR_HOW.search(text))),  # "where can I leave a review?" is for the FAQ
    Rule("feedback", _has(PRAISE, unless=COMPLAINT)),  # "the waiter was lovely but the room is dirty": the complaint
)
# Where one sentence asks a second question: ", and is parking extra?", ", what ID do I need", "und wie viele".
_ASKS = (r"(?:what|what's|when|where|which|who|how|is|are|do|does|did|can|could|will|would|should|may|"
         r"qu[eé]|cu[aá][nl]\w*|d[oó]nde|c[oó]mo|hay|se\s+puede|puedo|puede[ns]?|podr[ií]a[ns]?|podemos|tienen|"
         r"quel\w*|quand|où|combien|comment|est-ce|y\s+a-t-il|peut-on|pouvez|pourriez|puis-je|"
         r"wie|wann|wo|was|gibt|kann|können|könnten|muss|müssen|soll|sollen|darf|dürfen|ist|sind|habt|haben\s+sie|"
         r"как\w*|когда|где|скольк\w*|что|можно|можете|могли|есть|ли)\b")
# Where a sentence ends: Latin marks before a space, the full-width marks of Chinese and Japanese and Arabic's own
# "؟" (often with no space after), a Latin mark right before Chinese, Japanese or Korean, an ellipsis trailing off
# before the next sentence ("budget's tight… which room is cheapest?"), an emoji standing for the
# full stop before a capital ("...que de ça 😄 Est-ce"), a Spanish question opened mid-sentence
# ("..., así que pregunto: ¿los niños pagan?"), and the next question of a numbered list ("1) is breakfast
# included 2) can we bring our dog").
_BOUNDARY = re.compile(rf"[.!?…]+(?=\s|$)|[.!?…](?=[{CJK}])|[。！？؟]+|\n+|;\s|"
                       r"[\u2600-\u27bf\U0001f300-\U0001faff]+\ufe0f?\s+(?=[A-ZÀ-ÖØ-Þ¿¡А-Я])|[:,]\s+(?=¿)|"
                       rf"\s+(?=\(?[1-9][)）]\s*¿?(?i:{_ASKS}))|"
                       # a dash before a question: what was told before it is its story ("Sorry, he doesn't speak
                       # German — do you have e-bikes?")
                       rf"\s[—–]\s+(?=¿?(?i:{_ASKS}))")
_ABBREVIATION = re.compile(r"\b(?:mr|mrs|ms|dr|st|no|vs|ca|approx|apt)$", re.IGNORECASE)
_ORDINAL_GOES_ON = re.compile(r"(?:\d|bis\b|und\b|-|(?:" + "|".join(sorted(dates.MONTHS, key=len, reverse=True))
                              + r")\b)", re.IGNORECASE)
# A German day of the month written as an ordinal ("ab wann können wir am 10. ins Zimmer?"): the sentence goes on
# in lower case.
_GERMAN_DAY = re.compile(r"\b(?:am|vom|zum|ab|bis|den|dem|seit)\s+\d{1,2}$", re.IGNORECASE)
# Arabic writes its "and" on the next word ("وهل").
LEADING_AND = re.compile(r"^\s*(?:(?:and|also|plus|y(?!\s+a\b)|et|und|и|а|还有|そして|그리고|و)\b|"
                         r"و(?=(?:هل|ما|ماذا|كم|متى|أين|كيف)\b))[\s,]*", re.IGNORECASE)

_END_MARK = re.compile(r"[?？؟]$")
_ASIDE = re.compile(r"\s*([(（][^()（）]{1,40}[)）])\s*")
_TOLD = re.compile(r"(?<!\.)[.!。！]\s*$")  # not an ellipsis trailing off ("and is it far...")
# A question word after a preposition ("and until when…", "и до скольки…", "y a qué hora…", "und bis wann…").
_ASKS_AFTER = (r"(?:(?:until|till|from|at|for|to|in|on|by|with|a|hasta|desde|de|para|por|en|con|à|jusqu'à|depuis|"
               r"pour|par|avec|dans|bis|ab|um|seit|für|mit|an|von|zu|до|с|со|в|во|на|за|по|от|для|у|к|из)\s+"
               r"(?:what|when|where|which|who|how|qu[eé]|cu[aá][nl]\w*|d[oó]nde|quel\w*|quand|où|combien|wann|wo|was|"
               r"welch\w*|wie|как\w*|когда|где|скольк\w*|котор\w*|чем|кого)\b)")
_OPENS_QUESTION = re.compile(rf"¿?(?:{_ASKS}|{_ASKS_AFTER})", re.IGNORECASE)
# A French question asked by its verb and subject turned round ("les enfants paient-ils ?", "le spa ouvre-t-il ?").
_INVERTED = r"[^\W\d_]+-(?:t-)?(?:il|elle|ils|elles|on|vous|nous)\b"
_SECOND_QUESTION = re.compile(rf"(?:,\s*|\s+)(?:and|also|plus|or|y|o|et|ou|und|oder|и|а|или)\s+"
                              rf"(?={_ASKS}|{_ASKS_AFTER})|,\s+(?={_ASKS}\s+\w+\s+\w+)|"
                              rf",\s*(?:et|ou)\s+(?=[^,;?]*?{_INVERTED}[^,;]*\?)", re.IGNORECASE)


def questions(sentence: str) -> list[str]:
    """The questions one sentence asks ("What time's check-out, and can we leave our bags?"): at most three,
    each at least three words, else the sentence whole. Each part that asks ends with the sentence's own mark
    ("Is the desk open then?"): the encoder reads a question without its mark as less of one.
    A sentence ending in a full stop tells: "We land at 7 and will be exhausted." has no second question."""
    if _TOLD.search(sentence):
        return [sentence]
    parts = [p.strip(" ,") for p in _SECOND_QUESTION.split(sentence)]
    if len(parts) == 1 or len(parts) > 3 or any(len(p.split()) < 3 for p in parts[1:]):
        return [sentence]
    mark = _END_MARK.search(sentence)
    return [p + mark.group() if mark and not _END_MARK.search(p) and _OPENS_QUESTION.match(p) else p
            for p in parts if p]


# Questions announced by their number before a colon ("Three things: wifi password, breakfast price, and...",
# "Tres preguntas: ¿...?", "Zwei Fragen: ..."), then listed in one sentence.
_NUMBERS = {"two": 2, "three": 3, "four": 4, "dos": 2, "tres": 3, "cuatro": 4, "deux": 2, "trois": 3, "quatre": 4,
            "zwei": 2, "drei": 3, "vier": 4, "два": 2, "две": 2, "три": 3, "четыре": 4, "两": 2, "二": 2, "三": 3,
            "四": 4, "두": 2, "세": 3, "네": 4, "2": 2, "3": 3, "4": 4}
_COUNTED = _rx(r"\b(?P<n>two|three|four|dos|tres|cuatro|deux|trois|quatre|zwei|drei|vier|два|две|три|четыре|[234])\s+"
               r"(?:quick\s+|short\s+|little\s+|small\s+|kurze\s+|petites\s+|r[aá]pidas\s+|быстрых\s+)?(?:things|questions|"
               r"preguntas|cosas|consultas|questions|choses|fragen|dinge|sachen|вопрос\w*|вещи)"
               r"(?:\s+(?:r[aá]pidas|rapides|please|por\s+favor|svp|bitte))?\s*[:：]",
               r"(?P<m>[两二三四234])(?:个|つの?)(?:问题|問題|質問|事)\s*[:：]|質問が(?P<j>[二三四234])つ(?:あります)?\s*[:：]|"
               r"(?P<k>[두세네234])\s*가지\s*(?:질문|물어볼\s*게)?\s*(?:있어요)?\s*[:：]|질문\s*(?P<q>[두세네234])\s*(?:가지|개)\s*[:：]")
_LISTED = re.compile(r"\s*(?:[,，、;；]\s*(?:(?:and|y|e|et|und|и|а|还有|和|그리고)\s+)?|"
                     r"\s+(?:and|y|e|et|und|и)\s+|还有|以及|(?<=[^\W\d_])和(?=[^\W\d_]))", re.IGNORECASE)
_COLON = re.compile(r"[:：](?!\d)")  # not the colon of "22:30"
_LIST_END = re.compile(r"[?？؟!！。]|\.(?=\s|$)")


def _listed(text: str) -> list[str] | None:
    """The questions of a message that announces how many it asks and lists them in one sentence ("Three things:
    wifi password, breakfast price, and what time does the bar close?"): the sentences before, each listed
    question (with the list's own mark), and the sentences after; None when the list does not hold as many."""
    m = _COUNTED.search(text) if _COLON.search(text) else None  # every announcement ends on a colon
    if m is None:
        return None
    count = _NUMBERS[next(g for g in m.groups() if g).lower()]
    rest = text[m.end():]
    end = _LIST_END.search(rest)
    listed, after = (rest[:end.end()], rest[end.end():]) if end else (rest, "")
    mark = listed.strip()[-1:] if listed.strip()[-1:] in "?？؟" else ""
    items = [item.strip(" ¿?？؟.。") for item in _LISTED.split(listed.strip())]
    items = [item for item in items if re.search(r"\w", item)]
    if len(items) != count:
        return None
    return [*clauses(text[:m.start()]), *(f"{item}{mark}" for item in items), *clauses(after)]


def clauses(text: str) -> list[str]:
    """Sentences of a message, each a candidate for its own intent ("OK, arrange it. And what do I owe?").

    A dot does not end one after "Mr" or in a German date ("vom 20. bis 23. Mai").
    """
    if (listed := _listed(text)) is not None:
        return listed
    parts, start = [], 0
    for m in _BOUNDARY.finditer(text):
        before, after = text[start:m.start()], text[m.end():].lstrip()
        if m.group().startswith(".") and (_ABBREVIATION.search(before) or (
                before[-1:].isdigit() and (_ORDINAL_GOES_ON.match(after) or (
                    _GERMAN_DAY.search(before) and after[:1].islower())))):
            continue
        parts.append(text[start:m.end()])
        start = m.end()
    parts.append(text[start:])
    for at in range(1, len(parts)):
        # "...samedi soir ? (baby-sitting) On aimerait...": an aside in brackets after a question belongs to it
        if (aside := _ASIDE.match(parts[at])) and _END_MARK.search(parts[at - 1].rstrip()):
            parts[at - 1], parts[at] = f"{parts[at - 1].rstrip()} {aside.group(1)}", parts[at][aside.end():]
    parts = [LEADING_AND.sub("", q).strip() for p in parts for q in questions(p)]
    return [p for p in parts if p and re.search(r"\w", p)]


def _asks_only(clause: str, asking: re.Pattern[str], said_beside: tuple[re.Pattern[str], ...], longest: int) -> bool:
    """Whether the sentence asks what `asking` matches and nothing of its own: with what such a question says
    beside it taken out (`said_beside`, in order), no word longer than `longest` letters is left, no Chinese,
    Japanese or Korean, and no rule intent. It is about what the conversation has under way."""
    if not asking.search(clause):
        return False
    rest = LEADING_AND.sub("", clause)
    for pattern in said_beside:
        rest = pattern.sub(" ", rest)
    return not _CJK_CHAR.search(rest) and all(len(word) <= longest for word in rest.split()) and \
        not rule_intents(clause)


def asks_only_price(clause: str) -> bool:
    """Whether the sentence asks what something costs without naming it: it is about the question before it."""
    return _asks_only(clause, PRICE, (PER_UNIT, FOR_COUNT, PRICE, ORDER_REF, _PRICE_FILLER), 3)


# Asking only when, of something the question before named ("Is breakfast included, and until what time?").
_WHEN_WORDS = _rx(r"\b(?:(?:from|until|till|by|at)\s+)?(?:what\s+time|when|how\s+late|how\s+early|what\s+hours|"
                  r"opening\s+hours)\b|\b(?:desde|hasta)?\s*(?:qu[eé]\s+hora|cu[aá]ndo)\b|\ba\s+qu[eé]\s+hora\b|"
                  r"\b(?:jusqu'?\s*)?[àa]\s+quelle\s+heure\b|\bquand\b|\b(?:bis|ab|um)\s+wann\b|\bwann\b|"
                  r"\bum\s+wie\s+viel\s+uhr\b|до\s+скольки|во\s+сколько|с\s+какого\s+времени|когда|"
                  r"(?:从|到)?几点|什么时候|何時(?:から|まで)?|いつ(?:まで|から)?|몇\s*시(?:까지|부터)?|언제(?:까지|부터)?|"
                  r"(?:حتى|من)?\s*(?:متى|أي\s+ساعة)")
_WHEN_FILLER = _rx(r"\b(?:is|it|does|do|that|this|the|and|so|then|open|opens|close|closes|ser[aá]|es|est|ist|"
                   r"abre|cierra|ouvre|ferme|offen|geöffnet|работает|открыт\w*)\b|[呢吗嗎的是要了啊呀]|ですか|ます|"
                   r"でしょうか|[はも](?=\W|$)|예요|이에요|인가요|나요|까지요|요(?=\W|$)|\W|\d")


# The days a when-question may be asked for ("and on Sundays?", "¿y el fin de semana?", "周末几点关门？") and the
# using or opening it may ask about ("几点以后就不能用了？", "bis wann kann man sie benutzen?"): still no topic.
_WHEN_DAYS = _rx(
    r"\b(?:(?:" + "|".join(sorted((day for day in dates.WEEKDAYS if re.fullmatch(r"[^\W\d_]{4,}", day) and
                                   not _CJK_CHAR.search(day)), key=len, reverse=True)) + r")s?|"
    r"week-?ends?|weekdays?|fin(?:es)?\s+de\s+semana|entre\s+semana|d[ií]as\s+(?:laborables|de\s+semana|normales)|en\s+semaine|jours?\s+de\s+semaine|"
    r"wochenende|unter\s+der\s+woche|werktags?|sonntags|samstags|выходны\w*|будн\w*|today|tomorrow|tonight|hoy|"
    r"ma[ñn]ana|demain|aujourd'hui|heute|morgen|сегодня|завтра|use|used|usar|utiliser|benutzen|nutzen|"
    r"пользоваться|can|puedo|podemos|se\s+puede|peut|kann|man|можно|los|las|les|des|den|dem|der|die|das)\b|"
    r"周末|週末|平日|工作日|周[一二三四五六日天]|星期[一二三四五六日天]|[月火水木金土日]曜日?|주말|평일|[월화수목금토일]요일|"
    r"今天|明天|今晚|今日|明日|오늘|내일|以后|以後|之后|就|不能|可以|能|使用|用|开门|关门|开始|结束|营业|開いて|閉まり|"
    r"使え|終わり|営業|이용|사용|열어|닫아|(?<=[말일])에는|(?<=[말일])에|\bو?في\b|\bيوم\s+\S+|"
    r"عطلة\s+نهاية\s+الأسبوع|الأيام\s+العادية|أيام\s+الأسبوع|اليوم|غدا")


def asks_only_when(clause: str) -> bool:
    """Whether the sentence asks when without naming what ("and until what time?", "¿y hasta qué hora?", "到几点？",
    "and on Sundays until when?"): it is about the question before it, whose answer tells the hours."""
    return _asks_only(clause, _WHEN_WORDS, (_WHEN_WORDS, _WHEN_DAYS, _WHEN_FILLER), 2)


# Asking only how long something still takes, or when it comes ("how long will it take?", "¿cuánto tardará?",
# "wie lange dauert das?", "要多久？"), naming nothing it is about: the order or request just placed.
_WAIT_WORDS = _rx(r"\bhow\s+(?:much\s+)?(?:long|soon)(?:er)?\b|\bhow\s+many\s+minutes\b|\bwhen\b|\bwhat\s+time\b|"
                  r"\beta\b|\bcu[aá]nto\s+(?:tiempo|tarda\w*|demora\w*|falta)\b|\bcu[aá]ndo\b|\bcombien\s+de\s+temps\b|"
                  r"\bquand\b|\bwie\s+lange\b|\bwann\b|\bсколь?ко\s+(?:времени|минут|(?:ещё\s+|еще\s+)?ждать)\b|"
                  r"\b(?:как\s+)?долго\b|\bкогда\b|要?多久|多长时间|什么时候|几点|(?:どの|どれ)(?:くらい|ぐらい)(?=.*(?:かか|待))|"
                  r"いつ|얼마나\s*(?=걸|기다)|언제|كم\s+من\s+الوقت|كم\s+دقيقة|متى")
_WAIT_FILLER = _rx(
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


def asks_only_how_long(clause: str) -> bool:
    """Whether the sentence asks how long, or when, without naming what ("how long will it take?", "сколько
    ждать?"): about what the conversation has under way; "how long to the airport?" names its own topic."""
    return _asks_only(clause, _WAIT_WORDS, (_WAIT_WORDS, _WAIT_FILLER), 2)


def rule_intents(text: str) -> list[str]:
    """Every rule intent the clause states, strongest first, once (Arabic read without its optional vowels)."""
    text = without_harakat(text)
    return list(dict.fromkeys(rule.intent for rule in RULES if rule.matches(text)))


def without_greeting(text: str) -> str:
    return GREETING.sub("", text, count=1).strip() or text


def without_lead_in(text: str) -> str:
    """The sentence without a label announcing it ("Two things: is there a gym, ..."): the label is no topic."""
    return LEAD_IN.sub("", text, count=1).strip() or text
