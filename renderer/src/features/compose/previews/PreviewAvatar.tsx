import { initials } from './previewText';

/** The account's initials on a round tile: the previews show no real avatar (no picture is fetched). */
export function PreviewAvatar({ name }: { name: string }) {
  return (
    <span className="preview-avatar" aria-hidden="true">
      {initials(name)}
    </span>
  );
}
