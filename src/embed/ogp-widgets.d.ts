// The CDN bundle beside embed.js in dist/ (built from src/index.ts).
export {};
