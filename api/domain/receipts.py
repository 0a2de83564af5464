"""Citizen receipts: a code, easy to read aloud and type, that opens one input's outcome."""

import hashlib
import secrets

from api.domain.errors import ValidationFailed

# Crockford's base32: no I, L, O or U, so nothing is misread when spoken or typed.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 13  # 13 × 5 = 65 bits of entropy
GROUP = 4
_TYPOS = str.maketrans({"O": "0", "I": "1", "L": "1"})


def new_receipt_code() -> str:
    """A fresh code such as 7KQ4-M2XD-9PTR-H."""
    # One draw of 65 random bits, read five at a time: as random as a choice per character,
    # and a bulk sync makes ten thousand codes at once.
    bits = secrets.randbits(5 * LENGTH)
    raw = "".join(ALPHABET[(bits >> (5 * i)) & 31] for i in range(LENGTH))
    return "-".join(raw[i : i + GROUP] for i in range(0, LENGTH, GROUP))


def normalise_receipt_code(code: str) -> str:
    """The code as stored, whatever way a citizen typed it: case, dashes, spaces, O for 0."""
    cleaned = "".join(c for c in code.upper() if c.isalnum()).translate(_TYPOS)
    if len(cleaned) != LENGTH or any(c not in ALPHABET for c in cleaned):
        raise ValidationFailed(
            f"a receipt code has {LENGTH} letters and digits, such as 7KQ4-M2XD-9PTR-H",
            field="code",
        )
    return cleaned


def receipt_digest(code: str) -> str:
    """What is stored of a code (it has 65 random bits, so a plain SHA-256 suffices)."""
    return hashlib.sha256(normalise_receipt_code(code).encode()).hexdigest()
