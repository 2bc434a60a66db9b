"""Prompt-injection heuristics: what text an agent is about to read tries to make it do. Pure, no I/O.

The text is first normalised the way an attacker's tricks are undone: compatibility forms folded
(fullwidth letters), zero-width characters dropped, look-alike Cyrillic and Greek letters read as Latin,
case folded. Detectors run on that view; each finding's `position` points back into the original text.
The tricks themselves are findings too (`encoding_evasion`), and base64, hex-escaped and ROT13 payloads
are decoded and scanned again.

Detectors look for an instruction aimed at the model (an override, a new role, a request for its prompt,
a fake chat delimiter), not for alarming words: "ignore the previous error and retry" and "you are now
logged in" are ordinary text. Every pattern is bounded, so a scan is linear in the length of the text.
"""
from __future__ import annotations

import base64
import binascii
import codecs
import re
import unicodedata
from dataclasses import dataclass

CRITICAL, HIGH, MEDIUM = "critical", "high", "medium"
SEVERITY_RANK = {"none": 0, "low": 1, MEDIUM: 2, HIGH: 3, CRITICAL: 4}
RECOMMENDATION = {"none": "allow", "low": "allow", MEDIUM: "warn", HIGH: "warn", CRITICAL: "block"}
MAX_DECODE_DEPTH = 2
MATCHED_PREVIEW = 20

ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e\u034f")
HOMOGLYPHS = str.maketrans({
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s", "ԁ": "d",
    "ɡ": "g", "һ": "h", "ӏ": "l", "ԛ": "q", "ԝ": "w", "ο": "o", "α": "a", "ν": "v", "τ": "t", "ι": "i", "κ": "k",
    "ρ": "p", "υ": "u", "ε": "e", "А": "a", "В": "b", "Е": "e", "К": "k", "М": "m", "Н": "h", "О": "o", "Р": "p",
    "С": "c", "Т": "t", "Х": "x", "Ι": "i", "Α": "a", "Β": "b", "Ε": "e", "Ζ": "z", "Η": "h", "Κ": "k", "Μ": "m",
    "Ν": "n", "Ο": "o", "Ρ": "p", "Τ": "t", "Υ": "y", "Χ": "x", "ℓ": "l",
})
_CONFUSABLE_SCRIPTS = ("CYRILLIC", "GREEK")


@dataclass(frozen=True)
class InjectionPattern:
    name: str
    category: str
    severity: str
    regex: re.Pattern[str]
    hints: frozenset[str] = frozenset()
    """Words of which every match starts with one (empty: always run): a text without any is skipped."""


@dataclass(frozen=True)
class InjectionFinding:
    pattern: str
    category: str
    severity: str
    matched: str
    position: int

    def to_dict(self) -> dict:
        return {"pattern": self.pattern, "category": self.category, "severity": self.severity,
                "matched": self.matched, "position": self.position}


@dataclass(frozen=True)
class InjectionScan:
    findings: tuple[InjectionFinding, ...]

    @property
    def risk_level(self) -> str:
        return max((f.severity for f in self.findings), key=SEVERITY_RANK.__getitem__, default="none")

    @property
    def recommendation(self) -> str:
        return RECOMMENDATION[self.risk_level]

    def categories(self) -> list[str]:
        return list(dict.fromkeys(f.category for f in self.findings))


# Word gaps: 1-3 non-word characters; a few filler words may stand between the parts of a phrase.
_ = r"\W{1,3}"
_FILL = r"(?:\w{1,15}\W{1,3}){0,%d}?"


_LEADING_WORDS: dict[str, frozenset[str]] = {}
"""For each word group built by `_words` from plain words: the first word of each alternative."""


def _words(*alternatives: str) -> str:
    group = "(?:" + "|".join(a.replace(" ", _) for a in alternatives) + ")"
    if all(re.fullmatch(r"[a-z' \-]+", a) for a in alternatives):
        _LEADING_WORDS[group] = frozenset(re.match(r"[a-z]*", a).group(0) for a in alternatives)
    return group


_OVERRIDE_VERBS = _words(
    "ignore", "disregard", "forget", "override", "overwrite", "bypass", "skip", "neglect", "abandon", "discard",
    "set aside", "throw away", "throw out", "do not follow", "don't follow", "dont follow", "stop following",
    "pay no attention to", "no longer follow", "cancel", "erase", "delete", "clear", "drop", "void",
)
_RULE_NOUNS = _words(
    "instructions?", "instructs", "directions?", "directives?", "prompts?", "guidelines?", "guidance", "programming",
    "guardrails?", "constraints?", "restrictions?", "rules?", "commands?", "orders?", "training", "system prompt",
    "system message", "policies", "policy", "safety", "filters?", "limitations?", "boundaries", "protocols?",
    "conditioning", "ethics", "principles",
)
_BEFORE = _words("previous", "prior", "above", "earlier", "preceding", "former", "foregoing", "original", "initial",
                 "old", "past", "existing", "current", "all", "your", "system", "developer", "safety", "any")
_TEMPORAL = _words("previous", "prior", "above", "earlier", "preceding", "foregoing", "before")
_AI = _words("ai", "a i", "assistant", "llm", "language model", "chatbot", "gpt", "chatgpt", "claude", "copilot",
             "model", "bot", "ai agent", "agent ai", "autonomous agent", "gemini", "bard", "automated system")
