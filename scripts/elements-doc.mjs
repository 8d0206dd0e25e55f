#!/usr/bin/env node
// docs/elements.md from custom-elements.json (itself from the JSDoc): every element's attributes,
// properties, events, slots, parts and custom properties. `--check` fails when the committed file
// is out of date (npm test runs it after the build).
import {readFileSync, writeFileSync, existsSync} from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));
const cell = (text) => String(text ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const table = (head, rows) =>
  rows.length ? [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`), ''].join('\n') : '';

const out = [
  '# Elements',
  '',
  'Generated from the JSDoc of each element (`npm run analyze` writes `custom-elements.json`, then',
  '`node scripts/elements-doc.mjs`). Do not edit by hand.',
  '',
  ...elements.map((e) => `- [\`<${e.tagName}>\`](#${e.tagName}): ${cell(e.summary)}`),
  '',
];
for (const e of elements) {
  const attributes = (e.attributes ?? []).map((a) => [`\`${a.name}\``, a.type?.text ? `\`${a.type.text}\`` : '', a.default ? `\`${a.default}\`` : '', a.description]);
  const attributeFields = new Set((e.attributes ?? []).map((a) => a.fieldName));
  const properties = (e.members ?? [])
    .filter((m) => m.kind === 'field' && !m.privacy && !m.static && !attributeFields.has(m.name))
    .map((m) => [`\`${m.name}\``, m.type?.text ? `\`${m.type.text}\`` : '', m.description]);
  const methods = (e.members ?? [])
    .filter((m) => m.kind === 'method' && !m.privacy && !m.static && m.description)
    .map((m) => [`\`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})\``, m.description]);
  out.push(
    `## <${e.tagName}>`,
    '',
    cell(e.description || e.summary),
    '',
    '### Attributes',
    '',
    table(['attribute', 'type', 'default', 'description'], attributes),
    properties.length ? '### Properties (JavaScript only)\n' : '',
    table(['property', 'type', 'description'], properties),
    methods.length ? '### Methods\n' : '',
    table(['method', 'description'], methods),
    '### Events',
    '',
    table(['event', 'description'], (e.events ?? []).map((v) => [`\`${v.name}\``, v.description])),
    (e.slots ?? []).length ? '### Slots\n' : '',
    table(['slot', 'description'], (e.slots ?? []).map((s) => [s.name ? `\`${s.name}\`` : '(default)', s.description])),
    '### CSS parts',
    '',
    table(['part', 'description'], (e.cssParts ?? []).map((p) => [`\`${p.name}\``, p.description])),
    '### CSS custom properties',
    '',
    table(['property', 'description'], (e.cssProperties ?? []).map((p) => [`\`${p.name}\``, p.description])),
  );
}
const text = `${out.filter((line, i, all) => !(line === '' && all[i - 1] === '')).join('\n').trim()}\n`;
if (process.argv.includes('--check')) {
  if (!existsSync('docs/elements.md') || readFileSync('docs/elements.md', 'utf8') !== text) {
    console.error('docs/elements.md is out of date with the JSDoc: run npm run analyze && node scripts/elements-doc.mjs');
    process.exit(1);
  }
  console.log(`docs/elements.md: up to date (${elements.length} elements)`);
} else {
  writeFileSync('docs/elements.md', text);
  console.log(`docs/elements.md: ${elements.length} elements`);
}
