// "Try it out" in Swagger UI, driven in headless Chromium over the DevTools protocol, as a person would:
// "Authorize" with a vCenter user, then on GET /v1/vms/{vm}/guest/customization "Try it out", the VM,
// "Execute". Prints the answer Swagger UI shows and exits 1 unless it is 200 with the expected status.
// Run by src/build/swagger-ui-check.sh (Node 20: --experimental-websocket; 22 and later: as is):
//   node --experimental-websocket src/build/swagger-ui-try-it-out.mjs <gateway URL> <user> <password> <vm> <status>
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [url, user, password, vm, expected] = process.argv.slice(2);
const chromium = process.env.CHROMIUM || 'chromium';
const port = Number(process.env.DEVTOOLS_PORT || 9333);
const profile = mkdtempSync(join(tmpdir(), 'swagger-ui-'));
const flags = ['--headless', '--disable-gpu', '--no-first-run', `--user-data-dir=${profile}`, `--remote-debugging-port=${port}`,
  '--window-size=1280,1600', 'about:blank'];
if (process.getuid && process.getuid() === 0) flags.push('--no-sandbox'); // the sandbox refuses root (containers, CI)
const browser = spawn(chromium, flags, { stdio: 'ignore' });
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

let ok = false;
try {
  let targets;
  for (let i = 0; i < 100 && !targets; i++) {
    try { targets = await (await fetch(`http://127.0.0.1:${port}/json`)).json(); } catch { await sleep(200); }
  }
  const ws = new WebSocket(targets.find(t => t.type === 'page').webSocketDebuggerUrl);
  await new Promise(resolve => ws.addEventListener('open', resolve));
  let id = 0;
  const pending = new Map();
  ws.addEventListener('message', e => {
    const m = JSON.parse(e.data);
    if (m.id && pending.has(m.id)) { pending.get(m.id)(m); pending.delete(m.id); }
  });
  const send = (method, params = {}) => new Promise(resolve => {
    const i = ++id; pending.set(i, resolve); ws.send(JSON.stringify({ id: i, method, params }));
  });
  const evaluate = async expression =>
    (await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true })).result.result.value;
  const until = async (expression, what) => {
    for (let i = 0; i < 150; i++) { if (await evaluate(expression)) return; await sleep(200); }
    throw new Error('Swagger UI never showed ' + what);
  };
  // types into a React input as a keyboard would: the value's setter, then an input event
  const type = (selector, value) => `(() => { const el = ${selector};
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(el, ${JSON.stringify(value)});
      el.dispatchEvent(new Event('input', { bubbles: true })); return true; })()`;

  await send('Page.navigate', { url: `${url}/q/swagger-ui` });
  const op = `document.querySelector('#operations-customization-getCustomization')`;
  await until(`!!${op}`, 'the operation');
  await evaluate(`document.querySelector('.btn.authorize').click()`);
  await until(`!!document.querySelector('.auth-container input[type=password]')`, 'the Authorize dialog');
  await evaluate(type(`document.querySelector('.auth-container input[type=text]')`, user));
  await evaluate(type(`document.querySelector('.auth-container input[type=password]')`, password));
  await evaluate(`document.querySelector('.auth-btn-wrapper button.authorize').click()`);
  await until(`!!document.querySelector('.btn-done')`, 'the authorized dialog');
  await evaluate(`document.querySelector('.btn-done').click()`);
  await evaluate(`${op}.querySelector('.opblock-summary-control').click()`);
  await until(`!!${op}.querySelector('.try-out__btn')`, '"Try it out"');
  await evaluate(`${op}.querySelector('.try-out__btn').click()`);
  await until(`!!${op}.querySelector('tr[data-param-name="vm"] input')`, 'the vm field');
  await evaluate(type(`${op}.querySelector('tr[data-param-name="vm"] input')`, vm));
  // the contract's examples fill in wait=PT5M and since=...: a long poll; cleared, the status is read at once
  await evaluate(type(`${op}.querySelector('tr[data-param-name="wait"] input')`, ''));
  await evaluate(type(`${op}.querySelector('tr[data-param-name="since"] input')`, ''));
  await sleep(1000); // Swagger UI takes typing in after a pause
  await evaluate(`${op}.querySelector('.btn.execute').click()`);
  await until(`!!${op}.querySelector('.live-responses-table .response .response-col_status')`, 'a server response');
  const shown = await evaluate(`({
      status: ${op}.querySelector('.live-responses-table .response .response-col_status').textContent.trim(),
      body: (${op}.querySelector('.live-responses-table .microlight') || {}).textContent,
      curl: (${op}.querySelector('.curl-command .curl, .curl-command pre') || {}).textContent })`);
  // the Basic credentials are the simulator's fixtures: masked all the same
  console.log(JSON.stringify(shown, null, 2).replace(/Basic [A-Za-z0-9+\/=]+/g, 'Basic ***'));
  ok = shown.status === '200' && JSON.parse(shown.body).status === expected;
  ws.close();
} catch (e) {
  console.error(e.message);
} finally {
  browser.kill();
  await sleep(500);
  rmSync(profile, { recursive: true, force: true });
}
process.exit(ok ? 0 : 1);
