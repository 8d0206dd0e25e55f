// `npm test` runs this first: without a browser the tests cannot run, so say how to get one.
import {findChromium} from './chromium.mjs';

if (!findChromium()) {
  const wanted = process.env.CHROME_PATH ? `CHROME_PATH=${process.env.CHROME_PATH} does not exist.` : 'No Chromium found.';
  console.error(`\n${wanted}
The tests run in a real headless Chromium. Install one:
  Debian/Ubuntu:  sudo apt-get install -y chromium fonts-noto-cjk
  elsewhere:      install Chrome or Chromium, then run  CHROME_PATH=/path/to/chrome npm test
`);
  process.exit(1);
}
