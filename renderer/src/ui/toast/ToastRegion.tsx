import {
  Text,
  UNSTABLE_Toast as Toast,
  UNSTABLE_ToastContent as ToastContent,
  UNSTABLE_ToastRegion as AriaToastRegion,
} from 'react-aria-components';
import { Button } from '../Button';
import { CheckIcon, CloseIcon, InfoIcon, WarningIcon } from '../icons';
import type { AppToastQueue, ToastTone } from './toastQueue';
import './Toast.css';

const toneIcon: Record<ToastTone, typeof InfoIcon> = {
  info: InfoIcon,
  success: CheckIcon,
  warning: WarningIcon,
  error: WarningIcon,
};

/**
 * Where toasts appear (bottom right). react-aria makes it a landmark the owner can jump to with
 * F6, announces each toast, and pauses timers while it is hovered or focused.
 */
export function ToastRegion({ queue }: { queue: AppToastQueue }) {
  return (
    <AriaToastRegion queue={queue} className="toast-region">
      {({ toast }) => {
        const { tone, title, body, action } = toast.content;
        const Icon = toneIcon[tone];
        return (
          <Toast toast={toast} className={`toast toast--${tone}`}>
            <span className="toast__icon">
              <Icon size={18} />
            </span>
            <ToastContent className="toast__content">
              <Text slot="title" className="toast__title">
                {title}
              </Text>
              {body ? (
                <Text slot="description" className="toast__body">
                  {body}
                </Text>
              ) : null}
            </ToastContent>
            {action ? (
              <Button
                className="toast__action"
                onPress={() => {
                  queue.close(toast.key);
                  action.onAction();
                }}
              >
                {action.label}
              </Button>
            ) : null}
            <Button slot="close" variant="quiet" iconOnly aria-label="Dismiss" className="toast__close">
              <CloseIcon size={16} />
            </Button>
          </Toast>
        );
      }}
    </AriaToastRegion>
  );
}
