import { defineRule } from './define.ts';

/** Raised by the engine while it reads the exceptions file (src/checker/exceptions.ts). */
export default defineRule({
  id: 'exceptions-file',
  severity: 'error',
  summary: 'the exceptions file is a valid list of exceptions for existing groups and rules',
  guideline: 'the-group-file#exceptions',
  source: 'this contract: only the office grants exceptions, in one reviewed file',
  rationale: 'An exception that cannot be read, or that names a group or rule that does not exist, would silently fail to apply or hide the wrong problem; the office must see it at once.',
  examples: {
    valid: [
      {
        title: 'A complete exception',
        body: 'Dinner is at the Brasserie Georges (CHF 40, at own cost); the raffle is in aid of a children’s hospital.\n',
        exceptions: '- group: lyon\n  rule: solicitation\n  reason: Raffle for the children’s ward agreed with the office for the 2026 dinner.\n  grantedBy: oar-handbook\n  expires: 2026-12-31\n',
      },
      { title: 'An empty list', exceptions: '# No exceptions granted.\n[]\n' },
    ],
    invalid: [
      { title: 'A misspelt key', exceptions: '- group: lyon\n  rule: solicitation\n  reason: Raffle agreed with the office.\n  grantedBy: oar-handbook\n  expiry: 2026-12-31\n' },
      { title: 'An unknown rule', exceptions: '- group: lyon\n  rule: donations\n  reason: Raffle agreed with the office.\n  grantedBy: oar-handbook\n  expires: 2026-12-31\n' },
      { title: 'An unknown group', exceptions: '- group: lyons\n  rule: solicitation\n  reason: Raffle agreed with the office.\n  grantedBy: oar-handbook\n  expires: 2026-12-31\n' },
      { title: 'A date that does not exist', exceptions: '- group: lyon\n  rule: solicitation\n  reason: Raffle agreed with the office.\n  grantedBy: oar-handbook\n  expires: 2026-02-30\n' },
      { title: 'Not valid YAML', exceptions: '- group: lyon\n  rule: [solicitation\n' },
    ],
  },
});