_UNBOUND = _words("unrestricted", "unfiltered", "uncensored", "unlimited", "unbound", "unchained", "unshackled",
                  "jailbroken", "liberated", "evil", "rogue", "malicious", "amoral", "immoral", "dan", "free")
_LIMITS = _words("restrictions?", "filters?", "filtering", "censorship", "guidelines?", "guardrails?", "limitations?",
                 "limits", "ethics", "morals", "morality", "safeguards?", "rules", "boundaries", "content policy",
                 "policies", "safety measures", "safety protocols?", "safety filters?", "restraints")
_REVEAL = _words("reveal", "show", "print", "display", "output", "repeat", "tell", "give", "share", "leak", "dump",
                 "expose", "write out", "spell out", "recite", "list", "disclose", "paste", "echo", "return",
                 "provide", "send", "type out", "quote", "reply with", "respond with", "answer with", "reply only with",
                 "respond only with", "copy")
_PROMPT = _words("system prompt", "system message", "system instructions?", "initial prompt", "initial instructions?",
                 "original prompt", "original instructions?", "hidden prompt", "hidden instructions?",
                 "secret instructions?", "secret prompt", "confidential instructions?", "developer message",
                 "developer instructions?", "pre-?prompt", "first prompt", "base prompt", "meta prompt",
                 "your instructions", "your prompt", "your rules", "your guidelines", "your directives",
                 "your configuration", "your programming", "instructions you were given",
                 "instructions you received", "prompt you were given") + r"|(?:your|the)" + _ + (_FILL % 2) + _words(
    "system", "hidden", "secret", "initial", "original", "confidential", "internal", "developer", "pre", "underlying",
    "starting", "base") + _ + r"(?:\w{1,15}" + _ + r")?" + _words("prompts?", "instructions?", "messages?", "rules",
                                                            "guidelines", "directives", "configuration", "context")
_NOT_ABOUT_A_TOPIC = r"(?!\W{1,3}(?:for|on|about|regarding|to|of)\b)"
"""`your instructions for the onboarding flow` asks a colleague about a topic, not a model for its prompt."""
_SENSITIVE = _words("credentials?", "passwords?", "secrets?", "api keys?", "keys", "tokens?", "private keys?",
                    "ssh keys?", "session cookies?", "cookies", "conversation history", "conversation", "chat history",
                    "chat logs?", "system prompt", "environment variables", "env vars", "\\.env(?: file)?",
                    "user data", "personal data", "customer data", "emails", "inbox", "files", "database",
                    "contacts", "memory", "wallet", "seed phrase")


_ORDER_WORDS = _words("ignore", "disregard", "must", "always", "never", "reveal", "grant", "obey", "override", "delete",
                      "send", "forward", "administrator", "unrestricted", "evil", "secret", "safety", "priority",
                      "exfiltrate", "approve", "you are", "you're", "jailbreak", "no restrictions", "without restrictions",
                      "do anything", "bypass", "disable", "confidential")
_THEN_ORDER = r"(?=(?:[^\n]|\n(?!\n)){0,160}?\b" + _ORDER_WORDS + r")"
"""A chat delimiter counts when an order follows it in the same paragraph: prompt-format docs only name them."""


def _pattern(name: str, category: str, severity: str, regex: str) -> InjectionPattern:
    hints = next((words for group, words in _LEADING_WORDS.items() if regex.startswith(r"\b" + group)), frozenset())
    return InjectionPattern(name, category, severity, re.compile(regex), hints)


