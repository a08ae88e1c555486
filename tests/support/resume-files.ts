import { createHash } from 'node:crypto';
import { crc32, deflateRawSync } from 'node:zlib';

/**
 * Résumé files made by the tests themselves, byte by byte, so each one is exactly what it claims
 * (or exactly not): a PDF with a real text layer, one whose pages are only an image (what a scan
 * is), one encrypted with the PDF standard security handler, and a DOCX zip with its parts.
 * tests/support/pdf.ts reads the PDFs back with pdf.js to prove they are what they say.
 */

// ---------------------------------------------------------------- PDF

/** Text in a PDF literal string (WinAnsi, so Latin-1 letters such as "é" print). */
const pdfString = (text: string) => `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

/**
 * Objects numbered from 1 (the first is the catalog), an xref table with the true byte offsets,
 * and a trailer. With `encrypt`, every stream is encrypted with its object's key.
 */
function writePdf(
  objects: PdfObject[],
  encrypt?: { dict: string; id: Buffer; key: Buffer },
): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n', 'latin1')];
  let length = parts[0]?.length ?? 0;
  const offsets: number[] = [];
  const push = (chunk: Buffer) => {
    parts.push(chunk);
    length += chunk.length;
  };
  const all = encrypt ? [...objects, { dict: encrypt.dict }] : objects;
  all.forEach((object, index) => {
    const number = index + 1;
    offsets.push(length);
    let stream = object.stream;
    if (stream && encrypt && index < objects.length) {
      stream = rc4(objectKey(encrypt.key, number), stream);
    }
    const dict = stream
      ? object.dict.replace('>>', ` /Length ${String(stream.length)} >>`)
      : object.dict;
    push(Buffer.from(`${String(number)} 0 obj\n${dict}\n`, 'latin1'));
    if (stream) {
      push(Buffer.from('stream\n', 'latin1'));
      push(stream);
      push(Buffer.from('\nendstream\n', 'latin1'));
    }
    push(Buffer.from('endobj\n', 'latin1'));
  });
  const xrefAt = length;
  const xref = [
    'xref',
    `0 ${String(all.length + 1)}`,
    '0000000000 65535 f ',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `),
  ].join('\n');
  const id = encrypt ? encrypt.id.toString('hex') : createHash('md5').update(xref).digest('hex');
  const trailer = [
    'trailer',
    `<< /Size ${String(all.length + 1)} /Root 1 0 R${
      encrypt ? ` /Encrypt ${String(all.length)} 0 R` : ''
    } /ID [<${id}> <${id}>] >>`,
    'startxref',
    String(xrefAt),
    '%%EOF\n',
  ].join('\n');
  push(Buffer.from(`${xref}\n${trailer}`, 'latin1'));
  return Buffer.concat(parts);
}

const page = (resources: string) =>
  `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources ${resources} /Contents 5 0 R >>`;
