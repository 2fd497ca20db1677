"""Encryption to the county's key in the age format, so a lost USB stick exposes nobody.

age (C2SP age.md) encrypts to X25519 recipients with ChaCha20-Poly1305 in 64 KiB
chunks; the stock ``age -d -i KEY`` decrypts what we write. age says nothing of who
sent a file, so a package is signed first and encrypted second. The work is done by
``pyrage``, the binding of the reference Rust implementation.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyrage
from pyrage import x25519

from app.domain.refusal import Worded

AGE_MAGIC = b"age-encryption.org/v1\n"
ARMOR_MAGIC = b"-----BEGIN AGE ENCRYPTED FILE-----"
PUBLIC_PREFIX = "age1"
SECRET_PREFIX = "AGE-SECRET-KEY-1"


class EncryptionProblem(Worded, ValueError):
    """A key or an encrypted file that cannot be used; the message says why, for an officer."""


@dataclass(frozen=True)
class CountyKey:
    """The county's age identity: the secret stays at the county, the recipient travels."""

    secret: str

    @classmethod
    def generate(cls) -> "CountyKey":
        return cls(str(x25519.Identity.generate()))

    @property
    def recipient(self) -> str:
        return str(_identity(self.secret).to_public())

    def to_file(self, created: str = "") -> str:
        """The identity file ``age -d -i`` reads (``#`` lines are comments to age)."""
        header = f"# created: {created}\n" if created else ""
        return f"{header}# public key: {self.recipient}\n{self.secret}\n"

    @classmethod
    def from_file(cls, text: str) -> "CountyKey":
        secrets = [line.strip() for line in text.splitlines() if line.strip().startswith(SECRET_PREFIX)]
        if len(secrets) != 1:
            raise EncryptionProblem("不是 age 私钥文件（应含一行 AGE-SECRET-KEY-1…）", "age_key_file")
        _identity(secrets[0])
        return cls(secrets[0])


def read_recipient(text: str) -> str:
    """The county's public key from a file or a pasted line (``age1…``), checked."""
    candidates = [w for line in text.splitlines() if not line.strip().startswith("#")
                  for w in line.split() if w.startswith(PUBLIC_PREFIX)]
    if len(candidates) != 1:
        raise EncryptionProblem("不是县级中心的加密公钥（应为一行 age1… 文本）", "recipient_form")
    try:
        x25519.Recipient.from_str(candidates[0])
    except Exception:  # pyrage raises its own RecipientError
        raise EncryptionProblem("加密公钥无效：请向县级中心重新索取公钥文件", "recipient_invalid") from None
    return candidates[0]


def encrypt(data: bytes, recipients: list[str]) -> bytes:
    if not recipients:
        raise EncryptionProblem("没有指定加密接收方", "no_recipient")
    return pyrage.encrypt(data, [x25519.Recipient.from_str(read_recipient(r)) for r in recipients])


def is_encrypted(data: bytes) -> bool:
    return data.startswith(AGE_MAGIC) or data.startswith(ARMOR_MAGIC)


def decrypt(data: bytes, key: CountyKey) -> bytes:
    try:
        return pyrage.decrypt(data, [_identity(key.secret)])
    except Exception as exc:  # pyrage.DecryptError and friends
        raise EncryptionProblem(
            "无法解密：此文件不是加密给本中心密钥的，或文件已损坏（" + type(exc).__name__ + "）",
            "decrypt_failed", kind=type(exc).__name__) from None


def _identity(secret: str) -> x25519.Identity:
    try:
        return x25519.Identity.from_str(secret)
    except Exception:
        raise EncryptionProblem("age 私钥无效", "age_key_invalid") from None
