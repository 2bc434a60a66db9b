"""One body of code for the blocking client and the asyncio client: methods written as generators of steps.

A method that waits on the server more than once, reads what it answered or pauses is a generator function
decorated with ``@steps``. Each ``yield x`` in it means "the value of x", where x is what a call returned: a
seam call (``self._post(...)``), another client method, a pause. The blocking client's calls have done their
work by the time they return, so its driver hands x straight back (an error was already raised at that
``yield``); the asyncio client's calls return awaitables, which its driver awaits, throwing a failure into
the generator at the same ``yield``. The method's code, its ``try`` blocks included, behaves the same in both.

A class picks its driver with ``_run_steps``: ``run_blocking`` or ``run_async``.
"""

from __future__ import annotations

import functools
import inspect


def steps(generator_function):
    """Make a generator of steps a method: it runs to the end through the class's ``_run_steps`` driver."""

    @functools.wraps(generator_function)
    def method(self, *args, **kwargs):
        return self._run_steps(generator_function(self, *args, **kwargs))

    return method


def run_blocking(generator):
    """Drive steps whose values are already there: each yielded value is sent back as it is."""
    value = None
    while True:
        try:
            value = generator.send(value)
        except StopIteration as done:
            return done.value


async def run_async(generator):
    """Drive steps on the event loop: each yielded awaitable is awaited, its failure thrown back in."""
    value, error = None, None
    while True:
        try:
            step = generator.send(value) if error is None else generator.throw(error)
        except StopIteration as done:
            return done.value
        value, error = None, None
        try:
            value = (await step) if inspect.isawaitable(step) else step
        except Exception as exc:  # the generator's own try blocks decide; BaseException (cancel) ends it
            error = exc
