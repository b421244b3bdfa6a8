// Accessibility in Arabic, right to left: every screen of a11y.test.mjs (axe at 360 and 1280 px,
// light and dark; no sideways scroll at 320 px or 200% zoom), reached through the Arabic build.
process.env.E2E_LANG = 'ar';
await import('./a11y.test.mjs');
