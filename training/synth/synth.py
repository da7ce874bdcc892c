"""Synthetic document photos: card designs, backgrounds, hands, camera and physical defects.

Everything is drawn from a numpy Generator, so a seed fixes the output. Materials (card designs,
background photos and procedural background instances) are split into `tune` and `val` by name
(`split_of`), so no design or background used for tuning or training appears in validation.

Coordinates: card quads are TL, TR, BR, BL in image pixels (x, y), and may lie outside the frame.
"""

from __future__ import annotations

import glob
import hashlib
import math
import os
import zlib

import cv2
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED_DEV = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "quality-dev"))

# --- material split ---------------------------------------------------------------------------

# The five DocXPand designs seen in ../shared/quality-dev: design a and the passport for tuning
# and training, design b (both sides) for validation only.
DEV_TEMPLATES_TUNE = ["id_card_td1_a__front", "id_card_td1_a__back", "pp_td3_a__front"]
DEV_TEMPLATES_VAL = ["id_card_td1_b__front", "id_card_td1_b__back"]

# Background photos shipped by Debian packages (licences in MATERIALS.md).
PHOTO_GLOBS = [
    "/usr/share/backgrounds/mate/nature/*.jpg",
    "/usr/share/backgrounds/mate/abstract/*.png",
    "/usr/share/backgrounds/mate/desktop/Stripes.png",
    "/usr/share/backgrounds/*.jpg",
    "/usr/share/backgrounds/*.png",
    "/usr/share/wallpapers/*/contents/images/2560x1600.jpg",
    "/usr/share/wallpapers/*/contents/images/2560x1600.png",
    "/usr/share/mypaint/backgrounds/*/*.png",
]

PROC_BG_KINDS = [
    "wood", "fabric", "sheet", "tiles", "print", "keyboard", "desk", "food", "gradient", "granite",
]


def split_of(name: str) -> str:
    """tune or val for a material name: fixed by a hash, so it never depends on the run."""
    if name in DEV_TEMPLATES_TUNE:
        return "tune"
    if name in DEV_TEMPLATES_VAL:
        return "val"
    if name.startswith("dev_bg_"):
        return "tune"  # backgrounds of ../shared/quality-dev: tune only
    h = zlib.crc32(name.encode()) % 100
    return "val" if h < 35 else "tune"


def photo_backgrounds() -> list[str]:
    out = []
    for g in PHOTO_GLOBS:
        out.extend(sorted(glob.glob(g)))
    # One file per wallpaper theme (several sizes of one picture are one material).
    seen, uniq = set(), []
    for p in out:
        if "lomiri-default" in p:
            continue
        key = photo_name(p)
        if key in seen:
            continue
        seen.add(key)
        uniq.append(p)
    return uniq


def photo_name(path: str) -> str:
    if "/wallpapers/" in path:
        theme = path.split("/wallpapers/")[1].split("/")[0]
        return "photo_kde_" + theme
    base = os.path.splitext(os.path.basename(path))[0]
    base = base.split("_")[0] if base.startswith("Elephants") else base
    return "photo_" + base


# --- small helpers ----------------------------------------------------------------------------

