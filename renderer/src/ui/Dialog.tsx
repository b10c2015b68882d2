import type { ReactNode } from 'react';
import { Dialog as AriaDialog, Heading, Modal, ModalOverlay, type ModalOverlayProps } from 'react-aria-components';
import { Button } from './Button';
import './Dialog.css';

export interface DialogProps extends Omit<ModalOverlayProps, 'className' | 'children'> {
  /** The heading, which is also the dialog's accessible name. */
  title: string;
  children: ReactNode;
  /** Label of the button that closes the dialog (when there are no `actions`). */
  closeLabel?: string;
  /** The dialog's own buttons, in place of the single close button; `close` dismisses it. */
  actions?: (close: () => void) => ReactNode;
  /** wide: for a list to choose from, so its rows do not wrap; guide: for step-by-step instructions. */
  size?: 'normal' | 'wide' | 'guide';
  /** alertdialog: it interrupts to ask for a decision about something that just happened. */
  role?: 'dialog' | 'alertdialog';
}

/**
 * A modal dialog: focus moves in and is trapped, Escape or the close button dismisses it, and
 * focus returns to what opened it. Open it with a DialogTrigger or the isOpen/onOpenChange pair.
 */
export function Dialog({ title, children, closeLabel = 'Close', actions, size = 'normal', role, ...props }: DialogProps) {
  return (
    <ModalOverlay isDismissable {...props} className="dialog-overlay">
      <Modal className={size === 'normal' ? 'dialog-modal' : `dialog-modal dialog-modal--${size}`}>
        <AriaDialog className="dialog" role={role}>
          {({ close }) => (
            <>
              <Heading slot="title" className="dialog__title">
                {title}
              </Heading>
              <div className="dialog__body">{children}</div>
              <div className="dialog__actions">
                {actions ? (
                  actions(close)
                ) : (
                  <Button variant="primary" onPress={close}>
                    {closeLabel}
                  </Button>
                )}
              </div>
            </>
          )}
        </AriaDialog>
      </Modal>
    </ModalOverlay>
  );
}

/** Why the dialog's action did not work, announced and shown inside it; nothing while there is no problem. */
export function DialogProblem({ problem }: { problem: string | null }) {
  return problem ? (
    <p role="alert" className="dialog-problem">
      {problem}
    </p>
  ) : null;
}
