#!/usr/bin/env node
// From custom-elements.json (made from the JSDoc by `npm run analyze`): copies it into dist/ and
// writes dist/vscode.html-custom-data.json, so VS Code completes our tags and attributes
// (settings: "html.customData": ["./node_modules/ogp-widgets/dist/vscode.html-custom-data.json"]).
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.customElement && d.tagName);
const customData = {
  version: 1.1,
  tags: elements.map((element) => ({
    name: element.tagName,
    description: [element.summary, element.description].filter(Boolean).join('\n\n'),
    attributes: (element.attributes ?? []).map((attribute) => ({
      name: attribute.name,
      description: attribute.description ?? '',
      ...(attribute.type?.text?.includes("'")
        ? {values: [...attribute.type.text.matchAll(/'([^']+)'/g)].map((m) => ({name: m[1]}))}
        : {}),
    })),
  })),
};
mkdirSync('dist', {recursive: true});
writeFileSync('dist/custom-elements.json', JSON.stringify(manifest, null, 2));
writeFileSync('dist/vscode.html-custom-data.json', JSON.stringify(customData, null, 2));
console.log(`manifest: ${elements.length} elements → dist/custom-elements.json, dist/vscode.html-custom-data.json`);
