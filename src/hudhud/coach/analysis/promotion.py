"""Tell a promotional post: prices, discounts, orders, downloads, sign-ups.

Mazen Al-Darrab's advice: prizes and perks grow followers, a feed of nothing but
advertising loses them. The coach counts how much of a business account's posting is
promotion. Patterns run on `normalise`d text, as in `boosts`.
"""

import re

from hudhud.arabic import normalise

COMMERCE = re.compile(
    "|".join(
        (
            r"\b(?:ال|و|ب)?(?:خصم|خصومات|تخفيض|تخفيضات|عروض|كوبون|كوبونات|سعر|اسعار|ريال|جنيه|"
            r"درهم|دينار|للبيع|نبيع|ابيع|متجر|متجرنا|للطلب|اطلب|اطلبوا|اطلبي|اشتري|اشتر|"
            r"اشترك|اشتركوا|اشتراك|باقه|باقات|منتجاتنا|منتجنا|تشكيلتنا|تشكيله|"
            r"سجلوا|احجز|احجزوا|احجزي|الحجز|تسوق|تسوقوا|فروعنا|زورونا)\b",
            r"\b(?:حمل|حملوا|نزل|نزلوا)\s+(?:ال)?تطبيق|\bتوصيل\s+مجاني",
            r"\bعرض\s+(?:خاص|حصري|محدود|لفتره)",
            r"\b(?:لا\s+تفوت|لا\s+تفوتوا|لفتره\s+محدوده|الكميه\s+محدوده|كود|بكود)\b",
            r"\b(?:sale|discount|promo|coupon|shop|order\s+now|buy|price|deal|deals|"
            r"download|subscribe|sign\s+up|book\s+now|link\s+in\s+bio|free\s+shipping)\b",
            r"[$€]\s?\d|\d+\s?(?:ريال|sar|aed)\b",
            r"\b(?:عند|مع)\s+(?:ال)?(?:حجز|شراء|طلب)\b|\bتجربه\s+مجانيه\b",
            r"\b(?:تطبيقنا|متجرنا|عيادتنا|مطعمنا|محلنا|منتجاتنا|خدماتنا)\b",
        )
    )
)


def promotional(text: str) -> bool:
    """Return whether `text` advertises: a price, a discount, an order, a sign-up."""
    return COMMERCE.search(normalise(text)) is not None
