import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { ruleIds } from './checker/rule-ids.ts';
import { organization } from './config/organization.ts';
import { translatedLanguages } from './i18n/language.ts';
import { groupContentLoaders } from './integrations/group-content.ts';
import { groupSchema } from './schema/group.ts';

const groupContent = groupContentLoaders();

/** Each group's checked front matter and the HTML of its body, never a compiled module. */
const groups = defineCollection({ loader: groupContent.groups, schema: groupSchema });

/** The same checker run's report, for the dashboard and the pages that show a group's state. */
const checkReport = defineCollection({ loader: groupContent.checkReport });

/** The handbook's own chapters: trusted text, in MDX where they use the handbook's components. */
const sourceId = z.enum(Object.keys(organization.guidelineSources) as [string, ...string[]]);

/** A clause of a source document that a section of the chapter states, and the rules that check it (or why none can). */
const clause = z.union([
  z.strictObject({ source: sourceId, says: z.string(), section: z.string(), rules: z.array(z.enum(ruleIds)).min(1) }),
  z.strictObject({ source: sourceId, says: z.string(), section: z.string(), notCheckable: z.string().min(20) }),
]);

const guidelines = defineCollection({
  loader: glob({ pattern: ['*.{md,mdx}', ...translatedLanguages.map((language) => `${language}/*.{md,mdx}`)], base: './src/content/guidelines' }),
  schema: z.strictObject({
    title: z.string(),
    description: z.string().max(200),
    order: z.number().int(),
    /** The source documents the chapter restates (organization.guidelineSources). */
    sources: z.array(sourceId),
    clauses: z.array(clause).default([]),
  }),
});

export const collections = { groups, checkReport, guidelines };
