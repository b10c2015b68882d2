import { describe, expect, it } from 'vitest';
import { autostartEntry, execArgument } from '../../../../main/electron/linuxAutostart';

describe('the XDG autostart entry', () => {
  it('quotes the program, so a path with spaces is one argument', () => {
    expect(execArgument('/home/rosie/Applications/Outpost 1.2.AppImage')).toBe('"/home/rosie/Applications/Outpost 1.2.AppImage"');
  });

  it('escapes what the desktop entry spec reserves inside quotes, then the string escape, and %', () => {
    expect(execArgument('/a/"b"')).toBe('"/a/\\\\"b\\\\""');
    expect(execArgument('/a/$HOME/`x`')).toBe('"/a/\\\\$HOME/\\\\`x\\\\`"');
    // A literal backslash in a quoted argument takes four (the spec's own example).
    expect(execArgument('/a\\b')).toBe('"/a\\\\\\\\b"');
    expect(execArgument('/apps/100%/outpost')).toBe('"/apps/100%%/outpost"');
  });

  it('refuses a path with a line break rather than write a broken entry', () => {
    expect(() => execArgument('/tmp/evil\nExec=rm -rf ~')).toThrow(/control character/);
  });

  it('starts Outpost hidden at login', () => {
    expect(autostartEntry('/opt/Outpost/outpost', ['--hidden'])).toBe(
      [
        '[Desktop Entry]',
        'Type=Application',
        'Version=1.0',
        'Name=Outpost',
        'Comment=Publishes scheduled posts in the background',
        'Exec="/opt/Outpost/outpost" --hidden',
        'Terminal=false',
        'X-GNOME-Autostart-enabled=true',
        '',
      ].join('\n'),
    );
  });
});