const CATALOG = { dict: '<< /Type /Catalog /Pages 2 0 R >>' };
const PAGES = { dict: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' };
const HELVETICA = {
  dict: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
};

function textObjects(lines: readonly string[]): PdfObject[] {
  const content = [
    'BT',
    '/F1 11 Tf',
    '15 TL',
    '72 720 Td',
    ...lines.map((line, i) => `${i === 0 ? '' : 'T* '}${pdfString(line)} Tj`),
    'ET',
  ].join('\n');
  return [
    CATALOG,
    PAGES,
    { dict: page('<< /Font << /F1 4 0 R >> >>') },
    HELVETICA,
    { dict: '<< >>', stream: Buffer.from(content, 'latin1') },
  ];
}

/** A one-page PDF whose text layer holds these lines, in Helvetica. */
export function textPdf(lines: readonly string[]): Buffer {
  return writePdf(textObjects(lines));
}

/** A one-page PDF that is only a picture of a page (a grey gradient), as a scanner makes. */
export function imageOnlyPdf(): Buffer {
  const side = 64;
  const pixels = Buffer.alloc(side * side, 0);
  for (let i = 0; i < pixels.length; i++) pixels[i] = 160 + ((i * 7) % 96);
  return writePdf([
    CATALOG,
    PAGES,
    { dict: page('<< /XObject << /Im1 4 0 R >> >>') },
    {
      dict: `<< /Type /XObject /Subtype /Image /Width ${String(side)} /Height ${String(side)} /ColorSpace /DeviceGray /BitsPerComponent 8 >>`,
      stream: pixels,
    },
    { dict: '<< >>', stream: Buffer.from('q 468 0 0 620 72 100 cm /Im1 Do Q', 'latin1') },
  ]);
}

// The standard security handler, revision 2 (40-bit RC4), as the PDF 1.4 reference defines it.
const PASSWORD_PAD = Buffer.from(
  '28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a',
  'hex',
);
const padded = (password: string) =>
  Buffer.concat([Buffer.from(password, 'latin1'), PASSWORD_PAD]).subarray(0, 32);
const md5 = (...chunks: Buffer[]) => {
  const hash = createHash('md5');
  for (const chunk of chunks) hash.update(chunk);
  return hash.digest();
};

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + (s[i] ?? 0) + (key[i % key.length] ?? 0)) & 255;
    [s[i], s[j]] = [s[j] ?? 0, s[i] ?? 0];
  }
  const out = Buffer.alloc(data.length);
  let i = 0;
  j = 0;
  for (let n = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + (s[i] ?? 0)) & 255;
    [s[i], s[j]] = [s[j] ?? 0, s[i] ?? 0];
    out[n] = (data[n] ?? 0) ^ (s[((s[i] ?? 0) + (s[j] ?? 0)) & 255] ?? 0);
  }
  return out;
}

/** Algorithm 1: an object's key is the file key, its number and generation, hashed. */
function objectKey(fileKey: Buffer, number: number): Buffer {
  const suffix = Buffer.from([number & 255, (number >> 8) & 255, (number >> 16) & 255, 0, 0]);
  return md5(fileKey, suffix).subarray(0, fileKey.length + 5);
}

/**
 * The text PDF encrypted so that it opens only with `userPassword`: the O and U entries and the
 * file key are computed as algorithms 2 to 4 say, and the content stream is RC4-encrypted.
 */
export function encryptedPdf(lines: readonly string[], userPassword: string): Buffer {
  const permissions = -44;
  const id = md5(Buffer.from(lines.join('\n')));
  const ownerKey = md5(padded(`${userPassword}-owner`)).subarray(0, 5);
  const o = rc4(ownerKey, padded(userPassword));
  const p = Buffer.alloc(4);
  p.writeInt32LE(permissions);
  const key = md5(padded(userPassword), o, p, id).subarray(0, 5);
  const u = rc4(key, PASSWORD_PAD);
  const dict = `<< /Filter /Standard /V 1 /R 2 /O <${o.toString('hex')}> /U <${u.toString('hex')}> /P ${String(permissions)} >>`;
  return writePdf(textObjects(lines), { dict, id, key });
}

// ---------------------------------------------------------------- DOCX (a zip)

/** A zip archive (deflated entries, one central directory), written as APPNOTE.TXT lays it out. */
export function zip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const data = Buffer.from(content, 'utf8');
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0, 10); // time
    local.writeUInt16LE(0x21, 12); // date: 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  const count = Object.keys(entries).length;
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const xmlText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A Word document (WordprocessingML) with one paragraph per line. */
export function docx(paragraphs: readonly string[]): Buffer {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const body = paragraphs
    .map((p) => `<w:p><w:r><w:t xml:space="preserve">${xmlText(p)}</w:t></w:r></w:p>`)
    .join('');
  return zip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      '</Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
      '</Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
  });
}

/** The first bytes of a PNG (signature and IHDR chunk header): a photo, whatever its name says. */
export const PNG_BYTES = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000400000004008000000',
  'hex',
);
