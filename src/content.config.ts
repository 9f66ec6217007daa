import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { groupSchema } from './schema/group.ts';

const groups = defineCollection({
  // The pages render each group's compiled MDX and never read its raw text, so the data store need not keep it.
  loader: glob({ pattern: '*.mdx', base: './src/content/groups', retainBody: false }),
  schema: groupSchema,
});

const guidelines = defineCollection({
  loader: glob({ pattern: '*.md', base: './src/content/guidelines' }),
  schema: z.strictObject({
    title: z.string(),
    description: z.string().max(200),
    order: z.number().int(),
    /** The seed documents the chapter restates, by their number ("000"). */
    sources: z.array(z.string().regex(/^\d{3}$/)),
  }),
});

export const collections = { groups, guidelines };
