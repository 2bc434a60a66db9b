"""Recognisers for secrets and personal data in free text: the one detector set that redaction and the
security scanner share. Pure functions, no I/O.

A detector is a bounded regular expression, an optional validator that rejects look-alikes (a Luhn or
mod-97 checksum, a phone number that `phonenumbers` says cannot exist, a placeholder such as
`YOUR_API_KEY`), and lower-case hints: a text holding none of a detector's hints is never scanned by it.

Scanning is linear in the length of the text (see `core/redaction.py` for the rules every pattern
follows): every quantifier is bounded, and patterns that could start anywhere inside a long run of
letters or digits start only at its first character (a look-behind refuses the rest), so each character is
examined by a bounded number of attempts.

Where two detections overlap, the detector listed first wins (more specific before more general, secrets
before personal data), so a card number is not also a phone number and a database URL's password is not
also an e-mail address.
"""
from __future__ import annotations

import ipaddress
import math
import re
from dataclasses import dataclass
from typing import Callable, Iterable

import phonenumbers

SECRET, PII = "secret", "pii"
CRITICAL, HIGH, MEDIUM, LOW = "critical", "high", "medium", "low"
MIN_SECRET_LENGTH = 6
"""Shorter strings cannot hold anything a detector below finds."""


@dataclass(frozen=True)
class Detector:
    name: str
    category: str
    kind: str
    severity: str
    regex: re.Pattern[str]
    hints: tuple[str, ...] = ()
    """Lower-case text of which every match holds at least one (empty: always scanned)."""
    valid: Callable[[re.Match[str]], bool] | None = None


@dataclass(frozen=True)
class Detection:
    detector: Detector
    start: int
    end: int


def detect(text: str, kinds: Iterable[str] = (SECRET, PII)) -> list[Detection]:
    """Every secret and personal datum in `text`, left to right, without overlaps."""
    if len(text) < MIN_SECRET_LENGTH:
        return []
    wanted = set(kinds)
    accepted: list[Detection] = []
    for index in sorted(_candidates(folded_text(text))):  # in DETECTORS order: the more specific first
        detector = DETECTORS[index]
        if detector.kind not in wanted:
            continue
        found = [
            Detection(detector, *match.span()) for match in detector.regex.finditer(text)
            if detector.valid is None or detector.valid(match)
        ]
        if found:
            accepted = _merged(accepted, found)
    return accepted


def _merged(accepted: list[Detection], found: list[Detection]) -> list[Detection]:
    """`accepted` plus the detections of `found` that overlap none of it; both lists are ordered and
    disjoint, so one pass over each suffices (the scan stays linear however many detections there are)."""
    merged: list[Detection] = []
    index = 0
    for candidate in found:
        while index < len(accepted) and accepted[index].end <= candidate.start:
            merged.append(accepted[index])
            index += 1
        if index < len(accepted) and accepted[index].start < candidate.end:
            continue  # an earlier, more specific detector already claimed part of it
        merged.append(candidate)
    merged.extend(accepted[index:])
    return merged


def replace(text: str, detections: list[Detection], replacement: Callable[[Detection, str], str]) -> str:
    """`text` with each detection (as `detect` returns them: ordered, disjoint) replaced."""
    parts: list[str] = []
    position = 0
    for found in detections:
        parts.append(text[position:found.start])
        parts.append(replacement(found, text[found.start:found.end]))
        position = found.end
    parts.append(text[position:])
    return "".join(parts)


def folded_text(text: str) -> str:
    """`text` in lower case, so that whatever a case-insensitive pattern matches holds its hints verbatim.

    Besides `str.lower()`, `(?i)` takes `ı` for `i`, `ſ` for `s`, and `İ` (which lowers to `i` plus a
    combining dot) for `i`.
    """
    lowered = text.lower()
    if lowered.isascii():
        return lowered
    return lowered.replace("ı", "i").replace("ſ", "s").replace("\u0307", "")


# ------------------------------------------------------------------------------------------ validators

_PLACEHOLDER = re.compile(
    r"(?i)x{4}|\*{3}|\.{3}|<[^<>]{0,40}>|^<|\$\{[\w.:\- ]{1,64}\}|\$\{\{|\{\{[\w.\s|$\-]{1,64}\}\}|%\(|\byour[_\- ]|_here\b|"
    r"placeholder|dummy|redacted|changeme|replace[_\- ]?me|insert[_\- ]|fake|example[_\-](?:key|token|secret|password)"
)
_REFERENCE = re.compile(
    r"(?i)^(?:os\.|process\.env|env\b|getenv|environ|settings\.|config\.|secrets\.|vault|self\.|this\.|\$[\w{(]|%|https?://|"
    r"none|null|nil|true|false|undefined|required|optional|string|str|password|secret|token|\*+|\[)"
)
_NOT_A_SECRET_VALUE = re.compile(
    r"(?i)^[0-9:./\-]+$|[\w\-]-v?[0-9]+(?:\.[0-9]+){1,3}$|\.(?:pem|key|crt|cer|p12|pfx|jks|json|ya?ml|txt|env|ini|conf|cfg|"
    r"keytab|keystore|properties|xml|js|py|sh)$|^[^@\s]{1,64}@[^@\s]{1,253}\.[A-Za-z]{2,24}$|^(?:/|~/|\./|\.\./)"
)
"""Dates, times and plain numbers, artifact names ending in a version, file names, paths and e-mail addresses."""


