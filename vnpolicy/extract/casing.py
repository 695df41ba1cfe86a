"""Vietnamese capitalisation of text printed in capitals (headers, signature blocks).

NĐ 30/2020 Phụ lục II: names of bodies and positions capitalise the first letter
of the words that make up the type of body or position ("Ủy ban nhân dân",
"Phó Chủ tịch"); proper names keep their capitals. Text in capitals has lost
that information, so the common words are written in lower case and the proper
names the caller knows (the province) are restored.
"""

from __future__ import annotations

import re

# Positions whose second part is itself a capitalised title: "PHÓ CHỦ TỊCH" -> "Phó Chủ tịch".
_DEPUTY = re.compile(r"^(PHÓ|QUYỀN)\s+(.+)$")


def sentence_case(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:].lower() if text else text


def restore_proper_names(text: str, proper_names: tuple[str, ...] = ()) -> str:
    for name in proper_names:
        if name:
            text = re.sub(re.escape(name), name, text, flags=re.IGNORECASE)
    return text


def from_capitals(text: str, proper_names: tuple[str, ...] = ()) -> str:
    """"ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG" -> "Ủy ban nhân dân thành phố Hải Phòng"."""
    deputy = _DEPUTY.match(text.strip())
    if deputy:
        cased = f"{sentence_case(deputy.group(1))} {sentence_case(deputy.group(2))}"
    else:
        cased = sentence_case(text)
    return restore_proper_names(cased, proper_names)
