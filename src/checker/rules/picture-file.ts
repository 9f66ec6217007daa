import { extensionsOf, nameOf, pictureName, publishedFormats } from '../pictures.ts';
import type { Organization } from '../../config/organization.ts';
import type { Picture, PictureFormat } from '../types.ts';
import { defineRule } from './define.ts';
import { suggestSlug } from './slug.ts';

const formatNames: Record<PictureFormat, string> = { png: 'PNG', jpeg: 'JPEG', webp: 'WebP', avif: 'AVIF', gif: 'GIF', bmp: 'BMP', tiff: 'TIFF', heic: 'HEIC', svg: 'SVG' };
/** The article each name is read with: "an SVG", "a GIF". */
const article: Record<PictureFormat, string> = { png: 'a', jpeg: 'a', webp: 'a', avif: 'an', gif: 'a', bmp: 'a', tiff: 'a', heic: 'a', svg: 'an' };
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export default defineRule({
  id: 'picture-file',
  severity: 'error',
  summary: 'pictures are PNG, JPEG, WebP or AVIF by their content, within the size limit, with slug-style names',
  guideline: 'the-group-file#links-and-images',
  rationale:
    'A picture is judged by its bytes, not its name: SVG and other formats can carry script or content the site does not check, and a large file makes the page slow for every reader. Names in lower case with hyphens stay the same on every system and in every address.',
  translations: {
    fr: {
      summary: 'les images sont au format PNG, JPEG, WebP ou AVIF d’après leur contenu, ne dépassent pas la taille maximale et portent un nom de type identifiant (slug)',
      rationale:
        'Une image est jugée d’après ses octets, non d’après son nom : le SVG et d’autres formats peuvent contenir du script ou du contenu que le site ne vérifie pas, et un fichier volumineux ralentit la page pour tous les lecteurs. Les noms en minuscules avec des traits d’union restent identiques sur tous les systèmes et dans toutes les adresses.',
    },
  },
  examples: {
    valid: [{ title: 'A JPEG with a slug-style name', translations: { fr: { title: 'Un JPEG au nom de type identifiant (slug)' } }, body: '![Members at the 2025 picnic](/images/groups/lyon/picnic-2025.jpg)\n', pictures: [{ name: 'picnic-2025.jpg', format: 'jpeg' }] }],
    invalid: [
      {
        title: 'An SVG renamed to .png',
        translations: { fr: { title: 'Un SVG renommé en .png' } },
        body: '![Our banner](/images/groups/lyon/banner.png)\n',
        pictures: [{ name: 'banner.png', format: 'svg' }],
        reports: [{ at: '', message: 'public/images/groups/lyon/banner.png is an SVG file, whatever its name says. Pictures must be PNG, JPEG, WebP or AVIF: export it as one of them.' }],
      },
      {
        title: 'A name with capitals and spaces',
        translations: { fr: { title: 'Un nom avec des majuscules et des espaces' } },
        body: '![Members at the 2025 picnic](/images/groups/lyon/Picnic%202025.JPG)\n',
        pictures: [{ name: 'Picnic 2025.JPG', format: 'jpeg' }],
        reports: [{ at: '', message: 'Rename public/images/groups/lyon/Picnic 2025.JPG with lower-case letters, digits and hyphens only, for example "picnic-2025.jpg", and use the new name in the page.' }],
      },
      {
        title: 'A JPEG named .png',
        translations: { fr: { title: 'Un JPEG avec un nom en .png' } },
        body: '![Members at the 2025 picnic](/images/groups/lyon/picnic.png)\n',
        pictures: [{ name: 'picnic.png', format: 'jpeg' }],
        reports: [{ at: '', message: 'public/images/groups/lyon/picnic.png is a JPEG picture: name it with the ending .jpg (picnic.jpg), and use the new name in the page.' }],
      },
      {
        title: 'A picture too many pixels wide',
        translations: { fr: { title: 'Une image trop large en pixels' } },
        body: '![The whole group](/images/groups/lyon/group.jpg)\n',
        pictures: [{ name: 'group.jpg', format: 'jpeg', dimensions: { width: 12000, height: 8000 } }],
        reports: [{ at: '', message: 'public/images/groups/lyon/group.jpg is 12000 × 8000 pixels; pictures may be 6000 pixels wide or tall at most. Make it smaller (2000 pixels wide is plenty for a web page).' }],
      },
      {
        title: 'A picture over the size limit',
        translations: { fr: { title: 'Une image qui dépasse la taille maximale' } },
        body: '![Members at the 2025 picnic](/images/groups/lyon/picnic.jpg)\n',
        pictures: [{ name: 'picnic.jpg', format: 'jpeg', size: 6 * 1024 * 1024 }],
        reports: [{ at: '', message: 'public/images/groups/lyon/picnic.jpg is 6.0 MB; pictures may be 2.0 MB at most. Make it smaller (2000 pixels wide is plenty for a web page).' }],
      },
    ],
  },
  check(group, { organization, report }) {
    for (const picture of group.pictures ?? []) {
      for (const message of pictureProblems(picture, organization)) report(group.rangeAt(0, 0), message, { file: picture.path });
    }
  },
});

/** What is wrong with a file in the pictures folder, wherever it is: a group's folder, a folder of no group, or loose. */
export function pictureProblems(picture: Picture, organization: Organization): string[] {
  const problems: string[] = [];
  const name = nameOf(picture);
  const extension = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
  if (picture.refused) {
    problems.push(`${picture.path}: ${picture.refused}`);
  } else if (!picture.format || !publishedFormats.includes(picture.format)) {
    const what = picture.format ? `${article[picture.format]} ${formatNames[picture.format]} file` : 'not a picture the handbook can read';
    problems.push(`${picture.path} is ${what}, whatever its name says. Pictures must be PNG, JPEG, WebP or AVIF: export it as one of them.`);
  } else if (!pictureName.test(name)) {
    const suggestion = suggestSlug(name.replace(/\.[^.]*$/, '')) || 'picture';
    problems.push(`Rename ${picture.path} with lower-case letters, digits and hyphens only, for example "${suggestion}.${extensionsOf[picture.format]?.[0] ?? extension}", and use the new name in the page.`);
  } else if (!extensionsOf[picture.format]?.includes(extension)) {
    const ending = extensionsOf[picture.format]?.[0] ?? extension;
    problems.push(`${picture.path} is ${article[picture.format]} ${formatNames[picture.format]} picture: name it with the ending .${ending} (${name.replace(/\.[^.]*$/, '')}.${ending}), and use the new name in the page.`);
  }
  const side = picture.dimensions ? Math.max(picture.dimensions.width, picture.dimensions.height) : undefined;
  if (picture.format && publishedFormats.includes(picture.format) && !picture.refused && side === undefined) {
    problems.push(`The size in pixels of ${picture.path} cannot be read: the file may be damaged. Export it again from your photo editor.`);
  } else if (side !== undefined && side > organization.maxPictureSide) {
    const { width, height } = picture.dimensions as { width: number; height: number };
    problems.push(`${picture.path} is ${width} × ${height} pixels; pictures may be ${organization.maxPictureSide} pixels wide or tall at most. Make it smaller (2000 pixels wide is plenty for a web page).`);
  }
  if (picture.size > organization.maxPictureBytes) {
    problems.push(`${picture.path} is ${megabytes(picture.size)}; pictures may be ${megabytes(organization.maxPictureBytes)} at most. Make it smaller (2000 pixels wide is plenty for a web page).`);
  }
  return problems;
}
