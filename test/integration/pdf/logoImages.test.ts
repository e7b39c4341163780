import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { decodedLogo, drawLogo } from '../../../renderer/pdf/logoImages';
import { testLogo } from './testLogo';

/** The first bytes of a JPEG file: start of image, a JFIF header and a baseline frame. */
function jpegHeader(width: number, height: number): string {
  const bytes = [
    0xff,
    0xd8,
    0xff,
    0xe0,
    0x00,
    0x10,
    0x4a,
    0x46,
    0x49,
    0x46,
    0x00,
    0x01,
    0x01,
    0x00,
    0x00,
    0x01,
    0x00,
    0x01,
    0x00,
    0x00,
    0xff,
    0xc0,
    0x00,
    0x11,
    0x08,
    height >> 8,
    height & 0xff,
    width >> 8,
    width & 0xff,
    0x03,
    0x01,
    0x22,
    0x00,
    0x02,
    0x11,
    0x01,
    0x03,
    0x11,
    0x01,
  ];
  return Buffer.from(bytes).toString('base64');
}

describe('the logo', () => {
  it('is read with its pixel size, from a PNG or a JPEG', () => {
    expect(decodedLogo(testLogo())).toMatchObject({ format: 'PNG', width: 480, height: 160 });
    const jpeg = { mimeType: 'image/jpeg' as const, dataBase64: jpegHeader(640, 200) };
    expect(decodedLogo(jpeg)).toMatchObject({ format: 'JPEG', width: 640, height: 200 });
  });

  it('is decoded once while it stays the same', () => {
    const logo = testLogo();
    expect(decodedLogo({ ...logo })).toBe(decodedLogo({ ...logo }));
  });

  it('is left out when its data is no image', () => {
    expect(decodedLogo({ mimeType: 'image/png', dataBase64: 'AAAA' })).toBeNull();
    expect(decodedLogo({ mimeType: 'image/jpeg', dataBase64: 'not base64!' })).toBeNull();
  });

  it('is converted by jsPDF once and embedded identically in every later document', () => {
    const logo = decodedLogo(testLogo())!;
    const pdfWith = () => {
      const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
      doc.setCreationDate(new Date('2026-03-05T09:00:00Z'));
      doc.setFileId('0123456789ABCDEF0123456789ABCDEF');
      drawLogo(doc, logo, 20, 15, 70, 70 / 3);
      return doc.output();
    };
    const first = pdfWith();
    expect(logo.processed).not.toBeNull();
    expect(pdfWith()).toBe(first);
    expect(first).toContain('/SMask'); // the alpha channel, as jsPDF embeds it
  });
});
