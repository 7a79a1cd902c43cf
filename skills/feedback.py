"""`feedback`: Record the guest's rating (1-5) and comment about their stay, or pass a compliment on."""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

from core.effects import StaffNotice
from core.i18n import say
from core.store.models import Feedback
from core.translit import compiled
from skills.base import Skill, SkillContext, SkillResult


class Args(BaseModel):
    """Arguments of `feedback` (also the LLM tool schema)."""

    rating: int | None = Field(None, ge=1, le=5, description="1-5; leave out for a compliment with no rating")
    comment: str | None = None


LOW_RATING = 2
_NOT = r"(?:(?!\bnot\b|n't|\bnever\b|\bno\b)[^.!?])"
# Praise of the people who served the guest, with no rating ("the night receptionist was amazing", "передайте
# горничной спасибо"): the guest wants it to reach them, not to be asked for a score.
PRAISE = compiled(
    rf"\b(?:receptionist|concierge|staff|team|housekeep\w*|maid|cleaners?|waiter|waitress|server|bartender|barman|"
    rf"chef|cook|driver|doorman|porter|bell\w*|front\s+desk|everyone|everybody|she|he|lady|guy|gentleman)\b"
    rf"{_NOT}{{0,40}}\b(?:amazing|wonderful|fantastic|excellent|outstanding|superb|brilliant|great|lovely|"
    rf"(?:so|very|really|super|incredibly)\s+(?:helpful|kind|friendly|nice)|a\s+star)\b|"
    r"\bpass\s+on\s+(?:my|our)\s+(?:thanks|compliments|gratitude)|\b(?:my|our)\s+compliments\s+to\b|"
    r"\b(?:make\s+sure|let|tell)\s+(?:his|her|their)\s+(?:boss|manager|supervisor)\b|"  # "...his boss hears about it"
    r"\b(?:recepcionista|personal|equipo|camarer[oa]s?|meser[oa]s?|conserje|chofer|cociner[oa])\b[^.!?]{0,40}"
    r"\b(?:muy\s+amables?|amabil[ií]sim[oa]s?|excelentes?|maravillos[oa]s?|fant[aá]stic[oa]s?|incre[ií]bles?|genial(?:es)?|"
    r"encantador[ae]?s?|muy\s+atent[oa]s?|servicial(?:es)?)\b|\bfelic[ií]ten(?:l[oa]s?|\s+a)\b|"
    r"\b(?:réceptionniste|personnel|équipe|serveu(?:r|se)s?|femmes?\s+de\s+(?:chambre|ménage)|chef|concierge|"
    r"chauffeur|voiturier)\b[^.!?]{0,40}\b(?:formidables?|géniale?s?|excellente?s?|adorables?|charmante?s?|"
    r"parfaite?s?|très\s+gentil(?:le)?s?|serviables?|au\s+top)\b|\b(?:merci|bravo)\s+à\s+(?:eux|elle|lui|"
    r"l'équipe|toute\s+l'équipe)\b|\btransmettez\s+(?:mes|nos)\s+(?:remerciements|félicitations)\b|"
    r"\b(?:rezeption|personal|team|kellner(?:in)?|zimmermädchen|koch|köchin|fahrer(?:in)?|concierge|dame|herr|"
    r"mitarbeiter(?:in)?)\b[^.!?]{0,40}\b(?:super|toll|großartig|wunderbar|hervorragend|ausgezeichnet|klasse|spitze|"
    r"sehr\s+nett|hilfsbereit|zuvorkommend)\b|\blob\s+an\b|"
    r"(?:администратор\w*|персонал\w*|горничн\w*|официант\w*|повар\w*|водител\w*|консьерж\w*|девушк\w*|"
    r"сотрудник\w*)[^.!?]{0,40}(?:молодец|молодцы|замечательн\w*|прекрасн\w*|отличн\w*|чудесн\w*|вежлив\w*|"
    r"внимательн\w*)|передайте[,\s]+(?:\w+[,\s]+){0,3}(?:спасибо|благодарность)|"
    r"(?:前台|服务员|客房|保洁|阿姨|厨师|司机|礼宾|员工|工作人员)[^。！？]{0,12}(?:很好|太好了|非常好|很棒|太棒|真棒|"
    r"热情|周到|贴心|耐心|友好|专业)|(?:转达|转告)(?:我们?的)?(?:感谢|谢意)|"
    r"(?:フロント|スタッフ|受付|係の方|清掃の方|シェフ|運転手|ドライバー|コンシェルジュ|従業員)[^。！？]{0,15}"
    r"(?:素晴らしかった|素晴らしい|親切|丁寧|最高|感じがよ|優しかった)|(?:お礼|感謝)(?:の気持ち)?を(?:お)?伝え|"
    r"(?:프런트|프론트|직원|하우스키핑|청소|셰프|요리사|기사님|컨시어지)[^.!?]{0,15}(?:친절|최고|훌륭|멋졌)|"
    r"(?:감사하다고|고맙다고)\s*(?:전해|말씀)|"
    r"(?:موظف\w*|الاستقبال|عامل\w*|النادل|الطاه\w*|السائق)[^.!?؟]{0,30}(?:رائع\w*|ممتاز\w*|لطيف\w*|متعاون\w*)|"
    r"(?:أبلغ\w*|انقل\w*)\s+(?:شكري|شكرنا)", re.IGNORECASE)


