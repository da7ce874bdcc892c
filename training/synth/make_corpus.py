"""Write a labelled corpus of synthetic document photos in the format of ../shared/quality-dev.

    python3 training/synth/make_corpus.py --split val  --n 3000 --out /work/gen/photos-val
    python3 training/synth/make_corpus.py --split tune --n 1500 --out /work/gen/photos-tune

Fixed seed (--seed, default 12): the same command writes the same files. Materials (designs,
backgrounds) of one split never appear in the other (synth.split_of). ~40 % of the photos are `ok`,
the rest carry one defect each, spread evenly over the id codes.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from multiprocessing import Pool

import cv2
import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import synth as S  # noqa: E402

CODES = ["blurry", "glare", "too_dark", "too_bright", "cut_off", "too_small", "low_resolution",
         "tilted", "grayscale", "screen_photo"]
SIZES = [(1600, 1200), (2000, 1500), (2048, 1536), (1920, 1080), (1600, 900), (1440, 1080),
         (2304, 1728)]

_M = None


def _init(split):
    global _M
    cv2.setNumThreads(1)
    _M = S.Materials(split)


def fmt(v):
    if isinstance(v, float):
        return f"{v:.4g}" if abs(v) < 1000 else f"{v:.1f}"
    return str(v)


def quad_str(q):
    return ",".join(str(int(round(v))) for v in q.reshape(-1))


def geometry(rng, code, W, H):
    """tilt, roll, long_frac (card long side / frame width), centre, wanted out_frac."""
    tilt = rng.uniform(0, 10)
    roll = rng.uniform(-8, 8)
    long_frac = rng.uniform(0.5, 0.85)
    if code == "tilted":
        tilt = rng.uniform(33, 52)
        long_frac = rng.uniform(0.5, 0.8)
    if code == "too_small":
        long_frac = rng.uniform(0.18, 0.29)
    return tilt, roll, long_frac


def choose_quad(rng, code, W, H, aspect, p):
    for _ in range(200):
        tilt, roll, long_frac = geometry(rng, code, W, H)
        if code == "cut_off":
            long_frac = rng.uniform(0.45, 0.8)
            side = rng.choice(["left", "right", "top", "bottom", "top_left", "top_right", "bottom_left", "bottom_right"])
            target = rng.uniform(0.1, 0.3)
        q0 = S.place_card(rng, W, H, aspect, tilt, roll, long_frac, (0, 0))
        if code == "cut_off":
            # Slide from the centre towards the side until the wanted share is outside.
            d = {"left": (-1, 0), "right": (1, 0), "top": (0, -1), "bottom": (0, 1), "top_left": (-1, -1),
                 "top_right": (1, -1), "bottom_left": (-1, 1), "bottom_right": (1, 1)}[side]
            c = np.array([W / 2, H / 2]) + rng.normal(0, 0.03, 2) * [W, H]
            lo, hi = 0.0, 1.0
            for _ in range(25):
                mid = (lo + hi) / 2
                q = q0 + c + np.array(d) * mid * np.array([W, H]) * 0.6
                of = 1 - S.visible_frac(q, W, H)
                if of < target:
                    lo = mid
                else:
                    hi = mid
            q = q0 + c + np.array(d) * lo * np.array([W, H]) * 0.6
            of = 1 - S.visible_frac(q, W, H)
            if not (0.09 <= of <= 0.32):
                continue
            p.update(side=side, target_out_frac=round(float(target), 4))
            return q, tilt, roll
        ext = q0.max(0) - q0.min(0)
        mx, my = 0.04 * min(W, H), 0.04 * min(W, H)
        if ext[0] > W - 2 * mx or ext[1] > H - 2 * my:
            continue
        cx = rng.uniform(-q0[:, 0].min() + mx, W - q0[:, 0].max() - mx)
        cy = rng.uniform(-q0[:, 1].min() + my, H - q0[:, 1].max() - my)
        q = q0 + [cx, cy]
        area = S.polygon_area(q) / (W * H)
        if code in ("ok", "blurry", "glare", "too_dark", "too_bright", "grayscale", "low_resolution") and not (0.2 <= area <= 0.6):
            continue
        return q, tilt, roll
    return None


def card_stats(img, alpha):
    m = alpha > 0.5
    L = S.luma(img)
    if m.sum() == 0:
        return 0.0, 0.0
    return float(L[m].mean()), float((L[m] >= 250).mean())


def exposure_to(img, alpha, target_luma, rng, gamma=1.0):
    """Gain (with optional gamma) so the card's mean luma reaches target after clipping."""
    lo, hi = 0.01, 20.0
    m = alpha > 0.5
    Lc = S.luma(img)[m]
    for _ in range(30):
        g = math.sqrt(lo * hi)
        v = np.clip(255 * (np.clip(Lc * g, 0, None) / 255) ** gamma, 0, 255).mean()
        if v < target_luma:
            lo = g
        else:
            hi = g
    g = math.sqrt(lo * hi)
    out = np.clip(img * g, 0, None)
    out = 255 * (np.clip(out, 0, 255) / 255) ** gamma
    return out, g


