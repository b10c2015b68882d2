import type { MediaImportResult, MediaItem } from '../../../../preload/contract';
import { wordList } from '../../lib/dates';
import { clockDuration, fileSize } from '../../lib/mediaFacts';
import type { LibraryFilter, MediaUsage } from './libraryStore';

export const KIND_FILTERS: readonly { id: LibraryFilter['kind']; label: string }[] = [
  { id: 'all', label: 'All' },
  { id: 'image', label: 'Photos' },
  { id: 'video', label: 'Videos' },
];

export const USAGE_FILTERS: readonly { id: MediaUsage; label: string }[] = [
  { id: 'all', label: 'All' },
  { id: 'used', label: 'Used' },
  { id: 'unused', label: 'Unused' },
];

/** The corner badge of a tile: a video's length, a photo's file size. */
export function tileBadge(item: MediaItem): string {
  const { probe } = item;
  return probe.kind === 'video' && probe.durationMs !== null ? clockDuration(probe.durationMs) : fileSize(probe.byteSize);
}

/** "Unused", "In 1 post", "In 3 posts". */
export function usageWords(count: number): string {
  if (count === 0) return 'Unused';
  return `In ${count} ${count === 1 ? 'post' : 'posts'}`;
}

/** What became of one file, for its line in the import report. */
export function outcomeWords(result: MediaImportResult): string {
  if (result.outcome === 'failed') return [result.message, result.action].filter(Boolean).join(' ');
  return result.duplicate ? 'Already in your library' : 'Added';
}

/** "2 added, 1 already in your library and 1 not imported". */
export function importSummary(results: readonly MediaImportResult[]): string {
  const added = results.filter((result) => result.outcome === 'imported' && !result.duplicate).length;
  const already = results.filter((result) => result.outcome === 'imported' && result.duplicate).length;
  const failed = results.filter((result) => result.outcome === 'failed').length;
  const parts = [
    added > 0 ? `${added} added` : null,
    already > 0 ? `${already} already in your library` : null,
    failed > 0 ? `${failed} not imported` : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? wordList(parts) : 'No files imported';
}

/** "3 files", "1 file". */
export function fileCount(count: number): string {
  return `${count} ${count === 1 ? 'file' : 'files'}`;
}
