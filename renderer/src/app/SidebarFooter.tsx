import { useState } from 'react';
import type { Key } from 'react-aria-components';
import { useDiagnosticsActions, type DiagnosticsProblem } from '../features/settings/useDiagnosticsActions';
import { Button } from '../ui/Button';
import { HelpIcon } from '../ui/icons';
import { Menu, MenuItem } from '../ui/Menu';
import { Tooltip } from '../ui/Tooltip';
import { AboutDialog } from './AboutDialog';
import { useAppInfo } from './useAppInfo';
import { useToast } from './useToast';

/**
 * The sidebar's footer: which Outpost this is, and a Help menu that reaches About and the two
 * support actions from any section (Settings has them too, with the folder paths).
 */
export function SidebarFooter() {
  const info = useAppInfo((state) => state.info);
  const { openLogFolder, copyDiagnostics } = useDiagnosticsActions();
  const showToast = useToast();
  const [isAboutOpen, setAboutOpen] = useState(false);

  const report = (title: string, problem: DiagnosticsProblem | null) => {
    if (!problem) return;
    const where = problem.logDirectory ? ` The logs are in ${problem.logDirectory}` : '';
    showToast({ tone: 'error', title, body: `${problem.message}${where}` });
  };

  const act = async (key: Key) => {
    if (key === 'about') setAboutOpen(true);
    if (key === 'open-logs') report("Couldn't open the logs folder", await openLogFolder());
    if (key === 'copy-diagnostics') report("Couldn't copy the diagnostics", await copyDiagnostics());
  };

  return (
    <div className="sidebar-footer">
      <p className="sidebar-footer__version">
        {info ? `Version ${info.version}` : null}
        {info?.mode === 'browser' ? <span className="sidebar-footer__mode">Browser mode</span> : null}
      </p>
      <Menu
        aria-label="Help"
        placement="top end"
        onAction={(key) => void act(key)}
        trigger={
          <Tooltip content="Help and app details">
            <Button variant="quiet" iconOnly aria-label="Help">
              <HelpIcon size={18} />
            </Button>
          </Tooltip>
        }
      >
        <MenuItem id="about">About Outpost</MenuItem>
        <MenuItem id="open-logs">Open logs folder</MenuItem>
        <MenuItem id="copy-diagnostics">Copy diagnostics</MenuItem>
      </Menu>
      <AboutDialog isOpen={isAboutOpen} onOpenChange={setAboutOpen} />
    </div>
  );
}
