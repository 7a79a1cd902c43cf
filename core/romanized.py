"""Chinese and Japanese typed in Latin letters ("zaocan jidian kaishi", "heya no kagi wa doko desu ka"), as guests
text from a phone or a laptop without their own keyboard.

The sentence encoder reads such text as noise and the language models as German or French, so the FAQ finds
nothing and the reply comes in a language the guest never wrote. Written back in the guest's script it is plain
Chinese or Japanese to the rules, the glossary and the encoder (as core.translit does for Russian): pinyin words a
hotel guest uses are looked up (no tones, syllables run together or apart); Japanese words too, and the rest of a
Japanese text by sound: verbs in hiragana, loanwords ("pasuwaado", "chekku auto") in katakana.

A text counts as pinyin or romaji only when most of its words (all but "wifi", a name) spell that language's
syllables and at least two of them are its hotel words or grammar, one a hotel word ("mima", "choshoku"): an English
"mama", "can", "dim sum" or "sake" never is.
"""

from __future__ import annotations

import re

import jaconv

from core.translit import ENGLISH_GLUE

# Pinyin without tones: an initial, then a final ("zhuang", "lv", "er"); "n" and "ng" end a syllable only when no vowel
# follows ("xian" is one syllable, "tingche" is ting+che).
_PINYIN = re.compile(r"^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
                     r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|er|ia|ie|in|iu|"
                     r"ua|uo|ui|un|ve|ue|a|o|e|i|u|v)(?![aeiouv]))+$")
# Hepburn romaji: a consonant doubled before its syllable ("kk" of "chekku"), "n" standing alone.
_ROMAJI = re.compile(r"^(?:(?:([kgsztdhbpmrfjc])(?=\1)|t(?=ch))?"
                     r"(?:ky|gy|sh|ch|ts|ny|hy|by|py|my|ry|j|f|[kgsztdnhbpmyr])?[aeiou]|w[ao]|n(?![aeiouy]))+$")

# Hotel words and grammar in pinyin (toneless, spaces out), each with its characters. The ones English never writes
# and that only Chinese spells so decide the language; a single syllable ("you", "ma") counts only with them.
_ZH_WORDS = dict(pair.split("=") for pair in """
mima=密码 wangluo=网络 wuxian=无线 duoshao=多少 duoshaoqian=多少钱 jiage=价格 feiyong=费用 jidian=几点 shenme=什么
shijian=时间 shihou=时候 shenmeshihou=什么时候 tuifang=退房 ruzhu=入住 banli=办理 zaocan=早餐 wucan=午餐
wancan=晚餐 canting=餐厅 jiudian=酒店 fangjian=房间 tingche=停车 tingchechang=停车场 youyongchi=游泳池
yongchi=泳池 jianshenfang=健身房 anmo=按摩 jichang=机场 jieji=接机 songji=送机 chuzuche=出租车 dache=打车
ditie=地铁 huochezhan=火车站 gaotie=高铁 xingli=行李 jicun=寄存 maojin=毛巾 zhentou=枕头 beizi=被子
reshui=热水 kongtiao=空调 xiyi=洗衣 chongwu=宠物 xiyan=吸烟 chouyan=抽烟 yajin=押金 fapiao=发票 mianfei=免费
shoufei=收费 baohan=包含 yanchi=延迟 tiqian=提前 keyi=可以 nali=哪里 nar=哪儿 zainali=在哪里 zenme=怎么
zenmeyang=怎么样 meiyou=没有 youmeiyou=有没有 women=我们 qingwen=请问 xiexie=谢谢 nihao=你好 mingtian=明天
jintian=今天 zaoshang=早上 wanshang=晚上 xiawu=下午 shangwu=上午 jiaoxing=叫醒 fuwu=服务 songcan=送餐
kafei=咖啡 jiuba=酒吧 pijiu=啤酒 kaimen=开门 guanmen=关门 xuyao=需要 duoyuan=多远 duojiu=多久 xiaoshi=小时
fenzhong=分钟 fujin=附近 yiyuan=医院 yaodian=药店 canguan=参观 menpiao=门票 yuding=预订 dingfang=订房
huanfang=换房 dasao=打扫 weishengzhi=卫生纸 chuifengji=吹风机 chongdianqi=充电器 baoxianxiang=保险箱
""".split())
_ZH_GRAMMAR = dict(pair.split("=") for pair in """
you=有 ma=吗 ne=呢 a=啊 ba=吧 wo=我 ni=你 qing=请 yao=要 xiang=想 zai=在 qu=去 dao=到 cong=从 kai=开 guan=关 de=的
shi=是 ji=几 dian=点 ge=个 yi=一 liang=两 jiu=就 hai=还 ye=也 he=和 han=含 fan=饭 cha=茶 shui=水 yuan=元 kuai=块
""".split())

