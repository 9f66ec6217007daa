/**
 * The words the group template fills its fields with ("Example City", "first-manager"): the template
 * (src/lib/group-template.ts) writes them, and the placeholder rule refuses a file that still holds them,
 * so both read them from here.
 */
export const templateText = {
  groupName: 'Example Group',
  place: 'Example City',
  country: 'Country',
  managers: [
    { name: 'First Manager', github: 'first-manager' },
    { name: 'Second Manager', github: 'second-manager' },
  ],
  activity: 'First get-together',
  fileName: 'your-group',
  body: 'Who the group is for, what it does and how to take part, in a few short paragraphs.',
} as const;
