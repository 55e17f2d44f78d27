import sniffHtmlEncoding from 'html-encoding-sniffer';
import { TextDecoder } from '@exodus/bytes/encoding.js';
import { isUtf8 } from 'node:buffer';

// A saved page's bytes are read the way a browser reads them (HTML Standard, "encoding sniffing"):
// a byte-order mark first, then the encoding the server declared (HTTP Content-Type charset), then a
// `<meta charset>` or `<meta http-equiv="content-type">` in the page. The sniffing itself is
// html-encoding-sniffer's, the package jsdom uses; decoding is @exodus/bytes' WHATWG TextDecoder,
// which knows every encoding of the Encoding Standard (windows-1252 for a page labelled ISO-8859-1,
// as browsers do).
//
// Two choices where the standard leaves room:
//  - The standard's pre-scan reads the first 1024 bytes. Pages often carry a kilobyte of other <meta>
//    and <link> tags before their charset; Chromium keeps looking through the whole <head>, and so
//    do we (up to HEAD_SCAN_BYTES).
//  - With no declaration at all, the standard suggests the locale's legacy encoding (windows-1252).
//    Most pages saved today are UTF-8 without saying so: bytes that are valid UTF-8 are read as UTF-8
//    (Firefox does the same for local files), anything else as windows-1252.

/** How far into the page a late `<meta charset>` is looked for. */
const HEAD_SCAN_BYTES = 64 * 1024;
const META_WITH_CHARSET = /<meta\b[^>]*charset/gi;
const HEAD_END = /<\/head\s*>|<body\b/i;

/** The encoding a `<meta>` declares past the standard's first 1024 bytes, or null. */
function lateMetaEncoding(bytes: Uint8Array): string | null {
  // latin1 maps each byte to one character, so string offsets are byte offsets.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, HEAD_SCAN_BYTES)).toString('latin1');
  const end = HEAD_END.exec(head)?.index ?? head.length;
  META_WITH_CHARSET.lastIndex = 0;
  for (let m = META_WITH_CHARSET.exec(head); m && m.index < end; m = META_WITH_CHARSET.exec(head)) {
    // The sniffer's own pre-scan, started at this tag, reads its attributes as the standard says.
    const found = sniffHtmlEncoding(bytes.subarray(m.index), { defaultEncoding: '' });
    if (found) return found;
  }
  return null;
}

/**
 * The encoding to read `bytes` with: BOM, then `transportCharset` (an HTTP Content-Type charset),
 * then the page's own declaration, then UTF-8 if the bytes are valid UTF-8, else windows-1252.
 */
export function sniffEncoding(bytes: Uint8Array, transportCharset?: string): string {
  const declared = sniffHtmlEncoding(bytes, { transportLayerEncodingLabel: transportCharset || undefined, defaultEncoding: '' }) || lateMetaEncoding(bytes);
  if (declared) return declared;
  return isUtf8(bytes) ? 'UTF-8' : 'windows-1252';
}

/** Decodes a page's bytes to text as a browser would (see `sniffEncoding`); a BOM is not kept. */
export function decodeHtml(bytes: Uint8Array, transportCharset?: string): string {
  return new TextDecoder(sniffEncoding(bytes, transportCharset)).decode(bytes);
}

/** The charset parameter of a Content-Type header value, if any. */
export function charsetOf(contentType: string | null | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '');
  return m?.[1];
}
