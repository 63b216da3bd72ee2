// Tests drive the system's Debian browsers (see web-test-runner.config.mjs); npm must never
// download a browser build of its own, so plain `npm install` works offline from the registry.
module.exports = { skipDownload: true, chrome: { skipDownload: true }, firefox: { skipDownload: true } };
