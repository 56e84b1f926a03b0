// Loaded first in a test frame with a strict CSP: records every violation the browser reports,
// before any Hapur module runs. Read them from `window.cspViolations`. @internal
const violations: string[] = [];
Object.assign(window, { cspViolations: violations });
document.addEventListener('securitypolicyviolation', (event) =>
  violations.push(`${event.violatedDirective}: ${event.blockedURI}`),
);
