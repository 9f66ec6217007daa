import { defineRule } from './define.ts';

const firstLine = { line: 1, column: 1, endLine: 1, endColumn: 1 };
const handle = (name: string) => name.replace(/^@/, '').toLowerCase();

export default defineRule({
  id: 'ownership',
  severity: 'error',
  summary: "a group's managers change only their group's file and pictures; deleting, renaming or hiding a group, and every other file, is for office staff",
  guideline: 'managing-a-group#managers',
  rationale:
    "A group's page speaks for the group, so only the people who run it may change it. The managers are those listed before the change, so nobody can add themselves and edit the page in the same pull request. Closing a group is the office's decision, so only office staff delete, rename or hide a file. Everything else in the repository (the checker, the configuration, the exceptions, the workflows) decides what passes, so only office staff change it: a pull request is always judged by the rules in force before it.",
  translations: {
    fr: {
      summary:
        'les gestionnaires d’un groupe ne modifient que le fichier et les images de leur groupe ; la suppression, le changement de nom ou le masquage d’un groupe, ainsi que tous les autres fichiers, relèvent du personnel du bureau',
      rationale:
        'La page d’un groupe parle au nom du groupe ; seules les personnes qui le gèrent peuvent donc la modifier. Les gestionnaires sont ceux qui étaient inscrits avant la modification, si bien que personne ne peut s’ajouter et modifier la page dans la même pull request. La fermeture d’un groupe est une décision du bureau ; seul le personnel du bureau supprime, renomme ou masque donc un fichier. Tout le reste du dépôt (le vérificateur, la configuration, les exceptions, les workflows) détermine ce qui est accepté ; seul le personnel du bureau le modifie donc : une pull request est toujours jugée selon les règles en vigueur avant elle.',
    },
  },
  examples: {
    valid: [
      { title: 'A manager changes their own group', translations: { fr: { title: 'Un gestionnaire modifie son propre groupe' } }, pullRequest: { author: 'claire-martin', managersOnBase: ['claire-martin', 'khaddad'] } },
      { title: 'Anyone may propose a new group', translations: { fr: { title: 'Tout le monde peut proposer un nouveau groupe' } }, pullRequest: { author: 'lucia-romero' } },
      { title: 'Office staff change any group', translations: { fr: { title: 'Le personnel du bureau modifie n’importe quel groupe' } }, pullRequest: { author: '{staff}', managersOnBase: ['claire-martin', 'khaddad'] } },
      { title: 'A manager changes the group’s pictures', translations: { fr: { title: 'Un gestionnaire modifie les images du groupe' } }, pullRequest: { author: 'khaddad', managersOnBase: ['claire-martin', 'khaddad'], pictures: ['picnic.jpg'] } },
      { title: 'Office staff change the configuration', translations: { fr: { title: 'Le personnel du bureau modifie la configuration' } }, pullRequest: { author: '{staff}', otherPaths: ['src/config/organization.ts'] } },
    ],
    invalid: [
      { title: 'Someone who is not a manager changes the file', translations: { fr: { title: 'Une personne qui n’est pas gestionnaire modifie le fichier' } }, pullRequest: { author: 'lucia-romero', managersOnBase: ['claire-martin', 'khaddad'] }, reports: [{ at: 'managers', message: 'Only this group\'s managers as listed before this change (@claire-martin, @khaddad) or staff of the {office} may change its file, and @lucia-romero is neither. Ask one of them to make the change; to become a manager, ask a current manager to add you in a pull request of their own.' }] },
      {
        title: 'Adding yourself as a manager in the same change',
        translations: { fr: { title: 'S’ajouter comme gestionnaire dans la même modification' } },
        frontmatter: 'managers:\n  - name: Claire Martin\n    github: claire-martin\n  - name: Karim Haddad\n    github: khaddad\n  - name: Lucía Romero\n    github: lucia-romero',
        pullRequest: { author: 'lucia-romero', managersOnBase: ['claire-martin', 'khaddad'] },
        reports: [{ at: 'managers', message: 'Only this group\'s managers as listed before this change (@claire-martin, @khaddad) or staff of the {office} may change its file, and @lucia-romero is neither. Ask one of them to make the change; to become a manager, ask a current manager to add you in a pull request of their own.' }],
      },
      {
        title: 'A manager changes the configuration too',
        translations: { fr: { title: 'Un gestionnaire modifie aussi la configuration' } },
        pullRequest: { author: 'claire-martin', managersOnBase: ['claire-martin', 'khaddad'], otherPaths: ['src/config/organization.ts'] },
        reports: [{ at: '', message: 'Only staff of the {office} may change src/config/organization.ts, and @claire-martin is not listed as office staff. Group managers change their group\'s file and picture folder only; propose other changes to the office.' }],
      },
      {
        title: 'Someone who is not a manager changes the group’s pictures',
        translations: { fr: { title: 'Une personne qui n’est pas gestionnaire modifie les images du groupe' } },
        pullRequest: { author: 'lucia-romero', managersOnBase: ['claire-martin', 'khaddad'], pictures: ['picnic.jpg'] },
        reports: [
          { at: '', message: 'Only the managers of the group this picture belongs to (@claire-martin, @khaddad) or staff of the {office} may change public/images/groups/lyon/picnic.jpg, and @lucia-romero is neither.' },
          { at: 'managers', message: 'Only this group\'s managers as listed before this change (@claire-martin, @khaddad) or staff of the {office} may change its file, and @lucia-romero is neither. Ask one of them to make the change; to become a manager, ask a current manager to add you in a pull request of their own.' },
        ],
      },
      { title: 'A manager deletes the file', translations: { fr: { title: 'Un gestionnaire supprime le fichier' } }, pullRequest: { author: 'claire-martin', managersOnBase: ['claire-martin', 'khaddad'], deletes: true }, reports: [{ at: '', message: 'Only staff of the {office} may delete a group\'s file, and @claire-martin is not listed as office staff. To close a group, ask the office: it sets the group\'s status and keeps its page in the archive.' }] },
    ],
  },
  checkChange(change, { organization, groups, report }) {
    const author = handle(change.author);
    if (organization.office.staff.some((staff) => handle(staff) === author)) return;
    const office = organization.office.name;
    for (const path of change.deleted) {
      report(
        path,
        firstLine,
        `Only staff of the ${office} may delete a group's file, and @${change.author} is not listed as office staff. To close a group, ask the office: it sets the group's status and keeps its page in the archive.`,
      );
    }
    for (const path of change.otherPaths) {
      report(path, firstLine, `Only staff of the ${office} may change ${path}, and @${change.author} is not listed as office staff. Group managers change their group's file and picture folder only; propose other changes to the office.`);
    }
    for (const [path, managers] of change.pictures) {
      // The group's own pull request brings its pictures along.
      if (managers === undefined || managers.some((manager) => handle(manager) === author)) continue;
      report(
        path,
        firstLine,
        managers.length === 0
          ? `${path} is in the folder of no group, so only staff of the ${office} may change it. Put a group's pictures in public/images/groups/<its file name without .mdx>/.`
          : `Only the managers of the group this picture belongs to (${managers.map((manager) => `@${manager}`).join(', ')}) or staff of the ${office} may change ${path}, and @${change.author} is neither.`,
      );
    }
    for (const [path, managers] of change.managersOnBase) {
      if (managers.some((manager) => handle(manager) === author)) continue;
      const range = groups.find((group) => group.path === path)?.rangeOf(['managers'], 'key') ?? firstLine;
      report(
        path,
        range,
        managers.length === 0
          ? `Before this change the file lists no managers, so only staff of the ${office} may change it. Ask the office to make the change.`
          : `Only this group's managers as listed before this change (${managers.map((manager) => `@${manager}`).join(', ')}) or staff of the ${office} may change its file, and @${change.author} is neither. Ask one of them to make the change; to become a manager, ask a current manager to add you in a pull request of their own.`,
      );
    }
  },
});
