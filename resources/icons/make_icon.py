"""Draw the application icon (self-made, GPL-3.0-or-later like the application).

A white heart with an orange one inside, resting on an open palm, on a teal rounded square;
drawn large with Pillow and scaled down; writes koordynator.png (256 px), koordynator-<n>.png for the
Linux icon theme sizes and koordynator.ico (16–256 px) for Windows.

    python resources/icons/make_icon.py
"""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
SIZE = 1024
TEAL = (0, 121, 107, 255)
TEAL_DARK = (0, 77, 64, 255)
WHITE = (255, 255, 255, 255)
ORANGE = (255, 167, 38, 255)
SIZES = (16, 24, 32, 48, 64, 128, 256)


def _heart(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float, fill: tuple[int, ...]) -> None:
    """The classic parametric heart, radius r, centred at (cx, cy)."""
    points = []
    for i in range(360):
        t = math.radians(i)
        x = 16 * math.sin(t) ** 3
        y = 13 * math.cos(t) - 5 * math.cos(2 * t) - 2 * math.cos(3 * t) - math.cos(4 * t)
        points.append((cx + x * r / 16, cy - y * r / 16))
    draw.polygon(points, fill=fill)


def draw() -> Image.Image:
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    d = ImageDraw.Draw(image)
    d.rounded_rectangle((40, 40, SIZE - 40, SIZE - 40), radius=200, fill=TEAL_DARK)
    d.rounded_rectangle((40, 40, SIZE - 40, SIZE - 70), radius=200, fill=TEAL)
    _heart(d, SIZE / 2, SIZE * 0.43, 320, WHITE)
    _heart(d, SIZE / 2, SIZE * 0.41, 145, ORANGE)
    # an open palm under the heart: the helping hand
    d.rounded_rectangle((220, 790, SIZE - 220, 870), radius=50, fill=WHITE)
    return image


def main() -> None:
    big = draw()
    big.resize((256, 256), Image.Resampling.LANCZOS).save(HERE / "koordynator.png")
    for size in SIZES:
        big.resize((size, size), Image.Resampling.LANCZOS).save(HERE / f"koordynator-{size}.png")
    big.resize((256, 256), Image.Resampling.LANCZOS).save(
        HERE / "koordynator.ico", sizes=[(s, s) for s in SIZES]
    )


if __name__ == "__main__":
    main()
