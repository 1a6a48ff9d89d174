"""Build PodQuest-style pages from parts, for tests that need many distinct, valid pages."""

from __future__ import annotations

ENGLISH = [
    "Good morning and welcome to the harbour hour, where we talk about boats and the people "
    "who mend them.",
    "Today my guest explains why a small shipyard in the north built 120 wooden hulls last "
    "year, and why 62% of them were sold abroad.",
    "She says the secret is patience. Every plank is steamed, bent and left to rest for "
    "three days before anyone drills a hole in it.",
    "Thanks for listening. If you enjoyed this, tell a friend who loves the sea.",
]
CHINESE = [
    "早上好,欢迎收听港口时间,我们聊船,也聊修船的人。",
    "今天的嘉宾解释了北方一家小船厂去年为什么造了120艘木船,其中百分之六十二卖到了国外。",
    "她说秘诀是耐心。每一块木板都要蒸、弯,再放三天,之后才有人在上面钻孔。",
]


def make_page(
    title: str = "Wooden Hulls of the North",
    podcast: str = "The Harbour Hour",
    date: str = "2024/5/3",
    english: list[str] | None = None,
    chinese: list[str] | None = None,
) -> str:
    english = ENGLISH if english is None else english
    chinese = CHINESE if chinese is None else chinese
    return (
        "We're sunsetting PodQuest on 2025-07-28. Thank you for your support!\n"
        "Export Podcast Subscriptions\n"
        f"cover of episode {title}\n\n{title}\n\n{date}\n"
        f"logo of podcast {podcast}\n\n{podcast}\n\n"
        "AI Deep Dive AI Chapters Transcript\n"
        "People\nH\nHanna Berg\nShipwright and host of the harbour hour.\n"
        "Topics\n" + " ".join(chinese) + "\n\nDeep Dive\n\nChapters\n"
        "Why a small yard builds wooden hulls by hand and sells most of them abroad.\n"
        "  • 120 hulls in one year\n  • Most sold abroad\n\n"
        "Shownotes Transcript\n\nTranslations:\n中文\n\n" + "\n\n".join(english) + "\n"
    )
