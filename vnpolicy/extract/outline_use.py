"""Bookkeeping of which outline blocks the readers used, so nothing is dropped silently."""

from __future__ import annotations

from vnpolicy.extract.model import Warning_
from vnpolicy.extract.structure import Block


class Usage:
    def __init__(self) -> None:
        self._used: set[int] = set()

    def use(self, *blocks: Block) -> None:
        self._used.update(id(block) for block in blocks)

    def use_tree(self, block: Block) -> None:
        self.use(*block.walk())

    def unused_warnings(self, root: Block) -> list[Warning_]:
        """One warning per block no reader placed (the root itself excepted)."""
        return [
            Warning_(block.first, f"unplaced {block.kind} in the body", block.text[:120])
            for block in root.walk()
            if block is not root and id(block) not in self._used
        ]
