// Writes build/icon.png (512×512): a white sheet with ruled lines on a blue rounded square.
// Plain zlib + a hand-written PNG encoder, so it needs no image library.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const BLUE = [25, 118, 210, 255];
const WHITE = [255, 255, 255, 255];
const LINE = [144, 164, 174, 255];
const CLEAR = [0, 0, 0, 0];

function inRoundedRect(x, y, left, top, right, bottom, radius) {
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (
    x >= left && x < right && y >= top && y < bottom && (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2
  );
}

function colour(x, y) {
  if (!inRoundedRect(x, y, 16, 16, 496, 496, 96)) return CLEAR;
  if (!inRoundedRect(x, y, 136, 96, 376, 416, 16)) return BLUE;
  const ruled = x >= 176 && x < 336 && y >= 160 && y < 352 && (y - 160) % 48 < 14;
  const total = x >= 256 && x < 336 && y >= 360 && y < 376;
  return ruled || total ? LINE : WHITE;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const rows = [];
for (let y = 0; y < SIZE; y++) {
  rows.push(0); // filter type: none
  for (let x = 0; x < SIZE; x++) rows.push(...colour(x, y));
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no filter, no interlace

writeFileSync(
  'build/icon.png',
  Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]),
);
