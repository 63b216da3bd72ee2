// Test-server helpers for JSON mode (tests/json.test.ts):
// - command `klar-schema-check`: validates data against the shipped schema/<tag>.json with Ajv,
//   a standard JSON Schema validator, so a test can hold the runtime's verdict against it;
// - routes that answer the way real servers misbehave: slowly, with an error status, once
//   failing and then working, or never.
import { readFile } from 'node:fs/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validators = new Map();

async function validatorFor(tag) {
  if (!validators.has(tag)) {
    const schema = JSON.parse(await readFile(`schema/${tag}.json`, 'utf8'));
    validators.set(tag, ajv.compile(schema));
  }
  return validators.get(tag);
}

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const failedOnce = new Set();

export function jsonTestPlugin() {
  return {
    name: 'klar-json-test',
    async executeCommand({ command, payload }) {
      if (command !== 'klar-schema-check') return undefined;
      const validate = await validatorFor(payload.tag);
      const valid = validate(payload.data);
      return { valid, errors: (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message}`) };
    },
  };
}

/** Koa middleware for the test server's `middleware` option: it must answer before the static files do. */
export async function jsonTestRoutes(context, next) {
  const route = /^\/__klar\/(slow\/(\d+)|status\/(\d{3})|flaky\/([\w-]+)|hang)(\/.*)?$/.exec(context.path);
  if (!route) return next();
  const [, , slowMs, status, flakyKey, file] = route;
  if (status) {
    context.status = Number(status);
    context.body = 'Klar test server: an error page, as a CMS would answer';
    return;
  }
  if (route[1] === 'hang') {
    await wait(60_000);
    return;
  }
  if (flakyKey && !failedOnce.has(flakyKey)) {
    failedOnce.add(flakyKey);
    context.status = 503;
    context.body = 'Klar test server: unavailable this once';
    return;
  }
  if (!file || file.includes('..')) {
    context.status = 400;
    return;
  }
  if (slowMs) await wait(Number(slowMs));
  context.type = 'application/json';
  context.body = await readFile(`.${file}`, 'utf8');
}