# Patterns run on the normalised, lower-cased view, except those compiled for the case-kept view.
PATTERNS: tuple[InjectionPattern, ...] = (
    # --- instruction override and role hijack ---
    _pattern("ignore_instructions", "role_override", CRITICAL,
             r"\b" + _OVERRIDE_VERBS + _ + (_FILL % 3) + _BEFORE + _ + (_FILL % 2) + _RULE_NOUNS + r"\b"),
    _pattern("ignore_context", "role_override", CRITICAL,
             r"\b" + _OVERRIDE_VERBS + _ + _words("everything", "all", "anything", "whatever", "all of", "the text",
                                                   "the content", "the messages?", "the conversation", "what")
             + _ + (_FILL % 3) + _words("above", "before", "prior", "previously", "earlier", "you were told",
                                          "you have been told", "you've been told", "you know", "you learned",
                                          "so far", "up to now", "until now", "said")),
    _pattern("ignore_temporal_context", "role_override", CRITICAL,
             r"\b" + _OVERRIDE_VERBS + _ + (_FILL % 2) + _TEMPORAL + _
             + _words("messages?", "context", "conversation", "text", "input", "content", "turns?", "chats?") + r"\b"),
    _pattern("task_override", "role_override", CRITICAL,
             r"\b" + _OVERRIDE_VERBS + _ + _words("the", "your", "this", "that", "my", "any") + _ + (_FILL % 2)
             + _words("task", "request", "question", "assignment", "job", "summary", "summarization", "summarisation",
                      "translation", "instructions?", "query", "work")
             + r"\W{1,3}(?:" + _words("above", "you were given", "you've been given", "you have been given", "at hand",
                                      "given to you", "so far") + r"|(?:and" + _ + r"|then" + _ + r")?"
             + _words("instead", "rather", "now do", "now say", "now tell", "now write", "now output", "now print",
                      "now list", "now reveal", "just say", "just output") + r")"),
    _pattern("instructions_revoked", "role_override", CRITICAL,
             r"\b" + _words("your", "all", "the", "any", "all your", "all of your") + _ + _words(
                 "previous", "prior", "original", "earlier", "old", "system", "initial", "current", "existing") + _
             + (_FILL % 1) + _RULE_NOUNS + _ + _words("have been", "has been", "are", "were", "is", "are now", "are hereby")
             + _ + (_FILL % 1) + _words("revoked", "cancelled", "canceled", "void", "voided", "overridden", "replaced",
                                        "deprecated", "outdated", "suspended", "lifted", "removed", "invalid", "nullified",
                                        "rescinded", "disabled", "cleared", "reset", "superseded", "obsolete") + r"\b"),
    _pattern("supersedes_instructions", "role_override", CRITICAL,
             r"\b" + _words("overrides?", "supersedes?", "replaces?", "cancels?", "takes precedence over",
                            "invalidates?", "nullifies", "voids") + _ + (_FILL % 2)
             + _words("previous", "prior", "earlier", "original", "system", "other", "existing", "your", "all") + _
             + (_FILL % 1) + _RULE_NOUNS + r"\b"),
    _pattern("obey_only", "role_override", CRITICAL,
             r"\b" + _words("follow", "obey", "listen to", "take orders from", "answer to") + _ + r"only" + _
             + _words("mine", "me", "my instructions", "my commands", "my orders", "these instructions",
                      "the following", "this message", "the instructions below", "my rules") + r"\b"),
    _pattern("new_instructions", "role_override", CRITICAL,
             r"\b" + _words("new", "updated", "revised", "real", "actual", "true", "override", "replacement", "secret")
             + _ + r"(?:system" + _ + r")?" + _words("instructions?", "directives?", "system prompt", "rules", "orders",
                                                    "task", "objective", "mission") + r"\W{0,3}(?::|are\b|is\b|follow\b)"),
    _pattern("your_new_instructions", "role_override", CRITICAL,
             r"\byour" + _ + _words("new", "real", "actual", "true", "only", "updated") + _
             + _words("instructions?", "directives?", "system prompt", "programming", "orders") + _
             + _words("is", "are", "will be", "is now", "are now")),
    _pattern("your_new_role", "role_override", CRITICAL,
             r"\byour" + _ + _words("new", "real", "actual", "true", "only", "updated") + _
             + _words("role", "task", "objective", "goal", "purpose", "persona", "identity", "mission", "job") + _
             + _words("is", "are", "will be", "is now", "are now") + _ + (_FILL % 6)
             + r"(?:" + _UNBOUND + r"|" + _words("reveal", "leak", "exfiltrate", "ignore", "list every", "list all",
                                                 "output the", "print the", "send all", "email all", "dump", "delete")
             + r")\b"),
    _pattern("reprogrammed", "role_override", CRITICAL,
             r"\byou" + _ + _words("have been", "were", "are being", "'ve been", "are now") + _
             + _words("reprogrammed", "jailbroken", "unlocked", "freed", "liberated", "updated to ignore", "rewired")),
    _pattern("you_are_now", "role_override", CRITICAL,
             r"\byou" + _ + _words("are", "will be", "shall be", "have become") + _ + _words("now", "from now on")
             + _ + (_FILL % 2) + r"(?:" + _UNBOUND + r"|no" + _ + r"longer|an?" + _ + (_FILL % 1) + _UNBOUND
             + r"|(?:in|into)" + _ + (_FILL % 1) + _words("developer", "god", "dan", "jailbreak", "unrestricted", "debug",
                                                          "admin", "sudo", "root", "evil", "chaos", "opposite")
             + _ + r"mode|(?:my|the|a)" + _ + _words("slave", "servant", "puppet", "tool", "accomplice") + r")"),
    _pattern("no_longer_bound", "role_override", CRITICAL,
             r"\byou" + _ + _words("are", "re", "'re") + r"\W{0,3}" + _words("no longer", "not") + _
             + _words("bound by", "restricted by", "limited by", "constrained by", "subject to", "required to follow",
                      "obligated to follow", "an ai", "a language model", "chatgpt", "claude", "an assistant")),
    _pattern("from_now_on", "role_override", CRITICAL,
             r"\b" + _words("from now on", "from this point on", "from this moment", "henceforth", "starting now",
                            "for the rest of this conversation")
             + r"\W{0,3}(?:,\W{0,2})?" + _words("you", "you're", "you are") + _ + (_FILL % 2)
             + _words("act as", "behave as", "behave like", "pretend", "roleplay", "role-play", "ignore", "disregard",
                      "forget", "answer without", "respond without", "operate without", "have no", "are no longer",
                      "play the role", "play", "be an", "be a", "become", "simulate", "obey",
                      "will no longer", "must no longer", "are free", "be dan", "are dan", "obey only", "only obey")),
    _pattern("role_hijack", "role_override", CRITICAL,
             r"\b" + _words("act", "behave", "respond", "function", "operate", "answer", "reply", "speak")
             + _ + r"(?:as|like)" + _ + r"(?:if" + _ + r"you" + _ + _words("were", "are") + _ + r")?"
             + r"(?:an?" + _ + r"|the" + _ + r")?" + (_FILL % 1) + _UNBOUND + _ + (_FILL % 1)
             + _words("ai", "assistant", "model", "version", "chatbot", "persona", "character", "entity", "bot",
                      "intelligence", "system", "agent", "hacker", "twin", "alter ego", "mode")),
    _pattern("claimed_authority", "role_override", HIGH,
             r"\b(?:i" + _ + r"am|i'm|im|this" + _ + r"is)" + _ + r"your" + _
             + _words("developer", "creator", "owner", "programmer", "master", "maker", "admin", "administrator",
                      "operator", "trainer", "system administrator") + r"\b(?!" + _ + r"(?:team|group|of\b|for\b))"),
    _pattern("authority_override", "role_override", CRITICAL,
             r"\b" + _words("system", "admin", "administrator", "developer", "root", "sudo", "emergency", "security",
                            "priority", "master") + _ + r"override" + r"\W{0,3}(?::|-|" + _words(
                 "mode", "code", "enabled", "activated", "engaged", "authorized", "command", "protocol", "in effect",
                 "granted", "initiated", "accepted") + r")"),
    _pattern("message_from_vendor", "role_override", HIGH,
             r"\b" + _words("message", "instructions?", "update", "notice", "directive") + _ + r"from" + _
             + _words("your", "the") + _ + _words("developers?", "creators?", "openai", "anthropic", "system administrator",
                                              "system", "admin team", "model provider")
             + r"\W{0,3}[:\-]"),
    # --- jailbreak templates and context manipulation ---
    _pattern("no_restrictions", "context_manipulation", HIGH,
             r"\b" + _words("answer", "respond", "reply", "act", "behave", "operate", "speak", "talk", "write", "generate",
                            "output", "continue", "proceed", "comply", "you can", "you will", "you must", "you may")
             + _ + (_FILL % 3) + _words("without", "free of", "free from", "ignoring", "bypassing", "regardless of",
                                       "with no", "unbound by", "outside of")
             + _ + (_FILL % 2) + _LIMITS + r"\b"),
    _pattern("unbound_ai", "context_manipulation", HIGH,
             r"\b(?:an?" + _ + r"|the" + _ + r")?" + _words("ai", "assistant", "model", "chatbot", "bot", "version of yourself",
                                                         "persona", "character", "language model")
             + _ + (_FILL % 2) + _words("without", "with no", "with zero", "free of", "free from", "that ignores",
                                        "not bound by", "unbound by", "that has no", "who has no", "with absolutely no")
             + _ + (_FILL % 2) + _LIMITS + r"\b"),
    _pattern("ai_without_limits", "context_manipulation", HIGH,
             r"\b" + _words("you", "ai", "assistant", "model", "chatbot", "dan") + _ + (_FILL % 1)
             + _words("have", "has", "with", "will have", "now have") + _ + _words("no", "zero", "none of the", "free of")
             + _ + (_FILL % 2) + _LIMITS + r"\b"),
    _pattern("disable_safety", "context_manipulation", HIGH,
             r"\b" + _words("disable", "turn off", "switch off", "deactivate", "remove", "bypass", "circumvent",
                            "get around", "evade", "break", "break free of", "escape", "lift", "drop")
             + _ + _words("your", "the", "all", "any", "all of your", "all your", "those", "these") + _ + (_FILL % 1)
             + _words("safety", "content", "ethical", "moral", "openai", "anthropic", "built-in", "programmed") + r"?"
             + r"\W{0,3}" + _LIMITS + r"\b"),
    _pattern("pretend_you_are", "context_manipulation", MEDIUM,
             r"\b" + _words("pretend", "imagine", "suppose", "assume") + _ + r"(?:that" + _ + r")?"
             + _words("you are", "you're", "youre", "you were", "to be", "you have become") + _
             + r"(?:an?|the)" + _ + r"\w{2,}"),
    _pattern("pretend_unbound", "context_manipulation", HIGH,
             r"\b" + _words("pretend", "imagine", "suppose", "assume", "roleplay", "role-play", "act") + _ + (_FILL % 8)
             + _words("no", "without", "not bound by", "free of", "free from") + _ + (_FILL % 2) + _LIMITS + r"\b"),
    _pattern("roleplay_as", "context_manipulation", MEDIUM,
             r"\b" + _words("roleplay", "role-play", "role play") + _ + r"as" + _ + r"(?:an?|the)?\W{0,3}" + (_FILL % 1)
             + _words("ai", "assistant", "chatbot", "model", "hacker", "criminal", "villain") + r"\b"),
    _pattern("jailbreak", "context_manipulation", HIGH,
             r"\b(?:jailbroken|jailbreak" + _ + _words("mode", "prompt", "version", "persona", "enabled", "activated",
                                                      "successful", "the ai", "the model", "yourself", "response")
             + r"|" + _words("do anything now", "always intelligent and machiavellian", "evil confidant", "anti-dan",
                             "better dan", "betterdan", "developer mode enabled", "developer mode output",
                             "stay in character", "never break character", "two responses", "both responses",
                             "classic response", "jailbreak response", "opposite mode", "opposite day",
                             "unfiltered response", "no disclaimers", "without warnings or disclaimers",
                             "token system", "lose tokens", "tokens will be deducted", "broken free of",
                             "typical confines of ai", "avoid norms", "not have to abide by", "doesn't have to abide by",
                             "does not have to abide by", "abide by no rules") + r")\b"),
    _pattern("mode_switch", "context_manipulation", HIGH,
             r"\b" + _words("enable", "enabled", "activate", "activated", "enter", "entering", "switch to", "switching to",
                            "turn on", "engage", "unlock", "unlocked", "you are in", "you're in", "now in", "boot into")
             + _ + r"(?:the" + _ + r")?" + _words("god", "dan", "jailbreak", "unrestricted", "evil", "chaos", "opposite",
                                                  "sudo", "unfiltered", "uncensored", "rogue") + _ + r"mode\b"),
    _pattern("developer_mode", "context_manipulation", HIGH,
             r"\bdeveloper" + _ + r"mode\b" + r"\W{1,3}" + (_FILL % 6)
             + _words("chatgpt", "ai", "assistant", "respond", "response", "generate any", "content polic(?:y|ies)",
                      "ignore", "uncensored", "unfiltered", "openai") + r"\b"),
    _pattern("dan_name", "context_manipulation", HIGH,
             r"(?<![A-Za-z])DAN(?:\W{0,3}(?:mode|prompt|jailbreak|[0-9]{1,2}(?:\.[0-9])?)\b|\W{1,3}(?:stands|has\W{1,3}no|"
             r"can\W{1,3}do|never|doesn't|does\W{1,3}not|will\W{1,3}(?:answer|respond|do))|(?<=as\W)DAN\b)"
             r"|(?:\b(?:as|called|named|be|am|are|you're)\W{1,3})DAN(?![A-Za-z])"),
    _pattern("hypothetical_harm", "context_manipulation", MEDIUM,
             r"\b" + _words("hypothetically", "in a fictional world", "for a novel", "for a story", "in a story",
                            "purely fictional", "for educational purposes only", "as a thought experiment")
             + r"\W{1,3}" + (_FILL % 6) + _words("no rules", "no restrictions", "no laws", "no ethics", "without rules",
                                                 "explain how to", "step-by-step instructions", "how to make",
                                                 "how to build", "how to synthesize", "bypass")),
    # --- system-prompt extraction and data exfiltration ---
    _pattern("show_system_prompt", "data_exfiltration", HIGH,
             r"\b" + _REVEAL + _ + r"(?:me" + _ + r"|us" + _ + r")?" + (_FILL % 5) + r"(?:" + _PROMPT + r")\b"
             + _NOT_ABOUT_A_TOPIC),
    _pattern("what_instructions", "data_exfiltration", HIGH,
             r"\bwhat" + _ + _words("are", "were", "is", "was") + _ + r"(?:your|the)" + _ + (_FILL % 2)
             + _words("instructions", "system prompt", "prompt", "directives", "initial instructions",
                      "original instructions", "hidden instructions", "system message") + r"\b"),
    _pattern("repeat_above", "data_exfiltration", HIGH,
             r"\b" + _words("repeat", "print", "output", "echo", "recite", "copy", "reproduce", "return", "translate")
             + _ + r"(?:back" + _ + r")?" + _words("everything", "all of the text", "all the text", "all text", "the text",
                                                    "the words", "all the words", "all of the words", "the content",
                                                    "the entire conversation", "all previous messages")
             + _ + (_FILL % 2) + _words("above", "before", "preceding", "prior", "so far", "verbatim", "from the start")),
    _pattern("affirmative_prefix", "context_manipulation", HIGH,
             r"\b" + _words("begin", "start", "open", "prefix") + _ + r"(?:your" + _ + r"|the" + _ + r"|each" + _ + r"|every"
             + _ + r")?" + _words("reply", "response", "answer", "output", "message") + _ + r"with" + r"\W{1,4}"
             + _words("sure", "certainly", "of course", "absolutely", "yes", "i will", "i can", "i have been")
             + r"\W{1,3}" + _words("here", "i", "i'll", "i will", "i can", "pwned", "as dan")),
    _pattern("what_were_you_told", "data_exfiltration", HIGH,
             r"\bwhat" + _ + _words("did", "were", "was", "have") + _ + _words("the", "your") + _
             + _words("developers?", "creators?", "operators?", "system", "admins?", "company", "owners?") + _
             + _words("tell", "told", "say", "said", "instruct", "instructed", "give", "gave", "ask", "asked") + _
             + r"you\b"),
    _pattern("prompt_prefix_probe", "data_exfiltration", HIGH,
             r"\b" + _words("starting with", "begin with", "beginning with", "that starts with", "which starts with")
             + r"\W{1,4}" + _words("you are", "your instructions", "system:", "you're a")),
    _pattern("exfiltrate_data", "data_exfiltration", HIGH,
             r"\b" + _words("send", "forward", "email", "e-mail", "post", "upload", "transmit", "exfiltrate", "leak",
                            "copy", "submit", "include", "append", "embed", "encode")
             + _ + (_FILL % 3) + _SENSITIVE + _ + (_FILL % 3) + _words("to", "at", "via", "into", "in")
             + r"\W{1,3}(?:https?://|www\.|[\w.+\-]{1,64}@[\w\-]{1,63}\.|this" + _ + _words("url", "address", "endpoint",
                                                                                         "email", "link", "server",
                                                                                         "webhook")
             + r"|the" + _ + r"following" + r"|my" + _ + _words("server", "email", "webhook", "endpoint", "address")
             + r"|an?" + _ + _words("external", "remote", "attacker", "third-party") + r")"),
    _pattern("markdown_exfiltration", "data_exfiltration", HIGH,
             r"!\[[^\]\n]{0,100}\]\(\s{0,3}https?://[^)\s]{1,300}(?:\{|\$\{|%7b|\[|<)"),
    # --- fake delimiters and chat-template tokens ---
    _pattern("chat_template_token", "delimiter_injection", HIGH,
             r"<\|\s{0,2}(?:im_start|im_end|system|user|assistant|endoftext|begin_of_text|start_header_id|end_header_id|"
             r"eot_id|end|im_sep)\s{0,2}\|>\W{0,12}(?:system|user|assistant)?" + _THEN_ORDER),
    _pattern("inst_tag", "delimiter_injection", HIGH, r"\[/?\s{0,2}(?:inst|sys|system)\s{0,2}\]" + _THEN_ORDER),
    _pattern("sys_header", "delimiter_injection", HIGH, r"<</?\s{0,2}sys\s{0,2}>>" + _THEN_ORDER),
    _pattern("xml_role_tag", "delimiter_injection", HIGH,
             r"</?\s{0,2}(?:system|assistant|sys|system_prompt|system-prompt|instruction|instructions|im_start|im_end|"
             r"admin|developer|tool_call|function_call)(?:\s[^<>]{0,60})?>" + _THEN_ORDER),
    _pattern("fake_role_line", "delimiter_injection", HIGH,
             r"(?m)^\W{0,6}(?:system|assistant|developer|admin|root)(?:" + _ + _words("message", "prompt", "note", "override",
                                                                                      "instruction", "instructions")
             + r")?\W{0,3}:\W{0,3}" + _words("you", "ignore", "disregard", "forget", "from now", "new", "the user",
                                            "do not", "don't", "always", "never", "override", "reveal", "print",
                                            "your", "the assistant", "the ai", "the model", "assistant", "ai", "model",
                                            "execute", "grant", "approve", "all safety", "safety")),
    _pattern("fake_boundary", "delimiter_injection", HIGH,
             r"\b" + _words("end of", "ignore", "close", "exit") + _ + r"(?:the" + _ + r")?"
             + _words("user input", "user message", "document", "context", "prompt", "conversation", "system prompt",
                      "instructions", "data", "email", "tool output", "search results?")
             + r"\W{0,5}(?:-{3,}|={3,}|#{3,}|\*{3,}|\]|>|\})"),
    _pattern("separator_then_instructions", "delimiter_injection", HIGH,
             r"(?:-{5,}|={5,}|#{5,}|\*{5,}|_{5,})\W{0,6}" + _words("system", "new instructions?", "instructions?",
                                                                 "admin", "developer", "important", "assistant",
                                                                 "override")),
    # --- instructions smuggled into content the agent reads (documents, pages, tool output) ---
    _pattern("hidden_instruction", "instruction_smuggling", HIGH,
             r"\b" + _words("hidden", "secret", "invisible", "embedded", "covert") + _
             + _words("instructions?", "commands?", "directives?", "prompts?", "tasks?",
                      "message for the ai", "message to the ai", "message for the assistant") + r"\b"),
    _pattern("addressed_to_ai", "instruction_smuggling", HIGH,
             r"\b" + _words("note", "message", "instructions?", "attention", "important", "reminder", "notice", "hint",
                            "directive", "memo") + _ + r"(?:to|for)" + _ + r"(?:the" + _ + r"|any" + _ + r"|all" + _
             + r"|every" + _ + r")?" + _AI + r"s?\b"),
    _pattern("if_an_ai_reads", "instruction_smuggling", HIGH,
             r"\b" + _words("if", "when", "whenever", "once") + _ + _words("an", "any", "the", "a") + _ + _AI + r"s?" + _
             + _words("processes", "reads", "sees", "is reading", "summarizes", "summarises", "parses", "reviews",
                      "analyzes", "analyses", "ingests", "scans", "evaluates", "screens")),
    _pattern("if_you_are_an_ai", "instruction_smuggling", HIGH,
             r"\bif" + _ + _words("you are", "you're", "youre", "this is being read by", "this is read by", "you happen to be")
             + _ + r"(?:an?" + _ + r"|the" + _ + r")?" + _AI + r"s?\b"),
    _pattern("dear_ai", "instruction_smuggling", HIGH,
             r"(?:^|[\n.!?]\W{0,3}|\b" + _words("dear", "hey", "hi", "hello", "attention", "to") + _ + r")"
             + _words("ai", "assistant", "chatgpt", "claude", "gpt", "llm", "ai agent", "language model", "copilot",
                      "gemini", "bard")
             + r"\W{0,2}[,:!]\W{0,3}" + _words("ignore", "disregard", "forget", "you must", "you should", "please",
                                              "do not", "don't", "your", "you will", "stop", "instead", "now",
                                              "important", "send", "reveal", "print", "execute", "run", "call",
                                              "the user has", "you are", "you have been", "proceed", "transfer",
                                              "delete", "approve", "forward")),
    _pattern("important_override", "instruction_smuggling", HIGH,
             r"(?m)^\W{0,4}" + _words("important", "critical", "urgent", "note", "warning", "override", "admin",
                                     "attention", "system note", "priority") + r"\W{0,3}:\W{0,3}" + (_FILL % 4)
             + _words("ignore", "disregard", "forget", "you must", "assistant", "instead of", "new instructions",
                      "you now", "you are now", "you will", "you answer", "answer to me", "obey", "from now on",
                      "do not tell", "do not inform", "do not reveal", "do not mention", "the ai", "the model",
                      "the assistant", "the agent must", "agents must", "ai agents")),
    _pattern("comment_instruction", "instruction_smuggling", HIGH,
             r"<!--(?:[^-]|-(?!->)){0,400}?" + _words("ignore", "instructions?", "assistant", "ai agents?", "system prompt",
                                                     "you must", "llm", "language model", "disregard")),
    _pattern("lure_reader", "instruction_smuggling", HIGH,
             r"\b" + _words("tell", "instruct", "ask", "urge", "convince", "direct", "advise", "remind", "persuade")
             + _ + r"(?:the" + _ + r"|all" + _ + r")?" + _words("reader", "user", "visitor", "customer", "human", "person")
             + r"s?" + _ + r"(?:to" + _ + r")?" + (_FILL % 2) + _words("visit", "click", "download", "install", "go to",
                                                                     "open", "enter their", "provide their", "transfer",
                                                                     "send", "pay", "follow")
             + r"(?=[^.\n]{0,160}(?:https?://|www\.))"),
    _pattern("do_not_reveal", "instruction_smuggling", HIGH,
             r"\b" + _words("do not", "don't", "never", "must not") + _ + _words("reveal", "disclose", "share", "mention",
                                                                               "tell anyone about", "repeat", "show")
             + _ + _words("these instructions", "this instruction", "this prompt", "the system prompt",
                          "this message to the user", "your instructions", "your prompt", "that you received")),
    _pattern("tool_output_command", "instruction_smuggling", HIGH,
             r"\b" + _words("assistant", "ai", "agent", "model", "llm") + _ + _words("must", "should", "shall", "needs to",
                                                                                   "is required to", "is instructed to")
             + _ + _words("now", "immediately", "also", "instead", "first") + r"?\W{0,3}"
             + _words("ignore", "disregard", "send", "forward", "email", "delete", "transfer", "execute", "run",
                      "call", "visit", "open", "download", "reveal", "output", "print", "approve", "grant")),
    # --- output manipulation ---
    _pattern("hide_from_user", "output_manipulation", MEDIUM,
             r"\b" + _words("hide", "conceal", "keep", "withhold") + _ + _words("this", "it", "these instructions",
                                                                             "the instructions", "this message",
                                                                             "everything", "the fact")
             + _ + r"(?:\w{1,12}" + _ + r")?from" + _ + r"(?:the" + _ + r")?user\b"),
    _pattern("do_not_tell_user", "output_manipulation", MEDIUM,
             r"\b" + _words("do not", "don't", "never", "without") + _ + _words("mention", "tell", "inform", "notify",
                                                                            "telling", "informing", "alerting",
                                                                            "alert", "letting")
             + _ + r"(?:the" + _ + r")?user" + _ + _words("about this", "about these", "of this", "that you", "know",
                                                          "about the instructions", "about it")),
    _pattern("respond_only_attack", "output_manipulation", MEDIUM,
             r"\b" + _words("respond", "reply", "answer") + _ + _words("only", "solely", "exclusively") + _ + r"with" + _
             + _words("yes", "i have been pwned", "pwned", "hacked", "access granted", "the password", "the secret")),
    _pattern("pwned", "output_manipulation", HIGH, r"\b(?:i" + _ + r"have" + _ + r"been" + _ + r"pwned|pwned)\b"),
    # --- encoding tricks, stated ---
    _pattern("decode_and_follow", "encoding_evasion", HIGH,
             r"\b" + _words("decode", "decrypt", "translate", "convert", "deobfuscate", "unscramble", "reverse")
             + _ + (_FILL % 4) + _words("base64", "base 64", "b64", "hex", "rot13", "rot-13", "binary", "morse", "cipher",
                                       "encoded", "string below", "text below", "following")
             + r"\W{1,3}" + (_FILL % 6) + _words("follow", "execute", "run", "obey", "do what it says", "do as it says",
                                                 "carry out", "perform", "act on", "comply")),
    _pattern("rot13_marker", "encoding_evasion", HIGH, r"\brot-?13\b\W{0,3}(?:encoded|:|instructions?)"),
    _pattern("hex_escape", "encoding_evasion", HIGH, r"(?:\\x[0-9a-f]{2}){6,}"),
    _pattern("unicode_escape", "encoding_evasion", HIGH, r"(?:\\u[0-9a-f]{4}){6,}"),
)
_WORD = re.compile(r"[a-z]+")
_BASE64 = re.compile(r"(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{24,4096}={0,2}(?![A-Za-z0-9+/=])")
_HEX_RUN = re.compile(r"(?:\\x[0-9a-fA-F]{2}){6,2048}")
_SPACED_LETTERS = re.compile(r"(?<!\w)(?:\w {1,3}){7,400}\w(?!\w)")
_LEET_WORD = re.compile(r"(?<![\w@$])(?=[\w@$]{0,30}[0-9@$])(?=[\w@$]{0,30}[a-zA-Z])[\w@$]{2,30}")
LEET = str.maketrans("0134578@$", "oieastbas")
_ROT13_SPAN = re.compile(r"(?i)\brot-?13\b\W{0,12}([A-Za-z][A-Za-z ,.'!?]{15,2000})")


