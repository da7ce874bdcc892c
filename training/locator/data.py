"""On-the-fly training samples for the document locator, from one split's materials.

A sample is a small photo (stretched to IN x IN, as the Rust side feeds it), the visible-card mask
and a corner heatmap at OUT = IN / 2, and a document-present flag. Rendering happens on a small
canvas (long side 2 x IN) from pools of pre-shrunk designs and backgrounds, ~10 ms a sample.
"""

from __future__ import annotations

import math
import os
import sys

import cv2
import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "synth"))
import synth as S  # noqa: E402

IN = 128
OUT = IN // 2
CANVAS = 2 * IN


class Pools:
    def __init__(self, split: str, n_designs=160, n_bgs=200, seed=0):
        cv2.setNumThreads(1)
        M = S.Materials(split)
        self.designs = []
        for d in M.dev_designs:
            self.designs.append(self._shrink(d))
        rng = np.random.default_rng(seed)
        for s in rng.choice(M.proc_design_seeds, min(n_designs, len(M.proc_design_seeds)), replace=False):
            self.designs.append(self._shrink(S.procedural_design(int(s))))
        self.n_dev = len(M.dev_designs)
        self.bgs = []
        for name in rng.choice(M.proc_bgs, min(n_bgs, len(M.proc_bgs)), replace=False):
            self.bgs.append(S.procedural_background(str(name), 400, 400))
        for p in M.photos:
            img = cv2.imread(p, cv2.IMREAD_COLOR)
            if img is None:
                continue
            img = img[:, :, ::-1]
            s = 640 / max(img.shape[:2])
            img = cv2.resize(img, None, fx=s, fy=s, interpolation=cv2.INTER_AREA)
            if "/mypaint/" in p:
                img = np.tile(img, (2, 2, 1))
            self.bgs.append(np.ascontiguousarray(img))
        for img in M.dev_bgs.values():
            s = 640 / max(img.shape[:2])
            self.bgs.append(np.ascontiguousarray(cv2.resize(img, None, fx=s, fy=s, interpolation=cv2.INTER_AREA)))

    @staticmethod
    def _shrink(d):
        h, w = d.rgb.shape[:2]
        s = 360 / w
        return S.Design(d.name, cv2.resize(d.rgb, (int(w * s), int(h * s)), interpolation=cv2.INTER_AREA),
                        cv2.resize(d.alpha, (int(w * s), int(h * s)), interpolation=cv2.INTER_AREA), d.kind)

    def background(self, rng, W, H):
        src = self.bgs[int(rng.integers(0, len(self.bgs)))]
        ph, pw = src.shape[:2]
        if rng.random() < 0.5:
            src = src[:, ::-1]
        if rng.random() < 0.3:
            src = np.ascontiguousarray(np.rot90(src))
            ph, pw = pw, ph
        ar = W / H
        cw = pw * rng.uniform(0.35, 1.0)
        ch = cw / ar
        if ch > ph:
            ch = ph * rng.uniform(0.5, 1.0)
            cw = ch * ar
        x0, y0 = rng.uniform(0, pw - cw), rng.uniform(0, ph - ch)
        crop = np.ascontiguousarray(src[int(y0):int(y0 + ch), int(x0):int(x0 + cw)])
        img = cv2.resize(crop, (W, H), interpolation=cv2.INTER_AREA).astype(np.float32)
        # Colour jitter so a few hundred backgrounds look like many.
        img = img * rng.uniform(0.6, 1.3) + rng.normal(0, 12, 3)
        if rng.random() < 0.2:
            g = S.luma(img)[..., None]
            img = g + (img - g) * rng.uniform(0, 2)
        return img


def distractors(img, rng, n):
    H, W = img.shape[:2]
    for _ in range(n):
        cw = rng.uniform(0.1, 0.6) * W
        ch = cw * rng.uniform(0.3, 1.2)
        box = cv2.boxPoints(((rng.uniform(0, W), rng.uniform(0, H)), (cw, ch), rng.uniform(0, 180))).astype(np.int32)
        cv2.fillPoly(img, [box], S.hsv_color(rng, s=(0, 0.9), v=(0.05, 1.0)), cv2.LINE_AA)


