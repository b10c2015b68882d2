/**
 * The emoji picker's data, bundled with the app instead of fetched from a CDN (the app works
 * offline, and its Content Security Policy allows no other origin). The Emojibase dataset is
 * loaded as its own chunk the first time the picker opens, and shaped the way frimousse's own
 * loader shapes it.
 */
import type { EmojiData, EmojiDataResolver } from 'frimousse';

/**
 * Emoji 15.0 (2022) and older: drawn by the colour-emoji fonts of the systems Outpost runs on.
 * Newer ones could show as empty boxes, and the platforms' apps draw them unevenly.
 */
const NEWEST_EMOJI_VERSION = 15;

/** Emojibase numbers the skin tones 1 to 5 in this order. */
const SKIN_TONES = ['light', 'medium-light', 'medium', 'medium-dark', 'dark'] as const;

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const resolveEmojiData: EmojiDataResolver = async () => {
  const [{ default: emojis }, { default: messages }] = await Promise.all([
    import('emojibase-data/en/data.json'),
    import('emojibase-data/en/messages.json'),
  ]);
  const groups = messages.groups.filter((group) => group.key !== 'component');
  const groupOrders = new Set(groups.map((group) => group.order));

  return {
    locale: 'en',
    categories: groups.map((group) => ({ index: group.order, label: capitalised(group.message) })),
    skinTones: Object.fromEntries(messages.skinTones.map((tone) => [tone.key, capitalised(tone.message)])) as EmojiData['skinTones'],
    emojis: emojis.flatMap((emoji) => {
      if (emoji.group === undefined || !groupOrders.has(emoji.group) || emoji.version > NEWEST_EMOJI_VERSION) return [];
      const skins = emoji.skins?.filter((skin) => typeof skin.tone === 'number');
      return [
        {
          emoji: emoji.emoji,
          category: emoji.group,
          label: capitalised(emoji.label),
          version: emoji.version,
          tags: emoji.tags ?? [],
          skins: skins?.length
            ? (Object.fromEntries(skins.map((skin) => [SKIN_TONES[(skin.tone as number) - 1], skin.emoji])) as EmojiData['emojis'][number]['skins'])
            : undefined,
        },
      ];
    }),
  };
};
