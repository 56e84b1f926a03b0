import { expect } from '@open-wc/testing';
import { failOnConsole } from './test/fail-on-console.js';
import { dataLink, pageLink } from './safe-url.js';

failOnConsole();

const SCRIPTED = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  '\u0000javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
];

describe('link guard', () => {
  it('lets a link that came with the data through only as an absolute https: URL', () => {
    expect(dataLink('https://example.org/document.pdf')).to.equal('https://example.org/document.pdf');
    expect(dataLink('https://example.org/@hapur/notes'), 'an @ in the path').to.equal(
      'https://example.org/@hapur/notes',
    );
    const deceptive = [
      'https://e-kosova.rks-gov.net@evil.example/',
      'https://user:pass@example.org/',
      'https://:p@example.org/',
    ];
    for (const value of [
      ...SCRIPTED,
      ...deceptive,
      'http://example.org/',
      '/relative',
      'example.org',
      'mailto:a@example.org',
      '',
    ]) {
      expect(dataLink(value), JSON.stringify(value)).to.equal(undefined);
    }
    expect(dataLink(undefined)).to.equal(undefined);
    expect(dataLink(null)).to.equal(undefined);
  });

  it('lets a link the page configured through when it is relative or http(s), never a script', () => {
    for (const value of ['/status?token={token}', 'status.html', 'https://example.org/x', `${location.origin}/x`]) {
      expect(pageLink(value), value).to.equal(value);
    }
    for (const value of SCRIPTED) expect(pageLink(value), JSON.stringify(value)).to.equal(undefined);
  });
});
