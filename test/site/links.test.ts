/** No broken link inside the built site, in either language, anchors included; links to other sites are not followed. */
import { LinkChecker, LinkState } from 'linkinator';
import { expect, inject, it } from 'vitest';

it('has no broken internal link or anchor', async () => {
  const { outDir } = inject('site');
  const result = await new LinkChecker().check({
    path: outDir,
    recurse: true,
    checkFragments: true,
    concurrency: 20,
    linksToSkip: async (link) => !/^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(link),
  });
  const broken = result.links.filter((link) => link.state === LinkState.BROKEN).map((link) => `${link.status} ${link.url} (on ${link.parent})`);
  expect(broken).toEqual([]);
  const reached = new Set(result.links.filter((link) => link.state === LinkState.OK).map((link) => link.url.replace(outDir, '').replace(/^https?:\/\/[^/]+/, '').replace(/[?#].*$/, '')));
  // Both languages are reached from the home page, through the language switch.
  for (const page of ['/groups/bay-area/', '/groups/type/regional/', '/groups/archive/', '/rules/managers-count/', '/guidelines/the-group-file/', '/dashboard/']) {
    expect(reached, page).toContain(page);
    expect(reached, page).toContain(`/fr${page}`);
  }
}, 120_000);
