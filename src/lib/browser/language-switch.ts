/**
 * The link to the page in another language keeps what the reader has chosen on this one: the
 * directory's or the activities' filters in the address (`?type=regional`) and the section they are
 * reading (`#managers`, the same id in every language).
 */
for (const link of document.querySelectorAll<HTMLAnchorElement>('.language-switch a')) {
  link.addEventListener('click', () => {
    const target = new URL(link.href);
    target.search = location.search;
    target.hash = location.hash;
    link.href = target.href;
  });
}
