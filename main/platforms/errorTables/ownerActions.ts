/**
 * The actions several rows share, in one wording. There is no Outpost server and no Outpost
 * support desk: when nothing the owner can change explains a failure, the action points at the
 * platform and at whoever set up the developer app, never at a company to contact.
 */
export const OWNER_ACTIONS = {
  reconnect: 'Reconnect the account in Accounts; posts waiting for it go out once it is back.',
  grantPermissions: 'Reconnect the account in Accounts and allow every permission Outpost asks for.',
  /** The engine's timeline says when the next try is (the platform's time, or the row's wait). */
  waitForPlatform: 'Nothing to do: Outpost waits until the platform allows it and tries again by itself.',
  retriesByItself: 'Nothing to do: Outpost tries again by itself.',
  preparesAgain: 'Nothing to do: Outpost prepares the media again and tries by itself.',
  checkConnection: 'Nothing to do: Outpost tries again by itself; check that this computer is online if it keeps happening.',
  uploadsAgain: 'Retry: Outpost uploads the media again. If it keeps happening and you use your own bucket, run its connection test in Settings.',
  unknown:
    'Check the post on the platform; if it keeps failing, send the details from Settings > Diagnostics to whoever set up your developer app.',
} as const;
