// A logo for the PDF tests, made here rather than checked in: a 480×160 RGBA PNG with a
// transparent background, a blue rounded badge and three white bars (so jsPDF has an alpha
// channel to split into a soft mask, as with most real logos).
import { deflateSync } from 'node:zlib';
import type { Logo } from '../../../shared/schemas/companyProfile';

const WIDTH = 480;
const HEIGHT = 160;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function pixel(x: number, y: number): [number, number, number, number] {
  const inBadge = x >= 8 && x < 152 && y >= 8 && y < 152 && (x - 80) ** 2 + (y - 80) ** 2 < 90 ** 2;
  if (!inBadge) {
    const bar = x >= 176 && x < 470 && [40, 76, 112].some((top) => y >= top && y < top + 18);
    return bar ? [21, 101, 192, 255] : [0, 0, 0, 0];
  }
  const mark = x >= 56 && x < 104 && y >= 40 && y < 120 && (x < 72 || y >= 104);
  return mark ? [255, 255, 255, 255] : [21, 101, 192, 255];
}

/** The test logo as the company profile stores it. */
export function testLogo(): Logo {
  const raw = Buffer.alloc((WIDTH * 4 + 1) * HEIGHT);
  for (let y = 0; y < HEIGHT; y++) {
    raw[y * (WIDTH * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < WIDTH; x++) {
      raw.set(pixel(x, y), y * (WIDTH * 4 + 1) + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(WIDTH, 0);
  header.writeUInt32BE(HEIGHT, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array(0)),
  ]);
  return { mimeType: 'image/png', dataBase64: png.toString('base64') };
}
