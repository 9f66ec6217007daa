/** Where group files live in the repository: one file per group, directly in this folder. */
export const groupsFolder = 'src/content/groups';
