"""Which task of the tasks-and-measures section each duty of the assignment section carries out.

A plan states its tasks once (NHIỆM VỤ VÀ GIẢI PHÁP) and hands them out again, reworded, agency by
agency (TỔ CHỨC THỰC HIỆN): "Tổ chức đào tạo cho đội ngũ cán bộ, công chức tham gia công tác hoạch
định chính sách" under the Department of Science hands out the task "Tham gia các khóa đào tạo về kỹ
năng cho công tác hoạch định chính sách". The text never says which task a duty is for, so the link
is found by wording: the duty and the task share rare two-word phrases.

Each text is the set of its syllable pairs, folded (diacritics and case do not count, so an OCR copy
links like its original). A pair is weighed by how rare it is among the document's tasks and duties
(inverse document frequency): "hoach dinh" counts, "phoi hop" and "cac so" hardly do, since every
duty has them. Two texts score the cosine of their weighted pair sets, 0 to 1.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from vnpolicy.extract.model import PlanDocument
from vnpolicy.textnorm import fold

# On the four bundled plans, a duty and the task it hands out score 0.37–0.87, and a duty's best
# match among unrelated tasks at most 0.33: below this the duty is left unlinked rather than guessed.
LINK_SCORE = 0.36
# A duty that joins two tasks ("... đào tạo và tuyên truyền ...") is linked to both, never to more,
# and to the second only when it scores nearly as well as the first.
MOST_TASKS = 2
SECOND_SHARE = 0.8

_WORD = re.compile(r"\w+")


def word_pairs(text: str) -> frozenset[str]:
    """The text's consecutive folded syllable pairs: "Sở Khoa học" -> {"so khoa", "khoa hoc"}."""
    words = _WORD.findall(fold(text))
    return frozenset(f"{first} {second}" for first, second in zip(words, words[1:]))


class PairWeights:
    """How much sharing a pair says: the log of how many texts there are over how many have it."""

    def __init__(self, texts: list[frozenset[str]]) -> None:
        counts = Counter(pair for pairs in texts for pair in pairs)
        self.weight = {pair: math.log(len(texts) / count) for pair, count in counts.items()}

    def mass(self, pairs: frozenset[str]) -> float:
        return sum(self.weight.get(pair, 0.0) for pair in pairs)

    def similarity(self, first: frozenset[str], second: frozenset[str]) -> float:
        norm = math.sqrt(self.mass(first) * self.mass(second))
        return self.mass(first & second) / norm if norm else 0.0


def link_duties_to_tasks(document: PlanDocument) -> None:
    """Set each duty's ``carries_out`` to the tasks whose wording it shares, best first."""
    tasks = [((group_number, task_number), word_pairs(task.text))
             for group_number, group in enumerate(document.task_groups, start=1)
             for task_number, task in enumerate(group.tasks, start=1)]
    duties = document.duties
    for duty in duties:
        duty.carries_out = []
    if not tasks:
        return
    duty_pairs = [word_pairs(duty.text) for duty in duties]
    weights = PairWeights([pairs for _, pairs in tasks] + duty_pairs)
    for duty, pairs in zip(duties, duty_pairs):
        scored = sorted((-weights.similarity(pairs, task_pairs), place) for place, task_pairs in tasks)
        best = -scored[0][0]
        duty.carries_out = [place for negative, place in scored[:MOST_TASKS]
                            if -negative >= max(LINK_SCORE, SECOND_SHARE * best)]
