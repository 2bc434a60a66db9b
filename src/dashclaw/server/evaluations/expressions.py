"""The `custom_function` scorer's expression language: a small, closed, JavaScript-like language, never `eval`.

An expression reads only the values it is given (by default `outcome`, `action_type`, `risk_score`,
`declared_goal`, `status`; a caller may name others) and has literals, `+ - * / %`, comparisons, `&& || !` (or
`and or not`), `c ? a : b`, on strings `.length`, `.includes(s)`, `.startsWith(s)`, `.endsWith(s)`,
`.toLowerCase()`, `.toUpperCase()`, `.trim()`, and `.key` reads of the keys of a given JSON object (a dict
lookup, never an attribute; keys starting with `_` are refused). There is no exponent, no other function call
and no way to name anything outside: so imports, attribute walks (`__class__`), huge powers and loops cannot be
written at all, and the length, nesting and string-size limits bound what an expression can cost. An optional
leading `return` and a trailing `;` are accepted, so a one-line JavaScript body reads as it was written for the
reference.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any, Callable

MAX_LENGTH = 2000
MAX_DEPTH = 32
MAX_STRING = 100_000
VARIABLES = ("outcome", "action_type", "risk_score", "declared_goal", "status")
TOKEN = re.compile(r"""\s*(?:(?P<number>\d+(?:\.\d+)?)|(?P<string>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|"""
                   r"""(?P<name>[A-Za-z_][A-Za-z0-9_]*)|(?P<op>===|!==|==|!=|<=|>=|&&|\|\||[-+*/%<>!?:().,]))""")
KEYWORDS = {"true": True, "false": False, "null": None}
WORD_OPERATORS = {"and": "&&", "or": "||", "not": "!"}


class ExpressionError(ValueError):
    """An expression that is not in the language, or failed on its values."""


@dataclass(frozen=True)
class Expression:
    source: str
    evaluate: Callable[[dict[str, Any]], Any]


def _tokens(source: str) -> list[tuple[str, Any]]:
    tokens, position = [], 0
    text = source.strip()
    if text.startswith("return ") or text == "return":
        text = text[len("return"):]
    text = text.rstrip().rstrip(";")
    while position < len(text):
        match = TOKEN.match(text, position)
        if not match or match.end() == position:
            rest = text[position:]
            if rest.strip() == "":
                break
            position += len(rest) - len(rest.lstrip())
            raise ExpressionError(f"unexpected character at {position}: {text[position]!r}")
        position = match.end()
        kind = match.lastgroup
        value = match.group(kind)
        if kind == "number":
            if len(value) > 30:
                raise ExpressionError("number literal too long")
            tokens.append(("value", float(value)))
        elif kind == "string":
            tokens.append(("value", _unquote(value)))
        elif kind == "name" and value in KEYWORDS:
            tokens.append(("value", KEYWORDS[value]))
        elif kind == "name" and value in WORD_OPERATORS:
            tokens.append(("op", WORD_OPERATORS[value]))
        else:
            tokens.append((kind, value))
    tokens.append(("end", None))
    return tokens


def _unquote(literal: str) -> str:
    body = literal[1:-1]
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), body)


def _truthy(value: Any) -> bool:
    if isinstance(value, float):
        return value != 0 and not math.isnan(value)
    return bool(value)


def _number(value: Any) -> float:
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, (int, float)):
        return float(value)
    if value is None:
        return 0.0
    raise ExpressionError(f"arithmetic on a {type(value).__name__}")


def _finite(value: float) -> float:
    if not math.isfinite(value):
        raise ExpressionError("arithmetic overflow")
    return value


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "null" if value is None else str(value).lower() if isinstance(value, bool) else str(value)


def _add(a: Any, b: Any) -> Any:
    if isinstance(a, str) or isinstance(b, str):
        joined = _text(a) + _text(b)
        if len(joined) > MAX_STRING:
            raise ExpressionError("string too long")
        return joined
    return _finite(_number(a) + _number(b))


def _divide(a: Any, b: Any) -> float:
    divisor = _number(b)
    if divisor == 0:
        raise ExpressionError("division by zero")
    return _finite(_number(a) / divisor)


def _remainder(a: Any, b: Any) -> float:
    divisor = _number(b)
    if divisor == 0:
        raise ExpressionError("division by zero")
    return math.fmod(_number(a), divisor)


def _compare(op: str, a: Any, b: Any) -> bool:
    if op in ("==", "==="):
        return a == b
    if op in ("!=", "!=="):
        return a != b
    if isinstance(a, str) and isinstance(b, str):
        left, right = a, b
    else:
        left, right = _number(a), _number(b)
    return {"<": left < right, "<=": left <= right, ">": left > right, ">=": left >= right}[op]


ARITHMETIC = {
    "+": _add,
    "-": lambda a, b: _finite(_number(a) - _number(b)),
    "*": lambda a, b: _finite(_number(a) * _number(b)),
    "/": _divide,
    "%": _remainder,
}
STRING_METHODS = {
    "includes": (1, lambda s, x: x in s),
    "startsWith": (1, lambda s, x: s.startswith(x)),
    "endsWith": (1, lambda s, x: s.endswith(x)),
    "toLowerCase": (0, lambda s: s.lower()),
    "toUpperCase": (0, lambda s: s.upper()),
    "trim": (0, lambda s: s.strip()),
}
COMPARISONS = ("===", "!==", "==", "!=", "<=", ">=", "<", ">")


class _Parser:
    def __init__(self, tokens: list[tuple[str, Any]], variables: tuple[str, ...]):
        self.tokens = tokens
        self.variables = variables
        self.at = 0
        self.depth = 0

    def peek(self, value: str) -> bool:
        kind, text = self.tokens[self.at]
        return kind == "op" and text == value

    def take(self, value: str) -> None:
        if not self.peek(value):
            raise ExpressionError(f"expected {value!r}")
        self.at += 1

    def nested(self, parse: Callable[[], Callable]) -> Callable:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ExpressionError(f"expression nests more than {MAX_DEPTH} levels")
        try:
            return parse()
        finally:
            self.depth -= 1

    def expression(self) -> Callable:
        return self.nested(self.ternary)

    def ternary(self) -> Callable:
        condition = self.binary(0)
        if not self.peek("?"):
            return condition
        self.take("?")
        then = self.expression()
        self.take(":")
        otherwise = self.expression()
        return lambda env: then(env) if _truthy(condition(env)) else otherwise(env)

    LEVELS = (("||",), ("&&",), COMPARISONS, ("+", "-"), ("*", "/", "%"))

    def binary(self, level: int) -> Callable:
        if level == len(self.LEVELS):
            return self.unary()
        left = self.binary(level + 1)
        while any(self.peek(op) for op in self.LEVELS[level]):
            op = self.tokens[self.at][1]
            self.at += 1
            right = self.binary(level + 1)
            left = self._combine(op, left, right)
            if self.LEVELS[level] is COMPARISONS:
                break  # comparisons do not chain
        return left

    @staticmethod
    def _combine(op: str, left: Callable, right: Callable) -> Callable:
        if op == "||":
            return lambda env: left(env) if _truthy(left(env)) else right(env)
        if op == "&&":
            return lambda env: right(env) if _truthy(left(env)) else left(env)
        if op in COMPARISONS:
            return lambda env: _compare(op, left(env), right(env))
        apply = ARITHMETIC[op]
        return lambda env: apply(left(env), right(env))

    def unary(self) -> Callable:
        if self.peek("!"):
            self.take("!")
            inner = self.nested(self.unary)
            return lambda env: not _truthy(inner(env))
        if self.peek("-"):
            self.take("-")
            inner = self.nested(self.unary)
            return lambda env: -_number(inner(env))
        return self.postfix()

    def postfix(self) -> Callable:
        target = self.primary()
        while self.peek("."):
            self.take(".")
            kind, name = self.tokens[self.at]
            if kind != "name":
                raise ExpressionError("expected a member name after '.'")
            self.at += 1
            target = self._member(target, name)
        return target

    def _member(self, target: Callable, name: str) -> Callable:
        if name.startswith("_"):
            raise ExpressionError(f"member names starting with '_' are refused: {name}")
        if not self.peek("("):
            return lambda env: _read(target(env), name)
        if name not in STRING_METHODS:
            raise ExpressionError(f"unknown method: {name}")
        arity, method = STRING_METHODS[name]
        self.take("(")
        arguments = []
        while not self.peek(")"):
            arguments.append(self.expression())
            if not self.peek(")"):
                self.take(",")
        self.take(")")
        if len(arguments) != arity:
            raise ExpressionError(f"{name} takes {arity} argument(s)")
        return lambda env: method(_string(target(env), name), *(_text(a(env)) for a in arguments))

    def primary(self) -> Callable:
        kind, value = self.tokens[self.at]
        if kind == "value":
            self.at += 1
            return lambda env: value
        if kind == "name":
            if value not in self.variables:
                raise ExpressionError(f"unknown name: {value}")
            self.at += 1
            return lambda env: env.get(value)
        if self.peek("("):
            self.take("(")
            inner = self.expression()
            self.take(")")
            return inner
        raise ExpressionError("unexpected end of expression" if kind == "end" else f"unexpected {value!r}")


def _string(value: Any, member: str) -> str:
    if not isinstance(value, str):
        raise ExpressionError(f"{member} needs a string")
    return value


def _read(value: Any, name: str) -> Any:
    """`value.name`: an object's key (null when absent), or a string's or list's `length`."""
    if isinstance(value, dict):
        return value.get(name)
    if name == "length" and isinstance(value, (str, list)):
        return float(len(value))
    raise ExpressionError(f"{name} needs an object" if name != "length" else "length needs a string")


def compile_expression(source: Any, variables: tuple[str, ...] = VARIABLES) -> Expression:
    """Parse `source` over the named `variables` into an evaluator; ExpressionError for anything outside the
    language or its limits."""
    if not isinstance(source, str) or not source.strip():
        raise ExpressionError("expression must be a non-empty string")
    if len(source) > MAX_LENGTH:
        raise ExpressionError(f"expression longer than {MAX_LENGTH} characters")
    parser = _Parser(_tokens(source), variables)
    try:
        evaluate = parser.expression()
    except RecursionError:
        raise ExpressionError(f"expression nests more than {MAX_DEPTH} levels") from None
    if parser.tokens[parser.at][0] != "end":
        raise ExpressionError(f"unexpected {parser.tokens[parser.at][1]!r}")
    return Expression(source, evaluate)
