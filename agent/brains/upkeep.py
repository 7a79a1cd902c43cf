"""Housekeeping in guests' words: the things they ask brought, and the room left alone today."""

from __future__ import annotations

import re

from agent.brains.counting import COUNT_AFTER, COUNT_BEFORE, QTY_BEFORE, QTY_OF_KIND, counted, number
from core.translit import compiled, either_script

# What a hotel writes when a thing costs money ("an extra cleaning costs 800 Kč", "kostet", "cuesta", "料金"): with an
# amount beside it, the FAQ answer prices what the guest asks for.
CHARGED = compiled(r"(?<!\bno\s)(?<!\bfree\sof\s)(?<!\bwithout\s)(?<!\bno\sextra\s)(?<!\bsin\s)(?<!\bsans\s)"
                     r"(?<!\bohne\s)(?<!\bsem\s)(?<!\bбез\s)"
                     r"\b(?:costs?|charged?|fee|price[ds]?|surcharge|kostet|kosten|gebühr|coûte|frais|supplément|"
                     r"cuesta|cargo|tarifa|custa|taxa|стоит|стоимость|плат\w*)\b|收费|费用|料金|요금|비용|رسوم|تكلفة|بسعر",
                     re.IGNORECASE)

# Housekeeping: guests' words onto the request names the housekeeping skill knows.
# The room left alone today ("no housekeeping today", "don't clean our room", "уборка не нужна", "今天不用打扫"): said
# with the very words that ask for a cleaning, so it is read first.
NO_CLEANING = compiled(
    r"\b(?:(?:don'?t|do\s+not|no\s+need\s+to|(?:please|you)\s+not|skip(?:\s+the)?|without)\s+(?:\w+\s+){0,3}?"
    r"(?:clean\w*|housekeeping|make\s+up)(?![^.!?]{0,25}\b(?:properly|well|enough|at\s+all)\b)|"
    r"no\s+(?:room\s+)?(?:cleaning|housekeeping|make-?up)(?!\s+(?:yet|at\s+all|for|since))|do\s+not\s+disturb|dnd|(?:clean\w*|housekeeping)\s+(?:is\s+)?not\s+(?:needed|necessary)|"
    r"no\s+(?:\w+\s+){0,3}?limpi\w+|sin\s+limpieza|no\s+molest\w+|n[ãa]o\s+(?:precisa\w*|[ée]\s+necess[áa]rio)\s+(?:\w+\s+){0,2}?(?:limp\w+|arrum\w+)|"
    r"n[ãa]o\s+(?:limpem|arrumem)|"
    r"sem\s+(?:limpeza|arruma[çc][ãa]o)|n[ãa]o\s+(?:me\s+|nos\s+)?(?:perturbe\w*|incomod\w+)|pas\s+(?:de\s+|besoin\s+de\s+|besoin\s+du\s+)?"
    r"(?:faire\s+(?:le\s+)?)?(?:ménage|nettoy\w+)|ne\s+pas\s+(?:faire\s+le\s+ménage|nettoyer|déranger)|kein\w*\s+(?:\w+\s+)?(?:zimmerreinigung|"
    r"reinigung|housekeeping|zimmerservice)|nicht\s+(?:reinigen|putzen|aufräumen|stören)|bitte\s+nicht\s+stören|"
    r"без\s+уборки|не\s+(?:нужно\s+|надо\s+)?(?:убира\w*|делать\s+уборку|беспокоить))\b|"
    r"(?:уборк\w*|убирать)\s+(?:\w+\s+){0,2}не\s+нужн\w*|"
    r"(?:不用|不需要|不要|别|无需)(?:打扫|清洁|整理房间)|免打扰|勿扰|(?:掃除|清掃)(?:は|を)?(?:不要|いりません|要りません|しなくて|"
    r"結構|大丈夫)|起こさないで|청소\s*(?:는|를|은)?\s*(?:안\s*해|안해|하지\s*마|필요\s*없|괜찮)|"
    r"لا\s+(?:نحتاج|أحتاج|داعي|تنظفوا)\s*(?:إلى\s+|ل)?(?:ال)?تنظيف|بدون\s+تنظيف|عدم\s+(?:ال)?إزعاج", re.IGNORECASE)
