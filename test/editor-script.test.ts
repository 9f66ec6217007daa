import { describe, expect, it } from 'vitest';
import { editorScriptPlaceholder, withEditorScript } from '../src/integrations/editor-script.ts';

describe("the editor page's script address", () => {
  it('replaces the placeholder the build renders with the bundle it made', () => {
    const html = `<html><head><link rel="modulepreload" href="${editorScriptPlaceholder}"></head><body><script type="module" src="${editorScriptPlaceholder}"></script></body></html>`;
    const page = withEditorScript(html, '/fr/editor/', '/editor/editor.Ab12.js');
    expect(page).not.toContain(editorScriptPlaceholder);
    expect(page.match(/\/editor\/editor\.Ab12\.js/g)).toHaveLength(2);
  });

  it('fails naming the page when it does not load the script', () => {
    expect(() => withEditorScript('<html><body>No script</body></html>', '/fr/editor/', '/editor/editor.Ab12.js')).toThrow(
      `The page /fr/editor/ does not load the group editor's script (${editorScriptPlaceholder}).`,
    );
  });
});