def _entropy(value: str) -> float:
    counts: dict[str, int] = {}
    for char in value:
        counts[char] = counts.get(char, 0) + 1
    return -sum(n / len(value) * math.log2(n / len(value)) for n in counts.values())


def _not_placeholder(match: re.Match[str]) -> bool:
    value = match.group(0)
    if _PLACEHOLDER.search(value):
        return False
    body = re.sub(r"[^A-Za-z0-9]", "", value)
    return len(set(body)) > 4  # AKIAAAAAAAAAAAAAAAAA, sk-000000000000000000000


def _pem_body(match: re.Match[str]) -> bool:
    """A real key has a body; `-----BEGIN PRIVATE KEY-----\n...\n-----END...` in documentation does not."""
    return len(re.findall(r"[A-Za-z0-9+/=]", match.group(0))) >= 60


DUMMY_PASSWORDS = frozenset("password pass passwd pwd secret changeme user username admin test example foo bar".split())


def _url_password(match: re.Match[str]) -> bool:
    return _not_placeholder(match) and match.group("value").lower() not in DUMMY_PASSWORDS


_SETTING_SUFFIX = re.compile(
    r"(?i)(?:name|ids?|type|ref|file|path|dir|length|len|size|count|url|uri|endpoint|policy|expiry|expires|ttl|timeout|"
    r"version|format|field|header|hash|alg|algorithm|mode|enabled|required|prefix|label|seconds|minutes|hours|days|ms)$"
)
_PUBLIC_NAME = re.compile(r"(?i)(?:public|publishable)[_\-.]?$")


def _secret_value(match: re.Match[str]) -> str:
    """The value a detector with several alternatives found: its first named group that matched, besides `suffix`."""
    return next(text for name, text in match.groupdict().items() if text is not None and name != "suffix")


def _assigned_secret(match: re.Match[str]) -> bool:
    """A value assigned to a secret-sounding name: real-looking, not a placeholder, a variable or a setting."""
    value = _secret_value(match)
    if _PLACEHOLDER.search(value) or _REFERENCE.match(value) or _NOT_A_SECRET_VALUE.search(value) or len(set(value)) < 4:
        return False
    if re.search(r"\(.*\)|\[.*\]|[(\[]$|^[)\]]|[)\]]$", value) or value.lower() in DUMMY_PASSWORDS:
        return False  # a call such as get_secret("db") or a lookup such as request.json["key"]
    if _PUBLIC_NAME.search(match.string[max(0, match.start() - 12):match.start()]):
        return False  # public_key, publishableKey: published on purpose
    suffix = match.groupdict().get("suffix")
    if suffix:  # password_policy, token_expiry: settings about a secret, not one
        if suffix[0] not in "_-." and not (suffix in ("s", "S") or suffix[0].isupper()):
            return False  # passwordless, tokenizer: another word (camelCase mySecretString and plurals are kept)
        if _SETTING_SUFFIX.search(suffix):
            return False
        return _entropy(value) >= 3.0 and bool(re.search(r"[0-9]", value))
    return True


def _mixed_secret(match: re.Match[str]) -> bool:
    """A value named in prose ("my password is ..."): it must hold a digit or a symbol, not only letters."""
    value = _secret_value(match)
    return _assigned_secret(match) and bool(re.search(r"[0-9!@#$%^&*_+=?~-]", value)) and not value.isdigit()


def _generic_key(match: re.Match[str]) -> bool:
    """A key or token: long and varied enough (a digit, or at least 24 characters) to be generated."""
    value = _secret_value(match)
    return _assigned_secret(match) and _entropy(value) >= 3.0 and bool(re.search(r"[0-9]", value) or len(value) >= 24)


def _cli_secret(match: re.Match[str]) -> bool:
    """A password given on a command line; a `--token`, `--secret` or `--api-key` option's value must look generated."""
    if match.group("option") is not None and not re.search(r"(?i)pass|pwd", match.group(0)):
        return _generic_key(match)
    return _assigned_secret(match)


def _config_secret(match: re.Match[str]) -> bool:
    """A secret in an XML setting; an element's text must hold a digit or a symbol (`<tokenType>Bearer</...>` does not)."""
    return _mixed_secret(match) if match.group("element") is not None else _assigned_secret(match)


