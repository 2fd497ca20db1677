"""Signatures in minisign's format, so that a stock ``minisign -V`` checks our packages.

A station signs what it exports with its Ed25519 key. The format is minisign's
(jedisct1.github.io/minisign): the file is hashed with BLAKE2b-512 and the hash signed
(algorithm ``ED``), under an 8-byte key id; a trusted comment is bound to the signature
by a second, global signature. The keys and the signing are the ``cryptography``
package's Ed25519; nothing here is a cipher of our own, only the layout of the files.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.domain.refusal import Worded
from app.store import seal

PUBLIC_KEY_ALG = b"Ed"
PREHASHED_ALG = b"ED"
LEGACY_ALG = b"Ed"
UNTRUSTED = "untrusted comment: "
TRUSTED = "trusted comment: "
MAX_COMMENT = 1024


class SignatureProblem(Worded, ValueError):
    """A signature or key file that does not check; the message says what, for an officer."""


@dataclass(frozen=True)
class PublicKey:
    """A station's public key as minisign knows it: the key id and the Ed25519 key."""

    key_id: bytes
    raw: bytes

    @classmethod
    def of(cls, key: Ed25519PublicKey) -> "PublicKey":
        raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        return cls(key_id_for(raw), raw)

    @property
    def key_id_hex(self) -> str:
        """The key id as minisign prints it (the 8 bytes read as a little-endian number)."""
        return f"{int.from_bytes(self.key_id, 'little'):016X}"

    @property
    def fingerprint(self) -> str:
        """The station key's fingerprint, as the audit shows it too."""
        return seal.fingerprint(base64.b64encode(self.raw).decode("ascii"))

    def to_file(self, comment: str | None = None) -> str:
        """The text of a ``.pub`` file that ``minisign -p`` reads."""
        comment = comment or f"minisign public key {self.key_id_hex}"
        body = base64.b64encode(PUBLIC_KEY_ALG + self.key_id + self.raw).decode("ascii")
        return f"{UNTRUSTED}{_one_line(comment)}\n{body}\n"

    @classmethod
    def from_file(cls, text: str) -> "PublicKey":
        lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
        if len(lines) != 2 or not lines[0].startswith(UNTRUSTED):
            raise SignatureProblem("不是 minisign 格式的公钥文件", "key_not_minisign")
        blob = _b64(lines[1], "公钥")
        if len(blob) != 42 or blob[:2] != PUBLIC_KEY_ALG:
            raise SignatureProblem("公钥文件内容不完整或算法不符（应为 Ed25519）", "key_incomplete")
        return cls(blob[2:10], blob[10:])

    def verify(self, data: bytes, signature_text: str) -> str:
        """The trusted comment of a valid signature of ``data``; refuses anything else."""
        sig = parse_signature(signature_text)
        if sig.key_id != self.key_id:
            raise SignatureProblem(f"签名所用密钥（{_hex_id(sig.key_id)}）不是本站信任的密钥（{self.key_id_hex}）",
                                   "signature_other_key", key=_hex_id(sig.key_id), trusted=self.key_id_hex)
        key = Ed25519PublicKey.from_public_bytes(self.raw)
        message = hashlib.blake2b(data, digest_size=64).digest() if sig.algorithm == PREHASHED_ALG else data
        try:
            key.verify(sig.signature, message)
            key.verify(sig.global_signature, sig.signature + sig.trusted_comment.encode("utf-8"))
        except InvalidSignature:
            raise SignatureProblem("签名不符：文件在签名后被改动过，或不是由该站点签名", "signature_mismatch") from None
        return sig.trusted_comment


def key_id_for(raw_public_key: bytes) -> bytes:
    """The key id is derived from the key itself, so it needs no storing of its own."""
    return hashlib.blake2b(raw_public_key, digest_size=8, person=b"aw-keyid").digest()


@dataclass(frozen=True)
class Signature:
    algorithm: bytes
    key_id: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes


def sign(key: Ed25519PrivateKey, data: bytes, trusted_comment: str, untrusted_comment: str = "") -> str:
    """The text of a ``.minisig`` file for ``data`` (BLAKE2b-512 prehashed, as minisign ≥ 0.8 signs)."""
    public = PublicKey.of(key.public_key())
    trusted = _one_line(trusted_comment)
    signature = key.sign(hashlib.blake2b(data, digest_size=64).digest())
    global_signature = key.sign(signature + trusted.encode("utf-8"))
    untrusted = _one_line(untrusted_comment or f"signature from approval-window key {public.key_id_hex}")
    return (f"{UNTRUSTED}{untrusted}\n"
            f"{base64.b64encode(PREHASHED_ALG + public.key_id + signature).decode('ascii')}\n"
            f"{TRUSTED}{trusted}\n"
            f"{base64.b64encode(global_signature).decode('ascii')}\n")


def parse_signature(text: str) -> Signature:
    lines = text.splitlines()
    if len(lines) < 4 or not lines[0].startswith(UNTRUSTED) or not lines[2].startswith(TRUSTED):
        raise SignatureProblem("签名文件格式不对（应为 minisign 签名）", "signature_form")
    blob = _b64(lines[1].strip(), "签名")
    if len(blob) != 74 or blob[:2] not in (PREHASHED_ALG, LEGACY_ALG):
        raise SignatureProblem("签名内容不完整或算法不符", "signature_incomplete")
    global_signature = _b64(lines[3].strip(), "签名")
    if len(global_signature) != 64:
        raise SignatureProblem("签名内容不完整", "signature_short")
    trusted = lines[2][len(TRUSTED):]
    if len(trusted) > MAX_COMMENT:
        raise SignatureProblem("签名中的可信注释过长", "signature_comment_long")
    return Signature(blob[:2], blob[2:10], blob[10:], trusted, global_signature)


def _b64(text: str, what: str) -> bytes:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise SignatureProblem(f"{what}不是有效的 Base64 文本", "not_base64", what=what) from None


def _one_line(text: str) -> str:
    flat = " ".join(text.split())
    if len(flat) > MAX_COMMENT:
        raise ValueError("comment too long for a signature")
    return flat


def _hex_id(key_id: bytes) -> str:
    return f"{int.from_bytes(key_id, 'little'):016X}"
