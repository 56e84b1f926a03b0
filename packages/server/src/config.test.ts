import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from './config.js';

test('defaults: port 8787, embedded data in .hapur-data of the cwd, writes from any origin', () => {
  const c = loadConfig({}, '/srv/app');
  assert.equal(c.port, 8787);
  assert.equal(c.dataDir, '/srv/app/.hapur-data');
  assert.equal(c.databaseUrl, undefined);
  assert.equal(c.writeOrigins, '*');
  assert.equal(c.logLevel, 'info');
});

test('every bad value is named in one error', () => {
  assert.throws(
    () =>
      loadConfig({
        PORT: '99999',
        LOG_LEVEL: 'loud',
        DATABASE_URL: 'mysql://x',
        HAPUR_WRITE_ORIGINS: 'https://a.example/path',
        HAPUR_IDEMPOTENCY_RETENTION_DAYS: '3',
      }),
    (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.equal(error.problems.length, 5);
      for (const name of [
        'PORT',
        'LOG_LEVEL',
        'DATABASE_URL',
        'HAPUR_WRITE_ORIGINS',
        'HAPUR_IDEMPOTENCY_RETENTION_DAYS',
      ]) {
        assert.match(error.message, new RegExp(name));
      }
      return true;
    },
  );
});

test('origins list, Postgres URL and rate limits are read', () => {
  const c = loadConfig({
    HAPUR_WRITE_ORIGINS: 'https://komuna.example, https://ministria.example',
    DATABASE_URL: 'postgres://u@db/hapur',
    HAPUR_WRITE_RATE_LIMIT: '0',
  });
  assert.deepEqual(c.writeOrigins, ['https://komuna.example', 'https://ministria.example']);
  assert.equal(c.databaseUrl, 'postgres://u@db/hapur');
  assert.equal(c.writeRateLimit, 0);
});

test('a number is plain decimal digits: hexadecimal, exponent, spaces, signs and fractions are named at start', () => {
  for (const raw of ['0x1e', '1e3', ' 30 ', '30 ', '+30', '30.0', '3_0', '١٢']) {
    assert.throws(
      () => loadConfig({ HAPUR_WRITE_RATE_WINDOW: raw }),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError, raw);
        assert.deepEqual(error.problems, [`HAPUR_WRITE_RATE_WINDOW="${raw}" must be a whole number from 1 to 86400`]);
        return true;
      },
    );
  }
  assert.equal(loadConfig({ HAPUR_WRITE_RATE_WINDOW: '30' }).writeRateWindowSeconds, 30);
  assert.equal(loadConfig({ PORT: '0' }).port, 0);
  // Empty is unset, as for every other variable (HOST=, DATABASE_URL=): the default.
  assert.equal(loadConfig({ PORT: '' }).port, 8787);
});