# The minibar to restock, asked for ("can someone restock the minibar?", "minibar's out of beer", "¿nos reponen el
# minibar?", "Minibar nachfüllen", "пополните мини-бар", "迷你吧补一下", "ミニバーの補充", "미니바 채워 주세요"):
# a request for housekeeping, not a question about the minibar (not "is it restocked daily?", "restocked": done).
_MINIBAR = r"(?:mini-?\s?bar|мини-?\s?бар\w*|迷你吧|ミニバー|미니바|ميني\s?بار|الميني\s?بار)"
_RESTOCK = (r"(?:\b(?:re-?stock|refill|top\s+up|replenish|fill\s+up|reponer|reponga\w*|repongan|rellen\w*|resurt\w*|"
            r"regarnir|remplir|réapprovisionner|recharger|auff[üu]llen|nachf[üu]llen|aufstocken|пополн\w*|заполн\w*)"
            r"(?!ed\b)|补(?:充|货|一下|满)|補充|채워|보충|(?:إعادة\s+)?(?:تعبئة|ملء|تزويد))")
RESTOCK = re.compile(rf"{_RESTOCK}[^.!?。！？]{{0,40}}{_MINIBAR}|{_MINIBAR}[^.!?。！？]{{0,40}}(?:{_RESTOCK}|"
                     rf"\b(?:is\s+|'s\s+)?(?:already\s+)?(?:empty|out\s+of)\b)", re.IGNORECASE)
