// Machine-independent evidence from run.sh's Lighthouse reports (results/*.json, or the folder given): per page, the
// JavaScript the first load downloads (compressed and decoded kB, files), the main thread's script time and total
// work, TBT and LCP. Script time and TBT still grow with the machine's load; the bytes do not.
// Usage: node summary.mjs [folder]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = process.argv[2] ?? 'results';
const kB = (bytes) => (bytes / 1000).toFixed(1);
const rows = [['page', 'JS kB sent', 'JS kB decoded', 'JS files', 'all kB sent', 'script ms', 'main ms', 'TBT ms', 'LCP ms']];
for (const file of readdirSync(folder).filter((name) => name.endsWith('.json')).sort()) {
  const report = JSON.parse(readFileSync(join(folder, file), 'utf8'));
  const audits = report.audits;
  const requests = audits['network-requests'].details.items;
  const scripts = requests.filter((request) => request.resourceType === 'Script');
  const sum = (items, key) => items.reduce((total, item) => total + (item[key] ?? 0), 0);
  rows.push([
    file.replace(/\.json$/, ''),
    kB(sum(scripts, 'transferSize')),
    kB(sum(scripts, 'resourceSize')),
    String(scripts.length),
    kB(sum(requests, 'transferSize')),
    String(Math.round(audits['bootup-time'].details.summary?.wastedMs ?? sum(audits['bootup-time'].details.items, 'scripting'))),
    String(Math.round(audits['mainthread-work-breakdown'].numericValue)),
    String(Math.round(audits['total-blocking-time'].numericValue)),
    String(Math.round(audits['largest-contentful-paint'].numericValue)),
  ]);
}
const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
for (const row of rows) console.log(`| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`);
