"""`complaints`: Record a complaint or a problem in the room, apologise, and send the right team."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, Field
from sqlalchemy import func, select

from core.handoff import no_desk_reply
from core.i18n import say
from core.store.models import Complaint
from skills.base import Skill, SkillContext, SkillResult
from skills.guest import guest_room
from skills.tickets import open_ticket, team_name

Category = Literal["maintenance", "noise", "cleanliness", "service", "billing", "other"]
Severity = Literal["low", "normal", "serious"]

# Words that give a complaint away, first match wins (a broken AC is maintenance even if it is also loud).
_CATEGORY_WORDS: tuple[tuple[Category, str], ...] = (
    ("maintenance", r"\b(a/?c|air[- ]?con\w*|heat\w*|plumb\w*|toilet|shower|leak\w*|flood\w*|drain|tv|television|"
                    r"lock\w*|key ?card|light|bulb|power|socket|elevator|lift|broken|not working|"
                    r"doesn'?t work|won'?t work|clim\w*|calefacci\w*|aire acondicionado|klima\w*|heizung|"
                    r"panne|kaputt|roto|no funciona)\b"),
    ("noise", r"\b(nois\w*|loud|music|party|partying|shout\w*|scream\w*|bark\w*|ruido|bruit|l[äa]rm)\b"),
    ("cleanliness", r"\b(dirty|filthy|stain\w*|smell\w*|stink\w*|dust\w*|hair|bugs?|cockroach\w*|mou?ld\w*|"
                    r"unclean|not clean|sucio|sale|schmutzig)\b"),
    ("billing", r"\b(bill|billed|charge[ds]?|overcharg\w*|invoice|refund|factura|facture|rechnung)\b"),
    ("service", r"\b(service|staff|rude|waiting|waited|wait|slow|ignored|servicio|personnel|personal)\b"),
)
_SERIOUS = re.compile(
    r"\b(manager|supervisor|terrible|horrible|awful|ridiculous|unacceptable|disgusting|worst|outrageous|"
    r"furious|third time|again and again|still (not|no)|not (?:at all |very )?happy|fed up|sick (?:and tired )?of|"
    r"(?:is|what) a joke|"
    # a long wait: "over an hour ago", "two hours", "still hasn't come", "never turned up"
    r"(?:over|more than|nearly|almost) an? hour|(?:\d+|two|three|four) hours|still (?:has|have)n'?t|"
    r"never (?:arrived|came|turned up|showed up)|lawyer|police|injur\w*|unsafe|danger\w*|fire|smoke|"
    r"bed ?bugs?|gerente|director|inaceptable|inadmissible|inacceptable|unversch[äa]mt|inakzeptabel|frechheit|"
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
    # nobody answers: the guest cannot reach a person any other way
    r"(?:nobody|no\s+one|no-one)\s+(?:is\s+)?(?:answer\w*|pick\w*\s+up)|nadie\s+(?:contesta|responde|atiende)|"
    r"personne\s+ne\s+(?:répond|décroche)|niemand\s+(?:geht\s+ran|antwortet|meldet\s+sich)|"
    r"никто\s+не\s+(?:отвечает|берёт)|"
    # someone shut in: a lift, a bathroom
    r"stuck\s+in(?:side)?|trapped|inside\s+between\s+floors|coincée?s?|enfermée?s?|atrapad[oa]s?|atascad[oa]s?|"
    r"eingesperrt|steckengeblieben|(?:aufzug|fahrstuhl|lift)\s+fest|застрял\w*|(?:lift|elevator|ascenseur|ascensor|aufzug|fahrstuhl)\s+(?:\w+\s+){0,2}"
    r"(?:stuck|jammed|bloqué|coincé|atascado|parado|steckt|hängt)|"
    r"urgente|ahora\s+mismo|ya|humo|fuego|inundaci\w*|vite|fumée|feu|dringend|sofort|rauch|feuer|"
    r"срочно|быстрее|дым\w*|пожар\w*|затоп\w*|عاجل|بسرعة|دخان|حريق|فور\S*|حالا)\b|紧急|快来|冒烟|着火|漏水|急いで|至急|煙|"
    r"火事|水漏れ|到处|(?:灯|插座|照明|電気|コンセント|전등|조명|콘센트)\S{0,6}(?:水|湿|濡れ|물|젖)|至る所|"
    r"사방|온통|في\s*كل\s*مكان|급해|빨리|연기|불이\s*났|물이\s*새|"
    r"不可接受|太过分|ありえない|許せない|말도\s*안|용납", re.IGNORECASE)
# A theft told as one (not "is the garage safe from theft?"): a person takes it over, whatever else is said.
THEFT = re.compile(
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
    return next((cat for cat, pattern in _CATEGORY_WORDS if re.search(pattern, text, re.IGNORECASE)), "other")


def urgent(text: str) -> bool:
    """Words that make a problem a person's business now (a manager asked for, anger, danger, a hurry)."""
    return bool(_SERIOUS.search(text))


def detect_severity(text: str, earlier_complaints: int) -> Severity:
    """Serious when the guest asks for a manager, is angry, the problem is urgent, something was stolen, or the
    guest is complaining again in this conversation: a person takes over."""
    if _SERIOUS.search(text) or THEFT.search(text) or earlier_complaints > 0:
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
    ),
    run=run,
)
