// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { organization } from './src/config/organization.ts';
import { defaultLanguage, siteLanguages } from './src/i18n/language.ts';
import handbook from './src/integrations/handbook.ts';

export default defineConfig({
  site: organization.site.url,
  trailingSlash: 'always',
  // Pages are written several at a time: with thousands of groups, the build waits on the disk, not the CPU.
  build: { concurrency: 8 },
  // English pages have no prefix; each other language the organization publishes lives under its code.
  i18n: { locales: [...siteLanguages], defaultLocale: defaultLanguage, routing: { prefixDefaultLocale: false } },
  // Group files never reach Astro's MDX pipeline: src/content.config.ts loads them as checked data.
  integrations: [
    handbook(),
    // A translated chapter keeps the English section ids, written after its heading: `## Gestionnaires { #managers }`.
    mdx({ processor: satteri({ features: { headingAttributes: true } }) }),
    sitemap({
      filter: (page) => !page.endsWith('/dashboard/') && !page.endsWith('/search/'),
      i18n: { defaultLocale: defaultLanguage, locales: Object.fromEntries(siteLanguages.map((language) => [language, language])) },
    }),
  ],
  // Shiki colours code with inline styles, which the policy below forbids; code blocks stay plain.
  markdown: { syntaxHighlight: false },
  // Every page carries a Content-Security-Policy: scripts and styles only from the site itself (Astro
  // adds the hashes of what it inlines), nothing from any other host.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
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
