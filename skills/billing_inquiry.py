"""`billing_inquiry`: The guest's balance or itemised bill, only for the phone on the reservation."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Literal

import numpy as np
from pydantic import BaseModel, Field

from core.hotels import FolioLine, GuestRecord
from core.i18n import say
from core.language import CJK
from core.translit import compiled
from kb import glossary
from skills.base import Skill, SkillContext, SkillResult
from skills.formatting import long_date, money, to_minor
from skills.guest import verified_guest
from skills.matching import same_word, words

if TYPE_CHECKING:
    from kb.embedders import Embedder


class Args(BaseModel):
    """Arguments of `billing_inquiry` (also the LLM tool schema)."""

    reservation: str | None = Field(default=None, description="reservation code the guest mentions")
    detail: Literal["balance", "folio"] = "balance"
    item: str | None = Field(default=None, max_length=300,
                             description="a charge the guest asks about, in their words ('the parking', 'the $35')")
    someone_else: bool = Field(default=False, description="the guest asks for another guest's bill (a friend's, a "
                                                          "relative's, another room's): it stays private")


# Words every folio line or bill question shares: they name no charge.
_GENERIC = frozenset("room night nights charge charged charges bill total much cost paid pay payment owe item fee"
                     .split())
# The same idea for the guest's words in any language, by meaning: a phrase this close to one of these asks about
# the bill as a whole ("요금" is a fee, "hoy" today), not about one line of it.
_MONEY_MEANING = tuple("charge fee cost price bill balance total amount owe pay paid how much money invoice spent "
                       "receipt account remaining due outstanding sum".split())
_GENERIC_MEANING = (*_MONEY_MEANING, *"today now so far until room night stay".split())
_GENERIC_MAX = 0.75  # "Anzahlung" 0.71 still names the deposit; "요금" (fee) 0.79, "Rechnung" 0.78 do not
# A phrase names a line when the line is at least this close and this far ahead of the next (USE: "парковку" and
# the valet parking line 0.48 vs 0.19; "조식" and breakfast 0.35 vs 0.27; "账单", a bill, 0.31: no line).
_LINE_MIN, _LINE_MARGIN = 0.32, 0.06
# The question whole, read beside each line asked about ("How much was the Same-day laundry?") and beside
# questions about the bill as a whole: sentences carry across languages better than single words ("早餐算到我房费里
# 了吗？" 0.54 to the breakfast line, 0.37 to a bill question). When no word names a line, the line the question
# reads this much closer to than to the whole bill is the one asked about.
_WHOLE_BILL = ("How much is my bill in total?", "What do I owe?", "Show me all my charges")
_LINE_ASKED = "How much was the {}?"
_WHOLE_LEAD = 0.08
# An amount as guests write it: "$35", "12,50", "90,000", "1.250,00", "1 250 MAD", "1 083 000": a group of three
# digits after a separator is thousands, one or two are cents.
_AMOUNT = re.compile(r"(?<![\d.,])(\d{1,3}(?:[,. \u202f\u00a0](?=\d{3}(?!\d))\d{3})+|\d{1,7})"
                     r"(?:[.,](\d{1,2}))?(?![\d])")
# Phrases of a question: words (hyphens kept: "petit-déjeuner"), katakana/kanji runs (Japanese particles between
# them are dropped), hangul words; then neighbouring pairs ("room service") and two-character pieces of a Chinese
# run, which has no spaces ("早餐收了多少钱" holds "早餐").
_PHRASE = re.compile(r"[\u30a0-\u30ff\u3400-\u9fff]+|[\uac00-\ud7af]{2,}|"
                     rf"[^\W\d_{CJK}]{{3,}}(?:[-'][^\W\d_]+)*")
_CJK_RUN = re.compile(r"[\u3400-\u9fff]{3,12}")
# A folio line's name, before its details ("Airport shuttle from PRT (2 persons)", "Room service: Margherita pizza,
# ...", "Breakfast, Lighthouse Café (2 adults)"): one word of the guest's reads far closer to the name alone
# ("navette" and the shuttle line 0.16, its name 0.40; "الإفطار" and breakfast 0.37, 0.89). A name is as short as a
# money word, and some are money words ("Pet fee", "Deposit paid"): a phrase this close to a money word
# ("請求", a charge, 0.63; "料金" 0.80) or a two-character piece of a Chinese run ("接驳车", a shuttle, holds "驳车",
# close to "Valet parking") is read against whole lines only.
_LINE_DETAIL = re.compile(r"\s+(?:-|from|to|for)\s+.*|\s*[:,(].*", re.IGNORECASE)
_NAME_MONEY_MAX = 0.6
# What is still to pay, asked by the guest ("how much do I still have to pay?", "wie viel muss ich noch zahlen?",
# "¿cuánto me falta pagar?"): the balance of the guest's own bill, whatever the FAQ says of deposits and check-out.
STILL_TO_PAY = compiled("|".join((
    r"\b(?:how\s+much|what)\s+(?:do|will|would|must)\s+(?:i|we)\s+still\s+(?:have\s+to\s+|need\s+to\s+)?pay\b|"
    r"\b(?:i|we)\s+still\s+(?:have|need)\s+to\s+pay\b|\bstill\s+(?:to\s+pay|due|outstanding)\b",
    r"\b(?:wie\s*viel|was)\s+(?:muss|m[üu]ssen|habe|haben|soll|sollen)\s+(?:ich|wir)\s+(?:[\w-]+\s+){0,4}noch\s+"
    r"(?:zu\s+)?(?:be)?zahlen\b|\bwas\s+(?:ist|steht)\s+(?:bei\s+(?:mir|uns)\s+)?noch\s+offen\b|"
    r"\boffene[nrs]?\s+(?:betrag|rechnung|summe|saldo)\b",
    r"\b(?:me|nos)\s+(?:falta|faltan|queda|quedan)\s+(?:por\s+)?pagar\b|"
    r"\btodav[ií]a\s+(?:tengo|tenemos|debo|debemos)\s+(?:que\s+)?pagar\b",
    r"\b(?:me|nous)\s+reste(?:-t-il)?\s+(?:encore\s+)?(?:[àa]\s+payer|combien)\b|\breste\s+[àa]\s+payer\b",
    r"сколько\s+(?:мне|нам)\s+(?:ещ[её]\s+)?(?:надо\s+|нужно\s+)?(?:за|до)?плат\w*\s+(?:при\s+выезде|в\s+конце)|"
    r"сколько\s+(?:мне|нам)\s+ещ[её]\s+(?:надо\s+|нужно\s+)?(?:за|до)?плат\w*|(?:ещ[её]|осталось)\s+(?:надо\s+|нужно\s+)?доплатить",
    r"还(?:需要|要|得|应)(?:再)?(?:付|支付|交|补)多少|还欠|あと(?:いくら|どれくらい)(?:払|支払)|残り(?:の)?(?:支払|金額)|"
    r"남은\s*(?:금액|잔액|돈)|얼마\s*남았|(?:تبقى|بقي|يتبقى)\s+(?:عل[يّ]|علينا)",
)), re.IGNORECASE)
# What is left to pay is the balance, whatever money word comes with it ("المبلغ المتبقي" reads close to a deposit).
_LEFT_TO_PAY = compiled(r"\b(?:remaining|left\s+to\s+pay|outstanding|still\s+owe)\b|pendiente|\brestant|\breste\b|"
                          r"\boffen\b|осталось|остаток|剩|残り|남은|المتبقي|متبقي|"
                          # what is owed ("how much do I owe so far?"), said in each language; not "so far" alone,
                          # which asks a line too ("지금까지 조식 요금이 얼마?")
                          r"\bowe\b|\bdeb(?:o|emos)\b|\bdois\b|\bdevons\b|schulde|должн?\w*|欠|払う必要|내야\s*할|المستحق",
                          re.IGNORECASE)


def balance_minor(guest: GuestRecord, currency: str) -> int:
    """The balance the hotel's system states, else the sum of the folio lines."""
    if guest.balance is not None:
        return to_minor(guest.balance, currency)
    return sum(to_minor(line.amount, currency) for line in guest.folio)


