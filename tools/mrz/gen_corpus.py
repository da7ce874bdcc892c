#!/usr/bin/env python3
"""MRZ test corpus (issue 14): random valid identities in TD1, TD2 and TD3, rendered in OCR-B with
printing variation, on the card designs of ../shared/quality-dev and on procedurally drawn
passport pages, then photographed (perspective, defocus, motion blur, noise, glare, JPEG and
Telegram-style recompression, cut-off). Negatives: documents without an MRZ (card fronts), the
designs' own placeholder zones ("MRZ<LINE<1<<<"), pages of `<<<`, barcodes and random OCR-B text.

Fixed seed. Output (outside the repository): OUT/{tune,valid}/NNNN.jpg and OUT/truth.jsonl.

Split by source, so no validation figure comes from material that was tuned on:
  tune  : quality-dev photos of design td1_a and of the passport on backgrounds brick/chelsea/coffee,
          procedural pages of style family 0, identity seeds 1000+, font OCRB.otf, ink spread -1..+1
  valid : quality-dev photos of design td1_b and of the passport on gravel/plain_wall/rocket/text,
          procedural pages of style family 1, identity seeds 2000+, font OCRBS.otf, ink spread -1.5..+1.5

Usage: python3 tools/mrz/gen_corpus.py [--out /work/gen/mrz] [--n 400] [--split tune|valid]   (n per split;
every photo has its own seed, so one process per split writes the same files as one process for both)
Needs Pillow and numpy (PyPI).
"""
import argparse, csv, io, json, math, os, random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

QD = os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "quality-dev")
FONTS = {"tune": "/usr/share/fonts/opentype/ocr-b/OCRB.otf", "valid": "/usr/share/fonts/opentype/ocr-b/OCRBS.otf"}
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
if not os.path.exists(SANS):
    SANS = "/usr/share/fonts/truetype/DejaVuSans.ttf"
STATES = ["UTO", "D<<", "FRA", "ITA", "ESP", "POL", "UKR", "TUR", "VNM", "IDN", "BRA", "PRT", "NLD", "GBR", "NGA", "IND", "THA", "KOR", "JPN", "ARE"]
SYL = ["AN", "BO", "CHE", "DA", "EL", "FI", "GU", "HA", "IN", "JO", "KA", "LI", "MA", "NO", "OV", "PE", "RA", "SA", "TO", "UR", "VA", "WI", "XE", "YU", "ZE", "SKI", "SON", "NEZ", "ESCU", "OVA"]

# --- ICAO 9303 --------------------------------------------------------------------------------
def cval(c):
    if c.isdigit():
        return int(c)
    if c == "<":
        return 0
    return ord(c) - 55

def check(s):
    return str(sum(cval(c) * (7, 3, 1)[i % 3] for i, c in enumerate(s)) % 10)

def pad(s, n):
    return (s + "<" * n)[:n]

def name_field(rng, n):
    sur = "<".join("".join(rng.choice(SYL) for _ in range(rng.randint(1, 4))) for _ in range(rng.choice([1, 1, 2])))
    giv = "<".join("".join(rng.choice(SYL) for _ in range(rng.randint(1, 3))) for _ in range(rng.choice([1, 2, 2, 3])))
    return pad(sur + "<<" + giv, n), sur.replace("<", " "), giv.replace("<", " ")

def date(rng, y0, y1):
    return "%02d%02d%02d" % (rng.randint(y0, y1) % 100, rng.randint(1, 12), rng.randint(1, 28))

