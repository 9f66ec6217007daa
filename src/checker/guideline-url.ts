/** "managing-a-group#managers" → "/guidelines/managing-a-group/#managers" */
export function guidelineUrl(guideline: string): string {
  const [chapter, anchor] = guideline.split('#');
  return `/guidelines/${chapter}/${anchor ? `#${anchor}` : ''}`;
}
