#!/usr/bin/env python3
"""Draws the sample's Easy Read pictures: simple pictograms, made here so nothing is copied from elsewhere.

Run from this folder with any Python 3 (no packages needed): python3 draw_pictures.py
It writes small PNG files into the pictures folders beside the sample's content files.
"""
import math
import os
import struct
import zlib

SIZE = 160
WHITE, INK, BLUE, GREEN, YELLOW, SKIN = (255, 255, 255), (11, 12, 12), (29, 79, 145), (0, 112, 60), (255, 221, 0), (233, 180, 140)


class Canvas:
    def __init__(self):
        self.px = [[WHITE] * SIZE for _ in range(SIZE)]

    def shape(self, inside, colour):
        for y in range(SIZE):
            for x in range(SIZE):
                if inside(x + 0.5, y + 0.5):
                    self.px[y][x] = colour

    def circle(self, cx, cy, r, colour):
        self.shape(lambda x, y: (x - cx) ** 2 + (y - cy) ** 2 <= r * r, colour)

    def ring(self, cx, cy, r, width, colour):
        self.shape(lambda x, y: (r - width) ** 2 <= (x - cx) ** 2 + (y - cy) ** 2 <= r * r, colour)

    def rect(self, x0, y0, x1, y1, colour):
        self.shape(lambda x, y: x0 <= x <= x1 and y0 <= y <= y1, colour)

    def line(self, x0, y0, x1, y1, width, colour):
        dx, dy = x1 - x0, y1 - y0
        length = dx * dx + dy * dy

        def inside(x, y):
            t = max(0, min(1, ((x - x0) * dx + (y - y0) * dy) / length))
            return (x - x0 - t * dx) ** 2 + (y - y0 - t * dy) ** 2 <= (width / 2) ** 2

        self.shape(inside, colour)

    def person(self, cx, top, colour):
        self.circle(cx, top + 14, 13, SKIN)
        self.shape(lambda x, y: y >= top + 32 and (x - cx) ** 2 / 24 ** 2 + (y - top - 62) ** 2 / 32 ** 2 <= 1 and y <= top + 80, colour)

    def save(self, path):
        raw = b"".join(b"\x00" + bytes(c for p in row for c in p) for row in self.px)
        def chunk(kind, data):
            return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 2, 0, 0, 0))
        png += chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as file:
            file.write(png)


def speech(c):
    c.shape(lambda x, y: (x - 80) ** 2 / 66 ** 2 + (y - 70) ** 2 / 48 ** 2 <= 1, BLUE)
    c.shape(lambda x, y: 100 <= y <= 140 and 40 <= x <= 70 and x - 40 <= (140 - y) * 0.75, BLUE)
    for cx in (52, 80, 108):
        c.circle(cx, 70, 8, WHITE)


def people(c):
    c.person(45, 40, BLUE)
    c.person(115, 40, GREEN)
    c.person(80, 60, INK)


def question(c):
    c.circle(80, 80, 70, YELLOW)
    c.ring(80, 64, 28, 12, INK)
    c.rect(40, 64, 80, 100, YELLOW)
    c.line(86, 88, 80, 108, 12, INK)
    c.circle(80, 128, 8, INK)


def tick(c):
    c.circle(80, 80, 70, GREEN)
    c.line(45, 82, 70, 108, 16, WHITE)
    c.line(70, 108, 118, 55, 16, WHITE)


def clock(c):
    c.circle(80, 80, 70, INK)
    c.circle(80, 80, 60, WHITE)
    c.line(80, 80, 80, 38, 8, INK)
    c.line(80, 80, 80 + 40 * math.sin(math.radians(30)), 80 - 40 * math.cos(math.radians(30)), 8, BLUE)
    c.circle(80, 80, 7, INK)


def letter(c):
    c.rect(20, 40, 140, 120, BLUE)
    c.rect(26, 46, 134, 114, WHITE)
    c.line(26, 48, 80, 88, 6, BLUE)
    c.line(134, 48, 80, 88, 6, BLUE)


def handshake(c):
    c.line(20, 100, 70, 70, 22, BLUE)
    c.line(140, 100, 90, 70, 22, GREEN)
    c.circle(80, 70, 20, SKIN)
    c.line(62, 62, 98, 62, 6, INK)
    c.line(62, 74, 98, 74, 6, INK)


PICTURES = {
    "surveys": [speech, question, tick, clock, people],
    "principles": [people, handshake, speech, tick],
    "": [people, letter, handshake, clock],
}

if __name__ == "__main__":
    content = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Content", "CoProduction")
    for folder, drawings in PICTURES.items():
        for draw in drawings:
            canvas = Canvas()
            draw(canvas)
            canvas.save(os.path.join(content, folder, "pictures", draw.__name__ + ".png"))