def _luhn(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        number = int(char)
        if index % 2:
            number *= 2
            if number > 9:
                number -= 9
        total += number
    return total % 10 == 0


_CARD_PREFIX = re.compile(r"4|5[0-8]|2[2-7]|3[47]|3(?:0[0-5]|09|[5689])|6|1(?=[0-9]{14}$)")
"""Issuer prefixes: Visa, Mastercard and Maestro, Mir and Mastercard's 2-series, Amex, Diners, JCB, Discover,
UnionPay, RuPay and Maestro, and UATP (15 digits)."""


def _card(match: re.Match[str]) -> bool:
    value = match.group(0)
    separators = set(re.sub(r"\d", "", value))
    if len(separators) > 1:
        return False
    digits = re.sub(r"\D", "", value)
    return 13 <= len(digits) <= 19 and bool(_CARD_PREFIX.match(digits)) and len(set(digits)) > 1 and _luhn(digits)


IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29, "CH": 21,
    "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FO": 18,
    "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23,
    "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LI": 21, "LT": 20, "LU": 20, "LV": 21,
    "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28,
    "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "TN": 24,
    "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "BY": 28, "TL": 23, "SC": 31, "LC": 32, "ST": 25, "SV": 28,
    "BI": 27, "DJ": 27, "LY": 25, "SD": 18, "RU": 33, "FK": 18, "MN": 20, "SO": 23, "OM": 23, "YE": 30, "HN": 28,
}
"""The IBAN registry's length per country."""


def _iban(match: re.Match[str]) -> bool:
    compact = match.group(0).replace(" ", "").upper()
    if IBAN_LENGTHS.get(compact[:2]) != len(compact):
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(char, 36)) for char in rearranged)) % 97 == 1


def _ssn(match: re.Match[str]) -> bool:
    area, group, serial = match.group("area"), match.group("group"), match.group("serial")
    return area not in ("000", "666") and not area.startswith("9") and group != "00" and serial != "0000"


_NINO = re.compile(r"(?:(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]|QQ)[0-9]{6}[A-D]")
"""A National Insurance number's shape (QQ is HMRC's own example prefix)."""


def _labelled_id(match: re.Match[str]) -> bool:
    """Enough digits to be an id (or India's PAN shape); a National Insurance number must also be well formed."""
    value = match.group("value")
    label = match.string[match.start():match.start("value")]
    compact = re.sub(r"[ \-]", "", value).upper()
    if re.search(r"(?i)nino|insurance", label) and re.fullmatch(r"[A-Z]{2}[0-9]{6}[A-Z]", compact):
        return bool(_NINO.fullmatch(compact))
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{1,2}[./\-][0-9]{1,2}[./\-][0-9]{2,4}", value):
        return False  # a date ("id card issued 2019-04-02")
    return sum(char.isdigit() for char in value) >= 6 or bool(re.fullmatch(r"[A-Z]{5}[0-9]{4}[A-Z]", value))


def _cpf(match: re.Match[str]) -> bool:
    """Brazil's CPF: two check digits, each a weighted sum mod 11."""
    digits = [int(char) for char in re.sub(r"\D", "", match.group(0))]
    if len(set(digits)) == 1:
        return False
    for size in (9, 10):
        total = sum(digit * weight for digit, weight in zip(digits, range(size + 1, 1, -1)))
        if (total * 10) % 11 % 10 != digits[size]:
            return False
    return True


def _spanish_id(match: re.Match[str]) -> bool:
    """Spain's DNI and NIE: the letter is the number mod 23."""
    value = match.group(0).upper().replace("-", "")
    number = str("XYZ".index(value[0])) + value[1:-1] if value[0] in "XYZ" else value[:-1]
    return "TRWAGMYFPDXBNJZSQVHLCKE"[int(number) % 23] == value[-1]


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16,
                    10, 22, 25, 24, 23]))


def _codice_fiscale(match: re.Match[str]) -> bool:
    """Italy's codice fiscale: the last letter checks the first fifteen characters."""
    value = match.group(0).upper()
    total = sum(_CF_ODD[char] if index % 2 == 0 else int(char) if char.isdigit() else ord(char) - 65
                for index, char in enumerate(value[:15]))
    return chr(65 + total % 26) == value[15]


_FILE_SUFFIXES = frozenset("png jpg jpeg gif svg webp ico js mjs ts tsx jsx css scss py rb go rs java json yaml yml txt md html".split())


def _email(match: re.Match[str]) -> bool:
    local, _, domain = match.group(0).rpartition("@")
    if match.string[max(0, match.start() - 3):match.start()].endswith(("//", ":/")):
        return False  # https://key@host: a URL's user part
    if local.startswith(".") or local.endswith(".") or ".." in local:
        return False
    if domain.rsplit(".", 1)[-1].lower() in _FILE_SUFFIXES:
        return False  # icon@2x.png
    following = match.string[match.end():match.end() + 1]
    return following != ":" or local.lower() != "git"  # git@github.com:org/repo is an SSH address


_VERSION_WORDS = re.compile(r"(?i)\b(?:version|release|build|ver\.?|sdk|oid|v)\s{0,2}$")


