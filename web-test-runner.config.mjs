// Browser tests: every *.test.ts under src/ and test/, in headless Chromium (see scripts/chromium.mjs).
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {playwrightLauncher} from '@web/test-runner-playwright';
import {CHROMIUM_ARGS, findChromium} from './scripts/chromium.mjs';
import {testServer} from './test/server/middleware.mjs';

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testFramework: {config: {timeout: 10000}},
  testsFinishTimeout: 5 * 60 * 1000,
  middleware: [testServer()],
  plugins: [esbuildPlugin({ts: true, target: 'es2022', tsconfig: './tsconfig.json'})],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {executablePath: findChromium() ?? undefined, headless: true, args: CHROMIUM_ARGS},
    }),
  ],
};