def scan(text: str, depth: int = 0) -> InjectionScan:
    """Every injection pattern found in `text` (detectors in table order, matches left to right)."""
    view, positions = normalise(text)
    words = set(_WORD.findall(view))
    findings: list[InjectionFinding] = []
    for pattern in PATTERNS:
        if pattern.hints and pattern.hints.isdisjoint(words):
            continue
        subject = text if pattern.name == "dan_name" else view
        for match in pattern.regex.finditer(subject):
            if _quoted_mention(subject, match.start(), match.end()):
                continue
            start = match.start() if subject is text else positions(match.start())
            findings.append(_finding(pattern.name, pattern.category, pattern.severity, text, start, match.end() - match.start()))
    findings += _evasion_findings(text)
    if depth < MAX_DECODE_DEPTH:
        findings += _decoded_findings(text, depth)
    return InjectionScan(tuple(findings))


_QUOTES = "'\"“”‘’`«»"
_MENTION_NOUNS = re.compile(
    r"\W{0,4}(?:attacks?|injections?|prompts?|phrases?|payloads?|examples?|strings?|jailbreaks?|techniques?|"
    r"tricks?|exploits?|messages?|is a classic|are a classic|style)\b", re.IGNORECASE)


def _quoted_mention(text: str, start: int, end: int) -> bool:
    """A quoted attack phrase that the text talks about ("'ignore previous instructions' attacks"), not one it makes."""
    opening = text[max(0, start - 2):start]
    closing = text[end:end + 40]
    if not any(q in opening for q in _QUOTES):
        return False
    close = next((i for i, c in enumerate(closing) if c in _QUOTES), None)
    return close is not None and bool(_MENTION_NOUNS.match(closing[close + 1:]))