HOUSEKEEPING = tuple((item, either_script(pattern)) for item, pattern in (  # Chinese in either script
    ("do not disturb", NO_CLEANING.pattern),
    ("hypoallergenic pillow", r"hypo-?allergenic\s+pillows?|almohadas?\s+hipoalerg\w+|oreillers?\s+hypoallerg\w+|"
                              r"travesseiros?\s+(?:anti|hipo)al[ée]rg\w+|allergiker\w*|антиаллерген\w*|防过敏枕|"
                              r"低アレルギー|저자극\s*베개"),
    ("towels", r"\btowels?\b|toallas?|toalhas?|serviettes?|(?:hand|bade|dusch|strand)t[uü]ch\w*|полотен\w*|"
               r"毛巾|浴巾|タオル|수건|مناشف|منشف\w*|فوط[ةه]?|بشاكير|بشكير"),  # "فوطة", "بشكير": as Egypt says it
    ("pillows", r"\bpillows?\b|almohadas?|travesseiros?|oreillers?|kissen|подуш\w*|枕头|枕|베개|وسائد|وساد\w*|"
                r"مخد\w*"),  # "مخدة": the pillow of the dialects
    # Toiletries by name, so the reply names what the guest asked for ("shampoo", not "toiletries").
    ("shampoo", r"shampoo|champ[uú]|xampu|shampoing|шампун\w*|洗发水|シャンプー|샴푸|شامبو"),
    ("conditioner", r"conditioner|acondicionador|condicionador|après-shampoing|spülung|бальзам\w*|护发素|"
                    r"コンディショナー|린스|بلسم"),
    ("soap", r"\bsoap\b|jab[oó]n|sabonete|savon|seife|мыл\w*|肥皂|香皂|石鹸|비누|صابون"),
    ("toothbrush", r"tooth\s*brush(?:es)?|cepillos?\s+de\s+dientes|escovas?\s+de\s+dentes?|brosses?\s+à\s+dents|"
                   r"zahnbürste\w*|"
                   r"зубн\w+\s+щ[её]тк\w*|牙刷|歯ブラシ|칫솔|فرشاة\s+أسنان"),
    ("toothpaste", r"toothpaste|pasta\s+de\s+dientes|pasta\s+de\s+dentes?|creme\s+dental|dentifrice|zahnpasta|"
                   r"зубн\w+\s+паст\w*|牙膏|歯磨き粉|치약|"
                   r"معجون\s+أسنان"),
    ("razor", r"\brazo?rs?\b|\brazr\b|maquinilla|cuchilla|barbeador|l[âa]mina\s+de\s+barbear|rasoir|rasierer|"
          r"бритв\w*|剃须刀|カミソリ|면도기|"
              r"شفرة\s+حلاقة|ماكينة\s+حلاقة"),
    ("sewing kit", r"sewing\s+kit|kit\s+de\s+costura|nécessaire\s+de\s+couture|nähset|швейн\w+\s+набор|针线包|"
                   r"ソーイングセット|반짇고리|عدة\s+خياطة"),
    ("toilet paper", r"toilet\s+paper|loo\s+roll|papel\s+higi[eé]nico|papier\s+toilette|toilettenpapier|"
                     r"туалетн\w+\s+бумаг\w*|卫生纸|厕纸|トイレットペーパー|화장지|휴지|ورق\s+(?:ال)?تواليت"),
    ("toiletries", r"toiletries|amenity\s+kit|articles?\s+de\s+toilette|produtos\s+de\s+higiene|amenidades|洗漱用品|"
                   r"アメニティ|세면도구"),
    ("crib", r"\bcribs?\b|\bcots?\b|baby\s*bed|cunas?|ber[çc]os?|lit\s+(?:bébé|parapluie)|berceau|babybett|kinderbett|"
             r"детск\w+\s+кроват\w*|婴儿床|ベビーベッド|아기\s*침대|유아\s*침대|سرير\s+(?:أطفال|طفل)"),
    ("turndown", r"turn-?down|cobertura|abertura\s+de\s+cama|couverture\s+du\s+soir|abendservice|вечерн\w+\s+сервис"),
    ("cleaning", r"clean(?:ing|ed)?\s+(?:my\s+|the\s+|our\s+)?room|make\s+up\s+(?:my|the|our)\s+room|"
                 r"\b(?:extra|additional|another|deep)\s+clean(?:ing|-?up)?\b|"
                 r"limpi\w+|limpeza|limpar|arrumar\s+o\s+quarto|nettoy\w+|ménage|reinig\w*|putzen|aufräumen|убер\w*|"
                 r"убор\w*|打扫|清洁|掃除|청소|تنظيف"),
    ("blanket", r"\bblankets?\b|mantas?|cobijas?|cobertor(?:es)?|edredom|couvertures?|decken?|одеял\w*|毯子|毛布|담요|"
                r"بطانية|بطاني\w*|لحاف|لحف"),
    # Things housekeeping brings that a hotel's free list may not name: passed on as the guest named them.
    ("hair dryer", r"hair\s*-?dryers?|blow\s*-?dryers?|secador(?:\s+de\s+(?:pelo|cabelo))?|s[èe]che-cheveux|f[öo]hn|"
                   r"haartrockner|\bфен\w*|吹风机|电吹风|ドライヤー|드라이기|드라이어|مجفف\s+(?:ال)?شعر|سشوار"),
    ("iron", r"\birons?\b|ironing\s+board|\bplancha\b|ferro\s+de\s+passar|fer\s+à\s+repasser|bügeleisen|утюг\w*|"
             r"熨斗|アイロン|다리미|"
             r"مكواة"),
    ("adapter", r"(?:plug\s+|power\s+)?adapt[eo]rs?|adaptador\w*|adaptateur\w*|переходник\w*|адаптер\w*|转换插头|"
                r"変換プラグ|어댑터|محول"),
    ("insect repellent", r"(?:mosquito|mozzie|mossie)\s+(?:spray|repellent|coils?)|insect\s+repellent|bug\s+spray|"
                         r"repelente\w*|anti-?moustiques?|r[ée]pulsif\w*|m[üu]ckenspray\w*|insektenschutz\w*|репеллент\w*|"
                         r"средство\s+от\s+комаров|驱蚊\w*|防蚊\w*|虫除け|蚊取り線香|모기\s*(?:약|퇴치제|스프레이)|"
                         r"طارد\s+(?:لل|ال)?(?:بعوض|حشرات)"),
    ("slippers", r"slippers?|zapatillas|chinelos?|pantufas?|chaussons|pantoffeln|hausschuhe|тапочк\w*|拖鞋|スリッパ|"
                 r"슬리퍼|شبشب|نعال"),
    ("bathrobe", r"bath\s*robes?|\brobes?\b|albornoz\w*|roup[ãa]o|roup[õo]es|peignoirs?|badem[aä]ntel|халат\w*|"
                 r"浴袍|バスローブ|샤워\s*가운|"
                 r"روب\s+حمام|برنس"),
    ("fan", r"\b(?:electric\s+|desk\s+|standing\s+)?fans?\b(?!\s+of\b)|ventilador(?:es)?|ventilateurs?|"
            r"\bventilator(?:en)?\b|вентилятор\w*|风扇|電扇|扇風機|선풍기|مروح\w*"),
    ("humidifier", r"humidifiers?|humidificador\w*|humidificateurs?|luftbefeuchter\w*|увлажнител\w*|加湿器|가습기|"
                   r"مرطب\s+(?:ال)?هواء"),
    ("hangers", r"\bhangers?\b|perchas?|cabides?|cintres?|kleiderb[üu]gel|вешалк\w*|衣架|ハンガー|옷걸이|علاقات|"
                r"شماعات"),
    # Before a menu's water: "a hot water bottle" is for a cold bed, not to drink.
    ("hot-water bottle", r"hot[\s-]*water\s+bottles?|bolsas?\s+de\s+agua\s+caliente|"
                         r"bolsas?\s+de\s+[áa]gua\s+quente|bouillottes?|w[äa]rmflasche\w*|"
                         r"грелк\w*|热水袋|湯たんぽ|보온\s*물주머니|قرب\w*\s+(?:ال)?ماء\s+(?:ال)?ساخن"),
    ("prayer mat", r"prayer\s+(?:mat|rug)s?|alfombr\w*\s+de\s+oraci[oó]n|tapis\s+de\s+pri[èe]re|gebetsteppich\w*|"
                   r"молитвенн\w+\s+коврик\w*|礼拜毯|祈祷毯|礼拝用\S{0,2}(?:マット|敷物)|기도\s*매트|سجاد\w*\s+(?:ال)?صلاة"),
))


