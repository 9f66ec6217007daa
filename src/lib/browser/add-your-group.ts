/**
 * "Add your group": the template and the "Start from the template on GitHub" link are dated the day the page is
 * read, not the day the site was built, so the plan they propose is for the current year.
 */
import { groupTemplate, proposeGroupUrl } from '../template-file.ts';
import { readerToday } from './reader-today.ts';

const today = readerToday();
const link = document.querySelector<HTMLAnchorElement>('[data-propose-group]');
const code = document.querySelector<HTMLElement>('[data-group-template]');
if (link) link.href = proposeGroupUrl(today);
if (code) code.textContent = groupTemplate(today);