def run(ctx: SkillContext, args: Args) -> SkillResult:
    """Every rating is kept; a low one also reaches guest relations while the guest is still here. A compliment
    with no rating goes to the team's managers as it was said; anything else without a rating asks for one."""
    if args.rating is None:
        if args.comment and PRAISE.search(args.comment):
            return _compliment(ctx, args.comment)
        return SkillResult(text=say("ask_rating", ctx.language), ok=False, missing=["rating"])
    flagged = args.rating <= LOW_RATING
    row = Feedback(hotel_id=ctx.hotel.id, conversation_id=ctx.conversation.id, rating=args.rating,
                   comment=args.comment, flagged=flagged)
    ctx.session.add(row)
    ctx.session.flush()
    if flagged:
        department = _managers(ctx)
        note = f"Low rating {args.rating}/5" + (f": {args.comment}" if args.comment else "")
        ctx.effects.append(StaffNotice(hotel_id=ctx.hotel.id, text=note, department=department,
                                       conversation_id=ctx.conversation.id))
        key = "feedback_low"
    else:
        key = "feedback_high" if args.rating >= 4 else "feedback_thanks"
    return SkillResult(text=say(key, ctx.language), data={"feedback_id": row.id, "rating": args.rating,
                                                          "flagged": flagged})


def _managers(ctx: SkillContext) -> str:
    """Who hears about a guest's rating or praise: management, or the front desk of a hotel without one."""
    return "management" if ctx.hotel.department("management") else "front_desk"


def _compliment(ctx: SkillContext, comment: str) -> SkillResult:
    department = _managers(ctx)
    ctx.effects.append(StaffNotice(hotel_id=ctx.hotel.id, text=f"Compliment from a guest: {comment}",
                                   department=department, conversation_id=ctx.conversation.id))
    return SkillResult(text=say("feedback_compliment", ctx.language), data={"compliment": comment,
                                                                            "department": department})


SKILL = Skill(
    name="feedback",
    description="Record the guest's rating (1-5) and comment about their stay.",
    args=Args,
    examples=(  # several per language: the offline brain's router learns the skill from them
        "I'd rate my stay 5 stars", "Feedback: the room was great", "2 out of 5, the room was noisy",
        "I want to leave a review of my stay", "Here's my feedback: everything was great",
        "The receptionist was wonderful, please tell her manager", "Nuestro camarero fue muy amable, felicítenlo",
        "Le doy 5 estrellas a mi estancia", "Quiero dejar una opinión sobre el hotel",
        "Je donne 4 sur 5 à mon séjour", "Je voudrais laisser un avis", "Ich gebe dem Hotel 5 Sterne",
        "Ich möchte eine Bewertung abgeben", "Оцениваю проживание на 5 звёзд", "Хочу оставить отзыв о проживании",
        "我给这次住宿打5星", "我想写一下入住评价", "今回の滞在は星5つです", "滞在の感想を伝えたいです",
        "이번 숙박은 별 5개예요", "숙박 후기 남기고 싶어요", "أقيّم إقامتي بخمس نجوم", "أريد أن أترك تقييما لإقامتي",
        "Dou nota 5 para a minha estadia", "Quero deixar uma avaliação da hospedagem",
    ),
    run=run,
)