def identity(rng, fmt):
    state, nat = rng.choice(STATES), rng.choice(STATES)
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    docnum = "".join(rng.choice(alnum) for _ in range(rng.randint(6, 9)))
    docnum = pad(docnum, 9)
    dob, exp = date(rng, 1940, 2008), date(rng, 2018, 2036)
    sex = rng.choice("MF<")
    if fmt == "TD3":
        nm, sur, giv = name_field(rng, 39)
        l1 = "P" + rng.choice("<<<DS") + state + nm
        opt = pad("".join(rng.choice(alnum) for _ in range(rng.choice([0, 0, 8, 14]))), 14)
        optc = check(opt) if opt.strip("<") else "<"
        l2 = docnum + check(docnum) + nat + dob + check(dob) + sex + exp + check(exp) + opt + optc
        comp = l2[0:10] + l2[13:20] + l2[21:43]
        lines = [l1, l2 + check(comp)]
    elif fmt == "TD2":
        nm, sur, giv = name_field(rng, 31)
        l1 = rng.choice("IAC") + rng.choice("<<D") + state + nm
        opt = pad("".join(rng.choice(alnum) for _ in range(rng.choice([0, 0, 4, 7]))), 7)
        l2 = docnum + check(docnum) + nat + dob + check(dob) + sex + exp + check(exp) + opt
        comp = l2[0:10] + l2[13:20] + l2[21:35]
        lines = [l1, l2 + check(comp)]
    else:
        nm, sur, giv = name_field(rng, 30)
        o1 = pad("".join(rng.choice(alnum) for _ in range(rng.choice([0, 0, 6, 15]))), 15)
        l1 = rng.choice("IAC") + rng.choice("<<D") + state + docnum + check(docnum) + o1
        o2 = pad("".join(rng.choice(alnum) for _ in range(rng.choice([0, 0, 5, 11]))), 11)
        l2 = dob + check(dob) + sex + exp + check(exp) + nat + o2
        comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
        lines = [l1, l2 + check(comp), nm]
    for l in lines:
        assert len(l) == {"TD1": 30, "TD2": 36, "TD3": 44}[fmt], (fmt, l)
    return lines

# --- rendering ----------------------------------------------------------------------------------
def render_mrz(lines, font_path, cap_px, rng, spread, pitch_err, ink=(30, 30, 35)):
    """RGBA strip of the zone at cap height cap_px (4x supersampled, then reduced)."""
    ss = 4
    size = int(round(cap_px * ss / 0.70))  # OCR-B cap height is ~0.70 em
    font = ImageFont.truetype(font_path, size)
    t, b = font.getbbox("H")[1], font.getbbox("H")[3]
    cap = b - t
    size = int(round(size * cap_px * ss / cap))
    font = ImageFont.truetype(font_path, size)
    t, b = font.getbbox("H")[1], font.getbbox("H")[3]
    adv = font.getlength("0") * (1 + pitch_err)
    line_gap = cap_px * ss * rng.uniform(1.55, 1.9)
    n = len(lines[0])
    w = int(adv * n + 4 * ss * cap_px / 10 + 8)
    h = int(line_gap * (len(lines) - 1) + cap * 2)
    mask = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(mask)
    for li, line in enumerate(lines):
        y = cap * 0.5 + li * line_gap - t + rng.uniform(-0.02, 0.02) * cap
        for i, c in enumerate(line):
            d.text((4 + i * adv + rng.uniform(-0.03, 0.03) * adv, y), c, font=font, fill=255)
    k = int(round(abs(spread) * ss * cap_px / 30))
    if k >= 1:
        f = ImageFilter.MaxFilter(2 * k + 1) if spread > 0 else ImageFilter.MinFilter(2 * k + 1)
        mask = mask.filter(f)
    mask = mask.resize((max(1, w // ss), max(1, h // ss)), Image.BOX)
    strip = Image.new("RGBA", mask.size, ink + (255,))
    strip.putalpha(mask)
    return strip, adv / ss, cap_px, line_gap / ss

def homography(src, dst):
    a, bb = [], []
    for (x, y), (u, v) in zip(src, dst):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); bb.append(u)
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y]); bb.append(v)
    return np.linalg.solve(np.array(a, float), np.array(bb, float))

def warp_onto(photo, layer, quad):
    """Composite RGBA `layer` (card plane) onto `photo` with its corners at `quad`."""
    w, h = layer.size
    coeffs = homography(quad, [(0, 0), (w, 0), (w, h), (0, h)])  # photo -> layer
    warped = layer.transform(photo.size, Image.PERSPECTIVE, tuple(coeffs), Image.BICUBIC)
    photo.alpha_composite(warped)

def quad_scale(quad, w):
    top = math.dist(quad[0], quad[1]); bot = math.dist(quad[3], quad[2])
    return (top + bot) / 2 / w

