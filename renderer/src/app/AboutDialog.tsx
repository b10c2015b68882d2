import { Dialog } from '../ui/Dialog';
import { useAppInfo } from './useAppInfo';

export interface AboutDialogProps {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
}

/** What Outpost is and which build this is, in two short paragraphs. */
export function AboutDialog({ isOpen, onOpenChange }: AboutDialogProps) {
  const info = useAppInfo((state) => state.info);
  return (
    <Dialog title="About Outpost" isOpen={isOpen} onOpenChange={onOpenChange}>
      <p>
        Outpost schedules and publishes your posts to Instagram, Facebook Pages and TikTok, right from this
        computer. Your posts, pictures and account sign-ins stay here.
      </p>
      {info ? (
        <p>
          Version {info.version}, {info.mode === 'browser' ? 'browser mode' : 'desktop app'}.
        </p>
      ) : null}
    </Dialog>
  );
}
