/** Where group files live in the repository: one file per group, directly in this folder. */
export const groupsFolder = 'src/content/groups';

/** Where the office keeps the exceptions, relative to the project root. */
export const exceptionsPath = 'src/content/exceptions.yaml';
