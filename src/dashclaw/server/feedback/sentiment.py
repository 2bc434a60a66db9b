"""Rule-based sentiment and tags for feedback (contract 5.2): pure, keyword lists in one place."""
from __future__ import annotations

POSITIVE = ("great", "good", "excellent", "helpful", "accurate", "works", "fast", "love", "perfect", "thanks",
            "useful", "clear", "nice", "reliable", "correct")
NEGATIVE = ("bad", "wrong", "slow", "broken", "error", "fail", "bug", "crash", "useless", "terrible", "confusing",
            "incorrect", "poor", "hate", "timeout")
TAGS = {
    "performance": ("slow", "latency", "timeout", "fast", "speed", "lag"),
    "accuracy": ("wrong", "incorrect", "mistake", "accurate", "hallucinat", "inaccurate"),
    "ux": ("confusing", "unclear", "intuitive", "hard to use", "ui", "layout"),
    "reliability": ("crash", "broken", "bug", "error", "fail", "flaky", "down"),
    "cost": ("expensive", "cost", "token", "billing", "price", "cheap"),
    "security": ("permission", "credential", "leak", "secret", "unauthorized", "exposed"),
}


def sentiment(rating: int | None, comment: str) -> str:
    """`positive` for ratings 4-5, `negative` for 1-2; otherwise the comment's positive and negative words decide."""
    if rating is not None and rating >= 4:
        return "positive"
    if rating is not None and rating <= 2:
        return "negative"
    text = comment.lower()
    good = sum(word in text for word in POSITIVE)
    bad = sum(word in text for word in NEGATIVE)
    return "positive" if good > bad else "negative" if bad > good else "neutral"


def tags(given: list[str], comment: str) -> list[str]:
    """The caller's tags, then the tags whose keywords the comment contains, each once, in that order."""
    text = comment.lower()
    found = [tag for tag, words in TAGS.items() if any(word in text for word in words)]
    return list(dict.fromkeys([*given, *found]))
