import { useState } from 'react';
import { Dialog, DialogTrigger } from 'react-aria-components';
import { EmojiPicker } from 'frimousse';
import { Button } from '../../../ui/Button';
import { SmileIcon } from '../../../ui/icons';
import { Popover } from '../../../ui/Popover';
import { Tooltip } from '../../../ui/Tooltip';
import { resolveEmojiData } from './emojiData';
import './EmojiButton.css';

/** Opens an emoji picker; the chosen emoji goes where the caret was in the text. */
export function EmojiButton({ label, onPick }: { label: string; onPick: (emoji: string) => void }) {
  const [isOpen, setOpen] = useState(false);
  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={setOpen}>
      <Tooltip content="Add an emoji where the cursor is">
        <Button variant="quiet" iconOnly aria-label={label}>
          <SmileIcon size={18} />
        </Button>
      </Tooltip>
      <Popover placement="bottom end">
        <Dialog aria-label="Emoji" className="emoji-picker-dialog">
          <EmojiPicker.Root
            className="emoji-picker"
            columns={8}
            resolveEmojiData={resolveEmojiData}
            onEmojiSelect={({ emoji }) => {
              setOpen(false);
              onPick(emoji);
            }}
          >
            <div className="emoji-picker__bar">
              <EmojiPicker.Search className="emoji-picker__search" aria-label="Search emoji" placeholder="Search emoji" autoFocus />
              <EmojiPicker.SkinToneSelector className="emoji-picker__tone" aria-label="Change skin tone" />
            </div>
            <EmojiPicker.Viewport className="emoji-picker__viewport">
              <EmojiPicker.Loading className="emoji-picker__note">Loading emoji…</EmojiPicker.Loading>
              <EmojiPicker.Empty className="emoji-picker__note">No emoji found.</EmojiPicker.Empty>
              <EmojiPicker.List
                className="emoji-picker__list"
                components={{
                  CategoryHeader: ({ category, ...props }) => (
                    <div {...props} className="emoji-picker__category">
                      {category.label}
                    </div>
                  ),
                  Row: ({ children, ...props }) => (
                    <div {...props} className="emoji-picker__row">
                      {children}
                    </div>
                  ),
                  Emoji: ({ emoji, ...props }) => (
                    <button type="button" {...props} className="emoji-picker__emoji">
                      {emoji.emoji}
                    </button>
                  ),
                }}
              />
            </EmojiPicker.Viewport>
          </EmojiPicker.Root>
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}
