"""The 8-bit Vietnamese font encodings that predate Unicode: TCVN3 (ABC) and VNI.

Both were written for fonts that put Vietnamese glyphs at Windows-1252 code
points, so a file saved from such a font holds single bytes that Windows-1252
would read as Latin-1 letters ("KÕ ho¹ch" for "Kế hoạch").

- TCVN3 (TCVN 5712:1993, the "ABC" fonts .VnTime/.VnArial) gives each
  lower-case letter with its tone one byte, and of the capitals only
  Ă Â Ê Ô Ơ Ư Đ. Toned capitals were typed in the companion capitals fonts
  (.VnTimeH), which draw the lower-case byte as a capital: in the bytes a
  toned capital is its lower-case letter. ``decode_tcvn3`` therefore gives a
  word back in capitals when its other letters are capitals ("KÕ HO¹CH" ->
  "KẾ HOẠCH").
- VNI (VNI-Windows fonts) writes a base letter followed by one byte for the
  circumflex or breve and the tone together ("a" + "á" = "ấ"); ơ ư đ and the
  toned i are single bytes.

Bytes outside the tables are read as Windows-1252 when that gives punctuation
(– “ ” …), which both font families keep where Windows-1252 has it; any other
byte makes the decoding fail.
"""

from __future__ import annotations

import re
import unicodedata

from vnpolicy.errors import InputError

# TCVN3: byte -> letter, lower-case letters with tone and the seven toneless letters in both cases.
_TCVN3_ROWS = {
    "ăâêôơưđ": "\xa8\xa9\xaa\xab\xac\xad\xae",
    "ĂÂÊÔƠƯĐ": "\xa1\xa2\xa3\xa4\xa5\xa6\xa7",
    # tones in the order grave, hook, tilde, acute, dot below
    "àảãáạ": "\xb5\xb6\xb7\xb8\xb9",
    "ằẳẵắặ": "\xbb\xbc\xbd\xbe\xc6",
    "ầẩẫấậ": "\xc7\xc8\xc9\xca\xcb",
    "èẻẽéẹ": "\xcc\xce\xcf\xd0\xd1",
    "ềểễếệ": "\xd2\xd3\xd4\xd5\xd6",
    "ìỉĩíị": "\xd7\xd8\xdc\xdd\xde",
    "òỏõóọ": "\xdf\xe1\xe2\xe3\xe4",
    "ồổỗốộ": "\xe5\xe6\xe7\xe8\xe9",
    "ờởỡớợ": "\xea\xeb\xec\xed\xee",
    "ùủũúụ": "\xef\xf1\xf2\xf3\xf4",
    "ừửữứự": "\xf5\xf6\xf7\xf8\xf9",
    "ỳỷỹýỵ": "\xfa\xfb\xfc\xfd\xfe",
}
TCVN3_DECODE: dict[int, str] = {
    ord(code): letter for letters, codes in _TCVN3_ROWS.items() for letter, code in zip(letters, codes, strict=True)
}
TCVN3_ENCODE: dict[str, int] = {letter: code for code, letter in TCVN3_DECODE.items()}