def screen_photo(rng, M, W, H, p):
    """A photo of a monitor or phone showing a card photo: sub-pixel grid, moiré, bezel, glow."""
    design = M.design(rng)
    cw, ch = int(rng.integers(900, 1400)), 0
    ch = int(cw * rng.uniform(0.6, 0.8))
    name, bg = M.background(rng, ch, cw)
    aspect = design.rgb.shape[1] / design.rgb.shape[0]
    q = S.place_card(rng, cw, ch, aspect, rng.uniform(0, 8), rng.uniform(-5, 5), rng.uniform(0.55, 0.75), (cw / 2, ch / 2))
    content, _ = S.composite(bg.astype(np.float32), design, q, rng)
    content = np.clip(content, 0, 255).astype(np.uint8)
    # The screen: every content pixel becomes an RGB stripe triple.
    res_scale = rng.uniform(0.35, 0.6)
    sw, sh = int(cw * res_scale), int(ch * res_scale)
    small = cv2.resize(content, (sw, sh), interpolation=cv2.INTER_AREA).astype(np.float32)
    up = 4
    big = cv2.resize(small, (sw * up, sh * up), interpolation=cv2.INTER_NEAREST)
    sub = np.zeros_like(big)
    for c in range(3):
        sub[:, c::up, c] = big[:, c::up, c] * 2.6
    sub[::up, :, :] = 0
    glow = cv2.GaussianBlur(sub, (0, 0), 0.8)
    screen = np.clip(glow * rng.uniform(0.9, 1.2) + rng.uniform(5, 25), 0, 255)
    bez = int(sw * up * rng.uniform(0.02, 0.06))
    dev = np.full((sh * up + 2 * bez, sw * up + 2 * bez, 3), rng.uniform(10, 40), np.float32)
    dev[bez:bez + sh * up, bez:bez + sw * up] = screen
    # Place the device in a room background with perspective.
    room_name, room = M.background(rng, H, W)
    dh, dw = dev.shape[:2]
    frac = rng.uniform(0.7, 0.95)
    dq = S.place_card(rng, W, H, dw / dh, rng.uniform(0, 15), rng.uniform(-4, 4), frac, (W / 2, H / 2))
    src = np.float32([[0, 0], [dw, 0], [dw, dh], [0, dh]])
    Mh = cv2.getPerspectiveTransform(src, dq.astype(np.float32))
    warped = cv2.warpPerspective(dev, Mh, (W, H), flags=cv2.INTER_AREA)
    a = cv2.warpPerspective(np.ones((dh, dw), np.float32), Mh, (W, H))
    img = room.astype(np.float32) * (1 - a[..., None]) + warped * a[..., None]
    # Reflection on the glass.
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    refl = np.clip(1 - np.abs((xx / W - rng.uniform(0, 1)) * 3 + (yy / H) * rng.uniform(-2, 2)), 0, 1)
    img += (refl * rng.uniform(0, 40) * a)[..., None]
    # Card quad in the photo: content → device → photo.
    cq = (q * res_scale * up + bez).astype(np.float32).reshape(-1, 1, 2)
    card_q = cv2.perspectiveTransform(cq, Mh).reshape(4, 2)
    p.update(variant="recapture", screen="monitor" if dw > dh else "phone", template=design.name, bg=room_name,
             screen_bg=name, screen_quad=quad_str(dq))
    return img, card_q, design


