// Demo only: ?lang=en or ?lang=ar sets the page language, as a CMS would in <html lang>.
// A file, not an inline script, so the demo pages also run under a strict Content-Security-Policy.
const lang = new URLSearchParams(location.search).get('lang');
if (lang) document.documentElement.lang = lang;

// Demo only: ?politik=velfaerdspolitik shows another policy on politik.html.
const policy = new URLSearchParams(location.search).get('politik');
if (policy && /^[a-z-]+$/.test(policy)) {
  document.addEventListener('DOMContentLoaded', () => document.querySelector('klar-policy')?.setAttribute('src', `json/politikker/${policy}.json`));
}
