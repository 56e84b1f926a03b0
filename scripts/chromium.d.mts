/** The first Chromium found (CHROME_PATH, CHROMIUM_PATH, Debian's /usr/bin/chromium), or undefined. */
export function findChromium(): string | undefined;
/** The Chromium path; throws a one-line explanation when none is installed. */
export function chromiumPath(): string;
export function missingMessage(): string;
/** Installs Debian's chromium when missing and running as root on Debian; exits with a message otherwise. */
export function ensureChromium(): string;
