// Debian packages a check needs: installed with apt when we can (root on Debian), else one line
// saying what to install. Browser downloads by npm packages do not work here.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

/**
 * Makes sure each `{ file, debianPackage }` is there; `what` names the check that needs them.
 * Exits with one line when they are missing and cannot be installed.
 */
export function ensureDebianPackages(needs, what) {
  const missing = needs.filter((need) => !existsSync(need.file));
  if (missing.length === 0) return;
  const packages = [...new Set(missing.map((need) => need.debianPackage))].join(' ');
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canApt) {
    console.error(`${what} need ${packages}: run "sudo apt-get install ${packages}" and try again.`);
    process.exit(1);
  }
  console.log(`Installing ${packages} with apt-get (needed once for ${what})…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execSync('apt-get update -qq', { stdio: 'inherit', env });
  execSync(`apt-get install -y -qq --no-install-recommends ${packages}`, { stdio: 'inherit', env });
}
