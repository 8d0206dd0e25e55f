// Apart from heading.ts, which needs Lit's static templates: element classes load before any view.
/** Clamps a host-supplied heading level to 1–6 (default 2). */
export const clampLevel = (level: unknown): number => {
  const n = Math.round(Number(level));
  return Number.isFinite(n) ? Math.min(6, Math.max(1, n)) : 2;
};
