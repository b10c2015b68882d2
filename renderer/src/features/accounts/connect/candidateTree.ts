import type { ConnectCandidate } from '../../../../../preload/contract';

export interface CandidateRow {
  candidate: ConnectCandidate;
  /** The Page an Instagram account is reached through, when that Page is in the same sign-in. */
  via: ConnectCandidate | null;
}

/**
 * The picker's rows in reading order: each Page followed by the Instagram account linked to it,
 * so the owner sees which account comes through which Page. Candidates keep main's order otherwise.
 */
export function candidateRows(candidates: readonly ConnectCandidate[]): CandidateRow[] {
  const byId = new Map(candidates.map((candidate) => [candidate.candidateId, candidate]));
  const parentOf = (candidate: ConnectCandidate) =>
    candidate.linkedCandidateId ? (byId.get(candidate.linkedCandidateId) ?? null) : null;
  const rows: CandidateRow[] = [];
  for (const candidate of candidates) {
    if (parentOf(candidate)) continue;
    rows.push({ candidate, via: null });
    for (const child of candidates) {
      if (parentOf(child) === candidate) rows.push({ candidate: child, via: candidate });
    }
  }
  return rows;
}

/** What the picker ticks at first: everything new; accounts already connected wait to be asked for. */
export function initialSelection(candidates: readonly ConnectCandidate[]): string[] {
  return candidates.filter((candidate) => !candidate.alreadyConnected).map((candidate) => candidate.candidateId);
}
