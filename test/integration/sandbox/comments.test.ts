import { describe, expect, it } from 'vitest';
import { demoIds, type Sandbox } from '../../../main/sandbox';
import { call, useSandbox, type GraphErrorBody } from './sandboxHarness';

const IG = demoIds.instagramAccountId;
const PAGE = demoIds.pageId;
type Body = Record<string, unknown> & GraphErrorBody;

/** Graph on one host with one token. */
function graph(sandbox: Sandbox, host: 'facebook' | 'instagram', token: string) {
  const base = host === 'facebook' ? sandbox.urls.metaGraph : sandbox.urls.instagramGraph;
  return {
    get: (path: string, query: Record<string, string> = {}) => call<Body>('GET', `${base}/v23.0${path}`, { query: { access_token: token, ...query } }),
    post: (path: string, form: Record<string, string> = {}) => call<Body>('POST', `${base}/v23.0${path}`, { form: { access_token: token, ...form } }),
  };
}

/** A published Instagram feed photo of the demo account, made on `api`'s host. */
async function publishedPhoto(sandbox: Sandbox, api: ReturnType<typeof graph>, kind: 'feed' | 'story' = 'feed'): Promise<string> {
  const image = `${sandbox.urls.control}/media/image.jpg?width=1080&height=${kind === 'story' ? 1920 : 1350}`;
  const created = await api.post(`/${IG}/media`, kind === 'story' ? { media_type: 'STORIES', image_url: image } : { image_url: image, caption: 'Fresh rye' });
  sandbox.control.clock.advance(30_000);
  return (await api.post(`/${IG}/media_publish`, { creation_id: created.body.id as string })).body.id as string;
}

async function pageToken(sandbox: Sandbox): Promise<string> {
  const userToken = sandbox.control.tokens.issueMetaUserToken().access_token;
  const accounts = await call<{ data: { access_token: string }[] }>('GET', `${sandbox.urls.metaGraph}/v23.0/me/accounts`, { query: { access_token: userToken } });
  return accounts.body.data[0]?.access_token ?? '';
}

describe('comments under Instagram media (both hosts)', () => {
  const ctx = useSandbox();

  it('takes a comment with `message` on graph.facebook.com, lists it newest first, and reads it by id', async () => {
    const api = graph(ctx.sandbox, 'facebook', ctx.sandbox.control.tokens.issueMetaUserToken().access_token);
    const mediaId = await publishedPhoto(ctx.sandbox, api);
    const first = await api.post(`/${mediaId}/comments`, { message: '#rye #sourdough' });
    expect(first.status).toBe(200);
    expect(first.body.id).toMatch(/^\d{17}$/);
    ctx.sandbox.control.clock.advance(1_000);
    const second = await api.post(`/${mediaId}/comments`, { message: 'Back tomorrow' });

    const listed = await api.get(`/${mediaId}/comments`, { fields: 'id,text,username,from' });
    expect(listed.body.data).toEqual([
      { id: second.body.id, text: 'Back tomorrow', username: 'rosiesbakery', from: { id: IG, username: 'rosiesbakery' } },
      { id: first.body.id, text: '#rye #sourdough', username: 'rosiesbakery', from: { id: IG, username: 'rosiesbakery' } },
    ]);
    expect((await api.get(`/${first.body.id as string}`, { fields: 'text,media' })).body).toEqual({ id: first.body.id, text: '#rye #sourdough', media: { id: mediaId } });
    expect(ctx.sandbox.control.state().comments?.[first.body.id as string]).toMatchObject({ platform: 'instagram', parentId: mediaId, authorId: IG });
  });

  it('needs the comments permission of each login path (reference 1.7, 1.8): code 10 without it', async () => {
    const withoutComments = graph(ctx.sandbox, 'instagram', ctx.sandbox.control.tokens.issueInstagramToken().access_token);
    const mediaId = await publishedPhoto(ctx.sandbox, withoutComments);
    const refused = await withoutComments.post(`/${mediaId}/comments`, { message: 'Hello' });
    expect(refused.body.error).toMatchObject({ code: 10 });
    expect(refused.body.error.message).toContain('instagram_business_manage_comments');

    const scopes = ['instagram_business_basic', 'instagram_business_content_publish', 'instagram_business_manage_comments'];
    const withComments = graph(ctx.sandbox, 'instagram', ctx.sandbox.control.tokens.issueInstagramToken({ scopes }).access_token);
    expect((await withComments.post(`/${mediaId}/comments`, { message: 'Hello' })).status).toBe(200);

    const facebook = graph(ctx.sandbox, 'facebook', ctx.sandbox.control.tokens.issueMetaUserToken().access_token);
    ctx.sandbox.control.tokens.declineMetaPermission('instagram_manage_comments');
    expect((await facebook.post(`/${mediaId}/comments`, { message: 'Hello' })).body.error).toMatchObject({ code: 10 });
  });

  it('refuses a comment without a message, an unknown parameter, and a comment on a story', async () => {
    const api = graph(ctx.sandbox, 'facebook', ctx.sandbox.control.tokens.issueMetaUserToken().access_token);
    const mediaId = await publishedPhoto(ctx.sandbox, api);
    expect((await api.post(`/${mediaId}/comments`)).body.error).toMatchObject({ code: 100 });
    expect((await api.post(`/${mediaId}/comments`, { message: '   ' })).body.error.message).toBe('(#100) Missing message or attachment');
    expect((await api.post(`/${mediaId}/comments`, { message: 'Hi', text: 'Hi' })).body.error).toMatchObject({ code: 100 });
    const story = await publishedPhoto(ctx.sandbox, api, 'story');
    expect((await api.post(`/${story}/comments`, { message: 'Hi' })).body.error).toMatchObject({ code: 100 });
    expect(ctx.sandbox.control.state().comments ?? {}).toEqual({});
  });
});

