/** heic-decode ships without types; this is the part of its API (README, v2) Outpost uses. */
declare module 'heic-decode' {
  interface DecodedHeicImage {
    width: number;
    height: number;
    /** RGBA, 8 bits per channel, row by row. */
    data: Uint8ClampedArray;
  }
  /** Decodes the primary image, with the file's rotation and mirroring applied. */
  function decode(input: { buffer: Uint8Array }): Promise<DecodedHeicImage>;
  export = decode;
}
