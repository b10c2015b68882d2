import { describe, expect, it } from 'vitest';
import { jsonKeepingIntegersExact } from '../../../../main/platforms/exactIntegers';

describe('jsonKeepingIntegersExact', () => {
  const read = (text: string, fields: string[]) => jsonKeepingIntegersExact(fields).parse(text);

  it('quotes a named scalar integer and keeps every digit', () => {
    expect(read('{"user_id": 17841400000000001, "other": 17841400000000001}', ['user_id'])).toEqual({
      user_id: '17841400000000001',
      other: 17841400000000000,
    });
  });

  it('quotes the integers of a named list', () => {
    expect(read('{"ids":[7350123456789012345, 7350123456789012346],"n":[1]}', ['ids'])).toEqual({
      ids: ['7350123456789012345', '7350123456789012346'],
      n: [1],
    });
  });

  it('leaves strings, including ones that look like the field, alone', () => {
    expect(read('{"user_id":"42","note":"\\"user_id\\":7"}', ['user_id'])).toEqual({ user_id: '42', note: '"user_id":7' });
  });

  it('fails on text that is not JSON', () => {
    expect(jsonKeepingIntegersExact(['user_id']).safeParse('<html>').success).toBe(false);
  });
});
