/** Where Debian puts the browsers the tests use, and the packages that bring them. */
export const browsers = {
  chromium: { executable: '/usr/lib/chromium/chromium', debianPackage: 'chromium' },
  firefox: { executable: '/usr/bin/firefox-esr', debianPackage: 'firefox-esr' },
};