# --- scenes -------------------------------------------------------------------------------------
def load_designs():
    rows = []
    with open(os.path.join(QD, "labels.csv")) as f:
        for r in csv.DictReader(f):
            if r["kind"] != "id" or r["expect"] not in ("ok", "blurry", "glare", "too_small", "tilted", "cut_off"):
                continue
            p = dict(kv.split("=", 1) for kv in r["params"].split(";"))
            q = [float(v) for v in p["card_quad"].split(",")]
            rows.append((r["file"], p["template"], p["bg"], [(q[i], q[i + 1]) for i in range(0, 8, 2)], r["expect"]))
    return rows

def design_split(template, bg):
    if template.startswith("id_card_td1_a"):
        return "tune"
    if template.startswith("id_card_td1_b"):
        return "valid"
    return "tune" if bg in ("brick", "chelsea", "coffee") else "valid"

# The placeholder zone in card-plane fractions (x0, y0, x1, y1), measured on the designs.
ZONE = {"td1": (0.04, 0.60, 0.97, 0.97), "pp": (0.04, 0.755, 0.96, 0.975)}

def scene_design(rng, row, fmt, lines, split, kind):
    file, template, bg, quad, expect = row
    photo = Image.open(os.path.join(QD, file)).convert("RGBA")
    fam = "pp" if template.startswith("pp") else "td1"
    cw = 1600
    ch = int(cw / (1.42 if fam == "pp" else 1.586))
    z = ZONE[fam]
    s = quad_scale(quad, cw)
    layer = Image.new("RGBA", (cw, ch), (0, 0, 0, 0))
    if kind == "placeholder" or "front" in template:
        return photo.convert("RGB"), None
    # paper colour under the zone: a bright percentile of the zone in the photo
    a = np.asarray(photo.convert("RGB"), float)
    cx = [quad[0][0] + (quad[1][0] - quad[0][0]) * f for f in (0.3, 0.7)]
    yy = int((quad[3][1] * 0.85 + quad[0][1] * 0.15))
    xx = int(sum(cx) / 2)
    patch = a[max(0, yy - 40):yy + 40, max(0, xx - 80):xx + 80].reshape(-1, 3)
    paper = tuple(int(v) for v in np.percentile(patch, 75, axis=0)) if len(patch) else (200, 200, 200)
    d = ImageDraw.Draw(layer)
    d.rectangle([z[0] * cw, z[1] * ch, z[2] * cw, z[3] * ch], fill=paper + (255,))
    zw, zh = (z[2] - z[0]) * cw, (z[3] - z[1]) * ch
    n = len(lines[0])
    cap = min(zw * 0.93 / n, zh * 0.80 / (1.72 * (len(lines) - 1) + 1.3))
    strip, adv, cap_px, gap = render_mrz(lines, FONTS[split], cap, rng, rng.uniform(*SPREAD[split]), rng.uniform(-0.03, 0.03))
    layer.alpha_composite(strip, (int(z[0] * cw + (zw - strip.size[0]) / 2), int(z[1] * ch + (zh - strip.size[1]) / 2)))
    # the print sits in the photo with the photo's own blur
    layer = layer.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 1.0) / max(s, 0.2)))
    warp_onto(photo, layer, quad)
    return photo.convert("RGB"), cap * s

SPREAD = {"tune": (-1.0, 1.0), "valid": (-1.5, 1.5)}

