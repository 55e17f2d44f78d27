import { describe, expect, test } from 'vitest';
import { charsetOf, decodeHtml, sniffEncoding } from '../../src/cli/decode';

const latin1 = (s: string) => Buffer.from(s, 'latin1');

describe('sniffEncoding: the order a browser follows', () => {
  test('a byte-order mark outranks every declaration', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<meta charset="iso-8859-1"><p>é</p>')]);
    expect(sniffEncoding(bytes, 'windows-1251')).toBe('UTF-8');
    expect(await decodeHtml(bytes)).toBe('<meta charset="iso-8859-1"><p>é</p>');
  });

  test('UTF-16 with its byte-order mark', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>Grüße</p>', 'utf16le')]);
    expect(await decodeHtml(bytes)).toBe('<p>Grüße</p>');
  });

  test('the server\'s charset outranks the page\'s <meta>', async () => {
    const bytes = latin1('<meta charset="utf-8"><p>\xe9</p>');
    expect(sniffEncoding(bytes, 'iso-8859-1')).toBe('windows-1252');
    expect(await decodeHtml(bytes, 'iso-8859-1')).toContain('<p>é</p>');
  });

  test('<meta charset> and <meta http-equiv> are read; ISO-8859-1 is read as windows-1252, as browsers do', async () => {
    expect(sniffEncoding(latin1('<meta charset=ISO-8859-1><p>\xe9</p>'))).toBe('windows-1252');
    expect(sniffEncoding(latin1('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'))).toBe('KOI8-R');
    expect(await decodeHtml(latin1('<meta charset="windows-1252"><p>\x93a\x94 \x80</p>'))).toContain('<p>“a” €</p>');
  });

  test('a declaration after the first 1024 bytes of the head still counts; one in the body does not', () => {
    const filler = '<meta name="x" content="y">'.repeat(60);
    expect(sniffEncoding(latin1(`<head>${filler}<meta charset="iso-8859-2"></head><p>\xb1</p>`))).toBe('ISO-8859-2');
    expect(sniffEncoding(latin1(`<head>${filler}</head><body><p>\xe9</p><meta charset="iso-8859-2"></body>`))).toBe('windows-1252');
  });

  test('no declaration: valid UTF-8 is UTF-8, anything else windows-1252', async () => {
    expect(sniffEncoding(Buffer.from('<p>Grüße, 東京</p>'))).toBe('UTF-8');
    expect(sniffEncoding(latin1('<p>Gr\xfc\xdfe</p>'))).toBe('windows-1252');
    expect(await decodeHtml(latin1('<p>Gr\xfc\xdfe</p>'))).toBe('<p>Grüße</p>');
  });
});

describe('charsetOf', () => {
  test('reads the charset parameter of a Content-Type', () => {
    expect(charsetOf('text/html; charset=ISO-8859-1')).toBe('ISO-8859-1');
    expect(charsetOf('text/html;charset="utf-8"')).toBe('utf-8');
    expect(charsetOf('text/html')).toBeUndefined();
    expect(charsetOf(null)).toBeUndefined();
  });
});
