/**
 * The description an ICC profile gives itself ("sRGB IEC61966-2.1", "Display P3"), which is what
 * the owner recognises as the colour space. Read from the profile's `desc` tag (ICC.1 §9.2.41):
 * version 2 profiles store it as `desc` (ASCII), version 4 as `mluc` (UTF-16, first record).
 * Null when the profile is too short or says nothing readable.
 */
export function iccProfileName(profile: Buffer): string | null {
  if (profile.length < 132) return null;
  const tagCount = profile.readUInt32BE(128);
  for (let index = 0; index < tagCount; index++) {
    const entry = 132 + index * 12;
    if (entry + 12 > profile.length) return null;
    if (profile.toString('latin1', entry, entry + 4) !== 'desc') continue;
    const offset = profile.readUInt32BE(entry + 4);
    const size = profile.readUInt32BE(entry + 8);
    if (offset + size > profile.length || size < 12) return null;
    return readDescription(profile.subarray(offset, offset + size));
  }
  return null;
}

function readDescription(tag: Buffer): string | null {
  const type = tag.toString('latin1', 0, 4);
  if (type === 'desc') {
    const length = tag.readUInt32BE(8);
    return clean(tag.toString('latin1', 12, Math.min(tag.length, 12 + length)));
  }
  if (type === 'mluc' && tag.length >= 28) {
    // A UTF-16 length is even; an odd one from a sloppy writer loses its stray byte.
    const length = tag.readUInt32BE(20) & ~1;
    const offset = tag.readUInt32BE(24);
    if (offset + length > tag.length) return null;
    // UTF-16BE; Node decodes little-endian only, so swap a copy.
    return clean(Buffer.from(tag.subarray(offset, offset + length)).swap16().toString('utf16le'));
  }
  return null;
}

function clean(text: string): string | null {
  const trimmed = text.replace(/\0/g, '').trim();
  return trimmed.length > 0 ? trimmed : null;
}