def texture(rng, w, h, style):
    y, x = np.mgrid[0:h, 0:w].astype(float)
    base = np.array([rng.uniform(40, 200) for _ in range(3)])
    if style == 0:
        n = np.random.default_rng(rng.randint(0, 1 << 30)).normal(0, 1, (h // 8 + 1, w // 8 + 1))
        n = np.asarray(Image.fromarray(((n - n.min()) / (np.ptp(n) + 1e-9) * 255).astype(np.uint8)).resize((w, h), Image.BICUBIC), float) / 255
        img = base[None, None, :] * (0.6 + 0.6 * n[..., None])
    else:
        f = rng.uniform(0.005, 0.03)
        g = np.sin(x * f + np.sin(y * f * 0.3) * 3) * 0.5 + 0.5
        img = base[None, None, :] * (0.7 + 0.4 * g[..., None])
    return Image.fromarray(np.clip(img, 0, 255).astype(np.uint8)).convert("RGBA")

def passport_page(rng, lines, split, family, fmt, fake=None):
    pw = 1500
    ph = int(pw / (1.42 if fmt != "TD1" else 1.586))
    tint = np.array([rng.uniform(215, 245), rng.uniform(215, 245), rng.uniform(205, 240)])
    y, x = np.mgrid[0:ph, 0:pw].astype(float)
    if family == 0:
        g = np.sin(x * 0.05 + 6 * np.sin(y * 0.011)) * np.sin(y * 0.043 + 4 * np.sin(x * 0.007))
    else:
        r = np.hypot(x - pw * 0.6, y - ph * 0.4)
        g = np.sin(r * 0.09 + 3 * np.sin(np.arctan2(y - ph * 0.4, x - pw * 0.6) * 7))
    page = tint[None, None, :] - 14 * (g[..., None] > 0.6)
    page = Image.fromarray(np.clip(page, 0, 255).astype(np.uint8)).convert("RGBA")
    d = ImageDraw.Draw(page)
    d.rectangle([60, 110, 60 + 0.26 * pw, 110 + 0.34 * pw], fill=(150, 140, 135, 255))
    d.ellipse([100, 160, 0.26 * pw + 20, 0.34 * pw], fill=(120, 100, 95, 255))
    sans = ImageFont.truetype(SANS, 30)
    d.text((60, 30), rng.choice(["PASSPORT", "PASSEPORT", "REISEPASS", "IDENTITY CARD"]), font=ImageFont.truetype(SANS, 50), fill=(40, 60, 90, 255))
    for i in range(7):
        d.text((0.34 * pw, 120 + i * 62), rng.choice(["Surname", "Given names", "Nationality", "Date of birth", "Sex", "Date of expiry", "Authority"]) + ": " + "".join(rng.choice("ABCDEFGHKLMNOPRSTU") for _ in range(rng.randint(4, 12))), font=sans, fill=(50, 50, 60, 255))
    zone_top = 0.72 * ph
    n = len(lines[0]) if lines else 44
    nl = len(lines) if lines else 2
    cap = min(pw * 0.90 / n, (ph - zone_top) * 0.8 / (1.72 * (nl - 1) + 1.3))
    content = lines if fake is None else fake
    strip, adv, cap_px, gap = render_mrz(content, FONTS[split], cap, rng, rng.uniform(*SPREAD[split]), rng.uniform(-0.03, 0.03))
    page.alpha_composite(strip, (int((pw - strip.size[0]) / 2), int(zone_top + (ph - zone_top - strip.size[1]) / 2)))
    return page, cap

def scene_procedural(rng, lines, split, family, fmt, fake=None):
    page, cap = passport_page(rng, lines, split, family, fmt, fake)
    W = rng.choice([1280, 1600, 2048, 2560, 3000])
    H = int(W * rng.choice([0.75, 0.5625, 1.333]))
    tight = rng.random() < 0.15
    bg = texture(rng, W, H, family if rng.random() < 0.7 else 1 - family)
    pw, ph = page.size
    frac = rng.uniform(0.55, 0.9) if not tight else rng.uniform(0.98, 1.06)
    sw = frac * min(W, H * pw / ph)
    sh = sw * ph / pw
    cx, cy = W / 2 + rng.uniform(-0.1, 0.1) * (W - sw), H / 2 + rng.uniform(-0.1, 0.1) * (H - sh)
    ang = math.radians(rng.uniform(-8, 8))
    persp = rng.uniform(0, 0.08)
    base = [(-sw / 2, -sh / 2), (sw / 2, -sh / 2), (sw / 2, sh / 2), (-sw / 2, sh / 2)]
    quad = []
    for i, (x, y) in enumerate(base):
        x *= 1 + (persp if i in (1, 2) else -persp) * 0.5 * rng.choice([1, -1]) * 0
        x += rng.uniform(-persp, persp) * sw
        y += rng.uniform(-persp, persp) * sh
        quad.append((cx + x * math.cos(ang) - y * math.sin(ang), cy + x * math.sin(ang) + y * math.cos(ang)))
    s = quad_scale(quad, pw)
    page = page.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8) / max(s, 0.2)))
    warp_onto(bg, page, quad)
    return bg.convert("RGB"), cap * s, quad

