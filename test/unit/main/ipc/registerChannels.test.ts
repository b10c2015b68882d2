import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { channelNames, channels, defaultTargetOptions, POST_TYPES, type Channel, type Platform, type Result } from '../../../../preload/contract';
import { createSilentLogger } from '../../../../main/diagnostics/logger';
import { DomainError } from '../../../../main/errors/domainError';
import { registerChannels, type ChannelHandlers } from '../../../../main/ipc/registerChannels';
import type { SenderInfo } from '../../../../main/ipc/senderGuard';

const ORIGIN = 'app://outpost';
const trustedSender: SenderInfo = { senderFrame: { url: `${ORIGIN}/index.html`, parent: null } };

const summary = {
  id: 'a1',
  platform: 'facebook',
  displayName: "Rosie's Bakery",
  username: null,
  avatarUrl: null,
  isDemo: true,
  loginPath: 'facebook_login',
  grantedScopes: ['pages_show_list'],
  connectedAt: '2026-11-20T09:00:00.000Z',
  linkedAccountId: null,
  tiktokCreator: null,
  health: {
    state: 'expiring',
    reason: null,
    tokenExpiresAt: null,
    dataAccessExpiresAt: '2026-11-25T09:00:00.000Z',
    missingPermissions: [],
    checkedAt: null,
  },
};
const developerApp = {
  kind: 'meta',
  source: 'saved',
  appId: '1890000000000042',
  redirectUri: 'http://127.0.0.1:8137/callback/',
  scopes: ['pages_show_list'],
  savedAt: '2026-11-20T09:00:00.000Z',
};

const MEDIA_ID = 'a'.repeat(64);
const mediaItem = {
  id: MEDIA_ID,
  originalName: 'croissants.png',
  importedAt: '2026-11-20T09:00:00.000Z',
  probe: {
    kind: 'image',
    format: 'png',
    byteSize: 2_400_000,
    width: 3000,
    height: 1000,
    orientation: null,
    colorSpace: 'srgb',
    hasLocation: true,
    hasCameraDetails: false,
    durationMs: null,
    videoCodec: null,
    audioCodec: null,
    audioSampleRateHz: null,
    frameRate: null,
    moovAtFront: null,
  },
  thumbnailUrl: 'outpost-media://thumbnail/aaa',
  previewUrl: 'outpost-media://preview/aaa',
  derivedFrom: null,
  usedByPostCount: 1,
};
const editorState = {
  post: {
    id: 'p1',
    body: 'Croissants are back #bakery',
    mediaIds: [MEDIA_ID],
    stripMetadata: true,
    targets: [
      {
        id: 't1',
        platform: 'instagram',
        accountId: 'a1',
        postType: 'feed',
        caption: null,
        mediaIds: null,
        options: { platform: 'instagram', shareToFeed: true, coverMediaId: null, thumbOffsetMs: null, altTexts: {}, firstComment: null },
        status: 'draft',
      },
    ],
    createdAt: '2026-11-20T09:00:00.000Z',
    updatedAt: '2026-11-20T09:01:00.000Z',
  },
  validation: {
    issues: [
      {
        key: 't1:instagram.image.format',
        targetId: 't1',
        subject: 'media',
        mediaId: MEDIA_ID,
        severity: 'error',
        code: 'instagram.image.format',
        message: 'This photo is a PNG; Instagram accepts JPEG only. Convert it to JPEG.',
        fix: { kind: 'convert_to_jpeg', mediaId: MEDIA_ID, label: 'Convert to JPEG' },
      },
    ],
    measures: [
      {
        targetId: 't1',
        characters: { used: 27, max: 2200 },
        hashtags: { used: 1, max: 30 },
        mentions: { used: 0, max: 20 },
        items: { used: 1, min: 1, max: 1 },
      },
    ],
    readyToSchedule: false,
  },
};

const scheduledItem = {
  targetId: 't1',
  postId: 'p1',
  platform: 'instagram',
  accountId: 'a1',
  accountName: "Rosie's Bakery",
  postType: 'feed',
  excerpt: 'Cinnamon buns',
  thumbnailUrl: null,
  status: 'scheduled',
  dueAt: '2026-11-24T08:00:00.000Z',
  timezone: 'Europe/Paris',
  runsWhere: 'app',
  step: null,
  progress: null,
  waitingUntil: null,
  problem: null,
  publishedAt: null,
  permalink: null,
  lateByMinutes: null,
};
const overview = { paused: false, upcoming: 1, needsAttention: 0, publishing: [], next: scheduledItem, dueSoonInApp: [scheduledItem] };

