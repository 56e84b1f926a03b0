// Finds the Chromium every browser test uses. Order: CHROME_PATH, CHROMIUM_PATH, Debian's /usr/bin/chromium.
// Nothing here downloads a browser.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const candidates = () =>
  [
    process.env.CHROME_PATH,
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/lib/chromium/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ].filter(Boolean);

/** The first Chromium found, or undefined. */
export function findChromium() {
  return candidates().find((p) => existsSync(p));
}

/** The Chromium path; throws a one-line explanation when none is installed. */
export function chromiumPath() {
  const found = findChromium();
  if (!found) throw new Error(missingMessage());
  return found;
}

export function missingMessage() {
  return 'No Chromium found: run `sudo apt-get install chromium` (Debian) or set CHROME_PATH to a Chromium/Chrome binary.';
}

/**
 * Makes sure a Chromium exists: when missing and running as root on Debian, installs Debian's `chromium`.
 * Returns the path, or exits with the one-line message.
 */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/etc/debian_version')) {
    console.log("Chromium is missing: installing Debian's chromium package (apt-get)…");
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = findChromium();
    if (installed) return installed;
  }
  console.error(missingMessage());
  process.exit(1);
}
