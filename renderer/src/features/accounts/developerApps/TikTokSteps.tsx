import type { ReactNode } from 'react';
import type { DeveloperAppStatus } from '../../../../../preload/contract';
import { CopyField } from '../../../ui/CopyField';
import { ExternalLink } from '../../../ui/ExternalLink';
import { PermissionList } from '../PermissionList';
import { GuideStep } from './GuideStep';

/** TikTok's app: Login Kit to sign in, the Content Posting API to post. */
export function TikTokSteps({ app, form }: { app: DeveloperAppStatus; form: ReactNode }) {
  return (
    <ol className="guide-steps">
      <GuideStep title="Create the app">
        <p>
          Open <ExternalLink href="https://developers.tiktok.com/apps/">TikTok for Developers</ExternalLink>, sign in, and
          choose <b>Manage apps</b> → <b>Connect an app</b>.
        </p>
      </GuideStep>
      <GuideStep title="Add two products">
        <p>
          Add <b>Login Kit</b> (platform: <b>Desktop</b>) and <b>Content Posting API</b>.
        </p>
      </GuideStep>
      <GuideStep title="Tell TikTok where to send you back">
        <p>
          In <b>Login Kit</b>, register this redirect URI. The <code>*</code> stands for the port, which Outpost picks
          when you connect; the sign-in comes back to Outpost on this computer.
        </p>
        <CopyField label="Redirect URI" value={app.redirectUri} />
      </GuideStep>
      <GuideStep title="Add the scopes">
        <p>Add these scopes (permissions) to the app:</p>
        <PermissionList permissions={app.scopes} />
        <p>
          Until TikTok has audited your app, your posts can only be private: only you can see them (TikTok calls this{' '}
          <code>SELF_ONLY</code>). You can make a post public in the TikTok app afterwards.
        </p>
      </GuideStep>
      <GuideStep title="Copy the Client key and Client secret here">
        <p>
          On your app's page, copy the <b>Client key</b> and <b>Client secret</b> into these fields.
        </p>
        {form}
      </GuideStep>
    </ol>
  );
}