# Japanese words and grammar in romaji, long vowels as guests drop or double them ("choshoku", "choushoku").
_JA_WORDS = dict(pair.split("=") for pair in """
nanji=何時 choshoku=朝食 chushoku=昼食 yushoku=夕食 heya=部屋 ikura=いくら doko=どこ itsu=いつ nan=何 nani=何
arimasu=あります arimasen=ありません desu=です deshou=でしょう kudasai=ください onegai=お願い onegaishimasu=お願いします
shimasu=します dekimasu=できます dekimasuka=できますか oshiete=教えて ashita=明日 kyo=今日 konban=今晩 yoru=夜
asa=朝 hiru=昼 chushajo=駐車場 eki=駅 kuko=空港 nimotsu=荷物 azukete=預けて azukeru=預ける yoyaku=予約
ofuro=お風呂 furo=風呂 onsen=温泉 kagi=鍵 denwa=電話 kin'en=禁煙 kinen=禁煙 kitsuen=喫煙 ryokin=料金
muryo=無料 yuryo=有料 ryoshusho=領収書 chikatetsu=地下鉄 made=まで kara=から mizu=水 sentaku=洗濯
shokuji=食事 nomimono=飲み物 tabemono=食べ物 kusuri=薬 byoin=病院 chikaku=近く tsukaemasu=使えます
ikemasu=行けます ikitai=行きたい jikan=時間 nanjikan=何時間 dono=どの gurai=ぐらい kurai=くらい
sumimasen=すみません arigato=ありがとう konnichiwa=こんにちは ohayo=おはよう kaishi=開始 owari=終わり
""".split())
_JA_GRAMMAR = dict(pair.split("=") for pair in """
wa=は ga=が wo=を o=を no=の ni=に de=で to=と mo=も ka=か yo=よ ne=ね
""".split())
_ZH_PHRASE_WORDS = 3   # syllables typed apart ("ji dian", "duo shao qian") are joined up to this many words
_WORD = re.compile(r"[A-Za-z']+")
_LATIN_ONLY = re.compile(r"^[\x00-\x7f\u2019\u2018]*$")
_MIN_SAID = 2           # hotel words and grammar a text needs, one of them a word of its own
_MAX_OTHER_SHARE = 0.5  # words that spell no syllable of the language ("wifi", a name): at most this share


def _long_vowels_dropped(word: str) -> str:
    """A romaji word as the lexicon spells it: "choushoku", "chuushajou", "kuukou" written "choshoku", "chushajo"."""
    return re.sub(r"([aeiou])\1|ou", lambda m: m.group(0)[0], word)


def _spans(words: list[str], lexicon: dict[str, str], key=lambda w: w) -> list[tuple[int, int, str]]:
    """The lexicon's words in the text, longest first, each as (first word, past last word, characters): several
    words run together ("ji dian" is "jidian") when the lexicon has them so."""
    found, at = [], 0
    while at < len(words):
        for n in range(min(_ZH_PHRASE_WORDS, len(words) - at), 0, -1):
            joined = key("".join(words[at:at + n]))
            if joined in lexicon:
                found.append((at, at + n, lexicon[joined]))
                at += n
                break
        else:
            at += 1
    return found


def _words(text: str) -> list[str]:
    return [w.lower().strip("'") for w in _WORD.findall(text)]


def _score(words: list[str], syllables: re.Pattern[str], own: dict[str, str], grammar: dict[str, str],
           key=lambda w: w) -> int:
    """How many of the words are the language's hotel words or grammar, 0 unless the text can be that language."""
    if not words or (ENGLISH_GLUE - grammar.keys()) & set(words):  # "you" is Chinese too (有)
        return 0
    other = [w for w in words if not syllables.match(key(w))]
    if len(other) > _MAX_OTHER_SHARE * len(words):
        return 0
    spans = _spans(words, own | grammar, key)
    said = [chars for _, _, chars in spans]
    if len(said) < _MIN_SAID or not any(chars in own.values() for chars in said):
        return 0
    return len(said)


