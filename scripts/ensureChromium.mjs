// Runs before `npm test`: the browser tests need Debian's Chromium at /usr/bin/chromium.
// On a fresh Debian machine (as root) it installs the `chromium` package; elsewhere it says
// what to do. It never downloads a browser build of its own.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const path = '/usr/bin/chromium';
if (!existsSync(path)) {
  const root = process.getuid?.() === 0;
  const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (!root || !apt) {
    console.error(`negoplan: the browser tests need Debian's chromium at ${path}: run "apt-get install -y chromium" as root.`);
    process.exit(1);
  }
  console.log('negoplan: installing Debian\'s chromium for the browser tests (apt-get install chromium)...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', 'chromium']]) {
    const r = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
    if (r.status !== 0) {
      console.error(`negoplan: apt-get ${args.join(' ')} failed`);
      process.exit(1);
    }
  }
}
