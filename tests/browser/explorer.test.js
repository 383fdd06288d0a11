#!/usr/bin/env node
/*
 * The explorer page (docs/render.md) in a real browser: Debian's headless chromium, driven through
 * the DevTools protocol by puppeteer-core (scripts/deps.sh --test installs both; without either the
 * test says so and exits 77, which CTest reports as skipped). On the whole built-in network and on
 * `render --path iMSC-EV Sirt6`: the file's size and that it refers to nothing outside itself; then
 * in the browser, that every node is drawn (body[data-ready]) with no console error and no request
 * leaving the page, that searching a node highlights it, that clicking an edge shows its study's
 * DOI in the panel, that filters, the path field and the keyboard work, and that a screenshot is
 * not blank; on the comparisons fixture (tests/data/comparisons.json), that a node's evidence panel
 * lists its comparisons (docs/compare.md).
 * usage: explorer.test.js MECHGRAPH OUT_DIR
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const [mechgraph, out] = process.argv.slice(2);
function skip(why) { console.log('SKIPPED: ' + why); process.exit(77); }
function which(names) {
  for (const name of names)
    for (const dir of (process.env.PATH || '').split(':'))
      if (dir && fs.existsSync(path.join(dir, name))) return path.join(dir, name);
  return null;
}
const browser = process.env.MG_CHROMIUM || which(['chromium', 'chromium-browser']);
if (!browser) skip('chromium is not installed (scripts/deps.sh --test installs it where apt can)');
let puppeteer;
try {
  puppeteer = require(require.resolve('puppeteer-core', { paths: [__dirname] }));
} catch (e) {
  skip('puppeteer-core is not installed in tests/browser/node_modules (scripts/deps.sh --test installs it)');
}

let failures = 0;
function check(ok, what) {
  console.log((ok ? 'ok    ' : 'FAIL  ') + what);
  if (!ok) failures++;
}
const SUN_2021 = '10.1186/s13287-021-02362-1';
const LIMIT = 4 * 1024 * 1024;

/* src= and href= that lead out of the page; DOI links are the only addresses allowed */
function externalReferences(page) {
  /* the markup: scripts' text taken out (what they load at run time is caught in the browser) */
  const html = page.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, '$1</script>');
  const found = [];
  const re = /\b(?:src|href|xlink:href)\s*=\s*["']?([^"'\s>]*)/gi;
  let m;
  while ((m = re.exec(html))) {
    const url = m[1];
    if (/^(#|$|data:|javascript:)/i.test(url)) continue;
    if (/^https:\/\/doi\.org\//.test(url)) continue;
    found.push(url);
  }
  for (const m2 of html.matchAll(/@import|url\(\s*["']?(?:https?:)?\/\//gi)) found.push(m2[0]);
  return found;
}

function render(args, file) {
  execFileSync(mechgraph, ['render', ...args, '-o', file], { stdio: ['ignore', 'inherit', 'inherit'] });
  const html = fs.readFileSync(file, 'utf8');
  check(html.length < LIMIT, `${path.basename(file)}: ${html.length} bytes, under 4 MB`);
  const ext = externalReferences(html);
  check(ext.length === 0, `${path.basename(file)}: no external references${ext.length ? ' (found ' + ext.slice(0, 3).join(', ') + ')' : ''}`);
  check(html.includes('<noscript>') && /<noscript>[\s\S]*<svg[\s\S]*<\/noscript>/.test(html), `${path.basename(file)}: the static SVG inside <noscript>`);
  return html;
}

/* the variance of a screenshot's pixels, and how many have a node colour, computed in a blank page */
async function pixels(bro, png, colours) {
  const page = await bro.newPage();
  const result = await page.evaluate(async (b64, cols) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width; c.height = img.height;
    const ctx = c.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let sum = 0, sq = 0, n = d.length / 4;
    const hits = cols.map(() => 0);
    for (let i = 0; i < d.length; i += 4) {
      const y = 0.299 * d[i] + 0.587 * d[i + 1] + 0.114 * d[i + 2];
      sum += y; sq += y * y;
      cols.forEach((col, k) => {
        if (Math.abs(d[i] - col[0]) < 8 && Math.abs(d[i + 1] - col[1]) < 8 && Math.abs(d[i + 2] - col[2]) < 8) hits[k]++;
      });
    }
    return { variance: sq / n - (sum / n) * (sum / n), hits, size: [c.width, c.height] };
  }, png.toString('base64'), colours);
  await page.close();
  return result;
}

async function explore(bro, file, want) {
  const name = path.basename(file);
  const page = await bro.newPage();
  await page.setViewport({ width: 1400, height: 900 });
  const errors = [], outside = [];
  page.on('console', (msg) => { if (msg.type() === 'error' || msg.type() === 'warn') errors.push(msg.type() + ': ' + msg.text()); });
  page.on('pageerror', (err) => errors.push('page error: ' + err.message));
  page.on('request', (req) => { if (!/^(file|data|about):/.test(req.url())) outside.push(req.url()); });
  await page.goto('file://' + file, { waitUntil: 'load' });
  await page.waitForSelector('body[data-ready]', { timeout: 60000 }).catch(() => {});
  const ready = await page.evaluate(() => document.body.getAttribute('data-ready'));
  check(ready === String(want.nodes), `${name}: data-ready="${ready}", ${want.nodes} nodes drawn`);
  if (ready === null) { await page.close(); return; }

  /* search: the name as a user types it, in another case */
  await page.type('#search', want.search.toUpperCase());
  await page.keyboard.press('Enter');
  await new Promise((r) => setTimeout(r, 400));
  const hit = await page.evaluate(() => window.mgExplorer.cy.$('node.hit').map((n) => n.data('label')));
  check(hit.length === 1 && hit[0] === want.search, `${name}: searching "${want.search.toUpperCase()}" highlights ${JSON.stringify(hit)}`);
  const panelTitle = await page.$eval('#panel-body h2', (h) => h.textContent).catch(() => null);
  check(panelTitle === want.search, `${name}: the panel shows the node found (${panelTitle})`);

  /* a real click on the edge: brought into view, then clicked at its midpoint */
  const where = await page.evaluate((from, to) => {
    const cy = window.mgExplorer.cy;
    const e = cy.edges().filter((ed) => ed.source().data('label') === from && ed.target().data('label') === to)[0];
    if (!e) return null;
    cy.fit(e, 120);
    const box = document.getElementById('cy').getBoundingClientRect(), m = e.renderedMidpoint();
    return { x: box.left + m.x, y: box.top + m.y };
  }, want.edge[0], want.edge[1]);
  check(where !== null, `${name}: an edge ${want.edge[0]} -> ${want.edge[1]}`);
  if (where) {
    await page.mouse.click(where.x, where.y);
    await new Promise((r) => setTimeout(r, 300));
    const text = await page.$eval('#panel-body', (p) => p.textContent);
    const link = await page.$$eval('#panel-body a', (as) => as.map((a) => a.getAttribute('href')));
    check(text.includes(want.doi) && link.includes('https://doi.org/' + want.doi),
      `${name}: clicking it shows ${want.doi} in the panel, linked`);
  }

  /* keyboard: the network takes focus and zooms with + */
  const zoomed = await page.evaluate(() => {
    const cy = window.mgExplorer.cy;
    document.getElementById('cy').focus();
    const z = cy.zoom();
    document.getElementById('cy').dispatchEvent(new KeyboardEvent('keydown', { key: '-', bubbles: true }));
    return { focus: document.activeElement.id, before: z, after: cy.zoom() };
  });
  check(zoomed.focus === 'cy' && zoomed.after < zoomed.before, `${name}: the network takes keyboard focus and zooms with the keys`);

  /* the path field, computed in the page */
  const onPath = await page.evaluate((a, b) => {
    const n = window.mgExplorer.path(a, b);
    return { n, nodes: window.mgExplorer.cy.$('node.path').map((x) => x.data('label')).sort() };
  }, want.path[0], want.path[1]);
  check(onPath.n >= 1 && want.pathNodes.every((x) => onPath.nodes.includes(x)),
    `${name}: path ${want.path.join(' -> ')}: ${onPath.n} shortest, through ${onPath.nodes.join(', ')}`);

  /* filters: an organism narrows the network, "any" restores it */
  const filtered = await page.evaluate(() => {
    const sel = document.getElementById('f-organism');
    if (sel.options.length < 2) return null;
    sel.value = sel.options[1].value;
    sel.dispatchEvent(new Event('change'));
    const shown = window.mgExplorer.cy.edges().not('.gone').length;
    sel.value = '';
    sel.dispatchEvent(new Event('change'));
    return { shown, all: window.mgExplorer.cy.edges().not('.gone').length };
  });
  check(filtered && filtered.shown < filtered.all, `${name}: the organism filter narrows the edges (${filtered && filtered.shown} of ${filtered && filtered.all})`);

  /* a screenshot of the page as it opens: not blank, node colours drawn */
  await page.evaluate(() => { window.mgExplorer.path('', ''); document.getElementById('panel-close').click(); window.mgExplorer.cy.fit(undefined, 20); });
  /* cytoscape paints on later animation frames: on a loaded machine, and in a fresh tree's first
   * run (a cold Chromium), a screenshot taken at once caught the canvas before its nodes and
   * edges were all painted (the same counts twice, then a full picture on a rerun). A page that
   * stays blank fails after five tries, a second apart. */
  let png, px, tries = 0;
  do {
    if (tries) await new Promise((done) => setTimeout(done, 1000));
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 100)))));
    png = Buffer.from(await page.screenshot({ type: 'png' }));
    px = await pixels(bro, png, want.colours.map((c) => [parseInt(c.slice(1, 3), 16), parseInt(c.slice(3, 5), 16), parseInt(c.slice(5, 7), 16)]));
    tries++;
  } while (!(px.variance > 100 && px.hits.every((h) => h > 20)) && tries < 5);
  fs.writeFileSync(file.replace(/\.html$/, '.png'), png);
  check(px.variance > 100 && px.hits.every((h) => h > 20),
    `${name}: the screenshot is not blank (variance ${px.variance.toFixed(0)}; pixels of ${want.colours.join(', ')}: ${px.hits.join(', ')}; try ${tries})`);

  check(outside.length === 0, `${name}: no request leaves the page${outside.length ? ' (' + outside.slice(0, 3).join(', ') + ')' : ''}`);
  check(errors.length === 0, `${name}: no console errors or warnings${errors.length ? ': ' + errors.slice(0, 3).join(' | ') : ''}`);
  await page.close();
}

/* a node's comparisons in its panel, seen from its side: one small page, one click */
async function comparisons(bro, file) {
  const page = await bro.newPage();
  await page.goto('file://' + file, { waitUntil: 'load' });
  await page.waitForSelector('body[data-ready]', { timeout: 60000 }).catch(() => {});
  const text = await page.evaluate(() => {
    const x = window.mgExplorer;
    x.showNode(x.data.nodes.findIndex((n) => n.id === 'iMSC'));
    return document.getElementById('panel-body').textContent;
  }).catch((e) => 'error: ' + e.message);
  check(text.includes('5 comparisons'), 'comparisons: the panel of iMSC counts its 5 comparisons');
  check(text.includes('iMSC < BM-MSC (less) on tumor growth'), 'comparisons: tumor growth, from iMSC\'s side');
  check(text.includes('recorded as BM-MSC > iMSC'), 'comparisons: a record of BM-MSC against iMSC says how it was recorded');
  await page.close();
}

(async () => {
  fs.mkdirSync(out, { recursive: true });
  const whole = path.resolve(out, 'explorer-network.html'), sirt6 = path.resolve(out, 'explorer-sirt6.html');
  render([], whole);
  render(['--path', 'iMSC-EV', 'Sirt6'], sirt6);
  const compared = path.resolve(out, 'explorer-comparisons.html');
  render(['--graph', path.join(__dirname, '..', 'data', 'comparisons.json')], compared);
  const info = JSON.parse(execFileSync(mechgraph, ['info', '--json'], { encoding: 'utf8' }));
  const nodes = info.nodes !== undefined ? (typeof info.nodes === 'number' ? info.nodes : info.nodes.count) : null;
  const bro = await puppeteer.launch({
    executablePath: browser, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-dev-shm-usage']
  });
  try {
    await explore(bro, whole, { nodes, search: 'Sirt6', edge: ['miR-105-5p', 'PDE4D'], doi: SUN_2021,
      path: ['iMSC-EV', 'Sirt6'], pathNodes: ['iMSC-EV', 'Sirt6'], colours: ['#0072B2', '#D55E00', '#E69F00'] });
    await explore(bro, sirt6, { nodes: 4, search: 'PDE4D', edge: ['miR-105-5p', 'PDE4D'], doi: SUN_2021,
      path: ['iMSC-EV', 'Sirt6'], pathNodes: ['iMSC-EV', 'Sirt6'], colours: ['#56B4E9', '#CC79A7', '#0072B2'] });
    await comparisons(bro, compared);
  } finally {
    await bro.close();
  }
  console.log(failures ? `${failures} check(s) failed` : 'all checks passed');
  process.exit(failures ? 1 : 0);
})().catch((e) => { console.error('FAIL: ' + (e && e.stack || e)); process.exit(1); });