def sample(rng, pools: Pools):
    """(image uint8 IN x IN x 3, mask float OUT x OUT, corners float OUT x OUT, present 0/1, quad)."""
    ar = rng.choice([4 / 3, 3 / 4, 16 / 9, 9 / 16, 1.0, 3 / 2, 2 / 3])
    if ar >= 1:
        W, H = CANVAS, int(round(CANVAS / ar))
    else:
        W, H = int(round(CANVAS * ar)), CANVAS
    img = pools.background(rng, W, H)
    if rng.random() < 0.3:
        tmp = np.clip(img, 0, 255).astype(np.uint8)
        distractors(tmp, rng, int(rng.integers(1, 5)))
        img = tmp.astype(np.float32)
    present = rng.random() >= 0.1
    mask = np.zeros((H, W), np.float32)
    quad = None
    if present:
        d = pools.designs[int(rng.integers(0, len(pools.designs)))]
        aspect = d.rgb.shape[1] / d.rgb.shape[0]
        for _ in range(50):
            tilt = rng.uniform(0, 55) if rng.random() < 0.35 else rng.uniform(0, 15)
            roll = rng.uniform(0, 360) if rng.random() < 0.5 else rng.normal(0, 8)
            long_frac = math.exp(rng.uniform(math.log(0.16), math.log(1.05)))
            q = S.place_card(rng, W, H, aspect, tilt, roll, long_frac, (0, 0))
            if rng.random() < 0.25:  # partly out of frame
                c = np.array([rng.uniform(0, W), rng.uniform(0, H)])
            else:
                ext = q.max(0) - q.min(0)
                lo = -q.min(0)
                hi = np.array([W, H]) - q.max(0)
                if (hi < lo).any():
                    c = np.array([W / 2, H / 2]) + rng.normal(0, 0.05, 2) * [W, H]
                else:
                    c = np.array([rng.uniform(lo[0], hi[0]), rng.uniform(lo[1], hi[1])])
                del ext
            q = q + c
            vis = S.visible_frac(q, W, H)
            if vis >= 0.5 and S.polygon_area(q) * vis / (W * H) >= 0.015:
                quad = q
                break
        if quad is None:
            present = False
    if present:
        img, alpha = S.composite(img, d, quad, rng)
        mask = alpha
        if rng.random() < 0.3:
            img, _ = S.draw_hand(img, quad, rng, alpha)
        if rng.random() < 0.15:
            img = S.add_glare(img, quad, alpha, rng, {})
    img = S.lighting(img, rng, rng.uniform(0.3, 1.5))
    r = rng.random()
    if r < 0.1:
        img = img * rng.uniform(0.12, 0.4)
    elif r < 0.2:
        img = np.clip(img * rng.uniform(1.3, 2.2), 0, 255)
    if rng.random() < 0.25:
        img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.5, 3.0))
    elif rng.random() < 0.1:
        img = cv2.filter2D(img, -1, S.motion_kernel(rng.uniform(2, 10), rng.uniform(0, 180)))
    img = np.clip(img + rng.standard_normal(img.shape, dtype=np.float32) * rng.uniform(0, 8), 0, 255).astype(np.uint8)
    if rng.random() < 0.05:
        g = S.luma(img).astype(np.uint8)
        img = np.stack([g, g, g], -1)
    x = cv2.resize(img, (IN, IN), interpolation=cv2.INTER_AREA)
    if rng.random() < 0.5:
        x = S.jpeg(x, rng.integers(40, 95))
    m = cv2.resize(mask, (OUT, OUT), interpolation=cv2.INTER_AREA)
    heat = np.zeros((OUT, OUT), np.float32)
    qo = None
    if present:
        qo = quad * [OUT / W, OUT / H]
        yy, xx = np.mgrid[0:OUT, 0:OUT].astype(np.float32)
        for (cx, cy) in qo:
            # pixel centres at i + 0.5
            heat = np.maximum(heat, np.exp(-(((xx + 0.5 - cx) ** 2 + (yy + 0.5 - cy) ** 2) / (2 * 1.5 ** 2))))
    return x, m, heat, float(present), qo
