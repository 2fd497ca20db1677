"""Signatures that the stock minisign tool checks, and that we check as strictly as it does."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from app.sync.signing import PublicKey, SignatureProblem, sign

MINISIGN = shutil.which("minisign")
needs_minisign = pytest.mark.skipif(MINISIGN is None, reason="Debian's minisign is not installed; .ci/run installs it")
DATA = "青山镇便民服务中心 上报包\n".encode("utf-8") * 100


@pytest.fixture(scope="module")
def key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def test_a_signature_verifies_and_returns_its_trusted_comment(key) -> None:
    public = PublicKey.of(key.public_key())
    text = sign(key, DATA, "station QS-01 package 7")
    assert public.verify(DATA, text) == "station QS-01 package 7"


def test_a_changed_byte_or_comment_is_refused(key) -> None:
    public = PublicKey.of(key.public_key())
    text = sign(key, DATA, "package 7")
    with pytest.raises(SignatureProblem, match="改动"):
        public.verify(DATA[:-1] + b"x", text)
    forged = text.replace("trusted comment: package 7", "trusted comment: package 8")
    with pytest.raises(SignatureProblem, match="改动"):
        public.verify(DATA, forged)


def test_another_stations_key_is_named_as_such(key) -> None:
    other = PublicKey.of(Ed25519PrivateKey.generate().public_key())
    with pytest.raises(SignatureProblem, match="不是本站信任的密钥"):
        other.verify(DATA, sign(key, DATA, "x"))


def test_public_key_file_round_trips_and_fingerprint_reads_aloud(key) -> None:
    public = PublicKey.of(key.public_key())
    again = PublicKey.from_file(public.to_file())
    assert again == public
    groups = public.fingerprint.split()
    assert len(groups) == 5 and all(len(g) == 4 for g in groups)


@given(st.binary(max_size=400))
@settings(max_examples=200, deadline=None)
def test_any_damaged_signature_text_is_refused_with_our_own_error(junk: bytes) -> None:
    key = Ed25519PrivateKey.generate()
    public = PublicKey.of(key.public_key())
    text = sign(key, b"data", "c")
    damaged = text[: len(junk) % len(text)] + junk.decode("latin-1")
    if damaged == text:
        return
    with pytest.raises(SignatureProblem):
        public.verify(b"data", damaged)


@needs_minisign
def test_stock_minisign_verifies_our_signature(key, tmp_path: Path) -> None:
    public = PublicKey.of(key.public_key())
    (tmp_path / "package.awpkg").write_bytes(DATA)
    (tmp_path / "package.awpkg.minisig").write_text(sign(key, DATA, "station QS-01 seq 1-40"), encoding="utf-8")
    (tmp_path / "station.pub").write_text(public.to_file(), encoding="utf-8")
    ok = subprocess.run([MINISIGN, "-V", "-m", "package.awpkg", "-p", "station.pub"], cwd=tmp_path,
                        capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    assert "station QS-01 seq 1-40" in ok.stdout
    (tmp_path / "package.awpkg").write_bytes(DATA + b"!")
    bad = subprocess.run([MINISIGN, "-V", "-m", "package.awpkg", "-p", "station.pub"], cwd=tmp_path,
                         capture_output=True, text=True)
    assert bad.returncode != 0


@needs_minisign
def test_we_verify_what_stock_minisign_signs(tmp_path: Path) -> None:
    subprocess.run([MINISIGN, "-G", "-W", "-p", "k.pub", "-s", "k.key"], cwd=tmp_path, check=True,
                   capture_output=True)
    (tmp_path / "f.bin").write_bytes(DATA)
    subprocess.run([MINISIGN, "-S", "-s", "k.key", "-m", "f.bin", "-t", "from the stock tool"], cwd=tmp_path,
                   check=True, capture_output=True)
    public = PublicKey.from_file((tmp_path / "k.pub").read_text())
    assert public.verify(DATA, (tmp_path / "f.bin.minisig").read_text()) == "from the stock tool"
