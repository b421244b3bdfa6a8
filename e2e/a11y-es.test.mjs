// Accessibility in Spanish: every screen of a11y.test.mjs (axe at 360 and 1280 px, light and
// dark; no sideways scroll at 320 px or 200% zoom, where longer words could push it), reached
// through the Spanish build.
process.env.E2E_LANG = 'es';
await import('./a11y.test.mjs');
