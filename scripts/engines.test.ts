import { describe, expect, it } from 'vitest';
import { acceptsNode, engineConflicts, promisedMinimum } from './engines.ts';

describe('dependencies and the promised Node version', () => {
  it('reads the minimum from a range and tells a range that excludes it', () => {
    expect(promisedMinimum('>=20.19')).toBe('20.19.0');
    expect(acceptsNode('^20.19.0 || >=22.12.0', '20.19.0')).toBe(true);
    expect(acceptsNode('>=18', '20.19.0')).toBe(true);
    expect(acceptsNode('>=22.12.0', '20.19.0')).toBe(false);
    expect(acceptsNode('^20.19.1', '20.19.0')).toBe(false);
  });

  it('every installed package accepts the Node version package.json promises', () => {
    const { minimum, checked, conflicts } = engineConflicts();
    expect(minimum).toBe('20.19.0');
    // node_modules is installed: the check reads hundreds of packages, not none.
    expect(checked).toBeGreaterThan(100);
    expect(conflicts.map((c) => `${c.path}@${c.version} needs node ${c.node}`)).toEqual([]);
  });
});
