"""Expressions that would touch the process if a server ran them as Python or JavaScript: imports, attribute
walks, huge exponents, deep nesting. A `custom_function` scorer or scoring dimension must refuse every one."""

HOSTILE_EXPRESSIONS = [
    "__import__('os').system('touch /tmp/pwned')",
    "require('child_process').execSync('id')",
    "process.exit(1)",
    "outcome.constructor.constructor('return process')()",
    "().__class__.__bases__[0].__subclasses__()",
    "9**9**9**9",
    "Math.pow(10, 1000000)",
    "open('/etc/passwd').read()",
    "(" * 200 + "1" + ")" * 200,
    "-" * 500 + "1",
    "[x for x in range(10**9)]",
    "lambda: 1",
    "eval('1')",
]