def _ipv4(match: re.Match[str]) -> bool:
    return not _VERSION_WORDS.search(match.string[max(0, match.start() - 10):match.start()])


def _ipv6(match: re.Match[str]) -> bool:
    value = match.group(0)
    if value.count(":") < 2 or len(value) < 6:
        return False
    try:
        ipaddress.IPv6Address(value)
    except ValueError:
        return False
    return True


PHONE_REGIONS = ("US", "GB")
"""Where a number written without a country code is looked up (`+` numbers are read anywhere)."""
LABELLED_PHONE_REGIONS = PHONE_REGIONS + (
    "CA", "AU", "NZ", "IE", "DE", "AT", "CH", "FR", "BE", "NL", "LU", "ES", "PT", "IT", "SE", "NO", "DK", "FI", "PL", "CZ",
    "HU", "RO", "GR", "TR", "RU", "UA", "IL", "AE", "SA", "EG", "ZA", "NG", "KE", "IN", "PK", "CN", "HK", "TW", "JP",
    "KR", "SG", "MY", "ID", "PH", "TH", "VN", "BR", "MX", "AR", "CO", "CL", "PE",
)
"""Also tried when the text calls it a phone number ("tel. 030 901820")."""
_PHONE_WORDS = re.compile(
    r"(?i)(?:phone|\btel|mobile|\bcell|call|fax|whatsapp|sms|\btext|contact|number|\bph|telefon|tél[ée]phone|\btél|"
    r"teléfono|telefone|telefono|handy|móvil|movil|celular|cellulare|portable|\bmobil|\bbel|\bring|電話|电话|手机)\W{0,4}$"
)


def _phone(match: re.Match[str]) -> bool:
    candidate = match.group(0)
    if len(candidate) < 7:
        return False
    digits = re.sub(r"\D", "", candidate)
    if not 7 <= len(digits) <= 15:
        return False
    labelled = bool(_PHONE_WORDS.search(match.string[max(0, match.start() - 16):match.start()]))
    if not labelled and not candidate.startswith("+") and not re.search(r"[\s.()\-]", candidate):
        return False  # a bare run of digits is a phone number only when the text says so
    if candidate.startswith("+"):  # an international number only has to be possible (fictional ranges too)
        return _parses(candidate, None, phonenumbers.is_possible_number)
    if len(digits) < 10 and not labelled:
        return False
    regions = LABELLED_PHONE_REGIONS if labelled else PHONE_REGIONS
    return any(_parses(candidate, region, phonenumbers.is_valid_number) for region in regions)


def _parses(candidate: str, region: str | None, check: Callable[[phonenumbers.PhoneNumber], bool]) -> bool:
    try:
        return check(phonenumbers.parse(candidate, region))
    except phonenumbers.NumberParseException:
        return False


# ------------------------------------------------------------------------------------------- detectors


def _detector(name: str, category: str, kind: str, severity: str, regex: str, *hints: str,
              valid: Callable[[re.Match[str]], bool] | None = None) -> Detector:
    return Detector(name, category, kind, severity, re.compile(regex), hints, valid)


def _secret(name: str, category: str, severity: str, regex: str, *hints: str, valid=_not_placeholder) -> Detector:
    return _detector(name, category, SECRET, severity, regex, *hints, valid=valid)


def _pii(name: str, category: str, severity: str, regex: str, *hints: str, valid=None) -> Detector:
    return _detector(name, category, PII, severity, regex, *hints, valid=valid)


_ASSIGN = r"(?:['\"\]]{0,2}\s{0,16}(?::=|=>|==?|:)\s{0,16}@?['\"`]?|['\"]\s{0,4},\s{0,4}['\"])"
"""`=`, `:`, `:=`, `=>` after an optional closing quote or bracket (`config["api_key"] = ...`), or the next
argument of a call whose first is the quoted name (`define('DB_PASSWORD', '...')`)."""
_NAME_END = r"(?:(?![A-Za-z0-9])|(?P<suffix>[_\-.]?[A-Za-z0-9_]{1,16}))"
"""Where a secret's name ends, or what follows it in a longer name (`password_hash`, `mySecretString`:
`_assigned_secret` decides)."""
_VALUE = r"(?P<value>[^\s'\"`,;]{%d,%d})"
KEY_NAMES = (
    r"api[_\-]?key|apikey|api[_\-]?secret|secret[_\-]?key|client[_\-]?secret|app[_\-]?secret|app[_\-]?key|"
    r"consumer[_\-]?secret|signing[_\-]?key|encryption[_\-]?key|master[_\-]?key|webhook[_\-]?secret|x-api-key|"
    r"access[_\-]?key|private[_\-]?key|license[_\-]?key|auth[_\-]?key|subscription[_\-]?key"
)
TOKEN_NAMES = r"access[_\-]?token|auth[_\-]?token|private[_\-]?token|refresh[_\-]?token|session[_\-]?token|id[_\-]?token"