def _phrases(item: str) -> tuple[list[str], int, list[tuple[int, int]]]:
    """The question's words and runs, then two-character pieces of Chinese runs; how many are the guest's own
    words (before the pieces); and which words neighbour."""
    found = list(dict.fromkeys(_PHRASE.findall(item)))[:20]
    pieces = [run[i:i + 2] for run in found if _CJK_RUN.fullmatch(run) for i in range(len(run) - 1)]
    return found + pieces[:20], len(found), list(zip(range(len(found)), range(1, len(found)), strict=False))


@functools.lru_cache(maxsize=256)
def _fixed_vectors(embedder: Embedder, texts: tuple[str, ...]) -> np.ndarray:
    """Vectors of what every question about the same folio is read against, embedded once (not in each turn)."""
    return embedder.embed(list(texts))


def _by_meaning(embedder: Embedder, charges: list[FolioLine], item: str) -> list[FolioLine]:
    """The line a phrase of the question means, in any language, else the line the question whole reads as;
    none when nothing stands out. Neighbouring words that each name something ("room service") are tried
    together too."""
    phrases, own, neighbours = _phrases(item)
    kinds = list(dict.fromkeys(line.description for line in charges))  # two room nights are one kind of charge
    if len(kinds) < 2 or not phrases:
        return []
    vectors = embedder.embed([*phrases, item])
    asked, question = vectors[:-1], vectors[-1]
    names = tuple(_LINE_DETAIL.sub("", kind) or kind for kind in kinds)
    fixed = _fixed_vectors(embedder, (*kinds, *(_LINE_ASKED.format(kind) for kind in kinds), *_WHOLE_BILL))
    lines, read = fixed[:len(kinds)], fixed[len(kinds):] @ question
    by_name = _fixed_vectors(embedder, names)
    generic = _fixed_vectors(embedder, _GENERIC_MEANING)
    by_line, whole = read[:len(kinds)], float(read[len(kinds):].max())
    specific = (asked @ generic.T).max(axis=1) < _GENERIC_MAX
    money = generic[:len(_MONEY_MEANING)]
    names_one = ((asked @ money.T).max(axis=1) < _NAME_MONEY_MAX) & (np.arange(len(phrases)) < own)
    together = [(a, b) for a, b in neighbours if specific[a] and specific[b]]
    pairs = [f"{phrases[a]} {phrases[b]}" for a, b in together]
    pair_names = np.array([names_one[a] and names_one[b] for a, b in together], dtype=bool)  # "ランドリー代 請求"
    asked, names_one = asked[specific], names_one[specific]
    if pairs:
        asked = np.vstack([asked, embedder.embed(pairs)])
        names_one = np.concatenate([names_one, pair_names])
    scores = np.where(names_one[:, None], np.maximum(asked @ lines.T, asked @ by_name.T), asked @ lines.T)
    best, best_score = None, _LINE_MIN
    for row in scores:
        order = np.argsort(-row)
        top = row[order[0]]
        if top >= best_score and top - row[order[1]] >= _LINE_MARGIN:
            best, best_score = int(order[0]), top
    if best is None:  # no word names a line: the question whole may, unless it reads as one about the whole bill
        order = np.argsort(-by_line)
        top = by_line[order[0]]
        if top - by_line[order[1]] >= _LINE_MARGIN and top >= whole + _WHOLE_LEAD:
            best = int(order[0])
    return [] if best is None else [line for line in charges if line.description == kinds[best]]


