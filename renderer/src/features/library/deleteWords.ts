import type { MediaUse } from '../../../../preload/contract';
import { wordList } from '../../lib/dates';
import { draftName } from '../drafts/draftWords';

const quoted = (uses: readonly MediaUse[]) => wordList(uses.map((use) => `“${draftName(use)}”`));

/** What deleting an item does to the posts that use it, before the owner decides. */
export function deleteConsequences(uses: readonly MediaUse[]): string[] {
  const scheduled = uses.filter((use) => use.scheduled);
  const drafts = uses.filter((use) => !use.scheduled);
  const lines: string[] = [];
  if (scheduled.length > 0) {
    lines.push(
      `${scheduled.length === 1 ? 'A scheduled post uses' : 'Scheduled posts use'} it (${quoted(scheduled)}), so it can’t be deleted until ${scheduled.length === 1 ? 'that post is' : 'they are'} published or unscheduled.`,
    );
  }
  if (drafts.length > 0) {
    lines.push(
      `It will be removed from ${drafts.length === 1 ? 'the draft that uses' : `the ${drafts.length} drafts that use`} it: ${quoted(drafts)}.`,
    );
  }
  if (uses.length === 0) lines.push('No post uses it.');
  lines.push('Outpost’s copy is deleted from this computer; the file you imported it from is not touched.');
  return lines;
}
