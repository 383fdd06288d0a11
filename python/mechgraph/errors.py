"""The exceptions: what the command line says on stderr, raised as Python expects.

The message is the command line's own (its "mechgraph: " prefixes dropped), so a notebook shows
what a terminal would, with the candidates it lists.
"""

import re


class MechgraphError(Exception):
    """Any failure the library reports. `status` is the command line's exit status (1 or 2)."""

    def __init__(self, message, status=1):
        super().__init__(message)
        self.status = status


class DataError(MechgraphError, ValueError):
    """Bad input or data: a file that does not read (its located messages), a selection that
    matches nothing, a value out of range."""


class UsageError(MechgraphError, ValueError):
    """An option the command does not take in that form: a bad value, a missing argument."""


class OptionError(MechgraphError, TypeError):
    """A keyword argument that names no option of the command."""


class NameLookupError(MechgraphError, LookupError):
    """A name that finds no node (or study), or several. `suggestions` are the candidates the
    command line lists (node ids, or study ids), closest first; `lines` the lines as printed."""

    def __init__(self, message, status=1, name=None, lines=()):
        super().__init__(message, status)
        self.name = name
        self.lines = list(lines)
        # "  SIRT6 (Sirt6, gene)" -> "SIRT6": the id ends where its parenthesised label and type begin
        self.suggestions = [re.sub(r" \(.*\)$", "", line.strip()) for line in self.lines]


class NodeNotFoundError(NameLookupError):
    """No node has that name (or the selection has none: the message says so)."""


class AmbiguousNameError(NameLookupError):
    """The name names several nodes (or studies); `suggestions` lists them."""


_NOT_FOUND = re.compile(r"^no (?:node named|study) '(.*)'(?:; did you mean:)?$")
_AMBIGUOUS = re.compile(r"^'(.*)' is ambiguous; it names \d+ (?:nodes|studies):$")
_OUTSIDE = re.compile(r"^'(.*)' has no evidence in the selection")


def messages(err):
    """stderr's lines without the "mechgraph: " prefix."""
    return [line[len("mechgraph: "):] if line.startswith("mechgraph: ") else line for line in err.splitlines()]


def from_status(status, err):
    """The exception for a command's failure, from its exit status and stderr."""
    if status < 0:
        return MemoryError("mechgraph: out of memory")
    lines = [line for line in messages(err) if not line.startswith("warning: ") and not line.startswith("selection ")]
    message = "\n".join(lines) or f"mechgraph failed with status {status}"
    if status == 2:
        first = lines[0] if lines else ""
        if first.startswith("unknown option"):
            return OptionError(message, status)
        return UsageError(message, status)
    for i, line in enumerate(lines):
        for pattern, cls in ((_NOT_FOUND, NodeNotFoundError), (_AMBIGUOUS, AmbiguousNameError),
                             (_OUTSIDE, NodeNotFoundError)):
            m = pattern.match(line)
            if m:
                candidates = []
                for rest in lines[i + 1:]:
                    if not rest.startswith("  "):
                        break
                    candidates.append(rest)
                return cls(message, status, m.group(1), candidates)
    return DataError(message, status)
