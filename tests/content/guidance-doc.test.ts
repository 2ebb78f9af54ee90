import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GUIDANCE_DOC, renderGuidanceDoc } from '../../scripts/guidance-doc';

describe('docs/guidance.md', () => {
  it('is the current content, so what a clinician reviews is what the app says (run `npm run guidance-doc`)', () => {
    expect(readFileSync(GUIDANCE_DOC, 'utf8')).toBe(renderGuidanceDoc());
  });
});
