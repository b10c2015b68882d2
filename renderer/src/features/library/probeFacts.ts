import type { MediaItem } from '../../../../preload/contract';
import {
  aspectRatio,
  clockDuration,
  codecName,
  FIX_NAMES,
  fileSize,
  formatName,
  frameRate,
  KIND_NAMES,
  orientation,
  pixelSize,
  privateDetails,
  sampleRate,
  shape,
} from '../../lib/mediaFacts';

export interface ProbeFact {
  term: string;
  value: string;
}

/**
 * What the probe learned about an item, as the details panel lists it: one plain line per fact,
 * video lines only for videos. `sourceName` names the item a fix made this one from (null when
 * that item has been deleted since).
 */
export function probeFacts(item: MediaItem, sourceName: string | null): ProbeFact[] {
  const { probe } = item;
  const facts: ProbeFact[] = [
    { term: 'Kind', value: `${KIND_NAMES[probe.kind]}, ${formatName(probe.format)}` },
    {
      term: 'Size',
      value: `${pixelSize(probe.width, probe.height)}, ${aspectRatio(probe.width, probe.height)} ${shape(probe.width, probe.height)}`,
    },
    { term: 'Orientation', value: orientation(probe.orientation) },
    { term: 'Colour space', value: probe.colorSpace ?? 'Not stated in the file' },
    { term: 'File size', value: fileSize(probe.byteSize) },
  ];
  if (probe.kind === 'video') {
    if (probe.durationMs !== null) facts.push({ term: 'Length', value: clockDuration(probe.durationMs) });
    facts.push({ term: 'Video', value: videoLine(probe.videoCodec, probe.frameRate) });
    facts.push({ term: 'Sound', value: soundLine(probe.audioCodec, probe.audioSampleRateHz) });
  }
  facts.push({ term: 'Private details', value: privateDetails(probe.hasLocation, probe.hasCameraDetails) });
  if (item.derivedFrom) {
    const source = sourceName === null ? 'an item no longer in your library' : sourceName;
    facts.push({ term: 'Made from', value: `${source} by ${FIX_NAMES[item.derivedFrom.fix]}` });
  }
  return facts;
}

/** "H.264 at 30 frames a second". */
function videoLine(codec: string | null, framesPerSecond: number | null): string {
  const name = codec ? codecName(codec) : 'Unknown codec';
  return framesPerSecond ? `${name} at ${frameRate(framesPerSecond)}` : name;
}

/** "AAC, 48 kHz", or "No sound". */
function soundLine(codec: string | null, hertz: number | null): string {
  if (!codec) return 'No sound';
  return hertz ? `${codecName(codec)}, ${sampleRate(hertz)}` : codecName(codec);
}
