import type { ReactNode } from 'react';
import type { DeveloperAppStatus } from '../../../../../preload/contract';
import { CopyField } from '../../../ui/CopyField';
import { ExternalLink } from '../../../ui/ExternalLink';
import { PermissionList } from '../PermissionList';
import { GuideStep } from './GuideStep';

/**
 * Instagram Login, for an Instagram professional account without a Facebook Page. It is the
 * Instagram product inside the owner's Meta app, with an id and secret of its own.
 */
export function InstagramSteps({ app, form }: { app: DeveloperAppStatus; form: ReactNode }) {
  return (
    <>
      <p>
        Only needed for an Instagram professional account that is not linked to a Facebook Page. It uses the Instagram
        product of your Meta app, which has its own ID and secret.
      </p>
      <ol className="guide-steps">
        <GuideStep title="Open Instagram's API setup">
          <p>
            In your app on <ExternalLink href="https://developers.facebook.com/apps/">Meta for Developers</ExternalLink>,
            open <b>Instagram</b> → <b>API setup with Instagram login</b>. (No app yet? Create one of type <b>Business</b>{' '}
            first, as in the Meta app's guide.)
          </p>
        </GuideStep>
        <GuideStep title="Tell Instagram where to send you back">
          <p>
            Under <b>Set up Instagram business login</b> → <b>Business login settings</b>, add this address as a redirect
            URL and save. It is where your browser hands the sign-in back to Outpost, on this computer.
          </p>
          <CopyField label="Redirect URI" value={app.redirectUri} />
        </GuideStep>
        <GuideStep title="Check the permissions">
          <p>Outpost asks for these permissions (scopes) when you connect:</p>
          <PermissionList permissions={app.scopes} />
          <p>
            Development mode is enough while your Instagram account has a role on the app; no App Review is needed for
            yourself.
          </p>
        </GuideStep>
        <GuideStep title="Copy the Instagram app ID and secret here">
          <p>
            On the same page, copy the <b>Instagram app ID</b> and <b>Instagram app secret</b>. They are not the same as
            your Meta app's ID and secret.
          </p>
          {form}
        </GuideStep>
      </ol>
    </>
  );
}
