import type { UploadedFile, SandboxRequest } from '../core/sandboxHttp';
import type { FaultPlan } from '../faults/faultPlan';
import type { MediaFetcher } from '../media/mediaFetcher';
import type { AccessTokenRecord } from '../world/sandboxState';
import type { SandboxWorld } from '../world/sandboxWorld';
import type { FieldRequest } from './fieldsParam';
import type { BusinessObject } from './usageHeaders';

/**
 * The Graph model: a call addresses a node (`/{id}`) and optionally an edge (`/{id}/{edge}`).
 * Each kind of node (User, Page, IG user, container, ...) declares its fields, its edges and
 * who may see it; graphDispatcher does the rest (version, token, strict params, errors, usage).
 */
export type GraphHost = 'facebook' | 'instagram';

export interface GraphServices {
  world: SandboxWorld;
  faults: FaultPlan;
  fetcher: MediaFetcher;
}

export interface GraphCall extends GraphServices {
  request: SandboxRequest;
  host: GraphHost;
  version: string;
  method: 'GET' | 'POST' | 'DELETE';
  /** Query and body parameters merged (body wins), files excluded. */
  params: Record<string, unknown>;
  files: UploadedFile[];
  /** The validated token of the call (absent on the few endpoints that take none). */
  token: string | null;
  auth: AccessTokenRecord | null;
  /** Path segments after the edge, e.g. the permission name in /me/permissions/{permission}. */
  extraPath: string[];
}

/** A field whose value is another node, rendered with its own field selection. */
export class NodeRef<N = unknown> {
  constructor(
    readonly nodeType: NodeType<N>,
    readonly node: N,
  ) {}
}

/** A connection field (`children`, `reactions`, ...): a list plus an optional summary. */
export class ConnectionRef {
  constructor(
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any node type may be listed
    readonly items: (NodeRef<any> | Record<string, unknown>)[],
    readonly summary: Record<string, unknown> = {},
  ) {}
}

export type FieldGetters = Record<string, () => unknown>;

export type EdgeHandler<N> = (call: GraphCall, node: N) => unknown;

export interface NodeType<N> {
  /** As Graph names it in "(#100) Tried accessing nonexisting field (x) on node type (T)". */
  typeName: string;
  hosts: readonly GraphHost[];
  find(world: SandboxWorld, id: string): N | undefined;
  idOf(node: N): string;
  /** Whether the call's token may see this node; otherwise Graph answers "does not exist". */
  visible(call: GraphCall, node: N): boolean;
  /** The Business Use Case object calls on this node count against, if any (reference 5.3). */
  business?(call: GraphCall, node: N): BusinessObject | null;
  fields(call: GraphCall, node: N): FieldGetters;
  defaultFields: readonly string[];
  /** '' is the node itself; GET on it renders fields unless a handler is given. */
  edges: Record<string, Partial<Record<'GET' | 'POST' | 'DELETE', EdgeHandler<N>>>>;
  /** Edges that take one more path segment, e.g. permissions/{permission}. */
  edgesWithSubPath?: readonly string[];
}

export type FieldSelection = FieldRequest[] | null;
