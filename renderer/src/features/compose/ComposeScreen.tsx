import { useEffect, useRef, useState } from 'react';
import type { AccountSummary } from '../../../../preload/contract';
import { Button } from '../../ui/Button';
import { LoadProblem } from '../../ui/LoadProblem';
import { Tooltip } from '../../ui/Tooltip';
import { useAccounts } from '../accounts/useAccounts';
import { AutosaveStatus } from './AutosaveStatus';
import { isSent } from './draftEdits';
import { PostTextEditor } from './editor/PostTextEditor';
import { TargetCounters } from './editor/TargetCounters';
import { IssueList } from './issues/IssueList';
import { MediaSection } from './media/MediaSection';
import { PreviewColumn } from './previews/PreviewColumn';
import { SchedulingStepDialog } from './scheduling/SchedulingStepDialog';
import { SentPost } from './SentPost';
import { DestinationMenu } from './targets/DestinationMenu';
import { TargetTabs } from './targets/TargetTabs';
import { targetName } from './targets/targetNames';
import { useComposer } from './useComposer';
import { useComposerShortcuts } from './useComposerShortcuts';
import { useSaveWhenLeaving } from './useSaveWhenLeaving';
import { ValidationSummary } from './ValidationSummary';
import './ComposeScreen.css';

const NO_ACCOUNTS: readonly AccountSummary[] = [];

/** Ctrl on Windows and Linux, ⌘ on a Mac, for the shortcut hints. */
const MOD = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl+';

/**
 * Writing a post: its text, media and destinations on the left, how it will look on the right (or
 * below, in a narrow window). Everything is saved as it changes; nothing needs a Save button.
 */
export function ComposeScreen() {
  const phase = useComposer((state) => state.phase);
  const openError = useComposer((state) => state.openError);
  const draft = useComposer((state) => state.draft);
  const validation = useComposer((state) => state.validation);
  const resume = useComposer((state) => state.resume);
  const edit = useComposer((state) => state.edit);
  const startNewPost = useComposer((state) => state.startNewPost);
  const saveNow = useComposer((state) => state.saveNow);
  const accounts = useAccounts((state) => state.accounts) ?? NO_ACCOUNTS;
  // Until the accounts answer, a chosen account would read as "no longer connected" for a moment.
  const accountsAnswered = useAccounts((state) => state.accounts !== null || state.loadError !== null);
  const [openTarget, setOpenTarget] = useState<string | null>(null);
  const [isScheduling, setScheduling] = useState(false);
  const postText = useRef<HTMLTextAreaElement>(null);
  const sent = phase === 'ready' && isSent(draft);

  useEffect(() => {
    void resume();
  }, [resume]);
  useSaveWhenLeaving();

  const newPost = async () => {
    await startNewPost();
    setOpenTarget(null);
    postText.current?.focus();
  };
  useComposerShortcuts({
    newPost: () => void newPost(),
    saveNow: () => void saveNow(),
    toScheduling: () => {
      if (!sent) setScheduling(true);
    },
  });

  const nameOfTarget = (targetId: string | null) => {
    const target = draft.targets.find((candidate) => candidate.id === targetId);
    return target ? targetName(target, accounts) : null;
  };
  // Caption messages sit under the post's text for the destinations that use it, and under a
  // destination's own caption (in its tab) for those that have one.
  const captionIssues =
    validation?.issues.filter(
      (issue) => issue.subject === 'caption' && draft.targets.find((target) => target.id === issue.targetId)?.caption == null,
    ) ?? [];
  const followers = draft.targets.filter((target) => target.caption === null);

  return (
    <div className="screen screen--wide compose-screen">
      <header className="screen__header compose-screen__header">
        <h1 className="screen__title">Compose</h1>
        <div className="compose-screen__state">
          <AutosaveStatus />
          <ValidationSummary />
        </div>
        <div className="compose-screen__actions">
          <Tooltip content={`${MOD}N`}>
            <Button onPress={() => void newPost()}>New post</Button>
          </Tooltip>
          <Tooltip content={`${MOD}Enter`}>
            <Button variant="primary" onPress={() => setScheduling(true)} isDisabled={phase !== 'ready' || sent}>
              Continue to scheduling
            </Button>
          </Tooltip>
        </div>
      </header>

      {phase === 'loading' || (phase === 'ready' && !accountsAnswered) ? <p className="compose-screen__opening">Opening the post…</p> : null}
      {phase === 'failed' && openError ? (
        <LoadProblem what="This post" failed="could not be opened" error={openError} actionLabel="Start a new post" onAction={() => void newPost()} />
      ) : null}

      {sent && accountsAnswered ? <SentPost accounts={accounts} /> : null}

      {phase === 'ready' && accountsAnswered && !sent ? (
        <div className="compose-layout">
          <div className="compose-layout__main">
            <section className="card compose-card" aria-label="Post">
              <PostTextEditor
                label="Post text"
                value={draft.body}
                onChange={(body) => edit((current) => ({ ...current, body }))}
                placeholder="What would you like to share?"
                describedBy="compose-counts compose-caption-issues"
                textareaRef={postText}
              />
              <TargetCounters id="compose-counts" targets={followers} measures={validation?.measures ?? []} accounts={accounts} />
              <IssueList id="compose-caption-issues" issues={captionIssues} nameOfTarget={nameOfTarget} />
            </section>

            <MediaSection nameOfTarget={nameOfTarget} />

            <section className="card compose-card" aria-labelledby="compose-destinations-title">
              <div className="compose-card__head">
                <h2 id="compose-destinations-title" className="compose-card__title">
                  Destinations
                </h2>
                <DestinationMenu accounts={accounts} onAdded={setOpenTarget} />
              </div>
              <TargetTabs accounts={accounts} selected={openTarget} onSelect={setOpenTarget} />
            </section>
          </div>

          <aside className="compose-layout__previews" aria-labelledby="compose-previews-title">
            <h2 id="compose-previews-title" className="compose-card__title">
              Previews
            </h2>
            <PreviewColumn accounts={accounts} />
          </aside>
        </div>
      ) : null}

      {isScheduling ? (
        <SchedulingStepDialog
          accounts={accounts}
          onClose={() => setScheduling(false)}
          onScheduled={() => {
            setScheduling(false);
            void newPost();
          }}
        />
      ) : null}
    </div>
  );
}
