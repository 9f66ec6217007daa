/**
 * "Add your group": the template and the "Start from the template on GitHub" link are dated the day the page is
 * read, not the day the site was built, so the plan they propose is for the current year.
 */
import { groupTemplate, proposeGroupUrl } from '../template-file.ts';

const now = new Date();
const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0')).join('-');
const link = document.querySelector<HTMLAnchorElement>('[data-propose-group]');
const code = document.querySelector<HTMLElement>('[data-group-template]');
if (link) link.href = proposeGroupUrl(today);
if (code) code.textContent = groupTemplate(today);