# Where a question ends and another begins ("сколько мы должны? Водитель туда включён?"); not "3.120 rupias".
_QUESTION_END = re.compile(r"(?<=[?？؟])\s*(?=\S)")


def asked_lines(ctx: SkillContext, folio: list[FolioLine], item: str) -> list[FolioLine]:
    """The folio lines a guest's words point at: by amount ("the $35"), by name ("the parking", "the deposit"),
    else by meaning."""
    # by the guest's words, else by the hotel's English for them ("l'acompte": the deposit line)
    lines = lines_named(folio, item) or lines_named(folio, glossary.pivot(item, ctx.language))
    if not lines and _asks_what_is_left(item):  # the balance, no line of it; but "what do we still owe? is the
        questions = _QUESTION_END.split(item.strip())   # driver on it?" asks the driver's line beside it
        asked = [line for question in questions if len(questions) > 1 and question.rstrip()[-1:] in "?？؟" and
                 not _asks_what_is_left(question) for line in asked_lines(ctx, folio, question)]
        return [line for at, line in enumerate(asked) if line not in asked[:at]]
    if lines or ctx.kb is None or not hasattr(ctx.kb, "embedder"):
        return lines
    return _by_meaning(ctx.kb.embedder, [line for line in folio if line.amount != 0], item)


