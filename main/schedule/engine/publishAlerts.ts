import type { Platform, TargetProblem } from '../../../preload/contract';
import { excerptOf } from '../../posts/excerpt';
import type { PublishingAlert } from '../publishingControl';
import { PLATFORM_NAMES } from '../../platforms/platformNames';


/** Which target an alert is about, as the owner knows it. */
export interface AlertSubject {
  targetId: string;
  platform: Platform;
  /** The account's display name, when the target has one. */
  accountName: string | null;
}

const who = (subject: AlertSubject) =>
  subject.accountName === null ? PLATFORM_NAMES[subject.platform] : `${subject.accountName} (${PLATFORM_NAMES[subject.platform]})`;
const inCalendar = (subject: AlertSubject) => ({ section: 'calendar' as const, targetId: subject.targetId });
/** A problem as one text: what happened, then what to do (notifications and the timeline's last line). */
export const withAction = (problem: TargetProblem) => (problem.action ? `${problem.message} ${problem.action}` : problem.message);

/** The desktop notifications of publishing, in the owner's words; a click opens the target (or Accounts). */
export const publishAlerts = {
  published(subject: AlertSubject, caption: string, permalink: string | null): PublishingAlert {
    const text = excerptOf(caption);
    return {
      kind: 'published',
      title: `Published on ${PLATFORM_NAMES[subject.platform]}`,
      body: text === '' ? `${who(subject)}: the post is live.` : `${who(subject)}: ${text}`,
      permalink,
      open: inCalendar(subject),
    };
  },
  failed(subject: AlertSubject, problem: TargetProblem): PublishingAlert {
    return { kind: 'failed', title: 'A post was not published', body: `${who(subject)}: ${withAction(problem)}`, permalink: null, open: inCalendar(subject) };
  },
  missed(subject: AlertSubject, problem: TargetProblem): PublishingAlert {
    return { kind: 'missed', title: 'A post missed its time', body: `${who(subject)}: ${withAction(problem)}`, permalink: null, open: inCalendar(subject) };
  },
  reconnect(subject: AlertSubject, problem: TargetProblem): PublishingAlert {
    return {
      kind: 'reconnect',
      title: 'Reconnect needed to keep publishing',
      body: `${who(subject)}: ${withAction(problem)}`,
      permalink: null,
      open: { section: 'accounts', targetId: null },
    };
  },
};
