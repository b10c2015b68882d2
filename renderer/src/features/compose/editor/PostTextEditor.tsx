import { useId, useRef, type ReactNode, type Ref } from 'react';
import { segmentCaption } from './captionSegments';
import { EmojiButton } from './EmojiButton';
import { insertText } from './insertText';
import './PostTextEditor.css';

/** The longest text a draft holds (the contract's limit), far beyond any platform's. */
const MAX_LENGTH = 100_000;

export interface PostTextEditorProps {
  /** The visible label, which is also the text box's accessible name ("Post text"). */
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  /** Ids of what describes the text (counters, messages), read after the label. */
  describedBy?: string;
  /** A line beside the label (whether a caption follows the post's text). */
  status?: ReactNode;
  textareaRef?: Ref<HTMLTextAreaElement>;
}

/**
 * A plain textarea with hashtags and mentions highlighted behind it. The highlight layer mirrors
 * the text with the same font, padding and wrapping but transparent letters, so the textarea stays
 * a real one: caret, selection, spell check and input methods (IME) all work as usual.
 */
export function PostTextEditor({ label, value, onChange, placeholder, describedBy, status, textareaRef }: PostTextEditorProps) {
  const id = useId();
  const input = useRef<HTMLTextAreaElement | null>(null);
  const mirror = useRef<HTMLDivElement>(null);

  const setInput = (element: HTMLTextAreaElement | null) => {
    input.current = element;
    if (typeof textareaRef === 'function') textareaRef(element);
    else if (textareaRef) textareaRef.current = element;
  };

  const insertEmoji = (emoji: string) => {
    const element = input.current;
    const { text, caret } = insertText(value, element?.selectionStart ?? value.length, element?.selectionEnd ?? value.length, emoji);
    onChange(text);
    // After the picker closes and hands focus back to its button, put the caret after the emoji.
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(caret, caret);
    });
  };

  return (
    <div className="post-text">
      <div className="post-text__head">
        <label htmlFor={id} className="field-label">
          {label}
        </label>
        {status}
        <EmojiButton label={`Add emoji to ${label}`} onPick={insertEmoji} />
      </div>
      <div className="post-text__box">
        <div ref={mirror} className="post-text__mirror" aria-hidden="true">
          {segmentCaption(value).map((segment, index) =>
            segment.kind === 'text' ? segment.text : (
              <mark key={index} className={`post-text__${segment.kind}`}>
                {segment.text}
              </mark>
            ),
          )}
          {/* A final line break only takes up a line when something follows it. */}
          {value.endsWith('\n') ? '\u200b' : null}
        </div>
        <textarea
          ref={setInput}
          id={id}
          className="post-text__input"
          value={value}
          placeholder={placeholder}
          maxLength={MAX_LENGTH}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
          onScroll={(event) => {
            if (mirror.current) mirror.current.scrollTop = event.currentTarget.scrollTop;
          }}
        />
      </div>
    </div>
  );
}
