"""`complaints`: Record a complaint or a problem in the room, apologise, and send the right team."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, Field
from sqlalchemy import func, select

from core.handoff import no_desk_reply
from core.i18n import say
from core.store.models import Complaint
from core.translit import compiled
from core.written import without_harakat
from skills.base import Skill, SkillContext, SkillResult
from skills.guest import guest_room
from skills.tickets import open_ticket, team_name

Category = Literal["maintenance", "noise", "cleanliness", "service", "billing", "other"]
Severity = Literal["low", "normal", "serious"]

# A thing that does not work, as each language says it: what makes a heater or a screen a fault to fix.
FAULT = compiled(
    r"\b(?:broken|not\s+working|(?:is|are|was|were)n'?t\s+working|(?:doesn|don|didn)'?t\s+work|(?:won|can)'?t\s+"
    r"(?:work|connect|turn\s+on|switch\s+on|come\s+on)|not\s+connecting|stopped\s+working|out\s+of\s+order|dead|died|"
    r"gone\s+(?:off|out)|no\s+(?:heat\w*|a/?c|air[\s-]?con\w*)|sin\s+calefacci\w*|pas\s+de\s+chauffage|"
    r"keine\s+heizung|нет\s+отоплени\w*|no\s+funciona\w*|n[ãa]o\s+(?:est[áa]\s+)?funciona\w*|quebrad[oa]s?|"
    r"estragad[oa]s?|n[ãa]o\s+(?:liga|acende|esquenta|conecta|gela)|sem\s+aquecimento|no\s+(?:se\s+)?(?:enciende|calienta|conecta)|roto|rota|averiad\w*|"
    r"ne\s+(?:marche|fonctionne|chauffe|s'allume|se\s+connecte)\s+(?:pas|plus)|en\s+panne|cass[ée]e?s?|panne|"
    r"funktionier\w*\s+nicht|geht\s+nicht|heizt\s+nicht|kaputt|defekt|ausgefallen|"
    r"не\s+(?:работает|работают|греет|греют|включается|подключается)|сломал\w*|сломан\w*|отключ\w*|"
    r"(?:لا|ما|مو|مش)\s+(?:ي|ت)?(?:عمل|شتغل)|معطل\w*|عطلان\w*|خرب\w*|"
    # a cooler that does not cool, a heater gone cold ("no enfría nada", "is stone cold", "kühlt nicht")
    r"not\s+cooling|(?:doesn|isn|won)'?t\s+cool\w*|(?:stone|ice)[\s-]cold|gone\s+(?:completely\s+|totally\s+|stone\s+)?"
    r"cold|no\s+(?:enfr[ií]a|refresca)|n[ãa]o\s+(?:est[áa]\s+)?(?:gelando|esfriando)|ne\s+refroidit\s+(?:pas|plus)|k[üu]hlt\s+nicht|не\s+(?:охлаждает|холодит)|"
    r"لا\s+(?:يبرد|تبرد))\b|不凉|冷えない|안\s*시원|시원하지\s*않|"
    r"没有?暖气|暖房がない|坏了|故障|不(?:工作|能用|热|暖|亮|制冷)|连不上|壊れ|動かない|効かない|つかない|つながらない|故障|動きません|効きません|つきません|効いていない|"
    r"고장|작동(?:하지|이\s*안|\s*안)|안\s*(?:돼|되|켜|나와|나와요)|연결이\s*안", re.IGNORECASE)
# Water spreading over a floor, in each language ("flooding", "se está inundando", "inondée", "unter Wasser",
# "заливает", "淹了", "水浸し", "물바다", "غرق"): a fault, and one that cannot wait.
_FLOODING = (r"\b(?:flood\w*|overflow(?:ing|ed)|inund\w*|desbord\w*|alag\w*|transbord\w*|inond\w*|d[ée]bord\w*|"
             r"überschwemm\w*|"
             r"unter\s+wasser|затоп\w*|залива\w*|залило)\b|淹|水漫|积水|水浸し|浸水|溢れ|물바다|침수|넘쳐|غرق\S*|تغرق|فيضان")
# What heats a room, and what cools it, in the nine languages.
_HEATING = (r"\b(?:heat|heating|heater|radiators?|calefacci[oó]n|calefactor|radiador(?:es)?|aquecimento|"
            r"aquecedor(?:es)?|chauffage|radiateurs?|heizung\w*|"
            r"heizk[öo]rper\w*|отоплени\w*|батаре\w*|обогревател\w*)\b|暖气|暖氣|供暖|暖房|ヒーター|난방|히터|"
            r"تدفئ\w*|مدفأ\w*|دفاي\w*")
_COOLING = (r"\b(?:a/?c|air[\s-]?con\w*|aire\s+acondicionado|ar[\s-]+condicionado|clim\w*|klima\w*|кондиционер\w*)\b|"
            r"空调|冷气|エアコン|冷房|에어컨|مكيف\w*|تكييف")
HEATING = re.compile(_HEATING, re.IGNORECASE)
COOLING = re.compile(_COOLING, re.IGNORECASE)
CLIMATE = re.compile(f"{_HEATING}|{_COOLING}", re.IGNORECASE)
# The heating itself told cold ("el radiador está helado", "le radiateur est glacé", "батарея ледяная", "暖气是冰的"):
# a heater that does not heat.
HEATER_COLD = compiled(
    rf"(?:{_HEATING})\s*(?:\S+\s+){{0,5}}?\S*?(?:cold|fr[ií][oa]s?|helad[oa]s?|froids?|glac[ée]e?s?|kalt|"
    r"холодн\w*|ледян\w*|冰|冷|차가|차갑|بارد)", re.IGNORECASE)
# The guest telling how cold it is now (not "a bit chilly"): no heat then is a night nobody should spend.
_COLD_FELT = compiled(
    r"\b(?:freezing|frozen|ice[\s-]?cold|(?:so|very|really|bitterly|extremely|too|unbearably)\s+cold|shiver\w*|"
    r"helad[oa]s?|congel\w*|(?:mucho|much[ií]simo|demasiado)\s+fr[ií]o|tiritando|temblando|glac\w*|on\s+g[èe]le|"
    r"(?:tr[èe]s|trop|tellement)\s+froid|grelott\w*|eiskalt|(?:sehr|extrem|so|total|viel\s+zu)\s+kalt|friere\w*|"
    r"zitter\w*|(?:очень|так|ужасно|жутко|сильно)\s+холодно|ледян\w*|м[её]рзн\w*|замерза\w*|дрожат|дрожим)\b|"
    r"很冷|好冷|太冷|冷死|冻死|冻得|发抖|寒い|寒くて|凍え|震え|너무\s*추|추워|춥|떨고|떨어요|"
    r"بارد\S*\s+جد|برد\s+شديد|متجمد|نتجمد|(?:ي|ت|ن)رتجف|(?:ي|ت|ن)رتعش|"
    # a frost told in figures ("it's -5 outside", "menos 10 grados", "минус 15", "零下十度")
    r"(?:^|\s)[-−]\s?\d{1,2}\b|\b(?:minus|menos|moins|минус)\s+\d{1,2}\b|零下|영하|مئوية\s+تحت\s+الصفر", re.IGNORECASE)
# The guest telling how hot it is now, past the ordinary "really hot in here" a repair answers: a room without
# cooling in that heat cannot wait for a ticket.
_HOT_FELT = compiled(
    r"\b(?:boiling|sweltering|roasting|stifling|(?:unbearably|extremely|way\s+too)\s+hot|"
    r"(?:3\d|4\d)\s*(?:°|º|degrees?|grados|degr[ée]s|grad|градус\w*)|(?:demasiado|tanto)\s+calor|"
    r"calor\s+(?:insoportable|horrible|tremendo)|asfixi\w*|(?:trop|tellement)\s+chaud|[ée]touff\w*|"
    r"(?:viel\s+zu|unertr[äa]glich|extrem)\s+hei[ßs]|(?:ужасно|невыносимо|страшно)\s+жарко|"
    r"духот\w*)\b|热死|太热|闷热|(?:3\d|4\d)\s*度|暑くて|暑すぎ|蒸し暑|너무\s*더|더워서|"
    r"حر\s+شديد|حار[ةه]?\s+جد|(?:3\d|4\d)\s*درج", re.IGNORECASE)
# Someone who cannot wait out a room without heat or cooling: a child, a baby, an old or pregnant guest.
_VULNERABLE = compiled(
    r"\b(?:kids?|children|child|bab(?:y|ies)|infants?|toddlers?|newborn|elderly|grand(?:m\w+|pa|fa\w*|parents)|"
    r"pregnant|ni[ñn][oa]s|hij[oa]s|beb[ée]s?|abuel\w*|embarazada|enfants?|b[ée]b[ée]s?|enceinte|"
    r"personnes?\s+[âa]g[ée]es?|grand-(?:m[èe]re|p[èe]re|parents)|kinder|baby|s[äa]ugling|schwanger|oma|opa|"
    r"gro[ßs]eltern|дет(?:и|ей|ям)|реб[её]н\w*|малыш\w*|младен\w*|беременн\w*|пожил\w*|бабушк\w*|дедушк\w*)\b|"
    r"孩子|小孩|宝宝|婴儿|老人|孕妇|怀孕|子ども|子供|赤ちゃん|乳児|高齢|妊娠|妊婦|祖母|祖父|"
    r"아이(?:가|들|랑|는|와)|애들|아기|노인|임신|할머니|할아버지|أطفال\S*|اطفال\S*|طفل\S*|رضيع|كبار\s+السن|حامل",
    re.IGNORECASE)
# Noise that keeps a guest awake, beyond the plain words for it ("loud", "ruido", "шум"): stomping, music blaring.
NOISE = compiled(
    r"\b(?:stomp\w*|blast\w*\s+(?:\w+\s+)?(?:music|tv|television)|(?:music|tv)\s+(?:blaring|blasting|booming)|"
    r"(?:banging|thumping|pounding)\s+(?:on|through|from|all\s+night)|m[úu]sica\s+(?:a\s+todo\s+volumen|"
    r"muy\s+alta|alt[ií]sima)|portazos|tapage|musique\s+(?:[àa]\s+fond|tr[èe]s\s+forte|trop\s+forte)|"
    r"musik\s+(?:voll\s+aufgedreht|sehr\s+laut|viel\s+zu\s+laut)|poltern|trampeln|топа\w*|гр[оа]мк\w+\s+музык\w*|"
    r"орут|karaoke\b[^?.!]{0,80}\b(?:still|all\s+night|till|until|going|loud|blasting))\b|跺脚|音乐(?:很|太|特别)?(?:大声|响)|騒音|ドンドン|足音がうるさ|쿵쿵|층간\s*소음|"
    r"موسيقى\s+(?:\S+\s+)?(?:عالية|صاخبة)|دوشة|ازعاج|إزعاج", re.IGNORECASE)
# Who works at the hotel, as a guest names them.
_STAFF_WORDS = (
    r"\b(?:staff|receptionists?|reception|front\s+desk|employees?|waiters?|waitress\w*|concierge|porters?|"
    r"housekeepers?|maids?|doorman|bartenders?|guards?|recepcionista|recepci[oó]n|personal|emplead[oa]s?|"
    r"recep[çc][ãa]o|funcion[áa]ri[oa]s?|atendente|gar[çc]o(?:m|ns|nete)|camareira|"
    r"camarer[oa]s?|r[ée]ceptionniste|r[ée]ception|personnel|employ[ée]e?s?|serveu(?:r|se)|rezeption\w*|"
    r"mitarbeiter\w*|angestellte\w*|kellner\w*|администратор\w*|ресепшн\w*|персонал\w*|сотрудни\w*|официант\w*|"
    r"горничн\w*)\b|前台|员工|服务员|工作人员|フロント|スタッフ|従業員|직원|프런트|프론트|리셉션|الاستقبال|موظف\S*")
# Words that give a complaint away, first match wins (a broken AC is maintenance even if it is also loud).
_CATEGORY_WORDS: tuple[tuple[Category, re.Pattern[str]], ...] = (
    ("maintenance", compiled(
        FAULT.pattern + "|" + CLIMATE.pattern + "|" + _FLOODING + "|"
        r"\b(?:plumb\w*|toilet|shower|leak\w*|flood\w*|drain|tv|television|lock\w*|key ?card|light|bulb|power|"
        r"socket|elevator|lift|screen|projector|display|hdmi|pipes?|fuga\w*|gote\w*|inund\w*|ducha|inodoro|grifo|"
    r"vazament\w*|vaza\w*|pinga\w*|chuveiro|vaso\s+sanit[áa]rio|descarga|torneira|elevador|"
    r"televis[ãa]o|l[âa]mpada|fechadura|cofre|teto|"
        r"enchufe|ascensor|fuite\w*|inond\w*|douche|robinet|[ée]vier|ascenseur|undicht|tropft|dusche|"
        r"wasserhahn|steckdose|aufzug|rohr\w*|течь|теч[её]т|протека\w*|затоп\w*|душ|унитаз\w*|кран\w*|розетк\w*|"
        r"лифт\w*|drip\w*|ceiling|techo|plafond|decke|потол\w*|капа\w*|(?:the|our|my|room)\s+safe|caja\s+fuerte|"
        r"coffre(?:-fort)?|tresor|сейф\w*)\b|天花板|天井|천장|السقف|保险箱|金庫|금고|خزن[ةه]|漏水|马桶|淋浴|水龙头|插座|电梯|水漏れ|トイレ|シャワー|蛇口|コンセント|エレベーター|누수|물이\s*새|"
        r"변기|샤워|콘센트|엘리베이터|تسرب|تسريب|مرحاض|الدش|حنفي|مقبس|مصعد", re.IGNORECASE)),
    ("noise", compiled(
        NOISE.pattern + r"|\b(?:nois\w*|loud|music|party|partying|shout\w*|scream\w*|bark\w*|ruido\w*|bruit\w*|"
        r"barulh\w*|ru[íi]do\w*|m[úu]sica\s+alta|festa|gritaria|"
        r"l[äa]rm\w*|laut|шум\w*|крич\w*)\b|吵|噪音|うるさ|시끄|소음|ضوضاء|صراخ", re.IGNORECASE)),
    ("cleanliness", compiled(
        r"\b(?:dirty|filthy|stain\w*|smell\w*|stink\w*|dust\w*|hair|bugs?|cockroach\w*|mou?ld\w*|unclean|"
        r"not clean|sucio|sucia|suj[oa]s?|manchad[oa]s?|fedor\w*|cheiro\w*|baratas?|mofo|sale|schmutzig|dreckig|"
        r"грязн\w*|пахнет|вон\w*|тарака\w*)\b|脏|臭|蟑螂|汚い|"
        r"臭い|ゴキブリ|더러|냄새|바퀴벌레|وسخ|متسخ|قذر|رائحة|صراصير", re.IGNORECASE)),
    ("billing", compiled(
        r"\b(?:bill|billed|charge[ds]?|overcharg\w*|invoice|refund|factura|fatura|cobran[çc]a\w*|reembolso|facture|rechnung|сч[её]т\w*|"
        r"списал\w*)\b|[账帐]单|扣款|請求|청구|فاتور", re.IGNORECASE)),
    ("service", compiled(
        r"\b(?:service|rude|waiting|waited|wait|slow|ignored|servicio|servi[çc]o|grosseir[oa]s?|"
        r"mal\s+educad[oa]s?|груб\w*|хам\w*)\b|态度|服务|態度|불친절|" +
        _STAFF_WORDS, re.IGNORECASE)),
)
_SERIOUS = compiled(
    r"\b(manager|supervisor|terrible|horrible|awful|ridiculous|unacceptable|disgusting|worst|outrageous|"
    r"furious|third time|again and again|still (not|no)|not (?:at all |very )?happy|fed up|sick (?:and tired )?of|"
    r"(?:is|what) a joke|"
    # a long wait: "over an hour ago", "two hours", "still hasn't come", "never turned up"
    r"(?:over|more than|nearly|almost) an? hour|(?:\d+|two|three|four) hours|still (?:has|have)n'?t|"
    r"never (?:arrived|came|turned up|showed up)|lawyer|police|injur\w*|unsafe|danger\w*|fire|smoke|"
    r"bed ?bugs?|gerente|director|encargado|diretor|respons[áa]vel|directeur|g[ée]rant|geschäftsführ\w*|"
    r"vorgesetzt\w*|менеджер\w*|"
    r"управляющ\w*|руководител\w*|директор\w*|(?:ال)?مدير|"
    # a fault left for hours, nobody come to see to it: asked once already, it is a person's business now
    r"for\s+hours|hours\s+ago|(?:desde\s+)?hace\s+horas|horas\s+esperando|nadie\s+(?:ha\s+venido|vino|viene)|"
    r"depuis\s+des\s+heures|personne\s+n'est\s+(?:venu|pass[ée])|seit\s+stunden|stundenlang|"
    r"niemand\s+(?:ist\s+gekommen|kam|kommt)|часами|уже\s+несколько\s+часов|никто\s+не\s+(?:пришёл|пришел|"
    r"приходит)|منذ\s+ساعات|لساعات|لم\s+يأت\S*\s+أحد|(?:ما\s+حد|محد)\s+جا|"
    r"inaceptable|inadmissible|inacceptable|inaceit[áa]vel|h[áa]\s+horas|ningu[ée]m\s+(?:veio|apareceu)|unversch[äa]mt|inakzeptabel|frechheit|"
    # "unacceptable", "outrageous" as the guests of the other languages say it
    r"неприемлем\w*|возмутительн\w*|безобрази\w*|غير\s+مقبول|مهزلة|"
    # Urgent: the guest needs someone now, not a ticket in a queue.
    r"urgent\w*|emergency|asap|now|immediately|quick(?:ly)?|hurry|fast|pouring|gushing|flood\w*|sparks?|gas|"
    # water where the power is: a shock or a fire waiting to happen
    r"water\s+(?:\w+\s+){0,6}(?:light|lamp|socket|outlet|fixture|electric\w*|wiring)|"
    r"(?:light|lamp|socket|outlet|fixture|wiring)\s+(?:\w+\s+){0,3}(?:water|wet|leak\w*|drip\w*)|"
    r"agua\s+(?:\w+\s+){0,6}(?:l[áa]mpara|luz|enchufe)|eau\s+(?:\w+\s+){0,6}(?:lampe|luminaire|prise)|"
    r"wasser\s+(?:\w+\s+){0,6}\w*(?:lampe|leuchte|steckdose)|\w*(?:lampe|leuchte|steckdose)\s+(?:\w+\s+){0,4}(?:wasser|nass)|"
    r"вод[аы]\s+(?:\w+\s+){0,6}(?:ламп|светильник|розетк)\w*|(?:ماء|مياه)\s+(?:\S+\s+){0,6}(?:المصباح|الإضاءة|المقبس|الكهرباء)|"
    r"everywhere|por\s+todas\s+partes|partout|[üu]berall|повсюду|везде|"
    # water coming through the ceiling: the room above is flooding, and the wiring is in between
    r"(?:water|leak\w*|drip\w*)\s+(?:\w+\s+){0,3}(?:from|through)\s+the\s+ceiling|ceiling\s+(?:is\s+)?(?:leak|drip)\w*|"
    r"(?:gote|cae|cay|sal[ei])\w*\s+(?:agua\s+)?del\s+techo|agua\s+(?:\w+\s+){0,3}del\s+techo|(?:coule|fuit|goutte)\w*\s+du\s+plafond|"
    r"(?:tropft|l[äa]uft|kommt)\s+(?:\w+\s+){0,2}(?:von|aus)\s+der\s+decke|(?:теч[её]т|капает|льётся|льется)\s+с\s+потолка|"
    r"с\s+потолка\s+(?:\w+\s+){0,3}(?:теч[её]т|капает|льётся|льется)|"
    r"(?:ماء|مياه|تسرب)\s+(?:\S+\s+){0,3}من\s+السقف|"
    # nobody answers: the guest cannot reach a person any other way
    r"(?:nobody|no\s+one|no-one)\s+(?:is\s+)?(?:answer\w*|pick\w*\s+up)|nadie\s+(?:contesta|responde|atiende)|"
    r"personne\s+ne\s+(?:répond|décroche)|niemand\s+(?:geht\s+ran|antwortet|meldet\s+sich)|"
    r"никто\s+не\s+(?:отвечает|берёт)|"
    # someone shut in: a lift, a bathroom
    r"stuck\s+in(?:side)?|trapped|inside\s+between\s+floors|coincée?s?|enfermée?s?|atrapad[oa]s?|atascad[oa]s?|"
    r"eingesperrt|steckengeblieben|(?:aufzug|fahrstuhl|lift)\s+fest|застрял\w*|(?:lift|elevator|ascenseur|ascensor|aufzug|fahrstuhl)\s+(?:\w+\s+){0,2}"
    r"(?:stuck|jammed|bloqué|coincé|atascado|parado|steckt|hängt)|"
    r"urgente|ahora\s+mismo|ya|humo|fuego|vite|fumée|feu|dringend|sofort|rauch|feuer|"
    r"срочно|быстрее|дым\w*|пожар\w*|затоп\w*|عاجل|بسرعة|دخان|حريق|فور\S*|حالا)\b|紧急|快来|冒烟|着火|漏水|急いで|至急|煙|"
    r"天花板\S{0,3}(?:漏水|滴水)|天井から\S{0,3}(?:水|雨漏り)|천장에서\s*물|"
    r"火事|水漏れ|到处|马上|立刻|立即|今すぐ|ただちに|당장|즉시|(?:灯|插座|照明|電気|コンセント|전등|조명|콘센트)\S{0,6}(?:水|湿|濡れ|물|젖)|至る所|"
    r"사방|온통|في\s*كل\s*مكان|급해|빨리|연기|불이\s*났|물이\s*새|"
    r"不可接受|太过分|ありえない|許せない|말도\s*안|용납|经理|主管|负责人|責任者|マネージャー|支配人|매니저|책임자|"
    # what must work within minutes ("our presentation starts in 10 minutes", "el taxi llega en cinco minutos")
    r"\b(?:(?:in|within)\s+(?:\d{1,2}|five|ten|fifteen|twenty|a\s+few)\s+min(?:ute)?s?|en\s+(?:\d{1,2}|cinco|diez|"
    r"quince|unos)\s+minutos|dans\s+(?:\d{1,2}|cinq|dix|quinze|quelques)\s+minutes|in\s+(?:\d{1,2}|f[üu]nf|zehn|"
    r"f[üu]nfzehn|wenigen)\s+minuten|через\s+(?:\d{1,2}|пять|десять|пятнадцать|несколько)\s+минут|"
    r"(?:خلال|بعد)\s+(?:\d{1,2}|خمس|عشر)\s+دقائق)\b|\d{1,2}\s*分钟(?:后|以后|之后|就)|\d{1,2}\s*分後|\d{1,2}\s*분\s*(?:후|뒤)|"
    r"\bhelp\s*!|" + _FLOODING + r"|好几个小时|几个小时了|没(?:有)?人来|何時間も|誰も来(?:ない|ません)|"
    r"몇\s*시간(?:째|\s*동안)|아무도\s*(?:안\s*와|오지)", re.IGNORECASE)
# The guest afraid for their safety, not asking whether a street is safe ("is it safe to walk at night?").
UNSAFE = compiled(
    r"\b(?:(?:i|we)\s+(?:don'?t|do\s+not|no\s+longer)\s+feel\s+(?:very\s+)?safe|(?:i|we)\s+feel\s+(?:unsafe|threatened)|"
    r"(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:really\s+|very\s+|so\s+)?(?:scared|frightened|terrified)(?!\s+of)|"
    r"(?:someone|somebody|a\s+(?:man|woman|stranger|guy))\s+(?:\w+\s+){0,4}(?:knocking|banging|pounding|trying\s+"
    r"(?:to\s+)?(?:get|break|come)\s+in\w*|trying\s+(?:to\s+open|the\s+handle))|(?:being\s+)?(?:harass|threaten|"
    r"follow)(?:ed|ing)\s+(?:me|us)|no\s+(?:me\s+siento|nos\s+sentimos)\s+segur[oa]s?|tengo\s+(?:mucho\s+)?miedo|"
    r"alguien\s+(?:\w+\s+){0,3}(?:golpea\w*|intenta\w*\s+(?:entrar|abrir)|llama\w*\s+a\s+(?:mi|la)\s+puerta)|"
    r"me\s+(?:est[áa]n?\s+)?(?:acosando|amenazando|siguiendo)|ne\s+(?:me\s+sens|nous\s+sentons)\s+pas\s+en\s+s[ée]curit[ée]|"
    r"j'ai\s+(?:tr[èe]s\s+)?peur|quelqu'un\s+(?:\w+\s+){0,3}(?:frappe|essaie\s+d'(?:entrer|ouvrir))|"
    r"(?:harcel|menac)\w*|f[üu]hlen?\s+(?:mich|uns)\s+(?:hier\s+)?(?:nicht|un)\s*(?:mehr\s+)?sicher|(?:ich\s+)?habe\s+"
    r"(?:gro[ßs]e\s+)?angst|jemand\s+(?:\w+\s+){0,3}(?:kl(?:o|ö)pft|h[äa]mmert|versucht\w*\s+(?:\w+\s+){0,3}"
    r"(?:rein|herein|öffnen))|bedroh\w*|bel[äa]stig\w*|не\s+чувству(?:ю|ем)\s+себя\s+в\s+безопасности|мне\s+(?:очень\s+)?"
    r"страшно|кто-?то\s+(?:\w+\s+){0,3}(?:стучит|ломится|пытается\s+(?:войти|открыть))|угрожа\w*|преследу\w*)\b|"
    r"(?:觉得|感到|感觉)不安全|很害怕|好害怕|有人\S{0,6}(?:敲门|撬门|闯)|危険を感じ|怖くて|誰かが\S{0,10}(?:ドアを叩|ノック|"
    r"入ろうと)|つきまと|안전하지\s*않|무서워|누가\s*(?:\S+\s*){0,2}(?:문을\s*두드|들어오려)|لا\s+أشعر\s+بالأمان|خائف\S*|"
    r"أحد\s+(?:\S+\s+){0,2}(?:يطرق|يحاول\s+(?:الدخول|فتح))|يهدد\S*|تحرش", re.IGNORECASE)
# A complaint made formally, or about how the staff treated the guest: a manager's to answer, not the team's own.
_FORMAL = compiled(
    r"\b(?:formal|official|written)\s+complaint|(?:queja|reclamaci[oó]n)\s+(?:formal|oficial|por\s+escrito)|"
    r"hoja\s+de\s+reclamaciones|(?:plainte|r[ée]clamation)\s+(?:officielle|formelle|[ée]crite)|"
    r"(?:offizielle|f[öo]rmliche|formelle|schriftliche)\s+beschwerde|(?:официальн|письменн)\w+\s+жалоб\w*|"
    r"正式(?:投诉|に苦情|な苦情)|书面投诉|(?:정식|공식)(?:으로|적으로)?\s*(?:항의|민원|불만)|شكوى\s+رسمية",
    re.IGNORECASE)
_STAFF = re.compile(_STAFF_WORDS, re.IGNORECASE)
_MISTREATED = compiled(
    r"\b(?:rude(?:ly)?|impolite|insult\w*|racist|discriminat\w*|(?:shouted|yelled|swore|screamed)\s+at\s+(?:me|us)|"
    r"(?:how|the\s+way)\s+(?:i|we)\s+(?:was|were)\s+(?:spoken\s+to|talked\s+to|treated)|(?:spoke|talked)\s+to\s+"
    r"(?:me|us)\s+like|treated\s+(?:me|us)\s+(?:like|badly|poorly|with)|disrespect\w*|groser[oa]s?|maleducad[oa]s?|"
    r"me\s+grit[oó]|me\s+(?:trat[oó]|habl[oó])\s+(?:mal|fatal|de\s+mala\s+manera|con\s+desprecio)|c[oó]mo\s+me\s+"
    r"(?:trat[oó]|habl[oó])|falta\s+de\s+respeto|impoli\w*|grossi[eè]r\w*|m'a\s+cri[ée]|(?:m'a|nous\s+a)\s+"
    r"(?:parl[ée]|trait[ée]s?)\s+(?:mal|sur\s+un\s+ton|comme)|"
    r"manque\s+de\s+respect|unh[öo]flich|unfreundlich|angeschrien|respektlos|beleidig\w*|груб\w*|хамил\w*|"
    r"хамств\w*|наорал\w*|накричал\w*|оскорб\w*)\b|态度(?:很|太|非常)?差|骂|不礼貌|无礼|吼|失礼|態度が悪|怒鳴|"
    r"無礼|불친절|무례|소리를\s*지르|반말|وقح\S*|غير\s+مهذب|صرخ|أهان|بطريقة\s+(?:سيئة|مهينة)", re.IGNORECASE)
# The problem told as solved ("it's working again now", "ya funciona", "修好了"), and the same problem back again
# after a fix ("broken again", "otra vez", "опять"): one that comes back is a person's business.
_SOLVED = compiled(
    r"\b(?:(?:is|it'?s|'s|are)\s+(?:\w+\s+)?working\s+again|back\s+(?:on|to\s+normal)\s+now|(?:has|have|was|were|got)"
    r"\s+(?:been\s+)?(?:fixed|sorted|resolved|repaired)|(?:all|it'?s|is)\s+(?:fixed|sorted|resolved|fine|ok|okay)"
    r"\s+now|they\s+(?:fixed|sorted|repaired)|ya\s+(?:funciona|est[áa]\s+arreglad[oa]|lo\s+arreglaron)|"
    r"(?:c'est|a\s+[ée]t[ée])\s+(?:r[ée]par[ée]|r[ée]solu|r[ée]gl[ée])|(?:re)?marche\s+(?:de\s+nouveau|[àa]\s+nouveau)|"
    r"(?:wurde|ist)\s+(?:\w+\s+)?(?:repariert|behoben)|(?:funktioniert|geht)\s+wieder|(?:уже\s+)?(?:починили|"
    r"исправили)|снова\s+работает|заработал\w*)\b|修好了|已经好了|解决了|恢复了|直りました|直った|解決しました|"
    r"고쳐졌|해결(?:됐|되었)|다시\s*작동|تم\s+(?:ال)?إصلاح|عاد\s+يعمل", re.IGNORECASE)
_AGAIN = compiled(
    r"\b(?:(?:broken|broke|stopped(?:\s+working)?|not\s+working|doesn'?t\s+work|out)\s+again|still\s+(?:not|no|doesn'?t|isn'?t|"
    r"broken)|otra\s+vez|de\s+nuevo|encore\s+(?:en\s+panne|cass)|schon\s+wieder|снова\s+не|опять)\b|又坏|又不|"
    r"また(?:壊|動か)|또\s*고장|مرة\s+أخرى", re.IGNORECASE)
# A theft told as one (not "is the garage safe from theft?"): a person takes it over, whatever else is said.
THEFT = compiled(
    r"\b(?:(?:was|were|got|been)\s+stolen|stole\s+(?:my|our|his|her|the)|(?:i|we)\s+(?:was|were|got|have\s+been|"
    r"'ve\s+been)\s+(?:robbed|pickpocketed)|broke(?:n)?\s+into\s+(?:my|our|the)|someone\s+took\s+(?:my|our)|"
    r"(?:me|nos|le|les)\s+(?:han\s+)?robad[oa]s?|(?:me|nos|le|les)\s+robaron|(?:fue|fueron|ha\s+sido|han\s+sido)\s+"
    r"robad[oa]s?|on\s+(?:m'|nous\s+)a\s+vol[ée]|(?:a|ont)\s+été\s+vol[ée]e?s?|m'a\s+vol[ée]|cambriol\w*|"
    r"gestohlen|geklaut|bestohlen|eingebrochen|украл\w*|украден\w*|обокрал\w*|ограбил\w*|своровал\w*|"
    r"краж[ае])\b|被偷|偷走|失窃|被盗|遭窃|盗まれ|盗難に遭|すられ|도난\s*당|도둑맞|훔쳐\s*갔|سُرق|سرق\w*|مسروق\w*",
    re.IGNORECASE)
_MINOR = re.compile(r"\b(minor|small|slight\w*|little|a bit|no rush|whenever)\b", re.IGNORECASE)
ROOM_TEAMS = frozenset({"maintenance", "housekeeping"})
DEPARTMENTS: dict[Category, str] = {"maintenance": "maintenance", "noise": "front_desk",
                                    "cleanliness": "housekeeping", "service": "management",
                                    "billing": "management", "other": "front_desk"}


class Args(BaseModel):
    """Arguments of `complaints` (also the LLM tool schema)."""

    text: str = Field(max_length=2000, description="what went wrong, in the guest's words")
    category: Category | None = None
    severity: Severity | None = None
    room: str | None = None


def detect_category(text: str) -> Category:
    text = without_harakat(text)
    return next((cat for cat, pattern in _CATEGORY_WORDS if pattern.search(text)), "other")


# Water that has reached what it spoils or spreads over the room: the bed, the whole floor, out under a door.
_WATER = compiled(
    r"\b(?:water|wet|leak\w*|drip\w*|agua|mojad[oa]|gote\w*|eau|mouill[ée]e?s?|fuite|wasser|nass|tropft|"
    r"вод[аыуе]|мокр\w*|теч[её]т|капа\w*|протека\w*)\b|水|濡れ|湿|물|젖|ماء|مياه|مبلل\S*|يقطر|تسرب", re.IGNORECASE)
_WATER_REACHES = compiled(
    r"\b(?:(?:onto|on|over|into|soaking)\s+(?:one\s+of\s+|both\s+|all\s+)?(?:the\s+|our\s+|my\s+)?(?:kids'?\s+|\w+'s\s+)?"
    r"(?:beds?|mattress\w*|pillows?)|sur\s+(?:un\s+des|l'un\s+des)\s+lits|auf\s+eine[ms]?\s+der\s+betten|"
    r"на\s+одн[уо]\w*\s+из\s+кроват\w*|على\s+(?:أحد|احد)\s+(?:ال)?(?:أسر[ةه]|اسر[ةه]|سرير\w*)|"
    r"(?:whole|entire|all\s+the)\s+(?:\w+\s+)?floor|floor\s+is\s+(?:all|completely|totally)\s+(?:wet|soaked|flooded)|"
    r"(?:from\s+)?under\s+the\s+(?:\w+\s+)?door|(?:sobre|en|encima\s+de)\s+(?:la|las|nuestra|mi)\s+camas?|"
    r"todo\s+el\s+(?:piso|suelo)\s+(?:est[áa]\s+)?(?:mojado|empapado|inundado|lleno\s+de\s+agua)|"
    r"por\s+debajo\s+de\s+la\s+puerta|sur\s+(?:le|notre|mon|les)\s+lits?|tout\s+le\s+sol\s+(?:est\s+)?"
    r"(?:mouill[ée]|tremp[ée]|inond[ée])|sous\s+la\s+porte|(?:aufs|auf\s+das|auf\s+unser|ins)\s+bett|"
    r"(?:der\s+ganze|ganze)\s+boden|boden\s+(?:ist\s+)?(?:ganz|komplett|völlig)\s+(?:nass|überschwemmt)|"
    r"unter\s+der\s+t[üu]r|на\s+(?:кровать|кровати|постель|постели|матрас)|(?:весь|вс[её])\s+пол|"
    r"из-под\s+двер\w*)\b|床上|到床|地(?:板|上)(?:全|都)\S{0,2}(?:湿|是水)|"
    r"门(?:下|底)|ベッド(?:に|の上|が濡)|床が(?:水浸し|びしょ|濡れ)|ドアの下|침대(?:에|\s*위|가\s*젖)|"
    r"바닥(?:이|에)?\s*(?:다|온통|전부)\s*(?:젖|물|흥건)|문\s*(?:밑|아래)|على\s+السرير|الأرض\s+(?:كلها\s+)?(?:مبلل|"
    r"مليئ\S*\s+بالماء)|من\s+تحت\s+الباب", re.IGNORECASE)
# The guest's health at stake in the room: asthma or an allergy beside mould or smoke, breath that will not come.
_HEALTH = compiled(
    r"\b(?:asthma\w*|allerg\w*|(?:can'?t|cannot|could\s*n'?t|struggl\w+\s+to)\s+breathe|trouble\s+breathing|"
    r"breathing\s+(?:problems?|difficult\w*)|asma|asm[áa]tic[oa]s?|alergi\w*|al[ée]rgic[oa]s?|no\s+(?:puede|puedo|"
    r"podemos|pueden)\s+respirar|asthm\w*|allergi\w*|(?:ne\s+peu[xt]|n'arrive)\s+(?:plus\s+|pas\s+)(?:[àa]\s+)?"
    r"respirer|(?:kann|k[öo]nnen)\s+(?:kaum\s+|nicht\s+)atmen|астм\w*|аллерги\w*|(?:не\s+мо\w+|трудно|тяжело)\s+"
    r"дышать|задыха\w*)\b|哮喘|过敏|喘不过气|呼吸困难|喘息|ぜんそく|アレルギー|息が(?:でき|苦し)|천식|알레르기|알러지|"
    r"숨(?:을|이)?\s*(?:못|막|쉬기)|(?:ال)?ربو|حساسي[ةه]|(?:لا|ما)\s+(?:أستطيع|يستطيع|تستطيع|نستطيع)\s+التنفس|"
    r"ضيق\s+(?:في\s+)?(?:ال)?تنفس", re.IGNORECASE)
# A room to leave tonight ("we need to be moved tonight", "otra habitación esta noche"): a move only a person can
# make ("now", "immediately" are urgent on their own).
_MOVE = compiled(
    r"\b(?:(?:be|get)\s+moved|move\s+(?:us|me|rooms?)|(?:another|a\s+different|a\s+new|different)\s+room|"
    r"change\s+(?:of\s+)?rooms?|room\s+change|cambi\w*\s+de\s+habitaci[oó]n|otra\s+habitaci[oó]n|"
    r"changer\s+de\s+chambre|changement\s+de\s+chambre|(?:une\s+)?autre\s+chambre|(?:ein\s+)?anderes\s+zimmer|"
    r"zimmer\s*wechse\w*|umziehen|друг(?:ой|ую)\s+номер|пересел\w*|поменять\s+номер)\b|换房|换(?:一)?(?:个|间)?房间|"
    r"部屋を(?:変え|替え|移)|別の部屋|방을?\s*(?:바꿔|옮겨|변경)|다른\s*방|غرف[ةه]\s+أخرى|تغيير\s+(?:ال)?غرف[ةه]|نقل(?:نا|ي)",
    re.IGNORECASE)
_TONIGHT = compiled(
    r"\b(?:tonight|right\s+away|esta\s+(?:misma\s+)?noche|ce\s+soir|heute\s+(?:nacht|abend)|сегодня|"
    r"немедленно)\b|马上|立刻|立即|今晚|今夜|今すぐ|오늘\s*밤|당장|الليلة", re.IGNORECASE)
# The room's safe that will not open ("the safe is locked with our passports inside", "le coffre-fort est bloqué",
# "la caja fuerte no abre", "保险箱打不开"): a fault, and one that cannot wait when what is inside is needed soon.
_SAFE = (r"\b(?:(?:the|our|my|room|in-room|room's|der|den|dem|unser\w*|mein\w*|im)\s+safe|"
         r"safety\s+(?:deposit\s+)?box|caja\s+(?:fuerte|de\s+seguridad)|"
         r"coffre(?:-fort)?|tresor|zimmersafe|сейф\w*)\b|保险箱|保險箱|金庫|セーフティ|금고|(?:ال)?خزن[ةه]")
_STUCK = (r"\b(?:locked|stuck|jammed|won'?t\s+open|doesn'?t\s+open|can'?t\s+(?:get\s+it\s+)?open|(?:is|are)\s+blocked|"
          r"bloqu\w*|coinc[ée]e?|verrouill[ée]e?|ne\s+s'ouvre\s+(?:pas|plus)|trabad[oa]|atascad[oa]|no\s+(?:se\s+)?abre|"
          r"no\s+(?:la\s+|lo\s+)?(?:puedo|podemos)\s+abrir|geht\s+nicht\s+(?:mehr\s+)?auf|l[äa]sst\s+sich\s+nicht\s+"
          r"(?:mehr\s+)?[öo]ffnen|klemmt|gesperrt|blockiert|не\s+открывается|заблокирова\w*|заклини\w*|не\s+(?:можем|могу)"
          r"\s+открыть)\b|打不开|锁住|卡住|開かない|開けられ|ロックされ|안\s*열려|열리지\s*않|잠겨|لا\s+(?:تفتح|يفتح|"
          r"(?:نستطيع|أستطيع)\s+فتح)|مقفل\S*|عالق\S*")
LOCKED_SAFE = re.compile(rf"(?:{_SAFE})[^.!?。！？]{{0,40}}?(?:{_STUCK})|(?:{_STUCK})[^.!?。！？]{{0,25}}?(?:{_SAFE})",
                         re.IGNORECASE)
# What a guest cannot leave without: papers, money, medicine, or a flight to catch.
_NEEDED_SOON = compiled(
    r"\b(?:passports?|documents?|ids?|cash|money|wallet|medic\w*|insulin|flights?|airport|plane|pasaportes?|"
    r"documentos?|dinero|cartera|medicamentos?|medicinas?|vuelos?|aeropuerto|avi[oó]n|passeports?|papiers|argent|"
    r"portefeuille|m[ée]dicaments?|vol|a[ée]roport|avion|reisep[äa]sse?|p[äa]sse|ausweis\w*|geld|geldb[öo]rse|"
    r"medikament\w*|flug\w*|паспорт\w*|документ\w*|деньги|кошел[её]к|лекарств\w*|рейс\w*|аэропорт\w*|самол[её]т\w*)\b|"
    r"护照|证件|钱包|药|航班|机场|飞机|パスポート|財布|薬|フライト|空港|飛行機|여권|지갑|약|비행기|공항|جواز|جوازات|"
    r"محفظ|دواء|أدوية|رحلة|مطار|طائرة", re.IGNORECASE)
# A guest telling what kind of sleeper they are ("I'm a terrible sleeper", "sueño ligero", "眠りが浅い"): who they
# are, asked about before a stay, no fault of the room's.
SLEEPER = compiled(
    r"\b(?:light|terrible|bad|poor|awful|horrible|restless|lousy|very\s+light)\s+sleepers?\b|"
    r"\bsleep\s+(?:very\s+)?(?:badly|poorly|lightly)\b|\bsue[ñn]o\s+(?:muy\s+)?(?:ligero|liviano)|"
    r"\bduermo\s+(?:muy\s+)?mal\b|sommeil\s+(?:tr[èe]s\s+)?l[ée]ger|\bdors\s+(?:tr[èe]s\s+)?mal\b|"
    r"leichten\s+schlaf|schlafe\s+(?:sehr\s+)?(?:schlecht|leicht)|чутк\w+\s+сон|сплю\s+(?:очень\s+)?(?:чутко|плохо)|"
    r"плохо\s+сплю|睡眠(?:很|比较)?浅|觉(?:很|比较)?浅|眠りが浅|寝つきが悪|잠귀가\s*밝|잠이\s*예민|نومي\s+خفيف",
    re.IGNORECASE)


# The guest saying it can wait ("not urgent", "no es urgente", "pas urgent", "nicht dringend", "不急"): the word
# "urgent" in it asks for no one now.
_NO_HURRY = compiled(
    r"\b(?:(?:not|isn'?t|nothing)\s+(?:\w+\s+)?urgent|no\s+(?:es\s+)?urgente|(?:pas|rien\s+d')\s*urgent|"
    r"nicht\s+(?:so\s+)?dringend|не\s+срочно|ничего\s+срочного)\b|不急|不着急|急ぎません|急がない|급하지\s*않|"
    r"(?:ليس|مش|مو)\s+(?:\S+\s+)?(?:عاجل|مستعجل)", re.IGNORECASE)


def _without_climate(text: str) -> bool:
    """No heating while the guest is freezing, no cooling in a heat that keeps them awake, or no heating or cooling
    with a child, a baby or an old or pregnant guest in the room: nobody should wait out the night for a ticket."""
    if not (FAULT.search(text) or HEATER_COLD.search(text)):
        return False
    return bool(HEATING.search(text) and _COLD_FELT.search(text) or COOLING.search(text) and _HOT_FELT.search(text)
                or CLIMATE.search(text) and _VULNERABLE.search(text))


def _cannot_wait(text: str) -> bool:
    """Water on the bed or over the floor, a guest's breath or allergy at stake, a room to leave tonight, a safe
    shut on what the guest needs to leave."""
    return bool(_WATER.search(text) and _WATER_REACHES.search(text) or _HEALTH.search(text) or
                _MOVE.search(text) and _TONIGHT.search(text) or
                LOCKED_SAFE.search(text) and _NEEDED_SOON.search(text))


def urgent(text: str) -> bool:
    """Words that make a problem a person's business now (a manager asked for, anger, danger, a hurry, water
    spreading, a guest afraid, a formal complaint or one about the staff, no heat in the cold), unless the guest
    tells it as solved."""
    text = _NO_HURRY.sub(" ", SLEEPER.sub(" ", without_harakat(text)))
    if _SOLVED.search(text) and not _AGAIN.search(text):
        return False
    return bool(_SERIOUS.search(text) or _AGAIN.search(text) or UNSAFE.search(text) or _FORMAL.search(text) or
                _STAFF.search(text) and _MISTREATED.search(text) or _without_climate(text) or _cannot_wait(text))


def detect_severity(text: str, earlier_complaints: int) -> Severity:
    """Serious when the guest asks for a manager, is angry, the problem is urgent, something was stolen, or the
    guest is complaining again in this conversation: a person takes over."""
    if urgent(text) or THEFT.search(text) or earlier_complaints > 0:
        return "serious"
    return "low" if _MINOR.search(text) else "normal"


def run(ctx: SkillContext, args: Args) -> SkillResult:
    lang = ctx.language
    earlier = ctx.session.scalar(select(func.count()).select_from(Complaint)
                                 .where(Complaint.conversation_id == ctx.conversation.id)) or 0
    category = args.category or detect_category(args.text)
    # Anger and repetition raise what a model (or the guest) called "low"; they never lower it.
    detected = detect_severity(args.text, earlier)
    severity = "serious" if detected == "serious" else args.severity or detected
    room = guest_room(ctx, args.room)
    department = DEPARTMENTS[category]
    kind = "maintenance" if category == "maintenance" else "complaint"
    ticket = open_ticket(ctx, department=department, kind=kind, room=room,
                         summary=(f"Room {room}: " if room else "") + f"[{severity}] {args.text[:300]}",
                         details={"category": category, "severity": severity, "text": args.text})
    complaint = Complaint(hotel_id=ctx.hotel.id, conversation_id=ctx.conversation.id, category=category,
                          severity=severity, text=args.text, room=room, ticket_id=ticket.id)
    ctx.session.add(complaint)
    ctx.session.flush()
    team = team_name(ctx, ticket.department)
    # Maintenance and housekeeping go to the room; the others look into it wherever it happened.
    to_room = room and ticket.department in ROOM_TEAMS
    parts = [say("complaint_sorry", lang),
             say("complaint_sent_room" if to_room else "complaint_sent", lang, team=team, room=room)]
    if severity == "serious":
        parts.append(say("complaint_escalated", lang) if ctx.staff_desk else no_desk_reply(ctx.hotel, lang))
    return SkillResult(text=" ".join(parts), handoff=severity == "serious" and ctx.staff_desk,
                       data={"complaint_id": complaint.id, "ticket_id": ticket.id, "category": category,
                             "severity": severity, "department": ticket.department, "room": room})


SKILL = Skill(
    name="complaints",
    description="Record a complaint or a problem in the room, apologise, and send the right team.",
    args=Args,
    examples=(  # several per language: the offline brain's router learns the skill from them
        "The AC is broken", "The room next door is very loud", "This service is terrible",
        "The toilet keeps running and won't stop", "There's a strange smell coming from the bathroom",
        "El agua de la ducha sale fría", "La habitación está sucia y nadie vino a limpiar",
        "Le chauffage ne marche pas dans la chambre", "Les voisins font la fête, c'est insupportable",
        "Das Fenster lässt sich nicht schließen", "Im Bad ist alles dreckig", "В душе нет горячей воды",
        "Соседи очень шумят всю ночь", "马桶堵了", "房间里有一股怪味", "シャワーのお湯が出ません",
        "隣の部屋がずっとうるさいです", "샤워기에서 찬물만 나와요", "옆방이 너무 시끄러워요",
        "الماء الساخن لا يعمل في الحمام", "الغرفة غير نظيفة",
        "部屋のエアコンが効きません", "トイレの水が流れません", "电灯不亮", "불이 안 켜져요",
        "الإضاءة لا تعمل في الغرفة",
        "Water is leaking from the ceiling", "There's water all over the bathroom floor",
        "It smells like burning in here", "В ванной с потолка течёт вода", "В номере пахнет гарью",
        "Hay agua saliendo por la pared", "Il y a une fuite d'eau au plafond", "Es tropft Wasser von der Decke",
        "天花板在漏水", "天井から水が漏れています",
        "천장에서 물이 새요", "هناك تسرب مياه من السقف",
        "O ar-condicionado não está funcionando", "Tem muito barulho no quarto ao lado",
        "O banheiro está sujo e ninguém veio limpar", "A água do chuveiro está saindo fria",
    ),
    run=run,
)
