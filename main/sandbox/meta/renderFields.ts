import { invalidParameter } from './graphError';
import type { FieldRequest } from './fieldsParam';
import { ConnectionRef, NodeRef, type GraphCall, type NodeType } from './graphNode';

/** Renders a node with the requested fields (or its defaults); Graph always includes the id. */
export function renderNode<N>(call: GraphCall, nodeType: NodeType<N>, node: N, selection: FieldRequest[] | null): Record<string, unknown> {
  const getters = nodeType.fields(call, node);
  const requested: FieldRequest[] = selection && selection.length > 0 ? selection : nodeType.defaultFields.map((name) => ({ name, modifiers: {}, children: null }));
  const out: Record<string, unknown> = {};
  for (const field of requested) {
    const getter = getters[field.name];
    if (!getter) {
      throw invalidParameter(`(#100) Tried accessing nonexisting field (${field.name}) on node type (${nodeType.typeName})`);
    }
    const value = renderValue(call, getter(), field);
    if (value !== undefined) out[field.name] = value;
  }
  if (!('id' in out) && getters.id) out.id = getters.id();
  return out;
}

function renderValue(call: GraphCall, value: unknown, field: FieldRequest): unknown {
  if (value instanceof NodeRef) return renderNode(call, value.nodeType, value.node, field.children);
  if (value instanceof ConnectionRef) {
    const limit = field.modifiers.limit !== undefined ? Number(field.modifiers.limit) : undefined;
    const items = limit !== undefined && Number.isFinite(limit) ? value.items.slice(0, limit) : value.items;
    const rendered: Record<string, unknown> = {
      data: items.map((item) => (item instanceof NodeRef ? renderNode(call, item.nodeType, item.node, field.children) : item)),
    };
    if (field.modifiers.summary !== undefined && field.modifiers.summary !== 'false') rendered.summary = value.summary;
    return rendered;
  }
  return value;
}

/** Cursor paging over a list, in Graph's shape ({data, paging:{cursors:{before,after}, next?}}). */
export function pageOf<T>(call: GraphCall, items: T[], render: (item: T) => Record<string, unknown>, limitParam?: number, afterParam?: string): Record<string, unknown> {
  const limit = Math.max(1, Math.min(limitParam ?? 25, 100));
  const start = afterParam ? Number.parseInt(Buffer.from(afterParam, 'base64url').toString('utf8'), 10) + 1 : 0;
  if (!Number.isFinite(start) || start < 0) throw invalidParameter('Param after must be a cursor from a previous page');
  const slice = items.slice(start, start + limit);
  const data = slice.map(render);
  if (slice.length === 0) return { data };
  const cursor = (index: number) => Buffer.from(String(index)).toString('base64url');
  const paging: Record<string, unknown> = { cursors: { before: cursor(start), after: cursor(start + slice.length - 1) } };
  if (start + slice.length < items.length) {
    const next = new URL(call.request.url);
    next.searchParams.delete('access_token');
    next.searchParams.set('after', cursor(start + slice.length - 1));
    next.searchParams.set('limit', String(limit));
    paging.next = next.toString();
  }
  return { data, paging };
}