def degrade(rng, img, cap_px, zone_box, opts):
    """Camera and transport: returns (jpeg bytes, dict of what was done)."""
    info = {}
    if cap_px <= 0:  # no zone: blur as if the characters were 20 px tall
        cap_px = 20.0
        no_zone = True
    else:
        no_zone = False
    if opts.get("scale"):
        s = opts["scale"]
        img = img.resize((max(64, int(img.width * s)), max(64, int(img.height * s))), Image.LANCZOS)
        cap_px *= s
        zone_box = [v * s for v in zone_box] if zone_box else None
    r = rng.random()
    if r < 0.25:
        sig = rng.uniform(0.04, 0.14) * cap_px
        img = img.filter(ImageFilter.GaussianBlur(sig)); info["defocus_caps"] = round(sig / cap_px, 3)
    elif r < 0.40:
        ln = rng.uniform(0.1, 0.35) * cap_px
        ang = rng.uniform(0, math.pi)
        a = np.asarray(img, float)
        acc = np.zeros_like(a)
        steps = max(2, int(round(ln)))
        for t in range(steps):
            off = t - (steps - 1) / 2
            acc += np.roll(np.roll(a, int(round(off * math.cos(ang))), 1), int(round(off * math.sin(ang))), 0)
        img = Image.fromarray(np.clip(acc / steps, 0, 255).astype(np.uint8))
        info["motion_caps"] = round(ln / cap_px, 3)
    a = np.asarray(img, float)
    if rng.random() < 0.5:
        a = a + np.random.default_rng(rng.randint(0, 1 << 30)).normal(0, rng.uniform(1, 7), a.shape); info["noise"] = 1
    if opts.get("glare") and zone_box:
        x0, y0, x1, y1 = zone_box
        gx, gy = rng.uniform(x0, x1), rng.uniform(y0, y1)
        rad = rng.uniform(0.08, 0.2) * (x1 - x0)
        yy, xx = np.mgrid[0:a.shape[0], 0:a.shape[1]]
        m = np.exp(-((xx - gx) ** 2 + (yy - gy) ** 2) / (2 * rad ** 2))
        a = a * (1 - m[..., None]) + 255 * m[..., None] * 1.3; info["glare"] = 1
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if opts.get("cut") and zone_box:
        x0, y0, x1, y1 = zone_box
        side = rng.choice(["left", "right", "bottom"])
        if side == "left":
            img = img.crop((int(x0 + rng.uniform(0.05, 0.3) * (x1 - x0)), 0, img.width, img.height))
        elif side == "right":
            img = img.crop((0, 0, int(x1 - rng.uniform(0.05, 0.3) * (x1 - x0)), img.height))
        else:
            img = img.crop((0, 0, img.width, int(y1 - rng.uniform(0.2, 0.6) * (y1 - y0))))
        info["cut"] = side
    q = rng.randint(60, 95)
    buf = io.BytesIO(); img.save(buf, "JPEG", quality=q); info["jpeg_q"] = q
    if rng.random() < 0.3:  # Telegram: long side 1280, quality ~80
        im2 = Image.open(io.BytesIO(buf.getvalue())).convert("RGB")
        s = 1280 / max(im2.size)
        if s < 1:
            im2 = im2.resize((int(im2.width * s), int(im2.height * s)), Image.LANCZOS)
            info["telegram_scale"] = round(s, 3); cap_px *= s
        buf = io.BytesIO(); im2.save(buf, "JPEG", quality=80); info["telegram"] = 1
    return buf.getvalue(), (0.0 if no_zone else cap_px), info