def _asks_what_is_left(text: str) -> bool:
    return bool(_LEFT_TO_PAY.search(text) or STILL_TO_PAY.search(text))


SHORT_WORD = 3  # a word this short names a line only as written ("spa", "bar"), never by likeness


def lines_named(folio: list[FolioLine], item: str) -> list[FolioLine]:
    """The folio lines the guest's words name outright, by amount or by a word of their description; not the
    lines only their meaning comes near (a word the encoder does not know, "fapiao", lands near anything)."""
    charges = [line for line in folio if line.amount != 0]
    amounts = {float(re.sub(r"\D", "", whole) + "." + (cents or "0")) for whole, cents in _AMOUNT.findall(item)}
    lines = [line for line in charges if abs(float(line.amount)) in amounts]
    if lines:
        return lines
    said = [w for w in words(item) if len(w) >= 3 and w not in _GENERIC and not w.isdigit()]

    def named_by(same_start: bool) -> list[FolioLine]:
        return [line for line in charges if any(same_word(w, d) and (not same_start or w[:2] == d[:2])
                                                and (len(w) > SHORT_WORD or w == d)  # "que" is no "Queen"
                                                for w in said for d in words(line.description) if d not in _GENERIC)]
    # "the parking charge": the valet line, not the sparkling water a typo's likeness also reaches
    return named_by(True) or named_by(False)


def run(ctx: SkillContext, args: Args) -> SkillResult:
    """A bill goes only to the phone on the booking: names, room numbers or codes in the message prove nothing."""
    guest = verified_guest(ctx)
    asked_other = args.someone_else or args.reservation and guest is not None \
        and args.reservation.strip().upper() != guest.reservation.upper()
    if guest is None or asked_other:
        return SkillResult(text=say("billing_verify", ctx.language, phone=ctx.hotel.contact.phone),
                           data={"verified": False})
    currency = ctx.hotel.currency
    owed = balance_minor(guest, currency)
    data = {"verified": True, "reservation": guest.reservation, "balance_minor": owed, "currency": currency}
    lines = asked_lines(ctx, guest.folio, args.item) if args.item and args.detail == "balance" else []
    if lines:
        data["lines"] = [{"date": line.date.isoformat(), "description": line.description,
                          "amount_minor": to_minor(line.amount, currency)} for line in lines]
        text = "\n".join([*(say("billing_line", ctx.language, date=long_date(line.date, ctx.language),
                                 description=line.description, amount=money(to_minor(line.amount, currency), currency))
                             for line in lines),
                           say("billing_balance_line", ctx.language, balance=money(owed, currency))])
        return SkillResult(text=_as_recorded(text, ctx.language), data=data)
    if args.detail == "balance":
        return SkillResult(text=say("billing_balance", ctx.language, reservation=guest.reservation,
                                    balance=money(owed, currency)), data=data)
    data["folio"] = [{"date": line.date.isoformat(), "description": line.description,
                      "amount_minor": to_minor(line.amount, currency)} for line in guest.folio]
    lines = [f"• {long_date(line.date, ctx.language)}: {line.description}, {money(row['amount_minor'], currency)}"
             for line, row in zip(guest.folio, data["folio"], strict=True)]
    text = "\n".join([say("billing_folio_intro", ctx.language, reservation=guest.reservation), *lines,
                      say("billing_balance_line", ctx.language, balance=money(owed, currency))])
    return SkillResult(text=_as_recorded(text, ctx.language), data=data)


def _as_recorded(text: str, language: str) -> str:
    """Folio lines are in the billing system's words: said so in the guest's language, when that is another."""
    return text if language == "en" else f"{text} {say('billing_as_recorded', language)}"

