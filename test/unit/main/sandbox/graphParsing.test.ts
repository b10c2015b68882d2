import { describe, expect, it } from 'vitest';
import { parseFields } from '../../../../main/sandbox/meta/fieldsParam';
import { GraphError } from '../../../../main/sandbox/meta/graphError';
import { readParams } from '../../../../main/sandbox/meta/graphParams';

function graphError(action: () => unknown): GraphError {
  try {
    action();
  } catch (error) {
    if (error instanceof GraphError) return error;
    throw error;
  }
  throw new Error('expected a GraphError');
}

describe('fields parameter', () => {
  it('parses nested fields and modifiers', () => {
    expect(parseFields('id,name,instagram_business_account{id,username},reactions.summary(total_count).limit(0)')).toEqual([
      { name: 'id', modifiers: {}, children: null },
      { name: 'name', modifiers: {}, children: null },
      {
        name: 'instagram_business_account',
        modifiers: {},
        children: [
          { name: 'id', modifiers: {}, children: null },
          { name: 'username', modifiers: {}, children: null },
        ],
      },
      { name: 'reactions', modifiers: { summary: 'total_count', limit: '0' }, children: null },
    ]);
  });

  it('rejects broken syntax with code 100', () => {
    expect(graphError(() => parseFields('id,{name')).init.code).toBe(100);
    expect(graphError(() => parseFields('a{b')).init.code).toBe(100);
  });
});

describe('strict Graph parameters', () => {
  const spec = {
    creation_id: { type: 'string', required: true },
    published: { type: 'bool' },
    limit: { type: 'int', min: 1, max: 100 },
    media_type: { type: 'enum', values: ['REELS', 'STORIES'] },
    children: { type: 'list' },
    attached_media: { type: 'json' },
  } as const;

  it('reads typed values from strings', () => {
    expect(
      readParams({ creation_id: '1', published: 'false', limit: '5', media_type: 'REELS', children: '1,2', attached_media: '[{"media_fbid":"9"}]', access_token: 'x' }, spec),
    ).toEqual({ creation_id: '1', published: false, limit: 5, media_type: 'REELS', children: ['1', '2'], attached_media: [{ media_fbid: '9' }] });
  });

  it('rejects a misspelled parameter with code 100', () => {
    const error = graphError(() => readParams({ creation_id: '1', captoin: 'x' }, spec));
    expect(error.init.code).toBe(100);
    expect(error.message).toContain('captoin');
  });

  it('names a missing required parameter', () => {
    expect(graphError(() => readParams({}, spec)).message).toBe('(#100) The parameter creation_id is required');
  });

  it.each([
    [{ creation_id: '1', published: 'maybe' }, 'published must be a boolean'],
    [{ creation_id: '1', limit: '1.5' }, 'limit must be an integer'],
    [{ creation_id: '1', limit: '0' }, 'limit must be at least 1'],
    [{ creation_id: '1', media_type: 'VIDEO' }, 'media_type must be one of'],
    [{ creation_id: '1', attached_media: '[{' }, 'attached_media must be a JSON-encoded value'],
    [{ creation_id: ['1', '2'] }, 'creation_id was given more than once'],
  ])('rejects a wrongly typed value %#', (raw, message) => {
    expect(graphError(() => readParams(raw, spec)).message).toContain(message);
  });
});
