"""Train the document locator (a small depthwise-separable U-Net) from scratch, resumable.

    nice -n 15 python3 training/locator/train.py --ckpt /work/gen/ckpt          # train / resume
    python3 training/locator/train.py --ckpt /work/gen/ckpt --export assets/doc_locator.onnx

Seed 12 (`--seed`). Samples come from the `tune` materials only (data.Pools("tune")), drawn on the fly;
a fixed held-out set from other tune-material seeds picks the best checkpoint. The checkpoint
(`last.pt`, `best.pt` under --ckpt) carries the model, optimiser, step and RNG state, so a killed
run resumes where it stopped.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import data as D  # noqa: E402


def ds(cin, cout, stride=1):
    """Depthwise 3x3 + pointwise 1x1, each with batch norm and ReLU."""
    return nn.Sequential(
        nn.Conv2d(cin, cin, 3, stride, 1, groups=cin, bias=False), nn.BatchNorm2d(cin), nn.ReLU(inplace=True),
        nn.Conv2d(cin, cout, 1, bias=False), nn.BatchNorm2d(cout), nn.ReLU(inplace=True))


class Locator(nn.Module):
    """Input: 1x3xINxIN RGB in 0..255. Outputs: maps 1x2xOUTxOUT (sigmoid: mask, corners), score 1x1."""

    def __init__(self):
        super().__init__()
        self.stem = nn.Sequential(nn.Conv2d(3, 16, 3, 2, 1, bias=False), nn.BatchNorm2d(16), nn.ReLU(inplace=True))
        self.e1 = nn.Sequential(ds(16, 24, 2), ds(24, 24))    # 40
        self.e2 = nn.Sequential(ds(24, 40, 2), ds(40, 40))    # 20
        self.e3 = nn.Sequential(ds(40, 64, 2), ds(64, 64))    # 10
        self.e4 = nn.Sequential(ds(64, 128, 2), ds(128, 128))  # 5
        self.score = nn.Linear(128, 1)
        self.d3 = nn.Sequential(ds(128 + 64, 64), ds(64, 64))
        self.d2 = ds(64 + 40, 40)
        self.d1 = ds(40 + 24, 24)
        self.d0 = ds(24 + 16, 16)
        self.head = nn.Conv2d(16, 2, 1)

    @staticmethod
    def up(x):
        return F.interpolate(x, scale_factor=2.0, mode="nearest")

    def forward(self, x, logits=False):
        x = x * (1.0 / 255.0) - 0.5
        s0 = self.stem(x)
        s1 = self.e1(s0)
        s2 = self.e2(s1)
        s3 = self.e3(s2)
        s4 = self.e4(s3)
        score = self.score(s4.mean(dim=(2, 3)))
        y = self.d3(torch.cat([self.up(s4), s3], 1))
        y = self.d2(torch.cat([self.up(y), s2], 1))
        y = self.d1(torch.cat([self.up(y), s1], 1))
        y = self.d0(torch.cat([self.up(y), s0], 1))
        maps = self.head(y)
        if logits:
            return maps, score
        return torch.sigmoid(maps), torch.sigmoid(score)


class Stream(torch.utils.data.IterableDataset):
    def __init__(self, seed, start_step):
        self.seed, self.start = seed, start_step

    def __iter__(self):
        pools = D.Pools("tune", seed=self.seed)
        rng = np.random.default_rng([self.seed, self.start])
        while True:
            x, m, h, p, _ = D.sample(rng, pools)
            yield (torch.from_numpy(np.ascontiguousarray(x.transpose(2, 0, 1))).float(),
                   torch.from_numpy(np.stack([m, h])), torch.tensor([p], dtype=torch.float32))


def losses(model, x, y, p):
    maps, score = model(x, logits=True)
    mask_l = F.binary_cross_entropy_with_logits(maps[:, 0], y[:, 0])
    pm = torch.sigmoid(maps[:, 0])
    inter = (pm * y[:, 0]).sum((1, 2))
    dice = 1 - (2 * inter + 1) / (pm.sum((1, 2)) + y[:, 0].sum((1, 2)) + 1)
    w = 1 + 30 * y[:, 1]
    corner_l = (F.binary_cross_entropy_with_logits(maps[:, 1], y[:, 1], reduction="none") * w).mean()
    score_l = F.binary_cross_entropy_with_logits(score, p)
    return mask_l + dice.mean() + 0.5 * corner_l + 0.3 * score_l, maps, score


def holdout(path, n=256, seed=7):
    if os.path.exists(path):
        z = np.load(path)
        return z["x"], z["y"], z["p"]
    pools = D.Pools("tune", seed=seed + 1000)  # other tune designs/backgrounds draw than training's
    rng = np.random.default_rng(seed)
    xs, ys, ps = [], [], []
    for _ in range(n):
        x, m, h, p, _ = D.sample(rng, pools)
        xs.append(x.transpose(2, 0, 1))
        ys.append(np.stack([m, h]))
        ps.append([p])
    x, y, p = np.stack(xs), np.stack(ys), np.array(ps, np.float32)
    np.savez_compressed(path, x=x, y=y, p=p)
    return x, y, p


@torch.no_grad()
def evaluate(model, hx, hy, hp):
    model.eval()
    ious, acc = [], []
    for i in range(0, len(hx), 64):
        x = torch.from_numpy(hx[i:i + 64]).float()
        maps, score = model(x)
        pm = (maps[:, 0] > 0.5).float()
        gt = torch.from_numpy(hy[i:i + 64, 0]) > 0.5
        for j in range(len(x)):
            if hp[i + j, 0] > 0.5:
                inter = (pm[j].bool() & gt[j]).sum().item()
                uni = (pm[j].bool() | gt[j]).sum().item()
                ious.append(inter / max(uni, 1))
        acc.extend(((score[:, 0] > 0.5).numpy() == (hp[i:i + 64, 0] > 0.5)).tolist())
    model.train()
    return float(np.mean(ious)), float(np.mean(acc))


def export(model, path):
    model.eval()
    x = torch.zeros(1, 3, D.IN, D.IN)
    torch.onnx.export(model, (x,), path, input_names=["image"], output_names=["maps", "score"],
                      opset_version=13, dynamo=False)
    print("exported", path, os.path.getsize(path), "bytes")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ckpt", default="/work/gen/ckpt")
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--steps", type=int, default=40000)
    ap.add_argument("--batch", type=int, default=24)
    ap.add_argument("--lr", type=float, default=3e-3)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--export", default=None, help="write best.pt as ONNX to this path and stop")
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    os.makedirs(a.ckpt, exist_ok=True)
    torch.manual_seed(a.seed)
    model = Locator()
    print("parameters:", sum(p.numel() for p in model.parameters()))
    last, best_path = os.path.join(a.ckpt, "last.pt"), os.path.join(a.ckpt, "best.pt")
    if a.export:
        st = torch.load(best_path if os.path.exists(best_path) else last, map_location="cpu", weights_only=False)
        model.load_state_dict(st["model"])
        print("step", st["step"], "holdout", st.get("holdout"))
        export(model, a.export)
        return
    opt = torch.optim.AdamW(model.parameters(), lr=a.lr, weight_decay=1e-4)
    step, best = 0, -1.0
    if os.path.exists(last):
        st = torch.load(last, map_location="cpu", weights_only=False)
        model.load_state_dict(st["model"])
        opt.load_state_dict(st["opt"])
        step, best = st["step"], st.get("best", -1.0)
        torch.set_rng_state(st["torch_rng"])
        print("resumed at step", step, "best", best)
    hx, hy, hp = holdout(os.path.join(a.ckpt, "holdout.npz"))
    loader = torch.utils.data.DataLoader(Stream(a.seed, step), batch_size=a.batch, num_workers=1,
                                         prefetch_factor=4, persistent_workers=False)
    t0, seen, run = time.time(), 0, 0.0

    def save(path, hold=None):
        torch.save({"model": model.state_dict(), "opt": opt.state_dict(), "step": step, "best": best,
                    "torch_rng": torch.get_rng_state(), "holdout": hold}, path + ".tmp")
        os.replace(path + ".tmp", path)

    for x, y, p in loader:
        # Cosine decay over --steps with a short warm-up.
        lr = a.lr * min(1.0, (step + 1) / 300) * (0.5 * (1 + np.cos(np.pi * min(step, a.steps) / a.steps)) * 0.97 + 0.03)
        for g in opt.param_groups:
            g["lr"] = lr
        loss, _, _ = losses(model, x, y, p)
        opt.zero_grad()
        loss.backward()
        opt.step()
        step += 1
        seen += len(x)
        run = 0.98 * run + 0.02 * loss.item() if step > 1 else loss.item()
        if step % 50 == 0:
            print(f"step {step} loss {run:.4f} lr {lr:.2e} {seen / (time.time() - t0):.1f} img/s", flush=True)
        if step % 250 == 0:
            iou, acc = evaluate(model, hx, hy, hp)
            print(f"  holdout mask IoU {iou:.4f} present acc {acc:.4f}", flush=True)
            if iou > best:
                best = iou
                save(best_path, (iou, acc))
            save(last)
        if step >= a.steps:
            break
    save(last)


if __name__ == "__main__":
    main()