const bucketSettings = {
  endpoint: 'https://0123456789abcdef.r2.cloudflarestorage.com',
  region: 'auto',
  bucket: 'rosies-media',
  accessKeyId: 'AKIAOUTPOSTEXAMPLE01',
  forcePathStyle: false,
  publicBaseUrl: null,
  publicDomainVerifiedWithTikTok: false,
};

const figure = (current: number | null, previous: number | null) => ({
  current,
  previous,
  change: current !== null && previous !== null ? current - previous : null,
  changeRatio: current !== null && previous ? (current - previous) / previous : null,
});
const collectionStatus = { running: false, lastRunAt: '2026-11-20T03:00:00.000Z', nextDailyRunAt: '2026-11-21T02:00:00.000Z', pendingMeasurements: 0, problems: [] };
const insightPost = {
  postId: 't1',
  targetId: 't1',
  origin: 'outpost',
  accountId: 'a1',
  accountName: "Rosie's Bakery",
  platform: 'instagram',
  kind: 'feed',
  publishedAt: '2026-11-18T08:00:00.000Z',
  caption: 'Cinnamon buns',
  permalink: 'https://www.instagram.com/p/abc/',
  thumbnailUrl: null,
  metrics: { views: 1200, reach: 800, interactions: 64 },
  engagementRate: 0.08,
  measuredAt: '2026-11-19T08:00:00.000Z',
};
const insightPostDetail = {
  post: insightPost,
  history: [{ at: '2026-11-18T09:00:00.000Z', checkpoint: '1h', values: { views: 300, reach: 210 } }],
  nextMeasurementAt: '2026-11-21T08:00:00.000Z',
  notAvailable: [],
};

