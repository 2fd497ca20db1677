"""Encryption in the age format: the stock age tool reads what we write, and we read its files."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from app.sync.encryption import CountyKey, EncryptionProblem, decrypt, encrypt, is_encrypted, read_recipient

AGE = shutil.which("age")
needs_age = pytest.mark.skipif(AGE is None, reason="Debian's age is not installed; .ci/run installs it")
DATA = "张三 11010519491231002X 13800138000\n".encode("utf-8") * 3000  # more than one 64 KiB chunk


@pytest.fixture(scope="module")
def county() -> CountyKey:
    return CountyKey.generate()


def test_round_trip_hides_the_personal_data(county) -> None:
    sealed = encrypt(DATA, [county.recipient])
    assert is_encrypted(sealed) and "11010519491231002X".encode() not in sealed
    assert decrypt(sealed, county) == DATA


def test_the_wrong_key_or_a_damaged_file_is_refused_plainly(county) -> None:
    sealed = encrypt(DATA, [county.recipient])
    with pytest.raises(EncryptionProblem, match="无法解密"):
        decrypt(sealed, CountyKey.generate())
    damaged = sealed[:200] + bytes([sealed[200] ^ 1]) + sealed[201:]
    with pytest.raises(EncryptionProblem, match="无法解密"):
        decrypt(damaged, county)
    with pytest.raises(EncryptionProblem):
        decrypt(sealed[: len(sealed) // 2], county)


def test_key_files_are_read_strictly(county) -> None:
    assert CountyKey.from_file(county.to_file("2026-12-01")) == county
    assert read_recipient(f"# 县政务服务中心\n{county.recipient}\n") == county.recipient
    with pytest.raises(EncryptionProblem):
        read_recipient("age1notakey")
    with pytest.raises(EncryptionProblem):
        CountyKey.from_file("hello")
    with pytest.raises(EncryptionProblem):
        encrypt(b"x", ["age1qqqq"])


@needs_age
def test_stock_age_decrypts_what_we_encrypt(county, tmp_path: Path) -> None:
    (tmp_path / "county.key").write_text(county.to_file(), encoding="utf-8")
    (tmp_path / "p.age").write_bytes(encrypt(DATA, [county.recipient]))
    out = subprocess.run([AGE, "-d", "-i", "county.key", "p.age"], cwd=tmp_path, capture_output=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout == DATA


@needs_age
def test_we_decrypt_what_stock_age_encrypts(county, tmp_path: Path) -> None:
    (tmp_path / "plain").write_bytes(DATA)
    subprocess.run([AGE, "-r", county.recipient, "-o", "p.age", "plain"], cwd=tmp_path, check=True)
    assert decrypt((tmp_path / "p.age").read_bytes(), county) == DATA