def big_blur(m: np.ndarray, sigma: float) -> np.ndarray:
    """Gaussian blur with a large sigma, computed on a copy shrunk so sigma is ~4 px."""
    h, w = m.shape[:2]
    f = max(1, int(sigma / 4))
    if f <= 1:
        return cv2.GaussianBlur(m, (0, 0), sigma)
    small = cv2.resize(m, (max(1, w // f), max(1, h // f)), interpolation=cv2.INTER_AREA)
    small = cv2.GaussianBlur(small, (0, 0), sigma / f)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)


def luma(img: np.ndarray) -> np.ndarray:
    img = img.astype(np.float32)
    return 0.299 * img[..., 0] + 0.587 * img[..., 1] + 0.114 * img[..., 2]


def smooth_noise(rng, h, w, scale, octaves=3):
    """Value noise in 0..1, features about `scale` px."""
    acc = np.zeros((h, w), np.float32)
    amp, tot = 1.0, 0.0
    s = max(scale, 2.0)
    for _ in range(octaves):
        gh, gw = max(2, int(h / s) + 2), max(2, int(w / s) + 2)
        g = rng.random((gh, gw)).astype(np.float32)
        acc += amp * cv2.resize(g, (w, h), interpolation=cv2.INTER_CUBIC)
        tot += amp
        amp *= 0.5
        s /= 2.0
    acc /= tot
    return np.clip((acc - acc.min()) / (np.ptp(acc) + 1e-6), 0, 1)


def rand_color(rng, lo=0, hi=255):
    return tuple(int(v) for v in rng.integers(lo, hi + 1, 3))


def hsv_color(rng, h=None, s=(0.1, 0.6), v=(0.5, 1.0)):
    hh = rng.random() if h is None else h
    ss = rng.uniform(*s)
    vv = rng.uniform(*v)
    c = cv2.cvtColor(np.uint8([[[int(hh * 179), int(ss * 255), int(vv * 255)]]]), cv2.COLOR_HSV2RGB)
    return tuple(int(x) for x in c[0, 0])


LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def rand_word(rng, lo=3, hi=10, alphabet=LETTERS):
    n = int(rng.integers(lo, hi + 1))
    return "".join(alphabet[int(i)] for i in rng.integers(0, len(alphabet), n))


FONTS = [cv2.FONT_HERSHEY_SIMPLEX, cv2.FONT_HERSHEY_DUPLEX, cv2.FONT_HERSHEY_COMPLEX,
         cv2.FONT_HERSHEY_TRIPLEX, cv2.FONT_HERSHEY_PLAIN]


def put_text(img, text, org, height_px, color, font=cv2.FONT_HERSHEY_SIMPLEX, thick=None):
    scale = height_px / 22.0
    if font == cv2.FONT_HERSHEY_PLAIN:
        scale = height_px / 12.0
    t = thick or max(1, int(round(height_px / 12)))
    cv2.putText(img, text, (int(org[0]), int(org[1])), font, scale, color, t, cv2.LINE_AA)


def rounded_mask(h, w, r):
    m = np.zeros((h, w), np.uint8)
    r = int(max(0, min(r, min(h, w) // 2 - 1)))
    if r <= 0:
        m[:] = 255
        return m
    cv2.rectangle(m, (r, 0), (w - 1 - r, h - 1), 255, -1)
    cv2.rectangle(m, (0, r), (w - 1, h - 1 - r), 255, -1)
    for cx, cy in [(r, r), (w - 1 - r, r), (w - 1 - r, h - 1 - r), (r, h - 1 - r)]:
        cv2.circle(m, (cx, cy), r, 255, -1, cv2.LINE_AA)
    return m


# --- card designs -----------------------------------------------------------------------------

class Design:
    """A flat card: RGB (h, w, 3) uint8 and alpha (h, w) uint8 with the rounded outline."""

    def __init__(self, name, rgb, alpha, kind):
        self.name, self.rgb, self.alpha, self.kind = name, rgb, alpha, kind


def _read_dev_labels():
    path = os.path.join(SHARED_DEV, "labels.csv")
    rows = []
    if not os.path.exists(path):
        return rows
    import csv
    with open(path, newline="") as f:
        for r in csv.DictReader(f):
            p = dict(kv.split("=", 1) for kv in r["params"].split(";") if "=" in kv)
            rows.append((r["file"], r["kind"], r["expect"], p))
    return rows


def dev_designs(names) -> list[Design]:
    """Cut the DocXPand designs out of quality-dev's clean photos along their exact card_quad."""
    rows = _read_dev_labels()
    out = []
    for name in names:
        cands = [r for r in rows if r[1] == "id" and r[2] in ("ok",) and r[3].get("template") == name]
        if not cands:
            continue
        best = max(cands, key=lambda r: float(r[3].get("card_px", 0)) - 20 * float(r[3].get("tilt_deg", 0)))
        img = cv2.imread(os.path.join(SHARED_DEV, best[0]))[:, :, ::-1]
        q = np.array([float(v) for v in best[3]["card_quad"].split(",")], np.float32).reshape(4, 2)
        if name.startswith("pp"):
            w, h = 1000, 704
        else:
            w, h = 1000, 631
        dst = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
        H = cv2.getPerspectiveTransform(q, dst)
        rgb = cv2.warpPerspective(img, H, (w, h), flags=cv2.INTER_AREA, borderMode=cv2.BORDER_REPLICATE)
        # Flatten the photo's uneven light a little (divide by a very smooth copy).
        lum = luma(rgb)
        low = cv2.GaussianBlur(lum, (0, 0), w / 6)
        gain = np.clip(np.median(lum) / (low + 1), 0.8, 1.25)[..., None]
        rgb = np.clip(rgb * gain, 0, 255).astype(np.uint8)
        alpha = rounded_mask(h, w, int(0.037 * w) if not name.startswith("pp") else int(0.02 * w))
        out.append(Design(name, np.ascontiguousarray(rgb), alpha, "passport" if name.startswith("pp") else "id1"))
    return out


def guilloche(img, rng, color, n=None, alpha=0.35):
    h, w = img.shape[:2]
    over = img.copy()
    n = n or int(rng.integers(3, 9))
    t = np.linspace(0, 2 * math.pi, 1500)
    for _ in range(n):
        cx, cy = rng.uniform(0, w), rng.uniform(0, h)
        R, r, d = rng.uniform(0.2, 0.8) * w, rng.uniform(0.02, 0.2) * w, rng.uniform(0.02, 0.2) * w
        k = int(rng.integers(5, 40))
        for j in range(int(rng.integers(3, 12))):
            ph = j * 0.08
            x = cx + (R - r) * np.cos(t + ph) + d * np.cos(k * t)
            y = cy + (R - r) * np.sin(t + ph) * rng.uniform(0.3, 1.0) - d * np.sin(k * t)
            pts = np.stack([x, y], 1).astype(np.int32)
            cv2.polylines(over, [pts], True, color, 1, cv2.LINE_AA)
    # sine wave bands
    for _ in range(int(rng.integers(0, 4))):
        y0 = rng.uniform(0, h)
        amp, per = rng.uniform(3, 30), rng.uniform(20, 200)
        for j in range(int(rng.integers(4, 15))):
            xs = np.arange(0, w, 3)
            ys = y0 + j * 3 + amp * np.sin(xs / per * 2 * math.pi + j * 0.3)
            cv2.polylines(over, [np.stack([xs, ys], 1).astype(np.int32)], False, color, 1, cv2.LINE_AA)
    return cv2.addWeighted(over, alpha, img, 1 - alpha, 0)


def draw_portrait(img, x, y, w, h, rng):
    bgc = hsv_color(rng, s=(0.0, 0.25), v=(0.6, 0.95))
    cv2.rectangle(img, (x, y), (x + w, y + h), bgc, -1)
    skin = skin_color(rng)
    hair = hsv_color(rng, h=rng.uniform(0.02, 0.1), s=(0.2, 0.8), v=(0.05, 0.6))
    cx = x + w // 2
    cv2.ellipse(img, (cx, y + int(h * 1.05)), (int(w * 0.48), int(h * 0.35)), 0, 0, 360,
                hsv_color(rng, v=(0.1, 0.8)), -1, cv2.LINE_AA)
    cv2.rectangle(img, (cx - w // 10, y + int(h * 0.55)), (cx + w // 10, y + int(h * 0.75)), skin, -1)
    cv2.ellipse(img, (cx, y + int(h * 0.36)), (int(w * 0.3), int(h * 0.27)), 0, 180, 360, hair, -1, cv2.LINE_AA)
    cv2.ellipse(img, (cx, y + int(h * 0.42)), (int(w * 0.25), int(h * 0.24)), 0, 0, 360, skin, -1, cv2.LINE_AA)
    for ex in (-1, 1):
        cv2.circle(img, (cx + ex * int(w * 0.09), y + int(h * 0.40)), max(1, w // 40), (40, 30, 30), -1)
    cv2.line(img, (cx - w // 12, y + int(h * 0.54)), (cx + w // 12, y + int(h * 0.54)), (120, 60, 60), max(1, w // 60))
    cv2.rectangle(img, (x, y), (x + w, y + h), (90, 90, 90), 1)


def skin_color(rng):
    # From very light to very dark skin tones (RGB).
    tones = [(255, 224, 196), (241, 194, 160), (224, 172, 135), (198, 134, 96), (161, 102, 66),
             (120, 72, 45), (90, 55, 35), (62, 40, 28)]
    a, b = tones[int(rng.integers(0, len(tones) - 1))], tones[int(rng.integers(0, len(tones)))]
    t = rng.random()
    return tuple(int(a[i] * t + b[i] * (1 - t)) for i in range(3))


def mrz_lines(rng, n, length):
    al = LETTERS + "0123456789<<<<<<<<"
    return ["".join(al[int(i)] for i in rng.integers(0, len(al), length)) for _ in range(n)]


def procedural_design(seed: int) -> Design:
    """A fictitious card or passport page drawn from `seed`."""
    rng = np.random.default_rng(seed)
    name = f"proc_{seed:05d}"
    passport = rng.random() < 0.35
    w = 1000
    h = int(w * (88 / 125 if passport else 53.98 / 85.6))
    # Base: a pastel or saturated colour, gradient, fine noise texture.
    c1 = np.array(hsv_color(rng, s=(0.05, 0.55), v=(0.55, 1.0)), np.float32)
    c2 = np.array(hsv_color(rng, s=(0.05, 0.55), v=(0.55, 1.0)), np.float32)
    if rng.random() < 0.12:  # dark card
        c1 *= 0.35
        c2 *= 0.45
    ang = rng.uniform(0, 2 * math.pi)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    t = ((xx / w - 0.5) * math.cos(ang) + (yy / h - 0.5) * math.sin(ang)) + 0.5
    t = np.clip(t, 0, 1)[..., None]
    img = c1 * (1 - t) + c2 * t
    img += (smooth_noise(rng, h, w, rng.uniform(20, 200))[..., None] - 0.5) * rng.uniform(0, 40)
    img = np.clip(img, 0, 255).astype(np.uint8)
    dark = luma(img).mean() < 110
    ink = (235, 235, 235) if dark else tuple(int(v) for v in rng.integers(0, 70, 3))
    img = guilloche(img, rng, hsv_color(rng, s=(0.2, 0.8), v=(0.3, 0.9)), alpha=rng.uniform(0.15, 0.5))
    # Header band.
    if rng.random() < 0.7:
        bh = int(h * rng.uniform(0.1, 0.2))
        band = hsv_color(rng, s=(0.3, 0.9), v=(0.2, 0.8))
        if rng.random() < 0.5:
            cv2.rectangle(img, (0, 0), (w, bh), band, -1)
        else:
            cv2.rectangle(img, (0, h - bh), (w, h), band, -1)
        put_text(img, rand_word(rng, 6, 14) + " " + rand_word(rng, 4, 10), (int(w * 0.2), int(bh * 0.7)),
                 bh * 0.45, (250, 250, 250) if luma(np.uint8([[band]])).mean() < 140 else (20, 20, 20),
                 FONTS[int(rng.integers(0, 4))])
    else:
        put_text(img, rand_word(rng, 6, 14), (int(w * 0.25), int(h * 0.1)), h * 0.06, ink, FONTS[int(rng.integers(0, 4))])
    # Photo box on the left or right.
    pw = int(w * rng.uniform(0.22, 0.32))
    ph = int(pw * rng.uniform(1.2, 1.35))
    left = rng.random() < 0.75
    px = int(w * 0.04) if left else w - pw - int(w * 0.04)
    py = int(h * rng.uniform(0.2, 0.3))
    ph = min(ph, h - py - int(h * (0.28 if passport else 0.08)))
    draw_portrait(img, px, py, pw, ph, rng)
    # Emblem / chip.
    if rng.random() < 0.5:
        ex, ey = int(w * rng.uniform(0.75, 0.9)), int(h * rng.uniform(0.2, 0.35))
        cv2.circle(img, (ex, ey), int(h * 0.08), hsv_color(rng, s=(0.3, 0.9), v=(0.3, 0.9)), -1, cv2.LINE_AA)
        cv2.circle(img, (ex, ey), int(h * 0.05), hsv_color(rng, s=(0.3, 0.9), v=(0.3, 0.9)), 2, cv2.LINE_AA)
    if not passport and rng.random() < 0.35:
        cx0, cy0 = (px + pw + int(w * 0.05)) if left else int(w * 0.06), int(h * 0.35)
        cv2.rectangle(img, (cx0, cy0), (cx0 + int(w * 0.1), cy0 + int(h * 0.14)), (200, 170, 90), -1)
        cv2.rectangle(img, (cx0, cy0), (cx0 + int(w * 0.1), cy0 + int(h * 0.14)), (120, 100, 50), 2)
    # Text fields: small labels and larger values.
    tx = px + pw + int(w * 0.05) if left else int(w * 0.06)
    tx_end = w - int(w * 0.05) if left else px - int(w * 0.03)
    y = py + int(h * 0.03)
    bottom = h - int(h * (0.3 if passport else 0.12))
    font = FONTS[int(rng.integers(0, 4))]
    lab_h = h * rng.uniform(0.022, 0.032)
    val_h = h * rng.uniform(0.035, 0.055)
    while y + lab_h + val_h < bottom:
        put_text(img, rand_word(rng, 4, 12).lower() + " / " + rand_word(rng, 3, 8).lower(), (tx, y + lab_h), lab_h,
                 ink, cv2.FONT_HERSHEY_SIMPLEX, 1)
        y += int(lab_h * 1.5)
        maxc = max(3, int((tx_end - tx) / (val_h * 0.9)))
        put_text(img, rand_word(rng, 3, min(14, maxc)), (tx, y + val_h), val_h, ink, font)
        y += int(val_h * rng.uniform(1.6, 2.2))
    # MRZ.
    if passport or rng.random() < 0.4:
        n, L = (2, 44) if passport else (3, 30)
        mh = h * (0.045 if passport else 0.05)
        zone_top = h - int(mh * 1.6 * n) - int(h * 0.03)
        if rng.random() < 0.6:
            cv2.rectangle(img, (0, zone_top - 8), (w, h), (245, 245, 240) if not dark else (60, 60, 60), -1)
        for i, line in enumerate(mrz_lines(rng, n, L)):
            put_text(img, line, (int(w * 0.03), zone_top + int(mh * 1.5 * (i + 1))), mh * 0.95,
                     ink if not dark else (230, 230, 230), cv2.FONT_HERSHEY_PLAIN, max(1, int(mh / 10)))
    # Signature scribble.
    if rng.random() < 0.6:
        sx, sy = int(w * rng.uniform(0.05, 0.6)), int(h * rng.uniform(0.6, 0.85))
        pts = np.cumsum(rng.normal(0, 8, (40, 2)), 0) + [sx, sy]
        pts[:, 0] = sx + np.linspace(0, w * 0.25, 40)
        cv2.polylines(img, [pts.astype(np.int32)], False, (20, 30, 90), 2, cv2.LINE_AA)
    # Border line on some designs.
    if rng.random() < 0.3:
        m = int(w * 0.015)
        cv2.rectangle(img, (m, m), (w - m, h - m), hsv_color(rng, v=(0.2, 0.8)), 2)
    radius = int(w * (rng.uniform(0.0, 0.03) if passport else rng.uniform(0.02, 0.065)))
    alpha = rounded_mask(h, w, radius)
    return Design(name, img, alpha, "passport" if passport else "id1")


# --- backgrounds ------------------------------------------------------------------------------

def _wood(rng, h, w):
    base = np.array(hsv_color(rng, h=rng.uniform(0.04, 0.1), s=(0.3, 0.75), v=(0.25, 0.85)), np.float32)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    ang = rng.uniform(0, math.pi)
    u = xx * math.cos(ang) + yy * math.sin(ang)
    v = -xx * math.sin(ang) + yy * math.cos(ang)
    warp = smooth_noise(rng, h, w, rng.uniform(60, 300)) * rng.uniform(10, 60)
    freq = rng.uniform(0.03, 0.25)
    rings = 0.5 + 0.5 * np.sin((v + warp) * freq + 3 * smooth_noise(rng, h, w, 80))
    fine = smooth_noise(rng, h, w, 3, 2)
    shade = 0.75 + 0.25 * rings + 0.1 * (fine - 0.5)
    img = base * shade[..., None]
    if rng.random() < 0.6:  # planks
        pw = rng.uniform(0.1, 0.4) * max(h, w)
        seam = (np.mod(u, pw) < rng.uniform(1.5, 4)).astype(np.float32)
        img *= (1 - 0.5 * seam)[..., None]
    return img


def _fabric(rng, h, w):
    c = np.array(hsv_color(rng, s=(0.05, 0.8), v=(0.2, 0.95)), np.float32)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    p = rng.uniform(2.5, 7)
    weave = 0.5 + 0.25 * np.sin(xx * 2 * math.pi / p) * np.sin(yy * 2 * math.pi / p)
    folds = smooth_noise(rng, h, w, rng.uniform(80, 300))
    img = c * (0.7 + 0.25 * weave + 0.25 * (folds - 0.5))[..., None]
    if rng.random() < 0.4:  # stripes or checks
        per = rng.uniform(10, 60)
        c2 = np.array(hsv_color(rng), np.float32)
        stripe = (np.mod(xx + (yy if rng.random() < 0.5 else 0), per) < per / 3)
        img[stripe] = img[stripe] * 0.4 + c2 * 0.6 * (0.7 + 0.3 * weave[stripe, None])
    return img


def _sheet(rng, h, w):
    c = np.array(hsv_color(rng, s=(0.0, 0.35), v=(0.7, 1.0)), np.float32)
    folds = smooth_noise(rng, h, w, rng.uniform(60, 200), 4)
    ridges = np.abs(np.sin(folds * rng.uniform(6, 14)))
    img = c * (0.72 + 0.28 * ridges)[..., None]
    if rng.random() < 0.4:  # a printed pattern of dots / flowers
        for _ in range(int(rng.integers(30, 200))):
            cv2.circle(img, (int(rng.uniform(0, w)), int(rng.uniform(0, h))), int(rng.uniform(2, 12)),
                       hsv_color(rng, s=(0.3, 0.9)), -1, cv2.LINE_AA)
        img *= (0.8 + 0.2 * ridges)[..., None]
    return img


def _tiles(rng, h, w):
    img = np.zeros((h, w, 3), np.float32)
    ts = rng.uniform(40, 220)
    grout = np.array(hsv_color(rng, s=(0, 0.2), v=(0.3, 0.9)), np.float32)
    img[:] = grout
    base = np.array(hsv_color(rng, s=(0, 0.5), v=(0.3, 1.0)), np.float32)
    g = rng.uniform(2, 6)
    ang = rng.uniform(-0.3, 0.3)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    u = xx * math.cos(ang) + yy * math.sin(ang)
    v = -xx * math.sin(ang) + yy * math.cos(ang)
    iu, iv = np.floor(u / ts), np.floor(v / ts)
    fu, fv = np.mod(u, ts), np.mod(v, ts)
    tile_var = (np.sin(iu * 12.9898 + iv * 78.233) * 43758.5453) % 1.0
    inside = (fu > g) & (fv > g)
    tex = smooth_noise(rng, h, w, rng.uniform(5, 40))
    col = base * (0.85 + 0.3 * (tile_var[..., None] - 0.5) * rng.uniform(0, 1)) * (0.9 + 0.2 * tex[..., None])
    img[inside] = col[inside]
    return img


def _print_page(rng, h, w):
    paper = np.array(hsv_color(rng, s=(0, 0.08), v=(0.85, 1.0)), np.float32)
    img = np.full((h, w, 3), paper, np.float32).astype(np.uint8)
    lh = rng.uniform(8, 22)
    margin = rng.uniform(0.03, 0.1) * w
    cols = int(rng.integers(1, 4))
    colw = (w - 2 * margin) / cols
    font = FONTS[int(rng.integers(0, 4))]
    for c in range(cols):
        y = rng.uniform(10, 60)
        while y < h:
            if rng.random() < 0.08:
                y += lh * 2
                continue
            x = margin + c * colw
            while x < margin + (c + 1) * colw - lh * 3:
                word = rand_word(rng, 2, 9, LETTERS.lower() + LETTERS[:6])
                put_text(img, word, (x, y), lh * 0.7, (20, 20, 20), font, 1)
                x += lh * 0.55 * len(word) + lh * 0.6
            y += lh * 1.45
    if rng.random() < 0.3:  # a picture block
        x0, y0 = int(rng.uniform(0, w * 0.6)), int(rng.uniform(0, h * 0.6))
        cv2.rectangle(img, (x0, y0), (x0 + int(w * 0.3), y0 + int(h * 0.25)), hsv_color(rng), -1)
    return img.astype(np.float32)


def _keyboard(rng, h, w):
    dark = rng.random() < 0.6
    body = np.array((30, 30, 32) if dark else (200, 200, 205), np.float32) * rng.uniform(0.8, 1.2)
    keyc = np.array((45, 45, 48) if dark else (235, 235, 238), np.float32) * rng.uniform(0.85, 1.15)
    img = np.full((h, w, 3), body, np.float32).astype(np.uint8)
    k = rng.uniform(30, 90)
    gap = k * rng.uniform(0.12, 0.25)
    y = rng.uniform(-k, 0)
    row = 0
    while y < h:
        x = rng.uniform(-k, 0) + (row % 3) * k * 0.25
        while x < w:
            kw = k * (rng.choice([1, 1, 1, 1, 1.5, 2]))
            x1, y1 = int(x), int(y)
            x2, y2 = int(x + kw - gap), int(y + k - gap)
            cv2.rectangle(img, (x1, y1), (x2, y2), tuple(int(v) for v in keyc), -1, cv2.LINE_AA)
            put_text(img, LETTERS[int(rng.integers(0, 26))], (x1 + k * 0.2, y1 + k * 0.45), k * 0.25,
                     (220, 220, 220) if dark else (40, 40, 40), cv2.FONT_HERSHEY_SIMPLEX, 1)
            x += kw
        y += k
        row += 1
    return img.astype(np.float32)


def _desk(rng, h, w):
    kind = PROC_BG_KINDS[int(rng.integers(0, 3))]
    img = {"wood": _wood, "fabric": _fabric, "sheet": _sheet}[kind](rng, h, w)
    img = np.clip(img, 0, 255).astype(np.uint8)
    # Other rectangular objects: papers, books, phones, notebooks, a keyboard corner; some with
    # the proportions of a card, which is what a good locator must not take for the document.
    for _ in range(int(rng.integers(2, 9))):
        cw = rng.uniform(0.08, 0.5) * w
        ch = cw * rng.uniform(0.3, 1.6)
        cx, cy = rng.uniform(-0.1, 1.1) * w, rng.uniform(-0.1, 1.1) * h
        ang = rng.uniform(0, 180)
        box = cv2.boxPoints(((cx, cy), (cw, ch), ang)).astype(np.int32)
        sh = box + np.int32([rng.uniform(3, 15), rng.uniform(3, 15)])
        over = img.copy()
        cv2.fillPoly(over, [sh], (0, 0, 0), cv2.LINE_AA)
        img = cv2.addWeighted(over, 0.35, img, 0.65, 0)
        col = hsv_color(rng, s=(0, 0.9), v=(0.05, 1.0))
        cv2.fillPoly(img, [box], col, cv2.LINE_AA)
        if rng.random() < 0.5:  # lines of text on it
            m = cv2.moments(box)
            for j in range(int(rng.integers(2, 8))):
                p0 = box[0] + (box[1] - box[0]) * 0.1 + (box[3] - box[0]) * (0.15 + 0.1 * j)
                p1 = box[0] + (box[1] - box[0]) * rng.uniform(0.4, 0.9) + (box[3] - box[0]) * (0.15 + 0.1 * j)
                cv2.line(img, tuple(int(v) for v in p0), tuple(int(v) for v in p1), (30, 30, 30), 2)
            del m
    # Round things: cups, coins.
    for _ in range(int(rng.integers(0, 4))):
        r = int(rng.uniform(0.03, 0.15) * w)
        c = (int(rng.uniform(0, w)), int(rng.uniform(0, h)))
        cv2.circle(img, c, r, hsv_color(rng), -1, cv2.LINE_AA)
        cv2.circle(img, c, int(r * 0.8), hsv_color(rng, v=(0.1, 0.6)), -1, cv2.LINE_AA)
    return img.astype(np.float32)


def _food(rng, h, w):
    img = _tiles(rng, h, w) if rng.random() < 0.3 else _fabric(rng, h, w)
    img = np.clip(img, 0, 255).astype(np.uint8)
    for _ in range(int(rng.integers(1, 4))):  # plates with a rim
        r = int(rng.uniform(0.15, 0.4) * min(h, w))
        c = (int(rng.uniform(0, w)), int(rng.uniform(0, h)))
        cv2.circle(img, (c[0] + 8, c[1] + 8), r, (60, 60, 60), -1, cv2.LINE_AA)
        cv2.circle(img, c, r, hsv_color(rng, s=(0, 0.2), v=(0.8, 1.0)), -1, cv2.LINE_AA)
        cv2.circle(img, c, int(r * 0.8), hsv_color(rng, s=(0, 0.2), v=(0.7, 0.95)), 2, cv2.LINE_AA)
        for _ in range(int(rng.integers(3, 25))):  # food blobs
            a, rr = rng.uniform(0, 2 * math.pi), rng.uniform(0, 0.6 * r)
            p = (int(c[0] + rr * math.cos(a)), int(c[1] + rr * math.sin(a)))
            ax = (int(rng.uniform(0.05, 0.25) * r), int(rng.uniform(0.05, 0.25) * r))
            cv2.ellipse(img, p, ax, rng.uniform(0, 180), 0, 360,
                        hsv_color(rng, h=rng.choice([0.02, 0.08, 0.15, 0.3]), s=(0.4, 1.0), v=(0.3, 0.95)), -1, cv2.LINE_AA)
    return img.astype(np.float32)


def _gradient(rng, h, w):
    c1 = np.array(hsv_color(rng, s=(0, 0.7), v=(0.1, 1.0)), np.float32)
    c2 = np.array(hsv_color(rng, s=(0, 0.7), v=(0.1, 1.0)), np.float32)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    a = rng.uniform(0, 2 * math.pi)
    t = np.clip(((xx / w - 0.5) * math.cos(a) + (yy / h - 0.5) * math.sin(a)) + 0.5, 0, 1)[..., None]
    return c1 * (1 - t) + c2 * t + (smooth_noise(rng, h, w, 4, 1)[..., None] - 0.5) * 6


def _granite(rng, h, w):
    c = np.array(hsv_color(rng, s=(0, 0.3), v=(0.2, 0.9)), np.float32)
    n1 = smooth_noise(rng, h, w, rng.uniform(1.5, 4), 2)
    n2 = smooth_noise(rng, h, w, rng.uniform(8, 30), 2)
    return c * (0.55 + 0.5 * n1 * 0.6 + 0.4 * n2 * 0.5)[..., None]


PROC_FUNCS = {"wood": _wood, "fabric": _fabric, "sheet": _sheet, "tiles": _tiles, "print": _print_page,
              "keyboard": _keyboard, "desk": _desk, "food": _food, "gradient": _gradient, "granite": _granite}


def procedural_background(name: str, h: int, w: int) -> np.ndarray:
    """name = 'proc_bg_<kind>_<seed>'; drawn at up to 1024 px and resized (cost stays bounded)."""
    parts = name.split("_")
    kind, seed = parts[2], int(parts[3])
    rng = np.random.default_rng(seed * 7919 + zlib.crc32(kind.encode()))
    s = min(1.0, 1024 / max(h, w))
    sh, sw = max(16, int(h * s)), max(16, int(w * s))
    img = PROC_FUNCS[kind](rng, sh, sw)
    img = np.clip(img, 0, 255).astype(np.uint8)
    if (sh, sw) != (h, w):
        img = cv2.resize(img, (w, h), interpolation=cv2.INTER_LINEAR)
    return img


_PHOTO_CACHE: dict = {}


def photo_background(path: str, h: int, w: int, rng) -> np.ndarray:
    img = _PHOTO_CACHE.get(path)
    if img is None:
        img = cv2.imread(path, cv2.IMREAD_COLOR)
        if img is None:
            img = np.full((512, 512, 3), 128, np.uint8)
        img = img[:, :, ::-1]
        s = min(1.0, 1600 / max(img.shape[:2]))
        if s < 1:
            img = cv2.resize(img, None, fx=s, fy=s, interpolation=cv2.INTER_AREA)
        if "/mypaint/" in path:  # small tileable paper textures
            img = np.tile(img, (3, 3, 1))
        img = np.ascontiguousarray(img)
        if len(_PHOTO_CACHE) > 64:
            _PHOTO_CACHE.clear()
        _PHOTO_CACHE[path] = img
    ph, pw = img.shape[:2]
    # Random crop with the target aspect, random flip.
    ar = w / h
    cw = pw * rng.uniform(0.5, 1.0)
    ch = cw / ar
    if ch > ph:
        ch = ph * rng.uniform(0.6, 1.0)
        cw = ch * ar
    x0, y0 = rng.uniform(0, pw - cw), rng.uniform(0, ph - ch)
    crop = img[int(y0):int(y0 + ch), int(x0):int(x0 + cw)]
    if rng.random() < 0.5:
        crop = crop[:, ::-1]
    return cv2.resize(np.ascontiguousarray(crop), (w, h), interpolation=cv2.INTER_LINEAR)


def dev_backgrounds() -> dict:
    """Strips of quality-dev's photos beside the card (its backgrounds, for tune only)."""
    rows = _read_dev_labels()
    out = {}
    for f, kind, expect, p in rows:
        if kind != "id" or "card_quad" not in p or p.get("bg") in out:
            continue
        if expect not in ("ok", "too_small"):
            continue
        img = cv2.imread(os.path.join(SHARED_DEV, f))
        if img is None:
            continue
        img = img[:, :, ::-1]
        H, W = img.shape[:2]
        q = np.array([float(v) for v in p["card_quad"].split(",")]).reshape(4, 2)
        x0, y0 = max(0, int(q[:, 0].min())), max(0, int(q[:, 1].min()))
        x1, y1 = min(W, int(q[:, 0].max())), min(H, int(q[:, 1].max()))
        strips = [img[:y0], img[y1:], img[:, :x0], img[:, x1:]]
        best = max(strips, key=lambda s: min(s.shape[0], s.shape[1]) * 4 + s.shape[0] * s.shape[1] / 1e4)
        if min(best.shape[:2]) < 80:
            continue
        out["dev_bg_" + p["bg"]] = np.ascontiguousarray(best)
    return out


# --- materials of one split -------------------------------------------------------------------

class Materials:
    def __init__(self, split: str, n_proc_designs=400, n_proc_bgs=600):
        self.split = split
        names = DEV_TEMPLATES_TUNE if split == "tune" else DEV_TEMPLATES_VAL
        self.dev_designs = dev_designs(names)
        # Procedural designs: even seeds tune, odd seeds val (disjoint materials).
        off = 0 if split == "tune" else 1
        self.proc_design_seeds = [2 * i + off for i in range(n_proc_designs)]
        self.photos = [p for p in photo_backgrounds() if split_of(photo_name(p)) == split]
        self.proc_bgs = []
        for i in range(n_proc_bgs):
            kind = PROC_BG_KINDS[i % len(PROC_BG_KINDS)]
            seed = 2 * (i // len(PROC_BG_KINDS)) + off
            self.proc_bgs.append(f"proc_bg_{kind}_{seed}")
        self.dev_bgs = dev_backgrounds() if split == "tune" else {}
        self._design_cache: dict = {}

    def design(self, rng) -> Design:
        if self.dev_designs and rng.random() < 0.3:
            return self.dev_designs[int(rng.integers(0, len(self.dev_designs)))]
        seed = self.proc_design_seeds[int(rng.integers(0, len(self.proc_design_seeds)))]
        d = self._design_cache.get(seed)
        if d is None:
            d = procedural_design(seed)
            if len(self._design_cache) > 300:
                self._design_cache.clear()
            self._design_cache[seed] = d
        return d

    def background(self, rng, h, w):
        r = rng.random()
        if self.dev_bgs and r < 0.1:
            name = list(self.dev_bgs)[int(rng.integers(0, len(self.dev_bgs)))]
            src = self.dev_bgs[name]
            img = cv2.resize(src[:, ::-1] if rng.random() < 0.5 else src, (w, h), interpolation=cv2.INTER_LINEAR)
            return name, img
        if self.photos and r < 0.4:
            p = self.photos[int(rng.integers(0, len(self.photos)))]
            return photo_name(p), photo_background(p, h, w, rng)
        name = self.proc_bgs[int(rng.integers(0, len(self.proc_bgs)))]
        return name, procedural_background(name, h, w)


# --- camera and composition -------------------------------------------------------------------

def card_quad_3d(card_w, card_h, tilt_deg, tilt_axis_deg, roll_deg, f, dist):
    """Project a card of (card_w, card_h) units turned by tilt about an in-plane axis, rolled."""
    pts = np.array([[-card_w / 2, -card_h / 2, 0], [card_w / 2, -card_h / 2, 0],
                    [card_w / 2, card_h / 2, 0], [-card_w / 2, card_h / 2, 0]], np.float64)
    r = math.radians(roll_deg)
    Rz = np.array([[math.cos(r), -math.sin(r), 0], [math.sin(r), math.cos(r), 0], [0, 0, 1]])
    a = math.radians(tilt_axis_deg)
    axis = np.array([math.cos(a), math.sin(a), 0.0])
    t = math.radians(tilt_deg)
    K = np.array([[0, -axis[2], axis[1]], [axis[2], 0, -axis[0]], [-axis[1], axis[0], 0]])
    Rt = np.eye(3) + math.sin(t) * K + (1 - math.cos(t)) * K @ K
    P = (Rt @ (Rz @ pts.T)).T
    P[:, 2] += dist
    return np.stack([f * P[:, 0] / P[:, 2], f * P[:, 1] / P[:, 2]], 1)


def place_card(rng, W, H, aspect, tilt_deg, roll_deg, long_frac, center):
    """Quad (image px) of a card whose longer projected extent is about long_frac × W."""
    f = 0.8 * max(W, H)
    q = card_quad_3d(aspect, 1.0, tilt_deg, rng.uniform(0, 360), roll_deg, f, 4.0)
    ext = max(np.ptp(q[:, 0]), np.ptp(q[:, 1]))
    # Mean length of the two long sides, as the dev set's card_w_frac.
    s = long_frac * W / ext
    q = q * s
    q -= q.mean(0)
    q += np.array(center)
    return q


def polygon_area(q):
    x, y = q[:, 0], q[:, 1]
    return 0.5 * abs(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1)))


def clip_polygon(q, W, H):
    """Sutherland-Hodgman clip of a polygon to the frame [0, W] x [0, H]."""
    pts = [tuple(p) for p in q]
    for axis, lim, keep_less in ((0, 0.0, False), (0, float(W), True), (1, 0.0, False), (1, float(H), True)):
        out = []
        n = len(pts)
        for i in range(n):
            a, b = pts[i], pts[(i + 1) % n]
            ina = (a[axis] <= lim) if keep_less else (a[axis] >= lim)
            inb = (b[axis] <= lim) if keep_less else (b[axis] >= lim)
            if ina:
                out.append(a)
            if ina != inb:
                t = (lim - a[axis]) / (b[axis] - a[axis])
                out.append((a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])))
        pts = out
        if not pts:
            return np.zeros((0, 2))
    return np.array(pts)


def visible_frac(q, W, H):
    c = clip_polygon(q, W, H)
    if len(c) < 3:
        return 0.0
    return float(polygon_area(c)) / max(polygon_area(q), 1.0)


def composite(bg, design: Design, quad, rng, shadow=True):
    """Warp the design onto the background along quad; returns image and the card mask (0..1)."""
    H, W = bg.shape[:2]
    h, w = design.rgb.shape[:2]
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    M = cv2.getPerspectiveTransform(src, quad.astype(np.float32))
    card = cv2.warpPerspective(design.rgb, M, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT)
    alpha = cv2.warpPerspective(design.alpha, M, (W, H), flags=cv2.INTER_LINEAR).astype(np.float32) / 255.0
    out = bg.astype(np.float32)
    if shadow:
        # Soft drop shadow / contact shadow under the card.
        off = np.array([rng.uniform(-1, 1), rng.uniform(0, 1)]) * rng.uniform(0.0, 0.02) * max(W, H)
        sh = cv2.warpPerspective(design.alpha, M, (W, H)).astype(np.float32) / 255.0
        sh = np.roll(sh, (int(off[1]), int(off[0])), (0, 1))
        k = rng.uniform(0.003, 0.02) * max(W, H)
        sh = big_blur(sh, k)
        out *= (1 - rng.uniform(0.1, 0.5) * sh)[..., None]
    # Card edge: a thin lighter or darker rim (laminate edge).
    if rng.random() < 0.5:
        rim = cv2.morphologyEx((alpha > 0.5).astype(np.uint8), cv2.MORPH_GRADIENT, np.ones((3, 3), np.uint8))
        card = card.astype(np.float32)
        card[rim > 0] = card[rim > 0] * rng.uniform(0.6, 1.2)
    out = out * (1 - alpha[..., None]) + card.astype(np.float32) * alpha[..., None]
    return out, alpha


def draw_hand(img, quad, rng, alpha_card):
    """A skin-toned thumb over one card edge and the palm/fingers outside it."""
    H, W = img.shape[:2]
    i = int(rng.integers(0, 4))
    a, b = quad[i], quad[(i + 1) % 4]
    t = rng.uniform(0.25, 0.75)
    p = a + (b - a) * t
    centre = quad.mean(0)
    n = p - centre
    n /= np.linalg.norm(n) + 1e-6
    side = np.linalg.norm(b - a)
    skin = np.array(skin_color(rng), np.float32)
    layer = np.zeros((H, W), np.float32)
    # Palm / fingers outside the card.
    palm_c = p + n * side * rng.uniform(0.15, 0.35)
    ang = math.degrees(math.atan2(n[1], n[0]))
    cv2.ellipse(layer, tuple(int(v) for v in palm_c), (int(side * rng.uniform(0.18, 0.3)), int(side * rng.uniform(0.3, 0.5))),
                ang, 0, 360, 1.0, -1, cv2.LINE_AA)
    # Thumb reaching over the edge onto the card.
    th_len = side * rng.uniform(0.08, 0.18)
    th_c = p - n * th_len * 0.4
    cv2.ellipse(layer, tuple(int(v) for v in th_c), (int(th_len), int(th_len * 0.45)), ang, 0, 360, 1.0, -1, cv2.LINE_AA)
    layer = big_blur(layer, max(1.0, side * 0.004))
    shade = 0.75 + 0.35 * smooth_noise(rng, H, W, max(8, side * 0.2), 2)
    col = skin * shade[..., None]
    out = img * (1 - layer[..., None]) + col * layer[..., None]
    return out, layer


def lighting(img, rng, strength=1.0):
    H, W = img.shape[:2]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    a = rng.uniform(0, 2 * math.pi)
    g = 1 + strength * rng.uniform(0, 0.35) * (((xx / W - 0.5) * math.cos(a) + (yy / H - 0.5) * math.sin(a)))
    r2 = ((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2)
    vign = 1 - strength * rng.uniform(0, 0.35) * r2
    out = img * (g * vign)[..., None]
    # Warm / cool tint.
    tint = 1 + strength * rng.normal(0, 0.04, 3)
    out *= tint
    if rng.random() < 0.3 * strength:  # a soft cast shadow (phone, arm)
        m = np.zeros((H, W), np.float32)
        c = (int(rng.uniform(0, W)), int(rng.uniform(0, H)))
        cv2.ellipse(m, c, (int(rng.uniform(0.2, 0.6) * W), int(rng.uniform(0.1, 0.4) * H)), rng.uniform(0, 180), 0, 360, 1.0, -1)
        m = big_blur(m, 0.05 * max(W, H))
        out *= (1 - rng.uniform(0.15, 0.45) * m)[..., None]
    return out


def disc_kernel(r):
    r = max(r, 0.5)
    n = int(math.ceil(r)) * 2 + 1
    k = np.zeros((n, n), np.float32)
    cv2.circle(k, (n // 2, n // 2), int(round(r)), 1.0, -1, cv2.LINE_AA)
    return k / k.sum()


def motion_kernel(length, angle_deg):
    n = int(math.ceil(length)) | 1
    k = np.zeros((n, n), np.float32)
    c = n // 2
    dx, dy = math.cos(math.radians(angle_deg)) * length / 2, math.sin(math.radians(angle_deg)) * length / 2
    cv2.line(k, (int(round(c - dx)), int(round(c - dy))), (int(round(c + dx)), int(round(c + dy))), 1.0, 1, cv2.LINE_AA)
    return k / max(k.sum(), 1e-6)


def camera_finish(img, rng, noise_sigma, sharpen=True):
    """Lens softness, sharpening, sensor noise (signal-dependent), clip to uint8."""
    out = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.4, 0.9))
    if sharpen and rng.random() < 0.7:
        bl = cv2.GaussianBlur(out, (0, 0), 1.5)
        out = out + rng.uniform(0.2, 0.8) * (out - bl)
    sig = noise_sigma * (1 + np.sqrt(np.clip(out, 0, 255) / 255.0))
    out = out + rng.standard_normal(out.shape, dtype=np.float32) * sig
    return np.clip(out, 0, 255).astype(np.uint8)


def add_glare(img, quad, alpha, rng, p):
    """Specular reflection on the card: a sharp-edged near-white, low-saturation patch."""
    H, W = img.shape[:2]
    card_area = max(1.0, float(alpha.sum()))
    target = rng.uniform(0.04, 0.15)
    shape = rng.choice(["streak", "window", "blob"], p=[0.4, 0.35, 0.25])
    h_, w_ = 1000, 630
    m = np.zeros((w_, h_), np.float32)  # card-plane canvas (rows = card height)
    cx, cy = rng.uniform(0.25, 0.75) * h_, rng.uniform(0.3, 0.7) * w_
    if shape == "streak":
        wid = target * h_ * w_ / (1.3 * w_) * rng.uniform(0.8, 1.2)
        ang = rng.uniform(-60, 60)
        box = cv2.boxPoints(((cx, cy), (wid, 1.6 * w_), ang)).astype(np.int32)
        cv2.fillPoly(m, [box], 1.0, cv2.LINE_AA)
    elif shape == "window":
        ww = math.sqrt(target * h_ * w_ * rng.uniform(1.0, 2.2))
        wh = target * h_ * w_ / ww * 1.15
        x0, y0 = int(cx - ww / 2), int(cy - wh / 2)
        cv2.rectangle(m, (x0, y0), (int(x0 + ww), int(y0 + wh)), 1.0, -1)
        if rng.random() < 0.6:  # window bars
            bw = max(2, int(ww * 0.04))
            cv2.rectangle(m, (int(cx - bw / 2), y0), (int(cx + bw / 2), int(y0 + wh)), 0.0, -1)
            cv2.rectangle(m, (x0, int(cy - bw / 2)), (int(x0 + ww), int(cy + bw / 2)), 0.0, -1)
    else:
        ax = math.sqrt(target * h_ * w_ / math.pi * rng.uniform(1.2, 2.5))
        ay = target * h_ * w_ / (math.pi * ax)
        cv2.ellipse(m, (int(cx), int(cy)), (int(ax), int(ay)), rng.uniform(0, 180), 0, 360, 1.0, -1, cv2.LINE_AA)
    m = cv2.GaussianBlur(m, (0, 0), rng.uniform(1.0, 6.0))  # sharp-edged, slightly soft
    src = np.float32([[0, 0], [h_, 0], [h_, w_], [0, w_]])
    M = cv2.getPerspectiveTransform(src, quad.astype(np.float32))
    mm = cv2.warpPerspective(m, M, (W, H)) * alpha
    clipped = rng.random() < 0.7
    peak = rng.uniform(252, 275) if clipped else rng.uniform(228, 248)
    tinted = rng.random() < 0.3
    col = np.array([peak, peak, peak], np.float32)
    if tinted:  # hologram: a rainbow tint across the patch
        yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
        hue = (np.sin((xx + yy) / (0.05 * max(W, H))) * 0.5 + 0.5)
        tint = np.stack([np.sin(hue * 6.28), np.sin(hue * 6.28 + 2.1), np.sin(hue * 6.28 + 4.2)], -1) * 18
        colimg = col + tint
    else:
        colimg = np.broadcast_to(col, img.shape)
    # Specular adds to what is there (the text underneath fades but may show through).
    k = rng.uniform(0.85, 1.0)
    out = img * (1 - k * mm[..., None]) + colimg * (k * mm[..., None])
    p.update(glare_shape=shape, glare_target_frac=round(target, 4), glare_clipped=int(clipped),
             glare_tinted=int(tinted), glare_peak=round(float(peak), 1))
    cover = float((mm > 0.5).sum()) / card_area
    p["glare_cover_frac"] = round(cover, 4)
    return out


def jpeg(img, q):
    ok, buf = cv2.imencode(".jpg", img[:, :, ::-1], [cv2.IMWRITE_JPEG_QUALITY, int(q)])
    return cv2.imdecode(buf, cv2.IMREAD_COLOR)[:, :, ::-1]


def telegram(img):
    H, W = img.shape[:2]
    s = min(1.0, 1280 / max(H, W))
    if s < 1:
        img = cv2.resize(img, (int(W * s), int(H * s)), interpolation=cv2.INTER_AREA)
    return jpeg(img, 80), s