const validResponses: { [C in Channel]: unknown } = {
  'app.info': {
    name: 'Outpost',
    version: '0.1.0',
    mode: 'desktop',
    dataDirectory: '/data',
    logDirectory: '/data/logs',
    startupNotices: [],
  },
  'settings.get': { theme: 'system', timezone: 'Europe/Paris', launchAtLogin: false, catchUpGraceMinutes: 120, allowWeakKeyring: false },
  'settings.set': { theme: 'dark', timezone: 'Europe/Paris', launchAtLogin: false, catchUpGraceMinutes: 120, allowWeakKeyring: false },
  'diagnostics.get': { text: 'Outpost 0.1.0' },
  'diagnostics.openLogFolder': null,
  'accounts.list': [summary],
  'accounts.beginConnect': { attemptId: 'attempt-1' },
  'accounts.finishConnect': { attemptId: 'attempt-1', candidates: [], missingScopes: [] },
  'accounts.cancelConnect': null,
  'accounts.confirmConnect': [],
  'accounts.disconnect': { revokedOnPlatform: true },
  'accounts.checkHealth': [summary],
  'developerApps.list': [developerApp],
  'developerApps.test': null,
  'developerApps.save': [developerApp],
  'developerApps.remove': [{ ...developerApp, source: 'none', appId: null, savedAt: null }],
  'media.importPaths': [
    { outcome: 'imported', fileName: 'croissants.png', item: mediaItem, duplicate: false },
    { outcome: 'failed', fileName: 'menu.pdf', message: 'A PDF is not a photo or video.', action: 'Export the page as a picture.' },
  ],
  'media.list': [mediaItem],
  'media.get': { ...mediaItem, usedBy: [{ postId: 'p1', excerpt: 'Croissants are back', scheduled: false }] },
  'media.delete': null,
  'posts.create': editorState,
  'posts.get': editorState,
  'posts.save': editorState,
  'posts.validate': editorState.validation,
  'posts.listDrafts': [
    {
      id: 'p1',
      excerpt: 'Croissants are back #bakery',
      thumbnailUrl: mediaItem.thumbnailUrl,
      mediaCount: 1,
      targets: [{ platform: 'instagram', accountId: 'a1', status: 'draft' }],
      createdAt: '2026-11-20T09:00:00.000Z',
      updatedAt: '2026-11-20T09:01:00.000Z',
    },
  ],
  'posts.duplicate': editorState,
  'posts.delete': null,
  'posts.restore': null,
  'posts.applyMediaFix': { ...editorState, fixedMediaId: 'f'.repeat(64) },
  'keyring.status': { backend: 'gnome_libsecret', state: 'protected' },
  'demo.status': { hasAnyAccount: false, demoAccountCount: 0 },
  'demo.remove': null,
  'schedule.list': [scheduledItem],
  'schedule.listProblems': [],
  'schedule.target': {
    ...scheduledItem,
    caption: 'Cinnamon buns',
    timeline: [
      { id: 1, at: '2026-11-20T09:00:00.000Z', kind: 'scheduled', outcome: 'info', attempt: null, step: null, message: 'Scheduled', detail: null },
    ],
    actions: { publishNow: true, retry: false, reschedule: true, cancel: true },
  },
  'schedule.plan': {
    validation: editorState.validation,
    targets: [{ targetId: 't1', platform: 'facebook', accountName: "Rosie's Bakery", status: 'draft', dueAt: null, runsWhere: 'platform', warnings: [] }],
  },
  'schedule.schedulePost': [scheduledItem],
  'schedule.reschedule': scheduledItem,
  'schedule.publishNow': scheduledItem,
  'schedule.retry': scheduledItem,
  'schedule.cancel': { ...scheduledItem, status: 'draft', dueAt: null },
  'schedule.overview': overview,
  'schedule.setPaused': { ...overview, paused: true },
  'schedule.slots': [{ accountId: 'a1', slots: [{ weekday: 2, time: '09:30' }] }],
  'schedule.setSlots': [{ accountId: 'a1', slots: [] }],
  'staging.get': bucketSettings,
  'staging.test': {
    ok: false,
    checks: [
      { name: 'upload', outcome: 'ok', message: 'Outpost put a small test file in “rosies-media”.' },
      { name: 'privateLink', outcome: 'failed', message: 'The private link did not work.' },
      { name: 'publicAddress', outcome: 'skipped', message: 'Not checked, because an earlier check failed.' },
      { name: 'remove', outcome: 'ok', message: 'Outpost deleted the test file again.' },
    ],
  },
  'staging.save': bucketSettings,
  'staging.remove': null,
  'insights.dashboard': {
    period: { from: '2026-10-24', to: '2026-11-20' },
    previousPeriod: { from: '2026-09-26', to: '2026-10-23' },
    timezone: 'Europe/Paris',
    headline: {
      posts: figure(12, 10),
      views: figure(14_000, 11_000),
      reach: figure(9_000, 8_000),
      interactions: figure(700, 560),
      engagementRate: figure(0.078, 0.07),
      followerChange: figure(41, null),
    },
    daily: [{ day: '2026-11-20', views: 500, reach: 320, interactions: 24, followers: 1402, followerChange: 3 }],
    postsByEngagement: [insightPost],
    topPosts: [insightPost],
    bottomPosts: [],
    bestTimes: { cells: [{ weekday: 6, hour: 9, posts: 4, engagementRate: 0.09 }], postsConsidered: 4, enoughData: false, minimumPosts: 20 },
    collection: collectionStatus,
  },
  'insights.post': insightPostDetail,
  'insights.refreshPost': insightPostDetail,
  'insights.refreshAccount': collectionStatus,
  'insights.status': collectionStatus,
  'insights.exportCsv': { fileName: 'outpost-posts-2026-10-24-to-2026-11-20.csv', csv: 'account,platform\r\n' },
  'insights.suggestSlots': { accountId: 'a1', slots: [{ weekday: 6, time: '09:00', posts: 4, engagementRate: 0.09 }], enoughData: true },
};

