import { describe, expect, it } from 'vitest';
import { probeMedia } from '../../../../main/sandbox/media/mediaProbe';
import { makeJpeg, makeMp4, makePng } from '../../../../main/sandbox/media/syntheticMedia';

describe('synthetic media and probing', () => {
  it('reads a JPEG frame size', () => {
    expect(probeMedia(makeJpeg(1080, 1350))).toEqual({ kind: 'image', format: 'jpeg', width: 1080, height: 1350 });
  });

  it('pads a JPEG to a requested size and still reads it', () => {
    const big = makeJpeg(1080, 1080, { padToBytes: 9 * 1024 * 1024 });
    expect(big.length).toBeGreaterThanOrEqual(9 * 1024 * 1024);
    expect(big.length).toBeLessThan(9 * 1024 * 1024 + 8);
    expect(probeMedia(big)).toMatchObject({ format: 'jpeg', width: 1080, height: 1080 });
  });

  it('reads a PNG', () => {
    expect(probeMedia(makePng(640, 480))).toEqual({ kind: 'image', format: 'png', width: 640, height: 480 });
  });

  it('reads duration and frame size of an MP4 and a MOV', () => {
    expect(probeMedia(makeMp4({ durationMs: 12_500, width: 720, height: 1280 }))).toEqual({
      kind: 'video',
      format: 'mp4',
      durationMs: 12_500,
      width: 720,
      height: 1280,
      moovFirst: true,
    });
    expect(probeMedia(makeMp4({ durationMs: 4_000, brand: 'qt  ' }))).toMatchObject({ format: 'mov', durationMs: 4_000 });
  });

  it('notices moov after mdat', () => {
    expect(probeMedia(makeMp4({ durationMs: 5_000, moovAtEnd: true }))).toMatchObject({ kind: 'video', moovFirst: false });
  });

  it('pads an MP4 to a byte size', () => {
    expect(makeMp4({ durationMs: 5_000, sizeBytes: 6 * 1024 * 1024 }).length).toBe(6 * 1024 * 1024);
  });

  it('recognises other formats and gives up on junk', () => {
    expect(probeMedia(Buffer.from('GIF89a\x10\x00\x20\x00', 'latin1'))).toMatchObject({ format: 'gif', width: 16, height: 32 });
    expect(probeMedia(Buffer.from('RIFF\0\0\0\0WEBPVP8 ', 'latin1'))).toMatchObject({ format: 'webp' });
    expect(probeMedia(Buffer.from('<!doctype html>'))).toEqual({ kind: 'unknown' });
  });
});
