import { useAppServices } from '../../app/AppServicesContext';
import { useAppInfo } from '../../app/useAppInfo';
import { useToast } from '../../app/useToast';
import { settle } from '../../bridge/settle';
import { describeError } from '../../lib/describeError';

/** Why a diagnostics action failed, with the log folder's path when that helps the owner find it. */
export interface DiagnosticsProblem {
  message: string;
  logDirectory?: string | undefined;
}

/**
 * The two things a support conversation needs: the log folder, and a text summary (versions,
 * platform, folders; never a secret) to paste into a message. Each action answers null when it
 * worked or the problem to show; the caller decides where to show it.
 */
export function useDiagnosticsActions() {
  const { api } = useAppServices();
  const logDirectory = useAppInfo((state) => state.info?.logDirectory);
  const showToast = useToast();

  const openLogFolder = async (): Promise<DiagnosticsProblem | null> => {
    const result = await settle(() => api.diagnostics.openLogFolder());
    // Where the folder cannot be opened (browser mode), the path lets the owner find it themselves.
    return result.ok ? null : { message: describeError(result), logDirectory };
  };

  const copyDiagnostics = async (): Promise<DiagnosticsProblem | null> => {
    const result = await settle(() => api.diagnostics.get());
    if (!result.ok) return { message: describeError(result) };
    try {
      await navigator.clipboard.writeText(result.value.text);
    } catch {
      return { message: 'The clipboard could not be written to. Allow clipboard access for Outpost and try again.' };
    }
    showToast({ tone: 'success', title: 'Copied', body: 'The diagnostics are on the clipboard, ready to paste.' });
    return null;
  };

  return { openLogFolder, copyDiagnostics };
}
