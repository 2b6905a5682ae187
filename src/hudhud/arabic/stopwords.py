"""Words too common to search for: Arabic and English function words.

The Arabic list is curated, not packaged: `arabic-stopwords` (13,465 entries) also drops
content words that people search for (وقت، ساعة، شهر، جنوب، ابن، مرة …), and its inflected
forms are not needed here because a clitic و/ف/ب/ل/ك before a stop word is recognised by
rule (وفي، فهو، لذلك، بهذا). Words are spelled as `normalise` folds them (ه for ة, ي for ى,
ا for أ إ آ, و for ؤ, ي for ئ).

A clitic before a stop word is a stop word too (وفي، فهو، لذلك، بهذا), except in the words
of NOT_STOP, which only look like one (فهم is "understanding", ولي "guardian").

Left out on purpose, being also content words: أم (mother), دول (countries), آية (ايه),
نفس (soul), طيب (kind), عاد (returned). Known casualties: على and the name علي fold to one
spelling; so do إلى and آلي (automatic).
"""


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ARABIC = _words(
    """
    في من الي علي عن مع ل ب ك و ف ا ي ه ال
    منذ حتي حول عبر ضد نحو لدي لدن عند عندما عندي عندك عنده عندها عندهم عندنا دون بدون
    بين خلال قبل بعد فوق تحت امام وراء خلف داخل خارج اثناء حين حينما بينما لدي لديه لديها
    لديهم لدينا لديك لديكم
    هو هي هم هن هما انا انت انتي انتم انتن انتما نحن اياه اياها اياهم اياك اياكم ايانا
    هذا هذه هذي هاذا هاذي هذان هاتان هذين هاتين ذلك تلك ذاك ذا ذي ذو ذات هولاء اولاء اوليك
    هنا هناك هنالك ثمه
    الذي التي الذين اللذان اللتان اللذين اللتين اللاتي اللواتي اللايي اللي
    ان انه انها انهم انهما انك انكم انني انا اني اننا لان لانه لانها لانهم كان كانت كانوا
    كنت كنا كانا يكون تكون يكونوا تكونوا اكون نكون ليس ليست ليسوا لست لسنا صار اصبح اصبحت
    ما ماذا لماذا متي اين كيف كم هل اي ايش وش شو شنو ليش ليه امتي فين وين منين
    لا لم لن لما ليت لعل لولا لو اذا اذ اذن ان كي لكي حيث كلما مهما اينما كيفما
    او ثم بل لكن لكنه لكنها لكنهم ولكن حتي اما الا سوي غير سوف قد لقد تم يتم
    كل كلها كله كلهم بعض بعضهم جميع جميعا كلا كلتا عده
    له لها لهم لهن لهما لك لكم لكن لنا لي به بها بهم بهن بهما بك بكم بنا بي
    عليه عليها عليهم عليك عليكم علينا منه منها منهم منك منكم منا مني عنه عنها عنهم عنك
    عنكم عنا عني فيه فيها فيهم فيك فيكم فينا في اليه اليها اليهم اليك اليكم الينا
    معه معها معهم معك معكم معنا معي
    جدا ايضا فقط الان كذلك هكذا كذا كده كدا هيك مثل مثلا كما حسب وفق بس يعني يا ايها ايتها
    اه اوه اي نعم بلي اجل اوكي
    مش مو مب مافي ماكو فيه عشان علشان لاجل زي دي ده دا هاد هادا هادي هاذا تري ترا
    طبعا فيما فعلا لابد كمان
    """
)

NOT_STOP = frozenset({"فهم", "فلم", "ولي", "والي", "واي", "لله", "ولله", "فلله"})

ENGLISH = _words(
    # Snowball's English stop list, with the URL words that follow a link around.
    """
    i me my myself we our ours ourselves you your yours yourself yourselves he him his
    himself she her hers herself it its itself they them their theirs themselves what which
    who whom this that these those am is are was were be been being have has had having do
    does did doing would should could ought i'm you're he's she's it's we're they're i've
    you've we've they've i'd you'd he'd she'd we'd they'd i'll you'll he'll she'll we'll
    they'll isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't won't
    wouldn't shan't shouldn't can't cannot couldn't mustn't let's that's who's what's here's
    there's when's where's why's how's a an the and but if or because as until while of at
    by for with about against between into through during before after above below to from
    up down in out on off over under again further then once here there when where why how
    all any both each few more most other some such no nor not only own same so than too
    very
    http https www com
    """
)
