import sharp, { type Sharp } from 'sharp';
import type { MediaProbe } from '../../preload/contract';
import { openImage } from './imageSource';
import { writeFileAtomically, type MediaFileWriter } from './mediaFileWriter';
import type { ImageFormat } from './mediaFormats';
import type { MediaLayout, RenditionVariant } from './mediaLayout';
import { extractPosterFrame } from './posterFrame';

/** Long edge in pixels: thumbnails fill grid cells and strips, previews the composer and crop tool. */
const RENDITION_LONG_EDGE: Readonly<Record<RenditionVariant, number>> = { thumbnail: 320, preview: 1280 };

export type Renditions = Readonly<Record<RenditionVariant, Buffer>>;

/**
 * The preview and thumbnail JPEGs of a picture (a photo, or a video's poster frame): upright, in
 * sRGB, transparency on white, never enlarged. The picture is decoded once, for the preview; the
 * thumbnail is cut from the preview. Decoding every pixel is also the last check that a photo is
 * whole, which its headers alone cannot prove.
 */
export async function renderRenditions(picture: Sharp): Promise<Renditions> {
  const preview = await renderJpeg(picture, RENDITION_LONG_EDGE.preview);
  const thumbnail = await renderJpeg(sharp(preview), RENDITION_LONG_EDGE.thumbnail);
  return { preview, thumbnail };
}

/** The renditions of a probed file: of the photo itself, or of a still from the video. */
export async function renditionsOf(file: string, probe: MediaProbe): Promise<Renditions> {
  const picture =
    probe.kind === 'image'
      ? (await openImage(file, probe.format as ImageFormat)).pipeline()
      : sharp(await extractPosterFrame(file, probe.durationMs));
  return renderRenditions(picture);
}

export async function writeRenditions(renditions: Renditions, id: string, layout: MediaLayout, writer: MediaFileWriter): Promise<void> {
  for (const variant of ['preview', 'thumbnail'] as const) {
    await writeFileAtomically(layout.renditionPath(variant, id), renditions[variant], layout.incomingPath(), writer);
  }
}

function renderJpeg(picture: Sharp, longEdge: number): Promise<Buffer> {
  return picture
    .autoOrient()
    .resize({ width: longEdge, height: longEdge, fit: 'inside', withoutEnlargement: true })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 82 })
    .toBuffer();
}
