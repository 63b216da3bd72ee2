/**
 * Serves the benchmark's page of Klar elements (tests/bench/pages.mjs) from the sources, for
 * tests that load a whole page as a reader does (tests/page-load.test.ts): in an iframe, so the
 * page starts from nothing, with what each frame showed recorded.
 * `?lang=en&count=30&only=klar-fact`.
 */
import { benchPage } from '../tests/bench/pages.mjs';

export const BENCH_PAGE = '/__klar-page.html';

export function benchPagePlugin() {
  return {
    name: 'klar-bench-page',
    serve(context) {
      if (context.path !== BENCH_PAGE) return undefined;
      const query = new URLSearchParams(context.querystring);
      const body = benchPage({
        kind: 'klar',
        lang: query.get('lang') ?? 'da',
        count: Number(query.get('count') ?? 30),
        only: query.get('only') ?? undefined,
        script: '/src/klar.ts',
        record: true,
      });
      return { body, type: 'html', headers: { 'cache-control': 'no-store' } };
    },
  };
}