def romanized_language(text: str) -> str | None:
    """"zh" for pinyin, "ja" for romaji, else None; the language whose words the text uses more."""
    if not _LATIN_ONLY.match(text):
        return None
    words = _words(text)
    zh = _score(words, _PINYIN, _ZH_WORDS, _ZH_GRAMMAR)
    ja = _score(words, _ROMAJI, _JA_WORDS, _JA_GRAMMAR, _long_vowels_dropped)
    if zh == ja:
        return None
    return "zh" if zh > ja else "ja"


# The endings of a verb's polite, past, wanting and te forms ("nakushimashita", "yonde"): a Japanese word, in hiragana.
_VERB = re.compile(r"(?:masu|mashita|masen|mashou|tai|tte|nde|ite|shite)$")


def _kana(word: str) -> str:
    """A romaji word written by sound: a verb in hiragana, any other word (a loanword most likely) in katakana, a
    doubled vowel as the long mark ("pasuwaado": パスワード)."""
    if _VERB.search(word):
        return jaconv.alphabet2kana(word)
    return jaconv.hira2kata(jaconv.alphabet2kana(re.sub(r"([aeiou])\1", r"\1-", word))).replace("-", "ー")


def in_script(text: str, language: str, keep: frozenset[str] = frozenset()) -> str:
    """A pinyin or romaji text written in Chinese or Japanese: its hotel words and grammar in their characters,
    the rest of a Japanese text in katakana by sound; words in `keep` (the hotel's names, "wifi") and any other
    word stay as typed."""
    chinese = language == "zh"
    lexicon = _ZH_WORDS | _ZH_GRAMMAR if chinese else _JA_WORDS | _JA_GRAMMAR
    key = (lambda w: w) if chinese else _long_vowels_dropped
    tokens = _WORD.findall(text)
    words = [t.lower().strip("'") for t in tokens]
    pieces: list[str | None] = list(tokens)
    for start, end, chars in _spans(words, lexicon, key):
        if not any(w in keep for w in words[start:end]):
            pieces[start:end] = [chars, *[None] * (end - start - 1)]
    if not chinese:
        pieces = [_kana(w) if p == t and w not in keep and _ROMAJI.match(w) else p
                  for p, t, w in zip(pieces, tokens, words, strict=True)]
    out, at, n = [], 0, 0
    for m in _WORD.finditer(text):
        piece = pieces[n]
        n += 1
        if piece is not None:  # a word run into the one before it ("ji dian") leaves no space
            out.append(text[at:m.start()])
            out.append(piece)
        at = m.end()
    out.append(text[at:])
    joined = "".join(out)
    # Characters are not spaced apart; a Latin word keeps its spaces.
    return re.sub(r"(?<=[\u3040-\u30ff\u4e00-\u9fff])\s+(?=[\u3040-\u30ff\u4e00-\u9fff])", "", joined)