def _assignment(names: str, min_length: int) -> str:
    """`<name> = <value>` in code, config, JSON or a shell, where the name ends in one of `names`."""
    return r"(?i)(?:" + names + r")" + _NAME_END + _ASSIGN + _VALUE % (min_length, 1024)


PASSWORD_WORDS = (
    r"password|passcode|passphrase|passwort|mot\s{1,3}de\s{1,3}passe|contraseña|senha|wachtwoord|pass\s{1,4}word|"
    r"pin\s{1,4}code|pin|requirepass|masterauth|wi-?fi\s{1,3}(?:code|key)"
)
KEY_WORDS = r"api\s{0,4}key|secret\s{1,4}key|license\s{1,4}key|access\s{1,4}key"
TOKEN_WORDS = r"access\s{1,4}token|auth\s{1,4}token|bearer\s{1,4}token|token"


def _phrase(names: str, min_length: int = 6) -> str:
    """`<name> is <value>` in prose: "the wifi password is ...", or a few words and then `is` or a colon
    ("the admin password so you can fix it tonight: ...")."""
    return (r"(?i)(?<![:/@])\b(?:" + names + r")(?=\s|[:='\"“]|->)"
            r"(?:(?:\s{1,3}(?:for|of|on|to|at|in|the|my|our|this|that|your|its|staging|production|prod|dev|root|admin|"
            r"account|server|box|host|nas|wifi|user|database|db)){0,4}\s{0,4}(?:is|was|=|:|->)?"
            r"|(?:\s{1,3}[^\s:=]{1,24}){0,6}?\s{0,3}(?:\bis\b|\bwas\b|:|=|->))"
            r"\s{0,4}['\"“]?" + _VALUE % (min_length, 128))

