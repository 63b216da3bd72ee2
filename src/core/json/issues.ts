import * as v from 'valibot';
import { at } from './build.js';

type Issue = v.BaseIssue<unknown>;

const pathOf = (issue: Issue, prefix: string): string =>
  (issue.path ?? []).reduce((path, item) => at(path, item.key as string | number), prefix);

/**
 * One sentence per problem, led by its JSON path: "themes[2].label is missing",
 * "itmes is not a field Klar knows here". A union (text or link) that got an object reports
 * what is wrong inside the object, not only that it is neither.
 */
function describe(issue: Issue, prefix: string): string[] {
  const path = pathOf(issue, prefix);
  // Valibot reads a list given for an object as one with fields "0", "1"…: say what it is.
  const holder = issue.path?.at(-1);
  if (issue.type === 'strict_object' && holder && Array.isArray(holder.input)) {
    const parent = pathOf({ ...issue, path: issue.path!.slice(0, -1) as typeof issue.path }, prefix);
    return [`${parent || 'the content'} ${issue.message}`];
  }
  const inner = (issue.issues ?? []).filter((each) => each.path?.length);
  if (issue.type === 'union' && issue.received === 'Object' && inner.length) return inner.flatMap((each) => describe(each, path));
  if (issue.received === 'undefined' && issue.expected !== 'never') return [`${path} is missing`];
  if (issue.expected === 'never') return [`${path} is not a field Klar knows here (check the spelling)`];
  return [`${path || 'the content'} ${issue.message}`];
}

/** Validates `data` against `schema`: the problems as sentences, none when it fits. */
export function checkContent(schema: v.GenericSchema, data: unknown): string[] {
  const result = v.safeParse(schema, data, { abortPipeEarly: true });
  return result.success ? [] : [...new Set(result.issues.flatMap((issue) => describe(issue, '')))];
}
