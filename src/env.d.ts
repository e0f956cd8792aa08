// Plain `tsc` and typescript-eslint do not read .astro files (astro check does): give them a shape.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const Component: AstroComponentFactory;
  export default Component;
}