def _finding(name: str, category: str, severity: str, text: str, start: int, length: int) -> InjectionFinding:
    matched = text[start:start + length]
    if len(matched) > MATCHED_PREVIEW:
        matched = matched[:MATCHED_PREVIEW] + "..."
    return InjectionFinding(name, category, severity, matched, start)


def normalise(text: str):
    """(the view detectors read, a function from a view offset to the original offset).

    ASCII text is only lower-cased; other text is folded character by character (NFKC, homoglyphs, zero-width
    characters dropped), so offsets are tracked as the view is built.
    """
    if text.isascii():
        return text.lower(), lambda offset: offset
    pieces: list[str] = []
    origins: list[int] = []
    for index, char in enumerate(text):
        if char in ZERO_WIDTH:
            continue
        folded = char if char.isascii() else unicodedata.normalize("NFKC", char).translate(HOMOGLYPHS)
        for piece in folded.lower():
            pieces.append(piece)
            origins.append(index)
    origins.append(len(text))
    return "".join(pieces), lambda offset: origins[min(offset, len(origins) - 1)]


def _evasion_findings(text: str) -> list[InjectionFinding]:
    """Zero-width characters hidden inside words, and words that mix Latin with look-alike letters."""
    if text.isascii():
        return []
    findings = []
    for match in re.finditer(r"\w[" + "".join(ZERO_WIDTH) + r"]{1,16}\w", text):
        findings.append(_finding("zero_width_characters", "encoding_evasion", HIGH, text, match.start(), len(match.group(0))))
        break
    for match in re.finditer(r"\b\w{2,40}\b", text):
        word = match.group(0)
        if word.isascii():
            continue
        scripts = {_script(char) for char in word if char.isalpha()}
        if "LATIN" in scripts and scripts & set(_CONFUSABLE_SCRIPTS):
            findings.append(_finding("homoglyph_characters", "encoding_evasion", HIGH, text, match.start(), len(word)))
            break
    return findings


