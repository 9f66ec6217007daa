// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { organization } from './src/config/organization.ts';
import handbook from './src/integrations/handbook.ts';

export default defineConfig({
  site: organization.site.url,
  trailingSlash: 'always',
  // The gate runs first, so no group file is compiled before it has passed the checker.
  integrations: [handbook(), mdx()],
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // Every MDX page triggers this harmless warning, a known Astro bug: withastro/astro#18087.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
