/**
 * Links from content go only to web pages: http(s) or a relative URL. `javascript:`, `data:`
 * and other schemes are refused. The check strips what browsers ignore in a URL (leading
 * control characters and spaces, tabs and newlines anywhere), so " java\tscript:" is caught.
 */
export function isSafeUrl(url: string): boolean {
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1].toLowerCase();
  return scheme === undefined || scheme === 'http' || scheme === 'https';
}
