import assert from 'node:assert/strict';

/** Polls `check` until it returns a truthy value (returned) or `ms` pass (fails with the last value). */
export async function until(check, ms = 10_000, message = 'timed out') {
  const end = Date.now() + ms;
  let value;
  while (Date.now() < end) {
    value = await check();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.fail(`${message} (last: ${JSON.stringify(value)})`);
}
