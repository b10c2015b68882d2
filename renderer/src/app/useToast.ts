import { useAppServices } from './AppServicesContext';
import { showToast, type ToastContent } from '../ui/toast/toastQueue';

/** Returns a function that shows a toast in the app's toast region. */
export function useToast(): (content: ToastContent) => void {
  const { toasts } = useAppServices();
  return (content) => {
    showToast(toasts, content);
  };
}