SKILL = Skill(
    name="billing_inquiry",
    description="The guest's current balance or itemised bill; only for the guest whose phone matches the reservation.",
    args=Args,
    examples=(  # several per language: the offline brain's router learns the skill from them
        "What's my balance?", "Can you list the charges on my bill?", "How much do I owe?",
        "What's the total on my room so far?", "Could I see what's been charged to my room?",
        "What was the minibar charge on my folio?", "¿Cuánto llevo gastado en la habitación?",
        "¿Me puede enseñar los cargos de mi cuenta?", "Je voudrais voir le détail de ma facture",
        "Combien reste-t-il à payer sur ma chambre ?", "Was steht bisher auf meiner Zimmerrechnung?",
        "Wie viel habe ich noch offen?", "Какая сумма у меня сейчас к оплате?",
        "Покажите, пожалуйста, мой счёт за номер", "我现在一共消费了多少钱？", "能看一下我房间的账单明细吗？",
        "今の時点で部屋の料金はいくらになっていますか？", "請求の明細を見せてください",
        "지금까지 객실 요금이 얼마 나왔나요?", "제 청구 내역 좀 보여 주세요", "كم يبلغ حسابي حتى الآن؟",
        "أريد الاطلاع على تفاصيل فاتورة غرفتي",
        "ما هو رصيد غرفتي الآن؟", "Сколько набежало по моему номеру?",
        "部屋の請求はいくらですか？", "我的账单现在是多少？", "내 방 요금 합계가 얼마예요?",
        # one charge already on the bill, asked in the past ("what did X come to?"), not what X costs
        "How much was I charged for the valet?", "What did the dinner come to on my tab?",
        "Was the massage added to our room?", "How much tax did you add to my stay?",
        "¿Cuánto me cobraron por la lavandería?", "¿Ya me cargaron la cena a la cuenta?",
        "Combien m'avez-vous facturé pour le parking ?", "Le dîner a-t-il été mis sur ma chambre ?",
        "Wie viel wurde mir für das Parken berechnet?", "Ist das Abendessen schon auf unserer Rechnung?",
        "Сколько с меня взяли за парковку?", "Ужин уже записали на мой номер?",
        "洗衣费收了我多少？", "晚餐记到我房账上了吗？", "クリーニング代はいくら請求されましたか？",
        "夕食代は部屋付けになっていますか？", "세탁비가 얼마 청구됐나요?", "저녁 식사가 제 방으로 달렸나요?",
        "كم خصمتم مني مقابل الغسيل؟", "هل أضيف العشاء إلى حساب غرفتي؟",
        # what is left to pay, settling up, the running total in everyday words
        "What's the damage for our stay?", "What's still left for us to pay?",
        "We'd like to settle up, what's the final amount?", "Can I get a rundown of everything I've been charged?",
        "¿Cuánto me queda por pagar?", "Quisiera saldar la cuenta, ¿cuánto sale todo?",
        "Il me reste combien à régler ?", "Je voudrais régler ma note, ça fait combien ?",
        "Was ist auf unserem Zimmer noch offen?", "Ich möchte bezahlen und abreisen, wie hoch ist der Betrag?",
        "Сколько мне ещё осталось заплатить?", "Хочу рассчитаться, какая итоговая сумма?",
        "我还需要付多少钱？", "我想结账，一共多少？", "支払い残高はいくらですか？",
        "精算したいのですが、合計はいくらですか？",
        "남은 금액이 얼마예요?", "계산하고 나가려는데 총 얼마인가요?", "كم تبقى علي أن أدفع؟",
        "أريد أن أسدد ما علي، كم المبلغ؟", "How much is still due on our room?", "What's outstanding on my account?",
        "ルームサービス代はいくらになっていますか？", "كم كلفني العشاء على حساب الغرفة؟",
        "Quanto eu já gastei no quarto?", "Pode me mostrar as cobranças da minha conta?",
        "Quanto falta pagar da nossa estadia?", "Quero ver o saldo da minha conta",
        "Quanto me cobraram pela lavanderia?",
    ),
    run=run,
)