# VNI: the byte (as its Windows-1252 character) that follows a base letter, for each mark.
_VNI_TONES = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}  # acute grave hook tilde dot
_VNI_CIRCUMFLEX = {"": "â", "\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
_VNI_BREVE = {"": "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
# Letters that are one byte in VNI: đ, ơ and ư (which then take a tone byte), and i with a tone, ỵ.
_VNI_SINGLE = {"đ": "ñ", "ơ": "ô", "ư": "ö", "í": "í", "ì": "ì", "ỉ": "æ", "ĩ": "ó", "ị": "ò", "ỵ": "î"}


def _vni_table() -> dict[str, str]:
    """Every Vietnamese letter (both cases) -> its VNI bytes as Windows-1252 characters."""
    table: dict[str, str] = {}
    for mark, code in _VNI_TONES.items():
        for base in "aeouy":
            table[unicodedata.normalize("NFC", base + mark)] = base + code
        for horned, single in (("ơ", "ô"), ("ư", "ö")):
            table[unicodedata.normalize("NFC", horned + mark)] = single + code
    for tone, code in _VNI_CIRCUMFLEX.items():
        for base in "aeo":
            table[unicodedata.normalize("NFC", base + "\u0302" + tone)] = base + code
    for tone, code in _VNI_BREVE.items():
        table[unicodedata.normalize("NFC", "a\u0306" + tone)] = "a" + code
    table.update(_VNI_SINGLE)
    for letter, code in list(table.items()):
        table[letter.upper()] = code.upper()
    return table


VNI_ENCODE: dict[str, str] = _vni_table()
VNI_DECODE: dict[str, str] = {code: letter for letter, code in VNI_ENCODE.items()}
_VNI_LONGEST = max(map(len, VNI_DECODE))


class LegacyDecodeError(InputError):
    """A byte the encoding does not define: the text is not in that encoding (``read.text`` tries the next)."""


def _punctuation(byte: int) -> str:
    """A byte outside the Vietnamese tables: Windows-1252 punctuation, or not this encoding."""
    try:
        char = bytes([byte]).decode("cp1252")
    except UnicodeDecodeError as error:
        raise LegacyDecodeError(f"byte 0x{byte:02x} is not defined") from error
    if char.isalpha():
        raise LegacyDecodeError(f"byte 0x{byte:02x} ({char}) is no letter of the encoding")
    return char


def decode_tcvn3(data: bytes) -> str:
    letters = [chr(b) if b < 0x80 else TCVN3_DECODE.get(b) or _punctuation(b) for b in data]
    return _restore_capitals("".join(letters))


def _restore_capitals(text: str) -> str:
    """Words typed in a capitals font: their lower-case toned letters become capitals ("HO¹CH" -> "HOẠCH")."""
    return "\n".join(_restore_line_capitals(line) for line in text.split("\n"))


_LETTERS = re.compile(r"[^\W\d_]+")
_SENTENCE_ENDS = ".:!?>"  # what may stand before a sentence's first word (">": a tag of a web page)
_BULLETS = frozenset("-+*•–")


def _restore_line_capitals(line: str) -> str:
    runs = list(_LETTERS.finditer(line))
    capitals = [_capitals_word(run.group()) for run in runs]
    out, done = [], 0
    for i, run in enumerate(runs):
        word = run.group()
        neighbours = capitals[max(i - 1, 0):i] + capitals[i + 1:i + 2]
        before = line[:run.start()].rstrip()
        if capitals[i] or (_title_word(word) and any(neighbours)):
            word = word.upper()
        elif _toned(word[0]) and (not before or before[-1] in _SENTENCE_ENDS or set(before.replace(" ", "")) <= _BULLETS):
            word = word[0].upper() + word[1:]  # a sentence's first letter is a capital
        out += [line[done:run.start()], word]
        done = run.end()
    return "".join(out) + line[done:]


def _toned(char: str) -> bool:
    return ord(char) in TCVN3_ENCODE_TONED


def _capitals_word(word: str) -> bool:
    """A word in capitals but for toned letters: two capitals, or a capital after a toned letter ("ñY" = "ỦY")."""
    letters = [c for c in word if c.isalpha()]
    if any(c.islower() and not _toned(c) for c in letters) or not any(map(_toned, letters)):
        return False
    upper = [c.isupper() for c in letters]
    return sum(upper) >= 2 or any(_toned(a) and b for a, b in zip(letters, letters[1:]))


def _title_word(word: str) -> bool:
    """A capital then only toned lower-case letters ("Kế"): in capitals only when its neighbours are."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and letters[0].isupper() and all(map(_toned, letters[1:]))


# Code points of the letters TCVN3 has only in lower case (the toned ones).
TCVN3_ENCODE_TONED = frozenset(ord(letter) for letter in TCVN3_ENCODE if letter.upper() not in TCVN3_ENCODE)


def encode_tcvn3(text: str) -> bytes:
    """``text`` as TCVN3 bytes; a toned capital is written as its lower-case byte, as the capitals fonts did."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        if ord(char) < 0x80:
            out.append(ord(char))
        elif char in TCVN3_ENCODE or char.lower() in TCVN3_ENCODE:
            out.append(TCVN3_ENCODE.get(char) or TCVN3_ENCODE[char.lower()])
        else:
            out += char.encode("cp1252")
    return bytes(out)


def decode_vni(data: bytes) -> str:
    chars = data.decode("latin-1")  # one character per byte, matched against the table below
    out = []
    i = 0
    while i < len(chars):
        for size in range(_VNI_LONGEST, 0, -1):
            letter = VNI_DECODE.get(chars[i:i + size])
            if letter:
                out.append(letter)
                i += size
                break
        else:
            byte = data[i]
            out.append(chr(byte) if byte < 0x80 else _punctuation(byte))
            i += 1
    return "".join(out)


def encode_vni(text: str) -> bytes:
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        if ord(char) < 0x80:
            out.append(ord(char))
        else:
            out += (VNI_ENCODE.get(char) or char).encode("cp1252")
    return bytes(out)


def encode_cp1258(text: str) -> bytes:
    """``text`` as Windows-1258: a letter the code page lacks is written as a base letter and a tone mark."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            decomposed = unicodedata.normalize("NFD", char)
            tone = next((mark for mark in decomposed if mark in _VNI_TONES), None)  # the five tone marks
            if tone is None:
                raise  # a character Windows-1258 cannot write at all ("✓")
            out += (unicodedata.normalize("NFC", decomposed.replace(tone, "")) + tone).encode("cp1258")
    return bytes(out)