def render(job):
    idx, code, seed, split = job
    rng = np.random.default_rng(seed)
    M = _M
    p = {}
    W, H = SIZES[int(rng.integers(0, len(SIZES)))]
    if rng.random() < 0.45:
        W, H = H, W
    if code == "too_small":
        W, H = (3264, 2448) if rng.random() < 0.6 else (2448, 3264)
    hand = False
    if code == "screen_photo":
        img, quad, design = screen_photo(rng, M, W, H, p)
        alpha = np.zeros((H, W), np.float32)
        cv2.fillPoly(alpha, [np.round(quad).astype(np.int32)], 1.0)
        tilt, roll = 0.0, 0.0
    else:
        design = M.design(rng)
        aspect = design.rgb.shape[1] / design.rgb.shape[0]
        got = choose_quad(rng, code, W, H, aspect, p)
        if got is None:
            return None
        quad, tilt, roll = got
        bg_name, bg = M.background(rng, H, W)
        p["template"] = design.name
        p["bg"] = bg_name
        img, alpha = S.composite(bg, design, quad, rng)
        if rng.random() < 0.25 and code not in ("cut_off",):
            img, hl = S.draw_hand(img, quad, rng, alpha)
            alpha = alpha * (1 - hl)
            hand = True
        img = S.lighting(img, rng, 1.0 if code not in ("too_dark", "too_bright") else 0.5)
    p["split"] = split
    p["hand"] = int(hand)
    # Keep clean photos' card luma in a normal range (120..200).
    cl, _ = card_stats(img, alpha)
    if code not in ("too_dark", "too_bright", "screen_photo") and cl > 0:
        target = rng.uniform(125, 195)
        if not (120 <= cl <= 200):
            img, _ = exposure_to(img, alpha, target, rng)
        if code != "glare":
            img = np.minimum(img, 247)
    # The defect.
    card_px = float(np.mean([np.linalg.norm(quad[1] - quad[0]), np.linalg.norm(quad[2] - quad[3])]))
    card_px = max(card_px, float(np.mean([np.linalg.norm(quad[3] - quad[0]), np.linalg.norm(quad[2] - quad[1])])))
    noise = rng.uniform(0.7, 1.3)
    if code == "blurry":
        kind = rng.choice(["gaussian", "defocus", "motion"])
        p["blur"] = kind
        if kind == "gaussian":
            fr = rng.uniform(0.006, 0.012)
            img = cv2.GaussianBlur(img, (0, 0), fr * card_px)
            p.update(blur_sigma_frac=round(fr, 5), blur_sigma_px=round(fr * card_px, 2))
        elif kind == "defocus":
            fr = rng.uniform(0.012, 0.024)
            img = cv2.filter2D(img, -1, S.disc_kernel(fr * card_px))
            p.update(defocus_radius_frac=round(fr, 5), defocus_radius_px=round(fr * card_px, 2))
        else:
            fr, ang = rng.uniform(0.024, 0.045), rng.uniform(0, 180)
            img = cv2.filter2D(img, -1, S.motion_kernel(fr * card_px, ang))
            p.update(motion_len_frac=round(fr, 5), motion_len_px=round(fr * card_px, 1), motion_angle_deg=round(ang, 1))
    elif code == "glare":
        img = S.add_glare(img, quad, alpha, rng, p)
    elif code == "too_dark":
        t = rng.uniform(25, 44)
        img, g = exposure_to(img, alpha, t, rng)
        p.update(gain=round(g, 4), gain_ev=round(math.log2(max(g, 1e-6)), 2), target_card_luma=round(t, 1))
        noise *= rng.uniform(2, 4)
    elif code == "too_bright":
        t = rng.uniform(224, 242)
        gamma = rng.uniform(0.6, 1.0)
        img, g = exposure_to(img, alpha, t, rng, gamma)
        p.update(gain=round(g, 4), gain_ev=round(math.log2(max(g, 1e-6)), 2), gamma=round(gamma, 3), target_card_luma=round(t, 1))
    img = S.camera_finish(img.astype(np.float32), rng, noise)
    if code == "grayscale":
        mode = "L" if rng.random() < 0.5 else "RGB_equal"
        g = np.clip(S.luma(img), 0, 255).astype(np.uint8)
        img = np.stack([g, g, g], -1)
        p["gray_mode"] = mode
    if code == "low_resolution":
        want = rng.uniform(200, 380)
        s = want / card_px
        img = cv2.resize(img, (max(1, int(W * s)), max(1, int(H * s))), interpolation=cv2.INTER_AREA)
        quad = quad * s
        p["downscale"] = round(s, 4)
        card_px *= s
        W, H = img.shape[1], img.shape[0]
    q = int(rng.integers(80, 93))
    tele = code not in ("low_resolution", "too_small", "screen_photo") and rng.random() < 0.15 and card_px * 1280 / max(W, H) >= 560
    if tele:
        img, s = S.telegram(img)
        quad = quad * s
        card_px *= s
        alpha = cv2.resize(alpha, (img.shape[1], img.shape[0]), interpolation=cv2.INTER_AREA)
        W, H = img.shape[1], img.shape[0]
        p["telegram"] = 1
    # Measurements of the result.
    if alpha.shape != img.shape[:2]:
        alpha = cv2.resize(alpha, (img.shape[1], img.shape[0]), interpolation=cv2.INTER_AREA)
    cl, clip = card_stats(img, alpha)
    vis = S.visible_frac(quad, W, H)
    long_edges = sorted([np.linalg.norm(quad[(i + 1) % 4] - quad[i]) for i in range(4)])[2:]
    margin = min(min(x, y, W - x, H - y) / min(W, H) for x, y in quad)
    p.update(size=f"{W}x{H}", card_w_frac=round(float(np.mean(long_edges)) / W, 4),
             card_area_frac=round(S.polygon_area(quad) * vis / (W * H), 4), card_px=round(card_px, 1),
             margin_min_frac=round(float(margin), 4), tilt_deg=round(float(tilt), 1), roll_deg=round(float(roll), 1),
             card_luma=round(cl, 1), img_luma=round(float(S.luma(img).mean()), 1), card_clip_frac=round(clip, 4),
             noise=round(float(noise), 2), jpeg_q=q, card_quad=quad_str(quad), out_frac=round(max(0.0, 1 - vis), 4))
    if code == "glare":
        p["glare_frac"] = round(clip, 4)
    fname = f"id_{code}_{idx:05d}.jpg"
    return fname, img, q, code, p


