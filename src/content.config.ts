import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { groupContentLoaders } from './integrations/group-content.ts';
import { groupSchema } from './schema/group.ts';

const groupContent = groupContentLoaders();

/** Each group's checked front matter and the HTML of its body, never a compiled module. */
const groups = defineCollection({ loader: groupContent.groups, schema: groupSchema });

/** The same checker run's report, for the dashboard and the pages that show a group's state. */
const checkReport = defineCollection({ loader: groupContent.checkReport });

/** The handbook's own chapters: trusted text, in MDX where they use the handbook's components. */
const guidelines = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: './src/content/guidelines' }),
  schema: z.strictObject({
    title: z.string(),
    description: z.string().max(200),
    order: z.number().int(),
    /** The seed documents the chapter restates, by their number ("000"). */
    sources: z.array(z.string().regex(/^\d{3}$/)),
  }),
});

export const collections = { groups, checkReport, guidelines };
