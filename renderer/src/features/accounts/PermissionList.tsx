import { permissionWords } from './permissionWords';

/** Permissions by their code (as the platform's pages show them), each with what it lets Outpost do. */
export function PermissionList({ permissions, label }: { permissions: readonly string[]; label?: string }) {
  return (
    <ul className="permission-list" aria-label={label}>
      {permissions.map((permission) => {
        const words = permissionWords(permission);
        return (
          <li key={permission}>
            <code>{permission}</code>
            {words ? <span className="permission-list__words"> — {words}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