def zone_box_from_quad(quad, fam):
    z = ZONE[fam] if fam else (0.03, 0.72, 0.97, 0.99)
    pts = []
    for fx, fy in [(z[0], z[1]), (z[2], z[1]), (z[2], z[3]), (z[0], z[3])]:
        top = (quad[0][0] + (quad[1][0] - quad[0][0]) * fx, quad[0][1] + (quad[1][1] - quad[0][1]) * fx)
        bot = (quad[3][0] + (quad[2][0] - quad[3][0]) * fx, quad[3][1] + (quad[2][1] - quad[3][1]) * fx)
        pts.append((top[0] + (bot[0] - top[0]) * fy, top[1] + (bot[1] - top[1]) * fy))
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return [min(xs), min(ys), max(xs), max(ys)]

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/gen/mrz")
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--start", type=int, default=0, help="first index (a later range of the same split: more material from the same designs and backgrounds, e.g. to train on)")
    ap.add_argument("--split", choices=["tune", "valid"], help="write only this split (run one process per split, then concatenate their truth.jsonl)")
    args = ap.parse_args()
    designs = load_designs()
    out = open(os.path.join(args.out, "truth.jsonl"), "w") if os.makedirs(args.out, exist_ok=True) is None else None
    for split, seed0, family in (("tune", 1000, 0), ("valid", 2000, 1)):
        if args.split and split != args.split:
            continue
        os.makedirs(os.path.join(args.out, split), exist_ok=True)
        mine = [d for d in designs if design_split(d[1], d[2]) == split]
        for i in range(args.start, args.start + args.n):
            rng = random.Random(seed0 + i)
            r = rng.random()
            kind = "mrz" if r < 0.8 else rng.choice(["none", "placeholder", "lt_page", "barcode", "random_text"])
            fmt = rng.choice(["TD1", "TD2", "TD3", "TD3"])
            lines = identity(rng, fmt)
            rec = {"split": split, "kind": kind}
            opts = {"glare": rng.random() < 0.1, "cut": rng.random() < 0.08, "scale": rng.choice([None, None, rng.uniform(0.3, 0.9)])}
            if kind in ("mrz", "none", "placeholder") and rng.random() < 0.45:
                row = rng.choice(mine)
                fam = "pp" if row[1].startswith("pp") else "td1"
                if kind == "mrz":
                    fmt = "TD3" if fam == "pp" else rng.choice(["TD1", "TD1", "TD2"])
                    lines = identity(rng, fmt)
                    if "front" in row[1]:
                        row = rng.choice([d for d in mine if "front" not in d[1]])
                        fam = "pp" if row[1].startswith("pp") else "td1"
                        if fam == "pp":
                            fmt = "TD3"; lines = identity(rng, fmt)
                elif kind == "none":
                    cand = [d for d in mine if "front" in d[1]]
                    row = rng.choice(cand) if cand else row
                img, cap = scene_design(rng, row, fmt, lines, split, kind)
                zb = zone_box_from_quad(row[3], fam)
                rec.update({"source": "design", "design": row[1], "bg": row[2], "photo": row[0]})
                if cap is None:
                    cap = 0
            else:
                fake = None
                if kind == "lt_page":
                    fake = ["<" * len(l) for l in lines]
                elif kind == "random_text":
                    fake = ["".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<<<<") for _ in l) for l in lines]
                elif kind in ("none", "placeholder", "barcode"):
                    fake = [" " * len(l) for l in lines]
                img, cap, quad = scene_procedural(rng, lines, split, family, fmt, fake)
                zb = zone_box_from_quad(quad, None)
                if kind == "barcode":
                    d = ImageDraw.Draw(img)
                    x0, y0, x1, y1 = zb
                    x = x0 + (x1 - x0) * 0.05
                    while x < x1 - (x1 - x0) * 0.05:
                        wbar = rng.choice([1, 1, 2, 3]) * max(1.0, cap / 8)
                        d.rectangle([x, y0 + (y1 - y0) * 0.2, x + wbar, y1 - (y1 - y0) * 0.2], fill=(20, 20, 20))
                        x += wbar + rng.choice([1, 2, 3]) * max(1.0, cap / 8)
                rec.update({"source": "procedural", "family": family})
            if kind != "mrz":
                opts["glare"] = opts["cut"] = False
            data, cap_px, info = degrade(rng, img, cap, zb, opts)
            name = "%s/%04d.jpg" % (split, i)
            with open(os.path.join(args.out, name), "wb") as f:
                f.write(data)
            rec.update({"file": name, "format": fmt if kind == "mrz" else None, "lines": lines if kind == "mrz" else None,
                        "char_h_px": round(cap_px, 2), **info})
            out.write(json.dumps(rec) + "\n")
            if i % 50 == 0:
                print(split, i, flush=True)

if __name__ == "__main__":
    main()
