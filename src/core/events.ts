import type { KlarErrorEventMap } from './errors.js';

/**
 * Every `klar-*` event by name, with its `CustomEvent` type: what `emit` accepts. An element with
 * events of its own adds them in its define.ts:
 * `declare module '../../core/events.js' { interface KlarEventMap extends MyEventMap {} }`.
 */
export interface KlarEventMap extends KlarErrorEventMap {}

/** The `detail` of the `klar-*` event `name`. */
export type KlarEventDetail<Name extends keyof KlarEventMap> = KlarEventMap[Name] extends CustomEvent<infer Detail> ? Detail : never;
