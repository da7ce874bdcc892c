#!/usr/bin/env python3
"""Train the MRZ cell classifier (src/quality/mrz/learned.rs) on cells cut by the reader itself.

Material: generated photos of the *tune* split's designs and backgrounds only, at indices the
thresholds are not tuned on:

    python3 tools/mrz/gen_corpus.py --out /work/gen/mrz-train --split tune --start 400 --n 600
    cargo run --release --example mrz-cells -- /work/gen/mrz-train /work/gen/mrz-cells.bin
    python3 training/mrz_cells/train.py /work/gen/mrz-cells.bin assets/mrz_cells.bin

Model: the reader's 14 x 20 template window, standardised (zero mean, unit deviation, as the
Rust side does), one ReLU hidden layer, 37 logits. Augmented by moving the window one sample
in each direction (the templates' shift search is that coarse) and by a little noise. numpy
only, fixed seed, a few minutes on two cores. One document in five is held out to report
accuracy and pick the epoch.
"""
import struct
import sys

import numpy as np

TW, TH, HIDDEN, CHARS = 14, 20, 64, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<"
SEED, EPOCHS, BATCH, LR = 7, 30, 256, 2e-3


def load(path):
    raw = open(path, "rb").read()
    docs, labels, patches = [], [], []
    i = 0
    while i < len(raw):
        doc, = struct.unpack_from("<I", raw, i)
        label, w, h, ax, ay = raw[i + 4:i + 9]
        ink = np.frombuffer(raw, np.uint8, w * h, i + 9).reshape(h, w).astype(np.float32)
        i += 9 + w * h
        docs.append(doc); labels.append(label); patches.append((ink, ax, ay))
    return np.array(docs), np.array(labels), patches


def window(ink, ax, ay, dx=0, dy=0):
    h, w = ink.shape
    x = min(max(ax + dx, 0), w - TW); y = min(max(ay + dy, 0), h - TH)
    return ink[y:y + TH, x:x + TW].reshape(-1)


def standardise(x):
    x = x - x.mean(axis=1, keepdims=True)
    sd = np.sqrt((x * x).mean(axis=1, keepdims=True))
    return x / np.maximum(sd, 1e-3)


def windows(patches, idx, rng, augment):
    out = np.empty((len(idx), TW * TH), np.float32)
    for k, j in enumerate(idx):
        ink, ax, ay = patches[j]
        if augment:
            dx, dy = rng.integers(-1, 2, 2)
            v = window(ink, ax, ay, dx, dy)
            v = v + rng.normal(0, rng.uniform(0, 12), v.shape)
        else:
            v = window(ink, ax, ay)
        out[k] = v
    return standardise(out)


def main():
    src, dst = sys.argv[1], sys.argv[2]
    rng = np.random.default_rng(SEED)
    docs, labels, patches = load(src)
    held = (docs % 5) == 0
    tr, va = np.where(~held)[0], np.where(held)[0]
    print(f"{len(labels)} cells from {len(set(docs))} zones; train {len(tr)}, held out {len(va)}")
    # The filler dominates; weight classes towards balance (square root, not fully).
    counts = np.bincount(labels, minlength=37).astype(np.float64)
    cw = (counts.max() / np.maximum(counts, 1)) ** 0.5
    cw = (cw / cw[labels].mean()).astype(np.float32)
    n_in = TW * TH
    params = {
        "w1": rng.normal(0, np.sqrt(2 / n_in), (HIDDEN, n_in)).astype(np.float32),
        "b1": np.zeros(HIDDEN, np.float32),
        "w2": rng.normal(0, np.sqrt(1 / HIDDEN), (37, HIDDEN)).astype(np.float32),
        "b2": np.zeros(37, np.float32),
    }
    m = {k: np.zeros_like(v) for k, v in params.items()}
    v2 = {k: np.zeros_like(v) for k, v in params.items()}
    xva = windows(patches, va, rng, False)
    yva = labels[va]
    best = (-1.0, None)
    step = 0
    for epoch in range(EPOCHS):
        order = rng.permutation(tr)
        lr = LR * (0.5 * (1 + np.cos(np.pi * epoch / EPOCHS)))
        for b in range(0, len(order), BATCH):
            idx = order[b:b + BATCH]
            x = windows(patches, idx, rng, True)
            y = labels[idx]
            h = np.maximum(x @ params["w1"].T + params["b1"], 0)
            z = h @ params["w2"].T + params["b2"]
            z -= z.max(axis=1, keepdims=True)
            p = np.exp(z); p /= p.sum(axis=1, keepdims=True)
            g = p.copy(); g[np.arange(len(y)), y] -= 1
            g *= cw[y][:, None] / len(y)
            grads = {"w2": g.T @ h, "b2": g.sum(0)}
            gh = (g @ params["w2"]) * (h > 0)
            grads["w1"] = gh.T @ x; grads["b1"] = gh.sum(0)
            grads["w1"] += 1e-4 * params["w1"]; grads["w2"] += 1e-4 * params["w2"]
            step += 1
            for k in params:
                m[k] = 0.9 * m[k] + 0.1 * grads[k]
                v2[k] = 0.999 * v2[k] + 0.001 * grads[k] ** 2
                mh = m[k] / (1 - 0.9 ** step); vh = v2[k] / (1 - 0.999 ** step)
                params[k] -= lr * mh / (np.sqrt(vh) + 1e-8)
        h = np.maximum(xva @ params["w1"].T + params["b1"], 0)
        acc = float(((h @ params["w2"].T + params["b2"]).argmax(1) == yva).mean())
        letters = yva != 36
        acc_l = float(((h @ params["w2"].T + params["b2"]).argmax(1)[letters] == yva[letters]).mean())
        print(f"epoch {epoch + 1}: held-out accuracy {acc:.4f} (not filler {acc_l:.4f})", flush=True)
        if acc > best[0]:
            best = (acc, {k: v.copy() for k, v in params.items()})
    params = best[1]
    with open(dst, "wb") as f:
        f.write(b"MRZCELL1")
        f.write(struct.pack("<III", n_in, HIDDEN, 37))
        for k in ("w1", "b1", "w2", "b2"):
            f.write(params[k].astype("<f4").tobytes())
    print(f"best held-out accuracy {best[0]:.4f} -> {dst}")


if __name__ == "__main__":
    main()