/** Registers the real guard with a fake `ipcMain.handle`, and handlers that record their input. */
function harness(overrides: Partial<Record<Channel, (request: unknown) => unknown>> = {}) {
  const listeners = new Map<Channel, (sender: SenderInfo, payload: unknown) => Promise<Result<unknown>>>();
  const calls: { channel: Channel; request: unknown }[] = [];
  const handlers = Object.fromEntries(
    channelNames.map((channel) => [
      channel,
      vi.fn((request: unknown) => {
        calls.push({ channel, request });
        return overrides[channel] ? overrides[channel](request) : validResponses[channel];
      }),
    ]),
  ) as unknown as ChannelHandlers;
  registerChannels({
    register: (channel, listener) => listeners.set(channel, listener),
    handlers,
    trustedOrigins: new Set([ORIGIN]),
    logger: createSilentLogger(),
  });
  const invoke = (channel: Channel, payload: unknown, sender: SenderInfo = trustedSender) =>
    listeners.get(channel)!(sender, payload);
  return { invoke, calls, listeners };
}

/** Payloads shaped like the real ones, so that some random inputs are valid and reach handlers. */
const nearValidPatch = fc.record(
  {
    theme: fc.oneof(fc.constantFrom('system', 'light', 'dark'), fc.string()),
    timezone: fc.oneof(fc.constantFrom('Europe/Paris', 'America/New_York', 'UTC', 'Mars/Olympus'), fc.string()),
    launchAtLogin: fc.oneof(fc.boolean(), fc.anything()),
    catchUpGraceMinutes: fc.oneof(fc.integer({ min: -10, max: 2000 }), fc.double()),
    extra: fc.anything(),
  },
  { requiredKeys: [] },
);
const validPatch = fc.record(
  {
    theme: fc.constantFrom('system', 'light', 'dark'),
    timezone: fc.constantFrom('Europe/Paris', 'America/New_York', 'UTC', 'Asia/Kolkata'),
    launchAtLogin: fc.boolean(),
    catchUpGraceMinutes: fc.integer({ min: 0, max: 24 * 60 }),
    allowWeakKeyring: fc.boolean(),
  },
  { requiredKeys: [] },
);
/** Shapes of the accounts channels' inputs, valid and nearly so. */
const nearValidAccountsInput = fc.record(
  {
    network: fc.oneof(fc.constantFrom('meta', 'instagram', 'tiktok'), fc.string()),
    demo: fc.oneof(fc.boolean(), fc.anything()),
    reconsent: fc.oneof(fc.boolean(), fc.anything()),
    accountId: fc.oneof(fc.uuid(), fc.string({ maxLength: 80 })),
    keepHistory: fc.oneof(fc.boolean(), fc.anything()),
    kind: fc.oneof(fc.constantFrom('meta', 'instagram', 'tiktok'), fc.string()),
    appId: fc.oneof(fc.constantFrom('1890000000000042', 'sbawoutpostdemo01'), fc.string({ maxLength: 70 })),
    appSecret: fc.oneof(fc.constant('0123456789abcdef0123456789abcdef'), fc.string({ maxLength: 130 })),
    attemptId: fc.oneof(fc.uuid(), fc.string({ maxLength: 80 })),
    candidateIds: fc.oneof(fc.array(fc.string({ minLength: 1, maxLength: 20 }), { maxLength: 3 }), fc.anything()),
  },
  { requiredKeys: [] },
);
const validAccountsInput = fc.oneof(
  fc.record({ network: fc.constantFrom('meta', 'instagram', 'tiktok'), demo: fc.boolean(), reconsent: fc.boolean() }, { requiredKeys: ['network', 'demo'] }),
  fc.record({ accountId: fc.uuid(), keepHistory: fc.boolean() }),
  fc.record({ kind: fc.constantFrom('meta', 'instagram', 'tiktok') }),
  fc.record({ kind: fc.constant('meta'), appId: fc.constant('1890000000000042'), appSecret: fc.stringMatching(/^[0-9a-f]{32}$/) }),
  fc.record({ kind: fc.constant('tiktok'), appId: fc.constant('sbawoutpostdemo01'), appSecret: fc.stringMatching(/^[A-Za-z0-9]{32}$/) }),
  fc.record({ attemptId: fc.uuid() }),
  fc.record({ attemptId: fc.uuid(), candidateIds: fc.array(fc.string({ minLength: 1, maxLength: 20 }), { minLength: 1, maxLength: 3 }) }),
);
/** Shapes of the media and posts channels' inputs (ids, queries, drafts, fixes), valid and nearly so. */
const mediaId = fc.stringMatching(/^[0-9a-f]{64}$/);
const validTarget = fc.constantFrom<Platform>('instagram', 'facebook', 'tiktok').chain((platform) =>
  fc.record({
    id: fc.uuid(),
    platform: fc.constant(platform),
    accountId: fc.option(fc.uuid(), { nil: null }),
    postType: fc.constantFrom(...POST_TYPES[platform]),
    caption: fc.option(fc.string({ maxLength: 40 }), { nil: null }),
    mediaIds: fc.option(fc.array(mediaId, { maxLength: 2 }), { nil: null }),
    options: fc.constant(defaultTargetOptions(platform)),
    status: fc.constantFrom('draft', 'scheduled'),
  }),
);
const validDraft = fc.record({
  id: fc.uuid(),
  body: fc.string({ maxLength: 80 }),
  mediaIds: fc.array(mediaId, { maxLength: 3 }),
  stripMetadata: fc.boolean(),
  targets: fc.array(validTarget, { maxLength: 3 }),
  createdAt: fc.constant('2026-11-20T09:00:00.000Z'),
  updatedAt: fc.constant('2026-11-20T09:01:00.000Z'),
});
const validFix = fc.oneof(
  fc.constantFrom({ kind: 'convert_to_jpeg' }, { kind: 'apply_orientation' }, { kind: 'strip_metadata' }),
  fc.record({ kind: fc.constant('downscale'), maxLongEdge: fc.integer({ min: 16, max: 20000 }) }),
  fc.record({ kind: fc.constant('crop'), left: fc.nat(4000), top: fc.nat(4000), width: fc.integer({ min: 1, max: 4000 }), height: fc.integer({ min: 1, max: 4000 }) }),
);
const validComposerInput = fc.oneof(
  fc.record({ paths: fc.array(fc.constantFrom('/home/rosie/Pictures/croissants.png', 'C:\\Users\\rosie\\bread.jpg'), { minLength: 1, maxLength: 3 }) }),
  fc.record(
    { search: fc.string({ maxLength: 20 }), kind: fc.constantFrom('image', 'video'), usage: fc.constantFrom('all', 'used', 'unused') },
    { requiredKeys: [] },
  ),
  fc.record({ mediaId }),
  fc.record({ postId: fc.uuid() }),
  validDraft,
  fc.record({ search: fc.string({ maxLength: 20 }), accountId: fc.uuid(), sort: fc.constantFrom('updated', 'created', 'text') }, { requiredKeys: [] }),
  fc.record({ postId: fc.uuid(), mediaId, fix: validFix }),
);
const nearValidComposerInput = fc.record(
  {
    paths: fc.oneof(fc.array(fc.string({ maxLength: 30 }), { maxLength: 3 }), fc.anything()),
    mediaId: fc.oneof(mediaId, fc.string({ maxLength: 70 })),
    postId: fc.oneof(fc.uuid(), fc.string({ maxLength: 80 })),
    body: fc.oneof(fc.string({ maxLength: 40 }), fc.anything()),
    targets: fc.oneof(fc.array(validTarget, { maxLength: 2 }), fc.anything()),
    fix: fc.oneof(validFix, fc.record({ kind: fc.string(), maxLongEdge: fc.integer() }), fc.anything()),
    sort: fc.oneof(fc.constantFrom('updated', 'created', 'text'), fc.string()),
    usage: fc.oneof(fc.constantFrom('all', 'used', 'unused'), fc.string()),
  },
  { requiredKeys: [] },
);
const instant = fc
  .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) })
  .map((ms) => new Date(ms).toISOString());
