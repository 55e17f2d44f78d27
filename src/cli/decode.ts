import sniffHtmlEncoding from 'html-encoding-sniffer';
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

// UTF-8, the encoding of nearly every page, is decoded by Node's own TextDecoder: the one @exodus/bytes
// itself calls for UTF-8 (after removing a BOM, as this one does), so the text is the same. The
// package's decoders for the other encodings, with their tables for Chinese, Japanese and Korean
// (a third of the command line's code), are loaded only for a page that needs them.
const UTF8 = new TextDecoder('utf-8');

/** Decodes a page's bytes to text as a browser would (see `sniffEncoding`); a BOM is not kept. */
export async function decodeHtml(bytes: Uint8Array, transportCharset?: string): Promise<string> {
  const encoding = sniffEncoding(bytes, transportCharset);
  if (encoding === 'UTF-8') return UTF8.decode(bytes);
  const { TextDecoder: WhatwgDecoder } = await import('@exodus/bytes/encoding.js');
  return new WhatwgDecoder(encoding).decode(bytes);
}

/** The charset parameter of a Content-Type header value, if any. */
export function charsetOf(contentType: string | null | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '');
  return m?.[1];
}
