"""Bookkeeping of which outline blocks the readers used, so nothing is dropped silently."""

from __future__ import annotations

from collections.abc import Iterator

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
        """One warning per stretch of the body no reader placed (the root itself excepted): a block no reader used,
        with the unused blocks under it and the unused siblings right after it. A section of hundreds of paragraphs
        the readers could not place is one warning giving its extent, not one per paragraph."""
        runs = sorted(self._unplaced_runs(root), key=lambda run: run[0].first)
        return [self._warning(run) for run in runs]

    def _placed(self, block: Block) -> bool:
        return id(block) in self._used

    def _unplaced_runs(self, parent: Block) -> list[list[Block]]:
        """The runs of consecutive unused children of ``parent``, and those found below its used children."""
        runs: list[list[Block]] = []
        run: list[Block] = []
        for child in parent.children:
            if self._placed(child):
                if run:
                    runs.append(run)
                    run = []
                runs.extend(self._unplaced_runs(child))
                continue
            run.append(child)
            for placed in self._placed_below(child):  # a block a reader took under one it left: its own runs
                runs.extend(self._unplaced_runs(placed))
        if run:
            runs.append(run)
        return runs

    def _placed_below(self, block: Block) -> Iterator[Block]:
        """The used blocks under an unused ``block`` with no used block between them and it."""
        for child in block.children:
            if self._placed(child):
                yield child
            else:
                yield from self._placed_below(child)

    def _unplaced_in(self, block: Block) -> Iterator[Block]:
        """``block`` (unused) and the unused blocks under it, not below a used one."""
        yield block
        for child in block.children:
            if not self._placed(child):
                yield from self._unplaced_in(child)

    def _warning(self, run: list[Block]) -> Warning_:
        first = run[0]
        blocks = [block for member in run for block in self._unplaced_in(member)]
        message = f"unplaced {first.kind} in the body"
        if len(blocks) > 1:
            last = max(block.last for block in blocks)
            message += f", with {len(blocks) - 1} more unplaced block(s) under or after it up to line {last}"
        return Warning_(first.first, message, first.text[:120])
