/**
 * The scheme of a URL, lower case, or undefined for a relative URL. Strips what browsers ignore
 * in a URL first (leading control characters and spaces, tabs and newlines anywhere), so
 * " java\tscript:" is read as `javascript`.
 */
export function urlScheme(url: string): string | undefined {
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1].toLowerCase();
}

/**
 * Links from content go only to web pages: http(s) or a relative URL. `javascript:`, `data:`
 * and other schemes are refused.
 */
export function isSafeUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === undefined || scheme === 'http' || scheme === 'https';
}