# Hindi written in Latin letters ("checkout kitne baje hai?") and Arabic in Latin letters with digits for the
# letters Latin lacks ("chhal l'ftour 3afak": 3 is ع, 7 is ح, 9 is ق), each word or phrase with its English. The
# concierge does not speak Hindi, and reads no Arabizi; their writers read English, which they mix in, so such a
# message is answered in English and read in English words. Two of a lexicon's words at least decide it (one may be a
# name); the words in `_ALSO` ("ko", "se", "tak", "fi") are too common elsewhere to, and are written out only then.
HINGLISH = dict(pair.split("=") for pair in """
hai=is hain=are kya=what kitna=how_much kitne=how_much kitni=how_much baje=o'clock mein=in nahi=not nahin=not
aur=and bhi=also sakte=can sakta=can sakti=can chahiye=need karo=do karna=do karenge=will_do raat=night
subah=morning kal=tomorrow aaj=today bhai=_ yaar=_ accha=ok acha=ok theek=fine thik=fine hoga=will_be hogi=will_be
milega=available milegi=available wala=_ wali=_ kahan=where kaise=how kab=when kyun=why mujhe=I humko=us
hamara=our hamare=our aapka=your apka=your aap=you koi=any kuch=some padega=must jaye=go jayega=go jana=go
rakh=keep rakhna=keep bhej=send bhejo=send dijiye=please_give batao=tell bataiye=tell sasta=cheap mehenga=expensive
khana=food paani=water thoda=a_little bahut=very abhi=now jaldi=early
""".split())
ARABIZI = dict(pair.split("=") for pair in """
chhal=how_much ch7al=how_much shhal=how_much sh7al=how_much bchhal=how_much b9ach=how_much 9addach=how_much
gedash=how_much taman=price tamane=price thaman=price tman=price dyal=of dial=of 7ammam=hammam 7emmam=hammam
7amam=hammam 3afak=please afak=please fadlak=please fadlik=please sama7t=please wach=is_there wash=is_there
wesh=is_there kayn=there_is kayen=there_is kaina=there_is fih=there_is feen=where fein=where wain=where wein=where
imta=when emta=when waqtach=what_time wa9tach=what_time sa3a=hour sa3at=hours lyoum=today elyom=today
ghedda=tomorrow bukra=tomorrow bokra=tomorrow ftour=breakfast ftor=breakfast fotor=breakfast 3cha=dinner
3asha=dinner ghorfa=room ghurfa=room makla=food mssba7=morning sba7=morning lila=night bghit=I_want
bghina=we_want abghi=I_want biddi=I_want baddi=I_want 3ayez=I_want momkin=can mumkin=can yemken=can imken=can
mezyan=good zwin=good choukran=thanks chokran=thanks shukran=thanks shokran=thanks tomobil=car siyara=car
3andkom=you_have 3andkum=you_have 3ndkom=you_have 3andek=you_have 3indak=you_have 3indkum=you_have
matar=airport machi=not mashi=not bzaf=a_lot bezzaf=a_lot ktir=a_lot chwiya=a_little shwaya=a_little
""".split())
_ALSO = dict(pair.split("=") for pair in """
kitne_baje=what_time kitne_ka=how_much kitne_ki=how_much ko=to se=from tak=until khula=open ka=of ki=of ke=of
fin=where fi=in kam=how_much
""".split())
READ_IN_ENGLISH = 2
_ARABIZI_DIGIT = re.compile(r"[a-z][2379]|[2379][a-z]", re.IGNORECASE)
_ENGLISH_OF = {k.replace("_", " "): v.replace("_", " ").strip() for k, v in (HINGLISH | ARABIZI | _ALSO).items()}
_SAID = re.compile(r"(?<![\w'])(?:(?:l|el)(?=\w{4}))?(" + "|".join(sorted(
    (k.replace("_", r"\s+") for k in _ENGLISH_OF), key=len, reverse=True)) + r")(?![\w'])", re.IGNORECASE)


def hinglish(text: str) -> bool:
    """Whether a text in Latin letters is Hindi, or Hindi mixed with English: two of its words are Hindi's."""
    return len(HINGLISH.keys() & {w.lower() for w in _WORD.findall(text)}) >= READ_IN_ENGLISH


def arabizi(text: str) -> bool:
    """Whether a text in Latin letters is Arabic: two of its words are Arabic's as typed so, one with a digit for a
    letter ("l7ammam") or three of them ("wach kayn ftour")."""
    words = [re.sub(r"^(?:l|el)(?=\w{4})", "", w.lower()) for w in re.findall(r"[A-Za-z0-9']+", text)]
    said = [w for w in words if w in ARABIZI]
    return len(said) >= READ_IN_ENGLISH + (not any(_ARABIZI_DIGIT.search(w) for w in said))


def read_in_english(text: str) -> bool:
    """Whether a text is Hindi or Arabic in Latin letters, answered and read in English."""
    return hinglish(text) or arabizi(text)


def in_english(text: str) -> str:
    """A Hinglish or Arabizi text with its Hindi or Arabic words in English ("pool kitne baje tak khula hai?" ->
    "pool what time until open is?"): enough for the rules and the encoder, which read the English words it carries."""
    said = _SAID.sub(lambda m: _ENGLISH_OF[" ".join(m.group(1).lower().split())], text)
    return " ".join(said.split())
