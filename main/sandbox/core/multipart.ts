import type { FormFields, UploadedFile } from './sandboxHttp';

/**
 * multipart/form-data (RFC 7578), enough for what clients send to Graph: text fields and file
 * parts (`source` on /photos, `video_file_chunk` on /videos). Binary-safe: works on Buffers.
 */
export interface MultipartResult {
  fields: FormFields;
  files: UploadedFile[];
}

function addField(fields: FormFields, name: string, value: string): void {
  const existing = fields[name];
  if (existing === undefined) fields[name] = value;
  else fields[name] = Array.isArray(existing) ? [...existing, value] : [existing, value];
}

function parseDisposition(header: string): { name: string | null; filename: string | null } {
  const name = /\bname="([^"]*)"/i.exec(header)?.[1] ?? null;
  const filename = /\bfilename="([^"]*)"/i.exec(header)?.[1] ?? null;
  return { name, filename };
}

export function boundaryOf(contentType: string): string | null {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

/** Returns null when the body is not well-formed multipart for that boundary. */
export function parseMultipart(body: Buffer, boundary: string): MultipartResult | null {
  const delimiter = Buffer.from(`--${boundary}`);
  const fields: FormFields = {};
  const files: UploadedFile[] = [];
  let position = body.indexOf(delimiter);
  if (position < 0) return null;
  for (;;) {
    position += delimiter.length;
    if (body.subarray(position, position + 2).toString() === '--') return { fields, files };
    if (body.subarray(position, position + 2).toString() !== '\r\n') return null;
    position += 2;
    const headerEnd = body.indexOf('\r\n\r\n', position);
    if (headerEnd < 0) return null;
    const headers = body.subarray(position, headerEnd).toString('utf8').split('\r\n');
    const contentStart = headerEnd + 4;
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), contentStart);
    if (next < 0) return null;
    const content = body.subarray(contentStart, next);
    let disposition = '';
    let contentType: string | null = null;
    for (const line of headers) {
      const colon = line.indexOf(':');
      const key = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      if (key === 'content-disposition') disposition = value;
      if (key === 'content-type') contentType = value;
    }
    const { name, filename } = parseDisposition(disposition);
    if (name === null) return null;
    if (filename !== null || (contentType !== null && !contentType.startsWith('text/'))) {
      files.push({ field: name, filename, contentType, bytes: Buffer.from(content) });
    } else {
      addField(fields, name, content.toString('utf8'));
    }
    position = next + 2;
  }
}