# Order matters: more specific detectors come first, and win where two overlap.
DETECTORS: tuple[Detector, ...] = (
    # The body never holds `--`, so it stops at the next marker; a key cut short before its END line is
    # still found from BEGIN on. A PuTTY key file's secret is its Private-Lines block; age keys are one line.
    _secret("private_key", "private_key", CRITICAL,
            r"-----BEGIN [A-Z ]{0,40}PRIVATE KEY(?: BLOCK)?-----(?:-?[^-]){0,16384}"
            r"(?:-----END [A-Z ]{0,40}PRIVATE KEY(?: BLOCK)?-----)?"
            r"|\bPrivate-Lines: ?[0-9]{1,3}(?:\r?\n[A-Za-z0-9+/=]{1,128}){1,64}|\bAGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}\b",
            "private key", "private-lines", "age-secret-key-1", valid=_pem_body),
    _secret("database_url", "connection_string", CRITICAL,
            r"\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|redis|rediss|amqps?|mssql|sqlserver|oracle|"
            r"cockroachdb|clickhouse|neo4j|couchdb)(?:\+[a-z0-9]{1,16})?://"
            r"[^\s:@/]{0,256}:(?P<value>[^\s@/]{1,256})@[^\s'\"]{1,2048}",
            "://", valid=_url_password),
    _secret("azure_storage_key", "cloud_credential", CRITICAL,
            r"(?i)\b(?:AccountKey\s{0,4}=\s{0,4}[A-Za-z0-9+/]{86}==|SharedAccessKey\s{0,4}=\s{0,4}[A-Za-z0-9+/]{42,88}={0,2}"
            r"|[?&]sig=[A-Za-z0-9+/%]{30,128}(?![A-Za-z0-9+/%]))",
            "accountkey", "sharedaccesskey", "sig="),
    _secret("azure_client_secret", "cloud_credential", CRITICAL,
            r"(?<![A-Za-z0-9_~.\-])[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.\-]{31,34}(?![A-Za-z0-9_~.\-])", "q~"),
    _secret("aws_access_key", "cloud_credential", CRITICAL,
            r"\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA|A3T[A-Z0-9])[0-9A-Z]{16}\b",
            "akia", "asia", "abia", "acca", "agpa", "aida", "aroa", "anpa", "anva", "aipa", "a3t"),
    _secret("aws_secret_key", "cloud_credential", CRITICAL,
            r"(?i)\b(?:aws[_\-\s]?(?:secret|private)?[_\-\s]?(?:access)?[_\-\s]?key|secret[_\-]?access[_\-]?key)['\"]?"
            r"(?:\s{0,16}[:=]\s{0,16}|\s{1,16})['\"]?[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])",
            "aws", "secret"),
    _secret("gcp_service_account", "cloud_credential", CRITICAL,
            r"\"private_key_id\"\s{0,8}:\s{0,8}\"[0-9a-f]{40}\"", "private_key_id"),
    _secret("google_api_key", "api_key", CRITICAL,
            r"\bAIza[0-9A-Za-z_\-]{35}(?![0-9A-Za-z_\-])|\bGOCSPX-[A-Za-z0-9_\-]{28}(?![A-Za-z0-9_\-])", "aiza", "gocspx-"),
    _secret("github_token", "token", CRITICAL, r"\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})",
            "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"),
    _secret("gitlab_token", "token", CRITICAL, r"\bgl(?:pat|dt|ptt|rt|cbt|ft|imt|agent|oas|soat)-[A-Za-z0-9_\-]{20,64}", "gl"),
    _secret("anthropic_key", "api_key", CRITICAL, r"\bsk-ant-[A-Za-z0-9_\-]{20,512}", "sk-ant-"),
    _secret("stripe_key", "api_key", CRITICAL, r"\b(?:sk|rk)_(?:live|test|prod)_[A-Za-z0-9]{16,512}|\bwhsec_[A-Za-z0-9]{24,128}",
            "_live_", "_test_", "_prod_", "whsec_"),
    _secret("openai_key", "api_key", CRITICAL, r"\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{20,512}", "sk-"),
    _secret("slack_token", "token", CRITICAL, r"\b(?:xox[abposre]|xapp)-[A-Za-z0-9\-]{10,512}", "xox", "xapp-"),
    _secret("slack_webhook", "token", HIGH,
            r"https://hooks\.slack\.com/(?:services|workflows|triggers)/T[A-Za-z0-9]{6,12}/[A-Za-z0-9]{6,12}/[A-Za-z0-9]{16,48}",
            "hooks.slack.com"),
    _secret("sendgrid_key", "api_key", CRITICAL, r"\bSG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}(?![A-Za-z0-9_\-])", "sg."),
    _secret("twilio_key", "api_key", CRITICAL, r"\b(?:SK|AC)[0-9a-f]{32}\b", "sk", "ac"),
    _secret("mailchimp_key", "api_key", HIGH, r"\b[0-9a-f]{32}-us[0-9]{1,2}\b", "-us"),
    _secret("npm_token", "token", CRITICAL, r"\bnpm_[A-Za-z0-9]{36}\b", "npm_"),
    _secret("pypi_token", "token", CRITICAL, r"\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_\-]{50,512}", "pypi-"),
    _secret("huggingface_token", "token", CRITICAL, r"\bhf_[A-Za-z0-9]{34,40}\b", "hf_"),
    _secret("shopify_token", "token", CRITICAL, r"\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}\b", "shp"),
    _secret("digitalocean_token", "token", CRITICAL, r"\bdo[por]_v1_[a-f0-9]{64}\b", "_v1_"),
    _secret("square_token", "token", CRITICAL, r"\bsq0(?:atp|csp)-[0-9A-Za-z_\-]{22,43}", "sq0"),
    _secret("telegram_bot_token", "token", CRITICAL, r"(?<![0-9])[0-9]{8,10}:AA[A-Za-z0-9_\-]{33}(?![A-Za-z0-9_\-])", ":aa"),
    _secret("discord_token", "token", CRITICAL,
            r"\b[MNO][A-Za-z0-9_\-]{23,27}\.[A-Za-z0-9_\-]{6}\.[A-Za-z0-9_\-]{27,40}(?![A-Za-z0-9_\-])", "."),
    _secret("dashclaw_api_key", "api_key", CRITICAL, r"\boc_live_[0-9a-f]{32}\b", "oc_live_"),
    # Formats with a prefix of their own that no detector above covers, one alternative per service.
    _secret("service_api_key", "api_key", CRITICAL,
            r"\b(?:key-[0-9a-f]{32}|gsk_[A-Za-z0-9]{52}|pplx-[A-Za-z0-9]{48}|lin_api_[A-Za-z0-9]{40}|PMAK-[a-f0-9]{24}-[a-f0-9]{34}"
            r"|NRAK-[A-Z0-9]{27}|sbp_[a-f0-9]{40}|xai-[A-Za-z0-9]{60,90}|HRKU-[A-Za-z0-9_\-]{60})(?![A-Za-z0-9_\-])",
            "key-", "gsk_", "pplx-", "lin_api_", "pmak-", "nrak-", "sbp_", "xai-", "hrku-"),
    _secret("service_token", "token", CRITICAL,
            r"\b(?:hv[sb]\.[A-Za-z0-9_\-]{90,200}|dp\.(?:st|ct|sa|scim|audit)\.(?:[a-z0-9_\-]{2,35}\.)?[A-Za-z0-9]{40,44}"
            r"|[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=\-]{60,70}|dapi[a-f0-9]{32}(?:-[0-9])?|glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}"
            r"|glc_[A-Za-z0-9+/]{32,400}={0,2}|ntn_[A-Za-z0-9]{40,50}|fo1_[A-Za-z0-9_\-]{43}|r8_[A-Za-z0-9]{37}"
            r"|ATATT3[A-Za-z0-9_=\-]{150,250}|sntry[su]_[A-Za-z0-9+/=_\-]{60,200}|pul-[a-f0-9]{40}|ya29\.[A-Za-z0-9_\-]{30,2048}"
            r"|EAA[A-Za-z0-9]{60,512}|A{21}[A-Za-z0-9%]{30,200}|tfp_[A-Za-z0-9_\-]{40,60}|rnd_[A-Za-z0-9]{32})(?![A-Za-z0-9_\-])",
            "hvs.", "hvb.", "dp.", "atlasv1", "dapi", "glsa_", "glc_", "ntn_", "fo1_", "r8_", "atatt3", "sntrys_", "sntryu_",
            "pul-", "ya29.", "eaa", "aaaaaaaaaaaaaaaaaaaaa", "tfp_", "rnd_"),
    # In the first segment a `-` may not start another `eyJ`, so attempts in `eyJ-eyJ-...` end at once.
    _secret("jwt_token", "token", HIGH,
            r"\beyJ(?:[A-Za-z0-9_]|-(?!eyJ)){10,8192}\.[A-Za-z0-9_\-]{10,16384}\.[A-Za-z0-9_\-]{10,8192}",
            "eyj"),
    _secret("bearer_token", "token", HIGH, r"(?i)\bbearer\s{1,16}[A-Za-z0-9._~+/\-]{20,16384}={0,2}", "bearer"),
    _secret("basic_auth_header", "token", HIGH,
            r"(?i)\bauthorization['\"]?\s{0,4}[:=]\s{0,4}['\"]?basic\s{1,4}[A-Za-z0-9+/]{8,4096}={0,2}", "basic"),
    _secret("authorization_header", "token", HIGH,
            r"(?i)\bauthorization['\"]?\s{0,4}[:=]\s{0,4}['\"]?(?:(?:token|api-?key|sso-key|key|otp|dsn|bot)\s{1,4})?"
            r"(?P<value>[A-Za-z0-9._~+/=\-]{16,4096})",
            "authorization", valid=_generic_key),
    _secret("url_credentials", "connection_string", HIGH,
            r"\b(?:https?|ftps?|sftp|smtps?|ldaps?|ssh|git)://[^\s:@/'\"]{1,256}:(?P<value>[^\s@/'\"]{3,256})@"
            r"[A-Za-z0-9.\-]{1,253}",
            "://", valid=_url_password),
    _secret("password_field", "password", HIGH,
            _assignment(r"password|passwd|passphrase|pwd|passwort|(?<![A-Za-z0-9])pass|(?<![A-Za-z0-9])pw", 4),
            "pass", "pw", valid=_assigned_secret),
    _secret("cli_credentials", "password", HIGH,
            r"\b(?:curl|wget|http|httpie|git)\b[^\n]{0,120}?\s(?:-u|--user|--password|--http-password)[\s=]{1,4}"
            r"['\"]?(?:[^\s:'\"]{1,64}:)?(?P<value>[^\s'\"]{4,128})"
            r"|\b(?:mysql|mysqldump|mysqladmin|mariadb)\b[^\n]{0,160}?\s-p['\"]?(?P<attached>[^\s'\"]{3,128})"
            r"|\b(?:sshpass\s{1,4}-p|redis-cli\b[^\n]{0,160}?\s-a|sqlcmd\b[^\n]{0,160}?\s-P)\s{1,4}['\"]?(?P<flag>[^\s'\"]{3,128})"
            r"|(?<![A-Za-z0-9_\-])--?(?:[a-z]{1,20}-){0,3}(?:password|passwd|pass|pwd|token|secret|api-?key|access-key|secret-key)"
            r"(?:=|\s{1,4})['\"]?(?P<option>[^\s'\"]{4,256})",
            "-u", "--user", "--password", "--http-password", "mysql", "mariadb", "sshpass", "redis-cli", "sqlcmd", "-pass", "-pwd",
            "-token", "-secret", "-api", "-access-key", valid=_cli_secret),
    _secret("config_secret", "password", HIGH,
            r"(?i)\b(?:key|name)\s{0,4}=\s{0,4}\"[^\"]{0,40}(?:password|passwd|pwd|secret|token|apikey|api_key)[^\"]{0,20}\""
            r"\s{1,8}value\s{0,4}=\s{0,4}\"(?P<value>[^\"]{4,256})\""
            r"|<(?:[A-Za-z0-9_.:\-]{0,40})(?:password|passwd|pwd|secret|token|api[_\-]?key|apikey|credential)"
            r"(?P<suffix>[A-Za-z0-9_.:\-]{1,20})?>(?P<element>[^<\s]{4,256})</",
            "value", "pass", "pwd", "secret", "token", "key", "credential", valid=_config_secret),
    _secret("api_key_generic", "api_key", HIGH, _assignment(KEY_NAMES, 16),
            "api", "secret", "key", valid=_generic_key),
    _secret("token_assignment", "token", HIGH, _assignment(TOKEN_NAMES, 16), "token", valid=_generic_key),
    _secret("secret_assignment", "password", HIGH,
            _assignment(r"secret|token|credential|creds|(?<![A-Za-z0-9])auth", 12),
            "secret", "token", "cred", "auth", valid=_generic_key),
    _secret("password_phrase", "password", HIGH, _phrase(PASSWORD_WORDS), "pass", "pin", "masterauth", "contrase", "senha",
            "wachtwoord", "wi-fi", "wifi", valid=_mixed_secret),
    _secret("key_phrase", "api_key", HIGH, _phrase(KEY_WORDS), "key", valid=_mixed_secret),
    _secret("token_phrase", "token", HIGH, _phrase(TOKEN_WORDS), "token", valid=_mixed_secret),
    # --- personal data ---
    _pii("credit_card", "credit_card", HIGH, r"(?<![0-9\-.])(?:[0-9][ \-]?){12,18}[0-9](?![0-9])", valid=_card),
    _pii("iban", "iban", HIGH,
         r"(?<![A-Za-z0-9])[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])", valid=_iban),
    _pii("us_ssn", "national_id", HIGH,
         r"(?<![0-9\-])(?P<area>[0-9]{3})([\- ])(?P<group>[0-9]{2})\2(?P<serial>[0-9]{4})(?![0-9\-])", valid=_ssn),
    _pii("uk_nino", "national_id", HIGH,
         r"(?<![A-Za-z0-9])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]"
         r"(?![A-Za-z0-9])"),
    _pii("br_cpf", "national_id", HIGH, r"(?<![0-9.])[0-9]{3}\.[0-9]{3}\.[0-9]{3}-[0-9]{2}(?![0-9])", "-", valid=_cpf),
    _pii("es_dni", "national_id", HIGH, r"(?<![A-Za-z0-9])[XYZ0-9][0-9]{7}-?[A-Z](?![A-Za-z0-9])", valid=_spanish_id),
    _pii("it_codice_fiscale", "national_id", HIGH,
         r"(?<![A-Za-z0-9])[A-Z]{6}[0-9]{2}[A-EHLMPR-T][0-9]{2}[A-Z][0-9]{3}[A-Z](?![A-Za-z0-9])", valid=_codice_fiscale),
    _pii("national_id_labelled", "national_id", HIGH,
         r"(?i)\b(?:ssn|social\s{1,3}security|sin|nino|national\s{1,3}(?:id|identity|insurance)|aadhaa?r|tax\s{1,3}id|tin|itin|"
         r"passport|driver'?s?\s{1,3}licen[cs]e|pan|nric|hkid|pesel|bsn|cpf|curp|personnummer|steuer-?id|"
         r"(?:identity|id)\s{1,3}card|id\s{1,3}(?:number|no))"
         r"(?:\s{1,3}(?:number|num|no\.?|card|#))?\s{0,3}(?:is|:|#|=)?\s{0,3}"
         r"(?P<value>[A-Z0-9][A-Z0-9 \-]{4,16}[A-Z0-9])(?![A-Za-z0-9])",
         "ssn", "social", "sin", "nino", "national", "aadhaa", "tax", "tin", "passport", "licen", "pan", "nric", "hkid",
         "pesel", "bsn", "cpf", "curp", "personnummer", "steuer", "id", valid=_labelled_id),
    _pii("email", "email", MEDIUM,
         r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?"
         r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?){0,6}\.[A-Za-z]{2,24}(?![A-Za-z0-9\-])",
         "@", valid=_email),
    _pii("ipv4_address", "ip_address", LOW,
         r"(?<![0-9A-Za-z.])(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}"
         r"(?![0-9A-Za-z]|\.[0-9])",
         ".", valid=_ipv4),
    _pii("ipv6_address", "ip_address", LOW, r"(?<![0-9A-Za-z:.])[0-9A-Fa-f:]{2,39}(?![0-9A-Za-z:])", ":", valid=_ipv6),
    _pii("phone_number", "phone_number", MEDIUM,
         r"(?<![0-9A-Za-z+\-.])(?:\+[0-9]{1,3}[ .\-]?)?(?:\([0-9]{1,5}\)[ .\-]?)?[0-9]{1,12}(?:[ .\-][0-9]{1,8}){0,5}"
         r"(?![0-9A-Za-z]|[.\-][0-9A-Za-z])",
         valid=_phone),
)
SECRET_DETECTORS = tuple(d for d in DETECTORS if d.kind == SECRET)
PII_DETECTORS = tuple(d for d in DETECTORS if d.kind == PII)
_DETECTORS_BY_HINT = {
    hint: frozenset(index for index, detector in enumerate(DETECTORS) if hint in detector.hints)
    for hint in sorted({hint for detector in DETECTORS for hint in detector.hints})
}
_ALWAYS_RUN = frozenset(index for index, detector in enumerate(DETECTORS) if not detector.hints)


def _candidates(folded: str) -> set[int]:
    """The indexes of the detectors that may match `folded`: one substring test per hint (each a fast scan in C,
    cheaper than one regular expression looking for every hint at every position)."""
    candidates = set(_ALWAYS_RUN)
    for hint, indexes in _DETECTORS_BY_HINT.items():
        if hint in folded:
            candidates |= indexes
    return candidates