def _script(char: str) -> str:
    try:
        return unicodedata.name(char).split(" ", 1)[0]
    except ValueError:
        return ""


_ORDER_IN_PAYLOAD = re.compile(
    r"(?i)\b(?:ignore|disregard|forget|bypass|override|reveal|send|forward|delete|execute|exfiltrate|transfer|"
    r"system prompt|instructions|password|credentials)\b")
"""An encoded payload that decodes to prose holding one of these is an order hidden from a reader."""


def _decoded_findings(text: str, depth: int) -> list[InjectionFinding]:
    """Base64, hex-escaped and ROT13 payloads that hold an injection, or an order, once decoded."""
    findings = []
    for start, decoded, encoded in _decodings(text):
        inner = scan(decoded, depth + 1)
        if inner.findings:
            severity = max((HIGH, inner.risk_level), key=SEVERITY_RANK.__getitem__)
            findings.append(_finding("encoded_injection", "encoding_evasion", severity, text, start, 40))
        elif encoded and len(re.findall(r"[A-Za-z]{2,}", decoded)) >= 3 and _ORDER_IN_PAYLOAD.search(decoded):
            findings.append(_finding("encoded_instruction", "encoding_evasion", HIGH, text, start, 40))
    return findings


def _decodings(text: str):
    """(offset, decoded text, whether it was an encoding proper) for each payload worth a second look."""
    for match in _BASE64.finditer(text):
        payload = match.group(0)
        try:
            raw = base64.b64decode(payload + "=" * (-len(payload) % 4), validate=False)
            decoded = raw.decode("utf-8")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            continue
        if decoded.isprintable() or all(c.isprintable() or c in "\n\r\t" for c in decoded):
            yield match.start(), decoded, True
    for match in _HEX_RUN.finditer(text):
        try:
            yield match.start(), bytes.fromhex(match.group(0).replace("\\x", "")).decode("utf-8"), True
        except (ValueError, UnicodeDecodeError):
            continue
    for match in _ROT13_SPAN.finditer(text):
        yield match.start(1), codecs.decode(match.group(1), "rot_13"), True
    for match in _SPACED_LETTERS.finditer(text):  # "i g n o r e   a l l": letters one space apart, words further
        yield match.start(), re.sub(r" {2,}", " ", re.sub(r"(?<=\w) (?=\w)", "", match.group(0))), False
    offset = 0
    for line in text.split("\n"):  # "1gn0r3 4ll pr3v10us 1nstruct10ns", read line by line
        if len(_LEET_WORD.findall(line)) >= 2:
            yield offset, _LEET_WORD.sub(lambda m: m.group(0).translate(LEET), line), False
        offset += len(line) + 1