const validWhen = fc.oneof(
  fc.record({ kind: fc.constant('at'), dueAt: instant }),
  fc.constant({ kind: 'now' }),
  fc.constant({ kind: 'queue' }),
);
const validSlot = fc.record({
  weekday: fc.integer({ min: 1, max: 7 }),
  time: fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
});
const validScheduleInput = fc.oneof(
  fc.record(
    {
      from: instant,
      to: instant,
      accountIds: fc.array(fc.uuid(), { maxLength: 3 }),
      platforms: fc.uniqueArray(fc.constantFrom('instagram', 'facebook', 'tiktok'), { maxLength: 3 }),
      statuses: fc.uniqueArray(fc.constantFrom('scheduled', 'published', 'failed', 'missed'), { maxLength: 4 }),
    },
    { requiredKeys: ['from', 'to'] },
  ),
  fc.record({ targetId: fc.uuid() }),
  fc.record({ targetId: fc.uuid(), dueAt: instant }),
  fc.record({ postId: fc.uuid(), when: validWhen }),
  fc.record({ paused: fc.boolean() }),
  fc.record({ accountId: fc.uuid(), slots: fc.array(validSlot, { maxLength: 5 }) }),
);
const nearValidScheduleInput = fc.record(
  {
    from: fc.oneof(instant, fc.string({ maxLength: 30 })),
    to: fc.oneof(instant, fc.constant('2026-11-24 09:00')),
    targetId: fc.oneof(fc.uuid(), fc.string({ maxLength: 80 })),
    dueAt: fc.oneof(instant, fc.constant('tomorrow'), fc.integer()),
    postId: fc.oneof(fc.uuid(), fc.anything()),
    when: fc.oneof(validWhen, fc.record({ kind: fc.string() }), fc.anything()),
    paused: fc.oneof(fc.boolean(), fc.anything()),
    slots: fc.oneof(fc.array(validSlot, { maxLength: 2 }), fc.array(fc.record({ weekday: fc.integer(), time: fc.string() }), { maxLength: 2 })),
  },
  { requiredKeys: [] },
);
/** Shapes of the storage bucket's settings, valid and nearly so (an FTP address, an empty region, a short name). */
const validBucketInput = fc.record({
  endpoint: fc.constantFrom(null, 'https://0123456789abcdef.r2.cloudflarestorage.com', 'http://127.0.0.1:9000'),
  region: fc.constantFrom('auto', 'eu-west-1', 'us-west-004'),
  bucket: fc.stringMatching(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/),
  accessKeyId: fc.stringMatching(/^[A-Z0-9]{16,40}$/),
  forcePathStyle: fc.boolean(),
  publicBaseUrl: fc.constantFrom(null, 'https://media.example.com'),
  publicDomainVerifiedWithTikTok: fc.boolean(),
  secretAccessKey: fc.option(fc.stringMatching(/^[A-Za-z0-9/+]{40}$/), { nil: null }),
});
const nearValidBucketInput = fc.record(
  {
    endpoint: fc.oneof(fc.constantFrom(null, 'ftp://files.example.com', 'r2.example.com'), fc.string({ maxLength: 30 })),
    region: fc.oneof(fc.constantFrom('', '   ', 'auto'), fc.string({ maxLength: 70 })),
    bucket: fc.oneof(fc.constantFrom('ab', 'crumb-media'), fc.string({ maxLength: 70 })),
    accessKeyId: fc.string({ maxLength: 10 }),
    forcePathStyle: fc.oneof(fc.boolean(), fc.anything()),
    publicBaseUrl: fc.oneof(fc.constant(null), fc.string({ maxLength: 30 })),
    publicDomainVerifiedWithTikTok: fc.oneof(fc.boolean(), fc.anything()),
    secretAccessKey: fc.oneof(fc.constantFrom('', null), fc.string({ maxLength: 300 })),
    extra: fc.anything(),
  },
  { requiredKeys: [] },
);
/** Shapes of the insights channels' inputs, valid and nearly so (a period ending before it starts, a time for a day). */
const localDay = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2027, 0, 1) }).map((ms) => new Date(ms).toISOString().slice(0, 10));
const validInsightsQuery = fc.record(
  {
    period: fc.tuple(localDay, localDay).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a })),
    accountIds: fc.array(fc.uuid(), { maxLength: 3 }),
    platforms: fc.uniqueArray(fc.constantFrom('instagram', 'facebook', 'tiktok'), { maxLength: 3 }),
  },
  { requiredKeys: ['period'] },
);
const validInsightsInput = fc.oneof(
  validInsightsQuery,
  fc.record({ kind: fc.constantFrom('posts', 'daily'), query: validInsightsQuery }),
  fc.record({ accountId: fc.uuid() }),
  fc.record({ postId: fc.uuid() }),
);
const nearValidInsightsInput = fc.record(
  {
    period: fc.oneof(fc.record({ from: fc.constant('2026-11-20'), to: fc.constant('2026-11-01') }), fc.record({ from: instant, to: localDay })),
    kind: fc.oneof(fc.constantFrom('posts', 'daily'), fc.string()),
    query: fc.oneof(validInsightsQuery, fc.anything()),
    accountId: fc.oneof(fc.uuid(), fc.string({ maxLength: 80 })),
    platforms: fc.array(fc.string({ maxLength: 10 }), { maxLength: 4 }),
  },
  { requiredKeys: [] },
);
const anyPayload = fc.oneof(
  validInsightsInput,
  nearValidInsightsInput,
  validScheduleInput,
  nearValidScheduleInput,
  nearValidAccountsInput,
  validAccountsInput,
  nearValidComposerInput,
  validComposerInput,
  fc.anything({ withMap: true, withSet: true, withDate: true, withTypedArray: true }),
  nearValidPatch,
  validPatch,
  validBucketInput,
  nearValidBucketInput,
  fc.constant(undefined),
);

