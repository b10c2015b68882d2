import {
  ComboBox as AriaComboBox,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Text,
  Button as AriaButton,
  type ComboBoxProps as AriaComboBoxProps,
} from 'react-aria-components';
import { CheckIcon, ChevronDownIcon } from './icons';
import { Popover } from './Popover';
import './fields.css';
import './ComboBox.css';

export interface ComboBoxOption {
  id: string;
  /** What the list shows and what typing matches against. */
  label: string;
}

export interface ComboBoxProps<T extends ComboBoxOption>
  extends Omit<AriaComboBoxProps<T>, 'className' | 'children' | 'items' | 'defaultItems'> {
  /** The visible label, which is also the combo box's accessible name. */
  label: string;
  description?: string;
  options: readonly T[];
  placeholder?: string;
}

/**
 * A searchable list: type to narrow it, arrows to move, Enter to pick; the chevron opens the whole
 * list. Options are filtered by react-aria (pass `defaultFilter` to change how text matches).
 */
export function ComboBox<T extends ComboBoxOption>({
  label,
  description,
  options,
  placeholder,
  ...props
}: ComboBoxProps<T>) {
  return (
    <AriaComboBox allowsEmptyCollection {...props} defaultItems={options} className="combo-box">
      <Label className="field-label">{label}</Label>
      {description ? (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      ) : null}
      <div className="combo-box__field">
        <Input className="combo-box__input" placeholder={placeholder} />
        <AriaButton className="combo-box__button">
          <ChevronDownIcon size={18} />
        </AriaButton>
      </div>
      <Popover>
        <ListBox<T> className="list-box" renderEmptyState={() => <p className="list-box__empty">No matches</p>}>
          {(option) => (
            <ListBoxItem id={option.id} textValue={option.label} className="list-box__item">
              {({ isSelected }) => (
                <>
                  <span className="list-box__label">{option.label}</span>
                  {isSelected ? <CheckIcon size={16} /> : null}
                </>
              )}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </AriaComboBox>
  );
}