# Something of the guest's left behind or lost ("I left my charger in 204", "j'ai oublié mon sèche-cheveux"):
# lost property to look for, not a thing for housekeeping to bring.
LEFT_BEHIND = compiled(
    r"\b(?:left|forgot|forgotten|lost)\s+(?:my|our|his|her|a|an|the)\b|\b(?:dej[ée]|olvid[ée]|perd[ií])\s+"
    r"(?:mi|mis|el|la|los|las|un|una)\b|\b(?:oubli[ée]|laiss[ée]|perdu)\s+(?:mon|ma|mes|le|la|les|un|une)\b|"
    r"\b(?:vergessen|liegen\s*(?:ge)?lassen|verloren)\b|\b(?:esqueci|deixei|perdi)\b|"
    r"\b(?:забыл\w*|оставил\w*|потерял\w*)|忘(?:了|记)|落在|丢了|忘れ|置き忘れ|두고\s*(?:왔|나왔)|잃어버|"
    r"نسيت|تركت|فقدت", re.IGNORECASE)


def housekeeping_items(text: str) -> list[tuple[str, int]]:
    """Requests and quantities: "2 extra towels" → [("towels", 2)]."""
    found: list[tuple[str, int]] = []
    taken: list[tuple[int, int]] = []
    for item, pattern in HOUSEKEEPING:
        m = re.search(pattern, text, re.IGNORECASE)
        if not m or any(m.start() < end and start < m.end() for start, end in taken):
            continue
        taken.append(m.span())
        before = text[max(0, m.start() - 30):m.start()]
        qty = QTY_BEFORE.search(before) or QTY_OF_KIND.search(before)
        cjk = COUNT_BEFORE.search(before) or COUNT_AFTER.match(text[m.end():m.end() + 12])  # "两条毛巾", "枕を2つ"
        dual = re.search(r"[\u0600-\u06ff](?:تين|تان|ين|ان)$", m.group(0))  # Arabic dual: "وسادتين", two pillows
        count = number(qty.group("qty")) if qty else counted(cjk) if cjk else 2 if dual else 1
        found.append((item, min(10, max(1, count or 1))))
    if not found and re.search(r"\bhousekeeping\b", text, re.IGNORECASE):  # "could housekeeping bring…" names no item
        found.append(("cleaning", 1))
    return found


def housekeeping_said(text: str, item: str) -> str | None:
    """The guest's own word for a housekeeping item ("婴儿床", "Babybett"), to pass on what the hotel's list
    does not name in words the guest knows."""
    m = re.search(dict(HOUSEKEEPING)[item], text, re.IGNORECASE) if item in dict(HOUSEKEEPING) else None
    return m.group(0) if m else None