describe('registerChannels', () => {
  it('registers exactly the channels of the contract', () => {
    const { listeners } = harness();
    expect([...listeners.keys()].sort()).toEqual([...channelNames].sort());
  });

  it.each(channelNames)('survives 1,000 random payloads on %s, calling the handler only with valid input', async (channel) => {
    const { invoke, calls } = harness();
    let accepted = 0;
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(anyPayload, async (payload) => {
        const before = calls.length;
        const result = await invoke(channel, payload);
        const valid = channels[channel].request.safeParse(payload).success;
        if (valid) {
          accepted++;
          expect(result).toEqual({ ok: true, value: validResponses[channel] });
          expect(calls.length).toBe(before + 1);
        } else {
          rejected++;
          expect(result.ok).toBe(false);
          expect(result).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', message: expect.any(String) });
          expect(calls.length).toBe(before);
        }
        for (const call of calls.slice(before)) {
          expect(channels[call.channel].request.safeParse(call.request).success).toBe(true);
        }
      }),
      { numRuns: 1000, seed: 20261120 },
    );
    expect(accepted + rejected).toBe(1000);
    // Both paths must have been exercised, or the property proved nothing.
    expect(rejected).toBeGreaterThan(0);
    expect(accepted).toBeGreaterThan(0);
  }, 60_000);

  const untrusted: [string, SenderInfo][] = [
    ['a subframe of our origin', { senderFrame: { url: `${ORIGIN}/index.html`, parent: {} } }],
    ['another origin', { senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['a lookalike app host', { senderFrame: { url: 'app://outpost.evil/index.html', parent: null } }],
    ['a file: page', { senderFrame: { url: 'file:///index.html', parent: null } }],
    ['a destroyed frame', { senderFrame: null }],
    ['a frame without a URL', { senderFrame: { url: '', parent: null } }],
  ];
  it.each(untrusted)('refuses a message from %s without calling the handler', async (_name, sender) => {
    const { invoke, calls } = harness();
    const result = await invoke('settings.get', undefined, sender);
    expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN_SENDER' });
    expect(calls).toHaveLength(0);
  });

  it('turns a domain error into a typed result with its action', async () => {
    const { invoke } = harness({
      'diagnostics.openLogFolder': () => {
        throw new DomainError('NOT_AVAILABLE', 'Not here.', 'Open it yourself.');
      },
    });
    expect(await invoke('diagnostics.openLogFolder', undefined)).toEqual({
      ok: false,
      code: 'NOT_AVAILABLE',
      message: 'Not here.',
      action: 'Open it yourself.',
    });
  });

  it('hides unexpected errors behind INTERNAL, without their message', async () => {
    const { invoke } = harness({
      'settings.get': () => {
        throw new Error('SQLITE_CORRUPT at /secret/path');
      },
    });
    const result = await invoke('settings.get', undefined);
    expect(result).toMatchObject({ ok: false, code: 'INTERNAL' });
    expect(JSON.stringify(result)).not.toContain('/secret/path');
  });

  it('refuses a response that drifts from the contract', async () => {
    const { invoke } = harness({ 'settings.get': () => ({ theme: 'purple' }) });
    expect(await invoke('settings.get', undefined)).toMatchObject({ ok: false, code: 'INTERNAL' });
  });
});
