import type { ReactNode } from 'react';
import type { DeveloperAppStatus } from '../../../../../preload/contract';
import { CopyField } from '../../../ui/CopyField';
import { ExternalLink } from '../../../ui/ExternalLink';
import { PermissionList } from '../PermissionList';
import { GuideStep } from './GuideStep';

/** Meta's app, for Facebook Pages and the Instagram accounts linked to them (Facebook Login). */
export function MetaSteps({ app, form }: { app: DeveloperAppStatus; form: ReactNode }) {
  return (
    <ol className="guide-steps">
      <GuideStep title="Create the app">
        <p>
          Open <ExternalLink href="https://developers.facebook.com/apps/">Meta for Developers</ExternalLink> and sign in
          with the Facebook account that manages your Page. Choose <b>My Apps</b> → <b>Create app</b>, and pick the type{' '}
          <b>Business</b>.
        </p>
      </GuideStep>
      <GuideStep title="Add two products">
        <p>
          In the app's dashboard, add <b>Facebook Login for Business</b> and <b>Instagram API</b> (choose the setup with
          Facebook login).
        </p>
      </GuideStep>
      <GuideStep title="Tell Meta where to send you back">
        <p>
          In <b>Facebook Login for Business</b> → <b>Settings</b>, paste this address into <b>Valid OAuth Redirect URIs</b>{' '}
          and save. It is where your browser hands the sign-in back to Outpost, on this computer.
        </p>
        <CopyField label="Redirect URI" value={app.redirectUri} />
      </GuideStep>
      <GuideStep title="Check the permissions">
        <p>Outpost asks for these permissions (Meta calls them scopes) when you connect:</p>
        <PermissionList permissions={app.scopes} />
        <p>
          Your app can stay in <b>Development mode</b>: while you have a role on the app (admin, developer or tester) you
          can connect your own Pages and Instagram accounts. No App Review is needed for yourself.
        </p>
      </GuideStep>
      <GuideStep title="Copy the App ID and App secret here">
        <p>
          In <b>App settings</b> → <b>Basic</b>, copy the <b>App ID</b> and the <b>App secret</b> (press Show) into these
          fields.
        </p>
        {form}
      </GuideStep>
    </ol>
  );
}
