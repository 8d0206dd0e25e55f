// Adds the host page's stylesheet named by ?css= (clean, revert, typography, bootstrap, important),
// synchronously in <head> before the widgets load.
const name = new URLSearchParams(location.search).get('css') ?? 'clean';
const sheets = {
  revert: ['/test/pages/hardening/revert.css'],
  typography: ['/test/pages/hardening/typography.css'],
  bootstrap: ['/node_modules/bootstrap/dist/css/bootstrap.min.css'],
  important: ['/test/pages/hardening/important.css'],
  all: [
    '/node_modules/bootstrap/dist/css/bootstrap.min.css',
    '/test/pages/hardening/typography.css',
    '/test/pages/hardening/important.css',
    '/test/pages/hardening/revert.css',
  ],
};
for (const href of sheets[name] ?? []) {
  document.write(`<link rel="stylesheet" href="${href}">`);
}