def write_labels(out, rows):
    """labels.csv, rewritten as the corpus grows (a stopped run leaves a valid, smaller corpus)."""
    tmp = os.path.join(out, "labels.csv.tmp")
    with open(tmp, "w") as f:
        f.write("file,kind,expect,params\n")
        f.write("\n".join(sorted(rows)) + "\n")
    os.replace(tmp, os.path.join(out, "labels.csv"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=["tune", "val"], required=True)
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--ok-share", type=float, default=0.4)
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    rng = np.random.default_rng(a.seed + (0 if a.split == "tune" else 1000))
    n_ok = int(round(a.n * a.ok_share))
    codes = ["ok"] * n_ok + [CODES[i % len(CODES)] for i in range(a.n - n_ok)]
    seeds = rng.integers(0, 2**62, a.n)
    jobs = [(i, c, int(s), a.split) for i, (c, s) in enumerate(zip(codes, seeds))]
    # Interleave the codes, so a corpus cut short still has every code.
    order = rng.permutation(len(jobs))
    jobs = [jobs[i] for i in order]
    rows = []
    with Pool(a.jobs, initializer=_init, initargs=(a.split,)) as pool:
        for k, res in enumerate(pool.imap(render, jobs, chunksize=4)):
            if res is None:
                continue
            fname, img, q, code, p = res
            out = img[:, :, 0] if p.get("gray_mode") == "L" else img[:, :, ::-1]
            cv2.imwrite(os.path.join(a.out, fname), out, [cv2.IMWRITE_JPEG_QUALITY, q])
            params = ";".join(f"{k_}={fmt(v)}" for k_, v in p.items())
            rows.append(f'{fname},id,{code},"{params}"')
            if k % 100 == 0:
                print(f"{k}/{a.n}", flush=True)
                write_labels(a.out, rows)
    write_labels(a.out, rows)
    print(f"wrote {len(rows)} photos to {a.out}")


if __name__ == "__main__":
    main()
