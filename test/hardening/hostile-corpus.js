// The hostile-data corpus, shared by the browser path's hardening test (hostile-data.test.ts, in
// the browser) and the server renderer's (test/node/ssr-security.test.mjs, in Node): markup that
// would run `__pwned.push(n)` if it were ever parsed as HTML, in every free-text field of a plan,
// and links with every dangerous scheme. Plain JavaScript so that both can import it; its types
// are in hostile-corpus.d.ts.

/** Markup that runs `__pwned.push(…)` in every way it could if it were ever parsed as HTML. */
export const PAYLOAD =
  `<img src=x onerror="__pwned.push(1)"><script>__pwned.push(2)</script><svg onload=__pwned.push(3)></svg>` +
  `<iframe src="javascript:__pwned.push(5)"></iframe><a href="javascript:__pwned.push(4)" onclick="__pwned.push(6)">x</a>` +
  `<div onmouseover="__pwned.push(7)" style="position:fixed;inset:0">"'&amp;</div>`;

/** Links with a scheme that must never reach an `href`, some hidden behind a space or a control character. */
export const DANGEROUS_URLS = [
  'javascript:__pwned.push(4)',
  'JavaScript:__pwned.push(8)',
  'java\tscript:__pwned.push(9)',
  ' javascript:__pwned.push(10)',
  'data:text/html,<script>__pwned.push(12)</script>',
  'vbscript:msgbox(1)',
  '\u0000javascript:__pwned.push(13)',
];

/** The free-text keys whose string values are poisoned (ids, dates, enums and URLs stay valid). */
const TEXT_KEYS = [
  'title',
  'summary',
  'problem',
  'note',
  'by',
  'publisher',
  'government',
  'progress',
  'challengesNote',
];
/** The keys whose values are lists of free text. */
const TEXT_LISTS = ['topics', 'leadAgencies', 'civilSociety', 'government'];

/** A copy of `value` (a plan or part of one) with the payload in every text value, per language. */
export function poison(value, key = '') {
  if (typeof value === 'string') return TEXT_KEYS.includes(key) ? `${PAYLOAD} ${key}` : value;
  if (Array.isArray(value)) {
    const textList = TEXT_LISTS.includes(key);
    return value.map((item) => (textList && typeof item === 'string' ? `${PAYLOAD} ${key}` : poison(item)));
  }
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length && keys.every((k) => k === 'en' || k === 'zh-TW')) {
      return Object.fromEntries(keys.map((k) => [k, `${PAYLOAD} ${key || 'text'} ${k}`]));
    }
    return Object.fromEntries(keys.map((k) => [k, poison(value[k], k)]));
  }
  return value;
}

/**
 * The hostile plan, made from a valid one (the illustrative plan: it has links, assessments,
 * milestones and progress reports): the payload in every text; a dangerous source URL; the first
 * commitment with every dangerous link, assessment and evidence URL beside one safe link; and the
 * second commitment's id made to break out of an attribute if it were ever spliced into markup.
 */
export function hostilePlan(base) {
  const plan = poison(base);
  plan.source.url = 'vbscript:msgbox(1)';
  const first = plan.commitments[0];
  first.number = `${PAYLOAD}`;
  first.links = [
    ...DANGEROUS_URLS.map((url, i) => ({url, title: {en: `dangerous link ${i} ${PAYLOAD}`, 'zh-TW': `危險連結 ${i}`}})),
    {url: 'https://example.org/safe', title: {en: `safe link ${PAYLOAD}`, 'zh-TW': `安全連結 ${PAYLOAD}`}},
  ];
  for (const a of first.assessments ?? []) a.url = 'data:text/html;base64,PHNjcmlwdD5fX3B3bmVkLnB1c2goMTQpPC9zY3JpcHQ+';
  // Evidence of progress reports and milestones is a link too.
  for (const update of first.updates ?? []) {
    update.evidence = DANGEROUS_URLS.map((url, i) => ({
      url,
      title: {en: `dangerous evidence ${i} ${PAYLOAD}`, 'zh-TW': `危險證據 ${i}`},
    }));
  }
  for (const milestone of first.milestones ?? [])
    milestone.evidence = [{url: DANGEROUS_URLS[0], title: `evidence ${PAYLOAD}`}];
  // An id that would break out of an attribute if it were ever spliced into markup.
  plan.commitments[1].id = `"><img src=x onerror="__pwned.push(15)">`;
  return plan;
}

/**
 * Text that ends or escapes an inline `<script>` if written into one as it is: its end tag in
 * several spellings, a comment opener (which, followed by `<script`, makes the HTML parser skip the
 * next `</script>`), the end of a declarative shadow root's template, and the two line separators
 * that end a JavaScript string literal in older engines. For data that a server writes inline.
 */
export const INLINE_BREAKOUTS =
  `</script><script>__pwned.push(20)</script></SCRIPT ><script>__pwned.push(21)</script>` +
  `<!--<script>__pwned.push(22)</script>--></template><img src=x onerror="__pwned.push(23)">` +
  `\u2028\u2029]]></style><style>*{display:none}</style>`;