describe('comments under Page posts (reference 3 "Comments")', () => {
  const ctx = useSandbox();

  it('takes a comment as the Page with its token, lists the post’s comments oldest first', async () => {
    const page = graph(ctx.sandbox, 'facebook', await pageToken(ctx.sandbox));
    const postId = (await page.post(`/${PAGE}/feed`, { message: 'Open late on Friday' })).body.id as string;
    const made = await page.post(`/${postId}/comments`, { message: 'Until 9 pm', attachment_url: 'https://rosies.example/hours.jpg' });
    expect(made.status).toBe(200);
    ctx.sandbox.control.clock.advance(1_000);
    await page.post(`/${postId}/comments`, { message: 'See you there' });

    const listed = await page.get(`/${postId}/comments`, { fields: 'id,message,from' });
    expect(listed.body.data).toEqual([
      { id: made.body.id, message: 'Until 9 pm', from: { name: "Rosie's Bakery", id: PAGE } },
      expect.objectContaining({ message: 'See you there' }),
    ]);
    const newestFirst = await page.get(`/${postId}/comments`, { fields: 'message', order: 'reverse_chronological' });
    expect((newestFirst.body.data as { message: string }[]).map((comment) => comment.message)).toEqual(['See you there', 'Until 9 pm']);
  });

  it('refuses a user token (code 200), a Page token without pages_manage_engagement (code 200), and a post not out yet', async () => {
    const token = await pageToken(ctx.sandbox);
    const page = graph(ctx.sandbox, 'facebook', token);
    const postId = (await page.post(`/${PAGE}/feed`, { message: 'Open late on Friday' })).body.id as string;
    const user = graph(ctx.sandbox, 'facebook', ctx.sandbox.control.tokens.issueMetaUserToken().access_token);
    expect((await user.post(`/${postId}/comments`, { message: 'Hi' })).body.error).toMatchObject({ code: 200 });

    const scheduled = await page.post(`/${PAGE}/feed`, {
      message: 'Christmas hours',
      published: 'false',
      scheduled_publish_time: String(Math.floor(ctx.sandbox.control.clock.now() / 1000) + 3_600),
    });
    expect((await page.post(`/${scheduled.body.id as string}/comments`, { message: 'Hi' })).body.error).toMatchObject({ code: 100 });

    ctx.sandbox.control.tokens.declineMetaPermission('pages_manage_engagement');
    const refused = await page.post(`/${postId}/comments`, { message: 'Hi' });
    expect(refused.body.error).toMatchObject({ code: 200 });
    expect(refused.body.error.message).toContain('pages_manage_engagement');
    expect(ctx.sandbox.control.state().comments ?? {}).toEqual({});
  });
});
