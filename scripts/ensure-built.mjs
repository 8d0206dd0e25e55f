#!/usr/bin/env node
// Before `npm start`: the embed builder's snippets load the built CDN bundle from dist/, so a fresh
// clone builds once (about half a minute); later starts skip this. `npm run build` rebuilds.
import {execSync} from 'node:child_process';
import {existsSync} from 'node:fs';

if (!existsSync('dist/ogp-widgets.js') || !existsSync('dist/embed.html')) {
  console.log('First start: building dist/ once, so the embed builder\'s snippets have a bundle to load…');
  execSync('npm run build', {stdio: 'inherit'});
}
